"""WARC input: the HTML pages of a web crawl, each read into an article (extra ``warc``).

:func:`read_warc` walks a ``.warc``, ``.warc.gz`` or ``.warc.zst`` file (gzip
per record, as crawlers write them, or the whole file gzipped as one stream;
zstd a frame per record, with or without a dictionary) with FastWARC
and yields a :class:`WarcPage` for every HTML response: where it is in the
file, its URL, record id, WARC date, HTTP status, the charset of its HTTP
header, and its body with the transfer and content encodings undone.
:func:`parse_warc` reads each page into an article (an
:class:`~newsdoc.arrow.ArticleRow`, which the Arrow and Parquet writers of
:mod:`newsdoc.arrow` take as it is).

Nothing is dropped without a count.  Every record is counted in a
:class:`WarcCounts`: a page that becomes an article, an error (a damaged,
truncated or undecodable record, or a page the reader refused), or a record
skipped for a reason (a request, metadata or revisit record, a status
outside 2xx, a payload that is not HTML).  A stretch of the file that cannot
be read (a corrupt gzip member, garbage, a truncated tail) is one error: it
is yielded as a page with an ``error``, a :class:`~newsdoc.NewsdocWarning`
says where, and reading resumes at the next record that can be read.  So
``records == articles + errors + skipped`` always holds, per reason.
"""

from __future__ import annotations

import io
import os
import warnings
import zlib
from collections.abc import Generator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO

import attrs

from . import limits
from .errors import NewsdocError, NewsdocWarning, ParseError, bug_report, warn
from .pipeline import detect_format

if TYPE_CHECKING:
    from fastwarc.stream_io import GzipReader, ZstdReader
    from fastwarc.warc import WarcRecord

    from .arrow import ArticleRow

__all__ = [
    "WARC_SUFFIXES",
    "WarcCounts",
    "WarcPage",
    "is_warc_name",
    "parse_page",
    "parse_pages",
    "parse_warc",
    "read_warc",
]

#: The file names read as WARC (a ``.gz`` may be per record or one stream).
WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.zst")

#: The payload types read as HTML.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_GZIP_MAGIC = b"\x1f\x8b\x08"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
#: A zstd skippable frame (its first byte is 0x50 to 0x5f): where a ``.warc.zst``
#: keeps its dictionary, at the start of the file.
_ZSTD_SKIPPABLE = b"\x2a\x4d\x18"
_WARC_MAGIC = b"WARC/1."
#: Bytes read at a time when looking for the next record after damage.
_SCAN_CHUNK = 1 << 20


def is_warc_name(name: str) -> bool:
    """Whether a file of this name is read as WARC (``.warc``, ``.warc.gz``, ``.warc.zst``)."""
    return name.lower().endswith(WARC_SUFFIXES)


@attrs.frozen(kw_only=True)
class WarcPage:
    """An HTML response of a WARC file, or a record that could not be read.

    ``source`` is the WARC file as named; ``offset`` is where the record
    starts in it: the start of its gzip member in a ``.warc.gz`` written a
    member per record (as Common Crawl's indexes give it), of its zstd frame
    in a ``.warc.zst``, its byte offset in
    an uncompressed ``.warc``, and 0 for every record of a file gzipped as one
    stream.  ``date`` is the WARC-Date, ``status`` the HTTP status,
    ``charset`` the charset of the HTTP ``Content-Type`` header, ``body`` the
    payload with its transfer and content encodings undone.

    A record that could not be read has an ``error`` saying why (and an empty
    body); ``reason`` is the short name it is counted under.  ``notes`` are
    things to warn about a page that was read (the crawler cut it short).
    """

    source: str | None = None
    offset: int | None = None
    record_id: str | None = None
    date: datetime | None = None
    url: str | None = None
    status: int | None = None
    charset: str | None = None
    body: bytes = b""
    error: str | None = None
    reason: str | None = None
    notes: tuple[str, ...] = ()


@attrs.define
class WarcCounts:
    """What became of the records of one or more WARC files.

    ``records`` counts every record seen (a damaged stretch of the file
    counts as one); each ends up as an article, an error (by reason) or a
    skip (by reason), so ``records == articles + errors + skipped``
    (:attr:`balanced`).  It is a tally, updated while the records are read,
    hence not frozen; :meth:`merge` adds the counts of another file.
    """

    records: int = 0
    articles: int = 0
    errors: dict[str, int] = attrs.field(factory=dict)
    skipped: dict[str, int] = attrs.field(factory=dict)

    @property
    def error_count(self) -> int:
        """The number of errors, all reasons together."""
        return sum(self.errors.values())

    @property
    def skipped_count(self) -> int:
        """The number of records skipped, all reasons together."""
        return sum(self.skipped.values())

    @property
    def balanced(self) -> bool:
        """Whether every record is accounted for: an article, an error or a skip."""
        return self.records == self.articles + self.error_count + self.skipped_count

    def error(self, reason: str) -> None:
        """Count an error."""
        self.errors[reason] = self.errors.get(reason, 0) + 1

    def skip(self, reason: str) -> None:
        """Count a record skipped (it was seen: ``records`` is counted apart)."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def merge(self, other: WarcCounts) -> None:
        """Add ``other``'s counts to these."""
        self.records += other.records
        self.articles += other.articles
        for reason, count in other.errors.items():
            self.errors[reason] = self.errors.get(reason, 0) + count
        for reason, count in other.skipped.items():
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    def as_dict(self) -> dict[str, object]:
        """The counts as plain data (for JSON, or to send between processes)."""
        return {
            "records": self.records,
            "articles": self.articles,
            "errors": dict(sorted(self.errors.items())),
            "skipped": dict(sorted(self.skipped.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> WarcCounts:
        """The counts :meth:`as_dict` gave."""
        records, articles = data["records"], data["articles"]
        errors, skipped = data["errors"], data["skipped"]
        assert isinstance(records, int) and isinstance(articles, int)
        assert isinstance(errors, dict) and isinstance(skipped, dict)
        return cls(records, articles, dict(errors), dict(skipped))

    def summary(self) -> str:
        """One line: ``120 records: 95 articles, 3 errors (2 truncated, ...), 22 skipped (...)``."""

        def detail(counts: dict[str, int]) -> str:
            parts = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
            return f" ({parts})" if parts else ""

        return (
            f"{self.records} records: {self.articles} articles, "
            f"{self.error_count} errors{detail(self.errors)}, "
            f"{self.skipped_count} skipped{detail(self.skipped)}"
        )


def read_warc(
    source: str | os.PathLike[str], *, counts: WarcCounts | None = None
) -> Iterator[WarcPage]:
    """Every HTML response of a WARC file, and every record that could not be read.

    ``source`` is a path (a URL such as ``s3://...`` is opened with fsspec,
    which must be installed).  ``counts``, when given, is updated as the
    records are read: ``records``, ``skipped`` and the errors of reading; the
    caller counts ``articles`` (and its own errors) for the pages it reads
    (:func:`parse_warc` does).  A damaged stretch of the file is yielded as a
    page with an ``error`` and warned about (:class:`~newsdoc.NewsdocWarning`);
    reading goes on at the next record.

    Raises :class:`~newsdoc.ParseError` when the file cannot be opened, and
    :class:`ImportError` (naming the extra) without FastWARC.
    """
    name = os.fspath(source)
    tally = counts if counts is not None else WarcCounts()
    try:
        file = _open(name)
    except OSError as error:
        raise ParseError(f"{name}: cannot read: {error.strerror or error}") from None
    with file:
        yield from _Reader(name, file, tally).pages()


def parse_page(page: WarcPage, *, analyze: bool = True) -> ArticleRow:
    """The article of a page (or the page's error), as a row with its provenance.

    Never raises for a bad page: a page the reader refuses, and a bug in
    newsdoc, give a row with an ``error``.  The warnings of reading the page
    are in the row's ``warnings``, not emitted.
    """
    from .arrow import ArticleRow
    from .pipeline import parse

    base = ArticleRow(
        source=page.source,
        offset=page.offset,
        record_id=page.record_id,
        date=page.date,
        url=page.url,
        status=page.status,
        warnings=page.notes,
    )
    if page.error is not None:
        return attrs.evolve(base, error=page.error)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", NewsdocWarning)
        try:
            article = parse(
                page.body, format="html", url=page.url, analyze=analyze, http_charset=page.charset
            )
        except NewsdocError as error:
            return attrs.evolve(base, error=str(error))
        except Exception as error:  # a bug: an error row, not a crawl stopped half way
            return attrs.evolve(base, error=bug_report(error))
    notes = dict.fromkeys((*page.notes, *(str(w.message) for w in caught)))
    return attrs.evolve(base, article=article, warnings=tuple(notes))


def parse_warc(
    source: str | os.PathLike[str], *, analyze: bool = True, counts: WarcCounts | None = None
) -> Iterator[ArticleRow]:
    """A row for every HTML response of a WARC file: its article, or its error.

    :func:`read_warc`, then :func:`parse_page` for each page; ``counts`` is
    updated with the articles and the errors (a page the reader refused is
    counted under ``parse``).
    """
    tally = counts if counts is not None else WarcCounts()
    for page in read_warc(source, counts=tally):
        row = parse_page(page, analyze=analyze)
        if row.article is not None:
            tally.articles += 1
        elif page.error is None:  # the reader's errors are counted already
            tally.error("parse")
        yield row


def parse_pages(
    htmls: Sequence[str | bytes | None],
    *,
    urls: Sequence[str | None] | None = None,
    ids: Sequence[object] | None = None,
    analyze: bool = True,
) -> Iterator[ArticleRow]:
    """A row for each saved page of a table (a column of HTML, its URLs, its ids).

    What the engines run on a table of pages; ``ids`` go to ``record_id``.
    A missing page (``None``) gives an empty article, like an empty page.
    """
    count = len(htmls)
    for html, url, key in zip(htmls, urls or [None] * count, ids or [None] * count, strict=True):
        body = html.encode("utf-8", "replace") if isinstance(html, str) else bytes(html or b"")
        record_id = None if key is None else str(key)
        yield parse_page(WarcPage(url=url, record_id=record_id, body=body), analyze=analyze)


def _open(name: str) -> BinaryIO:
    if "://" in name:
        import fsspec  # an optional dependency, for URLs

        opened: BinaryIO = fsspec.open(name, "rb").open()
        return opened
    return open(name, "rb")


class _Reader:
    """The records of one open WARC file, resuming after damage (see :func:`read_warc`)."""

    def __init__(self, name: str, file: BinaryIO, counts: WarcCounts) -> None:
        from fastwarc.stream_io import GzipReader  # noqa: F401  (the extra is there, or fail now)

        self.name = name
        self.file = file
        self.counts = counts
        self.size = file.seek(0, io.SEEK_END)
        file.seek(0)
        head = file.read(8)
        self.gzip = head.startswith(_GZIP_MAGIC)
        skippable = len(head) == 8 and 0x50 <= head[0] <= 0x5F and head[1:4] == _ZSTD_SKIPPABLE
        self.zstd = head.startswith(_ZSTD_MAGIC) or skippable
        self.magic = _GZIP_MAGIC if self.gzip else _ZSTD_MAGIC if self.zstd else _WARC_MAGIC
        # a dictionary frame is read by a reader that starts at the top of the file; one
        # that starts after damage is given the dictionary
        self.dictionary = (
            self._dictionary(int.from_bytes(head[4:], "little")) if skippable else None
        )

    def _dictionary(self, size: int) -> bytes | None:
        """The zstd dictionary of the skippable frame at the start (itself zstd or not)."""
        from fastwarc.stream_io import ZstdReader

        self.file.seek(8)
        data = self.file.read(min(size, limits.MAX_INPUT_CHARS))  # a damaged size asks for GBs
        if data.startswith(_ZSTD_MAGIC):
            try:
                data = limits.read_at_most(ZstdReader(io.BytesIO(data)), limits.MAX_INPUT_CHARS)
            except OSError:
                return None  # not a dictionary: the records after it tell
        return data or None

    def _decoder(self) -> GzipReader | ZstdReader | None:
        """A reader that decompresses the file from where it stands (``None``: not compressed)."""
        from fastwarc.stream_io import GzipReader, ZstdReader

        if self.gzip:
            return GzipReader(self.file)
        if self.zstd:
            return ZstdReader(self.file, dictionary=self.dictionary)
        return None

    def pages(self) -> Iterator[WarcPage]:
        start: int | None = 0
        while start is not None:
            start = yield from self._run(start)

    def _run(self, start: int) -> Generator[WarcPage, None, int | None]:
        """Pages from ``start`` on; returns where to go on after damage (``None``: the end)."""
        from fastwarc.warc import ArchiveIterator

        self.file.seek(start)
        decoder = self._decoder()
        records = ArchiveIterator(
            self.file if decoder is None else decoder, auto_decode="none", stream_detect=False
        )
        last: int | None = None  # the offset of the last record read whole
        current: int | None = None  # the offset of the record being read
        try:
            for record in records:
                # a record's own stream_pos is off by a member behind a GzipReader
                current = (
                    record.stream_pos if decoder is None else decoder.frame_start_position() or 0
                )
                page = self._page(record, current)
                last, current = current, None
                if page is not None:
                    yield page
        except OSError as error:
            if current is not None:  # this record is damaged
                begin: int = current
                resume = self._resume(current + 1)
            else:  # the next record is: where it starts is known only if it still looks like one
                begin = start if last is None else last + 1
                first = self._find(begin)
                resume = first
                if first is not None and not self._readable(first):
                    begin, resume = first, self._resume(first + 1)
            yield self._damaged(begin, resume, str(error))
            return resume
        if self.gzip:
            tail = self._tail(last) if last is not None else self._unread(start)
            if tail is not None:
                yield self._damaged(tail, None, "the file ends inside a gzip member (truncated?)")
        return None

    def _page(self, record: WarcRecord, offset: int) -> WarcPage | None:
        """The page of a record; ``None`` when it is skipped (counted here)."""
        self.counts.records += 1
        headers = record.headers
        if headers.get("Content-Length") is None:  # a WARC header must have it
            page = WarcPage(source=self.name, offset=offset)
            return self._error(page, "truncated", "the record ends inside its WARC header")
        kind = str(record.record_type)
        if kind != "response":
            self.counts.skip(f"{kind} record")
            return None
        url = headers.get("WARC-Target-URI")
        page = WarcPage(
            source=self.name,
            offset=offset,
            record_id=headers.get("WARC-Record-ID"),
            date=_date(record),
            url=url,
        )
        if not record.is_http:
            self.counts.skip("not HTTP")
            return None
        http = record.http_headers
        status = http.status_code if record.is_http_parsed else None
        if status is None:
            return self._error(page, "truncated", "the record ends inside its HTTP header")
        page = attrs.evolve(page, status=status, charset=record.http_charset)
        content_type = (record.http_content_type or "").split(";", 1)[0].strip().lower()
        declared = record.content_length
        wanted = 200 <= status < 300 and (not content_type or content_type in HTML_TYPES)
        # every record is read to its end, a skipped one too: a cut one is an error, not a skip
        if wanted and declared <= limits.MAX_INPUT_CHARS:
            body = record.reader.read()
            got = len(body)
        else:
            body, got = b"", record.reader.consume()
        if got < declared:
            return self._error(
                page, "truncated", f"the record ends after {got:,} of {declared:,} bytes"
            )
        if not 200 <= status < 300:
            self.counts.skip(f"status {status // 100}xx")
            return None
        if not wanted:
            self.counts.skip("not HTML")
            return None
        if declared > limits.MAX_INPUT_CHARS:
            return self._error(page, "too large", f"a payload of {declared:,} bytes is too large")
        try:
            body = _decoded(body, http.get("Transfer-Encoding"), http.get("Content-Encoding"))
        except (OSError, ValueError) as error:
            return self._error(page, "content encoding", f"cannot decode the payload: {error}")
        if not content_type and detect_format(body[:4096]) != "html":  # no type: sniff
            self.counts.skip("not HTML")
            return None
        notes: tuple[str, ...] = ()
        cut = headers.get("WARC-Truncated")
        if cut:
            notes = (f"the crawler stored only part of this page (WARC-Truncated: {cut})",)
        return attrs.evolve(page, body=body, notes=notes)

    def _error(self, page: WarcPage, reason: str, message: str) -> WarcPage:
        self.counts.error(reason)
        return attrs.evolve(page, error=message, reason=reason)

    def _damaged(self, begin: int, resume: int | None, problem: str) -> WarcPage:
        """A damaged stretch of the file: counted as one record, an error; warned about."""
        self.counts.records += 1
        self.counts.error("damaged")
        end = f"resumed at byte {resume:,}" if resume is not None else "no record after it"
        message = f"damaged from byte {begin:,} ({problem}); {end}"
        warn(f"{self.name}: {message}")
        return WarcPage(source=self.name, offset=begin, error=message, reason="damaged")

    def _find(self, position: int) -> int | None:
        """The first offset at or after ``position`` where a record may start."""
        overlap = len(self.magic) - 1
        while position < self.size:
            self.file.seek(position)
            chunk = self.file.read(_SCAN_CHUNK)
            found = chunk.find(self.magic)
            if found >= 0:
                return position + found
            if len(chunk) < _SCAN_CHUNK:
                return None
            position += len(chunk) - overlap
        return None

    def _resume(self, position: int) -> int | None:
        """The first offset at or after ``position`` where a whole record can be read."""
        candidate = self._find(position)
        while candidate is not None:
            if self._readable(candidate):
                return candidate
            candidate = self._find(candidate + 1)
        return None

    def _readable(self, offset: int) -> bool:
        from fastwarc.warc import ArchiveIterator

        self.file.seek(offset)
        decoder = self._decoder()
        stream = self.file if decoder is None else decoder
        try:
            for record in ArchiveIterator(stream, auto_decode="none", stream_detect=False):
                record.reader.read()
                return True
        except OSError:
            return False
        return False

    def _unread(self, start: int) -> int | None:
        """``start``, if bytes other than blank ones are there (no record was read from it)."""
        self.file.seek(start)
        return start if self.file.read(_SCAN_CHUNK).strip(b"\r\n\t \x00") else None

    def _tail(self, last: int) -> int | None:
        """Where unread bytes begin after the gzip member at ``last``, if any are left.

        FastWARC ends quietly at a gzip member cut short, losing the record in
        it: the file after the last record read is checked with zlib.  (A
        member at ``last`` that is itself cut short held a record already
        reported as truncated.)
        """
        self.file.seek(last)
        inflate = zlib.decompressobj(wbits=31)
        try:
            while not inflate.eof:
                data = self.file.read(_SCAN_CHUNK)
                if not data:
                    return None
                inflate.decompress(data)
        except zlib.error:
            return None
        return self._unread(self.file.tell() - len(inflate.unused_data))


def _date(record: WarcRecord) -> datetime | None:
    try:
        # typed here: fastwarc's own types are unknown where the extra is not installed
        found: datetime | None = record.record_date
    except (OSError, ValueError):
        return None
    return found


def _decoded(body: bytes, transfer: str | None, content: str | None) -> bytes:
    """The payload with its transfer and content encodings undone (FastWARC's readers)."""
    from fastwarc.stream_io import BrotliReader, ChunkedReader, GzipReader, ZstdReader

    limit = limits.MAX_INPUT_CHARS
    if transfer and "chunked" in transfer.lower():
        body = limits.read_at_most(ChunkedReader(io.BytesIO(body)), limit)
    coding = (content or "").strip().lower()
    if coding in ("", "identity", "none"):
        return body
    reader: GzipReader | BrotliReader | ZstdReader
    if coding in ("gzip", "x-gzip"):
        reader = GzipReader(io.BytesIO(body))
    elif coding == "deflate":
        reader = GzipReader(io.BytesIO(body), zlib=True)
    elif coding == "br":
        reader = BrotliReader(io.BytesIO(body))
    elif coding == "zstd":
        reader = ZstdReader(io.BytesIO(body))
    else:
        raise ValueError(f"unknown Content-Encoding {content!r}")
    decoded = limits.read_at_most(reader, limit)
    if len(decoded) > limit:
        raise ValueError(f"it inflates past {limit:,} bytes (newsdoc.limits.MAX_INPUT_CHARS)")
    return decoded

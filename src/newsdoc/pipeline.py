"""The one place where reading and analysis are composed: :func:`parse`.

A reader (from :mod:`newsdoc.formats`) turns a document into an
:class:`~newsdoc.Article` as read; :func:`newsdoc.analyze` then finds its
people, quotes and citations.  :func:`parse` picks the reader, runs it, and
runs the analysis once, for every caller: the library's users and the
command line alike.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import stat
import zlib
from typing import BinaryIO

from . import limits
from .errors import InputTooLargeError, ParseError
from .formats import Format, get_format
from .model import Article

__all__ = ["detect_format", "parse", "read_bytes"]

_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p|script|link|style|noscript)\b",
    re.IGNORECASE | re.DOTALL,
)
_JSON_START = re.compile(rb'\s*\{\s*"format"\s*:\s*"newsdoc"')
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_GZIP_MAGIC = b"\x1f\x8b"
#: A ``str`` longer than this, or with a line break, is never taken for a path.
_PATH_MAX = 4096


def detect_format(data: str | bytes, *, name: str | None = None) -> str:
    """The name of the format that reads ``data``: ``"json"``, ``"html"`` or ``"markdown"``.

    A file ``name`` ending in ``.json`` (or ``.json.gz``) is newsdoc JSON, so
    that other JSON gets a clear format error instead of being read as text.
    Otherwise it is decided from the content: a newsdoc JSON document starts
    with its ``"format": "newsdoc"`` key, an HTML page with a doctype or one of
    the usual opening tags (after an optional BOM, XML declaration or
    comments); anything else is text.
    """
    if name is not None and name.lower().removesuffix(".gz").endswith(".json"):
        return "json"
    head = data[:4096].encode("utf-8", "replace") if isinstance(data, str) else data[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != _BOMS[0]:
                # UTF-16: drop the zero bytes so the ASCII patterns still match
                head = head.replace(b"\x00", b"")
            break
    if _JSON_START.match(head):
        return "json"
    if _HTML_START.match(head):
        return "html"
    return "markdown"


def parse(
    source: str | bytes | os.PathLike[str],
    *,
    format: str | None = None,
    url: str | None = None,
    analyze: bool = True,
    http_charset: str | None = None,
) -> Article:
    """Read an article from a file, a ``str`` or ``bytes``, and analyse it.

    ``source`` is a path (any :class:`os.PathLike`, e.g. :class:`pathlib.Path`:
    the file is read, gunzipped if it is gzip) or the document itself as
    ``str`` or ``bytes``.  A ``str`` that names an existing file is refused
    with a :class:`~newsdoc.ParseError`: pass ``Path(name)`` to read the file,
    or read it yourself to parse its content.

    ``format`` names the reader (see :data:`newsdoc.formats.FORMATS`: ``"html"``,
    ``"markdown"`` or ``"text"``, ``"json"``); by default it is detected
    (:func:`detect_format`).  ``url`` is where the document came from.
    ``http_charset`` is the charset of the HTTP header the document was served
    with, if known, a hint for ``bytes``: the HTML reader ranks it below a
    byte order mark and above ``<meta charset>`` (see
    :func:`newsdoc.readers.html.parse_html`), the text reader uses it for bytes
    that are not UTF-8, and JSON, whose encoding its bytes tell, ignores it.

    With ``analyze`` (the default) the article goes through
    :func:`newsdoc.analyze`, unless it already carries an analysis (people,
    quotes or citations): newsdoc JSON and newsdoc's own HTML are kept as
    stored.
    """
    name: str | None = None
    if isinstance(source, os.PathLike):
        name = os.fspath(source)
        try:
            data: str | bytes = read_bytes(name)
        except ParseError as error:
            raise type(error)(f"{name}: {error}") from None
    elif isinstance(source, str):
        if _names_a_file(source):
            raise ParseError(
                f"parse: {source!r} is the path of a file: pass pathlib.Path({source!r}) "
                "to read it (a str is parsed as the document itself)"
            )
        data = source
    elif isinstance(source, bytes):
        data = source
    else:
        raise ParseError(f"parse: expected a path, str or bytes, got {type(source).__name__}")
    reader = _reader(format if format is not None else detect_format(data, name=name))
    assert reader.read is not None
    article = reader.read(data, url=url, http_charset=http_charset)
    if analyze and not (article.people or article.quotes or article.citations):
        from .analysis import analyze as run_analysis

        article = run_analysis(article)
    return article


def _reader(name: str) -> Format:
    found = get_format(name)
    if found.read is None:
        raise ParseError(f"parse: newsdoc writes {name} but does not read it")
    return found


def _names_a_file(text: str) -> bool:
    if not text or len(text) > _PATH_MAX or "\n" in text or "\x00" in text:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):  # a name the system cannot even look up
        return False


def read_bytes(path: str, stream: BinaryIO | None = None) -> bytes:
    """The bytes of the file at ``path`` (or of ``stream``), gunzipped if they are gzip.

    Raises :class:`~newsdoc.ParseError` (with the reason, not the path) when
    the file cannot be read, is not a regular file (a FIFO, a device, a
    directory or a socket: reading one could block for ever or never end), or
    is not valid gzip, and
    :class:`~newsdoc.InputTooLargeError` when it (or what it inflates to) is
    larger than ``newsdoc.limits.MAX_INPUT_CHARS``.
    """
    limit = limits.MAX_INPUT_CHARS
    try:
        if stream is not None:
            data = limits.read_at_most(stream, limit)
        else:
            with _open_regular(path) as file:
                data = limits.read_at_most(file, limit)
    except OSError as error:
        raise ParseError(f"cannot read: {error.strerror or error}") from None
    _check_limit(len(data), limit)
    if data.startswith(_GZIP_MAGIC):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as file:
                # one byte past the limit: a small file that inflates without end is refused
                data = limits.read_at_most(file, limit)
        except (OSError, EOFError, zlib.error) as error:
            raise ParseError(f"not a valid gzip file: {error}") from None
        _check_limit(len(data), limit, "uncompressed ")
    return data


#: Opening a FIFO for reading blocks until a writer comes; non-blocking, it
#: returns at once, and the file's type can then be checked on what was opened
#: (checking the path first, then opening it, would leave a window to swap it).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading in binary; :class:`ParseError` if it is not a regular file."""
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise ParseError(f"not a regular file: {kind}")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_limit(size: int, limit: int, what: str = "") -> None:
    if size > limit:
        raise InputTooLargeError(
            f"the {what}input is larger than the limit of {limit:,} bytes "
            "(newsdoc.limits.MAX_INPUT_CHARS)"
        )

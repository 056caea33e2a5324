"""Articles as Arrow record batches and Parquet files (extra ``arrow``: pyarrow).

One row per article (or per input that failed), in one documented schema
(:func:`schema`, described in docs/scale-out.md):

- provenance: ``source`` (the file), ``record_id``, ``offset``, ``warc_date``,
  ``url``, ``status`` (the WARC columns are null for a file that is not WARC);
- ``error`` (null for an article) and ``warnings``;
- the article's metadata as typed columns: ``headline``, ``subheadline``,
  ``byline``, ``dateline``, ``publisher``, ``article_url``, ``language``,
  ``section``, ``tags``; ``published`` and ``modified`` as UTC timestamps with
  their precision (``published_precision``: ``date`` for a day, ``datetime``
  for an instant, ``local datetime`` for a time of day without a time zone,
  whose timestamp takes the wall-clock time as UTC) and the ISO text as
  newsdoc JSON prints it (``published_text``);
- lists of structs: ``authors``, ``paragraphs``, ``people``, ``quotes``,
  ``citations``;
- ``json``: the article as compact newsdoc JSON, lossless
  (:func:`newsdoc.from_json` reads it back).

The schema's metadata carries ``newsdoc.format_version`` (the JSON format)
and ``newsdoc.table_version`` (this table's layout).  Parquet files are
zstd-compressed.  :class:`ArticleRow` and :func:`row_dict` need no pyarrow
(workers build rows; one process writes them).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from .model import Article, Person

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "TABLE_VERSION",
    "ArticleRow",
    "ParquetRows",
    "record_batch",
    "record_batches",
    "row_dict",
    "schema",
    "write_parquet",
]

#: The version of the table's layout, in the schema's metadata.
TABLE_VERSION = "1"

#: Rows per record batch (and Parquet row group slice) by default.
BATCH_ROWS = 256


@attrs.frozen(kw_only=True)
class ArticleRow:
    """An article (or the error of an input) with where it came from.

    ``source`` is the file; the WARC fields (``offset``, ``record_id``,
    ``date``, ``status``) are ``None`` for an input that is not WARC.
    Exactly one of ``article`` and ``error`` is set.
    """

    source: str | None = None
    offset: int | None = None
    record_id: str | None = None
    date: dt.datetime | None = None
    url: str | None = None
    status: int | None = None
    article: Article | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def row_dict(row: ArticleRow) -> dict[str, Any]:
    """The row as plain Python values, one per column of :func:`schema` (no pyarrow needed)."""
    out: dict[str, Any] = {
        "source": row.source,
        "record_id": row.record_id,
        "offset": row.offset,
        "warc_date": row.date,
        "url": row.url,
        "status": row.status,
        "error": row.error,
        "warnings": list(row.warnings),
    }
    article = row.article
    if article is None:
        return out
    from .writers.json import to_json, when_to_json

    out.update(
        headline=article.headline,
        subheadline=article.subheadline,
        byline=article.byline.text if article.byline is not None else None,
        dateline=article.dateline,
        publisher=article.publisher,
        article_url=article.url,
        language=article.language,
        section=article.section,
        tags=list(article.tags),
    )
    for name in ("published", "modified"):
        value = getattr(article, name)
        out[name], out[f"{name}_precision"] = _instant(value)
        out[f"{name}_text"] = when_to_json(value)
    authors = article.byline.authors if article.byline is not None else ()
    out["authors"] = [_person(p) for p in authors]
    out["paragraphs"] = [
        {"text": p.text, "kind": str(p.kind), "level": p.level} for p in article.paragraphs
    ]
    out["people"] = [_person(p) | {"mentions": len(p.mentions)} for p in article.people]
    out["quotes"] = [
        {
            "text": q.text,
            "kind": str(q.kind),
            "speaker": q.speaker.name if q.speaker is not None else None,
            "speaker_text": q.speaker_text,
            "cue": q.cue,
            "paragraph": q.spans[0].paragraph if q.spans else None,
        }
        for q in article.quotes
    ]
    out["citations"] = [
        {
            "source": c.source,
            "kind": str(c.kind),
            "cue": c.cue,
            "url": c.url,
            "speaker": c.speaker.name if c.speaker is not None else None,
        }
        for c in article.citations
    ]
    out["json"] = to_json(article)
    return out


def _instant(value: dt.date | None) -> tuple[dt.datetime | None, str | None]:
    """A date or datetime as a UTC timestamp, and what it is precise to."""
    if value is None:
        return None, None
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC), "date"
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=dt.UTC), "local datetime"
    return value.astimezone(dt.UTC), "datetime"


def _person(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "role": person.role,
        "affiliation": person.affiliation,
        "email": person.email,
        "url": person.url,
    }


@functools.cache  # immutable, and wanted for every batch
def schema() -> pa.Schema:
    """The Arrow schema of the rows (see the module's notes), with its version metadata."""
    import pyarrow as pa

    from .schema import FORMAT_VERSION

    text = pa.string()
    when = pa.timestamp("us", tz="UTC")
    person = [("name", text), ("role", text), ("affiliation", text), ("email", text), ("url", text)]
    fields = [
        ("source", text),
        ("record_id", text),
        ("offset", pa.int64()),
        ("warc_date", when),
        ("url", text),
        ("status", pa.int16()),
        ("error", text),
        ("warnings", pa.list_(text)),
        ("headline", text),
        ("subheadline", text),
        ("byline", text),
        ("dateline", text),
        ("publisher", text),
        ("article_url", text),
        ("language", text),
        ("section", text),
        ("tags", pa.list_(text)),
        ("published", when),
        ("published_precision", text),
        ("published_text", text),
        ("modified", when),
        ("modified_precision", text),
        ("modified_text", text),
        ("authors", pa.list_(pa.struct(person))),
        (
            "paragraphs",
            pa.list_(pa.struct([("text", text), ("kind", text), ("level", pa.int16())])),
        ),
        ("people", pa.list_(pa.struct([*person, ("mentions", pa.int32())]))),
        (
            "quotes",
            pa.list_(
                pa.struct(
                    [
                        ("text", text),
                        ("kind", text),
                        ("speaker", text),
                        ("speaker_text", text),
                        ("cue", text),
                        ("paragraph", pa.int32()),
                    ]
                )
            ),
        ),
        (
            "citations",
            pa.list_(
                pa.struct(
                    [
                        ("source", text),
                        ("kind", text),
                        ("cue", text),
                        ("url", text),
                        ("speaker", text),
                    ]
                )
            ),
        ),
        ("json", text),
    ]
    metadata = {"newsdoc.format_version": FORMAT_VERSION, "newsdoc.table_version": TABLE_VERSION}
    return pa.schema(fields, metadata=metadata)


def record_batch(rows: Iterable[ArticleRow | Mapping[str, Any]]) -> pa.RecordBatch:
    """One record batch of ``rows`` (:class:`ArticleRow`, or dicts from :func:`row_dict`)."""
    import pyarrow as pa

    dicts = [row_dict(row) if isinstance(row, ArticleRow) else row for row in rows]
    return pa.RecordBatch.from_pylist(dicts, schema=schema())


def record_batches(
    rows: Iterable[ArticleRow | Mapping[str, Any]], *, batch_rows: int = BATCH_ROWS
) -> Iterator[pa.RecordBatch]:
    """Record batches of at most ``batch_rows`` rows each, built as ``rows`` come (lazily)."""
    pending: list[ArticleRow | Mapping[str, Any]] = []
    for row in rows:
        pending.append(row)
        if len(pending) >= batch_rows:
            yield record_batch(pending)
            pending.clear()
    if pending:
        yield record_batch(pending)


class ParquetRows:
    """A Parquet file written a batch of rows at a time: ``with ParquetRows(f) as out: out.add(r)``.

    ``where`` is a path or a binary file; the file is complete when the
    ``with`` block ends (its footer is written then).  Memory holds one batch.
    """

    def __init__(
        self, where: str | os.PathLike[str] | BinaryIO, *, batch_rows: int = BATCH_ROWS
    ) -> None:
        import pyarrow.parquet as pq

        self.batch_rows = batch_rows
        self.rows = 0
        self._pending: list[Mapping[str, Any]] = []
        self._writer = pq.ParquetWriter(where, schema(), compression="zstd")

    def add(self, row: ArticleRow | Mapping[str, Any]) -> None:
        """Add a row; a full batch is written out."""
        self._pending.append(row_dict(row) if isinstance(row, ArticleRow) else row)
        self.rows += 1
        if len(self._pending) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        """Write the rows added so far."""
        if self._pending:
            self._writer.write_batch(record_batch(self._pending))
            self._pending.clear()

    def close(self) -> None:
        """Write what is left and the file's footer."""
        self.flush()
        self._writer.close()

    def __enter__(self) -> ParquetRows:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def write_parquet(
    rows: Iterable[ArticleRow | Mapping[str, Any]],
    where: str | os.PathLike[str] | BinaryIO,
    *,
    batch_rows: int = BATCH_ROWS,
) -> int:
    """Write ``rows`` to a Parquet file (zstd); the number of rows written."""
    with ParquetRows(where, batch_rows=batch_rows) as out:
        for row in rows:
            out.add(row)
    return out.rows

"""newsdoc.arrow: articles as Arrow record batches and zstd Parquet, read back without help."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsdoc
from newsdoc.arrow import TABLE_VERSION, ArticleRow, row_dict

pa = pytest.importorskip("pyarrow", reason="the arrow extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the arrow extra (pyarrow) is not installed")

from newsdoc.arrow import record_batch, record_batches, schema, write_parquet  # noqa: E402

pytestmark = pytest.mark.engines

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "moscowtimes-2013-11-06.txt"


@pytest.fixture(scope="module")
def article() -> newsdoc.Article:
    return newsdoc.parse(Path(EXAMPLE))


def test_schema_is_documented_and_versioned() -> None:
    s = schema()
    meta = {k.decode(): v.decode() for k, v in s.metadata.items()}
    assert meta == {
        "newsdoc.format_version": newsdoc.schema.FORMAT_VERSION,
        "newsdoc.table_version": TABLE_VERSION,
    }
    assert s.field("published").type == pa.timestamp("us", tz="UTC")
    assert s.field("status").type == pa.int16()
    assert pa.types.is_list(s.field("quotes").type)
    assert set(row_dict(ArticleRow(source="x", error="e"))) <= set(s.names)


def test_a_full_article_round_trips_through_the_json_column(
    tmp_path: Path, article: newsdoc.Article
) -> None:
    assert article.quotes and article.people and article.citations  # a full one
    path = tmp_path / "a.parquet"
    rows = [
        ArticleRow(source="a.txt", url=article.url, article=article, warnings=("w",)),
        ArticleRow(source="b.html", error="cannot read: no such file"),
    ]
    assert write_parquet(rows, path) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"
    assert table.schema.metadata[b"newsdoc.table_version"] == TABLE_VERSION.encode()
    first, second = table.to_pylist()
    assert newsdoc.from_json(first["json"]) == article
    assert first["headline"] == article.headline and first["error"] is None
    assert [p["text"] for p in first["paragraphs"]] == [p.text for p in article.paragraphs]
    assert [q["text"] for q in first["quotes"]] == [q.text for q in article.quotes]
    assert [p["name"] for p in first["people"]] == [p.name for p in article.people]
    assert len(first["citations"]) == len(article.citations)
    assert first["warnings"] == ["w"]
    assert second["error"] == "cannot read: no such file" and second["json"] is None


@pytest.mark.parametrize(
    ("value", "instant", "precision"),
    [
        (dt.date(2024, 5, 1), dt.datetime(2024, 5, 1, tzinfo=dt.UTC), "date"),
        (
            dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            dt.datetime(2024, 5, 1, 10, 30, tzinfo=dt.UTC),
            "datetime",
        ),
        (
            dt.datetime(2024, 5, 1, 12, 30),
            dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC),
            "local datetime",
        ),
    ],
)
def test_published_as_timestamp_precision_and_text(
    value: dt.date, instant: dt.datetime, precision: str
) -> None:
    row = row_dict(ArticleRow(article=newsdoc.Article(headline="h", published=value)))
    batch = record_batch([row])
    got = batch.to_pylist()[0]
    assert got["published"] == instant
    assert got["published_precision"] == precision
    assert got["published_text"] == value.isoformat()


def test_record_batches_are_lazy_and_bounded(article: newsdoc.Article) -> None:
    made = 0

    def rows():  # type: ignore[no-untyped-def]
        nonlocal made
        for _ in range(7):
            made += 1
            yield ArticleRow(article=article)

    batches = record_batches(rows(), batch_rows=3)
    first = next(batches)
    assert first.num_rows == 3 and made == 3
    assert [b.num_rows for b in batches] == [3, 1]


def test_pandas_reads_it(tmp_path: Path, article: newsdoc.Article) -> None:
    pd = pytest.importorskip("pandas", reason="pandas comes with the dask extra")
    path = tmp_path / "a.parquet"
    write_parquet([ArticleRow(article=article)], path)
    frame = pd.read_parquet(path)
    assert frame.loc[0, "headline"] == article.headline
    assert json.loads(frame.loc[0, "json"])["headline"] == article.headline

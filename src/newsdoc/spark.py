"""newsdoc on Apache Spark (extra ``spark``: pyspark 3.5 or newer, with pyarrow and FastWARC).

Two operations, each a ``mapInArrow`` so that rows travel between the JVM and
the Python workers as Arrow record batches, in the schema of
:mod:`newsdoc.arrow` (one row per article, or per error):

- :func:`read_warcs`: a DataFrame of WARC paths (one per row) into a DataFrame
  of articles.  Each path is read whole by the task of its partition:
  :func:`paths_frame` makes the DataFrame with a partition per path, so that
  Spark's scheduler hands the files to its task slots one at a time;
- :func:`parse_html_column`: a DataFrame whose column holds saved HTML (with
  its URL, and an id if you have one) into a DataFrame of articles.

Write the result with ``.write.parquet(...)``.  The counts of the WARC records
(articles, errors and skips by reason, :class:`newsdoc.warc.WarcCounts`) are
gathered in a Spark accumulator (:func:`counts_accumulator`), read on the
driver once an action has run.  See docs/scale-out.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .arrow import record_batches, schema
from .warc import WarcCounts, parse_pages, parse_warc

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark import Accumulator
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

__all__ = [
    "BATCH_ROWS",
    "counts_accumulator",
    "parse_html_column",
    "paths_frame",
    "read_warcs",
    "spark_schema",
]

#: Rows per Arrow batch sent back to the JVM.  A file's rows go out as they are
#: parsed, a few at a time, so that the JVM converts and writes them while the
#: Python worker parses the next ones (a batch per file left the JVM idle while
#: Python parsed, then Python idle while the JVM wrote).
BATCH_ROWS = 32


def spark_schema() -> StructType:
    """The Spark schema of the article rows (:func:`newsdoc.arrow.schema`)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    found: StructType = from_arrow_schema(schema())
    return found


def counts_accumulator(spark: SparkSession) -> Accumulator[WarcCounts]:
    """An accumulator that adds up the :class:`~newsdoc.warc.WarcCounts` of every file read.

    Pass it to :func:`read_warcs`; its ``value`` is complete once an action on
    the result has run (a task that Spark runs twice is counted twice).
    """
    from pyspark.accumulators import AccumulatorParam

    class Param(AccumulatorParam[WarcCounts]):
        def zero(self, value: WarcCounts) -> WarcCounts:
            return WarcCounts()

        def addInPlace(self, first: WarcCounts, second: WarcCounts) -> WarcCounts:
            first.merge(second)
            return first

    accumulator: Accumulator[WarcCounts] = spark.sparkContext.accumulator(WarcCounts(), Param())
    return accumulator


def paths_frame(spark: SparkSession, paths: Sequence[str], *, column: str = "path") -> DataFrame:
    """A DataFrame of ``paths`` (column ``column``), a partition per path.

    Each partition becomes a task that reads one file, so the tasks are as
    even as the files.  (``DataFrame.repartition(n)`` deals rows round robin
    from a random start in each input partition: with more than one input
    partition, some partitions get two paths and others none.)
    """
    from pyspark.sql.types import StringType, StructField, StructType

    rows = spark.sparkContext.parallelize([(p,) for p in paths], max(1, len(paths)))
    return spark.createDataFrame(rows, StructType([StructField(column, StringType(), False)]))


def read_warcs(
    paths: DataFrame,
    *,
    path_column: str = "path",
    analyze: bool = True,
    counts: Accumulator[WarcCounts] | None = None,
    batch_rows: int = BATCH_ROWS,
) -> DataFrame:
    """A DataFrame of the articles of the WARC files named in ``paths[path_column]``.

    Every HTML response becomes a row (its article, or its error), in the
    schema of :mod:`newsdoc.arrow`; paths are local files or URLs that fsspec
    opens (``s3://...`` with s3fs installed on the workers).  Make ``paths``
    with :func:`paths_frame` (a partition per file); rows go back to the JVM
    in Arrow batches of ``batch_rows``.
    """

    def convert(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            for path in batch.column(path_column).to_pylist():
                tally = WarcCounts()
                rows = parse_warc(path, analyze=analyze, counts=tally)
                yield from record_batches(rows, batch_rows=batch_rows)
                if counts is not None:
                    counts.add(tally)

    return paths.select(path_column).mapInArrow(convert, spark_schema())


def parse_html_column(
    frame: DataFrame,
    *,
    html_column: str = "html",
    url_column: str | None = "url",
    id_column: str | None = None,
    analyze: bool = True,
    batch_rows: int = BATCH_ROWS,
) -> DataFrame:
    """A DataFrame of the articles of the HTML pages in ``frame[html_column]``.

    The HTML is a string or binary column; ``url_column`` (if given) is each
    page's URL, ``id_column`` (if given) goes to the ``record_id`` column.
    Every row gives a row, its article or its error.
    """
    columns = [c for c in (html_column, url_column, id_column) if c is not None]

    def convert(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            table = batch.to_pydict()
            rows = parse_pages(
                table[html_column],
                urls=table[url_column] if url_column is not None else None,
                ids=table[id_column] if id_column is not None else None,
                analyze=analyze,
            )
            yield from record_batches(rows, batch_rows=batch_rows)

    return frame.select(*columns).mapInArrow(convert, spark_schema())

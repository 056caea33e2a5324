"""newsdoc on Dask (extra ``dask``: dask[dataframe], with pyarrow and FastWARC).

The same two operations as :mod:`newsdoc.spark`:

- :func:`warcs_to_parquet`: WARC files into Parquet, one file per WARC (a
  partition each), written by the task that reads it, with the counts of every
  file added up (:class:`newsdoc.warc.WarcCounts`); :func:`warc_bag` gives the
  rows lazily instead, as a Dask bag;
- :func:`parse_html_frame`: a Dask DataFrame with a column of saved HTML into
  a DataFrame of articles (the schema of :mod:`newsdoc.arrow`, Arrow-backed
  columns), to write with ``to_parquet``.

The bag has one partition per WARC file on purpose: Dask's default chunking
of ``from_sequence`` puts up to 100 items in a partition, which hands every
file of a small batch to one worker.  Run them with any scheduler: the local
``processes`` one (``scheduler="processes", num_workers=N``) or a
``distributed`` cluster.  The local processes scheduler also sends ready
tasks to its pool in batches of ``chunksize`` (6 by default), a batch to one
process: compute a bag or frame of a few long partitions with ``chunksize=1``,
or every partition may run in one worker (:func:`warcs_to_parquet` does so
itself).  See docs/scale-out.md.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .arrow import row_dict, schema
from .warc import WARC_SUFFIXES, WarcCounts, parse_pages, parse_warc

if TYPE_CHECKING:
    import pandas as pd
    from dask.bag import Bag
    from dask.dataframe import DataFrame

__all__ = ["parse_html_frame", "warc_bag", "warcs_to_parquet"]


def warc_bag(paths: Sequence[str | os.PathLike[str]], *, analyze: bool = True) -> Bag:
    """A Dask bag of the rows (:func:`newsdoc.arrow.row_dict`) of WARC files, a partition each.

    With the local processes scheduler, compute it with ``chunksize=1``
    (``bag.compute(scheduler="processes", num_workers=N, chunksize=1)``): its
    default batches of 6 tasks would send up to 6 files to one worker.
    """
    import dask.bag as db

    names = [os.fspath(p) for p in paths]
    return db.from_sequence(names, npartitions=max(1, len(names))).map_partitions(
        _rows_of, analyze=analyze
    )


def _rows_of(names: list[str], *, analyze: bool) -> list[dict[str, Any]]:
    return [row_dict(row) for name in names for row in parse_warc(name, analyze=analyze)]


def warcs_to_parquet(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    analyze: bool = True,
    **compute: Any,
) -> WarcCounts:
    """Write each WARC file's rows to ``out_dir/<name>.parquet``; the counts of all of them.

    ``compute`` goes to :func:`dask.compute` (``scheduler="processes"``,
    ``num_workers=2``...); the local schedulers send one file per task
    (``chunksize`` 1) unless told otherwise.  A file is written whole or not at all: its rows
    go to a hidden temporary file, renamed when complete, so a run stopped
    half way is resumed by running again on the paths whose output is missing.
    """
    import dask
    import dask.bag as db
    from dask.base import compute as run

    names = [os.fspath(p) for p in paths]
    target = os.fspath(out_dir)
    os.makedirs(target, exist_ok=True)
    bag = db.from_sequence(names, npartitions=max(1, len(names))).map(
        _write_one, target, analyze=analyze
    )
    # The local processes scheduler sends ready tasks to its pool in batches of
    # ``chunksize`` (6 unless configured), each batch to one process: the 4 tasks
    # of 4 files went to one worker, one after another.  A task here is a whole
    # file, seconds of work, so batching saves nothing: one task per dispatch
    # spreads the files over the workers.  A ``chunksize`` the caller set (in
    # ``compute`` or ``dask.config``) wins; other schedulers ignore the setting.
    with dask.config.set(chunksize=dask.config.get("chunksize", 1)):
        (results,) = run(bag, **compute)
    total = WarcCounts()
    for counts in results:
        total.merge(WarcCounts.from_dict(counts))
    return total


def output_name(path: str) -> str:
    """The Parquet file a WARC file's rows go to: its name, the WARC suffix replaced."""
    base = os.path.basename(path)
    for suffix in sorted(WARC_SUFFIXES, key=len, reverse=True):  # .warc.gz before .warc
        if base.lower().endswith(suffix):
            base = base[: -len(suffix)]
            break
    return base + ".parquet"


def _write_one(path: str, out_dir: str, *, analyze: bool) -> dict[str, object]:
    from .arrow import ParquetRows

    final = os.path.join(out_dir, output_name(path))
    temporary = os.path.join(out_dir, f".{output_name(path)}.{os.getpid()}.tmp")
    counts = WarcCounts()
    try:
        with ParquetRows(temporary) as out:
            for row in parse_warc(path, analyze=analyze, counts=counts):
                out.add(row)
        os.replace(temporary, final)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return counts.as_dict()


def parse_html_frame(
    frame: DataFrame,
    *,
    html_column: str = "html",
    url_column: str | None = "url",
    id_column: str | None = None,
    analyze: bool = True,
) -> DataFrame:
    """A Dask DataFrame of the articles of the pages in ``frame[html_column]``, per partition."""
    import pandas as pd

    meta = schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    return frame.map_partitions(
        _parse_partition,
        html_column=html_column,
        url_column=url_column,
        id_column=id_column,
        analyze=analyze,
        meta=meta,
    )


def _parse_partition(
    part: pd.DataFrame,
    *,
    html_column: str,
    url_column: str | None,
    id_column: str | None,
    analyze: bool,
) -> pd.DataFrame:
    import pandas as pd

    from .arrow import record_batch

    rows = parse_pages(
        part[html_column].tolist(),
        urls=part[url_column].tolist() if url_column is not None else None,
        ids=part[id_column].tolist() if id_column is not None else None,
        analyze=analyze,
    )
    frame: pd.DataFrame = record_batch(rows).to_pandas(types_mapper=pd.ArrowDtype)
    return frame

"""newsdoc on Spark (local mode) and Dask (local processes): the same rows as a plain loop.

Marked ``engines`` (``pytest -m engines`` runs them alone); each skips, saying
which extra is missing, when its engine is not installed.  Spark runs as
``local[2]`` on the loopback interface, with nothing downloaded.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")
pa = pytest.importorskip("pyarrow", reason="the arrow extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the arrow extra (pyarrow) is not installed")

from warc_fixtures import DAMAGED_EXPECTED, GOOD_PAGES, Writer, damaged_warc  # noqa: E402

from newsdoc.arrow import record_batch, row_dict, write_parquet  # noqa: E402
from newsdoc.warc import WarcCounts, parse_pages, parse_warc  # noqa: E402

pytestmark = pytest.mark.engines


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("crawls")
    damaged = folder / "damaged.warc.gz"
    damaged_warc(damaged)
    w = Writer()
    for url, html in GOOD_PAGES:
        w.response(url, html.encode("utf-8"))
    good = folder / "good.warc.gz"
    good.write_bytes(w.data())
    return [damaged, good]


def _loop(paths: list[Path]) -> list[dict[str, object]]:
    """The rows of a plain Python loop, the reference."""
    return [row_dict(row) for path in paths for row in parse_warc(path, analyze=False)]


def _key(row: dict[str, object]) -> tuple[str, int]:
    return (str(row["source"]), int(row["offset"] or 0))  # type: ignore[call-overload]


def _loop_parquet(paths: list[Path], where: Path) -> list[dict[str, object]]:
    """The rows a plain loop writes to Parquet (``write_parquet``), read back, in order."""
    write_parquet((row for path in paths for row in parse_warc(path, analyze=False)), where)
    return sorted(pq.read_table(where).to_pylist(), key=_key)


def _same_parquet(rows: list[dict[str, object]], expected: list[dict[str, object]]) -> None:
    """Every column of every row as the plain loop wrote it (timestamps compared as instants)."""

    def plain(row: dict[str, object]) -> dict[str, object]:
        return {
            name: value.replace(tzinfo=dt.UTC)
            if isinstance(value, dt.datetime) and value.tzinfo is None
            else value
            for name, value in row.items()
        }

    assert [plain(r) for r in sorted(rows, key=_key)] == [plain(r) for r in expected]


def _comparable(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return sorted(
        ((_key(r), r["url"], r["error"], r.get("json")) for r in rows), key=lambda t: t[0]
    )


# --- Spark -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    pyspark = pytest.importorskip("pyspark", reason="the spark extra (pyspark) is not installed")
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", os.sys.executable)  # type: ignore[attr-defined]
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsdoc-tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    assert pyspark
    yield session
    session.stop()


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spark's driver talks to its JVM over the loopback interface: allow that, nothing else.

    The conftest's guard refuses every connection; it is replaced here by one
    that refuses every address but the loopback ones (and Unix sockets).
    """
    import socket

    from conftest import NetworkAccessError

    monkeypatch.undo()
    connect, connect_ex, getaddrinfo = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.getaddrinfo,
    )

    def check(address: object) -> None:
        if isinstance(address, tuple) and address[0] not in LOOPBACK:
            raise NetworkAccessError(f"network access attempted: {address!r}")

    def guarded_connect(self: socket.socket, address: object) -> None:
        check(address)
        connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        check(address)
        return connect_ex(self, address)  # type: ignore[arg-type]

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        check((host,))
        return getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


def test_spark_reads_warcs_like_a_plain_loop(spark: object, crawls: list[Path]) -> None:
    from newsdoc.spark import counts_accumulator, read_warcs

    session = spark
    paths = session.createDataFrame([(str(p),) for p in crawls], ["path"]).repartition(2)  # type: ignore[attr-defined]
    counts = counts_accumulator(session)  # type: ignore[arg-type]
    articles = read_warcs(paths, analyze=False, counts=counts)
    rows = [r.asDict(recursive=True) for r in articles.collect()]
    assert _comparable(rows) == _comparable(_loop(crawls))
    total = counts.value
    assert total.balanced
    assert total.articles == DAMAGED_EXPECTED["articles"] + len(GOOD_PAGES)
    assert total.errors == DAMAGED_EXPECTED["errors"]


def test_spark_paths_frame_has_a_partition_per_path(spark: object) -> None:
    from newsdoc.spark import paths_frame

    paths = [f"/crawl/{n}.warc.gz" for n in range(8)]
    frame = paths_frame(spark, paths)  # type: ignore[arg-type]
    assert frame.rdd.glom().map(lambda part: [row.path for row in part]).collect() == [
        [p] for p in paths
    ]


def test_spark_parquet_holds_what_the_plain_loop_writes(
    spark: object, crawls: list[Path], tmp_path: Path
) -> None:
    from newsdoc.spark import paths_frame, read_warcs

    out = tmp_path / "spark"
    read_warcs(paths_frame(spark, [str(p) for p in crawls]), analyze=False).write.parquet(str(out))  # type: ignore[arg-type]
    expected = _loop_parquet(crawls, tmp_path / "loop.parquet")
    _same_parquet(pq.read_table(out).to_pylist(), expected)


def test_spark_writes_parquet_others_read(
    spark: object, crawls: list[Path], tmp_path: Path
) -> None:
    from newsdoc.spark import read_warcs

    paths = spark.createDataFrame([(str(p),) for p in crawls], ["path"])  # type: ignore[attr-defined]
    out = tmp_path / "out"
    read_warcs(paths, analyze=False).write.parquet(str(out))
    table = pq.read_table(out)
    assert table.num_rows == len(_loop(crawls))
    assert sorted(table.column("url").to_pylist(), key=str) == sorted(
        (r["url"] for r in _loop(crawls)), key=str
    )


def test_spark_parses_a_column_of_html(spark: object) -> None:
    from newsdoc.spark import parse_html_column

    frame = spark.createDataFrame(  # type: ignore[attr-defined]
        [(html, url, i) for i, (url, html) in enumerate(GOOD_PAGES)], ["html", "url", "id"]
    )
    rows = parse_html_column(frame, id_column="id", analyze=False).collect()
    expected = list(
        parse_pages(
            [h for _, h in GOOD_PAGES],
            urls=[u for u, _ in GOOD_PAGES],
            ids=list(range(len(GOOD_PAGES))),
            analyze=False,
        )
    )
    assert sorted((r.record_id, r.headline, r.json) for r in rows) == sorted(
        (e.record_id, e.article.headline, row_dict(e)["json"])
        for e in expected  # type: ignore[union-attr]
    )


# --- Dask ------------------------------------------------------------------------------


def test_dask_writes_parquet_per_file_with_counts(crawls: list[Path], tmp_path: Path) -> None:
    pytest.importorskip("dask", reason="the dask extra (dask) is not installed")
    from newsdoc.dask import warcs_to_parquet

    out = tmp_path / "out"
    counts = warcs_to_parquet(crawls, out, analyze=False, scheduler="processes", num_workers=2)
    assert sorted(os.listdir(out)) == ["damaged.parquet", "good.parquet"]
    rows = (
        pq.read_table(out / "damaged.parquet").to_pylist()
        + pq.read_table(out / "good.parquet").to_pylist()
    )
    assert _comparable(rows) == _comparable(_loop(crawls))
    expected = WarcCounts()
    for path in crawls:
        list(parse_warc(path, analyze=False, counts=expected))
    assert counts == expected and counts.balanced


def test_dask_parquet_holds_what_the_plain_loop_writes(crawls: list[Path], tmp_path: Path) -> None:
    pytest.importorskip("dask", reason="the dask extra (dask) is not installed")
    from newsdoc.dask import warcs_to_parquet

    out = tmp_path / "out"
    warcs_to_parquet(crawls, out, analyze=False, scheduler="processes", num_workers=2)
    rows = [r for name in sorted(os.listdir(out)) for r in pq.read_table(out / name).to_pylist()]
    _same_parquet(rows, _loop_parquet(crawls, tmp_path / "loop.parquet"))


def test_dask_sends_each_file_to_a_worker_of_its_own(crawls: list[Path], tmp_path: Path) -> None:
    # The processes scheduler hands ready tasks to its pool in batches (6 by default), a batch
    # to one process: 4 files went to one worker, one after another, the other idle.  One task
    # per dispatch keeps at most one file per worker in flight.
    pytest.importorskip("dask", reason="the dask extra (dask) is not installed")
    from dask.callbacks import Callback

    from newsdoc.dask import warcs_to_parquet

    inputs = []
    for n in range(4):
        copy = tmp_path / f"crawl-{n}.warc.gz"
        copy.write_bytes(crawls[n % len(crawls)].read_bytes())
        inputs.append(copy)
    events: list[str] = []

    def started(key: object, dsk: object, state: object) -> None:
        events.append("start")

    def finished(key: object, result: object, dsk: object, state: object, worker: object) -> None:
        events.append("end")

    with Callback(pretask=started, posttask=finished):
        counts = warcs_to_parquet(
            inputs, tmp_path / "out", analyze=False, scheduler="processes", num_workers=2
        )
    assert counts.balanced and len(os.listdir(tmp_path / "out")) == 4
    assert events.count("start") >= 4
    assert events.index("end") == 2  # two files in flight, one per worker, before any ends


def test_dask_bag_has_a_partition_per_file(crawls: list[Path]) -> None:
    pytest.importorskip("dask", reason="the dask extra (dask) is not installed")
    from newsdoc.dask import warc_bag

    bag = warc_bag(crawls, analyze=False)
    assert bag.npartitions == len(crawls)
    assert _comparable(bag.compute(scheduler="processes", num_workers=2)) == _comparable(
        _loop(crawls)
    )


def test_dask_parses_a_frame_of_html() -> None:
    pd = pytest.importorskip("pandas", reason="the dask extra (pandas) is not installed")
    dd = pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
    from newsdoc.dask import parse_html_frame

    pages = pd.DataFrame({"html": [h for _, h in GOOD_PAGES], "url": [u for u, _ in GOOD_PAGES]})
    frame = dd.from_pandas(pages, npartitions=2)
    result = parse_html_frame(frame, analyze=False).compute(scheduler="processes", num_workers=2)
    assert list(result["url"]) == [u for u, _ in GOOD_PAGES]
    assert list(result["headline"]) == [
        r["headline"]
        for r in record_batch(parse_pages([h for _, h in GOOD_PAGES], analyze=False)).to_pylist()
    ]

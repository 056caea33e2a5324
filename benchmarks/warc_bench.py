"""WARC at scale: records/s of a plain loop, the CLI, Spark and Dask, on WARC files of the corpora.

    python benchmarks/warc_bench.py [--files 4] [--repeat 2] [--work DIR]

Builds ``--files`` WARC files (gzip per record) of equal size from the pages of
../shared (aeb, postlight, readability; each page ``--repeat`` times, round
robin, so the files hold the same mix), then, each in a fresh process, with
the analysis on:

- a plain Python loop (``newsdoc.warc.parse_warc`` over the files), and a loop
  that only reads the WARC records (its share of the loop's time);
- ``newsdoc convert FILES --to jsonl`` with ``--jobs 1`` and ``--jobs 2``, and
  ``--to parquet`` with ``--jobs 2`` (the bytes of both outputs);
- Spark ``local[1]`` and ``local[2]`` (``newsdoc.spark.read_warcs``, written as
  Parquet; the session's start-up is timed apart);
- Dask's processes scheduler with 1 and 2 workers (``newsdoc.dask.warcs_to_parquet``);
- this machine's own ceiling for two processes: the plain loop run by one
  process, then by two at once, each on all the files.

Records/s counts the HTML responses turned into rows.  Peak memory is the
largest resident set of the run's process tree (``wait4``'s ``ru_maxrss``:
its largest process waited for; Spark's JVM is not among them).  Timings on a shared 2-core
machine are noisy: compare figures of one run.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def corpus_pages() -> list[tuple[str, bytes]]:
    pages = []
    patterns = (
        "aeb/html/*.html.gz",
        "postlight/html/*.html.gz",
        "readability/pages/*/source.html.gz",
    )
    for pattern in patterns:
        for path in sorted(SHARED.glob(pattern)):
            name = path.relative_to(SHARED).as_posix()
            pages.append((f"https://corpus.example/{name}", gzip.decompress(path.read_bytes())))
    if not pages:
        sys.exit(f"no pages under {SHARED}: this benchmark needs ../shared")
    return pages


def build(work: Path, files: int, repeat: int) -> list[Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = corpus_pages() * repeat
    paths = [work / f"crawl-{i}.warc.gz" for i in range(files)]
    writers = []
    handles = [path.open("wb") for path in paths]
    for handle in handles:
        writers.append(WARCWriter(handle, gzip=True))
    for n, (url, body) in enumerate(pages):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer = writers[n % files]
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        )
    for handle in handles:
        handle.close()
    return paths


# --- the modes, each run in a fresh process -------------------------------------------


def mode_loop(paths: list[str]) -> dict[str, float]:
    from newsdoc.warc import parse_warc

    start = time.perf_counter()
    rows = sum(1 for p in paths for _ in parse_warc(p))
    return {"rows": rows, "seconds": time.perf_counter() - start}


def mode_read(paths: list[str]) -> dict[str, float]:
    from newsdoc.warc import read_warc

    start = time.perf_counter()
    rows = sum(1 for p in paths for _ in read_warc(p))
    return {"rows": rows, "seconds": time.perf_counter() - start}


def mode_spark(paths: list[str], cores: int, out: str) -> dict[str, float]:
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from newsdoc.spark import read_warcs

    started = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    # a warm-up, so that the Python workers and the JVM are up before the timed run
    spark.createDataFrame([(1,)], ["x"]).count()
    startup = time.perf_counter() - started
    frame = spark.createDataFrame([(p,) for p in paths], ["path"]).repartition(len(paths))
    start = time.perf_counter()
    read_warcs(frame).write.mode("overwrite").parquet(out)
    seconds = time.perf_counter() - start
    rows = spark.read.parquet(out).count()
    spark.stop()
    return {"rows": rows, "seconds": seconds, "startup": startup}


def mode_dask(paths: list[str], workers: int, out: str) -> dict[str, float]:
    from newsdoc.dask import warcs_to_parquet

    start = time.perf_counter()
    counts = warcs_to_parquet(paths, out, scheduler="processes", num_workers=workers)
    return {"rows": counts.articles + counts.error_count, "seconds": time.perf_counter() - start}


def child(argv: list[str]) -> dict[str, float]:
    """Run ``argv`` in a fresh process; its result (JSON on stdout), wall time and peak RSS."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0 and not argv[1:2] == ["-m"]:
        raise SystemExit(f"{argv} failed ({status})")
    result = json.loads(output) if output.strip().startswith(b"{") else {}
    result.setdefault("seconds", wall)
    result["wall"] = wall
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--arg", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:  # inside a child process
        paths = args.arg[0].split(os.pathsep)
        extra = args.arg[1:]
        fn = {"loop": mode_loop, "read": mode_read, "spark": mode_spark, "dask": mode_dask}[
            args.mode
        ]
        engine = args.mode in ("spark", "dask")
        result = fn(paths, int(extra[0]), extra[1]) if engine else fn(paths)
        print(json.dumps(result))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="warc-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    paths = build(work, args.files, args.repeat)
    sizes = [p.stat().st_size for p in paths]
    joined = os.pathsep.join(map(str, paths))
    me = [sys.executable, str(Path(__file__).resolve())]

    def run(mode: str, *extra: str) -> dict[str, float]:
        return child(
            [*me, "--mode", mode, "--arg", joined, *(a for e in extra for a in ("--arg", e))]
        )

    results: dict[str, dict[str, float]] = {}
    results["read WARC only"] = run("read")
    results["plain loop"] = run("loop")
    rows = results["plain loop"]["rows"]
    newsdoc = str(Path(sys.executable).with_name("newsdoc"))
    for jobs in (1, 2):
        out = work / f"out-{jobs}.jsonl"
        r = child(
            [
                newsdoc,
                "convert",
                *map(str, paths),
                "--to",
                "jsonl",
                "-o",
                str(out),
                "--force",
                "-q",
                "--jobs",
                str(jobs),
            ]
        )
        r["rows"] = rows
        results[f"CLI --jobs {jobs}"] = r
    parquet = work / "out.parquet"
    r = child(
        [
            newsdoc,
            "convert",
            *map(str, paths),
            "--to",
            "parquet",
            "-o",
            str(parquet),
            "--force",
            "-q",
            "--jobs",
            "2",
        ]
    )
    r["rows"] = rows
    results["CLI --jobs 2 --to parquet"] = r
    for cores in (1, 2):
        results[f"Spark local[{cores}]"] = run("spark", str(cores), str(work / f"spark-{cores}"))
    for workers in (1, 2):
        results[f"Dask {workers} worker{'s' if workers > 1 else ''}"] = run(
            "dask", str(workers), str(work / f"dask-{workers}")
        )
    # the machine's ceiling: the same loop in one process, then in two at once
    one = run("loop")["seconds"]
    start = time.perf_counter()
    both = [
        subprocess.Popen([*me, "--mode", "loop", "--arg", joined], stdout=subprocess.PIPE)
        for _ in range(2)
    ]
    for p in both:
        p.communicate()
    ceiling = 2 * one / (time.perf_counter() - start)

    loop = results["plain loop"]["seconds"]
    print(
        f"{len(paths)} WARC files of {min(sizes):,} to {max(sizes):,} bytes, "
        f"{int(rows)} HTML responses (each corpus page {args.repeat}x), analysis on\n"
    )
    print("| run | rows | seconds | records/s | vs plain loop | peak memory (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        rate = r["rows"] / r["seconds"]
        print(
            f"| {name} | {int(r['rows'])} | {r['seconds']:.1f} | {rate:.1f} | "
            f"{loop / r['seconds']:.2f}x | {r['peak_mb']:.0f} |"
        )
    print()
    share = results["read WARC only"]["seconds"] / loop
    print(f"- reading WARC: {share:.1%} of the plain loop's time")
    for name in ("Spark", "Dask"):
        one_key = next(k for k in results if k.startswith(name) and ("[1]" in k or " 1 " in k))
        two_key = next(k for k in results if k.startswith(name) and ("[2]" in k or " 2 " in k))
        speedup = results[one_key]["seconds"] / results[two_key]["seconds"]
        print(
            f"- {name}: one worker at {loop / results[one_key]['seconds']:.2f}x the plain "
            f"loop's rate; two workers {speedup:.2f}x one"
        )
    cli = results["CLI --jobs 1"]["seconds"] / results["CLI --jobs 2"]["seconds"]
    print(f"- CLI: --jobs 2 is {cli:.2f}x --jobs 1")
    print(f"- this machine's ceiling for two processes: {ceiling:.2f}x")
    for cores in (1, 2):
        print(
            f"- Spark local[{cores}] start-up (JVM, session, first job): "
            f"{results[f'Spark local[{cores}]']['startup']:.1f} s, not counted above"
        )
    jsonl = (work / "out-2.jsonl").stat().st_size
    print(
        f"- output: JSON Lines {jsonl:,} bytes, Parquet (zstd) {parquet.stat().st_size:,} bytes "
        f"({parquet.stat().st_size / jsonl:.0%}); the WARC files {sum(sizes):,} bytes"
    )


if __name__ == "__main__":
    main()

"""WARC at scale: records/s of a plain loop, the CLI, Spark and Dask, on WARC files of the corpora.

    python benchmarks/warc_bench.py [--files 8] [--repeat 2] [--work DIR]

Builds ``--files`` WARC files (gzip per record) of about equal size from the
pages of ../shared (aeb, postlight, readability; each page ``--repeat`` times,
the largest first into the smallest file so far), then, each in a fresh
process, with the analysis on:

- two plain Python loops, no engine: ``plain loop (parse only)`` parses every
  record (``newsdoc.warc.parse_warc``) and writes nothing; ``plain loop
  (Parquet)`` does the engines' whole job in one process: the same files
  through ``parse_warc``, each row built (``newsdoc.arrow``) and written to one
  Parquet file;
- a loop that only reads the WARC records (its share of the parse-only loop's time);
- ``newsdoc convert FILES --to jsonl`` with ``--jobs 1`` and ``--jobs 2``, and
  ``--to parquet`` with ``--jobs 2`` (the bytes of both outputs);
- Spark ``local[1]`` and ``local[2]`` (``newsdoc.spark.read_warcs`` over
  ``paths_frame``, written as Parquet).  Timed apart: the session's start-up,
  and a first run of the same job on the same files, which starts the Python
  workers and loads and compiles the JVM's code for Arrow and Parquet (its
  time is printed too); the table has the second run;
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
LOOP = "plain loop (parse only)"
LOOP_PARQUET = "plain loop (Parquet)"
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
    # the largest page first into the file with the fewest bytes so far: files of equal size
    shares: list[list[tuple[str, bytes]]] = [[] for _ in range(files)]
    sizes = [0] * files
    for url, body in sorted(pages, key=lambda page: len(page[1]), reverse=True):
        smallest = sizes.index(min(sizes))
        shares[smallest].append((url, body))
        sizes[smallest] += len(body)
    paths = [work / f"crawl-{i}.warc.gz" for i in range(files)]
    for path, share in zip(paths, shares, strict=True):
        with path.open("wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for url, body in share:
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http
                )
                writer.write_record(record)
    return paths


# --- the modes, each run in a fresh process -------------------------------------------


def mode_loop(paths: list[str]) -> dict[str, float]:
    from newsdoc.warc import parse_warc

    start = time.perf_counter()
    rows = sum(1 for p in paths for _ in parse_warc(p))
    return {"rows": rows, "seconds": time.perf_counter() - start}


def mode_parquet(paths: list[str], out: str) -> dict[str, float]:
    from newsdoc.arrow import write_parquet
    from newsdoc.warc import parse_warc

    start = time.perf_counter()
    rows = write_parquet((row for p in paths for row in parse_warc(p)), out)
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

    from newsdoc.spark import paths_frame, read_warcs

    started = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - started
    frame = paths_frame(spark, paths)

    def job() -> float:
        start = time.perf_counter()
        read_warcs(frame).write.mode("overwrite").parquet(out)
        return time.perf_counter() - start

    # The first run starts the Python workers (each imports newsdoc, pyarrow and pandas) and
    # has the JVM load and compile its code for Arrow and Parquet: a cost paid once per
    # session, timed apart; the second run is what the session does from then on.
    first = job()
    seconds = job()
    rows = spark.read.parquet(out).count()
    spark.stop()
    return {"rows": rows, "seconds": seconds, "startup": startup, "first": first}


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
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--arg", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:  # inside a child process
        paths = args.arg[0].split(os.pathsep)
        extra = args.arg[1:]
        if args.mode in ("spark", "dask"):
            engine = mode_spark if args.mode == "spark" else mode_dask
            result = engine(paths, int(extra[0]), extra[1])
        elif args.mode == "parquet":
            result = mode_parquet(paths, extra[0])
        else:
            result = (mode_loop if args.mode == "loop" else mode_read)(paths)
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
    results[LOOP] = run("loop")
    results[LOOP_PARQUET] = run("parquet", str(work / "loop.parquet"))
    rows = results[LOOP]["rows"]
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

    loop, loop_parquet = results[LOOP]["seconds"], results[LOOP_PARQUET]["seconds"]
    print(
        f"{len(paths)} WARC files of {min(sizes):,} to {max(sizes):,} bytes, "
        f"{int(rows)} HTML responses (each corpus page {args.repeat}x), analysis on\n"
    )
    print(
        "| run | rows | seconds | records/s | vs parse-only loop | vs Parquet loop "
        "| peak memory (MB) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        rate = r["rows"] / r["seconds"]
        print(
            f"| {name} | {int(r['rows'])} | {r['seconds']:.1f} | {rate:.1f} | "
            f"{loop / r['seconds']:.2f}x | {loop_parquet / r['seconds']:.2f}x | "
            f"{r['peak_mb']:.0f} |"
        )
    print()
    share = results["read WARC only"]["seconds"] / loop
    print(f"- reading WARC: {share:.1%} of the parse-only loop's time")
    for name in ("Spark", "Dask"):
        one_key = next(k for k in results if k.startswith(name) and ("[1]" in k or " 1 " in k))
        two_key = next(k for k in results if k.startswith(name) and ("[2]" in k or " 2 " in k))
        one_seconds = results[one_key]["seconds"]
        speedup = one_seconds / results[two_key]["seconds"]
        print(
            f"- {name}: one worker at {loop_parquet / one_seconds:.2f}x the Parquet loop's "
            f"rate ({loop / one_seconds:.2f}x the parse-only loop's); two workers "
            f"{speedup:.2f}x one"
        )
    cli = results["CLI --jobs 1"]["seconds"] / results["CLI --jobs 2"]["seconds"]
    print(f"- CLI: --jobs 2 is {cli:.2f}x --jobs 1")
    print(f"- this machine's ceiling for two processes: {ceiling:.2f}x")
    for cores in (1, 2):
        spark = results[f"Spark local[{cores}]"]
        print(
            f"- Spark local[{cores}], not counted above: start-up (JVM, session) "
            f"{spark['startup']:.1f} s; the first run of the job (Python workers started, "
            f"the JVM's code loaded and compiled) {spark['first']:.1f} s, "
            f"{spark['rows'] / spark['first']:.1f} records/s"
        )
    jsonl = (work / "out-2.jsonl").stat().st_size
    print(
        f"- output: JSON Lines {jsonl:,} bytes, Parquet (zstd) {parquet.stat().st_size:,} bytes "
        f"({parquet.stat().st_size / jsonl:.0%}); the WARC files {sum(sizes):,} bytes"
    )


if __name__ == "__main__":
    main()

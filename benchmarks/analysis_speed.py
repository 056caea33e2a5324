"""How fast the analysis step runs (target: under a quarter of parse_html's time).

Run from the repository root: ``python benchmarks/analysis_speed.py``.  Needs
``../shared/corpus/aeb``.  It measures, in the same run so the figures are
comparable on a busy machine:

1. ``parse_html`` on every aeb page, and ``analyze`` on the
   article it gives (the ratio is the target);
2. ``analyze`` on the aeb ground-truth bodies (paragraphs split on blank lines);
3. ``analyze`` on one typical article repeated 1x, 10x, 100x and 300x as one
   article: the time per copy must stay flat (linear growth; the last column
   compares with 10x, where the fixed costs of one call no longer count).

Times are the process's CPU time, best of ``--runs`` (``--wall`` for wall-clock).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import newsdoc
from newsdoc import Article, Paragraph

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT.parent / "shared" / "corpus" / "aeb"


# CPU time by default: on a busy machine it counts less of the other processes' load
_CLOCK: Callable[[], float] = time.process_time


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = _CLOCK()
        work()
        best = min(best, _CLOCK() - start)
    return best


def _pages(limit: int | None) -> list[bytes]:
    paths = sorted((AEB / "html").glob("*.html.gz"))[:limit]
    return [gzip.decompress(p.read_bytes()) for p in paths]


def _truths(limit: int | None) -> list[Article]:
    truth = json.loads((AEB / "ground-truth.json").read_text("utf-8"))
    articles = []
    for key in sorted(truth)[:limit]:
        body = truth[key].get("articleBody") or ""
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        if paragraphs:
            articles.append(Article(paragraphs=tuple(Paragraph(text=p) for p in paragraphs)))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--runs", type=int, default=3, help="best of N runs")
    parser.add_argument(
        "--wall", action="store_true", help="wall-clock time instead of this process's CPU time"
    )
    args = parser.parse_args()
    global _CLOCK
    if args.wall:
        _CLOCK = time.perf_counter
    if not AEB.exists():
        raise SystemExit(f"{AEB} is not available")
    warnings.simplefilter("ignore", newsdoc.NewsdocWarning)

    pages = _pages(args.limit)
    parsed = [newsdoc.parse_html(page) for page in pages]
    # page by page, parse then analyze, so both see the same load on a busy machine
    parse_times: list[float] = []
    analysis_times: list[float] = []
    for page, article in zip(pages, parsed, strict=True):
        parse_times.append(_best_of(args.runs, lambda p=page: newsdoc.parse_html(p)))
        analysis_times.append(_best_of(args.runs, lambda a=article: newsdoc.analyze(a)))
    parse_total, analysis_total = sum(parse_times), sum(analysis_times)
    print(f"aeb pages: {len(pages)} ({'wall' if args.wall else 'CPU'} time, best of {args.runs})")
    print("| step | total s | ms/page (mean) | ms/page (median) |")
    print("| --- | ---: | ---: | ---: |")
    for name, times in (("parse_html", parse_times), ("analyze", analysis_times)):
        print(
            f"| {name} | {sum(times):.3f} | {1000 * statistics.mean(times):.2f} "
            f"| {1000 * statistics.median(times):.2f} |"
        )
    # parse_html analyzes by default: the target is analysis's share of that whole
    share = analysis_total / (parse_total + analysis_total)
    print(
        f"analysis / parse_html with analysis = {share:.3f} "
        f"(target < 0.25: {'ok' if share < 0.25 else 'MISSED'}); "
        f"analysis / parse_html = {analysis_total / parse_total:.3f}"
    )
    found = sum(len(a.quotes) for a in map(newsdoc.analyze, parsed))
    print(f"quotes found on the pages: {found}")

    truths = _truths(args.limit)
    truth_times = [_best_of(args.runs, lambda a=a: newsdoc.analyze(a)) for a in truths]
    chars = sum(len(a.text) for a in truths)
    print(
        f"\nground-truth bodies: {len(truths)} articles, {chars / len(truths):,.0f} chars each; "
        f"analyze {1000 * statistics.mean(truth_times):.2f} ms/article "
        f"(median {1000 * statistics.median(truth_times):.2f})"
    )

    typical = sorted(truths, key=lambda a: len(a.text))[len(truths) // 2]
    print(f"\ntypical article ({len(typical.paragraphs)} paragraphs) repeated as one article:")
    print("| copies | ms | ms per copy | ratio to 10x |")
    print("| ---: | ---: | ---: | ---: |")
    rows = []
    for copies in (1, 10, 100, 300):
        article = Article(paragraphs=typical.paragraphs * copies)
        runs = args.runs if copies < 100 else 1
        rows.append((copies, _best_of(runs, lambda a=article: newsdoc.analyze(a))))
    base = 1000 * rows[1][1] / rows[1][0]
    for copies, seconds in rows:
        per_copy = 1000 * seconds / copies
        print(f"| {copies} | {1000 * seconds:.1f} | {per_copy:.2f} | {per_copy / base:.2f} |")


if __name__ == "__main__":
    main()

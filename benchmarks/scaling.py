"""Does newsdoc's time and memory grow linearly with the input?

Run from the repository root: ``python benchmarks/scaling.py``.  For inputs 1x,
10x and 100x the size of a typical article it times, and measures the peak of
Python allocations (tracemalloc) of:

- ``parse_html`` (with analysis) on a page: the aeb page whose article body has
  the median length (``../shared``), or the repository's
  ``tests/data/html/news-page.html``; N x repeats the content of its article
  container (the element with the most ``<p>`` children) N times;
- ``parse_text`` (with analysis) on the example article, its body repeated N times;
- ``analyze`` alone on the article ``parse_text(...)`` gives for it;
- and each reader alone (``-a``: without the analysis), to tell the reader's growth from
  the analysis'.

Linear growth means ratios near 10 from one row to the next.  Time is the best
of ``--repeat`` runs (one run at 100x); memory is measured in a separate run,
since tracemalloc slows the code it watches.  tracemalloc sees Python's
allocations, not lxml's C tree (see benchmarks/hostile.py for whole-process RSS).
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

import lxml.html

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "moscowtimes-2013-11-06.txt"
FALLBACK_PAGE = ROOT / "tests" / "data" / "html" / "news-page.html"
FACTORS = (1, 10, 100)


def typical_page() -> tuple[str, bytes]:
    """(name, bytes) of the aeb page whose article body has the median length.

    Without ``../shared``, the repository's sample page.
    """
    folder = SHARED / "corpus" / "aeb"
    truth_file = folder / "ground-truth.json"
    if not truth_file.exists():
        return FALLBACK_PAGE.name, FALLBACK_PAGE.read_bytes()
    truth = json.loads(truth_file.read_text("utf-8"))
    sizes = sorted((len(item.get("articleBody") or ""), key) for key, item in truth.items())
    _, key = sizes[len(sizes) // 2]
    path = folder / "html" / f"{key}.html.gz"
    return path.name, gzip.decompress(path.read_bytes())


def scaled_page(page: bytes, factor: int) -> bytes:
    """The page with the children of its article container repeated ``factor`` times.

    The container is the element with the most ``<p>`` children: repeating the
    whole ``<body>`` would only repeat the boilerplate, as readers take one copy.
    """
    root = lxml.html.document_fromstring(page)
    container = max(root.iter(), key=lambda el: sum(1 for c in el if c.tag == "p"))
    children = list(container)
    for _ in range(factor - 1):
        for child in children:
            container.append(copy.deepcopy(child))
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def scaled_text(factor: int) -> str:
    """The example with its body (first to last long paragraph) repeated ``factor`` times."""
    blocks = EXAMPLE.read_text("utf-8").strip().split("\n\n")
    long = [i for i, block in enumerate(blocks) if len(block) > 120]
    first, last = long[0], long[-1] + 1
    return "\n\n".join(blocks[:first] + blocks[first:last] * factor + blocks[last:])


def best_time(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def peak_memory(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (1 at 100x)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    page_name, page = typical_page()
    print(f"page: {page_name} ({len(page):,} bytes); text: {EXAMPLE.name}")
    print()
    rows: list[tuple[str, int, int, float, int]] = []
    for factor in FACTORS:
        html = scaled_page(page, factor)
        text = scaled_text(factor)
        bare = newsdoc.parse_text(text)
        work: dict[str, tuple[int, Callable[[], object]]] = {
            "parse_html": (len(html), lambda html=html: newsdoc.parse_html(html)),  # type: ignore[misc]
            "parse_html -a": (  # the reader alone, without the analysis
                len(html),
                lambda html=html: newsdoc.parse_html(html),  # type: ignore[misc]
            ),
            "parse_text": (len(text), lambda text=text: newsdoc.parse_text(text)),  # type: ignore[misc]
            "parse_text -a": (
                len(text),
                lambda text=text: newsdoc.parse_text(text),  # type: ignore[misc]
            ),
            "analyze": (len(bare.text), lambda bare=bare: newsdoc.analyze(bare)),  # type: ignore[misc]
        }
        repeat = 1 if factor >= 100 else args.repeat
        for name, (size, call) in work.items():
            rows.append((name, factor, size, best_time(call, repeat), peak_memory(call)))

    print(
        f"{'step':<14} {'input':>6} {'size':>12} {'time s':>9} {'x prev':>7} "
        f"{'peak MB':>9} {'x prev':>7} {'µs/KB':>7}"
    )
    previous: dict[str, tuple[float, int]] = {}
    order = {name: i for i, name in enumerate(dict.fromkeys(r[0] for r in rows))}
    for name, factor, size, seconds, peak in sorted(rows, key=lambda r: (order[r[0]], r[1])):
        prev = previous.get(name)
        t_ratio = f"{seconds / prev[0]:.1f}" if prev else ""
        m_ratio = f"{peak / prev[1]:.1f}" if prev and prev[1] else ""
        per_kb = seconds * 1e6 / (size / 1024)
        print(
            f"{name:<14} {factor:>5}x {size:>12,} {seconds:>9.3f} {t_ratio:>7} "
            f"{peak / 1e6:>9.1f} {m_ratio:>7} {per_kb:>7.0f}"
        )
        previous[name] = (seconds, peak)
    print()
    print("Linear: ~10 per step in both ratio columns, and a flat µs/KB column.")


if __name__ == "__main__":
    main()

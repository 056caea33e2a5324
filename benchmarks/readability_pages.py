"""Per-page body scores on ``../shared/corpus/readability``, split by language.

Usage (from the repository root)::

    python benchmarks/readability_pages.py [--tools newsdoc,trafilatura] [--pages N] [--lang de]

The aeb metric (``aeb_metric.py``) per page against the text of Readability's
``expected.html`` (a reference, not a truth), and its means per language (the
expected ``lang``'s primary subtag; ``?`` when it gives none).  The pages
with the lowest recall for the first tool are listed after the table, so
the pages that lose text are seen, English or not.  Readability's synthetic
test pages are scored too: their expected text is not always an article.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aeb_metric import page_scores, score_pages
from html_bench import (
    MAKERS,
    READABILITY,
    forbid_network,
    load_readability,
    primary_subtag,
    readability_folders,
    safe,
)

from newsdoc.analysis.language import detect_language

_HTML_LANG = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z_-]+)", re.IGNORECASE)


def _language(tag: str | None, data: bytes, text: str) -> str:
    """The expected language, else the page's ``<html lang>``, else the one newsdoc's
    detector finds in the expected text, as a primary subtag."""
    if not tag:
        found = _HTML_LANG.search(data[:5000])
        tag = found.group(1).decode("ascii") if found else detect_language(text) or "?"
    return primary_subtag(tag) or "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools", default="newsdoc,trafilatura", help="comma-separated tools")
    parser.add_argument("--pages", type=int, default=25, help="how many low-recall pages to list")
    parser.add_argument("--lang", default=None, help="list only pages of this language")
    args = parser.parse_args(argv)
    if not READABILITY.exists():
        print(f"{READABILITY} is not available", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    forbid_network()
    pages = load_readability(None)
    names = [folder.name for folder in readability_folders(None)]
    languages_of = [
        _language(expected.get("lang"), data, expected["text"]) for data, _url, expected in pages
    ]
    tools = [name.strip() for name in args.tools.split(",") if name.strip() in MAKERS]
    # per tool: per page (precision, recall), None where undefined
    scores: dict[str, list[tuple[str, float | None, float | None]]] = {}
    by_language: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for tool in tools:
        run = MAKERS[tool]()
        errors: list[str] = []
        rows = []
        groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for (data, url, expected), lang in zip(pages, languages_of, strict=True):
            result = safe(run, data, url, errors)
            rows.append((lang, *page_scores(result.text, expected["text"])))
            groups[lang].append((result.text, expected["text"]))
            groups["all"].append((result.text, expected["text"]))
        scores[tool] = rows
        by_language[tool] = groups
        if errors:  # a failing page scores as an empty extraction: say so
            print(f"{tool}: {len(errors)} page(s) failed, scored as empty; first: {errors[0]}")
    languages = sorted(by_language[tools[0]], key=lambda lang: (lang == "all", lang))
    header = " | ".join(f"{tool[:11]:>11} F1 / P / R" for tool in tools)
    print(f"| lang | pages | {header} |")
    print("|------|------:|" + "|".join("-" * 25 for _ in tools) + "|")
    for lang in languages:
        cells = []
        for tool in tools:
            f1, precision, recall = score_pages(by_language[tool][lang])
            cells.append(f"   {f1:.3f} / {precision:.3f} / {recall:.3f}")
        print(f"| {lang:<4} | {len(by_language[tools[0]][lang]):>5} | {' | '.join(cells)} |")
    first = scores[tools[0]]
    order = sorted(range(len(first)), key=lambda i: first[i][2] if first[i][2] is not None else 2)
    print(f"\nlowest recall ({tools[0]}; then the other tools' recall):")
    shown = 0
    for i in order:
        lang, precision, recall = first[i]
        if args.lang and lang != args.lang:
            continue
        if shown >= args.pages:
            break
        shown += 1
        others = " ".join(f"{tool}={_fmt(scores[tool][i][2])}" for tool in tools[1:])
        print(f"  {names[i]:<40} {lang:<3} P={_fmt(precision)} R={_fmt(recall)}  {others}")
    return 0


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())

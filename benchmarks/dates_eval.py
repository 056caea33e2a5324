"""Score publication dates on hand-checked pages: newsdoc beside htmldate (and trafilatura).

Usage (from the repository root)::

    python benchmarks/dates_eval.py [--tools newsdoc,htmldate,trafilatura] [--failures]
    python benchmarks/dates_eval.py --printed-only

The gold is ``benchmarks/data/dates-gold.json``: ``{page: {"date", "why", "lang", "url"}}``
for the 20 pages of ``../shared/corpus/news-ml``, the 181 of ``../shared/corpus/aeb``
and the 97 Readability test pages whose expected metadata gives no ``publishedTime``.
``date`` is the day the page prints as its publication's (``YYYY-MM-DD``, in the
zone the page prints it in), or ``null`` when it prints none; ``also`` lists
another day that is the same instant in another zone, when the page prints
both; ``why`` says where the date was read.  A page counts as right when the
tool's day (as given, never converted) is ``date`` or one of ``also``, or when
both are empty.  Scores are given per corpus and per language (``lang``: the
page's primary language subtag, ``?`` when unknown).

``--printed-only`` scores the same pages without what they declare: their ``<meta>``
tags, JSON-LD and microdata date properties are taken out first, as on the many pages
that print their date only in the text or the URL.  Only pages whose gold gives a date
count; a tool is right, finds nothing (the date may have been declared only), or is
wrong, which is worse: no date is better than an invented one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scoring import without_declared

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "dates-gold.json"
SHARED = ROOT.parent / "shared" / "corpus"
TOOLS = ("newsdoc", "htmldate", "trafilatura")

Finder = Callable[[bytes, str | None], Any]


def page_path(name: str) -> Path:
    """The saved page of a gold entry's name (``corpus/key``)."""
    corpus, key = name.split("/", 1)
    if corpus == "readability":
        return SHARED / "readability" / "pages" / key / "source.html.gz"
    return SHARED / corpus / "html" / f"{key}.html.gz"


def make_newsdoc() -> Finder:
    import newsdoc

    def run(data: bytes, url: str | None) -> Any:
        return newsdoc.parse(data, format="html", url=url, analyze=False).published

    return run


def make_htmldate() -> Finder:
    from htmldate import find_date

    def run(data: bytes, url: str | None) -> Any:
        return find_date(data.decode("utf-8", "replace"), original_date=True, url=url)

    return run


def make_trafilatura() -> Finder:
    import trafilatura

    def run(data: bytes, url: str | None) -> Any:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        return doc.date if doc is not None else None

    return run


MAKERS: dict[str, Callable[[], Finder]] = {
    "newsdoc": make_newsdoc,
    "htmldate": make_htmldate,
    "trafilatura": make_trafilatura,
}


def day(value: Any) -> str | None:
    """The day of a tool's answer as printed: a date-time's own day, never converted."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value)[:10]


def right(entry: dict[str, Any], answer: str | None) -> bool:
    """Whether ``answer`` (a day or ``None``) is what the gold entry says."""
    if entry["date"] is None:
        return answer is None
    return answer == entry["date"] or answer in entry.get("also", ())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tools", default="newsdoc,htmldate")
    parser.add_argument("--failures", action="store_true", help="list each tool's wrong pages")
    parser.add_argument(
        "--printed-only", action="store_true", help="without the pages' declared metadata"
    )
    args = parser.parse_args(argv)
    if not SHARED.exists():
        print(f"no corpus at {SHARED}", file=sys.stderr)
        return 1
    gold: dict[str, dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))
    tools = [name for name in args.tools.split(",") if name]
    finders = {}
    for name in tools:
        try:
            finders[name] = MAKERS[name]()
        except ImportError:
            print(f"{name}: not installed, skipped", file=sys.stderr)
    # score[tool][group] = [right, total]
    score: dict[str, dict[str, list[int]]] = {t: defaultdict(lambda: [0, 0]) for t in finders}
    wrong: dict[str, dict[str, int]] = {t: defaultdict(int) for t in finders}
    failures: dict[str, list[str]] = {t: [] for t in finders}
    for name, entry in gold.items():
        data = gzip.decompress(page_path(name).read_bytes())
        if args.printed_only:
            if entry["date"] is None:
                continue
            data = without_declared(data)
        groups = ("all", "corpus " + name.split("/")[0], "lang " + (entry.get("lang") or "?"))
        for tool, find in finders.items():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    answer = day(find(data, entry.get("url")))
                except Exception as error:  # a tool failing on a page gives no date
                    answer = f"error: {type(error).__name__}"
            ok = right(entry, answer)
            for group in groups:
                score[tool][group][0] += ok
                score[tool][group][1] += 1
                wrong[tool][group] += not ok and answer is not None
            if not ok:
                failures[tool].append(
                    f"{name[:60]}: {answer} (gold {entry['date']}: {entry['why']})"
                )
    groups = sorted({g for per in score.values() for g in per}, key=lambda g: (g != "all", g))
    columns = [(t, "") for t in finders]
    if args.printed_only:  # right, then wrong (a date that is not the page's)
        columns = [(t, kind) for t in finders for kind in ("", " wrong")]
    print(f"{'pages':<24}{'n':>5}" + "".join(f"{t + kind:>16}" for t, kind in columns))
    for group in groups:
        total = next(iter(score.values()))[group][1]
        cells = "".join(
            f"{(wrong[t][group] if kind else score[t][group][0]) / total:>16.3f}"
            for t, kind in columns
        )
        print(f"{group:<24}{total:>5}{cells}")
    if args.failures:
        for tool, lines in failures.items():
            print(f"\n{tool}: {len(lines)} wrong")
            for line in lines:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

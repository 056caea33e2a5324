"""Time and memory of newsdoc on hostile input: each case must finish, within bounds.

Run from the repository root: ``python benchmarks/hostile.py`` (``--case NAME``
runs one).  Each case runs in its own process, so that its peak resident memory
(``ru_maxrss``: lxml's C tree included) is its own; the table gives the time of
the call alone, the process's peak RSS, and how much the call added to what the
process held once the input was built.  tests/test_robustness_limits.py checks
the same shapes (smaller where a test must stay fast) for their outcome only.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "moscowtimes-2013-11-06.txt"
TIMEOUT = 600  # seconds for one case before it counts as a hang


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


def _fifty_megabytes() -> bytes:
    paragraphs = [p for p in EXAMPLE.read_text("utf-8").split("\n\n") if len(p) > 120]
    article = "".join(f"<p>{p}</p>" for p in paragraphs)
    block = f"<article><h1>Headline</h1>{article}</article><div class='more'>{article}</div>"
    return _page(block * (50_000_000 // len(block) + 1)).encode()


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return f"<!DOCTYPE html [{''.join(entities)}]><html><body><p>&lol9;</p></body></html>"


def _invalid_utf8() -> bytes:
    import random

    rng = random.Random(8)
    noise = bytes(rng.randrange(128, 256) for _ in range(1_000_000))
    return b"<html><head><meta charset='utf-8'></head><body><p>" + noise + b"</p></body></html>"


# name -> (what it is, a function that builds the input and returns the call to time)
def _cases() -> dict[str, tuple[str, Callable[[], Callable[[], object]]]]:
    import newsdoc

    def html(data: str | bytes) -> Callable[[], object]:
        return lambda: newsdoc.parse_html(data)

    def text(data: str) -> Callable[[], object]:
        return lambda: newsdoc.parse_text(data)

    return {
        "nested-div": (
            "parse_html: 100,000 nested <div>",
            lambda: html(_page("<div>" * 100_000 + "<p>Deep.</p>" + "</div>" * 100_000)),
        ),
        "nested-list": (
            "parse_html: 100,000 nested <ul><li>",
            lambda: html(_page("<ul><li>" * 100_000 + "Deep." + "</li></ul>" * 100_000)),
        ),
        "nested-quote": (
            "parse_text: 100,000 nested '> ' quote marks",
            lambda: text("# H\n\n" + "> " * 100_000 + "Deep quote."),
        ),
        "page-50mb": ("parse_html: a 50 MB page (bytes)", lambda: html(_fifty_megabytes())),
        "line-1mb-text": ("parse_text: a 1 MB line without spaces", lambda: text("a" * 1_000_000)),
        "line-1mb-html": (
            "parse_html: a 1 MB line without spaces",
            lambda: html(_page("<p>" + "a" * 1_000_000 + "</p>")),
        ),
        "quotes-10k": (
            "parse_text: 10,000 unbalanced quotation marks",
            lambda: text('Alexeyev said "' * 10_000),
        ),
        "nul-1mb": (
            "parse_html: 1 MB with NUL bytes",
            lambda: html(_page("<p>" + "word\x00 " * 170_000 + "</p>").encode()),
        ),
        "surrogates-100k": (
            "parse_text: 100,000 lone surrogates",
            lambda: text("# H\n\n" + "text \ud800 " * 14_000),
        ),
        "invalid-utf8-1mb": ("parse_html: 1 MB of invalid UTF-8", lambda: html(_invalid_utf8())),
        "billion-laughs": (
            "parse_html: billion laughs (3 GB expanded)",
            lambda: html(_billion_laughs()),
        ),
        "json-deep": (
            "from_json: arrays nested 1,000,000 deep",
            lambda: lambda d="[" * 1_000_000 + "]" * 1_000_000: _expect_error(newsdoc.from_json, d),
        ),
    }


def _expect_error(call: Callable[[str], object], data: str) -> object:
    import newsdoc

    try:
        return call(data)
    except newsdoc.NewsdocError as error:
        return error


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_case(name: str) -> None:
    warnings.simplefilter("ignore")
    _, build = _cases()[name]
    call = build()
    before = _rss_mb()
    start = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rss": _rss_mb(),
                "added": _rss_mb() - before,
                "result": type(result).__name__,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", help="run one case in this process and print its figures")
    args = parser.parse_args()
    if args.case:
        run_case(args.case)
        return
    print(f"{'case':<18} {'time s':>8} {'peak RSS MB':>12} {'added MB':>9}  result    what")
    for name, (what, _) in _cases().items():
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--case", name],
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            print(f"{name:<18} {'> ' + str(TIMEOUT):>8} {'':>12} {'':>9}  HANG      {what}")
            continue
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or ["?"])[-1][:60]
            print(f"{name:<18} {'':>8} {'':>12} {'':>9}  CRASH     {what}: {reason}")
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{name:<18} {figures['seconds']:>8.2f} {figures['rss']:>12.0f} "
            f"{figures['added']:>9.0f}  {figures['result']:<9} {what}"
        )


if __name__ == "__main__":
    main()

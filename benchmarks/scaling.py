"""Does newsdoc's time grow linearly with the input, for every shape of input?  And its memory?

Run from the repository root::

    python benchmarks/scaling.py                  # every family, 1x 2x 4x 8x
    python benchmarks/scaling.py --family names --family quotes
    python benchmarks/scaling.py --memory         # peak memory against input size
    python benchmarks/scaling.py --big            # the 50 MB page of 3 million paragraphs
    python benchmarks/scaling.py --no-gc          # times with the cycle collector off

**Time.**  Each *family* generates an input of one shape (plain words, a run of
``A-A-A-``, mixed-case runs, hexadecimal and base64 strings, many distinct
names, many quotes in one paragraph, quotation marks, links, table rows, list
items, an element with many attributes, boxes of related stories, a forum's
posts, a page's own lines around its text, a real article...) as text and as
HTML, at 1x, 2x, 4x and 8x its base size.  Every stage is timed on it: the
text reader, the HTML reader (both without analysis), the analysis (of the
text reader's article, or the HTML reader's for HTML-only shapes) and every
writer of :data:`newsdoc.formats.FORMATS` (on the analysed article).  The
table gives each stage's time at 1x and 8x and their ratio: linear growth is
8, and a ratio above 10 is flagged (``<<``).  A stage that takes more than
``--max-seconds`` stops growing: its ratio is then a lower bound (``>=``).
Times are CPU seconds of the process (other work on a shared machine would
swing wall times of milliseconds), the best of several samples, a sample
lasting at least 50 ms (short work is run several times in a row): see
:func:`timed`.  The base sizes make most stages take tens of milliseconds at
1x; a stage whose work does not grow with the family (JSON-LD writes no links)
stays short, and its ratio says little.

Every family's 8x input holds 8 times its 1x content (numbers of fixed width,
the article's copies numbered: see :data:`FAMILIES`), so a larger output is the
stage's own doing. Two effects that are not newsdoc's make ratios of 10 to 13
(more for writers, whose work per item is small) on work that is linear: memory
(an 8x run no longer fits where the 1x run did: in the caches, nor in the memory
the interpreter kept from the run before, so it maps fresh pages: the standard
library's ``json.dumps`` alone, on the same documents, grows 10.6x from 1x to 8x
of the ``names`` family, and a bare list comprehension making the ``links``
family's 38,400 dicts of a link 16 to 26x its 4,800, with 43 page faults per
1,000 dicts where the 1x run has none) and Python's cycle collector. Its full
collections walk every live container, and come when the containers created
since the last one outnumber a quarter of those that survived it: a schedule
that is linear in the long run, but whose first full collection falls between 1x
and 8x for a stage that keeps many containers alive (the analysis of ``names``
has none at 1x and 5 to 7 at 8x, a quarter of its time; a writer's output of
dicts and lists, one at 8x). The collector stays on: users run with it;
``--no-gc`` times without it, to tell its share from newsdoc's. Every family
has a row ``stdlib json``, not newsdoc's and left out of the count: the standard
library's ``json.dumps`` of the same article's JSON document, the same kind of
work as the writers' on the same data, measured in the same run.

**Memory** (``--memory``, Linux: ``/proc/self/status``).  The peak resident
memory of a fresh process that reads the input from a file and parses it
(``newsdoc.parse``, analysis on), minus that process' peak before parsing,
against the input's size: the target is at most 30 times the input, for text
and HTML.  Two columns: ``x input`` after a first parse of the input's first
20 KB in the same process, so that what a process loads once (the modules the
parse imports, their word lists and patterns: about 20 MB) is not counted as
the input's; ``cold x`` counts it too, as a one-page script pays it (it
weighs most on the small inputs).  ``--big`` adds the 50 MB
page of 3 million tiny paragraphs, whose target is also to parse in under 30 s
(the CPU time of the warm process).
"""

from __future__ import annotations

import argparse
import base64
import gc
import json
import math
import os
import random
import string
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import attrs

import newsdoc
from newsdoc import Article
from newsdoc.formats import FORMATS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "moscowtimes-2013-11-06.txt"
FACTORS = (1, 2, 4, 8)
FLAG = 10.0
#: The shortest sample timed, in seconds, and how many samples a stage gets (the best is kept).
MIN_SAMPLE = 0.05
SAMPLES = 7
#: ``--no-gc``: time with the cycle collector off, to see its share (users run with it on).
NO_GC = False

# --- the families ---------------------------------------------------------------------------


def _words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9))) for _ in range(n)]


def _name(i: int) -> str:
    """A distinct, pronounceable, capitalised surname for every ``i``, all of the same length."""
    syllables = ["kan", "lor", "mir", "ren", "sto", "vas", "dor", "pel", "tun", "gan", "shi", "bro"]
    parts = []
    for _ in range(4):  # 12**4 names: enough for 8x of the names family
        i, rest = divmod(i, len(syllables))
        parts.append(syllables[rest])
    return "".join(parts).capitalize() + "ov"


@attrs.frozen
class Family:
    """Inputs of one shape: ``paragraphs(n)`` gives text paragraphs; HTML wraps them."""

    name: str
    base: int  # units at 1x
    paragraphs: Callable[[int], list[str]]
    html: Callable[[int], str] | None = None  # when the HTML is not the paragraphs in <p>
    text: bool = True  # False: an HTML-only shape

    def text_input(self, factor: int) -> str:
        return "Headline of the story\n\n" + "\n\n".join(self.paragraphs(self.base * factor))

    def html_input(self, factor: int) -> str:
        if self.html is not None:
            return self.html(self.base * factor)
        body = "\n".join(f"<p>{p}</p>" for p in self.paragraphs(self.base * factor))
        return _page(body)


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Headline of the story</title>"
        f"</head><body><article><h1>Headline of the story</h1>{body}</article></body></html>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _tokens(n: int) -> list[str]:
    rng = random.Random(1)
    return [" ".join(_words(rng, 40)).capitalize() + "." for _ in range(n)]


def _hyphen_run(n: int) -> list[str]:
    return ["It began with " + "A-" * n + "A and ended."]


def _mixed_case(n: int) -> list[str]:
    rng = random.Random(2)
    run = "".join(rng.choice("aAbBcCdDeEfF") for _ in range(n))
    return [f"The code was {run} and more."]


def _hex(n: int) -> list[str]:
    rng = random.Random(3)
    return ["The hash is " + "".join(rng.choices("0123456789ABCDEF", k=n)) + " today."]


def _base64(n: int) -> list[str]:
    rng = random.Random(4)
    return ["The key is " + base64.b64encode(rng.randbytes(n * 3 // 4)).decode() + " here."]


def _names(n: int) -> list[str]:
    return [
        f"Minister Ivan {_name(i)} said on Tuesday that the plan was dead, and {_name(i)} left."
        for i in range(n)
    ]


def _quotes(n: int) -> list[str]:
    return [
        " ".join(
            f"“The plan number {i:05d} is dead,” Smith said. “We try again.”" for i in range(n)
        )
    ]


def _dashed_quotes(n: int) -> list[str]:
    # quotations interrupted by their attribution between dashes, Russian style
    return [" ".join(f"«План {i:05d}, – заявил он. — Не пройдёт»." for i in range(n))]


def _marks(n: int) -> list[str]:
    return ["Marks: " + " ".join('“a” «b» ‘c’ "d" „e“' for _ in range(n))]


def _links_text(n: int) -> list[str]:
    return [" ".join(f"see [the report {i:05d}](https://example.com/r/{i:05d})" for i in range(n))]


def _links_html(n: int) -> str:
    links = " ".join(
        f'see <a href="https://e.com/r/{i:05d}">the report {i:05d}</a>' for i in range(n)
    )
    return _page(f"<p>Reports: {links}.</p>")


def _table_text(n: int) -> list[str]:
    rows = "\n".join(f"| {i:05d} | x{i:05d} | y |" for i in range(n))
    return ["| a | b | c |\n| --- | --- | --- |\n" + rows]


def _table_html(n: int) -> str:
    rows = "".join(f"<tr><td>{i:05d}</td><td>x{i:05d}</td><td>y</td></tr>" for i in range(n))
    return _page(f"<p>The story has a table.</p><table>{rows}</table>")


def _lists_text(n: int) -> list[str]:
    return ["\n".join(f"{'  ' * (i % 4)}- item number {i:05d} of the list" for i in range(n))]


def _lists_html(n: int) -> str:
    items = "".join(f"<li>item number {i:05d} of the list</li>" for i in range(n))
    return _page(f"<p>The story has a list.</p><ul>{items}</ul>")


def _attributes_html(n: int) -> str:
    attributes = " ".join(f'data-a{i:05d}="{i:05d}"' for i in range(n))
    return _page(f"<p {attributes}>The story is in one paragraph with many attributes.</p>")


def _related_html(n: int) -> str:
    # boxes that open with the label of other stories, each with a line that reads as text
    return _page(
        "\n".join(
            f"<div class='box'><h3>Related</h3><p>The teaser of story {i:05d} reads as a"
            " sentence of its own.</p></div>"
            for i in range(n)
        )
    )


def _posts_html(n: int) -> str:
    # a forum thread: posts of one kind, each with its author's box beside the text's box
    posts = "\n".join(
        f"<div class='post bg{i % 2}'><div class='author'><a href='/u/{i:05d}'>user{i:05d}</a>"
        f"</div><div class='inner'><div class='content'>Post {i:05d} says something worth"
        " reading, in a sentence or two.</div></div></div>"
        for i in range(n)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>A thread</title></head>"
        f"<body><h1>A thread</h1><div class='topic'>{posts}</div></body></html>"
    )


def _wrapper_html(n: int) -> str:
    # a page's own lines above its text and around its box in the wrapper: headings over
    # lists, short lines, boxes of data beside the text, linked headings over text
    head = "".join(f"<p>Line {i:05d} of the page's own</p>" for i in range(n))
    text = "".join(
        f"<h2><a href='/s/{i:05d}'>Section {i:05d}</a></h2><p>Section {i:05d} says something"
        " worth reading, in a sentence or two.</p>"
        for i in range(n)
    )
    lines = "".join(
        f"<h3>Services {i:05d}</h3><ul><li>Service {i:05d}</li></ul><p>Call us on {i:05d} now</p>"
        f"<div class='facts'><ul><li>Fact {i:05d}</li><li>Figure {i:05d}</li></ul></div>"
        for i in range(n)
    )
    return _page(f"<div class='wrap'>{head}<div class='text'>{text}</div>{lines}</div>")


def _boxes_html(n: int) -> str:
    # boxes beside the text: more of it, teasers (a linked title over their summary), pictures
    # with their lines; and a list of events, each opening with its date
    line = "a sentence long enough to read as text, with a clause or two, as articles have them."
    text = "".join(f"<p>Part {i:05d} of the text says {line}</p>" for i in range(8 * n))
    boxes = "".join(
        f"<div class='more-content'><p>Box {i:05d} adds {line}</p><p>It also adds {line}</p>"
        f"</div><div class='item-content'><h3><a href='/t/{i:05d}'>Teaser {i:05d}</a></h3>"
        f"<p>Teaser {i:05d} sums up {line}</p><p>It also sums up {line}</p></div>"
        f"<div class='pic-content'><img src='/p/{i:05d}.jpg' width='600' height='400'>"
        f"<p>Picture {i:05d} shows {line}</p><p>It also shows {line}</p></div>"
        # links enough that the wrapper is no more of the text: the boxes are judged one by one
        f"<ul><li><a href='/l/{i:05d}'>Link {i:05d} to {line * 12}</a></li></ul>"
        for i in range(n)
    )
    events = "".join(
        f"<p>{10 + i % 18}. Juni 2021</p><h3>Event {i:05d}</h3><p>Event {i:05d} is on</p>"
        for i in range(n)
    )
    return _page(f"<div class='wrap'><div class='text'>{text}{events}</div>{boxes}</div>")


def _teaser_lists_html(n: int) -> str:
    # many small lists of teasers (a linked title over a line of summary) beside two long
    # paragraphs, on a page without <article>: the lists are the page's bulk, and its text
    line = "A sentence of the story that runs on for a while, as stories do. " * 20
    lists = "".join(
        f"<ul><li><a href='/s/{i}'>Story {i:05d}</a></li><li>Summary line {i:05d} of it.</li></ul>"
        for i in range(n)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Stories</title></head><body>"
        f"<div class='a'><p>{line}</p><p>{line}</p></div><div class='b'>{lists}</div></body></html>"
    )


def _tiny(n: int) -> list[str]:
    # lines without a sentence end: the text reader joins them into one paragraph
    return [f"w{i:05d}" for i in range(n)]


def _article_text(n: int) -> list[str]:
    # The example's paragraphs, copy after copy, each copy marked with its number: the
    # HTML reader drops a short quoted paragraph that another paragraph repeats (a pull
    # quote), at most 100 of them, so unmarked copies made an output that grew faster
    # than the input (10.7x the quotations at 8x).  Fixed width: no mark is part of another.
    blocks = EXAMPLE.read_text("utf-8").strip().split("\n\n")
    body = [b for b in blocks if len(b) > 120]
    return [f"{body[i % len(body)]} (Part {i // len(body) + 1:05d}.)" for i in range(n)]


def _article_html(n: int) -> str:
    return _page("\n".join(f"<p>{_escape(p)}</p>" for p in _article_text(n)))


# Numbers in the generated inputs have five digits, and names four syllables, whatever
# the size: with numbers that grew longer, the 8x input held more than 8 times the 1x
# content (8.4 times the text of ``names``, 8.3 times of ``links``).
# Every family's 8x input is 8 times its 1x content (within 1%).
FAMILIES = (
    Family("article", 512, _article_text, _article_html),
    Family("tokens", 160, _tokens),
    Family("A-A-A-", 16_000, _hyphen_run),
    Family("mixed-case", 32_000, _mixed_case),
    Family("hex", 32_000, _hex),
    Family("base64", 32_000, _base64),
    Family("names", 1600, _names),
    Family("quotes", 400, _quotes),
    Family("dashed quotes", 600, _dashed_quotes),
    Family("marks", 1600, _marks),
    Family("links", 4800, _links_text, _links_html),
    Family("table", 1600, _table_text, _table_html),
    Family("lists", 1600, _lists_text, _lists_html),
    Family("attributes", 5000, lambda n: [], _attributes_html, text=False),
    Family("related boxes", 1000, lambda n: [], _related_html, text=False),
    Family("posts", 1000, lambda n: [], _posts_html, text=False),
    Family("wrapper lines", 1000, lambda n: [], _wrapper_html, text=False),
    Family("boxes beside", 200, lambda n: [], _boxes_html, text=False),
    Family("teaser lists", 4000, lambda n: [], _teaser_lists_html, text=False),
    Family("short lines", 8000, _tiny),
)

# the standard library's own row in every family (not newsdoc's: left out of the count)
BASELINE = "stdlib json"

# --- timing -------------------------------------------------------------------------------------


def timed(work: Callable[[], object]) -> float:
    """CPU seconds of one run of ``work``: the best of several samples, after one run to warm up.

    CPU time of this process, not wall time: other work on the machine (tests,
    fuzzers) makes wall times of milliseconds swing by 3x, and ratios meaningless.
    A sample lasts at least :data:`MIN_SAMPLE` seconds: work shorter than that is
    run several times in a row and the sample divided by the count, so that the
    clock's grain and the odd interruption do not weigh on runs of a millisecond.
    The best (the least disturbed) of :data:`SAMPLES` samples is kept; fewer for
    long work, and a single run past 2 s (a quadratic stage must not take hours).
    """
    start = time.process_time()
    work()  # imports, caches, the allocator's first pages
    first = time.process_time() - start
    if first > 2:
        return first
    runs = max(1, math.ceil(MIN_SAMPLE / max(first, 1e-6)))
    best = first
    for _ in range(SAMPLES if first < 0.5 else 3):
        gc.collect()
        if NO_GC:
            gc.disable()
        start = time.process_time()
        for _ in range(runs):
            work()
        best = min(best, (time.process_time() - start) / runs)
        gc.enable()
    return best


def stages(family: Family, factor: int) -> dict[str, tuple[int, Callable[[], object]]]:
    """(input size, work) of every stage on the family's input at ``factor``."""
    html = family.html_input(factor)
    work: dict[str, tuple[int, Callable[[], object]]] = {}
    source: Article
    if family.text:
        text = family.text_input(factor)
        work["text"] = (len(text), lambda: newsdoc.parse(text, format="markdown", analyze=False))
        source = newsdoc.parse(text, format="markdown", analyze=False)
    work["html"] = (len(html), lambda: newsdoc.parse(html, format="html", analyze=False))
    page = newsdoc.parse(html, format="html", analyze=False)
    if not family.text:
        source = page
    work["analysis"] = (len(source.text), lambda: newsdoc.analyze(source))
    analysed = newsdoc.analyze(page)
    for name, entry in FORMATS.items():
        if entry.write is not None:
            write = entry.write
            work[f"write {name}"] = (len(html), lambda write=write: write(analysed))  # type: ignore[misc]
    # the standard library's json.dumps of the same document: what Python's own code does
    # with data of this size on this machine (memory, the cycle collector), beside the writers
    document = json.loads(FORMATS["json"].write(analysed))  # type: ignore[misc]
    work[BASELINE] = (len(html), lambda: json.dumps(document, ensure_ascii=False))
    return work


def scaling(families: list[Family], max_seconds: float) -> list[tuple[str, str, float, float, str]]:
    """(family, stage, time at 1x, time at 8x or the last size run, ratio text) rows."""
    rows = []
    for family in families:
        times: dict[str, dict[int, float]] = {}
        stopped: set[str] = set()
        for factor in FACTORS:
            for stage, (_, work) in stages(family, factor).items():
                if stage in stopped:
                    continue
                took = timed(work)
                times.setdefault(stage, {})[factor] = took
                if took > max_seconds:
                    stopped.add(stage)
        for stage, by_factor in times.items():
            first = by_factor[1]
            last_factor = max(by_factor)
            last = by_factor[last_factor]
            if last_factor == FACTORS[-1]:
                ratio = last / first if first else float("inf")
                text = f"{ratio:.1f}" + (" <<" if ratio > FLAG else "")
            else:
                # stopped early: a lower bound of the 8x ratio from the growth seen so far
                ratio = (last / first) * (FACTORS[-1] / last_factor)
                text = f">={ratio:.0f} <<" if ratio > FLAG else f">={ratio:.1f}"
            rows.append((family.name, stage, first, last, text))
            print(f"{family.name:<16} {stage:<14} {first * 1000:>10.1f} {last * 1000:>11.1f}"
                  f"{'' if last_factor == FACTORS[-1] else f' ({last_factor}x)':>6} {text:>9}",
                  flush=True)  # fmt: skip
    return rows


# --- memory ---------------------------------------------------------------------------------------

_CHILD = """
import sys, time, warnings
warnings.simplefilter("ignore")
import newsdoc

def high_water():
    # VmHWM: this process' peak resident memory (ru_maxrss would carry the parent's over exec)
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))

data = open(sys.argv[1], "rb").read()
if sys.argv[3] == "warm":
    newsdoc.parse(data[:20_000], format=sys.argv[2])  # the modules and data loaded once
before = high_water()
start, cpu = time.perf_counter(), time.process_time()
article = newsdoc.parse(data, format=sys.argv[2])
took, cpu = time.perf_counter() - start, time.process_time() - cpu
print(before, high_water(), took, cpu, len(article.paragraphs))
"""


def peak(data: bytes, format: str, *, warm: bool = True) -> tuple[int, float, float, int]:
    """(peak resident bytes the parse added, seconds, CPU seconds, paragraphs), in a fresh
    process (CPU time: on a shared machine, wall time also counts the others' work).

    ``warm``: after a parse of the input's first 20 KB, whose imports and loaded
    data are then not counted as the input's.
    """
    with tempfile.NamedTemporaryFile(suffix=".in", delete=False) as file:
        file.write(data)
    try:
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, file.name, format, "warm" if warm else "cold"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        ).stdout.split()
    finally:
        os.unlink(file.name)
    return int(out[1]) - int(out[0]), float(out[2]), float(out[3]), int(out[4])


def tiny_paragraphs_page(size: int) -> bytes:
    """An HTML page of about ``size`` bytes of tiny paragraphs (about 17 bytes each)."""
    count = size // 17
    return _page("\n".join(f"<p>w {i:07d}</p>" for i in range(count))).encode()


def memory(big: bool) -> None:
    print(
        f"{'input':<32} {'size MB':>8} {'peak MB':>8} {'x input':>8} {'cold x':>7} {'time s':>7}"
        f" {'cpu s':>7} {'paras':>9}"
    )
    cases: list[tuple[str, bytes, str]] = []
    for mb in (1, 4, 16):
        size = mb * 1_000_000
        tokens = Family("tokens", 1, _tokens)
        n = max(1, size // 330)
        cases.append((f"text: words {mb} MB", tokens.text_input(n).encode(), "markdown"))
        cases.append((f"html: words {mb} MB", tokens.html_input(n).encode(), "html"))
        tiny = "\n\n".join(f"Word {i:07d}." for i in range(size // 16)).encode()
        cases.append((f"text: tiny paragraphs {mb} MB", tiny, "markdown"))
        cases.append((f"html: tiny paragraphs {mb} MB", tiny_paragraphs_page(size), "html"))
    if big:
        cases.append(("html: 3 million tiny paragraphs", tiny_paragraphs_page(51_000_000), "html"))
    for name, data, format in cases:
        grown, took, cpu, paragraphs = peak(data, format)
        ratio = grown / len(data)
        flag = " <<" if ratio > 30 else ""
        # (the 50 MB page's cold run would take another minute to tell 20 MB more)
        cold = ""
        if len(data) < 20_000_000:
            cold = f"{peak(data, format, warm=False)[0] / len(data):.1f}"
        print(
            f"{name:<32} {len(data) / 1e6:>8.1f} {grown / 1e6:>8.0f} {ratio:>7.1f}{flag:3} "
            f"{cold:>7} {took:>7.1f} {cpu:>7.1f} {paragraphs:>9,}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    names = [f.name for f in FAMILIES]
    parser.add_argument("--family", action="append", choices=names, help="(repeatable)")
    parser.add_argument("--max-seconds", type=float, default=20.0, help="stop a stage past this")
    parser.add_argument("--memory", action="store_true", help="peak memory instead of time")
    parser.add_argument("--big", action="store_true", help="with --memory: the 50 MB page too")
    parser.add_argument(
        "--no-gc", action="store_true", help="time with the cycle collector off (its share)"
    )
    args = parser.parse_args()
    global NO_GC
    NO_GC = args.no_gc
    warnings.simplefilter("ignore")
    if args.memory or args.big:
        memory(args.big)
        return
    families = [f for f in FAMILIES if not args.family or f.name in args.family]
    print(f"{'family':<16} {'stage':<14} {'1x ms':>10} {'8x ms':>11} {'':>6} {'8x/1x':>9}")
    rows = scaling(families, args.max_seconds)
    ours = [row for row in rows if row[1] != BASELINE]
    flagged = [(family, stage, ratio) for family, stage, _, _, ratio in ours if "<<" in ratio]
    print()
    print(f"{len(flagged)} of {len(ours)} stages grow faster than {FLAG:g}x from 1x to 8x:")
    for family, stage, ratio in flagged:
        print(f"  {family}: {stage} ({ratio.replace(' <<', '')})")


if __name__ == "__main__":
    main()

"""Benchmark newsdoc's HTML reader against other extractors, side by side in one run.

Usage (from the repository root, after ``pip install -e ".[bench]"``)::

    python benchmarks/html_bench.py [--tools newsdoc,trafilatura,...] [--limit N] [--repeat N]
    python benchmarks/html_bench.py --printed-only   # without the pages' declared metadata

Every tool gets the page as bytes, as it was saved, and the page's URL.

- **Body text** (F1, precision, recall) on ``../shared/corpus/aeb`` with the
  benchmark's own metric (``aeb_metric.py``).  For newsdoc the text compared
  is ``Article.text``: every body paragraph, headings and list items
  included, figure captions and credits not (they are ``Article.images``,
  not paragraphs), headline, byline and dateline not (they are metadata).
  That is what the ground truth holds, the article's running text with its
  subheadings, but for the wire dateline ("MADRID (Reuters) -"), which the
  truth keeps and newsdoc moves to ``Article.dateline`` (23 pages: scored
  with it, F1 would be higher by about .0005).
- **Metadata** (title, authors, date) on ``../shared/corpus/postlight``,
  scored by ``scoring.py`` (names case-insensitively, dates by UTC day).
- **Readability** (``../shared/corpus/readability``, 130 pages of many sites
  and languages): body text with the same metric against the text of
  Readability's ``expected.html`` (an extractor's output, so a reference,
  not a truth), and title, byline, date and language against its
  ``expected-metadata.json`` (title, byline and date scored as on postlight;
  the language by its primary subtag).  A page counts for a field only when
  the expectation gives it.
- ``htmldate`` (the date library trafilatura builds on) is a date-only tool:
  it gets date columns, no body or speed.
- **Speed**: pages per second over the fastest of three passes over the aeb
  pages (``--repeat N``: of N), and the ratio of that time to lxml's parse
  alone of the same bytes.  For newsdoc the share of that pass spent in the
  analysis step (``newsdoc.analyze``) is printed too.

``--printed-only`` scores every tool on the same pages without what they
declare for machines (meta tags, JSON-LD, microdata: ``scoring.without_declared``),
as on the many pages that print their metadata and declare none.

A tool that is not installed is skipped with a note.  Exceptions a tool
raises on a page count as an empty answer for that page (and are counted).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aeb_metric import score_pages
from scoring import score_authors, score_date, score_title, without_declared

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
AEB = SHARED / "aeb"
POSTLIGHT = SHARED / "postlight"
READABILITY = SHARED / "readability" / "pages"
TOOLS = ("newsdoc", "trafilatura", "htmldate", "readability", "newspaper4k", "goose3", "lxml")
#: Tools that only find a date: no body text, no speed row.
DATE_ONLY = frozenset({"htmldate"})


@dataclass
class Result:
    """What a tool found on one page."""

    text: str = ""
    title: str | None = None
    authors: Sequence[str] | str | None = None
    date: Any = None
    language: str | None = None


Extractor = Callable[[bytes, str], Result]


# --- the tools -------------------------------------------------------------


class AnalysisTimer:
    """Wraps ``newsdoc.analysis.analyze`` to add up the time spent in it."""

    def __init__(self) -> None:
        import newsdoc.analysis

        self.module = newsdoc.analysis
        self.original = newsdoc.analysis.analyze
        self.seconds = 0.0
        self.module.analyze = self  # type: ignore[assignment]

    def __call__(self, article: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.original(article)
        finally:
            self.seconds += time.perf_counter() - start


def make_newsdoc() -> Extractor:
    import newsdoc

    def run(data: bytes, url: str) -> Result:
        # read and analysed, as users get articles (parse_html alone does not analyse)
        article = newsdoc.parse(data, format="html", url=url)
        return Result(
            text=article.text,
            title=article.headline,
            authors=[person.name for person in article.authors]
            or (article.byline.text if article.byline else None),
            date=article.published,
            language=article.language,
        )

    return run


def make_trafilatura() -> Extractor:
    import trafilatura

    def run(data: bytes, url: str) -> Result:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        if doc is None:
            return Result()
        authors = doc.author.split("; ") if doc.author else None
        return Result(
            text=doc.text or "",
            title=doc.title,
            authors=authors,
            date=doc.date,
            language=doc.language,
        )

    return run


def make_htmldate() -> Extractor:
    from htmldate import find_date

    def run(data: bytes, url: str) -> Result:
        # its defaults: original (published) date, extensive search
        return Result(date=find_date(data.decode("utf-8", "replace"), url=url or None))

    return run


def make_readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(data: bytes, url: str) -> Result:
        doc = Document(data, url=url)
        summary = doc.summary(html_partial=True)
        text = "\n\n".join(
            " ".join(el.text_content().split())
            for el in lxml.html.fromstring(summary).iter("p", "h1", "h2", "h3", "li", "pre", "td")
        )
        return Result(text=text, title=doc.short_title())

    return run


def make_newspaper() -> Extractor:
    import newspaper

    # no network: by default newspaper4k downloads images to measure them
    config = newspaper.Config()
    config.fetch_images = False

    def run(data: bytes, url: str) -> Result:
        article = newspaper.Article(url, config=config)
        article.download(input_html=data.decode("utf-8", "replace"))
        article.parse()
        return Result(
            text=article.text or "",
            title=article.title,
            authors=list(article.authors),
            date=article.publish_date,
        )

    return run


def make_goose() -> Extractor:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})

    def run(data: bytes, url: str) -> Result:
        article = goose.extract(url=url, raw_html=data)
        return Result(
            text=article.cleaned_text or "",
            title=article.title,
            authors=list(article.authors),
            date=article.publish_date,
        )

    return run


def make_lxml() -> Extractor:
    import lxml.html

    def run(data: bytes, url: str) -> Result:
        lxml.html.document_fromstring(data)
        return Result()

    return run


MAKERS: dict[str, Callable[[], Extractor]] = {
    "newsdoc": make_newsdoc,
    "trafilatura": make_trafilatura,
    "htmldate": make_htmldate,
    "readability": make_readability,
    "newspaper4k": make_newspaper,
    "goose3": make_goose,
    "lxml": make_lxml,
}


# --- the corpora -----------------------------------------------------------


def load_aeb(limit: int | None) -> list[tuple[bytes, str, str]]:
    """``(page bytes, url, true body)`` for the aeb pages."""
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        data = gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes())
        pages.append((data, truth[key]["url"], truth[key].get("articleBody") or ""))
    return pages


def load_postlight(limit: int | None) -> list[tuple[bytes, str, dict[str, str]]]:
    """``(page bytes, url, expectations)`` for the postlight pages."""
    expected = json.loads((POSTLIGHT / "expected.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(expected)[:limit]:
        data = gzip.decompress(
            (POSTLIGHT / "html" / f"{name.removesuffix('.html')}.html.gz").read_bytes()
        )
        pages.append((data, expected[name].get("url") or "", expected[name]))
    return pages


_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br",
           "pre", "blockquote", "figcaption", "dt", "dd", "section", "article")  # fmt: skip


def _html_text(html: str) -> str:
    """The text of an HTML fragment, blocks kept apart (so words never fuse across them)."""
    import lxml.html

    if not html.strip():
        return ""
    tree = lxml.html.fromstring(html)
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return " ".join(tree.text_content().split())


def readability_folders(limit: int | None) -> list[Path]:
    """The Readability test pages' folders that hold a page, in name order."""
    return [
        folder
        for folder in sorted(READABILITY.iterdir())[:limit]
        if (folder / "source.html.gz").is_file()
    ]


def load_readability(limit: int | None) -> list[tuple[bytes, str, dict[str, Any]]]:
    """``(page bytes, "", expectations)``; ``expectations["text"]`` is the expected body."""
    pages = []
    for folder in readability_folders(limit):
        source = folder / "source.html.gz"
        expected = json.loads(gzip.decompress((folder / "expected-metadata.json.gz").read_bytes()))
        html = gzip.decompress((folder / "expected.html.gz").read_bytes()).decode("utf-8")
        expected["text"] = _html_text(html)
        pages.append((gzip.decompress(source.read_bytes()), "", expected))
    return pages


def primary_subtag(tag: str) -> str:
    """A language tag's primary subtag, lower case ("en-US" and "en_us" are "en")."""
    return tag.replace("_", "-").split("-")[0].strip().casefold()


def score_language(expected: str, predicted: str | None) -> bool:
    """The same primary language subtag ("en-US" is "en")."""
    return predicted is not None and primary_subtag(expected) == primary_subtag(predicted)


# --- running ---------------------------------------------------------------


def safe(run: Extractor, data: bytes, url: str, errors: list[str]) -> Result:
    try:
        return run(data, url)
    except Exception as error:  # a comparison tool failing on a page is its answer
        errors.append(f"{type(error).__name__}: {error}"[:200])
        return Result()


def timed_pass(
    run: Extractor,
    pages: list[tuple[bytes, str, str]],
    repeat: int,
    errors: list[str],
    timer: AnalysisTimer | None = None,
) -> tuple[list[Result], float, float]:
    """The results, the seconds of the fastest of ``repeat`` passes, and the
    seconds ``timer`` counted during that same pass (0 without a timer)."""
    best = float("inf")
    best_inner = 0.0
    results: list[Result] = []
    for _ in range(repeat):
        results = []
        inner = timer.seconds if timer is not None else 0.0
        start = time.perf_counter()
        for data, url, _truth in pages:
            results.append(safe(run, data, url, errors))
        seconds = time.perf_counter() - start
        if seconds < best:
            best = seconds
            best_inner = (timer.seconds - inner) if timer is not None else 0.0
    return results, best, best_inner


def metadata_scores(
    run: Extractor, pages: list[tuple[bytes, str, dict[str, str]]], errors: list[str]
) -> tuple[float, float, float]:
    hits = {"title": [0, 0], "author": [0, 0], "date_published": [0, 0]}
    for data, url, expected in pages:
        result = safe(run, data, url, errors)
        checks = (
            ("title", score_title, result.title),
            ("author", score_authors, result.authors),
            ("date_published", score_date, result.date),
        )
        for field, scorer, value in checks:
            if expected.get(field):
                hits[field][1] += 1
                hits[field][0] += bool(scorer(expected[field], value))
    return tuple(  # type: ignore[return-value]
        right / total if total else float("nan") for right, total in hits.values()
    )


def readability_scores(
    run: Extractor,
    pages: list[tuple[bytes, str, dict[str, Any]]],
    errors: list[str],
) -> tuple[float, float, float, float, float, float, float]:
    """F1, P, R of the body text, then title, byline, date and language."""
    hits = {"title": [0, 0], "byline": [0, 0], "publishedTime": [0, 0], "lang": [0, 0]}
    texts = []
    for data, url, expected in pages:
        result = safe(run, data, url, errors)
        texts.append((result.text, expected["text"]))
        checks = (
            ("title", score_title, result.title),
            ("byline", score_authors, result.authors),
            ("publishedTime", score_date, result.date),
            ("lang", score_language, result.language),
        )
        for field, scorer, value in checks:
            if expected.get(field):
                hits[field][1] += 1
                hits[field][0] += bool(scorer(expected[field], value))
    f1, precision, recall = score_pages(texts)
    fields = (right / total if total else float("nan") for right, total in hits.values())
    return (f1, precision, recall, *fields)  # type: ignore[return-value]


def forbid_network() -> None:
    """Make any connection fail: no tool may fetch images or pages while measured."""
    import socket

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("html_bench: network access is disabled")

    socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
    socket.create_connection = refuse  # type: ignore[assignment]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tool names")
    parser.add_argument("--limit", type=int, default=None, help="use the first N pages of each")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed passes per tool (the fastest counts)"
    )
    parser.add_argument(
        "--printed-only",
        action="store_true",
        help="take the pages' meta tags, JSON-LD and microdata out first (what they print)",
    )
    args = parser.parse_args(argv)
    if not AEB.exists():
        print(f"{AEB} is not available", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    forbid_network()
    aeb = load_aeb(args.limit)
    postlight = load_postlight(args.limit) if POSTLIGHT.exists() else []
    readability = load_readability(args.limit) if READABILITY.exists() else []
    if args.printed_only:
        aeb = [(without_declared(data), url, truth) for data, url, truth in aeb]
        postlight = [(without_declared(data), url, truth) for data, url, truth in postlight]
        readability = [(without_declared(data), url, truth) for data, url, truth in readability]
    megabytes = sum(len(data) for data, _, _ in aeb) / 1e6
    print(
        f"aeb: {len(aeb)} pages, {megabytes:.1f} MB; postlight: {len(postlight)} pages; "
        f"readability: {len(readability)} pages"
    )

    wanted = [name.strip() for name in args.tools.split(",") if name.strip()]
    rows = []
    rd_rows = []
    lxml_seconds = None
    analysis_share = None
    # lxml always, and first: the yardstick of the ratio column
    for name in ["lxml", *[w for w in wanted if w != "lxml"]]:
        if name not in MAKERS:
            print(f"note: unknown tool {name!r} skipped")
            continue
        try:
            run = MAKERS[name]()
        except ImportError as error:
            print(f"note: {name} is not installed ({error}); skipped")
            continue
        errors: list[str] = []
        if name in DATE_ONLY:
            _, _, date = metadata_scores(run, postlight, errors)
            rows.append((name, None, None, None, None, None, date, None, None))
            scores = readability_scores(run, readability, errors)
            rd_rows.append((name, None, None, None, None, None, scores[5], None))
            if errors:
                print(f"note: {name} raised on {len(errors)} page(s), e.g. {errors[0]}")
            continue
        timer = AnalysisTimer() if name == "newsdoc" else None
        results, seconds, analysis_seconds = timed_pass(run, aeb, args.repeat, errors, timer)
        if timer is not None:
            analysis_share = analysis_seconds / seconds
            timer.module.analyze = timer.original  # type: ignore[assignment]
        if name == "lxml":
            lxml_seconds = seconds
            rows.append((name, None, None, None, None, None, None, len(aeb) / seconds, 1.0))
            continue
        f1, precision, recall = score_pages(
            (result.text, truth) for result, (_, _, truth) in zip(results, aeb, strict=True)
        )
        title, authors, date = metadata_scores(run, postlight, errors)
        ratio = seconds / lxml_seconds if lxml_seconds else float("nan")
        rows.append((name, f1, precision, recall, title, authors, date, len(aeb) / seconds, ratio))
        if readability:
            rd_rows.append((name, *readability_scores(run, readability, errors)))
        if errors:
            print(f"note: {name} raised on {len(errors)} page(s), e.g. {errors[0]}")

    print()
    print(
        f"| {'tool':<12} | {'F1':>5} | {'P':>5} | {'R':>5} | {'title':>5} | {'authors':>7} "
        f"| {'date':>5} | {'pages/s':>8} | {'× lxml':>7} |"
    )
    print("|" + "|".join("-" * width for width in (14, 7, 7, 7, 7, 9, 7, 10, 9)) + "|")

    def cell(value: float | None, width: int, digits: int = 3) -> str:
        return f"{'':>{width}}" if value is None else f"{value:>{width}.{digits}f}"

    for name, f1, precision, recall, title, authors, date, speed, ratio in rows:
        print(
            f"| {name:<12} | {cell(f1, 5)} | {cell(precision, 5)} | {cell(recall, 5)} "
            f"| {cell(title, 5)} | {cell(authors, 7)} | {cell(date, 5)} "
            f"| {cell(speed, 8, 1)} | {cell(ratio, 7, 2)} |"
        )
    if rd_rows:
        print(f"\nreadability ({len(readability)} pages): body against expected.html, metadata")
        print(
            f"| {'tool':<12} | {'F1':>5} | {'P':>5} | {'R':>5} | {'title':>5} | {'byline':>7} "
            f"| {'date':>5} | {'lang':>5} |"
        )
        print("|" + "|".join("-" * width for width in (14, 7, 7, 7, 7, 9, 7, 7)) + "|")
        for name, f1, precision, recall, title, byline, date, language in rd_rows:
            print(
                f"| {name:<12} | {cell(f1, 5)} | {cell(precision, 5)} | {cell(recall, 5)} "
                f"| {cell(title, 5)} | {cell(byline, 7)} | {cell(date, 5)} "
                f"| {cell(language, 5)} |"
            )
    if analysis_share is not None:
        print(f"\nnewsdoc: the analysis step takes {analysis_share:.0%} of newsdoc.parse's time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``newsdoc.limits.MAX_CHECKED_LINES``: on a page of more lines, the line rules judge its edges.

The body finder's line rules (share buttons, labels, credits, time stamps, ...) judge every
line of a page up to the limit; past it, the first and the last half of the limit's lines,
and a warning says so.  The limit is lowered here so that a page of a few dozen lines
crosses it; what it saves on a page of millions of lines is measured in
``benchmarks/scaling.py --big``.
"""

from __future__ import annotations

import gzip
import warnings
from pathlib import Path

import pytest

import newsdoc
import newsdoc.limits
from newsdoc import NewsdocWarning

SHARED = Path(__file__).resolve().parents[2] / "shared"

# lines the rules drop: a share line, an advertisement's label, a date alone
_CHROME = ("Share on Facebook", "Advertisement", "12 March 2024")


def _page(lines: int) -> str:
    paragraphs = [
        f"<p>Paragraph {i} of the report tells the council's plans for the year, "
        f"with its numbers.</p>"
        for i in range(lines)
    ]
    # a chrome line at the top, one in the middle and one at the end of the text
    for at, chrome in zip((0, lines // 2, lines), _CHROME, strict=True):
        paragraphs.insert(at, f"<p>{chrome}</p>")
    return (
        "<!DOCTYPE html><html><head><title>Council plans</title></head><body>"
        f"<article><h1>Council plans</h1>{''.join(paragraphs)}</article></body></html>"
    )


def _read(page: str) -> tuple[list[str], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = newsdoc.parse_html(page)
    texts = [p.text for p in article.paragraphs]
    said = [str(w.message) for w in caught if issubclass(w.category, NewsdocWarning)]
    return texts, said


def test_under_the_limit_every_line_is_judged() -> None:
    texts, said = _read(_page(40))
    for chrome in _CHROME:
        assert chrome not in texts
    assert not [message for message in said if "MAX_CHECKED_LINES" in message]


def test_past_the_limit_the_edges_are_judged_and_a_warning_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(newsdoc.limits, "MAX_CHECKED_LINES", 20)
    texts, said = _read(_page(40))
    # the first and the last ten lines are judged: the chrome there is dropped
    assert "Share on Facebook" not in texts
    assert "12 March 2024" not in texts
    # the middle line is kept with its box, as the warning says
    assert "Advertisement" in texts
    assert len([t for t in texts if t.startswith("Paragraph ")]) == 40
    (message,) = [message for message in said if "MAX_CHECKED_LINES" in message]
    # the headline's line, the paragraphs and the chrome lines: the page's lines, counted
    assert f"{1 + 40 + len(_CHROME)} lines" in message, message
    assert "first 10 and the last 10 only" in message, message


@pytest.mark.parametrize(("limit", "warned"), [(44, False), (43, True), (21, True)])
def test_the_warning_comes_when_a_line_goes_unjudged(
    monkeypatch: pytest.MonkeyPatch, limit: int, warned: bool
) -> None:
    # a page of 44 lines: a limit of 44 judges them all, one line less leaves a middle one
    monkeypatch.setattr(newsdoc.limits, "MAX_CHECKED_LINES", limit)
    _, said = _read(_page(40))
    assert bool([message for message in said if "MAX_CHECKED_LINES" in message]) is warned
    first, last = newsdoc.limits.checked_edges()
    assert first + last == limit


@pytest.mark.parametrize("limit", [0, 1])
def test_a_limit_of_nothing_judges_no_line(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    monkeypatch.setattr(newsdoc.limits, "MAX_CHECKED_LINES", limit)
    texts, said = _read(_page(6))
    assert "Share on Facebook" in texts
    assert [message for message in said if "MAX_CHECKED_LINES" in message]


def _corpus_pages() -> list[Path]:
    aeb = SHARED / "corpus" / "aeb" / "html"
    return sorted(aeb.glob("*.html.gz")) if aeb.is_dir() else []


@pytest.mark.skipif(not _corpus_pages(), reason="../shared/corpus/aeb is not available")
def test_real_pages_are_far_under_the_limit() -> None:
    # the default limit changes nothing on real news pages: none has a fifth of its lines
    # or elements (the walk's blocks, the tree's elements; the corpora's largest pages have
    # about 1,300 lines and 13,000 elements)
    from newsdoc.readers.html.body.walk import walk_body
    from newsdoc.readers.html.tree import load_tree

    most_lines = most_elements = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in _corpus_pages():
            root = load_tree(gzip.decompress(path.read_bytes()))
            body = root.find("body")
            walked = walk_body(body if body is not None else root, None, use_hints=False)
            most_lines = max(most_lines, len(walked.blocks))
            most_elements = max(most_elements, sum(1 for _ in root.iter()))
    assert 0 < most_lines < newsdoc.limits.MAX_CHECKED_LINES / 5
    assert 0 < most_elements < newsdoc.limits.MAX_CHECKED_LINES / 5


def _dated_page(lines: int, dated: str, *, at_end: bool) -> str:
    paragraphs = [f"<p>Line {i} of the club's notes on its season.</p>" for i in range(lines)]
    paragraphs.insert(lines if at_end else lines // 2, f"<p>{dated}</p>")
    return (
        "<!DOCTYPE html><html><head><title>Notes</title></head><body>"
        f"<div class='notes'>{''.join(paragraphs)}</div></body></html>"
    )


def test_a_footer_date_is_found_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # the last resort's scan of the page looks at its last elements too, where a footer is
    monkeypatch.setattr(newsdoc.limits, "MAX_CHECKED_LINES", 20)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsdoc.parse_html(_dated_page(60, "Stand: 8.12.2010", at_end=True))
    assert article.published is not None and article.published.isoformat()[:10] == "2010-12-08"


def test_a_date_in_the_middle_is_looked_for_under_the_limit_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (past the elements read after the page's top for its printed date)
    page = _dated_page(1000, "Veröffentlicht am 8. Dezember 2010", at_end=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = newsdoc.parse_html(page).published
        monkeypatch.setattr(newsdoc.limits, "MAX_CHECKED_LINES", 20)
        bounded = newsdoc.parse_html(page).published
    assert found is not None and found.isoformat()[:10] == "2010-12-08"
    assert bounded is None

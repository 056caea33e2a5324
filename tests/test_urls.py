"""One safe-URL rule (newsdoc.urls) for the HTML reader, the text reader and the writers."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsdoc import NewsdocWarning, parse_html
from newsdoc.readers.text.markdown import render_inline
from newsdoc.urls import IMAGE_SCHEMES, LINK_SCHEMES, browser_view, scheme
from newsdoc.writers.urls import safe_url

LONG = "The council met on Monday to discuss the budget for the coming year in detail. " * 3

URLS = [
    "https://x.example/a",
    "HTTP://x.example/a",
    "mailto:desk@x.example",
    "/relative/path",
    "page.html",
    "#top",
    "javascript:alert(1)",
    " JaVa\tScRiPt:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "vbscript:x",
    "data:text/html,hi",
    "file:///etc/passwd",
    "ftp://x.example/f",
    "tel:+15551234",
]


def _kept(convert: Callable[[], object]) -> tuple[bool, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kept = bool(convert())
    return kept, [str(w.message) for w in caught if issubclass(w.category, NewsdocWarning)]


def _rule(url: str, schemes: frozenset[str]) -> bool:
    found = scheme(browser_view(url))
    return found is None or found in schemes


# a line break ends a Markdown link destination: no link at all, nothing to drop
TEXT_URLS = [url for url in URLS if "\n" not in url]
# only a <...> destination holds blanks and controls; an autolink needs a scheme
TEXT_LINKS = [("see [this](<{}>) now", url) for url in TEXT_URLS] + [
    (template, url)
    for template in ("see [this]({}) now", "see <{}> now")
    for url in TEXT_URLS
    if ":" in url and not any(c <= " " for c in url)
]


@pytest.mark.parametrize(("template", "url"), TEXT_LINKS)
def test_text_reader_links_follow_the_rule(template: str, url: str) -> None:
    kept, messages = _kept(lambda: render_inline(template.format(url)).links)
    assert kept == _rule(url, LINK_SCHEMES)
    assert len(messages) == (0 if kept else 1)  # a dropped link is never silent


@pytest.mark.parametrize("url", TEXT_URLS)
def test_text_reader_images_follow_the_rule(url: str) -> None:
    kept, messages = _kept(lambda: render_inline(f"a ![photo](<{url}>) here").images)
    assert kept == _rule(url, IMAGE_SCHEMES)
    assert len(messages) == (0 if kept else 1)


@pytest.mark.parametrize("url", URLS)
def test_html_reader_links_follow_the_rule(url: str) -> None:
    href = url.replace("\t", "&#9;").replace("\n", "&#10;").replace("\x01", "")

    def links() -> object:
        html = f'<html><body><article><p>{LONG} <a href="{href}">this</a>.</p></article></body>'
        return parse_html(html, url="https://news.example/").paragraphs[0].links

    kept, messages = _kept(links)
    assert kept == _rule(url, LINK_SCHEMES)
    assert bool(messages) == (not kept and not url.startswith("data:"))


@pytest.mark.parametrize("url", URLS)
def test_writers_follow_the_rule(url: str) -> None:
    kept, messages = _kept(lambda: safe_url(url, "here") is not None)
    assert kept == _rule(url, LINK_SCHEMES)
    assert bool(messages) == (not kept)


@given(st.text(alphabet="jJavsScript:\t \x00hH/.m", max_size=16))
def test_text_reader_and_writers_agree(url: str) -> None:
    """A link the text reader keeps is one the writers write."""
    assume(url.strip())
    reader_kept, _ = _kept(lambda: render_inline(f"see [this](<{url}>) now").links)
    writer_kept, _ = _kept(lambda: bool(safe_url(url, "here")))  # "" is no link
    assert reader_kept == writer_kept

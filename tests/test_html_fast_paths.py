"""The HTML reader's cheap paths give what the rules they shortcut give.

Each shortcut (a test done per word instead of one pattern over the joined
words, a copy or a pattern skipped when the page cannot need it) is checked
against the rule it stands for, on inputs chosen to hit both paths.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc import parse_html
from newsdoc.readers.html.hints import NEGATIVE, POSITIVE, STRONG_NEGATIVE, hint_words

ARTICLE = (
    "This is the article's own text, long enough to be chosen by the body finder, "
    "with a few commas, clauses and sentences. It goes on for a while. "
) * 3


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>T</title>{head}</head><body>{body}</body></html>"


def _reference_words(value: str) -> list[str]:
    # the documented rule: a run of letters and digits with a letter after a digit is a
    # generated name, no words; the others split at any non-letter and at camelCase humps
    words = []
    for run in re.split(r"[^0-9A-Za-z]+", value):
        if re.search(r"[0-9][A-Za-z]", run) is None:
            parts = re.split(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])", run)
            words += [part.lower() for part in parts if part]
    return words


@given(st.text(alphabet="abzAQZ-_ 0é\t", max_size=30))
def test_hint_words_split_at_non_letters_and_camel_humps(value: str) -> None:
    assert hint_words(value) == _reference_words(value)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("shareBar", ["share", "bar"]),
        ("share_bar share-bar", ["share", "bar", "share", "bar"]),
        ("HTMLParser", ["htmlparser"]),
        ("fooBARbaz", ["foo", "barbaz"]),
        ("col-2x post__content", ["col", "post", "content"]),
        ("e1ad ad1 ads-300x250", ["ad", "ads"]),
    ],
)
def test_hint_words_examples(value: str, words: list[str]) -> None:
    assert hint_words(value) == words


def _reads(class_value: str) -> bool:
    """Whether a box of this class inside the article is read as part of it."""
    box = f'<div class="{class_value}"><p>The marked box says a sentence of its own here.</p></div>'
    html = page(f"<div><p>{ARTICLE}</p>{box}<p>{ARTICLE}</p></div>")
    article = parse_html(html)
    return any("marked box" in paragraph.text for paragraph in article.paragraphs)


def test_every_hint_list_is_lower_case_letters() -> None:
    # the per-word test relies on it: a hint never spans two words
    for hint in (*STRONG_NEGATIVE, *NEGATIVE, *POSITIVE):
        assert hint.isascii() and hint.isalpha() and hint.islower(), hint


def test_a_long_hint_starts_a_word_and_a_short_one_is_a_word() -> None:
    long_hint = next(hint for hint in STRONG_NEGATIVE if len(hint) >= 5)
    short_hint = next(hint for hint in STRONG_NEGATIVE if len(hint) < 5)
    assert _reads("story")
    # "comments" as "commentsArea": the long hint starts a word
    assert not _reads(f"page {long_hint}sArea")
    assert not _reads(f"x-{short_hint}")
    assert not _reads(f"wrap{short_hint.capitalize()}")
    # a short hint inside a longer word is not that hint
    assert _reads(f"{short_hint}dress")


def test_control_characters_are_dropped_and_clean_pages_read_as_before() -> None:
    clean = page(f"<p>{ARTICLE}</p>").encode()
    dirty = clean.replace(b"own text", b"own\x01 te\x00xt\x1f")
    assert parse_html(dirty) == parse_html(clean)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("// <![CDATA[\n", "\n// ]]>"),
        ("<!--\n", "\n-->"),
        ("", "\n// -->"),
        ("  ", "  "),
    ],
)
def test_jsonld_in_wrappers_is_read(before: str, after: str) -> None:
    data = json.dumps({"@type": "NewsArticle", "headline": "Wrapped headline"})
    head = f'<script type="application/ld+json">{before}{data}{after}</script>'
    article = parse_html(page(f"<p>{ARTICLE}</p>", head))
    assert article.headline == "Wrapped headline"


def test_an_indented_by_and_an_author_link_in_capitals_make_the_byline() -> None:
    body = (
        "<h1>The headline of the story</h1>"
        "<div>\n        \n      By <b>Jane Roe</b></div>"
        f"<p>{ARTICLE}</p>"
    )
    article = parse_html(page(body), url="https://example.com/a")
    assert [person.name for person in article.authors] == ["Jane Roe"]
    body = (
        "<h1>The headline of the story</h1>"
        '<div><a href="/Authors/john-doe">John Doe</a></div>'
        f"<p>{ARTICLE}</p>"
    )
    article = parse_html(page(body), url="https://example.com/a")
    assert [person.name for person in article.authors] == ["John Doe"]


def test_a_link_with_blanks_in_its_href_is_resolved_without_them() -> None:
    body = f'<p>{ARTICLE} <a href="https://exa\tmple.com/pa\nge">a link</a></p>'
    links = parse_html(page(body)).paragraphs[0].links
    assert [link.url for link in links] == ["https://example.com/page"]


def _plain_by() -> re.Pattern[str]:
    """The pattern of a byline's opener with its words as a plain alternation, in the
    order of the list (bylines._BY writes them as a trie)."""
    from newsdoc.readers import bylines

    return re.compile(
        r"^\W*(?:(?i:"
        + "|".join(re.escape(w) for w in bylines.BY_WORDS)
        + r")|"
        + "|".join(bylines.BY_WORDS_LOWER)
        + r")(?:\b|(?<=\W))\s*[:：\-–—]?\s*(?=\S|$)"
        + r"|^\W*By(?=[A-Z][a-z])"
    )


_BY_PIECES = st.sampled_from(
    ["by", "By", "BY", " ", ":", "—", "-", "text", "Texto", "words", "Words", "autor", "es",
     "in", "é", "Écrit", "par", "x", "Jane", "\n", "作者", "文", "(", "'", "von", "ein",
     "Beitrag", "gast", "di", "Di", "posted"]
)  # fmt: skip


@given(st.lists(_BY_PIECES, max_size=7))
def test_a_byline_opener_is_what_the_plain_alternation_takes(pieces: list[str]) -> None:
    from newsdoc.readers import bylines

    text = "".join(pieces)
    plain = _plain_by().match(text)
    found = bylines._BY.match(text)
    assert (found and found.group()) == (plain and plain.group())

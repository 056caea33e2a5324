"""Inline Markdown in the text reader: plain text plus links, markup undone as CommonMark does."""

from __future__ import annotations

import pytest

from newsdoc import NewsdocWarning
from newsdoc.readers.text.frontmatter import split_front_matter
from newsdoc.readers.text.markdown import render_inline, squeeze


def links(source: str) -> list[tuple[str, str, str | None]]:
    result = render_inline(source)
    return [(result.text[k.start : k.end], k.url, k.title) for k in result.links]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("10,000 rubles (\\$310)", "10,000 rubles ($310)"),
        ("a \\*literal\\* star and \\\\ backslash", "a *literal* star and \\ backslash"),
        ("a \\q stays", "a \\q stays"),  # only ASCII punctuation can be escaped
        ("*one* **two** ***three*** _four_ __five__", "one two three four five"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("**The**  **Moscow Times**", "The  Moscow Times"),
        ("an *unclosed emphasis", "an *unclosed emphasis"),
        ("~~struck~~ about ~5 km", "struck about ~5 km"),
        ("code `a *b* [c](d)` end", "code a *b* [c](d) end"),
        ("`` a ` b ``", "a ` b"),
        ("AT&amp;T &copy; &#8212; &#x41;", "AT&T © — A"),
        ("&notanentity; & alone", "&notanentity; & alone"),
        ("[not a link] (space before paren)", "[not a link] (space before paren)"),
    ],
)
def test_plain_text(source: str, text: str) -> None:
    assert render_inline(source).text == text


def test_link_with_title_and_nested_markup() -> None:
    assert links('see [the **site**](https://x.example/a_(b) "The title") now') == [
        ("the site", "https://x.example/a_(b)", "The title")
    ]


def test_link_destinations() -> None:
    assert links("[a](<https://x.example/with space>)") == [
        ("a", "https://x.example/with space", None)
    ]
    assert links("[a](https://x.example/?q=1&amp;r=2 'single')") == [
        ("a", "https://x.example/?q=1&r=2", "single")
    ]
    assert links("[a](#)") == [("a", "#", None)]


def test_autolinks() -> None:
    assert links("<https://x.example/a> and <n.k@example.org>") == [
        ("https://x.example/a", "https://x.example/a", None),
        ("n.k@example.org", "mailto:n.k@example.org", None),
    ]
    assert render_inline("a <b> tag").text == "a <b> tag"


def test_links_come_in_text_order() -> None:
    found = links("<https://first.example> then [second](https://second.example)")
    assert [text for text, _, _ in found] == ["https://first.example", "second"]


def test_image_is_taken_out_of_the_text() -> None:
    result = render_inline('Before ![A *crowd*](https://i.example/c.jpg "Caption") after')
    assert result.text == "Before  after"
    (image,) = result.images
    assert (image.url, image.alt, image.caption) == (
        "https://i.example/c.jpg",
        "A crowd",
        "Caption",
    )
    assert result.links == ()


def test_link_around_an_image() -> None:
    result = render_inline("[![logo](https://i.example/l.png)](https://x.example)")
    assert result.text == ""
    assert [i.url for i in result.images] == ["https://i.example/l.png"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:x", "data:text/html,hi"])
def test_unsafe_urls_are_dropped_with_a_warning(url: str) -> None:
    with pytest.warns(NewsdocWarning, match="unsafe URL"):
        result = render_inline(f"click [here](<{url}>) now")
    assert result.text == "click here now"
    assert result.links == ()


def test_squeeze_moves_links() -> None:
    result = render_inline("  a   [b](https://x.example)\t c  ")
    text, moved = squeeze(result.text, result.links)
    assert text == "a b c"
    (link,) = moved
    assert text[link.start : link.end] == "b"


# --- front matter ------------------------------------------------------------------


def test_front_matter_values() -> None:
    text = (
        "---\n"
        'title: "A \\"quoted\\" title"\n'
        "plain: value # a comment\n"
        "single: 'it''s'\n"
        "empty:\n"
        "nothing: null\n"
        "flow: [a, 'b, c', \"d\"]\n"
        "block:\n"
        "  - one\n"
        "  - two\n"
        "folded: >\n"
        "  line one\n"
        "  line two\n"
        "literal: |\n"
        "  keep\n"
        "  lines\n"
        "---\n"
        "Body"
    )
    data, rest, taken = split_front_matter(text)
    assert data == {
        "title": 'A "quoted" title',
        "plain": "value",
        "single": "it's",
        "flow": ["a", "b, c", "d"],
        "block": ["one", "two"],
        "folded": "line one line two",
        "literal": "keep\nlines",
    }
    assert rest == "\nBody"
    assert taken == 16


def test_no_front_matter_without_a_closing_line() -> None:
    text = "---\ntitle: x\n\nBody"
    assert split_front_matter(text) == (None, text, 0)


def test_reference_links() -> None:
    import newsdoc

    text = (
        "# H\n\nSee [the report][1], [Reuters], [x][] and [nothing][9].\n\n"
        "[Update]: Police\n\n"
        '[1]: https://r.example/1 "T"\n[reuters]: <https://reuters.example>\n[X]: https://x.example\n'
    )
    article = newsdoc.parse_text(text)
    first = article.paragraphs[0]
    assert first.text == "See the report, Reuters, x and [nothing][9]."
    assert [(first.text[k.start : k.end], k.url) for k in first.links] == [
        ("the report", "https://r.example/1"),
        ("Reuters", "https://reuters.example"),
        ("x", "https://x.example"),
    ]
    # A line that only looks like a definition is text.
    assert [p.text for p in article.paragraphs[1:]] == ["[Update]: Police"]


def test_rules_around_text_are_not_front_matter() -> None:
    import newsdoc

    text = "---\nNote: the vote was close.\n---\n\nBody text here."
    article = newsdoc.parse_text(text)
    assert "Note: the vote was close." in (article.headline or "") + article.text
    assert split_front_matter(text, frozenset({"title"})) == (None, text, 0)


def test_malformed_url_is_dropped_with_a_warning() -> None:
    with pytest.warns(NewsdocWarning, match="malformed URL"):
        result = render_inline("see [the story](https://www.example.[om/story) here")
    assert result.text == "see the story here"
    assert result.links == ()


@pytest.mark.parametrize(
    "source",
    [
        "[two](<https://ex.example/x(1)>)",
        "[two](<https://ex.example/a b>)",
        "[two](<https://x.example/>)",
    ],
)
def test_link_destination_in_angle_brackets(source: str) -> None:
    result = render_inline(source)
    url = source.split("(<", 1)[1].rsplit(">)", 1)[0]
    assert (result.text, [(k.start, k.end, k.url) for k in result.links]) == ("two", [(0, 3, url)])


def test_squeeze_keeps_hard_breaks_only_when_asked() -> None:
    assert squeeze("a \n  b  c", ())[0] == "a b c"
    assert squeeze("a \n  b  c", (), breaks=True)[0] == "a\nb c"

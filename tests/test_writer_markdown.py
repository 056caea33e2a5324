"""The Markdown writer: parse_text reads back what to_markdown writes."""

from __future__ import annotations

import datetime as dt
import re
import warnings

import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from strategies import articles
from test_writer_html import PAYLOADS, injected_article

import newsdoc
from newsdoc import (
    Article,
    Byline,
    Image,
    Link,
    NewsdocWarning,
    Paragraph,
    ParagraphKind,
    Person,
)
from newsdoc.writers import to_markdown
from newsdoc.writers.urls import safe_url

K = ParagraphKind


def hand_built() -> Article:
    body = "The minister said on Tuesday that the plan, first [reported] by *Vedomosti*, was dead."
    return Article(
        headline="Plan for 10% Tax *Cut* Is Dead, Minister Says",
        subheadline="The finance ministry backs down",
        byline=Byline(
            text="By Jane Doe and John Roe",
            authors=(
                Person(name="Jane Doe", url="https://example.com/jane", email="jane@example.com"),
                Person(name="John Roe"),
            ),
        ),
        dateline="MOSCOW (Reuters)",
        published=dt.datetime(2013, 11, 6, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=4))),
        modified=dt.date(2013, 11, 7),
        publisher="The Moscow Times",
        url="https://example.com/story?id=1&x=2",
        language="en",
        section="Business",
        tags=("tax", "budget"),
        paragraphs=(
            Paragraph(
                text=body,
                links=(
                    Link(
                        start=body.index("Vedomosti") - 1,
                        end=body.index("Vedomosti") + 10,
                        url="https://vedomosti.example/a_(b)",
                        title='The "paper"',
                    ),
                ),
            ),
            Paragraph(text="What comes next", kind=K.HEADING, level=2),
            Paragraph(text="The budget", kind=K.HEADING, level=3),
            Paragraph(text="Nobody expected this, said one analyst.", kind=K.BLOCKQUOTE),
            Paragraph(text="first point", kind=K.LIST_ITEM, level=1),
            Paragraph(text="a detail", kind=K.LIST_ITEM, level=2),
            Paragraph(text="second point", kind=K.LIST_ITEM, level=1),
            Paragraph(text="step one", kind=K.ORDERED_LIST_ITEM, level=1),
            Paragraph(text="step two", kind=K.ORDERED_LIST_ITEM, level=1),
            Paragraph(text="x = [1, 2]\n  *not emphasis*", kind=K.PREFORMATTED),
            Paragraph(text="The last paragraph costs $310 & more."),
        ),
    )


@pytest.fixture(scope="module")
def written() -> tuple[Article, str, Article]:
    article = hand_built()
    text = to_markdown(article)
    return article, text, newsdoc.parse_text(text)


def test_layout(written: tuple[Article, str, Article]) -> None:
    _, text, _ = written
    lines = text.split("\n\n")
    assert lines[0] == r"# Plan for 10% Tax \*Cut\* Is Dead, Minister Says"
    assert lines[1] == "*The finance ministry backs down*"
    assert lines[2] == "By [Jane Doe](https://example.com/jane) and John Roe"
    assert lines[3] == "2013-11-06T10:15:00+04:00"
    assert lines[4] == "Updated: 2013-11-07"
    assert lines[5] == "**The Moscow Times**"
    assert lines[6].startswith("MOSCOW (Reuters) — The minister said")
    assert "Contact the author at [jane@example.com](mailto:jane@example.com)" in lines
    assert text.endswith("Original url: <https://example.com/story?id=1&x=2>\n")


@pytest.mark.parametrize(
    "field", ["headline", "subheadline", "published", "modified", "dateline", "publisher", "url"]
)
def test_metadata_reads_back(written: tuple[Article, str, Article], field: str) -> None:
    article, _, back = written
    assert getattr(back, field) == getattr(article, field)


def test_footer_reads_back(written: tuple[Article, str, Article]) -> None:
    article, _, back = written
    assert (back.section, back.tags, back.language) == (
        article.section,
        article.tags,
        article.language,
    )


def test_authors_read_back(written: tuple[Article, str, Article]) -> None:
    article, _, back = written
    assert [(a.name, a.url, a.email) for a in back.authors] == [
        (a.name, a.url, a.email) for a in article.authors
    ]


def test_paragraphs_read_back(written: tuple[Article, str, Article]) -> None:
    article, _, back = written
    assert [(p.kind, p.level, p.text) for p in back.paragraphs] == [
        (p.kind, p.level, p.text) for p in article.paragraphs
    ]
    assert back.paragraphs[0].links == article.paragraphs[0].links


@pytest.mark.parametrize(
    "text",
    [
        r"a \ backslash, *stars*, _underscores_, `code`, [brackets] and <b>tags</b>",
        "# not a heading",
        "1. not a list",
        "- not a list either",
        "+ nor this",
        "&amp; stays &amp; and ~~this~~ | pipes | too",
        "$310 and 100%",
        "=====",
    ],
)
def test_markdown_characters_are_escaped(text: str) -> None:
    article = Article(
        headline="H", paragraphs=(Paragraph(text="Lead paragraph."), Paragraph(text=text))
    )
    back = newsdoc.parse_text(to_markdown(article))
    assert [p.text for p in back.paragraphs] == ["Lead paragraph.", text]
    assert [p.kind for p in back.paragraphs] == [K.BODY, K.BODY]


def test_unsafe_link_is_plain_text() -> None:
    article = Article(
        headline="H",
        paragraphs=(
            Paragraph(text="click here", links=(Link(start=0, end=5, url="javascript:alert(1)"),)),
        ),
    )
    with pytest.warns(NewsdocWarning, match="javascript"):
        text = to_markdown(article)
    assert "javascript" not in text and "click here" in text


def test_images() -> None:
    article = Article(
        headline="H", images=(Image(url="https://example.com/a.jpg", alt="A", caption="Cap"),)
    )
    text = to_markdown(article)
    assert '![A](https://example.com/a.jpg "Cap")' in text


def test_example_round_trip() -> None:
    article = newsdoc.parse(EXAMPLES / "moscowtimes-2013-11-06.txt")
    back = newsdoc.parse(to_markdown(article), format="markdown")
    for field in ("headline", "published", "dateline", "publisher", "url", "language"):
        assert getattr(back, field) == getattr(article, field), field
    assert [(a.name, a.email) for a in back.authors] == [(a.name, a.email) for a in article.authors]
    assert back.paragraphs == article.paragraphs
    # the analysis finds the same people, quotes and citations
    assert back.people == article.people
    assert back.quotes == article.quotes
    assert back.citations == article.citations


def test_empty_article() -> None:
    assert to_markdown(Article()) == "\n"


@settings(max_examples=100, deadline=None)
@given(articles())
def test_any_article(article: Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        text = to_markdown(article)
        assert to_markdown(newsdoc.from_json(newsdoc.to_json(article))) == text
    assert text.endswith("\n")
    if article.headline and article.headline.strip():
        assert text.startswith("# ")


@pytest.mark.parametrize("payload", PAYLOADS["text"] + PAYLOADS["urls"])
def test_injection(payload: str) -> None:
    """No raw HTML and no unsafe link survives into the Markdown."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        for text, url in ((payload, "https://example.com/x"), ("plain", payload)):
            markdown = to_markdown(injected_article(text, url))
            # code blocks and link titles are text, never markup
            markdown = re.sub(r"(?ms)^```.*?^```$", "", markdown)
            markdown = re.sub(r' "(?:[^"\\]|\\.)*"\)', ")", markdown)
            # every "<" is escaped, or opens a link destination / autolink we wrote
            for match in re.finditer(r"(?<!\\)<", markdown):
                before = markdown[: match.start()]
                assert before.endswith(("](", "Original url: ")), markdown[match.start() - 20 :]
            for destination in re.findall(r"(?<!\\)\](?:\(<?)([^ )>]*)", markdown):
                assert safe_url(destination.replace("\\", ""), "test") is not None


@pytest.mark.parametrize(
    "byline",
    [
        Byline(text="By Jane Doe", authors=(Person(name="Jane Doe", role="Staff Writer"),)),
        Byline(
            text="",
            authors=(
                Person(name="Jane Doe", url="https://example.com/j"),
                Person(name="John Roe", url="https://example.com/r"),
                Person(name="Third Person"),
            ),
        ),
    ],
)
def test_byline_authors_read_back(byline: Byline) -> None:
    article = Article(headline="H", byline=byline, paragraphs=(Paragraph(text="Body text."),))
    back = newsdoc.parse_text(to_markdown(article))
    assert [(a.name, a.role, a.url) for a in back.authors] == [
        (a.name, a.role, a.url) for a in byline.authors
    ]


def test_captions_and_table_rows_read_back() -> None:
    paragraphs = (
        Paragraph(text="Lead."),
        Paragraph(text="A photo of things", kind=K.CAPTION),
        Paragraph(text="first row", kind=K.TABLE_ROW),
        Paragraph(text="second row", kind=K.TABLE_ROW),
        Paragraph(text="deep item", kind=K.LIST_ITEM, level=3),
    )
    back = newsdoc.parse_text(to_markdown(Article(headline="H", paragraphs=paragraphs)))
    assert [(p.kind, p.level, p.text) for p in back.paragraphs] == [
        (p.kind, p.level, p.text) for p in paragraphs
    ]


def test_table_row_with_a_pipe_reads_back() -> None:
    paragraphs = (Paragraph(text="Lead."), Paragraph(text="a|b", kind=K.TABLE_ROW))
    back = newsdoc.parse_text(to_markdown(Article(headline="H", paragraphs=paragraphs)))
    assert [p.text for p in back.paragraphs] == ["Lead.", "a|b"]


@pytest.mark.parametrize("text", ["Title #", "Ends with ##", "C# rocks", "*Not* a [link]"])
def test_heading_text_reads_back(text: str) -> None:
    paragraphs = (Paragraph(text="Lead."), Paragraph(text=text, kind=K.HEADING, level=2))
    back = newsdoc.parse_text(to_markdown(Article(headline=text, paragraphs=paragraphs)))
    assert back.headline == text
    assert [(p.kind, p.text) for p in back.paragraphs] == [(K.BODY, "Lead."), (K.HEADING, text)]


def test_one_word_organisation_byline_reads_back() -> None:
    # An agency in the byline is kept as the byline, but never as a Person
    # (both readers' convention), and the header lines after it stay header.
    article = Article(
        headline="H",
        byline=Byline(text="Reuters", authors=(Person(name="Reuters"),)),
        published=dt.date(2019, 11, 19),
        publisher="ScienceAlert",
        paragraphs=(Paragraph(text="Body text."),),
    )
    back = newsdoc.parse_text(to_markdown(article))
    assert back.byline is not None and "Reuters" in back.byline.text
    assert back.authors == ()
    assert (back.published, back.publisher) == (article.published, article.publisher)
    assert [p.text for p in back.paragraphs] == ["Body text."]


@pytest.mark.parametrize("kind", [K.BODY, K.BLOCKQUOTE, K.LIST_ITEM])
def test_line_breaks_inside_a_block_read_back(kind: K) -> None:
    paragraph = Paragraph(
        text="Line one\nline two.", kind=kind, level=1 if kind is K.LIST_ITEM else 0
    )
    article = Article(headline="H", paragraphs=(paragraph,))
    back = newsdoc.parse_text(to_markdown(article))
    assert [(p.kind, p.text) for p in back.paragraphs] == [(kind, paragraph.text)]

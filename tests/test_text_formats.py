"""parse_text on each kind of text: scrapes, front-matter exports, wire copy, plain text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Article, ParagraphKind

TEXTS = Path(__file__).parent / "data" / "text"


def read(name: str) -> Article:
    return newsdoc.parse_text((TEXTS / name).read_text("utf-8"))


def kinds(article: Article) -> list[tuple[str, int]]:
    return [(p.kind.value, p.level) for p in article.paragraphs]


def link_texts(article: Article) -> list[tuple[str, str, str | None]]:
    return [(p.text[k.start : k.end], k.url, k.title) for p in article.paragraphs for k in p.links]


# --- a Markdown-like scrape --------------------------------------------------------


@pytest.fixture(scope="module")
def scrape() -> Article:
    return read("scrape-markdown.md")


def test_scrape_header(scrape: Article) -> None:
    assert scrape.headline == "City Council Approves New Bike Lanes After Long Debate"
    assert scrape.subheadline == "The plan adds 40 kilometres of protected lanes by 2026"
    assert scrape.publisher == "Riverside Daily Ledger"
    assert isinstance(scrape.published, dt.datetime)
    assert (scrape.published.year, scrape.published.month, scrape.published.day) == (2013, 11, 6)
    assert (scrape.published.hour, scrape.published.minute) == (10, 15)
    assert scrape.published.utcoffset() == dt.timedelta(hours=-5)  # ET in November
    assert scrape.modified == dt.date(2013, 11, 7)


def test_scrape_byline_with_links_and_role(scrape: Article) -> None:
    assert scrape.byline is not None
    assert [a.name for a in scrape.authors] == ["Maria Lopez", "Tom Becker"]
    maria, tom = scrape.authors
    assert maria.url == "https://news.example.org/staff/maria-lopez"
    assert maria.email == "maria.lopez@example.org"  # from "Write to Maria Lopez at ..."
    assert tom.role == "Staff Writer"
    assert tom.email is None


def test_scrape_footer(scrape: Article) -> None:
    assert scrape.url == "https://news.example.org/2013/11/06/bike-lanes-approved"
    assert scrape.section == "Local"
    assert scrape.tags == ("transport", "cycling", "city council")
    for label in ("Write to", "Section:", "Tags:", "Source URL"):
        assert label not in scrape.text


def test_scrape_block_kinds(scrape: Article) -> None:
    assert kinds(scrape) == [
        ("body", 0),
        ("body", 0),
        ("heading", 2),
        ("list_item", 1),
        ("list_item", 1),
        ("list_item", 2),
        ("list_item", 1),
        ("ordered_list_item", 1),
        ("ordered_list_item", 1),
        ("blockquote", 0),
        ("body", 0),
        ("body", 0),
        ("preformatted", 0),
        ("body", 0),
    ]


def test_scrape_inline_markup_undone(scrape: Article) -> None:
    paragraphs = [p.text for p in scrape.paragraphs]
    assert "safer for everyone, while" in paragraphs[1]
    assert "in the *downtown* core" in paragraphs[1]  # escaped asterisks stay
    assert paragraphs[-1].startswith("The project will cost about $12.5 million")
    # Code is kept as written, markup and all.
    assert paragraphs[12] == "bike_lanes_total = 12_500_000  # *not* emphasis"


def test_scrape_links(scrape: Article) -> None:
    assert link_texts(scrape) == [
        ("council's website", "https://council.example.gov/res/2013-44", "Resolution 2013-44"),
        (
            "https://council.example.gov/summary",
            "https://council.example.gov/summary",
            None,
        ),
    ]


def test_scrape_image(scrape: Article) -> None:
    assert len(scrape.images) == 1
    image = scrape.images[0]
    assert image.url == "https://news.example.org/img/bikes.jpg"
    assert image.alt == "Cyclists on Main Street"
    assert image.caption == "Cyclists wait at a light on Main Street."


# --- front matter exports -------------------------------------------------------------


def test_trafilatura_export() -> None:
    article = read("trafilatura-export.md")
    assert article.headline == "Harbour Ferry Service to Resume in Spring"
    assert article.subheadline == "The operator says repairs to the two vessels are nearly finished"
    assert [a.name for a in article.authors] == ["Priya Natarajan", "Lukas Weber"]
    assert article.published == dt.date(2024, 2, 14)
    assert article.url == "https://www.coastal-example.net/news/ferry-resumes"
    assert article.publisher == "Coastal Example News"  # sitename beats hostname
    assert article.section == "Transport"
    assert article.tags == ("ferries", "harbour", "travel")
    # The "# Title" repeating the front matter's title is not body text.
    assert len(article.paragraphs) == 3
    assert all(p.kind is ParagraphKind.BODY for p in article.paragraphs)
    assert "fingerprint" not in article.text
    assert link_texts(article) == [("Harbour Lines", "https://harbourlines.example.com", None)]


def test_hugo_export_block_lists_and_folded_text() -> None:
    article = read("hugo-export.md")
    assert article.headline == "Museum Returns Bronze Figures to Their Home Town"
    assert [a.name for a in article.authors] == ["Ines Carvalho", "Daniel O'Brien"]
    assert article.subheadline == "Three statues taken in 1897 go back after a two-year agreement."
    assert article.published == dt.datetime(
        2022, 9, 3, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert article.modified == dt.datetime(
        2022, 9, 4, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert article.section == "Culture"
    assert article.tags == ("museums", "restitution", "art history")
    assert article.language == "en"
    assert [i.url for i in article.images] == ["https://img.example.com/bronzes.jpg"]
    assert len(article.paragraphs) == 2


def test_hostname_is_the_publisher_without_a_sitename() -> None:
    text = "---\ntitle: T\nhostname: example.com\n---\nBody text here."
    article = newsdoc.parse_text(text)
    assert article.publisher == "example.com"
    assert article.text == "Body text here."


def test_unreadable_front_matter_is_body_text() -> None:
    text = "---\ntitle: yaml at first\n{oops\n---\nBody."
    with pytest.warns(newsdoc.NewsdocWarning, match="front matter"):
        article = newsdoc.parse_text(text)
    # Read as Markdown: the "---" lines are a rule and a heading underline.
    assert article.headline == "title: yaml at first {oops"
    assert article.text == "Body."


# --- wire copy and plain text -------------------------------------------------------------


def test_reuters_dateline() -> None:
    article = read("wire-reuters.txt")
    assert article.headline == "Russia's central bank holds key rate, signals caution"
    assert [a.name for a in article.authors] == ["Anna Petrova", "John Miles"]
    assert article.dateline == "MOSCOW, Nov 6 (Reuters)"
    assert article.paragraphs[0].text.startswith("Russia's central bank left its key")
    assert len(article.paragraphs) == 4


def test_ap_indented_hard_wrapped_paragraphs() -> None:
    article = read("wire-ap.txt")
    assert article.headline == "Senate passes stopgap spending bill, averting shutdown"
    assert len(article.authors) == 1
    assert article.dateline == "WASHINGTON (AP)"
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 3
    assert texts[0].startswith("The Senate on Thursday passed a short-term spending bill that")
    assert texts[0].endswith("hours before a midnight deadline.")
    assert (
        texts[2] == "Leaders in the House said they expected to approve the bill on Friday morning."
    )


def test_afp_one_paragraph_per_line() -> None:
    article = read("wire-afp.txt")
    assert article.headline == "Storm forces hundreds of flights to be cancelled"
    assert article.dateline == "Washington (AFP)"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].text.startswith("Hundreds of flights were cancelled")


def test_unstructured_text_is_all_body() -> None:
    source = (TEXTS / "plain.txt").read_text("utf-8")
    article = newsdoc.parse_text(source)
    assert article.headline is None and article.byline is None and article.published is None
    assert article.text == " ".join(source.split())


def test_single_line_is_body_not_headline() -> None:
    article = newsdoc.parse_text("Just one line without a full stop")
    assert article.headline is None
    assert article.text == "Just one line without a full stop"


@pytest.mark.parametrize(
    ("line", "dateline", "rest"),
    [
        ("LONDON — Prices rose.", "LONDON", "Prices rose."),
        ("PARIS, France -- Le texte.", "PARIS, France", "Le texte."),
        ("BEIJING, March 3 (Xinhua) - China said.", "BEIJING, March 3 (Xinhua)", "China said."),
        ("Rio de Janeiro (Reuters) - Brazil's", "Rio de Janeiro (Reuters)", "Brazil's"),
        ("(CNN) — The president said.", "(CNN)", "The president said."),
    ],
)
def test_datelines(line: str, dateline: str, rest: str) -> None:
    article = newsdoc.parse_text(f"A short headline\n\n{line}\n\nMore.")
    assert article.dateline == dateline
    assert article.paragraphs[0].text == rest


@pytest.mark.parametrize(
    "line",
    [
        "The result — a surprise — came late.",
        "The Senate said (in a statement) - nothing.",
        "(in brief) - a note.",
    ],
)
def test_sentences_with_dashes_are_not_datelines(line: str) -> None:
    article = newsdoc.parse_text(f"A short headline\n\n{line}")
    assert article.dateline is None
    assert article.paragraphs[0].text == line


def test_dateline_moves_links() -> None:
    article = newsdoc.parse_text(
        "The bank headline\n\nLONDON (Reuters) - The [Bank](https://b.example) said."
    )
    paragraph = article.paragraphs[0]
    assert paragraph.text == "The Bank said."
    (link,) = paragraph.links
    assert paragraph.text[link.start : link.end] == "Bank"


# --- header lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("November 06, 2013", dt.date(2013, 11, 6), None),
        ("Published 6 November 2013", dt.date(2013, 11, 6), None),
        ("2013-11-06", dt.date(2013, 11, 6), None),
        ("Wednesday, Nov. 6, 2013", dt.date(2013, 11, 6), None),
        ("Updated: 2013-11-07", None, dt.date(2013, 11, 7)),
        ("6 Nov 2013 | Updated 7 Nov 2013", dt.date(2013, 11, 6), dt.date(2013, 11, 7)),
    ],
)
def test_date_lines(line: str, published: dt.date | None, modified: dt.date | None) -> None:
    article = newsdoc.parse_text(f"# Headline\n\n{line}\n\nBody.")
    assert article.published == published
    assert article.modified == modified
    assert article.text == "Body."


def test_date_without_year_is_not_completed() -> None:
    article = newsdoc.parse_text("# Headline\n\nNovember 6\n\nBody.")
    assert article.published is None
    assert "November 6" in article.text  # not a whole date: left as body text


def test_sentence_with_a_date_stays_in_the_body() -> None:
    text = "# Headline\n\nOn November 6, 2013 the council met again.\n\nMore."
    article = newsdoc.parse_text(text)
    assert article.published is None
    assert article.paragraphs[0].text == "On November 6, 2013 the council met again."


def test_byline_with_outlet() -> None:
    article = newsdoc.parse_text("# H\n\nBy JANE DOE | Example Tribune\n\nBody.")
    assert len(article.authors) == 1
    assert article.authors[0].name.casefold() == "jane doe"
    assert article.publisher == "Example Tribune"


def test_by_sentence_is_not_a_byline() -> None:
    text = "# H\n\nBy the time the polls closed, turnout was high.\n\nMore."
    article = newsdoc.parse_text(text)
    assert article.byline is None
    assert article.paragraphs[0].text.startswith("By the time")


def test_contact_line_without_an_author_stays_in_the_body() -> None:
    article = newsdoc.parse_text("# H\n\nBody.\n\nContact the author at a@example.com")
    assert article.byline is None
    assert article.paragraphs[-1].text == "Contact the author at a@example.com"


def test_url_label_on_the_same_line() -> None:
    text = "# H\n\nBody.\n\nOriginal url: <https://example.com/a>"
    article = newsdoc.parse_text(text)
    assert article.url == "https://example.com/a"
    assert article.text == "Body."


def test_a_bare_url_at_the_end_stays_in_the_body() -> None:
    text = "# H\n\nBody.\n\nhttps://example.com/a"
    article = newsdoc.parse_text(text)
    assert article.url is None
    assert article.paragraphs[-1].text == "https://example.com/a"


def test_language_footer() -> None:
    article = newsdoc.parse_text("# H\n\nBody.\n\nLanguage: en")
    assert article.language == "en"
    assert article.text == "Body."


# --- body repairs ---------------------------------------------------------------------------


def test_mid_sentence_split_joined_and_links_moved() -> None:
    text = "# H\n\nThe law on [gay](https://a.example)\n\n[relations](https://b.example) to minors."
    article = newsdoc.parse_text(text)
    (paragraph,) = article.paragraphs
    assert paragraph.text == "The law on gay relations to minors."
    assert [paragraph.text[k.start : k.end] for k in paragraph.links] == ["gay", "relations"]


def test_finished_sentence_is_not_joined() -> None:
    text = "# H\n\nThe first paragraph ends here.\n\nthe second starts in lower case."
    article = newsdoc.parse_text(text)
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "second",
    [
        "Then the court ruled.",  # a capital
        "2013 was the year.",  # a digit
        "\u201cthe law is clear,\u201d he said.",  # a quote mark
        "'the law is clear,' he said.",
        "\u2026 and then it ended.",  # an ellipsis
        "(the court ruled later)",  # a bracket
        "\u203b\u300ciPhone\u300d\u306f\u3001Apple Inc.\u306e\u5546\u6a19\u3067\u3059\u3002",
    ],
)
def test_block_not_starting_in_lower_case_is_not_joined(second: str) -> None:
    first = "The first paragraph stops without punctuation"
    article = newsdoc.parse_text(f"# H\n\n{first}\n\n{second}")
    assert [p.text for p in article.paragraphs] == [first, second]


@pytest.mark.parametrize(
    "block",
    ["## a heading", "- a list item", "1. an ordered item", "> a quote", "*Caption:* a caption"],
)
def test_only_plain_paragraphs_are_joined(block: str) -> None:
    article = newsdoc.parse_text(f"# H\n\nStops mid-sentence\n\n{block}\n")
    assert len(article.paragraphs) == 2
    article = newsdoc.parse_text(f"# H\n\n{block}\n\nand goes on in lower case")
    assert len(article.paragraphs) == 2


def test_backslash_at_line_end_is_a_line_break() -> None:
    text = (
        "# H\n\nRoses are *red*\\\n[Violets](https://v.example) are blue\\\nand so on.\n\n"
        "> A quoted line\\\n> and the next one.\n\n"
        "An escaped backslash \\\\\nis no break.\n\nA last backslash stays\\\n"
    )
    article = newsdoc.parse_text(text)
    first, quote, escaped, last = article.paragraphs
    assert first.text == "Roses are red\nViolets are blue\nand so on."
    assert [first.text[k.start : k.end] for k in first.links] == ["Violets"]
    assert (quote.kind, quote.text) == (
        ParagraphKind.BLOCKQUOTE,
        "A quoted line\nand the next one.",
    )
    assert escaped.text == "An escaped backslash \\ is no break."
    assert last.text == "A last backslash stays\\"


def test_hard_break_keeps_long_lines_in_one_paragraph() -> None:
    line = "A line longer than any wrapping tool writes, " * 3
    text = f"# H\n\n{line}\\\n{line}\n\nNext paragraph."
    article = newsdoc.parse_text(text)
    assert [p.text for p in article.paragraphs] == [
        f"{line.strip()}\n{line.strip()}",
        "Next paragraph.",
    ]


def test_white_space_is_normalised() -> None:
    article = newsdoc.parse_text("# H\n\n  Too   many\tspaces\n  here.  ")
    assert article.text == "Too many spaces here."


def test_word_broken_at_a_hyphen_is_joined() -> None:
    text = "# H\n\nThe pro-\nRussian group and the well-\nknown firm met on a short line.\n"
    article = newsdoc.parse_text(text)
    assert article.text == "The pro-Russian group and the well-known firm met on a short line."


def test_caption_paragraph() -> None:
    article = newsdoc.parse_text("# H\n\nBody.\n\n*Caption:* A crowd outside.")
    assert article.paragraphs[-1].kind is ParagraphKind.CAPTION
    assert article.paragraphs[-1].text == "A crowd outside."


def test_table_rows() -> None:
    text = "# H\n\n| Party | Seats |\n|---|---:|\n| Blue | 12 |\n"
    article = newsdoc.parse_text(text)
    assert [(p.kind, p.text) for p in article.paragraphs] == [
        (ParagraphKind.TABLE_ROW, "Party | Seats"),
        (ParagraphKind.TABLE_ROW, "Blue | 12"),
    ]


def test_indented_code_among_flush_text() -> None:
    text = "# H\n\nThe command:\n\n    make install\n    make test\n\nThen it works."
    article = newsdoc.parse_text(text)
    assert article.paragraphs[1].kind is ParagraphKind.PREFORMATTED
    assert article.paragraphs[1].text == "make install\nmake test"


def test_setext_heading_in_the_body() -> None:
    text = "# H\n\nIntro.\n\nBackground\n----------\n\nText."
    article = newsdoc.parse_text(text)
    assert (article.paragraphs[1].kind, article.paragraphs[1].level) == (ParagraphKind.HEADING, 2)
    assert article.paragraphs[1].text == "Background"


def test_ordered_item_cannot_interrupt_text_unless_it_is_one() -> None:
    text = "# H\n\nThe war ended in\n1945. The city was rebuilt.\n"
    article = newsdoc.parse_text(text)
    assert article.text == "The war ended in 1945. The city was rebuilt."


def test_trafilatura_text_export_one_paragraph_per_line() -> None:
    article = read("trafilatura-export.txt")
    assert article.headline == "Library Extends Opening Hours"
    assert [a.name for a in article.authors] == ["Sam Okafor"]
    assert article.publisher == "town-example.org"
    assert [(p.kind.value, p.text) for p in article.paragraphs] == [
        ("body", "The central library will open until 9 p.m. on weekdays from June."),
        ("body", "The change follows a survey in which most readers asked for later hours."),
        ("body", "Weekend hours stay the same."),
        ("list_item", "Monday to Friday: 9 a.m. to 9 p.m."),
        ("list_item", "Saturday: 10 a.m. to 4 p.m."),
    ]


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    source = (TEXTS / "wrapped-plain.txt").read_text("utf-8")
    article = newsdoc.parse_text(source)
    assert article.headline == "Water rates to rise next year"
    blocks = source.split("\n\n")[1:]
    assert [p.text for p in article.paragraphs] == [" ".join(b.split()) for b in blocks]


def test_greedy_wrapped_text_without_blank_lines() -> None:
    import textwrap

    paragraphs = [
        "The first paragraph is long enough to be wrapped over several lines by the tool "
        "that wrote this text, and it ends here.",
        "A short one.",
        "The third paragraph is also wrapped over more than one line by the same tool, "
        "so each of its breaks is a soft one.",
    ]
    source = "\n".join(textwrap.fill(p, width=60) for p in paragraphs)
    article = newsdoc.parse_text(source)
    assert [p.text for p in article.paragraphs] == paragraphs


def test_underlined_headline() -> None:
    article = newsdoc.parse_text("A Headline\n---\n\nThe body.")
    assert article.headline == "A Headline"
    assert article.text == "The body."


def test_dek_and_iso_dates_as_the_writer_lays_them_out() -> None:
    text = (
        "# Head \\*line\\*\n\n*The dek text*\n\nBy [Jane Doe](https://j.example), Staff Writer\n\n"
        "2013-11-06T10:15:00+04:00\n\nUpdated: 2013-11-07\n\n**Example Times**\n\n"
        "MOSCOW (Reuters) — The text.\n\nLanguage: en\n\nOriginal url: <https://e.example/a>\n"
    )
    article = newsdoc.parse_text(text)
    assert article.headline == "Head *line*"
    assert article.subheadline == "The dek text"
    (jane,) = article.authors
    assert (jane.name, jane.url, jane.role) == ("Jane Doe", "https://j.example", "Staff Writer")
    assert article.published == dt.datetime(
        2013, 11, 6, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )
    assert article.modified == dt.date(2013, 11, 7)
    assert article.publisher == "Example Times"
    assert article.dateline == "MOSCOW (Reuters)"
    assert article.language == "en"
    assert article.url == "https://e.example/a"
    assert article.text == "The text."


@pytest.mark.parametrize("name", sorted(p.name for p in TEXTS.iterdir()))
def test_what_the_markdown_writer_writes_reads_back_the_same(name: str) -> None:
    article = read(name)
    back = newsdoc.parse_text(newsdoc.to_markdown(article))
    # The writer prints the byline from the authors' names ("By MARK JOHNSON"
    # comes back as "By Mark Johnson") and a role only for a single author;
    # everything else reads back the same.
    assert [(a.name, a.url, a.email) for a in back.authors] == [
        (a.name, a.url, a.email) for a in article.authors
    ]
    if len(article.authors) == 1:
        assert back.authors == article.authors
    assert back.evolve(byline=article.byline) == article


def test_front_matter_authors_make_a_printed_byline() -> None:
    article = read("hugo-export.md")
    assert article.byline is not None
    assert article.byline.text == "By Ines Carvalho and Daniel O'Brien"


@pytest.mark.parametrize(
    "first",
    [
        "Pittsburgh",  # a section or place name, not a title
        "Visit our page for the full results!",
        "The shop paid for this post. All opinions are mine",
        "More at www.example.com about the race",
        "He said the plan was dead, and the minister agreed with him after a long debate in "
        "the chamber that lasted well into the night",
    ],
)
def test_first_lines_that_are_not_headlines(first: str) -> None:
    article = newsdoc.parse_text(f"{first}\n\nThe body follows here.")
    assert article.headline is None
    assert article.paragraphs[0].text == first


@pytest.mark.parametrize(
    "first",
    ["Is this the end of the road?", "Calendário da Stock Car 2018", "日本の新しい首相が就任"],
)
def test_first_lines_that_are_headlines(first: str) -> None:
    article = newsdoc.parse_text(f"{first}\n\nThe body follows here.")
    assert article.headline == first


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("By Jane Doe | November 6, 2013", "By Jane Doe", dt.date(2013, 11, 6)),
        ("November 6, 2013 | By Jane Doe", "By Jane Doe", dt.date(2013, 11, 6)),
        ("Posted on November 6, 2013 by Jane Doe", "by Jane Doe", dt.date(2013, 11, 6)),
        ("By Jane Doe, November 6, 2013", "By Jane Doe", dt.date(2013, 11, 6)),
    ],
)
def test_byline_and_date_on_one_line(line: str, byline: str, published: dt.date) -> None:
    article = newsdoc.parse_text(f"# Some headline\n\n{line}\n\nBody.")
    assert article.byline is not None
    assert article.byline.text == byline
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published == published
    assert article.text == "Body."


def test_byline_with_role_link_and_both_dates_on_one_line() -> None:
    line = "By [Jane Doe](https://j.example), Staff Writer | Nov 6, 2013 | Updated Nov 7, 2013"
    article = newsdoc.parse_text(f"# Some headline\n\n{line}\n\nBody.")
    (jane,) = article.authors
    assert (jane.name, jane.role, jane.url) == ("Jane Doe", "Staff Writer", "https://j.example")
    assert (article.published, article.modified) == (dt.date(2013, 11, 6), dt.date(2013, 11, 7))


def test_lead_image_before_the_headline() -> None:
    text = "![Lead](https://i.example/lead.jpg)\n\n# The Headline Here\n\nBy Jane Doe\n\nBody."
    article = newsdoc.parse_text(text)
    assert article.headline == "The Headline Here"
    assert [i.url for i in article.images] == ["https://i.example/lead.jpg"]
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.text == "Body."


def test_jina_reader_style_labels() -> None:
    article = read("jina-reader.md")
    assert article.headline == "Rail Strike Called Off After Late-Night Talks"
    assert article.url == "https://rail-news.example.com/2024/03/strike-off"
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == dt.timedelta(0)
    assert (article.published.date(), article.published.hour) == (dt.date(2024, 3, 12), 6)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].text.startswith("Union leaders called off")


@pytest.mark.parametrize(
    "first",
    [
        "By Tuesday, the council had voted to approve the plan.",
        "By March the plan was dead.",
        "By Tuesday",
        "By 2030 the city will need more water.",
        "By contrast.",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(first: str) -> None:
    article = newsdoc.parse_text(f"Senate Passes The Budget Bill\n\n{first}\n\nMore.")
    assert article.byline is None
    assert article.paragraphs[0].text == first


def test_byline_naming_only_an_organisation() -> None:
    text = (
        "Senate Passes The Budget Bill\n\nBy The Associated Press\n\nWASHINGTON (AP) — It passed."
    )
    article = newsdoc.parse_text(text)
    assert article.byline is not None
    assert (article.byline.text, article.authors) == ("By The Associated Press", ())
    assert article.dateline == "WASHINGTON (AP)"
    assert article.text == "It passed."


def test_long_byline_of_many_authors() -> None:
    names = [f"Author{chr(65 + i)} Person{chr(65 + i)}son" for i in range(18)]
    line = "By " + ", ".join(names[:-1]) + " and " + names[-1]
    assert len(line) > 300
    text = f"Senate Passes The Budget Bill\n\n{line}\n\n2019-11-19\n\nBody."
    article = newsdoc.parse_text(text)
    assert [a.name for a in article.authors] == names
    assert (article.published, article.text) == (dt.date(2019, 11, 19), "Body.")


@pytest.mark.parametrize(
    ("line", "publisher", "authors"),
    [
        ("By Al Jazeera", "Al Jazeera", []),
        ("By Beachbody", "The Beachbody Blog", []),
        ("By Jane Doe and Al Jazeera", "Al Jazeera", ["Jane Doe"]),
        ("By Jane Doe", "Al Jazeera", ["Jane Doe"]),
    ],
)
def test_publisher_named_in_the_byline_is_no_person(
    line: str, publisher: str, authors: list[str]
) -> None:
    text = f"Senate Passes The Budget Bill\n\n{line}\n\n2019-11-19\n\n**{publisher}**\n\nBody."
    article = newsdoc.parse_text(text)
    assert article.byline is not None and article.byline.text == line
    assert [a.name for a in article.authors] == authors
    assert (article.publisher, article.text) == (publisher, "Body.")


def test_publisher_line_with_escaped_markup() -> None:
    text = (
        "Big Race Results Are In\n\nBy AS\n\n2018-01-22\n\n**Autoracing \\| F1 \\| Indy**\n\nBody."
    )
    article = newsdoc.parse_text(text)
    assert (article.publisher, article.text) == ("Autoracing | F1 | Indy", "Body.")


def test_byline_with_place_and_roles() -> None:
    text = "Senate Passes The Budget Bill\n\nBy Jane Doe and John Roe in Moscow\n\nBody."
    article = newsdoc.parse_text(text)
    assert [a.name for a in article.authors] == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    "line", ["By admin", "By Reuters", "By kei\\_eno", "By Science X staff", "By Reuters staff"]
)
def test_one_word_byline_without_a_person(line: str) -> None:
    text = f"Senate Passes The Budget Bill\n\n{line}\n\n2019-11-19\n\n**ScienceAlert**\n\nBody."
    article = newsdoc.parse_text(text)
    assert article.byline is not None and article.byline.text == line.replace("\\", "")
    assert article.authors == ()
    assert (article.published, article.publisher) == (dt.date(2019, 11, 19), "ScienceAlert")
    assert article.text == "Body."


def test_table_cell_with_an_escaped_pipe() -> None:
    article = newsdoc.parse_text("# H\n\n| a\\|b | c |\n")
    assert [p.text for p in article.paragraphs] == ["a|b | c"]


def test_a_long_run_of_split_lines_joins_once_with_its_links() -> None:
    lines = [f"word {i} [link {i}](https://example.com/{i}) and" for i in range(300)]
    article = newsdoc.parse_text("# H\n\nIt began with\n\n" + "\n\n".join(lines) + "\n\nthe end.")
    (paragraph,) = article.paragraphs
    assert paragraph.text.startswith("It began with word 0 link 0 and word 1")
    assert paragraph.text.endswith("word 299 link 299 and the end.")
    assert len(paragraph.links) == 300
    for number, link in enumerate(paragraph.links):
        assert paragraph.text[link.start : link.end] == f"link {number}"
        assert link.url == f"https://example.com/{number}"

"""Metadata the HTML reader missed (session 11): a time printed with a dot beside its word
("um 14.05", "kl. 14.05", "14.05 am 8. Dezember 2010"); a box named for the date and the
count of comments ("date-and-comments") read as comments; a date element's JSON of dates
in a ``data-*`` attribute (``data-microtimes``) that names the publication's.  Each on
small pages and, where ``../shared`` has one, on the real page (the date it prints
without its declared metadata)."""

from __future__ import annotations

import datetime as dt
import gzip
import sys
import warnings
from pathlib import Path

import pytest
from conftest import shared_path
from metadata_helpers import meta_of

import newsdoc
from newsdoc.readers.bylines import split_byline
from newsdoc.readers.dates import parse_date

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from scoring import without_declared

D = dt.date
T = dt.datetime

STORY = "".join(
    f"<p>Absatz {i} der Geschichte, lang genug, um fortlaufender Text zu sein, mit Komma.</p>"
    for i in range(4)
)


def published(line: str, lang: str) -> dt.datetime | dt.date | None:
    """The publication date newsdoc reads from a page in ``lang`` that prints ``line``
    below its headline (and no date in its metadata)."""
    html = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Schlagzeile</title></head><body><article><h1>Schlagzeile</h1>"
        f"<p>{line}</p>{STORY}</article></body></html>"
    )
    return newsdoc.parse(html.encode(), format="html").published


# -- 1. a time with a dot ---------------------------------------------------------------------

DOTTED = [
    # the time before its date, with the word that says the date is its day
    ("de", "14.05 am 8. Dezember 2010"),
    ("de", "um 14.05 am 08.12.2010"),
    ("nl", "14.05 op 8 december 2010"),
    # after the word that leads to a time, before or after the date
    ("sv", "kl. 14.05 den 8 december 2010"),
    ("sv", "8 december 2010 kl.14.05"),
    ("da", "8. december 2010 klokken 14.05"),
    ("fi", "8.12.2010 klo 14.05"),
    ("nl", "8 december 2010 14.05 uur"),
]


@pytest.mark.parametrize(("language", "printed"), DOTTED)
def test_a_time_with_a_dot_beside_its_word(language: str, printed: str) -> None:
    assert parse_date(printed, language=language) == T(2010, 12, 8, 14, 5)


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("de", "Anna Meier | um 14.05 Uhr am 08.12.2010 | 3 Kommentare"),
        ("de", "Anna Meier | 14.05 am 08.12.2010 | 3 Kommentare"),
        ("sv", "Anna Meier | 08.12.2010 kl. 14.05 | 3 kommentarer"),
        ("no", "Anna Meier | 8. desember 2010 klokken 14.05 | 3 kommentarer"),
    ],
)
def test_a_time_with_a_dot_beside_a_date_among_other_words(language: str, printed: str) -> None:
    assert parse_date(printed, language=language) == T(2010, 12, 8, 14, 5)


@pytest.mark.parametrize(
    "printed",
    [
        "14.05 8.12.2010",  # the 14th of May, or a time: no word says which
        "Ausgabe 14.05 vom 8. Dezember 2010",  # a number of that day ("vom" is "of")
        "Am 14.05. um 8 Uhr, 8. Dezember 2010",  # a day and month with its dot
        "Nr. kl- 14.05 | 8. Dezember 2010",  # the dot of "kl." is a dot, not any character
    ],
)
def test_a_number_with_a_dot_without_a_time_word_is_no_time(printed: str) -> None:
    assert parse_date(printed, language="de") == D(2010, 12, 8)


@pytest.mark.parametrize(("language", "printed"), DOTTED[:4])
def test_a_page_prints_a_time_with_a_dot_before_its_date(language: str, printed: str) -> None:
    assert published(printed, language) == T(2010, 12, 8, 14, 5)


def printed_only(page: str) -> newsdoc.Article:
    """The readability corpus page ``page`` read without its declared metadata."""
    path = shared_path("corpus", "readability", "pages", page, "source.html.gz")
    data = without_declared(gzip.decompress(path.read_bytes()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (a real page's dropped links: not what is tested)
        return newsdoc.parse(data, format="html", analyze=False)


# -- 4. a box named for the date and the comments' count --------------------------------------

HEADLINE = "<h1>Apple's Vision Pro is the Retina display moment</h1>"
BY = "<p class='byline'>By <a href='/authors/alex-heath'>Alex Heath</a></p>"
STORY_EN = "".join(
    f"<p>Paragraph {i} of the story, long enough to be running text, with a comma.</p>"
    for i in range(4)
)


@pytest.mark.parametrize("box", ["article-date-and-comments", "meta-date-comments"])
def test_a_box_of_the_date_and_the_comments_count_prints_the_date(box: str) -> None:
    body = (
        f"<article>{HEADLINE}{BY}<div class='{box}'><span><time datetime='2023-06-07T20:54Z'>"
        "Jun 7, 2023, 8:54 PM UTC</time></span><span>12 Comments</span></div>"
        f"{STORY_EN}</article><aside><time datetime='2023-06-24T20:32Z'>Jun 24</time></aside>"
    )
    found = meta_of(body, lang="en").published
    assert isinstance(found, dt.datetime)
    assert found.date() == D(2023, 6, 7)


def test_a_comments_date_is_still_no_articles_date() -> None:
    body = (
        f"<div class='post'>{HEADLINE}{STORY_EN}<div class='comments'><div class='comment-date'>"
        "<time datetime='2023-06-24T20:32Z'>Jun 24, 2023</time></div></div></div>"
    )
    assert meta_of(body, lang="en").published is None


@pytest.mark.corpus
def test_theverge_prints_its_date_beside_its_comments_count() -> None:
    found = printed_only("theverge").published
    assert isinstance(found, dt.datetime)
    assert found.date() == D(2023, 6, 7)


# -- 5. a date element's JSON of dates in a data-* attribute ----------------------------------

MICROTIMES = (
    "{&quot;published&quot;:&quot;1442501820000&quot;,&quot;display&quot;:"
    "&quot;1450976400000&quot;,&quot;changed&quot;:&quot;1462698711000&quot;}"
)


def test_a_date_elements_json_names_the_publications_date() -> None:
    body = (
        f"<article>{HEADLINE}<ul><li><time data-microtimes='{MICROTIMES}' "
        "datetime='17:00, 24 December 2015'>Friday 25 December 2015</time></li></ul>"
        f"{STORY_EN}</article>"
    )
    found = meta_of(body, lang="en").published
    assert isinstance(found, dt.datetime)
    assert found.date() == D(2015, 9, 17)


@pytest.mark.parametrize(
    "dates",
    [
        "{&quot;changed&quot;:&quot;1462698711000&quot;}",  # a change's only
        "{&quot;published_label&quot;:&quot;yesterday&quot;}",  # no date
        "[1442501820000]",  # no object
        "{not json",
    ],
)
def test_a_date_elements_data_without_the_publications_date_is_not_read(dates: str) -> None:
    body = (
        f"<article>{HEADLINE}<p><time data-times='{dates}' datetime='2015-12-24'>"
        f"24 December 2015</time></p>{STORY_EN}</article>"
    )
    assert meta_of(body, lang="en").published == D(2015, 12, 24)


@pytest.mark.corpus
def test_bug_1255978_reads_its_publications_time_stamp() -> None:
    found = printed_only("bug-1255978").published
    assert isinstance(found, dt.datetime)
    assert found.date() == D(2015, 9, 17)


# -- 2. the headline in a layout's column named a sidebar -------------------------------------

COLUMN = (
    "<div class='post'><div id='sidebar' class='cell large-4 sidebar'>"
    "<h1 class='headline'>All-new 2020 Sentra is what we want</h1>"
    "<p class='author'>By <a href='/author/marcus'>Marcus De Guzman</a></p>"
    "<label>November 20, 2019 13:42</label></div>"
    f"<div class='cell large-8'>{STORY_EN}</div></div>"
)


def test_a_headline_in_a_column_named_a_sidebar_prints_the_date_beside_it() -> None:
    found = meta_of(
        COLUMN, head="<title>All-new 2020 Sentra is what we want - Auto News</title>", lang="en"
    )
    assert found.headline == "All-new 2020 Sentra is what we want"
    assert found.published == T(2019, 11, 20, 13, 42)


def test_a_sidebars_heading_that_is_not_the_title_is_no_headline() -> None:
    found = meta_of(
        COLUMN.replace("All-new 2020 Sentra is what we want", "Most read this week"),
        head="<title>All-new 2020 Sentra is what we want - Auto News</title>",
        lang="en",
    )
    assert found.headline != "Most read this week"


@pytest.mark.corpus
def test_autoindustriya_prints_its_headline_and_date_in_a_sidebar_column() -> None:
    key = "3cb5e2f46626d5bb0345759453036f7eabc0b0c7796b796513606bf693060ced"
    path = shared_path("corpus", "aeb", "html", f"{key}.html.gz")
    data = without_declared(gzip.decompress(path.read_bytes()))
    article = newsdoc.parse(data, format="html", analyze=False)
    assert article.headline == "All-new 2020 Sentra is what we really want from Nissan PH"
    assert article.published == T(2019, 11, 20, 13, 42)


# -- 3. dates in the scripts of India and with dashes on a loose line --------------------------


def loose(line: str, lang: str) -> dt.datetime | dt.date | None:
    """The publication date of a page in ``lang`` that prints ``line`` alone, without any
    class, under its headline."""
    return meta_of(f"<article>{HEADLINE}<p>{line}</p>{STORY_EN}</article>", lang=lang).published


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("mr", "८ डिसेंबर २०१०"),
        ("ne", "८ डिसेम्बर २०१०"),
        ("gu", "૮ ડિસેમ્બર ૨૦૧૦"),
        ("pa", "੮ ਦਸੰਬਰ ੨੦੧੦"),
        ("ta", "8 டிசம்பர் 2010"),
        ("te", "8 డిసెంబర్ 2010"),
        ("kn", "8 ಡಿಸೆಂಬರ್ 2010"),
        ("ml", "8 ഡിസംബർ 2010"),
        # a numeric date with dashes, the day first as the page's language writes it
        ("bn", "০৮-১২-২০১০"),
        ("nl", "08-12-2010"),
    ],
)
def test_a_date_alone_on_a_loose_line(lang: str, line: str) -> None:
    assert loose(line, lang) == D(2010, 12, 8)


@pytest.mark.parametrize(
    "line",
    ["ISBN 978-3-12-2010-4", "Ref. AB-08-12-2010", "08-12-2010-17"],
)
def test_dashes_of_a_code_are_no_date(line: str) -> None:
    assert loose(line, "de") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("প্রকাশ : ০৮ ডিসেম্বর ২০২৩, ০২:০৫ পিএম", T(2023, 12, 8, 14, 5)),
        ("বুধবার, ৮ ডিসেম্বর ২০২৩ ২:০৫ অপরাহ্ন", T(2023, 12, 8, 14, 5)),
        ("৮ ডিসেম্বর ২০২৩, বিকাল ৪:০৫", T(2023, 12, 8, 16, 5)),
        ("৮ ডিসেম্বর ২০২৩, সকাল ১০:০৫", T(2023, 12, 8, 10, 5)),
        ("প্রকাশ: ০৮ ডিসেম্বর ২০২৩, ১৪: ০৫", T(2023, 12, 8, 14, 5)),
        ("८ दिसंबर २०२३, शाम ४:०५", T(2023, 12, 8, 16, 5)),
    ],
)
def test_the_half_of_the_day_in_bengali_and_hindi(line: str, expected: dt.datetime) -> None:
    assert parse_date(line, language="bn") == expected
    assert loose(line, "bn") == expected


@pytest.mark.parametrize(("lang", "line"), [("mr", "मे"), ("ta", "மே")])
def test_a_short_may_is_read_between_a_day_and_a_year_only(lang: str, line: str) -> None:
    digits = "८ {} २०१०" if lang == "mr" else "8 {} 2010"
    assert parse_date(digits.format(line), language=lang) == D(2010, 5, 8)
    assert parse_date(f"{line} 8, 2010", language=lang) is None


# -- 6. bylines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "language", "name", "role"),
    [
        ("홍길동기자", "ko", "홍길동", "기자"),
        ("山田太郎記者", "ja", "山田太郎", "記者"),
        ("ジョン・スミス記者", "ja", "ジョン・スミス", "記者"),
        ("オカモト記者", "ja", "オカモト", "記者"),
    ],
)
def test_a_role_glued_after_a_cjk_name(printed: str, language: str, name: str, role: str) -> None:
    people, _ = split_byline(printed, language=language)
    assert [(p.name, p.role) for p in people] == [(name, role)]


@pytest.mark.parametrize("printed", ["사진기자", "スタッフ記者", "王小明编辑"])
def test_a_credit_or_a_label_before_a_glued_role_is_no_name(printed: str) -> None:
    people, _ = split_byline(printed)
    assert all(p.role is None for p in people)


def test_a_page_prints_a_korean_name_with_its_role_glued() -> None:
    body = f"<article><h1>제목입니다</h1><p class='byline'>홍길동기자</p>{STORY_EN}</article>"
    byline = meta_of(body, lang="ko").byline
    assert byline is not None
    assert [(p.name, p.role) for p in byline.authors] == [("홍길동", "기자")]


TRAIL = (
    "<div class='byline breadcrumbs'><span><a class='crumb' href='/en-us/instagram'>"
    "#LinkInBio Stories</a></span><span> • <a class='crumb' href='/en-us/fashion'>Fashion</a>"
    "</span><span> • <a class='crumb' href='/en-us/fashion-tips'>Fashion Tips</a></span></div>"
)


def test_a_trail_of_section_links_is_no_byline() -> None:
    body = (
        f"<article>{HEADLINE}{TRAIL}<div class='byline contributors'>"
        "<a href='/en-us/author/connie-wang'>written by Connie Wang</a></div>"
        f"{STORY_EN}</article>"
    )
    byline = meta_of(body, lang="en").byline
    assert byline is not None
    assert byline.text == "written by Connie Wang"
    assert [p.name for p in byline.authors] == ["Connie Wang"]


def test_a_trail_of_section_links_alone_names_nobody() -> None:
    assert meta_of(f"<article>{HEADLINE}{TRAIL}{STORY_EN}</article>", lang="en").byline is None


@pytest.mark.parametrize(
    "names",
    [
        "<a href='/people/jane-roe'>Jane Roe</a>, <a href='/people/john-doe'>John Doe</a>",
        "<a href='/author/jane-roe'>Jane Roe</a> • <a href='/author/john-doe'>John Doe</a>",
        # parted by a trail's marks, the links to no author's page: names all the same
        "<a href='/people/jane-roe'>Jane Roe</a> | <a href='/people/john-doe'>John Doe</a>",
        "<a href='/jane-roe'>Jane Roe</a> / <a href='/john-doe'>John Doe</a>",
    ],
)
def test_a_byline_of_linked_names_is_still_one(names: str) -> None:
    body = f"<article>{HEADLINE}<div class='byline'>{names}</div>{STORY_EN}</article>"
    byline = meta_of(body, lang="en").byline
    assert byline is not None
    assert [p.name for p in byline.authors] == ["Jane Roe", "John Doe"]


@pytest.mark.corpus
def test_refinery29_reads_no_section_as_its_author() -> None:
    path = shared_path("corpus", "postlight", "html", "www.refinery29.com.html.gz")
    data = without_declared(gzip.decompress(path.read_bytes()))
    byline = newsdoc.parse(data, format="html", analyze=False).byline
    assert byline is not None
    assert [p.name for p in byline.authors] == ["Connie Wang"]


HEADLINE_FOOTER = (
    "<div class='layout'><div class='headline'><div class='headline__wrapper'>"
    "<h1 class='headline__text'>Why Donald Trump won't change</h1></div>"
    "<div class='headline__footer'><div class='byline'>By <a class='byline__link' "
    "href='/profiles/stephen-collinson'>Stephen Collinson</a>, CNN</div>"
    "<div class='timestamp'>11:22 PM EST, Tue November 29, 2016</div></div></div>"
    f"<div class='article__content'>{STORY_EN}</div></div>"
)


def test_the_headlines_footer_box_prints_the_byline_and_date() -> None:
    found = meta_of(HEADLINE_FOOTER, lang="en")
    assert found.byline is not None
    assert [p.name for p in found.byline.authors] == ["Stephen Collinson"]
    assert found.published is not None


def test_the_sites_footer_is_still_not_the_articles() -> None:
    body = (
        f"{HEADLINE}{STORY_EN}<div class='site-footer'><p class='byline'>By Jane Roe</p>"
        "<p class='date'>November 29, 2016</p></div>"
    )
    found = meta_of(body, lang="en")
    assert found.byline is None
    assert found.published is None


@pytest.mark.corpus
def test_cnn_prints_its_byline_in_the_headlines_footer() -> None:
    path = shared_path("corpus", "postlight", "html", "www.cnn.com.html.gz")
    data = without_declared(gzip.decompress(path.read_bytes()))
    byline = newsdoc.parse(data, format="html", analyze=False).byline
    assert byline is not None
    assert [p.name for p in byline.authors] == ["Stephen Collinson"]


# -- 2b. a date in a box named a top bar, right above the headline -----------------------------

H1_DE = "<h1>Die Schlagzeile des Tages</h1>"
MENU = (
    "<nav><ul><li><a href='/politik'>Politik</a></li><li><a href='/sport'>Sport</a></li>"
    "<li><a href='/kultur'>Kultur</a></li></ul></nav>"
)


@pytest.mark.parametrize(
    ("above", "expected"),
    [
        ("<div class='topbar'><span>08.12.2010</span> | Politik</div>", D(2010, 12, 8)),
        ("<div class='top-bar'>08.12.2010, 14:05 Uhr</div>", T(2010, 12, 8, 14, 5)),
        ("<header class='artikel-kopf'><p>8. Dezember 2010</p></header>", D(2010, 12, 8)),
    ],
)
def test_a_date_in_a_top_bar_right_above_the_headline(above: str, expected: dt.date) -> None:
    found = meta_of(f"<div class='content'>{above}{H1_DE}{STORY}</div>", lang="de")
    assert found.published == expected


@pytest.mark.parametrize(
    "above",
    [
        # today's day with its weekday, in the text or beside a machine's copy
        "<div class='topbar'><p>Montag, 7. Dezember 2026</p></div>",
        "<div class='top'><time datetime='2026-12-07'>Montag, 7. Dezember 2026</time></div>",
        # the site's menu after the top bar, or inside it
        f"<div class='topbar'><p>7. Dezember 2026</p></div>{MENU}",
        f"<header>{MENU}<p>7. Dezember 2026</p></header>",
    ],
)
def test_the_sites_top_bar_is_still_not_the_articles_date(above: str) -> None:
    assert meta_of(f"{above}<div class='content'>{H1_DE}{STORY}</div>", lang="de").published is None


# -- a figure's day in running text -----------------------------------------------------------

FIGURES = (
    "<div class='p'>Coronavirus has spread to <b>185</b> countries. The total confirmed cases "
    "worldwide are <b>28,25,140</b> and <b>1,97,666</b> have died; <b>7,97,826</b> have "
    "recovered as on April 25, 2020 at 5:36 pm.</div>"
)


def test_the_rest_of_a_sentence_after_a_figure_is_no_date_line() -> None:
    body = f"<article>{HEADLINE}{FIGURES}{STORY_EN}</article>"
    assert meta_of(body, lang="en").published is None


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("<p>By <a href='/author/jane-roe'>Jane Roe</a> on Dec 8, 2010</p>", "en", D(2010, 12, 8)),
        (
            "<p class='info'>Ein Beitrag aus der Redaktion unseres Hauses über die Woche, mit "
            "vielen Worten und noch mehr Worten, geschrieben von <b>Anna Meier</b> am 8. "
            "Dezember 2010</p>",
            "de",
            D(2010, 12, 8),
        ),
        ("<p><a href='/politik'>Politik</a> 08.12.2010, 14:05</p>", "de", T(2010, 12, 8, 14, 5)),
    ],
)
def test_a_date_after_a_link_or_a_name_is_still_read(
    line: str, lang: str, expected: dt.date
) -> None:
    found = meta_of(f"<article>{HEADLINE}{line}{STORY_EN}</article>", lang=lang)
    assert found.published == expected

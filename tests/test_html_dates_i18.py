"""Dates printed unlike English news (issue 18): years of two digits, year first with a
month's name, more languages' months, and the day a site prints in its header."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import warnings
from importlib import resources

import lxml.html
import pytest
from conftest import shared_path
from metadata_helpers import STORY, meta_of

from newsdoc.readers.bylines import split_byline
from newsdoc.readers.dates import date_in, parse_date, short_date_in
from newsdoc.readers.html.metadata import extract_metadata


def day(when: dt.datetime | dt.date | None) -> dt.date | None:
    return when.date() if isinstance(when, dt.datetime) else when


@pytest.mark.parametrize(
    ("printed", "dayfirst", "expected"),
    [
        ("08.12.10", True, dt.datetime(2010, 12, 8).date()),
        ("8.12.10", None, dt.date(2010, 12, 8)),
        ("Mi., 08.12.10", True, dt.date(2010, 12, 8)),
        ("am 08.12.10 um 14:05", True, dt.datetime(2010, 12, 8, 14, 5)),
        ("Stand: 08.12.10, 14.05 Uhr", True, dt.datetime(2010, 12, 8, 14, 5)),
        ("3/09/15 8:00am", None, dt.datetime(2015, 3, 9, 8, 0)),  # US: month first
        ("12/08/10", True, dt.date(2010, 8, 12)),  # a page in German: day first
        ("08.12.98", True, dt.date(1998, 12, 8)),
    ],
)
def test_a_year_of_two_digits(
    printed: str, dayfirst: bool | None, expected: dt.datetime | dt.date
) -> None:
    assert parse_date(printed, dayfirst=dayfirst) == expected


@pytest.mark.parametrize(
    "text", ["Version 2.05.10, build 3", "1.2.10.4", "8.12.10,5", "Seite 3 vom 08.12.10", "12/08"]
)
def test_a_year_of_two_digits_among_other_numbers_is_no_date(text: str) -> None:
    assert parse_date(text, dayfirst=True) is None


def test_a_text_printed_without_a_mark_needs_a_padded_day_and_month() -> None:
    assert short_date_in("08.12.10 | 14:05", padded=True) == "08.12.10"
    assert short_date_in("3.6.13", padded=True) is None  # more often a version
    assert short_date_in("3.6.13") == "3.6.13"


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Die Überschrift des Artikels</h1><span>08.12.10 | 14:05</span>",
        "<h1>Die Überschrift</h1><div class='meta'>von A <span class='date'>8.12.10</span></div>",
        "<h1>Die Überschrift</h1><p class='published'>8.12.10</p>",
    ],
)
def test_a_year_of_two_digits_by_the_headline(body: str) -> None:
    assert day(meta_of(body + STORY).published) == dt.date(2010, 12, 8)


def test_a_year_of_two_digits_in_a_dated_line_anywhere() -> None:
    found = meta_of(f"<h1>Die Überschrift</h1>{STORY}<div id='foot'>Stand: 08.12.10</div>")
    assert day(found.modified) == dt.date(2010, 12, 8)


def test_a_version_number_by_the_headline_is_no_date() -> None:
    found = meta_of(f"<h1>Firefox released</h1><span>3.6.13</span>{STORY}", lang="en")
    assert found.published is None


@pytest.mark.parametrize(
    ("printed", "lang"),
    [
        ("2010. december 8.", "hu"),
        ("2010. dec. 8. 14:05", "hu"),
        ("2010 m. gruodžio 8 d.", "lt"),
        ("2010. gada 8. decembrī", "lv"),
        ("8. prosinca 2010.", "hr"),
        ("8. decembra 2010 ob 14.05", "sl"),
        ("8. decembar 2010.", "sr"),
        ("8 декември 2010", "bg"),
        ("8. detsember 2010", "et"),
        ("الأربعاء 8 ديسمبر 2010 - 14:05", "ar"),
        ("8 בדצמבר 2010", "he"),
        ("8 दिसंबर 2010", "hi"),
    ],
)
def test_dates_printed_year_first_or_in_more_languages(printed: str, lang: str) -> None:
    found = meta_of(f"<h1>Cím</h1><span>{printed}</span>{STORY}", lang=lang).published
    assert day(found) == dt.date(2010, 12, 8)


def test_a_year_before_a_month_in_running_english_is_no_date() -> None:
    assert parse_date("2010 December 8") is not None  # dateutil reads it when asked
    found = meta_of(f"<h1>Title</h1><p>In 2010 December 8 people left.</p>{STORY}", lang="en")
    assert found.published is None


def _months_of(language: str) -> list[list[str]]:
    months: list[list[str]] = json.loads(
        (resources.files("newsdoc.readers") / "date_words.json").read_text("utf-8")
    )["months"][language]
    return months


@pytest.mark.parametrize("language", ["hr", "bs", "pl", "cs", "sr", "sl", "uk", "sk"])
def test_every_month_name_reads_as_its_languages_month_on_a_page_in_it(language: str) -> None:
    # "listopad" is October in Croatian and Bosnian, November in Polish and Czech
    for number, names in enumerate(_months_of(language), start=1):
        assert names, (language, number)
        for name in names:
            assert parse_date(f"5. {name} 2024.", language=language) == dt.date(2024, number, 5)
            tagged = f"{language}-{language.upper()}"  # a region or script changes nothing
            assert parse_date(f"5. {name} 2024.", language=tagged) == dt.date(2024, number, 5)


def test_a_name_of_two_months_reads_as_the_first_language_listed_without_a_language() -> None:
    # (Polish comes before Croatian in date_words.json: the reading of the tree before)
    assert parse_date("5. listopada 2024.") == dt.date(2024, 11, 5)
    assert parse_date("5. listopada 2024.", language="en") == dt.date(2024, 11, 5)
    assert parse_date("5. listopada 2024.", language="hr") == dt.date(2024, 10, 5)
    # a name of one month only reads the same on a page in any language
    assert parse_date("5. studenoga 2024.", language="pl") == dt.date(2024, 11, 5)


@pytest.mark.parametrize(
    ("lang", "printed", "expected"),
    [
        ("hr", "Objavljeno: 5. listopada 2024. u 14:30", dt.datetime(2024, 10, 5, 14, 30)),
        ("hr-HR", "5. listopada 2024.", dt.date(2024, 10, 5)),
        ("pl", "5 listopada 2024", dt.date(2024, 11, 5)),
        ("sr-Latn", "5. oktobra 2024.", dt.date(2024, 10, 5)),
        ("sr", "5. јануара 2024.", dt.date(2024, 1, 5)),
    ],
)
def test_a_page_reads_its_months_in_its_language(
    lang: str, printed: str, expected: dt.datetime | dt.date
) -> None:
    found = meta_of(f"<h1>Naslov članka</h1><p class='date'>{printed}</p>{STORY}", lang=lang)
    assert found.published == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("5. januara 2024.", dt.date(2024, 1, 5)),  # Serbian, Bosnian: genitive
        ("5. децембра 2024. 10:15", dt.datetime(2024, 12, 5, 10, 15)),
        ("5 јануари 2024", dt.date(2024, 1, 5)),  # Macedonian
        ("5 лістапада 2024", dt.date(2024, 11, 5)),  # Belarusian
        ("5 janar 2024", dt.date(2024, 1, 5)),  # Albanian
        ("5 nëntorit 2024", dt.date(2024, 11, 5)),
        ("5 de xullo de 2024", dt.date(2024, 7, 5)),  # Galician
        ("5 Hunyo 2024", dt.date(2024, 6, 5)),  # Filipino
        ("2024. gada 8. decembra", dt.date(2024, 12, 8)),  # Latvian: genitive
    ],
)
def test_more_languages_months(printed: str, expected: dt.datetime | dt.date) -> None:
    assert parse_date(printed) == expected


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["lifehacker-working", "lifehacker-post-comment-load"])
def test_kinja_s_two_digit_year_is_read_month_first(name: str) -> None:
    """Kinja prints "3/09/15 8:00am" (a US site) in a span marked ``published updated``."""
    page = shared_path("corpus", "readability", "pages", name)
    html = gzip.decompress((page / "source.html.gz").read_bytes())
    expected = json.loads(gzip.decompress((page / "expected-metadata.json.gz").read_bytes()))
    assert not expected.get("publishedTime")  # the page's gold is ours, by eye
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_metadata(lxml.html.document_fromstring(html)).published
    assert day(found) == dt.date(2015, 3, 9)


TODAY = "Sonntag, 6. Dezember 2026"


@pytest.mark.parametrize(
    "header",
    [
        f"<header><div class='today'>{TODAY}</div><nav><a href='/'>Start</a></nav></header>",
        f"<div id='header'><span class='datum'>{TODAY}</span></div>",
        f"<div class='masthead'><time datetime='2026-12-06'>{TODAY}</time></div>",
        f"<ul class='menu'><li><a href='/'>Start</a></li><li>{TODAY}</li></ul>",
    ],
)
def test_the_day_the_site_s_header_prints_is_no_publication_date(header: str) -> None:
    # with a headline (the header before it) and without one (the top of the page)
    with_h1 = meta_of(f"{header}<div class='content'><h1>Die Überschrift</h1>{STORY}</div>")
    without = meta_of(f"{header}<div class='content'><p>Die Überschrift</p>{STORY}</div>")
    assert with_h1.published is None
    assert without.published is None


def test_the_site_s_header_does_not_hide_the_article_s_date() -> None:
    header = f"<header><div class='today'>{TODAY}</div></header>"
    printed = "<p class='meta'>08.12.2010 | 14:05</p>"
    found = meta_of(f"{header}<div><h1>Die Überschrift</h1>{printed}{STORY}</div>")
    assert found.published == dt.datetime(2010, 12, 8, 14, 5)
    # the article's own header (it holds the headline) prints the article's date
    own = "<header class='entry-header'><span class='date'>8. Dezember 2010</span><h1>Titel</h1>"
    found = meta_of(f"{header}{own}</header>{STORY}")
    assert found.published == dt.date(2010, 12, 8)
    # a component's header ("Box-header") is not the site's
    box = "<div class='Box-header'><relative-time datetime='2010-12-08T12:10:51Z'>x</relative-time>"
    found = meta_of(f"<div><p>Titel</p>{box}</div>{STORY}</div>")
    assert day(found.published) == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    ("printed", "names", "outlets"),
    [
        ("Par Jean Dupont avec AFP", ["Jean Dupont"], ["AFP"]),
        ("Von Anna Meier mit dpa", ["Anna Meier"], ["dpa"]),
        ("Por Ana Pérez con EFE", ["Ana Pérez"], ["EFE"]),
        ("By Jane Roe with John Doe", ["Jane Roe", "John Doe"], []),
        ("Redaccion", [], ["Redaccion"]),
        ("Redakcja", [], ["Redakcja"]),
        ("Redactie", [], ["Redactie"]),
    ],
)
def test_a_newsroom_or_an_agency_beside_a_name_is_no_person(
    printed: str, names: list[str], outlets: list[str]
) -> None:
    people, organizations = split_byline(printed)
    assert [person.name for person in people] == names
    assert list(organizations) == outlets


@pytest.mark.corpus
def test_a_newsroom_credit_is_no_author_on_a_real_page() -> None:
    """diariolahuella.com credits "Redaccion" (its newsroom, unaccented) in its JSON-LD."""
    path = shared_path("corpus", "news-ml", "html", "diariolahuella.com-aeropuerto.html.gz")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_metadata(lxml.html.document_fromstring(gzip.decompress(path.read_bytes())))
    assert found.byline is None or not found.byline.authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Dieser Eintrag wurde am Mittwoch, 8. Dezember 2010 um 14:05 veröffentlicht und ist "
            "unter Allgemein abgelegt.",
            dt.datetime(2010, 12, 8, 14, 5),
        ),
        (
            "Dieser Beitrag wurde am 8. Dezember 2010 von Anna in Allgemein veröffentlicht.",
            dt.date(2010, 12, 8),
        ),
    ],
)
def test_a_line_that_closes_with_its_published_word(line: str, expected: dt.date) -> None:
    # (a blog's footer: the German verb comes after the date)
    found = meta_of(f"<div><h1>Die Überschrift</h1>{STORY}<p class='postmetadata'>{line}</p></div>")
    assert found.published == expected


def test_a_long_paragraph_that_closes_with_a_published_word_dates_nothing() -> None:
    sentence = (
        "Die Studie, an der mehr als zweihundert Forscher aus vierzig Ländern über viele Jahre "
        "gearbeitet haben, wurde am 8. Dezember 2010 in einer Fachzeitschrift veröffentlicht."
    )
    assert len(sentence) > 160
    assert meta_of(f"<div><h1>Die Überschrift</h1>{STORY}<p>{sentence}</p></div>").published is None


@pytest.mark.parametrize(
    "script",
    [
        # a site's state for its scripts
        '<script>window.__STATE__ = {"article": {"publishedAt": "2010-12-08T14:05:00+01:00"}};'
        "</script>",
        # the same, as a string of JavaScript
        '<script>var s = "{\\"datePublished\\":\\"2010-12-08T14:05:00+01:00\\"}";</script>',
        # JSON-LD the reader cannot decode (quotes not escaped)
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A "quoted" '
        'word", "datePublished": "2010-12-08T14:05:00+01:00"}</script>',
    ],
)
def test_a_date_the_page_s_scripts_declare_is_a_last_resort(script: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = meta_of(f"<h1>The headline</h1>{STORY}", head=script, lang="en")
    assert found.published == dt.datetime(
        2010, 12, 8, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )


def test_a_script_s_date_comes_after_the_printed_one_and_never_from_read_json_ld() -> None:
    script = '<script>var s = {"datePublished": "2011-01-01"};</script>'
    printed = meta_of(f"<h1>Titel</h1><p>08.12.2010</p>{STORY}", head=script)
    assert printed.published == dt.date(2010, 12, 8)
    # JSON-LD read whole: a comment's date in it is not the article's
    jsonld = (
        '<script type="application/ld+json">{"@type": "WebPage", "comment": '
        '[{"@type": "Comment", "datePublished": "2011-01-01"}]}</script>'
    )
    assert meta_of(f"<h1>Titel</h1>{STORY}", head=jsonld).published is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<p class='byline'>Von Anna Meier, 08.12.10 14:05 Uhr</p>",
            dt.datetime(2010, 12, 8, 14, 5),
        ),
        ("<p>Von Anna Meier | 08.12.10</p>", dt.date(2010, 12, 8)),
    ],
)
def test_a_year_of_two_digits_in_the_byline(byline: str, expected: dt.date) -> None:
    found = meta_of(f"<h1>Die Überschrift</h1>{byline}{STORY}")
    assert found.published == expected
    assert found.byline is not None and [p.name for p in found.byline.authors] == ["Anna Meier"]


@pytest.mark.parametrize(
    ("printed", "lang"),
    [
        ("8.Dezember 2010", "de"),
        ("08.Dez.2010", "de"),
        ("8. 12. 2010", "cs"),
        ("8. 12. 2010", "sk"),
    ],
)
def test_dates_printed_without_a_space_or_with_spaced_dots(printed: str, lang: str) -> None:
    found = meta_of(f"<h1>Titel</h1><span>{printed}</span>{STORY}", lang=lang).published
    assert found == dt.date(2010, 12, 8)


def test_more_german_date_words() -> None:
    line = "Online seit 08.12.2010, 14:05 Uhr | Letzte Aktualisierung: 09.12.2010"
    found = meta_of(f"<h1>Titel</h1>{STORY}<div class='info'>{line}</div>")
    assert found.published == dt.datetime(2010, 12, 8, 14, 5)
    assert found.modified == dt.date(2010, 12, 9)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("5η Μαρτίου 2024", dt.date(2024, 3, 5)),  # Greek: the day's ordinal
        ("1ης Μαρτίου 2024", dt.date(2024, 3, 1)),
        ("1er janvier 2024", dt.date(2024, 1, 1)),
        ("1re édition, 1er mars 2024", dt.date(2024, 3, 1)),
        ("1.º de enero de 2024", dt.date(2024, 1, 1)),
        ("1ro de enero de 2024", dt.date(2024, 1, 1)),
        ("1ª de maio de 2024", dt.date(2024, 5, 1)),
        ("1º gennaio 2024", dt.date(2024, 1, 1)),
        ("March 5th, 2024", dt.date(2024, 3, 5)),
    ],
)
def test_a_day_printed_as_an_ordinal_in_any_language(printed: str, expected: dt.date) -> None:
    written = date_in(printed)
    assert written is not None and parse_date(written) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("3월 5일, 2024", dt.date(2024, 3, 5)),  # Korean: month and day, a comma, the year
        ("3월 5일, 2024 오후 3:05", dt.datetime(2024, 3, 5, 15, 5)),
        ("3月5日, 2024", dt.date(2024, 3, 5)),
        ("3월 5일(화), 2024", dt.date(2024, 3, 5)),
        ("2024년 3월 5일 (화) 오후 3:05", dt.datetime(2024, 3, 5, 15, 5)),
        ("2024년 3월 5일 화요일 오후 3:05", dt.datetime(2024, 3, 5, 15, 5)),
        ("2024. 3. 5. 오후 3:05", dt.datetime(2024, 3, 5, 15, 5)),
    ],
)
def test_korean_dates(printed: str, expected: dt.datetime | dt.date) -> None:
    assert date_in(printed) is not None
    assert parse_date(printed) == expected


def test_a_cjk_month_and_day_with_the_year_after_needs_the_comma() -> None:
    assert parse_date("12月6日 2023") is None  # (see test_html_dates_calendars)
    assert parse_date("13월 5일, 2024") is None  # no 13th month


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("el", "<h1>Τίτλος του άρθρου</h1><div>5η Μαρτίου 2024</div>", dt.date(2024, 3, 5)),
        ("ko", "<h1>기사 제목입니다</h1><div>3월 5일, 2024</div>", dt.date(2024, 3, 5)),
        (
            "fr",
            "<h1>Le titre de l'article</h1><div>Publié le 1er mars 2024 à 14h05</div>",
            dt.datetime(2024, 3, 1, 14, 5),
        ),
    ],
)
def test_a_page_prints_an_ordinal_day_or_a_korean_date_by_its_headline(
    lang: str, body: str, expected: dt.datetime | dt.date
) -> None:
    assert meta_of(body + STORY, lang=lang).published == expected


def test_a_byline_ends_at_an_ordinal_day() -> None:
    assert [p.name for p in split_byline("Par Jean Dupont le 1er janvier 2024")[0]] == [
        "Jean Dupont"
    ]
    assert [p.name for p in split_byline("Por Juan Pérez el 1.º de enero de 2024")[0]] == [
        "Juan Pérez"
    ]

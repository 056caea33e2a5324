"""Dates printed only in the text or the URL, in forms the other tests do not cover (issue 18).

A paragraph that opens with its date in brackets ("(08.12.2010) Die Firma ...", a place
before it too), as a dateline's date before a dash is read; a URL whose year and month are
parts of their own before a page's name that opens with the same date written short
("/2015/08/150803-title").
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

from newsdoc.readers.html.metadata.fields.dates import date_from_url


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("de", "(08.12.2010) Die Firma hat heute in Berlin eine neue Filiale eröffnet, sagte sie."),
        ("de", "(Berlin, 8. Dezember 2010) Die Firma hat heute eine neue Filiale eröffnet."),
        ("fr", "(Paris, 8 décembre 2010) L'entreprise a ouvert une nouvelle succursale hier."),
        ("en", "(Dec. 8, 2010) The company opened a new branch in Berlin on Wednesday, it said."),
    ],
)
def test_a_paragraph_that_opens_with_its_date_in_brackets(lang: str, opening: str) -> None:
    page = f"<main><h1>Neue Filiale eröffnet</h1><p>{opening}</p>{STORY}</main>"
    assert meta_of(page, lang=lang).published == dt.date(2010, 12, 8)


def test_a_bracket_that_is_no_date_gives_none() -> None:
    page = (
        "<main><h1>Neue Filiale eröffnet</h1><p>(Foto: dpa, 2010) Die Firma hat heute eine"
        f" neue Filiale eröffnet.</p>{STORY}</main>"
    )
    assert meta_of(page).published is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.com/energy/2015/08/150803-gender-bias/", dt.date(2015, 8, 3)),
        ("https://example.org/2010/12/101208-filiale.html", dt.date(2010, 12, 8)),
        # the short date must repeat the year's and the month's digits
        ("https://example.org/2015/08/150903-title", None),
        ("https://example.org/2015/08/160803-title", None),
        ("https://example.org/2015/08/15080312-title", None),
    ],
)
def test_a_urls_year_and_month_then_the_date_short(url: str, day: dt.date | None) -> None:
    assert date_from_url(url) == day


def test_the_urls_short_date_is_the_pages_when_it_prints_none() -> None:
    page = f"<main><h1>Neue Filiale eröffnet</h1>{STORY}</main>"
    url = "https://example.org/2010/12/101208-filiale.html"
    assert meta_of(page, url=url).published == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "<p><span title='08.12.2010 14:05'>vor 3 Stunden</span></p>"),
        ("fr", "<p>Publié <span title='8 décembre 2010 à 14h05'>il y a 3 heures</span></p>"),
        ("en", "<p><a href='/p/5' title='December 8, 2010 at 2:05 pm'>3h</a></p>"),
        ("ja", "<p><span title='2010年12月8日 14:05'>3時間前</span></p>"),
    ],
)
def test_a_relative_time_shown_with_the_whole_date_as_its_title(lang: str, line: str) -> None:
    page = f"<main><h1>Neue Filiale eröffnet</h1>{line}{STORY}</main>"
    published = meta_of(page, lang=lang).published
    assert isinstance(published, dt.datetime)
    assert published.date() == dt.date(2010, 12, 8)


def test_a_title_that_is_no_date_or_a_long_texts_gives_none() -> None:
    page = (
        "<main><h1>Neue Filiale eröffnet</h1><p><span title='Ausgabe 2010'>vor 3 Stunden</span>"
        "</p><p><a href='/x' title='08.12.2010'>Ein langer Link auf einen anderen Artikel der"
        f" Seite</a></p>{STORY}</main>"
    )
    assert meta_of(page).published is None


def test_a_line_far_below_that_says_the_article_appeared_on_a_day() -> None:
    long = "".join(f"<p>Absatz {i} eines langen Textes, mit Komma.</p>" for i in range(450))
    page = (
        f"<main><h1>Neue Filiale eröffnet</h1>{long}<p><em>Dieser Artikel erschien am"
        " 8. Dezember 2010 in der Printausgabe.</em></p></main>"
    )
    assert meta_of(page).published == dt.date(2010, 12, 8)


def test_a_calendars_days_with_their_dates_as_titles_give_none() -> None:
    days = "".join(
        f"<td><a href='/2010/12/{day:02d}/' title='{day}. Dezember 2010'>{day}</a></td>"
        for day in range(1, 8)
    )
    page = f"<main><h1>Über uns</h1>{STORY}<table><tr>{days}</tr></table></main>"
    assert meta_of(page).published is None

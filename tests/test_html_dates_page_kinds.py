"""Dates of pages that are no news: event pages, job ads, shops, wikis; and dates written
year first in the languages that print them so.

An event's day, a deadline, a job's start, a product's delivery or release date and a
customer review's date are not the page's publication: no date is better than one of
them.  A wiki's only date is its footer's last edit: the day the revision shown was
published, as htmldate and the Readability corpus take it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

HEADER = (
    "<header class='site-header'><div class='logo'>Kulturverein Musterstadt e.V.</div>"
    "<nav><a href='/'>Start</a> <a href='/termine'>Termine</a> <a href='/kontakt'>Kontakt</a>"
    "</nav></header>"
)
FOOTER = "<footer class='site-footer'><p>© 2019 Kulturverein Musterstadt e.V.</p></footer>"


def site_page(main: str) -> str:
    return f"{HEADER}<main>{main}</main>{FOOTER}"


@pytest.mark.parametrize(
    "details",
    [
        # an event box under the headline: its day, its hours, its place
        "<div class='event-details'><p>Datum: Samstag, 15. Juni 2019</p>"
        "<p>Beginn: 19:30 Uhr</p><p>Ort: Stadtpark</p></div>",
        # WordPress's The Events Calendar
        "<div class='tribe-events-schedule'><h2>15. Juni 2019 @ 19:30 - 22:00</h2></div>",
        # hCalendar
        "<div class='vevent'><p class='dtstart'>15.06.2019</p></div>",
        # a period printed alone
        "<p>15.–16. Juni 2019</p>",
        "<p>15.06.2019 - 16.06.2019</p>",
    ],
)
def test_an_events_day_is_not_the_pages_date(details: str) -> None:
    page = site_page(f"<h1>Sommerkonzert im Stadtpark</h1>{details}{STORY}")
    assert meta_of(page).published is None


def test_an_event_page_that_says_when_it_was_published_has_that_date() -> None:
    page = site_page(
        "<h1>Sommerkonzert im Stadtpark</h1><div class='event-meta'><p>15.06.2019, 19:30 Uhr"
        f"</p></div>{STORY}<p class='small'>Veröffentlicht am 02.05.2019</p>"
    )
    assert meta_of(page).published == dt.date(2019, 5, 2)


@pytest.mark.parametrize(
    "facts",
    [
        "<p>Eintrittstermin: ab 01.05.2019</p><p>Bewerbungsschluss: 31.03.2019</p>",
        "<ul class='job-facts'><li>Vollzeit</li><li>Starttermin: 01.05.2019</li></ul>",
        "<dl><dt>Bewerbungsfrist</dt><dd>31.03.2019</dd></dl>",
    ],
)
def test_a_job_ads_start_and_deadline_are_not_its_date(facts: str) -> None:
    page = site_page(f"<h1>Sachbearbeiter (m/w/d) Buchhaltung</h1>{facts}{STORY}")
    assert meta_of(page).published is None


def test_a_job_ad_online_since_a_day_has_that_date() -> None:
    page = site_page(
        "<h1>Sachbearbeiter (m/w/d) Buchhaltung</h1><ul class='job-facts'><li>Vollzeit</li>"
        "<li>Eintrittsdatum: 01.05.2019</li><li>Online seit: 12.03.2019</li></ul>"
        f"{STORY}"
    )
    assert meta_of(page).published == dt.date(2019, 3, 12)


def test_a_shops_delivery_day_and_its_customers_reviews_are_not_its_date() -> None:
    page = site_page(
        "<h1>Kaffeemaschine Deluxe 3000</h1><p class='price'>199,00 €</p>"
        f"<p>Lieferbar ab 12.03.2019</p>{STORY}"
        "<div class='reviews'><h2>Kundenbewertungen</h2><div class='review'>"
        "<p>Super Maschine!</p><p>Hans am 14.03.2019</p></div></div>"
    )
    assert meta_of(page).published is None


def test_a_product_reviews_date_is_not_the_products_release() -> None:
    page = site_page(
        "<h1>Test: Kaffeemaschine Deluxe 3000</h1>"
        "<table class='specs'><tr><td>Erscheinungsdatum: 01.02.2019</td></tr></table>"
        f"<p class='meta'>Von Max Muster, 12.03.2019</p>{STORY}"
    )
    assert meta_of(page).published == dt.date(2019, 3, 12)


def test_a_release_date_among_a_songs_facts_is_not_the_pages() -> None:
    page = site_page(
        "<h1>Purple Rain</h1><div class='metadata_unit'><span class='label'>Release Date"
        f"</span> <span class='info'>June 25, 1984</span></div>{STORY}"
    )
    assert meta_of(page, lang="en").published is None


WIKI_FOOTERS = {
    "de": "Diese Seite wurde zuletzt am 3. März 2019 um 10:12 Uhr bearbeitet.",
    "fr": "La dernière modification de cette page a été faite le 3 mars 2019 à 10:12.",
    "es": "Esta página se editó por última vez el 3 mar 2019 a las 10:12.",
    "nl": "Deze pagina is voor het laatst bewerkt op 3 mrt 2019 om 10:12.",
    "pl": "Tę stronę ostatnio edytowano 3 mar 2019, 10:12.",
    "ru": "Эта страница в последний раз была отредактирована 3 марта 2019 в 10:12.",
    "id": "Halaman ini terakhir diubah pada 3 Maret 2019, pukul 10.12.",
    "zh": "本页面最后修订于2019年3月3日 (星期日) 10:12。",
    "ko": "이 문서는 2019년 3월 3일 (일) 10:12에 마지막으로 편집되었습니다.",
}


@pytest.mark.parametrize("lang", sorted(WIKI_FOOTERS))
def test_a_wikis_last_edit_in_its_footer_is_its_date(lang: str) -> None:
    # MediaWiki: the article prints no date; its infobox and text name other days
    page = (
        "<div id='mw-head'><a href='/'>Hauptseite</a></div><div id='content'>"
        "<h1 id='firstHeading'>Stadtpark</h1><div id='bodyContent'>"
        "<table class='infobox'><tr><td>Eröffnung</td><td>3. Mai 1890</td></tr></table>"
        f"{STORY}</div></div><div id='footer'><ul id='footer-info'>"
        f"<li id='footer-info-lastmod'> {WIKI_FOOTERS[lang]}</li>"
        "<li id='footer-info-copyright'>Text unter CC BY-SA 4.0</li></ul></div>"
    )
    meta = meta_of(page, lang=lang)
    assert meta.modified is not None
    assert meta.published is not None
    day = meta.published.date() if isinstance(meta.published, dt.datetime) else meta.published
    assert day == dt.date(2019, 3, 3)


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        ("si", "2019 මාර්තු 12 10:12", dt.date(2019, 3, 12)),
        ("si", "යාවත්කාලීන කළේ: 2019 ජූනි 03", dt.date(2019, 6, 3)),
        ("kk", "2019 жылғы 12 наурыз, 10:12", dt.date(2019, 3, 12)),
        ("kk", "2019 ж. 12 наурыз", dt.date(2019, 3, 12)),
    ],
)
def test_a_date_printed_year_first_without_a_mark(lang: str, line: str, day: dt.date) -> None:
    page = (
        "<header class='site-header'><nav><a href='/'>1</a> <a href='/a'>2</a> "
        "<a href='/b'>3</a></nav></header><main><article><h1>Headline of the article</h1>"
        f"<p>{line}</p>{STORY}</article></main>"
        "<footer class='site-footer'><p>© 2024</p></footer>"
    )
    published = meta_of(page, lang=lang).published
    assert published is not None
    assert (published.date() if isinstance(published, dt.datetime) else published) == day


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Sommerkonzert am 15.06.2019 | Kulturverein Musterstadt", None),
        ("Concert on June 15, 2019 - Example Hall", None),
        # a title's part of its own is the page's day (a news site's)
        ("Stadtrat beschließt Haushalt - 12.03.2019 - Musterstädter Zeitung", dt.date(2019, 3, 12)),
    ],
)
def test_the_day_a_title_says_something_happens_on_is_no_date(
    title: str, day: dt.date | None
) -> None:
    page = site_page(f"<h1>{title.split(' | ')[0].split(' - ')[0]}</h1>{STORY}")
    assert meta_of(page, head=f"<title>{title}</title>").published == day

"""An event's day in its own box, or named so, is not the page's publication; a press release's
place is no event's (issue 18).

An event page's box (``<article class='event'>``, ``<body id='event'>``, WordPress's
"tribe-events-single") holds its headline and prints the event's day under it, as a news page
prints its own date: on a page that shows another sign of an event (its facts' labels, its
hours), that day is the event's.  A date whose class names an event ("event-date") is the
event's too, wherever it is.  A press release prints its place beside its date ("Ort: Berlin,
Datum: 8.12.2010"): on a page that says it is one, that date is the publication's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

HEADER = (
    "<header class='site-header'><div class='logo'>Stadtkultur</div>"
    "<nav><a href='/'>Start</a> <a href='/a'>Programm</a> <a href='/b'>Kontakt</a></nav></header>"
)


def page(main: str) -> str:
    return f"{HEADER}<main>{main}</main>"


def day_of(when: dt.date | None) -> dt.date | None:
    return when.date() if isinstance(when, dt.datetime) else when


# --- an event's day in the event's box that holds the headline --------------------------------


@pytest.mark.parametrize(
    ("lang", "box", "line", "sign"),
    [
        # the event's box around the headline; its facts' labels further down
        ("de", "<article class='event'>", "<p>15.06.2019, 19:30 Uhr</p>",
         "<p>Eintritt: 10 Euro</p>"),
        ("en", "<div class='tribe-events-single'>", "<p>June 15, 2019</p>",
         "<p>Venue: The Old Library</p>"),
        # a box named so in German, the event's hours further down
        ("de", "<div id='veranstaltung'>", "<div><span>Samstag, 15. Juni 2019</span></div>",
         "<p>Einlass 19:00 - 23:00</p>"),
        ("fr", "<section class='evenement-detail'>", "<p>15/06/2019</p>",
         "<p>Lieu : Médiathèque</p>"),
        # a box named in camelCase
        ("en", "<div class='singleEventPage'>", "<p>June 15, 2019</p>",
         "<p>Venue: The Old Library</p>"),
    ],
)  # fmt: skip
def test_an_events_day_in_its_box_around_the_headline_is_not_the_pages(
    lang: str, box: str, line: str, sign: str
) -> None:
    tag = box[1 : box.index(" ")]
    body = page(f"{box}<h1>Sommerkonzert im Park</h1>{line}{STORY}{sign}</{tag}>")
    assert meta_of(body, lang=lang).published is None


def test_an_events_day_printed_with_its_hours_full_width_is_no_publication() -> None:
    # a Japanese event's table of facts: its day and its hours, "13：00－16：40"
    facts = (
        "<table><tr><td>■ 日　時：</td><td><p>2019年3月6日（水）13：00－16：40</p></td></tr>"
        "<tr><td>■ 場　所：</td><td>会議室</td></tr></table>"
    )
    body = f"<div id='main'><h1>セミナーのご案内</h1>{facts}{STORY}</div>"
    assert meta_of(body, lang="ja").published is None


@pytest.mark.parametrize(
    ("box", "line", "day"),
    [
        # a blog's post filed under events: a taxonomy's class, not an event's box
        ("<article class='post category-events tag-konzert'>", "<p>15.06.2019</p>",
         dt.date(2019, 6, 15)),
        # the event's page says when it was published
        ("<article class='event'>", "<p>Veröffentlicht am 02.05.2019</p><p>15.06.2019</p>",
         dt.date(2019, 5, 2)),
        ("<article class='event'>", "<time pubdate datetime='2019-05-02'>02.05.2019</time>",
         dt.date(2019, 5, 2)),
    ],
)  # fmt: skip
def test_a_date_in_a_box_that_is_no_events_or_that_says_whose_it_is_is_read(
    box: str, line: str, day: dt.date
) -> None:
    body = page(
        f"{box}<h1>Sommerkonzert im Park</h1>{line}{STORY}<p>Eintritt: 10 Euro</p></article>"
    )
    assert day_of(meta_of(body).published) == day


def test_an_events_box_alone_is_no_sign_of_an_event() -> None:
    # without its facts or its hours, a box named for an event may be a site's layout's
    text = f"<h1>Stadtrat beschließt Haushalt</h1><p>15.06.2019</p>{STORY}"
    body = page(f"<article class='event'>{text}</article>")
    assert meta_of(body).published == dt.date(2019, 6, 15)


# --- a date named as an event's -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "<p class='event-date'>15.06.2019</p>",
        "<p class='event_date'>Samstag, 15. Juni 2019</p>",
        "<time class='event-date' datetime='2019-06-15'>15.06.2019</time>",
        "<div class='tribe-events-schedule'>"
        "<span class='tribe-event-date-start'>15. Juni 2019 um 19:30</span></div>",
        # camelCase names are words at their humps as others are at their dashes
        "<p class='eventDate'>15.06.2019</p>",
        "<time class='eventStartDate' datetime='2019-06-15'>15.06.2019</time>",
        "<span id='EventDate' class='date'>Samstag, 15. Juni 2019</span>",
    ],
)
def test_a_date_whose_class_names_an_event_is_the_events(line: str) -> None:
    assert meta_of(page(f"<h1>Sommerkonzert</h1>{line}{STORY}")).published is None


def test_a_date_named_as_an_events_far_down_is_no_last_resort() -> None:
    body = page(f"<h1>Sommerkonzert</h1>{STORY * 30}<div class='event-date'>15.06.2019</div>")
    assert meta_of(body).published is None


def test_the_pages_date_beside_an_events_date_is_read() -> None:
    line = "<p class='date'>02.05.2019</p><p class='event-date'>15.06.2019</p>"
    assert meta_of(page(f"<h1>Sommerkonzert</h1>{line}{STORY}")).published == dt.date(2019, 5, 2)


# --- a press release's place beside its date ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "box", "headline", "facts"),
    [
        # the press release's name in its headline, in a line above it, in its box's class
        ("de", "content", "<h1>Pressemitteilung: Neue Studie zu Mieten</h1>",
         "<p>Ort: Berlin</p><p>Datum: 08.12.2010</p>"),
        ("de", "content",
         "<p class='kicker'>Pressemitteilung Nr. 123</p><h1>Neue Studie zu Mieten</h1>",
         "<div><span>Ort: Berlin</span> | <span>Datum: 08.12.2010</span></div>"),
        ("de", "node-press-release", "<h1>Neue Studie zu Mieten</h1>",
         "<p><b>Ort:</b> Berlin, <b>Datum:</b> 8.12.2010</p>"),
        ("en", "content", "<h1>Press release: New study on rents</h1>",
         "<dl><dt>Date</dt><dd>December 8, 2010</dd><dt>Location</dt><dd>London</dd></dl>"),
        ("es", "content", "<h1>Nota de prensa: Nuevo estudio</h1>",
         "<p>Fecha: 8 de diciembre de 2010</p><p>Lugar: Madrid</p>"),
    ],
)  # fmt: skip
def test_a_press_releases_date_beside_its_place_is_the_pages(
    lang: str, box: str, headline: str, facts: str
) -> None:
    body = page(f"<div class='{box}'>{headline}{facts}{STORY}</div>")
    assert meta_of(body, lang=lang).published == dt.date(2010, 12, 8)


def test_a_press_release_in_its_title_keeps_its_date() -> None:
    head = "<title>Pressemitteilung: Neue Studie zu Mieten</title>"
    body = page(f"<h1>Neue Studie zu Mieten</h1><p>Datum: 08.12.2010</p><p>Ort: Berlin</p>{STORY}")
    assert meta_of(body, head=head).published == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    "facts",
    [
        # an event's place and day, in one line or two
        "<p>Ort: Stadtpark, Datum: 15.06.2019</p>",
        "<p><b>Datum:</b> 15.06.2019, <b>Ort:</b> Stadtpark</p>",
        "<p>Datum: 15.06.2019</p><p>Ort: Stadtpark</p>",
    ],
)
def test_an_events_place_and_day_give_no_date(facts: str) -> None:
    assert meta_of(page(f"<h1>Sommerkonzert</h1>{facts}{STORY}")).published is None


def test_a_press_release_about_an_event_keeps_the_events_other_facts() -> None:
    # its place is a press release's, its tickets are the event's
    facts = "<p>Datum: 15.06.2019</p><p>Ort: Stadtpark</p><p>Eintritt: 10 Euro</p>"
    body = page(f"<h1>Pressemitteilung: Sommerkonzert im Stadtpark</h1>{facts}{STORY}")
    assert meta_of(body).published is None

"""An event's day printed without a label is not the page's publication (issue 18).

An event page (a concert, a reading, a fair, a call for papers) prints the event's day
right under its headline, as a news page prints its own date there.  What tells them apart
is printed beside the day: the event's hours as a period ("19:30 - 22:00", "7:30 PM - 9:30
PM", "de 20h à 23h"), its facts' labels in the lines beside it ("Ort:", "Venue:", "Lieu :",
"<dt>Wo</dt>"), a label ending in a deadline's word ("Submission deadline:"), or a list of
dated items (a programme).  No date is better than the event's; a news page's date under
its headline, with its time, is still read.
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


@pytest.mark.parametrize(
    ("lang", "headline", "details"),
    [
        # the event's hours as a period, beside its day
        ("en", "An Evening of Chamber Music",
         "<p>Saturday, June 15, 2019 · 7:30 PM – 9:30 PM</p>"),
        ("en", "Spring Career Fair", "<p>June 15, 2019 | 10am - 4pm</p>"),
        ("fr", "Concert de jazz au parc", "<p>Samedi 15 juin 2019 de 20h à 23h</p>"),
        ("de", "Lesung im Stadtpark", "<p>Samstag, 15. Juni 2019, 19 bis 22 Uhr</p>"),
        # the event's facts in the lines beside its day
        ("en", "Book launch",
         "<p>Saturday 15 June 2019</p><p>Venue: The Old Library</p><p>Tickets: £5</p>"),
        ("es", "Concierto de jazz en el parque",
         "<p>Sábado 15 de junio de 2019, 20:00 h</p><p>Lugar: Parque municipal</p>"),
        ("de", "Lesung: Neue Gedichte",
         "<dl><dt>Wann</dt><dd>15.06.2019, 19:30 Uhr</dd><dt>Wo</dt><dd>Stadtbibliothek</dd></dl>"),
        ("fr", "Atelier d'écriture",
         "<div><span>15/06/2019</span></div><div>Lieu : Médiathèque</div>"),
        # a deadline's label of several words
        ("en", "Call for Papers: Workshop on Parsing",
         "<p>Submission deadline: June 15, 2019</p>"),
        # a programme: a list of dated items
        ("de", "Veranstaltungen im Juni",
         "<ul><li>15.06.2019 Lesung</li><li>22.06.2019 Konzert</li><li>29.06.2019 Markt</li></ul>"),
    ],
)  # fmt: skip
def test_an_events_day_printed_without_a_label_is_not_the_pages_date(
    lang: str, headline: str, details: str
) -> None:
    assert meta_of(page(f"<h1>{headline}</h1>{details}{STORY}"), lang=lang).published is None


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        ("de", "<p>Samstag, 15. Juni 2019, 14:32 Uhr</p>", dt.date(2019, 6, 15)),
        ("de", "<p>15.06.2019</p><p>Von Anna Meier</p>", dt.date(2019, 6, 15)),
        ("en", "<p>June 15, 2019 7:30 PM</p>", dt.date(2019, 6, 15)),
        ("en", "<p>Saturday, June 15, 2019</p><p>Time to read: 4 min</p>", dt.date(2019, 6, 15)),
        ("fr", "<p>Samedi 15 juin 2019 à 20h30</p>", dt.date(2019, 6, 15)),
        ("es", "<p>Sábado 15 de junio de 2019</p><p>Hora: 03:45 PM</p>", dt.date(2019, 6, 15)),
        # a news page's meta list: one date among its author and its comments
        ("en", "<ul class='meta'><li>By Ann Roe</li><li>June 15, 2019</li><li>3 comments</li></ul>",
         dt.date(2019, 6, 15)),
    ],
)  # fmt: skip
def test_a_news_pages_unlabelled_date_under_its_headline_is_still_read(
    lang: str, line: str, day: dt.date
) -> None:
    published = meta_of(page(f"<h1>Stadtrat beschließt Haushalt</h1>{line}{STORY}"), lang=lang)
    assert published.published is not None
    when = published.published
    assert (when.date() if isinstance(when, dt.datetime) else when) == day


def test_an_event_page_that_says_when_it_was_published_keeps_that_date() -> None:
    body = page(
        "<h1>Sommerkonzert</h1><p>Published on June 2, 2019</p>"
        f"<p>Saturday, June 15, 2019</p><p>Venue: City Park</p>{STORY}"
    )
    assert meta_of(body, lang="en").published == dt.date(2019, 6, 2)


@pytest.mark.parametrize(
    ("lang", "facts"),
    [
        # a label that says only that a date follows, beside the event's place
        ("de", "<p>Datum: Samstag, 15. Juni 2019</p><p>Beginn: 19:30 Uhr</p><p>Ort: Stadtpark</p>"),
        ("de", "<p><b>Datum:</b> 15.06.2019</p><p><b>Ort:</b> Stadtpark</p>"),
        ("es", "<p>Fecha: 15 de junio de 2019</p><p>Lugar: Parque municipal</p>"),
        # a table of the event's facts, each row a label and its value
        ("en", "<table><tr><th>Date</th><td>June 15, 2019</td></tr>"
         "<tr><th>Venue</th><td>City Hall</td></tr></table>"),
    ],
)  # fmt: skip
def test_a_date_labelled_only_as_one_beside_an_events_facts_is_the_events(
    lang: str, facts: str
) -> None:
    assert meta_of(page(f"<h1>Sommerkonzert</h1>{facts}{STORY}"), lang=lang).published is None


@pytest.mark.parametrize(
    ("facts", "day"),
    [
        # a news page's date label beside its author
        ("<p>Datum: 15.06.2019</p><p>Autor: Max Muster</p>", dt.date(2019, 6, 15)),
        # a job ad's publication beside its place: the publication's words say whose it is
        ("<p>Veröffentlicht am 15.06.2019</p><p>Ort: München</p>", dt.date(2019, 6, 15)),
        # a product test's facts: a price or an address is no event's
        ("<p>15.06.2019</p><p>Preis: 299 Euro</p><p>Adresse: Markt 1</p>", dt.date(2019, 6, 15)),
    ],
)
def test_a_date_that_says_whose_it_is_or_stands_beside_no_event_is_read(
    facts: str, day: dt.date
) -> None:
    assert meta_of(page(f"<h1>Sachbearbeiter (m/w/d)</h1>{facts}{STORY}")).published == day


def _items(shape: str) -> str:
    return "".join(shape.format(i=i) for i in range(1, 6))


@pytest.mark.parametrize(
    "latest",
    [
        _items("<div class='item'><span>0{i}.12.2010</span> <a href='/n{i}'>Meldung {i}</a></div>"),
        _items("<p><b>0{i}.12.2010</b> <a href='/n{i}'>Andere Meldung Nummer {i}</a></p>"),
        "<table>" + _items("<tr><td>0{i}.12.2010</td><td>Termin {i}</td></tr>") + "</table>",
    ],
)
def test_a_site_s_latest_news_under_a_page_that_prints_no_date_give_it_none(latest: str) -> None:
    body = page(f"<h1>Über uns</h1>{STORY}<h3>Aktuelles</h3>{latest}")
    assert meta_of(body).published is None


def test_a_pages_date_above_a_chronicle_of_years_is_read() -> None:
    chronicle = "<p>2009: Gründung in Berlin</p><p>2010: Neue Filiale</p><p>2011: Börsengang</p>"
    body = page(f"<h1>Chronik der Firma</h1><p>08.12.2010</p>{chronicle}{STORY}")
    assert meta_of(body).published == dt.date(2010, 12, 8)


def test_a_threads_short_replies_are_no_list_of_dated_items() -> None:
    posts = "".join(
        f"<div class='msg'><span>{8 + i:02d}.12.2010 14:05</span> <a href='/t/{i}'>user{i}</a>"
        f"<div>{'Danke!' if i else 'Ich habe eine Frage zu Python.'}</div></div>"
        for i in range(4)
    )
    published = meta_of(f"<div><h1>Frage zu Python</h1>{posts}</div>").published
    assert isinstance(published, dt.datetime)
    assert published.date() == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    ("lang", "headline", "line", "sign"),
    [
        # another sign that the page is an event's, far from the day: its facts' labels,
        # its hours, a box named for an event
        ("de", "Jazzkonzert am 15. Juni 2019", "<p>Samstag, 15. Juni 2019, 20 Uhr</p>",
         "<p>Eintritt: 10 Euro</p>"),
        ("en", "Book launch on June 15, 2019", "<p>June 15, 2019</p>",
         "<p>Doors open 7 pm - 10 pm</p>"),
        ("fr", "Concert de jazz le 15 juin 2019", "<p>15/06/2019</p>", "evenement"),
    ],
)  # fmt: skip
def test_the_day_a_headline_says_something_happens_on_is_not_the_pages(
    lang: str, headline: str, line: str, sign: str
) -> None:
    text = f"<h1>{headline}</h1>{line}{STORY}"
    body = page(f"{text}{sign}" if sign.startswith("<") else f"<div class='{sign}'>{text}</div>")
    assert meta_of(body, lang=lang).published is None


@pytest.mark.parametrize(
    ("lang", "headline", "line", "day"),
    [
        ("en", "Storm hits coast on June 5, 2023", "<p class='meta'>June 5, 2023</p>",
         dt.date(2023, 6, 5)),
        ("de", "Sturm trifft die Küste am 5. Juni 2023", "<p class='meta'>05.06.2023</p>",
         dt.date(2023, 6, 5)),
        ("fr", "La tempête frappe la côte le 5 juin 2023", "<p class='meta'>05/06/2023</p>",
         dt.date(2023, 6, 5)),
    ],
)  # fmt: skip
def test_a_news_headline_that_names_its_day_keeps_the_pages_date(
    lang: str, headline: str, line: str, day: dt.date
) -> None:
    # a news page reports on the day it is published: without another sign of an event
    # (its facts' labels, its hours), the day printed under the headline is the page's
    body = page(f"<h1>{headline}</h1>{line}{STORY}")
    assert meta_of(body, lang=lang).published == day


@pytest.mark.parametrize(
    ("lang", "kicker"),
    [
        # an event's label in another language (Portuguese "local"), or one without its colon
        ("en", "<a class='kicker' href='/local'>Local</a>"),
        ("pt", "<a class='kicker' href='/local'>Local</a>"),
        ("de", "<a class='kicker' href='/tickets'>Tickets</a>"),
        ("es", "<span class='kicker'>Entradas</span>"),
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_a_kicker_that_is_an_events_label_alone_is_no_events_fact(
    lang: str, kicker: str, above: bool
) -> None:
    line = f"<div>{kicker}<span>June 5, 2023</span></div>"
    headline = "<h1>City council passes the budget</h1>"
    body = page(f"{line}{headline}{STORY}" if above else f"{headline}{line}{STORY}")
    assert meta_of(body, lang=lang).published == dt.date(2023, 6, 5)


@pytest.mark.parametrize(
    ("headline", "line", "day"),
    [
        # announced on another day
        ("Jazzkonzert am 15. Juni 2019", "<p>02.05.2019</p>", dt.date(2019, 5, 2)),
        # a day the headline names without an event's word ("vom": a report of that day)
        ("Bilanz vom 15. Juni 2019", "<p>15.06.2019</p>", dt.date(2019, 6, 15)),
    ],
)
def test_a_headlines_day_does_not_take_another_date(headline: str, line: str, day: dt.date) -> None:
    assert meta_of(page(f"<h1>{headline}</h1>{line}{STORY}")).published == day

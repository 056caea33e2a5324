"""Bylines printed beside a date without an opener word, the site's name beside the
author's, and the spacing of a byline read from several elements.

German pages (blogs, local papers, associations) often print their author next to the
date, parted by a bullet, a bar or a dash, with no "Von" before the name; a site's name
may follow the author's; a byline's parts may sit in elements of their own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

HEADER = (
    "<header class='site-header'><div class='logo'>Beispiel-Zeitung</div>"
    "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a> <a href='/sport'>Sport</a></nav>"
    "<span class='today'>Montag, 7. Dezember 2026</span></header>"
)
SIDEBAR = (
    "<aside class='sidebar'><h3>Meistgelesen</h3><ul>"
    "<li><a href='/a'>Anderer Artikel</a> <span class='date'>01.02.2019</span> · Hans Meier</li>"
    "<li><a href='/b'>Noch ein Artikel</a> <span class='date'>02.02.2019</span></li></ul></aside>"
)
COMMENTS = (
    "<section class='comments'><h2>3 Kommentare</h2>"
    "<div class='comment'><p>Peter Schmidt | 09.12.2010</p><p>Sehr gut geschrieben.</p></div>"
    "</section>"
)
FOOTER = "<footer class='site-footer'><p>© 2026 Beispiel-Zeitung GmbH</p></footer>"


def page(meta_line: str) -> str:
    """A local paper's article: the site's header with today's date, the headline, a line
    of the date and the author, the text, comments, a sidebar and the site's footer."""
    return (
        f"{HEADER}<main><article><h1>Stadtrat beschließt neuen Haushalt</h1>{meta_line}"
        f"{STORY}{COMMENTS}</article>{SIDEBAR}</main>{FOOTER}"
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("<p class='meta'>08.12.2010 · Max Muster</p>", dt.date(2010, 12, 8)),
        ("<p class='meta'>Max Muster | 08.12.2010</p>", dt.date(2010, 12, 8)),
        ("<div class='info'>12. März 2019 – Anna Beispiel</div>", dt.date(2019, 3, 12)),
        ("<p class='meta'>Max Muster, 08.12.2010 - 14:05</p>", dt.datetime(2010, 12, 8, 14, 5)),
        (
            "<p class='meta'><time datetime='2010-12-08'>08.12.2010</time> · "
            "<span>Max Muster</span></p>",
            dt.date(2010, 12, 8),
        ),
        (
            "<div class='post-meta'><span>Anna Beispiel</span> | "
            "<span class='date'>12.03.2019</span> | <span>3 Kommentare</span></div>",
            dt.date(2019, 3, 12),
        ),
    ],
)
def test_a_name_printed_beside_the_date_without_an_opener_is_the_byline(
    line: str, day: dt.date | dt.datetime
) -> None:
    meta = meta_of(page(line))
    assert meta.published == day
    assert meta.byline is not None
    names = [person.name for person in meta.byline.authors]
    assert names in (["Max Muster"], ["Anna Beispiel"])


@pytest.mark.parametrize(
    "line",
    [
        "<p class='meta'>08.12.2010 | Neue Welt</p>",
        "<p class='meta'>12. März 2019 – Bad Homburg</p>",
        "<p class='meta'>08.12.2010 · Frankfurter Allgemeine</p>",
        "<p class='meta'>Berlin, 08.12.2010</p>",
    ],
)
def test_a_place_a_section_or_an_outlet_beside_the_date_is_no_byline(line: str) -> None:
    meta = meta_of(page(line))
    assert meta.published is not None
    assert meta.byline is None or not meta.byline.authors


def test_a_comments_name_beside_its_date_is_no_byline() -> None:
    meta = meta_of(page("<p class='meta'>08.12.2010</p>"))
    assert meta.published == dt.date(2010, 12, 8)
    assert meta.byline is None


@pytest.mark.parametrize("between", ["|", ",", "und"])
def test_the_sites_name_beside_a_declared_author_is_no_person(between: str) -> None:
    head = f"<meta name='author' content='Max Muster {between} Beispiel'>"
    meta = meta_of(page(""), head=head, url="https://www.beispiel.de/lokales/haushalt-123.html")
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == ["Max Muster"]


def test_a_person_of_the_sites_name_alone_stays_the_author() -> None:
    # a personal blog on its owner's domain: the one name is the author's
    head = "<meta name='author' content='Anna Beispiel'>"
    meta = meta_of(page(""), head=head, url="https://www.anna-beispiel.de/blog/eintrag.html")
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == ["Anna Beispiel"]


def test_a_byline_read_from_several_elements_prints_its_commas_as_printed() -> None:
    line = (
        "<div class='byline'><span class='author'>Max Muster</span><span>,</span> "
        "<span class='author'>Anna Beispiel</span></div>"
    )
    meta = meta_of(page(line))
    assert meta.byline is not None
    assert meta.byline.text == "Max Muster, Anna Beispiel"
    assert [p.name for p in meta.byline.authors] == ["Max Muster", "Anna Beispiel"]


def test_a_date_with_its_byline_beside_it_still_tells_the_printed_day() -> None:
    # the metadata's instant in UTC is the next day; the printed line with the author's
    # name beside the date says the day and the zone
    head = "<meta property='article:published_time' content='2019-11-20T04:31:13+00:00'>"
    line = (
        "<div class='row'><span><a href='/author/chris/'>Chris Davies</a></span> - "
        "<span>Nov 19, 2019, 10:31 pm CST</span></div>"
    )
    body = f"<h1>A weird EV sports wagon</h1>{line}{STORY}"
    when = meta_of(body, head=head, lang="en-US").published
    assert isinstance(when, dt.datetime)
    assert (when.date(), when.hour) == (dt.date(2019, 11, 19), 22)


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("it", "di Mario Rossi - 12 marzo 2019", "Mario Rossi"),
        ("nl", "Door Jan Jansen | 12 maart 2019", "Jan Jansen"),
        ("ru", "Иван Петров, 12 марта 2019", "Иван Петров"),
    ],
)
def test_an_opener_that_is_a_word_elsewhere_opens_a_name_beside_a_date(
    lang: str, line: str, name: str
) -> None:
    # "di", "Door" open no element's own text alone (a particle, a common word): the date
    # beside the name says the line is the article's
    meta = meta_of(page(f"<p>{line}</p>"), lang=lang)
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == [name]


def _wix_header(name: str, date: str, read: str) -> str:
    """A Wix blog post's header: the avatar, the author's name and, in a list beside it, the
    date and the reading time, each in an element of its own with no mark between them."""
    return (
        "<div data-hook='post-header'><div class='post-metadata'><div data-hook='avatar-image'>"
        f"<img src='/a.jpg' alt=''></div><span data-hook='user-name' class='tQ0Q1A'>{name}"
        f"</span><ul class='Vq5Ga'><li><span class='post-metadata__date time-ago' "
        f"data-hook='time-ago'>{date}</span></li><li><span data-hook='time-to-read'>{read}"
        "</span></li></ul></div></div>"
    )


@pytest.mark.parametrize(
    ("name", "date", "read", "lang", "day"),
    [
        ("Jane Smith", "Mar 14, 2021", "2 min read", "en", dt.date(2021, 3, 14)),
        ("Anna Beispiel", "14. März 2021", "2 Min. Lesezeit", "de", dt.date(2021, 3, 14)),
        ("Marie Dupont", "14 mars 2021", "2 min de lecture", "fr", dt.date(2021, 3, 14)),
    ],
)
def test_a_name_and_a_date_in_elements_side_by_side_are_the_byline_and_the_date(
    name: str, date: str, read: str, lang: str, day: dt.date
) -> None:
    body = (
        f"<main><article>{_wix_header(name, date, read)}<h1>Stadtrat beschließt neuen "
        f"Haushalt</h1>{STORY}</article></main>"
    )
    meta = meta_of(body, lang=lang)
    assert meta.published == day
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == [name]


@pytest.mark.parametrize("other", ["Bad Homburg", "Neue Welt", "Frankfurter Allgemeine"])
def test_a_place_or_an_outlet_in_an_element_beside_the_date_is_no_byline(other: str) -> None:
    body = (
        f"<main><article>{_wix_header(other, '14. März 2021', '2 Min. Lesezeit')}"
        f"<h1>Stadtrat beschließt neuen Haushalt</h1>{STORY}</article></main>"
    )
    meta = meta_of(body)
    assert meta.published == dt.date(2021, 3, 14)
    assert meta.byline is None or not meta.byline.authors


@pytest.mark.parametrize(
    ("opener", "date", "lang"),
    [("Von", "publiziert am 25. September 2018", "de"), ("By", "Sep. 25, 2018", "en")],
)
def test_an_opener_in_an_element_of_its_own_stays_in_the_byline_beside_the_date(
    opener: str, date: str, lang: str
) -> None:
    # the opener, the name and the date each in an element (above the headline: the date
    # nearest it): the byline reads as it opens
    line = (
        f"<p class='about'><span>{opener}</span> <span><a href='/author/max-muster'>Max "
        f"Muster</a></span> <span>{date}</span></p>"
    )
    body = (
        f"<main><article>{line}<h1>Stadtrat beschließt neuen Haushalt</h1>{STORY}</article></main>"
    )
    meta = meta_of(body, lang=lang)
    assert meta.byline is not None
    assert meta.byline.text == f"{opener} Max Muster"

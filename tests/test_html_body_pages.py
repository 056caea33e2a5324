"""The body finder on kinds of page unlike English news: live tickers, press releases, reviews,
encyclopedia articles.

Each test builds a small page of one kind inside the chrome every page has
(:func:`test_html_body_classes.page`) and checks what the body keeps and
what it leaves out.
"""

from __future__ import annotations

import pytest
from test_html_body_classes import page, parse, sentence, texts

# --- live blogs: the time stamps heading each entry are the text's --------------------------

STAMPS = [
    "1{i}:0{i}",
    "1{i}:0{i} Uhr",
    "Heute, 1{i}:0{i} Uhr",
    "1{i}.0{i}",
    "1{i}h0{i}",
    "1{i}:0{i} PM",
    "vor {i} Minuten",
    "{i} min ago",
    "il y a {i} minutes",
    "hace {i} minutos",
    "{i}. Dezember 2023, 1{i}:0{i} Uhr",
    "Dec {i}, 2023 1{i}:0{i} PM",
    "0{i}.12.2023 1{i}:0{i}",
]


def live_blog(stamp: str, count: int = 8) -> str:
    entries = "".join(
        f"<div class='live-entry'><div class='entry-time'>{stamp.format(i=i + 1)}</div>"
        f"<div class='entry-body'><p>{sentence(i, 18)}</p></div></div>"
        for i in range(count)
    )
    return page(f"<h1>Live: the storm</h1><div class='live-feed'>{entries}</div>")


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_live_blog_keeps_the_time_stamp_of_every_entry(stamp: str) -> None:
    found = texts(parse(live_blog(stamp)))
    expected = []
    for i in range(8):
        expected += [stamp.format(i=i + 1), sentence(i, 18)]
    assert found == expected


def test_a_live_blog_entry_with_a_heading_keeps_its_stamp() -> None:
    entries = "".join(
        f"<article class='update'><p>1{i}:3{i} Uhr</p><h2>Update {i}: the river rises</h2>"
        f"<p>{sentence(i, 18)}</p></article>"
        for i in range(5)
    )
    found = texts(parse(page(f"<h1>Liveticker</h1><div class='ticker'>{entries}</div>")))
    assert [text for text in found if text.endswith("Uhr")] == [f"1{i}:3{i} Uhr" for i in range(5)]


@pytest.mark.parametrize("count", [1, 2])
def test_a_date_or_two_over_the_text_are_time_stamps_not_text(count: int) -> None:
    # an article's own time stamp (or two) over its text is furniture, not a live blog's
    found = texts(parse(live_blog("{i}. Dezember 2023, 1{i}:0{i} Uhr", count)))
    assert found == [sentence(i, 18) for i in range(count)]


def test_dates_scattered_without_text_after_them_are_dropped() -> None:
    # dates alone that open no text (a list's time stamps at the end of its items) stay out
    items = "".join(f"<p>{sentence(i)}</p><p>{i + 1}. Dezember 2023</p>" for i in range(4))
    found = texts(parse(page(f"<h1>News</h1><div class='text'>{items}</div>")))
    assert found == [sentence(i) for i in range(4)]

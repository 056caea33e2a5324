"""Dates printed without their year, made whole by the year and month of the page's URL.

Many sites print the day and time of a story by its headline without the year ("Posted
Nov 18, 8:19 PM", the Washington Post's "March 18 at 3:57 PM", "18. November, 14:30 Uhr",
"11月18日 20:19"), and spell the year and month in the URL (``/2019/11/title``). The
URL's year completes the printed day when the printed month is the URL's; a year is
never taken from a copyright line or from today, and a month that is not the URL's may be
of another year. The printed time and zone are the page's own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

from newsdoc.readers.dates import complete_year, yearless_date_in

EST = dt.timezone(dt.timedelta(hours=-5))

# nj.com's (Advance Local's) dateline, as the Article Extraction Benchmark's page prints it
NJ_DATELINE = (
    "<header><h1 class='headline-basic'>South Dakota doubles down</h1>"
    "<div class='dateline'><span class='dateline__updated'>"
    "<time datetime='2019-11-19T14:41:32.524Z'>Updated Nov 19, 9:41 AM;</time></span>"
    "<span class='dateline__published'>"
    "<time datetime='2019-11-19T01:19:34.819Z'>Posted Nov 18, 8:19 PM </time></span>"
    f"</div></header>{STORY}"
)
NJ_URL = "https://www.nj.com/entertainment/2019/11/florida-man-exists.html"


def test_a_time_elements_printed_day_puts_its_utc_instant_in_the_pages_zone() -> None:
    # the <time>'s attribute is the instant in UTC (the 19th); the page prints the 18th, at
    # 8:19 PM: the same instant five hours behind, whose year the URL gives
    published = meta_of(NJ_DATELINE, url=NJ_URL, lang="en").published
    assert published == dt.datetime(2019, 11, 18, 20, 19, 34, 819000, tzinfo=EST)
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(hours=-5)


def test_a_declared_utc_instant_goes_on_the_day_printed_without_a_year() -> None:
    head = "<meta property='article:published_time' content='2019-11-19T01:19:34Z'>"
    published = meta_of(NJ_DATELINE, head=head, url=NJ_URL, lang="en").published
    assert published == dt.datetime(2019, 11, 18, 20, 19, 34, tzinfo=EST)
    assert isinstance(published, dt.datetime)
    assert published.date() == dt.date(2019, 11, 18)


def test_the_printed_time_of_a_day_the_url_spells() -> None:
    # the Washington Post's byline line; its URL spells the whole day: the time is printed
    body = (
        "<h1>Attack stokes instability fears in North Africa</h1>"
        "<div class='pb-sig-line'><span class='pb-byline'>By <a href='/people/erin'>"
        "Erin Cunningham</a></span> <span class='pb-timestamp'>March 18 at 3:57 PM</span>"
        f"</div>{STORY}"
    )
    url = "http://www.washingtonpost.com/world/gunmen-storm-museum/2015/03/18/00202e76_story.html"
    assert meta_of(body, url=url, lang="en").published == dt.datetime(2015, 3, 18, 15, 57)


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("Von Max Muster | 18. November, 14:30 Uhr", "de", dt.datetime(2019, 11, 18, 14, 30)),
        ("18. November, 14:30 Uhr", "de", dt.datetime(2019, 11, 18, 14, 30)),
        ("Publié le 18 novembre à 14h30", "fr", dt.datetime(2019, 11, 18, 14, 30)),
        ("18 de noviembre, 14:30", "es", dt.datetime(2019, 11, 18, 14, 30)),
        ("11月18日 20:19", "zh", dt.datetime(2019, 11, 18, 20, 19)),
        ("11월 18일 오후 8:19", "ko", dt.datetime(2019, 11, 18, 20, 19)),
    ],
)
def test_a_line_by_the_headline_printed_without_its_year(
    line: str, lang: str, expected: dt.datetime
) -> None:
    body = f"<article><h1>Ein Titel</h1><p class='meta'>{line}</p>{STORY}</article>"
    url = "https://www.example.com/politik/2019/11/ein-titel"
    assert meta_of(body, url=url, lang=lang).published == expected


def test_no_year_is_taken_from_a_copyright_line_or_today() -> None:
    body = (
        f"<h1>Title</h1><div>Posted Nov 18, 8:19 PM</div>{STORY}"
        "<footer class='site-footer'>© 2019 Example Media</footer>"
    )
    assert meta_of(body, url="https://www.example.com/news/title.html", lang="en").published is None


def test_a_printed_month_that_is_not_the_urls_is_not_completed() -> None:
    # "Nov 18" under /2019/12/: of 2019, or of another year; no date is better than a guess
    body = f"<h1>Title</h1><div>Posted Nov 18, 8:19 PM</div>{STORY}"
    url = "https://www.example.com/2019/12/title.html"
    assert meta_of(body, url=url, lang="en").published is None


def test_a_changes_day_without_its_year_is_no_publication() -> None:
    body = f"<h1>Title</h1><div>Updated Nov 19, 9:41 AM</div>{STORY}"
    url = "https://www.example.com/2019/11/title.html"
    assert meta_of(body, url=url, lang="en").published is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Posted Nov 18, 8:19 PM", "Nov 18"),
        ("18. November, 14:30 Uhr", "18. November"),
        ("November 18th at 8:19 pm EST", "November 18th"),
        ("18 нояб. 14:30", "18 нояб."),
        ("11月18日 20:19", "11月18日"),
        ("Market 5 stalls", None),  # (a word that opens like a month: no month)
        ("Nov 18, 2019", None),  # (a whole date)
        ("© 2019 Example", None),
    ],
)
def test_a_day_and_month_without_a_year(text: str, written: str | None) -> None:
    assert yearless_date_in(text) == written


def test_completing_a_year_keeps_the_printed_time_and_zone() -> None:
    assert complete_year("November 18th at 8:19 pm EST", 2019, 11) == (
        "November 18th, 2019 at 8:19 pm EST"
    )
    assert complete_year("Posted Nov 18, 8:19 PM", 2019, 12) is None
    assert complete_year("Nov 18, 2019", 2019, 11) is None  # (already whole)


def test_a_list_of_items_dated_without_a_year_is_no_pages_date() -> None:
    # the site's latest posts under the headline, each with its day: the items' dates
    items = "".join(
        f"<li>Nov {day}, 9:00 AM <a href='/2019/11/post-{day}'>Another post of the site, "
        f"number {day}</a></li>"
        for day in (18, 17, 16)
    )
    body = f"<h1>Title</h1><ul class='posts'>{items}</ul>{STORY}"
    url = "https://www.example.com/2019/11/title.html"
    assert meta_of(body, url=url, lang="en").published is None

"""The day a page prints beside a URL dated in UTC, and what a ``<time>`` prints of whose
date it holds (issue 18: "keep the zone as printed").

Many sites write the URL's date in UTC: a story posted in the evening in the Americas sits
under the next day's folder ("/2019/11/19/" for "Nov 18, 2019 8:19 PM" at UTC-5). The URL's
day wins over a printed date of another day (a sidebar's, a comment's), but not over the same
instant printed in the page's own zone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import meta_of

from newsdoc.readers.html.metadata.fields.dates import url_in_utc

URL = "https://news.example.com/2019/11/19/scientists-spot-water-vapor/"


def _published(line: str, url: str = URL) -> dt.date | None:
    body = f"<article><h1>Scientists spot water vapor</h1><p class='meta'>{line}</p>" + (
        "<p>The text of the story, long enough to be a story's, says what happened.</p>" * 3
    )
    when = meta_of(body, url=url, lang="en").published
    return None if when is None else (when.date() if isinstance(when, dt.datetime) else when)


@pytest.mark.parametrize(
    "line",
    [
        "November 18, 2019 at 2:26 PM HST",  # 00:26 UTC on the 19th
        "Posted Nov 18, 2019 8:19 PM",  # no zone: some zone puts it on the 19th
        "18 November 2019, 23:10",
    ],
)
def test_an_evening_printed_the_day_before_a_utc_url(line: str) -> None:
    assert _published(line) == dt.date(2019, 11, 18)


@pytest.mark.parametrize(
    "line",
    [
        "Nov 18, 2019 9:00 AM",  # no zone of the world puts a morning on the next day
        "November 18, 2019 at 9:26 AM HST",  # 19:26 UTC: still the 18th
        "November 18, 2019",  # a day alone tells no instant: a sidebar's date, perhaps
        "November 17, 2019 at 11:26 PM",  # two days before
    ],
)
def test_the_urls_day_stands_otherwise(line: str) -> None:
    assert _published(line) == dt.date(2019, 11, 19)


def test_a_morning_printed_the_day_after_a_utc_url() -> None:
    # Sydney, 8:00 on the 20th is 21:00 UTC on the 19th: with its zone, the same instant
    assert _published("20 November 2019, 8:00 AEDT") == dt.date(2019, 11, 20)
    # without a zone, a morning after the URL's day is more often a change's time
    assert _published("November 20, 2019 / 1:07 AM / CBS News") == dt.date(2019, 11, 19)
    assert _published("20 November 2019, 15:00 AEDT") == dt.date(2019, 11, 19)


def test_url_in_utc_needs_a_time() -> None:
    day = dt.date(2019, 11, 19)
    assert url_in_utc(dt.datetime(2019, 11, 18, 20, 19), day)
    assert not url_in_utc(dt.date(2019, 11, 18), day)
    assert not url_in_utc(dt.datetime(2019, 11, 19, 20, 19), day)  # the same day already
    utc = dt.datetime(2019, 11, 18, 20, 19, tzinfo=dt.UTC)
    assert not url_in_utc(utc, day)  # a UTC value is not the page's own zone


def test_a_times_own_words_say_whose_date_it_holds() -> None:
    # the class of the box says nothing; the element's text says "Updated" and "Posted"
    body = (
        "<article><h1>South Dakota doubles down</h1><div class='dateline'>"
        "<span><time datetime='2019-11-19T14:41:32Z'>Updated Nov 19, 9:41 AM;</time></span>"
        "<span><time datetime='2019-11-19T01:19:34Z'>Posted Nov 18, 8:19 PM</time></span>"
        "</div><p>The text of the story says what happened, at length.</p></article>"
    )
    meta = meta_of(body, url="https://www.example.com/news/2019/11/story.html", lang="en")
    assert meta.published is not None and meta.modified is not None
    assert isinstance(meta.published, dt.datetime) and isinstance(meta.modified, dt.datetime)
    assert meta.published.astimezone(dt.UTC).hour == 1
    assert meta.modified.astimezone(dt.UTC).hour == 14


def test_a_time_that_prints_both_words_says_nothing() -> None:
    # its attribute is one of the two, which one the page does not say
    body = (
        "<article><h1>Housing market slowdown continues</h1>"
        "<time datetime='2022-10-14T16:20:52Z'>Posted: Oct 14, 2022 9:27 AM ET | Last Updated:"
        " 24 minutes ago</time><p>The text of the story says what happened.</p></article>"
    )
    head = "<meta property='article:published_time' content='2022-10-14T09:24:00-04:00'>"
    meta = meta_of(body, head=head, lang="en")
    assert meta.published == dt.datetime(
        2022, 10, 14, 9, 24, tzinfo=dt.timezone(-dt.timedelta(hours=4))
    )


def test_a_time_that_opens_with_updated_and_prints_posted_is_no_change_s() -> None:
    # its attribute may be either; read as a date of the page, not as a change's alone (the
    # test above has a declared date that wins whatever the <time> says: this one has none)
    body = (
        "<article><h1>Housing market slowdown continues</h1>"
        "<time datetime='2022-10-14T16:20:52Z'>Updated: 24 minutes ago | Posted: Oct 14, 2022"
        " 9:27 AM ET</time><p>The text of the story says what happened.</p></article>"
    )
    meta = meta_of(body, lang="en")
    assert meta.published is not None
    assert meta.modified is None

"""Zone abbreviations read in the page's region: "EST" on an Australian page is
Australian Eastern Standard Time (UTC+10), not US Eastern; the zone keeps its
printed name and the time its wall clock."""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

from newsdoc.readers.dates import parse_date

AU_PAGE = (
    "<header class='site-header'><nav><a href='/'>Home</a> <a href='/news'>News</a> "
    "<a href='/sport'>Sport</a></nav></header>"
    "<main><article><h1>Council approves Melbourne budget</h1>"
    "<p class='byline'>By Jane Roe</p>"
    "<p class='date'>March 12, 2019 11:30pm EST</p>"
    f"{STORY}</article></main>"
    "<footer class='site-footer'><p>© 2019 Example Media. All times AEST (GMT +10:00)</p></footer>"
)


def _offset(when: dt.datetime | dt.date | None) -> dt.timedelta | None:
    assert isinstance(when, dt.datetime)
    return when.utcoffset()


@pytest.mark.parametrize(
    ("lang", "url"),
    [
        ("en-AU", None),
        ("en-au", "https://www.example.com/news/budget"),
        ("en", "https://www.example.com.au/news/budget"),
    ],
)
def test_est_on_an_australian_page_is_ten_hours_ahead(lang: str, url: str | None) -> None:
    when = meta_of(AU_PAGE, lang=lang, url=url).published
    assert when == dt.datetime(2019, 3, 12, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=10)))
    assert isinstance(when, dt.datetime)
    assert when.tzname() == "EST"  # the zone as printed


@pytest.mark.parametrize("lang", ["en-US", "en"])
def test_est_elsewhere_is_us_eastern(lang: str) -> None:
    when = meta_of(AU_PAGE, lang=lang, url="https://www.example.com/news/budget").published
    assert _offset(when) == dt.timedelta(hours=-5)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("12 March 2019 10:12 AEDT", 11),
        ("12 March 2019 10:12 EDT", 11),
        ("12 March 2019 10:12 CST", 9.5),
    ],
)
def test_australian_zones_by_their_region(text: str, hours: float) -> None:
    assert _offset(parse_date(text, language="en-AU")) == dt.timedelta(hours=hours)


def test_a_declared_instant_in_utc_is_given_on_the_australian_day_printed() -> None:
    # the metadata's copy in UTC is the evening before; the page prints its own day and zone
    head = "<meta property='article:published_time' content='2019-03-12T22:30:00Z'>"
    page = AU_PAGE.replace("March 12, 2019 11:30pm EST", "March 13, 2019 8:30am EST")
    when = meta_of(page, head=head, lang="en-AU").published
    assert isinstance(when, dt.datetime)
    assert (when.date(), when.hour) == (dt.date(2019, 3, 13), 8)
    assert when.utcoffset() == dt.timedelta(hours=10)

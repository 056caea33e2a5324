"""The published and modified dates: the first whole, plausible date, else the URL's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ....dates import ON_DAY_WORDS, date_in, epoch_date, parse_date, parse_iso_date
from .shared import split_url

__all__ = [
    "as_printed",
    "choose_date",
    "date_from_url",
    "date_in_scripts",
    "date_in_title",
    "date_language",
    "day_first",
    "day_of",
    "event_day_in",
    "is_utc",
    "month_from_url",
    "url_in_utc",
]

_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})([/\-_.]?)(0[1-9]|1[0-2]|[1-9](?=/))\2(0[1-9]|[12]\d|3[01]|[1-9](?=/))(?!\d)"
)
# The same in parts of the path of their own: the year and month, then the day
# ("/2019-03/12/", Chinese news sites), the year, then month and day ("/2019/0312/"), the
# month as its English name ("/2019/mar/12/"), each part closed by a slash.
_URL_DATE_PARTS = re.compile(
    r"/((?:19|20)\d{2})(?:-(0[1-9]|1[0-2])/|/(0[1-9]|1[0-2])|/(jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)/)(0[1-9]|[12]\d|3[01])/",
    re.IGNORECASE,
)
_URL_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A time stamp that closes a page's name, down to the millisecond ("-20190312101200123.htm",
# Vietnamese news sites): its day.
_URL_STAMP = re.compile(
    r"-((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{3}"
    r"\.s?html?$"
)
# A year and month in parts of their own, then a page's name that opens with the same date
# written short, year, month and day of two digits each ("/2015/08/150803-title",
# National Geographic's): its day (the year's and month's digits repeated make it a date).
_URL_SHORT_STAMP = re.compile(
    r"/((?:19|20)(\d{2}))/(0[1-9]|1[0-2])/\2\3(0[1-9]|[12]\d|3[01])(?!\d)"
)
# The same written day first ("/08-12-2010-titel", "/news/08.12.2010-titel"): two digits each,
# read on a page whose language writes the day first.
_URL_DAY_FIRST = re.compile(
    r"(?<![\d.\-_])(0[1-9]|[12]\d|3[01])([\-_.])(0[1-9]|1[0-2])\2((?:19|20)\d{2})(?!\d)"
)
#: Languages (besides US English) that print the month first ("05/07/2019" is May 7).
_MONTH_FIRST = frozenset({"fil", "fil-ph"})
#: Countries (by their domain) that print the month first too, or both ways (Canada).
_MONTH_FIRST_COUNTRIES = frozenset({"us", "ph", "mh", "pw", "ca"})
#: Country domains sold as generic names ("example.io", "news.tv"): they tell no country.
_GENERIC_COUNTRY_DOMAINS = frozenset({"ag", "ai", "am", "cc", "co", "cx", "fm", "gg", "gl",
                                      "io", "la", "ly", "me", "nu", "sh", "tk", "to", "tv",
                                      "vc", "ws"})  # fmt: skip
# News on the web: nothing before the first newspapers, nothing in the far future.
_FIRST_YEAR = 1600
_LAST_YEAR = 2200


def day_first(language: str | None, url: str | None = None) -> bool | None:
    """Whether "07/05/2019" is the 7th of May on a page in ``language`` at ``url``.

    Month first only in US English, and when the language is unknown or
    English without a region, as most such pages are American; but then a
    site under the domain of a country that prints the day first
    ("example.de", "example.co.uk", "example.com.br") does too.
    """
    tag = language.lower() if language else None
    if tag == "en-us" or tag in _MONTH_FIRST:
        return None
    if tag is not None and tag != "en":
        return True
    country = _country(url)
    if country is None or country in _MONTH_FIRST_COUNTRIES:
        return None
    return True


def date_language(language: str | None, url: str | None = None) -> str | None:
    """The page's ``language`` as its dates are read: with the region of the country whose
    domain the page is under when the language names none ("en" on example.com.au reads as
    "en-au": a printed "EST" there is Australian, see ``parse_date``)."""
    if not language or "-" in language or "_" in language:
        return language
    country = _country(url)
    return f"{language}-{country}" if country is not None else language


def _country(url: str | None) -> str | None:
    """The country whose domain ``url``'s host is under ("br" for "www.example.com.br")."""
    host = split_url(url).hostname if url else None
    if not host:
        return None
    last = host.rstrip(".").rpartition(".")[2]
    if len(last) != 2 or not last.isascii() or not last.isalpha():
        return None  # a generic domain (".com"), or an address
    return None if last in _GENERIC_COUNTRY_DOMAINS else last


def choose_date(
    values: Iterable[str],
    dayfirst: bool | None = None,
    url_day: dt.date | None = None,
    url_month: tuple[int, int] | None = None,
    *,
    language: str | None = None,
) -> dt.datetime | dt.date | None:
    """The first of ``values`` that reads as a whole, plausible date, the URL's day deciding.

    Placeholders such as ``0001-01-01T00:00:00`` (an empty date field) are skipped.
    ``dayfirst`` settles "07/05/2019" (see :func:`day_first`); ``language``, the page's, a
    month's name that is another month in another language ("listopad").

    ``url_day`` is the day the page's URL spells (:func:`date_from_url`): the
    day the publisher filed the story, in its own zone.  A value that falls on
    it is preferred to one before it that does not (a video's upload date in
    the same JSON-LD).  A date-time given in UTC that falls on the next or the
    previous day, at an hour some zone of the world puts on the URL's day, is
    the same publication converted: the URL's day is the page's, and it is
    returned (as a date: the local time is not known).  Of the values that
    are the same instant, the one in the page's own zone is taken over its
    UTC copy (a page that prints 20:37 at UTC-6 was published on that day).

    ``url_month`` is the year and month a URL spells without a day
    (``/2016/05/title``, :func:`month_from_url`): the first value of that
    month is preferred to the ones before it (a sidebar's date nearer the
    headline than the post's).
    """
    dates = []
    for value in values:
        when = parse_date(value, dayfirst=dayfirst, language=language)
        if when is not None and _FIRST_YEAR <= when.year <= _LAST_YEAR:
            dates.append(when)
    if not dates:
        return None
    chosen = dates[0]
    if url_month is not None and (chosen.year, chosen.month) != url_month:
        chosen = next((when for when in dates if (when.year, when.month) == url_month), chosen)
    if url_day is not None and day_of(chosen) != url_day:
        same = next((when for when in dates if day_of(when) == url_day), None)
        if same is not None:
            chosen = same
        elif any(_converted(when, url_day) for when in dates):
            return url_day
    return _in_own_zone(chosen, dates)


def day_of(when: dt.datetime | dt.date) -> dt.date:
    """The calendar day as printed (a date-time's own, in its own zone: never converted)."""
    return when.date() if isinstance(when, dt.datetime) else when


#: Zones of the world run from 12 hours behind UTC to 14 ahead.
_BEHIND = dt.timedelta(hours=12)
_AHEAD = dt.timedelta(hours=14)


def _converted(when: dt.datetime | dt.date, url_day: dt.date) -> bool:
    """Whether ``when`` is a UTC date-time that some zone puts on ``url_day``."""
    if not isinstance(when, dt.datetime) or when.utcoffset() != dt.timedelta(0):
        return False
    earliest = (when - _BEHIND).date()
    latest = (when + _AHEAD).date()
    return earliest <= url_day <= latest


def url_in_utc(when: dt.datetime | dt.date, url_day: dt.date) -> bool:
    """Whether the URL's day may be ``when``'s instant in UTC, ``when`` being a date-time
    printed on the page in its own zone on another day.

    Many sites write the URL's date in UTC: a page that prints "Nov 18, 2019 8:19 PM
    EST" sits under "/2019/11/19/", and its day is the 18th.  With a zone, the instant
    decides.  Without one, only a time from noon on the day before the URL's is read so
    (zones run to 12 hours behind UTC, so some zone puts such a time on the URL's day in
    UTC; none puts a morning there); a morning of the day after is more often
    a later change's time printed where the publication's was ("November 20, 2019 / 1:07
    AM" under "-2019-11-19/").  The mirror of :func:`_converted`, which reads a UTC value
    beside a URL in the page's zone.
    """
    if not isinstance(when, dt.datetime) or day_of(when) == url_day:
        return False
    offset = when.utcoffset()
    if offset is not None:
        return offset != dt.timedelta(0) and (when - offset).date() == url_day
    return (when + _BEHIND).date() == url_day


def _in_own_zone(
    chosen: dt.datetime | dt.date, dates: list[dt.datetime | dt.date]
) -> dt.datetime | dt.date:
    """``chosen``, or the same instant written in a zone other than UTC among ``dates``."""
    if not isinstance(chosen, dt.datetime) or chosen.utcoffset() != dt.timedelta(0):
        return chosen
    for when in dates:
        if (
            isinstance(when, dt.datetime)
            and when.tzinfo is not None
            and when.utcoffset() != dt.timedelta(0)
            and when == chosen
        ):
            return when
    return chosen


def date_from_url(
    url: str | None, *, query: bool = False, dayfirst: bool | None = None
) -> dt.date | None:
    """The date a URL's path spells out in full (``/2016/12/09/``, ``20161209``, ``/2016-12/09/``,
    ``/2016/1209/``, ``/2016/dec/09/``, a time stamp ``-20161209101200123.htm``, the year and
    month then a name that opens with the date short ``/2016/12/161209-title``), or ``None``.

    With ``query``, the query string's too (``?a=20170309-35097838``) when the path has none.
    With ``dayfirst`` (the page's language writes the day first, see :func:`day_first`), a
    date written day first with two digits each too (``/08-12-2010-titel``).
    """
    if not url:
        return None
    parts = split_url(url)
    match = _URL_DATE.search(parts.path)
    if match is None and query:
        match = _URL_DATE.search(parts.query)
    try:
        if match is not None:
            return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        parted = _URL_DATE_PARTS.search(parts.path)
        if parted is not None:
            year, numbered, joined, named, day = parted.groups()
            month = (
                int(numbered or joined) if named is None else 1 + _URL_MONTHS.index(named.lower())
            )
            return dt.date(int(year), month, int(day))
        stamp = _URL_STAMP.search(parts.path)
        if stamp is not None:
            return dt.date(int(stamp.group(1)), int(stamp.group(2)), int(stamp.group(3)))
        short = _URL_SHORT_STAMP.search(parts.path)
        if short is not None:
            return dt.date(int(short.group(1)), int(short.group(3)), int(short.group(4)))
        if dayfirst:
            match = _URL_DAY_FIRST.search(parts.path)
            if match is not None:
                return dt.date(int(match.group(4)), int(match.group(3)), int(match.group(1)))
    except ValueError:
        return None
    return None


#: Zones of the world are whole quarter hours from UTC.
_QUARTER = dt.timedelta(minutes=15)
_MINUTE = dt.timedelta(minutes=1)
#: How many of the dates printed near the headline are compared (the nearest first).
_PRINTED = 3


def is_utc(when: dt.datetime | dt.date | None) -> bool:
    """Whether ``when`` is a date-time given in UTC (perhaps another zone's day converted)."""
    return isinstance(when, dt.datetime) and when.utcoffset() == dt.timedelta(0)


def as_printed(
    chosen: dt.datetime | dt.date,
    printed: Iterable[str],
    dayfirst: bool | None = None,
    changes: Iterable[str] = (),
    *,
    language: str | None = None,
) -> dt.datetime | dt.date:
    """``chosen`` on the day the page prints it, when a printed date is the same publication.

    Metadata often gives the instant in UTC ("2019-11-19T01:19Z"), or a wall
    time with a wrong offset, where the page prints its own day ("Nov 18,
    2019 8:19 PM", "10:01 pm PST, Tuesday, November 19, 2019"): the printed
    day is the publication's.  ``printed`` are the dates the page prints near
    its headline, nearest first, then the other declared ones; ``changes``
    the printed dates of a later change (they tell the page's zone only, and only
    for a ``chosen`` with a zone).
    Values in UTC written for machines (ISO 8601) tell nothing about the
    page's own day and are skipped; the first other value that reads as a
    date decides:

    - on the day of ``chosen``: ``chosen`` stands;
    - a date-time in a zone that puts ``chosen`` on its day: ``chosen`` in
      that zone (the same instant; for a ``chosen`` without a zone, read as
      UTC, only when the printed one is that very minute);
    - else a date-time a whole number of quarter hours from ``chosen`` (at
      most 12 behind, 14 ahead; the same minute written in another zone):
      for a ``chosen`` in UTC or without a zone, ``chosen`` in the zone that
      difference is; else the printed one (the metadata's offset does not fit
      its wall time);
    - a date alone, when ``chosen`` is in UTC or without a zone and some zone
      of the world puts it on that day: the printed date.
    """
    if not isinstance(chosen, dt.datetime):
        return chosen
    naive = chosen.tzinfo is None
    as_utc = naive or chosen.utcoffset() == dt.timedelta(0)
    # a time without a zone in the metadata is taken for UTC (what most such CMSs write)
    instant = chosen.replace(tzinfo=dt.UTC) if naive else chosen
    wall = instant.astimezone(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    # (not a time without a zone: it may be the page's own wall time, and converting
    # it as if it were UTC would move it to another day)
    for value in () if naive else changes:
        when = parse_date(value, dayfirst=dayfirst, language=language)
        if isinstance(when, dt.datetime) and _zoned(when) and when.date() != chosen.date():
            local = instant.astimezone(when.tzinfo)
            if local.date() == when.date():
                return local
    for value in printed:
        when = parse_date(value, dayfirst=dayfirst, language=language)
        if when is None or not _FIRST_YEAR <= when.year <= _LAST_YEAR:
            continue
        if is_utc(when) and (parse_iso_date(value) is not None or epoch_date(value) is not None):
            continue  # a machine's copy in UTC (a printed "9:08 GMT" is the page's own)
        if day_of(when) == chosen.date():
            return chosen
        if isinstance(when, dt.datetime):
            if when.tzinfo is not None:
                local = instant.astimezone(when.tzinfo)
                # (a time without a zone is taken for UTC only when the printed one is its instant)
                near = _MINUTE if naive else _BEHIND
                if local.date() == when.date() and abs(when - instant) <= near:
                    return local
                shift = when.replace(second=0, microsecond=0) - instant.replace(
                    second=0, microsecond=0
                )
                if abs(shift) <= _AHEAD and shift % _QUARTER == dt.timedelta(0):
                    return when
                return chosen
            shift = when.replace(second=0, microsecond=0) - wall
            if shift and -_BEHIND <= shift <= _AHEAD and shift % _QUARTER == dt.timedelta(0):
                return instant.astimezone(dt.timezone(shift)) if as_utc else when
        elif as_utc and _converted(instant, when):
            return when
        return chosen
    return chosen


def _zoned(when: dt.datetime) -> bool:
    """Whether ``when`` has a zone other than UTC."""
    offset = when.utcoffset()
    return offset is not None and offset != dt.timedelta(0)


_URL_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?=/)")


def month_from_url(url: str | None) -> tuple[int, int] | None:
    """The year and month a URL's path spells without a day (``/2016/05/title``), or ``None``."""
    if not url:
        return None
    match = _URL_MONTH.search(split_url(url).path)
    return (int(match.group(1)), int(match.group(2))) if match is not None else None


# A date the page's own data declare in a script ("datePublished": "2010-12-08T14:05:00+01:00"),
# JSON-LD the reader could not decode or a site's state for its scripts (escaped inside a
# string of JavaScript too: \"datePublished\":\"...\"), written for machines (ISO 8601).
_SCRIPT_DATE = re.compile(
    r'\\?"(?:datePublished|publishDate|publishedDate|published_at|publishedAt|publish_date|'
    r"date_published|firstPublishedDate|first_published_at|pubDate|publication_date|"
    r'publicationDate|published_date|publishedTime|published_time)\\?"\s*:\s*\\?"'
    r"((?:19|20)\d{2}-\d{2}-\d{2}(?:[T ][\d:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)"
)
#: How much of a script is searched (a site's state may be megabytes; its article first).
_MAX_SCRIPT = 200_000


def date_in_scripts(scripts: Iterable[str]) -> dt.datetime | dt.date | None:
    """The first publication date declared in the page's scripts (see :data:`_SCRIPT_DATE`)."""
    for text in scripts:
        match = _SCRIPT_DATE.search(text, 0, _MAX_SCRIPT)
        if match is not None:
            when = parse_iso_date(match.group(1))
            if when is not None and _FIRST_YEAR <= when.year <= _LAST_YEAR:
                return when
    return None


def date_in_title(
    title: str | None, dayfirst: bool | None = None, *, language: str | None = None
) -> dt.date | None:
    """The day a page's title prints ("... - 07.12.2017 - LA NACION"), or ``None``; not the
    day the title says something happens on ("Sommerkonzert am 15.06.2019 | Verein": an
    event's, :func:`event_day_in`)."""
    return _day_in_title(title, dayfirst, language, event=False)


def event_day_in(
    title: str | None, dayfirst: bool | None = None, *, language: str | None = None
) -> dt.date | None:
    """The day a headline or title says something happens on, or ``None``: its date right
    after a word of :data:`~newsdoc.readers.dates.ON_DAY_WORDS` ("Sommerkonzert am 15. Juni
    2019", "Concert on June 15, 2019"): an event's day."""
    return _day_in_title(title, dayfirst, language, event=True)


def _day_in_title(
    title: str | None, dayfirst: bool | None, language: str | None, *, event: bool
) -> dt.date | None:
    written = date_in(title) if title else None
    if not written or not title:
        return None
    before = title[: title.index(written)].split()
    if (bool(before) and before[-1].casefold() in ON_DAY_WORDS) != event:
        return None
    when = parse_date(written, dayfirst=dayfirst, language=language)
    if when is None or not _FIRST_YEAR <= when.year <= _LAST_YEAR:
        return None
    return day_of(when)

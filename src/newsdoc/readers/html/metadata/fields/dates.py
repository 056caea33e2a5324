"""The published and modified dates: the first whole, plausible date, else the URL's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ....dates import parse_date
from .shared import split_url

__all__ = ["choose_date", "date_from_url", "day_first"]

_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})([/\-_.]?)(0[1-9]|1[0-2]|[1-9](?=/))\2(0[1-9]|[12]\d|3[01]|[1-9](?=/))(?!\d)"
)
#: Languages (besides US English) that print the month first ("05/07/2019" is May 7).
_MONTH_FIRST = frozenset({"fil", "fil-ph"})
# News on the web: nothing before the first newspapers, nothing in the far future.
_FIRST_YEAR = 1600
_LAST_YEAR = 2200


def day_first(language: str | None) -> bool | None:
    """Whether "07/05/2019" is the 7th of May on a page in ``language``.

    Month first only in US English (and when the language is unknown or
    English without a region, as most such pages are American).
    """
    if language is None:
        return None
    tag = language.lower()
    if tag in ("en", "en-us") or tag in _MONTH_FIRST:
        return None
    return True


def choose_date(
    values: Iterable[str], dayfirst: bool | None = None
) -> dt.datetime | dt.date | None:
    """The first of ``values`` that reads as a whole, plausible date.

    Placeholders such as ``0001-01-01T00:00:00`` (an empty date field) are skipped.
    ``dayfirst`` settles "07/05/2019" (see :func:`day_first`).
    """
    for value in values:
        when = parse_date(value, dayfirst=dayfirst)
        if when is not None and _FIRST_YEAR <= when.year <= _LAST_YEAR:
            return when
    return None


def date_from_url(url: str | None) -> dt.date | None:
    """The date a URL's path spells out in full (``/2016/12/09/``, ``20161209``), or ``None``."""
    if not url:
        return None
    path = split_url(url).path
    match = _URL_DATE.search(path)
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        return None

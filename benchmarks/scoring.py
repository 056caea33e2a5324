"""Scoring metadata against ../shared/corpus/postlight's ``expected.json``.

How a field counts as right (every rule is the same for every tool):

- **title**: equal after Unicode NFKC, case folding, collapsing whitespace and
  reading typographic quotes as straight ones.
- **authors**: the set of names equal, names compared like titles.  The
  expected ``author`` is one string as printed, so it is split into names on
  commas, semicolons, newlines, "and" and "&", and a leading "By" is dropped.
  A tool's answer is a list of names; a tool that gives one string (or
  newsdoc's byline text when the byline names no person, e.g. "AOL Staff") is
  split the same way.
- **date**: the same calendar day in UTC.  ``date_published`` is ISO 8601 in
  UTC; an aware datetime is converted to UTC first; a naive datetime or a bare
  date is taken as it is (its zone is unknown).

A page counts for a field only when ``expected.json`` gives that field (and
it is not empty); a missing answer on such a page is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "normalize_name",
    "score_authors",
    "score_date",
    "score_title",
    "split_names",
    "to_utc_day",
]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_SEPARATORS = re.compile(r"\s*(?:[,;\n]|\band\b|&)\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.casefold().split())


def normalize_name(name: str) -> str:
    """A name as compared: NFKC, case-folded, whitespace collapsed, no leading "By"."""
    return _normalize(_BY.sub("", name))


def split_names(text: str) -> list[str]:
    """The names in one printed author string ("A, B and C"), normalised."""
    names = (normalize_name(part) for part in _SEPARATORS.split(_BY.sub("", text)))
    return [name for name in names if name]


def score_title(expected: str, predicted: str | None) -> bool:
    """Whether ``predicted`` is the expected title (see the module docstring)."""
    return predicted is not None and _normalize(expected) == _normalize(predicted)


def score_authors(expected: str, predicted: Sequence[str] | str | None) -> bool:
    """Whether the names ``predicted`` are the expected ones, as a set."""
    if predicted is None:
        return False
    if isinstance(predicted, str):
        names = set(split_names(predicted))
    else:
        names = {normalize_name(name) for name in predicted} - {""}
    return bool(names) and names == set(split_names(expected))


def to_utc_day(value: dt.date | str | None) -> dt.date | None:
    """The UTC calendar day of a date, datetime or ISO 8601 string."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        return value.date()
    return value


def score_date(expected: str, predicted: dt.date | str | None) -> bool:
    """Whether ``predicted`` falls on the expected UTC day."""
    day = to_utc_day(predicted)
    return day is not None and day == to_utc_day(expected)

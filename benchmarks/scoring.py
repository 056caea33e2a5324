"""Scoring metadata against ../shared/corpus/postlight's ``expected.json``.

How a field counts as right (every rule is the same for every tool):

- **title**: equal after Unicode NFKC, case folding, collapsing whitespace and
  reading typographic quotes as straight ones.
- **authors**: the same names, compared like titles.  The expected ``author``
  is one string as printed ("JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL",
  "著者：後藤大地", "Politik · Jochen Bittner, Tina Hildebrandt"), so it is split
  into parts on commas, semicolons, slashes, bars, newlines, "and" and "&".
  The answer is right when every name given occurs in the expected string as
  whole words, and every expected part contains one of the names given: labels
  and credits printed around a name ("著者：", "Politik ·") neither count for
  nor against a tool, a missing or extra person does.  ``score_authors_exact``
  is the stricter variant: the two sets of names equal.  A tool's answer is a
  list of names; a tool that gives one string (or newsdoc's byline text when
  the byline names no person, e.g. "AOL Staff") is split like the expected one.
- **date**: the same calendar day in UTC.  ``date_published`` is ISO 8601 in
  UTC; an aware datetime is converted to UTC first.  A naive datetime or a bare
  date has no zone, so it cannot be put in UTC: it is right when it is the
  day the expected instant falls on in some time zone (UTC-12 to UTC+14), as
  "2019-04-02" printed in Tokyo is "2019-04-01T15:00Z".  ``score_date_strict``
  is the stricter variant: a value without a zone is taken as UTC.

A page counts for a field only when ``expected.json`` gives that field (and
it is not empty); a missing answer on such a page is wrong.

:func:`without_declared` takes out what a page declares for machines (its meta
tags, JSON-LD and microdata properties), for the ``--printed-only`` scores of
pages that print their metadata and declare none.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "normalize_name",
    "score_authors",
    "score_authors_exact",
    "score_date",
    "score_date_strict",
    "score_title",
    "split_names",
    "to_utc_day",
    "without_declared",
]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_SEPARATORS = re.compile(r"\s*(?:[,;\n|/、，／]|\band\b|&)\s*", re.IGNORECASE)
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


def _names(predicted: Sequence[str] | str) -> set[str]:
    if isinstance(predicted, str):
        return set(split_names(predicted))
    return {normalize_name(name) for name in predicted} - {""}


def _has_words(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def score_authors(expected: str, predicted: Sequence[str] | str | None) -> bool:
    """Whether ``predicted`` names the expected people (see the module docstring)."""
    if predicted is None:
        return False
    names = _names(predicted)
    if not names:
        return False
    printed = normalize_name(expected)
    parts = split_names(expected)
    return all(_has_words(printed, name) for name in names) and all(
        any(_has_words(part, name) for name in names) for part in parts
    )


def score_authors_exact(expected: str, predicted: Sequence[str] | str | None) -> bool:
    """Whether the names ``predicted`` are the expected ones, as a set."""
    if predicted is None:
        return False
    names = _names(predicted)
    return bool(names) and names == set(split_names(expected))


def _instant(text: str) -> dt.datetime | None:
    """An ISO 8601 string as a datetime (``Z`` read as UTC); None when it is not one."""
    try:
        return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def to_utc_day(value: dt.date | str | None) -> dt.date | None:
    """The UTC calendar day of a date, datetime or ISO 8601 string."""
    if isinstance(value, str):
        value = _instant(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.date()
    return value


def score_date(expected: str, predicted: dt.date | str | None) -> bool:
    """Whether ``predicted`` falls on the expected UTC day (see the module docstring)."""
    value = _instant(predicted) if isinstance(predicted, str) else predicted
    instant = _instant(expected)
    if value is None or instant is None:
        return False
    day, want = to_utc_day(value), to_utc_day(instant)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return day == want
    local_days = {(instant + dt.timedelta(hours=hours)).date() for hours in (-12, 14)}
    return day in local_days or day == want


def score_date_strict(expected: str, predicted: dt.date | str | None) -> bool:
    """Whether ``predicted``, read as UTC when it has no zone, falls on the expected UTC day."""
    day = to_utc_day(predicted)
    return day is not None and day == to_utc_day(expected)


_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_JSON_LD = re.compile(rb"<script[^>]*ld\+json[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)
_MICRODATA = re.compile(
    rb"\s(?:itemprop|itemscope|itemtype)(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?", re.IGNORECASE
)


def without_declared(data: bytes) -> bytes:
    """The page as printed: without its meta tags, JSON-LD blocks and microdata properties."""
    return _MICRODATA.sub(b"", _JSON_LD.sub(b"", _META.sub(b"", data)))

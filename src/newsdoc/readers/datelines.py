"""Datelines of wire copy: "MOSCOW, Nov 6 (Reuters) -", "WASHINGTON (AP) —" (both readers).

A dateline opens the first paragraph: a place (a city in capitals, or any
capitalised place when an agency follows in parentheses), optionally a date,
optionally the agency, then a dash; or the agency alone ("(CNN) —").  It
becomes ``Article.dateline`` as printed, without the dash.
"""

from __future__ import annotations

import re

import attrs

from ..model import Paragraph, ParagraphKind

__all__ = ["split_dateline", "take_dateline"]

_PLACE_WORD = r"[^\W\d_][\w.'’&-]{0,30}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# place[, region][, date] (agency) dash.  Every repetition is bounded and its
# parts are separated by a space or a comma, so no input can backtrack badly.
_DATELINE = re.compile(
    r"(?P<line>"
    r"(?P<place>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,4})"
    r"(?P<region>(?:, " + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3})?)"
    r"(?:,? (?P<date>" + _MONTH + r" \d{1,2}(?:, \d{4})?))?"
    r"(?: ?\((?P<agency>[^()\n]{1,40})\))?"
    r")"
    r" ?(?:--|[-–—])(?= )"
)


# "(CNN) — ...": an agency alone.
_AGENCY_ONLY = re.compile(r"\((?P<agency>[A-Z][^()\n]{0,39})\) ?(?:--|[-–—]) ?(?=\S)")


def split_dateline(text: str) -> tuple[str, int] | None:
    """The dateline at the start of ``text`` and where the paragraph's text begins."""
    alone = _AGENCY_ONLY.match(text)
    if alone is not None:
        return text[: alone.end("agency") + 1], alone.end()
    match = _DATELINE.match(text)
    if match is None:
        return None
    place = match.group("place")
    if match.group("agency") is None and not _is_capitals(place):
        return None  # "The result — ..." is a sentence; "LONDON —" is a dateline
    agency = match.group("agency")
    if agency is not None and not (agency[0].isupper() and _is_place(place)):
        return None
    # "PARIS, France —" is a dateline; "WASHINGTON, he said —" is not.
    region = match.group("region")
    if (
        region
        and agency is None
        and match.group("date") is None
        and not all(w[0].isupper() for w in region[2:].split())
    ):
        return None
    start = match.end()
    while start < len(text) and text[start] == " ":
        start += 1
    if start >= len(text):
        return None
    return match.group("line").strip(), start


def _is_place(place: str) -> bool:
    # Capitalised words, with short particles between them ("Rio de Janeiro").
    words = place.split()
    return words[0][0].isupper() and all(w[0].isupper() or len(w) <= 3 for w in words)


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def take_dateline(
    paragraphs: tuple[Paragraph, ...],
) -> tuple[str | None, tuple[Paragraph, ...]]:
    """Move a wire dateline ("MADRID (Reuters) —") off the first body paragraph.

    Both readers end with it, so that they give the same ``Article.dateline``
    for the same story; the links of the paragraph move with its text.
    """
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind is not ParagraphKind.BODY:
            continue
        found = split_dateline(paragraph.text)
        if found is None:
            return None, paragraphs
        dateline, start = found
        links = tuple(
            attrs.evolve(link, start=max(link.start - start, 0), end=link.end - start)
            for link in paragraph.links
            if link.end > start
        )
        cut = attrs.evolve(paragraph, text=paragraph.text[start:], links=links)
        return dateline, (*paragraphs[:index], cut, *paragraphs[index + 1 :])
    return None, paragraphs

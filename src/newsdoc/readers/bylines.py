"""Reading bylines: "By A, B and C", "By NAME | Outlet", "Name, Staff Writer".

Shared by the HTML and text readers.  (First version; to be extended.)
"""

from __future__ import annotations

import re

from ..model import Byline, Person

__all__ = ["parse_byline", "split_authors"]

_BY = re.compile(r"^\s*(?:by|written\s+by|words\s+by)\s*[:\-]?\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\bund\b)\s*", re.IGNORECASE)


def split_authors(text: str) -> tuple[Person, ...]:
    """The people a byline names, in order, without duplicates."""
    text = _BY.sub("", text.split("|")[0]).strip()
    people: list[Person] = []
    seen: set[str] = set()
    for part in _SPLIT.split(text):
        name = part.strip(" .;:")
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            people.append(Person(name=name))
    return tuple(people)


def parse_byline(text: str) -> Byline | None:
    """A Byline for the printed ``text``, or ``None`` when it names nobody."""
    text = " ".join(text.split())
    authors = split_authors(text)
    if not authors:
        return None
    return Byline(text=text, authors=authors)

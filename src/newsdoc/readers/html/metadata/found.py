"""What one source of metadata (JSON-LD, meta tags, microdata, the page's text) found.

Every extractor fills one :class:`Found`; the rules in :mod:`.fields` weigh
them, most trusted first.  Values are as the page gives them (dates unparsed, names
unsplit), so reconciliation can compare sources before cleaning.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["Found", "RawAuthor", "RawImage", "one_line"]

_TAG = re.compile(r"<[^>]{0,200}>")


def one_line(value: object) -> str | None:
    """``value`` as one line of text: entities decoded, stray tags dropped; ``None`` if empty."""
    if not isinstance(value, str):
        return None
    text = value
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = " ".join(text.split())
    return text or None


# The two records below are immutable and made by the hundred per page: named
# tuples cost less to create than frozen dataclasses (no __setattr__ per field)
# and to define at start-up (one generated method instead of five).


class RawAuthor(NamedTuple):
    """An author as a source names it; ``organization`` or ``person`` when the source says so."""

    name: str
    url: str | None = None
    email: str | None = None
    organization: bool = False
    role: str | None = None
    person: bool = False


class RawImage(NamedTuple):
    """An image a source names, with what it says about it."""

    url: str
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    width: int | None = None
    height: int | None = None


@dataclass
class Found:
    """What one source says about the article; ``source`` names it for debugging."""

    source: str
    headlines: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    authors: list[RawAuthor] = field(default_factory=list)
    #: printed bylines ("By A and B, Staff Writers") to be split into people
    bylines: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    #: dates printed without their year ("Posted Nov 18, 8:19 PM"), the publication's first:
    #: whole only with the year of the page's own evidence (its URL's)
    yearless: list[str] = field(default_factory=list)
    publisher: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    images: list[RawImage] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    body_text: str | None = None

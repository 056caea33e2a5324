"""Page metadata: every source a page carries, reconciled (placeholder, issue 4)."""

from __future__ import annotations

import datetime as dt

import attrs
from lxml.html import HtmlElement

from ....model import Byline, Image

__all__ = ["PageMetadata", "extract_metadata"]


@attrs.frozen(kw_only=True)
class PageMetadata:
    """What a page says about its article, from JSON-LD, meta tags, microdata, ..."""

    headline: str | None = None
    subheadline: str | None = None
    byline: Byline | None = None
    published: dt.datetime | dt.date | None = None
    modified: dt.datetime | dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    #: The article body as the page's JSON-LD gives it (a hint for the body finder).
    body_text: str | None = None


def extract_metadata(root: HtmlElement, *, url: str | None = None) -> PageMetadata:
    """Read and reconcile the metadata of the page whose parsed tree is ``root``."""
    return PageMetadata(url=url)

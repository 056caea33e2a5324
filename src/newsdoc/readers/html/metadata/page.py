"""Metadata printed in the page's body: microdata, hNews / h-entry, ``<time>``, bylines.

One XPath walk (evaluated inside libxml2) finds every element that may carry
any of them; the rules below then look only at those few elements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from .collect import element_text
from .found import Found, RawAuthor, RawImage, clean_text

__all__ = ["PageFound", "from_page"]

# Substrings of a class or id that mark a byline or a date.  Matched in lower
# case by the XPath below (libxml2's translate), then checked in Python.
BYLINE_MARKS = ("byline", "by-line", "author", "writer", "contributor", "creator", "reporter",
                "posted-by", "postedby", "autor", "auteur")  # fmt: skip
DATE_MARKS = ("date", "time", "publish", "posted", "dateline")
# A marked element that is not a byline or date of this article.
NOT_BYLINE = ("bio", "avatar", "image", "img", "photo", "pic", "thumb", "social", "follow",
              "icon", "comment", "more-", "related", "share", "email", "twitter", "facebook",
              "description", "about", "desc", "profile-", "list", "link-", "box", "caption",
              "title")  # fmt: skip
NOT_DATE = ("update", "modif", "comment", "caption", "timeline", "runtime", "reading", "read-time",
            "duration", "timezone", "readtime", "time-to", "datepicker", "weather")  # fmt: skip
# Ancestors whose content belongs to something else than the article.
OUTSIDE = ("comment", "related", "recommend", "sidebar", "footer", "promo", "newsletter",
           "trending", "popular", "most-read", "mostread", "outbrain", "taboola")  # fmt: skip
OUTSIDE_TAGS = frozenset({"nav", "footer", "aside"})
DEK_MARKS = ("dek", "standfirst", "subtitle", "subhead", "sub-head", "deck", "strapline",
             "summary", "excerpt", "lede", "intro", "teaser", "kicker-sub",
             "description")  # fmt: skip
_MAX_BYLINE = 200
_MAX_DATE_TEXT = 120
_MAX_VISIBLE_DATES = 8
_MAX_OUTSIDE_DEPTH = 12

# Class and id substrings the walk looks for (libxml2's contains() is case-sensitive
# and translate() costs a lot, so the usual capitalised spellings are listed too).
_WALK_MARKS = ("byline", "Byline", "author", "Author", "autor", "writer", "contributor", "date",
               "Date", "time", "publish", "entry", "vcard", "h-card", "p-name")  # fmt: skip
_CLASS_TEST = " or ".join(f"contains(@class, '{mark}')" for mark in _WALK_MARKS)
_ID_TEST = " or ".join(
    f"contains(@id, '{mark}')" for mark in ("byline", "author", "date", "Byline")
)
# One walk inside libxml2: much cheaper than visiting every element from Python.
_WALK = etree.XPath(
    f"//*[self::h1 or self::time or @itemprop or @rel or @datetime "
    f"or (@class and ({_CLASS_TEST})) or (@id and ({_ID_TEST}))]"
)


@dataclass
class Visible:
    """A byline or date printed on the page, and where it stands relative to the headline."""

    position: int
    byline: str | None = None
    author: RawAuthor | None = None
    date: str | None = None
    published: bool = False


@dataclass
class PageFound:
    """What the body says, per convention, and the ``<h1>`` elements in document order."""

    microdata: Found = field(default_factory=lambda: Found(source="microdata"))
    hnews: Found = field(default_factory=lambda: Found(source="hnews"))
    visible: Found = field(default_factory=lambda: Found(source="visible"))
    h1: list[HtmlElement] = field(default_factory=list)


def _key(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _outside(element: HtmlElement) -> bool:
    """Whether ``element`` sits in comments, related links, a footer, ..."""
    parent = element.getparent()
    depth = 0
    while parent is not None and depth < _MAX_OUTSIDE_DEPTH:
        if parent.tag in OUTSIDE_TAGS:
            return True
        key = _key(parent)
        if any(mark in key for mark in OUTSIDE):
            return True
        parent = parent.getparent()
        depth += 1
    return False


def _date_value(element: HtmlElement) -> str | None:
    for attribute in ("datetime", "content", "title", "data-timestamp"):
        value: str | None = element.get(attribute)
        if value and value.strip() and any(c.isdigit() for c in value):
            return value.strip()
    text = element_text(element)
    return text if text and len(text) <= _MAX_DATE_TEXT else None


def _person(element: HtmlElement) -> RawAuthor | None:
    """The author an ``itemprop=author`` / ``h-card`` / ``rel=author`` element names."""
    name = None
    for child in element.iter():
        prop = (child.get("itemprop") or "").split()
        if "name" in prop:
            name = clean_text(child.get("content")) or element_text(child)
            break
        key = _key(child)
        if child is not element and ("fn" in key.split() or "p-name" in key):
            name = element_text(child)
            break
    if not name:
        name = clean_text(element.get("content")) or element_text(element)
    if not name or len(name) > _MAX_BYLINE:
        return None
    url = element.get("href")
    if url is None:
        link = element.find(".//a[@href]")
        url = link.get("href") if link is not None else None
    return RawAuthor(name=name, url=url)


def _microdata(element: HtmlElement, props: list[str], found: Found) -> None:
    for prop in props:
        if prop in ("author", "creator") and not _outside(element):
            author = _person(element)
            if author is not None:
                found.authors.append(author)
        elif prop in ("datepublished", "datecreated"):
            value = _date_value(element)
            if value:
                found.published.append(value)
        elif prop == "datemodified":
            value = _date_value(element)
            if value:
                found.modified.append(value)
        elif prop == "headline":
            text = clean_text(element.get("content")) or element_text(element)
            if text:
                found.headlines.append(text)
        elif prop in ("articlesection", "genre"):
            text = clean_text(element.get("content")) or element_text(element)
            if text:
                found.sections.append(text)
        elif prop == "image" and element.tag in ("img", "meta", "link"):
            url = element.get("src") or element.get("content") or element.get("href")
            if url:
                found.images.append(RawImage(url=url, alt=clean_text(element.get("alt"))))


def _hnews(element: HtmlElement, tokens: set[str], found: Found) -> None:
    if tokens & {"entry-title", "p-name"} and element.tag in ("h1", "h2"):
        text = element_text(element)
        if text:
            found.headlines.append(text)
    if tokens & {"p-author", "author"} and tokens & {"vcard", "h-card"} and not _outside(element):
        author = _person(element)
        if author is not None:
            found.authors.append(author)
    if tokens & {"published", "dt-published"}:
        value = _date_value(element)
        if value:
            found.published.append(value)
    if tokens & {"updated", "dt-updated"}:
        value = _date_value(element)
        if value:
            found.modified.append(value)


def from_page(root: HtmlElement) -> PageFound:
    """The metadata printed in the page's body, one walk over the candidate elements."""
    page = PageFound()
    visible: list[Visible] = []
    anchor: int | None = None
    elements = cast("list[HtmlElement]", _WALK(root))
    for position, element in enumerate(elements):
        tag = element.tag
        if tag == "h1":
            page.h1.append(element)
            if anchor is None:
                anchor = position
        props = (element.get("itemprop") or "").lower().split()
        if props:
            _microdata(element, props, page.microdata)
        key = _key(element)
        tokens = set(key.split())
        if tokens:
            _hnews(element, tokens, page.hnews)
        rel = (element.get("rel") or "").lower().split()
        if "author" in rel and tag == "a" and not _outside(element):
            author = _person(element)
            if author is not None:
                visible.append(Visible(position, author=author))
            continue
        if tag == "time" or element.get("datetime"):
            if "update" in key or "modif" in key:
                value = _date_value(element)
                if value:
                    page.visible.modified.append(value)
                continue
            if not _outside(element):
                value = _date_value(element)
                if value:
                    published = element.get("pubdate") is not None or "publish" in key
                    visible.append(Visible(position, date=value, published=published))
            continue
        if props or tag in ("h1", "script", "style", "meta", "link", "img"):
            continue
        if any(mark in key for mark in BYLINE_MARKS) and not any(m in key for m in NOT_BYLINE):
            text = element_text(element)
            if text and len(text) <= _MAX_BYLINE and not _outside(element):
                visible.append(Visible(position, byline=text))
        elif any(mark in key for mark in DATE_MARKS) and not any(m in key for m in NOT_DATE):
            text = element_text(element)
            if (
                text
                and len(text) <= _MAX_DATE_TEXT
                and any(c.isdigit() for c in text)
                and not _outside(element)
            ):
                visible.append(Visible(position, date=text))
    _order_visible(visible, anchor, page.visible)
    return page


def _order_visible(items: list[Visible], anchor: int | None, found: Found) -> None:
    """Bylines and dates nearest after the headline first, then those before it, nearest first."""
    if anchor is not None:
        after = [item for item in items if item.position > anchor]
        before = [item for item in items if item.position < anchor]
        items = after + before[::-1]
    dates = 0
    for item in sorted(items, key=lambda item: not item.published):
        if item.date is not None and dates < _MAX_VISIBLE_DATES:
            found.published.append(item.date)
            dates += 1
    for item in items:
        if item.author is not None:
            found.authors.append(item.author)
        elif item.byline is not None:
            found.bylines.append(item.byline)


def find_dek(h1: HtmlElement) -> str | None:
    """The standfirst printed right after the headline, when its class says so."""
    sibling = h1.getnext()
    for _ in range(3):
        if sibling is None:
            break
        if isinstance(sibling.tag, str):
            key = _key(sibling)
            if any(mark in key for mark in DEK_MARKS):
                text = element_text(sibling)
                if text:
                    return text
        sibling = sibling.getnext()
    return None

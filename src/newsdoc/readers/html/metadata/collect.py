"""One pass over a page's ``<meta>``, ``<link>``, JSON-LD, ``<title>`` and ``<h1>`` elements.

Everything later rules need from these elements is gathered here in a single
``root.iter(...)`` walk, so no rule walks the tree again for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..tree import Element, text_content
from .fields.language import page_language

__all__ = ["JSONLD_TYPES", "HeadData", "collect_head", "element_text", "script_kind"]

_TAGS = ("meta", "link", "script", "title", "h1")
JSONLD_TYPES = frozenset({"application/ld+json", "application/ld+json;charset=utf-8"})


@dataclass
class HeadData:
    """What the page's ``<meta>``, ``<link>``, JSON-LD and ``<title>`` elements say.

    ``meta`` maps a lower-cased ``property``/``name``/``itemprop``/``http-equiv``
    to its non-empty ``content`` values in document order; ``links`` maps a
    lower-cased ``rel`` token to ``href`` values; ``h1s`` are the page's
    ``<h1>`` elements in document order (headline candidates, gathered in the
    same walk).
    """

    meta: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[str] = field(default_factory=list)
    title: str | None = None
    language: str | None = None
    h1s: list[Element] = field(default_factory=list)
    #: The page's ``<script>`` elements, JSON-LD or not (a last resort reads
    #: the dates a page's own data declare there).
    scripts: list[Element] = field(default_factory=list)

    def first(self, *keys: str) -> str | None:
        """The first value of the first of ``keys`` the page has."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values[0]
        return None

    def all(self, *keys: str) -> Iterator[str]:
        """Every value of every one of ``keys``, in the order of ``keys``."""
        for key in keys:
            yield from self.meta.get(key, ())


def element_text(element: Element) -> str:
    """The text of ``element`` with its whitespace collapsed."""
    return " ".join(text_content(element).split())


def script_kind(element: Element) -> str:
    """A ``<script>``'s type, lower case, without spaces ("application/ld+json")."""
    return (element.get("type") or "").strip().lower().replace(" ", "")


def collect_head(root: Element) -> HeadData:
    """Gather the ``<meta>``, ``<link>``, JSON-LD, ``<title>`` and ``<h1>`` data of a page."""
    data = HeadData()
    meta = data.meta
    links = data.links
    data.language = page_language(root)
    for element in root.iter(*_TAGS):
        tag = element.tag
        if tag == "meta":
            content = element.get("content")
            if content is None:
                content = element.get("value")
            if content is None or not content.strip():
                continue
            content = content.strip()
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                key = element.get(attribute)
                if key:
                    # property="og:title article:tag" happens (RDFa lists several)
                    for token in key.lower().split():
                        meta.setdefault(token, []).append(content)
        elif tag == "link":
            href = element.get("href")
            rel = element.get("rel")
            if href and rel:
                for token in rel.lower().split():
                    links.setdefault(token, []).append(href.strip())
        elif tag == "h1":
            data.h1s.append(element)
        elif tag == "script":
            kind = script_kind(element)
            if kind in JSONLD_TYPES and element.text and element.text.strip():
                data.jsonld.append(element.text)
            data.scripts.append(element)  # (its text is read only when needed: a copy)
        elif data.title is None:
            # the first <title>, skipping the ones of inline SVG pictures
            parent = element.getparent()
            if parent is None or parent.tag in ("head", "html"):
                text = element_text(element)
                if text:
                    data.title = text
    return data

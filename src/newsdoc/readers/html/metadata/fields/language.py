"""The page's language, as a BCP 47 tag."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...tree import Element

if TYPE_CHECKING:  # (collect reads the page's language with page_language: no import cycle)
    from ..collect import HeadData
    from ..found import Found

__all__ = ["choose_language", "normalize_language", "page_language"]

_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$")


def normalize_language(value: str | None) -> str | None:
    """A language tag in BCP 47 form (``en_US`` → ``en-US``), or ``None`` if it is not one."""
    if not value:
        return None
    match = _LANGUAGE.match(value.strip())
    if match is None:
        return None
    language, script, region = match.groups()
    tag = language.lower()
    if script:
        tag += "-" + script.title()
    if region:
        tag += "-" + region.upper()
    return tag


def page_language(root: Element) -> str | None:
    """The language the page's ``<html>`` element declares, in BCP 47 form, or ``None``.

    Its ``lang``, else its ``xml:lang`` (XHTML), with stray spaces and in any case
    (``" ca"``, ``"DE-de"``).  The metadata and the body read it so, the one as the other.
    """
    return normalize_language(root.get("lang")) or normalize_language(root.get("xml:lang"))


def choose_language(head: HeadData, found: list[Found]) -> str | None:
    """The page's language: ``<html lang>``, JSON-LD, content-language, ``og:locale``."""
    for value in (head.language, *(v for f in found for v in f.languages)):
        tag = normalize_language(value)
        if tag is not None:
            return tag
    return None

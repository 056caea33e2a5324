"""The page's language, as a BCP 47 tag."""

from __future__ import annotations

import re

from ..collect import HeadData
from ..found import Found

__all__ = ["choose_language", "normalize_language"]

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


def choose_language(head: HeadData, found: list[Found]) -> str | None:
    """The page's language: ``<html lang>``, JSON-LD, content-language, ``og:locale``."""
    for value in (head.language, *(v for f in found for v in f.languages)):
        tag = normalize_language(value)
        if tag is not None:
            return tag
    return None

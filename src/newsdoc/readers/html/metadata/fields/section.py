"""The section: the first source's, made readable ("/WORLD/MIDDLE_EAST": "World / Middle East")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .shared import first_text

__all__ = ["choose_section", "display_section"]

# Where a path of sections splits: slashes, bars, ">" and "»" breadcrumbs.
_LEVELS = re.compile(r"\s*[/|>»›]\s*")
# Words of a slug: joined by underscores, hyphens or dots ("middle_east", "us-news").
_JOINS = re.compile(r"[_\-.+]+")
# Two-letter words of a slug are the acronyms of sections ("uk", "us", "eu", "tv").
_ACRONYM_LENGTH = 2


def display_section(section: str) -> str:
    """``section`` as a reader would print it.

    A path ("/WORLD/MIDDLE_EAST", "news>politics") becomes levels joined by
    " / "; a slug's underscores and hyphens become spaces; a level written all
    in capitals or all in lower case is title-cased (two-letter words, as
    "uk" or "us", in capitals).  A section already written as words
    ("Middle East", "Technik & Motor") is kept as it is.
    """
    levels = [level for level in _LEVELS.split(section.strip()) if level.strip()]
    shown = []
    for level in levels:
        words = _JOINS.sub(" ", level).split() if _is_slug(level) else level.split()
        text = " ".join(words)
        if text.isupper() or text.islower():
            text = " ".join(
                word.upper() if len(word) <= _ACRONYM_LENGTH and word.isalpha() else word.title()
                for word in words
            )
        shown.append(text)
    return " / ".join(shown) or section.strip()


def _is_slug(level: str) -> bool:
    return " " not in level.strip() and _JOINS.search(level) is not None


def choose_section(values: Iterable[str]) -> str | None:
    """The first section any source gives, made readable (:func:`display_section`)."""
    section = first_text(values)
    return display_section(section) if section else None

"""The article's tags, from every source."""

from __future__ import annotations

from ..found import Found, one_line

__all__ = ["choose_tags"]

_MAX_TAGS = 40


def choose_tags(found: list[Found]) -> tuple[str, ...]:
    """The article's tags from every source, without duplicates (case-insensitive)."""
    tags: list[str] = []
    seen: set[str] = set()
    for text in (t for f in found for t in f.tags):
        tag = one_line(text)
        if tag and len(tag) <= 80 and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags[:_MAX_TAGS])

"""The page's URL: the canonical one it names, else where it was fetched from."""

from __future__ import annotations

from ..collect import HeadData
from ..found import Found
from .shared import resolve_url

__all__ = ["choose_url"]


def choose_url(head: HeadData, found: list[Found], url: str | None) -> str | None:
    """The canonical URL (``<link rel=canonical>``, ``og:url``, JSON-LD), else ``url``."""
    for candidate in (*head.links.get("canonical", ()), *(u for f in found for u in f.urls)):
        resolved = resolve_url(candidate, url)
        if resolved:
            return resolved
    return url

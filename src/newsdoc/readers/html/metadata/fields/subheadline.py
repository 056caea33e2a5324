"""The subheadline (dek, standfirst): printed after the headline, else a description."""

from __future__ import annotations

from ...tree import Element
from ..found import Found
from ..page import find_dek
from .shared import text_key

__all__ = ["choose_dek"]

_DEK_MIN = 20
_DEK_MAX = 400


def choose_dek(found: list[Found], h1: Element | None, headline: str | None) -> str | None:
    """The standfirst: printed after the headline, else a description that reads as one."""
    if h1 is not None:
        dek = find_dek(h1)
        if dek and (headline is None or text_key(dek) != text_key(headline)):
            return dek
    for text in (t for f in found for t in f.descriptions):
        if not _DEK_MIN <= len(text) <= _DEK_MAX or text.endswith(("...", "…", "[…]")):
            continue
        if headline is not None and text_key(text) in (text_key(headline), ""):
            continue
        return text
    return None

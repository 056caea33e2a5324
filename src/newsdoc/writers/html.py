"""HTML writer (placeholder until issue 6 lands)."""

from __future__ import annotations

from ..model import Article


def to_html(article: Article, *, full_document: bool = True) -> str:
    """The article as semantic, safe HTML5."""
    raise NotImplementedError("to_html is not written yet")

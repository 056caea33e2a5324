"""Markdown writer (placeholder until issue 6 lands)."""

from __future__ import annotations

from ..model import Article


def to_markdown(article: Article) -> str:
    """The article as the Markdown-like text parse_text reads."""
    raise NotImplementedError("to_markdown is not written yet")

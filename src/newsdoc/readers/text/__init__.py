"""The plain-text reader (placeholder until issue 3 lands)."""

from __future__ import annotations

from ...errors import ParseError
from ...model import Article, Paragraph

__all__ = ["parse_text"]


def parse_text(text: str, *, analyze: bool = True) -> Article:
    """Read an article from plain or Markdown-like text."""
    if not isinstance(text, str):
        raise ParseError(f"parse_text: expected str, got {type(text).__name__}")
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    if not blocks:
        raise ParseError("parse_text: the text is empty")
    article = Article(paragraphs=tuple(Paragraph(text=b) for b in blocks))
    if analyze:
        from ...analysis import analyze as run_analysis

        article = run_analysis(article)
    return article

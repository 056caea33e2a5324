"""The analysis step (placeholder until issue 5 lands)."""

from __future__ import annotations

from ..model import Article

__all__ = ["analyze"]


def analyze(article: Article) -> Article:
    """Find the people, quotes and citations in ``article``; return the enriched copy."""
    return article

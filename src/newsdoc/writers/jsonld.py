"""schema.org JSON-LD writer (placeholder until issue 6 lands)."""

from __future__ import annotations

from typing import Any

from ..model import Article


def to_jsonld(article: Article) -> dict[str, Any]:
    """The article as a schema.org NewsArticle."""
    raise NotImplementedError("to_jsonld is not written yet")

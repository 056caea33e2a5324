"""The HTML reader (placeholder until issue 4 lands)."""

from __future__ import annotations

from ...errors import ParseError
from ...model import Article

__all__ = ["parse_html"]


def parse_html(html: str | bytes, *, url: str | None = None, analyze: bool = True) -> Article:
    """Read an article from an HTML page (text or bytes in any encoding)."""
    if not isinstance(html, (str, bytes)):
        raise ParseError(f"parse_html: expected str or bytes, got {type(html).__name__}")
    return Article(url=url)

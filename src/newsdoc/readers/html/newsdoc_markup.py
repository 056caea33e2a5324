"""Reading back newsdoc's own HTML exactly (placeholder, issue 6)."""

from __future__ import annotations

from lxml.html import HtmlElement

from ...model import Article

__all__ = ["read_newsdoc_markup"]


def read_newsdoc_markup(root: HtmlElement) -> Article | None:
    """The Article a page written by ``newsdoc.to_html`` holds, or ``None`` for other pages."""
    return None

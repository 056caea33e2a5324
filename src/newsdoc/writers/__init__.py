"""Writers: render an :class:`Article` as JSON, HTML, Markdown, JSON-LD or ninjs."""

from __future__ import annotations

from .html import to_html
from .json import to_dict, to_json
from .jsonld import to_jsonld, to_jsonld_string
from .markdown import to_markdown
from .ninjs import to_ninjs

__all__ = [
    "to_dict",
    "to_html",
    "to_json",
    "to_jsonld",
    "to_jsonld_string",
    "to_markdown",
    "to_ninjs",
]

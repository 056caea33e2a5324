"""Writers: render an :class:`Article` as JSON, HTML, Markdown, JSON-LD or ninjs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
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

#: The module of each writer, imported on first use (PEP 562): a program that
#: writes JSON does not load the HTML or Markdown writer (nor does a reader
#: that only needs :mod:`.urls`).
_MODULES = {
    "to_dict": "json",
    "to_html": "html",
    "to_json": "json",
    "to_jsonld": "jsonld",
    "to_jsonld_string": "jsonld",
    "to_markdown": "markdown",
    "to_ninjs": "ninjs",
}

if not TYPE_CHECKING:  # mypy sees the imports above: a misspelt name stays an error
    __getattr__, __dir__ = lazy_exports(__name__, globals(), _MODULES, __all__)

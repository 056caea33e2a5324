"""newsdoc: news articles as a typed object model, and back.

Readers turn HTML pages and text into an :class:`Article`; :func:`analyze`
finds the people, quotes and cited sources in it; writers render it as JSON,
HTML, Markdown, schema.org JSON-LD or IPTC ninjs.  :func:`parse` composes
reading and analysis; :data:`FORMATS` lists every format.

>>> import newsdoc
>>> article = newsdoc.parse("# A headline\\n\\nThe body.", analyze=False)
>>> article.headline
'A headline'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports
from .errors import (
    FormatError,
    InputTooLargeError,
    InvalidArticleError,
    NewsdocError,
    NewsdocWarning,
    ParseError,
)

if TYPE_CHECKING:
    from .analysis import analyze
    from .formats import FORMATS, Format, get_format
    from .model import (
        Article,
        Byline,
        Citation,
        CitationKind,
        Image,
        Link,
        Paragraph,
        ParagraphKind,
        Person,
        Quote,
        QuoteKind,
        Span,
        SpeakerKind,
    )
    from .pipeline import detect_format, parse
    from .readers import from_dict, from_json, parse_html, parse_text
    from .schema import FORMAT_VERSION, json_schema
    from .writers import (
        to_dict,
        to_html,
        to_json,
        to_jsonld,
        to_jsonld_string,
        to_markdown,
        to_ninjs,
    )

__version__ = "0.1.0"

__all__ = [
    "FORMATS",
    "FORMAT_VERSION",
    "Article",
    "Byline",
    "Citation",
    "CitationKind",
    "Format",
    "FormatError",
    "Image",
    "InputTooLargeError",
    "InvalidArticleError",
    "Link",
    "NewsdocError",
    "NewsdocWarning",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Person",
    "Quote",
    "QuoteKind",
    "Span",
    "SpeakerKind",
    "__version__",
    "analyze",
    "detect_format",
    "from_dict",
    "from_json",
    "get_format",
    "json_schema",
    "parse",
    "parse_html",
    "parse_text",
    "to_dict",
    "to_html",
    "to_json",
    "to_jsonld",
    "to_jsonld_string",
    "to_markdown",
    "to_ninjs",
]

#: Where each export lives.  They are imported on first use (PEP 562), so that
#: ``import newsdoc`` (and the command line's start-up) pays only for what is
#: used: not the writers a conversion does not write, nor the text reader for
#: HTML, nor the analysis that ``--no-analysis`` skips.
_EXPORTS = {
    "analysis": ("analyze",),
    "model": (
        "Article",
        "Byline",
        "Citation",
        "CitationKind",
        "Image",
        "Link",
        "Paragraph",
        "ParagraphKind",
        "Person",
        "Quote",
        "QuoteKind",
        "SpeakerKind",
        "Span",
    ),
    "formats": ("FORMATS", "Format", "get_format"),
    "pipeline": ("detect_format", "parse"),
    "readers": ("from_dict", "from_json", "parse_html", "parse_text"),
    "schema": ("FORMAT_VERSION", "json_schema"),
    "writers": (
        "to_dict",
        "to_html",
        "to_json",
        "to_jsonld",
        "to_jsonld_string",
        "to_markdown",
        "to_ninjs",
    ),
}
_LAZY = {name: module for module, names in _EXPORTS.items() for name in names}


if not TYPE_CHECKING:  # mypy sees the imports above: a misspelt name stays an error
    __getattr__, __dir__ = lazy_exports(__name__, globals(), _LAZY, __all__)

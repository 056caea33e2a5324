"""newsdoc: news articles as a typed object model, and back.

Readers turn HTML pages and text into an :class:`Article`; :func:`analyze`
finds the people, quotes and cited sources in it; writers render it as JSON,
HTML, Markdown, schema.org JSON-LD or IPTC ninjs.

>>> import newsdoc
>>> article = newsdoc.parse_text("# A headline\\n\\nThe body.", analyze=False)
>>> article.headline
'A headline'
"""

from __future__ import annotations

from .analysis import analyze
from .errors import (
    FormatError,
    InputTooLargeError,
    InvalidArticleError,
    NewsdocError,
    NewsdocWarning,
    ParseError,
)
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
)
from .readers import from_dict, from_json, parse, parse_html, parse_text
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
    "FORMAT_VERSION",
    "Article",
    "Byline",
    "Citation",
    "CitationKind",
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
    "__version__",
    "analyze",
    "from_dict",
    "from_json",
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

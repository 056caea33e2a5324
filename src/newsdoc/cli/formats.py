"""The formats the command line reads and writes, as data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ..model import Article

__all__ = ["READERS", "WRITERS", "Writer", "read_article", "writer_for"]

#: ``--from`` choices; ``auto`` reads ``.json`` files as newsdoc JSON and
#: picks the reader of anything else from its content.
READERS = ("auto", "html", "text", "json")


class Writer(NamedTuple):
    """A ``--to`` format: the suffix of its files and how to render an article."""

    suffix: str
    render: Callable[[Article, int | None], str]


# The writers are imported when first used, not at start-up: a run loads the one it writes.


def _json(article: Article, indent: int | None) -> str:
    from ..writers.json import to_json

    return to_json(article, indent=indent)


def _jsonl(article: Article, indent: int | None) -> str:
    return _json(article, None)  # one compact document per line, whatever --indent says


def _html(article: Article, indent: int | None) -> str:
    from ..writers.html import to_html

    return to_html(article)


def _markdown(article: Article, indent: int | None) -> str:
    from ..writers.markdown import to_markdown

    return to_markdown(article)


def _jsonld(article: Article, indent: int | None) -> str:
    from ..writers.jsonld import to_jsonld

    return _dump(to_jsonld(article), indent)


def _ninjs(article: Article, indent: int | None) -> str:
    from ..writers.ninjs import to_ninjs

    return _dump(to_ninjs(article), indent)


def _dump(document: dict[str, Any], indent: int | None) -> str:
    return json.dumps(document, ensure_ascii=False, indent=indent)


WRITERS: dict[str, Writer] = {
    "json": Writer(".json", _json),
    "html": Writer(".html", _html),
    "markdown": Writer(".md", _markdown),
    "jsonld": Writer(".jsonld", _jsonld),
    "ninjs": Writer(".ninjs.json", _ninjs),
    "jsonl": Writer(".jsonl", _jsonl),
}


#: Extensions that name a format besides the formats' own suffixes.
_ALIASES = {".htm": "html", ".xhtml": "html", ".markdown": "markdown", ".ndjson": "jsonl"}


def writer_for(path: str) -> str:
    """The ``--to`` format a file name asks for (``a.md`` → markdown); json when unknown."""
    name = path.lower()
    # longest suffix first: ".ninjs.json" before ".json"
    for suffix, to in sorted(
        [*((w.suffix, to) for to, w in WRITERS.items()), *_ALIASES.items()],
        key=lambda pair: -len(pair[0]),
    ):
        if name.endswith(suffix):
            return to
    return "json"


def read_article(data: bytes, *, name: str, reader: str, url: str | None, analyze: bool) -> Article:
    """Read one input's bytes with the reader ``--from`` names.

    ``name`` is the input's file name: with ``auto``, a ``.json`` (or
    ``.json.gz``) file is newsdoc JSON, so that other JSON gets a clear format
    error instead of being read as text.  newsdoc JSON is read as stored:
    ``url`` and ``analyze`` do not apply to it.
    """
    # imported here, not at start-up: `newsdoc --help` and `schema` need no reader,
    # and `import newsdoc.readers` loads only the reader a page needs
    from ..readers import _decode_text, from_json, parse, parse_html, parse_text

    if reader == "auto" and not name.lower().removesuffix(".gz").endswith(".json"):
        return parse(data, url=url, analyze=analyze)
    if reader in ("auto", "json"):
        return from_json(data)
    if reader == "html":
        return parse_html(data, url=url, analyze=analyze)
    article = parse_text(_decode_text(data), analyze=analyze)
    if url is not None and article.url is None:
        article = article.evolve(url=url)
    return article

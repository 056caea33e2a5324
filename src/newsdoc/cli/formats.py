"""The formats the command line reads and writes, as data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import writers

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


def _dump(document: dict[str, Any], indent: int | None) -> str:
    return json.dumps(document, ensure_ascii=False, indent=indent)


# newsdoc.writers imports a writer's module on first use: a run loads the one it writes
WRITERS: dict[str, Writer] = {
    "json": Writer(".json", lambda article, indent: writers.to_json(article, indent=indent)),
    "html": Writer(".html", lambda article, indent: writers.to_html(article)),
    "markdown": Writer(".md", lambda article, indent: writers.to_markdown(article)),
    "jsonld": Writer(".jsonld", lambda article, indent: _dump(writers.to_jsonld(article), indent)),
    "ninjs": Writer(
        ".ninjs.json", lambda article, indent: _dump(writers.to_ninjs(article), indent)
    ),
    # one compact newsdoc JSON document per line, whatever --indent says
    "jsonl": Writer(".jsonl", lambda article, indent: writers.to_json(article)),
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
    # imported here, not at start-up: `newsdoc --version`, `--help` and `schema` need none
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

"""The registry of formats: one table of what newsdoc reads and writes.

Each :class:`Format` names a format, the file extensions and media type that
announce it, and its reader and/or writer, in one shape for all:

- a reader is ``read(data, *, url=None, http_charset=None) -> Article``:
  ``data`` is the document (``str``, or ``bytes`` in any encoding the format
  allows); ``url`` is where it came from; ``http_charset`` is the charset of
  the HTTP header it was served with, when known (a hint for bytes, ranked
  by each reader as its format's standard says);
- a writer is ``write(article, *, indent=None) -> str``: ``indent`` indents
  the JSON formats and is ignored by the others.

:func:`newsdoc.parse` and the command line are built from this table (its
``--from`` and ``--to`` choices, the format an output file's extension asks
for), so a new format is one new entry here.  Readers and writers are
imported when first called: a program that writes JSON never loads the HTML
writer.
"""

from __future__ import annotations

import functools
import importlib
import json
import types
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from .errors import NewsdocError

if TYPE_CHECKING:
    from .model import Article

__all__ = [
    "FORMATS",
    "Format",
    "Reader",
    "UnknownFormatError",
    "Writer",
    "format_for_path",
    "get_format",
    "reader_names",
    "writer_names",
]


class Reader(Protocol):
    """The shape of every reader: the document in, the article out."""

    def __call__(
        self, data: str | bytes, /, *, url: str | None = None, http_charset: str | None = None
    ) -> Article: ...


class Writer(Protocol):
    """The shape of every writer: the article in, the document out."""

    def __call__(self, article: Article, /, *, indent: int | None = None) -> str: ...


class UnknownFormatError(NewsdocError, ValueError):
    """A format name that is not in :data:`FORMATS`, or a format that cannot do what was asked."""


@attrs.frozen(kw_only=True)
class Format:
    """One format: its names, how files of it are recognised, its reader and writer.

    ``extensions`` are lower case with their dot, the first being the one an
    output gets; ``aliases`` are other names accepted for it.
    """

    name: str
    description: str
    extensions: tuple[str, ...]
    media_type: str
    read: Reader | None = None
    write: Writer | None = None
    aliases: tuple[str, ...] = ()

    @property
    def extension(self) -> str:
        """The extension an output of this format gets (``.json``, ``.md``...)."""
        return self.extensions[0]


def _imported(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported on its first call (the registry loads no reader or writer)."""

    @functools.cache
    def target() -> Callable[..., Any]:
        found: Callable[..., Any] = getattr(importlib.import_module(module), name)
        return found

    def call(*args: Any, **kwargs: Any) -> Any:
        return target()(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"``{module}.{name}``, imported on first use."
    return call


def _writer(module: str, name: str, *, document: bool = False) -> Writer:
    """A writer from ``module.name(article)``, which returns text, or with ``document`` a dict.

    A document (JSON-LD, ninjs) is written as JSON text, indented by ``indent``;
    text (HTML, Markdown) has no indentation to choose.
    """
    render = _imported(module, name)

    def write(article: Article, /, *, indent: int | None = None) -> str:
        if document:
            return json.dumps(render(article), ensure_ascii=False, indent=indent)
        text: str = render(article)
        return text

    return write


def _json_lines(article: Article, /, *, indent: int | None = None) -> str:
    """One compact newsdoc JSON document, for a JSON Lines stream (``indent`` never applies)."""
    from .writers.json import to_json

    return to_json(article)


_ENTRIES = (
    Format(
        name="html",
        description="an HTML page (any site, any encoding); written as safe semantic HTML5",
        extensions=(".html", ".htm", ".xhtml"),
        media_type="text/html",
        read=_imported("newsdoc.readers.html", "parse_html"),
        write=_writer("newsdoc.writers.html", "to_html"),
    ),
    Format(
        name="markdown",
        description="Markdown-like text: scrapes, front matter exports, wire copy",
        extensions=(".md", ".markdown", ".txt"),
        media_type="text/markdown",
        read=_imported("newsdoc.readers.text", "parse_text"),
        write=_writer("newsdoc.writers.markdown", "to_markdown"),
        aliases=("text",),
    ),
    Format(
        name="json",
        description="newsdoc JSON, lossless (see newsdoc.json_schema())",
        extensions=(".json",),
        media_type="application/json",
        read=_imported("newsdoc.readers.json", "from_json"),
        write=_imported("newsdoc.writers.json", "to_json"),
    ),
    Format(
        name="jsonl",
        description="newsdoc JSON Lines: one compact document per line",
        extensions=(".jsonl", ".ndjson"),
        media_type="application/x-ndjson",
        write=_json_lines,
    ),
    Format(
        name="jsonld",
        description="schema.org NewsArticle as JSON-LD",
        extensions=(".jsonld",),
        media_type="application/ld+json",
        write=_writer("newsdoc.writers.jsonld", "to_jsonld", document=True),
    ),
    Format(
        name="ninjs",
        description="IPTC ninjs 3.1",
        extensions=(".ninjs.json",),
        media_type="application/json",
        write=_writer("newsdoc.writers.ninjs", "to_ninjs", document=True),
    ),
)

#: Every format by name, in a fixed order (readers first).
FORMATS: Mapping[str, Format] = types.MappingProxyType({f.name: f for f in _ENTRIES})
_BY_ALIAS = {alias: f for f in _ENTRIES for alias in (f.name, *f.aliases)}


def get_format(name: str) -> Format:
    """The format called ``name`` (or one of its aliases); :class:`UnknownFormatError` if none."""
    found = _BY_ALIAS.get(name)
    if found is None:
        raise UnknownFormatError(f"unknown format {name!r} (known: {', '.join(sorted(_BY_ALIAS))})")
    return found


def reader_names() -> tuple[str, ...]:
    """The names of the formats newsdoc reads, aliases included."""
    return tuple(alias for alias, f in _BY_ALIAS.items() if f.read is not None)


def writer_names() -> tuple[str, ...]:
    """The names of the formats newsdoc writes, aliases included."""
    return tuple(alias for alias, f in _BY_ALIAS.items() if f.write is not None)


def format_for_path(path: str) -> Format | None:
    """The format a file name announces (``a.md`` → markdown, ``a.ninjs.json`` → ninjs), if any.

    The longest matching extension wins; a ``.gz`` after it is ignored.
    """
    name = path.lower().removesuffix(".gz")
    matches = [(len(ext), f) for f in _ENTRIES for ext in f.extensions if name.endswith(ext)]
    return max(matches, key=lambda match: match[0])[1] if matches else None

"""The command line's view of :mod:`newsdoc.formats`: its choices, built from the registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ..formats import format_for_path, get_format, reader_names, writer_names

if TYPE_CHECKING:
    from ..model import Article

__all__ = ["READERS", "WRITERS", "Writer", "read_article", "writer_for"]

#: ``--from`` choices; ``auto`` reads ``.json`` files as newsdoc JSON and
#: picks the reader of anything else from its content.
READERS = ("auto", *reader_names())


class Writer(NamedTuple):
    """A ``--to`` format: the suffix of its files and how to render an article."""

    suffix: str
    render: Callable[[Article, int | None], str]


def _writer(name: str) -> Writer:
    write = get_format(name).write
    assert write is not None
    return Writer(get_format(name).extension, lambda article, indent: write(article, indent=indent))


WRITERS: dict[str, Writer] = {name: _writer(name) for name in writer_names()}


def writer_for(path: str) -> str:
    """The ``--to`` format a file name asks for (``a.md`` → markdown); json when unknown."""
    found = format_for_path(path)
    return found.name if found is not None and found.write is not None else "json"


def read_article(data: bytes, *, name: str, reader: str, url: str | None, analyze: bool) -> Article:
    """Read one input's bytes with the reader ``--from`` names (``auto``: detected)."""
    from ..pipeline import detect_format, parse

    chosen = detect_format(data, name=name) if reader == "auto" else reader
    return parse(data, format=chosen, url=url, analyze=analyze)

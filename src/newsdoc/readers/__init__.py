"""Readers: turn HTML pages, text and newsdoc JSON into an :class:`Article`."""

from __future__ import annotations

import os
import re

from .. import limits
from ..errors import ParseError, warn
from ..limits import check_size
from ..model import Article
from .html import parse_html
from .json import from_dict, from_json
from .text import parse_text

__all__ = ["detect_format", "from_dict", "from_json", "parse", "parse_html", "parse_text"]

_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p)\b",
    re.IGNORECASE | re.DOTALL,
)
_JSON_START = re.compile(rb'\s*\{\s*"format"\s*:\s*"newsdoc"')
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def detect_format(data: str | bytes) -> str:
    """Which reader fits ``data``: ``"json"``, ``"html"`` or ``"text"``.

    Decided from the content alone: a newsdoc JSON document starts with its
    ``"format": "newsdoc"`` key, an HTML page with a doctype or one of the
    usual opening tags (after an optional BOM, XML declaration or comments).
    """
    head = data[:4096].encode("utf-8", "replace") if isinstance(data, str) else data[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != _BOMS[0]:
                # UTF-16: drop the zero bytes so the ASCII patterns still match
                head = head.replace(b"\x00", b"")
            break
    if _JSON_START.match(head):
        return "json"
    if _HTML_START.match(head):
        return "html"
    return "text"


def parse(
    source: str | bytes | os.PathLike[str], *, url: str | None = None, analyze: bool = True
) -> Article:
    """Read an article from a path, a ``str`` or ``bytes``, picking the reader by content.

    A :class:`os.PathLike` (e.g. :class:`pathlib.Path`) is read from disk; a
    ``str`` or ``bytes`` is the content itself.  newsdoc JSON is read with
    :func:`from_json` (as stored: ``analyze`` and ``url`` do not apply), HTML
    with :func:`parse_html`, anything else with :func:`parse_text`.
    """
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        try:
            check_size(os.stat(path).st_size, path)
            # read one byte past the limit: a device or a pipe has no size to check first
            with open(path, "rb") as file:
                data: str | bytes = limits.read_at_most(file, limits.MAX_INPUT_CHARS)
            check_size(len(data), path)
        except OSError as error:
            raise ParseError(f"{path}: cannot read: {error.strerror or error}") from None
    elif isinstance(source, (str, bytes)):
        data = source
    else:
        raise ParseError(f"parse: expected a path, str or bytes, got {type(source).__name__}")
    kind = detect_format(data)
    if kind == "json":
        return from_json(data)
    if kind == "html":
        return parse_html(data, url=url, analyze=analyze)
    if isinstance(data, bytes):
        data = _decode_text(data)
    article = parse_text(data, analyze=analyze)
    if url is not None and article.url is None:
        article = article.evolve(url=url)
    return article


def _decode_text(data: bytes) -> str:
    """Decode plain-text bytes: BOM, then UTF-8, then bs4's detection."""
    from bs4.dammit import UnicodeDammit

    if data.startswith(_BOMS[0]):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    dammit = UnicodeDammit(data)
    if dammit.unicode_markup is None:
        raise ParseError("text input: cannot detect the character encoding")
    if dammit.contains_replacement_characters:
        warn("text input: bytes that are not valid in any encoding tried were replaced")
    return dammit.unicode_markup

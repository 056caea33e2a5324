"""Checking and normalising the input text before it is read.

Binary data (a PDF, an image, an archive, random bytes) is refused with a
:class:`~newsdoc.errors.ParseError` by the rule of :mod:`newsdoc.readers.binary`.

Line breaks of every convention (``\\r\\n``, ``\\r``, U+2028, U+0085, form
and line feeds) become ``\\n``; U+2029 (paragraph separator) a blank line.
Invisible formatting characters (soft hyphens, zero-width spaces:
:mod:`newsdoc.readers.invisible`) are removed.
Characters no article text can hold are replaced by U+FFFD with a
:class:`~newsdoc.errors.NewsdocWarning` that says how many and where: control
characters other than tab and newline (NUL included) and lone surrogates
(they cannot be encoded, so no writer could write them).  Replacing keeps the
text's length and shows the reader where something was, instead of a silent
loss.
"""

from __future__ import annotations

import re

from ...errors import ParseError, warn
from ...limits import check_size
from ..binary import check_signature, check_text_share, count_controls
from ..encoding import decode_marked, decode_unknown
from ..invisible import INVISIBLE, without_invisible

__all__ = ["decode", "prepare"]

_BREAKS = re.compile("\r\n?|[\u2028\u0085\x0b\x0c]")
_BAD = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
# Anything this module changes: line breaks other than "\n", the bad characters and the
# invisible ones.
_ANY = re.compile(f"[\r\u2028\u2029\x0b\x0c\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff{INVISIBLE}]")


def prepare(text: object, http_charset: str | None = None) -> str:
    """``text`` decoded, checked and normalised; :class:`ParseError` for non-text or empty input."""
    if isinstance(text, bytes):
        check_size(len(text), "parse_text")
        check_signature(text, "parse_text")
        text = decode(text, http_charset)
    elif isinstance(text, str):
        check_signature(text, "parse_text")
    else:
        raise ParseError(f"parse_text: expected str or bytes, got {type(text).__name__}")
    check_size(len(text), "parse_text")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        raise ParseError(
            "parse_text: the text is empty"
            if not text
            else "parse_text: the text is only white space"
        )
    if _ANY.search(text) is None:
        return text  # the common case: one scan, nothing to change
    check_text_share(count_controls(text), len(text), "parse_text")
    text = without_invisible(_BREAKS.sub("\n", text))
    if "\u2029" in text:
        text = text.replace("\u2029", "\n\n")
    bad = _BAD.search(text)
    if bad is not None:
        count = len(_BAD.findall(text))
        line = text.count("\n", 0, bad.start()) + 1
        warn(
            f"parse_text: replaced {count} control or lone surrogate character(s) with U+FFFD "
            f"(the first, {bad.group()!r}, on line {line})"
        )
        text = _BAD.sub("\ufffd", text)
    if not text.replace("\ufffd", "").strip():
        raise ParseError("parse_text: the text holds no readable characters")
    return text


def decode(data: bytes, http_charset: str | None = None) -> str:
    """Text bytes decoded: a byte order mark, UTF-8, the HTTP charset, then detection.

    Valid UTF-8 is UTF-8 whatever the transport says (servers label text
    ``ISO-8859-1`` by default); ``http_charset`` decides for other bytes when
    it names a text encoding that decodes them cleanly; otherwise the encoding
    is found as the HTML reader finds it (:func:`newsdoc.readers.encoding.decode_unknown`).
    """
    data = data.removeprefix(b"\xef\xbb\xbf")
    marked = decode_marked(data, what="parse_text")
    if marked is not None:
        return marked
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if http_charset:
        hinted = _decode_as(data, http_charset)
        if hinted is not None:
            return hinted
    return decode_unknown(data, what="parse_text")


def _decode_as(data: bytes, label: str) -> str | None:
    """``data`` decoded with the text encoding ``label`` names; ``None`` if none, or no fit."""
    try:
        # bytes.decode takes text encodings only: hex, base64, zlib... raise LookupError
        return data.decode(label.strip().strip("\"'"))
    except (LookupError, UnicodeError):
        return None

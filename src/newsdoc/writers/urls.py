"""The safe-URL rule as writers apply it, and text/JSON escaping for markup.

A URL from an article is untrusted input.  Writers put a URL into ``href`` /
``src`` (HTML), a Markdown link or a JSON-LD / ninjs ``url`` only when it is
safe by the rule readers apply too (:mod:`newsdoc.urls`): its scheme is http,
https or mailto, or it has no scheme at all, the scheme read the way browsers
read it.  An article may be built by hand, so writers check again: unsafe URLs
are dropped with a :class:`~newsdoc.errors.NewsdocWarning` naming the field.
"""

from __future__ import annotations

import json
import re
import urllib.parse

from ..errors import warn
from ..urls import LINK_SCHEMES, browser_view, scheme

__all__ = [
    "UrlCheck",
    "absolute_uri",
    "clean_text",
    "escape_attr",
    "escape_text",
    "mailto",
    "safe_url",
    "script_json",
]

# Characters that are not allowed, or are unsafe, as raw characters in an HTML
# document: C0 controls other than tab and newline (NUL is replaced by parsers,
# the others are parse errors), DEL and the C1 controls, lone surrogates (they
# cannot even be encoded as UTF-8) and noncharacters.  Visible text shows them
# as U+FFFD; the embedded JSON keeps them exactly, as \\u escapes.
_NOT_IN_HTML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)
_CR = re.compile("\r")

# In JSON inside <script>: everything that could end the element or open a
# comment (<, >, &), the JavaScript line terminators, and every character that
# is not allowed raw in HTML is written as a \\u escape (valid JSON, same value).
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029" + _NOT_IN_HTML.pattern[1:-1] + "]")


def clean_text(text: str) -> str:
    """``text`` with characters HTML cannot carry shown as U+FFFD, and each CR as LF.

    Parsers turn CR into LF anyway; doing it here, one character at a time
    (so a CRLF split between two elements reads the same), keeps what every
    parser sees identical.
    """
    return _NOT_IN_HTML.sub("\ufffd", _CR.sub("\n", text))


def escape_text(text: str) -> str:
    """``text`` made safe as HTML element content."""
    return clean_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    """``text`` made safe as a double-quoted HTML attribute value."""
    return escape_text(text).replace('"', "&quot;").replace("'", "&#x27;")


def _escape_json_char(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def script_json(value: object, *, indent: int | None = None) -> str:
    """``value`` as JSON text that can be put inside a ``<script>`` element as is.

    It cannot end the element (``</script>``), open an HTML comment, or break
    a JavaScript string, and it holds only characters valid in HTML; it still
    parses as JSON to exactly ``value``.
    """
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)
    return _JSON_UNSAFE.sub(_escape_json_char, text)


def safe_url(url: str | None, where: str) -> str | None:
    """``url`` as browsers will read it if it is safe, else ``None`` (with a warning).

    ``where`` names the field for the warning, e.g. ``"paragraphs[2].links[0]"``.
    """
    if url is None:
        return None
    seen = browser_view(url)
    found = scheme(seen)
    if found is None or found in LINK_SCHEMES:
        return seen
    warn(
        f"{where}: dropped the URL {url[:80]!r}: its scheme {seen[: len(found)]!r} is not "
        "http, https or mailto"
    )
    return None


class UrlCheck:
    """:func:`safe_url` that warns once per field, for a writer that looks at a URL twice."""

    def __init__(self) -> None:
        self._done: dict[str, str | None] = {}

    def __call__(self, url: str | None, where: str) -> str | None:
        if url is None:
            return None
        if where not in self._done:
            self._done[where] = safe_url(url, where)
        return self._done[where]


def mailto(email: str) -> str:
    """A ``mailto:`` URL for ``email`` (percent-encoded, so always safe)."""
    return "mailto:" + urllib.parse.quote(email, safe="@.+-_~!$*,;=", errors="replace")


_URI_CHARS = "!#$&'()*+,/:;=?@[]~-._%"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def absolute_uri(url: str | None, where: str) -> str | None:
    """``url`` as an absolute RFC 3986 URI (non-ASCII and spaces percent-encoded).

    ``None`` when it is unsafe (warned) or relative (a URI must have a scheme).
    """
    seen = safe_url(url, where)
    if seen is None or scheme(seen) is None:
        return None
    encoded = urllib.parse.quote(seen, safe=_URI_CHARS, errors="replace")
    return _BAD_PERCENT.sub("%25", encoded)

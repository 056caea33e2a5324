"""Text as HTML carries it: characters HTML cannot hold, escaping, JSON inside ``<script>``.

Shared by the HTML writer (and the JSON-LD it embeds) and by the HTML reader,
which reads newsdoc's own pages back and compares their visible text the way
the writer wrote it.
"""

from __future__ import annotations

import json
import re

__all__ = ["escape_attr", "escape_text", "html_safe", "script_json"]

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


def html_safe(text: str) -> str:
    """``text`` with characters HTML cannot carry shown as U+FFFD, and each CR as LF.

    Parsers turn CR into LF anyway; doing it here, one character at a time
    (so a CRLF split between two elements reads the same), keeps what every
    parser sees identical.
    """
    return _NOT_IN_HTML.sub("\ufffd", _CR.sub("\n", text))


def escape_text(text: str) -> str:
    """``text`` made safe as HTML element content."""
    return html_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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

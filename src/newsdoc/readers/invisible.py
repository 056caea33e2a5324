"""Invisible formatting characters, which are hints to a renderer and no part of a text.

Pages put them inside words: soft hyphens (U+00AD, where a word may be broken
at a line's end: "Bundes&shy;regierung"), zero-width spaces (U+200B, where a
line may break), word joiners (U+2060, where it may not) and zero-width
no-break spaces (U+FEFF, a byte-order mark out of its place). A browser shows
none of them and leaves them out of what is copied; kept in an article's text,
a word would not match its own spelling (a search, a name in a byline, the
analysis's word lists). The readers remove them. Zero-width joiners and
non-joiners (U+200C, U+200D) are kept: they change how Persian, the scripts of
India and emoji are written.
"""

from __future__ import annotations

import re

__all__ = ["INVISIBLE", "html_without_invisible", "without_invisible"]

#: The characters removed.
INVISIBLE = "\u00ad\u200b\u2060\ufeff"

_IN_TEXT = re.compile(f"[{INVISIBLE}]")

# In a page's UTF-8 bytes, each character beside a byte of it that pages hold less often
# than its first: most pages hold none of those bytes (found at memchr's speed) and are
# not searched for the character.
_CHARACTERS = (
    (b"\xc2\xad", b"\xad"),
    (b"\xe2\x80\x8b", b"\x8b"),
    (b"\xe2\x81\xa0", b"\x81"),
    (b"\xef\xbb\xbf", b"\xbf"),
)
# The character references that name them (libxml2 knows &shy; but not HTML5's
# &ZeroWidthSpace; and &NoBreak;, which it would leave as text).
_REFERENCES = re.compile(
    rb"&(?:shy|ZeroWidthSpace|NoBreak|#0*(?:173|8203|8288|65279)"
    rb"|#[xX]0*(?:[aA][dD]|200[bB]|2060|[fF][eE][fF][fF]));"
)


def without_invisible(text: str) -> str:
    """``text`` without the :data:`INVISIBLE` characters."""
    return _IN_TEXT.sub("", text)


def html_without_invisible(data: bytes) -> bytes:
    """A page's UTF-8 bytes without the :data:`INVISIBLE` characters, written as
    characters or as character references."""
    for character, byte in _CHARACTERS:
        if byte in data:
            data = data.replace(character, b"")
    return _REFERENCES.sub(b"", data)

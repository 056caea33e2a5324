"""The safe-URL rule as writers apply it.

A URL from an article is untrusted input.  Writers put a URL into ``href`` /
``src`` (HTML), a Markdown link or a JSON-LD / ninjs ``url`` only when it is
safe by the rule readers apply too (:mod:`newsdoc.urls`): its scheme is http,
https or mailto, or it has no scheme at all, the scheme read the way browsers
read it.  An article may be built by hand, so writers check again: unsafe URLs
are dropped with a :class:`~newsdoc.errors.NewsdocWarning` naming the field.
"""

from __future__ import annotations

import html
import re
import urllib.parse

from ..errors import warn
from ..urls import browser_view, scheme, unsafe_scheme

__all__ = ["UrlCheck", "absolute_uri", "mailto", "safe_url"]


def safe_url(url: str | None, where: str) -> str | None:
    """``url`` as browsers will read it if it is safe, else ``None`` (with a warning).

    ``where`` names the field for the warning, e.g. ``"paragraphs[2].links[0]"``.
    A URL is also unsafe when decoding its character references gives an
    unsafe scheme (``javascript&colon;...``, ``&#106;avascript:...``): some
    Markdown renderers put a destination's ``&`` into ``href`` unescaped, and
    the browser then decodes the reference.
    """
    if url is None:
        return None
    seen = browser_view(url)
    found = unsafe_scheme(seen)
    if found is None and "&" in seen:
        found = unsafe_scheme(html.unescape(seen))
    if found is None:
        return seen
    warn(
        f"{where}: dropped the URL {url[:80]!r}: its scheme {found!r} (as a browser reads it) "
        "is not http, https or mailto"
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

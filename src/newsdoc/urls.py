"""The safe-URL rule, one for every reader and writer.

A URL from a page or a text is untrusted input.  It is *safe* when its scheme
is http, https or mailto (an image's: http or https), or when it has no scheme
at all (a relative reference such as ``/path`` or ``#top``, which inherits the
page's).  The scheme is read the way browsers read it (WHATWG URL standard):
leading and trailing C0 controls and spaces are stripped and tabs and newlines
removed anywhere first, so ``" JaVa\\tScRiPt:..."`` is a ``javascript:`` URL.

Readers drop unsafe links and images (with a
:class:`~newsdoc.errors.NewsdocWarning`); writers check again, since an
:class:`~newsdoc.Article` may be built by hand (:mod:`newsdoc.writers.urls`).
"""

from __future__ import annotations

import re

__all__ = ["IMAGE_SCHEMES", "LINK_SCHEMES", "browser_view", "scheme", "unsafe_scheme"]

#: The schemes a link may have.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
#: The schemes an image may have.
IMAGE_SCHEMES = frozenset({"http", "https"})

# what browsers strip first (the WHATWG URL parser)
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = dict.fromkeys(map(ord, "\t\n\r"))
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


def browser_view(url: str) -> str:
    """``url`` as a browser reads it: C0 controls and spaces stripped, tabs and newlines gone."""
    if "\t" in url or "\n" in url or "\r" in url:
        url = url.translate(_TAB_OR_NEWLINE)  # slow (a dict lookup per character): rarely needed
    return url.strip(_C0_OR_SPACE)


def scheme(url: str) -> str | None:
    """The lower-cased scheme of ``url`` (read by :func:`browser_view` first), or ``None``."""
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def unsafe_scheme(url: str, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """The scheme that makes ``url`` unsafe (one not in ``schemes``), or ``None`` if it is safe.

    ``url`` is read as browsers read it first (:func:`browser_view`).
    """
    found = scheme(browser_view(url))
    return found if found is not None and found not in schemes else None

"""What several fields' rules use: comparing texts, reading URLs, the first text given."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import SplitResult, urljoin, urlsplit

from ..found import one_line

__all__ = ["first_text", "resolve_url", "split_url", "text_key"]

_WORD_RUN = re.compile(r"\w+")


# the headline rules compare the same few titles many times over
@functools.lru_cache(maxsize=512)
def text_key(text: str) -> str:
    """What texts are compared by: NFKC, casefolded, only its words, one space apart."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD_RUN.findall(text))


def split_url(url: str) -> SplitResult:
    """``urlsplit`` that never raises: a malformed URL ("http://[") has no parts."""
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", "", "", "")


def resolve_url(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; ``None`` unless it is http(s)."""
    if not href:
        return None
    href = href.strip()
    if href.startswith("//"):
        scheme = split_url(base).scheme if base else ""
        href = f"{scheme or 'https'}:{href}"
    elif base and not href.startswith(("http://", "https://")):
        try:
            href = urljoin(base, href)
        except ValueError:  # a malformed base or href ("http://[")
            return None
    if not href.startswith(("http://", "https://")) or any(c in href for c in " \n\t<>\"'"):
        return None
    return href


def first_text(values: Iterable[str]) -> str | None:
    """The first value that is non-empty text."""
    for value in values:
        text = one_line(value)
        if text:
            return text
    return None

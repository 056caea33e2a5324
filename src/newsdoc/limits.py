"""Limits that keep newsdoc's time and memory bounded on absurd input.

Change them at run time, e.g. ``newsdoc.limits.MAX_INPUT_CHARS = 10_000_000``.
Input past :data:`MAX_INPUT_CHARS` raises :class:`~newsdoc.errors.InputTooLargeError`
instead of being worked on; a page past :data:`MAX_CHECKED_LINES` is read, with less
work spent on its middle lines, and a warning says so.
"""

from __future__ import annotations

from typing import Protocol

from .errors import InputTooLargeError

__all__ = ["MAX_CHECKED_LINES", "MAX_INPUT_CHARS", "check_size", "checked_edges", "read_at_most"]

#: The largest input (characters of text, or bytes) a reader accepts.
MAX_INPUT_CHARS = 64 * 1024 * 1024

#: The most lines (paragraphs, headings, list items...) of an HTML page that the body
#: finder's line rules judge one by one: the rules that tell the site's lines from the
#: article's (share buttons, labels, credits, bylines, time stamps, a forum's poster
#: names, a review's pros and cons).  On a page with more, they judge the first and the
#: last half of this many, where a page's chrome is; the lines between are kept or
#: dropped with their box, as the choice of the article's boxes decides, and a
#: :class:`~newsdoc.NewsdocWarning` says so.  The metadata's last resorts, which look
#: for a date anywhere on a page that declares none (a footer's "Stand: 8.12.2010"),
#: look as far: at the first and the last half of this many elements.  No article
#: comes near it (a long one has a few hundred lines, a forum thread's page a few
#: thousand); a page of 3 million tiny lines is read in half the time it took without.
MAX_CHECKED_LINES = 100_000


def checked_edges() -> tuple[int, int]:
    """How many of a page's first and last lines (or elements) are judged one by one:
    :data:`MAX_CHECKED_LINES` in two parts, the first half and the rest."""
    limit = max(0, MAX_CHECKED_LINES)
    return limit // 2, limit - limit // 2


#: Bytes asked for per read by :func:`read_at_most`.
READ_CHUNK = 1 << 18


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_at_most(stream: _Readable, limit: int) -> bytes:
    """What ``stream`` holds, but no more than ``limit + 1`` bytes (one past: too large).

    Read in chunks: ``stream.read(limit + 1)`` would allocate a buffer of the
    limit's size for every input, whose pages the system maps afresh each
    time (two page faults per 4 KiB of every page a batch converts).
    """
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def check_size(size: int, what: str) -> None:
    """Raise :class:`InputTooLargeError` if ``size`` is past the limit."""
    if size > MAX_INPUT_CHARS:
        raise InputTooLargeError(
            f"{what}: input of {size:,} characters is larger than the limit of "
            f"{MAX_INPUT_CHARS:,} (newsdoc.limits.MAX_INPUT_CHARS)"
        )

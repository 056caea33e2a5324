"""Limits that keep newsdoc's time and memory bounded on absurd input.

Change them at run time, e.g. ``newsdoc.limits.MAX_INPUT_CHARS = 10_000_000``.
Input past a limit raises :class:`~newsdoc.errors.InputTooLargeError` instead
of being worked on.
"""

from __future__ import annotations

from typing import Protocol

from .errors import InputTooLargeError

__all__ = ["MAX_INPUT_CHARS", "check_size", "read_at_most"]

#: The largest input (characters of text, or bytes) a reader accepts.
MAX_INPUT_CHARS = 64 * 1024 * 1024


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

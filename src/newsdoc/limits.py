"""Limits that keep newsdoc's time and memory bounded on absurd input.

Change them at run time, e.g. ``newsdoc.limits.MAX_INPUT_CHARS = 10_000_000``.
Input past a limit raises :class:`~newsdoc.errors.InputTooLargeError` instead
of being worked on.
"""

from __future__ import annotations

from .errors import InputTooLargeError

__all__ = ["MAX_INPUT_CHARS", "check_size"]

#: The largest input (characters of text, or bytes) a reader accepts.
MAX_INPUT_CHARS = 64 * 1024 * 1024


def check_size(size: int, what: str) -> None:
    """Raise :class:`InputTooLargeError` if ``size`` is past the limit."""
    if size > MAX_INPUT_CHARS:
        raise InputTooLargeError(
            f"{what}: input of {size:,} characters is larger than the limit of "
            f"{MAX_INPUT_CHARS:,} (newsdoc.limits.MAX_INPUT_CHARS)"
        )

"""Writing outputs so that no half-written file is ever left behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import BinaryIO

from ..errors import NewsdocError

__all__ = ["OutputError", "atomic_file", "write_atomic"]


class OutputError(NewsdocError):
    """An output cannot be written: it exists, or it would replace an input."""


@contextmanager
def atomic_file(path: str, *, force: bool) -> Iterator[BinaryIO]:
    """A binary file to write that appears at ``path`` only once it is complete.

    It is a temporary file in the same folder, renamed over ``path``
    (:func:`os.replace`) when the ``with`` block ends without error and
    removed when it does not, so ``path`` holds the old file or the new one,
    never a part.  Missing folders are made.  Without ``force`` an existing
    ``path`` is an :class:`OutputError`.
    """
    folder = os.path.dirname(path) or "."
    if not force and os.path.lexists(path):
        raise OutputError(f"{path} exists (use --force to overwrite it)")
    os.makedirs(folder, exist_ok=True)
    # hidden and unique: a folder walk skips it, and parallel workers never collide
    temporary = os.path.join(
        folder, f".{os.path.basename(path)}.{os.getpid()}-{os.urandom(4).hex()}.tmp"
    )
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_atomic(path: str, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_file`."""
    with atomic_file(path, force=force) as file:
        file.write(data)

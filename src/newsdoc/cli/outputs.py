"""Writing outputs so that no half-written file is ever left behind."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import BinaryIO

from ..errors import NewsdocError

__all__ = ["OutputError", "atomic_file", "write_all", "write_atomic"]


class OutputError(NewsdocError):
    """An output cannot be written: it exists, or it would replace an input."""


@contextmanager
def atomic_file(path: str, *, force: bool) -> Iterator[BinaryIO]:
    """A binary file to write that appears at ``path`` only once it is complete.

    It is a temporary file in the same folder, renamed over ``path``
    (:func:`os.replace`) when the ``with`` block ends without error and
    removed when it does not, so ``path`` holds the old file or the new one,
    never a part.  Missing folders are made.  Without ``force`` an existing
    ``path`` is an :class:`OutputError`.  A symbolic link is followed: the file it
    points to is replaced, the link stays.

    A ``path`` that is no regular file but a device or a named pipe (``/dev/null``,
    ``/dev/stdout``) is written directly, ``force`` or not: a rename would put a file in
    the device's place, and writing to it replaces nothing.
    """
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # (no such file, a dangling link, no access to a folder on the way)
        special = False
    if special and not os.path.isdir(path):
        with open(path, "wb") as file:
            yield file
        return
    if os.path.islink(path):
        path = os.path.realpath(path)
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


def write_all(sink: BinaryIO, data: bytes) -> None:
    """Write the whole of ``data`` to ``sink``, or raise the error that stopped it.

    A raw stream may take only part of what it is given and say so only by the count
    it returns: standard output is one when Python runs unbuffered (``PYTHONUNBUFFERED``,
    set in many containers), and when a pipe's reader goes away in the middle of a
    write, the rest would be lost with no error.  Writing the rest raises it
    (``BrokenPipeError``).  A buffered stream takes everything in one call.
    """
    view = memoryview(data)
    while view:
        written = sink.write(view)
        if not written:  # (``None``: a non-blocking stream that would block)
            raise OSError(errno.EAGAIN, "the output takes no more data")
        view = view[written:]

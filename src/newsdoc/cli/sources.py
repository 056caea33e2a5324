"""Where the command line's inputs come from: files, folders, ``-``, gzip, WARC crawls.

Folders are walked lazily (a generator of :class:`Source`), in sorted order, so
a batch of any size costs no memory up front.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ..errors import ParseError
from ..formats import FORMATS
from ..pipeline import read_bytes
from ..warc import WARC_SUFFIXES, is_warc_name

__all__ = [
    "INPUT_SUFFIXES",
    "STDIN",
    "WARC_SUFFIXES",
    "Source",
    "display_name",
    "is_warc",
    "iter_sources",
    "read_source",
    "strip_suffixes",
]

#: What a folder walk picks up: the extensions of every format newsdoc reads
#: (:mod:`newsdoc.formats`), each also when gzip-compressed (``.html.gz``).
INPUT_SUFFIXES = tuple(ext for f in FORMATS.values() if f.read is not None for ext in f.extensions)
GZIP_SUFFIX = ".gz"
STDIN = "-"


def is_warc(path: str) -> bool:
    """Whether an input is read as a WARC crawl, by its name (:data:`WARC_SUFFIXES`)."""
    return path != STDIN and is_warc_name(path)


class Source(NamedTuple):
    """One input: its path as the user will recognise it, and where it sits.

    ``relative`` is the path below the folder that was named on the command
    line (an output keeps it), or the file name for a file named directly.
    ``problem`` is set when the input cannot even be tried (an empty folder,
    an unreadable subfolder): it is reported as a failure.
    """

    path: str
    relative: str
    problem: str | None = None


def display_name(path: str) -> str:
    """How an input is named in messages."""
    return "<stdin>" if path == STDIN else path


def strip_suffixes(name: str) -> str:
    """``a/b.html.gz`` → ``a/b``: drop ``.gz`` and one input suffix."""
    if name.lower().endswith(GZIP_SUFFIX):
        name = name[: -len(GZIP_SUFFIX)]
    stem, suffix = os.path.splitext(name)
    return stem if suffix.lower() in INPUT_SUFFIXES else name


def is_input_name(name: str) -> bool:
    """Whether a folder walk converts a file of this name."""
    lower = name.lower()
    if lower.endswith(GZIP_SUFFIX):
        lower = lower[: -len(GZIP_SUFFIX)]
    return not name.startswith(".") and (lower.endswith(INPUT_SUFFIXES) or is_warc_name(name))


def iter_sources(inputs: Iterable[str], *, skip_dirs: Iterable[str] = ()) -> Iterator[Source]:
    """Every input named on the command line, folders walked recursively.

    A file named directly is taken whatever its extension; a folder gives its
    files with one of :data:`INPUT_SUFFIXES` (or those plus ``.gz``), hidden
    files and folders left out, and the folders in ``skip_dirs`` (the output
    folder, when it lies inside an input folder) not entered.
    """
    skip = {os.path.realpath(d) for d in skip_dirs}
    for given in inputs:
        if given != STDIN and os.path.isdir(given):
            yield from _walk(given, skip)
        else:
            yield Source(given, "stdin" if given == STDIN else os.path.basename(given) or given)


def _walk(top: str, skip: set[str]) -> Iterator[Source]:
    found = False
    for source in _entries(top, "", skip):
        found = found or source.problem is None
        yield source
    if not found:
        kinds = ", ".join((*INPUT_SUFFIXES, ".warc"))
        message = f"no input files in this folder ({kinds}, or those plus .gz; .warc.zst)"
        yield Source(top, "", message)


def _entries(folder: str, below: str, skip: set[str]) -> Iterator[Source]:
    """Depth first, in sorted order of the names, so paths come out sorted.

    ``below`` is the path of ``folder`` below the folder named ("" at the top).
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Source(folder, "", f"cannot read the folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            # a link to a folder is not followed: it could loop, or leave the tree
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            if os.path.realpath(entry.path) not in skip:
                yield from _entries(entry.path, os.path.join(below, entry.name), skip)
        elif is_input_name(entry.name):
            yield Source(entry.path, os.path.join(below, entry.name))


def read_source(path: str) -> bytes:
    """The bytes of an input (``-`` is standard input), gunzipped if need be.

    Raises :class:`~newsdoc.ParseError` (with the reason, not the path) when
    the input cannot be read, is not valid gzip, or is larger than
    ``newsdoc.limits.MAX_INPUT_CHARS``.
    """
    if path != STDIN:
        return read_bytes(path, None)
    if sys.stdin is None:  # (started with standard input closed: "newsdoc convert - <&-")
        raise ParseError("standard input is closed")
    return read_bytes(path, sys.stdin.buffer)

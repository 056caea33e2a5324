"""The exceptions and warnings newsdoc raises on purpose.

Every error the library raises deliberately derives from :class:`NewsdocError`,
so ``except newsdoc.NewsdocError`` catches all of them.  Errors about a bad
value also derive from :class:`ValueError`.  Recoverable problems (a broken
JSON-LD block, an unsafe URL that was dropped, ...) are reported as
:class:`NewsdocWarning` through Python's :mod:`warnings` module instead.
"""

from __future__ import annotations

import os
import warnings

__all__ = [
    "FormatError",
    "InputTooLargeError",
    "InvalidArticleError",
    "NewsdocError",
    "NewsdocWarning",
    "ParseError",
    "bug_report",
    "warn",
]


class NewsdocError(Exception):
    """Base class of every error newsdoc raises on purpose."""


class InvalidArticleError(NewsdocError, ValueError):
    """A model object was built with a value that breaks its contract.

    The message starts with the path of the bad field, e.g.
    ``quotes[2].spans[0]: end 120 is past the end of paragraph 3 (80 characters)``.
    """


class ParseError(NewsdocError, ValueError):
    """Input could not be read at all (not text, empty, undecodable, ...)."""


class FormatError(ParseError):
    """A newsdoc JSON document is malformed; the message names the JSON path."""


class InputTooLargeError(ParseError):
    """Input is larger than the configured limit (see ``newsdoc.limits``)."""


class NewsdocWarning(UserWarning):
    """A recoverable problem: the input was read, but something was skipped or repaired."""


def warn(message: str) -> None:
    """Emit a :class:`NewsdocWarning` attributed to the caller of the public API."""
    warnings.warn(message, NewsdocWarning, stacklevel=3)


def bug_report(error: BaseException) -> str:
    """An unexpected exception, reported as the bug it is: its last traceback line.

    The one wording of a bug wherever newsdoc turns one into a message instead
    of stopping: the command line's error lines, a crawl's error rows.
    """
    import traceback  # here: bugs are rare, and it loads textwrap and linecache

    last = traceback.format_exception_only(type(error), error)[-1].strip()
    frames = traceback.extract_tb(error.__traceback__)
    where = ""
    if frames:
        frame = frames[-1]
        where = f" (at {os.path.basename(frame.filename)}:{frame.lineno} in {frame.name})"
    return f"internal error, a bug in newsdoc (please report it): {last}{where}"

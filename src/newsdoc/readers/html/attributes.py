"""Elements with too many attributes, bounded before the page reaches libxml2.

libxml2 checks each attribute of an element against the ones before it, so
parsing an element takes time that grows with the square of its attributes:
40,000 of them (350 KB) take two seconds.  No page needs more than a few dozen,
so an element's attributes past :data:`MAX_ATTRIBUTES` are dropped, with a
warning, before the parse; the parse then costs at most that many comparisons
per attribute, linear in the page.

Finding them costs one pass of one pattern over the page, which takes every tag
whole from its ``<`` (possessive quantifiers: no backtracking, and no second
look into a tag already read), so it is linear too; only a crowded element
stops it, and only those are rewritten.  An attribute here is at least what
libxml2 takes as one, which is almost anything: a name that starts with any
character but white space, ``>`` and ``/`` (``<``, ``=`` and quotes included)
and goes on up to one of those, a quote, ``=`` or ``<``, and an optional value,
quoted or not, after any white space or ``/``.  A ``<`` ends a name and a tag's
name so that a run of them (``<a<a<a...``) is many short attributes, not one
long name every later ``<`` would read again.
"""

from __future__ import annotations

import re

from ...errors import warn

__all__ = ["MAX_ATTRIBUTES", "bound_attributes"]

#: The attributes of an element that are read; real pages use a few dozen at most.
MAX_ATTRIBUTES = 256

_ATTRIBUTE = rb"""[\s/]*+[^\s>/][^\s"'>=/<]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
_TAG_NAME = rb"<[A-Za-z][^\s/<>]*+"
_UNCROWDED_TAG = rb"(?:%s){0,%d}+(?!%s)" % (_ATTRIBUTE, MAX_ATTRIBUTES, _ATTRIBUTE)
# The page up to its first element with more than MAX_ATTRIBUTES attributes:
# text, a comment, a script or style element (libxml2 reads no tags in them,
# and code would read as many attributes), a tag with at most that many, or a
# "<" that starts no tag.
_RAW = rb"(?:[Ss][Cc][Rr][Ii][Pp][Tt]|[Ss][Tt][Yy][Ll][Ee])"
_UNCROWDED = re.compile(
    rb"(?:[^<]++"
    + rb"|<!--(?:[^-]++|-(?!->))*+(?:-->)?+"
    + rb"|<"
    + _RAW
    + rb"\b"
    + _UNCROWDED_TAG
    + rb"[^>]*+(?:[^<]++|<(?!/"
    + _RAW
    + rb"))*+|"
    + _TAG_NAME
    + _UNCROWDED_TAG
    + rb"|<(?![A-Za-z]))*+"
)
# A crowded element: group 1 is its name and the attributes kept.
_CROWDED = re.compile(
    rb"(%s(?:%s){%d}+)(?:%s)*+" % (_TAG_NAME, _ATTRIBUTE, MAX_ATTRIBUTES, _ATTRIBUTE)
)


def bound_attributes(data: bytes) -> bytes:
    """``data`` (an HTML page) with no element holding more than :data:`MAX_ATTRIBUTES`."""
    end = len(data)
    position = _UNCROWDED.match(data).end()  # type: ignore[union-attr]  # it matches "" at least
    if position == end:
        return data
    pieces = []
    start = 0
    crowded = 0
    while position < end:
        match = _CROWDED.match(data, position)
        assert match is not None  # where _UNCROWDED stops, a crowded element starts
        pieces.append(data[start : match.end(1)])
        start = match.end()
        crowded += 1
        position = _UNCROWDED.match(data, start).end()  # type: ignore[union-attr]
    pieces.append(data[start:])
    warn(
        f"HTML page: {crowded} element(s) with more than {MAX_ATTRIBUTES} attributes; "
        "the attributes past that number were dropped"
    )
    return b"".join(pieces)

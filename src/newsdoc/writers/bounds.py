"""The bounds that keep every writer's output linear in the size of the article.

An article can come from an untrusted newsdoc JSON document, where a number
costs a few bytes whatever its value and one string can be referred to any
number of times.  A writer never turns such a value into output of that size:

- a list item is indented, or nested, at most :data:`MAX_LIST_DEPTH` levels
  deep (``"level": 1000000000`` would otherwise be a gigabyte of spaces);
- a name repeated at every reference to its owner (a person's label in the
  ``title`` of each mention, a speaker's name on each quote, in HTML and
  JSON-LD) is cut to :data:`MAX_LABEL` characters there; it is written in
  full where the person itself is written;
- inline elements (links, quotes, mentions, citations) are nested at most
  :data:`MAX_INLINE_DEPTH` deep at any point of a paragraph: ranges that
  cross each other are split into nested pieces, and a deeper stack would
  make the number of pieces grow with the square of the number of ranges.

The data layers (newsdoc JSON, and the copy of it in ``to_html``'s page) are
exact: they hold every value as it is, and reading them back gives the
article.  The bounds apply to what is rendered from it, and are far beyond
what any real article has.
"""

from __future__ import annotations

__all__ = ["MAX_INLINE_DEPTH", "MAX_LABEL", "MAX_LIST_DEPTH", "label"]

#: The deepest nesting a list item is written with.
MAX_LIST_DEPTH = 32
#: The longest a repeated name is written (longer ones end with "…").
MAX_LABEL = 200
#: The most inline elements open at one point of a paragraph in HTML.
MAX_INLINE_DEPTH = 12


def label(text: str) -> str:
    """``text`` as it is repeated at each reference: at most :data:`MAX_LABEL` characters."""
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"

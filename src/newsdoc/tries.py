"""Regular expressions for long lists of words, written as tries.

``re`` tries the branches of an alternation one after the other at every
position of the text, so an alternation of hundreds of words costs hundreds
of comparisons per character; a trie shares their prefixes and tries one
character at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["word_trie"]


def word_trie(words: Iterable[str]) -> str:
    """A regex for any of ``words``, as a trie: one character tried at a time, shared
    prefixes once (an alternation of 200 words would try each word at each position)."""

    def emit(group: list[str], depth: int) -> str:
        # group: sorted words that share their first ``depth`` characters
        ends = len(group[0]) == depth  # the shortest sorts first
        rest = group[1:] if ends else group
        branches = []
        start = 0
        while start < len(rest):  # runs of words with the same next character
            char = rest[start][depth]
            stop = start + 1
            while stop < len(rest) and rest[stop][depth] == char:
                stop += 1
            escaped = char if char.isalnum() else re.escape(char)  # letters need none
            branches.append(escaped + emit(rest[start:stop], depth + 1))
            start = stop
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
        return body + ("?" if ends else "")

    unique = sorted(set(words))
    return (emit(unique, 0) if unique else "") or "(?!)"

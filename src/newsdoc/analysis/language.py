"""Which language an article's text is in, from the languages' own word lists.

Every ``data/<code>.json`` gives ``detect_words``: the short words a text of
that language is made of (articles, prepositions, pronouns, auxiliaries).  A
text is in the language whose words make up most of it, when they make up
enough of it and clearly more than any other language's.  Texts in a script
that only some languages write (Cyrillic, kana, Han, Hangul, ...) are decided
by their script among those.  No network, no model: the same text always gives
the same answer.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from functools import cache

from ..tags import primary_subtag

__all__ = ["choose_language", "detect_language", "primary_subtag"]

_DATA = os.path.join(os.path.dirname(__file__), "data")
# Possessive (++, ?+): nothing after a word could use letters it gave back, and the
# engine keeps no places to go back to (findall a tenth faster)
_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)?+")
# Enough words to decide on, even when the first ones are a page's leftovers
# (menus, markup); more only costs time.
_SAMPLE_WORDS = 3000
_SAMPLE_CHARS = 60000
#: Fewer words than this and the text is not evidence enough to contradict a page.
MIN_WORDS = 20
# The winner's words must be this share of the text, and this many times the runner-up's.
_MIN_SHARE = 0.08
_MIN_LEAD = 1.6
# ... and this many different ones (one per ten different words of a short text): a text in no
# language with word lists (Latin filler, "Lorem ipsum ... sed ... et ... est") shares
# a few words with one of them, a text in that language uses many of its words.
_MIN_DISTINCT = 4
# Scripts that decide the language by themselves when they make up most of the
# letters (code point ranges of the Unicode blocks; Han alone is Chinese, Han
# with kana Japanese).  Cyrillic is decided by the word lists of the languages
# written in it, when there are some: the table names the fallback.
_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("ja", ((0x3040, 0x30FF),)),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF))),
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))),
    ("cyrillic", ((0x0400, 0x04FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("ar", ((0x0600, 0x06FF),)),
    ("he", ((0x0590, 0x05FF),)),
    ("th", ((0x0E00, 0x0E7F),)),
    ("hi", ((0x0900, 0x097F),)),
)
_CYRILLIC_FALLBACK = "ru"
_SCRIPT_CHARS = 4000
_NOT_LETTERS = re.compile(r"[\W\d_]+")
# Beyond Latin, and punctuation and symbols no language uses in its words
_BEYOND_LATIN = re.compile("[\u0370-\u1fff\u3040-\ud7ff]")
_SCRIPT_PATTERNS = tuple(
    (name, re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]"))
    for name, ranges in _SCRIPTS
)


@cache
def _profiles() -> dict[str, tuple[frozenset[str], bool]]:
    """Per language with word lists: its detection words, and whether it is written in Cyrillic."""
    lists: dict[str, frozenset[str]] = {}
    for name in sorted(os.listdir(_DATA)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(_DATA, name), encoding="utf-8") as file:
            lists[name.removesuffix(".json")] = frozenset(json.load(file).get("detect_words", []))
    # a word of several languages ("de", "a", "en") tells none of them apart: only
    # the words of one language count
    seen = Counter(word for words in lists.values() for word in words)
    profiles: dict[str, tuple[frozenset[str], bool]] = {}
    for code, words in lists.items():
        cyrillic = any("\u0400" <= c <= "\u04ff" for w in words for c in w)
        profiles[code] = (frozenset(w for w in words if seen[w] == 1), cyrillic)
    return profiles


def _script(text: str) -> str | None:
    """The script that makes up most of the letters of ``text``, if it is one of ``_SCRIPTS``."""
    sample = text[:_SCRIPT_CHARS]
    if sample.isascii() or _BEYOND_LATIN.search(sample) is None:
        return None  # most texts: Latin letters only, told apart by their words
    letters = len(_NOT_LETTERS.sub("", sample))
    # (a search fails fast in C for the scripts the text does not write: only those
    # it does are counted)
    counts = {
        name: len(pattern.findall(sample)) if pattern.search(sample) else 0
        for name, pattern in _SCRIPT_PATTERNS
    }
    if counts["ja"] and counts["ja"] + counts["zh"] > letters / 2:
        return "ja"  # Japanese writes Han and kana together
    name = max(counts, key=counts.__getitem__)
    return name if counts[name] > letters / 2 else None


def detect_language(text: str) -> str | None:
    """The language of ``text`` as a primary subtag (``"de"``), or None when unsure.

    Unsure: fewer than :data:`MIN_WORDS` words, a script of its own with no
    word lists to tell its languages apart, no language's words clearly
    ahead, or too few different words of the one ahead (a text in another
    language, such as Latin filler, that shares a few words with it).
    """
    script = _script(text)
    profiles = _profiles()
    if script is not None and script != "cyrillic":
        return script
    candidates = {
        code: words
        for code, (words, cyrillic) in profiles.items()
        if words and cyrillic == (script == "cyrillic")
    }
    sample = _WORD.findall(text[:_SAMPLE_CHARS].lower())[:_SAMPLE_WORDS]
    if len(sample) < MIN_WORDS:
        return None
    if not candidates:
        return _CYRILLIC_FALLBACK if script == "cyrillic" else None
    # each language's words looked up among the text's distinct words (a dict view
    # intersects by walking the smaller side: the hundred words of a list)
    counts = Counter(sample)
    found = counts.keys()
    scores = []
    for code, words in candidates.items():
        shared = found & words
        scores.append((sum(map(counts.__getitem__, shared)), len(shared), code))
    scores.sort(reverse=True)
    best, distinct, code = scores[0]
    second = scores[1][0] if len(scores) > 1 else 0
    if best < _MIN_SHARE * len(sample) or best < _MIN_LEAD * second:
        return None
    if distinct < min(_MIN_DISTINCT, len(found) // 10):
        return None
    return code


def choose_language(declared: str | None, text: str) -> tuple[str | None, bool]:
    """The article's language and whether it was detected: ``(tag, detected)``.

    The declared tag is kept when the text agrees with it or is no evidence
    against it; the detected language replaces it when the page declares none
    or declares another one (Spanish pages marked ``lang="en"``).
    """
    found = detect_language(text)
    if found is None or (declared and primary_subtag(declared) == found):
        return declared, False
    return found, True

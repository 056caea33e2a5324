"""Words, punctuation, quotations and sentences of one paragraph.

A paragraph becomes a flat list of tokens in which every quotation (marks
included) is a single ``q`` token: the rules that look for speakers and cues
then only ever see the writer's own words.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from .lexicon import Lexicon

__all__ = ["UPPER", "Para", "Tok", "tokenize"]

#: Upper-case letters of the Latin, Greek and Cyrillic blocks (``re`` has no \p{Lu}).
UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())

# A word keeps inner hyphens, apostrophes and dots (co-author, don't, Gayrussia.eu).
_TOKEN = re.compile(r"(\s*)(?:(\w+(?:[-'’.]\w+)*)|([^\w\s]))")
_SENTENCE_END = frozenset(".!?…")


@dataclass(slots=True)
class Tok:
    """A token: ``kind`` is ``w`` (word), ``p`` (punctuation) or ``q`` (a quotation)."""

    start: int
    end: int
    text: str
    lower: str
    kind: str
    quote: int = -1  # index of the quotation for ``q`` tokens
    upper: bool = False  # starts with an upper-case letter or a digit


@dataclass(slots=True)
class Para:
    """One paragraph, tokenized, with its sentences as ``(first, past_last)`` token ranges."""

    index: int
    text: str
    toks: list[Tok]
    sentences: list[tuple[int, int]]
    sentence_of: list[int]  # token index -> sentence index
    #: the words that may be a cue or a document noun (``Lexicon.cue_words``), in
    #: order: the rules look only at these, found while tokenizing
    marked: list[int] = field(default_factory=list)
    quotations: list[int] = field(default_factory=list)  # indices of the ``q`` tokens

    def quoted(self, lo: int, hi: int) -> bool:
        """Whether tokens ``[lo, hi)`` hold a quotation."""
        quotations = self.quotations
        k = bisect.bisect_left(quotations, lo)
        return k < len(quotations) and quotations[k] < hi


def _words(
    text: str,
    start: int,
    end: int,
    out: list[Tok],
    ends: list[int],
    marked: list[int],
    cue_words: frozenset[str],
) -> None:
    """Append the tokens of ``text[start:end]`` to ``out``, to ``ends`` the
    indices of the marks that may end a sentence and to ``marked`` those of
    the ``cue_words`` (so sentences are split and cues found without another
    walk over every token)."""
    # Every character is a space, a word character or punctuation, so the
    # offsets follow from the lengths: findall's plain strings are much cheaper
    # than a match object per token.
    append = out.append
    pos = start
    for space, word, punct in _TOKEN.findall(text, start, end):
        pos += len(space)
        if word:
            stop = pos + len(word)
            first = word[0]
            lower = word.lower()
            if lower in cue_words:
                marked.append(len(out))
            append(Tok(pos, stop, word, lower, "w", -1, first.isupper() or first.isdigit()))
        else:
            stop = pos + 1
            if punct in _SENTENCE_END:
                ends.append(len(out))
            append(Tok(pos, stop, punct, punct, "p", -1, False))
        pos = stop


def tokenize(index: int, text: str, regions: list[tuple[int, int, int]], lexicon: Lexicon) -> Para:
    """Tokenize ``text``; ``regions`` are ``(start, end, quote)`` ranges that are quotations.

    A paragraph with no quotation and no cue word holds no attribution: it is
    left untokenized (most paragraphs of an article), which keeps analysis fast.
    """
    if not regions and lexicon.cue_pattern.search(text.lower()) is None:
        return Para(index, text, [], [], [])
    toks: list[Tok] = []
    ends: list[int] = []  # sentence-end marks and quotations
    marked: list[int] = []
    quotations: list[int] = []
    cue_words = lexicon.cue_words
    pos = 0
    for start, end, quote in sorted(regions):
        if start < pos:
            continue
        _words(text, pos, start, toks, ends, marked, cue_words)
        ends.append(len(toks))
        quotations.append(len(toks))
        content = text[start + 1 : end].lstrip("\"“”«»„‹›‘’'‚ …([")
        toks.append(
            Tok(
                start,
                end,
                text[start:end],
                "",
                "q",
                quote,
                upper=bool(content) and (content[0].isupper() or content[0].isdigit()),
            )
        )
        pos = end
    _words(text, pos, len(text), toks, ends, marked, cue_words)
    sentences, sentence_of = _sentences(toks, ends, lexicon)
    return Para(index, text, toks, sentences, sentence_of, marked, quotations)


def _sentences(
    toks: list[Tok], ends: list[int], lexicon: Lexicon
) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentences as token ranges; ``ends`` are the tokens that may end one, in order."""
    starts = [0]
    size = len(toks)
    for i in ends:
        if i + 1 >= size:
            break
        tok = toks[i]
        nxt = toks[i + 1]
        if not (nxt.upper or nxt.kind == "q"):
            continue
        if tok.kind == "p" and tok.text in _SENTENCE_END:
            prev = toks[i - 1] if i else None
            if (
                prev is not None
                and prev.kind == "w"
                and tok.text == "."
                and (prev.lower in lexicon.abbreviations or (len(prev.text) == 1 and prev.upper))
            ):
                continue
            starts.append(i + 1)
        elif tok.kind == "q" and tok.text.rstrip("\"“”«»„‹›‘’'‚ ")[-1:] in _SENTENCE_END:
            # "Why?" Smith asked.  -- the attribution still belongs to the quote
            window = toks[i + 1 : i + 6]
            if not any(t.lower in lexicon.speech_verbs for t in window):
                starts.append(i + 1)
    starts.append(size)
    sentences = [(a, b) for a, b in itertools.pairwise(starts) if b > a]
    sentence_of: list[int] = []
    for n, (a, b) in enumerate(sentences):
        sentence_of += [n] * (b - a)
    return sentences, sentence_of

"""Words, punctuation, quotations and sentences of one paragraph.

A paragraph becomes a flat list of tokens in which every quotation (marks
included) is a single ``q`` token: the rules that look for speakers and cues
then only ever see the writer's own words.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import Lexicon

__all__ = ["UPPER", "Para", "Paras", "Tok", "tokenize"]

#: Upper-case letters of the Latin, Greek and Cyrillic blocks (``re`` has no \p{Lu}).
UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())

# A word keeps inner hyphens, apostrophes and dots (co-author, don't, Gayrussia.eu).
# Possessive (*+): nothing after a token could use characters it gives back.
_TOKEN = re.compile(r"(\s*+)(?:(\w++(?:[-'’.]\w++)*+)|([^\w\s]))")
_SENTENCE_END = frozenset(".!?…")


class Tok(NamedTuple):
    """One token, as :attr:`Para.toks` lists them (the rules read :class:`Para`'s lists)."""

    start: int
    end: int
    text: str
    lower: str
    kind: str  # ``w`` (word), ``p`` (punctuation) or ``q`` (a quotation)
    quote: int  # index of the quotation for ``q`` tokens, else -1
    upper: bool  # starts with an upper-case letter or a digit


@dataclass(slots=True)
class Para:
    """One paragraph, tokenized, with its sentences as ``(first, past_last)`` token ranges.

    Token ``k`` is ``tokens[k]`` (its text: a word, a punctuation mark or a
    whole quotation, marks included) at ``text[starts[k]:ends[k]]``, with
    ``lowers[k]`` (lower case; "" for a quotation) and ``kinds[k]`` (``w``,
    ``p`` or ``q``).  Parallel lists of strings and ints, not an object per
    token: they cost less to build and to read, and the garbage collector does
    not walk strings and ints (with an object per token, it walked every token
    of a long article again and again, and time grew faster than the length).
    """

    index: int
    text: str
    # an untokenized paragraph (most of them) shares the empty tuples
    tokens: Sequence[str] = ()
    starts: Sequence[int] = ()
    ends: Sequence[int] = ()
    lowers: Sequence[str] = ()
    kinds: Sequence[str] = ()
    sentences: Sequence[tuple[int, int]] = ()
    sentence_of: Sequence[int] = ()  # token index -> sentence index
    #: the words that may be a cue or a document noun (``Lexicon.cue_words``), in
    #: order: the rules look only at these, found while tokenizing
    marked: Sequence[int] = ()
    quotations: Sequence[int] = ()  # indices of the ``q`` tokens
    quote_ids: Sequence[int] = ()  # the quotation each of them is (index into ``find_quotes``'s)

    def upper(self, k: int) -> bool:
        """Whether token ``k`` starts with a capital or a digit (a quotation: its first word)."""
        return _upper(self.kinds[k], self.tokens[k])

    def marked_sentences(self) -> list[int]:
        """The sentences that hold a marked word, in order: no other holds a cue."""
        return list(dict.fromkeys(map(self.sentence_of.__getitem__, self.marked)))

    def quoted(self, lo: int, hi: int) -> bool:
        """Whether tokens ``[lo, hi)`` hold a quotation."""
        quotations = self.quotations
        k = bisect.bisect_left(quotations, lo)
        return k < len(quotations) and quotations[k] < hi

    @property
    def toks(self) -> list[Tok]:
        """The tokens as records, made on each call (for inspection and tests)."""
        quote_of = dict(zip(self.quotations, self.quote_ids, strict=True))
        return [
            Tok(start, end, text, lower, kind, quote_of.get(k, -1), self.upper(k))
            for k, (start, end, text, lower, kind) in enumerate(
                zip(self.starts, self.ends, self.tokens, self.lowers, self.kinds, strict=True)
            )
        ]


class Paras:
    """The article's paragraphs as :class:`Para`, looked up by index as in a list.

    Only the paragraphs :func:`tokenize` was run on are kept (:meth:`read`); any
    other is made when looked up, with no token (a page of a million short lines
    would otherwise hold a :class:`Para` for each, in time and memory more than the
    rest of the analysis of them).  The rules that go through every paragraph go
    through :meth:`read` (the others hold no token, so no cue and no quotation) or
    through :attr:`texts`.
    """

    __slots__ = ("_read", "texts")

    def __init__(self, texts: Sequence[str], read: dict[int, Para]) -> None:
        self.texts = texts
        self._read = read

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index: int) -> Para:
        if index < 0:
            index += len(self.texts)  # (as a list: -1 is the last paragraph)
        para = self._read.get(index)
        if para is None:
            if not 0 <= index < len(self.texts):
                raise IndexError(f"paragraph {index} of {len(self.texts)}")
            para = Para(index, self.texts[index])
        return para

    def read(self) -> list[Para]:
        """The paragraphs that were tokenized (or looked at for it), in order."""
        return sorted(self._read.values(), key=operator.attrgetter("index"))


#: One token as :func:`_words` notes it: (start, end, text, lower, kind).
_Row = tuple[int, int, str, str, str]
_COLUMNS = tuple(operator.itemgetter(i) for i in range(5))


def _words(
    text: str,
    start: int,
    end: int,
    rows: list[_Row],
    marked: list[int],
    sentence_ends: list[int],
    cue_words: frozenset[str],
    clitics: tuple[str, ...] = (),
) -> None:
    """Append the tokens of ``text[start:end]`` to ``rows``, noting the marks
    that may end a sentence and the ``cue_words`` on the way (so sentences are
    split and cues found without another walk over every token)."""
    # Most whitespace-separated pieces are plain words (str.isalnum: all word
    # characters, so the token pattern would take the piece whole): they are
    # tokens as they stand, and only the others go through the pattern, whose
    # tokens never hold nor cross whitespace.  Offsets follow from the lengths
    # (one space between pieces: most text) or are found piece by piece.  One
    # row per token, turned into the parallel sequences by one zip: five
    # appends per token cost more.
    segment = text if start == 0 and end == len(text) else text[start:end]
    pieces = segment.split()
    if not pieces:
        return
    stripped = segment.strip()
    spaced = " ".join(pieces) == stripped
    pos = start + segment.find(stripped)
    add = rows.append
    find = text.find
    for piece in pieces:
        if not spaced:
            pos = find(piece, pos)
        stop = pos + len(piece)
        if piece.isalnum():
            lower = piece.lower()
            if lower in cue_words:
                marked.append(len(rows))
            add((pos, stop, piece, lower, "w"))
        elif piece[-1] in ",." and (word := piece[:-1]).isalnum():
            # a plain word and a comma or full stop (most of the other pieces)
            lower = word.lower()
            if lower in cue_words:
                marked.append(len(rows))
            add((pos, stop - 1, word, lower, "w"))
            punct = piece[-1]
            if punct == ".":
                sentence_ends.append(len(rows))
            add((stop - 1, stop, punct, punct, "p"))
        else:
            for _, word, punct in _TOKEN.findall(text, pos, stop):
                if word and clitics and ("'" in word or "’" in word):
                    # "l’AFP", "qu’il", "dell’Unione": the elided word and the word
                    # are two (written with "'" in the lists and in ``lowers``)
                    lower = word.lower().replace("’", "'")
                    elided = lower[: lower.find("'") + 1]
                    if elided in clitics and len(lower) > len(elided):
                        cut = len(elided)
                        add((pos, pos + cut, word[:cut], elided, "w"))
                        pos += cut
                        word = word[cut:]
                if word and clitics and "-" in word:
                    # "dit-il", "a-t-elle": the verb and its pronoun are two words
                    lower = word.lower()
                    clitic = next((c for c in clitics if lower.endswith(c)), None)
                    if clitic is not None and len(lower) > len(clitic):
                        cut = len(word) - len(clitic)
                        if lower[:cut] in cue_words:
                            marked.append(len(rows))
                        add((pos, pos + cut, word[:cut], lower[:cut], "w"))
                        pos += cut
                        word = word[cut:]
                if word:
                    lower = word.lower()
                    if lower in cue_words:
                        marked.append(len(rows))
                    after = pos + len(word)
                    add((pos, after, word, lower, "w"))
                    pos = after
                else:
                    if punct in _SENTENCE_END:
                        sentence_ends.append(len(rows))
                    add((pos, pos + 1, punct, punct, "p"))
                    pos += 1
        pos = stop + 1


def tokenize(index: int, text: str, regions: list[tuple[int, int, int]], lexicon: Lexicon) -> Para:
    """Tokenize ``text``; ``regions`` are ``(start, end, quote)`` ranges that are quotations.

    A paragraph with no quotation and no cue word holds no attribution: it is
    left untokenized (most paragraphs of an article), which keeps analysis fast.
    """
    if not regions and not lexicon.has_cue(text.lower()):
        return Para(index, text)
    rows: list[_Row] = []
    marked: list[int] = []
    sentence_ends: list[int] = []  # the marks that may end a sentence, and quotations
    quotations: list[int] = []
    quote_ids: list[int] = []
    cue_words = lexicon.cue_words
    clitics = lexicon.clitic_pronouns
    pos = 0
    for start, end, quote in sorted(regions):
        if start < pos:
            continue
        _words(text, pos, start, rows, marked, sentence_ends, cue_words, clitics)
        k = len(rows)
        sentence_ends.append(k)
        quotations.append(k)
        quote_ids.append(quote)
        rows.append((start, end, text[start:end], "", "q"))
        pos = end
    _words(text, pos, len(text), rows, marked, sentence_ends, cue_words, clitics)
    if not rows:
        return Para(index, text)
    # tuples: the garbage collector stops tracking a tuple of strings and ints,
    # while it walks every list at every full collection while they live.  One
    # column at a time: zip(*rows) makes an iterator per row, all alive at once, and
    # on a long paragraph its cost per token grew with the paragraph (5x at 300,000)
    starts, ends, tokens, lowers, kinds = (tuple(map(column, rows)) for column in _COLUMNS)
    sentences, sentence_of = _sentences(tokens, lowers, kinds, sentence_ends, lexicon)
    return Para(
        index,
        text,
        tokens,
        starts,
        ends,
        lowers,
        kinds,
        tuple(sentences),
        tuple(sentence_of),
        tuple(marked),
        tuple(quotations),
        tuple(quote_ids),
    )


def _upper(kind: str, text: str) -> bool:
    if kind == "p":
        return False
    if kind == "q":
        # the spaces French prints inside « », the marks Spanish opens a question with
        text = text[1:].lstrip("\"“”«»„‹›‘’'‚ \u00a0\u202f…([¿¡")
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _sentences(
    tokens: Sequence[str],
    lowers: Sequence[str],
    kinds: Sequence[str],
    ends: list[int],
    lexicon: Lexicon,
) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentences as token ranges; ``ends`` are the tokens that may end one, in order."""
    starts = [0]
    size = len(tokens)
    for i in ends:
        if i + 1 >= size:
            break
        if not (kinds[i + 1] == "q" or _upper(kinds[i + 1], tokens[i + 1])):
            continue
        text = tokens[i]
        if kinds[i] == "p" and text in _SENTENCE_END:
            if (
                text == "."
                and i
                and kinds[i - 1] == "w"
                and (
                    lowers[i - 1] in lexicon.abbreviations
                    or (len(tokens[i - 1]) == 1 and _upper(kinds[i - 1], tokens[i - 1]))
                )
            ):
                continue
            starts.append(i + 1)
        elif (
            kinds[i] == "q"
            and text.rstrip("\"“”«»„‹›‘’'‚ ")[-1:] in _SENTENCE_END
            # "Why?" Smith asked.  -- the attribution still belongs to the quote
            and lexicon.speech_verbs.isdisjoint(lowers[i + 1 : i + 6])
        ):
            starts.append(i + 1)
    starts.append(size)
    sentences = [(a, b) for a, b in itertools.pairwise(starts) if b > a]
    sentence_of: list[int] = []
    for n, (a, b) in enumerate(sentences):
        sentence_of += [n] * (b - a)
    return sentences, sentence_of

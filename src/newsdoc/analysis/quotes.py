"""Quotation marks: which characters open and close quotations, and where quotes run.

Every common style is read: “ ” and straight " ", nested ‘ ’ and ' ', « »
and » «, „ “ and ‚ ‘, and ‹ ›.  Straight marks pair by context (a mark after a space opens, a
mark before a space or punctuation closes); apostrophes (don't, '90s,
Timmermans') are never quotation marks.  One left-to-right scan with a stack
per paragraph: linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["RawQuote", "dialogue_quotes", "find_quotes", "split_interruptions"]

# A single mark between two letters or digits (don't, O'Brien: most marks in
# running text) is skipped by the pattern itself, not by a Python step per mark.
_MARK_CHARS = "\"“”«»„‹›‘’'‚"
_MARKS = re.compile(f"[{_MARK_CHARS}](?!(?<=[^\\W_][‹›‘’'‚])[^\\W_])")
_DOUBLE_MARKS = frozenset('"“”«»„')
_DOUBLE_OPEN = frozenset("„")
# single marks typed twice for a closing double one: “Q’’
_TWIN_CLOSE = frozenset("’'")
_SINGLE_OPEN = frozenset("‹‚")
_SINGLE_CLOSE = frozenset("›")
# Characters that may stand right before an opening mark / right after a closing one.
_BEFORE_OPEN = frozenset(" \t\n\r\u00a0([{—–-/:;…\"“”«»„‹›‘’'‚")
_AFTER_CLOSE = frozenset(" \t\n\r\u00a0.,;:!?)]}—–-/…\"“”«»„‹›‘’'‚")
# '90s, 'em, 'til: an apostrophe that opens a word is an elision, not a quote.
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|til\b|n\b|tis\b|twas\b|cause\b)", re.IGNORECASE)


@dataclass(slots=True)
class RawQuote:
    """A top-level quotation: its pieces (paragraph, start, end) between the marks."""

    pieces: list[tuple[int, int, int]]
    open_pos: int  # index of the opening mark in the first paragraph
    close_pos: int | None  # index of the closing mark in the last paragraph (None: none)
    # the part after an attribution that interrupts a quotation (see split_interruptions)
    resumes: bool = False

    @property
    def paragraph(self) -> int:
        return self.pieces[0][0]

    @property
    def last_paragraph(self) -> int:
        return self.pieces[-1][0]


@dataclass(slots=True)
class _Scan:
    pairs: list[tuple[int, int]]  # top-level (open, close) mark positions
    unclosed: int | None  # top-level opener left open at the end
    inside_unclosed: list[tuple[int, int]]  # depth-1 pairs inside the unclosed opener


# the scan of an empty paragraph (headings and other paragraphs not analysed)
_NO_MARKS = _Scan([], None, [])


def _scan(text: str) -> _Scan:
    stack: list[tuple[str, int]] = []  # ("d" | "s", position)
    pairs: list[tuple[int, int]] = []
    inner: list[tuple[int, int]] = []  # pairs opened at depth 1
    # the double marks open on the stack, innermost last (kept apart: no scans of the stack)
    doubles: list[str] = []
    size = len(text)
    skip = -1
    for match in _MARKS.finditer(text):
        pos = match.start()
        if pos == skip:
            continue
        char = text[pos]
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < size else " "
        can_open = before in _BEFORE_OPEN and not after.isspace()
        can_close = after in _AFTER_CLOSE and not before.isspace()
        double_open = bool(doubles)
        if (
            after == char
            and char in _TWIN_CLOSE
            and double_open
            and stack[-1][0] == "d"
            and not before.isspace()
            and (pos + 2 >= size or text[pos + 2] in _AFTER_CLOSE)
        ):
            # “Q’’: two single marks typed for the closing double one (wire copy);
            # the pair closes at the second, the quotation stops before the first
            _, start = stack.pop()
            doubles.pop()
            (pairs if not stack else inner if len(stack) == 1 else []).append((start, pos + 1))
            skip = pos + 1
            continue
        if char in _DOUBLE_MARKS:
            closes = False
            if char in "«»":
                # «…» (French, Spanish, Russian) or »…« (German): a guillemet
                # closes the other one, and opens otherwise
                opener = doubles[-1] if doubles else ""
                closes = opener in ("«", "»") and opener != char
                opens = not closes
            elif char in _DOUBLE_OPEN:
                opens = True
            elif char == "“":
                # „…“ (German style) closes with “; otherwise “ opens
                closes = bool(stack) and stack[-1][0] == "d" and text[stack[-1][1]] == "„"
                opens = not closes
            elif char == "”":
                closes = double_open and not (can_open and not can_close)
                opens = not closes and can_open and not can_close
            else:  # straight "
                closes = double_open and (can_close or not can_open)
                opens = not closes and can_open
            if closes:
                while stack and stack[-1][0] != "d":
                    stack.pop()
                _, start = stack.pop()
                doubles.pop()
                (pairs if not stack else inner if len(stack) == 1 else []).append((start, pos))
            elif opens:
                stack.append(("d", pos))
                doubles.append(char)
            continue
        # single marks; ‚…‘ (German) closes with ‘
        if (
            char == "‘"
            and stack
            and stack[-1][0] == "s"
            and text[stack[-1][1]] == "‚"
            and can_close
        ):
            _, start = stack.pop()
            (pairs if not stack else inner if len(stack) == 1 else []).append((start, pos))
            continue
        if char in _SINGLE_OPEN or (char in "‘'" and can_open and not can_close):
            if not _ELISION.match(text, pos + 1):
                stack.append(("s", pos))
            continue
        if (char in _SINGLE_CLOSE or char in "’'") and stack and stack[-1][0] == "s" and can_close:
            _, start = stack.pop()
            (pairs if not stack else inner if len(stack) == 1 else []).append((start, pos))
    if not stack:
        return _Scan(pairs, None, []) if pairs else _NO_MARKS
    # an opener never closed: the bottom of the stack
    bottom = next((p for kind, p in stack if kind == "d"), None)
    if bottom is None:
        return _Scan(pairs, None, [])
    inside = [pair for pair in inner if pair[0] > bottom]
    if (
        len(stack) == 1
        and inside
        and text[bottom] == text[inside[-1][0]] == "«"
        and not text[inside[-1][1] + 1 :].strip(" .\u00a0")
    ):
        # «Q … «inner»» printed with one mark at the end, «Q … «inner»: the last
        # mark, closing the paragraph, closes both (guillemets only: nested the
        # same way, other marks are a slip, as in 'called “Glasgow (“No Place”)')
        return _Scan([*pairs, (bottom, inside[-1][1])], None, [])
    return _Scan(pairs, bottom, inside)


def _holds_marks(text: str) -> bool:
    """Whether ``text`` holds a character that may be a quotation mark.

    Most paragraphs hold none: the searches for each mark in C are much cheaper
    than ``_MARKS``, which tests every character against its class.
    """
    if text.isascii():
        return '"' in text or "'" in text
    for mark in _MARK_CHARS:  # noqa: SIM110 (any() over a generator costs more than the searches)
        if mark in text:
            return True
    return False


def _starts_with_mark(text: str) -> int | None:
    stripped = len(text) - len(text.lstrip())
    if stripped < len(text) and text[stripped] in '"“”«„':
        return stripped
    return None


def _text_end(text: str, close: int) -> int:
    """Where the quoted words end before the closing mark at ``close``: before both
    marks of a closing pair typed as two single ones (“Q’’)."""
    if close and text[close] in _TWIN_CLOSE and text[close - 1] == text[close]:
        return close - 1
    return close


def find_quotes(texts: Sequence[str]) -> list[RawQuote]:
    """Every top-level quotation in ``texts`` (one string per paragraph), in order.

    A paragraph that opens a quotation without closing it continues into the
    next paragraph when that one opens with a mark (the news convention for
    quotes over several paragraphs).  An opener that is never closed and not
    continued is not a quotation; the pairs inside it are kept.
    """
    scans = [_scan(t) if _holds_marks(t) else _NO_MARKS for t in texts]
    quotes: list[RawQuote] = []
    carry: RawQuote | None = None
    for index, (text, scan) in enumerate(zip(texts, scans, strict=False)):
        if scan is _NO_MARKS and carry is None:
            continue  # (most paragraphs: nothing to open, close or carry on)
        pairs = list(scan.pairs)
        if carry is not None:
            first = _starts_with_mark(text)
            if first is not None and pairs and pairs[0][0] == first:
                # the continued quote closes in this paragraph
                start, end = pairs.pop(0)
                carry.pieces.append((index, start + 1, _text_end(text, end)))
                carry.close_pos = end
                quotes.append(carry)
                carry = None
            elif first is not None and scan.unclosed == first and not pairs:
                carry.pieces.append((index, first + 1, len(text)))
                continue
            else:
                # the quote never closed: keep what ran to the end of its paragraphs
                quotes.append(carry)
                carry = None
        for start, end in pairs:
            quotes.append(RawQuote([(index, start + 1, _text_end(text, end))], start, end))
        if scan.unclosed is not None:
            nxt = texts[index + 1] if index + 1 < len(texts) else ""
            if _starts_with_mark(nxt) is not None or scan.unclosed == _starts_with_mark(text):
                carry = RawQuote([(index, scan.unclosed + 1, len(text))], scan.unclosed, None)
            else:
                for start, end in scan.inside_unclosed:
                    quotes.append(RawQuote([(index, start + 1, end)], start, end))
        if carry is not None and (
            index + 1 >= len(texts) or _starts_with_mark(texts[index + 1]) is None
        ):
            quotes.append(carry)
            carry = None
    if carry is not None:
        quotes.append(carry)
    quotes.sort(key=lambda q: (q.paragraph, q.open_pos))
    return quotes


# «Q1, – сказал он. — Q2», «Q1 —dijo Juan—. Q2», „Q1 – powiedział Tusk – Q2”: an
# attribution set off by two dashes inside the marks (an English "— which we said
# —" is none).  The words between the dashes start in lower case with a verb that
# precedes its subject (checked by the caller's word lists); no quotation mark,
# dash or line break among them.
# (groups: the first dash, after punctuation or after a space; the words)
_DASHED_WORDS = (
    r"(?:(?<=[,.!?…])[ \u00a0]*([–—])[ \u00a0]*|[ \u00a0]([–—])[ \u00a0]*)"
    r"([^\W\d_A-ZА-ЯЁ][^–—\"“”«»„\n]{0,80}?)"
)
_INTERRUPTION = re.compile(_DASHED_WORDS + r"[.,:]?[ \u00a0]*([–—])[.,:]?[ \u00a0]*(?=\w)")
# « Q1, a ajouté la députée. Q2 », « Q1, poursuit-il, Q2 »: the attribution set off
# by commas inside the marks (the French incise); same groups, the comma first
_INCISE = re.compile(
    r"(,)[ \u00a0]+()([^\W\d_A-ZА-ЯЁ][^–—\"“”«»„\n.,;:!?]{0,60}?)[.,][ \u00a0]+(?=\w)"
)


def split_interruptions(
    texts: Sequence[str],
    quotes: list[RawQuote],
    is_attribution: Callable[[str], bool],
    is_incise: Callable[[str], bool] | None = None,
) -> list[RawQuote]:
    """Quotations cut in two where an attribution between dashes, or between commas
    inside the marks (the French incise), interrupts them.

    The first part closes at the first dash, the second opens at the second one:
    the words between are then read as any attribution after a closing mark, and
    the second part, with no words of its own, has the first part's speaker.
    ``is_attribution`` tells whether the (lower-cased) words are an attribution
    (the language's word lists); ``is_incise`` whether the words between commas,
    as written, are one (a verb and its subject: not "cried my eyes out"), by
    default ``is_attribution``.
    """
    incise = is_incise or (lambda words: is_attribution(words.lower()))
    out: list[RawQuote] = []
    for quote in quotes:
        rest = quote
        while True:
            cut = _first_interruption(texts, rest, is_attribution, incise)
            if cut is None:
                out.append(rest)
                break
            n, match = cut
            p, start, end = rest.pieces[n]
            stop = _trimmed(texts[p], start, match.start())
            first = RawQuote([*rest.pieces[:n], (p, start, stop)], rest.open_pos, _dash(match))
            # the second part "opens" just before its first word (the dash may have
            # a full stop after it, which is no part of the quotation)
            second_open = match.end() - 1
            rest = RawQuote(
                [(p, match.end(), end), *rest.pieces[n + 1 :]], second_open, rest.close_pos, True
            )
            out.append(first)
    return out


def _first_interruption(
    texts: Sequence[str],
    quote: RawQuote,
    is_attribution: Callable[[str], bool],
    is_incise: Callable[[str], bool],
) -> tuple[int, re.Match[str]] | None:
    def dashed_words(words: str) -> bool:
        return is_attribution(words.lower())

    for n, (p, start, end) in enumerate(quote.pieces):
        text = texts[p]
        dashed = text.find("–", start, end) >= 0 or text.find("—", start, end) >= 0
        # (searched in the piece only: a paragraph may hold many quotations)
        tries = [(_INCISE, is_incise)]
        if dashed:
            tries.append((_INTERRUPTION, dashed_words))
        found = [
            match
            for pattern, check in tries
            if (match := _attribution(pattern, text, start, end, check)) is not None
        ]
        if found:
            return n, min(found, key=lambda match: match.start())
    return None


def _attribution(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    is_attribution: Callable[[str], bool],
) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text[start:end]`` whose words (as written)
    are an attribution.  Matches may overlap: in "Q – это ужасно, – пожаловалась X.
    — Q2" the dash that ends the words tried first opens the attribution."""
    while True:
        match = pattern.search(text, start, end)
        if match is None or is_attribution(match.group(3)):
            return match
        start = match.start() + 1


# "—No lo sé —respondió Ana." / "— Не знаю, — сказал он.": the attribution closing a
# paragraph that a dialogue dash opens, after a dash of its own
_END_ATTRIBUTION = re.compile(_DASHED_WORDS + r"[.!…]?[ \u00a0]*$")
_DIALOGUE_DASHES = "—―–"


def dialogue_quotes(
    texts: Sequence[str], quotes: list[RawQuote], is_attribution: Callable[[str], bool]
) -> list[RawQuote]:
    """``quotes`` and the quotations that a dialogue dash opens at a paragraph's start.

    Only where the paragraph names its speaker between dashes ("—Q1 —dijo X—. Q2")
    or at its end ("—Q —dijo X."): a dash opening a paragraph is also a list item
    or an aside, and those have no cue.  Paragraphs with quotation marks of their
    own are left to them.
    """
    marked = {piece[0] for quote in quotes for piece in quote.pieces}
    found: list[RawQuote] = []
    for index, text in enumerate(texts):
        if index in marked:
            continue
        opening = len(text) - len(text.lstrip())
        if opening >= len(text) or text[opening] not in _DIALOGUE_DASHES:
            continue
        start = opening + 1
        while start < len(text) and text[start] in " \u00a0":
            start += 1
        match = _attribution(
            _INTERRUPTION, text, start, len(text), lambda words: is_attribution(words.lower())
        )
        interrupted = match is not None
        if not interrupted:
            match = _END_ATTRIBUTION.search(text, start)
        if match is None or not (interrupted or is_attribution(match.group(3).lower())):
            continue
        found.append(
            RawQuote([(index, start, _trimmed(text, start, match.start()))], opening, _dash(match))
        )
        if interrupted:
            found.append(
                RawQuote([(index, match.end(), len(text.rstrip()))], match.end() - 1, None, True)
            )
    if not found:
        return quotes
    return sorted([*quotes, *found], key=lambda q: (q.paragraph, q.open_pos))


def _dash(match: re.Match[str]) -> int:
    """Where the first dash of :data:`_DASHED_WORDS` stands."""
    return match.start(1) if match.group(1) else match.start(2)


def _trimmed(text: str, start: int, stop: int) -> int:
    """``stop`` moved back over the spaces and commas before it."""
    while stop > start and text[stop - 1] in ", \u00a0":
        stop -= 1
    return stop

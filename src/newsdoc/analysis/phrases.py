"""Cues and the phrases around them: who speaks, and the words that name them.

Everything works on the token list of one paragraph (see :mod:`.tokens`),
within one sentence, and walks at most a few dozen tokens from a cue: the cost
of an article is linear in its length.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .lexicon import Lexicon
from .people import People, resolve_pronoun
from .tokens import Para, Tok

__all__ = ["Cue", "Phrases", "Speaker"]

_DAYS = frozenset(
    (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Yesterday",
        "Today",
    )
)
_APOSTROPHES = frozenset("'’")
_MAX_PHRASE = 10
_NOT_FINITE = frozenset(
    (
        "to",
        "of",
        "not",
        "never",
        "n't",
        "would",
        "could",
        "should",
        "might",
        "may",
        "must",
        "cannot",
        "can't",
        "won't",
        "wouldn't",
        "didn't",
        "don't",
        "doesn't",
        "without",
    )
)


@dataclass(slots=True)
class Cue:
    """Reporting words at tokens ``first..last`` of a paragraph."""

    paragraph: int
    first: int
    last: int
    text: str
    lower: str  # the verb itself, lower case

    def span(self, para: Para) -> tuple[int, int, int]:
        return (self.paragraph, para.toks[self.first].start, para.toks[self.last].end)


@dataclass(slots=True)
class Speaker:
    """Who speaks: a person (index into People.people) and/or the words naming them."""

    person: int | None
    text: str | None
    span: tuple[int, int, int] | None
    is_person_phrase: bool = True  # False for organisations and outlets

    @property
    def known(self) -> bool:
        return self.person is not None or bool(self.text)


class Phrases:
    """The phrase rules for one article."""

    def __init__(self, paras: list[Para], people: People, lexicon: Lexicon) -> None:
        self.paras = paras
        self.people = people
        self.lex = lexicon
        self._cues: dict[int, tuple[list[int], dict[int, Cue]]] = {}

    # --- cues ------------------------------------------------------------

    def cue_at(self, para: Para, i: int) -> Cue | None:
        """The cue starting at token ``i``, if there is one."""
        return self._index(para)[1].get(i)

    def _index(self, para: Para) -> tuple[list[int], dict[int, Cue]]:
        """Every cue of a paragraph, found once: (first tokens in order, cue by first token)."""
        cached = self._cues.get(para.index)
        if cached is not None:
            return cached
        firsts: list[int] = []
        by_first: dict[int, Cue] = {}
        toks = para.toks
        verbs = self.lex.speech_verbs
        # the tokenizer marked the words worth a look; the checks run on the few verbs
        for i in para.marked:
            tok = toks[i]
            if tok.lower not in verbs:
                continue
            if i and toks[i - 1].lower in self.lex.determiners:
                continue  # "the claims", "his calls": a noun
            if i and toks[i - 1].lower in _NOT_FINITE:
                continue  # "hard to say", "instead of saying", "did not say": nobody says it
            if i and tok.text[0].isupper() and tok.lower != "according":
                continue
            particle = self.lex.verb_particles.get(tok.lower)
            if particle is not None:
                if i + 1 >= len(toks) or toks[i + 1].lower != particle:
                    continue
                cue = Cue(para.index, i, i + 1, f"{tok.text} {toks[i + 1].text}", tok.lower)
            else:
                cue = Cue(para.index, i, i, tok.text, tok.lower)
            if firsts and by_first[firsts[-1]].last >= i:
                continue
            firsts.append(i)
            by_first[i] = cue
        self._cues[para.index] = (firsts, by_first)
        return firsts, by_first

    def cues(self, para: Para, lo: int, hi: int) -> list[Cue]:
        """Every cue in tokens ``[lo, hi)``."""
        firsts, by_first = self._index(para)
        start = bisect.bisect_left(firsts, lo)
        stop = bisect.bisect_left(firsts, hi, start)
        return [by_first[i] for i in firsts[start:stop]]

    # --- phrases ---------------------------------------------------------

    def _abbreviation(self, tok: Tok) -> bool:
        """A word a full stop does not end: "Rep.", "U.S.", the initial in "Elijah E. Cummings"."""
        return tok.lower in self.lex.abbreviations or (len(tok.text) == 1 and tok.text.isupper())

    def _skippable(self, tok: Tok) -> bool:
        if tok.kind != "w":
            return False
        if tok.text.islower() and tok.lower.endswith("ly") and len(tok.lower) > 4:
            return True  # "angrily said"
        return tok.lower in self.lex.subject_skip and (tok.text.islower() or tok.text in _DAYS)

    def _clean(self, para: Para, first: int, last: int) -> tuple[int, int] | None:
        """Drop leading words no noun phrase starts with ("of", "be"); None if nothing is left."""
        toks = para.toks
        lex = self.lex
        while first <= last:
            tok = toks[first]
            if tok.kind != "w" or (
                tok.text.islower()
                and tok.lower in lex.function_words
                and tok.lower not in lex.determiners
                and tok.lower not in lex.pronouns
            ):
                first += 1
            else:
                break
        if first > last:
            return None
        words = [t for t in toks[first : last + 1] if t.kind == "w"]
        if all(
            t.lower in lex.time_words or t.text in lex.months_days_cased or t.text.isdigit()
            for t in words
        ):
            return None
        return (first, last)

    def subject_before(self, para: Para, i: int, lo: int) -> tuple[int, int] | None:
        """The phrase (first, last token) that is the subject of the cue at ``i``."""
        toks = para.toks
        j = i - 1
        while j >= lo and self._skippable(toks[j]):
            j -= 1
        if j < lo:
            return None
        if toks[j].text == ",":
            return self._before_apposition(para, j, lo)
        return self._phrase_back(para, j, lo)

    def _phrase_back(self, para: Para, j: int, lo: int) -> tuple[int, int] | None:
        toks = para.toks
        last = j
        count = 0
        while j >= lo and count < _MAX_PHRASE:
            tok = toks[j]
            if tok.kind == "w":
                if tok.lower in self.lex.clause_breaks or tok.lower in self.lex.speech_verbs:
                    break
            elif not (
                tok.text in _APOSTROPHES
                or (tok.text == "." and j and self._abbreviation(toks[j - 1]))
            ):
                break
            j -= 1
            count += 1
        if count >= _MAX_PHRASE:
            return None
        if toks[last].lower in self.lex.pronouns and last > j + 1:
            return (last, last)  # "In a post at the time she said": the pronoun speaks
        return self._clean(para, j + 1, last)

    def _before_apposition(self, para: Para, comma: int, lo: int) -> tuple[int, int] | None:
        """``X, the head of Y, said``: the phrase before the apposition."""
        toks = para.toks
        commas = []
        k = comma - 1
        while k >= lo and comma - k < 45:
            tok = toks[k]
            if tok.kind == "q" or tok.text in ".;:!?":
                break
            if tok.text == ",":
                commas.append(k)
            k -= 1
        # an apposition may hold commas itself: try the farthest opening first
        for k in reversed(commas):
            if k + 1 >= comma or k - 1 < lo:
                continue
            opener = toks[k + 1]
            if (
                opener.lower in self.lex.determiners
                or opener.lower in self.lex.apposition_openers
                or opener.lower.endswith(("'s", "’s"))  # "Disney's chairman"
                or opener.text.isdigit()
                or opener.lower in self.lex.role_heads
                or opener.lower in self.lex.role_words
            ):
                phrase = self._phrase_back(para, k - 1, lo)
                if phrase is not None:
                    return phrase
        return None

    def phrase_after(self, para: Para, k: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase starting at token ``k`` (``said the minister``)."""
        toks = para.toks
        first = k
        if k >= hi or toks[k].kind != "w":
            return None
        head = toks[k]
        if head.text.islower() and (
            head.lower in self.lex.phrase_stops
            or (
                head.lower in self.lex.function_words
                and head.lower not in self.lex.determiners
                and head.lower not in self.lex.pronouns
            )
        ):
            return None  # "said in a statement": no speaker here
        count = 0
        while k < hi and count < _MAX_PHRASE:
            tok = toks[k]
            if tok.kind == "w":
                if (
                    k > first
                    and tok.text.islower()
                    and (
                        tok.lower in self.lex.phrase_stops
                        or tok.lower in self.lex.speech_verbs
                        or tok.lower in self.lex.doc_verbs
                        or (tok.lower.endswith("ed") and len(tok.lower) > 4)
                    )
                ):
                    break  # "the committee asked ...": the phrase ends at the verb
            elif not (
                (tok.text in _APOSTROPHES and k > first)
                or (tok.text == "." and k > first and self._abbreviation(toks[k - 1]))
            ):
                break
            k += 1
            count += 1
        return self._clean(para, first, k - 1)

    def sentence_subject(self, para: Para, sentence: int) -> tuple[int, int] | None:
        """The subject of a sentence: its first phrase, when a verb follows it."""
        a, b = para.sentences[sentence]
        toks = para.toks
        k = a
        while k < b and k - a < _MAX_PHRASE:
            tok = toks[k]
            if tok.kind != "w" and tok.text not in _APOSTROPHES:
                return None
            if tok.text.islower() and (
                tok.lower in self.lex.subject_skip
                or tok.lower in self.lex.speech_verbs
                or tok.lower.endswith("ed")
            ):
                break
            k += 1
        else:
            return None
        if k == a or toks[a].lower in self.lex.function_words:
            return None
        return (a, k - 1)

    # --- speakers --------------------------------------------------------

    def speaker(self, para: Para, phrase: tuple[int, int]) -> Speaker:
        """Who a phrase names: a person (by name, surname, pronoun or role) or just words."""
        first, last = phrase
        toks = para.toks
        start, end = toks[first].start, toks[last].end
        text = para.text[start:end]
        for mention in self.people.in_range(para.index, start, end):
            if not mention.possessive or mention.end >= end - 2:
                return Speaker(
                    mention.person,
                    para.text[mention.start : mention.end],
                    (para.index, mention.start, mention.end),
                )
        if first == last and toks[first].lower in self.lex.pronouns:
            gender = self.lex.pronouns[toks[first].lower]
            person = None
            if gender in ("m", "f"):
                person = resolve_pronoun(self.people, gender, para.index, start)
                if person is not None and not self.people.people[person].gender:
                    # later pronouns must agree with this one
                    self.people.people[person].gender = gender
            return Speaker(person, text, (para.index, start, end), gender in ("m", "f"))
        head = self._head(para, first, last)
        person = self._by_role(head, para.index, start) if head in self.lex.role_heads else None
        is_person = head in self.lex.role_heads or (
            head.endswith("s") and toks[last].text.islower() and head not in self.lex.function_words
        )
        return Speaker(person, text, (para.index, start, end), is_person)

    def _head(self, para: Para, first: int, last: int) -> str:
        """The head noun of a phrase: "China's ambassador to Britain" -> "ambassador"."""
        words: list[str] = []
        for tok in para.toks[first : last + 1]:
            if tok.kind != "w":
                continue
            if words and tok.lower in ("of", "for", "at", "in", "from", "with", "to", "on"):
                break
            if tok.lower.endswith(("'s", "’s")):
                words = []  # the possessor is not the head
                continue
            words.append(tok.lower)
        return words[-1] if words else ""

    def _by_role(self, head: str, paragraph: int, offset: int) -> int | None:
        """A description ("the minister") that names a person already introduced."""
        for mention in self.people.before(paragraph, offset):
            person = self.people.people[mention.person]
            if person.strong and person.role and head in person.role.lower().split():
                return mention.person
        return None

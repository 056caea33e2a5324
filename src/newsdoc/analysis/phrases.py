"""Cues and the phrases around them: who speaks, and the words that name them.

Everything works on the token list of one paragraph (see :mod:`.tokens`),
within one sentence, and walks at most a few dozen tokens from a cue: the cost
of an article is linear in its length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import Lexicon
from .people import Mention, People, resolve_pronoun
from .tokens import UPPER, Para, Paras

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
# marks inside a name of a phrase: "Edmunds'", "PG&E", "AT&T"
_IN_NAMES = frozenset("'’&")
# what a number is written with ("16,002", "21-23", "3.5")
_NUMBER_MARKS = "0123456789,.-–/"
_MAX_PHRASE = 10
# the longest parenthesis after a name read as a tag ("(D-Wis.)", "(R)"), in tokens
_MAX_TAG = 6
# how far into an apposition its role word may stand ("deputy chief of staff")
_ROLE_REACH = 4
# how many paragraphs back a description ("die Managerin") may refer
_DESCRIBED_REACH = 3
# an acronym in brackets after the name it stands for: "Contraloría General de la
# República (CGR)", "la Commission nationale informatique et libertés (CNIL)"
_ACRONYM = re.compile(rf"[ \u00a0]\(([{UPPER}][{UPPER}\d&-]{{1,9}}|[{UPPER}][^\W\d_]{{2,9}})\)")
# a word of a name before its acronym, with what follows it
_NAME_WORD = re.compile(r"(\S+)\s*$")
# what may stand around a word of a name before its acronym
_NAME_MARKS = "\"'“”«»„("
# the most words an organisation's name runs to before its acronym
_MAX_NAME_WORDS = 14


@dataclass(slots=True)
class Cue:
    """Reporting words at tokens ``first..last`` of a paragraph."""

    paragraph: int
    first: int
    last: int
    text: str
    lower: str  # the verb itself, lower case

    def span(self, para: Para) -> tuple[int, int, int]:
        return (self.paragraph, para.starts[self.first], para.ends[self.last])


@dataclass(slots=True)
class Speaker:
    """Who speaks: a person (index into People.people) and/or the words naming them."""

    person: int | None
    text: str | None
    span: tuple[int, int, int] | None
    is_person_phrase: bool = True  # False for organisations and outlets
    organisation: bool = False  # the words name an organisation ("Skoda", "the ministry")

    @property
    def known(self) -> bool:
        return self.person is not None or bool(self.text)


class Phrases:
    """The phrase rules for one article."""

    def __init__(self, paras: Paras, people: People, lexicon: Lexicon) -> None:
        self.paras = paras
        self.people = people
        self.lex = lexicon
        self._cues: dict[int, tuple[list[int], dict[int, Cue]]] = {}
        #: the people who have spoken so far (filled by the attribution)
        self.speakers: set[int] = set()
        self._bodies: _Bodies | None = None
        #: where an organisation was named short, and its full name (the latest speaks)
        self._bodies_spoke: list[tuple[tuple[int, int], tuple[str, tuple[int, int, int]]]] = []

    # --- cues ------------------------------------------------------------

    def cue_at(self, para: Para, i: int) -> Cue | None:
        """The cue starting at token ``i``, if there is one."""
        return self._index(para)[1].get(i)

    def cue_ending_at(self, para: Para, k: int) -> Cue | None:
        """The cue whose last token is ``k`` ("said", "put it"), if there is one."""
        by_first = self._index(para)[1]
        cue = by_first.get(k) or by_first.get(k - 1)
        return cue if cue is not None and cue.last == k else None

    def _index(self, para: Para) -> tuple[list[int], dict[int, Cue]]:
        """Every cue of a paragraph, found once: (first tokens in order, cue by first token)."""
        cached = self._cues.get(para.index)
        if cached is not None:
            return cached
        firsts: list[int] = []
        by_first: dict[int, Cue] = {}
        tokens, lowers = para.tokens, para.lowers
        verbs = self.lex.speech_verbs
        # the tokenizer marked the words worth a look; the checks run on the few verbs
        for i in para.marked:
            lower = lowers[i]
            if lower not in verbs:
                continue
            if (
                i
                and lowers[i - 1] in self.lex.determiners
                and not (
                    # "nos la resumió", "il le dit": an object pronoun, not an article
                    lowers[i - 1] in self.lex.subject_skip
                    and lower in self.lex.inverted_verbs
                    and lower not in self.lex.document_nouns
                    and not self._title(para, i)
                )
                # "по его словам": by his words
                and not (lowers[i - 1] in self.lex.pronouns and lower in self.lex.according_words)
            ):
                continue  # "the claims", "his calls": a noun
            if i and lowers[i - 1] in self.lex.not_finite:
                continue  # "hard to say", "instead of saying", "did not say": nobody says it
            if (
                i
                and lowers[i - 1] in self.lex.passive_auxiliaries
                and lower not in self.lex.participles
            ):
                continue  # "their stories can be told", "what is called": passive, no speaker
            if i and tokens[i][0].isupper() and lower not in self.lex.according_words:
                continue
            particle = self.lex.verb_particles.get(lower)
            if lower in self.lex.name_cues and (i + 1 >= len(tokens) or not para.upper(i + 1)):
                continue  # "per Roe" names a source; "per share", "per se" do not
            if particle is not None:
                if i + 1 >= len(tokens) or lowers[i + 1] not in particle:
                    continue
                cue = Cue(para.index, i, i + 1, f"{tokens[i]} {tokens[i + 1]}", lower)
            else:
                cue = Cue(para.index, i, i, tokens[i], lower)
            if firsts and by_first[firsts[-1]].last >= i:
                continue
            firsts.append(i)
            by_first[i] = cue
        self._cues[para.index] = (firsts, by_first)
        return firsts, by_first

    def cues(self, para: Para, lo: int, hi: int) -> list[Cue]:
        """Every cue in tokens ``[lo, hi)``."""
        firsts, by_first = self._index(para)
        if not firsts:
            return []  # a paragraph tokenized for its quotations only
        start = bisect.bisect_left(firsts, lo)
        stop = bisect.bisect_left(firsts, hi, start)
        return [by_first[i] for i in firsts[start:stop]]

    # --- phrases ---------------------------------------------------------

    def abbreviation(self, para: Para, k: int) -> bool:
        """A word a full stop does not end: "Rep.", "U.S.", the initial in "Elijah E. Cummings"."""
        text = para.tokens[k]
        return para.lowers[k] in self.lex.abbreviations or (len(text) == 1 and text.isupper())

    def skippable(self, para: Para, k: int) -> bool:
        """A word between a subject and its verb: an adverb, "also", a day."""
        if para.kinds[k] != "w":
            return False
        text, lower = para.tokens[k], para.lowers[k]
        if (
            text.islower()
            and lower.endswith(self.lex.adverb_suffixes)
            and len(lower) > 4
            # "le gouvernement", "du parlement": a noun, after its article
            and not (
                k
                and (
                    para.lowers[k - 1] in self.lex.determiners
                    or para.lowers[k - 1] in self.lex.head_breaks
                )
            )
        ):
            return True  # "angrily said"
        return lower in self.lex.subject_skip and (text.islower() or text in _DAYS)

    def _clean(self, para: Para, first: int, last: int) -> tuple[int, int] | None:
        """Drop leading words no noun phrase starts with ("of", "be"); None if nothing is left."""
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        lex = self.lex
        while first <= last:
            lower = lowers[first]
            if kinds[first] != "w" or (
                tokens[first].islower()
                and lower in lex.function_words
                and lower not in lex.determiners
                and lower not in lex.pronouns
            ):
                first += 1
            else:
                break
        if first > last:
            return None
        if all(
            (lowers[k] in lex.function_words or lowers[k] in lex.determiners)
            and lowers[k] not in lex.pronouns
            for k in range(first, last + 1)
            if kinds[k] == "w"
        ):
            return None  # "the only confirmed performers": "the" names nobody
        if lowers[last] not in lex.document_nouns and all(
            lowers[k] in lex.time_words or tokens[k] in lex.months_days_cased or tokens[k].isdigit()
            for k in range(first, last + 1)
            if kinds[k] == "w"
        ):
            return None  # "on Monday"; but "the statement said": a document speaks
        return (first, last)

    def subject_before(self, para: Para, i: int, lo: int) -> tuple[int, int] | None:
        """The phrase (first, last token) that is the subject of the cue at ``i``."""
        j = i - 1
        while j >= lo and self.skippable(para, j):
            j -= 1
        tokens = para.tokens
        if j - 2 >= lo and tokens[j] == "," == tokens[j - 2] and self.skippable(para, j - 1):
            j -= 3  # "Roe, however, said": an adverb set off by commas
        if j < lo:
            return None
        if tokens[j] == ",":
            return self._before_apposition(para, j, lo)
        return self._phrase_back(para, j, lo)

    def skip_tag_back(self, para: Para, j: int, lo: int) -> int:
        """Before a party or state tag in parentheses ending at ``j`` ("Jane Roe
        (D-Wis.)", "Roe (R)"): the token before it; else ``j``."""
        tokens = para.tokens
        if j < lo or tokens[j] != ")":
            return j
        for k in range(j - 1, max(lo, j - _MAX_TAG) - 1, -1):
            if tokens[k] == "(":
                return k - 1 if k > lo and self.is_tag(para, k + 1, j - 1) else j
            if para.kinds[k] == "q" or tokens[k] in "(;:!?":
                break
        return j

    def inner_dot(self, para: Para, k: int) -> bool:
        """A full stop that ends no sentence: after "Rep", "U.S" or a tag ("R-Ky.")."""
        return (
            para.tokens[k] == "."
            and k > 0
            and (self.abbreviation(para, k - 1) or self.is_tag(para, k - 1, k - 1))
        )

    def is_tag(self, para: Para, first: int, last: int) -> bool:
        """Whether tokens ``first..last`` are a party or state tag ("R-Ky.", "D")."""
        words = [para.tokens[k] for k in range(first, last + 1) if para.kinds[k] == "w"]
        pattern = self.lex.tag_pattern
        return len(words) == 1 and pattern is not None and pattern.fullmatch(words[0]) is not None

    def _phrase_back(self, para: Para, j: int, lo: int) -> tuple[int, int] | None:
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        j = self.skip_tag_back(para, j, lo)
        last = j
        count = 0
        while j >= lo and count < _MAX_PHRASE:
            if kinds[j] == "w":
                if lowers[j] in self.lex.clause_breaks or (
                    lowers[j] in self.lex.speech_verbs and not self._title(para, j)
                ):
                    break
            elif not (
                tokens[j] in _IN_NAMES
                # the name of a body in quotation marks after its noun ("Компания
                # «Газпром» заявила")
                or (kinds[j] == "q" and j > lo and lowers[j - 1] in self.lex.work_nouns)
                or (tokens[j] == "." and j and self.abbreviation(para, j - 1))
                or (tokens[j] == "," and 0 < j < last and _in_number(tokens[j - 1], tokens[j + 1]))
            ):
                break
            j -= 1
            count += 1
        if count >= _MAX_PHRASE:
            return None
        if lowers[last] in self.lex.pronouns and last > j + 1:
            return (last, last)  # "In a post at the time she said": the pronoun speaks
        return self._clean(para, j + 1, last)

    def prepositional(self, para: Para, phrase: tuple[int, int]) -> bool:
        """Whether a phrase opens with a preposition ("En eso"): no subject, most likely."""
        opener = para.lowers[phrase[0]]
        lex = self.lex
        return (
            opener in lex.head_breaks
            and opener not in lex.articles
            and opener not in lex.determiners
            and opener not in lex.pronouns
        )

    def _before_apposition(self, para: Para, comma: int, lo: int) -> tuple[int, int] | None:
        """``X, the head of Y, said``: the phrase before the apposition."""
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        commas = []
        k = comma - 1
        while k >= lo and comma - k < 45:
            if kinds[k] == "q" or (tokens[k] in ".;:!?" and not self.inner_dot(para, k)):
                break
            if tokens[k] == ",":
                commas.append(k)
            k -= 1
        if commas and commas[0] + 1 < comma:
            # "El presidente, Pedro Sánchez, dijo", "Le ministre du Commerce, Ricardin
            # St Jean, a confié": the name set off after the role is the subject
            first, last = commas[0] + 1, comma - 1
            named = self.people.in_range(para.index, para.starts[first], para.ends[last])
            if (
                len(named) == 1
                and named[0].start == para.starts[first]
                and named[0].end == para.ends[last]
            ):
                return (first, last)
        # an apposition may hold commas itself: try the farthest opening first
        for k in reversed(commas):
            if k + 1 >= comma or k - 1 < lo:
                continue
            opener = lowers[k + 1]
            if (
                opener in self.lex.determiners
                or opener in self.lex.apposition_openers
                or opener.endswith(("'s", "’s"))  # "Disney's chairman"
                or (k + 2 < comma and tokens[k + 2] in _APOSTROPHES)  # "Edmunds' director"
                or tokens[k + 1].isdigit()
                or self.lex.role_head(opener) is not None
                or opener in self.lex.role_words
                or self.role_apposition(para, k + 1, comma)
                or self.is_tag(para, k + 1, comma - 1)  # "John Doe, R-Ky., said"
            ):
                phrase = self._phrase_back(para, self._before_tag(para, k - 1, lo), lo)
                if phrase is not None:
                    return phrase
        return None

    def _before_tag(self, para: Para, j: int, lo: int) -> int:
        """Before a party or state tag set off by commas and ending at ``j`` ("Adam
        Schiff, D-Calif., chairman of ..."): the token before its comma; else ``j``."""
        tokens = para.tokens
        end = j - 1 if j > lo and tokens[j] == "." else j
        if end - 1 > lo and tokens[end - 1] == "," and self.is_tag(para, end, end):
            return end - 2
        return j

    def role_apposition(self, para: Para, k: int, end: int) -> bool:
        """An apposition naming a role in its first words ("communications director for
        the Doe campaign", "senior adviser to the mayor")."""
        lowers, kinds, tokens = para.lowers, para.kinds, para.tokens
        for n in range(k, min(end, k + _ROLE_REACH)):
            lower = lowers[n]
            if (
                kinds[n] != "w"
                or not tokens[n].islower()
                or lower in self.lex.clause_breaks
                or (n > k and lower in self.lex.head_breaks)
            ):
                return False
            if lower in self.lex.role_words or self.lex.role_head(lower) is not None:
                return True
        return False

    def phrase_after(self, para: Para, k: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase starting at token ``k`` (``said the minister``)."""
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        if k + 1 < hi and tokens[k].islower() and lowers[k] in self.lex.speech_verbs:
            k += 1  # "según argumentó la entidad", "So mutmaßt Molina": the verb first
        k = self._past_time(para, k, hi)
        first = k
        if k >= hi or kinds[k] != "w":
            return None
        head = lowers[k]
        if tokens[k].islower() and (
            # an article ends a phrase ("der Politiker der Partei") but may open one
            # ("sagte der Politiker", "disse a ministra")
            (head in self.lex.phrase_stops and head not in self.lex.articles)
            or (
                head in self.lex.function_words
                and head not in self.lex.determiners
                and head not in self.lex.pronouns
            )
        ):
            return None  # "said in a statement": no speaker here
        count = 0
        while k < hi and count < _MAX_PHRASE:
            if kinds[k] == "w":
                lower = lowers[k]
                if (
                    k > first
                    and tokens[k].islower()
                    and (
                        (lower in self.lex.phrase_stops and not self._body_goes_on(para, k, hi))
                        or lower in self.lex.speech_verbs
                        or lower in self.lex.doc_verbs
                        or (lower.endswith(self.lex.past_suffixes) and len(lower) > 4)
                    )
                ):
                    break  # "the committee asked ...": the phrase ends at the verb
            elif not (
                (tokens[k] in _IN_NAMES and k > first)
                or (tokens[k] == "." and k > first and self.abbreviation(para, k - 1))
            ):
                break
            k += 1
            count += 1
        return self._clean(para, first, k - 1)

    def _described_body(
        self, para: Para, noun: str, offset: int
    ) -> tuple[str, tuple[int, int, int]] | None:
        """The organisation a definite description refers back to: "la entidad" (a noun of
        ``body_descriptions``) when one organisation alone was named in full before it,
        "el ministerio" when one alone of those opens with that noun."""
        assert self._bodies is not None
        here = (para.index, offset)
        named = {
            name: where
            for names in self._bodies.openers.values()
            for name, where in names
            if where[:2] < here
        }
        if noun not in self.lex.body_descriptions:
            named = {n: w for n, w in named.items() if n.split()[0].lower() == noun}
        if len(named) == 1:
            return next(iter(named.items()))
        if noun in self.lex.body_descriptions:
            # several named: the one that last spoke under its full name ("detalló el
            # órgano contralor" after "dijo la CGR")
            spoke = [s for s in self._bodies_spoke if s[0] < here and s[1][0] in named]
            if spoke:
                return max(spoke)[1]
        return None

    def _title(self, para: Para, k: int) -> bool:
        """Whether the word at ``k``, a verb too, is a title after its article ("le juge
        en chef", not "il le juge")."""
        return (
            k > 0
            and para.lowers[k - 1] in self.lex.determiners
            and self.lex.role_head(para.lowers[k]) is not None
        )

    def _past_time(self, para: Para, k: int, hi: int) -> int:
        """The token after a phrase of time or place that opens at ``k`` before the
        speaker ("dijo este martes la ministra", "afirmó el lunes en rueda de prensa el
        presidente"), else ``k``: only past a word of time itself, not an article or a
        preposition alone ("dijo a EFE")."""
        lex = self.lex
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        m = k
        timed = False
        while m < hi and kinds[m] == "w" and tokens[m].islower():
            lower = lowers[m]
            if lower in lex.time_words:
                timed = timed or not (
                    lower in lex.articles
                    or lower in lex.determiners
                    or lower in lex.head_breaks
                    or len(lower) < 3
                )
            elif lower not in lex.head_breaks:
                break
            m += 1
        if not timed or m >= hi or m == k:
            return k
        if lowers[m - 1] in lex.articles and m - 1 > k:
            m -= 1  # "el lunes el presidente": the article opens the speaker
        if kinds[m] != "w" or (tokens[m].islower() and lowers[m] not in lex.articles):
            return k
        return m

    def _body_goes_on(self, para: Para, k: int, hi: int) -> bool:
        """Whether the word at ``k`` links an organisation noun or a role to the rest of
        the name ("le ministère des Affaires étrangères", "el Ministerio de Salud", "el
        ministro de Economía")."""
        lex = self.lex
        if para.lowers[k] not in lex.affiliation_words:
            return False
        before = para.lowers[k - 1]
        if not (
            before in lex.org_nouns
            or para.tokens[k - 1] in lex.institution_words_cased
            # "el ministro de Economía Ana Roe"; where every noun has a capital, the
            # words after a role say less ("die Prokuristin des Hamburger Importeurs")
            or (not lex.nouns_capitalised and lex.role_head(before) is not None)
        ):
            return False
        n = k + 1
        if n + 1 < hi and para.lowers[n] in lex.definite_articles:
            n += 1  # "de la Santé", "de l'Intérieur"
        return n < hi and para.kinds[n] == "w" and para.upper(n) and not para.tokens[n][0].isdigit()

    def sentence_subject(self, para: Para, sentence: int) -> tuple[int, int] | None:
        """The subject of a sentence: its first phrase, when a verb follows it."""
        a, b = para.sentences[sentence]
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        lex = self.lex
        if a < b and (
            (lowers[a] in lex.function_words and lowers[a] not in lex.pronouns)
            or lowers[a] in lex.subordinators
        ):
            # "After the hearing, Hawk Sawyer issued ...": the subject after the opening
            # phrase; but "the Electoral Commission, which ...": a name, then an apposition
            for n in range(a + 1, min(b, a + _MAX_PHRASE)):
                if tokens[n] == ",":
                    if lowers[a] not in lex.articles or not (
                        self._names_in(para, a, n)
                        or any(lowers[m] in lex.auxiliaries for m in range(a, n))
                    ):
                        a = n + 1  # not "The commission is frustrated with X, saying"
                    break
                if kinds[n] != "w":
                    break
        k = a
        while k < b and k - a < _MAX_PHRASE:
            if tokens[k] == "," and k > a and self._names_in(para, a, k):
                break  # "the Electoral Commission, which ...": the name is the subject
            if (
                k > a
                and tokens[k].islower()
                and not lowers[k - 1].endswith(("'s", "’s"))  # "Russia's top activist"
                and all(para.upper(n) for n in range(a, k))
                and any(lowers[n] not in lex.function_words for n in range(a, k))
            ):
                break  # "Boudreau gave his players ...": a name, then its verb
            if kinds[k] != "w" and tokens[k] not in _APOSTROPHES:
                return None
            lower = lowers[k]
            if tokens[k].islower() and (
                lower in self.lex.subject_skip
                or lower in self.lex.speech_verbs
                or lower.endswith(self.lex.past_suffixes)
            ):
                break
            k += 1
        else:
            return None
        if k == a or (
            lowers[a] in lex.function_words
            and lowers[a] not in lex.pronouns
            and lowers[a] not in lex.articles
        ):
            return None
        if all(lowers[n] in lex.articles for n in range(a, k)):
            return None  # "the only confirmed performers": "the" names nobody
        return (a, k - 1)

    def _names_in(self, para: Para, a: int, b: int) -> bool:
        """Whether tokens ``a..b-1`` hold a capitalised word that may be a name: not an
        article, a month or a day ("The following Monday evening" holds none), nor the
        word opening the sentence ("Once he takes office")."""
        lex = self.lex
        return any(
            para.upper(n)
            and para.sentences[para.sentence_of[n]][0] != n
            and para.lowers[n] not in lex.articles
            and para.tokens[n] not in lex.months_days_cased
            for n in range(a, b)
        )

    # --- speakers --------------------------------------------------------

    def speaker(self, para: Para, phrase: tuple[int, int]) -> Speaker:
        """Who a phrase names: a person (by name, surname, pronoun or role) or just words."""
        first, last = phrase
        lowers = para.lowers
        if (
            first < last
            and lowers[first] in self.lex.pronouns
            and lowers[first] not in self.lex.determiners
            and all(self.skippable(para, k) for k in range(first + 1, last + 1))
        ):
            last = first  # "He instead told", "I now say": the pronoun speaks
        cleaned = self.noun_phrase(para, first, last)
        if cleaned is None:
            return Speaker(None, None, None, False)
        first, last = cleaned
        start, end = para.starts[first], para.ends[last]
        text = para.text[start:end]
        for mention in self.people.in_range(para.index, start, end):
            if not mention.possessive or mention.end >= end - 2:
                return Speaker(
                    mention.person,
                    para.text[mention.start : mention.end],
                    (para.index, mention.start, mention.end),
                )
        if first == last and lowers[first] in self.lex.pronouns:
            gender = self.lex.pronouns[lowers[first]]
            person = None
            if gender in ("m", "f"):
                person = resolve_pronoun(
                    self.people,
                    gender,
                    para.index,
                    start,
                    self._in_passing,
                    self.speakers,
                    lambda mention: self._subject(mention, para, first),
                )
                if person is not None and not self.people.people[person].gender:
                    # later pronouns must agree with this one
                    self.people.people[person].gender = gender
            return Speaker(person, text, (para.index, start, end), gender in ("m", "f"))
        head = self.head(para, first, last)
        role = self.lex.role_head(head)
        if role is None and last - first == 2 and lowers[first] in self.lex.articles:
            # "el técnico italiano": the noun before its adjective
            role = self.lex.role_head(lowers[first + 1])
        # "la organización campesina": a body, whatever its adjective says (not "a
        # company spokesperson", where the noun after the body's is a role)
        body = (
            last == first + 2
            and lowers[first] in self.lex.articles
            and lowers[first + 1] in self.lex.org_nouns
            and lowers[last] not in self.lex.role_words
        )
        if body:
            role = None
        person = None
        if role is not None and not self._indefinite(lowers[first]):
            person = self._by_role(role, para.index, start)
        if (
            person is None
            and role is not None
            and role in self.lex.descriptions
            # (in a language without articles, as a definite one: "Бывшая супермодель")
            and (lowers[first] in self.lex.definite_articles or not self.lex.articles)
            and last - first <= 2
        ):
            person = self._described(para.index, start)
        is_person = role is not None or (
            not body
            and head.endswith("s")
            and para.tokens[last].islower()
            and head not in self.lex.function_words
            and head not in self.lex.org_nouns
        )
        if not is_person and person is None:
            full = self._full_name(para, first, last)
            if full is not None:
                return Speaker(None, full[0], full[1], False, True)
        organisation = not is_person and person is None and self.organisation(para, (first, last))
        return Speaker(person, text, (para.index, start, end), is_person, organisation)

    def _full_name(
        self, para: Para, first: int, last: int
    ) -> tuple[str, tuple[int, int, int]] | None:
        """The name an organisation was given in full before, when a phrase names it
        short: by its acronym ("la CGR") or by the first word of its name ("la
        Contraloría" for "Contraloría General de la República (CGR)"), that name
        being the only one so opening."""
        words = [k for k in range(first, last + 1) if para.kinds[k] == "w"]
        lex = self.lex
        definite = bool(words) and para.lowers[words[0]] in lex.definite_articles
        while words and para.lowers[words[0]] in lex.articles:
            words = words[1:]
        if self._bodies is None and words:
            self._bodies = _bodies(self.paras, self.people, lex)
        if definite and words and all(para.tokens[k].islower() for k in words):
            # "la misma entidad", "la organización campesina", "el ministerio"
            noun = next((k for k in words if para.lowers[k] in lex.body_descriptions), words[0])
            return self._described_body(para, para.lowers[noun], para.starts[words[0]])
        if len(words) != 1 or self._bodies is None:
            return None
        word = para.tokens[words[0]]
        found = self._bodies.acronyms.get(word)
        if found is None:
            names = self._bodies.openers.get(word, ())
            found = names[0] if len(names) == 1 else None
        here = (para.index, para.starts[words[0]])
        if found is None or found[1][:2] > here:
            return None  # named in full only later: the short form stands
        self._bodies_spoke.append((here, found))
        return found

    def organisation(self, para: Para, phrase: tuple[int, int]) -> bool:
        """Whether a phrase names an organisation ("the company", "Police", "Skoda",
        "Reuters"): a word of the language's organisation nouns at its head, a known
        outlet, or one capitalised name that is nobody's."""
        first, last = phrase
        lex = self.lex
        head = self.head(para, first, last)
        tokens = para.tokens
        if head in lex.org_nouns or tokens[last] in lex.institution_words_cased:
            return True
        if tokens[last] in lex.org_words_cased and all(
            tokens[k][:1].isupper() or para.lowers[k] in lex.articles
            for k in range(first, last + 1)
            if para.kinds[k] == "w"
        ):
            return True  # "The Arab League", "Dick Clark Productions": a name of a body
        if para.text[para.starts[first] : para.ends[last]] in lex.outlets:
            return True  # "Reuters", "RIA Novosti": an outlet speaks for itself
        words = [k for k in range(first, last + 1) if para.kinds[k] == "w"]
        if len(words) == 2 and para.lowers[words[0]] in lex.definite_articles:
            words = words[1:]  # "la CGR", "the Kremlin"
        return (
            len(words) == 1
            and para.upper(words[0])
            and not tokens[words[0]][0].isdigit()  # "the 56-year-old"
            and tokens[words[0]] not in lex.nationalities_cased  # "the Russian"
            and para.lowers[words[0]] not in lex.pronouns
            and para.lowers[words[0]] not in lex.function_words
            and not self.people.in_range(para.index, para.starts[first], para.ends[last])
        )

    def noun_phrase(self, para: Para, first: int, last: int) -> tuple[int, int] | None:
        """Tokens ``first..last`` as a noun phrase that can name a speaker, or None:
        never a quantity ("25 percent", "the total"), nor words of a clause ("their
        stories can be", "It's worth", "the letter Mike wrote"); after a verb, only a
        name ("was how Ford"). A wrong speaker is worse than none."""
        lex = self.lex
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        head = self.head(para, first, last)
        if _numeric(head) or head in lex.quantity_words:
            return None
        if tokens[first].islower() and lowers[first] not in lex.determiners:
            for k in range(first + 1, last + 1):
                if lowers[k] in lex.head_breaks or kinds[k] != "w":
                    break
                if (
                    tokens[k].islower()
                    and lowers[k] in lex.articles
                    and not (k < last and lowers[k] in lex.name_particles and para.upper(k + 1))
                ):
                    first = k  # "At which point the host insisted": the phrase is "the host"
                    break
        after_verb = None
        for k in range(first, last + 1):
            if kinds[k] != "w":
                continue
            lower = lowers[k]
            bare = bare_word(lower)
            if bare != lower and bare in lex.pronouns:
                return None  # "It's worth", "We've spent"
            if (
                tokens[k].islower()
                and (
                    lower in lex.auxiliaries
                    or lower in lex.passive_auxiliaries
                    or lower in lex.speech_verbs
                    or lower in lex.doc_verbs
                )
                and not (k > first and self._title(para, k))
            ):
                after_verb = k + 1
        if after_verb is None:
            return (first, last)
        rest = self._clean(para, after_verb, last) if after_verb <= last else None
        if rest is None:
            return None
        named = self.people.in_range(para.index, para.starts[rest[0]], para.ends[rest[1]])
        return rest if named else None

    def _in_passing(self, mention: Mention) -> bool:
        """Whether a name is only mentioned, not the subject of its clause: a word of
        the sentence's own (a verb, a preposition: "met Roe", "the day Roe died")
        stands right before it, titles aside."""
        text = self.paras[mention.paragraph].text
        words = text[max(0, mention.start - 80) : mention.start].split()
        while words and words[-1][:1].isupper() and words[-1].rstrip(".,").isalpha():
            last = words[-1]
            if last[-1] == "." and last[:-1].lower() not in self.lex.abbreviations:
                return False  # "... testified on Monday. Roe spoke": a sentence ended
            words.pop()  # "Sen.", "President", "Mr."
        if not words:
            return False
        word = words[-1]
        if not word[-1:].isalnum():
            return False  # after punctuation: a new clause or an apposition
        lower = word.lower()
        lex = self.lex
        if not word.islower() or lower in lex.speech_verbs or lower in lex.role_words:
            return False
        # a preposition ("with Roe"), or a verb of which the name is the object ("met Roe")
        return lower in lex.head_breaks or lower in lex.passing_words

    def _subject(self, mention: Mention, at: Para, pronoun: int) -> bool | None:
        """Whether a name before the pronoun at token ``pronoun`` of ``at`` is one it
        refers to first: in the pronoun's own sentence, any ("the letter Roe sent, in
        which he said"); before it, the subject of its sentence, or the one who speaks
        there: only titles and roles, an opening phrase closed by a comma, or a
        quotation stand before it ("Figgins declined ...", "On Monday, Sen. Roe said",
        '"Q," Roe said').  None for a name inside a quotation: someone spoken about."""
        para = self.paras[mention.paragraph]
        k = bisect.bisect_right(para.starts, mention.start) - 1
        if k < 0:
            return False
        if para.kinds[k] == "q":
            return None
        if para is at and para.sentence_of[k] == para.sentence_of[pronoun]:
            return True
        if mention.possessive:
            return False
        tokens, kinds = para.tokens, para.kinds
        lo = para.sentences[para.sentence_of[k]][0]
        for n in range(k - 1, lo - 1, -1):
            if kinds[n] == "q" or tokens[n] == ",":
                return True
            if kinds[n] == "w":
                lower = para.lowers[n]
                if not (
                    para.upper(n) or lower in self.lex.role_words or lower in self.lex.role_heads
                ):
                    return False
            elif tokens[n] not in _APOSTROPHES and tokens[n] != ".":
                return False
        return True

    def apposed_name(self, para: Para, k: int, hi: int) -> Speaker | None:
        """A person named at the end of the sentence from token ``k``, after a comma or
        the words describing them ("the minister of Science, Innovation and
        Technology, Paola Vega.", "le commissaire à l'économie Pierre Moscovici.")."""
        tokens = para.tokens
        for j in range(k, min(hi, k + 25)):
            if para.kinds[j] == "q" or tokens[j] in ".;:!?":
                return None
            if j + 1 >= hi or (tokens[j] != "," and para.kinds[j + 1] != "w"):
                continue
            start = para.starts[j + 1]
            for mention in self.people.in_range(para.index, start, para.ends[hi - 1]):
                if mention.start != start or mention.possessive:
                    break
                after = bisect.bisect_left(para.starts, mention.end)
                if after >= hi or tokens[after] in ".;!?":
                    return Speaker(
                        mention.person,
                        para.text[mention.start : mention.end],
                        (para.index, mention.start, mention.end),
                    )
                break
        return None

    def head(self, para: Para, first: int, last: int) -> str:
        """The head noun of a phrase: "China's ambassador to Britain" -> "ambassador"."""
        words: list[str] = []
        kinds = para.kinds
        for k in range(first, last + 1):
            if kinds[k] != "w":
                continue
            lower = para.lowers[k]
            if words and lower in self.lex.head_breaks:
                break
            if lower.endswith(("'s", "’s")):
                words = []  # the possessor is not the head
                continue
            words.append(lower)
        return words[-1] if words else ""

    def _described(self, paragraph: int, offset: int) -> int | None:
        """The person a definite description that is no title refers back to ("die
        Managerin", "der 50-Jährige", "the veteran"): the story's person named last, in
        this paragraph or the one before, or who spoke in the few before."""
        for mention in self.people.before(paragraph, offset):
            if paragraph - mention.paragraph > _DESCRIBED_REACH:
                return None
            if mention.possessive:
                continue
            if mention.person in self.speakers or (
                paragraph - mention.paragraph <= 1 and self.people.people[mention.person].strong
            ):
                return mention.person
        return None

    def _indefinite(self, word: str) -> bool:
        """Whether a phrase opening with ``word`` describes someone new ("a senior
        official", "another spokeswoman"), whom no role links to a named person."""
        lex = self.lex
        return word in lex.indefinite_words or (
            word in lex.articles and word not in lex.definite_articles
        )

    def _by_role(self, head: str, paragraph: int, offset: int) -> int | None:
        """A description ("the minister") that names a person already introduced."""
        for mention in self.people.before(paragraph, offset):
            person = self.people.people[mention.person]
            if (
                person.strong
                and person.role
                and any(self.lex.role_head(word) == head for word in person.role.lower().split())
            ):
                return mention.person
        return None


@dataclass(frozen=True, slots=True)
class _Bodies:
    """The organisations an article names in full with their acronym: by acronym, and
    by the first word of the name (each with its place)."""

    acronyms: dict[str, tuple[str, tuple[int, int, int]]]
    openers: dict[str, list[tuple[str, tuple[int, int, int]]]]


def _bodies(paras: Paras, people: People, lex: Lexicon) -> _Bodies:
    """Every "Name Of A Body (ACRONYM)" of the article, the first of each acronym."""
    acronyms: dict[str, tuple[str, tuple[int, int, int]]] = {}
    openers: dict[str, list[tuple[str, tuple[int, int, int]]]] = {}
    small = lex.title_small_words | lex.name_particles
    for index, text in enumerate(paras.texts):
        if "(" not in text:
            continue
        for match in _ACRONYM.finditer(text):
            acronym = match[1]
            if acronym in acronyms:
                continue
            end = match.start()
            words: list[tuple[int, str]] = []
            for printed, after in _words_back(text, end):
                if words and not printed[-1:].isalnum():
                    break  # a clause or a sentence ends before the name
                bare = printed.strip(_NAME_MARKS)
                if not bare or not (bare[0].isupper() or bare.lower() in small):
                    break
                words.append((after - len(bare), bare))
            while words and not words[-1][1][0].isupper():
                words.pop()  # "de la": no first word of a name
            while words and words[-1][1].lower() in lex.articles:
                words.pop()  # "La Contraloría", a sentence's first word
            if words:
                at, first = words[-1]
                elided, mark, rest = first.replace("’", "'").partition("'")
                if mark and rest and elided.lower() + mark in lex.articles:
                    words[-1] = (at + len(elided) + 1, rest)  # "L’Istituto"
            if sum(w[0].isupper() for _, w in words) < 2:
                # one capital: a name in the French style, its first word alone capitalised
                # ("Commission nationale informatique et libertés"), opened by a body's noun
                words = _lower_case_name(text, match.start(), lex)
                if len(words) < 2:
                    continue  # one word is no name of a body to shorten
            start = words[-1][0]
            if people.in_range(index, start, end):
                continue  # "Pedro Castillo (PL)": a person and their party
            name = (text[start:end], (index, start, end))
            acronyms[acronym] = name
            opener = words[-1][1]
            if name[0] not in (n for n, _ in openers.get(opener, ())):
                openers.setdefault(opener, []).append(name)
    return _Bodies(acronyms, openers)


def _lower_case_name(text: str, end: int, lex: Lexicon) -> list[tuple[int, str]]:
    """The words of a body's name that ends at ``end`` and has only its first word
    capitalised, that word a body's noun; last word first, as :func:`_bodies` walks."""
    words: list[tuple[int, str]] = []
    for printed, after in _words_back(text, end):
        if not printed[-1:].isalnum():
            return []
        bare = printed.strip(_NAME_MARKS)
        bare = bare.rpartition("'")[2].rpartition("’")[2]  # "l’actuelle Commission"
        if not bare:
            return []
        words.append((after - len(bare), bare))
        if bare[0].isupper():
            opens = bare in lex.institution_words_cased or bare.lower() in lex.org_nouns
            return words if opens else []
    return []


def _words_back(text: str, end: int) -> Iterator[tuple[str, int]]:
    """The words before ``end`` as printed, with where each ends, last first: as many as
    a body's name may run to (:data:`_MAX_NAME_WORDS`)."""
    start = end
    for _ in range(_MAX_NAME_WORDS):
        word = _NAME_WORD.search(text, max(0, start - 60), start)
        if word is None:
            return
        yield word[1], word.end(1)
        start = word.start(1)


def bare_word(word: str) -> str:
    """A word without what an apostrophe glues to it ("it's": "it", "he'd": "he")."""
    for mark in "'’":  # a string, not the set: the same mark first in every run
        if mark in word:
            return word.split(mark, 1)[0]
    return word


def _in_number(before: str, after: str) -> bool:
    """Whether a comma between these tokens is inside a number ("155,000")."""
    return before.isdigit() and after.isdigit()


def _numeric(word: str) -> bool:
    """Whether a word is a number ("25", "16,002", "21-23"), not "56-year-old"."""
    return word[:1].isdigit() and not word.strip(_NUMBER_MARKS)

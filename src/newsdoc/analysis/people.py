"""People: names, titles, roles, affiliations and every mention of them.

A name is a run of one to four capitalised words (with initials, hyphens and
particles such as de, van, bin, al-).  Titles and honorifics in front of it
are split off and kept as role, nationality and gender.  Runs that contain a
word of an organisation, a place, a month or a day are not people, nor are
runs right after "the".  Once every full name is known, each surname alone
(possessives included) is a mention of the person last named with it.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from .lexicon import Lexicon
from .tokens import UPPER

__all__ = ["Mention", "People", "PersonInfo", "find_people"]

# What follows the capital of a name word: initials ("J.R.R.") or the rest of a
# word with inner hyphens and apostrophes.  Possessive (*+): what follows a name
# word is a space or the end, never a letter, so giving letters back never helps
# and the engine is spared retrying every shorter word.
_AFTER_CAPITAL = r"(?:\.(?:[{U}]\.)*+|\w*+(?:[-'’]\w++)*+)".replace("{U}", UPPER)
_PART = rf"(?:(?:al|el|bin|ibn|ben)-)?[{UPPER}]{_AFTER_CAPITAL}"
_GLUED = frozenset(".'’-_")
# The capital comes first so the engine can skip to the next one; the look-behind
# after it checks the character before the word ("not preceded by a letter").
_CAPITALISED = re.compile(rf"[{UPPER}](?<!\w.)\w*(?:[-'’]\w+)*")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The patterns of one language's words around a name (made once per lexicon)."""

    # ", the head of ...": an apposition that describes the person
    appositive: re.Pattern[str]
    # " of the nationalist LDPR party"
    affiliation: re.Pattern[str]
    # a name right before or after a reporting verb belongs to someone who speaks
    speaks_after: re.Pattern[str]
    speaks_before: re.Pattern[str]
    leading_definite: re.Pattern[str]
    leading_article: re.Pattern[str]
    longest_article: int


def _alternation(words: Iterable[str]) -> str:
    # longest first, then by text: the same pattern in every run
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


def _make_patterns(lexicon: Lexicon) -> _Patterns:
    articles = _alternation(lexicon.articles)
    definite = _alternation(lexicon.definite_articles)
    verbs = _alternation(lexicon.name_speaks_verbs)
    skip = "|".join(
        [rf"\w+(?:{_alternation(lexicon.adverb_suffixes)})\s+"]
        + [rf"{re.escape(w)}\s+" for w in sorted(lexicon.name_speaks_skip)]
    )
    linkers = _alternation(lexicon.affiliation_words)
    return _Patterns(
        appositive=re.compile(
            rf",\s+((?:{articles})\s+[^,.;:()\"“”«»„]{{2,160}}?)\s*(?=[,.;:]|$| —| –)"
        ),
        affiliation=re.compile(
            rf"\s+(?:{linkers})\s+(?:(?:{definite})\s+)?(?:([a-z][\w-]*)\s+)?"
            rf"([{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*){{0,4}})(\s+[Pp]arty\b)?"
        ),
        speaks_after=re.compile(rf"(?:\s*,[^,.;\"“”«»„]{{1,150}},)?\s+(?:{skip})?(?:{verbs})\b"),
        speaks_before=re.compile(rf"\b(?:{verbs})\s+$"),
        leading_definite=re.compile(
            rf"^(?:{_alternation(w.capitalize() for w in lexicon.definite_articles)}|{definite})\s+"
        ),
        leading_article=re.compile(rf"^(?:{articles})\s+"),
        longest_article=max(map(len, lexicon.articles), default=0),
    )


_PATTERNS: dict[int, _Patterns] = {}


def _patterns(lexicon: Lexicon) -> _Patterns:
    found = _PATTERNS.get(id(lexicon))
    if found is None:
        found = _PATTERNS[id(lexicon)] = _make_patterns(lexicon)
    return found


@dataclass(slots=True)
class PersonInfo:
    """What the analysis knows about one person while it works."""

    name: str
    surname: str
    role: str | None = None
    affiliation: str | None = None
    nationality: str | None = None
    gender: str = ""
    descriptions: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, int]] = field(default_factory=list)
    evidence: bool = False  # something beyond capital letters says this is a person
    alone: int = 0  # mentions by the surname alone (news style for people, not for things)

    @property
    def strong(self) -> bool:
        """Evidence, or the surname used alone: safe to resolve pronouns and roles to."""
        return self.evidence or self.alone > 0


@dataclass(slots=True)
class Mention:
    """A name in the text: the person, and whether "'s" follows."""

    paragraph: int
    start: int
    end: int
    person: int
    possessive: bool
    quoted: bool = False  # inside a quotation: nobody a pronoun or a description refers to


@dataclass
class People:
    """Everyone found, and their mentions sorted by position."""

    people: list[PersonInfo]
    mentions: list[Mention]
    # derived from ``mentions`` by _index
    by_paragraph: dict[int, list[Mention]] = field(init=False)
    keys: list[tuple[int, int]] = field(init=False)  # (paragraph, start) of each mention
    starts: dict[int, list[int]] = field(init=False)  # filled per paragraph on demand

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        self.keys = [(m.paragraph, m.start) for m in self.mentions]
        self.by_paragraph = {}
        for mention in self.mentions:
            self.by_paragraph.setdefault(mention.paragraph, []).append(mention)
        self.starts = {}

    def in_range(self, paragraph: int, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)`` of ``paragraph``."""
        mentions = self.by_paragraph.get(paragraph)
        if not mentions:
            return []
        starts = self.starts.get(paragraph)
        if starts is None:
            starts = self.starts[paragraph] = [m.start for m in mentions]
        first = bisect.bisect_left(starts, start)
        found = []
        for mention in mentions[first:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def reject(self, persons: set[int]) -> None:
        """Forget these people: their names turned out to name something else."""
        if not persons:
            return
        for index in persons:
            self.people[index].mentions.clear()
            self.people[index].evidence = False
        self.mentions = [m for m in self.mentions if m.person not in persons]
        self._index()

    def before(self, paragraph: int, offset: int) -> list[Mention]:
        """Mentions before a position, nearest first (at most 30)."""
        pos = bisect.bisect_left(self.keys, (paragraph, offset))
        return [m for m in self.mentions[max(0, pos - 30) : pos][::-1] if not m.quoted]


@dataclass(slots=True)
class _Run:
    paragraph: int
    start: int  # of the first name word
    end: int  # of the last name word
    names: list[str]  # the name words
    lows: list[str]  # the same in lower case
    prefix: list[str]
    possessor: str | None
    possessive: bool
    name: str  # the words of ``names`` joined by spaces

    def words(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of the name words in the paragraph's ``text``."""
        placed = []
        at = self.start
        for word in self.names:
            # only spaces separate the words: each is found from where the last ended
            at = text.find(word, at)
            placed.append((at, at + len(word), word))
            at += len(word)
        return placed


def _name_regex(lexicon: Lexicon) -> re.Pattern[str]:
    """Runs of two or more capitalised words (single words are found by surname later)."""
    # longest first (and then by text: the same pattern, so the same cache entry, in every run)
    particles = "|".join(sorted(lexicon.name_particles, key=lambda p: (-len(p), p)))
    # "Gov." and "Dr." stay in the run, so they can be read as titles
    dotted = sorted(
        {
            k[:-1].capitalize()
            for k in (*lexicon.honorifics, *lexicon.title_abbreviations)
            if k.endswith(".")
        }
    )
    after_dot = r"\.(?=[ \u00a0])"
    part = rf"(?:(?:{'|'.join(dotted)}){after_dot}|{_PART})"
    glue = rf"[ \u00a0]+(?:(?:{particles})[ \u00a0]+){{0,2}}(?:(?:al|el|bin|ibn|ben)-)?"
    # The first part is the same as ``part``, written to open with the capital
    # itself: then the engine finds the next capital in its own fast scan
    # (anything else first, a look-ahead included, makes it try the whole
    # pattern at every character).  A dotted title is told by a look-behind at
    # its capital: "(?<=G)(?:ov)" is "Gov" once the "G" is read.
    tails: dict[str, list[str]] = {}
    for word in dotted:
        tails.setdefault(word[0], []).append(word[1:])
    titles = "|".join(f"(?<={re.escape(c)})(?:{'|'.join(rest)})" for c, rest in tails.items())
    # A run starts a word: the look-behind after the capital refuses one inside a
    # word ("iPhone", "co-CEO", "A-A-A-..."), at once, so the engine never re-reads
    # a long word from each of its capitals (which took time growing with the
    # square of the word).
    # ... but after an elided word ("d’Albert Dupontel", "l’Ingegner Rossi"): an
    # apostrophe after one lower-case letter (not "O'Brien", not "qu’Emmanuel")
    first = (
        rf"[{UPPER}](?<![\w.-].)(?<![\W\d_]['’].)(?<![{UPPER}]['’].)(?<!\w\w['’].)"
        rf"(?:(?:{titles}){after_dot}|{_AFTER_CAPITAL})"
    )
    return re.compile(rf"{first}(?:{glue}{part})+")


_REGEXES: dict[int, re.Pattern[str]] = {}

#: The runs of each paragraph that has any, and their (start, end) flattened (see :func:`_runs`).
_AllRuns = dict[int, tuple[tuple[_Run, ...], tuple[int, ...]]]
_NO_RUNS: tuple[tuple[_Run, ...], tuple[int, ...]] = ((), ())


def _conjoined(
    text: str, start: int, stop: int, conjunctions: frozenset[str]
) -> list[tuple[int, int]]:
    """The (start, stop) of the names a run joins with a conjunction that is also a
    particle ("y", "e"), where both sides have two words or more ("Ortega y Gasset"
    stays one)."""
    words = []
    at = start
    for word in text[start:stop].split():  # only spaces separate the words of a run
        at = text.find(word, at)
        words.append((at, at + len(word)))
        at += len(word)
    spans: list[tuple[int, int]] = []
    first = 0
    for n in range(2, len(words) - 2):
        if n - first >= 2 and text[words[n][0] : words[n][1]] in conjunctions:
            spans.append((words[first][0], words[n - 1][1]))
            first = n + 1
    spans.append((words[first][0], words[-1][1]))
    return spans


def _runs(
    paragraph: int,
    text: str,
    lexicon: Lexicon,
    regex: re.Pattern[str],
    conjunctions: frozenset[str] | None = None,
    pos: int = 0,
) -> tuple[list[_Run], list[int]]:
    """The multi-word runs of a paragraph (``regex``: :func:`_name_regex`), and the
    (start, end) of each, flattened; ``conjunctions``: the particles that also join
    clauses (see :func:`_conjoined`), made by the caller once per article; ``pos``:
    where the first run may start (the search still sees the text before it)."""
    runs: list[_Run] = []
    bounds: list[int] = []
    if conjunctions is None:
        conjunctions = lexicon.name_particles & lexicon.clause_breaks
    for match in regex.finditer(text, pos):
        spans = [match.span()]
        words = match.group().split()
        if conjunctions and not conjunctions.isdisjoint(words):
            # "Daniel Ortega y Rosario Murillo": two names, not one of five words
            spans = _conjoined(text, *spans[0], conjunctions)
        elif (
            lexicon.nouns_capitalised
            and words[0] not in lexicon.first_names
            and any(word.islower() for word in words[1:-2])
            and not any(word.islower() for word in words[-2:])
        ):
            # "Aufmerksamkeit von Jeanmaire Molina": a noun, a particle, then the name
            places = [m.span() for m in re.finditer(r"\S+", match.group())]
            last = max(n for n, word in enumerate(words) if word.islower())
            offset = match.start()
            spans = [
                (offset, offset + places[last - 1][1]),
                (offset + places[last + 1][0], match.end()),
            ]
        for offset, stop in spans:
            _add_run(paragraph, text, offset, stop, lexicon, runs, bounds)
    return runs, bounds


def _add_run(
    paragraph: int,
    text: str,
    offset: int,
    stop: int,
    lexicon: Lexicon,
    runs: list[_Run],
    bounds: list[int],
) -> None:
    """Add the run (or the runs, split at possessives) of ``text[offset:stop]``."""
    found = text[offset:stop]
    names = found.split()
    bounds += (offset, stop)
    if "'s" not in found and "’s" not in found:
        # no possessive inside: the run is one name, and ends where the match does
        possessive = text[stop : stop + 1] in ("'", "’") and found[-1] == "s"
        runs.append(
            _make_run(paragraph, text, offset, stop, names, found, None, possessive, lexicon)
        )
        return
    # split after each possessive: "A Just Russia's Yelena Misulina"
    possessor: str | None = None
    chunk: list[str] = []
    at = first = offset
    for word in names:
        at = text.find(word, at)  # only spaces separate the words
        if not chunk:
            first = at
        at += len(word)
        if word.endswith(("'s", "’s")):
            chunk.append(word[:-2])
            joined = " ".join(chunk)
            runs.append(
                _make_run(paragraph, text, first, at - 2, chunk, joined, possessor, True, lexicon)
            )
            possessor = joined
            chunk = []
        else:
            chunk.append(word)
    if chunk:
        possessive = text[stop : stop + 1] in ("'", "’") and chunk[-1].endswith("s")
        joined = " ".join(chunk)
        runs.append(
            _make_run(paragraph, text, first, stop, chunk, joined, possessor, possessive, lexicon)
        )


def _make_run(
    paragraph: int,
    text: str,
    start: int,
    end: int,
    names: list[str],
    found: str,
    possessor: str | None,
    possessive: bool,
    lexicon: Lexicon,
) -> _Run:
    """The run of ``names``, from ``start`` to ``end`` in ``text`` (``found``: the
    words with spaces between them), with the words in front of the name split off."""
    # One lower() for all the words: the same as one per word, as the words are
    # split by spaces, which are neither cased nor case-ignorable (the only
    # context lower() reads is around a Greek capital sigma).
    lows = found.lower().split()
    noun_first = _noun_before_first_name(names, lexicon)
    if (
        not noun_first
        and lexicon.run_specials.isdisjoint(lows)
        and lexicon.sentence_verbs.isdisjoint(lows)
        and lexicon.nationalities_cased.isdisjoint(names)
        # (a compound title: "SPD-Politiker", "Bundesgesundheitsminister")
        and not (
            (lexicon.nouns_capitalised or "-" in found)
            and any(lexicon.role_head(low) for low in lows[:-1])
        )
    ):
        # most runs: no word to drop in front, no title, no modifier
        return _Run(paragraph, start, end, names, lows, [], possessor, possessive, " ".join(names))
    size = len(names)
    i = 0
    while (
        i + 1 < size
        and (
            lows[i] in lexicon.function_words
            or lows[i] in lexicon.speech_verbs
            or lows[i] in lexicon.sentence_verbs
        )
        and lows[i] not in lexicon.honorifics
    ):
        i += 1  # "The", "When", "Replied" opening a sentence
    # everything up to the last title word is a prefix: "U.S. President Donald Trump"
    last_title = -1
    for n in range(i, size - 1):
        low = lows[n]
        if (
            low in lexicon.honorifics
            or low in lexicon.title_abbreviations
            or (lexicon.role_head(low) is not None and names[n] not in lexicon.first_names)
        ):
            last_title = n
    if noun_first:
        # "Condor-Sprecherin Magdalena Hauser", "Глава МИД Сергей Лавров", "Госдумы
        # Андрей Луговой": the words before a known first name describe the person
        named = next(
            (n for n in range(max(i, last_title + 1), size - 1) if names[n] in lexicon.first_names),
            i,
        )
        # but "Universidad Paulo Freire", "Hospital José Carrasco": a place or a body
        # named after the person (an acronym is the person's: "Глава МИД Сергей Лавров")
        # (a title's own place or body is the title's: "Президент России Владимир Путин")
        before = names[named - 1]
        if (
            named > i
            and len(before.rstrip(".")) > 1  # "H. David Rosenbloom": an initial
            and (
                before not in lexicon.not_name_words_cased
                or before.isupper()
                or i <= last_title < named - 1
                # "presidente del Consiglio Giuseppe Conte": the body a title governs
                or _governed_by_role(text, start, lexicon)
            )
        ):
            last_title = named - 1
    if last_title >= 0:
        prefix = names[i : last_title + 1]
        first = last_title + 1
    else:
        # modifiers with no title after them ("State", "Dutch") are not part of a name,
        # and leave no title behind: "National Survey" is not "Survey"
        prefix = []
        first = i
        while first < size - 1 and (
            lows[first] in lexicon.role_words or names[first] in lexicon.nationalities_cased
        ):
            first += 1
    if first:
        at = start
        for word in names[:first]:
            at = text.find(word, at) + len(word)
        start = text.find(names[first], at)
        names = names[first:]
        lows = lows[first:]
    return _Run(paragraph, start, end, names, lows, prefix, possessor, possessive, " ".join(names))


def _after_according(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the clause before ``start`` opens with an according word ("Según el
    ministro X, la reforma ...", "Según el presidente, X, la economía ..."): the comma
    after the name ends it, no apposition."""
    clause = _clause_before(text, start).split()
    return bool(clause) and clause[0].lower() in lexicon.according_words


# where a clause ends inside a sentence or a sentence ends (see _clause_before)
_CLAUSE_BREAK = re.compile(r"[.;:!?,]\s")


def _clause_before(text: str, start: int) -> str:
    """The words of the clause right before ``start``, since the last comma or sentence
    end (a comma right before ``start`` left out)."""
    before = text[max(0, start - 80) : start].rstrip().removesuffix(",")
    return _CLAUSE_BREAK.split(before)[-1].strip()


def _elided_words(text: str) -> list[str]:
    """The words of ``text``, an elided word apart from the one it glues to ("l’Industrie":
    "l'", "Industrie")."""
    return text.replace("’", "' ").replace("'", "' ").split()


def _governed_by_role(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a role in lower case and the words linking a body to it come right
    before ``start`` ("ministro de", "presidente del", "ministre de l’", "ministro dell’")."""
    words = _elided_words(text[max(0, start - 40) : start])
    for n in range(len(words) - 1, max(-1, len(words) - 4), -1):
        low = words[n].lower()
        if n < len(words) - 1 and words[n].islower() and lexicon.role_head(low) is not None:
            return True
        if not (
            low in lexicon.affiliation_words
            or low in lexicon.definite_articles
            or low in lexicon.head_breaks
            or (low.endswith("'") and low in lexicon.function_words)
        ):
            return False
    return False


def _noun_before_first_name(names: list[str], lexicon: Lexicon) -> bool:
    """Whether a word that is no first name comes right before one ("Sprecherin Anna Roth")."""
    return (
        len(names) > 2
        and names[0] not in lexicon.first_names
        and not lexicon.first_names.keys().isdisjoint(names[1:-1])
    )


def _all_name_words(names: list[str], lows: list[str], lexicon: Lexicon) -> bool:
    """``_is_name_word`` of every word (``lows``: in lower case), the word lists checked
    in C for all of them at once."""
    if not lexicon.not_name_words_cased.isdisjoint(names):
        return False
    # a particle in lower case ("de", "von der") glues the name; a capitalised
    # function word ("Der", "The") is no part of one, but for a particle inside
    # the name that some names capitalise ("Marine Le Pen", "Bruno Le Maire")
    stops = lexicon.function_words
    last = len(names) - 1
    if not stops.isdisjoint(lows) and any(
        low in stops and not word.islower() and not (0 < n < last and low in lexicon.name_particles)
        for n, (low, word) in enumerate(zip(lows, names, strict=True))
    ):
        return False
    for word in names:
        # a plain word (letters only, not an acronym) passes the remaining checks
        if not (word.isalpha() and (len(word) == 1 or not word.isupper())) and not _is_name_word(
            word, lexicon
        ):
            return False
    return True


def _is_name_word(word: str, lexicon: Lexicon) -> bool:
    if word in lexicon.not_name_words_cased or (
        word.lower() in lexicon.function_words and not word.islower()
    ):
        return False
    if len(word) > 1 and word.isupper() and not (len(word) == 2 and word.endswith(".")):
        return word.rstrip(".") in lexicon.name_suffixes  # an acronym, not a name
    if not word.isalpha() and any(c.isdigit() for c in word):
        return False
    core = word.rstrip(".")
    return "." not in core or all(len(p) == 1 for p in core.split("."))


# lower-case words, then a capitalised one (see _before_named)
# (possessive, and from the first of a run of spaces only: linear on any input)
_THEN_NAME = re.compile(
    rf"(?:(?<![ \u00a0])[ \u00a0]++[^\W\d_{UPPER}][\w-]*+){{1,3}}[ \u00a0]++([{UPPER}]\w*+)"
)


def _before_named(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a few lower-case words after ``end`` lead to a known first name: the
    capitalised word before them is a title's place or body, not a surname."""
    match = _THEN_NAME.match(text, end, end + 80)
    return match is not None and match.group(1) in lexicon.first_names


def _preceded_by_article(text: str, start: int, lexicon: Lexicon) -> bool:
    # the word before the spaces in front of the name; a word longer than every
    # article is none of them, so one character more than the longest is enough
    # (a search for the word anywhere in the 30 characters tried every position)
    size = _patterns(lexicon).longest_article + 1
    tail = text[max(0, start - 30) : start].rstrip()[-size:]
    k = len(tail)
    while k and (tail[k - 1].isalnum() or tail[k - 1] in "_-"):  # \w or "-"
        k -= 1
    return tail[k:].lower() in lexicon.articles


def _followed_by_outlet_noun(text: str, end: int, lexicon: Lexicon) -> bool:
    match = _WORD_AFTER.match(text, end, end + 30)
    return match is not None and (
        match.group(1) in lexicon.outlet_nouns or match.group(1) in ("party", "group", "company")
    )


def _role_before(text: str, start: int, lexicon: Lexicon) -> str | None:
    """Lower-case role words right before a name: "party leader John Doe"."""
    words = text[max(0, start - 60) : start].split()
    role: list[str] = []
    for word in reversed(words):
        if word.lower() in lexicon.role_words and word.islower():
            role.insert(0, word)
        else:
            break
    if role and role[-1] in lexicon.role_heads:
        return " ".join(role)
    # a title and the words it governs, in lower case ("Министр финансов Антон
    # Силуанов", "ministro de Hacienda" is read by the apposition)
    for n in range(len(words) - 1, max(-1, len(words) - 4), -1):
        low = words[n].lower()
        if low in lexicon.role_heads:
            tail = words[n + 1 :]
            if tail and all(
                w.isalpha()
                and w not in lexicon.function_words
                and (
                    w.islower()
                    or (w not in lexicon.first_names and w.lower() not in lexicon.run_specials)
                )
                for w in tail
            ):
                return " ".join(words[n:])
            break
        if not words[n].islower() and n < len(words) - 1:
            break  # (a body the title governs, right before the name: "глава Минздрава")
    return _role_before_comma(text, start, lexicon)


def _title_alone(text: str, start: int, lexicon: Lexicon) -> str | None:
    """A title in lower case right before a name that no other word describes: "o
    técnico Tite Bacchi" (asked for last: an apposition says more)."""
    words = text[max(0, start - 30) : start].split()
    if words and words[-1].islower() and words[-1] in lexicon.role_heads:
        return words[-1]
    return None


def _role_before_comma(text: str, start: int, lexicon: Lexicon) -> str | None:
    """A role set off before a name that opens the sentence: "El presidente del
    Gobierno, Pedro Sánchez, ...", "L’avocat de la famille, Jean Dupuis, ..."."""
    if not text[max(0, start - 80) : start].rstrip().endswith(","):
        return None
    # the phrase since the last comma ("En fin d’après-midi, le ministre du Commerce
    # et de l’Industrie, Ricardin St Jean, ...")
    clause = _clause_before(text, start)
    words = _elided_words(clause)
    # "Según el presidente del Gobierno, X,", "C’est le juge en chef de la Cour, X,"
    while (
        len(words) > 2
        and words[0].lower() not in lexicon.articles
        and (
            words[0].lower() in lexicon.according_words
            or words[0].lower() in lexicon.subject_skip
            or words[0].lower() in lexicon.clitic_pronouns
        )
    ):
        clause = clause[len(words[0]) :].strip()
        words = words[1:]
    if not 2 <= len(words) <= 10 or words[0].lower() not in lexicon.articles:
        return None
    head = lexicon.role_head(words[1].lower())
    if head is None:
        return None
    return clause[len(words[0]) :].strip()


def find_people(
    texts: Sequence[str],
    lexicon: Lexicon,
    quoted: dict[int, list[tuple[int, int, int]]] | None = None,
) -> People:
    """Every person named in ``texts`` with their mentions, roles and affiliations.

    ``quoted`` holds the quotation ranges per paragraph, where
    names are counted as mentions but no new person is made (quoted speech is
    full of capitalised titles and slogans).  A run of capitalised words is a
    person only with some evidence beyond the capitals: a known first name, a
    title, a role, an affiliation, a reporting verb next to it, its surname
    used alone elsewhere (see ``PersonInfo.strong``), or being quoted (decided
    by the caller, once quotes are attributed).
    """
    regex = _REGEXES.get(id(lexicon))
    if regex is None:
        regex = _REGEXES[id(lexicon)] = _name_regex(lexicon)
    # kept until the mentions are found, for the paragraphs with a run only (on a page
    # of a million short lines, an entry for each would cost more than the search)
    all_runs: _AllRuns = {}
    conjunctions = lexicon.name_particles & lexicon.clause_breaks  # once, not per paragraph
    for i, text in enumerate(texts):
        # one search tells a paragraph that names no one (most of a page of short
        # lines), and the runs of the others are read from the first one on
        first = regex.search(text)
        if first is not None:
            paragraph_runs, bounds = _runs(i, text, lexicon, regex, conjunctions, first.start())
            all_runs[i] = (tuple(paragraph_runs), tuple(bounds))
    people: list[PersonInfo] = []
    by_name: dict[str, int] = {}
    by_surname: dict[str, list[int]] = {}
    quoted = quoted or {}
    for paragraph, (runs, _) in all_runs.items():
        text = texts[paragraph]
        for run in runs:
            names = run.names
            titled = bool(run.prefix)
            # (four words at most, particles aside: "Luiz Inácio Lula da Silva")
            if len(names) - sum(map(str.islower, names)) > 4 or (len(names) < 2 and not titled):
                continue
            full = run.name
            if full in by_name:
                # known already (the checks below only ever skip a run); a later
                # mention may say what the first did not ("sagt Eliane Steinmeyer")
                seen = people[by_name[full]]
                if not seen.evidence and _speaks(run, text, lexicon):
                    seen.evidence = True
                continue
            start = run.start
            if _inside(quoted, run.paragraph, start) and names[0] not in lexicon.first_names:
                continue  # quoted titles and slogans; a known first name still names someone
            if titled and len(names) == 1 and _before_named(text, run.end, lexicon):
                continue  # "Губернатор Московской области Андрей Воробьев": the title's place
            if all(len(word.rstrip(".")) == 1 for word in names):
                continue  # "Washington, D. C.": initials with no name
            if not _all_name_words(names, run.lows, lexicon) or names[0][0].islower():
                continue  # (a name opens with a capital: "Ley de Protección" is no "de Protección")
            if all(low in lexicon.role_heads or low in lexicon.role_words for low in run.lows):
                continue  # "Deputy Director": a title, nobody's name
            if (
                lexicon.nouns_capitalised
                and not titled
                and (
                    names[0] not in lexicon.first_names
                    or names[0] in lexicon.foreign_first_names  # "Gene von Chloroplasten"
                )
                and any(word.islower() for word in names)
            ):
                continue  # "Teil der Ware": nouns joined by a particle, unless a first name leads
            if not titled and (
                _preceded_by_article(text, start, lexicon)
                or _followed_by_outlet_noun(text, run.end, lexicon)
            ):
                continue
            nominative = _nominative(names, lexicon)
            if nominative is not None:
                # "по словам Сергея Лаврова": the person is Сергей Лавров
                names = nominative
                full = " ".join(names)
                if full in by_name:
                    by_name[run.name] = by_name[full]
                    continue
            surname_words = [w for w in names if w.rstrip(".") not in lexicon.name_suffixes]
            surname = surname_words[-1] if surname_words else names[-1]
            surname = _known_surname(surname, by_surname, lexicon.surname_forms_by_last) or surname
            if _same_as_known(names, surname, by_surname, people, lexicon):
                # "Mr. Smith", "Josh Smith" after "Joshua Smith": a mention, whose
                # honorific may say the gender the first one did not
                known = by_surname[surname]
                genders = [lexicon.honorifics.get(w.lower(), "") for w in run.prefix]
                if len(known) == 1 and any(genders) and not people[known[0]].gender:
                    people[known[0]].gender = next(g for g in genders if g)
                continue
            person = PersonInfo(full, surname)
            _describe(person, run, text, lexicon)
            if nominative is not None:
                person.gender = person.gender or lexicon.first_names[names[0]]
                person.evidence = True  # a known first name
                by_name[run.name] = len(people)
            by_name[full] = len(people)
            by_surname.setdefault(person.surname, []).append(len(people))
            # the first of two surnames, or the name a person goes by, is used alone
            # too: "Lula" (Luiz Inácio Lula da Silva), "Núñez" (Alberto Núñez Feijóo)
            for word in names[1:-1]:
                if (
                    len(surname_words) > 2
                    and names[0] in lexicon.first_names
                    and not word.islower()
                    and word not in lexicon.first_names
                    and word not in by_surname
                    and len(word.rstrip(".")) > 1
                ):
                    by_surname[word] = [len(people)]
            people.append(person)
    if not lexicon.nouns_capitalised or lexicon.surname_endings:
        # one copy of the text for both searches (see _joined)
        whole, starts = _joined(texts, lead=" ")
        if not lexicon.nouns_capitalised:
            _titled_surnames(all_runs, whole, starts, lexicon, quoted, people, by_name, by_surname)
        if lexicon.surname_endings:
            _lone_surnames(
                texts, all_runs, whole, starts, lexicon, quoted, people, by_name, by_surname
            )
        del whole, starts
    pseudonyms = _pseudonyms(texts, lexicon, quoted, people, by_name, by_surname)
    mentions = _mentions(
        texts, all_runs, people, by_name, by_surname, lexicon.surname_forms_by_last
    )
    if quoted:
        for mention in mentions:
            mention.quoted = mention.person not in pseudonyms and _inside(
                quoted, mention.paragraph, mention.start
            )
    if lexicon.nouns_capitalised:
        # where every noun has a capital, a last word used alone is as often a noun
        # ("Transponierbare Elemente" ... "Elemente") as a surname: no evidence
        for person in people:
            person.alone = 0
    found = People(people, mentions)
    # "Ansar al-Sharia, a jihadist group": a name its apposition calls a body
    found.reject({i for i, person in enumerate(people) if _names_a_body(person, lexicon)})
    if lexicon.gendered_pronouns:
        _genders_from_pronouns(texts, found, quoted, lexicon)
    return found


def _pseudonyms(
    texts: Sequence[str],
    lexicon: Lexicon,
    quoted: dict[int, list[tuple[int, int, int]]],
    people: list[PersonInfo],
    by_name: dict[str, int],
    by_surname: dict[str, list[int]],
) -> set[int]:
    """People the story names by a name in quotation marks, a pseudonym: "“Maritza”,
    una estudiante que prefiere omitir su nombre, ...", "la estudiante «Maritza»".
    One or two capitalised words alone between the marks, a role word right after
    them (past a comma and an article) or right before.  Their indices."""
    found: set[int] = set()
    for paragraph, ranges in quoted.items():
        text = texts[paragraph]
        for start, end, _ in ranges:
            if end - start > 40:
                continue
            name = text[start + 1 : end - 1].strip()
            words = name.split()
            if (
                not 1 <= len(words) <= 2
                or name in by_name
                or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)
            ):
                continue
            if any(
                w in lexicon.not_name_words_cased
                or w.lower() in lexicon.function_words
                or lexicon.role_head(w.lower()) is not None
                for w in words
            ):
                continue
            role = _pseudonym_role(text, start, end, lexicon)
            if role is None:
                continue
            found.add(len(people))
            _add(PersonInfo(name, words[-1], role=role, evidence=True), people, by_name, by_surname)
    return found


def _pseudonym_role(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The role word that says quoted words at ``start:end`` name a person, or None."""
    after = _WORD_PAIR.match(text, end)
    if (
        after is not None
        and after[1].lower() in lexicon.articles
        and lexicon.role_head(after[2].lower()) is not None
    ):
        return after[2]
    # "la estudiante «Maritza» contó": the role with its definite article, not "its
    # fellow “Arkham” games", "an official "Home" app", where the quoted word is a modifier
    before = text[max(0, start - 30) : start].split()
    if (
        len(before) > 1
        and before[-2].lower() in lexicon.definite_articles
        and before[-1].islower()
        and lexicon.role_head(before[-1]) is not None
    ):
        return before[-1]
    return None


_WORD_PAIR = re.compile(r",\s+(\w+)\s+(\w+)")


@cache
def _titled_pattern(heads: str) -> re.Pattern[str]:
    """A lower-case title (of the alternation ``heads``) then a capitalised surname alone."""
    # a trie after a non-word character: the engine skips ahead to one, and then
    # fails fast (see Lexicon.has_cue)
    return re.compile(
        rf"[^\w-]({heads})[ \u00a0]+([{UPPER}]\w+(?:-[{UPPER}]\w+)?)"
        rf"(?![\w'’.-]|[ \u00a0]+[{UPPER}\d])"
    )


def _titled_surnames(
    all_runs: _AllRuns,
    whole: str,
    starts: array[int],
    lexicon: Lexicon,
    quoted: dict[int, list[tuple[int, int, int]]],
    people: list[PersonInfo],
    by_name: dict[str, int],
    by_surname: dict[str, list[int]],
) -> None:
    """People named by a surname alone after a title in lower case, as most languages
    write titles ("le président Macron", "la ministra Montero", "президент Путин").

    ``whole`` and ``starts``: the paragraphs' texts as :func:`_joined` joins them, after
    a space, which stands for the first paragraph's start as the line that joins two
    paragraphs does for the next one's (the pattern opens on a character before the title).
    """
    pattern = _titled_pattern(lexicon.lower_role_trie)
    recurs: dict[str, bool] = {}  # whether a word is written twice or more in it
    for match in pattern.finditer(whole):
        paragraph, start = _paragraph_at(starts, match.start(2))
        bounds = all_runs.get(paragraph, _NO_RUNS)[1]
        word = match.group(2)
        if _no_new_surname(
            word, paragraph, start, bounds, quoted, by_surname, lexicon
        ) or not _recurs(word, whole, recurs):  # "the engineer Weir"
            continue
        role = match.group(1)
        person = PersonInfo(word, word, role=role, evidence=True)
        person.gender = lexicon.gendered_words.get(role, "")  # "their son Malachi"
        # a run read before with no evidence that ends in the surname is its
        # mention ("Решение Путина": Путин's), not someone else
        for n, other in enumerate(people):
            if not other.evidence and _known_surname(
                other.surname, {word: []}, lexicon.surname_forms_by_last
            ):
                by_name.pop(other.name, None)
                by_surname[other.surname].remove(n)
                if not by_surname[other.surname]:
                    del by_surname[other.surname]
        _add(person, people, by_name, by_surname)


def _no_new_surname(
    word: str,
    paragraph: int,
    start: int,
    bounds: tuple[int, ...],
    quoted: dict[int, list[tuple[int, int, int]]],
    by_surname: dict[str, list[int]],
    lexicon: Lexicon,
) -> bool:
    """Whether a capitalised word alone at ``start`` can name no one new: inside a run
    (``bounds``) or a quotation, an acronym ("owner IAG"), a word of no name, a first
    name, or a surname already known (in any case)."""
    return (
        bisect.bisect_right(bounds, start) % 2 == 1
        or _inside(quoted, paragraph, start)
        or word.isupper()
        or word in lexicon.not_name_words_cased
        or word.lower() in lexicon.function_words
        or word in lexicon.first_names
        or _known_surname(word, by_surname, lexicon.surname_forms_by_last) is not None
    )


def _add(
    person: PersonInfo,
    people: list[PersonInfo],
    by_name: dict[str, int],
    by_surname: dict[str, list[int]],
) -> None:
    """Count ``person`` among ``people``, found by their name and their surname."""
    by_name[person.name] = len(people)
    by_surname.setdefault(person.surname, []).append(len(people))
    people.append(person)


@cache
def _lone_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A capitalised word that ends in one of ``endings`` after three letters or more."""
    alternation = "|".join(re.escape(e) for e in endings)
    return re.compile(rf"[{UPPER}](?<!\w.)\w{{2,}}?(?:{alternation})(?![\w'’-])")


def _lone_surnames(
    texts: Sequence[str],
    all_runs: _AllRuns,
    whole: str,
    starts: array[int],
    lexicon: Lexicon,
    quoted: dict[int, list[tuple[int, int, int]]],
    people: list[PersonInfo],
    by_name: dict[str, int],
    by_surname: dict[str, list[int]],
) -> None:
    """People named by a surname alone that speaks ("— пожаловалась Поризкова",
    "Domański podkreślił"): a word with a surname's ending (``surname_endings``)
    right after a reporting verb that precedes its subject or right before one."""
    pattern = _lone_pattern(lexicon.surname_endings)
    # (``whole`` as for :func:`_titled_surnames`: the space in front is no word character,
    # as the start of the text is none for the pattern's look-behind)
    for match in pattern.finditer(whole):
        paragraph, start = _paragraph_at(starts, match.start())
        text = texts[paragraph]
        bounds = all_runs.get(paragraph, _NO_RUNS)[1]
        word = match.group()
        if word in lexicon.outlets or _no_new_surname(
            word, paragraph, start, bounds, quoted, by_surname, lexicon
        ):
            continue
        end = start + len(word)
        # the words right before and after, with a space between
        before = text[max(0, start - 40) : start].split() if text[start - 1 : start] == " " else []
        after = text[end : end + 40].split() if text[end : end + 1] == " " else []
        if not (
            (before and before[-1].lower() in lexicon.inverted_verbs)
            or (after and after[0].rstrip(",.;:").lower() in lexicon.speech_verbs)
        ):
            continue
        _add(PersonInfo(word, word, evidence=True), people, by_name, by_surname)


def _joined(texts: Sequence[str], lead: str = "") -> tuple[str, array[int]]:
    """``lead`` then ``texts`` joined by line breaks, and where each text starts in it.

    Titled and lone surnames are searched once in this, not once per paragraph (most
    paragraphs hold none): none reaches across a line break, which stands for a
    paragraph's start (see :func:`_paragraph_at`).  The starts are a typed array: an
    article of a million short paragraphs would make a million int objects.
    """
    starts = array("q", accumulate((len(text) + 1 for text in texts), initial=len(lead)))
    return lead + "\n".join(texts), starts


def _paragraph_at(starts: array[int], at: int) -> tuple[int, int]:
    """The paragraph of offset ``at`` in a :func:`_joined` text, and the offset in it."""
    paragraph = bisect.bisect_right(starts, at) - 1
    return paragraph, at - starts[paragraph]


def _recurs(word: str, text: str, seen: dict[str, bool]) -> bool:
    """Whether ``word`` is written twice or more in ``text`` (answers kept in ``seen``)."""
    found = seen.get(word)
    if found is None:
        found = seen[word] = text.find(word, text.find(word) + len(word)) >= 0
    return found


# where the clause of a name ends, for the pronouns after it ("according to Vanity
# Fair — and he demanded": someone else's)
_CLAUSE_END = re.compile(r"[.!?][\s\"”’]|[—–;:(]")
_PRONOUN_WORD = re.compile(r"[^\W\d_]+")
# how far after a name its pronoun is looked for, in characters
_PRONOUN_REACH = 150


def _genders_from_pronouns(
    texts: Sequence[str],
    people: People,
    quoted: dict[int, list[tuple[int, int, int]]],
    lexicon: Lexicon,
) -> None:
    """A gender for the people no first name, honorific or role gave one: the
    pronouns that follow their name in its sentence before any other name
    ("Carlson brought her iPhone", "Ford said he"), counted over the article;
    two at least, and one gender twice the other's count.  An object pronoun first
    ("comments to her about her legs") refers to someone else: no count."""
    table = lexicon.gendered_pronouns
    votes: dict[int, list[int]] = {}
    mentions = people.mentions
    for n, mention in enumerate(mentions):
        person = people.people[mention.person]
        if person.gender or _inside(quoted, mention.paragraph, mention.start):
            continue
        text = texts[mention.paragraph]
        stop = min(len(text), mention.end + _PRONOUN_REACH)
        if n + 1 < len(mentions) and mentions[n + 1].paragraph == mention.paragraph:
            stop = min(stop, mentions[n + 1].start)
        end = _CLAUSE_END.search(text, mention.end, stop)
        if end is not None:
            stop = end.start()
        for match in _PRONOUN_WORD.finditer(text, mention.end, stop):
            gender = table.get(match.group().lower())
            if gender is None:
                continue
            following = _PRONOUN_WORD.match(text, match.end() + 1)
            if gender.isupper() or (
                match.group().lower() in lexicon.pronouns
                and match.group().lower() in lexicon.determiners
                and (following is None or following.group().lower() in lexicon.function_words)
            ):
                break  # "him", "to her about": the object, someone else
            count = votes.setdefault(mention.person, [0, 0])
            count[gender == "f"] += 1
            break
    for index, (male, female) in votes.items():
        if male + female < 2:
            continue  # one pronoun may be anyone's
        if male > 2 * female:
            people.people[index].gender = "m"
        elif female > 2 * male:
            people.people[index].gender = "f"


def _names_a_body(person: PersonInfo, lexicon: Lexicon) -> bool:
    """Whether the role found for a name is an organisation's ("jihadist group",
    "the company"): the head noun of the role, before "of", "for" and the like, and
    no word of a person's role in it ("University of Vermont professor")."""
    if not person.role:
        return False
    words = [w.strip(",.;:") for w in person.role.lower().split()]
    if any(w in lexicon.role_heads for w in words):
        return False
    head = ""
    for word in words:
        if word in lexicon.head_breaks or word in lexicon.clause_breaks:
            break
        head = word
    return head in lexicon.org_nouns


def _nominative(names: list[str], lexicon: Lexicon) -> list[str] | None:
    """The name in the nominative when its first name is in another case ("Сергея
    Лаврова": Сергей Лавров; see ``Lexicon.name_case_forms``), else None."""
    forms = lexicon.name_case_forms
    first = names[0]
    if not forms or len(names) < 2 or first in lexicon.first_names:
        return None
    for oblique, nominative in forms.get("first", ()):
        if first.endswith(oblique):
            known = first[: len(first) - len(oblique)] + nominative
            if known in lexicon.first_names:
                break
    else:
        return None
    others = forms.get(lexicon.first_names[known], ())
    words = [known]
    for word in names[1:]:
        for oblique, nominative in others:
            # (a stem of three letters at least: "Ли", "Ким" keep their form)
            if word.endswith(oblique) and len(word) - len(oblique) >= 3:
                word = word[: len(word) - len(oblique)] + nominative
                break
        words.append(word)
    return words


def _known_surname(
    word: str,
    by_surname: dict[str, list[int]],
    endings: dict[str, tuple[tuple[str, str], ...]],
) -> str | None:
    """The known surname ``word`` is, itself or in another case (Путина: Путин;
    ``endings``: (oblique, nominative) pairs by their last letter, see
    ``Lexicon.surname_forms_by_last``)."""
    if word in by_surname:
        return word
    for oblique, nominative in endings.get(word[-1:], ()):
        if word.endswith(oblique):
            stem = word[: len(word) - len(oblique)] + nominative
            if stem in by_surname:
                return stem
    return None


def _inside(regions: dict[int, list[tuple[int, int, int]]], paragraph: int, offset: int) -> bool:
    """Whether ``offset`` falls in one of the (sorted, disjoint) regions of ``paragraph``."""
    ranges = regions.get(paragraph)
    if not ranges:
        return False
    index = bisect.bisect_left(ranges, (offset + 1,)) - 1
    return index >= 0 and ranges[index][0] <= offset < ranges[index][1]


def _same_as_known(
    names: list[str],
    surname: str,
    by_surname: dict[str, list[int]],
    people: list[PersonInfo],
    lexicon: Lexicon,
) -> bool:
    """Whether a new name only repeats someone known by the same surname."""
    known = by_surname.get(surname)
    if not known:
        return False
    if len(names) == 1 or names[0] not in lexicon.first_names:
        return True  # "Hosting Cook" after "Tim Cook"
    first = names[0].lower()
    return any(
        people[pid].name.split()[0].lower()[:3] == first[:3] and len(people[pid].name.split()) > 1
        for pid in known
    )


def _speaks(run: _Run, text: str, lexicon: Lexicon) -> bool:
    """Whether a reporting verb stands next to the name ("sagt X", "X said")."""
    patterns = _patterns(lexicon)
    if patterns.speaks_before.search(text, max(0, run.start - 20), run.start):
        return True
    after = text[run.end : run.end + 200]
    return not run.possessive and patterns.speaks_after.match(after) is not None


def _describe(person: PersonInfo, run: _Run, text: str, lexicon: Lexicon) -> None:
    patterns = _patterns(lexicon)
    role: list[str] = []
    owner: list[str] = []
    for word in run.prefix:
        low = word.lower()
        if low in lexicon.honorifics:
            person.gender = person.gender or lexicon.honorifics[low]
        elif low in lexicon.title_abbreviations:
            role.append(lexicon.title_abbreviations[low])
        elif (word in lexicon.nationalities_cased or _INITIALS.match(word)) and not role:
            person.nationality = word
        elif low in lexicon.role_words or lexicon.role_head(low) is not None:
            role.append(word)
        elif not role:
            owner.append(word)  # "CBS Sports Insider X": who they work for
        else:
            role.append(word)
    if (
        lexicon.nouns_capitalised
        and not role
        and len(owner) == 1
        and owner[0][1:].islower()
        and owner[0] not in lexicon.org_words_cased
        and owner[0] not in lexicon.institution_words_cased
        and owner[0] not in lexicon.party_words_cased
    ):
        # where every noun is capitalised, one word before the name is a noun that says who
        # the person is ("Nachbarin Anna Roth", "Kollegen Jan Wolf"), not who they work for
        # (an organisation's name there is an acronym or a compound: "CDU", "Siemens-Chef")
        role, owner = owner, []
    if role:
        person.role = " ".join(role)
    if owner and not all(w in lexicon.not_name_tokens_cased for w in owner):
        person.affiliation = " ".join(owner)
    person.evidence = bool(run.prefix)
    start, end = run.start, run.end
    if person.role is None:
        person.role = _role_before(text, start, lexicon)
    if not person.gender:
        person.gender = lexicon.first_names.get(run.names[0], "")
    if person.role or run.names[0] in lexicon.first_names:
        person.evidence = True
    possessor = run.possessor.split() if run.possessor else []
    if possessor and possessor[0].lower() in lexicon.function_words:
        possessor = possessor[1:]
    if possessor and not all(
        w in lexicon.not_name_tokens_cased and w not in lexicon.party_words_cased for w in possessor
    ):
        # "A Just Russia's Yelena Misulina"; a place alone ("Russia's") is no affiliation
        person.affiliation = patterns.leading_definite.sub("", run.possessor or "")
    if patterns.speaks_before.search(text, max(0, start - 20), start):
        person.evidence = True
    if run.possessive:
        _gender_from_role(person, lexicon)
        return
    after = text[end : end + 200]
    if patterns.speaks_after.match(after):
        person.evidence = True
    match = patterns.affiliation.match(after)
    if match and match.group(2).split()[-1] not in lexicon.not_name_tokens_cased:
        name = match.group(2)
        if match.group(3) and not name.isupper():
            name += match.group(3)
        person.affiliation = person.affiliation or name.strip()
        person.evidence = True
        after = after[match.end() :]
    apposition = patterns.appositive.match(after)
    if apposition and not _after_according(text, start, lexicon):
        phrase = apposition.group(1)
        if len(phrase.split()) <= 16:
            phrase = patterns.leading_article.sub("", phrase)
            person.evidence = True
            if person.role is None:
                person.role = phrase
            else:
                person.descriptions.append(phrase)
    if person.role is None:
        person.role = _title_alone(text, start, lexicon)
        person.evidence = person.evidence or person.role is not None
    _gender_from_role(person, lexicon)


def _gender_from_role(person: PersonInfo, lexicon: Lexicon) -> None:
    """A gender the role says when no first name or honorific did ("spokeswoman")."""
    if person.gender or not person.role:
        return
    for word in person.role.lower().split():
        gender = lexicon.gendered_words.get(word.strip(",.;:"))
        if gender:
            person.gender = gender
            return


def _mentions(
    texts: Sequence[str],
    all_runs: _AllRuns,
    people: list[PersonInfo],
    by_name: dict[str, int],
    by_surname: dict[str, list[int]],
    endings: dict[str, tuple[tuple[str, str], ...]],
) -> list[Mention]:
    """Every mention, in text order: full names, and surnames alone or inside other runs."""
    if not people:
        return []
    mentions: list[Mention] = []
    last_full: dict[int, tuple[int, int]] = {}

    # mentions inside another run with no title ("Dirección de Tecnología de
    # Información" after "Tecnología de Información"): no sign of a surname used alone
    inside: set[int] = set()

    def add(
        paragraph: int, start: int, end: int, word: str, possessive: bool, weak: bool = False
    ) -> None:
        candidates = by_surname[word]
        if len(candidates) == 1:
            pid = candidates[0]
        else:
            pid = max(candidates, key=lambda c: last_full.get(c, (-1, -1)))
        mention = Mention(paragraph, start, end, pid, possessive)
        if weak:
            inside.add(id(mention))
        found.append((start, mention))

    for paragraph, text in enumerate(texts):
        runs, bounds = all_runs.get(paragraph, _NO_RUNS)
        found: list[tuple[int, Mention]] = []
        for run in runs:
            pid = by_name.get(run.name)
            if pid is not None:
                found.append(
                    (run.start, Mention(paragraph, run.start, run.end, pid, run.possessive))
                )
                continue
            if by_surname.keys().isdisjoint(run.names) and not endings:
                continue
            words = run.words(text)
            for i, (start, end, word) in enumerate(words):
                known = _known_surname(word, by_surname, endings)
                if known is not None:
                    last = i == len(words) - 1
                    add(paragraph, start, end, known, run.possessive and last, not run.prefix)
        # surnames alone: every capitalised word is looked up once in the index of
        # surnames (searching the text for each surname in turn took time growing
        # with people times text)
        for match in _CAPITALISED.finditer(text):
            word = key = match.group()
            possessive = False
            if word not in by_surname:
                stem = _known_surname(word, by_surname, endings) if endings else None
                if stem is not None:
                    key = stem  # a case ending: the mention is the whole word
                # surnames never end in "'s" (runs are split there): look up the bare word
                elif word[-2:] in ("'s", "’s") and word[:-2] in by_surname:
                    word = key = word[:-2]
                    possessive = True
                else:
                    continue
            start = match.start()
            end = start + len(word)
            if start and text[start - 1] in _GLUED:
                continue
            if bisect.bisect_right(bounds, start) % 2:
                continue  # part of a longer run, handled above
            if not possessive:
                following = text[end : end + 2]
                possessive = (
                    following[:1] in ("'", "’")
                    and word.endswith("s")
                    and not following[1:2].isalnum()
                )
            add(paragraph, start, end, key, possessive)
        found.sort(key=lambda item: item[0])
        for _, mention in found:
            mentions.append(mention)
            if by_name.get(people[mention.person].name) == mention.person and (
                mention.end - mention.start == len(people[mention.person].name)
            ):
                last_full[mention.person] = (paragraph, mention.start)
    for mention in mentions:
        person = people[mention.person]
        person.mentions.append((mention.paragraph, mention.start, mention.end))
        if mention.end - mention.start < len(person.name) and id(mention) not in inside:
            person.alone += 1
    return mentions


def resolve_pronoun(
    people: People,
    gender: str,
    paragraph: int,
    offset: int,
    in_passing: Callable[[Mention], bool] | None = None,
    speakers: Set[int] = frozenset(),
    subject: Callable[[Mention], bool | None] | None = None,
) -> int | None:
    """The person a pronoun of ``gender`` (``m``/``f``) refers to, or None.

    The nearest person before it whose gender is that one or unknown.  A name
    only mentioned in passing (a possessive, an object: ``in_passing``) is nobody
    a pronoun refers to, unless that person has spoken already (``speakers``).
    With ``subject``, the subject of a sentence in this paragraph or the one before
    comes first ("Roe declined to say whether Doe slept. 'Q,' he said": Roe), and
    a name inside a quotation (``subject`` says None) is nobody's.
    """
    nearest = None
    for mention in people.before(paragraph, offset):
        if nearest is not None and paragraph - mention.paragraph > 1:
            break
        person = people.people[mention.person]
        if not (person.strong or mention.person in speakers) or (
            person.gender and person.gender != gender
        ):
            continue  # (one who spoke is someone, whatever else is known of the name)
        if mention.person not in speakers and (
            mention.possessive or (in_passing is not None and in_passing(mention))
        ):
            continue
        standing = True if subject is None else subject(mention)
        if standing:
            return mention.person
        if standing is not None and nearest is None:
            nearest = mention.person
    return nearest

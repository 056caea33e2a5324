"""Word lists of one language, loaded from ``data/<code>.json``.

The rules of the analysis step are language-neutral code; everything that is
English about them lives in ``data/en.json``.  A language is added by adding a
file with the same keys.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, field
from functools import cache

from ..tries import word_trie
from .language import primary_subtag

__all__ = ["Lexicon", "known_first_names", "lexicon_for", "supported_languages"]

_DATA = os.path.join(os.path.dirname(__file__), "data")


# No __eq__, __hash__ or __repr__: one lexicon per language, never compared, and a
# repr of thousands of words helps no one; each generated method is compiled at
# start-up (for 45 fields, the three of them took 2 ms).
@dataclass(frozen=True, eq=False, repr=False)
class Lexicon:
    """The word lists the analysis rules use (lower-case unless named ``*_cased``)."""

    speech_verbs: frozenset[str]
    indirect_verbs: frozenset[str]
    inverted_verbs: frozenset[str]
    participles: frozenset[str]
    #: the words after a verb that make it a cue ("put": "it"; "fait": "savoir",
    #: "valoir"); a file gives one word or a list
    verb_particles: dict[str, frozenset[str]]
    subject_skip: frozenset[str]
    clause_breaks: frozenset[str]
    clause_starts: frozenset[str]
    time_words: frozenset[str]
    pronouns: dict[str, str]
    determiners: frozenset[str]
    honorifics: dict[str, str]
    title_abbreviations: dict[str, str]
    role_words: frozenset[str]
    role_heads: frozenset[str]
    org_words_cased: frozenset[str]
    not_name_tokens_cased: frozenset[str]
    nationalities_cased: frozenset[str]
    not_name_adjectives_cased: frozenset[str]
    months_days_cased: frozenset[str]
    function_words: frozenset[str]
    outlet_nouns: dict[str, str]
    outlets: dict[str, str]
    social_media: frozenset[str]
    social_nouns: frozenset[str]
    document_nouns: frozenset[str]
    not_sources: frozenset[str]
    first_names: dict[str, str]
    institution_words_cased: frozenset[str]
    doc_verbs: frozenset[str]
    phrase_stops: frozenset[str]
    relative_words: frozenset[str]
    bare_clause_verbs: frozenset[str]
    outlet_name_words_cased: dict[str, str]
    org_nouns: frozenset[str]
    party_words_cased: frozenset[str]
    apposition_openers: frozenset[str]
    abbreviations: frozenset[str]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    #: words that open a reported clause ("that", "que", "dass", "что")
    complementizers: frozenset[str]
    #: cue words that name the speaker after them ("according" to, "según", "laut")
    according_words: frozenset[str]
    #: cues (as written, lower case) of a citation that carries its whole sentence
    sentence_cues: frozenset[str]
    #: verbs whose object is the listener ("told X that ...")
    tell_verbs: frozenset[str]
    #: verbs that make the name before them a reporting outlet ("X reported")
    report_verbs: frozenset[str]
    #: verbs after which a known outlet or "the X newspaper" is cited ("X said")
    outlet_verbs: frozenset[str]
    #: conjunctions opening a subordinate clause ("When X said that ..., Y")
    subordinators: frozenset[str]
    #: words before a verb that make it no cue ("hard to say", "did not say")
    not_finite: frozenset[str]
    #: prepositions that end the head of a phrase ("ambassador to Britain")
    head_breaks: frozenset[str]
    #: articles before a noun phrase; ``definite_articles``: the definite ones
    articles: frozenset[str]
    definite_articles: frozenset[str]
    #: words linking a name to an organisation after it ("X of the Y party")
    affiliation_words: frozenset[str]
    #: verbs opening a sentence before a name ("Ask Jane Doe")
    sentence_verbs: frozenset[str]
    #: reporting verbs next to a name that make it a person's ("X said", "told X")
    name_speaks_verbs: frozenset[str]
    #: words between a name and such a verb ("X also said")
    name_speaks_skip: frozenset[str]
    #: words a title of a work may keep in lower case ("Gone with the Wind")
    title_small_words: frozenset[str]
    #: endings of adverbs ("angrily said") and of past participles ("asked")
    adverb_suffixes: tuple[str, ...]
    past_suffixes: tuple[str, ...]
    #: case endings a surname takes (Путин, Путина, Путиным: one person)
    name_case_endings: tuple[str, ...]
    #: words glued to the next or the last one, split off: pronouns after a verb and
    #: a hyphen ("-il": "dit-il", "a-t-elle"), elided words before an apostrophe
    #: ("l'", "qu'": "l’AFP", "qu’il")
    clitic_pronouns: tuple[str, ...]
    #: the commonest words of the language, to detect it (see :mod:`.language`)
    detect_words: frozenset[str]
    #: verbs after which ", CLAUSE" is reported speech ("sagte, die Lage sei ernst")
    comma_clause_verbs: frozenset[str]
    #: whether the language drops subject pronouns ("dijo que ...": he or she said)
    pro_drop: bool
    #: whether a dash opening a paragraph opens a quotation there ("—No lo sé —dijo
    #: Ana—.", "— Не знаю, — сказал он."): the dialogue dash
    dialogue_dash: bool
    #: whether the language capitalises every noun (German): a capital says less
    nouns_capitalised: bool
    #: a party or state tag after a name ("R-Ky.", "(D)"), as a pattern of one word
    tag_pattern: re.Pattern[str] | None
    #: auxiliaries and modals that show a clause with no "that" is one ("said the
    #: plan would fail", "announced the company had closed")
    auxiliaries: frozenset[str]
    #: words after which a name is only mentioned, not speaking: verbs taking it as
    #: their object and nouns a clause about it hangs on ("met Roe", "the day Roe died")
    passing_words: frozenset[str]
    #: verbs whose object is a quotation ("likened X to 'Q'", "dismissed X as 'Q'")
    characterising_verbs: frozenset[str]
    #: words that make a past participle after them passive, no cue ("can be told",
    #: "is called", "a été dit"): nobody named speaks
    passive_auxiliaries: frozenset[str]
    #: heads of a phrase that counts rather than names ("25 percent", "the total"):
    #: never a speaker
    quantity_words: frozenset[str]
    #: role words that say a person's gender ("spokeswoman": f, "congressman": m),
    #: for the pronouns; a language file may leave it out
    gendered_words: dict[str, str] = field(default_factory=dict)
    #: cue words that are cues only before a name ("per Roe", not "per share");
    #: a language file may leave it out
    name_cues: frozenset[str] = field(default_factory=frozenset)
    #: words besides the indefinite articles that open a description of someone
    #: new ("another spokeswoman"); a language file may leave it out
    indefinite_words: frozenset[str] = field(default_factory=frozenset)
    #: pronouns that say the gender of the person named just before them ("he":
    #: "m", "her": "f"); "M" or "F" for an object form, which refers to someone
    #: else ("him"); a language file may leave it out
    gendered_pronouns: dict[str, str] = field(default_factory=dict)
    #: verb forms of a mood that marks reported speech by itself (German Konjunktiv
    #: I: "sei", "habe"): a sentence with one and no cue, right after someone's
    #: reported speech, goes on with it ("Er sagte, die Lage sei ernst. Man müsse
    #: jetzt handeln."); a language file may leave it out
    reported_mood: frozenset[str] = field(default_factory=frozenset)
    #: role heads that describe someone the story has named rather than give an
    #: office ("Managerin", "técnico", "intéressé"): with a definite article ("die
    #: Managerin") they refer back to that person; a language file may leave it out
    descriptions: frozenset[str] = field(default_factory=frozenset)
    #: nouns that describe any organisation ("entidad", "organisme"): with a definite
    #: article they refer back to the one organisation named in full before (see
    #: ``phrases``); a language file may leave it out
    body_descriptions: frozenset[str] = field(default_factory=frozenset)
    #: the first names of ``first_names`` that only other languages list (made by
    #: the loader, not read from the file): where nouns are capitalised, one may be
    #: a noun ("Gene von Chloroplasten")
    foreign_first_names: frozenset[str] = field(default_factory=frozenset)
    #: verbs that report their object with a linking word ("accused": "of", "urged":
    #: "to", "called": "for"); a language file may leave it out
    object_verbs: dict[str, str] = field(default_factory=dict)
    #: how names change with their case, as (oblique ending, nominative ending)
    #: pairs tried in order: under "first", the forms of first names (the result must
    #: be a known one: "Сергея": "Сергей"); under "m" and "f", the forms of the other
    #: words of a name after a first name of that gender ("Лаврова": "Лавров",
    #: "Захаровой": "Захарова"); a language file may leave it out
    name_case_forms: dict[str, list[list[str]]] = field(default_factory=dict)
    #: nouns that name the work or body in quotation marks after them ("фильм «Война
    #: и мир»", "компания «Газпром»"): a partial quotation after one that opens with
    #: a capital is a title or a name; a language file may leave it out
    work_nouns: frozenset[str] = field(default_factory=frozenset)
    #: endings that mark a word as a surname ("-ов", "-ская", "-ski"): such a word
    #: alone, as the subject of a reporting verb next to it ("пожаловалась
    #: Поризкова", "Domański podkreślił"), names a person even when no first name
    #: or title comes with it; a language file may leave it out
    surname_endings: tuple[str, ...] = field(default_factory=tuple)
    #: words that open "as X said, CLAUSE" ("как": "Как заявил X, ...", "wie": "Wie
    #: X sagte, ..."); a language file may leave it out
    as_words: frozenset[str] = field(default_factory=frozenset)
    #: whether titles and names capitalise their first word only ("«Северный поток»",
    #: "„Nowa Lewica”"): a partial quotation of three words or fewer that opens with a
    #: capital is a name, not someone's words; a language file may leave it out
    titles_sentence_case: bool = field(default_factory=bool)
    #: nouns of an interview given to an outlet, in the forms printed after "in"
    #: ("interview", "entretien", "entrevista", "интервью", "wywiadzie"); a language
    #: file may leave it out
    interview_nouns: frozenset[str] = field(default_factory=frozenset)
    #: words between such a noun and the outlet ("with", "mit", "au", "с"); an empty
    #: string when the outlet may follow the noun directly, in its case ("в интервью
    #: РБК"); a language file may leave it out
    interview_linkers: frozenset[str] = field(default_factory=frozenset)
    #: words between a document noun and who made it ("a report by X", "un informe
    #: de la ONU"); a language file may leave it out
    document_linkers: frozenset[str] = field(default_factory=frozenset)
    #: words between a document noun after an "according to" cue and its source
    #: ("according to a report by X", "según un informe de X"); a language file may
    #: leave it out
    source_linkers: frozenset[str] = field(default_factory=frozenset)
    #: texts of a hyperlink (lower case) that cite the page it points to ("reported",
    #: "according to", "berichtete"); a language file may leave it out
    link_cues: frozenset[str] = field(default_factory=frozenset)
    #: Words without which a paragraph holds no cue or citation (derived).
    cue_words: frozenset[str] = field(init=False, default=frozenset())
    #: the one-word cues as a regex (see :meth:`has_cue` and :attr:`cue_pattern`)
    _cue_trie: str = field(init=False, default="(?!)")
    _cue_after_break: re.Pattern[str] = field(init=False, default=re.compile(r"(?!)"))
    _cue_at_start: re.Pattern[str] = field(init=False, default=re.compile(r"(?!)"))
    #: Cased words that are never part of a person's name (organisations, places,
    #: months and days, nationalities, adjectives): one set, looked up once per word.
    not_name_words_cased: frozenset[str] = field(init=False, default=frozenset())
    #: Lower-case words that make a run of capitalised words more than a plain name:
    #: a word opening a sentence, an honorific, a title or a role (derived).
    run_specials: frozenset[str] = field(init=False, default=frozenset())
    #: the (oblique, nominative) endings by which a surname is found in another case,
    #: ``name_case_endings`` (dropped) and the pairs of ``name_case_forms``, by the last
    #: letter of their oblique ending, to look up only those a word can have (derived)
    surname_forms_by_last: dict[str, tuple[tuple[str, str], ...]] = field(
        init=False, default_factory=dict
    )
    _longest_role: int = field(init=False, default=0)
    #: the one-word role heads written in lower case as a regex alternation (derived): the
    #: titles before a surname alone ("le président Macron"; see ``people``)
    lower_role_trie: str = field(init=False, default="(?!)")

    def role_head(self, word: str) -> str | None:
        """The role head that lower-case ``word`` is or ends a compound of, else None.

        "sprecherin" is one; so is the end of a hyphenated compound in any language
        ("spd-politiker", "co-founder"), and in a language that writes compounds as
        one word and capitalises nouns, a tail of four letters or more after three
        or more ("gesundheitsminister", "firmensprecherin").
        """
        if word in self.role_heads:
            return word
        tail = word.rpartition("-")[2]
        if tail != word:
            return tail if tail in self.role_heads else None
        if self.nouns_capitalised:
            for size in range(min(len(word) - 3, self._longest_role), 3, -1):
                if word[-size:] in self.role_heads:
                    return word[-size:]
        return None

    def __post_init__(self) -> None:
        forms = {(e, "") for e in self.name_case_endings}
        forms.update((a, b) for g in ("m", "f") for a, b in self.name_case_forms.get(g, ()))
        # longest oblique ending first: the first that leads to a known surname is its
        by_last: dict[str, tuple[tuple[str, str], ...]] = {}
        for form in sorted(forms, key=lambda f: (-len(f[0]), f)):
            by_last[form[0][-1]] = (*by_last.get(form[0][-1], ()), form)
        object.__setattr__(self, "surname_forms_by_last", by_last)
        object.__setattr__(self, "_longest_role", max(map(len, self.role_heads), default=0))
        lower_roles = (w for w in self.role_heads if w.islower() and " " not in w)
        object.__setattr__(self, "lower_role_trie", word_trie(lower_roles))
        words = self.speech_verbs | self.document_nouns | self.reported_mood | self.interview_nouns
        object.__setattr__(self, "cue_words", frozenset(words))
        trie = word_trie(w for w in words if _ONE_WORD.fullmatch(w))
        object.__setattr__(self, "_cue_trie", trie)
        object.__setattr__(self, "_cue_after_break", re.compile(rf"\W{trie}\b"))
        object.__setattr__(self, "_cue_at_start", re.compile(rf"{trie}\b"))
        object.__setattr__(
            self,
            "not_name_words_cased",
            self.org_words_cased
            | self.not_name_tokens_cased
            | self.months_days_cased
            | self.nationalities_cased
            | self.not_name_adjectives_cased,
        )
        object.__setattr__(
            self,
            "run_specials",
            frozenset().union(
                self.function_words,
                self.speech_verbs,
                self.honorifics,
                self.title_abbreviations,
                self.role_heads,
                self.role_words,
            ),
        )

    @property
    def cue_pattern(self) -> re.Pattern[str]:
        """Finds any one-word cue in lower-cased text: what :meth:`has_cue` answers.

        Compiled on demand (the analysis itself only calls :meth:`has_cue`):
        a pattern of this size takes milliseconds to compile, paid by every
        process that analyses a first article.
        """
        return re.compile(rf"\b{self._cue_trie}\b")

    def has_cue(self, lowered: str) -> bool:
        """Whether lower-cased text holds a one-word cue: ``cue_pattern.search``, faster.

        A pattern that opens with a character class lets ``re`` skip ahead in its
        own scan; one that opens with a word boundary is tried at every
        character.  A cue at the very start is matched apart (a character put in
        front would copy the whole text: an article's, at its largest).
        """
        return (
            self._cue_at_start.match(lowered) is not None
            or self._cue_after_break.search(lowered) is not None
        )


_ONE_WORD = re.compile(r"\w+")


def supported_languages() -> tuple[str, ...]:
    """The language codes that have word lists."""
    names = os.listdir(_DATA)
    return tuple(sorted(name.removesuffix(".json") for name in names if name.endswith(".json")))


def lexicon_for(language: str) -> Lexicon | None:
    """The word lists for ``language`` ("en", "en-GB", ...), or None if there are none."""
    return _lexicon(primary_subtag(language))


#: First names of languages without word lists (Ukrainian): the readers' test of a name only.
_READER_FIRST_NAMES = os.path.join(os.path.dirname(__file__), "first_names.json")


@cache
def known_first_names() -> frozenset[str]:
    """The first names of every language with word lists, and of the languages whose first
    names alone are listed (``first_names.json``): a reader's test of a name."""
    with open(_READER_FIRST_NAMES, encoding="utf-8") as file:
        listed = json.load(file)
    others = (
        name
        for code, genders in listed.items()
        if not code.startswith("_")
        for names in genders.values()
        for name in names
    )
    return frozenset().union(*_first_names().values(), others)


# per language, not per tag: "es", "es-MX" and "es_AR" share one lexicon (and the
# patterns made from it), loaded once
@cache
def _lexicon(code: str) -> Lexicon | None:
    path = os.path.join(_DATA, f"{code}.json")
    if not code.isalpha() or not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as file:
        raw = json.load(file)
    own = dict.fromkeys(raw["first_names_m"], "m")
    own.update(dict.fromkeys(raw["first_names_f"], "f"))
    # news names people of every country: the first names of the other languages
    # written in the same script count too (the language's own gender first); not
    # the shortest ("Al", "Li") nor one of the language's own little words
    cyrillic = _cyrillic(own)
    words = set(raw["function_words"])
    names = {
        name: gender
        for code_, theirs in _first_names().items()
        if code_ != code and _cyrillic(theirs) == cyrillic
        for name, gender in theirs.items()
        if len(name) > 2 and name.lower() not in words
    }
    names.update(own)
    kwargs: dict[str, object] = {"foreign_first_names": frozenset(names.keys() - own.keys())}
    for name, spec in Lexicon.__dataclass_fields__.items():
        if not spec.init:
            continue  # derived from the lists
        if name == "first_names":
            kwargs[name] = names
            continue
        if name == "foreign_first_names":
            continue  # made above
        if name not in raw and spec.default_factory is not MISSING:
            continue  # an optional list the language does not have
        value = raw[name]
        if name == "tag_pattern":
            kwargs[name] = re.compile(value) if value else None
            continue
        if name == "verb_particles":
            kwargs[name] = {
                verb: frozenset([words] if isinstance(words, str) else words)
                for verb, words in value.items()
            }
            continue
        if isinstance(value, bool):
            kwargs[name] = value
        elif isinstance(value, dict):
            kwargs[name] = dict(value)
        elif str(spec.type).startswith("tuple"):
            # longest first: the first that matches is the whole ending
            kwargs[name] = tuple(sorted(value, key=len, reverse=True))
        else:
            kwargs[name] = frozenset(value)
    return Lexicon(**kwargs)  # type: ignore[arg-type]


@cache
def _first_names() -> dict[str, dict[str, str]]:
    """The first names (and their gender) of every language with word lists."""
    found: dict[str, dict[str, str]] = {}
    for code in supported_languages():
        with open(os.path.join(_DATA, f"{code}.json"), encoding="utf-8") as file:
            raw = json.load(file)
        names = dict.fromkeys(raw["first_names_m"], "m")
        names.update(dict.fromkeys(raw["first_names_f"], "f"))
        found[code] = names
    return found


def _cyrillic(names: Iterable[str]) -> bool:
    """Whether most of ``names`` are written in Cyrillic."""
    names = list(names)
    return sum(any("\u0400" <= c <= "\u04ff" for c in n) for n in names) * 2 > len(names)

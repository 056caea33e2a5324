"""Reading bylines: "By A, B and C", "By NAME | Outlet", "Name, Staff Writer".

Shared by the HTML and text readers.  A byline comes out as one
:class:`~newsdoc.model.Person` per author: "By", dates, "Updated ...", social
handles, URLs and photo credits are dropped, an e-mail address goes to
``Person.email``, a role printed with the name ("Staff Writer", "Moscow
correspondent") to ``Person.role``, and an organisation ("Associated Press",
"Reuters Staff", the publisher's own name) is never taken for a person.

Names are kept as printed.  A Greek byline puts them in the genitive after
"Του"/"Της" ("Του Γιάννη Παπαδόπουλου", "by Giannis Papadopoulos"); they are
not turned back into the nominative, which the genitive does not tell
without a list of names ("Παπαδόπουλου" is the genitive of "Παπαδόπουλος",
but "Γεωργίου" and a woman's "Παπαδοπούλου" are surnames as they stand):
a guess would turn right names into wrong ones.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources
from typing import Any

import attrs

from ..model import Byline, Person
from ..tags import primary_subtag
from ..tries import word_trie
from .dates import (
    BEFORE_DATE_WORDS,
    BEFORE_TIME_WORDS,
    MODIFIED_WORDS,
    ORDINAL_MARKS,
    PUBLISHED_WORDS,
    date_in,
    looks_like_date,
)

__all__ = [
    "byline_after_date_fields",
    "byline_text",
    "clean_name",
    "could_open_byline",
    "is_organization",
    "is_role",
    "looks_like_name",
    "looks_like_user_name",
    "name_beside_agency",
    "name_beside_date",
    "names_after_date",
    "parse_byline",
    "split_authors",
    "split_byline",
    "strip_by",
]

# --- word lists ------------------------------------------------------------
# byline_words.json beside this module (a new language is new words there; its
# "_comment" says what each list is for).
_DATA: dict[str, Any] = json.loads(
    resources.files(__package__).joinpath("byline_words.json").read_text("utf-8")
)

#: Words that open a byline ("By", "Von", "Par", ...), matched case-insensitively.
BY_WORDS = tuple(_DATA["by_words"])
#: The same, matched in lower case only: capitalised, they start names ("Di Caprio").
BY_WORDS_LOWER = tuple(_DATA["by_words_lower"])
#: Nouns that make a byline part a role, not a name ("Staff Writer", "Moscow correspondent").
# (case-folded as the words they are matched with: Greek's final "ς" folds to "σ")
ROLE_WORDS = frozenset(word.casefold() for word in _DATA["role_words"])
#: Words that may end a name as its role ("Jane Roe Staff Writer", "홍길동 기자").
_ROLE_TAIL = ROLE_WORDS | {"staff"}
#: Words that may open a role printed before the name ("our correspondent Jane Roe").
ROLE_OPENERS = frozenset(_DATA["role_openers"])
#: Words that make a name an organisation ("Reuters Staff", "Editorial Board", "Acme Media").
ORGANIZATION_WORDS = frozenset(_DATA["organization_words"])
#: Ends of compound words that name an outlet ("Handelsblatt", "Deutschlandfunk").
_ORGANIZATION_ENDINGS = tuple(_DATA["organization_endings"])
_CJK_NOT_NAMES = frozenset(_DATA["cjk_not_names"])
_CJK_OUTLET_ENDINGS = tuple(_DATA["cjk_outlet_endings"])
#: Lower-case particles inside names ("Lisa de Moraes", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset(_DATA["name_particles"])
#: Words after which the rest of a byline is not names ("Follow", "View all posts", ...).
CUT_WORDS = tuple(_DATA["cut_words"])
#: Words that open a credit for a picture, not a byline.
CREDIT_WORDS = tuple(_DATA["credit_words"])
#: Wire credits that name who made something else than the story ("Editing by Ann Roe",
#: "Graphics by ...", "Redaktion: ..."): the clause names no author.
OTHER_CREDITS = tuple(_DATA["other_credits"])
#: Whole names that are placeholders or labels (a link's to a profile, "名片"), not people.
NOT_NAMES = frozenset(_DATA["not_names"])
#: Words that open co-authors in brackets ("Jane Roe (with John Doe)", "(avec A et B)").
WITH_WORDS = tuple(_DATA["with_words"])
#: Conjunctions that join names ("A and B", "A und B", "A et B", ...).
CONJUNCTIONS = tuple(_DATA["conjunctions"])
#: The same, matched in lower case only: capitalised, they are names ("Dan" of "dan", Malay's
#: and Indonesian's "and").
CONJUNCTIONS_LOWER = tuple(_DATA["conjunctions_lower"])
#: One-word openers of a text that opens a byline ("By", "Von"), and a name's label before a
#: colon ("Autor: X"), for the page's printed bylines.
TEXT_OPENERS = tuple(_DATA["text_openers"])
LABELS = tuple(_DATA["labels"])
#: Labels before a colon that give a story's source, an agency or an outlet ("Quelle: dpa").
SOURCE_LABELS = tuple(_DATA["source_labels"])
#: Articles that open an outlet's or a thing's name, never a person's ("The", "Le", "El").
ARTICLES = frozenset(_DATA["articles"])
#: Words after a name that say where or for whom it writes ("in", "for", "aus", "desde").
PLACE_WORDS = tuple(_DATA["place_words"])
#: Words inside a byline that open more authors ("By A, with reporting by B").
CO_AUTHOR_OPENERS = tuple(_DATA["co_author_openers"])
# No one's whole name: a placeholder, a label, and a byline's own words (a link to an
# author's page that prints "著者" (author), "記者" (reporter) or "Autor" is labelled, not signed)
_NOT_NAMES = NOT_NAMES | frozenset(
    word.casefold() for word in (*BY_WORDS, *BY_WORDS_LOWER, *LABELS, *ROLE_WORDS)
)
# every conjunction, whatever the case it is matched in
_ALL_CONJUNCTIONS = frozenset((*CONJUNCTIONS, *CONJUNCTIONS_LOWER))
#: Per language (its primary subtag), conjunctions that are another word in other languages,
#: matched in lower case on a page in that language only: Czech and Slovak "a" ("Jan Novák a
#: Petr Svoboda") is Italian's and Portuguese's "to" ("inviato a New York"), Slovene "in"
#: English's ("Jane Roe in Berlin").
CONJUNCTIONS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    language: tuple(words) for language, words in _DATA["conjunctions_by_language"].items()
}
#: Per language, openers that are a name elsewhere, read as openers on a page in that language
#: only: Catalan "Per Joan Puig" ("Per Olsen" is a Scandinavian name).
BY_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    language: tuple(words) for language, words in _DATA["by_words_by_language"].items()
}
#: Per language, words without a colon that give the story's source, never an author, on a
#: page in that language only: Vietnamese "Theo VnExpress" ("according to"; "Theo" is a first
#: name elsewhere).
SOURCE_OPENERS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    language: tuple(words) for language, words in _DATA["source_openers_by_language"].items()
}
#: Verbs printed before the name in scripts without capitals (Arabic "كتب", "wrote"): they open
#: a byline element's text before a name of two words or more, never a line of the text.
VERB_OPENERS = tuple(_DATA["verb_openers"])
#: Verbs printed after the name (Chinese "报道", "reports": "张伟 报道").
TRAILING_VERBS = tuple(_DATA["trailing_verbs"])
#: Conjunctions printed glued to the next word (Hebrew "ו", Arabic "و": "דנה כהן ויוסי לוי").
GLUED_CONJUNCTIONS = tuple(_DATA["glued_conjunctions"])
#: Given names that start with a glued conjunction's letter (Arabic "وليد", Walid): no conjunction.
GLUED_LETTER_NAMES = frozenset(_DATA["glued_letter_names"])
#: The languages (primary subtags) whose names in ideographs or Hangul have no space inside: a
#: space parts two people there ("张伟 李娜"), the surname from the given name in Japanese.
NAMES_UNSPACED_BY_LANGUAGE = frozenset(_DATA["names_unspaced_by_language"])
#: How many characters a name in ideographs or Hangul has, at least and at most.
_CJK_NAME_MIN, _CJK_NAME_MAX = _DATA["cjk_name_length"]

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# The capital letters a name may start with (Latin, Greek, Cyrillic): an opener that is a common
# word ("Di", "Του") opens a byline only before one.
_CAPITAL = "A-ZÀ-ÖØ-ÞΆΈ-ΏΑ-ΩЀ-Я"
_WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"  # noqa: E501


def _by_pattern(language_words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """What opens a byline, with a language's own openers ``language_words``.

    Those open a byline only before a name of two words or more, as they are a
    name elsewhere ("Per Joan Puig" in Catalan, but "Per Olsen").
    """
    own = (
        r"|^\W*(?i:" + "|".join(map(re.escape, language_words)) + r")\s+"
        r"(?=[" + _CAPITAL + r"]\S*\s+\S)"
        if language_words
        else ""
    )
    return re.compile(
        # the words as a trie: tried one character at a time, not word after word (every
        # short line of a page is asked whether it opens a byline); the longest first, as
        # "Words by" before "Words"
        r"^\W*(?:(?i:"
        + word_trie(BY_WORDS)
        + r")|"
        + "|".join(BY_WORDS_LOWER)
        + r")(?:\b|(?<=\W))\s*[:：\-–—=＝｜]?\s*(?=\S|$)"
        # "ByJane Roe": pages that print "By" and the name in two elements, glued
        + r"|^\W*By(?=[A-Z][a-z])"
        + own
    )


_BY = _by_pattern()
_BY_INSIDE = re.compile(r"(?:^|\s)by\s+(?=\S)", re.IGNORECASE)
# "Veröffentlicht am 8.12.2010 von Anna Meier", "14:00 Uhr von ...": an opener that is a name's
# particle elsewhere ("Ursula von der Leyen") opens the names after a date or a time
_BY_AFTER_DATE = re.compile(
    r"\d\.?(?:\s+[^\W\d_]{1,3}\.?)?,?\s+(?:"
    + "|".join(re.escape(w) for w in (*TEXT_OPENERS, *BY_WORDS_LOWER) if w != "by")
    + r")\s+(?=(?-i:["
    + _CAPITAL
    + r"]))",
    re.IGNORECASE,
)
# The same, "by" too, or a name's label, before a name: a line that prints a date, then who
# wrote it ("December 8, 2010 by Max Muster", "Veröffentlicht am 08.12.2010 von Max Muster",
# "08.12.2010 | Autor: Max Muster").
_NAMED_AFTER_DATE = re.compile(
    r"\d\.?(?:\s+[^\W\d_]{1,3}\.?)?,?\s+(?:[|•·–—-]\s+)?(?:(?:"
    + "|".join(map(re.escape, (*TEXT_OPENERS, *BY_WORDS_LOWER)))
    + r")\s+|(?:"
    + "|".join(map(re.escape, LABELS))
    + r")\s?:\s*)(?=(?-i:["
    + _CAPITAL
    + r"]))",
    re.IGNORECASE,
)


def names_after_date(line: str) -> bool:
    """Whether ``line`` prints a date or a time, then an opener and a name ("Dezember 8, 2010
    von Max Muster", "8 December 2010 by Jane Roe"): a line of a byline's, after its date."""
    return _NAMED_AFTER_DATE.search(line) is not None


# The marks that part a line of a date and a name printed without an opener: bars, bullets,
# dashes between blanks ("08.12.2010 · Max Muster", "Max Muster | 08.12.2010"; the lines of
# a box, "Von\nMax Muster\npubliziert am ...", are not parts: an opener's byline is read so).
# ((?<!\s) lets a match start only where a run of blanks starts: linear time)
_BESIDE_PARTS = re.compile(r"(?<!\s)\s*(?:[|•·]|(?<=\s)[–—-](?=\s))\s*")
#: A line of a date and its byline has few parts (a date, a time, a name, a count of comments).
_MAX_BESIDE_PARTS = 4


def name_beside_date(line: str) -> str | None:
    """The name printed beside a date without an opener, parted from it by a bar, a bullet
    or a dash ("08.12.2010 · Max Muster", "Max Muster | 08.12.2010", "12. März 2019 – Anna
    Beispiel"), or before it and a comma ("Max Muster, 08.12.2010"), else ``None``.

    The name must be a person's: two to five capitalised words whose first is a known
    first name ("08.12.2010 | Neue Welt", "12. März 2019 – Bad Homburg" name nobody).
    """
    line = " ".join(line.split())
    # the name, a comma, the date ("Max Muster, 12.03.2019 - 10:12"): a comma parts a date's
    # own words too ("March 12, 2019"), so only before a date it opens
    name, _, rest = line.partition(", ")
    written = date_in(rest) if rest and len(name) <= _MAX_NAME else None
    if written is not None and rest.startswith(written) and _a_persons_name(name):
        return name
    parts = [part.strip() for part in _BESIDE_PARTS.split(line)]
    parts = [part for part in parts if part]
    if not 2 <= len(parts) <= _MAX_BESIDE_PARTS:
        return None
    dates = [looks_like_date(part) for part in parts]
    if not any(dates):
        return None
    for part, dated in zip(parts, dates, strict=True):
        # (after an opener that opens no element's own text alone, a particle elsewhere:
        # "di Mario Rossi - 12 marzo 2019", "Door Jan Jansen | 12 maart 2019")
        name = _SOFT_BY.sub("", _BY.sub("", part, count=1), count=1).strip()
        if not dated and _a_persons_name(name):
            return name
    return None


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


def byline_after_date_fields(line: str, language: str | None = None) -> str | None:
    """The byline printed after a date on one line of fields in kana, ideographs or Hangul,
    from its first field that a label, an opener or a role marks as a name's ("2019-03-12
    10:12 来源：新华社 作者：张伟" gives "作者：张伟", "입력 2019.03.12 10:12 기자 김철수" gives
    "기자 김철수", "2019.03.12 10:12 김철수 기자" gives "김철수 기자"), else ``None``.

    A field of a source ("来源：新华社") or of a time's label ("发布时间：") names no one, and
    a word of these scripts after a date without such a mark is no name ("2019-03-12 北京").
    """
    # (kana, ideographs and Hangul: scripts without capitals, whose names a label, an opener
    # or a role tells)
    if _GLUED_SCRIPTS.search(line) is None:
        return None  # (most lines of a date's: a cheap look before the words)
    words = line.split()
    dated = False  # (a field after the date only: before it, the line is no date's line)
    for index, word in enumerate(words):
        if not dated:
            dated = _has_digit(word)
            continue
        if _role_word(word):
            # (a role before a label's: "기자" is both) its name before it ("김철수 기자")
            # or after it ("10:12 기자 김철수", "新浪财经 记者 王小明")
            starts = (index,) if _has_digit(words[index - 1]) else (index - 1, index)
        elif (
            _BY.match(word) is not None
            or word.rstrip(":：") in LABELS
            # an outlet's or a desk's reporter, the role glued ("新华社记者 王小明")
            or word[-2:].casefold() in ROLE_WORDS
        ):
            starts = (index,)
        else:
            continue
        # up to a later field of numbers: a count's ("阅读：1024"), a change's date
        end = next(
            (later for later in range(index + 1, len(words)) if _has_digit(words[later])),
            len(words),
        )
        for start in starts:
            byline = " ".join(words[start:end])
            if split_authors(byline, strict=True, language=language):
                return byline
        return None
    return None


#: A line of a name and its agency is short ("Max Muster / dpa").
_MAX_AGENCY_LINE = 80
#: An agency's name beside a person's has a word or two ("dpa", "Agence France-Presse").
_MAX_AGENCY_WORDS = 3


def name_beside_agency(line: str) -> str | None:
    """The name printed beside an agency without an opener, parted from it by a slash
    ("dpa/Max Muster", "Max Muster / dpa", "AFP/Anna Beispiel"), else ``None``.

    The name must be a person's (two to five capitalised words whose first is a known
    first name), the other part an organisation of a few words ("Politik/Wirtschaft",
    "Anna Meier/Paul Roe", "12/03/2019" name no one beside an agency).
    """
    if "/" not in line or len(line) > _MAX_AGENCY_LINE:
        return None  # (most lines: asked of every short text near the headline)
    parts = [" ".join(part.split()) for part in line.split("/")]
    if len(parts) != 2:
        return None
    for name, agency in (parts, parts[::-1]):
        if (
            agency
            # (a picture's credit: "Foto: dpa/Max Muster", "© dpa/Max Muster")
            and ":" not in agency
            and "©" not in agency
            and len(agency.split()) <= _MAX_AGENCY_WORDS
            and is_organization(agency)
            and _a_persons_name(name)
        ):
            return name
    return None


def _a_persons_name(text: str) -> bool:
    """Whether ``text`` is a person's name printed alone: two to five capitalised words whose
    first is a known first name, no organisation's."""
    from ..analysis.lexicon import known_first_names  # (as in _surname_first_after)

    return (
        looks_like_name(text, strict=True)
        and text.split()[0] in known_first_names()
        and not is_organization(text)
    )


_CREDIT = re.compile(
    r"(?:^|(?<=[\s,;|(]))(?:" + "|".join(CREDIT_WORDS) + r")s?\s*(?:by\b|[:：・.=/／]|credit\b)\s*"
    r"[^,;|()]*",
    re.IGNORECASE,
)
# Where the names end: a date, a time, "Updated", "Published", "x hours ago", ...
# (the published / updated words are data, read by dates.py from date_words.json)
# (a word that is a label, "Stand:", "Datum:", ends with its colon: "Kurt Stand" is a name)
_DATE_WORDS = "|".join(
    re.escape(word).replace(r"\ ", r"\s+") + (r"\b" if word[-1].isalnum() else "")
    for word in sorted({*PUBLISHED_WORDS, *MODIFIED_WORDS}, key=len, reverse=True)
)
_DATE_CUT = re.compile(
    r"(?:\b(?:" + _DATE_WORDS + r")"
    r"|\b(?:on\s+)?(?:" + _WEEKDAYS + r")\b\.?,?\s+(?=\S*\d|(?:" + _MONTHS + r"))"
    r"|\b(?:" + _MONTHS + r")\b\.?\s+\d"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:" + _MONTHS + r")\b"
    # a day and a month's name in any language, then the year ("8. Dezember 2010",
    # "8 de diciembre de 2010", "8 décembre 2010", "1er janvier 2024", "5η Μαρτίου 2024")
    r"|\b\d{1,2}(?:" + "|".join(map(re.escape, ORDINAL_MARKS)) + r")?\.?\s+(?:de\s+)?"
    r"[^\W\d_]{3,12}\.?\s+(?:de\s+)?\d{4}\b"
    r"|\d{1,2}:\d{2}|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{4}年|\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b)",
    re.IGNORECASE,
)
_CUT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in CUT_WORDS) + r")\b", re.IGNORECASE)
# (matched on the text without its trailing blanks: no run of blanks to backtrack over)
_BEFORE_DATE = re.compile(
    # (or its time: "Eingestellt von A um 14:05")
    r"(?<!\S)(?:" + "|".join(map(re.escape, (*BEFORE_DATE_WORDS, *BEFORE_TIME_WORDS))) + r")$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?:mailto:)?(?<![\w.+\-])([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@\w{1,30}")
#: A byline printed whole inside one pair of brackets.
_WRAPPED = re.compile(r"\s*[\[(（【《〔]([^\[\]()（）【】《》〔〕]+)[\])）】》〕]\s*")
_WITH = re.compile(
    # not a credit inside ("with additional reporting by ...": the by-line words cut there)
    r"[(\[]\s*(?:" + "|".join(map(re.escape, WITH_WORDS)) + r")\s+"
    r"(?![^()\[\]]*\b(?:by|von|par|por)\b)([^()\[\]]+)[)\]]",
    re.IGNORECASE,
)
# a role in brackets that is not the story's ("Paul Schulz (Fotos)", "(foto e video)")
_PICTURE_ROLE = re.compile(
    r"[(\[]\s*(?:"
    + "|".join(CREDIT_WORDS)
    + r")s?(?:\s*(?:[,/&+]|\b(?:"
    + "|".join(map(re.escape, CONJUNCTIONS))
    + r")\b)\s*(?:"
    + "|".join(CREDIT_WORDS)
    + r")s?)*\s*[)\]]",
    re.IGNORECASE,
)
# "Text und Fotos: Anna Meier", "Photos and text by Jane Roe": who wrote the story, whoever
# took its pictures too
_TEXT_AND_PICTURES = re.compile(
    # (no separator in the run before the words: each match is tried within one clause)
    r"(?:^|(?<=[|;\n]))[^\w|;\n]*(?:(?:"
    + "|".join(map(re.escape, LABELS))
    + r")\s*(?:[&+/,・]|\b(?:"
    + "|".join(map(re.escape, CONJUNCTIONS))
    + r")\b)\s*(?:"
    + "|".join(CREDIT_WORDS)
    + r")s?|(?:"
    + "|".join(CREDIT_WORDS)
    + r")s?\s*(?:[&+/,・]|\b(?:"
    + "|".join(map(re.escape, CONJUNCTIONS))
    + r")\b)\s*(?:"
    + "|".join(map(re.escape, LABELS))
    + r"))\s*(?:[:：]|\bby\b)\s*",
    re.IGNORECASE,
)
# what stands in for a part of the byline that names someone else than an author
_NOT_AUTHOR = "\ue000"  # (a private-use character: no page prints it, and it is no blank)
_SOURCE = re.compile(
    r"^\W*(?:" + "|".join(map(re.escape, SOURCE_LABELS)) + r")\s*[:：]\s*", re.IGNORECASE
)
# (after a word of the same clause: at the start of a clause, "Reporting by" opens the byline)
# (no two runs of blanks side by side: a long run after a word is scanned once, not once per
# way of cutting it in two)
_CO_AUTHORS = re.compile(
    # (after a closing bracket too, which stays: "Jane Roe (AP), with reporting by ...")
    r"(?:(?<=[^\W_])|(?<=[)\]]))[^\w\s)\]]{0,3}(?:\s*[,;])?\s+(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in CO_AUTHOR_OPENERS)
    + r")\b\s*",
    re.IGNORECASE,
)
# "Di Mario Rossi", "Door Jan de Vries": the lower-case-only openers, capitalised at the start
# of a byline, open it when a name of two words or more follows that does not start with a
# particle ("Di Caprio" is a name, "De La Cruz" too)
_SOFT_BY = re.compile(
    r"^\W*(?:" + "|".join(w.capitalize() for w in BY_WORDS_LOWER) + r")\s+"
    r"(?=(?!(?i:" + "|".join(map(re.escape, NAME_PARTICLES)) + r")\s)[" + _CAPITAL + r"]\S*\s+\S"
    # or a role's possessive ("Door onze redacteur Jan de Vries")
    r"|(?:" + "|".join(map(re.escape, sorted(ROLE_OPENERS))) + r")\s)"
)
# "كتب محمد أحمد": a verb before a name of two words or more (longest first: "كتبت" before
# "كتب"), with or without a dash or a colon
_VERB_BY = re.compile(
    r"^\W*(?:"
    + "|".join(map(re.escape, sorted(VERB_OPENERS, key=len, reverse=True)))
    + r")(?:\s*[:：\-–—]\s*|\s+)(?=[^\W\d_]+\s+[^\W\d_])"
)
# "דנה כהן ויוסי לוי": a conjunction glued to the first word of a name, after a name of two
# words; a name that merely starts with its letter ("ולדימיר כהן") has no full name before it.
# Found at each word's start that two words and the glued word follow, all in a look-ahead
# (each word start reads three words: linear time; a candidate turned down leaves the next
# one free to start a word later): the last word before it, the conjunction, the glued word.
_GLUED = re.compile(
    r"(?<![^\W\d_])(?=[^\W\d_]+\s+([^\W\d_]+)(\s+)("
    + "|".join(map(re.escape, GLUED_CONJUNCTIONS))
    + r")([^\W\d_]+)\s+[^\W\d_])"
)
# "Jane Roe (janeroe)", "史蒂文的家_藍天 (stevenhgm)": a user name in brackets after a name
_BRACKETED_HANDLE = re.compile(r"(?<=[^\s(\[])\s*\(\s*@?([a-z][a-z0-9_.\-]{3,29}[a-z0-9])\s*\)")
# The characters of a name in ideographs (and the iteration mark "々"), and how many it has
_IDEOGRAPHS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
_CJK_NAME_LENGTH = f"{{{_CJK_NAME_MIN},{_CJK_NAME_MAX}}}"
#: The openers written in ideographs ("作者", "記者", "文"): labels before a colon as well.
_CJK_OPENERS = tuple(w for w in BY_WORDS if re.match("[" + _IDEOGRAPHS + "]", w))
# A label and its colon inside a byline, after a blank or right after an ideograph (no blank
# between words there): a field of its own, as a line is ("Autor: Anna Meier Quelle: dpa",
# "作者：张伟 来源：新华社", "作者：张伟来源：新华社"); a label of one character ("文") only
# after a blank or a punctuation mark: after an ideograph it ends a word ("原文：", "英文：");
# any word of ideographs with its colon after a blank is a field too, its label no name's
_FIELD_LABELS = sorted({*LABELS, *SOURCE_LABELS, *_CJK_OPENERS}, key=len)[::-1]
_FIELD = re.compile(
    r"(?:(?<=\s)|(?<=["
    + _IDEOGRAPHS
    + r"]))(?=(?:"
    + "|".join(re.escape(label) for label in _FIELD_LABELS if len(label) > 1)
    + r")\s?[:：])|(?<=[^\w])(?=(?:"
    + "|".join(re.escape(label) for label in _FIELD_LABELS if len(label) == 1)
    + r")\s?[:：])|(?<=\s)(?=["
    + _IDEOGRAPHS
    + r"]+[:：])",
    re.IGNORECASE,
)
# "新华社记者 张伟", "本報記者 張偉": a role in Chinese or Japanese, glued to what it is the
# role of (an agency, "our paper"), then the name
# (or glued to the name, "記者張偉", "本报记者张伟": then the name is one of ideographs of a
# name's length, and an opener of one character is no role: "文在寅" is a name)
_CJK_ROLE_FIRST = re.compile(
    r"(\S*?(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(ROLE_WORDS, key=len, reverse=True)
        if unicodedata.name(word[0], "").startswith("CJK")
    )
    + r"))(?:\s+|(?=["
    + _IDEOGRAPHS
    + "]"
    + _CJK_NAME_LENGTH
    + r"(?:\s|$)))(\S.*)"
)
# a word of ideographs or Hangul that ends with a role ("记者", "本报记者", "기자")
_CJK_ROLE_WORD = re.compile(
    r"\S*?(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(ROLE_WORDS, key=len, reverse=True)
        if unicodedata.name(word[0], "").startswith(("CJK", "HANGUL"))
    )
    + ")"
)
# "홍길동기자", "山田太郎記者", "ジョン・スミス記者": a name of ideographs or Hangul of a name's
# length, or of katakana (a foreign name, its parts apart by "・"), with its role glued after
# it (group 1 the name, 2 the role)
_CJK_ROLE_LAST = re.compile(
    r"((?:["
    + _IDEOGRAPHS
    + r"\uac00-\ud7a3]"
    + _CJK_NAME_LENGTH
    + r"|[\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})*))("
    + "|".join(
        re.escape(word)
        for word in sorted(ROLE_WORDS, key=len, reverse=True)
        if unicodedata.name(word[0], "").startswith(("CJK", "HANGUL"))
    )
    + ")"
)
# a name of ideographs or Hangul (a space between two is two people's in some languages)
_CJK_NAME = re.compile("[" + _IDEOGRAPHS + r"\uac00-\ud7a3]" + _CJK_NAME_LENGTH)
# "JASON DOE Associated Press": a name in capitals, then the outlet
_CAPS_NAME = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-.]*\s+){1,4}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)\s+(?=[A-Z][a-z])(.+)"
)
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）")


def _not_after_words(words: list[str]) -> str:
    """Negative look-behinds for any of ``words`` as a whole word, as written or capitalised
    ("Sen." but not "Hansen."): one per length, as a look-behind has a fixed width."""
    by_length: dict[int, set[str]] = {}
    for word in words:
        by_length.setdefault(len(word), set()).update((word, word.capitalize()))
    return "".join(rf"(?<!\b(?:{'|'.join(sorted(v))}))" for v in by_length.values())


# A full stop after a word ends a sentence ("Jane Roe. Photos by ...", "Anna Meier. Édition :
# ..."), unless the word is an abbreviated title ("Prof. Dr. Anna Meier").
_SENTENCE_END = (
    r"(?<=[^\W\d_]{3})"
    + _not_after_words(_DATA["title_abbreviations"])
    + r"\.(?=\s+["
    + _CAPITAL
    + r"])"
)
_SEGMENTS = re.compile(r"(?<!\s)\s*(?:[|•·/／\n\t]|(?<=\s)[-–—](?=\s)|" + _SENTENCE_END + r")\s*")
# (?<!\s) lets a match start only where a run of spaces starts: linear time.
# ("avec AFP", "mit dpa", "con EFE": the outlet that helped, or a co-author, apart)
# (a comma may come before the conjunction: "A, B, and C", "A, Berlin, und B")


def _split_pattern(lower: tuple[str, ...]) -> re.Pattern[str]:
    """What parts a byline's names, with ``lower`` the conjunctions matched in lower case."""
    return re.compile(
        # (in lower case there: "Jane Roe, E. Jean Carroll" names two people)
        r"(?<!\s)\s*(?:[,;，、،؛&+](?:\s*(?-i:"
        + "|".join(map(re.escape, CONJUNCTIONS))
        + r")(?=\s))?|(?<=\s)(?:"
        + "|".join(map(re.escape, (*CONJUNCTIONS, *(w for w in WITH_WORDS if " " not in w))))
        + r"|(?-i:"
        + "|".join(map(re.escape, lower))
        + r"))(?=\s))\s*",
        re.IGNORECASE,
    )


_SPLIT = _split_pattern(CONJUNCTIONS_LOWER)


@attrs.frozen
class _Reading:
    """The patterns a byline is read with on a page in one language (or in none known)."""

    by: re.Pattern[str]
    split: re.Pattern[str]
    conjunctions: frozenset[str]
    #: what opens a source credit without a colon ("Theo VnExpress"), if the language has one
    source: re.Pattern[str] | None = None
    #: whether a space between two names in ideographs or Hangul parts two people ("张伟 李娜")
    names_unspaced: bool = False


_ANY_LANGUAGE = _Reading(by=_BY, split=_SPLIT, conjunctions=_ALL_CONJUNCTIONS)
#: The languages (primary subtags) whose bylines read otherwise than :data:`_ANY_LANGUAGE`.
_READ_APART = frozenset(
    {
        *CONJUNCTIONS_BY_LANGUAGE,
        *BY_WORDS_BY_LANGUAGE,
        *SOURCE_OPENERS_BY_LANGUAGE,
        *NAMES_UNSPACED_BY_LANGUAGE,
    }
)


def _reading(language: str | None) -> _Reading:
    """How a byline reads on a page in ``language`` (BCP 47; its primary subtag is used)."""
    if not language:
        return _ANY_LANGUAGE
    primary = primary_subtag(language)
    return _reading_in(primary) if primary in _READ_APART else _ANY_LANGUAGE


@functools.cache
def _reading_in(primary: str) -> _Reading:
    conjunctions = CONJUNCTIONS_BY_LANGUAGE.get(primary, ())
    openers = BY_WORDS_BY_LANGUAGE.get(primary, ())
    sources = SOURCE_OPENERS_BY_LANGUAGE.get(primary, ())
    return _Reading(
        by=_by_pattern(openers) if openers else _BY,
        split=_split_pattern((*CONJUNCTIONS_LOWER, *conjunctions)) if conjunctions else _SPLIT,
        conjunctions=_ALL_CONJUNCTIONS | frozenset(conjunctions),
        source=(
            re.compile(r"^\W*(?i:" + "|".join(map(re.escape, sources)) + r")\s+(?=\S)")
            if sources
            else None
        ),
        names_unspaced=primary in NAMES_UNSPACED_BY_LANGUAGE,
    )


# "Sam Levin in San Francisco", "Jane Roe for The Guardian": where or for whom, not who.
_PLACE = re.compile(
    r"(?<!\s)\s+(?:" + "|".join(map(re.escape, PLACE_WORDS)) + r")\s+\S.*$", re.IGNORECASE
)
#: The words in lower case that open where a name's author writes from, after a comma: the
#: places' words, the particles and the openers that are particles ("do Rio", "de São Paulo").
_FROM_WORDS = frozenset(
    word.casefold() for word in (*PLACE_WORDS, *NAME_PARTICLES, *BY_WORDS_LOWER)
)


def _from_place(part: str) -> bool:
    """Whether a byline's part after a name and a comma opens, in lower case, with a word of
    where from ("do Rio", "de São Paulo", "aus Berlin"): a place, never a second person,
    whose name opens with a capital."""
    first = part.strip().split(" ", 1)[0]
    return first[:1].islower() and first in _FROM_WORDS


# (an organisation's name goes on after "for": "Committee for ...", not "AFP in Paris")
_FOR = re.compile(r"(?<!\s)\s+for\s", re.IGNORECASE)
_ARTICLE_START = re.compile(
    r"(?:" + "|".join(map(re.escape, _DATA["articles"])) + r")\s", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+(?:[.'’\-][^\W\d_]+)*\.?")
_WORD_RUN = re.compile(r"[^\W_]+")
_DOMAIN = re.compile(
    r"[^\W_]\.(?:" + "|".join(map(re.escape, _DATA["domain_endings"])) + r")\b(?![.'’\-])",
    re.IGNORECASE,
)
# the letter after a hyphen or apostrophe in a name printed in capitals ("O'BRIEN")
_AFTER_HYPHEN = re.compile(r"(?<=[-'’])(\w)")
_MAX_NAME = 60
_MAX_INITIALS = 4
_MAX_WORDS = 6


# --- names -----------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD_RUN.findall(text.casefold())


def _is_latin(text: str) -> bool:
    return _script(text) == "LATIN"


#: The scripts whose names are capitalised (:func:`_script`'s names).
_CAPITALISED_SCRIPTS = frozenset({"LATIN", "GREEK", "CYRILLIC"})
#: The scripts without capitals whose names have a blank inside (Arabic, Persian, Hebrew, Hindi).
_SPACED_UNCAPITALISED_SCRIPTS = frozenset({"ARABIC", "HEBREW", "DEVANAGARI"})
#: The scripts that write a name of ideographs or Hangul without a blank inside.
_UNSPACED_SCRIPTS = frozenset({"CJK", "HANGUL"})


def _script(text: str) -> str:
    """The script of ``text``'s first letter ("LATIN", "GREEK", "CYRILLIC", "CJK", ...)."""
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "").partition(" ")[0]
    return ""


def is_organization(name: str, *, publisher: str | None = None) -> bool:
    """Whether ``name`` names an organisation rather than a person.

    True for names with an organisation word ("Reuters Staff", "Editorial
    Board", "Acme Media Inc"), a lone acronym ("AFP", "TIME"), and the
    ``publisher``'s own name.
    """
    words = _words(name)
    if not words:
        return False
    if any(word in ORGANIZATION_WORDS for word in words):
        return True
    if any(
        len(word) > len(ending) + 2 and word.endswith(ending)
        for word in words
        for ending in _ORGANIZATION_ENDINGS
    ):
        return True  # "Handelsblatt", "Kölner Stadt-Anzeiger", "Deutschlandfunk"
    if len(words) == 1 and _script(name) in _UNSPACED_SCRIPTS:
        folded = words[0]
        if any(
            len(folded) >= len(ending) + 2 and folded.endswith(ending)
            for ending in _CJK_OUTLET_ENDINGS
        ):
            return True  # "共同通信", "新华社", "연합뉴스": an outlet's name, no person's
    letters = [c for c in name if c.isalpha()]
    if len(words) == 1 and 2 <= len(letters) <= 5 and name.isupper():
        return True
    if _DOMAIN.search(name):
        return True
    if publisher:
        # the publisher's name, or part of it ("Business Insider" of "Business
        # Insider Deutschland"), or a name that holds it ("Reuters Staff")
        own = _words(publisher)
        if own and (_contains(words, own) or _contains(own, words)):
            return True
    return False


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    if size > len(words):
        return False
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def is_role(text: str) -> bool:
    """Whether ``text`` is a job title printed with a name ("Staff Writer")."""
    return any(word in ROLE_WORDS for word in _words(text))


def could_open_byline(words: str) -> bool:
    """Whether the ``words`` printed after a byline's opener ("By", "Von") can be a byline's.

    A byline goes on with a name, a particle ("de la Cruz"), a role ("our
    correspondent", "staff") or an outlet ("von dpa"); a word in lower case
    that is none of these is a sentence's ("By clicking Submit, you agree to
    the Privacy Policy", a form's note).
    """
    first = words.split(maxsplit=1)[0].strip(",.:;\"'“”") if words.strip() else ""
    if not first[:1].islower():
        return True
    folded = first.casefold()
    return (
        folded in NAME_PARTICLES
        or folded in ROLE_OPENERS
        or is_role(folded)
        or is_organization(folded)
    )


# what surrounds a name without being part of it
_PUNCTUATION = " .,;:،؛-–—|/\\\"'“”‘’«»*()[]／・、，：●○■□◆◇▲△▼▽►•"


def clean_name(name: str) -> str:
    """``name`` without surrounding punctuation, and title-cased when printed in capitals."""
    name = " ".join(name.split()).strip(_PUNCTUATION)
    if name.isupper() and len(name.split()) > 1 and _is_latin(name):
        name = " ".join(
            part if part.lower() in NAME_PARTICLES else part.capitalize() for part in name.split()
        )
        name = _AFTER_HYPHEN.sub(lambda m: m.group(1).upper(), name)
    return name


def strip_by(text: str, *, language: str | None = None) -> str:
    """``text`` without the "By" (or "Von", "Par", ...) that opens it, or without the role
    printed as a label that opens it as "By" does ("Reporter:", "Muhabir:", "Writer:").

    ``language`` is the page's, as for :func:`split_authors` (Catalan "Per" opens a byline
    on a Catalan page only)."""
    stripped = _reading(language).by.sub("", text, count=1)
    if stripped == text:
        label = _role_label(text)
        if label is not None:
            stripped = text[label.end() :]
    return stripped.strip()


def looks_like_name(name: str, *, strict: bool = False) -> bool:
    """Whether ``name`` can be a person's name.

    Always: short, no digits, not a placeholder ("admin", "staff").  With
    ``strict`` (for text found on the page rather than in metadata), a name
    in Latin script also needs two to five words, each capitalised except
    particles ("de", "van").
    """
    if not name or len(name) > _MAX_NAME or any(c.isdigit() for c in name):
        return False
    if name.casefold() in _NOT_NAMES or "@" in name or "://" in name or "：" in name:
        return False  # a placeholder, a label ("名片", "Profile"), a byline's word ("著者")
    if _ARTICLE_START.match(name):
        return False  # "The Water Coolest", "The Russian": names do not start with "The"
    words = name.split()
    if len(words) > _MAX_WORDS:
        return False
    if sum(c.isalpha() for c in name) < 2:
        return False
    script = _script(name)
    if script == "LATIN" and len(words) > 1 and words[0][:1].isupper():
        # "Syrian defense ministries": a capitalised name does not go on in lower case
        for word in words[1:]:
            if word[:1].islower() and word.lower() not in NAME_PARTICLES:
                return False
    if strict and script == "LATIN":
        if not 2 <= len(words) <= 5:
            return False
        for word in words:
            if word.lower() in NAME_PARTICLES:
                continue
            if not _WORD.fullmatch(word) or not word[0].isupper():
                return False
    elif strict and script in ("GREEK", "CYRILLIC"):
        # names in the other scripts with capitals are capitalised too: "Γράφει ο πρωθυπουργός
        # στο Twitter" is a sentence
        for word in words:
            if word[:1].islower() and word.lower() not in NAME_PARTICLES:
                return False
    elif strict and script in _SPACED_UNCAPITALISED_SCRIPTS and len(words) < 2:
        # a printed name in Arabic, Hebrew or Devanagari script has two words or more, as in
        # Latin script: one word is a place or an outlet ("القاهرة - محمد أحمد", "ایرنا")
        return False
    return True


#: A user name as forums and Q&A sites print their posters', digits and all ("jdoe42",
#: "user3284", "anna_m"): one word that opens with a letter.
_USER_NAME = re.compile(r"[^\W\d_][\w.\-]{1,29}")


def looks_like_user_name(name: str) -> bool:
    """Whether ``name`` can be a user's name on a forum or a Q&A site: one word of letters,
    digits, "_", "." or "-" that opens with a letter and holds two letters or more, not a
    placeholder ("admin", "guest").  Only a name the page links to its own user page is
    read so: a word with digits is no one's name elsewhere ("1,234", "F16")."""
    return (
        _USER_NAME.fullmatch(name) is not None
        and sum(c.isalpha() for c in name) >= 2
        and name.casefold() not in _NOT_NAMES
    )


# --- bylines ---------------------------------------------------------------


# One clause of a wire credit: what was done, "by" ("von", "par", ...) or a colon, who did it.
# (no blanks matched between the lazy words and "by": a long run of blanks would be scanned
# again for every character the words grow by; the words are split into words anyway)
_CREDIT_JOINER = r"(?:\b(?:" + "|".join(map(re.escape, _DATA["credit_joiners"])) + r")\b|[:：])"
_CREDIT_CLAUSE = re.compile(
    r"^\W*([^\W\d_][^:：;]*?)" + _CREDIT_JOINER + r"\s*(?=\S)", re.IGNORECASE
)
_OTHER_CREDITS = frozenset(OTHER_CREDITS)
_CREDIT_WORD_SET = frozenset((*CREDIT_WORDS, *OTHER_CREDITS))
# Where a clause of a wire credit ends: a semicolon, a line, a bar, the end of a sentence, or a
# comma before the next "... by" ("Reporting by Jason Doe, Editing by Ann Roe, Paul Roe": the
# comma between the editors is no end)
_CLAUSES = re.compile(
    r"([;\n|]|" + _SENTENCE_END + r"|,(?=\s*[^\W\d_][^:：;,]*?" + _CREDIT_JOINER + r"))",
    re.IGNORECASE,
)


def _drop_other_credits(text: str) -> str:
    """``text`` without the clauses that credit editing, graphics, photos, ...

    "Reporting by Jason Doe; Editing by Ann Roe", "By Anna Meier. Editing by
    Paul Roe", "Von Anna Meier. Redaktion: Paul Roe" name one author: the
    words before "by" (or a colon) of each clause say what its people did.
    The clauses kept come apart as lines ("Reporting by Jason Doe; Writing by
    Tom Poe" names two people, each after their own "by"), except at a comma,
    which keeps a role with its name ("Jane Roe, Staff Writer").
    """
    pieces = _CLAUSES.split(text)  # clause, separator, clause, ..., clause
    kept: list[str] = []
    for index in range(0, len(pieces), 2):
        clause = pieces[index]
        found = _CREDIT_CLAUSE.match(clause)
        if found is not None and " ".join(_words(found.group(1))) in _OTHER_CREDITS:
            continue
        separator = pieces[index - 1] if index and kept else ""
        kept.append(("," if separator == "," else "\n" if separator else "") + clause)
    return "".join(kept)


def _strip_noise(text: str) -> tuple[str, list[str], list[str], list[str]]:
    """``text`` without credits, e-mails, URLs and handles; the e-mails, URLs and user names
    in brackets after a name found."""
    wrapped = _WRAPPED.fullmatch(text)
    if wrapped is not None:  # "[田中宏昌，ITmedia]": brackets around the whole byline
        text = wrapped.group(1)
    users = [m.group(1) for m in _BRACKETED_HANDLE.finditer(text) if _is_user_name(m.group(1))]
    emails = [m.group(1) for m in _EMAIL.finditer(text)]
    text = _EMAIL.sub(" ", text)
    urls = _URL.findall(text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _CREDIT.sub(" | ", text)
    text = _WITH.sub(r", \1", text)  # co-authors in brackets are authors too
    text = _PICTURE_ROLE.sub(" " + _NOT_AUTHOR + " ", text)
    text = _BRACKETS.sub(" ", text)
    return text, emails, urls, users


def _is_user_name(word: str) -> bool:
    """Whether a lower-case ``word`` in brackets after a name is a user name ("stevenhgm").

    Not an outlet ("(reuters)"), a credit or a role ("(video)", "(editor)"), a
    placeholder or a date's word ("(updated)").
    """
    return not (
        is_organization(word)
        or is_role(word)
        or word in _NOT_NAMES
        or word in _CREDIT_WORD_SET
        or _DATE_CUT.search(word) is not None
    )


def _after_last(pattern: re.Pattern[str], text: str) -> str:
    """``text`` after the last match of ``pattern`` (all of it when none)."""
    end = 0
    for match in pattern.finditer(text):
        end = match.end()
    return text[end:]


def _names_in(
    segment: str,
    *,
    strict: bool,
    publisher: str | None,
    organizations: list[str],
    roles: list[str],
    reading: _Reading = _ANY_LANGUAGE,
    named: bool = False,
) -> list[Person]:
    """The people one segment of a byline names ("A, Staff Writer and B").

    A role that follows no name of the segment ("Senior Editor, Politics", a role's
    line under the name) goes to ``roles``, with its desk.  ``reading`` holds the
    patterns of the page's language; ``named`` says whether the segments before
    named someone.
    """
    split = reading.split
    segment = _after_last(_BY_AFTER_DATE, _after_last(_BY_INSIDE, segment))
    # (after its opener: an opener may open with a date's word, "Veröffentlicht von A am ...",
    # "Publicado por A")
    opener = reading.by.match(segment)
    cut = _DATE_CUT.search(segment, opener.end() if opener is not None else 0)
    if cut is not None:
        # and the word that led to the date ("By A on Dec 8", "Von A am 8. Dezember")
        segment = _BEFORE_DATE.sub("", segment[: cut.start()].rstrip())
    cut = _CUT.search(segment)
    if cut is not None:
        segment = segment[: cut.start()]
    segment = reading.by.sub("", segment.strip())
    soft = _SOFT_BY.match(segment)
    if soft is not None and not _surname_first_after(segment[soft.end() :], split):
        segment = segment[soft.end() :]
    segment = _VERB_BY.sub("", segment, count=1)
    bare = segment.rstrip(_PUNCTUATION)
    verb = next((v for v in TRAILING_VERBS if bare.endswith(v)), None)
    if verb is not None:
        # "张伟 报道": the verb after the name; glued to a word after a name already given
        # ("記者張偉／台北報導"), the word is the place the story is reported from
        segment = bare[: -len(verb)]
        if named and segment[-1:].isalpha():
            return []
    if reading.source is not None and (credit := reading.source.match(segment)) is not None:
        # "Theo VnExpress" ("according to"): the story's source, an outlet or a person, who
        # is no author
        organizations.extend(
            part
            for part in map(clean_name, split.split(segment[credit.end() :]))
            if part and len(part.split()) <= _MAX_WORDS
        )
        return []
    if any(letter in segment for letter in GLUED_CONJUNCTIONS):  # (most bylines have none)
        segment = _glued_apart(segment)
    source = _SOURCE.match(segment)
    if source is not None:
        # "Quelle: dpa", "Fuente: EFE": the agency or outlet the story comes from; a part
        # that is a person's name all the same ("Quelle: dpa, Anna Meier") is an author
        sourced: list[Person] = []
        for part in split.split(segment[source.end() :]):
            part = clean_name(part)
            if not part or len(part.split()) > _MAX_WORDS:
                continue
            if (
                not is_organization(part, publisher=publisher)
                and looks_like_name(part, strict=True)
                # (in a script without capitals, nothing tells a name from the outlet a
                # source label names: "来源：新华社")
                and _script(part) in _CAPITALISED_SCRIPTS
            ):
                sourced.append(Person(name=part))
            else:
                organizations.append(part)
        return sourced
    parts = split.split(segment)
    prose = functools.partial(_is_prose, conjunctions=reading.conjunctions)
    if len(parts) == 2 and _is_latin(segment) and prose(parts[1]) and not prose(parts[0]):
        # "Zone Justice et faits divers", "Science and technology desk": the conjunction
        # joins words of one name (a desk's), not two people
        if len(segment.split()) <= _MAX_WORDS:
            organizations.append(clean_name(segment))
        return []
    people: list[Person] = []
    # what comes before each part: a comma, a conjunction ("A, Berlin" is not "A and Cher")
    before = ["", *(match.group().strip() for match in split.finditer(segment))]
    parts, before = _firms_joined(segment, parts, before, organizations, split)
    # the role the last parts printed, and whether a desk already follows it: "Senior
    # Editor, Politics and Culture" is one role ("Politics" is no second person); the role
    # is the last person's, or, when the segment names nobody, the one in ``roles``
    open_role: str | None = None
    after_desk = False
    for part, separator in zip(parts, before, strict=True):
        if _NOT_AUTHOR in part:
            open_role = None
            continue  # "Paul Schulz (Fotos)": the photographer, not an author
        if people and separator.startswith(",") and _from_place(part):
            open_role = None
            continue  # "João Silva, do Rio", "Ana Roe, de São Paulo": where she writes from
        whole = clean_name(reading.by.sub("", part))
        part = clean_name(_PLACE.sub("", whole))
        if not part:
            continue
        if open_role is not None and _is_desk(
            whole, separator, after_desk, publisher, reading.conjunctions
        ):
            printed = open_role + ("" if separator.startswith(",") else " ") + separator
            open_role, after_desk = f"{printed} {whole}", True
            if people:
                people[-1] = Person(name=people[-1].name, role=open_role)
            else:
                roles[-1] = open_role
            continue
        open_role, after_desk = None, False
        if reading.names_unspaced and " " in part and (unspaced := _unspaced_people(part)):
            people.extend(unspaced)  # "记者 张伟 李娜": two people
            open_role = unspaced[-1].role
            continue
        cjk = _CJK_ROLE_FIRST.fullmatch(part)
        if (
            cjk is not None
            and looks_like_name(cjk.group(2), strict=strict)
            # (glued, the whole may be a label, "記者一覧" (a list of reporters), or an
            # editor's credit, "责任编辑王小明")
            and part.casefold() not in _NOT_NAMES
            and (part[len(cjk.group(1))].isspace() or cjk.group(1) not in _CREDIT_WORD_SET)
        ):
            people.append(Person(name=cjk.group(2), role=cjk.group(1)))
            open_role = cjk.group(1)
            continue
        glued = _CJK_ROLE_LAST.fullmatch(part)
        if (
            glued is not None
            and looks_like_name(glued.group(1), strict=strict)
            and part.casefold() not in _NOT_NAMES
            # "王小明编辑": an editor's credit; "사진기자" (photo, reporter), "スタッフ記者":
            # a credit's or a label's word before the role, no name
            and not {glued.group(1), glued.group(2)} & _CREDIT_WORD_SET
            and glued.group(1).casefold() not in _NOT_NAMES
            and glued.group(1) not in ROLE_WORDS
        ):
            if glued.group(1) in _CJK_NOT_NAMES or glued.group(1).endswith(_CJK_OUTLET_ENDINGS):
                # "特约记者", "新华社记者", "연합뉴스기자": a qualifier's or an outlet's role, no
                # one named: the role of the name printed before it, if any
                if people and people[-1].role is None:
                    people[-1] = Person(name=people[-1].name, role=part)
                elif not people and not roles:
                    roles.append(whole)
                open_role = part
                continue
            people.append(Person(name=glued.group(1), role=glued.group(2)))
            open_role = glued.group(2)
            continue
        if is_role(part):
            if people and people[-1].role is None:
                people[-1] = Person(name=people[-1].name, role=part)
                open_role = part
                continue
            # "홍길동 기자", "Jane Roe Staff Writer": the name, then its role;
            # "dpa-Korrespondentin Anna Meier": the role, then the name
            name, role = _trailing_role(part)
            if not name:
                name, role = _leading_role(part)
            if (
                name
                and looks_like_name(name, strict=strict)
                # "BuzzFeed News Reporter", "Daily Herald Staff Writer": an outlet's role, no
                # one named (the role of the name printed before it)
                and not is_organization(name, publisher=publisher)
            ):
                people.append(Person(name=name, role=role))
                open_role = role
            elif not people and not roles:
                # a role that names nobody: the role of the name printed before the segment
                roles.append(whole)
                open_role = whole
            continue
        caps = _CAPS_NAME.fullmatch(part)
        if (
            caps is not None
            and is_organization(caps.group(2), publisher=publisher)
            and not is_organization(caps.group(1), publisher=publisher)
            and looks_like_name(name := clean_name(caps.group(1)), strict=strict)
        ):
            # "JASON DOE Associated Press": the name in capitals, then the outlet
            people.append(Person(name=name))
            organizations.append(caps.group(2))
            continue
        if is_organization(part, publisher=publisher):
            if _FOR.match(whole, len(part)):
                part = whole  # "Organization for Transformative Works", "Center for ..."
            if len(part.split()) <= _MAX_WORDS:
                organizations.append(part)
            continue
        if (
            separator == ","
            and " " not in part
            and people
            and " " in people[-1].name
            and _script(part) in _CAPITALISED_SCRIPTS
        ):
            # "Victor Tangermann, Futurism", "Anna Meier, Berlin", "Иван Петров, Москва": one
            # word after a full name is where or for whom it writes, not a second person (in
            # a script whose names have a blank inside: a name of ideographs is one word)
            continue
        if looks_like_name(part := _without_stray_letter(part), strict=strict):
            people.append(Person(name=part))
    return people


def _unspaced_people(part: str) -> list[Person]:
    """The people of ``part`` in a language whose names in ideographs or Hangul have no space
    inside: each word is a name, a role, or a role glued to a name ("张伟 李娜", "记者 张伟 通讯员
    李娜", "记者张伟 李娜", "김철수 이영희 기자"); none when a word is none of these.

    A role is the role of the names after it ("记者 张伟"), or, printed last, of those before
    it that have none ("김철수 이영희 기자").  A credit for other work ("摄影", photos; "责任
    编辑", the editor in charge) is none of these.
    """
    words: list[tuple[str, str | None]] = []  # (a name, its glued role) or ("", a role)
    for word in part.split():
        glued = _CJK_ROLE_FIRST.fullmatch(word)
        if word in _CREDIT_WORD_SET or (glued is not None and glued.group(1) in _CREDIT_WORD_SET):
            return []
        if _CJK_ROLE_WORD.fullmatch(word):
            words.append(("", word))
        elif glued is not None and _CJK_NAME.fullmatch(glued.group(2)):
            words.append((glued.group(2), glued.group(1)))
        elif is_organization(word):
            continue  # "张伟 新华社", "연합뉴스 김철수 기자": the outlet, no one's name
        elif _CJK_NAME.fullmatch(word) and looks_like_name(word):
            words.append((word, None))
        else:
            return []
    people: list[Person] = []
    role: str | None = None
    for name, printed in words:
        if not name:
            role = printed
        else:
            people.append(Person(name=name, role=printed or role))
    if people and not words[-1][0]:
        last = words[-1][1]
        people = [p if p.role is not None else Person(name=p.name, role=last) for p in people]
    return people


def _glued_apart(segment: str) -> str:
    """``segment`` with a comma for each conjunction glued to a name after a name ("דנה כהן
    ויוסי לוי" → "דנה כהן, יוסי לוי").

    Not where the letter is a name's own: after a particle that a name goes on after ("خالد
    بن وليد العتيبي", "bin"), nor in a given name that starts with it ("وليد", Walid).
    """
    pieces: list[str] = []
    end = 0
    for match in _GLUED.finditer(segment):
        if (
            match.group(1) in NAME_PARTICLES
            or match.group(3) + match.group(4) in GLUED_LETTER_NAMES
        ):
            continue
        pieces.append(segment[end : match.start(2)] + ", ")
        end = match.end(3)
    pieces.append(segment[end:])
    return "".join(pieces)


def _is_desk(
    part: str,
    separator: str,
    after_desk: bool,
    publisher: str | None,
    conjunctions: frozenset[str] = _ALL_CONJUNCTIONS,
) -> bool:
    """Whether ``part``, printed after a role, is that role's section or desk.

    "Senior Editor, Politics", "Correspondent, Middle East", "Redakteurin,
    Politik": a comma after the role, then words that are no role, no outlet
    and no one's name (a name opens with a first name: "Staff Writer, John Doe"
    names a second person); after a desk, a conjunction goes on with it
    ("Politics and Culture").
    """
    joined = separator.lstrip(", ")
    if separator != "," and not (after_desk and joined in conjunctions):
        return False
    if is_role(part) or is_organization(part, publisher=publisher) or not _is_latin(part):
        return False
    from ..analysis.lexicon import known_first_names  # (as in _surname_first_after)

    first = part.split()[0]
    return first[:1].isupper() and first not in known_first_names()


def _firms_joined(
    segment: str,
    parts: list[str],
    before: list[str],
    organizations: list[str],
    split: re.Pattern[str] = _SPLIT,
) -> tuple[list[str], list[str]]:
    """``parts`` and their separators without the firms' names that "&" joins, kept apart.

    "&" between two single words joins one name, a firm's or an outlet's ("Mac
    & i", "Procter & Gamble", "AT&T"), unless both are first names ("Anna &
    Hans", a couple signing a blog's post); "Anna Meier & Hans Huber" names two people.
    """
    if "&" not in before:
        return parts, before
    from ..analysis.lexicon import known_first_names  # (as in _surname_first_after)

    first_names = known_first_names()
    # where each part starts and ends in the segment (a firm's name is kept as printed)
    separators = list(split.finditer(segment))
    starts = [0, *(match.end() for match in separators)]
    ends = [*(match.start() for match in separators), len(segment)]
    kept_parts: list[str] = []
    kept_before: list[str] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and before[i + 1] == "&":
            words = (parts[i].split(), parts[i + 1].split())
            if all(len(w) == 1 for w in words) and not all(w[0] in first_names for w in words):
                if firm := clean_name(segment[starts[i] : ends[i + 1]]):
                    organizations.append(firm)
                i += 2
                continue
        kept_parts.append(parts[i])
        kept_before.append(before[i])
        i += 1
    return kept_parts, kept_before


def _without_stray_letter(name: str) -> str:
    """A person's ``name`` without a lone letter in lower case at its end ("Jane Roe x").

    A button's "x", a letter left over: initials are capitals, and a particle
    never ends a name.  (Only for people: an outlet's name may end so, "Mac & i".)
    """
    rest, _, last = name.rpartition(" ")
    if rest and len(last) == 1 and last.islower():
        return clean_name(rest)
    return name


def _surname_first_after(rest: str, split: re.Pattern[str] = _SPLIT) -> bool:
    """Whether the name after a capitalised soft opener is printed surname first.

    "Di Caprio Leonardo" is a name ("Di Caprio", then the first name), "Di
    Mario Rossi" a byline: a known first name at the end of the name, and not
    at its start, tells the first reading.
    """
    words = _WORD.findall(split.split(rest, maxsplit=1)[0])
    if len(words) < 2:
        return False
    # here: the analysis (a tenth of a second to import) loads only when a byline asks
    from ..analysis.lexicon import known_first_names

    known = known_first_names()
    return words[0] not in known and words[-1] in known


def _is_prose(part: str, conjunctions: frozenset[str] = _ALL_CONJUNCTIONS) -> bool:
    """Whether a part of a byline is words in lower case ("faits divers"), not a name."""
    part = clean_name(part)
    words = part.split()
    if len(words) < 2 or is_role(part) or is_organization(part):
        return False
    return all(
        word.islower() and word not in NAME_PARTICLES and word not in conjunctions for word in words
    )


def _trailing_role(part: str) -> tuple[str, str | None]:
    """``part`` split into a name and the role words that end it."""
    words = part.split()
    end = len(words)
    while end > 0 and words[end - 1].casefold() in _ROLE_TAIL:
        end -= 1
    if end in (0, len(words)) or any(word.casefold() in _ROLE_TAIL for word in words[:end]):
        return "", None  # all role, or a role phrase ("Senior Politics Editor")
    return " ".join(words[:end]), " ".join(words[end:])


def _leading_role(part: str) -> tuple[str, str | None]:
    """``part`` split into the role words that open it and a name ("AFP-Reporterin Anna Meier")."""
    words = part.split()
    start = 1 if words and words[0].casefold() in ROLE_OPENERS else 0
    if (
        len(words) > 1
        and words[1].casefold() in ROLE_OPENERS
        and (start or words[0].casefold() in _FROM_WORDS)
    ):
        # "dal nostro inviato Mario Rossi", "do nosso correspondente João Silva": from our
        # correspondent, a word of where from before the possessive
        start = 2
    opened = start
    while start < len(words) and _role_word(words[start]):
        start += 1
    if opened and start == opened:
        return "", None  # "our Jane Roe": no role after the possessive
    if start in (0, len(words)) or any(_role_word(word) for word in words[start:]):
        return "", None
    if words[start] in _FROM_WORDS:
        return "", None  # "Corrispondente da Parigi": where the role is held, in lower case
    # (a role printed as a label: "Writer: Jane Roe", "Muhabir: Ahmet Yılmaz")
    return " ".join(words[start:]), " ".join(words[:start]).rstrip(":：")


# a label before a colon ("Reporter:", "Muhabir:", "Senior Writer:")
_LABEL = re.compile(r"\W*([^\W\d_][^:：|]{0,40}?)\s*[:：]")


def _role_label(segment: str) -> re.Match[str] | None:
    """The role printed as a label that opens ``segment`` ("Reporter:" of "Reporter: Ahmad
    Fauzi"), if it opens with one."""
    if ":" not in segment and "：" not in segment:
        return None  # no label without its colon: most lines, asked for every short line
    label = _LABEL.match(segment)
    if label is None or not all(_role_word(word) for word in label.group(1).split()):
        return None
    return label


def _role_word(word: str) -> bool:
    """Whether ``word`` is a role word, or a compound ending in one ("dpa-Korrespondent")."""
    word = word.casefold().rstrip(":：")
    return word in _ROLE_TAIL or word.rpartition("-")[2] in ROLE_WORDS


def split_byline(
    text: str, *, strict: bool = False, publisher: str | None = None, language: str | None = None
) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """The people a byline names, and the organisations it names ("Reuters", "AP Staff").

    See :func:`split_authors` for ``strict``, ``publisher`` and ``language``.
    """
    reading = _reading(language)
    text = unicodedata.normalize("NFC", text.replace("\xa0", " "))
    if "\n," in text:
        # a line that opens with a comma goes on the one before it: the element that ended
        # there was a part of one line ("<strong>Ana Silva</strong>, do Rio": where she
        # writes from, after her name, no second person)
        text = re.sub(r"\n(?=,)", "", text)
    # (co-authors first: "Mitarbeit von", "additional reporting by" name authors, though the
    # words before "von" or "by" may also credit other work)
    text = _CO_AUTHORS.sub(", ", text)
    text = _drop_other_credits(text)
    text = _TEXT_AND_PICTURES.sub("By ", text)
    text, emails, urls, users = _strip_noise(text)
    if ":" in text or "：" in text:
        text = _FIELD.sub("\n", text)
    if any(c.isdigit() for c in text):
        # a reading time ("8 min read", "5 Min. Lesezeit") or a short time ago ("1h ago")
        # ends the names before it, as a line does
        text = _AFTER_BYLINE.sub("\n", text)
    people: list[Person] = []
    organizations: list[str] = []
    seen: set[str] = set()
    segments = _SEGMENTS.split(text)
    # what is printed before "By" (a headline, a section) names nobody
    # (nor what is printed before a role given as a label: "Jakarta | Reporter: Ahmad Fauzi")
    opening = [
        i for i, segment in enumerate(segments) if reading.by.match(segment) or _role_label(segment)
    ]
    if opening:
        segments = segments[opening[0] :]
    credited = False
    for segment in segments:
        if credited:
            credited = False
            continue  # the name after a credit's word: "Illustration" / "John Doe"
        if people and _credit_alone(segment):
            # "Author / Jane Roe / Illustration / John Doe", "著者 / 山田太郎 / イラスト /
            # 鈴木花子": after an author's name, a credit's word on a line of its own credits
            # the name on the next line with other work (a role's word there is the name's
            # role)
            credited = True
            continue
        roles: list[str] = []
        found = _names_in(
            segment,
            strict=strict,
            publisher=publisher,
            organizations=organizations,
            roles=roles,
            reading=reading,
            named=bool(people),
        )
        if not found and people and people[-1].role is None and roles:
            # "Anna Meier\nRedakteurin", "Jane Roe | Staff Writer, The Daily", "Jane
            # Roe\nSenior Editor, Politics": a role on a line of its own, naming nobody, is
            # the role of the name before it
            people[-1] = Person(name=people[-1].name, role=roles[0])
        for person in found:
            key = person.name.casefold()
            if key not in seen:
                seen.add(key)
                people.append(person)
        cut = _CUT.search(segment)
        if cut is not None and _WORD.search(segment, cut.end()) is not None:
            # "Follow the topics within this article", "View all posts by": a sentence of the
            # page's own, after which nothing is names ("Follow" alone is a button between two)
            break
    if organizations:
        # "dpa/AFP/mak", "Quelle: ntv.de, mli/dpa": beside an agency, a few letters in lower
        # case are an editor's initials, not a name
        people = [p for p in people if not (p.name.islower() and len(p.name) <= _MAX_INITIALS)]
        if not people and len(users) == 1:
            # "史蒂文的家_藍天 (stevenhgm)": a blog's or an outlet's name, and in brackets the
            # user name of the one who posts there: the only person the byline names (after a
            # person's name, the user name is that person's, and names nobody else)
            people = [Person(name=users[0])]
    if len(people) == 1 and (len(emails) == 1 or len(urls) == 1):
        only = people[0]
        email = emails[0] if len(emails) == 1 else None
        url = urls[0] if len(urls) == 1 and not urls[0].startswith("www.") else None
        people[0] = Person(name=only.name, role=only.role, email=email, url=url)
    return tuple(people), tuple(dict.fromkeys(organizations))


def _credit_alone(segment: str) -> bool:
    """Whether a byline's segment is a credit's word and nothing else ("Illustration",
    "Fotos", "イラスト"), not a role's ("Editor")."""
    words = _words(segment)
    return bool(words) and " ".join(words) in _CREDIT_WORD_SET and not is_role(segment)


def split_authors(
    text: str, *, strict: bool = False, publisher: str | None = None, language: str | None = None
) -> tuple[Person, ...]:
    """The people a byline names, in order, without duplicates (case-insensitive).

    ``strict`` asks for names that look like names (for text found on a page
    rather than in a metadata field); ``publisher`` is the outlet's own name,
    never taken for a person.  ``language`` is the page's (BCP 47, its primary
    subtag is used): words that are a conjunction or an opener in one language
    and something else in others are read as its ("Jan Novák a Petr Svoboda"
    names two people on a Czech page; "inviato a New York" is a place on an
    Italian one).  Without it, or in a language with no such words, they are
    read as in most languages.
    """
    return split_byline(text, strict=strict, publisher=publisher, language=language)[0]


def parse_byline(
    text: str, *, strict: bool = False, publisher: str | None = None, language: str | None = None
) -> Byline | None:
    """A Byline for the printed ``text``, or ``None`` when it names nobody.

    The byline's ``text`` is the printed text with its whitespace collapsed,
    without the date or time printed beside the names (:func:`byline_text`);
    its ``authors`` are :func:`split_authors`'s people.
    """
    text = " ".join(text.split())
    authors = split_authors(text, strict=strict, publisher=publisher, language=language)
    if not authors:
        return None
    return Byline(text=byline_text(text, authors, language=language), authors=authors)


#: A label that names the author before the name ("Autor:", "著者：").
_NAME_LABEL = re.compile(
    r"\W*(?:" + "|".join(map(re.escape, LABELS)) + r")\s?[:：]\s*", re.IGNORECASE
)


def _alternatives(words: list[str]) -> str:
    """``words`` as alternatives of a pattern, a blank in one matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


#: How long the article takes to read, printed after the byline ("8 min read", "5 Min.
#: Lesezeit"), and a short time ago in any language ("1h ago", "vor 2 Stunden", "il y a 3
#: heures", "2 saat önce", "3小时前": a count and its unit after or before the words of
#: ``time_ago``):
#: where a byline's text ends.
_AFTER_BYLINE = re.compile(
    r"\b\d+\s*(?:" + _alternatives(_DATA["reading_time"]) + r")\b"
    r"|\b(?:" + _alternatives(_DATA["time_ago"]["before"]) + r")\s+\d+\s*[^\W\d_]+"
    r"|\b\d+\s*[^\W\d_]+\.?\s+(?:" + _alternatives(_DATA["time_ago"]["after"]) + r")(?!\w)"
    # ("3小时前", "3시간 전": a unit of a character or two, glued to the count, to the word or
    # both, and a name glued before the count: no word boundary to start from)
    r"|(?<!\d)\d+\s*[^\W\d_]{1,2}\s?(?:" + _alternatives(_DATA["time_ago"]["after_glued"]) + ")",
    re.IGNORECASE,
)
#: A count printed after a poster's name ("Anna 1,234 3": a Q&A site's reputation and badges;
#: a forum's count of posts): a number standing alone, no name's.
_COUNT = re.compile(r"(?<!\S)\d[\d,.\u202f]*[kKmM]?(?!\S)")
#: What is left between the names and a date cut off after them ("Pete Evans · CBC News ·").
_TRAILING_MARKS = " ,;:|/\\·•–—-／｜"


# Letters of scripts that print no blank between a name and the word beside it ("記者張偉",
# "홍길동기자"): a name found glued to them is still the name
_GLUED_SCRIPTS = re.compile("[" + _IDEOGRAPHS + "\u3040-\u30ff\uac00-\ud7a3]")


def _find_name(folded: str, name: str, start: int) -> int:
    """Where ``name`` is printed in ``folded`` from ``start`` as words of their own, not
    inside a word ("Ann" in "Announcements"), or -1."""
    found = folded.find(name, start)
    while found >= 0:
        after = found + len(name)
        if not (
            (found > 0 and _inside(folded[found - 1], name[0]))
            or (after < len(folded) and _inside(folded[after], name[-1]))
        ):
            return found
        found = folded.find(name, found + 1)
    return -1


def _inside(beside: str, edge: str) -> bool:
    """Whether a name whose edge letter is ``edge``, printed beside ``beside``, is a part of
    a longer word."""
    return (
        beside.isalnum()
        and edge.isalnum()
        and _GLUED_SCRIPTS.match(beside) is None
        and _GLUED_SCRIPTS.match(edge) is None
    )


def byline_text(text: str, authors: tuple[Person, ...], *, language: str | None = None) -> str:
    """The byline ``text`` as printed for ``authors``: its opener, names, roles and outlet,
    without the date, the time or the page's words printed beside them.

    A byline box prints more than the byline: the date after the names ("Julia Carrie Wong
    and Sam Levin Tue 29 Nov 2016 15.26 EST", "Von Anna Meier, 12. März 2019"), the date
    before them ("2019/02/22 17:23 著者：後藤大地", "January 17, 2017 at 6:08 PM ET by Jane
    Roe"), the button words after them ("Twitter", "Link copied"), an opener twice ("By by
    Jane Roe").  After the last name, the text ends where :func:`split_byline` stops reading
    names (a date, a time, "Updated", "Follow", with the word that led to the date: "on",
    "am"), or before a reading time ("8 min read"), a count standing alone (a Q&A site's
    reputation: "Anna 1,234"), or a name printed again (a bio that opens with it: "By Jane
    Doe Jane Doe is a reporter covering ..."); before the first name, a date and what
    precedes it go, keeping the opener that leads to the name; a label or an outlet parted
    from the names by a bar or a bullet ("Politik · Anna Meier", "Economía | Juan Pérez")
    goes, keeping what follows the mark ("Jakarta | Reporter: Ahmad Fauzi" is "Reporter:
    Ahmad Fauzi").  Whatever else is printed before the names stays.  A text in which the
    names are not found is returned as it is.
    """
    text = " ".join(text.split())
    folded = text.casefold()
    start = end = -1
    for person in authors:
        found = _find_name(folded, person.name.casefold(), max(end, 0))
        if found < 0:
            continue
        if start < 0:
            start = found
        end = found + len(person.name)
    if start < 0:
        return text
    ends = (
        _DATE_CUT.search(text, end),
        _CUT.search(text, end),
        _AFTER_BYLINE.search(text, end),
        _COUNT.search(text, end),
    )
    cuts = [match.start() for match in ends if match is not None]
    for person in authors:
        # a name printed again after the names: a bio that opens with it ("By Jane Doe Jane
        # Doe is a reporter covering ..."), or a hidden copy of a user's name
        again = _find_name(folded, person.name.casefold(), end)
        if again >= 0:
            cuts.append(again)
    if cuts:
        kept = _BEFORE_DATE.sub("", text[: min(cuts)].rstrip()).rstrip(_TRAILING_MARKS)
        text = kept if len(kept) >= end else text[:end]
    before = text[:start]
    if before and (_openers_only(before, language) or _dated(before)):
        # the opener that leads to the first name, after a date or a first opener ("By by")
        text = _leading_opener(before, language) + text[start:]
    elif before and not before.isspace():
        # a section's label, or an outlet's name, parted from the names by a bar or a bullet
        # ("Politik · Anna Meier", "Economía | Juan Pérez"): no byline's; what follows the
        # last such mark (an opener, a role's label) leads to the names
        marks = list(_BESIDE_PARTS.finditer(before))
        if marks and not _openers_only(before[: marks[-1].start()], language):
            text = before[marks[-1].end() :] + text[start:]
    return text


def _dated(text: str) -> bool:
    """Whether ``text``, printed before a byline's names, holds a date or a time."""
    return any(c.isdigit() for c in text) and _DATE_CUT.search(text) is not None


def _opener_end(text: str, language: str | None) -> int:
    """Where the opener ("By", "Von", "Autor:") that opens ``text`` ends, or 0."""
    match = _reading(language).by.match(text) or _NAME_LABEL.match(text)
    return match.end() if match is not None else 0


def _openers_only(text: str, language: str | None) -> bool:
    """Whether ``text`` is one opener or more and nothing else ("By by ")."""
    while text.strip():
        end = _opener_end(text, language)
        if not end:
            return False
        text = text[end:]
    return True


def _leading_opener(before: str, language: str | None) -> str:
    """The first of the openers that end ``before`` ("by " of "Dec 8, 2010 by "), or ""."""
    for index in range(len(before)):
        if (index == 0 or before[index - 1] == " ") and _openers_only(before[index:], language):
            return before[index : index + _opener_end(before[index:], language)]
    return ""

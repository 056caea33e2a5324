"""Reading dates as news sites print them.

``parse_date`` reads "November 06, 2013", "Nov. 6, 2013 10:15 a.m. ET",
"2013-11-06T10:15:00Z", "Updated: 6 November 2013" and many more with
dateutil, and never completes a date with a part that is not written: text
without a year, month or day gives ``None``; text without a time gives a
``date``; a time with a zone gives an aware ``datetime``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from importlib import resources

from ..tags import primary_subtag
from ..tries import word_trie

# dateutil is imported by the functions that use it: dates in ISO 8601 (most of
# those in meta tags and JSON-LD) never need it, and importing its parser takes
# 11 ms (26 ms with dateutil 4, which loads importlib.resources and ctypes).

__all__ = [
    "BEFORE_DATE_WORDS",
    "BEFORE_TIME_WORDS",
    "CLOCK",
    "DATE_CHARACTER",
    "DATE_LABELS",
    "EVENT_LABELS",
    "EVENT_LABELS_BY_LANGUAGE",
    "MODIFIED_WORDS",
    "MONTH_NAMES",
    "NOT_PUBLICATION_WORDS",
    "ON_DAY_WORDS",
    "ORDINAL_MARKS",
    "PERIOD_WORDS",
    "PLACE_LABELS_BY_LANGUAGE",
    "PRESS_RELEASE_WORDS",
    "PUBLISHED_WORDS",
    "SEASONAL_ZONES",
    "TIME_WORDS",
    "TZINFOS",
    "WEEKDAY_NAMES",
    "ascii_digits",
    "complete_year",
    "date_in",
    "epoch_date",
    "era_date_line",
    "has_year",
    "looks_like_date",
    "names_weekday",
    "parse_date",
    "parse_iso_date",
    "short_date_in",
    "yearless_date_in",
]

# Zone abbreviations news sites print, as fixed offsets: a printed "EST" means
# standard time whatever the season.
TZINFOS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 3600, "IST": 19800, "CET": 3600,
    "CEST": 7200, "EET": 7200, "EEST": 10800, "MSK": 10800, "EST": -18000, "EDT": -14400,
    "CST": -21600, "CDT": -18000, "MST": -25200, "MDT": -21600, "PST": -28800,
    "PDT": -25200, "AKST": -32400, "AKDT": -28800, "HST": -36000, "JST": 32400,
    "KST": 32400, "AEST": 36000, "AEDT": 39600, "SGT": 28800, "HKT": 28800,
    "MEZ": 3600, "MESZ": 7200, "WIB": 25200, "WITA": 28800, "WIT": 32400, "ICT": 25200,
    "TRT": 10800, "IRST": 12600, "PKT": 18000, "SAST": 7200, "EAT": 10800, "WAT": 3600,
    "NZST": 43200, "NZDT": 46800, "AWST": 28800, "ACST": 34200, "PHT": 28800, "MYT": 28800,
}  # fmt: skip
# Abbreviations read by season ("ET" is EST in winter, EDT in summer): the zone,
# and the offset to use where the system has no zone database.  The zone is
# loaded when a date needs it, not at start-up (a file read each).
SEASONAL_ZONES: dict[str, tuple[str, int]] = {
    "ET": ("America/New_York", -18000),
    "CT": ("America/Chicago", -21600),
    "MT": ("America/Denver", -25200),
    "PT": ("America/Los_Angeles", -28800),
}

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
# Words around a date that say what it is, not when.
_NOISE = re.compile(
    r"^\s*(?:(?:last\s+)?(?:updated|modified|published|posted|created|first\s+published|"
    r"originally\s+published|date)(?:\s+(?:on|at))?\s*[:\-–—|]?\s*|on\s+)",
    re.IGNORECASE,
)
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)")


def _offset(match: re.Match[str]) -> str:
    """A printed "GMT+7" or "UTC-03:30" as an offset ("+07:00") dateutil reads as printed."""
    sign, hours, minutes = match.groups()
    return f" {sign}{int(hours):02d}:{minutes or '00'}"


_AM_PM = re.compile(r"\b([ap])\.\s?m\.?(?=\W|$)", re.IGNORECASE)
# A time written with a dot ("14.05 Uhr", "à 14.05", "kl.14.05") after its date's year, never
# part of a dotted date ("08.12.2010").
_DOTTED_TIME = re.compile(r"(?:(?<![\d.])|(?<=[^\W\d_]\.))([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)|(?<!\d)'\d{2}(?!\d)")
_MONTH_ABBR_DOT = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.", re.IGNORECASE)
# The words Lithuanian prints after a date's year and day ("2010 m. gruodžio 8 d.", metai and
# diena): dateutil would read them as a minute and a day's name.
_YEAR_DAY_MARK = re.compile(r"(?<=\d)\s+[md]\.(?!\w)")
_MAX_LENGTH = 120
_RFC2822 = re.compile(
    r"(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+[+-]\d{4}$"
)
# Month names and the words that say what a date is, per language: data in
# date_words.json beside this module (a new language is new entries there).
_WORDS = json.loads(resources.files(__package__).joinpath("date_words.json").read_text("utf-8"))
#: The marks printed after a day's number that make it an ordinal ("5th", "1er", "1.º",
#: "5η"), any language.
ORDINAL_MARKS: tuple[str, ...] = tuple(
    sorted({mark for marks in _WORDS["ordinals"].values() for mark in marks}, key=len, reverse=True)
)
_ORDINAL_MARK = "|".join(map(re.escape, ORDINAL_MARKS))
_ORDINAL = re.compile(r"(\d)(?:" + _ORDINAL_MARK + r")(?!\w)", re.IGNORECASE)
#: Month names in the languages news sites print most, read as English ones
#: (dateutil knows English only): the names of each month, January first (a name may be
#: two words: "كانون الأول").
MONTH_NAMES: tuple[tuple[str, ...], ...] = tuple(
    tuple(name for months in _WORDS["months"].values() for name in months[number])
    for number in range(12)
)
#: Words that say a printed date is the publication's ("Veröffentlicht am"), any language.
PUBLISHED_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(word for words in _WORDS["published"].values() for word in words)
)
#: Words that say a printed date is a later change's ("Aktualisiert", "mis à jour").
MODIFIED_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(word for words in _WORDS["modified"].values() for word in words)
)
#: Words that say a printed date is someone's, not a publication's ("Joined", "Mitglied seit").
NOT_PUBLICATION_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(word for words in _WORDS["not_publication"].values() for word in words)
)
#: Words printed between the two ends of a period ("19 bis 22 Uhr", "de 20h à 23h"), any
#: language, lower case.
PERIOD_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(word for words in _WORDS["period_words"].values() for word in words)
)
#: The labels of an event's facts printed beside its day ("Ort:", "Venue:", "Lieu :"), any
#: language, lower case.
EVENT_LABELS: frozenset[str] = frozenset(
    word for words in _WORDS["event_labels"].values() for word in words
)
#: The same labels per language (its code, "de"): a word that is a label in one language is
#: a common word in another (Portuguese "local", English "local news").
EVENT_LABELS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    language: frozenset(words) for language, words in _WORDS["event_labels"].items()
}
#: The event's labels that name a place only ("Ort:", "Location:"), per language: a press
#: release prints them beside its date too.
PLACE_LABELS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    language: frozenset(words) for language, words in _WORDS["place_labels"].items()
}
#: The words that name a press release ("Pressemitteilung", "press release"), per language.
PRESS_RELEASE_WORDS: dict[str, tuple[str, ...]] = {
    language: tuple(words) for language, words in _WORDS["press_release"].items()
}
#: The labels that say only that a date follows, not whose ("Datum:", "Date"), any language.
DATE_LABELS: frozenset[str] = frozenset(
    word for words in _WORDS["date_labels"].values() for word in words
)
#: The names of the days of the week, any language, lower case.
WEEKDAY_NAMES: frozenset[str] = frozenset(
    name for names in _WORDS["weekdays"].values() for name in names
)


@functools.cache
def _weekday() -> re.Pattern[str]:
    """A weekday's name (:data:`WEEKDAY_NAMES`) as a whole word (a CJK one as it is)."""
    names = sorted(WEEKDAY_NAMES, key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(n) + ("" if n[-1] >= "\u3000" else r"(?!\w)") for n in names)
        + ")",
        re.IGNORECASE,
    )


def names_weekday(text: str) -> bool:
    """Whether ``text`` names a day of the week ("Samstag, 7. Dezember 2026")."""
    return _weekday().search(text) is not None


#: Words that lead to a date in a line ("on", "am", "le"), any language.
BEFORE_DATE_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(word for words in _WORDS["before"].values() for word in words)
)
#: Words that say a date is the day something happens on ("am", "on", "le", "op": the
#: ``time_before_date`` words, "14.05 am 8. Dezember"), any language: "Konzert am
#: 15.06.2019" names an event's day.
ON_DAY_WORDS: frozenset[str] = frozenset(
    word for words in _WORDS["time_before_date"].values() for word in words
)
#: Words printed between a date and its time ("um", "a las", "kl."), any language; not those
#: of one ASCII letter ("a", "o": as often the end of a name's line).
BEFORE_TIME_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        word
        for words in _WORDS["before_time"].values()
        for word in words
        if not (len(word) == 1 and word.isascii())
    )
)
#: The words printed around a time of the day, one word of letters each: those before it
#: ("um", "à", "a las"), after it ("Uhr", "p.m.") and the zones' names ("MEZ", "ET"), lower case.
TIME_WORDS: frozenset[str] = frozenset(
    word
    for words in (*_WORDS["before_time"].values(), *_WORDS["after_time"].values())
    for phrase in words
    for word in re.findall(r"[^\W\d_]+", phrase)
) | frozenset(zone.lower() for zone in (*TZINFOS, *SEASONAL_ZONES))
_ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


#: The English months' names as dateutil reads them whole.
_ENGLISH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip


def _as_capitals_print(name: str) -> str:
    """``name`` as it reads when printed in capitals: Greek capitals drop the accent
    (tonos), "ΜΑΡΤΙΟΥ" is "μαρτιου" in lower case; other names are as they are."""
    if not "\u0370" <= name[0] <= "\u03ff":
        return name
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).replace("\u0301", ""))


def _month_tables() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Every month name as the English one dateutil reads, and per language, its names
    that another language reads as another month (see :data:`_MONTH_OF`)."""
    # each name (as printed, and in capitals) → each language that has it → its month
    readings: dict[str, dict[str, str]] = {}
    for language, months in _WORDS["months"].items():
        for number, names in enumerate(months):
            for name in names:
                if name in ("august", "april", "september", "november", "december", "mar"):
                    continue  # dateutil's own (or, "mar", the Spanish sea)
                for spelt in (name, _as_capitals_print(name)):
                    by_language = readings.setdefault(spelt, {})
                    by_language.setdefault(language, _ENGLISH_MONTHS[number])
    # (a dict keeps the order the languages are listed in: the first one's reading)
    month_of = {spelt: next(iter(by_language.values())) for spelt, by_language in readings.items()}
    month_in: dict[str, dict[str, str]] = {}
    for spelt, by_language in readings.items():
        if len(set(by_language.values())) > 1:
            for language, english in by_language.items():
                month_in.setdefault(language, {})[spelt] = english
    return month_of, month_in


#: Every month name as the English one dateutil reads ("dezember" is "Dec").  A name that
#: another language reads as another month ("listopad": November in Polish and Czech,
#: October in Croatian and Bosnian) is read as the first language of date_words.json that
#: has it, when the page's language is not known; :data:`_MONTH_IN` reads it as the
#: page's language says: per language (its primary subtag, "hr"), the names of its months
#: that another language reads as another month.
_MONTH_OF, _MONTH_IN = _month_tables()


@functools.cache
def _foreign_month() -> re.Pattern[str]:
    """Any month name :data:`_MONTH_OF` knows, as a whole word.

    Compiled when a date first needs it (a few milliseconds with the names of
    twenty languages), not at start-up: dates in ISO 8601 never do.
    """
    # a trie (see _ANY_MONTH): 5 times faster than the names one after the other, and a
    # name is matched only as a whole word, so the matches are the same
    return re.compile(
        r"(?<![\w" + _INDIC + r"])(" + word_trie(_MONTH_OF) + r")(?![\w" + _INDIC + r"])\.?",
        re.IGNORECASE,
    )


#: The scripts of India (Devanagari to Sinhala), of Myanmar and of Cambodia (Khmer), whose
#: vowel signs and virama are marks that ``\w`` does not match: a month's name right after
#: one ("জুন" in "অর্জুন", a name) or before one is the end or the start of a longer word.
_INDIC = "\u0900-\u0dff\u1000-\u109f\u1780-\u17ff"


# Marks some scripts print in a date where others print ASCII ones, one character for one:
# the Hebrew geresh of an abbreviated month ("8 בדצמ׳ 2010", a dot), the comma of Burmese
# ("ဒီဇင်ဘာ ၈၊ ၂၀၁၀") and of Arabic.
_DATE_MARKS = str.maketrans({"\u05f3": ".", "\u104a": ",", "\u060c": ","})
# An apostrophe printed for a geresh after a Hebrew letter ("8 דצמ' 2010").
_HEBREW_APOSTROPHE = re.compile("(?<=[\u05d0-\u05ea])'")


@functools.cache
def _part_words() -> re.Pattern[str]:
    """The words a language prints before a date's day, month or year to say which part it
    is (Khmer "ថ្ងៃទី ៨ ខែធ្នូ ឆ្នាំ ២០១០": day 8, month December, year 2010), glued to
    them or not: date_words.json's ``part_words``."""
    words = sorted({w for words in _WORDS["part_words"].values() for w in words}, key=len)
    return re.compile("|".join(map(re.escape, reversed(words))))


def _as_read(text: str) -> str:
    """A text that is not ASCII as the date patterns read it: every digit ASCII, the marks of
    :data:`_DATE_MARKS` as ASCII ones, a date's part words (:func:`_part_words`) as blanks;
    each character where it is (the spans found are the text's)."""
    text = ascii_digits(text).translate(_DATE_MARKS)
    if "'" in text:
        text = _HEBREW_APOSTROPHE.sub(".", text)
    return _part_words().sub(lambda word: " " * len(word.group()), text)


# 2019年4月13日 (Chinese, Japanese), 2019년 4월 13일 (Korean), with an optional time after.
_CJK = re.compile(
    r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?"
    r"(?:[^\d]{0,8}?(\d{1,2})\s*[:時시]\s*(\d{2}))?"
)
_CJK_MONTH_DAY = re.compile(r"\d\s*[月월]\s*\d{1,2}\s*[日일]")
# 3월 5일, 2024 (month and day, perhaps the weekday, a comma, then the year), with an
# optional time after.
_CJK_YEAR_AFTER = re.compile(
    r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]\s*(?:[(（]\w{1,3}[)）]\s*)?,\s*"
    r"((?:19|20)\d{2})(?!\d)\s*[年년]?"
    r"(?:[^\d]{0,8}?(\d{1,2})\s*[:時시]\s*(\d{2}))?"
)
# 2019/04/13: year, month, day everywhere; not the year of a date written day first, then a
# time with a dot ("08.12.2010. 14.05", Croatian and Serbian print a dot after the year).
_YEAR_FIRST = re.compile(
    r"(?<!\d)(?<!\d[/.\-])(?<!\d[/.\-]\s)(?:1[89]|20)\d{2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}(?!\d)"
)
# 13.04.2019: with dots, the day comes first everywhere.
_DOTTED = re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?!\d)")

# A date (and time) written as digits alone, year first.
_COMPACT = re.compile(
    r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:([01]\d|2[0-3])([0-5]\d)([0-5]\d))?"
)
# Where a line goes on with something else than its date: a bullet, a bar, a spaced dash.
_SEGMENT = re.compile(r"\s[•|·]\s|\s[-–—]\s")

_SENTINEL_A = dt.datetime(1904, 1, 1, 0, 0, 0)
_SENTINEL_B = dt.datetime(1908, 2, 2, 1, 1, 1)


#: English months by their first letters ("sept", "janvier", "marzo" too).
_MONTH_STEM = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
#: Any month's name: the stems, and the names they do not already match.  The
#: names are most of the pattern below and of its compile time, paid by every
#: process at start-up; dropping the names the stems match changes no match.
#: As a trie (:func:`~newsdoc.tries.word_trie`): ``re`` tried some 260 names one
#: after the other at every character of a text, 3 to 4 times slower.  Names
#: are letters only, so a month ends where its word does whatever the order of
#: the branches: the matches are the same.
_ANY_MONTH = (
    _MONTH_STEM
    + "|"
    + word_trie(n for n in _MONTH_OF if not re.fullmatch(_MONTH_STEM, n, re.IGNORECASE))
)
# The words printed between a day and its month's name ("de", "d'", Maltese "ta'"), each with
# the blank after it (none after an apostrophe, printed ' or ’).
_BEFORE_MONTH = "|".join(
    re.escape(word).replace("'", "['’]") + (r"\s*" if word.endswith("'") else r"\s+")
    for word in sorted(
        {w for words in _WORDS["before_month"].values() for w in words}, key=len, reverse=True
    )
)
# A whole date somewhere in a short text: numeric ("8.12.2010", "8. 12. 2010"), CJK, or
# with a month's name, the day before it (group 1: "7 mai 2019", "8.Dezember 2010",
# "08.Dez.2010") or after it ("Dec 19, 2016"); the conditional (?(1)...) lets the month
# alternation be written once.
_LOOKS_LIKE_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}\s*[年년/.\-]\s*\d{1,2}\s*[月월/.\-]\s*\d{1,2}"
    r"|\d{1,2}(?:/|\.\s?)\d{1,2}(?:/|\.\s?)(?:19|20)\d{2}"
    # ("08-12-2010", day or month first as the page's language says; not a part of a code's
    # or a number's dashes: "978-3-12-2010")
    r"|(?<![\w\-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?![\w\-])"
    # ("de", "d'" and "del": "5 de marzo del 2024", "5 d'abril de 2024", Spanish and Catalan;
    # the words before a month are data)
    r"|(\d{1,2}(?:" + _ORDINAL_MARK + r")?(?:\.\s*|\s+)(?:" + _BEFORE_MONTH + r")?)?"
    r"(?<![" + _INDIC + r"])(?:" + _ANY_MONTH + r")\.?"
    r"(?(1)(?:,?\s+|(?<=\.))(?:del?\s+)?|\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)(?:19|20)\d{2}"
    # "3월 5일, 2024": a CJK month and day, a comma, then the year
    r"|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]\s*(?:[(（]\w{1,3}[)）]\s*)?,\s*(?:19|20)\d{2}(?!\d)"
    # "08/ديسمبر/2010", "08-Dec-2010": the month's name between two slashes or two dashes
    r"|\d{1,2}([/\-])(?:" + _ANY_MONTH + r")\2(?:19|20)\d{2}(?!\d))",
    re.IGNORECASE,
)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _marks(kind: str) -> str:
    """The marks printed after a year written before its month (``kind`` "year": "2010.",
    "2010 m.", "2010. gada", "2024ko") or after such a date's day ("day": "8.", "8 d.",
    "5ean"), any language, as a pattern (a space in a mark is any white space)."""
    marks = sorted(
        {mark for marks in _WORDS["year_first"][kind].values() for mark in marks},
        key=len,
        reverse=True,
    )
    return "|".join(r"\s+".join(map(re.escape, mark.split(" "))) for mark in marks)


@functools.cache
def _year_first_named() -> re.Pattern[str]:
    """A whole date written year first with a month's name: "2010. december 8." (Hungarian),
    "2010 m. gruodžio 8 d." (Lithuanian), "2010. gada 8. decembris" (Latvian), "2024ko
    martxoaren 5a" (Basque); the marks after the year and the day are date_words.json's.

    Compiled when first needed: only texts with a year that :data:`_LOOKS_LIKE_DATE`
    does not read are tried.
    """
    return re.compile(
        r"(?<!\d)(?:19|20)\d{2}(?:" + _marks("year") + r")\s+"
        r"(?:\d{1,2}\.\s*(?:" + _ANY_MONTH + r")(?!\w)"
        r"|(?:" + _ANY_MONTH + r")\.?\s+\d{1,2}(?:(?:" + _marks("day") + r")(?!\w))?(?!\d))",
        re.IGNORECASE,
    )


@functools.cache
def _year_first_unmarked() -> re.Pattern[str]:
    """A whole date written year, month's name, day without a mark after the year, in the
    languages that print it so (``year_first_unmarked`` in date_words.json: Sinhala "2019
    මාර්තු 12"; their names are no word of another language, "in 2010 December 8 people" is
    no date), or year, its mark, day, month's name (``year_day_month``: Kazakh "2019 жылғы
    12 наурыз")."""
    names = [
        name
        for language in _WORDS["year_first_unmarked"]
        for forms in _WORDS["months"][language]
        for name in forms
    ]
    # ... and year, its mark, day, month's name (Kazakh "2019 жылғы 12 наурыз")
    marks = {
        language: "|".join(r"\s+".join(map(re.escape, mark.split(" "))) for mark in written)
        for language, written in _WORDS["year_day_month"].items()
    }
    day_month = "|".join(
        r"(?:"
        + marks[language]
        + r")\s+\d{1,2}\s+(?:"
        + word_trie([name for forms in _WORDS["months"][language] for name in forms])
        + r")(?!\w)"
        for language in marks
    )
    return re.compile(
        r"(?<!\d)(?:19|20)\d{2}(?:,?\s+(?:" + word_trie(names) + r")\s+\d{1,2}(?!\d)"
        r"|" + day_month + r")",
        re.IGNORECASE,
    )


@functools.cache
def _year_month_day() -> re.Pattern[str]:
    """A date of :func:`_year_first_named` written year, month, day (groups 1-3), its marks
    outside the groups: read as "day month year" (dateutil reads no "2024ko")."""
    return re.compile(
        r"(?<!\d)((?:19|20)\d{2})(?:" + _marks("year") + r")\s+"
        r"(" + _ANY_MONTH + r")\.?\s+(\d{1,2})(?:(?:" + _marks("day") + r")(?!\w))?(?!\d)",
        re.IGNORECASE,
    )


#: Month names that are also common words (Persian "مه", May and fog), and abbreviations that
#: are words of another language (Portuguese "out", Turkish "ara"), per name its month (1-12):
#: read only between a day's number and a year (:func:`_month_between`).
_BETWEEN: dict[str, int] = {}
for _names in _WORDS["months_between"].values():
    for _name, _number in _names.items():
        # (a name of two languages, "srp": August in Czech, July in Croatian, is the first's
        # when the page's language is not known, as a month's name is)
        _BETWEEN.setdefault(_name, _number)


@functools.cache
def _month_between(language: str | None = None) -> re.Pattern[str]:
    """A date whose month's name is a :data:`_BETWEEN` one, between its day and its year
    (groups 1-3; a dot after the day or an abbreviated name: "8. des. 2010"), its digits
    already ASCII: the names of the page's ``language`` (a primary subtag), of every
    language when it is not known ("5 set 2011" is a date in Portuguese, a tennis set in
    English)."""
    names = _between_names(language)
    if not names:
        return re.compile(r"(?!)")
    return re.compile(
        r"(?<!\d)(\d{1,2})\.?\s+(" + word_trie(names) + r")\.?\s+((?:19|20)\d{2})(?!\d)",
        re.IGNORECASE,
    )


def _between_names(language: str | None) -> dict[str, int]:
    """The :data:`_BETWEEN` names of the page's ``language``, of every language when it is
    not known."""
    return _WORDS["months_between"].get(language, {}) if language is not None else _BETWEEN


def _english_between(match: re.Match[str], language: str | None = None) -> str:
    """A :func:`_month_between` date with its month in English ("۵ مه ۲۰۲۴" is "5 May 2024"),
    the month that name is in the page's ``language`` ("srp": August in Czech, July in
    Croatian)."""
    day, name, year = match.groups()
    names = _between_names(language)
    number = names.get(name.lower())
    if number is None:
        # (re ignores case one character at a time: "ARA" and the like that lower() does not
        # give back)
        number = next(v for k, v in names.items() if re.fullmatch(re.escape(k), name, re.I))
    return f"{day} {_ENGLISH_MONTHS[number - 1]} {year}"


def _in_english_between(text: str, language: str | None) -> str:
    """``text`` with its :func:`_month_between` dates' months in English."""
    return _month_between(language).sub(lambda m: _english_between(m, language), text)


def _not_date_words() -> str:
    """The words of date_words.json that say the number after them is no date, as a pattern:
    a word of two letters or more before the number, perhaps with a dot, a colon or a space
    ("Version 5.3.2024", "Tel.: 05-03-24"); a word of one letter only written onto it
    ("v5.3.2024": before a space it is a preposition, Czech "v 5.3.2024")."""
    words = {word for words in _WORDS["not_date"].values() for word in words}
    longer = "|".join(
        map(re.escape, sorted((w for w in words if len(w) > 1), key=len, reverse=True))
    )
    letters = "|".join(map(re.escape, sorted(w for w in words if len(w) == 1)))
    return r"(?<!\w)(?:(?:" + longer + r")\.?\s*[:#]?\s*|(?:" + letters + r"))"


@functools.cache
def _not_date_before() -> re.Pattern[str]:
    """A :func:`_not_date_words` word that ends a text (the text before a number)."""
    return re.compile(_not_date_words() + r"\Z", re.IGNORECASE)


@functools.cache
def _not_date_number() -> re.Pattern[str]:
    """A number of parts after a :func:`_not_date_words` word (group 1: "5.3.2024")."""
    return re.compile(_not_date_words() + r"(\d+(?:[./\-]\d+)+)", re.IGNORECASE)


#: How far before a number a word that says it is no date is looked for.
_NOT_DATE_REACH = 24


def _not_a_date(text: str, match: re.Match[str]) -> bool:
    """Whether the numeric date ``match`` found in ``text`` is a number of another kind,
    as the word before it says ("Version 5.3.2024", "Build 2024.03.05", "Tel. 05-03-24").

    Only a match of digits and marks: a month's name makes a date ("Version 2 vom 5.
    März 2024" prints one).  Looked at once a date is found: most texts have none.
    """
    written = match.group()
    if not written[:1].isdigit() or any(char.isalpha() for char in written):
        return False
    start = match.start()
    return _not_date_before().search(text, max(0, start - _NOT_DATE_REACH), start) is not None


def _blank_not_dates(text: str) -> str:
    """``text`` with the numbers a word says are no date as blanks ("Version 5.3.2024
    vom 8. März 2024": "Version          vom 8. März 2024")."""
    return _not_date_number().sub(
        lambda m: m.group()[: m.start(1) - m.start()] + " " * len(m.group(1)), text
    )


def _first_date(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that is not a number of another kind
    (:func:`_not_a_date`)."""
    match = pattern.search(text)
    while match is not None and _not_a_date(text, match):
        match = pattern.search(text, match.end())
    return match


def has_year(text: str) -> bool:
    """Whether ``text`` holds something like a year: the cheap first test for a date.

    A year in other digits ("٢٠٢٣", "２０２３") or of another calendar (the Thai
    Buddhist era's 2566, the Persian calendar's ۱۴۰۲) counts too.
    """
    if _YEAR.search(text) is not None:
        return True
    if text.isascii():
        return _numeric_thai_year(text)
    if _OTHER_DIGIT.search(text) is not None:
        text = ascii_digits(text)
        if _YEAR.search(text) is not None:
            return True
    return _CALENDAR_YEAR.search(text) is not None or _japanese_era().search(text) is not None


def looks_like_date(text: str) -> bool:
    """Whether ``text`` holds a whole date (day, month and year), cheaply checked."""
    # the year first: most text has none, and the full pattern is long
    return date_in(text) is not None


def date_in(text: str) -> str | None:
    """The first whole date (day, month and year) written in ``text``, as written, or ``None``.

    Dates in other digits and of other calendars (see :func:`parse_date`) are found too,
    but for a Japanese era's ("令和5年12月6日"), read only where a page marks a date: a
    loose line with one is as often a law's or a record's citation.  Numbers a word says
    are something else ("Version 5.3.2024", "Tel. 05-03-24") are not dates.
    """
    other = not text.isascii()
    # (ascii_digits and _thai_years keep every character where it is: the spans are the text's)
    read = _thai_years(_as_read(text)) if other or _numeric_thai_year(text) else text
    match = None
    if _YEAR.search(read) is not None:
        match = (
            _first_date(_LOOKS_LIKE_DATE, read)
            or _year_first_named().search(read)
            or (_year_first_unmarked().search(read) if other else None)
        )
    if match is None and other and _CALENDAR_YEAR.search(read) is not None:
        # (a Persian date is never all ASCII: its month's name or its digits are not)
        match = _jalali_in(read, _PERSIAN_DIGIT.search(text) is not None)
    if match is None and other:
        match = _numbered().search(read)
    if match is None and _YEAR.search(read) is not None:
        match = _month_between().search(read)
    return text[match.start() : match.end()] if match is not None else None


@functools.cache
def _yearless() -> re.Pattern[str]:
    """A day and month printed without a year: the day before the month's name ("18.
    November", "18 de noviembre", "18 нояб."; group ``after``: the year goes after it), the
    name before the day ("Nov 18", "November 18th"; ``comma``: after it, with a comma), or
    CJK's month and day ("11月18日", "11월 18일"; ``cjk``: the year goes before it)."""
    # (the names themselves, not _ANY_MONTH's English stems: "Market 5" is no day)
    names = word_trie({*_MONTH_OF, *_ENGLISH_NAMES, *_ENGLISH_MONTHS, "sept"})
    month = r"(?<![\w" + _INDIC + r"])(?:" + names + r")(?![\w" + _INDIC + r"])"
    return re.compile(
        r"(?P<after>(?<![\d.,/:])\d{1,2}(?:" + _ORDINAL_MARK + r")?(?:\.\s*|\s+)"
        r"(?:" + _BEFORE_MONTH + r")?" + month + r"\.?)"
        r"|(?P<comma>" + month + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d.:/\w]))"
        r"|(?P<cjk>(?<!\d)\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])",
        re.IGNORECASE,
    )


def _yearless_match(text: str) -> re.Match[str] | None:
    """The first day and month ``text`` prints, when it prints no year (spans: the text's)."""
    if has_year(text):
        return None
    return _yearless().search(_as_read(text) if not text.isascii() else text)


def yearless_date_in(text: str) -> str | None:
    """The day and month ``text`` prints without any year ("Posted Nov 18, 8:19 PM",
    "18. November, 14:30 Uhr", "11月18日 20:19"), as written, or ``None`` (also for a text
    that prints a year: its date is whole, or no date)."""
    match = _yearless_match(text)
    return text[match.start() : match.end()] if match is not None else None


def complete_year(
    text: str,
    year: int,
    month: int,
    *,
    dayfirst: bool | None = None,
    language: str | None = None,
) -> str | None:
    """``text``, a day and month printed without a year (:func:`yearless_date_in`), with
    ``year`` written in, when the month it prints is ``month``; else ``None``.

    The year and month must come from evidence of the page's own (the year and month its
    URL spells, ``/2019/11/title``): a year is never guessed (from a copyright line or
    today's date), and a printed month that is not the evidence's may be of another year.
    The time and the zone printed beside the day stay as printed.
    """
    match = _yearless_match(text)
    if match is None:
        return None
    if match.group("cjk") is not None:
        mark = "년 " if "월" in match.group() else "年"
        completed = f"{text[: match.start()]}{year}{mark}{text[match.start() :]}"
    else:
        joint = ", " if match.group("comma") is not None else " "
        completed = f"{text[: match.end()]}{joint}{year}{text[match.end() :]}"
    when = parse_date(completed, dayfirst=dayfirst, language=language)
    if when is None or (when.year, when.month) != (year, month):
        return None
    return completed


def parse_iso_date(text: str) -> dt.datetime | dt.date | None:
    """Read an ISO 8601 date or date-time at the start of ``text``, or ``None``."""
    match = _ISO.match(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        if hour is None:
            return dt.date(int(year), int(month), int(day))
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        tzinfo: dt.tzinfo | None = None
        if zone is not None:
            if zone in ("Z", "z"):
                tzinfo = dt.UTC
            else:
                sign = -1 if zone[0] == "-" else 1
                digits = zone[1:].replace(":", "")
                offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
                tzinfo = dt.timezone(sign * offset)
        return dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro,
            tzinfo=tzinfo,
        )  # fmt: skip
    except ValueError:
        return None


# the rules that choose a page's dates read the same values more than once (the declared
# ones to choose, then again beside the printed ones; JSON-LD and meta tags giving the same
# text): half the calls on news pages repeat one made for the same page
@functools.lru_cache(maxsize=256)
def parse_date(
    text: str, *, dayfirst: bool | None = None, language: str | None = None
) -> dt.datetime | dt.date | None:
    """Read a date as printed, or ``None`` when ``text`` does not hold a whole date.

    ``dayfirst`` settles "06/11/2013"; by default a number over 12 decides,
    else the month comes first (as in the US).  ``language`` is the page's
    (BCP 47, "hr-HR"), when known: it reads a month name that is another
    month in another language ("listopad" is October in Croatian, November
    in Polish and Czech, which is how it reads without a language).

    A text with an impossible part is not a date: "2020-02-30", or a zone
    offset of a day or more ("+24:00", "+2400", "-99:99"), which Python's
    ``datetime`` cannot write (``isoformat`` raises), so the text gives
    ``None`` rather than a date without its zone or an article no writer
    accepts.
    """
    bangladesh = False
    regions: list[str] = []
    if language is not None:
        # (the region, "bn-BD": where a Bengali calendar's date is read, by its rules)
        regions = language.lower().replace("_", "-").split("-")[1:]
        bangladesh = any(region in _CALENDARS["bangla_regions"] for region in regions)
        language = primary_subtag(language)
    when = _read_date(text, dayfirst, language, bangladesh=bangladesh)
    if when is None and len(text) <= 2 * _MAX_LENGTH:
        # a date followed by something else ("Nov 18, 2019 at 9:24 pm ET • 2 min read")
        head = _SEGMENT.split(text, maxsplit=1)[0]
        if head != text and has_year(head):
            when = _read_date(head, dayfirst, language, bangladesh=bangladesh)
        if when is None:
            # a whole date among other words and numbers ("Anna Meier | 08.12.2010, 14:02 Uhr
            # | 3 Kommentare", "von anna am 8. Dezember 2010 in Allgemein mit 3 Kommentaren"):
            # the date as written, and the time right after it (or right before it)
            when = _date_as_written(text, dayfirst, language)
    if when is not None and when.year >= _AHEAD_YEARS.get(language or "", _NO_YEAR):
        # a year of a calendar ahead of the Gregorian one, read with Gregorian digits
        # (Nepali "२०८०/०८/१९": Bikram Sambat 2080 is 2023): no Gregorian date
        return None
    if isinstance(when, dt.datetime):
        try:
            when.utcoffset()  # raises for an offset of 24 hours or more
        except ValueError:
            return None
        if regions and when.tzinfo is not None:
            when = _regional_zone(when, regions)
    return when


def _regional_zone(when: dt.datetime, regions: list[str]) -> dt.datetime:
    """``when`` in the zone its abbreviation names in the page's region: "EST" on an
    Australian page is Eastern Standard Time there, UTC+10, not US Eastern (``regional_zones``
    in ``date_words.json``); the zone keeps its printed name and the time its wall clock."""
    name = when.tzname()
    if not name:
        return when
    for region in regions:
        offset = _REGIONAL_ZONES.get(region, {}).get(name.upper())
        if offset is not None:
            from dateutil import tz

            return when.replace(tzinfo=tz.tzoffset(name, offset))
    return when


# A day written as ISO 8601 writes it, a few words that are no number (a weekday), then a time.
_ISO_DAY_THEN_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[^\d:]{1,12}?(?<![\d:])(\d{1,2}:\d{2}.*)", re.DOTALL
)
# A number of three digits or more, not a year, nor part of a time, a date or an offset.
_BARE_NUMBER = re.compile(r"(?<![\d:.,+\-−])(?!(?:19|20)\d{2}(?!\d))\d{3,}(?![\d:.,])")
# A time right after a date: "08.12.2010, 14:02 Uhr", "8 Dec 2010 at 2:05 pm ET".
_TRAILING_CLOCK = re.compile(
    r"[,\s|–—\-]*(?:[^\W\d_]{1,8}\.?\s+|[^\W\d_]{1,8}\.){0,2}\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*(?:uhr|h|[ap]\.?\s?m\.?)(?!\w))?(?:\s*[A-Z]{2,5}(?!\w))?"
)


@functools.cache
def _leading_clock() -> re.Pattern[str]:
    """A time right before a date, and the marks between them: "14.05 Uhr | 08.12.2010",
    "14:05 · 8. Dezember 2010", "um 14.05 am 08.12.2010" (a time with a dot only with its
    word, before or after it, or with the word that says the date is its day: "14.05 | "
    may be the 14th of May); group 1 the time, any language's words."""
    before = "|".join(map(re.escape, _own_words("before_time", None)))  # ("kl.", "godz.")
    day = "|".join(map(re.escape, _own_words("time_before_date", None)))
    return re.compile(
        r"(?<![\d.:])(\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:uhr|h|uur|[ap]\.?\s?m\.?)(?!\w))?"
        r"|\d{1,2}\.\d{2}\s*(?:uhr|h|uur)(?!\w)"
        r"|(?<!\w)(?:" + before + r")\s*\d{1,2}\.\d{2}(?!\d)"
        r"|\d{1,2}\.\d{2}(?=\s*(?:" + day + r")\s))"
        r"(?:\s*(?:" + day + r")(?!\w))?[\s,|•·–—\-]*\Z",
        re.IGNORECASE,
    )


def _date_as_written(
    text: str, dayfirst: bool | None, language: str | None
) -> dt.datetime | dt.date | None:
    """The first whole date ``text`` writes (:func:`date_in`), with the time right after it,
    or else right before it."""
    written = date_in(text)
    if written is None or written == text.strip() or _ISO.match(text.strip()):
        return None  # (an ISO 8601 date with an impossible part is no date)
    at = text.index(written)
    clock = _TRAILING_CLOCK.match(text[at + len(written) :])
    if clock is not None:
        return _read_date(written + clock.group(), dayfirst, language)
    leading = _leading_clock().search(text, max(0, at - _NOT_DATE_REACH), at)
    if leading is not None:
        return _read_date(written + " " + leading.group(1), dayfirst, language)
    return _read_date(written, dayfirst, language)


def _own_words(key: str, language: str | None) -> list[str]:
    """The words of date_words.json under ``key`` of the page's ``language`` (a primary
    subtag), of every language when it is not known, longest first."""
    by_language = _WORDS[key]
    if language is None:
        return sorted({w for words in by_language.values() for w in words}, key=len, reverse=True)
    return sorted(by_language.get(language, ()), key=len, reverse=True)


@functools.cache
def _dotted_time_marked(language: str | None) -> re.Pattern[str]:
    """A time with a dot followed by its word ("14.05 Uhr"), or by the word that says the date
    after it is its day ("14.05 am 8. Dezember 2010": with a whole date after it, no day and
    month): the words of date_words.json of the page's ``language`` (a primary subtag), of
    every language when it is not known.  (A word of one language may be a common word of
    another: German "am" is "on".)"""
    marks = [
        r"\s*(?:" + "|".join(map(re.escape, after)) + r")(?!\w)"
        for after in [_own_words("after_time", language)]
        if after
    ] + [
        r"\s*(?:" + "|".join(map(re.escape, before)) + r")\s+\d"
        for before in [_own_words("time_before_date", language)]
        if before
    ]
    # (for a language that prints no such word, a look-ahead that never matches)
    return re.compile(
        _DOTTED_TIME.pattern + (r"(?=" + "|".join(marks) + r")" if marks else r"(?!)"),
        re.IGNORECASE,
    )


# A time right after a date of another calendar (a few marks or words between them:
# "۱۵ آذر ۱۴۰۲، ساعت ۱۴:۰۵"), or right before it ("۱۴:۰۵ - ۱۴۰۲/۰۹/۱۵"); digits ASCII.
_CLOCK_AFTER = re.compile(r"\D{0,12}?(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])")
_CLOCK_BEFORE = re.compile(
    r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])\D{0,12}\Z"
)


def _with_clock(
    day: dt.date | None, text: str, date: re.Match[str]
) -> dt.datetime | dt.date | None:
    """``day`` (read from the ``date`` found in ``text``) at the time printed beside it."""
    if day is None:
        return None
    clock = _CLOCK_AFTER.match(text, date.end()) or _CLOCK_BEFORE.search(
        text, max(0, date.start() - _NOT_DATE_REACH), date.start()
    )
    if clock is None:
        return day
    hour, minute, second = clock.groups()
    return dt.datetime.combine(day, dt.time(int(hour), int(minute), int(second or 0)))


def _read_date(
    text: str, dayfirst: bool | None, language: str | None = None, *, bangladesh: bool = False
) -> dt.datetime | dt.date | None:
    text = text.strip()
    if not text or len(text) > _MAX_LENGTH or not any(c.isdigit() for c in text):
        return None
    text = _blank_not_dates(text)  # "Version 5.3.2024" is no date
    if not text.isascii() or _numeric_thai_year(text):
        persian_digits = _PERSIAN_DIGIT.search(text) is not None
        # (the Arabic comma, "٢٠٢٤، ١٤:٠٥": dateutil parts a year from its time at a comma only)
        text = _meridiem().sub(_clock_of_day, _thai_years(_as_read(text)))
        text = _japanese_era().sub(_gregorian_of_era, text)
        text = _meridiem_after().sub(_clock_before_word, text)
        text = _SPACED_CLOCK.sub(r"\1\2:\3", text)
        text = _numbered().sub(r"\1.\2.\3", text)  # day first, as "6.12.2023" says
        text = _HIJRI_DATE.sub(" ", text)  # a Gregorian date printed beside it is read
        text = _in_english_between(text, language)
        jalali = _jalali_in(text, persian_digits)
        if jalali is not None:
            return _with_clock(_from_jalali(jalali), text, jalali)
        bangla = _bangla_in(text)
        if bangla is not None:
            if _YEAR.search(text) is None:
                # a Bengali calendar's date alone: read only where its rules are known
                return _with_clock(_from_bangla(bangla), text, bangla) if bangladesh else None
            # else the Gregorian date printed beside it is read
            text = text[: bangla.start()] + " " * len(bangla.group()) + text[bangla.end() :]
    else:
        # (Malay's and Indonesian's words of the day's halves: "8 Disember 2010, 3:15 petang")
        text = _meridiem_after().sub(_clock_before_word, text)
    iso = parse_iso_date(text)
    if iso is not None:
        if not isinstance(iso, dt.datetime):
            # the day, a weekday, then the time ("2010-12-08 星期三 14:05", "2010-12-08 (Wed)
            # 2:05 pm"): the time is the day's; read with slashes, as no ISO date
            later = _ISO_DAY_THEN_TIME.match(text)
            if later is not None:
                timed = _read_date(
                    later.group(1).replace("-", "/") + " " + later.group(2), dayfirst, language
                )
                if isinstance(timed, dt.datetime) and timed.date() == iso:
                    return timed
        return iso
    epoch = epoch_date(text)
    if epoch is not None:
        return epoch
    compact = _COMPACT.fullmatch(text)
    if compact is not None:
        # "20190806", "20190806103251": digits alone, as some meta tags write them
        year, month, day, hour, minute, second = compact.groups()
        try:
            if hour is None:
                return dt.date(int(year), int(month), int(day))
            return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
        except ValueError:
            return None
    if _RFC2822.match(text):
        # "Tue, 07 Apr 2020 15:49:34 +0530" (feeds, HTTP, many meta tags): exact and fast
        import email.utils  # here: it loads socket, calendar and more (~10 ms of every start-up)

        try:
            return email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    if text.isascii():
        # "8 out 2011", "8 Ara 2010" (here, not above: an ISO 8601 date never needs it)
        text = _in_english_between(text, language)
    cjk = _CJK.search(text)
    if cjk is not None:
        return _from_cjk(cjk)
    if _CJK_MONTH_DAY.search(text) is not None:
        after = _CJK_YEAR_AFTER.search(text)
        if after is not None:
            month, day, year, hour, minute = after.groups()
            return _cjk_date(year, month, day, hour, minute)
        return None  # "12月6日" with its year elsewhere: dateutil would read 12 as the day
    if _HAS_YEAR.search(text) is None:
        # "08.12.10", "3/09/15 8:00am": a year of two digits, read only in a text that
        # is that date (and a time), never in one with other numbers
        full = _full_year(text)
        if full is None or (language in _NUMERIC_YEAR_FIRST and _SHORT_YEAR.search(text)):
            return None  # (where dates are written year first, "24-03-05" is either way round)
        text = full
    if dayfirst is None and _DOTTED.search(text):
        dayfirst = True
    elif dayfirst and _YEAR_FIRST.search(text):
        dayfirst = False  # 2019/03/05 is year, month, day everywhere
    cleaned = _NOISE.sub("", text)
    # ("um 14.05", "kl. 14.05": after its word a time with a dot is one, before the year too)
    cleaned = _before_time().sub(_time_after_word, cleaned)
    # "GMT+7" is seven hours ahead as printed (dateutil reads it the POSIX way, behind)
    cleaned = _GMT_OFFSET.sub(_offset, cleaned)
    cleaned = _year_month_day().sub(r"\3 \2 \1", cleaned)
    cleaned = _foreign_month().sub(
        lambda m: " " + _english_month(m.group(1), language) + " ", cleaned
    )
    cleaned = _AM_PM.sub(lambda m: m.group(1) + "m", cleaned)
    cleaned = _YEAR_DAY_MARK.sub("", cleaned)
    cleaned = _ORDINAL.sub(r"\1", cleaned)
    # (what follows changes no digit, nor what stands beside one: a year stays one)
    year = _HAS_YEAR.search(cleaned)
    if year is None:
        return None
    # a time follows its date: "Version 2.05 vom 8. Dezember 2010" has none
    head, tail = cleaned[: year.end()], cleaned[year.end() :]
    # after it, a number of three digits or more is a count, not a time ("8. Dezember 2010 |
    # Zugriffe: 1234": dateutil would read 12:34); a second year stays, as do a zone's offset
    # ("+0100") and the parts of a time ("14:05:30.123")
    tail = _BARE_NUMBER.sub(lambda number: " " * len(number.group()), tail)
    # before it, a time with its word only ("14.05 Uhr | 08.12.2010")
    cleaned = _dotted_time_marked(language).sub(r"\1:\2", head) + _DOTTED_TIME.sub(r"\1:\2", tail)
    cleaned = _MONTH_ABBR_DOT.sub(r"\1", cleaned)
    cleaned = cleaned.replace("|", " ").replace("•", " ").replace("·", " ")
    try:
        first = _parse(cleaned, _SENTINEL_A, dayfirst)
        second = _parse(cleaned, _SENTINEL_B, dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year or first.month != second.month or first.day != second.day:
        return None  # a part of the date is not written
    if not _year_printed(first.year, cleaned):
        return None  # the parser made its year of other numbers ("Version 2.05 vom ...")
    if first.hour != second.hour:
        return first.date()
    if first.minute != second.minute:
        first = first.replace(minute=0)  # "5 pm": the hour is written, the minutes are 0
    return first.replace(second=first.second if first.second == second.second else 0)


# A numeric date with a year of two digits: day, month (or month, day) and year, with dots,
# slashes or dashes ("08.12.10", "8.12.10", "3/09/15", "05-03-24"); not part of a longer
# number ("1.2.10.4"), nor with dashes of a code (:func:`_in_code`).
_SHORT_YEAR = re.compile(r"(?<![\d.,/:])\d{1,2}([./\-])\d{1,2}\1(\d{2})(?![\d/]|[.,]\d)")
#: A time of the day as printed: "14:05", "14.05 Uhr", "8:00am", "18h30", "18 h 30",
#: "14:05:30"; never part of a longer number nor a date's day and month ("18.10.").
CLOCK = re.compile(r"(?<!\d)\d{1,2}(?:[:.]\d{2}(?:[:.]\d{2})?|\s?h\s?\d{2})(?![\d.])")
#: Years of two digits below this are this century's ("10" is 2010, "98" 1998).
_CENTURY_TURN = 50


# The same, its day and month of two digits each ("08.12.10", "08/12/10"): a version number
# ("3.6.13") seldom is.
_PADDED_SHORT_YEAR = re.compile(r"(?<![\d.,/:])\d{2}([./\-])\d{2}\1\d{2}(?![\d/]|[.,]\d)")


def _in_code(text: str, match: re.Match[str]) -> bool:
    """Whether a numeric date with dashes ``match`` found in ``text`` is part of a code: a
    letter or a dash written onto it ("AB-05-03-24", "X05-03-24", "05-03-24-17", "05-03-24A")."""
    if match.group(1) != "-":
        return False
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return before.isalnum() or before == "-" or after.isalnum() or after == "-"


def short_date_in(text: str, *, padded: bool = False) -> str | None:
    """The numeric date with a year of two digits that ``text`` prints ("08.12.10",
    "05-03-24"), as written, when it prints no other number than a time; else ``None``.

    With ``padded``, only a date whose day and month have two digits each (a text
    printed without any mark that it is a date: "3.6.13" is more often a version).
    """
    read = ascii_digits(text)
    match = _short_year(read, _PADDED_SHORT_YEAR if padded else _SHORT_YEAR)
    if match is None or _full_year(read) is None:
        return None
    return text[match.start() : match.end()]


def _full_year(text: str) -> str | None:
    """``text`` with the year of two digits of its numeric date written in full, or ``None``.

    Only a text that prints that date and perhaps a time is a date: "Version
    2.05.10, build 3" has other numbers, and is not.
    """
    match = _short_year(text)
    if match is None:
        return None
    rest = text[: match.start()] + " " + text[match.end() :]
    if any(char.isdigit() for char in CLOCK.sub(" ", rest)):
        return None
    year = int(match.group(2))
    if _THAI.search(text) is not None:
        year += 2500 - _BUDDHIST_ERA  # a Thai page's "66" is the Buddhist era's 2566
    else:
        year += 2000 if year < _CENTURY_TURN else 1900
    return text[: match.start(2)] + str(year) + text[match.end(2) :]


#: The longest text read for a date with a month's name and a year of two digits (a date,
#: its time, a few words around them: no other number is allowed).
_MAX_NAMED_SHORT = 80
# Two digits alone (not after a digit, ".", ",", "/" or ":", nor before a digit or ":"); the
# look-behind is tried after a first digit, not at every character of a text.
_TWO_DIGITS = re.compile(r"\d(?<![\d.,/:]\d)\d(?![\d:])")


def _short_year(text: str, numeric: re.Pattern[str] = _SHORT_YEAR) -> re.Match[str] | None:
    """The date with a year of two digits in ``text``: a ``numeric`` one ("08.12.10"), else
    one with a month's name ("4 April 17"); group 2 is the year (but in a padded one)."""
    match = numeric.search(text)
    while match is not None and (_in_code(text, match) or _not_a_date(text, match)):
        match = numeric.search(text, match.end())
    if match is None and len(text) <= _MAX_NAMED_SHORT and _TWO_DIGITS.search(text) is not None:
        # (the month names' pattern is long: tried only on a short text with such a number)
        match = _named_short_year().search(text)
    return match


@functools.cache
def _named_short_year() -> re.Pattern[str]:
    """A date with a month's name and a year of two digits: "4 April 17", "4. Apr. 17",
    "Dec 8, 10" (group 2: the year; group 1 the day's and month's words).

    Month first, a comma must part the day from the year ("Dec 8 10" may be
    anything).  The year ends the text, or a time or a mark follows it: "4 April 17
    Uhr" and "Dec 8, 10 comments" are no dates.
    """
    return re.compile(
        r"(?<![\d.,/:])((?:\d{1,2}(?:st|nd|rd|th)?\.?\s*(?:de\s+)?(?:" + _ANY_MONTH + r")\.?,?"
        r"\s+(?:de\s+)?)|(?:(?:" + _ANY_MONTH + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*))"
        r"(\d{2})(?=\s*(?:$|[,;|•·/()\-–—]|\d{1,2}[:.h]\d{2}|(?:at|um|à|a las|alle)\s+\d))",
        re.IGNORECASE,
    )


# -- digits other than ASCII, and calendars other than the Gregorian -----------------------

# Any decimal digit but ASCII's (Arabic-Indic, Persian, Devanagari, full-width, ...): str's
# \d matches them all (a class, "not a non-digit nor 0-9": no look-ahead at every character).
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit written in ASCII ("٢٠٢٣" and "２０２３" are "2023").

    Each digit stays where it is (one character for one), so spans found in the
    result are the text's.
    """
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


#: Seconds since 1970 of a time stamp written for machines ("1544189820", or in
#: milliseconds "1544189820000"): from 2000 on, and below 2,000,000,000 (May 2033), where
#: ten digits would begin to read as a year first ("2019080610").
_EPOCH_FIRST = 946_684_800
_EPOCH_LAST = 2_000_000_000
_EPOCH = re.compile(r"\d{9,10}|\d{12,13}")


def epoch_date(text: str) -> dt.datetime | None:
    """The UTC instant a Unix time stamp in seconds or milliseconds gives, when plausible
    for a page (see :data:`_EPOCH_FIRST`); else ``None``."""
    text = text.strip()
    if _EPOCH.fullmatch(text) is None:
        return None
    seconds = int(text) / (1000 if len(text) > 10 else 1)
    if not _EPOCH_FIRST <= seconds < _EPOCH_LAST:
        return None
    return dt.datetime.fromtimestamp(int(seconds), dt.UTC)


@functools.cache
def _before_time() -> re.Pattern[str]:
    """The words between a date and its time ("a las 14:05", "um 14:02"), any language."""
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, _own_words("before_time", None))) + r")\s*"
        r"(?:([01]?\d|2[0-3])\.([0-5]\d)(?!\d|\.\d)|(?=\d{1,2}\s*[:.h]\s*\d{2}))",
        re.IGNORECASE,
    )


def _time_after_word(match: re.Match[str]) -> str:
    """A :func:`_before_time` match without its word, a time with a dot written with a colon
    ("um 14.05" is " 14:05": dateutil reads "14.05" as a decimal number)."""
    hour, minute = match.groups()
    return " " if hour is None else f" {hour}:{minute}"


@functools.cache
def _meridiem() -> re.Pattern[str]:
    """A time after its half of the day's word ("오후 2:05", "下午2:05", "午後2時05分"; group 1
    the word, 2 the hour, 3 the rest of the time): words of date_words.json."""
    words = [*_WORDS["meridiem"]["am"], *_WORDS["meridiem"]["pm"]]
    return re.compile(
        r"(" + "|".join(map(re.escape, words)) + r")\s*(\d{1,2})(\s*[:時시点點]\s*\d{2})"
    )


def _clock_of_day(match: re.Match[str]) -> str:
    """The time of a :func:`_meridiem` match on the 24-hour clock ("오후 2:05" is "14:05")."""
    pm = match.group(1) in _WORDS["meridiem"]["pm"]
    return f"{_hour_of_day(int(match.group(2)), pm):02d}{match.group(3)}"


@functools.cache
def _numbered() -> re.Pattern[str]:
    """A date of numbers, each after its word ("ngày 6 tháng 12 năm 2023"; groups 1-3 the
    day, month and year): the words of date_words.json.  The month's word is enough, the
    day's and the year's may be left out ("6 tháng 12, 2023", as blogs print it)."""
    day, month, year = (
        "(?:" + "|".join(re.escape(words[place]) for words in _WORDS["numbered"].values()) + ")"
        for place in range(3)
    )
    return re.compile(
        # (a day and a month that can be: "5 tháng 25" is no date)
        rf"(?<!\w)(?:{day}\s+)?(?<![\d.,/:])(0?[1-9]|[12]\d|3[01])\s+{month}\s+(0?[1-9]|1[0-2]),?\s+"
        rf"(?:{year}\s+)?"
        r"((?:19|20)\d{2})(?!\d)",
        re.IGNORECASE,
    )


@functools.cache
def _meridiem_after() -> re.Pattern[str]:
    """A time before its half of the day's word ("10:30 م", "2:05 ص", "3:15 petang"; group 1
    the hour, 2 the rest of the time, 3 the word), or the night's ("9:15 malam"): words of
    date_words.json.  Only after a time: "م" after a year ("2023م") is the common era's mark."""
    words = sorted(
        (w for ws in _WORDS["meridiem_after"].values() for w in ws), key=len, reverse=True
    )
    return re.compile(
        r"(?<![\d:])(\d{1,2})(\s*:\s*\d{2}(?:\s*:\s*\d{2})?)\s*("
        + "|".join(map(re.escape, words))
        + r")(?!\w)",
        re.IGNORECASE,
    )


def _clock_before_word(match: re.Match[str]) -> str:
    """The time of a :func:`_meridiem_after` match on the 24-hour clock ("2:05 م" is "14:05",
    "9:15 malam" "21:15", "12:30 malam" "00:30")."""
    word, hour = match.group(3).lower(), int(match.group(1))
    if word in _WORDS["meridiem_after"]["night"]:
        # (the night's hours: the evening's after six, then midnight, then the small hours)
        hour = hour + 12 if _EVENING <= hour < 12 else 0 if hour == 12 else hour
    else:
        hour = _hour_of_day(hour, word in _WORDS["meridiem_after"]["pm"])
    return f"{hour:02d}{match.group(2)}"


#: The first hour of the evening on the 12-hour clock: a night's word after an hour from
#: it to 11 is the evening's ("9:15 malam", 21:15), before it the small hours' ("1:00 malam").
_EVENING = 6


def _hour_of_day(hour: int, pm: bool) -> int:
    """An hour of the 12-hour clock on the 24-hour one (12 of the morning is 0)."""
    if pm:
        return hour + 12 if hour < 12 else hour
    return 0 if hour == 12 else hour


# A time printed with a space after its colon, right after a year ("২০২৩, ১৪: ০৫", as Bengali
# sites print it): dateutil reads no such time.
_SPACED_CLOCK = re.compile(r"((?:19|20)\d{2}\s*,?\s*)([01]?\d|2[0-3]):\s+([0-5]\d)(?![\d:])")


_CALENDARS = _WORDS["calendars"]
#: Per language whose pages print the years of a calendar ahead of the Gregorian one as
#: numbers alone (Nepali, Bikram Sambat: 2080 is 2023), the first year of that calendar on
#: the web: a date of that year or later on such a page is that calendar's.
_AHEAD_YEARS: dict[str, int] = _CALENDARS["years_ahead"]
_NO_YEAR = 10_000
#: Zone abbreviations that name another zone in a region ("EST" in Australia: UTC+10).
_REGIONAL_ZONES: dict[str, dict[str, int]] = _WORDS["regional_zones"]
#: A character every date needs: a digit (of any script: ``\d``, which :func:`ascii_digits`
#: reads), or the first year of a Japanese era ("令和元年").  :func:`has_year`,
#: :func:`short_date_in` and :func:`date_in` find nothing in a text without one: one search
#: that rules out most texts of a page (menus, labels, the white space between elements).
DATE_CHARACTER = re.compile(r"\d|" + re.escape(_CALENDARS["japanese_first_year"]))
#: The Thai Buddhist era runs 543 years ahead of the Gregorian calendar.
_BUDDHIST_ERA = 543
_THAI = re.compile("[\u0e00-\u0e7f]")
# A year of the Buddhist era (2443 is 1900): in Thai text, or in a numeric date (no
# Gregorian date of the web has a year past 2400).
_THAI_YEAR = re.compile(r"(?<!\d)2[456]\d\d(?!\d)")
# A whole numeric date with such a year, the year last or first (group 2 or 3): never a
# zone's offset ("10:00:00-2400", "10:00:00.00-2400").
_NUMERIC_THAI_YEAR = re.compile(
    r"(?<![\d:.,])(\d{1,2}[/.\-]\d{1,2}[/.\-])(2[456]\d\d)(?!\d)"
    r"|(?<![\d+\-:.,])(2[456]\d\d)(?=[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d))"
)
# Four digits such a year needs: a cheap first test, as the look-behinds of the pattern
# above are tried at every character of a text.
_BUDDHIST_DIGITS = re.compile(r"2[456]\d\d")


def _numeric_thai_year(text: str) -> bool:
    """Whether ``text`` holds a numeric date of the Buddhist era (:data:`_NUMERIC_THAI_YEAR`)."""
    return _BUDDHIST_DIGITS.search(text) is not None and _NUMERIC_THAI_YEAR.search(text) is not None


@functools.cache
def _japanese_era() -> re.Pattern[str]:
    """A year of a Japanese era ("令和5年", "平成31年", "令和元年"; group 1 the era, 2 the
    year), its digits already ASCII: the eras of date_words.json."""
    eras = "|".join(map(re.escape, _CALENDARS["japanese_eras"]))
    first = re.escape(_CALENDARS["japanese_first_year"])
    return re.compile(r"(" + eras + r")\s*(\d{1,2}|" + first + r")\s*年")


def _gregorian_of_era(match: re.Match[str]) -> str:
    """A :func:`_japanese_era` match as the Gregorian year ("令和5年" is "2023年")."""
    era, year = match.groups()
    number = 1 if year == _CALENDARS["japanese_first_year"] else int(year)
    return f"{_CALENDARS['japanese_eras'][era] + number}年"


#: The most a line that is a Japanese era's date prints beside it (a weekday, a time).
_MAX_ERA_REST = 16
# kana: a sentence has them (its particles), a date's line ("（土） 10:30") has none
_KANA = re.compile("[\u3040-\u30ff]")


def era_date_line(text: str) -> bool:
    """Whether ``text`` is a line that prints a Japanese era's date ("令和5年3月1日（水）
    10:30"): the date first, then at most a weekday and a time, no sentence (no kana).

    :func:`date_in` finds none, as a sentence with one is as often a law's or a record's
    citation ("平成30年法律第45号"); a line that is the date alone is a date's.
    """
    line = ascii_digits(text.strip())
    era = _japanese_era().match(line)
    if era is None:
        return False
    read = _gregorian_of_era(era) + line[era.end() :]
    date = _CJK.match(read)
    if date is None:
        return False
    rest = read[date.end() :]
    return len(rest) <= _MAX_ERA_REST and _KANA.search(rest) is None


# Years of the Persian (Solar Hijri) and of the Islamic (lunar Hijri) calendars, 1300-1499,
# and of the Thai Buddhist era, 2400-2699.
_CALENDAR_YEAR = re.compile(r"(?<!\d)(?:1[34]|2[456])\d\d(?!\d)")


# The eras' marks Thai prints before a year ("พ.ศ. 2566", Buddhist; "ค.ศ. 2023", Christian).
_THAI_ERA = re.compile(r"[พค]\.\s?ศ\.")


def _gregorian_of_numeric(match: re.Match[str]) -> str:
    """A :data:`_NUMERIC_THAI_YEAR` match with its year in the Gregorian calendar."""
    if match.group(3) is not None:
        return str(int(match.group(3)) - _BUDDHIST_ERA)
    return match.group(1) + str(int(match.group(2)) - _BUDDHIST_ERA)


def _thai_years(text: str) -> str:
    """``text`` with years of the Buddhist era written as Gregorian ones (2566 is 2023), and
    the eras' marks as blanks (each character stays where it is)."""
    if _THAI.search(text) is None:
        return _NUMERIC_THAI_YEAR.sub(_gregorian_of_numeric, text)
    text = _THAI_ERA.sub(lambda mark: " " * len(mark.group()), text)
    return _THAI_YEAR.sub(lambda year: str(int(year.group()) - _BUDDHIST_ERA), text)


@functools.cache
def _jalali_pattern() -> re.Pattern[str]:
    """A date of the Persian calendar: "۱۵ آذر ۱۴۰۲" (the month's name: groups 1-3, day,
    month, year), or "۱۴۰۲/۰۹/۱۵" (groups 4-6, year first) in Persian digits or with a
    word that names the calendar; its digits already ASCII."""
    months = word_trie(name for names in _CALENDARS["jalali"] for name in names)
    return re.compile(
        r"(?<!\d)(\d{1,2})\s*(" + months + r")(?!\w)\s*(1[34]\d\d)(?!\d)"
        r"|(?<!\d)(1[34]\d\d)\s*([/.\-])\s*(\d{1,2})\s*\5\s*(\d{1,2})(?!\d)"
    )


_PERSIAN_DIGIT = re.compile("[\u06f0-\u06f9]")


def _jalali_in(text: str, persian_digits: bool) -> re.Match[str] | None:
    """The first date of the Persian calendar in ``text`` (digits ASCII), or ``None``.

    A numeric date year first is the Persian calendar's only when the text says
    so (``persian_digits``: it was printed in Persian digits; or a word that names
    the calendar); else "1445/05/22" may be a lunar Hijri date.
    """
    if _CALENDAR_YEAR.search(text) is None:
        return None
    named = persian_digits or any(word in text for word in _CALENDARS["jalali_words"])
    for match in _jalali_pattern().finditer(text):
        if match.group(1) is not None or named:
            return match
    return None


def _from_jalali(match: re.Match[str]) -> dt.date | None:
    """The Gregorian day of a date of the Persian calendar (:func:`_jalali_in`)."""
    if match.group(1) is not None:
        day, year = int(match.group(1)), int(match.group(3))
        name = match.group(2)
        month = next(
            number + 1 for number, names in enumerate(_CALENDARS["jalali"]) if name in names
        )
    else:
        year, month, day = int(match.group(4)), int(match.group(6)), int(match.group(7))
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    days = _jalali_days(year, month, day)
    if month == 12 and day == 30 and days >= _jalali_days(year + 1, 1, 1):
        return None  # the 30th of Esfand of a year that is not leap
    return dt.date.fromordinal(days)


def _jalali_days(year: int, month: int, day: int) -> int:
    """The proleptic Gregorian ordinal of a day of the Persian calendar (its 33-year
    arithmetic cycle, exact for the years of the web)."""
    year += 1595
    days = 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day - 356_033
    return days + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)


@functools.cache
def _bangla_pattern() -> re.Pattern[str]:
    """A date of the Bengali calendar ("১ বৈশাখ ১৪৩১", groups 1-3 the day, month and year,
    perhaps with the era's word "বঙ্গাব্দ"), its digits already ASCII."""
    months = word_trie(name for names in _CALENDARS["bangla"] for name in names)
    words = "|".join(map(re.escape, _CALENDARS["bangla_words"]))
    return re.compile(
        r"(?<!\d)(\d{1,2})\s*(" + months + r")(?![\w" + _INDIC + r"])\s*,?\s*(1[34]\d\d)(?!\d)"
        r"(?:\s*(?:" + words + r"))?"
    )


#: The Bengali script's first letter, vowel signs and marks included (a cheap first test).
_BENGALI = re.compile("[\u0980-\u09ff]")


def _bangla_in(text: str) -> re.Match[str] | None:
    """The first date of the Bengali calendar in ``text`` (digits ASCII), or ``None``."""
    if _BENGALI.search(text) is None:
        return None
    return _bangla_pattern().search(text)


#: The Bengali calendar's year 1426 began on 14 April 2019, when Bangladesh's revised
#: calendar took its present rules; a year is 593 behind the Gregorian one it begins in.
_BANGLA_REVISED = 1426
_BANGLA_BEHIND = 593


def _from_bangla(match: re.Match[str]) -> dt.date | None:
    """The Gregorian day of a date of the Bengali calendar (:func:`_bangla_in`), by the rules
    of Bangladesh's calendar as revised in 2019: each month begins on the same Gregorian day
    every year (date_words.json; Baishakh on 14 April, Falgun on 14 February, Chaitra on 15
    March: Falgun has 30 days in a leap year, else 29); ``None`` for an impossible day or a
    year before those rules."""
    day, name, year = int(match.group(1)), match.group(2), int(match.group(3))
    if year < _BANGLA_REVISED:
        return None
    month = next(number for number, names in enumerate(_CALENDARS["bangla"]) if name in names)
    firsts = _CALENDARS["bangla_first_days"]  # (month, day) of each month's first day

    def first_day(number: int) -> dt.date:
        # (the months from Magh on, January to April, are in the next Gregorian year)
        gregorian_month, gregorian_day = firsts[number % 12]
        after_new_year = number >= 12 or gregorian_month < firsts[0][0]
        return dt.date(year + _BANGLA_BEHIND + after_new_year, gregorian_month, gregorian_day)

    start = first_day(month)
    if not 1 <= day <= (first_day(month + 1) - start).days:
        return None
    return start + dt.timedelta(days=day - 1)


#: The languages whose numeric dates are written year first (date_words.json).
_NUMERIC_YEAR_FIRST = frozenset(_WORDS["numeric_year_first"])


# A date of the lunar Hijri calendar ("22 جمادى الأولى 1445 هـ", "1445/05/22 هـ"): Arabic
# pages print the Gregorian day beside it, which is the one read.
_HIJRI_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}\s*(?:"
    + "|".join(re.escape(name) for names in _CALENDARS["hijri"] for name in names)
    + r")\s*1[34]\d\d(?!\d)\s*(?:(?:هـ|ه(?!\w))(?!\.?\s*ش))?"
    r"|1[34]\d\d\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}(?!\d)\s*(?:هـ|ه(?!\w))(?!\.?\s*ش))"
)


def _year_printed(year: int, text: str) -> bool:
    """Whether ``text`` prints ``year``, in full or as "'19"."""
    for match in _HAS_YEAR.finditer(text):
        printed = match.group()
        if int(printed.lstrip("'")) == (year % 100 if printed.startswith("'") else year):
            return True
    return False


def _english_month(name: str, language: str | None = None) -> str:
    """The English month of a name :func:`_foreign_month` matched, on a page in ``language``
    (a primary subtag, "hr"; ``None`` when it is not known)."""
    lowered = name.lower()
    if language is not None:
        own = _MONTH_IN.get(language)
        if own is not None and lowered in own:
            return own[lowered]  # "listopad" on a Croatian page: October
    english = _MONTH_OF.get(lowered)
    if english is None:
        # the pattern ignores case as re does, one character at a time: Turkish
        # capitals ("MAYIS", "MAİ") match names that str.lower() does not give back
        english = next(v for k, v in _MONTH_OF.items() if re.fullmatch(re.escape(k), name, re.I))
    return english


def _from_cjk(match: re.Match[str]) -> dt.datetime | dt.date | None:
    return _cjk_date(*match.groups())


def _cjk_date(
    year: str, month: str, day: str, hour: str | None, minute: str | None
) -> dt.datetime | dt.date | None:
    """The date (and time) of a CJK date's numbers; ``None`` for an impossible one."""
    try:
        if hour is None:
            return dt.date(int(year), int(month), int(day))
        return dt.datetime(int(year), int(month), int(day), int(hour), int(minute or 0))
    except ValueError:
        return None


def _zone(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """The zone of a printed name or offset; ``None`` (a naive time) for names not known.

    A callable keeps dateutil from guessing: it would otherwise take a name
    that matches the machine's own zone for local time, and warn about others.
    """
    from dateutil import tz

    if name is not None:
        known = TZINFOS.get(name.upper())
        if known is None and name.upper() in SEASONAL_ZONES:
            zone, known = SEASONAL_ZONES[name.upper()]
            seasonal = tz.gettz(zone)  # cached by dateutil
            if seasonal is not None:
                return seasonal
        if known is not None:
            return tz.tzoffset(name, known)
    if offset is not None:
        return tz.UTC if offset == 0 else tz.tzoffset(name, offset)
    return None


# dateutil is most of the time dates take, and a page gives its date in several places
# (JSON-LD, meta tags, printed) that the rules choosing one read more than once: a third
# of the calls on news pages were repeats.  (``text`` is at most _MAX_LENGTH long.)
@functools.lru_cache(maxsize=256)
def _parse(text: str, default: dt.datetime, dayfirst: bool | None) -> dt.datetime:
    from dateutil import parser as dateutil_parser

    result = dateutil_parser.parse(
        text, default=default, fuzzy=True, dayfirst=bool(dayfirst), tzinfos=_zone
    )
    return result

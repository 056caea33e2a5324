"""The section: the first source's, made readable ("/WORLD/MIDDLE_EAST": "World / Middle East")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib import resources

from ....bylines import ARTICLES, CONJUNCTIONS, NAME_PARTICLES, PLACE_WORDS
from .shared import first_text, split_url

__all__ = ["choose_section", "display_section"]

# Where a path of sections splits: slashes, bars, ">" and "»" breadcrumbs.
_LEVELS = re.compile(r"[/|>»›]")
# Words of a slug: joined by underscores, hyphens or pluses ("middle_east", "us-news").
_JOINS = re.compile(r"[_\-+]+")
_WORDS: dict[str, list[str]] = json.loads(
    resources.files(__package__).joinpath("section_words.json").read_text("utf-8")
)
# Values of an empty field, not sections.
_PLACEHOLDERS = frozenset(_WORDS["placeholders"])
# A CMS's "no section" and a site's front page: no section, and no level of one.
_NO_SECTION = frozenset(_WORDS["no_section"])
_VOWELS = frozenset("aeiouyàáâäãåèéêëìíîïòóôöõùúûüýæøœ")
# The small words of a slug printed in lower case inside a title ("ciencia-y-tecnologia" is
# "Ciencia y Tecnologia", "politique-et-societe" "Politique et Societe", "sport-in-der-region"
# "Sport in der Region"), never as acronyms ("Y", "ET", "IN"), and capitalised first ("la-liga"
# is "La Liga"): the conjunctions, articles, particles and place words the bylines read (a new
# language's are new data in byline_words.json)
_SMALL_WORDS = frozenset(
    word
    for word in (*CONJUNCTIONS, *ARTICLES, *NAME_PARTICLES, *PLACE_WORDS)
    if word.isalpha() and word.islower()
)
# Two-letter words of a slug are the acronyms of sections ("uk", "us", "eu", "tv").
_ACRONYM_LENGTH = 2
# A word in capitals this short is an acronym ("NFL"); a longer one a word ("SPACE", "NEWS").
_MAX_ACRONYM = 3


def display_section(section: str) -> str:
    """``section`` as a reader would print it.

    A path ("/WORLD/MIDDLE_EAST", "news>politics") becomes levels joined by
    " / "; a slug's underscores and hyphens become spaces; a level written all
    in capitals or all in lower case is title-cased (two-letter words, as
    "uk" or "us", in capitals; small words, "and" or "und", in lower case past the
    first).  A section already written as words ("Middle East", "Technik & Motor") is
    kept as it is.  A URL gives its path's levels.  A breadcrumb's root ("Home",
    "Startseite") is dropped, and a CMS's name for no section ("Uncategorized",
    "Allgemein") is none: the result is empty when nothing else is left.
    """
    if "," in section and not section.strip().count(" "):
        section = section.split(",")[0]  # "economia,agro": a list of sections, the first leads
    if "://" in section:
        section = split_url(section.strip()).path  # the section's page: its path names it
    levels = [level.strip() for level in _LEVELS.split(section) if level.strip()]
    shown = []
    for level in levels:
        if " ".join(_JOINS.sub(" ", level).casefold().split()) in _NO_SECTION:
            continue  # "Home > World": a breadcrumb's root; "Uncategorized": no section
        if not (level.isupper() or level.islower()):
            shown.append(level.strip())  # written as words already ("Sci-Tech", "U.S.")
            continue
        words = _JOINS.sub(" ", level).split()
        shown.append(" ".join(_word(word, first=not number) for number, word in enumerate(words)))
    return " / ".join(shown)


def _word(word: str, *, first: bool) -> str:
    """A word of a slug or of a section in capitals, as printed in a title (``first``: its
    first word)."""
    letters = word.casefold()
    if not word.isalpha() or "." in word:
        return word
    if letters in _SMALL_WORDS:  # ("la-liga": "La Liga", not an acronym)
        return word.capitalize() if first else letters
    # "uk", "us", "tv"; "nfl", "mlb": short, or without a vowel, a word is an acronym
    if len(letters) <= _ACRONYM_LENGTH or (len(letters) <= 4 and _VOWELS.isdisjoint(letters)):
        return word.upper()
    if word.isupper() and len(word) <= _MAX_ACRONYM:
        return word  # "NFL", "BBC": an acronym printed as one
    return word.capitalize()


def choose_section(values: Iterable[str]) -> str | None:
    """The first section any source gives, made readable (:func:`display_section`)."""
    section = first_text(values)
    if section is None or section.casefold() in _PLACEHOLDERS:
        return None
    shown = display_section(section)
    # ("/", "-": a path or a slug without a word names no section)
    return shown if any(char.isalnum() for char in shown) else None

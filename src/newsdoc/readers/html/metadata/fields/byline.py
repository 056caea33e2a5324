"""The byline: the people (or the organisation) the most trusted source names."""

from __future__ import annotations

import re
from collections.abc import Collection

from .....model import Byline, Person
from ....bylines import (
    CONJUNCTIONS,
    NAME_PARTICLES,
    byline_text,
    clean_name,
    is_organization,
    looks_like_name,
    looks_like_user_name,
    split_authors,
    split_byline,
    strip_by,
)
from ....dates import looks_like_date
from ..found import Found
from .shared import resolve_url, text_key

__all__ = ["MANY_AUTHORS", "choose_byline", "narrow_to_printed", "shown_byline", "weak_byline"]

# ("Jong, Michiel de": the surname's particles printed after the first name)
_SURNAME_FIRST = re.compile(
    r"^([^\W\d_][\w'’\-]+),\s*([^\W\d_][\w'’\-.]+(?:\s+(?:"
    + "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=len, reverse=True))
    + r"))*)$"
)
#: How many bylines printed near the headline are tried.
_MAX_PRINTED_BYLINES = 4
#: What may separate two co-authors in a byline: commas and conjunctions.
_LIST_GAP = re.compile(r"(?:\s|[,;&、，]|\b(?:" + "|".join(CONJUNCTIONS) + r")\b)*", re.IGNORECASE)
_MAX_UNNAMED_WORDS = 4
#: A declared list this long may be a list of credits (photographer, models, stylists).
MANY_AUTHORS = 3


def weak_byline(byline: Byline | None) -> bool:
    """Whether a byline is worth looking past: none, an organisation's, or user names only."""
    return byline is None or not byline.authors or _handle_only(byline.authors)


def choose_byline(
    found: list[Found],
    publisher: str | None,
    base: str | None,
    sites: Collection[str] = (),
    *,
    language: str | None = None,
) -> Byline | None:
    """The byline of the most trusted source that names a person.

    A source whose names are all user names ("mikecason") yields to a later
    one with real names.  When no source names a person but one names an
    organisation ("AOL Staff"), or a declared author is no one's name
    ("Editor"), the byline keeps that text and names nobody.  A later source
    that names the same people and more (a metadata field often holds only
    the first of several authors) completes the byline.  A declared author
    that is the site's own name (``sites``: "Tribuna" on tribuna.cu) is the
    outlet, not a person.  ``language`` is the page's: its bylines are read
    in it ("Jan Novák a Petr Svoboda" names two people on a Czech page).
    """
    byline, index = _first_byline(found, publisher, base, sites, language)
    if byline is None or index is None:
        return byline
    names = {person.name.casefold() for person in byline.authors}
    for source in found[index + 1 :]:
        other, _ = _first_byline([source], publisher, base, sites, language)
        if other is None or len(other.authors) <= len(byline.authors):
            continue
        others = {person.name.casefold() for person in other.authors}
        if names <= others and _listed_together(other):
            known = {person.name.casefold(): person for person in byline.authors}
            people = []
            for person in other.authors:
                before = known.get(person.name.casefold())
                if before is not None:
                    person = _merge(before, person.url, person.email, person.role)
                people.append(person)
            return Byline(text=other.text, authors=tuple(people))
    return byline


def narrow_to_printed(
    byline: Byline,
    printed: Found,
    publisher: str | None,
    base: str | None,
    *,
    language: str | None = None,
) -> Byline:
    """The byline printed beside the headline, when it names only some of a long declared list.

    A page's metadata may list everyone credited (the writer, the photographer,
    the models "at" their agencies); the byline it prints, linked to each
    author's page, names the writers.  Only people the page links as authors
    narrow the list, and only to some of the same people.
    """
    shown, _ = _first_byline([printed], publisher, base, (), language)
    if shown is None or not shown.authors:
        return byline
    names = {person.name.casefold() for person in shown.authors}
    declared = {person.name.casefold(): person for person in byline.authors}
    linked = {author.name.casefold() for author in printed.authors}
    if not (names < declared.keys() and names <= linked):
        return byline
    people = tuple(
        _merge(declared[p.name.casefold()], p.url, p.email, p.role) for p in shown.authors
    )
    return Byline(text=shown.text, authors=people)


def _first_byline(
    found: list[Found],
    publisher: str | None,
    base: str | None,
    sites: Collection[str] = (),
    language: str | None = None,
) -> tuple[Byline | None, int | None]:
    """:func:`choose_byline` from the first source that names a person, and its index."""
    organizations: list[str] = []
    unnamed: str | None = None
    fallback: Byline | None = None
    for index, source in enumerate(found):
        people: list[Person] = []
        seen: set[str] = set()
        printed = source.source == "visible"
        # a page's own text: its author links only enrich the bylines they sit in
        for raw in () if printed else source.authors:
            # a person who names the site after themselves (a blog's "Haki Benita" by Haki
            # Benita) is still its author: the source's word that they are a person outweighs
            # the name's being the site's, though not an organisation's word in it ("News")
            own_site = raw.person and looks_like_name(raw.name, strict=True)
            if (
                raw.organization
                or is_organization(raw.name, publisher=None if own_site else publisher)
                or (not own_site and text_key(raw.name) in sites)
            ):
                organizations.append(raw.name)
                continue
            url = resolve_url(raw.url, base)
            for person in split_authors(
                _unslug(raw.name, url),
                publisher=None if own_site else publisher,
                language=language,
            ):
                if person.name.casefold() not in seen:
                    seen.add(person.name.casefold())
                    people.append(_merge(person, url, raw.email, raw.role))
        people = _without_site(people, sites)
        if people:
            byline = Byline(text=_join_names([p.name for p in people]), authors=tuple(people))
            if not _handle_only(people):
                return byline, index
            fallback = fallback or byline
        for text in source.bylines[:_MAX_PRINTED_BYLINES] if printed else source.bylines:
            if not printed and text_key(strip_by(text, language=language)) in sites:
                organizations.append(text)
                continue
            authors, named = split_byline(
                text if printed else _surname_first(text),
                strict=printed,
                publisher=publisher,
                language=language,
            )
            if printed and not authors and not named and source.authors:
                # a name of one word the page links to its own author page ("EvilSpark" of
                # /u/EvilSpark): a user name or a nickname, not just any word of the page
                linked = {a.name.casefold() for a in source.authors}
                loose = split_authors(text, publisher=publisher, language=language)
                authors = tuple(p for p in loose if p.name.casefold() in linked)
                if not authors:
                    # a user name with digits ("jdoe42", "user3284"), no one's name but as
                    # its own page's link: the first such link's the text prints
                    words = set(text.casefold().split())
                    users = (a.name.strip() for a in source.authors)
                    authors = tuple(
                        Person(name=name)
                        for name in users
                        if name.casefold() in words and looks_like_user_name(name)
                    )[:1]
            authors = tuple(_without_site(list(authors), sites))
            if authors:
                if printed:
                    links = {a.name.casefold(): a.url for a in source.authors}
                    authors = tuple(
                        _merge(p, resolve_url(links.get(p.name.casefold()), base), None, None)
                        for p in authors
                    )
                # (the names as printed, without the date printed beside them)
                shown = byline_text(shown_byline(text), authors, language=language)
                byline = Byline(text=shown, authors=authors)
                if not _handle_only(authors):
                    return byline, index
                fallback = fallback or byline
                break
            organizations.extend(named)
            if printed and named:
                break  # the byline printed names an organisation, not a person
            if not printed and not named and unnamed is None:
                # a declared author that is no one's name ("Editor", "admin")
                text = clean_name(strip_by(text, language=language))
                if text and len(text.split()) <= _MAX_UNNAMED_WORDS and not looks_like_date(text):
                    unnamed = text
    if fallback is not None:
        return fallback, None
    if organizations:
        return Byline(
            text=clean_name(strip_by(organizations[0], language=language)), authors=()
        ), None
    if unnamed is not None:
        return Byline(text=unnamed, authors=()), None
    return None, None


#: Blanks before a comma, a full stop or a closing bracket: a byline read from several
#: elements joins their texts with blanks ("<span>Max Muster</span><span>,</span>").
_BLANK_BEFORE_MARK = re.compile(r"(?<!\s)\s+(?=[,.)\]])")  # (a run's start only: linear)


def shown_byline(text: str) -> str:
    """A printed byline's text as a reader sees it: one line, its white space collapsed, and
    no blank before a comma, a full stop or a closing bracket ("Max Muster, Anna Beispiel",
    not "Max Muster , Anna Beispiel": its parts were read from elements of their own)."""
    return _BLANK_BEFORE_MARK.sub("", " ".join(text.split()))


def _without_site(people: list[Person], sites: Collection[str]) -> list[Person]:
    """``people`` without a name that is the site's own (its publisher's or its domain's name:
    "Max Muster | Beispiel" on beispiel.de), when someone else is named beside it."""
    if len(people) < 2 or not sites:
        return people
    kept = [
        person
        for person in people
        if (key := text_key(person.name)) not in sites and key.replace(" ", "") not in sites
    ]
    return kept or people


def _listed_together(byline: Byline) -> bool:
    """Whether the byline's text lists its people one after the other ("A, B and C").

    What separates co-authors is a comma or a conjunction; anything else
    between two names ("A | Category: Politics") means they are not one list.
    """
    text = byline.text.casefold()
    end = -1
    for person in byline.authors:
        start = text.find(person.name.casefold(), max(end, 0))
        if start < 0:
            return False
        if end >= 0 and _LIST_GAP.fullmatch(text[end:start]) is None:
            return False
        end = start + len(person.name)
    return True


def _merge(person: Person, url: str | None, email: str | None, role: str | None) -> Person:
    return Person(
        name=person.name,
        role=person.role or role,
        email=person.email or email,
        url=person.url or url,
    )


def _handle_only(people: list[Person] | tuple[Person, ...]) -> bool:
    """Whether every name is one lower-case word: a user name ("mikecason"), not a name."""
    return all(" " not in p.name and p.name.islower() for p in people)


def _unslug(name: str, url: str | None) -> str:
    """A name given as its own profile URL's slug ("Graciela-Cuevas" of
    ``/autor/graciela-cuevas/2338``) with its words apart; else as
    :func:`_surname_first` reads it."""
    if " " not in name and "-" in name and url and name.lower() in url.lower():
        words = name.split("-")
        return " ".join(word if word[:1].isupper() else word.capitalize() for word in words)
    return _surname_first(name)


def _surname_first(text: str) -> str:
    """ "Gillman, Steve" (a metadata convention) as "Steve Gillman"."""
    match = _SURNAME_FIRST.match(text)
    return f"{match.group(2)} {match.group(1)}" if match else text


def _join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]

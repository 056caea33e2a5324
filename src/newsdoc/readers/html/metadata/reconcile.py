"""Weighing what every source found into one answer per field.

Sources come most trusted first: JSON-LD, then ``<meta>``/``<link>``, then
microdata, hNews / h-entry, then what is printed on the page (bylines,
``<time>``, dated elements near the headline), then the URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from itertools import islice
from urllib.parse import SplitResult, urljoin, urlsplit

from ....model import Byline, Image, Person
from ...bylines import (
    CONJUNCTIONS,
    clean_name,
    is_organization,
    split_authors,
    split_byline,
    strip_by,
)
from ...dates import looks_like_date, parse_date
from ..tree import Element
from .collect import HeadData, element_text
from .found import Found, RawImage, clean_text
from .page import find_dek

__all__ = [
    "choose_byline",
    "choose_date",
    "choose_headline",
    "date_from_url",
    "normalize_language",
    "resolve_url",
]

#: A real title has a handful of parts; the search below tries every run of parts
#: (quadratic in parts, each compared in full), so a hostile title is left whole.
_MAX_TITLE_PARTS = 16
#: What separates a headline from the site's name in a ``<title>``.
TITLE_SEPARATORS = re.compile(r"(?<!\s)(?:\s+[|–—\-:·»/~]\s+|\s*[|·»:：_｜]\s*)")
_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})([/\-_.]?)(0[1-9]|1[0-2]|[1-9](?=/))\2(0[1-9]|[12]\d|3[01]|[1-9](?=/))(?!\d)"
)
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$")
_SURNAME_FIRST = re.compile(r"^([^\W\d_][\w'’\-]+),\s*([^\W\d_][\w'’\-.]+)$")
#: How many bylines printed near the headline are tried.
_MAX_PRINTED_BYLINES = 4
#: What may separate two co-authors in a byline: commas and conjunctions.
_LIST_GAP = re.compile(
    r"(?:\s|[,;&、，]|\b(?:" + "|".join(CONJUNCTIONS) + r")\b)*", re.IGNORECASE
)
_MAX_UNNAMED_WORDS = 4
# News on the web: nothing before the first newspapers, nothing in the far future.
#: Languages (besides US English) that print the month first ("05/07/2019" is May 7).
_MONTH_FIRST = frozenset({"fil", "fil-ph"})
_FIRST_YEAR = 1600
_LAST_YEAR = 2200
_DEK_MIN = 20
_MAX_HEADLINE = 300
_MAX_SITE_WORDS = 5
_MAX_H1S = 8
_MAX_H1_DEPTH = 4
#: Classes and ids of an ``<h1>`` (or its parents) that is not the article's headline.
NOT_HEADLINE = ("logo", "masthead", "site-title", "sitename", "site-name", "brand", "hidden",
                "sr-only", "visually-hidden", "screen-reader", "offscreen", "widget", "sidebar",
                "related", "comment")  # fmt: skip
#: Class or id words of an ``<h2>`` that prints the article's title.
TITLE_MARKS = ("title", "headline", "heading", "hed")
#: Class or id tokens of a parent that holds the site's name or asides, not the article.
NOT_HEADLINE_CONTAINER = frozenset({"logo", "site-logo", "masthead", "branding", "brand",
                                    "site-title", "site-branding", "sidebar", "widget", "sr-only",
                                    "hidden", "visually-hidden", "site-header"})  # fmt: skip
_DEK_MAX = 400
_WORD_RUN = re.compile(r"\w+")
_MAX_TAGS = 40
_MAX_IMAGES = 8


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c < "\u0250" for c in letters) * 2 >= len(letters)


# the headline rules compare the same few titles many times over
@functools.lru_cache(maxsize=512)
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD_RUN.findall(text))


# --- urls --------------------------------------------------------------------


def _split(url: str) -> SplitResult:
    """``urlsplit`` that never raises: a malformed URL ("http://[") has no parts."""
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", "", "", "")


def resolve_url(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; ``None`` unless it is http(s)."""
    if not href:
        return None
    href = href.strip()
    if href.startswith("//"):
        scheme = _split(base).scheme if base else ""
        href = f"{scheme or 'https'}:{href}"
    elif base and not href.startswith(("http://", "https://")):
        try:
            href = urljoin(base, href)
        except ValueError:  # a malformed base or href ("http://[")
            return None
    if not href.startswith(("http://", "https://")) or any(c in href for c in " \n\t<>\"'"):
        return None
    return href


def choose_url(head: HeadData, found: list[Found], url: str | None) -> str | None:
    """The canonical URL (``<link rel=canonical>``, ``og:url``, JSON-LD), else ``url``."""
    for candidate in (*head.links.get("canonical", ()), *(u for f in found for u in f.urls)):
        resolved = resolve_url(candidate, url)
        if resolved:
            return resolved
    return url


def site_names(publishers: list[str], url: str | None) -> list[str]:
    """The site's names, normalised: the publisher's, and the parts of its domain."""
    # a "publisher" of many words is a page title put in the wrong field
    names = [_norm(name) for name in publishers if name and len(name.split()) <= _MAX_SITE_WORDS]
    if url:
        host = _split(url).hostname or ""
        parts = host.split(".")[:-1]  # without the top-level domain
        names += [part for part in parts if len(part) >= 3 and part not in ("www", "amp", "com")]
        names.append(_norm(host.removeprefix("www.")))
    return [name for name in names if name]


# --- headline ----------------------------------------------------------------


def _is_site(part: str, sites: list[str]) -> bool:
    key = _norm(part)
    if not key:
        return True
    squashed = key.replace(" ", "")
    for site in sites:
        site_squashed = site.replace(" ", "")
        if key == site or squashed == site_squashed:
            return True
        shorter, longer = sorted((squashed, site_squashed), key=len)
        if len(shorter) >= 3 and shorter in longer and 2 * len(shorter) >= len(longer):
            # "NYTimes.com" / "nytimes", "POPSUGAR Home" / "popsugar"
            return True
    return False


def strip_site_name(title: str, sites: list[str], others: Iterable[str] | set[str] = ()) -> str:
    """``title`` without a leading or trailing site name ("Title | Site", "Site: Title").

    A part is a site name when it matches the publisher or the domain, or
    when another source gives the title without it (``others``: texts, or a
    set of texts already normalised).
    """
    known = others if isinstance(others, set) else {_norm(other) for other in others if other}
    parts = TITLE_SEPARATORS.split(title)
    if not 2 <= len(parts) <= _MAX_TITLE_PARTS:
        return title
    # the longest run of parts another source agrees with wins outright
    for start in range(len(parts)):
        for end in range(len(parts), start, -1):
            if end - start == len(parts):
                continue
            candidate = _join(title, parts, start, end)
            if candidate is not None and _norm(candidate) in known:
                return candidate
    start, end = 0, len(parts)
    while end - start > 1 and _is_site(parts[end - 1], sites):
        end -= 1
    while end - start > 1 and _is_site(parts[start], sites):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    return _join(title, parts, start, end) or title


def _join(title: str, parts: list[str], start: int, end: int) -> str | None:
    """The text of ``title`` from ``parts[start]`` to ``parts[end - 1]``, separators kept."""
    first = title.find(parts[start])
    last_part = parts[end - 1]
    last = title.rfind(last_part)
    if first < 0 or last < first:
        return None
    return title[first : last + len(last_part)].strip() or None


def _plausible_h1(element: Element, text: str, sites: list[str]) -> bool:
    """Whether an ``<h1>`` can be the article's headline (not the logo, not hidden)."""
    if not text or len(text) > _MAX_HEADLINE or _is_site(text, sites) or _is_logo(element):
        return False
    if "alternativeheadline" in (element.get("itemprop") or "").lower():
        return False  # the page itself says this is not the headline
    node = element.getparent()
    for _ in range(_MAX_H1_DEPTH):
        if node is None or node.tag in ("body", "article", "main"):
            break
        if node.tag in ("nav", "footer", "aside"):
            return False
        tokens = f"{node.get('class') or ''} {node.get('id') or ''}".lower().split()
        if any(token in NOT_HEADLINE_CONTAINER for token in tokens):
            return False
        node = node.getparent()
    return True


def _is_logo(element: Element) -> bool:
    """An ``<h1>`` marked as the logo or hidden, or one that links to the site's home page."""
    key = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if any(mark in key for mark in NOT_HEADLINE):
        return True
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if href in ("/", "./", "#") or (_split(href).path in ("", "/") and "://" in href):
            return True
    return False


def _heading_text(element: Element) -> str:
    """The text of a heading without that of pictures in it (an SVG's ``<title>``)."""
    if next(element.iter("svg"), None) is None:
        return element_text(element)
    parts = []
    for node in element.iter():
        if node.tag in ("svg", "title", "script", "style"):
            if node.tail:
                parts.append(node.tail)
            continue
        if node is element or not _inside_svg(node, element):
            if node.text and node.tag not in ("svg", "title"):
                parts.append(node.text)
            if node is not element and node.tail:
                parts.append(node.tail)
    return " ".join("".join(parts).split())


def _inside_svg(node: Element, stop: Element) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == "svg":
            return True
        parent = parent.getparent()
    return False


def _related(text: str, others: list[str]) -> bool:
    """Whether ``text`` shares a word (4 letters or more; 3 characters in CJK) with ``others``."""
    words = {word for word in text.split() if len(word) >= 4}
    if any(word in other.split() for other in others for word in words):
        return True
    if not _is_latin(text):
        grams = {text[i : i + 3] for i in range(len(text) - 2)}
        return any(gram in other for other in others for gram in grams if " " not in gram)
    return False


def _overlap(text: str, keys: list[str]) -> float:
    """How much of ``text`` (its words; its 3-character runs in CJK) a declared headline has."""
    key = _norm(text)
    if _is_latin(text):
        parts = [word for word in key.split() if len(word) >= 4]
    else:
        parts = [key[i : i + 3] for i in range(len(key) - 2) if " " not in key[i : i + 3]]
    if not parts:
        return 1.0 if key in keys else 0.0
    best = max(sum(part in other for part in parts) for other in keys)
    return best / len(parts)


def _matches(text: str, keys: list[str]) -> bool:
    """Whether a printed heading is, or shares words with, a declared headline."""
    key = _norm(text)
    if key in keys:
        return True
    long_enough = len(text.split()) >= 3 or (not _is_latin(text) and len(text) >= 8)
    return long_enough and _related(key, keys)


def choose_headline(
    found: list[Found],
    h1s: list[Element],
    title: str | None,
    sites: list[str],
    h2s: Iterable[Element] = (),
    headings: Iterable[Element] = (),
) -> tuple[str | None, Element | None]:
    """The headline, and the heading element that prints it when there is one.

    The headline printed on the page wins: the first ``<h1>`` (not the site's
    logo, not hidden) that a declared headline (JSON-LD, og:title, ...) or the
    ``<title>`` names or shares a word with; else an ``<h2>`` whose class
    says it is the title and that matches the same way, or an ``<h2>`` that
    prints a declared headline in full or made longer.  A declared headline,
    without the site's name, is the fallback.  An ``<h1>`` that prints only the
    site's part of the ``<title>`` yields to the heading among ``headings``
    (``<h2>``, ``<h3>``) that prints the rest of it.
    """
    declared_raw = [text for f in found for text in f.headlines]
    h1_texts = [(element, _heading_text(element)) for element in h1s[:_MAX_H1S]]
    plausible = [(e, t) for e, t in h1_texts if _plausible_h1(e, t, sites)]
    others = {_norm(t) for t in declared_raw + [t for _e, t in plausible] if t}
    declared = [strip_site_name(text, sites, others) for text in declared_raw]
    if title:
        declared.append(strip_site_name(title, sites, others))
    declared = [text for text in declared if text and not _is_site(text, sites)]
    keys = [_norm(text) for text in declared]
    if not keys:
        return (plausible[0][1], plausible[0][0]) if plausible else (None, None)
    for element, text in plausible:
        if _matches(text, keys):
            if title and _norm(text) not in {_norm(t) for t in declared_raw}:
                entry = _entry_heading(text, title, headings, sites)
                if entry is not None:
                    return entry
            return text, element
    for element in islice(h2s, _MAX_H1S * 4):
        mark = " ".join(element.get(name) or "" for name in ("class", "id", "itemprop"))
        text = _heading_text(element)
        if not text:
            continue
        marked = any(word in mark.lower() for word in TITLE_MARKS)
        named = (marked and _overlap(text, keys) >= 0.5) or _completes(_norm(text), keys)
        if named and _plausible_h1(element, text, sites):
            return text, element
    return declared[0], None


def _completes(key: str, keys: list[str]) -> bool:
    """Whether a printed heading is a declared headline, or that headline made longer.

    A meta title is often a shortened copy of the printed one ("NSF 2019 in
    Kansai" for "NSF 2019 in Kansai: the conference ..."), never the reverse.
    """
    for declared in keys:
        long_enough = len(declared.split()) >= 3 or (not _is_latin(declared) and len(declared) >= 8)
        if long_enough and key.startswith(declared):
            return True
    return False


def _entry_heading(
    h1_text: str, title: str, headings: Iterable[Element], sites: list[str]
) -> tuple[str, Element] | None:
    """The entry's heading when the ``<h1>`` prints only the site's part of the ``<title>``.

    On a blog, "Site - Entry" is the ``<title>``, the site's name is the
    ``<h1>`` of every page, and the entry's title an ``<h2>``/``<h3>`` below:
    when a heading prints the rest of the ``<title>`` and that rest is longer
    than the ``<h1>`` (a site's name is shorter than a headline), the ``<h1>``
    is the site's name.
    """
    parts = TITLE_SEPARATORS.split(title)
    if not 2 <= len(parts) <= _MAX_TITLE_PARTS:
        return None
    key = _norm(h1_text)
    if key == _norm(parts[0]):
        rest = _join(title, parts, 1, len(parts))
    elif key == _norm(parts[-1]):
        rest = _join(title, parts, 0, len(parts) - 1)
    else:
        return None
    if rest is None or len(_norm(rest)) <= len(key):
        return None
    wanted = _norm(rest)
    for element in islice(headings, _MAX_H1S * 4):
        text = _heading_text(element)
        if _norm(text) == wanted and _plausible_h1(element, text, sites):
            return text, element
    return None


def choose_dek(found: list[Found], h1: Element | None, headline: str | None) -> str | None:
    """The standfirst: printed after the headline, else a description that reads as one."""
    if h1 is not None:
        dek = find_dek(h1)
        if dek and (headline is None or _norm(dek) != _norm(headline)):
            return dek
    for text in (t for f in found for t in f.descriptions):
        if not _DEK_MIN <= len(text) <= _DEK_MAX or text.endswith(("...", "…", "[…]")):
            continue
        if headline is not None and _norm(text) in (_norm(headline), ""):
            continue
        return text
    return None


# --- authors -------------------------------------------------------------------


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


def weak_byline(byline: Byline | None) -> bool:
    """Whether a byline is worth looking past: none, an organisation's, or user names only."""
    return byline is None or not byline.authors or _handle_only(byline.authors)


def _surname_first(text: str) -> str:
    """ "Gillman, Steve" (a metadata convention) as "Steve Gillman"."""
    match = _SURNAME_FIRST.match(text)
    return f"{match.group(2)} {match.group(1)}" if match else text


def choose_byline(found: list[Found], publisher: str | None, base: str | None) -> Byline | None:
    """The byline of the most trusted source that names a person.

    A source whose names are all user names ("mikecason") yields to a later
    one with real names.  When no source names a person but one names an
    organisation ("AOL Staff"), or a declared author is no one's name
    ("Editor"), the byline keeps that text and names nobody.  A later source
    that names the same people and more (a metadata field often holds only
    the first of several authors) completes the byline.
    """
    byline, index = _first_byline(found, publisher, base)
    if byline is None or index is None:
        return byline
    names = {person.name.casefold() for person in byline.authors}
    for source in found[index + 1 :]:
        other, _ = _first_byline([source], publisher, base)
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


def _first_byline(
    found: list[Found], publisher: str | None, base: str | None
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
            if raw.organization or is_organization(raw.name, publisher=publisher):
                organizations.append(raw.name)
                continue
            url = resolve_url(raw.url, base)
            for person in split_authors(_surname_first(raw.name), publisher=publisher):
                if person.name.casefold() not in seen:
                    seen.add(person.name.casefold())
                    people.append(_merge(person, url, raw.email, raw.role))
        if people:
            byline = Byline(text=_join_names([p.name for p in people]), authors=tuple(people))
            if not _handle_only(people):
                return byline, index
            fallback = fallback or byline
        for text in source.bylines[:_MAX_PRINTED_BYLINES] if printed else source.bylines:
            authors, named = split_byline(
                text if printed else _surname_first(text), strict=printed, publisher=publisher
            )
            if authors:
                if printed:
                    links = {a.name.casefold(): a.url for a in source.authors}
                    authors = tuple(
                        _merge(p, resolve_url(links.get(p.name.casefold()), base), None, None)
                        for p in authors
                    )
                byline = Byline(text=" ".join(text.split()), authors=authors)
                if not _handle_only(authors):
                    return byline, index
                fallback = fallback or byline
                break
            organizations.extend(named)
            if printed and named:
                break  # the byline printed names an organisation, not a person
            if not printed and not named and unnamed is None:
                # a declared author that is no one's name ("Editor", "admin")
                text = clean_name(strip_by(text))
                if text and len(text.split()) <= _MAX_UNNAMED_WORDS and not looks_like_date(text):
                    unnamed = text
    if fallback is not None:
        return fallback, None
    if organizations:
        return Byline(text=clean_name(strip_by(organizations[0])), authors=()), None
    if unnamed is not None:
        return Byline(text=unnamed, authors=()), None
    return None, None


def _join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- dates ---------------------------------------------------------------------


def day_first(language: str | None) -> bool | None:
    """Whether "07/05/2019" is the 7th of May on a page in ``language``.

    Month first only in US English (and when the language is unknown or
    English without a region, as most such pages are American).
    """
    if language is None:
        return None
    tag = language.lower()
    if tag in ("en", "en-us") or tag in _MONTH_FIRST:
        return None
    return True


def choose_date(
    values: Iterable[str], dayfirst: bool | None = None
) -> dt.datetime | dt.date | None:
    """The first of ``values`` that reads as a whole, plausible date.

    Placeholders such as ``0001-01-01T00:00:00`` (an empty date field) are skipped.
    ``dayfirst`` settles "07/05/2019" (see :func:`day_first`).
    """
    for value in values:
        when = parse_date(value, dayfirst=dayfirst)
        if when is not None and _FIRST_YEAR <= when.year <= _LAST_YEAR:
            return when
    return None


def date_from_url(url: str | None) -> dt.date | None:
    """The date a URL's path spells out in full (``/2016/12/09/``, ``20161209``), or ``None``."""
    if not url:
        return None
    path = _split(url).path
    match = _URL_DATE.search(path)
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        return None


# --- the rest ------------------------------------------------------------------


def normalize_language(value: str | None) -> str | None:
    """A language tag in BCP 47 form (``en_US`` → ``en-US``), or ``None`` if it is not one."""
    if not value:
        return None
    match = _LANGUAGE.match(value.strip())
    if match is None:
        return None
    language, script, region = match.groups()
    tag = language.lower()
    if script:
        tag += "-" + script.title()
    if region:
        tag += "-" + region.upper()
    return tag


def choose_language(head: HeadData, found: list[Found]) -> str | None:
    """The page's language: ``<html lang>``, JSON-LD, content-language, ``og:locale``."""
    for value in (head.language, *(v for f in found for v in f.languages)):
        tag = normalize_language(value)
        if tag is not None:
            return tag
    return None


def choose_tags(found: list[Found]) -> tuple[str, ...]:
    """The article's tags from every source, without duplicates (case-insensitive)."""
    tags: list[str] = []
    seen: set[str] = set()
    for text in (t for f in found for t in f.tags):
        tag = clean_text(text)
        if tag and len(tag) <= 80 and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags[:_MAX_TAGS])


def choose_images(found: list[Found], base: str | None) -> tuple[Image, ...]:
    """The images the metadata names, lead image first, one per URL."""
    merged: dict[str, RawImage] = {}
    for raw in (image for f in found for image in f.images):
        url = resolve_url(raw.url, base)
        if url is None:
            continue
        old = merged.get(url)
        if old is None:
            if len(merged) < _MAX_IMAGES:
                merged[url] = raw
            continue
        merged[url] = RawImage(
            url=old.url,
            alt=old.alt or raw.alt,
            caption=old.caption or raw.caption,
            credit=old.credit or raw.credit,
            width=old.width or raw.width,
            height=old.height or raw.height,
        )
    return tuple(
        Image(
            url=url,
            alt=clean_text(raw.alt),
            caption=clean_text(raw.caption),
            credit=clean_text(raw.credit),
            width=raw.width,
            height=raw.height,
        )
        for url, raw in merged.items()
    )


def first_text(values: Iterable[str]) -> str | None:
    """The first value that is non-empty text."""
    for value in values:
        text = clean_text(value)
        if text:
            return text
    return None

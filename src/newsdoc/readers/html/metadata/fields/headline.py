"""The headline: the one printed on the page, else a declared one without the site's name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import islice

from ....bylines import ARTICLES, TEXT_OPENERS, is_organization, split_authors, strip_by
from ...tree import Element, glued
from ..collect import element_text
from ..found import Found, one_line
from .shared import split_url, text_key

__all__ = [
    "choose_headline",
    "other_site",
    "publisher_names",
    "site_in_title",
    "site_names",
    "strip_site_name",
    "without_tagline",
]

#: A real title has a handful of parts; the search below tries every run of parts
#: (quadratic in parts, each compared in full), so a hostile title is left whole.
_MAX_TITLE_PARTS = 16
#: What separates a headline from the site's name in a ``<title>``.
TITLE_SEPARATORS = re.compile(r"(?<!\s)(?:\s+[|–—\-:·»/~]\s+|\s*[|·»:：_｜]\s*)")
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


def _is_latin(text: str) -> bool:
    """Whether most of the text's letters (if any) are Latin: its words are then space-separated."""
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c < "\u0250" for c in letters) * 2 >= len(letters)


#: What parts a site's name from what a publisher's field prints after it ("SIMPLYFOUND.COM |
#: BY: JOE WEE"): a bar, or a dash between blanks (not a colon: "BY: JOE WEE" is one part).
#: ((?<!\s) lets a match start only where a run of blanks starts: linear time)
_PUBLISHER_PARTS = re.compile(r"(?<!\s)(?:\s*[|｜]\s*|\s+[–—\-·»/~]\s+)")


def publisher_names(
    publishers: Iterable[str], title: str | None, headlines: list[str], h1s: list[Element]
) -> list[str]:
    """The declared publishers that name the site, in order, each without a byline glued
    after its name.

    A publisher's field may hold a byline after the site's name ("SIMPLYFOUND.COM | BY: JOE
    WEE"): the name is what comes before the first part that opens with a byline's opener
    ("By", "Von", "Par"), and a value that opens with one names no site.  A value that is the
    article's headline (msn's ``application-name``: the page's ``<title>`` or a declared
    headline, printed as an ``<h1>`` that is no logo) is a title put in the wrong field, not
    a site's name (a site's own name may be its ``<title>``, or its logo's ``<h1>``).
    """
    titles = {text_key(text) for text in (title or "", *headlines)} - {""}
    names = []
    for value in publishers:
        name = one_line(value)
        if not name:
            continue
        name = _before_byline(name)
        if not name:
            continue
        key = text_key(name)
        if key in titles and any(
            text_key(element_text(h1)) == key and not _is_logo(h1) for h1 in h1s
        ):
            continue
        names.append(name)
    return names


def _before_byline(name: str) -> str:
    """A publisher's ``name`` up to the part that opens with a byline's opener, if any.

    A later part so opened is a byline glued after the site's name ("SIMPLYFOUND.COM | BY:
    JOE WEE"); the first part is a byline only when its opener has a colon ("By: Jane Roe")
    or is a byline's own word before a person's name ("Por Juan Pérez"): a site's name may
    start with such a word ("Words Without Borders", "Von Mises Institute", "Par Avion").
    """
    start = kept = 0
    for mark in (*_PUBLISHER_PARTS.finditer(name), None):
        end = mark.start() if mark is not None else len(name)
        part = name[start:end].strip()
        rest = strip_by(part)
        if rest != part and (start > 0 or _byline_alone(part, rest)):
            return name[:kept]  # "BY: JOE WEE": the rest is a byline, not the site's name
        if mark is not None:
            kept, start = mark.start(), mark.end()
    return name


def _byline_alone(part: str, rest: str) -> bool:
    """Whether ``part``, which opens with a byline's opener before ``rest``, is a byline
    rather than a site's name that starts with the opener's word."""
    opener = part[: len(part) - len(rest)] if rest and part.endswith(rest) else part
    if ":" in opener or "：" in opener:
        return True
    words = opener.split()
    return (
        len(words) == 1
        and words[0].casefold() in TEXT_OPENERS
        and bool(split_authors(rest, strict=True))
        and not is_organization(rest)
    )


def site_names(publishers: list[str], url: str | None) -> list[str]:
    """The site's names, normalised: the publisher's, and the parts of its domain."""
    # a "publisher" of many words is a page title put in the wrong field
    names = [text_key(name) for name in publishers if name and len(name.split()) <= _MAX_SITE_WORDS]
    if url:
        host = split_url(url).hostname or ""
        parts = host.split(".")[:-1]  # without the top-level domain
        names += [part for part in parts if len(part) >= 3 and part not in ("www", "amp", "com")]
        names.append(text_key(host.removeprefix("www.")))
    return [name for name in names if name]


#: A site's name before its tagline has a few words; the tagline, a phrase, more.
_MAX_NAME_WORDS = 3
_MIN_TAGLINE_WORDS = 4


def without_tagline(name: str) -> str:
    """A site's ``name`` without the tagline printed after it ("Raw Story - Celebrating 18
    Years of Independent Journalism" is "Raw Story", "Yahoo News - Latest News & Headlines"
    is "Yahoo News"): a first part of three words at most, then a phrase of four or more
    ("Deportes | El Mundo", "Deutsche Welle - DW" stay whole); an article that opens the
    name is not counted ("The New York Times - Breaking News, World News & Multimedia" is
    "The New York Times")."""
    if "|" not in name and " " not in name:
        return name
    parts = [part.strip() for part in _PUBLISHER_PARTS.split(name)]
    if len(parts) < 2 or len(parts) > _MAX_TITLE_PARTS or not parts[0]:
        return name
    rest = sum(len(part.split()) for part in parts[1:])
    words = parts[0].split()
    # an article opens a name without making it longer ("The New York Times" as "Los
    # Angeles Times")
    named = len(words) - (words[0].casefold() in ARTICLES)
    if named <= _MAX_NAME_WORDS and rest >= _MIN_TAGLINE_WORDS:
        return parts[0]
    return name


def other_site(declared: str, titled: str, url: str | None) -> bool:
    """Whether a declared publisher names no site the page's <title> and domain name: the
    <title> names the site beside the headline (``titled``, "Reuters"), the domain names it
    too (reuters.com), and the declared name ("U.S.", a section's) is neither, shares no word
    with it ("Folha de S.Paulo" and "Folha") nor is what its initials stand for ("Wall
    Street Journal" and "WSJ"), nor names an organisation (the wire's "Associated Press",
    the owner's "Wikimedia Foundation, Inc.": a publisher, if not the site)."""
    if url is None or is_organization(declared):
        return False
    sites = site_names([], url)
    folded, title_key = _folded(declared), _folded(titled)
    if not _is_site(title_key, sites) or _is_site(folded, sites):
        return False
    words = folded.split()
    if set(words) & set(title_key.split()):
        return False
    return title_key.replace(" ", "") != "".join(word[0] for word in words)


def _folded(name: str) -> str:
    """A name's words without their accents ("Crítica" is "critica", as in its domain)."""
    decomposed = unicodedata.normalize("NFKD", text_key(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_site(part: str, sites: list[str]) -> bool:
    key = text_key(part)
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
    known = others if isinstance(others, set) else {text_key(other) for other in others if other}
    parts = TITLE_SEPARATORS.split(title)
    if not 2 <= len(parts) <= _MAX_TITLE_PARTS:
        return title
    # the longest run of parts another source agrees with wins outright
    for start in range(len(parts)):
        for end in range(len(parts), start, -1):
            if end - start == len(parts):
                continue
            candidate = _join(title, parts, start, end)
            if candidate is not None and text_key(candidate) in known:
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


#: Boxes whose names say "sidebar" but that a layout gives the article's own column (the
#: headline, its byline and date beside the text): an ``<h1>`` there that prints the
#: declared headline is the article's (see :func:`_printed_in_column`).
_COLUMN_NAMES = frozenset({"sidebar"})


def _plausible_h1(element: Element, text: str, sites: list[str], *, column: bool = False) -> bool:
    """Whether an ``<h1>`` can be the article's headline (not the logo, not hidden);
    ``column``: in a box named a sidebar too (:data:`_COLUMN_NAMES`)."""
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
        if any(
            token in NOT_HEADLINE_CONTAINER and not (column and token in _COLUMN_NAMES)
            for token in tokens
        ):
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
        if href in ("/", "./", "#") or (split_url(href).path in ("", "/") and "://" in href):
            return True
    return False


def _heading_text(element: Element) -> str:
    """The text of a heading without that of pictures in it (an SVG's ``<title>``), with a
    blank between two of its elements printed side by side with nothing between them, and
    for a line break.

    A layout prints a kicker and the title in elements of their own, one over the other by
    its style sheet ("<span>Tempolimit</span><span>Das Auto ...</span>"): their texts are
    two lines, not one word ("TempolimitDas").
    """
    svg = next(element.iter("svg"), None) is not None
    if not svg and not any(
        node.tag == "br" or glued(node) for node in islice(element.iter(), 1, None)
    ):
        return element_text(element)
    parts = []
    for node in element.iter():
        if node.tag in ("svg", "title", "script", "style") or not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            continue
        if node is element or not _inside_svg(node, element):
            if node is not element and (node.tag == "br" or glued(node)):
                parts.append(" ")  # (a line break, or a line of its own by its style)
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
    key = text_key(text)
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
    key = text_key(text)
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
    (``<h2>``, ``<h3>``) that prints the rest of it.  An ``<h2>`` that prints the
    ``<title>`` without a few words at one end (the site's name) is the headline too.
    """
    declared_raw = [text for f in found for text in f.headlines]
    h1_texts = [(element, _heading_text(element)) for element in h1s[:_MAX_H1S]]
    plausible = [(e, t) for e, t in h1_texts if _plausible_h1(e, t, sites)]
    others = {text_key(t) for t in declared_raw + [t for _e, t in plausible] if t}
    declared = [strip_site_name(text, sites, others) for text in declared_raw]
    if title:
        declared.append(strip_site_name(title, sites, others))
    declared = [text for text in declared if text and not _is_site(text, sites)]
    keys = [text_key(text) for text in declared]
    if not keys:
        return (plausible[0][1], plausible[0][0]) if plausible else (None, None)
    for element, text in plausible:
        if _matches(text, keys):
            if title and text_key(text) not in {text_key(t) for t in declared_raw}:
                entry = _entry_heading(element, text, title, headings, sites)
                if entry is not None:
                    return entry
            return text, element
    for element, text in h1_texts:
        if _printed_in_column(element, text, keys, sites):
            return text, element
    for element in islice(h2s, _MAX_H1S * 4):
        mark = " ".join(element.get(name) or "" for name in ("class", "id", "itemprop"))
        text = _heading_text(element)
        if not text:
            continue
        marked = any(word in mark.lower() for word in TITLE_MARKS)
        untitled = _title_without_site(text, title) if title is not None else None
        named = (
            (marked and _overlap(text, keys) >= 0.5)
            or _completes(text_key(text), keys)
            or untitled is not None
        )
        if named and _plausible_h1(element, text, sites):
            # (the <title>'s words where the heading's spans glue a kicker to the title)
            return untitled or text, element
    return declared[0], None


def _printed_in_column(element: Element, text: str, keys: list[str], sites: list[str]) -> bool:
    """Whether an ``<h1>`` in a box named a sidebar prints a declared headline whole, or the
    ``<title>``'s first part ("Headline - Site"): a layout's column of the article's head
    (its headline, byline and date), not a sidebar's widget, whose heading is no headline
    of the page."""
    key = text_key(text)
    if not key or not _plausible_h1(element, text, sites, column=True):
        return False
    whole = len(text.split()) >= 3
    return any(key == declared or (whole and declared.startswith(key + " ")) for declared in keys)


def _title_without_site(text: str, title: str) -> str | None:
    """The ``<title>`` without its first or its last part, of a few words (the site's
    name: "Headline - Site"), when a heading prints it, on a page that names its site
    nowhere else (no publisher, no URL).  Compared without spaces: a heading's spans may
    glue a kicker to the title ("WohnungsmarktMieten steigen ...", shown on two lines).
    """
    if len(text.split()) < 3:
        return None
    parts = TITLE_SEPARATORS.split(title)
    if not 2 <= len(parts) <= _MAX_TITLE_PARTS:
        return None
    key = text_key(text).replace(" ", "")
    for start, end, site in ((0, len(parts) - 1, parts[-1]), (1, len(parts), parts[0])):
        rest = _join(title, parts, start, end)
        if (
            len(site.split()) <= _MAX_SITE_WORDS
            and rest is not None
            and text_key(rest).replace(" ", "") == key
        ):
            return rest
    return None


def site_in_title(title: str | None, headline: str | None) -> str | None:
    """The site's name a ``<title>`` prints beside the headline: its last part when the
    headline opens it ("Headline - Section | Site"), its first when the headline ends it
    ("Site: Headline"); a part of a few words, not the headline's own."""
    if not title or not headline:
        return None
    parts = TITLE_SEPARATORS.split(title)
    if not 2 <= len(parts) <= _MAX_TITLE_PARTS:
        return None
    key = text_key(headline)
    for end in range(1, len(parts)):
        if _key_of(title, parts, 0, end) == key:
            return _site_part(parts[-1])
        if _key_of(title, parts, len(parts) - end, len(parts)) == key:
            return _site_part(parts[0])
    return None


def _key_of(title: str, parts: list[str], start: int, end: int) -> str | None:
    text = _join(title, parts, start, end)
    return text_key(text) if text is not None else None


def _site_part(part: str) -> str | None:
    name = part.strip()
    return name if name and len(name.split()) <= _MAX_SITE_WORDS else None


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
    h1: Element, h1_text: str, title: str, headings: Iterable[Element], sites: list[str]
) -> tuple[str, Element] | None:
    """The entry's heading when the ``<h1>`` prints only the site's part of the ``<title>``.

    On a blog, "Site - Entry" is the ``<title>``, the site's name is the
    ``<h1>`` of every page, and the entry's title an ``<h2>``/``<h3>`` below:
    when a heading prints the rest of the ``<title>`` and that rest is longer
    than the ``<h1>`` (a site's name is shorter than a headline), the ``<h1>``
    is the site's name.  Not a heading printed after running text, below the ``<h1>``: on
    a platform whose ``<title>`` is "Entry - Publication", the ``<h1>`` is the entry's,
    and the publication's name a heading of a box after the story (Medium).
    """
    parts = TITLE_SEPARATORS.split(title)
    if not 2 <= len(parts) <= _MAX_TITLE_PARTS:
        return None
    key = text_key(h1_text)
    if key == text_key(parts[0]):
        rest = _join(title, parts, 1, len(parts))
    elif key == text_key(parts[-1]):
        rest = _join(title, parts, 0, len(parts) - 1)
    else:
        return None
    if rest is None or len(text_key(rest)) <= len(key):
        return None
    wanted = text_key(rest)
    for element in islice(headings, _MAX_H1S * 4):
        text = _heading_text(element)
        if (
            text_key(text) == wanted
            and _plausible_h1(element, text, sites)
            and not _text_between(h1, element)
        ):
            return text, element
    return None


#: How much running text (paragraphs) between two headings says that the second comes after
#: an article's text, not right below a site's name.
_MAX_TEXT_BETWEEN = 400


def _text_between(first: Element, second: Element) -> bool:
    """Whether paragraphs of running text (:data:`_MAX_TEXT_BETWEEN` characters or more) are
    printed after ``first`` and before ``second``, in document order (``False`` when
    ``second`` comes before ``first``)."""
    total = 0
    node: Element | None = first
    while node is not None:
        for sibling in node.itersiblings():
            for element in sibling.iter():
                if element is second:
                    return total >= _MAX_TEXT_BETWEEN
                if element.tag == "p" and total < _MAX_TEXT_BETWEEN:
                    total += len(element_text(element))
        node = node.getparent()
    return False

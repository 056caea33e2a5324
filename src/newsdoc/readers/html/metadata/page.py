"""Metadata printed in the page's body: microdata, hNews / h-entry, ``<time>``, bylines.

Microdata comes from one XPath over the page's ``itemprop`` attributes
(attribute tests are cheap inside libxml2).  Bylines and dates marked by a
class, a "By", an author link or a ``<time>`` are looked for near the
headline only: a few hundred elements after the ``<h1>`` and a few before
it, nearest first.  That is where pages print them, it skips the related
stories further down, and it keeps the walk short.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree

from ....tags import primary_subtag
from ....tries import word_trie
from ...bylines import (
    BY_WORDS,
    CONJUNCTIONS,
    CONJUNCTIONS_LOWER,
    LABELS,
    TEXT_OPENERS,
    byline_after_date_fields,
    could_open_byline,
    looks_like_name,
    looks_like_user_name,
    name_beside_agency,
    name_beside_date,
    names_after_date,
    split_authors,
    strip_by,
)
from ...dates import (
    BEFORE_DATE_WORDS,
    CLOCK,
    DATE_CHARACTER,
    DATE_LABELS,
    EVENT_LABELS,
    EVENT_LABELS_BY_LANGUAGE,
    MODIFIED_WORDS,
    NOT_PUBLICATION_WORDS,
    PERIOD_WORDS,
    PLACE_LABELS_BY_LANGUAGE,
    PRESS_RELEASE_WORDS,
    PUBLISHED_WORDS,
    date_in,
    epoch_date,
    era_date_line,
    has_year,
    looks_like_date,
    names_weekday,
    parse_iso_date,
    short_date_in,
    yearless_date_in,
)
from ..body.boilerplate import opens_credit
from ..hints import ENTRY_WORDS, EVENT_WORDS, HEADINGS, REPLY_WORDS, hint_words
from ..tree import Element, edge_elements, itertext, text_content, text_within
from .collect import element_text
from .found import Found, RawAuthor, RawImage, one_line

__all__ = [
    "PageFound",
    "dated_lines",
    "from_page",
    "marked_dates",
    "printed_dates",
    "printed_headline",
    "wire_credits",
]

# Substrings of a class or id that mark a byline or a date, matched in the
# element's lower-cased class and id (``_key``).
BYLINE_MARKS = ("byline", "by-line", "author", "writer", "contributor", "creator", "reporter",
                "posted-by", "postedby", "autor", "auteur", "createdby")  # fmt: skip
# Whole words of a class or id (split at blanks, "-" and "_") that mark a byline: a signature,
# in Spanish and Italian "firma" ("confirmation" holds the letters, not the word). (Not
# "signature": Folha's "c-signature" box prints the dateline's place alone, "São Paulo".)
BYLINE_WORDS = frozenset({"firma"})
DATE_MARKS = ("date", "time", "publish", "posted", "dateline", "datum", "fecha")
# A marked element that is not a byline or date of this article.
NOT_BYLINE = ("bio", "avatar", "image", "img", "photo", "pic", "thumb", "social", "follow",
              "icon", "comment", "more-", "related", "share", "email", "twitter", "facebook",
              "description", "about", "desc", "profile-", "list", "link-", "box", "caption",
              "title")  # fmt: skip
NOT_DATE = ("update", "modif", "comment", "caption", "datepicker", "weather", "join", "birth",
            "regist", "member")  # fmt: skip
# Marks of a time that is no date ("readTime", "duration"): an element whose class says
# "date" too ("article__readTime date") prints its date beside the reading time.
NOT_TIME = ("timeline", "runtime", "reading", "read-time", "duration", "timezone", "readtime",
            "time-to")  # fmt: skip
# Words of an ancestor's class or id (split at "-" and "_") that mark content
# belonging to something else than the article (a pull quote's "author" is its speaker).
OUTSIDE = frozenset({"comment", "comments", "related", "recommend", "recommended", "sidebar",
                     "footer", "promo", "newsletter", "trending", "popular", "mostread",
                     "outbrain", "taboola", "recirc", "quote", "pullquote",
                     "testimonial", "kommentar", "kommentare", "seitenleiste",
                     "archive", "archiv", "meistgelesen", "comentarios",
                     "commentaires", "infobox",
                     # a comment's other names: replies, reactions, a discussion
                     "replies", "responses", "antworten", "reaktionen",
                     "diskussion",
                     # an event's box (its date is the event's day, not the page's), in
                     # some languages, and hCalendar's roots
                     *EVENT_WORDS, "h-event",
                     # a shop's or a product page's list of its customers' reviews
                     "reviews", "bewertungen", "kundenbewertungen", "rezensionen",
                     "recensioni", "opiniones", "beoordelingen"})  # fmt: skip
# (a footer is the article's own inside an <article>: see _outside)
_OUTSIDE_BUT_FOOTER = OUTSIDE - {"footer"}
#: Words of a box named for the headline ("headline__footer": the headline's own footer).
_HEADLINE_WORDS = frozenset({"headline", "heading", "title", "hed"})
#: Words of a box that counts an article's comments, and of one that prints a date: a box
#: named for both ("date-and-comments", "meta-date-comments") is the article's line of its
#: date and the count of its comments, not its comments (a comment's own date box is named
#: "comment-date", singular, inside the comments' box).
_COMMENT_COUNT = frozenset({"comments", "kommentare", "comentarios", "commentaires"})
_DATE_WORDS = frozenset({"date", "dates", "time", "timestamp", "published", "pubdate", "posted",
                         "datum", "fecha", "dateline"})  # fmt: skip


def _names_outside(words: frozenset[str], outside: frozenset[str]) -> bool:
    """Whether a box's class and id ``words`` name one of ``outside`` (comments, related
    links, ...), but for a box named for its date and its comments' count."""
    named = words & outside
    if not named:
        return False
    if named == {"events"} and "pointer" in words:
        return False  # (a style's "pointer-events-none" names no event)
    return not (named <= _COMMENT_COUNT and not words.isdisjoint(_DATE_WORDS))


DEK_MARKS = ("dek", "standfirst", "subtitle", "subhead", "sub-head", "deck", "strapline",
             "summary", "excerpt", "lede", "intro", "teaser", "kicker-sub",
             "description",
             # the same in other languages: Spanish, French, Italian, German, Portuguese,
             # Dutch, Polish
             "entradilla", "sumario", "subtitulo", "bajada", "copete", "chapo", "chapeau",
             "sommario", "vorspann", "linha-fina", "linhafina", "linha_fina", "inleiding",
             "podtytul", "zajawka")  # fmt: skip
_MAX_BYLINE = 200
_MAX_CONTAINER = 150
_CONTAINER_LEVELS = 3
#: Paths of links to an author's page.
AUTHOR_HREFS = ("/author/", "/authors/", "/autor/", "/auteur/", "/profile/", "/staff/",
                "/by/", "/contributor/", "/contributors/", "/journalist/", "/journalists/",
                "/reporter/", "/reporters/", "/writer/", "/writers/", "/columnist/",
                "/columnists/", "/editors/", "author=")  # fmt: skip
#: Paths of links to a user's own page (forums, paste sites, communities): an author's near
#: the headline only (elsewhere on such a page, a menu's "Member List" links there too).
USER_HREFS = ("/u/", "/user/", "/users/", "/member/", "/members/", "/benutzer/", "/mitglied/",
              "/nutzer/",
              # forum software's profile pages, named by a number: phpBB's, vBulletin's and
              # MyBB's, SMF's
              "memberlist.php?mode=viewprofile", "member.php?", "action=profile")  # fmt: skip
# searched in the lower-cased href near the headline (in the href as written by the last
# resort, :func:`_author_links`): a case-insensitive pattern costs several times more
# per character, and is tried at every character of every link
_AUTHOR_HREF = re.compile("|".join(map(re.escape, AUTHOR_HREFS)))
_USER_HREF = re.compile("|".join(map(re.escape, USER_HREFS)))
# A link to a handle's own page ("https://medium.com/@jdoe", "/@jdoe?source=post_page"), as
# blogging platforms link their authors: not to a page under it ("/@jdoe/a-story-1a2b").
_HANDLE_PAGE = re.compile(r"^(?:https?://[^/?#]+)?/@[^/?#\s]+/?(?:[?#]|$)")
# An element whose own text opens with "By" (the rest of the byline in its
# children); matched on the text without its leading blanks, as a leading
# \s* would be backtracked over blank by blank on every indented text
_BY_TEXT = re.compile(
    r"(?:(?:"
    # the one-word openers, those of more than one word ("Geschrieben von", "Posted by"),
    # and a name's label
    + "|".join(map(re.escape, (*TEXT_OPENERS, *(word for word in BY_WORDS if " " in word))))
    + r")\b|(?:"
    + "|".join(map(re.escape, LABELS))
    + r") ?[:：])\s*:?",
    re.IGNORECASE,
)
#: Marks a page prints before a byline's opener ("// By Ann Roe", "— Von Anna Meier").
_DECORATION = " \t\r\n/|•·*–—-"
_MAX_DATE_TEXT = 120
_MAX_LOOSE_DATE = 60
_MAX_LOOSE_RAW = 400  # before its whitespace is collapsed
_TIME = re.compile(r"^\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b")
# A text that opens with a date (after a place, perhaps) and a dash: a dateline.
# A place and a date in brackets the same way ("(08.12.2010) Die ...", "(Berlin, 8. Dezember
# 2010) Die ...").
_OPENING_DATE = re.compile(
    rf"([^–—]{{6,{_MAX_LOOSE_DATE}}}?\d) ?(?:--|[–—]|-(?= ))"
    rf"|\(([^()]{{6,{_MAX_LOOSE_DATE}}}?\d)\) "
)
_MAX_VISIBLE_DATES = 8
# The bars and bullets that part a line of a byline's, a date's and a section's parts.
_PARTS = re.compile(r"\s[•|·]\s")
_MAX_OUTSIDE_DEPTH = 8
_MAX_SCOPE_DEPTH = 20
_WORD_SPLIT = re.compile(r"[\s\-_]+")

_MARK = re.compile(
    "|".join((*BYLINE_MARKS, *BYLINE_WORDS, *DATE_MARKS, "entry", "vcard", "h-card", "p-name"))
)
# A class or id that says what an element prints (a byline, a date, a card): its date is read
# as so marked, never as a loose one; "entry" alone is no such mark (WordPress's "entry-meta",
# the line of a post's date and author).
_MARK_BUT_ENTRY = re.compile(
    "|".join((*BYLINE_MARKS, *BYLINE_WORDS, *DATE_MARKS, "vcard", "h-card", "p-name"))
)
# A printed date that says it is the publication's ("Published Dec 19, 2016",
# "Veröffentlicht am ..."), or a later change's ("Aktualisiert am ..."): the
# words are data (``readers/date_words.json``).
_PUBLISHED = re.compile(r"\s*(?:" + "|".join(map(re.escape, PUBLISHED_WORDS)) + ")", re.IGNORECASE)
_MODIFIED = re.compile(r"\s*(?:" + "|".join(map(re.escape, MODIFIED_WORDS)) + ")", re.IGNORECASE)
# A date that is a person's, not the article's: a member's since, a birthday (data).
_OTHERS_DATE = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, NOT_PUBLICATION_WORDS)) + r")(?!\w)", re.IGNORECASE
)
# A later change's words inside a line that opens with the publication's
# ("Publié le 8/12/2010, mis à jour le 9/12/2010"): where the second date starts.
_MODIFIED_INSIDE = re.compile(
    # (?<!...) lets a match start only where a run of separators starts: linear time
    r"(?<![\s,;|(–—\-])[\s,;|(–—\-]+(?=(?:"
    + "|".join(re.escape(word) + (r"\b" if word[-1].isalnum() else "") for word in MODIFIED_WORDS)
    + r"))",
    re.IGNORECASE,
)
# The publication's words inside a line that opens with a later change's ("Uppdaterad
# 2010-12-08 kl 16.30 Publicerad 2010-12-08 kl 14.05", "更新日：... 投稿日：..."): where the
# publication's date starts (the words themselves, CJK ones without a word's end).
_PUBLISHED_INSIDE = re.compile(
    r"(?<![\s,;|(–—\-])[\s,;|(–—\-]+("
    + "|".join(
        re.escape(word) + (r"\b" if word[-1].isalnum() and word[-1] < "\u3000" else "")
        for word in sorted(PUBLISHED_WORDS, key=len, reverse=True)
    )
    + r")",
    re.IGNORECASE,
)
_HNEWS = re.compile("entry-title|p-name|author|vcard|h-card|published|updated")
# attribute nodes: cheaper for libxml2 than testing every element
_ITEMPROPS = etree.XPath("//@itemprop")
_DATETIMES = etree.XPath("//@datetime")
_PERSON_PAGE = re.compile(
    "(?:" + "|".join(re.escape(href) for href in AUTHOR_HREFS if href.endswith("/")) + r")"
    r"(?:\d+/)?[^/?#\d][^/?#]*",
    re.IGNORECASE,
)
#: How many elements after and before the headline are looked at.
_NEAR_AFTER = 80
_AFTER = 400
_BEFORE = 25
# (the <title> too: its date is weighed as the title's, see fields/dates.py date_in_title)
_SKIP_TAGS = frozenset(
    {"h1", "title", "script", "style", "meta", "link", "img", "svg", "path", "noscript"}
)


@dataclass
class Visible:
    """A byline or date printed on the page."""

    byline: str | None = None
    author: RawAuthor | None = None
    date: str | None = None
    modified: str | None = None
    published: bool = False
    #: a date printed without a class or element that says it is one
    loose: bool = False
    #: how many elements away from the headline it is printed
    distance: int = 0
    #: a date printed without its year ("Posted Nov 18, 8:19 PM"), the text as printed
    yearless: str | None = None
    #: the link to its author's own page that prints the byline, if one does
    link: Element | None = field(default=None, repr=False, compare=False)


@dataclass
class PageFound:
    """What the body says, per convention."""

    microdata: Found = field(default_factory=lambda: Found(source="microdata"))
    hnews: Found = field(default_factory=lambda: Found(source="hnews"))
    visible: Found = field(default_factory=lambda: Found(source="visible"))


def _key(element: Element) -> str:
    classes, ident = element.get("class"), element.get("id")
    if not classes and not ident:
        return " "  # (most elements)
    return f"{classes or ''} {ident or ''}".lower()


# the same classes come back on every list item, teaser and paragraph of a page
@functools.lru_cache(maxsize=4096)
def _key_marks(key: str) -> tuple[bool, bool]:
    """Whether a ``_key`` has hNews / h-entry classes, and whether it marks a byline or date."""
    return _HNEWS.search(key) is not None, _MARK.search(key) is not None


# the same classes come back on the ancestors tested for every element near the headline
@functools.lru_cache(maxsize=4096)
def _key_words(key: str) -> frozenset[str]:
    """The words of a ``_key``, split at blanks, "-" and "_"."""
    return frozenset(_WORD_SPLIT.split(key))


def _outside(element: Element, page: frozenset[Element] = frozenset()) -> bool:
    """Whether ``element`` sits in comments, related links, a footer, a quotation, ...

    A footer inside an ``<article>`` is the article's own (it often holds the
    byline and the date), whether it is a ``<footer>`` or a box whose class
    says so ("story-meta-footer"); one outside is the site's.  A
    ``<blockquote>`` quotes someone else's text: an embedded post's date and
    name (a tweet's "— Ann Roe (@ann) August 22, 2013") are not the article's.

    ``page`` are the boxes that hold the headline (its ancestors): the page's own, whatever
    their names say (a layout's "panel-two-col-sidebar-right" around the article).
    """
    parent = element.getparent()
    footer = False
    for _ in range(_MAX_OUTSIDE_DEPTH):
        if parent is None or parent.tag == "body":
            break
        tag = parent.tag
        if tag in ("article", "main"):
            return False
        if parent not in page:
            if tag in ("nav", "blockquote"):
                return True
            if tag == "aside" and next(parent.iterancestors("article"), None) is None:
                # a sidebar (the site's "Neueste Beiträge" and their dates), not a box of
                # the article's own
                return True
            words = _key_words(_key(parent))
            # (a box named the headline's footer, "headline__footer", prints the byline and
            # the date under the headline, wherever the layout puts it)
            footer = footer or (
                (tag == "footer" or "footer" in words) and words.isdisjoint(_HEADLINE_WORDS)
            )
            if _names_outside(words, _OUTSIDE_BUT_FOOTER):
                return True
        parent = parent.getparent()
    return footer


#: Item types (words of ``itemtype``) whose properties describe something else than the
#: article: a comment's or review's author, a picture's (a photo credit).  (A video's may
#: be the page's own: a video page's author is the video's.)
OTHER_ITEMS = ("comment", "review", "question", "answer", "image", "photo")


#: Of those, the items whose dates are not the page's (a question's is, on a page of questions).
OTHER_DATED_ITEMS = ("comment", "review", "answer", "image", "photo")


def _in_other_item(element: Element, kinds: tuple[str, ...] = OTHER_ITEMS) -> bool:
    """Whether a microdata property belongs to a comment, a review or a picture, not the article
    (``kinds``: words of the item types that are not the article's).

    A property inside a ``<figure>`` is the picture's whatever its scope says.
    """
    parent = element.getparent()
    for _ in range(_MAX_SCOPE_DEPTH):
        if parent is None:
            return False
        if parent.tag in ("figure", "figcaption"):
            return True
        if parent.get("itemscope") is not None:
            kind = (parent.get("itemtype") or "").lower()
            return any(mark in kind for mark in kinds)
        parent = parent.getparent()
    return False


# The data-* attributes that hold a date or a Unix time stamp ("data-publishtime",
# "data-timestamp", "data-date", "data-utime"; group 1: one that says it is the
# publication's); a change's or a comment's are not read.
_DATA_DATE = re.compile(
    r"data-(?:([\w-]*(?:publish|pubdate|pub-date|posted|created)[\w-]*)"
    r"|(?:u|unix-?)?time(?:stamp)?|date(?:time)?|epoch)"
)
_NOT_DATA_DATE = ("update", "modif", "edit", "comment", "expire", "end", "live")


def _data_date(element: Element, *, published_only: bool = False) -> str | None:
    """The date a ``data-*`` attribute of ``element`` gives (:data:`_DATA_DATE`), a time
    stamp written as ISO 8601 in UTC (a machine's copy, not the page's own day).

    ``published_only``: only an attribute named as the publication's
    ("data-publishtime"), for an element that is not marked as a date.
    """
    # by name first: the values of an element's other attributes are never read (and
    # keys(), as iterating an element gives its children)
    for attribute in element.keys():  # noqa: SIM118
        if not isinstance(attribute, str) or not attribute.startswith("data-"):
            continue
        name = attribute.lower()
        match = _DATA_DATE.fullmatch(name)
        if match is None or (published_only and match.group(1) is None):
            continue
        value = element.get(attribute)
        if not isinstance(value, str) or any(word in name for word in _NOT_DATA_DATE):
            continue
        stamp = epoch_date(value)
        if stamp is not None:
            return stamp.isoformat()
        if parse_iso_date(value) is not None:
            return value.strip()
    return None


#: The longest ``data-*`` value read as a JSON object of dates (a component's props are longer,
#: and their dates are other stories' as often as the article's).
_MAX_DATA_JSON = 500
# A key of such an object that names the publication's date ("published", "publishedAt",
# "date_published", "pubDate", "created").
_PUBLISHED_KEY = re.compile(r"publish|pubdate|pub_date|posted|created", re.IGNORECASE)


def _data_json_published(element: Element) -> str | None:
    """The publication's date a ``data-*`` attribute of a date element gives as a small JSON
    object of its dates (``data-microtimes='{"published": "1442501820000", "display": ...,
    "changed": ...}'``): the value of its key named as the publication's, a time stamp or
    ISO 8601.  The element's own ``datetime`` and text may be another of them (the day it
    is shown as, a change's): the key says which is the publication's."""
    for attribute in element.keys():  # noqa: SIM118
        if not isinstance(attribute, str) or not attribute.startswith("data-"):
            continue
        value = element.get(attribute)
        if not isinstance(value, str) or len(value) > _MAX_DATA_JSON:
            continue
        value = value.strip()
        if not value.startswith("{"):
            continue
        try:
            dates = json.loads(value)
        except ValueError:
            continue
        if not isinstance(dates, dict):
            continue
        for key, date in dates.items():
            if (
                not isinstance(date, str | int)
                or _PUBLISHED_KEY.search(key) is None
                or any(word in key.lower() for word in _NOT_DATA_DATE)
            ):
                continue
            stamp = epoch_date(str(date))
            if stamp is not None:
                return stamp.isoformat()
            if isinstance(date, str) and parse_iso_date(date) is not None:
                return date.strip()
    return None


def _date_value(element: Element) -> str | None:
    for attribute in ("datetime", "content", "title"):
        value: str | None = element.get(attribute)
        if value and value.strip() and any(c.isdigit() for c in value):
            stamp = epoch_date(value)
            return stamp.isoformat() if stamp is not None else value.strip()
    data = _data_date(element)
    if data is not None:
        return data
    text = element_text(element)
    if not text or len(text) > _MAX_DATE_TEXT:
        return None
    if len(element) and DATE_CHARACTER.search(text) is not None and not looks_like_date(text):
        # a date badge, its parts in elements of their own and no blank between them
        # ("<span>08</span><span>Dez</span><span>2010</span>" shows "08 Dez 2010")
        spaced = " ".join(" ".join(itertext(element)).split())
        if looks_like_date(spaced):
            return spaced
    return text


def _dated(value: str, *, published: bool, loose: bool = False, label: str = "") -> Visible | None:
    """A printed date as a :class:`Visible`: a change's, the publication's, or both; ``None``
    for a date that says it is someone's ("Joined October 2011", "Registriert: ...").

    A line that opens with the publication's words and goes on with a
    change's ("Veröffentlicht am 8.12.2010, aktualisiert am 9.12.2010") gives
    each its date.  ``label`` is what the page prints right before the date, in
    an element of its own (``<b>Aktualisiert:</b> 09.12.2010``, see :func:`_label`):
    its words say the same as the value's own, which come first.
    """
    if (
        _OTHERS_DATE.match(value)
        or _labelled(_OTHERS_DATE, label)
        or _others_label(value)
        or _others_label(label)
        or _is_period(value)
    ):
        return None
    if _MODIFIED.match(value) or (_labelled(_MODIFIED, label) and not _PUBLISHED.match(value)):
        # "Aktualisiert: 09.12.2010 | Veröffentlicht: 08.12.2010": each its own date
        then = _PUBLISHED_INSIDE.search(value)
        if then is not None:
            after = value[then.start(1) :]
            if date_in(after) is not None or short_date_in(after) is not None:
                return Visible(
                    date=after, modified=value[: then.start()], published=True, loose=loose
                )
        return Visible(modified=value)
    if _PUBLISHED.match(value) or _labelled(_PUBLISHED, label):
        published = True
    # "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"
    change = _MODIFIED_INSIDE.search(value)
    if change is not None:
        before, after = value[: change.start()], value[change.end() :]
        return Visible(date=before, modified=after, published=published, loose=loose)
    return Visible(date=value, published=published, loose=loose)


# The words that join the two ends of a period ("bis", "to", "à"; data), as whole words.
_PERIOD_WORDS = r"(?<!\w)(?:" + "|".join(map(re.escape, PERIOD_WORDS)) + r")(?!\w)"
# A time of the day with what says it is one: minutes, or a word after it ("19:30", "20h30",
# "20 Uhr", "7 p.m.", "10am"); _CLOCK_MARK: the word.
_CLOCK_MARK = r"(?:\s*(?:uhr|hrs|h|[ap]\.?\s?m\.?)(?!\w))"
_CLOCK_TIME = r"\d{1,2}(?:[:.h]\d{2})?" + _CLOCK_MARK
# The one-word labels of someone's or another thing's date (NOT_PUBLICATION_WORDS'), lower case.
_OTHERS_WORDS = frozenset(
    word.rstrip(":") for word in NOT_PUBLICATION_WORDS if " " not in word.strip(" :")
)


def _others_label(text: str) -> bool:
    """Whether ``text`` opens with a label of a few words that ends with one of
    :data:`_OTHERS_WORDS` ("Submission deadline: June 15, 2019", "Application deadline:"),
    not the publication's ("Published today: ...")."""
    colon = text.find(":", 0, _MAX_LABEL + 1)
    if colon <= 0:
        return False
    head = text[:colon].split()
    return (
        len(head) > 1
        and head[-1].casefold() in _OTHERS_WORDS
        and _PUBLISHED.match(text) is None
        and _MODIFIED.match(text) is None
    )


# A period of hours: a time to a time ("19:30 - 22:00", "19.30 bis 22.00 Uhr", "7:30 PM –
# 9:30 PM", "10am - 4pm", "de 20h à 23h", "19 bis 22 Uhr", "from 7 to 9 p.m.").
# (CJK pages print the colon and the dash full width, or a wave dash: "13：00－16：40",
# "13:00～16:40")
_TO = "[-–—－~～〜]"
_HOURS_PERIOD = (
    r"(?<![\d.:：\-/])\d{1,2}[:.：]\d{2}\s*(?:uhr\s*|h\s*)?"
    r"(?:" + _TO + "|" + _PERIOD_WORDS + r")\s*\d{1,2}[:.：]\d{2}(?![\d.:：])",
    # (a time with its word, or a number before a period's word, then a time with its
    # word: "7:30 PM – 9:30 PM", "19 bis 22 Uhr"; not "8 - 2:05 pm", a day and a time)
    r"(?<![\d.:\-/])(?:" + _CLOCK_TIME + r"\s*(?:" + _TO + "|" + _PERIOD_WORDS + r")"
    r"|\d{1,2}(?:[:.]\d{2})?\s+" + _PERIOD_WORDS + r")\s*" + _CLOCK_TIME,
)
_HOURS = re.compile("|".join(_HOURS_PERIOD), re.IGNORECASE)
# A period: of hours, or days to a day before or after a month's name ("15.–16. Juni 2019",
# "15-16 June", "June 15-16, 2019").
_PERIOD = re.compile(
    "|".join(
        (
            *_HOURS_PERIOD,
            r"(?<![\d.:\-/])\d{1,2}\.?\s*[-–—]\s*\d{1,2}\.?\s+[^\W\d_]{3,}",
            r"(?<![^\W\d_])[^\W\d_]{3,}\.?\s+\d{1,2}\s*[-–—]\s*\d{1,2}(?![\d.:])",
        )
    ),
    re.IGNORECASE,
)
# What joins the two dates of a period ("12.03.2019 - 14.03.2019", "vom 12. bis 14. März").
_UNTIL = re.compile(r"\s*(?:" + _TO + "|" + _PERIOD_WORDS + r")\s", re.IGNORECASE)


def _is_period(value: str) -> bool:
    """Whether a printed date is a period: an event's days or hours, an offer's or a
    deadline's span ("12.03.2019 - 14.03.2019", "15.–16. Juni 2019", "12. März 2019 @
    19:30 - 22:00"), never a page's publication."""
    if _PERIOD.search(value) is not None:
        return True
    first = date_in(value)
    if first is None:
        return False
    rest = value[value.index(first) + len(first) :]
    until = _UNTIL.match(rest + " ")
    if until is None:
        return False
    after = rest[until.end() - 1 :].lstrip()
    second = date_in(after)
    # (the second date right after: "Mar 12, 2019 — Updated Mar 14, 2019" is a change's)
    return second is not None and after.startswith(second)


#: A label printed before a date is a few words ("Registriert:", "Zuletzt aktualisiert am").
_MAX_LABEL = 40
# what parts a label from what the line printed before it ("Anna Meier | Aktualisiert:")
_BEFORE_LABEL = "|•·;,"


def _label(element: Element, *, tail: bool = False) -> str:
    """The words a page prints right before a date, in an element of their own, that say
    whose date it is or what it dates: ``<b>Registriert:</b> Mo 3. Jan 2011`` (``tail``:
    the date is ``element``'s tail, the label its text), ``Aktualisiert: <time>``,
    ``<span>Joined</span> <span>March 2009</span>`` (the text before ``element``, up
    through two boxes that open with it); ``""`` when that is no short label.
    """
    if tail:
        text = element_text(element) or ""
    else:
        text = ""
        node = element
        for _ in range(3):
            previous = node.getprevious()
            if previous is not None:
                tail_text = previous.tail
                if tail_text and not tail_text.isspace():
                    text = tail_text
                elif isinstance(previous.tag, str):
                    text = element_text(previous) or ""
                break
            parent = node.getparent()
            if parent is None:
                break
            if parent.text and not parent.text.isspace():
                text = parent.text
                break
            node = parent
    text = " ".join(text.split())
    text = text[max(text.rfind(mark) for mark in _BEFORE_LABEL) + 1 :].strip()
    return text if len(text) <= _MAX_LABEL else ""


# what a label prints after its words: "Registriert:", "Veröffentlicht am", "Published on"
_LABEL_END = " :.-–—|()"
_MAX_LABEL_TAIL = 3


def _labelled(words: re.Pattern[str], label: str) -> bool:
    """Whether ``label`` is one of ``words`` and no more ("Published:", "Aktualisiert am";
    not "Published in FrontBurner", a section's label before the date's box)."""
    match = words.match(label) if label else None
    if match is None:
        return False
    rest = label[match.end() :].strip(_LABEL_END)
    return len(rest) <= _MAX_LABEL_TAIL and " " not in rest


#: What parts the names of a list of authors, printed inside their links.
_BETWEEN_NAMES = " \t\n,;|/&•·"


def _person(element: Element) -> RawAuthor | None:
    """The author an ``itemprop=author`` / ``h-card`` / ``rel=author`` element names."""
    name = None
    for child in element.iter():
        prop = (child.get("itemprop") or "").split()
        if "name" in prop:
            name = one_line(child.get("content")) or element_text(child)
            break
        key = _key(child)
        if child is not element and ("fn" in key.split() or "p-name" in key):
            name = element_text(child)
            break
    if not name:
        name = one_line(element.get("content")) or element_text(element)
    # a list of authors' links carries its separators inside them ("John Patrick Pullen,")
    name = name.strip(_BETWEEN_NAMES) if name else name
    if not name or len(name) > _MAX_BYLINE:
        return None
    url = element.get("href")
    if url is None:
        link = element.find(".//a[@href]")
        url = link.get("href") if link is not None else None
    return RawAuthor(name=name, url=url)


def _microdata(element: Element, props: list[str], found: Found) -> None:
    for prop in props:
        if prop in ("author", "creator") and not _in_other_item(element):
            author = _person(element)
            if author is not None:
                found.authors.append(author)
        elif prop in ("datepublished", "datecreated") and not _in_other_item(
            element, OTHER_DATED_ITEMS
        ):
            value = _date_value(element)
            if value:
                found.published.append(value)
        elif prop == "datemodified" and not _in_other_item(element, OTHER_DATED_ITEMS):
            value = _date_value(element)
            if value:
                found.modified.append(value)
        elif prop == "headline":
            text = one_line(element.get("content")) or element_text(element)
            if text:
                found.headlines.append(text)
        elif prop in ("articlesection", "genre"):
            text = one_line(element.get("content")) or element_text(element)
            if text:
                found.sections.append(text)
        elif prop == "image" and element.tag in ("img", "meta", "link"):
            url = element.get("src") or element.get("content") or element.get("href")
            if url:
                found.images.append(RawImage(url=url, alt=one_line(element.get("alt"))))


def _hnews(
    element: Element, tokens: set[str], found: Found, page: frozenset[Element] = frozenset()
) -> None:
    """Add to ``found`` what the element's hNews / h-entry classes (``tokens``) mark;
    ``page``: the boxes that hold the headline (see :func:`_outside`)."""
    if tokens & {"entry-title", "p-name"} and element.tag in ("h1", "h2"):
        text = element_text(element)
        if text:
            found.headlines.append(text)
    if (
        tokens & {"p-author", "author"}
        and tokens & {"vcard", "h-card"}
        and not _outside(element, page)
    ):
        author = _person(element)
        if author is not None:
            found.authors.append(author)
    dates = tokens & {"published", "dt-published", "updated", "dt-updated"}
    if not dates or _in_other_root(element, tokens):
        return
    if dates & {"published", "dt-published"}:
        value = _date_value(element)
        if value:
            found.published.append(value)
    if dates & {"updated", "dt-updated"}:
        value = _date_value(element)
        if value:
            found.modified.append(value)


#: Classes of the microformats' roots other than an entry's (a person's card, an event, a
#: product, a review): the dates inside one are theirs, not the page's (Wikipedia's infobox
#: prints a film's release as ``<span class="bday dtstart published updated">``).
_OTHER_ROOTS = frozenset({"vcard", "h-card", "vevent", "h-event", "hproduct", "h-product",
                          "hreview", "h-review", "hrecipe", "h-recipe", "hresume",
                          "h-resume"})  # fmt: skip
_ENTRY_ROOTS = frozenset({"hentry", "h-entry", "hnews"})


def _in_other_root(element: Element, tokens: set[str]) -> bool:
    """Whether ``element`` (its class words: ``tokens``) belongs to a microformat that is not
    the page's entry: its nearest root (a few levels up) is a card, an event, a product..."""
    parent = element.getparent()
    words: set[str] | frozenset[str] = tokens
    for _ in range(_MAX_SCOPE_DEPTH):
        if words & _ENTRY_ROOTS:
            return False
        if words & _OTHER_ROOTS:
            return True
        if parent is None:
            return False
        words = frozenset(_key(parent).split())
        parent = parent.getparent()
    return False


# The texts a reader sees: a script's or a style's is code (a script that writes an author's
# e-mail address inside the byline, "hivelogic_enkoder"), whatever element holds it.
_SHOWN_TEXTS = etree.XPath(
    "descendant::text()[not(ancestor::script) and not(ancestor::style)]", smart_strings=False
)


def _shown_texts(element: Element) -> Iterable[str]:
    """The texts under ``element`` a reader sees, in order (:data:`_SHOWN_TEXTS`)."""
    if next(element.iter("script", "style"), None) is None:
        return itertext(element)  # (nearly every element: the cheap way)
    return cast("list[str]", _SHOWN_TEXTS(element))


def _shown_text(element: Element) -> str:
    """The text of ``element`` a reader sees: its scripts' and styles' code left out."""
    if next(element.iter("script", "style"), None) is None:
        return text_content(element)
    return "".join(cast("list[str]", _SHOWN_TEXTS(element)))


def segments_text(element: Element) -> str:
    """The text of ``element`` with one line per text node.

    Bylines print name, outlet and date in separate elements, often without
    spaces between them ("Joe DavidsonWashington PostDec 13, 2016"); the
    line breaks keep them apart for :func:`~newsdoc.readers.bylines.split_authors`.
    """
    parts = (" ".join(text.split()) for text in _shown_texts(element))
    return "\n".join(part for part in parts if part)


def _container(element: Element) -> Element:
    """The largest ancestor (a few levels up) whose text is still byline-sized, and that
    holds no heading (a post's header of a few words: its title, its dek and the byline)."""
    node = element
    for _ in range(_CONTAINER_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "article", "main", "header", "h1"):
            break
        if len(_shown_text(parent)) > _MAX_CONTAINER or _HEADINGS(parent):
            break
        node = parent
    return node


_HEADINGS = etree.XPath("boolean(.//h1 | .//h2 | .//h3)")


def _text_length(element: Element) -> int:
    """The length of an element's text as shown, its indentation and line breaks not counted."""
    return len(" ".join(_shown_text(element).split()))


def _own_page(author: RawAuthor) -> bool:
    """Whether a one-word name is its own page's ("EvilSpark" of ``/u/EvilSpark``, "Kalle"
    of ``/author/kalle/``): a user name or a nickname the site knows its author by."""
    name = author.name.strip()
    if not name or " " in name or author.url is None:
        return False
    # (its digits too: "jdoe42" of /users/123/jdoe42, a user name that is its page's name)
    return _page_name(author.url).casefold() == name.casefold() and (
        looks_like_name(name) or looks_like_user_name(name)
    )


def _page_name(url: str) -> str:
    """The last part of ``url``'s path, its query, fragment and final slash left out
    ("kalle" of ``/author/kalle/?page=2``)."""
    return url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rpartition("/")[2]


#: Classes of a link a forum marks as a user's name (phpBB's, XenForo's, vBulletin's).
_USER_NAME_CLASSES = frozenset({"username", "user-name", "user_name", "author", "poster"})
#: Of those, the ones that mark a user's name as a word of a longer class.
_USER_NAME_WORDS = frozenset({"username", "author", "poster"})
#: A user's page named by a number and the name ("gartenfreund.123" of XenForo's
#: ``/members/gartenfreund.123/``, "123-gartenfreund" of WoltLab's ``/user/123-gartenfreund/``).
_NUMBERED_SLUG = re.compile(r"^(?:\d+[-.])?(.+?)(?:[-.]\d+)?$")


def _marked_user_name(link: Element, author: RawAuthor) -> bool:
    """Whether a link to a user's page prints the user's name though its page does not name
    them (``memberlist.php?mode=viewprofile&u=2``, ``/members/gartenfreund.123/``): the
    forum marks the link as a user name ("username"), or its page's name is the name and a
    number; a name of one word, or of a few that look like one."""
    name = author.name.strip()
    if not (looks_like_name(name) or looks_like_user_name(name)):
        return False  # (a user name keeps its digits: "jdoe42", "user3284")
    classes = (link.get("class") or "").lower()
    if not _USER_NAME_CLASSES.isdisjoint(classes.split()):
        return True
    if classes and not _USER_NAME_WORDS.isdisjoint(_key_words(classes)):
        return True  # (a word of a class: "social-author__name", "post-author-link")
    if " " in name or author.url is None:
        return False
    slug = _NUMBERED_SLUG.match(_page_name(author.url))
    return slug is not None and slug.group(1).casefold() == name.casefold()


#: How far up a post's box is looked for above a link to its poster's page.
_MAX_POST_DEPTH = 8


def _in_later_post(element: Element) -> bool:
    """Whether ``element`` sits in a post of a thread after its first (a box whose class
    names it a post, :data:`..hints.ENTRY_WORDS`, after a box of its kind, or one that names
    it a reply, :data:`..hints.REPLY_WORDS`): its poster replied, the thread's author is the
    first post's."""
    node: Element | None = element
    for _ in range(_MAX_POST_DEPTH):
        if node is None or node.tag == "body":
            return False
        classes = node.get("class") or ""
        words = _key_words(classes.lower())
        if any(w.startswith(ENTRY_WORDS) for w in words):
            if any(w.startswith(REPLY_WORDS) for w in words):
                return True  # (a Q&A page's first answer: no answer before it)
            kind = (node.tag, classes.split()[:1])
            for sibling in node.itersiblings(preceding=True):
                if (sibling.tag, (sibling.get("class") or "").split()[:1]) == kind:
                    return True
        node = node.getparent()
    return False


def _author_links(root: Element) -> Iterator[Element]:
    """The page's links whose ``rel`` says "author" or whose ``href`` is an author's path
    (:data:`AUTHOR_HREFS`, as written), in document order.

    One regular expression per link: an XPath with a ``contains()`` per path
    took three times as long (libxml2 copies the attribute for each test).
    """
    for link in root.iter("a"):
        href = link.get("href")
        if href is not None and (
            "author" in (link.get("rel") or "") or _AUTHOR_HREF.search(href) is not None
        ):
            yield link


def _following(anchor: Element) -> Iterator[Element]:
    """The elements after ``anchor`` in document order (its own content excluded)."""
    node: Element | None = anchor
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()


def _preceding(anchor: Element) -> Iterator[Element]:
    """The elements before ``anchor``, nearest first (its ancestors excluded)."""
    node: Element | None = anchor
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            yield from reversed(list(sibling.iter()))
        node = node.getparent()


def from_page(
    root: Element,
    anchor: Element | None,
    *,
    need_byline: bool = True,
    need_date: bool = True,
    language: str | None = None,
) -> PageFound:
    """The metadata printed in the page's body; ``anchor`` is the headline's ``<h1>``.

    The elements right after the headline are looked at first, then the few
    just before it, then further ones only when those do not print what is
    needed (``need_byline``, ``need_date``).  ``language`` is the page's: two bylines
    printed one after the other are read in it.
    """
    page = PageFound()
    for value in cast("list[Any]", _ITEMPROPS(root)):
        _microdata(value.getparent(), str(value).lower().split(), page.microdata)
    visible: list[Visible] = []
    line = _headline_line(anchor)
    if anchor is not None:
        # right after the headline (where pages print them), then just before it,
        # then further down only when those do not print what is needed
        after = _following(anchor)
        press = _press_release(anchor, language)
        _visit(
            islice(after, _NEAR_AFTER),
            page.hnews,
            visible,
            page=line,
            language=language,
            press=press,
        )
        _visit(
            islice(_preceding(anchor), _BEFORE),
            page.hnews,
            visible,
            start=1,
            above=line,
            upward=True,
            page=line,
            language=language,
            press=press,
        )
        has_byline = any(item.byline for item in visible)
        has_date = any(item.date for item in visible)
        if (need_byline and not has_byline) or (need_date and not has_date):
            _visit(
                islice(after, _AFTER - _NEAR_AFTER),
                page.hnews,
                visible,
                start=_NEAR_AFTER,
                page=line,
                language=language,
                press=press,
            )
    else:
        start = root.find(".//article")
        if start is None:
            start = root.find("body")
        if start is not None:
            _visit(
                islice(start.iter(), _AFTER),
                page.hnews,
                visible,
                above=line,
                top=True,
                language=language,
            )
    if need_byline and not any(item.byline for item in visible):
        # last resort: the first link to an author's page anywhere (an author box
        # after the article, "Par <a href='/auteur/...'>Name</a>" far down)
        for link in _author_links(root):
            # a person's own page ("/auteur/79/roberson-alphonse"), not a list of staff
            if _PERSON_PAGE.search(link.get("href") or "") is None:
                continue
            item = _visible(link, "a", _key(link), language=language)
            if item is not None and item.author is not None and len(item.author.name.split()) > 1:
                visible.append(item)
                break
    _order_visible(visible, page.visible, language)
    if need_date and not page.visible.published:
        # last resort before the URL: the first date-time the page marks up anywhere
        for value in cast("list[Any]", _DATETIMES(root)):
            parent = value.getparent()
            if (
                any(c.isdigit() for c in value)
                and not _outside(parent, line)
                and not _in_site_header(parent, line)
                and not _in_widget(parent)
                and not _in_other_item(parent, OTHER_DATED_ITEMS)
                and not _names_event(parent)
            ):
                page.visible.published.append(str(value).strip())
                break
    return page


@functools.cache
def _press_words(language: str | None) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The words that name a press release in ``language`` (any language's when it is not
    known; ``None`` when it has none): as whole words in a text, and as a class names them in
    any language (lower case, letters only: "pressrelease", "pressemitteilung", found within a
    class's letters)."""
    code = primary_subtag(language) if language else ""
    words = (
        PRESS_RELEASE_WORDS.get(code, ())
        if code
        else tuple(w for ws in PRESS_RELEASE_WORDS.values() for w in ws)
    )
    if not words:
        return None
    # (a class is named in any language: English's on a German site, "press-release")
    named = (w for ws in PRESS_RELEASE_WORDS.values() for w in ws)
    return (
        re.compile(_whole_words(words), re.IGNORECASE),
        frozenset(re.sub(r"[^a-z]", "", word) for word in named if word.isascii()),
    )


#: How many elements before and after the headline are read for a press release's name.
_PRESS_REACH = 10
#: The longest line that names the page (a kicker, a label: "Pressemitteilung Nr. 123").
_MAX_PRESS_LINE = 80


def _press_release(anchor: Element, language: str | None) -> bool:
    """Whether the page says it is a press release (:data:`.dates.PRESS_RELEASE_WORDS`, in
    its ``language``): in its headline or its title, a short line right above or below the
    headline ("Pressemitteilung Nr. 123", a kicker), or the class of a box that holds it
    ("press-release").  A press release prints its place beside its date ("Ort: Berlin,
    Datum: 8.12.2010"), and that date is the publication's."""
    found = _press_words(language)
    if found is None:
        return False
    pattern, classes = found
    title = anchor.getroottree().findtext("head/title") or ""
    for text in (text_content(anchor), title[:_MAX_PRESS_LINE]):
        if pattern.search(" ".join(text.split())) is not None:
            return True
    for box in anchor.iterancestors():
        key = _key(box)
        # (within a class's letters: "node-press-release", "pressemitteilung-detail")
        letters = re.sub(r"[^a-z ]", "", key)
        if key != " " and any(word in letters for word in classes):
            return True
    for element in (
        *islice(_preceding(anchor), _PRESS_REACH),
        *islice(_following(anchor), _PRESS_REACH),
    ):
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        line = element.text
        if (
            line
            and len(line) <= _MAX_PRESS_LINE
            and not line.isspace()
            and pattern.search(line) is not None
        ):
            return True
    return False


def _whole_words(words: Iterable[str]) -> str:
    """An alternation of ``words`` that matches them as whole words (CJK ones as they are,
    inside a run of ideographs: "本页面最后修订于").

    Each kind is tried only where it can start, a word's start or an ideograph: the pattern
    is searched through every dated text of a page, and a long alternation tried at every
    character of it would cost several times more.
    """
    ideographic = [word.lower() for word in words if _IDEOGRAPHS.match(word)]
    other = [word.lower() for word in words if not _IDEOGRAPHS.match(word)]
    # each group a trie (one character tried at a time: an alternation of some 400 words
    # tried at every word's start cost a page of many dated lines a sixth more), its words'
    # end after it: a whole word, but after an ideograph ("更新" in "更新日")
    parts = []
    for group, start in ((other, r"(?<!\w)"), (ideographic, "(?=" + _IDEOGRAPHS.pattern + ")")):
        closed = [word for word in group if not _IDEOGRAPHS.match(word[-1])]
        open_ = [word for word in group if _IDEOGRAPHS.match(word[-1])]
        if closed:
            parts.append(start + "(?:" + word_trie(closed) + r")(?!\w)")
        if open_:
            parts.append(start + "(?:" + word_trie(open_) + ")")
    return "|".join(parts)


_IDEOGRAPHS = re.compile("[\u3000-\u9fff]")


@functools.cache
def _dated_line() -> re.Pattern[str]:
    """A line that says what its date is, the words anywhere in it (group 1: the
    publication's); compiled on first use, as few pages need this last resort."""
    return re.compile(
        r"(?:(" + _whole_words(PUBLISHED_WORDS) + r")|(?:" + _whole_words(MODIFIED_WORDS) + r"))",
        re.IGNORECASE,
    )


_MAX_DATED_LINES = 4
#: The longest line whose date is before its words (a paragraph of the text is longer).
_MAX_CLOSED_LINE = 160
#: Words of an ancestor's class or id that mark someone else's text (a comment's date):
#: those of :data:`OUTSIDE` but a footer's (a page's date line may be in its footer).
_OTHERS = _OUTSIDE_BUT_FOOTER | {"teaser", "teasers", "reply", "replies", "antworten"}


def _in_others(element: Element) -> bool:
    """Whether ``element`` sits in comments, related links or a sidebar (a footer is the page's)."""
    node: Element | None = element
    for _ in range(_MAX_SCOPE_DEPTH):
        if node is None:
            return False
        if _names_outside(_key_words(_key(node)), _OTHERS):
            return True
        node = node.getparent()
    return False


def _last_date(text: str) -> str | None:
    """The last whole date written in ``text``, as written (the one nearest its end)."""
    last = None
    while (written := date_in(text)) is not None:
        last = written
        text = text[text.index(written) + len(written) :]
    return last


def dated_lines(root: Element, language: str | None = None, anchor: Element | None = None) -> Found:
    """Lines anywhere on the page that say what their date is ("Veröffentlicht am 8.12.2010",
    "Last updated on Sep 21, 2017"), outside comments and related links: the last
    resort of a page that prints no date near its headline (a documentation or
    company page prints its date in a footer).  On a page of very many elements, those
    at its start and its end (:func:`.tree.edge_elements`).  ``anchor``: the headline, by
    which a page says it is a press release (:func:`_press_release`)."""
    found = Found(source="visible")
    press = anchor is not None and _press_release(anchor, language)
    for element in edge_elements(root):
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        for text in (element.text, element.tail):
            if not text or len(text) > _MAX_LOOSE_RAW or text.isspace():
                continue  # (white space between elements: most texts of a page)
            if not has_year(text) and short_date_in(text) is None:
                continue
            line = " ".join(text.split())
            words = _dated_line().search(line)
            if words is None:
                continue
            # from the words on ("© 2010-2014 ... Last updated on Sep 21, 2017.")
            after = line[words.start() : words.start() + 2 * _MAX_LOOSE_DATE].strip()
            written = date_in(after) or short_date_in(after)
            if written is not None:
                line = after[: after.index(written) + len(written)]
            elif len(line) <= _MAX_CLOSED_LINE:
                # else, in a line of its own, the date the words close ("Dieser Eintrag
                # wurde am Mittwoch, 8. Dezember 2010 um 14:05 veröffentlicht"), with its time
                before = line[max(0, words.start() - 2 * _MAX_LOOSE_DATE) : words.start()]
                # (or its numeric date with a year of two digits: "5/5/20 tarihinde güncellendi")
                written = _last_date(before) or short_date_in(before)
                line = before[before.rindex(written) :] if written is not None else ""
            else:
                continue
            if written is None or _in_others(element):
                continue
            if _DATE_LABEL.match(words.group()) and (
                _event_line(element, language, press)
                or _beside_event_facts(element, language, press)
            ):
                continue  # ("Datum: 15.06.2019" above "Ort: Stadtpark": an event's day)
            (found.published if words.group(1) else found.modified).append(line)
        if len(found.published) + len(found.modified) >= _MAX_DATED_LINES:
            break
    return found


_MAX_MARKED = 3


def marked_dates(root: Element, anchor: Element | None, language: str | None = None) -> Found:
    """Dates printed anywhere in an element whose class or id says it is a date
    ("<span class='datum'>"), in document order: the last resort of a page that prints
    none near its headline (a long menu before it, no headline found).

    Not those of comments, related links, sidebars, teasers, the site's header, a
    widget, an item of a list or the top bar before the site's menu (see :func:`_in_others`,
    :func:`_in_site_header`, :func:`_in_widget`, :func:`_in_list`, :func:`_before_menu`).
    On a page of very many elements, those at its start and its end
    (:func:`.tree.edge_elements`).
    """
    found = Found(source="visible")
    line = _headline_line(anchor)
    body = root.find("body")
    for element in edge_elements(body if body is not None else root):
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        key = _key(element)
        if key == " " or not _key_marks(key)[1] or any(m in key for m in BYLINE_MARKS):
            continue
        item = _visible(element, tag, key, language=language)
        if item is None or (item.date is None and item.modified is None):
            continue
        if (
            _in_others(element)
            or _in_site_header(element, line)
            or _in_widget(element)
            or _in_list(element)
            or (_todays(item) and _before_menu(element, anchor))
        ):
            continue
        if item.date is not None:
            found.published.append(item.date)
        if item.modified is not None:
            found.modified.append(item.modified)
        if len(found.published) + len(found.modified) >= _MAX_MARKED:
            break
    return found


#: A list of this many items or more is a list of stories, posts or messages.
_MANY_ITEMS = 3


def _in_list(element: Element) -> bool:
    """Whether ``element`` sits in an item of a list of several (a timeline's, an archive's,
    a teaser list's): its date is the item's, not the page's."""
    node: Element | None = element
    for _ in range(_MAX_OUTSIDE_DEPTH):
        if node is None or node.tag in ("body", "article", "main"):
            return False
        parent = node.getparent()
        if node.tag == "li" and parent is not None and len(parent.findall("li")) >= _MANY_ITEMS:
            return True
        node = parent
    return False


#: How many elements after and before the headline tell the printed day: a page prints
#: its date right by the headline (half the walk of :func:`from_page`, which looks for
#: bylines and dates that may be further).
_PRINTED_AFTER = _NEAR_AFTER // 2
_PRINTED_BEFORE = 10


def printed_dates(root: Element, anchor: Element | None) -> Found:
    """The dates printed right after the headline and just before it (nearest first), alone.

    What :func:`from_page` reads first, without microdata, bylines or a
    longer walk: enough to tell on which day (and in which zone) the page
    prints its date.
    """
    visible: list[Visible] = []
    line = _headline_line(anchor)
    if anchor is not None:
        press = _press_release(anchor, None)
        _visit(islice(_following(anchor), _PRINTED_AFTER), None, visible, page=line, press=press)
        _visit(
            islice(_preceding(anchor), _PRINTED_BEFORE),
            None,
            visible,
            start=1,
            above=line,
            upward=True,
            page=line,
            press=press,
        )
    else:
        start = root.find(".//article")
        if start is None:
            start = root.find("body")
        if start is not None:
            _visit(islice(start.iter(), _PRINTED_AFTER), None, visible, above=line, top=True)
    found = Found(source="visible")
    # (a date printed with its byline beside it, "Chris Davies - Nov 19, 2019, 10:31 pm CST",
    # is a date all the same)
    _order_visible([item for item in visible if item.byline is None or item.date], found)
    return found


#: Elements that print a headline when no ``<h1>`` does ("<p class='titulo'>").
_HEADLINE_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "td", "font")


def printed_headline(root: Element, headline: str | None) -> Element | None:
    """The element of the body that prints ``headline`` as its own text, when no ``<h1>`` does.

    Bylines and dates are printed next to the headline whatever its tag; a
    page without an ``<h1>`` prints it in a paragraph or a cell.
    """
    body = root.find("body")
    if not headline or body is None:
        return None
    wanted = " ".join(headline.casefold().split())
    for element in body.iter(_HEADLINE_TAGS):
        text = element.text
        if (
            text
            and len(text) < 2 * len(wanted) + 40
            and " ".join(text.casefold().split()) == wanted
            and len(element) <= 1  # its own text, not a box of teasers that opens with it
        ):
            return element
    return None


def _visit(
    elements: Iterable[Element],
    hnews: Found | None,
    visible: list[Visible],
    start: int = 0,
    above: frozenset[Element] | None = None,
    upward: bool = False,
    top: bool = False,
    page: frozenset[Element] = frozenset(),
    language: str | None = None,
    press: bool = False,
) -> None:
    """Read what ``elements`` print; ``start`` is how far the first is from the headline.

    ``hnews`` gathers what their hNews / h-entry classes mark (``None``: not read).
    ``above``, for elements printed before the headline (or from the top of the
    page without one): the headline's ancestors; a date in the site's header
    (outside them) is not read (see :func:`_site_header`), but for a box of the article's
    own that a layout names so, right above the headline (:func:`_own_top`).  ``upward``: the
    elements are those before the headline, nearest first; a day printed as today's
    (:func:`_todays`) before the site's menus (:func:`_is_menu`) is the site's top bar's,
    the day the page is shown, whatever its class, and is not read.  ``top``: the
    elements are those from the top of a page without a headline; such a day before the
    site's menu and the page's text is not read either (:func:`_before_menu`).  ``page``:
    the headline's ancestors, the page's own boxes whatever their names (:func:`_outside`).
    ``press``: the page is a press release (:func:`_press_release`).
    """
    menu = False
    for distance, element in enumerate(elements, start):
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        if upward and not menu and tag in _MENU_TAGS:
            menu = _is_menu(element, tag)
        key = _key(element)
        if hnews is not None and key != " " and _key_marks(key)[0]:
            _hnews(element, set(key.split()), hnews, page)
        item = _visible(element, tag, key, page, language, press)
        if item is not None:
            if item.byline is None and (
                (menu and _todays(item))
                or (top and _todays(item) and _before_menu(element, None))
                or (
                    above is not None
                    and (box := _site_header(element, above)) is not None
                    # (a box of the article's own that a layout names a top bar, right
                    # above the headline: no menu in it nor after it, no day as today's)
                    and not (
                        upward
                        and not menu
                        and distance <= _PRINTED_BEFORE
                        and _own_top(item, element, box)
                    )
                )
                or _in_widget(element)
            ):
                continue
            item.distance = distance
            visible.append(item)


_MENU_TAGS = frozenset({"nav", "ul", "ol"})
#: How many links to pages of one site make a list the site's menu.
_MENU_LINKS = 3
# links that lead to no page of a site (a share button's, a script's, an anchor's)
_NO_PAGE = ("#", "javascript:", "mailto:", "tel:")


def _is_menu(element: Element, tag: str) -> bool:
    """Whether ``element`` is the site's menu: a ``<nav>``, or a list whose items link to
    :data:`_MENU_LINKS` or more pages of one site (a share bar's items link to as many sites;
    an article's own lists print text)."""
    if tag == "nav":
        return True
    hosts: set[str] = set()
    links = 0
    for item in element.iterchildren("li"):
        link = item.find(".//a")
        href = (link.get("href") or "").strip() if link is not None else ""
        if not href or href.startswith(_NO_PAGE):
            continue
        hosts.add(urlsplit(href).netloc.lower())
        links += 1
    return links >= _MENU_LINKS and len(hosts - {""}) <= 1


def _todays(item: Visible) -> bool:
    """Whether ``item`` is a day printed as a site's top bar prints today's: with its
    weekday and without a time ("Samstag, 7. Dezember 2026"); an article's date printed
    above the menus ("08.12.2010") is not."""
    value = item.date or item.yearless
    return value is not None and names_weekday(value) and CLOCK.search(value) is None


#: A text longer than any item of a menu or a top bar's: the page's own.
_RUNNING_TEXT = 60
#: How many elements after a date are looked at for the site's menu and the headline.
_MENU_SPAN = 1000


def _before_menu(element: Element, anchor: Element | None) -> bool:
    """Whether the site's menu (:func:`_is_menu`) is printed between ``element`` and the
    headline ``anchor`` after it (without a headline: before the page's first running
    text): with a day printed as today's (:func:`_todays`), ``element`` is the site's top
    bar."""
    menu = False
    for node in islice(_following(element), _MENU_SPAN):
        if anchor is None:
            if menu:
                return True
            text = node.text
            if text and len(text) > _RUNNING_TEXT and not text.isspace():
                return False
        elif node is anchor:
            return menu
        tag = node.tag
        if not menu and tag in _MENU_TAGS:
            menu = _is_menu(node, str(tag))
    return menu and anchor is None


#: Classes and ids (whole, lower case) of the site's header and menus; a component's own
#: header ("card-header", "Box-header", "entry-header") is not the site's.
_SITE_HEADER = frozenset({"header", "site-header", "siteheader", "site_header", "page-top",
                          "masthead", "site-masthead", "topbar", "top-bar", "navbar",
                          "top-nav", "topnav", "toolbar", "nav", "navigation", "main-nav",
                          "menu", "main-menu", "mainmenu", "top", "header-top", "top-header",
                          "headerbar", "header-bar", "kopf", "kopfzeile"})  # fmt: skip


#: Words (of a class or id, split at "-" and "_") of a widget that prints the day the page
#: is shown, or the weather or the time beside it: its date is never the article's.
_WIDGET_WORDS = frozenset({"today", "todays", "todaydate", "datetoday", "heute", "clock",
                           "weather", "wetter", "meteo"})  # fmt: skip
# (searched in the whole key: split at "-" and "_", "current-date" is no word)
_CURRENT_DATE = ("current-date", "current_date", "currentdate")


def _in_widget(element: Element) -> bool:
    """Whether ``element`` sits in a widget that prints today's date (:data:`_WIDGET_WORDS`),
    wherever it is (in the headline's own header too)."""
    node: Element | None = element
    for _ in range(_MAX_OUTSIDE_DEPTH):
        if node is None or node.tag in ("body", "article", "main"):
            return False
        key = _key(node)
        if key != " " and (
            not _WIDGET_WORDS.isdisjoint(_key_words(key))
            or any(word in key for word in _CURRENT_DATE)
        ):
            return True
        node = node.getparent()
    return False


def _headline_line(anchor: Element | None) -> frozenset[Element]:
    """The headline's ancestors (none without a headline): what :func:`_in_site_header` spares."""
    return frozenset(anchor.iterancestors()) if anchor is not None else frozenset()


def _own_top(item: Visible, element: Element, box: Element) -> bool:
    """Whether the date ``element`` prints in a box named as the site's header (``box``, see
    :func:`_site_header`) right above the headline is the article's: the box holds no menu
    (a ``<nav>``, a list of the site's links) and the date is no day printed as today's, with
    its weekday ("Montag, 7. Dezember 2026", in its text or its attribute); the caller has
    seen no menu between it and the headline.  A layout's "topbar" over the headline
    ("08.12.2010 | Politik") prints the article's date; a site's header prints its menus
    with today's."""
    value = item.date
    if value is None or names_weekday(value) or names_weekday(_shown_text(element)):
        return False
    if box.find(".//nav") is not None:
        return False
    return not any(_is_menu(menu, str(menu.tag)) for menu in box.iter("ul", "ol"))


def _in_site_header(element: Element, above: frozenset[Element]) -> bool:
    """Whether ``element`` sits in the site's header (see :func:`_site_header`)."""
    return _site_header(element, above) is not None


def _site_header(element: Element, above: frozenset[Element]) -> Element | None:
    """The box of the site's header that ``element`` sits in, if any: a ``<header>``, or a
    box whose class or id is the site header's (:data:`_SITE_HEADER`), that does not hold
    the headline (``above``: its ancestors), or the headline's own header when it holds the
    site's menus (a ``<nav>``) too.

    A date printed there is the day the page was shown (a widget's "Sonntag,
    6. Dezember 2026"), not the article's: no date is better than that one (but
    for a box right above the headline that is the article's own, :func:`_own_top`).
    An ``<article>`` or ``<main>`` is the article's own, whatever its class, and so is a
    ``<header>`` inside an ``<article>`` (:func:`_articles_header`).
    """
    node: Element | None = element
    for _ in range(_MAX_OUTSIDE_DEPTH):
        if node is None or node.tag in ("body", "article", "main"):
            return None
        site = node.tag == "header" or not _SITE_HEADER.isdisjoint(_key(node).split())
        if node in above:
            # the headline's own header, unless it is the site's: it holds the menus too
            return node if site and node.find(".//nav") is not None else None
        if site:
            return None if node.tag == "header" and _articles_header(node) else node
        node = node.getparent()
    return None


def _articles_header(header: Element) -> bool:
    """Whether a ``<header>`` is an article's own: inside an ``<article>``, without the
    site's menus (a ``<nav>``) in it."""
    node = header.getparent()
    for _ in range(_MAX_OUTSIDE_DEPTH):
        if node is None or node.tag == "body":
            return False
        if node.tag == "article":
            return header.find(".//nav") is None
        node = node.getparent()
    return False


def _visible(
    element: Element,
    tag: str,
    key: str,
    page: frozenset[Element] = frozenset(),
    language: str | None = None,
    press: bool = False,
) -> Visible | None:
    """The byline or date ``element`` prints, if any (``key``: its class and id, lower case;
    ``page``: the boxes that hold the headline, see :func:`_outside`; ``language``: the
    page's, whose labels of an event's facts are read; ``press``: the page is a press
    release, see :func:`_press_release`).

    A date that does not say it is the publication's is not read when its class names an
    event ("event-date"), when the lines beside it give an event's facts
    (:func:`_beside_event_facts`), when it dates one item of a list of dated items
    (:func:`_in_dated_list`), or when it sits in the event's box that holds the headline on
    a page that shows other signs of an event (:func:`_in_event_box`): an event's day, a
    programme's.  So is one whose line opens with an event's label ("Ort: Stadtpark, Datum:
    15.06.2019"), but for a place's on a press release ("Ort: Berlin, Datum: 8.12.2010").
    """
    item = _visible_item(element, tag, key, page)
    if (
        item is not None
        and (dated := item.date or item.yearless) is not None
        and item.byline is None
        and (not item.published or _only_dated(dated, element))
        and (
            # (its own class says it is an event's: "event-date", "tribe-event-date-start")
            _names_event(element)
            or _event_line(element, language, press)
            or _beside_event_facts(element, language, press)
            or _in_dated_list(element)
            or _in_event_box(element, page, language)
        )
    ):
        return None
    return item


# A label that says only that a date follows, not whose ("Datum:", "Date", "Fecha:"; data).
_DATE_LABEL = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, sorted(DATE_LABELS, key=len, reverse=True))) + r")\s*:",
    re.IGNORECASE,
)


def _only_dated(value: str, element: Element) -> bool:
    """Whether a date read as published is so only by a label that says a date follows, not
    whose ("Datum: 15.06.2019", ``<th>Date</th><td>...``): beside an event's facts, it is
    the event's."""
    return _DATE_LABEL.match(value) is not None or (
        _DATE_LABEL.fullmatch(_label(element) + ":") is not None
        or _DATE_LABEL.fullmatch(_label(element, tail=True)) is not None
    )


#: How many elements beside a date, and how many levels up, are looked at for an event's facts.
_EVENT_SIBLINGS = 3
_EVENT_LEVELS = 3
#: The longest box of an event's facts (its day, place, start, tickets).
_MAX_FACTS = 300


@functools.cache
def _event_label_pattern(language: str | None, press: bool = False) -> re.Pattern[str] | None:
    """What opens a line with the label of an event's fact ("Ort: Stadtpark", "Venue:",
    "<dt>Wo</dt>") in ``language`` (any language's when it is not known; ``None`` when
    it has no such labels): the label, then its colon if printed (group 1).  On a press
    release (``press``), not a place's label alone ("Ort: Berlin"): it prints its own."""
    code = primary_subtag(language) if language else ""
    labels = EVENT_LABELS_BY_LANGUAGE.get(code, frozenset()) if code else EVENT_LABELS
    if press:
        places = (
            PLACE_LABELS_BY_LANGUAGE.values()
            if not code
            else [PLACE_LABELS_BY_LANGUAGE.get(code, frozenset())]
        )
        labels = labels.difference(*places)
    if not labels:
        return None
    return re.compile(
        r"\s*(?:"
        + "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
        + r")\s*([:：])?",
        re.IGNORECASE,
    )


def _event_line(element: Element, language: str | None, press: bool) -> bool:
    """Whether ``element``'s line opens with the label of an event's fact ("Ort: Stadtpark,
    Datum: 15.06.2019", see :func:`_event_label`; ``press``: the page is a press release)."""
    pattern = _event_label_pattern(language, press)
    return pattern is not None and _event_label(element, pattern)


def _beside_event_facts(element: Element, language: str | None = None, press: bool = False) -> bool:
    """Whether the lines printed beside ``element`` (its siblings, or its box's when it
    has none) give an event's facts: its place, hours or tickets ("Ort: Stadthalle",
    "Venue:", "Lieu :", ``<dt>Wo</dt>``) in the page's ``language``: its date is the
    event's day, not the page's.  On a press release (``press``), its place is no event's
    ("Ort: Berlin" beside "Datum: 8.12.2010")."""
    pattern = _event_label_pattern(language, press)
    if pattern is None:
        return False
    node = element
    for _ in range(_EVENT_LEVELS):
        siblings = [
            *islice(node.itersiblings(), _EVENT_SIBLINGS),
            *islice(node.itersiblings(preceding=True), _EVENT_SIBLINGS),
        ]
        for sibling in siblings:
            if isinstance(sibling.tag, str) and _event_label(sibling, pattern):
                return True
        parent = node.getparent()
        # (up through a box of facts, a table's row, a list's item; not the article's box)
        if (
            parent is None
            or parent.tag in ("body", "article", "main")
            or (siblings and _text_length(parent) > _MAX_FACTS)
        ):
            return False
        node = parent
    return False


#: How many elements after the headline are looked at for a sign that the page is an event's.
_EVENT_SIGNS = 300


def event_page(root: Element, anchor: Element | None, language: str | None = None) -> bool:
    """Whether the page shows that it is an event's: a box that holds its headline (or its
    ``<body>``) named for an event (``<article class='event'>``, WordPress's
    "single-tribe_events"), or, in the elements after the headline, a line that opens with
    an event's label and its colon in the page's ``language`` ("Venue: City Hall", "Ort:")
    or prints a period of hours ("19:30 - 22:00", "de 20h à 23h")."""
    boxes = anchor.iterancestors() if anchor is not None else iter(root.iter("body"))
    if any(_names_event(box) for box in boxes):
        return True
    start = root.find("body") if anchor is None else None
    elements = (
        _following(anchor) if anchor is not None else (start if start is not None else root).iter()
    )
    return _event_signs(elements, language)


def _event_signs(elements: Iterator[Element], language: str | None) -> bool:
    """Whether one of the first :data:`_EVENT_SIGNS` ``elements`` opens with an event's label
    and its colon in ``language`` ("Venue: City Hall", "Ort:") or prints a period of hours
    ("19:30 - 22:00", "de 20h à 23h")."""
    pattern = _event_label_pattern(language)
    for element in islice(elements, _EVENT_SIGNS):
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        text = element.text
        if text and len(text) <= _MAX_LOOSE_RAW and _HOURS.search(text) is not None:
            return True
        if (
            pattern is not None
            and text
            and not text.isspace()
            and _labels(element, _text_head(element, _MAX_LABEL + 1), pattern)
        ):
            return True
    return False


#: What opens a class that files a post under a taxonomy's term ("category-events",
#: "tag-events", "tribe_events_cat-concerts"): a blog's post filed under events is no event's.
_TERM_CLASS = re.compile(r"(?:category|tag|cat|term|tax)[-_]|[a-z_]*[-_]cat[-_]")


def _names_event(element: Element) -> bool:
    """Whether a box's class and id name an event's box (``<article class='event'>``,
    WordPress's "single-tribe_events", "veranstaltung", "eventDate"), not a taxonomy's term
    (:data:`_TERM_CLASS`) nor a style's ("pointer-events-none").

    Read as the page writes them, not lower case (:func:`_key`): a name in camelCase
    ("eventDate", "EventStartDate") is words at its humps, as "event-date" is at its dashes.
    """
    classes, ident = element.get("class"), element.get("id")
    if not classes and not ident:
        return False  # (most elements)
    for name in f"{classes or ''} {ident or ''}".split():
        words = hint_words(name)
        if (
            not EVENT_WORDS.isdisjoint(words)
            and "pointer" not in words
            and _TERM_CLASS.match(name.lower()) is None
        ):
            return True
    return False


def _in_event_box(element: Element, page: frozenset[Element], language: str | None) -> bool:
    """Whether ``element`` sits in a box named for an event that holds the headline (one of
    ``page``: the event is the page's subject, ``<article class='event'>``, ``<body
    id='event'>``) and the lines after it give another sign of an event (its facts' labels,
    its hours; :func:`_event_signs`): a day printed there without saying it is the
    publication's is the event's, not the page's.  (A box named for an event below the
    headline is someone else's, see :data:`OUTSIDE`.)"""
    if not page:
        return False
    for box in element.iterancestors():
        if box in page and _names_event(box):
            return _event_signs(_following(element), language)
    return False


def _event_label(box: Element, pattern: re.Pattern[str]) -> bool:
    """Whether ``box`` opens with the label of an event's fact: its text ("Ort: Stadtpark",
    ``<dt>Wo</dt>``), or its first element's (a table's row, ``<th>Venue</th><td>...``).
    The label counts with its colon, or alone in a term's or a heading's cell (``<dt>``,
    ``<th>``): a word alone in a line is a kicker's ("Local", "Tickets") as often."""
    text = _text_head(box, _MAX_LABEL + 1)
    if not text:
        return False
    if _labels(box, text, pattern):
        return True
    first = next(iter(box), None) if not (box.text or "").strip() else None
    if first is None or not isinstance(first.tag, str):
        return False
    label = _text_head(first, _MAX_LABEL + 1)
    return bool(label) and _labels(first, label, pattern)


def _labels(box: Element, text: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``text``, ``box``'s, opens with an event's label and its colon, or is that
    label alone in a ``<dt>`` or a ``<th>``."""
    match = pattern.match(text)
    if match is None:
        return False
    if match.group(1):
        return True
    return box.tag in ("dt", "th") and match.end() == len(text.rstrip())


def _text_head(box: Element, limit: int) -> str:
    """The first ``limit`` characters of ``box``'s text, its whitespace collapsed: read
    only as far as needed (a sibling may be the whole article)."""
    pieces: list[str] = []
    size = 0
    for piece in itertext(box):
        pieces.append(piece)
        # (white space collapses: only what is printed counts)
        size += len(piece.strip())
        if size >= limit:
            break
    return " ".join("".join(pieces).split())[:limit]


def _in_dated_list(element: Element) -> bool:
    """Whether ``element`` sits in an item of a list of dated items: a box among three or
    more of its kind (a list's items, a table's rows, paragraphs or boxes one after the
    other) whose others are short and open with a date too (a programme, a site's latest
    news under a page that prints none): its date is the item's, not the page's."""
    node = element
    for _ in range(_EVENT_LEVELS):
        parent = node.getparent()
        if node.tag in ("body", "article", "main") or parent is None:
            return False
        # its neighbours of its kind right beside it, two on each side
        others = [
            *islice(_same_kind(node.itersiblings(preceding=True), node.tag), _MANY_ITEMS - 1),
            *islice(_same_kind(node.itersiblings(), node.tag), _MANY_ITEMS - 1),
        ]
        dated = 0
        for item in others:
            # (read no further than an item's longest: a box beside may be the article)
            text = text_within(item, _MAX_ITEM)
            if text is None:
                continue
            head = text[:_MAX_LOOSE_DATE]
            # (a day printed without its year dates an item too: "Nov 18 · Title")
            written = date_in(head) if has_year(head) else yearless_date_in(head)
            # (a box or a paragraph is a dated item when a link titles it: a thread's short
            # replies, each a date, a poster and a few words, are no list)
            if written is not None and (
                node.tag in ("li", "tr") or _titled_by_link(item, len(text) - len(written))
            ):
                dated += 1
        if dated >= _MANY_ITEMS - 1:
            return True
        node = parent
    return False


def _titled_by_link(item: Element, rest: int) -> bool:
    """Whether links print two thirds or more of the ``rest`` of ``item``'s text beside its
    date (its title), not counting a link to a person's page (a poster's name)."""
    linked = 0
    for link in item.iter("a"):
        href = (link.get("href") or "").lower()
        if _AUTHOR_HREF.search(href) is None and _USER_HREF.search(href) is None:
            linked += len(" ".join(text_content(link).split()))
    return 3 * linked >= 2 * rest


#: The longest item of a list of dated items (a date and a title, a teaser's line).
_MAX_ITEM = 200


def _same_kind(siblings: Iterator[Element], tag: str) -> Iterator[Element]:
    """The ``siblings`` (nearest first) up to the first element of another tag."""
    for sibling in siblings:
        if sibling.tag != tag:
            if isinstance(sibling.tag, str):
                return
            continue  # (a comment between two items)
        yield sibling


def _visible_item(
    element: Element, tag: str, key: str, page: frozenset[Element] = frozenset()
) -> Visible | None:
    """What :func:`_visible` reads, before the event's and the list's dates are left out."""
    linked = user = False
    if tag == "a":
        href = (element.get("href") or "").lower()
        rel = (element.get("rel") or "").split()
        linked = (
            "author" in rel
            or _AUTHOR_HREF.search(href) is not None
            or _HANDLE_PAGE.match(href) is not None
        )
        # a link to a user's page names its author only as the user's own name (a menu's
        # "Member List" links there too)
        user = not linked and _USER_HREF.search(href) is not None
    if linked or user:
        author = _person(element)
        named = author is not None and (
            _own_page(author)
            or (linked and looks_like_name(author.name, strict=True))
            or (user and _marked_user_name(element, author))
        )
        if named and user and _in_later_post(element):
            return None  # a reply's poster: the thread's author is its first post's
        parent = element.getparent()
        # a link inside running text mentions someone; a byline stands on its own
        mention = parent is not None and _text_length(parent) > _MAX_CONTAINER
        if author is not None and named and not mention and not _outside(element, page):
            # a user's link is their name alone: its box is a forum poster's (the count of
            # their posts, the day they joined), not a byline
            box = _container(element) if linked or _own_page(author) else element
            return Visible(byline=segments_text(box), author=author, link=element)
    if tag == "time" or element.get("datetime"):
        if _outside(element, page) or _in_other_item(element, OTHER_DATED_ITEMS):
            return None
        declared = _data_json_published(element)
        if declared is not None:
            return Visible(date=declared, published=True)
        value = _date_value(element)
        if not value:
            return None
        # what the element prints says whose date its attribute is, as its class would
        # ("<time datetime=...>Updated Nov 19, 9:41 AM</time>", "Posted Nov 18, 8:19 PM"),
        # unless it prints both ("Posted: Oct 14 | Last Updated: 24 minutes ago")
        shown = element_text(element) or ""
        changed = _MODIFIED.match(shown) is not None and _PUBLISHED_INSIDE.search(shown) is None
        posted = _PUBLISHED.match(shown) is not None and _MODIFIED_INSIDE.search(shown) is None
        if "update" in key or "modif" in key or changed:
            return Visible(modified=value)
        return _with_byline(
            _with_yearless(
                _dated(
                    value,
                    published=element.get("pubdate") is not None or "publish" in key or posted,
                    label=_label(element),
                ),
                shown,
            ),
            element,
        )
    # a time stamp the element says is the publication's ("data-publishtime=1544189820")
    data = _data_date(element, published_only=True)
    if data is not None and not _outside(element, page):
        return Visible(date=data, published=True)
    text = element.text
    if tag == "br" and element.tail and not element.tail.isspace():
        # a line of its own after a break ("Datum: 08.12.2010<br>Autor: Max Muster")
        line = _line_after(element)
        opener = _BY_TEXT.match(line)
        if (
            opener is not None
            and len(line) <= _MAX_BYLINE
            and could_open_byline(line[opener.end() :])
            # (a person named: "Von-Müller-Straße 5", "Von 9 bis 17 Uhr" are an address's
            # and opening hours' lines)
            and split_authors(line, strict=True)
            and not _outside(element, page)
        ):
            return Visible(byline=line)
    opener = _BY_TEXT.match(text.lstrip(_DECORATION)) if text else None
    # (an opener before no byline may still print a date: "Beitrag von anna » Mo 8. Dez 2010")
    if (
        opener is not None
        and len(_shown_text(element)) <= _MAX_BYLINE
        and could_open_byline(opener.string[opener.end() :])
        and not _outside(element, page)
    ):
        return Visible(byline=segments_text(_container(element)))
    if text and "/" in text and len(text) <= _MAX_BYLINE:
        # a name beside its agency, without an opener ("dpa/Max Muster", "Max Muster / dpa")
        line = " ".join(_shown_text(element).split())
        if (
            name_beside_agency(line) is not None
            and not _outside(element, page)
            and not _picture_credit(element)
        ):
            return Visible(byline=line)
    if key == " " or _MARK_BUT_ENTRY.search(key) is None:
        titled = _titled_date(element, text)
        if titled is not None:
            if _outside(element, page):
                return None
            return _dated(titled, published=False, loose=True, label=_label(element))
        # a date printed without a class that says so ("<li>2019/04/04</li>")
        # its own text, or the text right after it ("<a>Topics</a> 2019年3月15日 09:43")
        for loose, own in ((text, True), (element.tail, False)):
            if not loose or DATE_CHARACTER.search(loose) is None:
                continue  # (white space between elements, menus, labels: most texts of a page)
            if len(loose) <= _MAX_LOOSE_RAW:
                # has_year first: collapsing the white space of every text costs more
                if not has_year(loose):
                    # "08.12.10": a year of two digits, in a text that is that date
                    # (the publication's part of a line that prints a change's too:
                    # "Publié le 12/03/19 à 10h12 — Mis à jour le 12/03/19 à 11h30")
                    change = _MODIFIED_INSIDE.search(loose) if _PUBLISHED.match(loose) else None
                    first = loose[: change.start()] if change is not None else loose
                    if len(first) <= _MAX_LOOSE_DATE and short_date_in(first, padded=True):
                        if _outside(element, page):
                            return None
                        return _dated(
                            " ".join(loose.split()),
                            published=False,
                            loose=True,
                            label=_label(element, tail=not own),
                        )
                    # "Posted Nov 18, 8:19 PM": a day without its year, whole only with the
                    # year of the page's own evidence (its URL's; see Found.yearless)
                    line = " ".join(loose.split())
                    if (
                        len(line) <= _MAX_LOOSE_DATE
                        and yearless_date_in(line) is not None
                        and not (own and len(_shown_text(element)) > _MAX_DATE_TEXT)
                        and not (not own and _sentence_goes_on(loose, element))
                        and not _outside(element, page)
                    ):
                        item = _dated(
                            line, published=False, loose=True, label=_label(element, tail=not own)
                        )
                        if item is not None and item.date is not None:
                            return Visible(published=item.published, loose=True, yearless=item.date)
                    continue  # (nor has its head, below)
                loose = " ".join(loose.split())
                # twice as long when it says both when it was published and changed
                # (and when it is a line of parts: "Anna Meier | 08.12.2010, 14:02 Uhr | ...")
                wide = (
                    _PUBLISHED.match(loose)
                    or _MODIFIED.match(loose)
                    or _MODIFIED_INSIDE.search(loose)
                    or _PARTS.search(loose)
                )
                longest = _MAX_LOOSE_DATE * (2 if wide else 1)
                if (
                    len(loose) <= longest
                    and (looks_like_date(loose) or era_date_line(loose))
                    # (the head of a paragraph: "On March 24, 2014, Mozilla promoted <a>")
                    and not (own and len(_shown_text(element)) > _MAX_DATE_TEXT)
                    and not (not own and _sentence_goes_on(loose, element))
                ):
                    # a comment's or a teaser's date is not the article's
                    if _outside(element, page):
                        return None
                    item = _dated(
                        loose, published=False, loose=True, label=_label(element, tail=not own)
                    )
                    if item is not None and own:
                        # its author after it ("Dezember 8, 2010 von Max Muster")
                        item.byline = _byline_after_date(element)
                    return item
            # a paragraph that opens with its dateline's date ("Berlin, 8. Dezember
            # 2010 – Die ...", "Feb. 23, 2015 -- ..."): the date before the dash
            head = loose[: 2 * _MAX_LOOSE_DATE]
            if has_year(head):
                opening = _OPENING_DATE.match(" ".join(head.split()))
                written = opening.group(1) or opening.group(2) if opening is not None else None
                if written is not None and looks_like_date(written):
                    if _outside(element, page):
                        return None
                    return _dated(written, published=False, loose=True)
        return None
    if (
        any(mark in key for mark in BYLINE_MARKS)
        or (
            any(word in key for word in BYLINE_WORDS)
            and not _key_words(key).isdisjoint(BYLINE_WORDS)
        )
    ) and not any(m in key for m in NOT_BYLINE):
        if (
            len(_shown_text(element)) <= _MAX_BYLINE
            and not _outside(element, page)
            and not _section_links(element)
        ):
            return Visible(byline=segments_text(element))
    elif any(mark in key for mark in DATE_MARKS) and (
        "date" in key.split() or not any(m in key for m in NOT_TIME)
    ):
        # a box named as a change's date ("updated-date") prints the modified date, as a
        # <time> so named does; the other words of NOT_DATE name no date of the article
        changed = ("update" in key or "modif" in key) and not (
            "publish" in key or "posted" in key  # "update_posted_time": the posting's
        )
        if not changed and any(m in key for m in NOT_DATE):
            return None
        value = _date_value(element)
        if value and any(c.isdigit() for c in value) and not _outside(element, page):
            if changed and _PUBLISHED.match(value) is None:
                return Visible(modified=value)
            # (a box so named that says "Published Oct 19, 2022" prints the publication)
            item = _dated(value, published=changed or "publish" in key, label=_label(element))
            return _with_byline(_with_yearless(item, item.date if item else None), element)
    return None


#: The longest text shown for a date given whole in its title ("vor 3 Stunden", "3h").
_MAX_SHOWN_FOR_TITLE = 30


def _titled_date(element: Element, text: str | None) -> str | None:
    """The whole date in the title of an element that shows a short text of its own and no
    date (``<span title="08.12.2010 14:05">vor 3 Stunden</span>``, a relative time shown, the
    date as its tooltip), else ``None``."""
    title = element.get("title")
    if not title or len(title) > _MAX_LOOSE_DATE or not has_year(title):
        return None  # (most elements have no title; most titles no year)
    shown = (text or "").strip()
    # (a word shown, "vor 3 Stunden", "3h", "3時間前": a calendar's day, "8", is no such text)
    if (
        not shown
        or len(shown) > _MAX_SHOWN_FOR_TITLE
        or not any(char.isalpha() for char in shown)
        or has_year(shown)
    ):
        return None
    title = " ".join(title.split())
    return title if looks_like_date(title) else None


#: How far up a picture's credit looks for its picture.
_CREDIT_LEVELS = 4
#: Words of a box's class or id that say it credits a picture.
_PICTURE_KEYS = ("caption", "credit", "copyright", "photo", "foto", "bild", "image", "img")


def _picture_credit(element: Element) -> bool:
    """Whether ``element`` is (in) a picture's caption or credit: "dpa/Max Muster" under a
    photo names its photographer, not the author."""
    for box in islice(element.iterancestors(), _CREDIT_LEVELS):
        if box.tag in ("figure", "figcaption", "picture"):
            return True
    for box in (element, *islice(element.iterancestors(), _CREDIT_LEVELS)):
        key = _key(box)
        if any(word in key for word in _PICTURE_KEYS):
            return True
    return False


def _with_yearless(item: Visible | None, shown: str | None) -> Visible | None:
    """``item``, a date, with the date its element shows when that one prints no year
    ("<time datetime='2019-11-19T01:19Z'>Posted Nov 18, 8:19 PM</time>": the page's own day
    and zone, whole with the year of the page's URL)."""
    if (
        item is not None
        and item.date is not None
        and shown
        and len(shown) <= _MAX_DATE_TEXT
        and yearless_date_in(shown) is not None
    ):
        item.yearless = " ".join(shown.split())
    return item


def _with_byline(item: Visible | None, element: Element) -> Visible | None:
    """``item``, a date ``element`` prints, with the byline printed beside it (see
    :func:`_byline_beside_date`): "<time>08.12.2010</time> · Max Muster"."""
    if item is not None and item.date is not None and item.byline is None:
        item.byline = _byline_beside_date(element)
    return item


def _byline_after_date(element: Element) -> str | None:
    """The byline of an element that prints a date, then who wrote it ("Veröffentlicht am
    08.12.2010 von Max Muster", "December 8, 2010 by Jane Roe"), else ``None``."""
    shown = " ".join(_shown_text(element).split())
    # (one line: the links of a category after the name, "in <a>News</a>", are no byline's
    # line; a person named, not a place or an outlet: "Am 8. Dezember 2010 von Berlin nach
    # Hamburg", "8. Dezember 2010 von Redaktion Muster" leave a byline further down its turn)
    if len(shown) > _MAX_BYLINE:
        return None
    if names_after_date(shown):
        return shown if split_authors(shown, strict=True) else None
    return _byline_beside_date(element, shown)


def _byline_beside_date(element: Element, shown: str | None = None) -> str | None:
    """The name printed beside the date ``element`` prints, parted from it by a bar, a
    bullet or a dash, without an opener ("08.12.2010 · Max Muster", "Max Muster |
    08.12.2010"; see :func:`~newsdoc.readers.bylines.name_beside_date`), in the date's
    element (``shown``: its text) or in the small box around it ("<time>08.12.2010</time>
    · <span>Max Muster</span>", or the two in elements side by side with no mark between
    them: "<span>Max Muster</span><span>08.12.2010</span>"), else ``None``."""
    if shown is None:
        shown = " ".join(_shown_text(element).split())
    if len(shown) > _MAX_BYLINE:
        beside = None
    else:
        # a line of fields in a script without capitals: the date, the source, the author
        # ("2019-03-12 10:12 来源：新华社 作者：张伟")
        beside = byline_after_date_fields(shown) or name_beside_date(shown)
    if beside is None:
        box = _container(element)
        if box is not element:
            line = " ".join(_shown_text(box).split())
            if len(line) <= _MAX_BYLINE:
                beside = name_beside_date(line)
                if beside is None:
                    # the name and the date in elements side by side, no mark between
                    # them but the layout's (a Wix blog's "<span>Jane Smith</span>
                    # <ul><li>Mar 14, 2021</li><li>2 min read</li></ul>"): each element's
                    # text a part (not when one is an opener alone, "<span>Von</span>
                    # <a>Max Muster</a>": that byline is read as it opens, opener and all)
                    parts = segments_text(box).split("\n")
                    if all(strip_by(part) for part in parts):
                        beside = name_beside_date(" · ".join(parts))
    return beside


def _line_after(br: Element) -> str:
    """The line a ``<br>`` opens: its tail and what follows it up to the next break."""
    parts = [br.tail or ""]
    for sibling in br.itersiblings():
        if sibling.tag == "br" or len(parts) > _MAX_LINE_PARTS:
            break
        if isinstance(sibling.tag, str):
            parts.append(text_content(sibling))
        parts.append(sibling.tail or "")
    return " ".join("".join(parts).split()).lstrip(_DECORATION)


#: The most elements a line after a break is read in (a name's link, a role's span).
_MAX_LINE_PARTS = 8


#: What parts the links of a trail of sections ("News • Fashion • Fashion Tips", "Home » Politik").
_TRAIL_MARKS = frozenset(" \t\r\n•·»›>/|")


def _section_links(element: Element) -> bool:
    """Whether a box named a byline is a trail of links to the site's sections (a breadcrumb
    in a box of the article's credits: "byline breadcrumbs"): two links or more, none to an
    author's or a user's page, one at least whose text is no person's name ("Home",
    "Fashion"), and nothing printed but their texts and the marks between them (a list of
    authors' names is parted by commas or "and", or by the marks of a trail: "<a>Jane
    Roe</a> | <a>John Doe</a>", each a name)."""
    links = list(element.iter("a"))
    if len(links) < 2:  # (one link is a name's)
        return False
    names = True
    rest = _shown_text(element)
    for link in links:
        href = (link.get("href") or "").lower()
        if (
            "author" in (link.get("rel") or "").split()
            or _AUTHOR_HREF.search(href) is not None
            or _USER_HREF.search(href) is not None
        ):
            return False
        text = _shown_text(link)
        if not text.strip():
            return False
        names = names and looks_like_name(text.strip(), strict=True)
        rest = rest.replace(text, " ", 1)
    return not names and all(char in _TRAIL_MARKS for char in rest)


# A text that goes on with a sentence's words: a word of two letters or more in lower case.
_GOES_ON = re.compile(r"\s*[^\W\d_A-Z]{2,}\b")


def _sentence_goes_on(tail: str, element: Element) -> bool:
    """Whether ``tail``, the text after ``element``, is the rest of a sentence of running text:
    its box prints a paragraph, and it goes on with a word in lower case that does not lead
    to a date ("<b>7,97,826</b> have recovered as on April 25, 2020": a figure's day in the
    text; "By <a>Jane Roe</a> on Dec 8, 2010" is a byline's line)."""
    parent = element.getparent()
    if parent is None or len(_shown_text(parent)) <= _MAX_DATE_TEXT:
        return False
    word = _GOES_ON.match(tail)
    if word is None or not word.group().strip().islower():
        return False
    first = word.group().strip().casefold()
    return first not in _LEADS_TO_DATE and _PUBLISHED.match(tail) is None


#: The words that lead to a date in a line ("on", "am", "le"), any language.
_LEADS_TO_DATE = frozenset(word.casefold() for word in BEFORE_DATE_WORDS)


def _byline_dates(byline: str, *, yearless: bool = False) -> list[str]:
    """Dates printed in a byline ("By A\nDecember 14, 2016\n2:24 pm"), with their time;
    with ``yearless``, those printed without their year ("Von A | 18. November, 14:30 Uhr")."""
    lines = byline.split("\n")
    dates = []
    for i, line in enumerate(lines):
        if DATE_CHARACTER.search(line) is None:
            continue  # ("By", a name, an outlet: most lines)
        if (
            yearless_date_in(line) is not None
            if yearless
            else looks_like_date(line) or short_date_in(line, padded=True) is not None
        ):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _TIME.match(following):
                dates.append(f"{line} {following}")
            dates.append(line)
    return dates


def _order_visible(items: list[Visible], found: Found, language: str | None = None) -> None:
    """Dates marked as published first, then every other date, each nearest the headline first.

    (A date just above the headline is nearer than a teaser's further down.)
    """
    near = sorted(items, key=lambda item: item.distance)
    dates = [item.date for item in near if item.date is not None and item.published]
    # a page that prints only a change's date by its headline ("最終更新日：2019年4月2日"): a
    # date printed without a mark further down is one the text mentions, not the publication's
    changed = min((item.distance for item in items if item.modified is not None), default=None)
    for item in near:
        if item.date is not None and not item.published:
            if item.loose and changed is not None and item.distance > changed:
                continue
            dates.append(item.date)
        elif item.byline is not None:
            dates.extend(_byline_dates(item.byline))
    found.published.extend(dates[:_MAX_VISIBLE_DATES])
    # the same of the dates printed without their year: the publication's, then the others
    yearless = [item.yearless for item in near if item.yearless is not None and item.published]
    for item in near:
        if item.yearless is not None and not item.published:
            if not (item.loose and changed is not None and item.distance > changed):
                yearless.append(item.yearless)
        elif item.byline is not None and item.date is None:
            yearless.extend(_byline_dates(item.byline, yearless=True))
    found.yearless.extend(yearless[:_MAX_VISIBLE_DATES])
    found.modified.extend(item.modified for item in items if item.modified is not None)
    seen: set[str] = set(found.bylines)
    # the bylines that a link to an author's own page prints, and the first such link (each
    # author of a CMS that prints them in boxes of their own, linked, without an opener)
    linked: dict[str, Element] = {}
    for item in items:
        if item.link is not None and item.byline:
            linked.setdefault(item.byline, item.link)
    last: Visible | None = None
    for item in items:
        if item.author is not None:
            found.authors.append(item.author)  # for its URL; the byline names it
        if item.byline is not None and item.byline not in seen:
            seen.add(item.byline)
            if last is not None and _next_byline(last, item, language, linked) and found.bylines:
                # several authors over two bylines printed one after the other
                found.bylines[-1] += "\n" + item.byline
            else:
                found.bylines.append(item.byline)
            last = item


#: How many elements apart two bylines may be printed and still be one article's.
_BYLINE_GAP = 8


def _next_byline(
    before: Visible,
    after: Visible,
    language: str | None = None,
    linked: dict[str, Element] | None = None,
) -> bool:
    """Whether ``after`` is a second byline printed right after ``before`` (not a part of it).

    ``linked`` holds the bylines printed by links to their authors' own pages, and the
    links: two such, with nothing but a conjunction or a separator between them, are two
    authors' ("<div class='byline'><a href='/author/jane-roe'>Jane Roe</a></div><div
    class='byline'><a href='/author/john-doe'>John Doe</a></div>"); a label between them
    says the second did something else ("<dt>Illustration</dt>", "翻訳者", translator).
    """
    if before.byline is None or after.byline is None:
        return False
    if not 0 < after.distance - before.distance <= _BYLINE_GAP:
        return False
    if after.byline in before.byline or before.byline in after.byline:
        return False
    if _BY_TEXT.match(after.byline.lstrip(_DECORATION)) is None and not (
        linked
        and before.byline in linked
        and after.byline in linked
        and _only_joined(linked[before.byline], linked[after.byline])
    ):
        # it opens as a byline does ("By", "Von", "Texto:"), not as a role's credit, or both
        # are links to their authors' pages
        return False
    # a second byline names someone else ("Follow @handle" or a role beside it does not)
    named = {
        person.name.casefold()
        for person in split_authors(before.byline, strict=True, language=language)
    }
    return any(
        person.name.casefold() not in named
        for person in split_authors(after.byline, strict=True, language=language)
    )


#: The words that may stand between two authors' links: conjunctions ("und", "y", "et").
_JOINING_WORDS = frozenset(word.casefold() for word in (*CONJUNCTIONS, *CONJUNCTIONS_LOWER))
_TEXT_WORD = re.compile(r"[^\W\d_]+")


def _only_joined(first: Element, last: Element) -> bool:
    """Whether the text printed between two elements, ``first`` before ``last`` and at most
    :data:`_BYLINE_GAP` elements apart, is nothing but separators and conjunctions."""
    texts: list[str] = []
    node: Element | None = first
    seen = 0
    while node is not None:
        texts.append(node.tail or "")
        for sibling in node.itersiblings():
            for element in sibling.iter():
                if element is last:
                    return all(
                        word in _JOINING_WORDS
                        for text in texts
                        for word in _TEXT_WORD.findall(text.casefold())
                    )
                seen += 1
                if seen > _BYLINE_GAP:
                    return False
                if isinstance(element.tag, str) and element.tag in _SKIP_TAGS:
                    continue
                texts.append(element.text or "")
                if not any(ancestor is element for ancestor in last.iterancestors()):
                    texts.append(element.tail or "")  # (an ancestor's tail follows ``last``)
        node = node.getparent()
    return False


_MAX_CREDIT = 250


def wire_credits(root: Element) -> list[str]:
    """The wire credits printed as paragraphs of the page, last first (the story's own
    is at its end; the body leaves them out as boilerplate).

    They open as :func:`..body.boilerplate.opens_credit` says; a credit that
    names no author ("Editing by Ann Roe") names none in the byline either
    (:func:`~newsdoc.readers.bylines.split_byline` drops such clauses).
    """
    found = []
    for element in root.iter("p"):
        text = element.text
        if text and opens_credit(text, closed=False):
            line = element_text(element)
            if len(line) <= _MAX_CREDIT and opens_credit(line) and not _outside(element):
                found.append(line.strip("() "))
    return found[::-1]


# An unmarked heading under the headline is its dek with this many words at least, shorter
# than this (a longer heading is the text's standfirst when it is prose, read with the text).
_DEK_WORDS = 3
_MAX_HEADING_DEK = 100
# A paragraph this long beside the headline makes its box the text's: a heading there opens
# the text's first section.
_BOX_PROSE = 50


def find_dek(h1: Element) -> str | None:
    """The standfirst printed right after the headline, when its class says so, or as a
    smaller heading of its own (:func:`_heading_dek`)."""
    sibling = h1.getnext()
    for _ in range(3):
        if sibling is None:
            break
        if isinstance(sibling.tag, str):
            key = _key(sibling)
            if any(mark in key for mark in DEK_MARKS) and not _paragraphs(sibling):
                text = element_text(sibling)
                if text:
                    return text
        sibling = sibling.getnext()
    return _heading_dek(h1)


def _paragraphs(element: Element) -> bool:
    """Whether ``element`` holds two paragraphs or more: a box of text named as a
    description ("event-description", "product-description"), no dek."""
    return next(islice(element.iter("p"), 1, None), None) is not None


def _heading_dek(h1: Element) -> str | None:
    """A dek printed as a smaller heading right after the headline, marked or not
    ("<h1>Title</h1><h2>A line under it</h2>"): of a few words and no link, in a box of the
    article's head (no paragraph beside them but a short line, a byline or a date: there
    the heading opens the text's first section)."""
    rank = HEADINGS.get(h1.tag) if isinstance(h1.tag, str) else None
    if rank is None:
        return None
    sibling = _next_element(h1)
    if sibling is None or HEADINGS.get(sibling.tag, 0) <= rank:
        return None
    text = element_text(sibling)
    if (
        len(text) >= _MAX_HEADING_DEK
        or len(text.split()) < _DEK_WORDS
        or next(sibling.iter("a"), None) is not None
    ):
        return None
    parent = h1.getparent()
    if parent is None or any(len(text_content(p)) >= _BOX_PROSE for p in parent.iterchildren("p")):
        return None
    return text if _in_head(h1, sibling) else None


def _next_element(element: Element) -> Element | None:
    """The element after ``element``, past comments and processing instructions."""
    after = element.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


# The boxes that make the headline's head ("<header><h1>..</h1><h2>..</h2></header>"), this
# many levels above it at most (a page's own <header> far above holds its whole article).
_HEAD_TAGS = frozenset({"header", "hgroup"})
_HEAD_LEVELS = 3
# The elements that print a byline or a date by their tag alone.
_BYLINE_TAGS = frozenset({"time", "address"})


def _in_head(h1: Element, heading: Element) -> bool:
    """Whether the ``heading`` right after the headline ``h1`` is in the article's head: a
    ``<header>`` or ``<hgroup>`` around both, a byline or a date right after it (a section's
    heading comes after them), or no box of text after it in the headline's box (there a
    heading opens the text's first section: "<h1>..</h1><h2>How the vote went</h2><div
    class='body'><p>...</p></div>")."""
    for level, box in enumerate(h1.iterancestors()):
        if level >= _HEAD_LEVELS:
            break
        if box.tag in _HEAD_TAGS:
            return True
    after = _next_element(heading)
    if after is None:
        return True
    if after.tag in _BYLINE_TAGS or _MARK_BUT_ENTRY.search(_key(after)) is not None:
        return True
    for box in heading.itersiblings():
        if isinstance(box.tag, str) and any(
            len(text_content(p)) >= _BOX_PROSE for p in box.iter("p")
        ):
            return False
    return True

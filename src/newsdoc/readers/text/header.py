"""The lines around the body: headline, byline, date, publisher; contact, url, tags.

Each reader of a line looks at one line (its raw Markdown and its rendered
plain text) and either takes it as metadata into :class:`Meta` or leaves it
for the body.  A line is taken only when all of it is that piece of metadata,
so no body text is lost to a line that merely mentions a date or a name.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ...model import Image, Person
from ..bylines import parse_byline, split_byline
from ..dates import parse_date
from .markdown import Inline, is_email, safe_url, squeeze, unescape

__all__ = ["Meta", "read_footer_line", "read_header_line", "url_label_only"]

_MONTH_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAY_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun"
)
_DATE_LABELS = (
    "published updated modified posted created date last first originally on at "
    "am pm a m p t z utc gmt st nd rd th of edited time"
)
_ZONES = (
    "et ct mt pt est edt cst cdt mst mdt pst pdt bst cet cest eet eest msk ist jst kst "
    "aest aedt sgt hkt wet akst akdt hst"
)
#: Every word a line that is only a date may hold.
DATE_WORDS = frozenset(f"{_MONTH_WORDS} {_WEEKDAY_WORDS} {_DATE_LABELS} {_ZONES}".split())
_WORD = re.compile(r"[^\W\d_]+")
_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
#: Lower-case words a byline may hold besides names ("Jane Doe and John Roe in Moscow").
# A login name as blogs print it ("jdadmin", "kei_eno", "j.doe").
_LOGIN = re.compile(r"[^\W\d_](?:[\w.-]{0,38}[^\W_])?")
_BYLINE_WORDS = (
    "and und et y e i with in for of the at from de da di del der van von le la du staff "
    "writer writers reporter reporters correspondent correspondents editor editors "
    "contributor contributors columnist special senior chief photos photo by"
)
BYLINE_WORDS = frozenset(_BYLINE_WORDS.split(" "))
_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"^\s*(?:published|posted|created|date)\b", re.IGNORECASE)
_MAX_DATE_LINE = 100
# A line without a digit holds no date: a C-speed test before any date parsing.
_DIGIT = re.compile(r"\d")
_MAX_HEADLINE = 150
# Where a line may hold a byline on one side and a date on the other.
# (The line is squeezed first: one space at most between words.)
_CUT = re.compile(r"[|•·]| [-–—] |, | (?=(?:by|on|updated|published|posted)\b)", re.IGNORECASE)
_NOT_HEADLINE_END = (".", ",", ";", ":", "!", "。", "！", "？", "、", "，")
_SENTENCE_INSIDE = re.compile(r"[a-z\u00e0-\u00ff]{2}[.!?] +[A-Z]")
_WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
_MAX_BYLINE = 1000

_BY_START = re.compile(
    r"(?:by|written by|words by|story by|text by|reporting by|author|authors)\s*[:\-–—]?\s+(?=\S)",
    re.IGNORECASE,
)
# A short byline in capitalised words ("The Associated Press", "Reuters Staff").
_ORGANIZATION_BYLINE = re.compile(
    r"(?:the |The )?[A-Z][\w.&'’-]{0,30}(?: (?:of |for |and |de )?[A-Z][\w.&'’-]{0,30}){0,4}"
)
# "Publisher" lines: all of the line in bold ("**The**  **Moscow Times**").
_BOLD_PARTS = re.compile(r"(?:\*\*|__)([^*_\n]{1,200}?)(?:\*\*|__)")
# A dek: all of the line in one emphasis ("*The dek*").
_EMPHASIS_LINE = re.compile(r"([*_])(?![*_\s])(.{1,1000})(?<![*_\s])\1")

_URL = re.compile(r"<?(https?://[^\s<>]{1,4000})>?")
# "Original url:", "Source URL:", "Originally published at", "Read the original at", ...
_URL_LABEL = re.compile(
    r"(?:original(?:ly published)?(?: url| link| article| story| source)?(?: at| on)?"
    r"|source(?: url| link)?|url source|url|link|permalink|canonical(?: url| link)?"
    r"|read (?:the )?(?:original|full) (?:article|story)(?: at| here)?"
    r"|read more(?: at)?|article url|story url)\s*:?",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?:contact|e-?mail|write to|reach|you can reach|send (?:tips|comments) to)\b"
    r"(?P<who>.{0,80}?)\s+(?:at|via|on|:)\s*:?\s*(?P<email>[^\s@]{1,64}@[^\s@]{1,255}?)[.;]?",
    re.IGNORECASE,
)
_GENERIC_AUTHOR = re.compile(
    r"\b(?:the |this )?(?:author|authors|reporter|reporters|writer|writers|journalist|editor)s?\b",
    re.IGNORECASE,
)
_HEADER_FIELD = re.compile(
    r"(?P<key>title|headline|markdown content)\s*:\s*(?P<value>.*)",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"(?P<key>section|category|categories|tags|keywords|topics|language|lang)\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)


@attrs.define
class Meta:
    """What the lines around the body say about the article."""

    headline: str | None = None
    subheadline: str | None = None
    byline_text: str | None = None
    authors: list[Person] = attrs.Factory(list)
    published: dt.datetime | dt.date | None = None
    modified: dt.datetime | dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = attrs.Factory(list)
    images: list[Image] = attrs.Factory(list)
    # Contact lines: who the line names (None for "the author"), the address, the line
    contacts: list[tuple[str | None, str, Inline]] = attrs.Factory(list)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def read_date_line(text: str) -> tuple[dt.datetime | dt.date | None, dt.datetime | dt.date | None]:
    """The published and modified dates a line that is only dates holds, or (None, None)."""
    if len(text) > _MAX_DATE_LINE or _DIGIT.search(text) is None:
        return None, None
    if any(w not in DATE_WORDS for w in _words(text)):
        return None, None
    published: dt.datetime | dt.date | None = None
    modified: dt.datetime | dt.date | None = None
    updated = _UPDATED.search(text)
    if updated is None:
        published = parse_date(text.strip(" |•·,;"))
    else:
        before = text[: updated.start()].strip(" |•·,;-–—")
        if before:
            published = parse_date(before)
        modified = parse_date(text[updated.end() :].strip(" :|•·,;-–—"))
    return published, modified


def read_byline(
    line: Inline, *, language: str | None = None
) -> tuple[str, list[Person], str | None] | None:
    """The byline text, its authors and an outlet ("By NAME | Outlet"), or None.

    ``language`` is the text's, when known (front matter): the byline is read in it."""
    text = " ".join(line.text.split())
    match = _BY_START.match(text)
    if match is None or len(text) > _MAX_BYLINE:
        return None
    rest = text[match.end() :]
    # one word: "By Reuters", "By admin", "By kei_eno"
    single = _LOGIN.fullmatch(rest) is not None
    if not (rest[0].isupper() or rest[0] == "[" or not rest[0].isalpha() or single):
        return None  # "By the time we arrived, ..." is a sentence
    if single and rest[0].islower():
        return text, [], None  # a login name ("By admin") is nobody's name
    lower = [w for w in _WORD_TOKEN.findall(rest) if w[0].islower() and w not in BYLINE_WORDS]
    if len(lower) > 2:
        return None  # "By Tuesday, the council had voted ..." is a sentence
    byline = parse_byline(text, language=language)
    if byline is not None:
        # "By Tuesday": a weekday or month is not a name.
        people = tuple(
            p for p in byline.authors if not all(w in DATE_WORDS for w in _words(p.name))
        )
        byline = attrs.evolve(byline, authors=people)
    if byline is None or not byline.authors:
        # "By The Associated Press": a byline that names no person is still the byline.
        if (
            single
            or _ORGANIZATION_BYLINE.fullmatch(rest)
            or split_byline(text, language=language)[1]
        ) and not all(w in DATE_WORDS for w in _words(rest)):
            return text, [], None
        return None
    outlet = None
    if "|" in rest:
        tail = rest.rsplit("|", 1)[1].strip()
        if tail and read_date_line(tail) == (None, None) and not any(c.isdigit() for c in tail):
            outlet = tail
    authors = [_with_link(person, line) for person in byline.authors]
    return byline.text, authors, outlet


def _with_link(person: Person, line: Inline) -> Person:
    """Give an author the URL (or e-mail) of the link around their name."""
    for link in line.links:
        if " ".join(line.text[link.start : link.end].split()).casefold() != person.name.casefold():
            continue
        if link.url.startswith("mailto:") and person.email is None:
            return attrs.evolve(person, email=link.url[7:].split("?")[0])
        if link.url.startswith(("http://", "https://")) and person.url is None:
            return attrs.evolve(person, url=link.url)
    return person


def read_publisher(raw: str) -> str | None:
    """The name on a line that is all bold, even in broken pieces."""
    raw = raw.strip()
    if not raw.startswith(("**", "__")) or len(raw) > 300:
        return None
    pos = 0
    parts: list[str] = []
    for match in _BOLD_PARTS.finditer(raw):
        if raw[pos : match.start()].strip():
            return None
        parts.append(match.group(1))
        pos = match.end()
    if not parts or raw[pos:].strip():
        return None
    name = " ".join(unescape(" ".join(parts)).split())  # "**A \\| B**" is "A | B"
    return name or None


def read_emphasis_line(raw: str) -> bool:
    """Whether a raw line is all in one (single) emphasis: ``*The dek*``."""
    raw = raw.strip()
    if raw.startswith(("**", "__")):
        return False
    match = _EMPHASIS_LINE.fullmatch(raw)
    return match is not None and match.group(1) not in match.group(2)


def looks_like_headline(text: str) -> bool:
    """A first line of plain text that reads as a title.

    Titles are short (3 to 20 words, at most 150 characters; CJK titles at
    least 8 characters), one phrase (no sentence inside ends with ". " before
    a capital), and do not end like a sentence or a clause (a question mark is
    allowed: "Is this the end?").
    """
    words = text.split()
    if len(text) > _MAX_HEADLINE or len(words) > 20:
        return False
    if len(words) < 3 and not (len(words) <= 2 and len(text) >= 8 and not text.isascii()):
        return False
    if text.endswith(_NOT_HEADLINE_END) and not text.endswith("..."):
        return False
    return _SENTENCE_INSIDE.search(text) is None and _WEB_ADDRESS.search(text) is None


def read_header_line(
    raw: str, line: Inline, meta: Meta, *, first: bool, after_headline: bool
) -> bool:
    """Take ``line`` into ``meta`` if it is a header line; return whether it was."""
    text = " ".join(line.text.split())
    if not text:
        return False
    if _header_field(text, meta):
        return True
    if meta.byline_text is None:
        found = None
        if meta.published is None and _DIGIT.search(text) is not None:
            found = _byline_and_date(line, meta)
        if found is None:
            found = read_byline(line, language=meta.language)
        if found is not None:
            meta.byline_text, meta.authors, outlet = found
            if outlet is not None and meta.publisher is None:
                meta.publisher = outlet
            return True
    if meta.published is None or meta.modified is None:
        published, modified = read_date_line(text)
        if published is not None or modified is not None:
            if published is not None and meta.published is None:
                meta.published = published
            if modified is not None and meta.modified is None:
                meta.modified = modified
            return True
    if meta.publisher is None and not first:
        publisher = read_publisher(raw)
        if publisher is not None:
            meta.publisher = publisher
            return True
    if after_headline and meta.subheadline is None and read_emphasis_line(raw):
        meta.subheadline = text
        return True
    return False


def _byline_and_date(line: Inline, meta: Meta) -> tuple[str, list[Person], str | None] | None:
    """A byline and a date on one line: "By Jane Doe | Nov 6, 2013", "Posted on ... by ...".

    Takes the dates into ``meta`` and returns the byline, or returns None.
    """
    text, links = squeeze(line.text, line.links)
    for cut in _CUT.finditer(text):
        right_start = cut.end() + (text[cut.end() : cut.end() + 1] == " ")
        left, right = text[: cut.start()].rstrip(), text[right_start:]
        if not left or not right:
            continue
        first, second = (left, right) if _BY_START.match(left) else (right, left)
        if not _BY_START.match(first):
            continue
        published, modified = read_date_line(second)
        if published is None and modified is None:
            continue
        offset = 0 if first is left else right_start
        kept = tuple(
            attrs.evolve(link, start=link.start - offset, end=link.end - offset)
            for link in links
            if offset <= link.start and link.end <= offset + len(first)
        )
        found = read_byline(Inline(first, kept), language=meta.language)
        if found is None:
            continue
        meta.published = meta.published or published
        meta.modified = meta.modified or modified
        return found
    return None


def _header_field(text: str, meta: Meta) -> bool:
    """Labelled lines some scrapers print first: "Title: ...", "URL Source: ...", ..."""
    label = _URL_LABEL.match(text)
    if label is not None and (url := read_url(text[label.end() :])) is not None:
        meta.url = meta.url or safe_url(url)
        return True
    field = _HEADER_FIELD.fullmatch(text)
    if field is None:
        return False
    key, value = field.group("key").casefold(), field.group("value").strip()
    if key == "markdown content":
        return not value  # the label before the body
    if not value:
        return False
    if key in ("title", "headline") and meta.headline is None:
        meta.headline = value
        return True
    return False


def url_label_only(text: str) -> bool:
    """Whether a line is only a label like "Original url:" (the URL on the next line)."""
    match = _URL_LABEL.fullmatch(text.strip())
    return match is not None and text.strip().endswith(":")


def read_url(text: str) -> str | None:
    """The URL of a line that is only a URL, with or without angle brackets."""
    match = _URL.fullmatch(text.strip())
    return match.group(1) if match is not None else None


def read_footer_line(line: Inline, meta: Meta) -> bool:
    """Take a trailing metadata line into ``meta``; return whether it was one."""
    text = " ".join(line.text.split())
    label = _URL_LABEL.match(text)
    if label is not None:
        url = read_url(text[label.end() :])
        if url is not None:
            if meta.url is None:
                meta.url = safe_url(url)
            return True
    contact = _CONTACT.fullmatch(text)
    if contact is not None and is_email(contact.group("email")):
        who = contact.group("who").strip()
        meta.contacts.append(
            (
                None if not who or _GENERIC_AUTHOR.fullmatch(who) else who,
                contact.group("email"),
                line,
            )
        )
        return True
    field = _FIELD.fullmatch(text)
    if field is not None:
        key = field.group("key").casefold()
        value = field.group("value").strip()
        if key in ("section", "category", "categories"):
            meta.section = meta.section or value
        elif key in ("language", "lang"):
            meta.language = meta.language or value
        else:
            meta.tags.extend(t.strip() for t in value.split(",") if t.strip())
        return True
    published, modified = read_date_line(text)
    if modified is not None and published is None and _UPDATED.match(text):
        meta.modified = meta.modified or modified
        return True
    if published is not None and _PUBLISHED_LABEL.match(text):
        meta.published = meta.published or published
        return True
    return False


def assign_contacts(meta: Meta) -> list[Inline]:
    """Put contact e-mails on the authors they name; return the lines that fit nobody."""
    left: list[Inline] = []
    for who, email, line in meta.contacts:
        index = None
        if who is None and meta.authors:
            index = 0
        elif who is not None:
            for i, person in enumerate(meta.authors):
                if person.name.casefold() in who.casefold():
                    index = i
                    break
        if index is None:
            left.append(line)
            continue
        person = meta.authors[index]
        if person.email is None:
            meta.authors[index] = attrs.evolve(person, email=email)
    return left

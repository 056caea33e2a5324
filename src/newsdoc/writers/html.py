"""Write an Article as semantic, safe HTML5 that newsdoc reads back losslessly.

The page has two layers:

* **Visible, semantic markup** for people and browsers: an ``<article>`` with
  schema.org microdata (NewsArticle, Person, Quotation, ImageObject), the
  headline in ``<h1>``, the byline with ``rel=author`` links, dates in
  ``<time datetime>``, the body by paragraph kind, links, quotes tied to their
  speaker (``data-speaker``), cited sources in ``<cite>`` and mentions of
  people (``<span class="person" data-person="p1">``).  Overlapping ranges are
  split at every boundary, so the markup always nests.
* **The data**: the newsdoc JSON document (:func:`newsdoc.to_json`) in
  ``<script type="application/json" class="newsdoc-data">`` and the schema.org
  JSON-LD in ``<script type="application/ld+json">``, both escaped so they can
  never end their element.  :func:`newsdoc.parse_html` reads the article back
  from the newsdoc data, exactly; when the visible text no longer matches it
  (the page was edited), the data wins and a warning says so.

Everything from the article is escaped; only http, https, mailto and relative
URLs are written into ``href`` / ``src`` (see :mod:`newsdoc.writers.urls`).
Characters HTML cannot carry (controls, lone surrogates, noncharacters) show
as U+FFFD in the visible layer and stay exact in the data.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, deque
from collections.abc import Iterable
from importlib import resources

import attrs

from ..markup import escape_attr, escape_text, script_json
from ..model import (
    Article,
    CitationKind,
    Image,
    Paragraph,
    ParagraphKind,
    Person,
    Quote,
    QuoteKind,
)
from .bounds import MAX_INLINE_DEPTH, MAX_LIST_DEPTH, label
from .ids import citation_ids, person_ids
from .json import to_dict
from .jsonld import jsonld_with
from .urls import UrlCheck, mailto

__all__ = ["DATA_CLASS", "STYLESHEET", "body_html", "to_html"]

#: The built-in stylesheet (``to_html`` inlines it in full documents; include
#: it yourself when you embed fragments).
STYLESHEET: str = resources.files(__package__).joinpath("style.css").read_text("utf-8")

#: The class of the ``<script type="application/json">`` element holding the data.
DATA_CLASS = "newsdoc-data"

_SCHEMA = "https://schema.org/"
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_OPENING_MARKS = frozenset("\"'«‹“‘„‚「『")
_CLOSING_MARKS = frozenset("\"'»›”’「」』")
_KIND_LABELS = {
    CitationKind.NEWS_AGENCY: "news agency",
    CitationKind.NEWSPAPER: "newspaper",
    CitationKind.BROADCASTER: "broadcaster",
    CitationKind.WEBSITE: "website",
    CitationKind.SOCIAL_MEDIA: "social media",
    CitationKind.DOCUMENT: "document",
    CitationKind.OTHER: "source",
}
# Inner ranges of the same extent nest inside outer ones in this order.
_RANK_QUOTE, _RANK_CITATION, _RANK_SPEAKER, _RANK_CUE, _RANK_PERSON, _RANK_LINK = range(6)


def to_html(article: Article, *, full_document: bool = True) -> str:
    """The article as semantic, safe HTML5 (see the module docs).

    ``full_document=False`` gives only the ``<article>`` element, which still
    reads back losslessly (it carries the data block); style it with
    :data:`STYLESHEET`.  Unsafe URLs are left out with a
    :class:`~newsdoc.NewsdocWarning`.  The same article always gives the same text.
    """
    fragment = _Renderer(article).article()
    if not full_document:
        return fragment
    title = escape_text(article.headline) if article.headline else "Article"
    lang = f' lang="{escape_attr(article.language)}"' if article.language else ""
    return (
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="newsdoc">\n'
        f"<title>{title}</title>\n<style>\n{STYLESHEET}</style>\n</head>\n<body>\n"
        f"{fragment}</body>\n</html>\n"
    )


def body_html(article: Article) -> str:
    """Only the body blocks (paragraphs, headings, lists...) as safe HTML, no data blocks."""
    return _Renderer(article).body()


@attrs.frozen
class _Range:
    """An inline element over ``text[start:end]`` of one paragraph."""

    start: int
    end: int
    rank: int
    order: int
    tag: str
    attributes: str
    first_extra: str = ""  # markup only the first piece of a split range carries

    @property
    def is_link(self) -> bool:
        return self.tag == "a"


def _attrs(**values: str | None) -> str:
    """`` name="value"`` pairs (``data_x`` becomes ``data-x``; ``None`` is left out)."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{escape_attr(value)}"'
        for name, value in values.items()
        if value is not None
    )


def _datetime_attr(when: dt.date) -> str:
    """A valid HTML ``datetime`` value (at most millisecond precision)."""
    if not isinstance(when, dt.datetime):
        return when.isoformat()
    timespec = "milliseconds" if when.microsecond else "seconds"
    return when.isoformat(timespec=timespec)


def _human_date(when: dt.date) -> str:
    day = f"{when.day} {_MONTHS[when.month - 1]} {when.year}"
    if not isinstance(when, dt.datetime):
        return day
    text = f"{day}, {when.hour:02d}:{when.minute:02d}"
    offset = when.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        text += " UTC" if not minutes else f" UTC{sign}{hours:02d}:{rest:02d}"
    return text


def _time(when: dt.date, prop: str) -> str:
    return (
        f'<time itemprop="{prop}" datetime="{_datetime_attr(when)}">'
        f"{escape_text(_human_date(when))}</time>"
    )


def _meta(prop: str, value: str | None) -> str:
    return "" if value is None else f'<meta itemprop="{prop}" content="{escape_attr(value)}">'


class _Renderer:
    def __init__(self, article: Article) -> None:
        self.a = article
        self.safe_url = UrlCheck()
        self.pids = person_ids(article)
        self.cids = citation_ids(article)

    # --- the page ----------------------------------------------------------

    def article(self) -> str:
        a = self.a
        lang = _attrs(lang=a.language)
        jsonld = jsonld_with(a, self.safe_url)
        parts = [
            f'<article class="newsdoc" itemscope itemtype="{_SCHEMA}NewsArticle"{lang}>\n',
            self.header(),
            *(self.image(image, i) for i, image in enumerate(a.images)),
            f'<div class="body" itemprop="articleBody">\n{self.body()}</div>\n',
            self.footer(),
            f'<script type="application/ld+json">{script_json(jsonld)}</script>\n',
            f'<script type="application/json" class="{DATA_CLASS}">'
            f"{script_json(to_dict(a))}</script>\n",
            "</article>\n",
        ]
        return "".join(parts)

    def header(self) -> str:
        a = self.a
        out = ["<header>\n"]
        if a.section is not None:
            out.append(
                f'<p class="section" itemprop="articleSection">{escape_text(a.section)}</p>\n'
            )
        if a.headline is not None:
            out.append(f'<h1 itemprop="headline">{escape_text(a.headline)}</h1>\n')
        if a.subheadline is not None:
            out.append(
                f'<p class="subheadline" itemprop="alternativeHeadline">'
                f"{escape_text(a.subheadline)}</p>\n"
            )
        if a.byline is not None:
            out.append(f'<p class="byline">{self.byline()}</p>\n')
        meta = []
        if a.dateline is not None:
            meta.append(
                f'<span class="dateline" itemprop="dateline">{escape_text(a.dateline)}</span>'
            )
        if a.published is not None:
            meta.append(_time(a.published, "datePublished"))
        if a.modified is not None:
            meta.append("Updated " + _time(a.modified, "dateModified"))
        if meta:
            out.append(f'<p class="meta">{" · ".join(meta)}</p>\n')
        if a.publisher is not None:
            out.append(
                f'<p class="publisher" itemprop="publisher" itemscope '
                f'itemtype="{_SCHEMA}Organization"><span itemprop="name">'
                f"{escape_text(a.publisher)}</span></p>\n"
            )
        contact = self.contact()
        if contact:
            out.append(f'<address class="contact">{contact}</address>\n')
        if a.language is not None:
            out.append(_meta("inLanguage", a.language) + "\n")
        url = self.safe_url(a.url, "url")
        if url is not None:
            out.append(f'<link itemprop="mainEntityOfPage" href="{escape_attr(url)}">\n')
        out.append("</header>\n")
        return "".join(out)

    def byline(self) -> str:
        assert self.a.byline is not None
        text = self.a.byline.text
        out: list[str] = []
        pos = 0
        unplaced: list[str] = []
        for i, author in enumerate(self.a.byline.authors):
            where = text.find(author.name, pos) if author.name else -1
            markup = self.author(author, i)
            if where < 0:
                unplaced.append(markup)
                continue
            out.append(escape_text(text[pos:where]))
            out.append(markup)
            pos = where + len(author.name)
        out.append(escape_text(text[pos:]))
        if unplaced:
            out.append(" · " if text else "")
            out.append(", ".join(unplaced))
        return "".join(out)

    def author(self, person: Person, index: int) -> str:
        name = f'<span itemprop="name">{escape_text(person.name)}</span>'
        url = self.safe_url(person.url, f"byline.authors[{index}].url")
        if url is not None:
            name = f'<a rel="author" itemprop="url" href="{escape_attr(url)}">{name}</a>'
        return (
            f'<span class="author" itemprop="author" itemscope itemtype="{_SCHEMA}Person"'
            f"{_attrs(data_person=self.pids[person])}>{name}"
            f"{_meta('jobTitle', person.role)}{_meta('affiliation', person.affiliation)}"
            f"{_meta('email', person.email)}</span>"
        )

    def contact(self) -> str:
        links = []
        for author in self.a.authors:
            if author.email is not None:
                links.append(
                    f'<a href="{escape_attr(mailto(author.email))}">{escape_text(author.email)}</a>'
                )
        if not links:
            return ""
        return "Contact the author: " + ", ".join(links)

    def image(self, image: Image, index: int) -> str:
        src = self.safe_url(image.url, f"images[{index}].url")
        out = [f'<figure class="image" itemprop="image" itemscope itemtype="{_SCHEMA}ImageObject">']
        if src is not None:
            size = _attrs(
                width=None if image.width is None else str(image.width),
                height=None if image.height is None else str(image.height),
            )
            out.append(
                f'<img itemprop="contentUrl" src="{escape_attr(src)}" '
                f'alt="{escape_attr(image.alt or "")}"{size}>'
            )
        caption = []
        if image.caption is not None:
            caption.append(f'<span itemprop="caption">{escape_text(image.caption)}</span>')
        if image.credit is not None:
            caption.append(
                f'<span class="credit" itemprop="creditText">{escape_text(image.credit)}</span>'
            )
        if caption:
            out.append(f"<figcaption>{' '.join(caption)}</figcaption>")
        out.append("</figure>\n")
        return "".join(out)

    def footer(self) -> str:
        a = self.a
        out = []
        if a.tags:
            tags = "".join(
                f'<li class="tag" itemprop="keywords">{escape_text(t)}</li>' for t in a.tags
            )
            out.append(f'<ul class="tags">{tags}</ul>\n')
        url = self.safe_url(a.url, "url")
        if url is not None:
            out.append(
                f'<p class="original">Original: <a itemprop="url" href="{escape_attr(url)}">'
                f"{escape_text(a.url or '')}</a></p>\n"
            )
        if a.quotes:
            out.append(_legend(a.quotes))
        if a.people:
            said = Counter(q.speaker for q in a.quotes if q.speaker is not None)
            items = "".join(self.person_item(p, i, said[p]) for i, p in enumerate(a.people))
            out.append(
                f'<section class="people">\n<h2>People</h2>\n<ul>\n{items}</ul>\n</section>\n'
            )
        if a.citations:
            # a source cited twice is listed once (each citation keeps its own id in the data)
            seen: set[tuple[str, str, str | None]] = set()
            listed = []
            for i, c in enumerate(a.citations):
                if (c.source, c.kind.value, c.url) not in seen:
                    seen.add((c.source, c.kind.value, c.url))
                    listed.append(i)
            items = "".join(self.citation_item(i) for i in listed)
            out.append(
                f'<section class="sources">\n<h2>Sources cited</h2>\n<ul>\n{items}</ul>\n'
                "</section>\n"
            )
        return f"<footer>\n{''.join(out)}</footer>\n" if out else ""

    def person_item(self, person: Person, index: int, said: int) -> str:
        details = [escape_text(d) for d in (person.role, person.affiliation) if d]
        props = (
            f"{_meta('jobTitle', person.role)}{_meta('affiliation', person.affiliation)}"
            f"{_meta('nationality', person.nationality)}{_meta('email', person.email)}"
        )
        url = self.safe_url(person.url, f"people[{index}].url")
        name = f'<span itemprop="name">{escape_text(person.name)}</span>'
        if url is not None:
            name = f'<a itemprop="url" href="{escape_attr(url)}">{name}</a>'
        return (
            f'<li itemprop="mentions" itemscope itemtype="{_SCHEMA}Person"'
            f"{_attrs(data_person=self.pids[person])}>{name}{props}"
            + (f'<span class="role">, {", ".join(details)}</span>' if details else "")
            + (f' <span class="said">(quoted {said}×)</span>' if said else "")
            + "</li>\n"
        )

    def citation_item(self, index: int) -> str:
        citation = self.a.citations[index]
        url = self.safe_url(citation.url, f"citations[{index}].url")
        cid = f"c{index + 1}"
        name = escape_text(citation.source)
        if url is not None:
            name = f'<a href="{escape_attr(url)}">{name}</a>'
        return (
            f'<li itemprop="citation" itemscope itemtype="{_SCHEMA}CreativeWork"'
            f"{_attrs(data_citation=cid, data_kind=citation.kind.value)}>"
            f'<cite itemprop="name">{name}</cite> '
            f'<span class="kind">({_KIND_LABELS[citation.kind]})</span></li>\n'
        )

    # --- the body ----------------------------------------------------------

    def body(self) -> str:
        ranges = self.ranges()
        out: list[str] = []
        lists: list[str] = []  # open lists, innermost last; each has an open <li>
        in_table = False
        for i, p in enumerate(self.a.paragraphs):
            kind = p.kind
            is_item = kind in (ParagraphKind.LIST_ITEM, ParagraphKind.ORDERED_LIST_ITEM)
            if not is_item:
                out.append(_close_lists(lists, 0))
            if in_table and kind is not ParagraphKind.TABLE_ROW:
                out.append("</tbody></table>\n")
                in_table = False
            content = _inline(p.text, ranges.get(i, []))
            index = f' data-paragraph="{i}"'
            if is_item:
                out.append(self.list_item(p, index, content, lists))
            elif kind is ParagraphKind.HEADING:
                level = max(2, p.level)  # <h1> is the headline
                out.append(f"<h{level}{index}>{content}</h{level}>\n")
            elif kind is ParagraphKind.BLOCKQUOTE:
                out.append(f"<blockquote{index}>{content}</blockquote>\n")
            elif kind is ParagraphKind.PREFORMATTED:
                # parsers drop one newline right after <pre>: give them one to drop
                out.append(f"<pre{index}>\n{content}</pre>\n")
            elif kind is ParagraphKind.CAPTION:
                out.append(
                    f'<figure class="caption"><figcaption{index}>{content}</figcaption></figure>\n'
                )
            elif kind is ParagraphKind.TABLE_ROW:
                if not in_table:
                    out.append("<table><tbody>\n")
                    in_table = True
                out.append(f"<tr{index}><td>{content}</td></tr>\n")
            else:
                out.append(f"<p{index}>{content}</p>\n")
        out.append(_close_lists(lists, 0))
        if in_table:
            out.append("</tbody></table>\n")
        return "".join(out)

    @staticmethod
    def list_item(p: Paragraph, index: str, content: str, lists: list[str]) -> str:
        tag = "ul" if p.kind is ParagraphKind.LIST_ITEM else "ol"
        # a jump of several levels nests one level deeper only: every list sits in an item
        depth = min(max(1, p.level), len(lists) + 1, MAX_LIST_DEPTH)
        out = [_close_lists(lists, depth)]
        if len(lists) == depth and lists[-1] != tag:
            out.append(_close_lists(lists, depth - 1))
        if len(lists) == depth:
            out.append("</li>\n")
        else:
            out.append(f"<{tag}>\n")
            lists.append(tag)
        out.append(f"<li{index}>{content}")
        return "".join(out)

    def ranges(self) -> dict[int, list[_Range]]:
        """Every inline element of the body, by paragraph."""
        found: dict[int, list[_Range]] = {}
        for i, p in enumerate(self.a.paragraphs):
            for j, link in enumerate(p.links):
                url = self.safe_url(link.url, f"paragraphs[{i}].links[{j}].url")
                if url is not None:
                    _add(
                        found,
                        i,
                        link.start,
                        link.end,
                        _RANK_LINK,
                        "a",
                        _attrs(href=url, title=link.title),
                    )
        for person in self.a.people:
            title = label(", ".join(x for x in (person.name, person.role, person.affiliation) if x))
            for span in person.mentions:
                _add(
                    found,
                    span.paragraph,
                    span.start,
                    span.end,
                    _RANK_PERSON,
                    "span",
                    _attrs(class_="person", data_person=self.pids[person], title=title),
                )
        for n, quote in enumerate(self.a.quotes):
            self.quote_ranges(quote, f"q{n + 1}", found)
        for number, citation in enumerate(self.a.citations, 1):
            if citation.span is not None:
                s = citation.span
                _add(
                    found,
                    s.paragraph,
                    s.start,
                    s.end,
                    _RANK_CITATION,
                    "cite",
                    _attrs(data_citation=f"c{number}", data_kind=citation.kind.value),
                )
        return found

    def quote_ranges(self, quote: Quote, qid: str, found: dict[int, list[_Range]]) -> None:
        speaker = None if quote.speaker is None else self.pids[quote.speaker]
        who = quote.speaker.name if quote.speaker is not None else quote.speaker_text
        who = None if who is None else label(who)  # repeated on every span of every quote
        data = {"data_quote": qid, "data_kind": quote.kind.value, "data_speaker": speaker}
        microdata = f' itemprop="hasPart" itemscope itemtype="{_SCHEMA}Quotation"'
        extra = _meta("text", quote.text)
        if who is not None:
            extra += (
                f'<span hidden itemprop="creator" itemscope itemtype="{_SCHEMA}Person">'
                f"{_meta('name', who)}</span>"
            )
        for k, s in enumerate(quote.spans):
            text = self.a.paragraphs[s.paragraph].text
            indirect = quote.kind is QuoteKind.INDIRECT
            marked = _has_own_marks(text, s.start, s.end)
            classes = f"quote {quote.kind.value}"
            tag = "span" if indirect else "q"
            attributes = _attrs(class_=classes, title=who, **data)
            if marked and not indirect:
                attributes += ' data-marks="own"'
            first = k == 0
            _add(
                found,
                s.paragraph,
                s.start,
                s.end,
                _RANK_QUOTE,
                tag,
                attributes + (microdata if first else ""),
                extra if first else "",
            )
        if quote.speaker_span is not None:
            s = quote.speaker_span
            _add(
                found,
                s.paragraph,
                s.start,
                s.end,
                _RANK_SPEAKER,
                "span",
                _attrs(class_="speaker", data_quote=qid, data_person=speaker),
            )
        if quote.cue_span is not None:
            s = quote.cue_span
            _add(
                found,
                s.paragraph,
                s.start,
                s.end,
                _RANK_CUE,
                "span",
                _attrs(class_="cue", data_quote=qid),
            )


def _add(
    found: dict[int, list[_Range]],
    paragraph: int,
    start: int,
    end: int,
    rank: int,
    tag: str,
    attributes: str,
    first_extra: str = "",
) -> None:
    """One inline element over ``start:end`` of a paragraph (an empty one is left out)."""
    if start < end:
        ranges = found.setdefault(paragraph, [])
        ranges.append(_Range(start, end, rank, len(ranges), tag, attributes, first_extra))


def _close_lists(lists: list[str], depth: int) -> str:
    """Close the open lists deeper than ``depth`` (and their open items)."""
    out = []
    while len(lists) > depth:
        out.append(f"</li></{lists.pop()}>")
    # whitespace after a nested list would become text of the item around it
    return "".join(out) + ("\n" if out and not lists else "")


def _legend(quotes: tuple[Quote, ...]) -> str:
    """The key to the colours the body uses for quotes, speakers and cues, in those classes."""
    kinds = {q.kind for q in quotes}
    samples = (
        ('<q class="quote direct" data-marks="own">“direct quote”</q>', QuoteKind.DIRECT in kinds),
        ('<q class="quote partial" data-marks="own">“partial”</q>', QuoteKind.PARTIAL in kinds),
        ('<span class="quote indirect">indirect speech</span>', QuoteKind.INDIRECT in kinds),
        ('<span class="speaker">speaker</span>', any(q.speaker_span for q in quotes)),
        ('<span class="cue">cue</span>', any(q.cue_span for q in quotes)),
    )
    shown = " · ".join(sample for sample, used in samples if used)
    return f'<p class="legend" aria-label="Legend">Legend: {shown}</p>\n'


def _has_own_marks(text: str, start: int, end: int) -> bool:
    """Whether the quoted range already has quotation marks at or around its ends."""
    before = text[start - 1 : start + 1] if start else text[start : start + 1]
    after = text[end - 1 : end + 1]
    return any(c in _OPENING_MARKS for c in before) or any(c in _CLOSING_MARKS for c in after)


def _nesting(r: _Range) -> tuple[int, int, int, int]:
    """Outer ranges first: earlier start, then longer, then by kind and order."""
    return (r.start, -r.end, r.rank, r.order)


def _inline(text: str, ranges: Iterable[_Range]) -> str:
    """``text`` with its inline elements, split at every boundary so they always nest.

    Linear in the number of pieces: ranges are taken in nesting order (so a new one
    always goes last), and only the front of the ranges over a piece is looked at,
    up to the deepest nesting written (see :mod:`.bounds`); a range that has ended is
    dropped when the scan meets it.
    """
    ordered = sorted(ranges, key=_nesting)
    if not ordered:
        return escape_text(text)
    bounds = sorted({0, len(text), *(r.start for r in ordered), *(r.end for r in ordered)})
    out: list[str] = []
    stack: list[_Range] = []  # the elements open now, outermost first
    covering: deque[_Range] = deque()  # the ranges begun, in nesting order (some ended)
    opened: set[int] = set()  # ids: a range's hash would cover its attributes each time
    following = 0
    for left, right in itertools.pairwise(bounds):
        while following < len(ordered) and ordered[following].start <= left:
            covering.append(ordered[following])
            following += 1
        active: list[_Range] = []
        looked: list[_Range] = []  # the live ranges scanned, put back in front afterwards
        in_link = False
        while covering and len(looked) < 2 * MAX_INLINE_DEPTH:
            r = covering.popleft()
            if r.end <= left:
                continue  # ended: gone for good
            looked.append(r)
            # a link inside a link is not allowed: the outer one wins
            if r.is_link and in_link:
                continue
            in_link = in_link or r.is_link
            active.append(r)
            if len(active) == MAX_INLINE_DEPTH:
                break  # see .bounds: crossing ranges would be split without end
        covering.extendleft(reversed(looked))
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(f"</{r.tag}>" for r in reversed(stack[keep:]))
        for r in active[keep:]:
            out.append(f"<{r.tag}{r.attributes}>")
            if id(r) not in opened:
                opened.add(id(r))
                out.append(r.first_extra)
        stack = active
        out.append(escape_text(text[left:right]))
    out.extend(f"</{r.tag}>" for r in reversed(stack))
    return "".join(out)

"""The article model: small, frozen, fully typed attrs classes.

Every reader produces an :class:`Article`, the analysis step returns an
enriched copy of it, and every writer renders one.  All classes are immutable
(``frozen``), use ``__slots__``, take keyword arguments only and compare by
value.  Sequences are tuples.  Construction checks what it can and raises
:class:`~newsdoc.errors.InvalidArticleError` with the path of the bad field.

Offsets are character offsets into ``Paragraph.text`` (Python string indices),
``end`` exclusive.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

from .errors import InvalidArticleError

__all__ = [
    "Article",
    "Byline",
    "Citation",
    "CitationKind",
    "Image",
    "Link",
    "Paragraph",
    "ParagraphKind",
    "Person",
    "Quote",
    "QuoteKind",
    "Span",
    "SpeakerKind",
]

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


# --- validators ------------------------------------------------------------
# attrs' own validators raise TypeError with generic messages; ours raise the
# library's error and name the class and field.


def _fail(instance: object, attribute: attrs.Attribute[Any], message: str) -> None:
    raise InvalidArticleError(f"{type(instance).__name__}.{attribute.name}: {message}")


def _type_name(value: object) -> str:
    return type(value).__name__


def _is_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str:
        _fail(instance, attribute, f"expected str, got {_type_name(value)}")


def _is_opt_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not str:
        _fail(instance, attribute, f"expected str or None, got {_type_name(value)}")


def _is_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        _fail(instance, attribute, f"expected bool, got {_type_name(value)}")


def _is_offset(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or value < 0:
        _fail(instance, attribute, f"expected a non-negative int, got {value!r}")


def _is_instance(cls: type, *, optional: bool = False) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if optional and value is None:
            return
        if not isinstance(value, cls):
            expected = f"{cls.__name__} or None" if optional else cls.__name__
            _fail(instance, attribute, f"expected {expected}, got {_type_name(value)}")

    return check


def _is_tuple_of(cls: type) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            _fail(instance, attribute, f"expected a tuple, got {_type_name(value)}")
        items: tuple[object, ...] = value  # type: ignore[assignment]
        for item in items:
            if not isinstance(item, cls):
                # the index is only looked for here: counting it on every item of every
                # tuple (a paragraph per block of a page, checked again at each evolve)
                # costs more than the check itself
                i = next(i for i, other in enumerate(items) if other is item)
                _fail(
                    instance,
                    attribute,
                    f"item {i}: expected {cls.__name__}, got {_type_name(item)}",
                )

    return check


def _is_when(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        _fail(instance, attribute, f"expected datetime, date or None, got {_type_name(value)}")


def _is_enum(cls: type[enum.Enum], *, optional: bool = False) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls) and not (optional and value is None):
            _fail(instance, attribute, f"expected {cls.__name__}, got {value!r}")

    return check


# --- the parts -------------------------------------------------------------


@attrs.frozen(kw_only=True, weakref_slot=False)
class Span:
    """A range of characters in one paragraph of the article.

    ``paragraph`` indexes ``Article.paragraphs``; ``start`` and ``end`` are
    offsets into that paragraph's ``text`` (``end`` exclusive).
    """

    paragraph: int = attrs.field(validator=_is_offset)
    start: int = attrs.field(validator=_is_offset)
    end: int = attrs.field(validator=_is_offset)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidArticleError(f"Span.end: {self.end} is before start {self.start}")

    def text_in(self, article: Article) -> str:
        """The characters this span covers in ``article``."""
        return article.paragraphs[self.paragraph].text[self.start : self.end]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Link:
    """A hyperlink inside a paragraph: ``text[start:end]`` links to ``url``."""

    start: int = attrs.field(validator=_is_offset)
    end: int = attrs.field(validator=_is_offset)
    url: str = attrs.field(validator=_is_str)
    title: str | None = attrs.field(default=None, validator=_is_opt_str)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidArticleError(f"Link.end: {self.end} is before start {self.start}")


class ParagraphKind(enum.StrEnum):
    """What a block of the body is."""

    BODY = "body"
    HEADING = "heading"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"
    ORDERED_LIST_ITEM = "ordered_list_item"
    PREFORMATTED = "preformatted"
    CAPTION = "caption"
    TABLE_ROW = "table_row"


@attrs.frozen(kw_only=True, weakref_slot=False)
class Paragraph:
    """One block of the article body.

    ``level`` is the heading level (1-6) for headings and the nesting depth
    (1 = top level) for list items; 0 for other kinds.
    """

    text: str = attrs.field(validator=_is_str)
    kind: ParagraphKind = attrs.field(default=ParagraphKind.BODY, validator=_is_enum(ParagraphKind))
    links: tuple[Link, ...] = attrs.field(default=(), validator=_is_tuple_of(Link))
    level: int = attrs.field(default=0, validator=_is_offset)

    def __attrs_post_init__(self) -> None:
        # most paragraphs have no link, and a page can have millions of paragraphs
        if self.links:
            size = len(self.text)
            for i, link in enumerate(self.links):
                if link.end > size:
                    raise InvalidArticleError(
                        f"Paragraph.links[{i}]: end {link.end} is past the end of the text "
                        f"({size} characters)"
                    )
        if self.kind is ParagraphKind.HEADING and not 1 <= self.level <= 6:
            raise InvalidArticleError(
                f"Paragraph.level: a heading needs a level from 1 to 6, got {self.level}"
            )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Image:
    """A picture that belongs to the article (lead image or a figure in the body)."""

    url: str = attrs.field(validator=_is_str)
    caption: str | None = attrs.field(default=None, validator=_is_opt_str)
    credit: str | None = attrs.field(default=None, validator=_is_opt_str)
    alt: str | None = attrs.field(default=None, validator=_is_opt_str)
    width: int | None = attrs.field(default=None, validator=_is_instance(int, optional=True))
    height: int | None = attrs.field(default=None, validator=_is_instance(int, optional=True))


# cache_hash: an Article hashes the speaker of every quote and citation to check it
# is one of its people, and a Person's hash covers all its mentions (quadratic).
@attrs.frozen(kw_only=True, weakref_slot=False, cache_hash=True)
class Person:
    """A person named in the article: an author, a speaker or someone mentioned.

    ``role`` is a job title or function ("Foreign Minister"), ``affiliation``
    the party, organisation or country they belong to ("LDPR"),
    ``descriptions`` other phrases the article uses for them, and
    ``mentions`` every place their name (or surname) appears.
    """

    name: str = attrs.field(validator=_is_str)
    role: str | None = attrs.field(default=None, validator=_is_opt_str)
    affiliation: str | None = attrs.field(default=None, validator=_is_opt_str)
    nationality: str | None = attrs.field(default=None, validator=_is_opt_str)
    descriptions: tuple[str, ...] = attrs.field(default=(), validator=_is_tuple_of(str))
    mentions: tuple[Span, ...] = attrs.field(default=(), validator=_is_tuple_of(Span))
    email: str | None = attrs.field(default=None, validator=_is_opt_str)
    url: str | None = attrs.field(default=None, validator=_is_opt_str)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Byline:
    """The byline as printed, and the people it names."""

    text: str = attrs.field(validator=_is_str)
    authors: tuple[Person, ...] = attrs.field(default=(), validator=_is_tuple_of(Person))


class CitationKind(enum.StrEnum):
    """What sort of source a citation names."""

    NEWS_AGENCY = "news_agency"
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    DOCUMENT = "document"
    OTHER = "other"


# cache_hash: hashed for every quote that names it as its medium (see Person)
@attrs.frozen(kw_only=True, weakref_slot=False, cache_hash=True)
class Citation:
    """A source the article cites: "told Interfax", "RIA Novosti reported".

    ``span`` covers the source's name in the text; ``speaker`` is the person
    whose words or document the source carries, when the text says so.
    """

    source: str = attrs.field(validator=_is_str)
    kind: CitationKind = attrs.field(default=CitationKind.OTHER, validator=_is_enum(CitationKind))
    cue: str | None = attrs.field(default=None, validator=_is_opt_str)
    span: Span | None = attrs.field(default=None, validator=_is_instance(Span, optional=True))
    url: str | None = attrs.field(default=None, validator=_is_opt_str)
    speaker: Person | None = attrs.field(
        default=None, validator=_is_instance(Person, optional=True)
    )


class QuoteKind(enum.StrEnum):
    """How a quotation is given."""

    DIRECT = "direct"  # one or more whole sentences inside quotation marks
    PARTIAL = "partial"  # quoted words inside the writer's own sentence
    INDIRECT = "indirect"  # reported speech without quotation marks


class SpeakerKind(enum.StrEnum):
    """What kind of speaker a quote has, when the words naming it tell."""

    PERSON = "person"  # a named person, a pronoun, or a person described ("a spokesman")
    ORGANIZATION = "organization"  # a company, a body, an outlet ("Skoda", "the ministry")


@attrs.frozen(kw_only=True, weakref_slot=False)
class Quote:
    """Words attributed to someone.

    ``text`` is the words between the quotation marks (or the reported clause),
    ``spans`` where they stand (several when a quote runs over paragraphs),
    ``speaker`` the resolved person, ``speaker_text`` the words that name the
    speaker at this quote ("Alexeyev", "he", "the Kremlin"; an organisation
    called short, "la CGR", by its full name where it was printed), ``cue`` the
    reporting words ("said", "told", "according to") and ``medium`` the
    cited outlet the quote was given to or reported by.  ``speaker_kind`` says
    whether the speaker is a person or an organisation ("Police said", "the
    company said": no person, but a speaker); None when there is no speaker or
    the words do not tell.
    """

    text: str = attrs.field(validator=_is_str)
    kind: QuoteKind = attrs.field(default=QuoteKind.DIRECT, validator=_is_enum(QuoteKind))
    spans: tuple[Span, ...] = attrs.field(default=(), validator=_is_tuple_of(Span))
    speaker: Person | None = attrs.field(
        default=None, validator=_is_instance(Person, optional=True)
    )
    speaker_text: str | None = attrs.field(default=None, validator=_is_opt_str)
    speaker_span: Span | None = attrs.field(
        default=None, validator=_is_instance(Span, optional=True)
    )
    cue: str | None = attrs.field(default=None, validator=_is_opt_str)
    cue_span: Span | None = attrs.field(default=None, validator=_is_instance(Span, optional=True))
    medium: Citation | None = attrs.field(
        default=None, validator=_is_instance(Citation, optional=True)
    )
    speaker_kind: SpeakerKind | None = attrs.field(
        default=None, validator=_is_enum(SpeakerKind, optional=True)
    )


# --- the article -----------------------------------------------------------


@attrs.frozen(kw_only=True, weakref_slot=False)
class Article:
    """A news article: metadata, body, and who says what in it.

    ``published`` and ``modified`` are a ``datetime`` (aware when the time
    zone is known), a ``date`` when only the day is known, or ``None``.
    ``people``, ``quotes`` and ``citations`` are filled by
    :func:`newsdoc.analyze`; every quote's speaker is one of ``people``, and
    every quote's medium one of ``citations``.
    """

    headline: str | None = attrs.field(default=None, validator=_is_opt_str)
    subheadline: str | None = attrs.field(default=None, validator=_is_opt_str)
    byline: Byline | None = attrs.field(default=None, validator=_is_instance(Byline, optional=True))
    dateline: str | None = attrs.field(default=None, validator=_is_opt_str)
    published: dt.datetime | dt.date | None = attrs.field(default=None, validator=_is_when)
    modified: dt.datetime | dt.date | None = attrs.field(default=None, validator=_is_when)
    publisher: str | None = attrs.field(default=None, validator=_is_opt_str)
    url: str | None = attrs.field(default=None, validator=_is_opt_str)
    language: str | None = attrs.field(default=None, validator=_is_opt_str)
    #: True when :func:`newsdoc.analyze` detected ``language`` from the body's text
    #: (the page declared none, or one its text does not bear out); False when the
    #: tag is the one the source declared.
    language_detected: bool = attrs.field(default=False, validator=_is_bool)
    section: str | None = attrs.field(default=None, validator=_is_opt_str)
    tags: tuple[str, ...] = attrs.field(default=(), validator=_is_tuple_of(str))
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), validator=_is_tuple_of(Paragraph))
    images: tuple[Image, ...] = attrs.field(default=(), validator=_is_tuple_of(Image))
    people: tuple[Person, ...] = attrs.field(default=(), validator=_is_tuple_of(Person))
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=_is_tuple_of(Quote))
    citations: tuple[Citation, ...] = attrs.field(default=(), validator=_is_tuple_of(Citation))

    def __attrs_post_init__(self) -> None:
        _check_references(self)

    @property
    def text(self) -> str:
        """The body's text: every paragraph's text, joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def authors(self) -> tuple[Person, ...]:
        """The byline's authors, or an empty tuple."""
        return self.byline.authors if self.byline is not None else ()

    def evolve(self, **changes: Any) -> Article:
        """A copy with ``changes`` applied (validated like a new Article)."""
        return attrs.evolve(self, **changes)


def _spans_of(article: Article) -> Iterator[tuple[str, int, int, Span]]:
    """Every span in the article, with a path template and its indices.

    The path is only spelled out when a span is wrong: formatting it for every
    span of every article would cost more than the check itself.
    """
    for i, person in enumerate(article.people):
        for j, span in enumerate(person.mentions):
            yield "people[{i}].mentions[{j}]", i, j, span
    for i, author in enumerate(article.authors):
        for j, span in enumerate(author.mentions):
            yield "byline.authors[{i}].mentions[{j}]", i, j, span
    for i, quote in enumerate(article.quotes):
        for j, span in enumerate(quote.spans):
            yield "quotes[{i}].spans[{j}]", i, j, span
        if quote.speaker_span is not None:
            yield "quotes[{i}].speaker_span", i, 0, quote.speaker_span
        if quote.cue_span is not None:
            yield "quotes[{i}].cue_span", i, 0, quote.cue_span
    for i, citation in enumerate(article.citations):
        if citation.span is not None:
            yield "citations[{i}].span", i, 0, citation.span


def _check_references(article: Article) -> None:
    # each span looks up its own paragraph: a list of every paragraph's size would cost
    # as much again for an article of many paragraphs and few spans (as read, and every
    # evolve of it), and hold a pointer per paragraph
    paragraphs = article.paragraphs
    count = len(paragraphs)
    for template, i, j, span in _spans_of(article):
        index = span.paragraph
        if index < count and span.end <= len(paragraphs[index].text):
            continue
        path = template.format(i=i, j=j)
        if index >= count:
            raise InvalidArticleError(
                f"Article.{path}: paragraph {index} does not exist (the article has {count})"
            )
        raise InvalidArticleError(
            f"Article.{path}: end {span.end} is past the end of paragraph "
            f"{index} ({len(paragraphs[index].text)} characters)"
        )
    if not (article.quotes or article.citations):
        return
    people = set(article.people)
    citations = set(article.citations)
    for i, quote in enumerate(article.quotes):
        if quote.speaker is not None and quote.speaker not in people:
            raise InvalidArticleError(
                f"Article.quotes[{i}].speaker: {quote.speaker.name!r} is not one of the "
                "article's people"
            )
        if quote.medium is not None and quote.medium not in citations:
            raise InvalidArticleError(
                f"Article.quotes[{i}].medium: {quote.medium.source!r} is not one of the "
                "article's citations"
            )
    for i, citation in enumerate(article.citations):
        if citation.speaker is not None and citation.speaker not in people:
            raise InvalidArticleError(
                f"Article.citations[{i}].speaker: {citation.speaker.name!r} is not one of "
                "the article's people"
            )

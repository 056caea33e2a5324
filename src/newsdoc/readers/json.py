"""Read a newsdoc JSON document back into an Article.

Reading is strict: a wrong type, a dangling id, a span outside its paragraph or
an unknown major version raises :class:`~newsdoc.errors.FormatError` whose
message starts with the JSON path of the bad field (``$.quotes[2].speaker``).
Nothing half-built is ever returned.  Keys this version does not know (from a
newer minor version) are skipped with a :class:`~newsdoc.errors.NewsdocWarning`.

Hostile documents get the same treatment: a number with more digits than
Python converts (``sys.get_int_max_str_digits()``) is reported at its path
like any other bad number, a string holding a lone surrogate (``"\\ud800"``,
which no writer could encode as UTF-8) is refused at its path, and nesting too
deep to decode is a :class:`~newsdoc.errors.FormatError` too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import FormatError, InvalidArticleError, warn
from ..limits import check_size
from ..model import (
    Article,
    Byline,
    Citation,
    CitationKind,
    Image,
    Link,
    Paragraph,
    ParagraphKind,
    Person,
    Quote,
    QuoteKind,
    Span,
    SpeakerKind,
)
from ..schema import FORMAT_NAME, FORMAT_VERSION

__all__ = ["decode_document", "from_dict", "from_json"]

T = TypeVar("T")
E = TypeVar("E", ParagraphKind, QuoteKind, CitationKind, SpeakerKind)

_MAJOR = FORMAT_VERSION.split(".")[0]


def from_json(
    data: str | bytes | bytearray, *, url: str | None = None, http_charset: str | None = None
) -> Article:
    """Read a newsdoc JSON document (text or UTF-8/16/32 bytes).

    The article is read as stored, its analysis included.  ``url`` is where
    the document came from: it becomes the article's URL when it has none.
    ``http_charset`` is accepted for the shape all readers share and not
    used: JSON is UTF-8, -16 or -32, told apart by its bytes (RFC 8259 gives
    ``application/json`` no charset).
    """
    if not isinstance(data, (str, bytes, bytearray)):
        raise FormatError(f"$: expected JSON text or bytes, got {type(data).__name__}")
    check_size(len(data), "from_json")
    article = from_dict(decode_document(data))
    return article if url is None or article.url is not None else article.evolve(url=url)


class _LongNumber:
    """An integer with more digits than Python converts: reported, with its path, as bad."""

    def __init__(self, digits: str) -> None:
        self.digits = len(digits.lstrip("-"))

    def __repr__(self) -> str:
        return f"a number of {self.digits:,} digits"


def _integer(digits: str) -> int | _LongNumber:
    try:
        return int(digits)
    except ValueError:  # past sys.get_int_max_str_digits()
        return _LongNumber(digits)


def decode_document(data: str | bytes | bytearray) -> object:
    """JSON text (or UTF-8/16/32 bytes) decoded; :class:`FormatError` if it is not JSON."""
    try:
        return json.loads(data, parse_int=_integer)
    except json.JSONDecodeError as error:
        raise FormatError(
            f"$: not JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except UnicodeDecodeError as error:
        raise FormatError(f"$: not UTF-8, UTF-16 or UTF-32 text: {error.reason}") from None
    except RecursionError:
        raise FormatError("$: JSON nested too deeply") from None


def from_dict(document: object) -> Article:
    """Read a newsdoc document already decoded from JSON into Python objects."""
    try:
        return _Reader().article(document)
    except InvalidArticleError as error:
        # The parts were each fine but do not fit together (e.g. a span past
        # the end of its paragraph): report it with the model's own path.
        raise FormatError(f"$: {error}") from None
    except RecursionError:
        raise FormatError("$: document nested too deeply") from None


# --- typed access with paths ---------------------------------------------------


def _fail(path: str, message: str) -> FormatError:
    return FormatError(f"{path}: {message}")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, _LongNumber):
        return repr(value)
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


def _shown(value: object) -> str:
    """``value`` for an error message: its repr (lone surrogates escaped), cut short."""
    shown = repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: str, path: str) -> str:
    """``value``, unless it holds a lone surrogate, which no writer can encode as UTF-8."""
    if not value.isascii() and (found := _SURROGATE.search(value)) is not None:
        raise _fail(
            path,
            f"the string holds a lone surrogate ({found.group()!r} at character "
            f"{found.start()}), which cannot be encoded as UTF-8",
        )
    return value


def _key(key: object) -> str:
    """A key for a message: lone surrogates escaped, so the message itself can be written."""
    return str(key).encode("utf-8", "backslashreplace").decode("utf-8")


class _Object:
    """A JSON object being read: typed getters that know their path."""

    def __init__(self, value: object, path: str, known: frozenset[str]) -> None:
        if not isinstance(value, dict):
            raise _fail(path, f"expected an object, got {_kind(value)}")
        self.value: dict[str, Any] = value
        self.path = path
        unknown = sorted(_key(k) for k in value if k not in known)
        if unknown:
            warn(f"{path}: unknown field(s) skipped: {', '.join(unknown)}")

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def opt_string(self, key: str) -> str | None:
        value = self.value.get(key)
        if value is None:
            return None
        if type(value) is not str:
            raise _fail(self.at(key), f"expected a string, got {_kind(value)}")
        return _text(value, self.at(key))

    def flag(self, key: str) -> bool:
        """A boolean that is false when absent (documents written before it existed)."""
        value = self.value.get(key, False)
        if type(value) is not bool:
            raise _fail(self.at(key), f"expected true or false, got {_kind(value)}")
        return value

    def string(self, key: str) -> str:
        value = self.opt_string(key)
        if value is None:
            raise _fail(self.at(key), "required string is missing")
        return value

    def number(self, key: str, default: int | None = None) -> int:
        value = self.value.get(key, default)
        if type(value) is not int or value < 0:
            if value is None:
                raise _fail(self.at(key), "required number is missing")
            raise _fail(self.at(key), f"expected a non-negative integer, got {_shown(value)}")
        return value

    def opt_number(self, key: str) -> int | None:
        if self.value.get(key) is None:
            return None
        return self.number(key)

    def array(self, key: str) -> list[Any]:
        value = self.value.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _fail(self.at(key), f"expected an array, got {_kind(value)}")
        return value

    def items(self, key: str, read: Callable[[object, str], T]) -> tuple[T, ...]:
        return tuple(read(item, f"{self.at(key)}[{i}]") for i, item in enumerate(self.array(key)))

    def enum(self, key: str, cls: type[E], default: E) -> E:
        value = self.value.get(key)
        if value is None:
            return default
        try:
            return cls(value)
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            raise _fail(
                self.at(key), f"unknown value {_shown(value)} (expected one of {choices})"
            ) from None

    def opt_enum(self, key: str, cls: type[E]) -> E | None:
        if self.value.get(key) is None:
            return None
        return self.enum(key, cls, next(iter(cls)))

    def when(self, key: str) -> dt.date | None:
        value = self.opt_string(key)
        if value is None:
            return None
        try:
            if "T" not in value and len(value) <= 10:
                return dt.date.fromisoformat(value)
            if value.endswith(("Z", "z")):
                value = value[:-1] + "+00:00"
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise _fail(
                self.at(key), f"not an ISO 8601 date or date-time: {_shown(value)}"
            ) from None


def _fields(*names: str) -> frozenset[str]:
    return frozenset(names)


_ARTICLE = _fields(
    "format", "version", "headline", "subheadline", "byline", "dateline", "published",
    "modified", "publisher", "url", "language", "language_detected", "section", "tags",
    "paragraphs", "images", "persons", "people", "citations", "quotes",
)  # fmt: skip
_SPAN = _fields("paragraph", "start", "end")
_LINK = _fields("start", "end", "url", "title")
_PARAGRAPH = _fields("text", "kind", "level", "links")
_IMAGE = _fields("url", "caption", "credit", "alt", "width", "height")
_PERSON = _fields(
    "id", "name", "role", "affiliation", "nationality", "descriptions", "mentions", "email", "url"
)
_BYLINE = _fields("text", "authors")
_CITATION = _fields("id", "source", "kind", "cue", "span", "url", "speaker")
_QUOTE = _fields(
    "text", "kind", "spans", "speaker", "speaker_text", "speaker_span", "speaker_kind", "cue",
    "cue_span", "medium",
)  # fmt: skip


def _span(value: object, path: str) -> Span:
    o = _Object(value, path, _SPAN)
    start, end = o.number("start"), o.number("end")
    if end < start:
        raise _fail(o.at("end"), f"{end} is before start {start}")
    return Span(paragraph=o.number("paragraph"), start=start, end=end)


def _opt_span(o: _Object, key: str) -> Span | None:
    value = o.value.get(key)
    return None if value is None else _span(value, o.at(key))


def _string(value: object, path: str) -> str:
    if type(value) is not str:
        raise _fail(path, f"expected a string, got {_kind(value)}")
    return _text(value, path)


def _link(value: object, path: str, size: int) -> Link:
    o = _Object(value, path, _LINK)
    start, end = o.number("start"), o.number("end")
    if not start <= end <= size:
        raise _fail(path, f"range {start}..{end} is outside the paragraph ({size} characters)")
    return Link(start=start, end=end, url=o.string("url"), title=o.opt_string("title"))


def _paragraph(value: object, path: str) -> Paragraph:
    o = _Object(value, path, _PARAGRAPH)
    text = o.string("text")
    kind = o.enum("kind", ParagraphKind, ParagraphKind.BODY)
    level = o.number("level", 0)
    if kind is ParagraphKind.HEADING and not 1 <= level <= 6:
        raise _fail(o.at("level"), f"a heading needs a level from 1 to 6, got {level}")
    links = tuple(
        _link(item, f"{o.at('links')}[{i}]", len(text)) for i, item in enumerate(o.array("links"))
    )
    return Paragraph(text=text, kind=kind, links=links, level=level)


def _image(value: object, path: str) -> Image:
    o = _Object(value, path, _IMAGE)
    return Image(
        url=o.string("url"),
        caption=o.opt_string("caption"),
        credit=o.opt_string("credit"),
        alt=o.opt_string("alt"),
        width=o.opt_number("width"),
        height=o.opt_number("height"),
    )


class _Reader:
    def __init__(self) -> None:
        self.persons: dict[str, Person] = {}
        self.citations: dict[str, Citation] = {}
        self.paragraphs: tuple[Paragraph, ...] = ()

    def _check_span(self, span: Span | None, path: str) -> None:
        if span is None:
            return
        if span.paragraph >= len(self.paragraphs):
            raise _fail(
                path,
                f"paragraph {span.paragraph} does not exist "
                f"(the article has {len(self.paragraphs)})",
            )
        size = len(self.paragraphs[span.paragraph].text)
        if span.end > size:
            raise _fail(
                path, f"end {span.end} is past the end of paragraph {span.paragraph} ({size})"
            )

    def _spans(self, o: _Object, key: str) -> tuple[Span, ...]:
        spans = o.items(key, _span)
        for i, span in enumerate(spans):
            self._check_span(span, f"{o.at(key)}[{i}]")
        return spans

    def _ref(self, o: _Object, key: str, table: dict[str, T], what: str) -> T | None:
        ref = o.opt_string(key)
        if ref is None:
            return None
        if ref not in table:
            raise _fail(o.at(key), f"{_shown(ref)} names no {what}")
        return table[ref]

    def _person(self, value: object, path: str) -> Person:
        o = _Object(value, path, _PERSON)
        pid = o.string("id")
        if pid in self.persons:
            raise _fail(o.at("id"), f"duplicate person id {_shown(pid)}")
        person = Person(
            name=o.string("name"),
            role=o.opt_string("role"),
            affiliation=o.opt_string("affiliation"),
            nationality=o.opt_string("nationality"),
            descriptions=o.items("descriptions", _string),
            mentions=self._spans(o, "mentions"),
            email=o.opt_string("email"),
            url=o.opt_string("url"),
        )
        self.persons[pid] = person
        return person

    def _person_ref(self, value: object, path: str) -> Person:
        pid = _string(value, path)
        if pid not in self.persons:
            raise _fail(path, f"{_shown(pid)} names no person in $.persons")
        return self.persons[pid]

    def _citation(self, value: object, path: str) -> Citation:
        o = _Object(value, path, _CITATION)
        cid = o.string("id")
        if cid in self.citations:
            raise _fail(o.at("id"), f"duplicate citation id {_shown(cid)}")
        span = _opt_span(o, "span")
        self._check_span(span, o.at("span"))
        citation = Citation(
            source=o.string("source"),
            kind=o.enum("kind", CitationKind, CitationKind.OTHER),
            cue=o.opt_string("cue"),
            span=span,
            url=o.opt_string("url"),
            speaker=self._ref(o, "speaker", self.persons, "person in $.persons"),
        )
        self.citations[cid] = citation
        return citation

    def _quote(self, value: object, path: str) -> Quote:
        o = _Object(value, path, _QUOTE)
        speaker_span = _opt_span(o, "speaker_span")
        cue_span = _opt_span(o, "cue_span")
        self._check_span(speaker_span, o.at("speaker_span"))
        self._check_span(cue_span, o.at("cue_span"))
        return Quote(
            text=o.string("text"),
            kind=o.enum("kind", QuoteKind, QuoteKind.DIRECT),
            spans=self._spans(o, "spans"),
            speaker=self._ref(o, "speaker", self.persons, "person in $.persons"),
            speaker_text=o.opt_string("speaker_text"),
            speaker_span=speaker_span,
            # absent in documents written before it existed: unknown
            speaker_kind=o.opt_enum("speaker_kind", SpeakerKind),
            cue=o.opt_string("cue"),
            cue_span=cue_span,
            medium=self._ref(o, "medium", self.citations, "citation in $.citations"),
        )

    def _byline(self, value: object, path: str) -> Byline:
        o = _Object(value, path, _BYLINE)
        return Byline(text=o.string("text"), authors=o.items("authors", self._person_ref))

    def article(self, document: object) -> Article:
        o = _Object(document, "$", _ARTICLE)
        if o.value.get("format") != FORMAT_NAME:
            raise _fail(
                "$.format", f"expected {FORMAT_NAME!r}, got {_shown(o.value.get('format'))}"
            )
        version = o.string("version")
        if version.split(".")[0] != _MAJOR:
            raise _fail(
                "$.version",
                f"unsupported version {_shown(version)} (this reader reads {_MAJOR}.x)",
            )
        self.paragraphs = o.items("paragraphs", _paragraph)
        persons = o.items("persons", self._person)
        del persons  # registered in self.persons by id
        citations = o.items("citations", self._citation)
        people = o.items("people", self._person_ref)
        byline_value = o.value.get("byline")
        return Article(
            headline=o.opt_string("headline"),
            subheadline=o.opt_string("subheadline"),
            byline=None if byline_value is None else self._byline(byline_value, o.at("byline")),
            dateline=o.opt_string("dateline"),
            published=o.when("published"),
            modified=o.when("modified"),
            publisher=o.opt_string("publisher"),
            url=o.opt_string("url"),
            language=o.opt_string("language"),
            language_detected=o.flag("language_detected"),
            section=o.opt_string("section"),
            tags=o.items("tags", _string),
            paragraphs=self.paragraphs,
            images=o.items("images", _image),
            people=people,
            quotes=o.items("quotes", self._quote),
            citations=citations,
        )

"""Write an Article as a newsdoc JSON document (see docs/json-format.md).

The document is lossless: :func:`newsdoc.from_json` reads back an equal
Article.  Every person is written once, in ``persons``, and referred to by id
from ``people``, the byline, quotes and citations; every citation has an id
that quotes refer to.  Empty and ``None`` fields are left out, and keys come
in a fixed order, so the same article always gives the same bytes.

:func:`to_json` builds each paragraph's, image's, person's and quote's object only when
the encoder reaches it (``json.dumps``' ``default``), and lets it go once written: writing
an article holds the article and the output, not also a tree of dicts several times the
output's size.  :func:`to_dict` builds the whole tree; both share the same converters.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

from ..model import Article, Citation, Image, Link, Paragraph, Person, Quote, Span
from ..schema import FORMAT_NAME, FORMAT_VERSION
from .ids import citation_ids, citation_numbers, person_ids

__all__ = ["to_dict", "to_json"]

JSON = dict[str, Any]
_T = TypeVar("_T")


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a newsdoc JSON string (UTF-8 text, not ASCII-escaped): the text of
    ``json.dumps(to_dict(article))``, written without building that dict's whole tree."""
    writer = _Writer(article, lazy=True)
    return json.dumps(writer.document(), ensure_ascii=False, indent=indent, default=writer.later)


def to_dict(article: Article) -> JSON:
    """The article as a JSON-ready dict in the newsdoc format."""
    writer = _Writer(article, lazy=False)
    return writer.document()


def _put(out: JSON, key: str, value: object) -> None:
    if value is not None and value != () and value != []:
        out[key] = value


def when_to_json(value: dt.date | None) -> str | None:
    """ISO 8601: ``YYYY-MM-DD`` for a date, full timestamp for a datetime."""
    return None if value is None else value.isoformat()


def span_to_json(span: Span | None) -> JSON | None:
    if span is None:
        return None
    return {"paragraph": span.paragraph, "start": span.start, "end": span.end}


class _Writer:
    def __init__(self, article: Article, *, lazy: bool) -> None:
        self.article = article
        # lazy: the lists of paragraphs, images, persons and quotes are left as the model's
        # objects, for the encoder to convert one at a time (:meth:`later`)
        self.lazy = lazy
        self.person_ids = person_ids(article)
        # Citations are numbered by position, so equal citations stay two entries;
        # a quote's medium refers to the first of them.
        self.citation_numbers = citation_numbers(article)
        self.citation_ids = citation_ids(article)

    def document(self) -> JSON:
        a = self.article
        out: JSON = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
        _put(out, "headline", a.headline)
        _put(out, "subheadline", a.subheadline)
        if a.byline is not None:
            byline: JSON = {"text": a.byline.text}
            _put(byline, "authors", [self.person_ids[p] for p in a.byline.authors])
            out["byline"] = byline
        _put(out, "dateline", a.dateline)
        _put(out, "published", when_to_json(a.published))
        _put(out, "modified", when_to_json(a.modified))
        _put(out, "publisher", a.publisher)
        _put(out, "url", a.url)
        _put(out, "language", a.language)
        if a.language_detected:
            out["language_detected"] = True
        _put(out, "section", a.section)
        _put(out, "tags", list(a.tags))
        out["paragraphs"] = self._each(a.paragraphs, _paragraph)
        _put(out, "images", self._each(a.images, _image))
        _put(out, "persons", self._each(tuple(self.person_ids), self._person))
        _put(out, "people", [self.person_ids[p] for p in a.people])
        # (always built: a citation's id is its position, and two equal citations stay two
        # entries, which the encoder's one object at a time cannot tell apart)
        _put(
            out,
            "citations",
            [
                self._citation(c, cid)
                for c, cid in zip(a.citations, self.citation_numbers, strict=True)
            ],
        )
        _put(out, "quotes", self._each(a.quotes, self._quote))
        return out

    def _each(
        self, items: tuple[_T, ...], convert: Callable[[_T], JSON]
    ) -> list[JSON] | tuple[_T, ...]:
        """``items`` converted, or left for :meth:`later` when lazy (empty either way when
        there are none, a list or a tuple, which :func:`_put` leaves out alike)."""
        if self.lazy:
            return items
        return [convert(item) for item in items]

    def later(self, item: object) -> JSON:
        """The JSON object of a model's object that the encoder reached (``default``)."""
        if isinstance(item, Paragraph):
            return _paragraph(item)
        if isinstance(item, Quote):
            return self._quote(item)
        if isinstance(item, Person):
            return self._person(item)
        if isinstance(item, Image):
            return _image(item)
        raise TypeError(f"{type(item).__name__} is not a part of an article the writer knows")

    def _person(self, p: Person) -> JSON:
        return _person(p, self.person_ids[p])

    def _citation(self, c: Citation, cid: str) -> JSON:
        out: JSON = {"id": cid, "source": c.source, "kind": c.kind.value}
        _put(out, "cue", c.cue)
        _put(out, "span", span_to_json(c.span))
        _put(out, "url", c.url)
        _put(out, "speaker", None if c.speaker is None else self.person_ids[c.speaker])
        return out

    def _quote(self, q: Quote) -> JSON:
        out: JSON = {"text": q.text, "kind": q.kind.value}
        _put(out, "spans", [span_to_json(s) for s in q.spans])
        _put(out, "speaker", None if q.speaker is None else self.person_ids[q.speaker])
        _put(out, "speaker_text", q.speaker_text)
        _put(out, "speaker_span", span_to_json(q.speaker_span))
        _put(out, "speaker_kind", None if q.speaker_kind is None else q.speaker_kind.value)
        _put(out, "cue", q.cue)
        _put(out, "cue_span", span_to_json(q.cue_span))
        _put(out, "medium", None if q.medium is None else self.citation_ids[q.medium])
        return out


def _paragraph(p: Paragraph) -> JSON:
    out: JSON = {"text": p.text, "kind": p.kind.value}
    if p.level:
        out["level"] = p.level
    _put(out, "links", [_link(link) for link in p.links])
    return out


def _link(link: Link) -> JSON:
    out: JSON = {"start": link.start, "end": link.end, "url": link.url}
    _put(out, "title", link.title)
    return out


def _image(image: Image) -> JSON:
    out: JSON = {"url": image.url}
    _put(out, "caption", image.caption)
    _put(out, "credit", image.credit)
    _put(out, "alt", image.alt)
    _put(out, "width", image.width)
    _put(out, "height", image.height)
    return out


def _person(p: Person, pid: str) -> JSON:
    out: JSON = {"id": pid, "name": p.name}
    _put(out, "role", p.role)
    _put(out, "affiliation", p.affiliation)
    _put(out, "nationality", p.nationality)
    _put(out, "descriptions", list(p.descriptions))
    _put(out, "mentions", [span_to_json(s) for s in p.mentions])
    _put(out, "email", p.email)
    _put(out, "url", p.url)
    return out

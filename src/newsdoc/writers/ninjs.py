"""Write an Article as an IPTC ninjs (News in JSON) document, version 3.1 or 2.1.

Mapping (3.1 names; 2.1 uses the same properties in lower case):

* ``uri``: the article's URL as an absolute URI (non-ASCII and spaces
  percent-encoded).  ninjs requires one; an article without a usable URL
  gets ``urn:uuid:<uuid5>``, a name-based UUID (RFC 4122 version 5, URL
  namespace) of the article's newsdoc JSON, so the same article always gets
  the same uri and different articles different ones.
* ``headlines``: the headline (role ``main``) and subheadline (role ``sub``);
  ``by``: the byline as printed; ``located``: the dateline; ``language``.
* ``firstCreated``: the published date, ``versionCreated``: the modified date
  (else the published one).  ninjs needs full RFC 3339 date-times: a date alone
  is written as midnight and a time without a zone as UTC (``Z``).
* ``people``: the authors (rel ``author``, with their email as contact info)
  and the people in the article (rel ``quoted`` for those with a quote,
  ``mentioned`` for the others); ``uri`` from the person's URL.
* ``organisations``: the cited outlets (rel ``cited``), once per name;
  ``infoSources``: the publisher (role ``publisher``).
* ``bodies``: the body as ``text/plain`` and as ``text/html`` (the safe body
  markup of :func:`newsdoc.to_html`), role ``main``, with character and word
  counts.
* ``subjects``: the tags (rel ``keyword``) and the section (rel ``section``).
* ``associations``: the images, as ``picture`` items with a rendition.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from ..errors import NewsdocError
from ..model import Article, Person
from .html import body_html
from .json import to_json
from .urls import absolute_uri

__all__ = ["NINJS_VERSIONS", "UnsupportedVersionError", "to_ninjs"]

JSON = dict[str, Any]

#: The ninjs versions :func:`to_ninjs` writes.
NINJS_VERSIONS = ("3.1", "2.1")

_SCHEMAS = {v: f"http://www.iptc.org/std/ninjs/ninjs-schema_{v}.json#" for v in NINJS_VERSIONS}

# 3.x spells properties in camelCase, 2.x in lower case.
_V2_NAMES = {
    "representationType": "representationtype",
    "firstCreated": "firstcreated",
    "versionCreated": "versioncreated",
    "contentType": "contenttype",
    "charCount": "charcount",
    "wordCount": "wordcount",
    "contactInfo": "contactinfo",
    "infoSources": "infosources",
    "copyrightHolder": "copyrightholder",
}


class UnsupportedVersionError(NewsdocError, ValueError):
    """``to_ninjs`` was asked for a ninjs version it does not write."""


def to_ninjs(article: Article, version: str = "3.1") -> JSON:
    """The article as an IPTC ninjs document of ``version`` ("3.1" or "2.1").

    Raises :class:`UnsupportedVersionError` (a ``ValueError``) for other versions.
    """
    if version not in NINJS_VERSIONS:
        raise UnsupportedVersionError(
            f"to_ninjs: ninjs version {version!r} is not supported; use one of "
            f"{', '.join(NINJS_VERSIONS)}"
        )
    document = _document(article, version)
    return document if version.startswith("3") else _lower(document)


def article_uri(article: Article) -> str:
    """The ninjs ``uri``: the URL as an absolute URI, else a deterministic ``urn:uuid:``."""
    uri = absolute_uri(article.url, "url")
    if uri is not None:
        return uri
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, to_json(article)))


def _lower(value: Any) -> Any:
    if isinstance(value, dict):
        return {_V2_NAMES.get(k, k): _lower(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower(v) for v in value]
    return value


def _datetime(when: dt.date | None) -> str | None:
    """RFC 3339: midnight for a date alone, UTC for a time without a zone."""
    if when is None:
        return None
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day)
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=dt.UTC)
    text = when.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _put(out: JSON, key: str, value: object) -> None:
    if value is not None and value != []:
        out[key] = value


def _document(a: Article, version: str) -> JSON:
    out: JSON = {
        "uri": article_uri(a),
        "type": "text",
        "representationType": "full",
        "standard": {"name": "ninjs", "version": version, "schema": _SCHEMAS[version]},
    }
    _put(out, "firstCreated", _datetime(a.published))
    _put(out, "versionCreated", _datetime(a.modified or a.published))
    _put(out, "language", a.language)
    headlines = []
    if a.headline is not None:
        headlines.append({"role": "main", "contentType": "text/plain", "value": a.headline})
    if a.subheadline is not None:
        headlines.append({"role": "sub", "contentType": "text/plain", "value": a.subheadline})
    _put(out, "headlines", headlines)
    if a.byline is not None:
        out["by"] = a.byline.text
    _put(out, "located", a.dateline)
    _put(out, "people", _people(a))
    organisations: dict[str, JSON] = {}
    for i, citation in enumerate(a.citations):
        org = organisations.setdefault(citation.source, {"name": citation.source, "rel": "cited"})
        uri = absolute_uri(citation.url, f"citations[{i}].url")
        if uri is not None:
            org.setdefault("uri", uri)
    _put(out, "organisations", list(organisations.values()))
    if a.publisher is not None:
        out["infoSources"] = [{"name": a.publisher, "role": "publisher"}]
    subjects = [{"name": tag, "rel": "keyword"} for tag in a.tags]
    if a.section is not None:
        subjects.append({"name": a.section, "rel": "section"})
    _put(out, "subjects", subjects)
    if a.paragraphs:
        text = a.text
        counts = {"charCount": len(text), "wordCount": len(text.split())}
        out["bodies"] = [
            {"role": "main", "contentType": "text/plain", "value": text, **counts},
            {"role": "main", "contentType": "text/html", "value": body_html(a), **counts},
        ]
    _put(out, "associations", _images(a))
    return out


def _person(p: Person, rel: str, where: str) -> JSON:
    out: JSON = {"name": p.name, "rel": rel}
    uri = absolute_uri(p.url, where + ".url")
    if uri is not None:
        out["uri"] = uri
    if p.email is not None:
        out["contactInfo"] = [{"type": "email", "value": p.email}]
    return out


def _people(a: Article) -> list[JSON]:
    quoted = {q.speaker for q in a.quotes if q.speaker is not None}
    out = [_person(p, "author", f"byline.authors[{i}]") for i, p in enumerate(a.authors)]
    for i, p in enumerate(a.people):
        out.append(_person(p, "quoted" if p in quoted else "mentioned", f"people[{i}]"))
    return out


def _images(a: Article) -> list[JSON]:
    out = []
    for i, image in enumerate(a.images):
        uri = absolute_uri(image.url, f"images[{i}].url")
        if uri is None:
            continue
        rendition: JSON = {"name": "original", "href": uri}
        _put(rendition, "width", image.width)
        _put(rendition, "height", image.height)
        item: JSON = {"name": f"image{i + 1}", "uri": uri, "type": "picture"}
        _put(item, "renditions", [rendition])
        if image.caption is not None:
            item["descriptions"] = [{"role": "caption", "value": image.caption}]
        if image.alt is not None:
            item.setdefault("descriptions", []).append({"role": "alt", "value": image.alt})
        _put(item, "copyrightHolder", image.credit)
        out.append(item)
    return out

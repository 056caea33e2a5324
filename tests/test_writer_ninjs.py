"""The IPTC ninjs writer: every output validates against the official schemas."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from pathlib import Path
from typing import Any

import html5lib
import jsonschema
import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from strategies import articles
from test_writer_html import PAYLOADS, injected_article, rich_article

import newsdoc
from newsdoc import Article, NewsdocError, Person
from newsdoc.writers import to_ninjs
from newsdoc.writers.urls import safe_url

SCHEMAS = Path(__file__).parent / "data" / "ninjs"

# RFC 3986 URI (absolute), strictly ASCII: jsonschema's own "uri" check needs an
# extra package, so the tests bring their own.
_URI = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*$"
)
_CHECKER = jsonschema.FormatChecker()


@_CHECKER.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or _URI.match(value) is not None


@_CHECKER.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    # RFC 3339: a full date, a time and a zone
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)", value):
        raise ValueError(f"not an RFC 3339 date-time: {value!r}")
    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


def _validator(version: str) -> Any:
    schema = json.loads((SCHEMAS / f"ninjs-schema_{version}.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=_CHECKER)


VALIDATORS = {v: _validator(v) for v in ("2.1", "3.1")}


def check(document: dict[str, Any], version: str) -> None:
    errors = sorted(VALIDATORS[version].iter_errors(document), key=str)
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:3]]


def test_the_official_example_validates() -> None:
    """The checker itself accepts the IPTC's example and rejects a broken copy."""
    example = json.loads((SCHEMAS / "example-3.1-complex-text-article.json").read_text("utf-8"))
    check(example, "3.1")
    assert list(VALIDATORS["3.1"].iter_errors({**example, "uri": "not a uri"}))
    assert list(VALIDATORS["3.1"].iter_errors({**example, "firstCreated": "2013-07-09"}))


@pytest.mark.parametrize("version", ["3.1", "2.1"])
def test_rich_article(version: str) -> None:
    article = rich_article()
    doc = to_ninjs(article, version)
    check(doc, version)
    created, body_type, contact = (
        ("firstCreated", "contentType", "contactInfo")
        if version == "3.1"
        else ("firstcreated", "contenttype", "contactinfo")
    )
    assert doc["uri"] == article.url
    assert doc["headlines"][0] == {
        "role": "main",
        body_type: "text/plain",
        "value": article.headline,
    }
    assert doc["by"] == "By Natalya Krainova"
    assert doc["located"] == "MOSCOW"
    assert doc["language"] == "en"
    assert doc[created] == "2013-11-06T10:15:00+04:00"
    people = {(p["name"], p["rel"]) for p in doc["people"]}
    assert people == {("Natalya Krainova", "author"), ("Nikolai Alexeyev", "quoted")}
    author = next(p for p in doc["people"] if p["rel"] == "author")
    assert author[contact] == [{"type": "email", "value": "n.k@example.com"}]
    assert [o["name"] for o in doc["organisations"]] == ["Interfax", "RIA Novosti"]
    bodies = {b[body_type]: b["value"] for b in doc["bodies"]}
    assert bodies["text/plain"] == article.text
    assert "<script" not in bodies["text/html"] and "Alexeyev" in bodies["text/html"]
    assert doc["associations"][0]["uri"] == "https://example.com/i.jpg"


def test_dates_without_zone_or_time() -> None:
    article = Article(published=dt.date(2020, 1, 2), modified=dt.datetime(2020, 1, 3, 4, 5, 6))
    doc = to_ninjs(article)
    check(doc, "3.1")
    assert doc["firstCreated"] == "2020-01-02T00:00:00Z"
    assert doc["versionCreated"] == "2020-01-03T04:05:06Z"


def test_uri_when_there_is_no_usable_url() -> None:
    one = Article(headline="One")
    two = Article(headline="Two")
    assert to_ninjs(one)["uri"].startswith("urn:uuid:")
    assert to_ninjs(one)["uri"] == to_ninjs(Article(headline="One"))["uri"]
    assert to_ninjs(one)["uri"] != to_ninjs(two)["uri"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert to_ninjs(Article(url="javascript:x"))["uri"].startswith("urn:uuid:")
    # relative and non-ASCII URLs
    assert to_ninjs(Article(url="/story"))["uri"].startswith("urn:uuid:")
    doc = to_ninjs(Article(url="https://example.com/новости?q=a b"))
    check(doc, "3.1")
    assert doc["uri"] == "https://example.com/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?q=a%20b"


def test_unsupported_version() -> None:
    with pytest.raises(NewsdocError, match=r"2\.0") as caught:
        to_ninjs(Article(), "2.0")
    assert isinstance(caught.value, ValueError)


def test_person_url_as_uri() -> None:
    doc = to_ninjs(Article(people=(Person(name="A", url="https://example.com/a"),)))
    assert doc["people"] == [{"name": "A", "rel": "mentioned", "uri": "https://example.com/a"}]


def test_example() -> None:
    article = newsdoc.parse(EXAMPLES / "moscowtimes-2013-11-06.txt")
    for version in ("3.1", "2.1"):
        doc = to_ninjs(article, version)
        check(doc, version)
        assert doc["headlines"][0]["value"] == article.headline
        assert len(doc["people"]) == len(article.authors) + len(article.people)


@settings(max_examples=80, deadline=None)
@given(articles())
def test_any_article_validates(article: Article) -> None:
    for version in ("3.1", "2.1"):
        doc = to_ninjs(article, version)
        check(doc, version)
        # deterministic: an equal article gives the same bytes
        again = to_ninjs(newsdoc.from_json(newsdoc.to_json(article)), version)
        assert json.dumps(again) == json.dumps(doc)


@pytest.mark.parametrize("payload", PAYLOADS["text"][:20] + PAYLOADS["urls"])
def test_injection(payload: str) -> None:
    """The text/html body is as safe as to_html's, and the document still validates."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text, url in ((payload, "https://example.com/x"), ("plain", payload)):
            article = injected_article(text, url)
            for version in ("3.1", "2.1"):
                doc = to_ninjs(article, version)
                check(doc, version)
            html_body = next(b["value"] for b in doc["bodies"] if b["contenttype"] == "text/html")
            root = html5lib.parse(html_body, treebuilder="lxml", namespaceHTMLElements=False)
            for element in root.iter():
                assert element.tag not in ("script", "style", "iframe", "img", "object")
                for name, value in element.attrib.items():
                    assert not name.startswith("on") and name != "style"
                    if name == "href":
                        assert safe_url(value, "test") is not None


def test_empty_article() -> None:
    for version in ("3.1", "2.1"):
        doc = to_ninjs(Article(), version)
        check(doc, version)
        assert set(doc) == {
            "uri",
            "type",
            "representationType" if version == "3.1" else "representationtype",
            "standard",
        }

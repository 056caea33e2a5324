"""newsdoc JSON: lossless round trip, schema-valid output, precise errors."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import articles
from test_model import make_article

import newsdoc
from newsdoc import (
    Article,
    Citation,
    CitationKind,
    FormatError,
    Image,
    NewsdocWarning,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

VALIDATOR = jsonschema.Draft202012Validator(newsdoc.json_schema())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_round_trip_is_lossless(article: Article) -> None:
    document = to_json(article)
    assert from_json(document) == article
    assert from_json(document.encode("utf-8")) == article
    VALIDATOR.validate(json.loads(document))


@settings(max_examples=50, deadline=None)
@given(articles())
def test_output_is_deterministic(article: Article) -> None:
    rebuilt = from_json(to_json(article))  # equal, but built anew
    assert to_json(article) == to_json(rebuilt)
    assert to_json(article, indent=2) == to_json(rebuilt, indent=2)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_to_json_writes_the_text_of_to_dict(article: Article) -> None:
    # to_json converts the article's parts as the encoder reaches them, to_dict all at once:
    # the same document either way, indented or not
    for indent in (None, 2):
        assert to_json(article, indent=indent) == json.dumps(
            to_dict(article), ensure_ascii=False, indent=indent
        )


def test_to_json_writes_the_text_of_to_dict_on_a_full_article() -> None:
    # every list the writer leaves to the encoder present at once (paragraphs, images,
    # persons, quotes), with two equal citations, which stay two entries
    base = make_article()
    cited = Citation(source="Interfax", kind=CitationKind.NEWS_AGENCY)
    article = attrs.evolve(
        base,
        images=(Image(url="https://example.com/a.jpg", caption="A caption", width=640),),
        citations=(cited, cited),
    )
    doc = to_dict(article)
    assert {"paragraphs", "images", "persons", "quotes"} <= doc.keys()
    assert [c["id"] for c in doc["citations"]] == ["c1", "c2"]
    assert to_json(article) == json.dumps(doc, ensure_ascii=False)
    assert from_json(to_json(article)) == article


def test_each_person_written_once_and_referenced() -> None:
    article = make_article()
    doc = to_dict(article)
    names = [p["name"] for p in doc["persons"]]
    assert names == ["Nikolai Alexeyev", "Natalya Krainova"]
    assert doc["quotes"][0]["speaker"] == doc["people"][0] == doc["persons"][0]["id"]
    assert doc["byline"]["authors"] == [doc["persons"][1]["id"]]


def test_dates_are_iso_8601() -> None:
    aware = dt.datetime(2013, 11, 6, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    doc = to_dict(Article(published=dt.date(2013, 11, 6), modified=aware))
    assert doc["published"] == "2013-11-06"
    assert doc["modified"] == "2013-11-06T10:15:00+04:00"
    back = from_dict(doc)
    assert type(back.published) is dt.date
    assert back.modified is not None and back.modified.utcoffset() == dt.timedelta(hours=4)


def test_accepts_z_suffix() -> None:
    doc = {
        "format": "newsdoc",
        "version": "1.0",
        "paragraphs": [],
        "published": "2020-01-02T03:04:05Z",
    }
    published = from_dict(doc).published
    assert isinstance(published, dt.datetime) and published.utcoffset() == dt.timedelta(0)


def _base() -> dict[str, Any]:
    return to_dict(make_article())


def _broken(change: Any) -> dict[str, Any]:
    doc = _base()
    change(doc)
    return doc


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.update(version="2.0"), "$.version"),
        (lambda d: d.pop("version"), "$.version"),
        (lambda d: d.update(format="other"), "$.format"),
        (lambda d: d.update(headline=5), "$.headline"),
        (lambda d: d.update(tags="a,b"), "$.tags"),
        (lambda d: d.update(tags=[1]), "$.tags[0]"),
        (lambda d: d.update(published="yesterday"), "$.published"),
        (lambda d: d["paragraphs"][1].update(kind="poem"), "$.paragraphs[1].kind"),
        (lambda d: d["paragraphs"][0].pop("text"), "$.paragraphs[0].text"),
        (lambda d: d["quotes"][0].update(speaker="p99"), "$.quotes[0].speaker"),
        (lambda d: d["quotes"][0]["spans"][0].update(end=999), "$.quotes[0].spans[0]"),
        (lambda d: d["quotes"][0]["spans"][0].update(paragraph=9), "$.quotes[0].spans[0]"),
        (lambda d: d["quotes"][0]["spans"][0].update(start=-1), "$.quotes[0].spans[0].start"),
        (
            lambda d: d["persons"][0]["mentions"][0].update(end=1, start=3),
            "$.persons[0].mentions[0].end",
        ),
        (lambda d: d["persons"].append(dict(d["persons"][0])), "$.persons[2].id"),
        (lambda d: d["byline"].update(authors=["nobody"]), "$.byline.authors[0]"),
        (lambda d: d.update(paragraphs={}), "$.paragraphs"),
    ],
)
def test_bad_documents_name_the_path(change: Any, path: str) -> None:
    with pytest.raises(FormatError) as caught:
        from_dict(_broken(change))
    assert str(caught.value).startswith(path + ":"), str(caught.value)


@pytest.mark.parametrize(
    "data", ["", "not json", "[1, 2]", '"text"', b"\xff\xfe\x00", "{" * 100000, "null"]
)
def test_not_a_document(data: str | bytes) -> None:
    with pytest.raises(FormatError):
        from_json(data)


def test_wrong_argument_type() -> None:
    with pytest.raises(FormatError, match="expected JSON text"):
        from_json(123)  # type: ignore[arg-type]


def test_newer_minor_version_is_read_with_a_warning() -> None:
    doc = _base()
    doc["version"] = "1.7"
    doc["sentiment"] = "positive"
    with pytest.warns(NewsdocWarning, match="sentiment"):
        assert from_dict(doc) == make_article()


def test_known_documents_read_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from_json(to_json(make_article()))


def test_schema_is_shipped_and_in_docs() -> None:
    from conftest import ROOT

    shipped = newsdoc.json_schema()
    jsonschema.Draft202012Validator.check_schema(shipped)
    docs_copy = ROOT / "docs" / "newsdoc-1.schema.json"
    assert json.loads(docs_copy.read_text(encoding="utf-8")) == shipped

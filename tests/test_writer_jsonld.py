"""The schema.org JSON-LD writer, read back with a real structured-data reader (extruct)."""

from __future__ import annotations

import json
import warnings
from typing import Any

import extruct
from conftest import EXAMPLES
from hypothesis import given, settings
from strategies import articles
from test_writer_html import rich_article

import newsdoc
from newsdoc import Article, Link, NewsdocWarning, Paragraph, Person
from newsdoc.writers import to_jsonld
from newsdoc.writers.jsonld import to_jsonld_string


def extract(article: Article) -> dict[str, Any]:
    """The NewsArticle extruct finds in a page that embeds the JSON-LD."""
    page = (
        "<!DOCTYPE html><html><head><title>t</title>"
        f'<script type="application/ld+json">{to_jsonld_string(article)}</script>'
        "</head><body><p>x</p></body></html>"
    )
    found = extruct.extract(page, syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert len(found) == 1
    item: dict[str, Any] = found[0]
    return item


def test_fields_read_back() -> None:
    article = rich_article()
    item = extract(article)
    assert item["@context"] == "https://schema.org"
    assert item["@type"] == "NewsArticle"
    assert item["headline"] == article.headline
    assert item["alternativeHeadline"] == article.subheadline
    assert item["datePublished"] == "2013-11-06T10:15:00+04:00"
    assert item["dateModified"] == "2013-11-07"
    assert item["dateline"] == "MOSCOW"
    [author] = item["author"]
    assert author["@type"] == "Person"
    assert author["name"] == "Natalya Krainova"
    assert author["url"] == "https://example.com/nk"
    assert author["jobTitle"] == "Staff Writer"
    assert item["publisher"] == {"@type": "Organization", "name": "The Moscow Times"}
    assert item["mainEntityOfPage"]["@id"] == article.url
    assert item["url"] == article.url
    assert item["inLanguage"] == "en"
    assert item["articleBody"] == article.text
    assert item["keywords"] == ["Russia", "LGBT"]
    [image] = item["image"]
    assert image["@type"] == "ImageObject" and image["url"] == "https://example.com/i.jpg"
    assert image["caption"] == "Cap" and image["width"] == 600
    # people, their quotes and the cited sources, tied together by node ids
    [mentioned] = item["mentions"]
    assert mentioned["name"] == "Nikolai Alexeyev" and mentioned["jobTitle"] == "head organizer"
    quotes = item["hasPart"]
    assert [q["@type"] for q in quotes] == ["Quotation", "Quotation"]
    assert [q["text"] for q in quotes] == [q.text for q in article.quotes]
    assert {q["creator"]["@id"] for q in quotes} == {mentioned["@id"]}
    citations = item["citation"]
    assert [c["publisher"]["name"] for c in citations] == ["Interfax", "RIA Novosti"]
    assert [q["isBasedOn"]["@id"] for q in quotes] == [c["@id"] for c in citations]


def test_microdata_in_html_reads_back() -> None:
    article = rich_article()
    found = extruct.extract(newsdoc.to_html(article), syntaxes=["microdata"], uniform=True)
    [item] = [i for i in found["microdata"] if i.get("@type") == "NewsArticle"]
    assert item["headline"] == article.headline
    assert item["author"]["name"] == "Natalya Krainova"
    assert item["datePublished"] == "2013-11-06T10:15:00+04:00"
    assert item["mentions"]["name"] == "Nikolai Alexeyev"
    parts = item["hasPart"] if isinstance(item["hasPart"], list) else [item["hasPart"]]
    assert {p["@type"] for p in parts} == {"Quotation"}
    assert {p["text"] for p in parts} == {q.text for q in article.quotes}


def test_html_embeds_the_same_jsonld() -> None:
    article = rich_article()
    found = extruct.extract(newsdoc.to_html(article), syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert found == [json.loads(json.dumps(to_jsonld(article)))]


def test_unsafe_urls_are_left_out() -> None:
    article = Article(
        url="javascript:alert(1)",
        paragraphs=(Paragraph(text="x", links=(Link(start=0, end=1, url="https://ok.example"),)),),
        people=(Person(name="A", url=" JAVASCRIPT:alert(1)"),),
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = to_jsonld(article)
    assert "url" not in data and "mainEntityOfPage" not in data
    assert "url" not in data["mentions"][0]
    assert sum(issubclass(w.category, NewsdocWarning) for w in caught) == 2


def test_script_safe_string() -> None:
    article = Article(headline="</script><!-- \u2028 & >")
    text = to_jsonld_string(article)
    assert not any(c in text for c in "<>&\u2028")
    assert json.loads(text)["headline"] == article.headline


def test_empty_article() -> None:
    assert to_jsonld(Article()) == {"@context": "https://schema.org", "@type": "NewsArticle"}


def test_example() -> None:
    article = newsdoc.parse(EXAMPLES / "moscowtimes-2013-11-06.txt")
    item = extract(article)
    assert item["headline"] == article.headline
    assert [a["name"] for a in item["author"]] == [a.name for a in article.authors]
    assert len(item.get("hasPart", [])) == len(article.quotes)
    assert len(item.get("mentions", [])) == len(article.people)


@settings(max_examples=100, deadline=None)
@given(articles())
def test_any_article_is_deterministic_json(article: Article) -> None:
    data = to_jsonld(article)
    text = to_jsonld_string(article)
    assert json.loads(text) == json.loads(json.dumps(data))
    assert to_jsonld_string(newsdoc.from_json(newsdoc.to_json(article))) == text
    assert data["@type"] == "NewsArticle"
    assert len(data.get("hasPart", [])) == len(article.quotes)
    assert len(data.get("citation", [])) == len(article.citations)

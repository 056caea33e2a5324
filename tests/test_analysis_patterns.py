"""The analysis step on hand-written texts, one per attribution pattern (tests/data/analysis)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsdoc
from newsdoc import Article, Byline, Link, Paragraph, Person

CASES = json.loads(
    (Path(__file__).parent / "data" / "analysis" / "patterns.json").read_text(encoding="utf-8")
)["cases"]


def _trim(text: str) -> str:
    return " ".join(text.strip(" \t\n,.;:!?\"“”‘’'«»„").split())


def _analyze(case: dict[str, Any]) -> Article:
    byline = None
    if "byline" in case:
        byline = Byline(text=case["byline"], authors=(Person(name=case["byline"]),))
    article = Article(
        byline=byline, paragraphs=tuple(Paragraph(text=t) for t in case["paragraphs"])
    )
    return newsdoc.analyze(article)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_pattern(case: dict[str, Any]) -> None:
    article = _analyze(case)
    quotes = list(article.quotes)
    for want in case.get("quotes", []):
        found = [q for q in quotes if _trim(q.text) == _trim(want["text"])]
        assert found, f"no quote {want['text']!r}; found {[q.text for q in article.quotes]}"
        quote = found[0]
        quotes.remove(quote)
        assert quote.kind.value == want["kind"]
        speaker = quote.speaker.name if quote.speaker else None
        assert speaker == want["speaker"]
        if "speaker_text" in want:
            assert quote.speaker_text == want["speaker_text"]
            assert quote.speaker_span is not None
            assert quote.speaker_span.text_in(article) == want["speaker_text"]
        if "cue" in want:
            assert quote.cue == want["cue"]
            assert quote.cue_span is not None and quote.cue_span.text_in(article) == want["cue"]
        if "medium" in want:
            assert quote.medium is not None and quote.medium.source == want["medium"]
        if "spans" in want:
            assert len(quote.spans) == want["spans"]
        for span in quote.spans:
            assert _trim(span.text_in(article)) in _trim(quote.text)
    if case.get("only"):
        assert not quotes, f"unexpected quotes: {[q.text for q in quotes]}"
    for want in case.get("citations", []):
        found = [c for c in article.citations if c.source == want["source"]]
        sources = [c.source for c in article.citations]
        assert found, f"no citation {want['source']!r}; found {sources}"
        citation = found[0]
        if "kind" in want:
            assert citation.kind.value == want["kind"]
        if "cue" in want:
            assert citation.cue == want["cue"]
        if "speaker" in want:
            assert citation.speaker is not None and citation.speaker.name == want["speaker"]
    if case.get("no_citations"):
        assert not article.citations, [c.source for c in article.citations]
    names = [p.name for p in article.people]
    for want in case.get("people", []):
        person = next((p for p in article.people if p.name == want["name"]), None)
        assert person is not None, f"{want['name']} not among {names}"
        for key in ("role", "affiliation", "nationality"):
            if key in want:
                assert getattr(person, key) == want[key]
        if "mentions" in want:
            assert len(person.mentions) == want["mentions"]
    if case.get("exact_people"):
        assert sorted(names) == sorted(p["name"] for p in case["people"])
    for other in case.get("not_people", []):
        assert other not in names


def _link(text: str, anchor: str, url: str) -> Link:
    start = text.index(anchor)
    return Link(start=start, end=start + len(anchor), url=url)


def test_hyperlinked_sources() -> None:
    first = "The closures were first reported by the Ostrava Gazette on Sunday."
    second = "Lena Horak told Nordkurier that the mill would stay shut."
    third = "The plan, as one site reported, is to sell the land."
    article = newsdoc.analyze(
        Article(
            paragraphs=(
                Paragraph(
                    text=first, links=(_link(first, "Ostrava Gazette", "https://og.example/a"),)
                ),
                Paragraph(
                    text=second, links=(_link(second, "Nordkurier", "https://nk.example/b"),)
                ),
                Paragraph(
                    text=third, links=(_link(third, "reported", "https://www.site.example/c"),)
                ),
            )
        )
    )
    by_source = {c.source: c for c in article.citations}
    assert by_source["Ostrava Gazette"].url == "https://og.example/a"
    assert by_source["Ostrava Gazette"].cue == "reported by"
    assert by_source["Ostrava Gazette"].kind.value == "newspaper"
    assert by_source["Nordkurier"].url == "https://nk.example/b"
    assert by_source["site.example"].url == "https://www.site.example/c"
    assert by_source["site.example"].kind.value == "website"
    quote = next(q for q in article.quotes if q.kind.value == "indirect")
    assert quote.medium is not None and quote.medium.source == "Nordkurier"

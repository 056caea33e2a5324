"""The analysis step against the hand-made expectations for the Moscow Times example."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Article, CitationKind, Quote

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads(
    (ROOT / "tests" / "data" / "moscowtimes-2013-11-06.expected.json").read_text(encoding="utf-8")
)
EXAMPLE = ROOT / "examples" / "moscowtimes-2013-11-06.txt"


def _article() -> Article:
    # Through the text reader, as a user reads the example: a reader change that
    # breaks the paragraphs fails here too, instead of being worked around.
    parsed = newsdoc.parse_text(EXAMPLE.read_text(encoding="utf-8"))
    return newsdoc.analyze(parsed)


@pytest.fixture(scope="module")
def article() -> Article:
    return _article()


def _trim(text: str) -> str:
    return text.strip(" \t\n,.;:!?\"“”‘’'")


def _person(article: Article, name: str) -> newsdoc.Person:
    found = [p for p in article.people if p.name == name]
    assert found, f"{name} not among {[p.name for p in article.people]}"
    return found[0]


def _quote(article: Article, text: str) -> Quote:
    found = [q for q in article.quotes if _trim(q.text) == _trim(text)]
    assert found, f"no quote {text!r} among {[q.text for q in article.quotes]}"
    return found[0]


def test_paragraphs(article: Article) -> None:
    assert len(article.paragraphs) == EXPECTED["paragraphs"]["count"]


@pytest.mark.parametrize("expected", EXPECTED["people"]["required"], ids=lambda e: e["name"])
def test_required_people(article: Article, expected: dict[str, object]) -> None:
    person = _person(article, str(expected["name"]))
    assert len(person.mentions) == expected["named_mentions"]
    surname = person.name.split()[-1]
    for span in person.mentions:
        words = span.text_in(article)
        assert words in (person.name, surname)  # the span covers the name, not "'s"
    for key in ("role", "affiliation"):
        if key in expected:
            assert getattr(person, key) == expected[key]


def test_stretch_people(article: Article) -> None:
    alexeyev = _person(article, "Nikolai Alexeyev")
    assert alexeyev.role == "head organizer of unauthorized gay pride parades in Moscow since 2006"
    assert "Russia's top gay rights activist" in alexeyev.descriptions
    assert _person(article, "Frans Timmermans").nationality == "Dutch"
    misulina = _person(article, "Yelena Misulina")
    assert misulina.role == "co-author of the July 2013 ban on gay propaganda"


def test_no_extra_people(article: Article) -> None:
    names = {p.name for p in article.people}
    for other in EXPECTED["people"]["not_people"]:
        assert not any(other in name or name in other for name in names), other
    assert len(names) == len(EXPECTED["people"]["required"])


@pytest.mark.parametrize(
    "expected", EXPECTED["quotes"]["required"], ids=lambda e: str(e["text"])[:30]
)
def test_required_quotes(article: Article, expected: dict[str, str]) -> None:
    quote = _quote(article, expected["text"])
    assert quote.speaker is not None and quote.speaker.name == expected["speaker"]
    assert quote.cue == expected["cue"]
    assert quote.kind.value == expected["kind"]
    for span in quote.spans:
        assert _trim(span.text_in(article)) in _trim(quote.text)
    assert quote.cue_span is not None and quote.cue_span.text_in(article) == quote.cue
    assert quote.speaker_span is not None
    assert quote.speaker_span.text_in(article) == quote.speaker_text


def test_only_the_required_direct_and_partial_quotes(article: Article) -> None:
    marked = [q for q in article.quotes if q.kind.value != "indirect"]
    assert len(marked) == len(EXPECTED["quotes"]["required"])


@pytest.mark.parametrize(
    "expected", EXPECTED["quotes"]["stretch"], ids=lambda e: str(e["text"])[:30]
)
def test_stretch_indirect_quotes(article: Article, expected: dict[str, str]) -> None:
    found = [q for q in article.quotes if _trim(expected["text"]) in q.text]
    assert found, expected["text"]
    quote = found[0]
    assert quote.kind.value == expected["kind"]
    assert quote.cue == expected["cue"]
    if "speaker" in expected:
        assert quote.speaker is not None and quote.speaker.name == expected["speaker"]
    else:
        assert quote.speaker_text == expected["speaker_phrase"]


def test_required_citations(article: Article) -> None:
    named = [c for c in article.citations if c.kind is not CitationKind.DOCUMENT]
    got = [(c.source, c.cue, c.span.paragraph + 1 if c.span else None) for c in named]
    want = [(c["source"], c["cue"], c["paragraph"]) for c in EXPECTED["citations"]["required"]]
    assert got == want  # every one found, nothing spurious
    for citation in named:
        assert citation.span is not None and citation.span.text_in(article) == citation.source


def test_stretch_document_citation(article: Article) -> None:
    documents = [c for c in article.citations if c.kind is CitationKind.DOCUMENT]
    assert len(documents) == 1
    letter = documents[0]
    assert "letter" in letter.source and "parliament" in letter.source
    assert letter.speaker is not None and letter.speaker.name == "Frans Timmermans"
    assert letter.span is not None and letter.span.paragraph + 1 == 3


@pytest.mark.parametrize(
    "expected", EXPECTED["quote_media"]["stretch"], ids=lambda e: str(e["medium"])
)
def test_quote_media(article: Article, expected: dict[str, str]) -> None:
    quote = next(q for q in article.quotes if q.text.startswith(expected["quote_starts"]))
    assert quote.medium is not None and quote.medium.source == expected["medium"]
    assert quote.medium in article.citations


def test_kinds_of_outlets(article: Article) -> None:
    kinds = {c.source: c.kind for c in article.citations}
    assert kinds["Interfax"] is CitationKind.NEWS_AGENCY
    assert kinds["RIA Novosti"] is CitationKind.NEWS_AGENCY
    assert kinds["Komsomolskaya Pravda"] is CitationKind.BROADCASTER  # "... radio"


def test_same_result_twice(article: Article) -> None:
    again = newsdoc.analyze(article)
    assert again == article
    assert re.sub(r"\s+", " ", again.text) == re.sub(r"\s+", " ", article.text)

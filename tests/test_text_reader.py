"""parse_text on the example article: every required metadata and paragraph check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, shared_path

import newsdoc
from newsdoc import Article

DATA = Path(__file__).parent / "data"
EXAMPLE = EXAMPLES / "moscowtimes-2013-11-06.txt"


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(
        (DATA / "moscowtimes-2013-11-06.expected.json").read_text("utf-8")
    )
    return result


@pytest.fixture(scope="module")
def article() -> Article:
    return newsdoc.parse_text(EXAMPLE.read_text("utf-8"))


def test_headline(article: Article, expected: dict[str, Any]) -> None:
    assert article.headline == expected["headline"]


def test_authors_and_contact(article: Article, expected: dict[str, Any]) -> None:
    assert [a.name for a in article.authors] == expected["authors"]
    assert article.authors[0].email == expected["author_contact"]


def test_published_is_a_date(article: Article, expected: dict[str, Any]) -> None:
    assert type(article.published) is dt.date
    assert article.published.isoformat() == expected["published"]


def test_publisher_from_broken_bold(article: Article, expected: dict[str, Any]) -> None:
    assert article.publisher == expected["publisher"]


def test_url_from_original_url_line(article: Article, expected: dict[str, Any]) -> None:
    assert article.url == expected["url"]


def test_paragraphs(article: Article, expected: dict[str, Any]) -> None:
    wanted = expected["paragraphs"]
    assert len(article.paragraphs) == wanted["count"]
    for paragraph, first_words in zip(article.paragraphs, wanted["first_words"], strict=True):
        assert paragraph.text.startswith(first_words)
        assert paragraph.kind is newsdoc.ParagraphKind.BODY


def test_split_sentence_is_joined_back(article: Article) -> None:
    assert "propaganda of gay relations to minors" in article.paragraphs[3].text


def test_body_text_as_written(article: Article) -> None:
    # Every body character comes from the source, in order, after undoing the escape.
    source = EXAMPLE.read_text("utf-8").replace("\\$", "$")
    flat = " ".join(source.split())
    for paragraph in article.paragraphs:
        assert paragraph.text in flat
    assert "10,000 rubles ($310)" in article.paragraphs[-1].text
    assert "Contact the author" not in article.text
    assert "Original url" not in article.text


def test_parse_picks_the_text_reader(expected: dict[str, Any]) -> None:
    article = newsdoc.parse(EXAMPLE, analyze=False)
    assert article.headline == expected["headline"]
    assert len(article.paragraphs) == expected["paragraphs"]["count"]


def test_shared_copy_matches_the_shipped_example() -> None:
    shared = shared_path("fixtures", "text", "moscowtimes-2013-11-06.txt")
    article = newsdoc.parse_text(shared.read_text("utf-8"))
    assert article == newsdoc.parse_text(EXAMPLE.read_text("utf-8"))


def test_parse_analyses_by_default_and_the_reader_never(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Article] = []

    def fake(article: Article) -> Article:
        calls.append(article)
        return article.evolve(language="xx")

    monkeypatch.setattr("newsdoc.analysis.analyze", fake)
    result = newsdoc.parse("# Title\n\nBody text.")
    assert calls and result.language == "xx"
    calls.clear()
    newsdoc.parse_text("# Title\n\nBody text.")
    newsdoc.parse("# Title\n\nBody text.", analyze=False)
    assert not calls


def test_url_is_the_article_url_when_the_text_has_none() -> None:
    assert newsdoc.parse_text("# T\n\nBody.", url="https://x.example/a").url == (
        "https://x.example/a"
    )
    own = "# T\n\nBody.\n\nOriginal url: https://own.example/b"
    assert newsdoc.parse_text(own, url="https://x.example/a").url == "https://own.example/b"

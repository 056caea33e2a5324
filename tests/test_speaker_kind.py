"""A speaker that is an organisation is said so in the model (issue 16): Quote.speaker_kind."""

from __future__ import annotations

import json

import pytest

import newsdoc
from newsdoc import InvalidArticleError, Quote, QuoteKind, SpeakerKind


def _kinds(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    article = newsdoc.analyze(newsdoc.parse_text(text).evolve(language="en"))
    return [(q.speaker_text, q.speaker_kind) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Skoda said deliveries would resume next month.", "Skoda", SpeakerKind.ORGANIZATION),
        ("Police said the suspect fled on foot.", "Police", SpeakerKind.ORGANIZATION),
        ('"We will not wait," the company said.', "the company", SpeakerKind.ORGANIZATION),
        (
            'The Arab League called it an "extremely adverse development".',
            "The Arab League",
            SpeakerKind.ORGANIZATION,
        ),
        (
            "A spokesperson for the union said its members would strike.",
            "A spokesperson for the union",
            SpeakerKind.PERSON,
        ),
        ('"We are ready," Jane Roe said.', "Jane Roe", SpeakerKind.PERSON),
        ('"We are ready," they said.', "they", None),
    ],
)
def test_the_kind_of_speaker(text: str, speaker: str, kind: SpeakerKind | None) -> None:
    assert _kinds(text) == [(speaker, kind)]


def test_speaker_kind_round_trips_through_json() -> None:
    article = newsdoc.analyze(
        newsdoc.parse_text("Police said the suspect fled on foot.").evolve(language="en")
    )
    data = json.loads(newsdoc.to_json(article))
    assert data["quotes"][0]["speaker_kind"] == "organization"
    assert newsdoc.from_json(newsdoc.to_json(article)) == article


def test_a_document_without_speaker_kind_reads_with_none() -> None:
    article = newsdoc.analyze(
        newsdoc.parse_text("Police said the suspect fled on foot.").evolve(language="en")
    )
    data = json.loads(newsdoc.to_json(article))
    del data["quotes"][0]["speaker_kind"]
    assert newsdoc.from_dict(data).quotes[0].speaker_kind is None


def test_an_unknown_speaker_kind_is_a_clear_error() -> None:
    article = newsdoc.analyze(
        newsdoc.parse_text("Police said the suspect fled on foot.").evolve(language="en")
    )
    data = json.loads(newsdoc.to_json(article))
    data["quotes"][0]["speaker_kind"] = "robot"
    with pytest.raises(newsdoc.FormatError, match="speaker_kind"):
        newsdoc.from_dict(data)


def test_the_model_checks_the_field() -> None:
    with pytest.raises(InvalidArticleError, match="speaker_kind"):
        Quote(text="x", kind=QuoteKind.DIRECT, speaker_kind="person")  # type: ignore[arg-type]


def test_json_ld_types_an_organisation_speaker() -> None:
    article = newsdoc.analyze(
        newsdoc.parse_text('"We will not wait," the company said.').evolve(language="en")
    )
    (part,) = newsdoc.to_jsonld(article)["hasPart"]
    assert part["creator"] == {"@type": "Organization", "name": "the company"}

"""Dutch: "…" quotations, zei and aldus, volgens, particles in names, ANP.

The texts are written for the tests, as Dutch news prints them; each rule is
checked where it must fire and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("nl", *paragraphs)


def test_quotations_and_reported_speech_with_their_speakers() -> None:
    article = _analyze(
        "Premier Dick Schoof zei maandag dat het kabinet de plannen voor de nieuwe spoorlijn "
        "niet zal wijzigen.",
        '"Er is geen reden tot paniek", zei Schoof tegen journalisten in Den Haag.',
        "Volgens minister van Financiën Eelco Heinen valt het tekort hoger uit.",
        '"Dit is een verantwoorde begroting", aldus Heinen.',
    )
    assert _speaker(article, "het kabinet") == "Dick Schoof"
    assert _speaker(article, "Er is geen") == "Dick Schoof"
    assert _speaker(article, "Dit is een") == "Eelco Heinen"


def test_a_name_with_particles_and_its_surname_alone() -> None:
    article = _analyze(
        "Woordvoerder Marieke van der Berg van de gemeente Amsterdam zei dat de situatie "
        '"onder controle" is.',
        '"We zien geen gevaar", zegt Van der Berg.',
    )
    assert [p.name for p in article.people] == ["Marieke van der Berg"]
    assert _speaker(article, "We zien") == "Marieke van der Berg"


def test_an_agency_is_a_citation_and_a_title_no_quotation() -> None:
    article = _analyze(
        "De verkiezingen zijn uitgesteld, meldt het ANP.",
        'De film "De Aanslag" komt terug in de bioscoop.',
    )
    assert "ANP" in {c.source for c in article.citations}
    assert not article.quotes


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "De minister zei dat in een interview met het AD.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {("AD", CitationKind.NEWSPAPER, "interview met")} <= found

"""Italian: cues after the quotation with an auxiliary ("ha detto"), "secondo",
reported speech with "che", a dropped subject, titles that govern a body.

The texts are written for the tests, in the way Italian news prints them; each
rule is checked where it must fire and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind, QuoteKind, SpeakerKind


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("it", *paragraphs)


def test_ha_detto_after_the_quotation_and_a_surname_later() -> None:
    article = _analyze(
        "Il presidente del Consiglio Giuseppe Conte ha incontrato i sindacati a Palazzo Chigi.",
        "«Non lasceremo indietro nessuno», ha detto Conte ai giornalisti.",
    )
    assert "Giuseppe Conte" in {p.name for p in article.people}
    assert [q.text for q in article.quotes] == ["Non lasceremo indietro nessuno"]
    assert _speaker(article, "Non lasceremo") == "Giuseppe Conte"


def test_secondo_names_the_speaker_of_the_clause_after_the_comma() -> None:
    article = _analyze(
        "Secondo il ministro dell'Economia Roberto Gualtieri, la manovra sarà approvata "
        "entro dicembre."
    )
    (quote,) = article.quotes
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "la manovra sarà approvata entro dicembre"
    assert _speaker(article, "la manovra") == "Roberto Gualtieri"
    # the clause after the comma is no apposition describing him
    (person,) = article.people
    assert person.role is None or "manovra" not in person.role


def test_reported_speech_with_che() -> None:
    article = _analyze("Il sindaco di Milano, Beppe Sala, ha spiegato che la città è pronta.")
    (quote,) = article.quotes
    assert (quote.kind, quote.text) == (QuoteKind.INDIRECT, "la città è pronta")
    assert _speaker(article, "la città") == "Beppe Sala"
    assert [(p.name, p.role) for p in article.people] == [("Beppe Sala", "sindaco di Milano")]


def test_an_attribution_between_dashes_with_no_subject() -> None:
    article = _analyze(
        "La sindaca Virginia Raggi ha visitato il cantiere.",
        "«Serve più coraggio» – ha aggiunto – «e meno burocrazia».",
    )
    assert [q.text for q in article.quotes] == ["Serve più coraggio", "e meno burocrazia"]
    assert {_speaker(article, "Serve"), _speaker(article, "e meno")} == {"Virginia Raggi"}


def test_a_role_after_the_verb_refers_back_to_the_person() -> None:
    article = _analyze(
        "Il cancelliere austriaco Sebastian Kurz ha parlato a Vienna.",
        "«L’Europa deve restare unita», ha dichiarato il cancelliere.",
    )
    assert _speaker(article, "L’Europa") == "Sebastian Kurz"


def test_a_body_named_by_its_acronym_speaks_under_its_full_name() -> None:
    article = _analyze(
        "L'Istituto Nazionale di Statistica (ISTAT) ha pubblicato i dati trimestrali.",
        "«I numeri sono incoraggianti», ha commentato l’ISTAT.",
    )
    quote = article.quotes[0]
    assert _speaker(article, "I numeri") == "Istituto Nazionale di Statistica"
    assert quote.speaker_kind is SpeakerKind.ORGANIZATION


def test_a_title_in_quotation_marks_is_no_quotation() -> None:
    article = _analyze(
        "Il regista Paolo Sorrentino ha presentato «La grande bellezza» a Cannes.",
    )
    assert article.quotes == ()


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "Il ministro lo ha detto in un'intervista all'ANSA.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {("ANSA", CitationKind.NEWS_AGENCY, "intervista all'")} <= found

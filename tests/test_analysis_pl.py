"""Polish: „…” quotations, the dialogue dash, cue verbs, declined names, PAP.

The texts are written for the tests, as Polish news prints them; each rule is
checked where it must fire and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind, QuoteKind


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("pl", *paragraphs)


def test_quotations_reported_speech_and_the_dialogue_dash() -> None:
    article = _analyze(
        "Premier Donald Tusk powiedział w poniedziałek, że rząd nie zmieni planów "
        "dotyczących budowy nowej linii kolejowej.",
        "„Nie ma powodu do paniki” – powiedział Tusk dziennikarzom w Warszawie.",
        "– Nie widzimy zagrożenia – powiedziała rzeczniczka rządu Anna Kowalska.",
    )
    assert _speaker(article, "rząd nie zmieni") == "Donald Tusk"
    assert _speaker(article, "Nie ma powodu") == "Donald Tusk"
    dash = next(q for q in article.quotes if q.text.startswith("Nie widzimy"))
    assert dash.kind is QuoteKind.DIRECT
    assert _speaker(article, "Nie widzimy") == "Anna Kowalska"


def test_a_declined_name_is_named_in_the_nominative() -> None:
    article = _analyze(
        "Według ministra finansów Andrzeja Domańskiego deficyt budżetowy wyniesie 5,7 proc.",
        "„To jest dobry budżet dla Polski” – podkreślił Domański.",
        "Zdaniem Jarosława Kaczyńskiego rząd „prowadzi Polskę do katastrofy”.",
    )
    names = {p.name for p in article.people}
    assert names == {"Andrzej Domański", "Jarosław Kaczyński"}
    assert _speaker(article, "To jest dobry") == "Andrzej Domański"
    assert _speaker(article, "prowadzi Polskę") == "Jarosław Kaczyński"


def test_an_agency_is_a_citation_and_a_title_no_quotation() -> None:
    article = _analyze(
        "Jak poinformowała PAP, decyzja zapadła we wtorek po długiej dyskusji.",
        "Film „Pan Tadeusz” wraca do kin, podało Radio Zet.",
    )
    assert "PAP" in {c.source for c in article.citations}
    assert not any(q.text == "Pan Tadeusz" for q in article.quotes)


def test_a_short_name_in_quotation_marks_is_no_quotation() -> None:
    article = _analyze(
        "Minister Jan Nowak powiedział, że „Nowa Lewica” popiera ustawę, bo „nie ma innego "
        "wyjścia”.",
    )
    texts = [q.text for q in article.quotes]
    assert "Nowa Lewica" not in texts
    assert _speaker(article, "nie ma innego") == "Jan Nowak"


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "Minister powiedział to w wywiadzie dla RMF FM.",
        "Premier mówił o tym w rozmowie z PAP.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {
        ("RMF FM", CitationKind.BROADCASTER, "wywiadzie dla"),
        ("PAP", CitationKind.NEWS_AGENCY, "rozmowie z"),
    } <= found

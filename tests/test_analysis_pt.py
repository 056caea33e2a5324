"""Portuguese: "disse" and "afirmou" after the quotation, "segundo", reported speech
with "que", a dropped subject, a role that refers back to a named person.

The texts are written for the tests, in the way Brazilian and Portuguese news
prints them; each rule is checked where it must fire and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind, QuoteKind, SpeakerKind


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("pt", *paragraphs)


def test_disse_after_the_quotation() -> None:
    article = _analyze(
        "O ministro da Saúde, Marcelo Queiroga, visitou o hospital nesta segunda-feira.",
        "“A vacinação vai continuar”, disse Queiroga.",
    )
    assert [q.text for q in article.quotes] == ["A vacinação vai continuar"]
    assert _speaker(article, "A vacinação") == "Marcelo Queiroga"


def test_segundo_and_reported_speech_with_que() -> None:
    article = _analyze(
        "Segundo o presidente do Banco Central, Roberto Campos Neto, a inflação vai cair.",
        "A governadora Fátima Bezerra afirmou que o estado está preparado.",
    )
    kinds = {q.text: q.kind for q in article.quotes}
    assert kinds == {
        "a inflação vai cair": QuoteKind.INDIRECT,
        "o estado está preparado": QuoteKind.INDIRECT,
    }
    assert _speaker(article, "a inflação") == "Roberto Campos Neto"
    assert _speaker(article, "o estado") == "Fátima Bezerra"


def test_a_dropped_subject_is_the_person_who_spoke_last() -> None:
    article = _analyze(
        "O técnico Tite comentou a derrota da seleção. Tite falou por dez minutos.",
        "“Em 2012 eu errei”, afirmou. “Hoje o protocolo é outro.”",
    )
    assert _speaker(article, "Em 2012") == "Tite"
    assert [(p.name, p.role) for p in article.people] == [("Tite", "técnico")]


def test_a_body_named_by_its_acronym_speaks_under_its_full_name() -> None:
    article = _analyze(
        "O Instituto Brasileiro de Geografia e Estatística (IBGE) divulgou os dados.",
        "“O desemprego caiu pelo terceiro mês”, informou o IBGE.",
    )
    assert _speaker(article, "O desemprego") == "Instituto Brasileiro de Geografia e Estatística"
    assert article.quotes[0].speaker_kind is SpeakerKind.ORGANIZATION


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "O ministro disse em entrevista à Folha que o plano vai falhar.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {("Folha", CitationKind.NEWSPAPER, "entrevista à")} <= found

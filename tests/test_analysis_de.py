"""German: cues with the subject after the verb, compound titles, nouns that are no names.

The texts are written for the tests; each rule is checked where it must fire
and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind, QuoteKind


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("de", *paragraphs)


def test_subject_after_the_verb_with_its_article() -> None:
    article = _analyze("„Wir müssen vorsichtig bleiben“, sagte der Politiker am Mittwoch.")
    assert [q.text for q in article.quotes] == ["Wir müssen vorsichtig bleiben"]
    assert article.quotes[0].speaker_text == "der Politiker"


def test_compound_titles_are_roles_and_not_names() -> None:
    article = _analyze(
        "Bundesgesundheitsminister Karl Lauterbach warnte vor einer neuen Welle.",
        "Firmensprecherin Julia Becker bestätigte den Bericht.",
        "CDU-Chef Friedrich Merz kritisierte die Pläne.",
    )
    roles = {p.name: p.role for p in article.people}
    assert roles == {
        "Karl Lauterbach": "Bundesgesundheitsminister",
        "Julia Becker": "Firmensprecherin",
        "Friedrich Merz": "CDU-Chef",
    }


def test_a_description_refers_back_to_the_person_named_before() -> None:
    article = _analyze(
        "Die Händlerin Eliane Steinmeyer steht in der Halle des Großmarktes.",
        "„Es muss niemand hamstern“, sagt die Managerin.",
    )
    assert _speaker(article, "Es muss niemand") == "Eliane Steinmeyer"


def test_a_title_does_not_make_any_earlier_person_the_speaker() -> None:
    # "die Sprecherin" is an office: someone other than the person named before
    article = _analyze(
        "Die Händlerin Eliane Steinmeyer steht in der Halle des Großmarktes.",
        "„Das prüfen wir“, sagt die Sprecherin.",
    )
    assert _speaker(article, "Das prüfen wir") == "die Sprecherin"


def test_capitalised_nouns_are_not_people() -> None:
    article = _analyze(
        "Transponierbare Elemente machen den größten Teil des Genoms aus.",
        "Solche Elemente springen im Erbgut umher, und die Elemente vermehren sich.",
        "Die Forscher arbeiten in Washington, D. C., mit Pflanzen der Gattung Cuscuta.",
        "Sie fanden Gene von Chloroplasten im Kern.",
    )
    assert article.people == ()


def test_a_name_after_a_noun_and_von() -> None:
    article = _analyze(
        "Die Pflanzen erregten die Aufmerksamkeit von Jeanmaire Molina, einer "
        "Botanikerin von der Long Island University.",
        "„Das ist fast unmöglich“, sagt Molina.",
    )
    assert [p.name for p in article.people] == ["Jeanmaire Molina"]
    assert _speaker(article, "Das ist fast") == "Jeanmaire Molina"


def test_first_names_of_other_languages_count() -> None:
    article = _analyze("Professor für Bioinformatik Timothy Sackton sagt: „Es ist ein Puzzle.“")
    assert _speaker(article, "Es ist ein Puzzle") == "Timothy Sackton"


def test_reported_speech_with_its_cue() -> None:
    article = _analyze(
        "Minister Karl Lauterbach warnte vor einer neuen Welle.",
        "Die Lage sei ernst, betonte Lauterbach am Mittwoch.",
    )
    quote = article.quotes[0]
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "Die Lage sei ernst"


def test_konjunktiv_after_a_comma_and_in_the_sentences_that_follow() -> None:
    article = _analyze(
        "Die Händlerin Eliane Steinmeyer sagte, die Preise seien gestiegen. Das verteuere "
        "die Mangos aus Peru. Man müsse sich aber keine Sorgen machen.",
        "Die Ernte war gut, und der Markt hat geöffnet.",
    )
    texts = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert texts == [
        ("die Preise seien gestiegen", "Eliane Steinmeyer"),
        ("Das verteuere die Mangos aus Peru", "Eliane Steinmeyer"),
        ("Man müsse sich aber keine Sorgen machen", "Eliane Steinmeyer"),
    ]


def test_konjunktiv_with_nobody_reported_before_is_no_quotation() -> None:
    article = _analyze("Der Händler Paul Roth ist da. Die Preise seien gestiegen, heißt es.")
    assert article.quotes == ()


def test_a_description_refers_back_to_someone_who_spoke_some_paragraphs_before() -> None:
    article = _analyze(
        "Gabi Roth und Eliane Steinmeyer stehen in der Halle des Großmarktes.",
        "„Wir haben an alles gedacht“, sagt Eliane Steinmeyer.",
        "Die Lieferungen aus Übersee sind knapp.",
        "„Der Kreislauf ist unterbrochen“, sagt die Branchenkennerin.",
    )
    assert _speaker(article, "Der Kreislauf") == "Eliane Steinmeyer"


def test_a_reflexive_cue() -> None:
    article = _analyze(
        "Die Händlerin Gabi Roth zeigt auf die Früchte, „eine hervorragende Qualität“, "
        "freut sich die Prokuristin."
    )
    assert _speaker(article, "eine hervorragende") == "Gabi Roth"


def test_a_pronoun_refers_to_someone_who_spoke_though_no_first_name_is_known() -> None:
    article = _analyze(
        "Gabi Eutemüller steht in der Halle des Großmarktes.",
        "„Die Kosten sind gestiegen“, sagt Eutemüller.",
        "„Wir kaufen trotzdem ein“, sagte sie.",
    )
    assert _speaker(article, "Wir kaufen") == "Gabi Eutemüller"


def test_konjunktiv_so_and_both_mark_styles() -> None:
    article = analyze_in(
        "de",
        "Bundeskanzler Olaf Scholz sagte am Montag, die Regierung werde ihre Pläne nicht ändern.",
        "„Es gibt keinen Grund zur Panik“, sagte Scholz vor Journalisten in Berlin.",
        "Er sagte, die Lage sei ernst. Man müsse jetzt handeln.",
        "»Das ist ein solider Haushalt«, so Finanzminister Christian Lindner.",
        "Wie Lindner sagte, werde das Defizit in diesem Jahr höher ausfallen.",
    )
    assert _speaker(article, "Es gibt keinen") == "Olaf Scholz"
    assert _speaker(article, "die Lage sei") == "Olaf Scholz"
    assert _speaker(article, "Man müsse") == "Olaf Scholz"
    assert _speaker(article, "Das ist ein solider") == "Christian Lindner"
    assert _speaker(article, "werde das Defizit") == "Christian Lindner"


def test_a_quotation_after_a_sentence_whose_speaker_follows_the_verb() -> None:
    article = analyze_in(
        "de",
        "Die Lieferungen fehlen auch bei heimischen Produkten, ergänzt Eliane Steinmeyer. "
        "„Die Preise für Erdbeeren sind niedrig.“",
    )
    assert _speaker(article, "Die Preise") == "Eliane Steinmeyer"


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "Das sagte Innenministerin Nancy Faeser in einem Interview mit der FAZ am Sonntag.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {("FAZ", CitationKind.NEWSPAPER, "Interview mit")} <= found


def test_a_relative_or_possessive_before_a_role_is_no_affiliation() -> None:
    # "Deren Vorsitzender" is "its chairman": the word is no organisation's name
    article = _analyze(
        "Kritik kam von der Fraktion. Deren Vorsitzender Thomas Bauer bemängelte die Pläne.",
        "Dessen Sprecherin Anna Roth wollte sich nicht äußern.",
        "Die Grünen widersprachen. Ihr Sprecher Max Beck nannte die Kritik haltlos.",
    )
    found = {person.name: person for person in article.people}
    assert {"Thomas Bauer", "Anna Roth", "Max Beck"} <= set(found)
    for person in found.values():
        assert person.affiliation is None, (person.name, person.affiliation)
    assert found["Thomas Bauer"].role == "Vorsitzender"
    assert found["Anna Roth"].role == "Sprecherin"


def test_a_noun_before_a_name_says_who_the_person_is_not_whom_they_work_for() -> None:
    # German capitalises every noun: "Nachbarin" is no organisation's name; "SPD" is
    article = _analyze(
        "Nachbarin Anna Roth freut sich über den Radweg. Ihrem Kollegen Jan Wolf fehlte die Zeit.",
        "SPD Politikerin Karla Weiß nickte. CDU-Chef Tom Bauer widersprach.",
    )
    found = {person.name: person for person in article.people}
    assert (found["Anna Roth"].role, found["Anna Roth"].affiliation) == ("Nachbarin", None)
    assert found["Jan Wolf"].affiliation is None
    assert (found["Karla Weiß"].role, found["Karla Weiß"].affiliation) == ("Politikerin", "SPD")
    assert found["Tom Bauer"].role == "CDU-Chef"

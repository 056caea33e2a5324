"""Spanish: names joined by "y", roles set off before a name, dropped subjects.

The texts are written for the tests; each rule is checked where it must fire
and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("es", *paragraphs)


def test_two_names_joined_by_y_are_two_people() -> None:
    article = _analyze(
        "Ana Marranzini Pérez y Carlos Fernández recordaron el proceso.",
        "José Ortega y Gasset escribió sobre ello.",
    )
    names = {p.name for p in article.people}
    assert {"Ana Marranzini Pérez", "Carlos Fernández", "José Ortega y Gasset"} <= names


def test_a_role_set_off_before_the_name() -> None:
    article = _analyze("El presidente del Gobierno, Pedro Sánchez, defendió la ley.")
    assert [(p.name, p.role) for p in article.people] == [
        ("Pedro Sánchez", "presidente del Gobierno")
    ]


def test_a_description_with_its_adjective_after_the_noun() -> None:
    article = _analyze(
        "El entrenador Carlo Ancelotti habló tras el partido.",
        "“Hemos jugado bien”, comentó el técnico italiano.",
    )
    assert _speaker(article, "Hemos jugado") == "Carlo Ancelotti"


def test_names_in_quotations_are_people_but_not_speakers() -> None:
    article = _analyze(
        "El estudiante Andrés Marenco habló con este diario.",
        "“Desde 2018, Daniel Ortega y Rosario Murillo han querido silenciarnos”, afirma.",
    )
    assert {"Daniel Ortega", "Rosario Murillo"} <= {p.name for p in article.people}
    assert _speaker(article, "Desde 2018") == "Andrés Marenco"


def test_a_dropped_subject_is_not_a_name_in_a_clause_that_hangs_on_another() -> None:
    article = _analyze(
        "El director técnico del Real España, Héctor Vargas, compareció ante la prensa.",
        "No considera ventaja que Manuel Keosseián tenga que hacer cambios.",
        "Sobre el partido, opinó: “No es ventaja, tienen buenos jugadores”.",
    )
    assert _speaker(article, "No es ventaja") == "Héctor Vargas"


def test_a_place_named_after_a_person_is_no_person() -> None:
    article = _analyze("Tras el cierre de la Universidad Paulo Freire, se quedó sin estudiar.")
    assert article.people == ()


def test_para_opening_the_sentence_names_whose_opinion_is_quoted() -> None:
    article = _analyze(
        "La estudiante Yarithza Mairena habló con este diario.",
        "Para Mairena, desde entonces “se hizo más evidente el control”.",
        "Para ello, los jóvenes dicen que “hay que organizarse”.",
    )
    assert _speaker(article, "se hizo") == "Yarithza Mairena"
    assert all(_speaker(article, q.text) != "ello" for q in article.quotes)


def test_an_object_pronoun_before_the_verb_is_no_article() -> None:
    article = _analyze(
        "Una fuente de los servicios nos la resumió así: “La estrategia es clara”.",
        "Las declaraciones del ministro fueron breves.",
    )
    assert [(q.text, _speaker(article, q.text)) for q in article.quotes] == [
        ("La estrategia es clara", "Una fuente de los servicios")
    ]


def test_a_gerund_after_an_auxiliary_has_its_own_subject() -> None:
    article = _analyze(
        "Rodrigo Castañeda, representante de la FAO, habló con este diario.",
        "La FAO está advirtiendo que “el problema más serio no es este año”.",
    )
    assert _speaker(article, "el problema") == "La FAO"

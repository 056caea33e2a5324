"""Spanish: names joined by "y", roles set off before a name, dropped subjects.

The texts are written for the tests; each rule is checked where it must fire
and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind, QuoteKind, SpeakerKind


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


def test_an_organisation_named_short_is_given_its_full_name() -> None:
    article = analyze_in(
        "es",
        "La Contraloría General de la República (CGR) auditó el Ministerio de Hacienda.",
        "“Esto pone en riesgo la información”, dijo la CGR.",
        "“Hay cuentas activas de exfuncionarios”, detalló la Contraloría.",
    )
    assert _speaker(article, "Esto pone") == "Contraloría General de la República"
    assert _speaker(article, "Hay cuentas") == "Contraloría General de la República"
    quote = article.quotes[0]
    assert quote.speaker_kind is SpeakerKind.ORGANIZATION
    assert quote.speaker_span is not None
    assert quote.speaker_span.text_in(article) == quote.speaker_text


def test_a_short_name_stands_when_the_full_one_is_ambiguous_or_later() -> None:
    article = analyze_in(
        "es",
        "“Hay riesgos”, dijo la CGR.",
        "La Comisión Nacional de Energía (CNE) y la Comisión Federal de Comercio (CFC) "
        "publicaron sus informes.",
        "“Todo está en orden”, afirmó la Comisión.",
    )
    assert _speaker(article, "Hay riesgos") == "la CGR"
    assert _speaker(article, "Todo está") == "la Comisión"


def test_a_person_and_a_party_in_brackets_is_no_organisation() -> None:
    article = analyze_in(
        "es",
        "El diputado Pedro Castillo Gómez (PL) presentó la moción.",
        "“Es un abuso”, dijo el PL.",
    )
    assert _speaker(article, "Es un abuso") == "el PL"


def test_a_title_governing_a_body_before_the_name() -> None:
    article = _analyze(
        "Según el ministro de Economía Roberto Gualtieri, la reforma será aprobada en diciembre."
    )
    assert [q.text for q in article.quotes] == ["la reforma será aprobada en diciembre"]
    assert _speaker(article, "la reforma") == "Roberto Gualtieri"
    assert [p.name for p in article.people] == ["Roberto Gualtieri"]
    assert article.people[0].role is None or "reforma" not in article.people[0].role


def test_segun_a_role_then_the_name_between_commas() -> None:
    article = _analyze(
        "Según el presidente del Gobierno, Pedro Sánchez, la economía crece al 3 por ciento."
    )
    assert [q.text for q in article.quotes] == ["la economía crece al 3 por ciento"]
    assert _speaker(article, "la economía") == "Pedro Sánchez"
    assert [(p.name, p.role) for p in article.people] == [
        ("Pedro Sánchez", "presidente del Gobierno")
    ]


def test_a_pseudonym_in_quotation_marks_names_a_person() -> None:
    article = _analyze(
        "Para Jonathan López, protestar significó ser expulsado de su carrera.",
        "“Maritza”, una estudiante que prefiere omitir su nombre por seguridad, se involucró "
        "en las protestas. “Mantuvimos viva la protesta”, admite.",
    )
    assert "Maritza" in {p.name for p in article.people}
    assert [q.text for q in article.quotes] == ["Mantuvimos viva la protesta"]
    assert _speaker(article, "Mantuvimos") == "Maritza"


def test_a_quoted_word_without_a_role_is_no_pseudonym() -> None:
    article = _analyze(
        "El proyecto “Esperanza”, aprobado ayer, costará millones.",
        "La obra “Bodas de sangre” se estrena hoy.",
    )
    assert article.people == ()


def test_a_pseudonym_after_its_role() -> None:
    article = _analyze(
        "La estudiante “Maritza” llegó a la marcha. “Tuve miedo”, admite.",
        "Un jugador “Pelusa” cualquiera no lo haría.",
    )
    assert [(p.name, p.role) for p in article.people] == [("Maritza", "estudiante")]
    assert _speaker(article, "Tuve miedo") == "Maritza"


def test_a_question_is_a_direct_quotation() -> None:
    article = _analyze(
        "El presidente Gustavo Petro habló en Bogotá.",
        "“¿Y el Congreso?”, preguntó un periodista.",
        "—¿Y la reforma? —preguntó otro.",
    )
    assert {q.text: q.kind for q in article.quotes} == {
        "¿Y el Congreso?": QuoteKind.DIRECT,
        "¿Y la reforma?": QuoteKind.DIRECT,
    }


def test_a_time_phrase_between_the_verb_and_the_speaker() -> None:
    article = _analyze(
        "“Es grave”, señaló este miércoles en rueda de prensa el ministro Carlos Díaz.",
        "“Vamos a cumplir”, afirmó el lunes la presidenta.",
        "“Es un abuso”, dijo a EFE el diputado.",
    )
    assert _speaker(article, "Es grave") == "Carlos Díaz"
    assert _speaker(article, "Vamos") == "la presidenta"
    # a preposition alone is no phrase of time: "EFE el diputado" is nobody
    assert all(not (q.speaker_text or "").startswith("EFE") for q in article.quotes)


def test_a_description_of_a_body_refers_back_to_it() -> None:
    article = _analyze(
        "La organización social Comité de Desarrollo Campesino (Codeca) bloqueó carreteras.",
        "“No más corrupción”, expuso este martes la organización campesina.",
    )
    assert _speaker(article, "No más") == "Comité de Desarrollo Campesino"
    assert article.quotes[0].speaker_kind is SpeakerKind.ORGANIZATION


def test_a_description_of_a_body_goes_to_the_one_that_spoke_last() -> None:
    article = _analyze(
        "La Contraloría General de la República (CGR) auditó el Sistema Integrado de "
        "Información Tributaria (SIIAT).",
        "“Hay cuentas activas”, dijo la CGR.",
        "“Se encuentran funcionarios sin permisos”, detalló el órgano contralor.",
        "“Todo está en orden”, dijo la entidad.",
    )
    assert _speaker(article, "Se encuentran") == "Contraloría General de la República"
    assert _speaker(article, "Todo está") == "Contraloría General de la República"


def test_a_description_of_a_body_with_none_named_stays_as_written() -> None:
    article = _analyze("“Todo está en orden”, dijo la entidad.")
    assert _speaker(article, "Todo está") == "la entidad"


def test_an_inverted_cue_after_a_prepositional_phrase() -> None:
    article = _analyze(
        "Para Jonathan López, protestar significó ser expulsado de su carrera.",
        "En eso coincide, Elthon Rivera, para quien las nuevas generaciones “se han renovado”.",
    )
    assert _speaker(article, "se han renovado") == "Elthon Rivera"


def test_a_quotation_after_a_topic_and_a_colon_is_the_person_the_story_is_about() -> None:
    article = _analyze(
        "El director técnico del Real España, Héctor Vargas, compareció ante la prensa.",
        "LO QUE DIJO:",
        "Sobre el partido de mañana: “Vamos a salir a ganar, como siempre”.",
    )
    assert _speaker(article, "Vamos a salir") == "Héctor Vargas"


def test_a_quotation_after_a_colon_with_a_cue_that_names_nobody() -> None:
    article = _analyze(
        "El obispo Juan Pérez presidió la misa.",
        "En Juan 20, 21-23 dice: “La paz con vosotros”.",
    )
    assert _speaker(article, "La paz") is None


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "El ministro lo dijo en una entrevista con EFE el lunes.",
        "Un informe de la ONU advierte de la hambruna en el país.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {
        ("EFE", CitationKind.NEWS_AGENCY, "entrevista con"),
        ("informe de la ONU", CitationKind.DOCUMENT, "de"),
    } <= found


def test_an_outlet_named_with_its_article_keeps_its_kind() -> None:
    # the list of outlets names "El País", the source is written without its article
    article = _analyze("Según informó El País, la reforma seguirá adelante.")
    assert [(c.source, c.kind) for c in article.citations] == [("País", CitationKind.NEWSPAPER)]

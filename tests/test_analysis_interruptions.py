"""Quotations interrupted by their attribution, shared closing marks, and the subject a
pro-drop language leaves out (issue 17).  Made-up sentences, one per class."""

from __future__ import annotations

import warnings

import newsdoc
from newsdoc import Article


def _analysed(text: str, language: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsdoc.parse(text, format="markdown", analyze=False)
        return newsdoc.analyze(article.evolve(language=language))


def _said(article: Article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_russian_attribution_between_dashes_inside_the_marks() -> None:
    article = _analysed(
        "Вчера министр выступил в Думе. «Мы не будем ждать, – заявил Игорь Соколов. — "
        "Решение примут завтра».",
        "ru",
    )
    assert _said(article) == [
        ("Мы не будем ждать", "Игорь Соколов"),
        ("Решение примут завтра", "Игорь Соколов"),
    ]


def test_spanish_attribution_glued_to_its_dashes() -> None:
    article = _analysed(
        "Ana Gómez llegó tarde. «No vamos a esperar más —dijo Juan Pérez—. Lo haremos mañana».",
        "es",
    )
    assert _said(article) == [
        ("No vamos a esperar más", "Juan Pérez"),
        ("Lo haremos mañana", "Juan Pérez"),
    ]


def test_dashes_around_words_that_are_no_attribution_keep_the_quotation_whole() -> None:
    article = _analysed(
        "“The plan — which we said was good — is dead,” Tom Smith said on Monday.", "en"
    )
    assert _said(article) == [("The plan — which we said was good — is dead,", "Tom Smith")]


def test_one_closing_mark_shared_by_the_quotation_and_the_one_inside() -> None:
    # «Q … «inner»» printed «Q … «inner»: the outer quotation ends with the paragraph
    article = _analysed(
        "Вчера министр выступил в Думе.\n\n"
        "Игорь Соколов заявил журналистам: «Я говорю себе каждый день: «Всё будет хорошо!»\n\n"
        "Потом он ушёл домой.",
        "ru",
    )
    quotes = article.quotes
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Я говорю себе каждый день")
    assert quotes[0].text.endswith("Всё будет хорошо!")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Игорь Соколов"


def test_a_dropped_subject_is_the_person_named_since_the_last_speaker() -> None:
    article = _analysed(
        "«Esto no puede seguir así», dijo Marta Ruiz, portavoz del sindicato.\n\n"
        "En eso coincide Pedro Salinas, profesor de la universidad desde 2010.\n\n"
        "«Es normal que muchos se hayan alejado», reflexiona.",
        "es",
    )
    said = dict(_said(article))
    assert said["Esto no puede seguir así"] == "Marta Ruiz"
    assert said["Es normal que muchos se hayan alejado"] == "Pedro Salinas"


def test_a_dropped_subject_is_the_last_speaker_when_nobody_new_is_named() -> None:
    article = _analysed(
        "«Esto no puede seguir así», dijo Marta Ruiz, portavoz del sindicato.\n\n"
        "La huelga empezó el lunes en tres fábricas del norte.\n\n"
        "«Es normal que muchos se hayan alejado», reflexiona.",
        "es",
    )
    said = dict(_said(article))
    assert said["Es normal que muchos se hayan alejado"] == "Marta Ruiz"


def test_a_slip_in_other_marks_does_not_join_the_paragraph_into_one_quotation() -> None:
    article = _analysed(
        "A new song came in.\n\n"
        "At last a demo came in called “Glasgow (“No Place Like Home”). “It grabbed me by "
        "the heart,” Tom Harper said. “It just connected.” Jane Roe agreed: “It was ‘the song.’”",
        "en",
    )
    texts = [q.text for q in article.quotes]
    assert "It grabbed me by the heart," in texts
    assert not any("Tom Harper said" in t for t in texts)


def test_a_quotation_alone_in_its_paragraph_is_the_previous_paragraph_s_speaker() -> None:
    article = _analysed(
        "La cour a rendu sa décision lundi.\n\n"
        "Le juge Marc Dubois ajoute qu’il est important que justice se fasse.\n\n"
        "« Je ne peux pas juger cette cause. C’est pourquoi je me récuse. »",
        "fr",
    )
    said = dict(_said(article))
    assert said["Je ne peux pas juger cette cause. C’est pourquoi je me récuse."] == "Marc Dubois"


def test_a_quotation_alone_after_a_paragraph_where_nobody_speaks_has_no_speaker() -> None:
    article = _analysed(
        "La cour a rendu sa décision lundi.\n\n"
        "Le juge Marc Dubois est arrivé en retard à l’audience de lundi.\n\n"
        "« Je ne peux pas juger cette cause. C’est pourquoi je me récuse. »",
        "fr",
    )
    assert all(q.speaker is None for q in article.quotes)


def test_a_colon_after_a_sentence_that_names_one_person_gives_the_quotation_to_them() -> None:
    article = _analysed(
        "L’Europe s’inquiète.\n\n"
        "Lundi 6 mai, Karl Weber, le chancelier, n’a pas hésité à montrer du doigt la "
        "situation, dans un entretien à un journal : « Le pays risque de menacer toute la zone. »",
        "fr",
    )
    assert dict(_said(article))["Le pays risque de menacer toute la zone."] == "Karl Weber"


def test_a_colon_after_a_sentence_that_names_two_people_leaves_the_speaker_open() -> None:
    article = _analysed(
        "L’Europe s’inquiète.\n\n"
        "Lundi 6 mai, Karl Weber a montré du doigt la situation de Paul Martin et de son "
        "gouvernement : « Le pays risque de menacer toute la zone. »",
        "fr",
    )
    assert all(q.speaker is None for q in article.quotes)


def test_a_colon_after_a_cue_with_its_own_speaker_is_not_the_named_person_s() -> None:
    article = _analysed(
        "The night was quiet.\n\n"
        "Anthony Brook, who lives across the street, heard an officer yell: “Come down now!”",
        "en",
    )
    assert all(q.speaker is None or q.speaker.name != "Anthony Brook" for q in article.quotes)


def test_a_colon_after_a_sentence_whose_subject_is_no_name_is_not_the_named_person_s() -> None:
    article = _analysed(
        "The survey was long.\n\n"
        "One respondent who worked with Rachel Stone summed this up as follows: “Creativity "
        "is a challenge for every team we know.”",
        "en",
    )
    assert all(q.speaker is None for q in article.quotes)


def test_spanish_dialogue_dash_at_a_paragraph_start() -> None:
    article = _analysed(
        "La reunión fue larga.\n\n"
        "—No lo sé —respondió Ana Torres—. Tal vez mañana lo sabremos.\n\n"
        "—Nadie lo sabe —dijo.\n\n"
        "— Cinco muertos en la costa norte del país.",
        "es",
    )
    assert _said(article) == [
        ("No lo sé", "Ana Torres"),
        ("Tal vez mañana lo sabremos.", "Ana Torres"),
        ("Nadie lo sabe", "Ana Torres"),
    ]  # the last dash opens a list item: no cue, no quotation


def test_russian_dialogue_dash_at_a_paragraph_start() -> None:
    article = _analysed(
        "Встреча была долгой.\n\n"
        "— Мы не знаем, — сказал Иван Петров. — Может быть, завтра.\n\n"
        "— Никто не знает, — ответил он.",
        "ru",
    )
    assert _said(article) == [
        ("Мы не знаем", "Иван Петров"),
        ("Может быть, завтра.", "Иван Петров"),
        ("Никто не знает", "Иван Петров"),
    ]


def test_a_dash_opening_an_english_paragraph_is_no_quotation() -> None:
    article = _analysed("The list was long.\n\n— The plan is dead, said nobody at all.", "en")
    assert not [q for q in article.quotes if q.kind.value == "direct"]

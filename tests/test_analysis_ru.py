"""Russian: the dialogue dash, titles before names, case forms, outlets in Cyrillic.

The texts are written for the tests; each rule is checked where it must fire
and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, QuoteKind


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("ru", *paragraphs)


def test_an_organisation_before_a_first_name_is_part_of_the_title() -> None:
    article = _analyze(
        "Глава МИД Сергей Лавров подчеркнул, что Россия готова к диалогу.",
        "Депутат Госдумы Андрей Луговой написал в Telegram, что певица «предала родину».",
    )
    people = {p.name: p.role for p in article.people}
    assert people["Сергей Лавров"] == "Глава МИД"
    assert "Андрей Луговой" in people


def test_an_occupation_before_the_name_is_its_role() -> None:
    article = _analyze("Певица Алла Пугачева заявила, что не вернется.")
    assert [(p.name, p.role) for p in article.people] == [("Алла Пугачева", "Певица")]


def test_a_surname_after_a_title_in_lower_case_and_its_case_forms() -> None:
    article = _analyze(
        "Вчера президент Путин провел совещание.",
        "«Мы открыты», — сказал Путин. Решение Путина поддержали министры.",
    )
    assert [p.name for p in article.people] == ["Путин"]
    assert len(article.people[0].mentions) == 3
    assert _speaker(article, "Мы открыты") == "Путин"


def test_transliterated_foreign_first_names() -> None:
    article = _analyze("Ее партнерами по фильмам становились Джонни Депп и Микки Рурк.")
    assert {p.name for p in article.people} == {"Джонни Депп", "Микки Рурк"}


def test_dialogue_dash_with_a_feminine_verb() -> None:
    article = _analyze(
        "Политолог Екатерина Шульман выступила на конференции.",
        "— Система устойчива, — пояснила Шульман. — Но это ненадолго.",
    )
    first = next(q for q in article.quotes if q.text.startswith("Система"))
    assert first.kind is QuoteKind.DIRECT
    assert _speaker(article, "Система") == "Екатерина Шульман"
    assert _speaker(article, "Но это") == "Екатерина Шульман"


def test_a_title_with_the_words_it_governs_and_by_his_words() -> None:
    article = _analyze(
        "Министр финансов Антон Силуанов выступил в Думе.",
        "По его словам, бюджет будет сбалансирован.",
        "«Мы не допустим дефицита», — подчеркнул министр.",
    )
    assert [(p.name, p.role) for p in article.people] == [("Антон Силуанов", "Министр финансов")]
    reported = article.quotes[0]
    assert reported.kind is QuoteKind.INDIRECT
    assert reported.text == "бюджет будет сбалансирован"
    assert reported.speaker is not None and reported.speaker.name == "Антон Силуанов"
    assert _speaker(article, "Мы не допустим") == "Антон Силуанов"

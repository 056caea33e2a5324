"""Russian: the dialogue dash, titles before names, case forms, outlets in Cyrillic.

The texts are written for the tests; each rule is checked where it must fire
and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind, QuoteKind


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


def test_a_name_first_met_in_another_case_is_named_in_the_nominative() -> None:
    article = _analyze(
        "По словам министра иностранных дел Сергея Лаврова, западные страны «не хотят "
        "слышать» позицию Москвы.",
        "Глава МИД Лавров подчеркнул, что Россия не будет выполнять «односторонние требования».",
        "Как отметила официальный представитель МИД Мария Захарова, «Вашингтон снова "
        "пытается переложить ответственность». С Захаровой согласились не все.",
    )
    people = {p.name: p for p in article.people}
    assert set(people) == {"Сергей Лавров", "Мария Захарова"}
    assert len(people["Сергей Лавров"].mentions) == 2
    assert len(people["Мария Захарова"].mentions) == 2  # "Захаровой" is hers
    assert _speaker(article, "не хотят") == "Сергей Лавров"
    assert _speaker(article, "односторонние") == "Сергей Лавров"
    # a first name that is no case form of a known one is left as written
    kept = _analyze("Режиссер Эмир Кустурица заявил, что снимет новый фильм о Сербии.")
    assert [p.name for p in kept.people] == ["Эмир Кустурица"]


def test_a_title_with_its_country_then_the_name() -> None:
    article = _analyze(
        "Президент России Владимир Путин заявил в понедельник, что Москва готова к переговорам.",
        "Губернатор Московской области Андрей Воробьев сообщил, что в регионе откроют новые школы.",
    )
    people = {p.name: p.role for p in article.people}
    assert people == {"Владимир Путин": "Президент России", "Андрей Воробьев": None}
    # the phrase of time between the verb and its "что" (and the comma before "что")
    assert _speaker(article, "Москва готова") == "Владимир Путин"


def test_a_listener_or_an_outlet_between_the_verb_and_its_clause() -> None:
    article = _analyze(
        "Глава Минфина Антон Силуанов сказал журналистам, что бюджет будет исполнен без дефицита.",
        "Пресс-секретарь президента Дмитрий Песков сообщил РИА Новости, что встреча "
        "состоится в пятницу.",
        "Как сообщает ТАСС, переговоры могут начаться уже в следующем месяце.",
    )
    assert _speaker(article, "бюджет будет") == "Антон Силуанов"
    assert _speaker(article, "встреча состоится") == "Дмитрий Песков"
    assert {c.source for c in article.citations} == {"РИА Новости", "ТАСС"}


def test_titles_and_names_of_bodies_in_guillemets_are_no_quotations() -> None:
    article = _analyze(
        "Фильм «Война и мир» выйдет на экраны в декабре, сообщает РИА Новости.",
        "Компания «Газпром» заявила, что поставки «идут в штатном режиме».",
    )
    texts = [q.text for q in article.quotes]
    assert "Война и мир" not in texts
    assert "Газпром" not in texts
    assert "идут в штатном режиме" in texts


def test_a_surname_alone_that_speaks_and_a_description_that_refers_back() -> None:
    article = _analyze(
        "Модель рассказала о своих страхах в интервью.",
        "«Стареть публично – это ужасно», – пожаловалась Поризкова.",
        "Бывшая супермодель призналась, что боится старости. «Я думаю, что меня осудят».",
    )
    assert [p.name for p in article.people] == ["Поризкова"]
    assert _speaker(article, "Стареть") == "Поризкова"
    assert _speaker(article, "Я думаю") == "Поризкова"
    # a capitalised word with no surname's ending, or next to no reporting verb, is none
    other = _analyze("«Газпром» сообщил о росте добычи. Иванов приехал в Москву.")
    assert not other.people


def test_as_x_said_clause_a_statement_and_a_listener_in_guillemets() -> None:
    article = _analyze(
        "Как рассказал «Известиям» депутат Госдумы Алексей Журавлев, законопроект внесут в "
        "ближайшее время.",
        "Как сообщил РИА Новости источник в силовых структурах, задержанный дал признательные "
        "показания.",
        "«Российская сторона готова к диалогу», — говорится в заявлении МИД России.",
        "Песков назвал эти сообщения «абсолютной ложью».",
    )
    assert _speaker(article, "законопроект внесут") == "Алексей Журавлев"
    assert _speaker(article, "задержанный дал") == "источник"
    assert _speaker(article, "Российская сторона") == "МИД России"
    assert _speaker(article, "абсолютной ложью") == "Песков"
    assert "Известиям" not in [q.text for q in article.quotes]


def test_celebrity_news_verbs_and_descriptions() -> None:
    article = _analyze(
        "Актриса Светлана Ходченкова призналась, что мечтает сыграть в комедии. По словам "
        "звезды, ей надоели драматические роли.",
        "— Я хочу, чтобы зрители смеялись, — поделилась Ходченкова.",
        "Эксперты Высшей школы экономики считают, что спрос на кино вырастет.",
    )
    assert _speaker(article, "ей надоели") == "Светлана Ходченкова"
    assert _speaker(article, "Я хочу") == "Светлана Ходченкова"
    # a plural noun opening a sentence is no first name of a person
    assert [p.name for p in article.people] == ["Светлана Ходченкова"]


def test_short_names_in_guillemets_are_no_quotations_and_no_bound() -> None:
    article = _analyze(
        "Лавров заявил, что «Северный поток» может быть восстановлен, если Европа «проявит "
        "политическую волю».",
        "Депутат от «Новых людей» Сардана Авксентьева сказала, что законопроект «нуждается в "
        "доработке».",
        "Министр Антон Силуанов сказал, что «Россия никогда не отступит от своих принципов».",
    )
    texts = [q.text for q in article.quotes]
    assert "Северный поток" not in texts
    assert "Новых людей" not in texts
    assert _speaker(article, "проявит") == "Лавров"
    assert _speaker(article, "нуждается") == "Сардана Авксентьева"
    # a longer quotation that opens with a name is someone's words
    assert _speaker(article, "Россия никогда") == "Антон Силуанов"


def test_a_body_after_the_verb_and_a_listener_in_guillemets() -> None:
    article = _analyze(
        "Адвокат семьи Иван Павлов подал жалобу.",
        "«Ситуация под контролем», — сообщили в пресс-службе МЧС.",
        "«Мы будем добиваться справедливости», — рассказал «Коммерсанту» адвокат семьи Иван "
        "Павлов.",
    )
    assert _speaker(article, "Ситуация") == "пресс-службе МЧС"
    assert _speaker(article, "Мы будем") == "Иван Павлов"


def test_a_title_and_the_body_it_governs_before_the_name() -> None:
    article = _analyze("Об этом заявил глава Минздрава Михаил Мурашко на брифинге.")
    assert [(p.name, p.role) for p in article.people] == [("Михаил Мурашко", "глава Минздрава")]


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "Министр рассказал об этом в интервью РБК в понедельник.",
        "Об этом глава ведомства сказал в беседе с ТАСС.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {
        ("РБК", CitationKind.WEBSITE, "интервью"),
        ("ТАСС", CitationKind.NEWS_AGENCY, "беседе с"),
    } <= found

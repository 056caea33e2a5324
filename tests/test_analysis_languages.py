"""The analysis in every language with word lists: quotation marks, cues, speakers, people.

Each case is a short news text written for the test in the way the language
prints quotations and reported speech; the assertions name the quotation,
its kind and speaker, so a rule or a word list that stops working fails here.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Article, Paragraph, QuoteKind
from newsdoc.analysis import lexicon as lexicon_module
from newsdoc.analysis import supported_languages

DATA = Path(lexicon_module.__file__).parent / "data"
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "ru", "nl", "pl")


def _analyze(language: str, *paragraphs: str) -> Article:
    article = Article(language=language, paragraphs=tuple(Paragraph(text=p) for p in paragraphs))
    return newsdoc.analyze(article)


def _quote(article: Article, start: str) -> newsdoc.Quote:
    found = [q for q in article.quotes if q.text.strip(" \u00a0\u202f").startswith(start)]
    assert found, f"no quote starting {start!r}: {[q.text for q in article.quotes]}"
    return found[0]


def _speaker(quote: newsdoc.Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else quote.speaker_text


def test_every_language_has_word_lists() -> None:
    assert set(LANGUAGES) <= set(supported_languages())


@pytest.mark.parametrize("code", LANGUAGES)
def test_word_lists_have_the_keys_and_types_of_english(code: str) -> None:
    english = json.loads((DATA / "en.json").read_text("utf-8"))
    lists = json.loads((DATA / f"{code}.json").read_text("utf-8"))
    # a list the lexicon gives a default (gendered_words, reported_mood) may be left
    # out, or be there in one language only
    optional = {
        f.name
        for f in dataclasses.fields(lexicon_module.Lexicon)
        if f.init and f.default_factory is not dataclasses.MISSING
    }
    assert set(english) - optional <= set(lists) <= set(english) | optional
    for key, value in english.items():
        if key in lists:
            assert type(lists[key]) is type(value), key
    assert lists["speech_verbs"], "a language without cue verbs finds no quotation"
    assert len(lists["detect_words"]) >= 50


# (language, paragraphs, quotation start, kind, speaker)
CASES = [
    (
        "de",
        [
            "Bundeskanzlerin Angela Merkel sprach am Montag in Berlin.",
            "„Wir schaffen das“, sagte Merkel vor Journalisten.",
        ],
        "Wir schaffen das",
        QuoteKind.DIRECT,
        "Angela Merkel",
    ),
    (
        "de",
        ["Der Forscher Jonas Keller sagt: »Die Daten sind eindeutig.«"],
        "Die Daten sind eindeutig",
        QuoteKind.DIRECT,
        "Jonas Keller",
    ),
    (
        "de",
        ["Die Lage sei „äußerst ernst“, so Keller am Dienstag."],
        "äußerst ernst",
        QuoteKind.PARTIAL,
        "Keller",
    ),
    (
        "de",
        [
            "Sabine Roth leitet das Institut seit 2019.",
            "„Das Wasser steigt jedes Jahr“, erklärte sie.",
        ],
        "Das Wasser steigt",
        QuoteKind.DIRECT,
        "Sabine Roth",
    ),
    (
        "fr",
        ["« Nous allons gagner », a déclaré le ministre Jean Dupont lundi."],
        "Nous allons gagner",
        QuoteKind.DIRECT,
        "Jean Dupont",
    ),
    (
        "fr",
        [
            "Marie Laurent dirige la commission depuis deux ans.",
            "« La réforme est nécessaire », a-t-elle affirmé.",
        ],
        "La réforme est nécessaire",
        QuoteKind.DIRECT,
        "Marie Laurent",
    ),
    (
        "fr",
        ["Selon Pierre Martin, « la situation est grave »."],
        "la situation est grave",
        QuoteKind.PARTIAL,
        "Pierre Martin",
    ),
    (
        "es",
        ["“No vamos a retroceder”, dijo el presidente Luis Herrera en Madrid."],
        "No vamos a retroceder",
        QuoteKind.DIRECT,
        "Luis Herrera",
    ),
    (
        "es",
        [
            "La ministra Ana Torres visitó el hospital el martes.",
            "«Hemos invertido más que nunca», afirmó.",
        ],
        "Hemos invertido",
        QuoteKind.DIRECT,
        "Ana Torres",
    ),
    (
        "es",
        ["Según Carlos Mendoza, el proyecto “no tiene futuro”."],
        "no tiene futuro",
        QuoteKind.PARTIAL,
        "Carlos Mendoza",
    ),
    (
        "pt",
        ["“Vamos continuar a lutar”, disse o deputado João Silva à Agência Brasil."],
        "Vamos continuar a lutar",
        QuoteKind.DIRECT,
        "João Silva",
    ),
    (
        "it",
        ["«Il governo deve agire subito», ha detto il sindaco Marco Rossi."],
        "Il governo deve agire subito",
        QuoteKind.DIRECT,
        "Marco Rossi",
    ),
    (
        "ru",
        ["«Мы не отступим», — заявил министр Сергей Иванов журналистам."],
        "Мы не отступим",
        QuoteKind.DIRECT,
        "Сергей Иванов",
    ),
    (
        "ru",
        [
            "Министр Сергей Иванов выступил в Москве.",
            "«Решение уже принято», — сказал Иванов.",
        ],
        "Решение уже принято",
        QuoteKind.DIRECT,
        "Сергей Иванов",
    ),
    (
        "nl",
        ["„We gaan door”, zei minister Jan de Vries tegen de NOS."],
        "We gaan door",
        QuoteKind.DIRECT,
        "Jan de Vries",
    ),
    (
        "pl",
        ["„Nie ustąpimy”, powiedział minister Piotr Nowak dziennikarzom."],
        "Nie ustąpimy",
        QuoteKind.DIRECT,
        "Piotr Nowak",
    ),
]


@pytest.mark.parametrize(
    ("language", "paragraphs", "start", "kind", "speaker"),
    CASES,
    ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)],
)
def test_quotation_kind_and_speaker(
    language: str, paragraphs: list[str], start: str, kind: QuoteKind, speaker: str
) -> None:
    quote = _quote(_analyze(language, *paragraphs), start)
    assert quote.kind is kind
    assert _speaker(quote) == speaker


# (language, paragraph, the reported clause's start, speaker)
INDIRECT = [
    (
        "de",
        "Peter Braun sagte, dass die Regierung bald handeln werde.",
        "die Regierung",
        "Peter Braun",
    ),
    ("fr", "Jean Dupont a déclaré que le projet serait abandonné.", "le projet", "Jean Dupont"),
    (
        "es",
        "El ministro Luis Herrera dijo que el plan costará millones.",
        "el plan",
        "Luis Herrera",
    ),
    ("ru", "Сергей Иванов заявил, что решение будет принято завтра.", "решение", "Сергей Иванов"),
    ("it", "Marco Rossi ha detto che il progetto sarà completato.", "il progetto", "Marco Rossi"),
]


@pytest.mark.parametrize(("language", "text", "start", "speaker"), INDIRECT)
def test_reported_speech_after_the_language_s_that(
    language: str, text: str, start: str, speaker: str
) -> None:
    article = _analyze(language, text)
    quote = _quote(article, start)
    assert quote.kind is QuoteKind.INDIRECT
    assert _speaker(quote) == speaker


def test_german_nested_quotation_marks_stay_inside() -> None:
    article = _analyze("de", "Anna Weber sagte: „Er meinte nur ‚vielleicht‘ dazu.“")
    quote = _quote(article, "Er meinte")
    assert "‚vielleicht‘" in quote.text
    assert len(article.quotes) == 1


def test_french_guillemets_with_no_break_spaces() -> None:
    article = _analyze("fr", "« Nous restons ici », a dit Paul Girard.")
    quote = _quote(article, "Nous restons ici")
    assert quote.text.strip("\u00a0\u202f ") == "Nous restons ici"
    assert _speaker(quote) == "Paul Girard"


def test_russian_case_endings_are_one_person() -> None:
    article = _analyze(
        "ru",
        "Владимир Путин заявил, что переговоры продолжатся.",
        "По словам Путина, стороны близки к соглашению.",
        "Журналисты спросили Путина о санкциях.",
    )
    names = [p.name for p in article.people]
    assert names.count("Владимир Путин") == 1
    assert not any(n.startswith("Путин") and n != "Владимир Путин" for n in names)
    person = next(p for p in article.people if p.name == "Владимир Путин")
    assert len(person.mentions) == 3


def test_titles_and_scare_quotes_are_not_quotations() -> None:
    article = _analyze(
        "es",
        "El Gobierno presentó el plan “Costa Rica Segura” en una rueda de prensa.",
        "La llamada “reforma verde” llegó al Congreso el martes.",
    )
    assert article.quotes == ()


def test_told_someone_that_in_spanish() -> None:
    article = _analyze(
        "es", "El ministro Luis Herrera dijo a la agencia EFE que el acuerdo está cerca."
    )
    quote = _quote(article, "el acuerdo")
    assert _speaker(quote) == "Luis Herrera"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "El acuerdo está cerca de cerrarse, según EFE.", "EFE"),
        ("ru", "Переговоры продолжатся в среду, сообщает ТАСС.", "ТАСС"),
        ("de", "Die Verhandlungen gehen weiter, berichtet dpa.", "dpa"),
    ],
)
def test_agencies_are_cited_in_the_language(language: str, text: str, source: str) -> None:
    article = _analyze(language, text)
    citations = [c for c in article.citations if c.source == source]
    assert citations, [c.source for c in article.citations]
    assert citations[0].kind is newsdoc.CitationKind.NEWS_AGENCY


def test_people_with_titles_and_particles() -> None:
    article = _analyze(
        "de",
        "Bundespräsident Frank-Walter Steinmeier empfing Ursula von der Leyen in Berlin.",
        "„Europa braucht Mut“, sagte von der Leyen.",
    )
    names = {p.name for p in article.people}
    assert "Ursula von der Leyen" in names
    assert "Frank-Walter Steinmeier" in names


def test_dashes_with_spaces_and_no_comma_set_off_an_attribution() -> None:
    article = _analyze(
        "pl",
        "Posłanka Anna Nowak zabrała głos.",
        "– To jest skandal – stwierdziła posłanka. – Nie zgodzimy się na to.",
    )
    assert [(q.text, _speaker(q)) for q in article.quotes] == [
        ("To jest skandal", "Anna Nowak"),
        ("Nie zgodzimy się na to.", "Anna Nowak"),
    ]


def test_a_dash_inside_the_quotation_is_no_attribution() -> None:
    article = _analyze(
        "ru",
        "Модель Полина Поризкова дала интервью.",
        "«Стареть публично – это ужасно. Это не для слабонервных, – пожаловалась "
        "Поризкова. — Я постоянно борюсь с собой».",
    )
    first = _quote(article, "Стареть публично")
    assert first.text.endswith("не для слабонервных")
    assert _speaker(first) == "Полина Поризкова"
    assert _speaker(_quote(article, "Я постоянно")) == "Полина Поризкова"


def test_a_long_name_with_a_particle_and_the_name_it_goes_by() -> None:
    article = _analyze(
        "pt",
        "O presidente Luiz Inácio Lula da Silva falou nesta terça-feira.",
        "“Vamos continuar trabalhando”, disse Lula a jornalistas.",
    )
    assert [p.name for p in article.people] == ["Luiz Inácio Lula da Silva"]
    assert _speaker(_quote(article, "Vamos continuar")) == "Luiz Inácio Lula da Silva"


def test_a_verb_and_its_object_between_commas_is_no_incise() -> None:
    article = _analyze(
        "en",
        "“The first session was a disaster, and I went back to my room, cried my eyes "
        "out, and thought I was stupid,” she said.",
    )
    assert len(article.quotes) == 1
    assert article.quotes[0].text.endswith("thought I was stupid,")

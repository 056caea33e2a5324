"""Bylines: splitting names, roles, organisations, noise (shared by the HTML and text readers)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from metadata_helpers import STORY, meta_of

from newsdoc import Byline, Person
from newsdoc.readers.bylines import (
    clean_name,
    is_organization,
    looks_like_name,
    parse_byline,
    split_authors,
    split_byline,
)


def names(text: str, **options: object) -> list[str]:
    return [person.name for person in split_authors(text, **options)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("BY JANE ROE", ["Jane Roe"]),
        ("Written by: Jane Roe", ["Jane Roe"]),
        ("ByJane Roe", ["Jane Roe"]),
        ("By A. Smith, B. Jones and C. Brown", ["A. Smith", "B. Jones", "C. Brown"]),
        ("Jane Roe & John Doe", ["Jane Roe", "John Doe"]),
        ("Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Von Jochen Bittner und Tina Hildebrandt", ["Jochen Bittner", "Tina Hildebrandt"]),
        ("Par Cécile Ducourtieux", ["Cécile Ducourtieux"]),
        ("di Mario Rossi", ["Mario Rossi"]),
        ("Lisa de Moraes", ["Lisa de Moraes"]),
        ("著者：後藤大地", ["後藤大地"]),
    ],
)
def test_names_are_split_and_the_by_is_dropped(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_capitalised_name_is_not_taken_for_a_by_word() -> None:
    # "di" opens Italian bylines, but "Di" starts surnames
    assert names("Di Caprio") == ["Di Caprio"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe | December 9, 2016", ["Jane Roe"]),
        ("Jane Roe December 9, 2016 9:13 AM", ["Jane Roe"]),
        ("By Jane Roe Updated 3:45 PM ET, Tue November 29, 2016", ["Jane Roe"]),
        ("Posted on Dec 9, 2016 by Jane Roe", ["Jane Roe"]),
        ("By Jane Roe @janeroe", ["Jane Roe"]),
        ("By Jane Roe https://example.com/jane", ["Jane Roe"]),
        ("Photo: AP | By Jane Roe", ["Jane Roe"]),
        ("Jane Roe Illustration by Claire Lordon", ["Jane Roe"]),
        ("By Jane Roe in San Francisco", ["Jane Roe"]),
        ("By Jane Roe Follow on Twitter", ["Jane Roe"]),
        ("Jane Roe 3 hours ago", ["Jane Roe"]),
    ],
)
def test_dates_handles_urls_credits_and_places_are_stripped(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_email_goes_to_the_person() -> None:
    (person,) = split_authors("By Mike Cason | mcason@al.com")
    assert person == Person(name="Mike Cason", email="mcason@al.com")


def test_a_profile_url_goes_to_the_person() -> None:
    (person,) = split_authors("Jane Roe https://example.com/staff/jane-roe")
    assert person.url == "https://example.com/staff/jane-roe"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("By John Smith, Staff Writer", "John Smith", "Staff Writer"),
        ("Jane Doe, Moscow correspondent", "Jane Doe", "Moscow correspondent"),
        ("Ann Lee, Senior Editor", "Ann Lee", "Senior Editor"),
    ],
)
def test_a_role_printed_with_the_name_goes_to_role(text: str, name: str, role: str) -> None:
    assert split_authors(text) == (Person(name=name, role=role),)


def test_roles_attach_to_the_name_before_them() -> None:
    people = split_authors("By A. Smith, Staff Writer and B. Jones, Moscow correspondent")
    assert [(p.name, p.role) for p in people] == [
        ("A. Smith", "Staff Writer"),
        ("B. Jones", "Moscow correspondent"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Anna Meier\nRedakteurin", "Anna Meier", "Redakteurin"),
        ("By Howard Blume | Staff Writer", "Howard Blume", "Staff Writer"),
        ("Sam Stein\nSenior Editor, The Daily Planet", "Sam Stein", "Senior Editor"),
    ],
)
def test_a_role_on_a_line_of_its_own_goes_to_the_name_before(
    text: str, name: str, role: str
) -> None:
    assert split_authors(text) == (Person(name=name, role=role),)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Jane Roe\nSenior Editor, Politics", "Jane Roe", "Senior Editor, Politics"),
        ("Jane Roe\nCorrespondent, Middle East", "Jane Roe", "Correspondent, Middle East"),
        (
            "Jane Roe, Senior Editor, Politics and Culture",
            "Jane Roe",
            "Senior Editor, Politics and Culture",
        ),
        ("Anna Meier\nRedakteurin, Politik", "Anna Meier", "Redakteurin, Politik"),
        ("Jane Roe Staff Writer, Politics", "Jane Roe", "Staff Writer, Politics"),
    ],
)
@pytest.mark.parametrize("strict", [False, True])
def test_a_desk_after_a_role_and_a_comma_is_part_of_the_role(
    text: str, name: str, role: str, strict: bool
) -> None:
    people, organizations = split_byline(text, strict=strict)
    assert [(p.name, p.role) for p in people] == [(name, role)]
    assert organizations == ()


def test_a_name_or_an_outlet_after_a_role_is_no_desk() -> None:
    people, organizations = split_byline("Jane Roe, Staff Writer, John Doe")
    assert [(p.name, p.role) for p in people] == [("Jane Roe", "Staff Writer"), ("John Doe", None)]
    people, organizations = split_byline("Jane Roe\nStaff Writer, The Daily")
    assert [(p.name, p.role) for p in people] == [("Jane Roe", "Staff Writer")]
    assert organizations == ("The Daily",)
    people, _ = split_byline("Jane Roe\nSenior Editor, Politics\nJohn Doe\nStaff Writer")
    assert [(p.name, p.role) for p in people] == [
        ("Jane Roe", "Senior Editor, Politics"),
        ("John Doe", "Staff Writer"),
    ]


def test_a_role_line_never_takes_a_role_already_printed_or_a_name() -> None:
    people = split_authors("Jane Roe, Reporter\nSenior Editor")
    assert [(p.name, p.role) for p in people] == [("Jane Roe", "Reporter")]
    people = split_authors("Jane Roe / John Doe, Staff Writer")
    assert [(p.name, p.role) for p in people] == [("Jane Roe", None), ("John Doe", "Staff Writer")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Mac & i", "Mac & i"),
        ("By Anna Meier, Mac & i", "Mac & i"),
        ("Procter & Gamble", "Procter & Gamble"),
        ("AT&T", "AT&T"),
    ],
)
def test_and_sign_between_two_single_words_joins_one_firms_name(text: str, firm: str) -> None:
    people, organizations = split_byline(text)
    assert firm in organizations
    assert all(part not in {p.name for p in people} for part in firm.replace("&", " ").split())


def test_and_sign_between_full_names_or_first_names_still_names_people() -> None:
    assert names("Anna Meier & Hans Huber") == ["Anna Meier", "Hans Huber"]
    assert names("By Anna & Hans") == ["Anna", "Hans"]


@pytest.mark.parametrize(
    "text",
    [
        "By The Associated Press",
        "Reuters Staff",
        "By Editorial Board",
        "AOL Staff",
        "Acme Media Inc",
        "AFP",
        "Condé Nast",
        "nytimes.com",
    ],
)
def test_an_organisation_is_never_a_person(text: str) -> None:
    people, organizations = split_byline(text)
    assert people == ()
    assert organizations


def test_the_publishers_own_name_is_not_a_person() -> None:
    assert names("By Jane Roe and Daily Planet", publisher="The Daily Planet") == ["Jane Roe"]
    assert is_organization("Daily Planet", publisher="The Daily Planet")
    assert not is_organization("Jane Roe", publisher="The Daily Planet")


def test_an_organisation_next_to_a_person_keeps_the_person() -> None:
    assert names("By Jane Roe, Reuters") == ["Jane Roe"]
    assert names("By Joe Davidson\nWashington Post\nDec 13, 2016 at 3:45 pm") == ["Joe Davidson"]


def test_no_duplicates_case_insensitively() -> None:
    assert names("Jane Roe, JANE ROE and jane roe") == ["Jane Roe"]


def test_text_printed_before_by_is_not_a_name() -> None:
    text = "The Museum\nI, Too, Sing America\nBy Jane Roe"
    assert names(text, strict=True) == ["Jane Roe"]


def test_strict_mode_wants_names_that_look_like_names() -> None:
    assert names("Link Copied", strict=True) == []  # cut word
    assert names("privacy policy", strict=True) == []
    assert names("doumae", strict=True) == []
    assert names("doumae") == ["doumae"]  # a metadata field may hold a user name


def test_capitals_are_title_cased_but_not_single_acronyms() -> None:
    assert clean_name("JOSH HASKELL") == "Josh Haskell"
    assert clean_name("MARY O'NEIL-SMITH") == "Mary O'Neil-Smith"
    assert clean_name("Jane Roe") == "Jane Roe"


def test_looks_like_name() -> None:
    assert looks_like_name("Jane Roe", strict=True)
    assert looks_like_name("Ludwig van Beethoven", strict=True)
    assert not looks_like_name("jane roe", strict=True)
    assert not looks_like_name("Jane Roe 2", strict=False)
    assert not looks_like_name("admin")
    assert not looks_like_name("A" * 80)


def test_parse_byline_keeps_the_printed_text() -> None:
    byline = parse_byline("  By  Jane Roe\n and John Doe ")
    assert byline == Byline(
        text="By Jane Roe and John Doe",
        authors=(Person(name="Jane Roe"), Person(name="John Doe")),
    )


def test_parse_byline_naming_nobody_is_none() -> None:
    assert parse_byline("") is None
    assert parse_byline("December 9, 2016") is None
    assert parse_byline("By Reuters") is None


def test_long_hostile_input_is_fast_and_safe() -> None:
    assert names(" " * 100_000 + "x") == []
    assert names("Ab, " * 20_000) == ["Ab"]
    # a long run of blanks after a word (a page's indentation) is scanned once, not once
    # per way of cutting it in two (quadratic before: 8,000 blanks took a minute); and the
    # stray letter far after the name does not take the name with it
    assert names("Jane Roe" + " " * 100_000 + "x") == ["Jane Roe"]


@pytest.mark.parametrize("text", ["Jane Roe x", "By Jane Roe x", "Jane Roe • x", "Jane Roe, x"])
def test_a_lone_letter_in_lower_case_after_a_name_is_no_part_of_it(text: str) -> None:
    # a button's "x", a letter left over: initials are capitals and particles never end a name
    assert names(text) == ["Jane Roe"]
    # a capital initial is the name's
    assert names("Malcolm X") == ["Malcolm X"]
    # and a lone letter is no name at all
    assert names("x") == []


def test_names_do_not_start_with_an_article() -> None:
    assert names("The Water Coolest") == []
    assert names("The Russian and Syrian defense ministries") == []


def test_an_outlet_after_a_full_stop_is_a_separate_part() -> None:
    assert names("Finian Cunningham. Sputnik International") == ["Finian Cunningham"]
    assert names("By K. Smith") == ["K. Smith"]


def test_strip_by() -> None:
    from newsdoc.readers.bylines import strip_by

    assert strip_by("By JERUSALEM POST STAFF") == "JERUSALEM POST STAFF"
    assert strip_by("Jane Roe") == "Jane Roe"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_people_or_nothing(text: str) -> None:
    people, organizations = split_byline(text)
    assert all(isinstance(person, Person) and person.name for person in people)
    assert len({person.name.casefold() for person in people}) == len(people)
    assert all(isinstance(name, str) for name in organizations)


def test_a_role_after_the_name_without_a_comma() -> None:
    assert split_authors("홍길동 기자") == (Person(name="홍길동", role="기자"),)
    assert split_authors("By Jane Roe Staff Writer") == (
        Person(name="Jane Roe", role="Staff Writer"),
    )
    assert split_authors("Senior Politics Editor") == ()


def test_a_conjunction_inside_a_desk_s_name_does_not_make_people() -> None:
    people, organizations = split_byline("Zone Justice et faits divers")
    assert people == ()
    assert organizations == ("Zone Justice et faits divers",)
    # names in lower case alone are still names (a metadata field may lower-case them)
    assert [p.name for p in split_authors("jane doe, john smith")] == ["jane doe", "john smith"]
    assert [p.name for p in split_authors("Jane Doe and John Smith")] == ["Jane Doe", "John Smith"]


def test_placeholders_and_bullets_are_not_names() -> None:
    assert [p.name for p in split_authors("Jane Doe and others")] == ["Jane Doe"]
    assert clean_name("● オカモト") == "オカモト"
    assert clean_name("■ Jane Roe") == "Jane Roe"


def test_a_byline_wrapped_in_brackets_is_read_inside_them() -> None:
    assert [p.name for p in split_authors("[田中宏昌，ITmedia]", strict=True)] == ["田中宏昌"]
    assert [p.name for p in split_authors("(Jane Roe)", strict=True)] == ["Jane Roe"]
    # an aside in brackets after the name is still dropped, and a credit stays a credit
    assert [p.name for p in split_authors("Jane Roe (jroe)")] == ["Jane Roe"]
    assert split_authors("(Photo: Jane Roe)", strict=True) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Meier (Text), Paul Schulz (Fotos)", ["Anna Meier"]),
        ("Von Anna Meier (Text) und Paul Schulz (Grafik)", ["Anna Meier"]),
        ("Jane Roe and John Doe (photos and video)", ["Jane Roe"]),
        ("Ana López (texto), Juan Pérez (fotografía)", ["Ana López"]),
        ("Text: Anna Meier, Grafik: Paul Schulz", ["Anna Meier"]),
        ("Texto: Ana López | Ilustración: Juan Pérez", ["Ana López"]),
        # who wrote the text and took the pictures too is an author
        ("Text und Fotos: Anna Meier", ["Anna Meier"]),
        ("Texto y fotos: Ana López", ["Ana López"]),
        ("Photos and text by Jane Roe", ["Jane Roe"]),
    ],
)
def test_a_photographer_or_illustrator_is_not_an_author(text: str, expected: list[str]) -> None:
    for strict in (False, True):
        assert names(text, strict=strict) == expected


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Quelle: dpa", "dpa"),
        ("Source : AFP", "AFP"),
        ("Fuente: EFE", "EFE"),
        ("Fonte: ANSA", "ANSA"),
    ],
)
def test_a_source_label_gives_the_agency_without_the_label(text: str, organization: str) -> None:
    assert split_byline(text, strict=True) == ((), (organization,))
    assert parse_byline(text) is None


def test_a_capitalised_soft_opener_before_a_name_is_dropped() -> None:
    assert names("Di Mario Rossi") == ["Mario Rossi"]
    assert names("Door Jan de Vries", strict=True) == ["Jan de Vries"]
    # a particle after it, or a name of one word: the opener is part of the name
    assert names("De La Cruz") == ["De La Cruz"]
    assert names("Da Silva") == ["Da Silva"]


def test_a_name_in_capitals_before_its_outlet() -> None:
    people, organizations = split_byline("By JASON DOE Associated Press", strict=True)
    assert [p.name for p in people] == ["Jason Doe"]
    assert organizations == ("Associated Press",)
    # an outlet in capitals alone is still no one
    assert names("By AP NEWS Staff", strict=True) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Von dpa-Korrespondentin Anna Meier", "dpa-Korrespondentin"),
        ("AFP-Reporterin Anna Meier", "AFP-Reporterin"),
        ("Von ARD-Korrespondent Jan Schmidt und Anna Meier", "ARD-Korrespondent"),
        ("Von unserer Korrespondentin Anna Meier", "unserer Korrespondentin"),
    ],
)
def test_a_role_before_the_name_goes_to_role(text: str, role: str) -> None:
    people = split_authors(text, strict=True)
    assert people[0].role == role
    assert people[0].name in ("Anna Meier", "Jan Schmidt")


def test_reporting_by_inside_a_byline_adds_authors() -> None:
    assert names("By Jane Roe, with reporting by John Doe") == ["Jane Roe", "John Doe"]
    assert names("By Jane Roe and additional reporting by John Doe", strict=True) == [
        "Jane Roe",
        "John Doe",
    ]
    # at the start of a clause it opens the byline, as before
    assert names("Reporting by Jason Doe; Editing by Ann Roe") == ["Jason Doe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Anna Meier. Editing by Paul Roe", ["Anna Meier"]),
        ("Jane Roe. Edited by Paul Roe", ["Jane Roe"]),
        ("Reporting by Jason Doe; Editing by Ann Roe", ["Jason Doe"]),
        ("Reporting by Jason Doe, Editing by Ann Roe", ["Jason Doe"]),
        ("Reporting by Jason Doe, Editing by Ann Roe, Paul Smith", ["Jason Doe"]),
        ("Editing by Ann Roe; Reporting by Jason Doe", ["Jason Doe"]),
        (
            "Reporting by Jason Doe in London; Additional reporting by Ann Roe; "
            "Editing by Paul Roe and Mark Smith",
            ["Jason Doe", "Ann Roe"],
        ),
        ("Von Anna Meier. Redaktion: Paul Roe", ["Anna Meier"]),
        ("Von Anna Meier, bearbeitet von Paul Roe", ["Anna Meier"]),
        ("Texto: Ana Pérez. Edición: Pablo Ruiz", ["Ana Pérez"]),
        ("Por Ana Pérez. Editado por Pablo Ruiz", ["Ana Pérez"]),
        ("Par Jean Dupont. Édition : Marie Roe", ["Jean Dupont"]),
        ("Текст: Иван Петров. Редактор: Пётр Сидоров", ["Иван Петров"]),
    ],
)
def test_an_editing_credit_after_a_full_stop_comma_or_semicolon_is_no_author(
    text: str, expected: list[str]
) -> None:
    # issue 18: a wire credit's reporters are its authors, its editors are not, whichever
    # mark ends the clause before the editing credit
    assert names(text) == expected
    organizations = split_byline(text)[1]
    assert not any("Roe" in name or "Ruiz" in name for name in organizations)


def test_a_clause_that_credits_no_other_work_is_kept() -> None:
    # the clauses are cut for the credit's words only: names, particles and co-authors stay
    assert names("By Lisa de Moraes, Jane Roe") == ["Lisa de Moraes", "Jane Roe"]
    assert names("Von Anna Meier, Ursula von der Leyen") == ["Anna Meier", "Ursula von der Leyen"]
    assert names("By Jane Roe, Staff Writer. Editing by Ann Roe") == ["Jane Roe"]
    assert split_authors("By Jane Roe, Staff Writer. Editing by Ann Roe")[0].role == "Staff Writer"
    # each clause after a semicolon names its people after its own "by"
    assert names("Reporting by Jason Doe; Writing by Tom Poe") == ["Jason Doe", "Tom Poe"]
    # a co-author's opener names an author, though its first word may credit other work
    assert names("Von Anna Meier, Mitarbeit von Paul Roe") == ["Anna Meier", "Paul Roe"]
    assert names("By Jane Roe, with reporting by John Doe. Editing by Ann Roe") == [
        "Jane Roe",
        "John Doe",
    ]


def test_an_organisation_s_name_with_a_place_word_is_no_person() -> None:
    # "for" ends a name at a place or an outlet, and "Organization" alone is no one
    assert split_byline("Organization for Transformative Works") == (
        (),
        ("Organization for Transformative Works",),
    )
    assert split_byline("Reuters in London") == ((), ("Reuters",))
    assert names("Jane Roe for Reuters") == ["Jane Roe"]


def test_a_role_after_a_comma_is_the_role_of_the_name_before_it() -> None:
    assert split_authors("Anna Meier, Leiterin Politik", strict=True) == (
        Person(name="Anna Meier", role="Leiterin Politik"),
    )
    # a possessive without a role after it opens no role
    assert names("Our Jane Roe") == ["Our Jane Roe"]


@pytest.mark.parametrize(
    ("text", "people", "organizations"),
    [
        ("Quelle: dpa, Anna Meier", ["Anna Meier"], ("dpa",)),
        ("Fuente: EFE y Juan Pérez", ["Juan Pérez"], ("EFE",)),
        ("Quelle: Agence France-Presse", [], ("Agence France-Presse",)),
        ("Quelle: Tagesschau", [], ("Tagesschau",)),
    ],
)
def test_a_person_named_after_a_source_label_is_an_author(
    text: str, people: list[str], organizations: tuple[str, ...]
) -> None:
    for strict in (False, True):
        found, named = split_byline(text, strict=strict)
        assert [person.name for person in found] == people
        assert named == organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Di Caprio Leonardo", ["Di Caprio Leonardo"]),
        ("Di Maio Luigi e Di Battista Alessandro", ["Di Maio Luigi", "Di Battista Alessandro"]),
        ("Da Silva João", ["Da Silva João"]),
        # a first name after the opener: it opens the byline
        ("Di Mario Rossi e Anna Bianchi", ["Mario Rossi", "Anna Bianchi"]),
        ("Door Jan de Vries", ["Jan de Vries"]),
    ],
)
def test_a_surname_printed_first_keeps_its_particle(text: str, expected: list[str]) -> None:
    for strict in (False, True):
        assert names(text, strict=strict) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe, John Doe, and Jim Poe", ["Jane Roe", "John Doe", "Jim Poe"]),
        ("Von Anna Meier, Berlin, und Paul Schulz, Hamburg", ["Anna Meier", "Paul Schulz"]),
        ("Par Jean Dupont, et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        # an initial in capitals after the comma is no conjunction
        ("Jane Roe, E Jean Carroll", ["Jane Roe", "E Jean Carroll"]),
    ],
)
def test_a_comma_before_the_conjunction_keeps_the_last_author(
    text: str, expected: list[str]
) -> None:
    assert names(text, strict=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gastbeitrag von Anna Meier", ["Anna Meier"]),
        ("Ein Interview von Anna Meier", ["Anna Meier"]),
        ("Kommentar von Anna Meier und Paul Schulz", ["Anna Meier", "Paul Schulz"]),
        ("Propos recueillis par Jean Dupont", ["Jean Dupont"]),
        ("A cura di Mario Rossi", ["Mario Rossi"]),
        ("Geschreven door Jan de Vries", ["Jan de Vries"]),
        ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("Autorka: Anna Nowak", ["Anna Nowak"]),
        ("Napisała Anna Nowak", ["Anna Nowak"]),
    ],
)
def test_openers_of_other_languages(text: str, expected: list[str]) -> None:
    assert names(text, strict=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 8.12.2010 von Anna Meier", ["Anna Meier"]),
        ("Aktualisiert am 08.12.2010, 14:00 Uhr von Anna Meier", ["Anna Meier"]),
        ("Publié le 8/12/2010 par Jean Dupont", ["Jean Dupont"]),
        ("Posted on Dec 9, 2016 by Jane Roe", ["Jane Roe"]),
        # no date before it: "von" is the name's
        ("Von Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Von Karl-Theodor zu Guttenberg", ["Karl-Theodor zu Guttenberg"]),
    ],
)
def test_an_opener_after_the_date_opens_the_names(text: str, expected: list[str]) -> None:
    assert names(text, strict=True) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Por Juan Pérez Enviado especial a Kiev", "Juan Pérez", "Enviado especial"),
        ("Par Jean Dupont, envoyé spécial en Ukraine", "Jean Dupont", "envoyé spécial"),
        ("Juan Pérez desde Madrid", "Juan Pérez", None),
        ("Иван Петров из Москвы", "Иван Петров", None),
    ],
)
def test_where_a_correspondent_writes_from_is_not_the_name(
    text: str, name: str, role: str | None
) -> None:
    assert split_authors(text, strict=True) == (Person(name=name, role=role),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prof. Dr. Anna Meier", ["Prof. Dr. Anna Meier"]),
        (
            "Von Prof. Dr. Anna Meier und Dipl. Ing. Paul Schulz",
            ["Prof. Dr. Anna Meier", "Dipl. Ing. Paul Schulz"],
        ),
        ("Dott. Mario Rossi", ["Dott. Mario Rossi"]),
        # a full stop after a word that is no title still ends the byline's sentence
        ("Jane Roe. Photos by John Doe", ["Jane Roe"]),
        # and so does one after a name that ends as a title does ("Sen.", "Med.")
        ("Anna Hansen. Anna is a reporter", ["Anna Hansen"]),
        ("Anna Ahmed. Paul Roe", ["Anna Ahmed", "Paul Roe"]),
    ],
)
def test_an_abbreviated_title_stays_with_the_name(text: str, expected: list[str]) -> None:
    assert names(text, strict=True) == expected


def test_nothing_after_a_sentence_of_the_page_s_own_is_a_name() -> None:
    printed = (
        "Telegraph Sport\n19 November 2019 • 1:16pm\nFollow\nFollow the author of this article\n"
        "Telegraph Sport\nFollow the topics within this article\nDavis Cup"
    )
    assert names(printed, strict=True) == []
    # a button alone between two names cuts nothing
    assert names("By Jane Roe\nFollow\nJohn Doe\nFollow", strict=True) == ["Jane Roe", "John Doe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Victor Tangermann, Futurism", ["Victor Tangermann"]),
        ("Von Anna Meier, Berlin", ["Anna Meier"]),
        # joined by a conjunction, or after a name of one word: a person all the same
        ("Jane Roe and Cher", ["Jane Roe", "Cher"]),
        ("Madonna, Cher", ["Madonna", "Cher"]),
    ],
)
def test_one_word_after_a_full_name_and_a_comma_is_no_second_person(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "name",
    ["Android Developers", "Coordenadoria de TI", "Secretaría de Salud", "Deutsche Presse-Agentur"],
)
def test_a_team_or_an_office_is_an_organisation(name: str) -> None:
    assert is_organization(name)
    assert names(name) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von Anna Meier sowie Paul Schulz", ["Anna Meier", "Paul Schulz"]),
        ("Par Jean Dupont ainsi que Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Przez Jan Kowalski oraz Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Ein Artikel von Anna Meier", ["Anna Meier"]),
        ("Interview: Anna Meier", ["Anna Meier"]),
        ("Das Interview führte Anna Meier", ["Anna Meier"]),
        ("Die Fragen stellte Anna Meier", ["Anna Meier"]),
        ("Aufgezeichnet von Anna Meier", ["Anna Meier"]),
        # who translated the story did not write it
        ("Übersetzung: Paul Schulz", []),
    ],
)
def test_german_bylines_as_german_sites_print_them(text: str, expected: list[str]) -> None:
    assert names(text, strict=True) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Süddeutsche Zeitung",
        "Frankfurter Allgemeine Zeitung",
        "Handelsblatt",
        "Kölner Stadt-Anzeiger",
        "Deutschlandfunk",
        "RedaktionsNetzwerk Deutschland",
        "Deutsche Welle",
        "Corriere della Sera",
        "tagesschau.de",
        "Elpais.cr",
    ],
)
def test_an_outlet_is_no_person(name: str) -> None:
    assert is_organization(name)
    assert names(name) == []
    assert names(f"Anna Meier, {name}") == ["Anna Meier"]


@pytest.mark.parametrize("name", ["Le Monde", "El País", "La Repubblica", "Il Fatto Quotidiano"])
def test_a_name_that_opens_with_an_article_is_no_person(name: str) -> None:
    assert names(name) == []


@pytest.mark.parametrize("name", ["Anna Funk", "Peter Blatt", "Marine Le Pen", "T.C. Sottek"])
def test_a_person_whose_name_ends_like_an_outlet_s_is_a_person(name: str) -> None:
    assert names(name) == [name]


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("dpa/AFP/mak", ("dpa", "AFP")),
        ("cze/dpa", ("dpa",)),
        ("Von AFP/dpa/jbe", ("AFP", "dpa")),
        ("epd", ("epd",)),
    ],
)
def test_an_editor_s_initials_beside_an_agency_are_no_author(
    text: str, organizations: tuple[str, ...]
) -> None:
    assert split_byline(text) == ((), organizations)


def test_red_is_the_newsroom_s_shorthand() -> None:
    assert names("red") == names("(red)") == names("Von Red.") == []
    assert names("Red Smith") == ["Red Smith"]


@pytest.mark.parametrize(
    "label",
    ["名片", "プロフィール", "個人資料", "著者一覧", "記者", "著者", "Profile", "Autor", "프로필"],
)
def test_a_label_or_a_byline_s_own_word_is_no_name(label: str) -> None:
    assert not looks_like_name(label)
    assert not looks_like_name(label, strict=True)


@pytest.mark.parametrize("name", ["田中宏昌", "홍길동", "EvilSpark", "Anna Meier"])
def test_names_in_any_script_still_look_like_names(name: str) -> None:
    assert looks_like_name(name)


@pytest.mark.parametrize(
    ("label", "named"), [("名片", None), ("プロフィール", None), ("田中宏昌", "田中宏昌")]
)
def test_a_profile_link_labelled_names_nobody(label: str, named: str | None) -> None:
    # pixnet: the last resort, a link to a person's page, printed "名片" ("business card")
    link = f"<div><a href='http://www.example.net/blog/profile/stevenhgm'>{label}</a></div>"
    found = meta_of(f"<h1>新竹尖石美樹營地賞楓</h1>{STORY}{link}", lang="zh-TW")
    names = [p.name for p in found.byline.authors] if found.byline is not None else []
    assert names == ([named] if named else [])

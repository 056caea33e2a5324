"""Bylines read in the page's language (issue 18), and a role printed as a label.

A word that joins names in one language is another word in others: Czech and
Slovak "a" is Italian's and Portuguese's "to" ("inviato a New York"), Slovene
"in" is English's ("Jane Roe in Berlin"); Catalan's opener "Per" is a
Scandinavian first name.  With the page's language they read as its; without
one (or in another), as before.  A role printed as a label ("Reporter:",
"Muhabir:") opens the byline and gives the role, whatever the role's word.
"""

from __future__ import annotations

import warnings

import pytest
from metadata_helpers import STORY

import newsdoc
from newsdoc.readers.bylines import parse_byline, split_authors, strip_by


def names(text: str, language: str | None) -> list[str]:
    return [person.name for person in split_authors(text, strict=True, language=language)]


def page_byline(byline: str, lang: str | None) -> newsdoc.Byline | None:
    """The byline of a page in ``lang`` whose byline element prints ``byline``."""
    attribute = f" lang='{lang}'" if lang else ""
    html = (
        f"<html{attribute}><head><title>T</title></head><body><article>"
        f"<h1>The headline of the story</h1><p class='byline'>{byline}</p>{STORY}"
        "</article></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsdoc.parse(html, format="html", analyze=False).byline


def page_names(byline: str, lang: str | None) -> list[str]:
    found = page_byline(byline, lang)
    return [person.name for person in found.authors] if found else []


# (each named only its first person, or read the opener as a first name, before the language
# was passed)
IN_LANGUAGE = [
    ("cs", "Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
    ("cs-CZ", "Autor: Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
    ("cs", "Jana Dvořáková, Tomáš Černý a Eva Malá", ["Jana Dvořáková", "Tomáš Černý", "Eva Malá"]),
    ("sk", "Ján Kováč a Peter Horváth", ["Ján Kováč", "Peter Horváth"]),
    ("sl", "Janez Novak in Marko Horvat", ["Janez Novak", "Marko Horvat"]),
    ("ca", "Per Joan Puig", ["Joan Puig"]),
    ("ca", "Per Joan Puig i Marta Vila", ["Joan Puig", "Marta Vila"]),
]
# (the same words, on a page in another language or in none known, read as they did)
ELSEWHERE = [
    ("en", "Jane Roe in Berlin", ["Jane Roe"]),
    (None, "Jane Roe in Berlin", ["Jane Roe"]),
    ("it", "Mario Rossi, inviato a New York", ["Mario Rossi"]),
    ("pt", "Maria Silva, enviada a Lisboa", ["Maria Silva"]),
    ("nb", "Per Olsen", ["Per Olsen"]),
    (None, "Per Olsen", ["Per Olsen"]),
    # a name of one word after the opener: "Per" is the first name, even in Catalan
    ("ca", "Per Olsen", ["Per Olsen"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IN_LANGUAGE + ELSEWHERE)
def test_parser_reads_the_language(lang: str | None, text: str, expected: list[str]) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), IN_LANGUAGE + ELSEWHERE)
def test_page_reads_its_language(lang: str | None, text: str, expected: list[str]) -> None:
    assert page_names(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [("Jan Novák a Petr Svoboda", ["Jan Novák"]), ("Per Joan Puig", ["Per Joan Puig"])],
)
def test_without_language_reads_as_before(text: str, first: list[str]) -> None:
    assert names(text, None) == first
    assert names(text, "de") == first


def test_parse_byline_takes_the_language() -> None:
    byline = parse_byline("Jan  Novák a Petr Svoboda", language="cs")
    assert byline is not None
    assert byline.text == "Jan Novák a Petr Svoboda"
    assert [p.name for p in byline.authors] == ["Jan Novák", "Petr Svoboda"]


# A role printed as a label: what comes before it is no person (a place, a section), and the
# role is the name's, whether the role's word was an opener ("Reporter:") or not ("Muhabir:").
# (before: "Reporter:" dropped its role; "Muhabir:" took "Jakarta" for a person)
LABELLED = [
    ("id", "Jakarta | Reporter: Ahmad Fauzi", "Ahmad Fauzi", "Reporter"),
    ("tr", "Jakarta | Muhabir: Ahmet Yılmaz", "Ahmet Yılmaz", "Muhabir"),
    ("id", "Reporter: Ahmad Fauzi", "Ahmad Fauzi", "Reporter"),
    ("en", "Politics | Writer: Jane Roe", "Jane Roe", "Writer"),
    ("id", "Jakarta | Wartawan: Ahmad Fauzi | Editor: Budi Santoso", "Ahmad Fauzi", "Wartawan"),
]


@pytest.mark.parametrize(("lang", "text", "name", "role"), LABELLED)
def test_role_label_opens_and_gives_the_role(lang: str, text: str, name: str, role: str) -> None:
    people = split_authors(text, strict=True, language=lang)
    assert [(p.name, p.role) for p in people] == [(name, role)]
    found = page_byline(text, lang)
    assert found is not None
    assert [(p.name, p.role) for p in found.authors] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Reporter: Ahmad Fauzi", "Ahmad Fauzi"),
        ("Muhabir: Ahmet Yılmaz", "Ahmet Yılmaz"),
        ("Senior Writer: Jane Roe", "Jane Roe"),
        ("By Jane Roe", "Jane Roe"),
        # a label that is no role is kept
        ("Eintritt: 5 Euro", "Eintritt: 5 Euro"),
    ],
)
def test_strip_by_strips_a_role_label(text: str, rest: str) -> None:
    assert strip_by(text) == rest


@pytest.mark.parametrize("line", ["Reporter: Ahmad Fauzi", "Muhabir: Ahmet Yılmaz"])
def test_role_label_line_is_not_the_text(line: str) -> None:
    # a byline line printed in the body, opened by a role as a label, is no paragraph of the
    # story ("Reporter:" was dropped, as an opener; "Muhabir:" was kept, before)
    html = (
        "<html lang='id'><head><title>T</title></head><body><article>"
        f"<h1>The headline of the story</h1><p>{line}</p>{STORY}</article></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsdoc.parse(html, format="html", analyze=False)
    assert article.paragraphs
    assert not any(line in paragraph.text for paragraph in article.paragraphs)

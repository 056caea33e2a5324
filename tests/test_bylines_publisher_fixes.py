"""Fixes to the byline and publisher rules of issue 18: a site's name that starts with a
byline's word, a tagline after a name that opens with an article, a label of one ideograph
inside a word, a name found again inside a word, one list of source labels."""

from __future__ import annotations

import json
from importlib import resources

import lxml.html
import pytest
from metadata_helpers import STORY

from newsdoc.model import Person
from newsdoc.readers.bylines import SOURCE_LABELS, byline_text, split_byline
from newsdoc.readers.html.metadata import PageMetadata, extract_metadata

_HEADLINE = "Stadtwerke erhöhen den Gaspreis"


def _meta(head: str, body: str, lang: str) -> PageMetadata:
    html = f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"
    return extract_metadata(lxml.html.document_fromstring(html))


def _publisher(content: str, lang: str) -> str | None:
    head = f"<title>{_HEADLINE}</title><meta property='og:site_name' content='{content}'>"
    return _meta(head, f"<h1>{_HEADLINE}</h1>{STORY}", lang).publisher


@pytest.mark.parametrize(
    ("content", "lang", "publisher"),
    [
        # a site's name may start with a byline's word: no byline without a colon or a name
        ("Words Without Borders", "en", "Words Without Borders"),
        ("Text Publishing", "en", "Text Publishing"),
        ("Author Magazine", "en", "Author Magazine"),
        ("Von Mises Institute", "de", "Von Mises Institute"),
        ("Par Avion", "fr", "Par Avion"),
        ("Por Esto!", "es", "Por Esto!"),
        # an opener before a person's name, or with its colon, is a byline: no site's name
        ("Por Juan Pérez", "es", None),
        ("By: Jane Roe", "en", None),
        ("Von: Anna Meier", "de", None),
        # a byline glued after the site's name goes, whatever follows its opener
        ("SIMPLYFOUND.COM | BY: JOE WEE", "en", "SIMPLYFOUND.COM"),
        ("Gartenblog — Von Anna Meier", "de", "Gartenblog"),
    ],
)
def test_a_site_s_name_that_starts_with_a_byline_s_word_is_the_publisher(
    content: str, lang: str, publisher: str | None
) -> None:
    assert _publisher(content, lang) == publisher


@pytest.mark.parametrize(
    ("content", "lang", "publisher"),
    [
        # an article opens the site's name without making it longer
        (
            "The New York Times - Breaking News, World News &amp; Multimedia",
            "en",
            "The New York Times",
        ),
        ("Los Angeles Times | California, national and world news", "en", "Los Angeles Times"),
        ("Die Neue Ruhr Zeitung | Nachrichten aus dem Ruhrgebiet", "de", "Die Neue Ruhr Zeitung"),
        (
            "Le Journal de Montréal - Actualités, sport et divertissement",
            "fr",
            "Le Journal de Montréal",
        ),
        ("El Diario de Hoy | Noticias de El Salvador y el mundo", "es", "El Diario de Hoy"),
        # a section and the site stay whole
        ("Deportes | El Mundo", "es", "Deportes | El Mundo"),
        ("The Daily Planet - Metropolis", "en", "The Daily Planet - Metropolis"),
    ],
)
def test_an_article_is_not_counted_in_the_site_s_name_before_its_tagline(
    content: str, lang: str, publisher: str
) -> None:
    assert _publisher(content, lang) == publisher


@pytest.mark.parametrize(
    ("printed", "people", "organizations"),
    [
        # "原文" (the original text), "英文" (English): a word that ends with "文", no label
        ("作者：张伟 原文：新华网", ["张伟"], []),
        ("作者：张伟 英文：Zhang Wei", ["张伟"], []),
        ("记者 张伟 原文：新华网", ["张伟"], []),
        # "文" after a blank or a punctuation mark is the label
        ("作者：张伟 文：李娜", ["张伟", "李娜"], []),
        ("记者：张伟，文：李娜", ["张伟", "李娜"], []),
        ("作者：张伟 来源：新华社", ["张伟"], ["新华社"]),
        ("作者：张伟来源：新华社", ["张伟"], ["新华社"]),
    ],
)
def test_a_label_of_one_ideograph_opens_no_field_inside_a_word(
    printed: str, people: list[str], organizations: list[str]
) -> None:
    found, outlets = split_byline(printed, language="zh")
    assert [person.name for person in found] == people
    assert list(outlets) == organizations


@pytest.mark.parametrize(
    ("printed", "name", "text"),
    [
        # the name inside a longer word is not the name printed again
        ("Posted by Ann in Announcements", "Ann", "Posted by Ann in Announcements"),
        ("Von Kai in Kaiserslautern", "Kai", "Von Kai in Kaiserslautern"),
        ("Publié par Marc dans Marchés", "Marc", "Publié par Marc dans Marchés"),
        ("Publicado por Mar en Marketing", "Mar", "Publicado por Mar en Marketing"),
        # printed again as words of its own, it is (a bio that opens with it)
        ("By Ann Ann writes about food", "Ann", "By Ann"),
        # glued to a word in a script without blanks between words, it is too
        ("記者張偉 張偉是記者", "張偉", "記者張偉"),
    ],
)
def test_a_name_printed_again_is_found_as_words_of_its_own(
    printed: str, name: str, text: str
) -> None:
    assert byline_text(printed, (Person(name=name),)) == text


def test_the_source_labels_are_one_list() -> None:
    # the body's credit lines read the bylines' list: a label in one only is a mistake
    data = json.loads(
        resources.files("newsdoc.readers.html.body").joinpath("boilerplate.json").read_text()
    )
    assert "source_labels" not in data
    assert {"źródła", "источники", "kilde", "källa"} <= set(SOURCE_LABELS)

"""Short lines above the first sentence: a greeting opens the text, a kicker does not.

The body drops the furniture a page prints between its headline and its text (a kicker,
a label, a credit: a word or two). A short line that ends with a comma opens a letter or
a forum post ("Hallo zusammen,", "Dear all,"): the text goes on after it, and it stays.
"""

from __future__ import annotations

import pytest

import newsdoc

STORY = "".join(
    f"<p>Paragraph {i} of the post, long enough to be running text, with a comma.</p>"
    for i in range(4)
)


def first_paragraph(line: str, lang: str) -> str:
    html = (
        f"<html lang='{lang}'><body><article><h1>Heizung macht Geräusche</h1>"
        f"<p>{line}</p>{STORY}</article></body></html>"
    )
    return newsdoc.parse(html.encode(), format="html", analyze=False).paragraphs[0].text


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Hallo zusammen,"),
        ("en", "Dear all,"),
        ("de", "Liebe Freunde,"),
        ("es", "Hola amigos,"),
    ],
)
def test_a_greeting_opens_the_text(lang: str, line: str) -> None:
    assert first_paragraph(line, lang) == line


@pytest.mark.parametrize(("lang", "line"), [("de", "Politik"), ("en", "By Jane Roe,")])
def test_a_kicker_or_a_byline_above_the_text_is_not_text(lang: str, line: str) -> None:
    assert first_paragraph(line, lang) != line


def test_a_lede_above_the_text_that_repeats_the_description_is_text_too() -> None:
    # German pages' "Teaser": printed above the box of the text, and their description
    lede = (
        "Nach monatelanger Diskussion hat der Stadtrat am Donnerstag den Bau eines Radwegs "
        "beschlossen, der rund 2,4 Millionen Euro kostet."
    )
    html = (
        f"<html lang='de'><head><meta property='og:description' content='{lede}'></head>"
        "<body><div class='page'><div class='artikel'><h1>Stadtrat beschließt Radweg</h1>"
        f"<div class='intro'><p>{lede}</p></div><div class='text'>{STORY}</div></div>"
        "</div></body></html>"
    )
    article = newsdoc.parse(html.encode(), format="html", analyze=False)
    assert article.subheadline == lede
    assert article.paragraphs[0].text == lede
    assert len(article.paragraphs) == 5

"""An ad's class and id words, read whole or as a word's start as ``ad_words.json`` says.

The list of words of chrome that are never the article read an ad's words of other
languages as starts of a word ("reklam", "reclame"), so that a box of the text named
for a complaint ("reklamation", German; "reclamation", English and French) was dropped
as an ad's.  The ad's words are one list now, ``ad_words.json``'s, whole words apart
from starts (issue 18).
"""

from __future__ import annotations

import pytest
from test_html_body_classes import parse, texts
from test_html_body_disclosures import post
from test_html_body_german_kinds import GERMAN, paragraphs

# a shop's or a service's page: how to file a complaint, in a box named for it
COMPLAINT = [
    "Ist ein Artikel beschädigt angekommen, können Sie ihn innerhalb von 14 Tagen bei uns "
    "reklamieren, mit dem Kaufbeleg und einer kurzen Beschreibung des Schadens.",
    "Wir prüfen jede Reklamation innerhalb einer Woche und melden uns per E-Mail bei Ihnen, "
    "ob der Artikel ersetzt oder der Kaufpreis erstattet wird.",
]


def boxed(box: str) -> str:
    """The story, the complaint's text in a box of class ``box`` between its paragraphs."""
    return post(
        f"{paragraphs(GERMAN[:2])}"
        f"<div class='{box}'>{paragraphs(COMPLAINT)}</div>{paragraphs(GERMAN[2:])}",
        box="article-body",
    )


@pytest.mark.parametrize("box", ["reklamation", "reklamationen-info", "reclamation-process"])
def test_a_box_named_for_a_complaint_is_the_text_s(box: str) -> None:
    html = boxed(box)
    assert texts(parse(html)) == GERMAN[:2] + COMPLAINT + GERMAN[2:]


@pytest.mark.parametrize(
    "box", ["reklama", "reklam-alani", "reclame-blok", "werbung-mitte", "advertisement"]
)
def test_a_box_named_as_an_ad_in_any_language_is_dropped(box: str) -> None:
    # (its text reads as sentences: only its name says it is no part of the text)
    html = boxed(box)
    assert texts(parse(html)) == GERMAN


# --- a generated name's letters after a digit are no word -----------------------------------


@pytest.mark.parametrize("ident", ["e1ad", "9ad2", "x0ads", "ad0b7k"])
def test_a_paragraph_whose_generated_id_ends_in_ad_is_the_text_s(ident: str) -> None:
    # Medium names each paragraph with four hexadecimal digits ("<p id='e1ad' class='go
    # gp dg'>"), style sheets' generated classes ("ad0b7k"): a run of letters and digits
    # with a letter after a digit is a hash, not an ad's word
    story = "".join(
        f"<p id='{ident if i == 2 else f'{i}b3c'}' class='go gp dg'>{text}</p>"
        for i, text in enumerate(GERMAN)
    )
    assert texts(parse(post(story, box="article-body"))) == GERMAN


@pytest.mark.parametrize("box", ["ad1", "ad-2", "ads_300x250"])
def test_a_box_named_as_an_ad_with_a_number_is_still_dropped(box: str) -> None:
    assert texts(parse(boxed(box))) == GERMAN

"""The lines a blog or a shop's guide prints around its text that are no part of it.

Written as the engines print them: an affiliate disclosure at the text's start or end
(its own paragraph, in the text's box), in the languages the held-out pages are in,
German first (issue 18).
"""

from __future__ import annotations

import pytest
from test_html_body_classes import parse, texts
from test_html_body_german_kinds import ENGLISH, GERMAN, HEADLINE, article_page, paragraphs

# --- an affiliate disclosure, at the text's start or end ---------------------------------------

OPENING = [
    (
        "en",
        ENGLISH,
        "This post contains affiliate links. If you buy through them, we may earn "
        "a small commission at no extra cost to you.",
    ),
    ("en", ENGLISH, "As an Amazon Associate I earn from qualifying purchases."),
    (
        "de",
        GERMAN,
        "Dieser Artikel enthält Affiliate-Links. Kaufst du über einen dieser Links "
        "ein, erhalten wir eine Provision, für dich ändert sich am Preis nichts.",
    ),
    ("fr", ENGLISH, "Cet article contient des liens affiliés."),
    (
        "es",
        ENGLISH,
        "Este artículo contiene enlaces de afiliados: si compras a través de "
        "ellos, podemos recibir una comisión.",
    ),
]
CLOSING = [
    ("de", GERMAN, "* Affiliate-Link"),
    ("de", GERMAN, "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen."),
    ("de", GERMAN, "Die mit * gekennzeichneten Links sind Affiliate-Links."),
    ("es", ENGLISH, "Enlaces de afiliados"),
    (
        "en",
        ENGLISH,
        "Note to readers: if you purchase something through one of our affiliate "
        "links we may earn a commission.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "disclosure"), OPENING)
def test_a_disclosure_over_the_text_is_dropped(lang: str, text: list[str], disclosure: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='entry-content'><p><em>{disclosure}</em></p>"
        f"{paragraphs(text)}</div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


@pytest.mark.parametrize(("lang", "text", "disclosure"), CLOSING)
def test_a_disclosure_under_the_text_is_dropped(
    lang: str, text: list[str], disclosure: str
) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='entry-content'>{paragraphs(text)}"
        f"<p><small>{disclosure}</small></p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


def test_a_disclosure_under_the_text_and_its_list_goes_past_the_list() -> None:
    # a guide's picks, then the mark of its links: no sentence of the text between them
    picks = ["Ein Thermometer für den Backofen", "Eine Springform mit 26 Zentimetern"]
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='entry-content'>{paragraphs(GERMAN)}<ul>"
        + "".join(f"<li>{pick}</li>" for pick in picks)
        + "</ul><p>*Affiliate-Links</p></div>"
    )
    assert texts(parse(html)) == GERMAN + picks


# a story about affiliate links: its sentences name them where a disclosure would
STORY = [
    "Viele Blogs finanzieren sich über Provisionen: Kauft ein Leser über einen Link beim "
    "Händler ein, erhält der Betreiber einen Anteil am Umsatz, meist wenige Prozent.",
    "Die Verbraucherzentrale hat 200 Reiseblogs untersucht. Jeder dritte Beitrag enthält "
    "Affiliate-Links, so die Studie.",
    "Gekennzeichnet waren die Links nur in jedem zweiten Fall, oft erst am Ende des Textes "
    "und in kleiner Schrift, kritisierten die Verbraucherschützer.",
    "Die Verbraucherschützer fordern deshalb eine einheitliche Kennzeichnung: Wer einen Beitrag "
    "veröffentlicht, der Affiliate-Links enthält, soll das schon über dem ersten Absatz sagen, "
    "und zwar so, dass es jeder Leser auf den ersten Blick sieht, auch auf dem Smartphone. "
    "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen, so laute der Satz heute oft, "
    "versteckt unter dem Text.",
]


def test_a_story_s_sentences_about_affiliate_links_are_kept() -> None:
    # inside the text a short one, at its end a long one that quotes a disclosure
    html = article_page(f"<h1>{HEADLINE}</h1><div class='entry-content'>{paragraphs(STORY)}</div>")
    assert texts(parse(html)) == STORY


def test_a_disclosure_inside_the_text_is_a_sentence_of_it() -> None:
    # (the rule is where the site prints it: a line between the text's paragraphs is theirs)
    inside = "Dieser Artikel enthält Affiliate-Links."
    text = [*GERMAN[:2], inside, *GERMAN[2:]]
    html = article_page(f"<h1>{HEADLINE}</h1><div class='entry-content'>{paragraphs(text)}</div>")
    assert texts(parse(html)) == text

"""The body finder on the kinds of pages the German web prints, news and other.

Each page is written as the engines print such pages: a text parted by ads,
a subscription's offer after a teaser, a dek printed as a heading, and the
kinds of pages beside news (interviews, guides, press releases, a club's or a
town's pages, events).  German first, another language beside it where a rule
is about words (issue 18).
"""

from __future__ import annotations

import warnings

import pytest
from lxml import etree
from test_html_body_classes import parse, texts
from test_html_german_news import TEXT, TITLE

import newsdoc
from newsdoc import NewsdocWarning
from newsdoc.readers.html.body.class_hints import names_ad

# the German news page's story (tests/test_html_german_news.py), in the page kinds below
HEADLINE = TITLE
GERMAN = TEXT
ENGLISH = [
    "The city council voted on Tuesday to raise parking fees in the centre by a third, the "
    "first rise in ten years, officials said after the meeting.",
    "Shop owners said the rise would keep customers away from the high street, which has "
    "already lost a dozen stores since the start of the year.",
    "The mayor said the money would pay for new bus lanes and two more park-and-ride sites on "
    "the edge of town, to open next spring.",
    "The new fees take effect on March 1, and residents' permits will not change until the "
    "end of the year, the council said.",
]
LANGUAGES = [("de", GERMAN, "Anzeige"), ("en", ENGLISH, "Advertisement")]


def paragraphs(text: list[str]) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in text)


def article_page(article: str, *, lang: str = "de", head: str = "") -> str:
    """A news site's page: its header and menu, the article in <main>, its footer."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Tageblatt</title>{head}</head><body><header><a href='/'>Tageblatt"
        "</a><nav><ul><li><a href='/politik'>Politik</a></li><li><a href='/wirtschaft'>"
        "Wirtschaft</a></li><li><a href='/sport'>Sport</a></li></ul></nav></header>"
        f"<main><article>{article}</article></main><footer><ul><li><a href='/impressum'>"
        "Impressum</a></li><li><a href='/datenschutz'>Datenschutz</a></li></ul></footer>"
        "</body></html>"
    )


# --- the text's last part in a box of its own, after an ad -----------------------------------


@pytest.mark.parametrize(("lang", "text", "ad"), LANGUAGES)
@pytest.mark.parametrize(
    "ad_box",
    [
        "<div class='ad'>{ad}</div>",
        "<div class='ad-container'><span>{ad}</span><div id='div-gpt-ad-1'></div></div>",
        "<div class='mrec'>{ad}</div>",  # named as nothing: its label says it
    ],
)
def test_the_text_s_last_paragraph_in_a_box_after_an_ad_is_kept(
    lang: str, text: list[str], ad: str, ad_box: str
) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(text[:3])}</div>"
        + ad_box.format(ad=ad)
        + f"<div class='text-block'><p>{text[3]}</p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


@pytest.mark.parametrize(("lang", "text", "ad"), LANGUAGES)
def test_an_ad_that_closes_the_text_s_box_parts_it_too(lang: str, text: list[str], ad: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(text[:3])}"
        f"<div class='ad-slot'></div></div><div class='text-block'><p>{text[3]}</p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


def test_a_box_after_the_text_without_an_ad_between_stays_apart() -> None:
    # a note after the text reads as sentences too: only an ad says the text goes on
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN[:3])}</div>"
        f"<div class='text-block'><p>{GERMAN[3]}</p></div>"
    )
    assert texts(parse(html)) == GERMAN[:3]


def test_a_box_of_links_after_an_ad_is_not_the_text_s() -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN[:3])}</div>"
        "<div class='ad'>Anzeige</div><div class='more'><p><a href='/a'>Heizkosten: So sparen "
        "Sie beim Heizen im Winter.</a></p><p><a href='/b'>Strompreise: Was Verbraucher jetzt "
        "wissen müssen.</a></p></div>"
    )
    assert texts(parse(html)) == GERMAN[:3]


# --- a subscription's offer after a teaser, in a box not named as a paywall --------------------

OFFERS = [
    (
        "de",
        GERMAN,
        "<div class='plus-box'><h3>Weiterlesen mit Tageblatt Plus</h3><p>Jetzt abonnieren und "
        "alle Artikel lesen.</p><p>Nur 9,99 € pro Monat, monatlich kündbar</p>"
        "<a class='button' href='/abo'>Abo abschließen</a></div>",
    ),
    (
        "en",
        ENGLISH,
        "<div class='premium-offer'><h3>Continue reading</h3><p>Get unlimited access to every "
        "story.</p><p>$4.99 per month, cancel anytime</p><button>Subscribe now</button></div>",
    ),
    (
        "fr",
        ENGLISH,
        "<section class='offre'><p>Cet article est réservé aux abonnés.</p><p>1 € le premier "
        "mois</p><a href='/offre'>Je m'abonne</a> <a href='/abonnement'>Voir l'abonnement</a>"
        "</section>",
    ),
]


@pytest.mark.parametrize(("lang", "text", "offer"), OFFERS)
def test_an_offer_closing_the_text_s_box_is_dropped_and_said(
    lang: str, text: list[str], offer: str
) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(text[:2])}{offer}</div>",
        lang=lang,
    )
    with pytest.warns(NewsdocWarning, match="subscription"):
        article = newsdoc.parse_html(html)
    assert texts(article) == text[:2]


@pytest.mark.parametrize(("lang", "text", "offer"), OFFERS)
def test_an_offer_after_the_text_s_box_is_said(lang: str, text: list[str], offer: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(text[:2])}</div>{offer}",
        lang=lang,
    )
    with pytest.warns(NewsdocWarning, match="subscription"):
        article = newsdoc.parse_html(html)
    assert texts(article) == text[:2]


def quiet(html: str) -> list[str]:
    """The text of a page that must raise no warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsdocWarning)
        return texts(newsdoc.parse_html(html))


LONG_GERMAN = [f"{paragraph} {paragraph}" for paragraph in GERMAN]


@pytest.mark.parametrize(
    "box",
    [
        # a newsletter's sign-up names no price
        "<div class='box'><h3>Unser Newsletter</h3><p>Jeden Morgen um 6 Uhr die wichtigsten "
        "Nachrichten.</p><a href='/nl'>Jetzt abonnieren</a></div>",
        # other stories' titles name their prices in their links
        "<div class='box'><h3>Mehr zum Thema</h3><p><a href='/a'>Netflix: Das Abo kostet bald "
        "13,99 €</a></p><p><a href='/b'>Streaming: Welches Abo lohnt sich für 5 €?</a></p></div>",
    ],
)
def test_a_box_that_offers_no_subscription_is_no_paywall(box: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(LONG_GERMAN)}</div>{box}"
    )
    assert quiet(html) == LONG_GERMAN


def test_a_paragraph_on_a_subscription_s_price_is_the_text_s() -> None:
    last = (
        "Das Abo kostet künftig 13,99 € im Monat, <a href='https://netflix.example'>teilte "
        "Netflix mit</a>."
    )
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>"
        + "".join(f"<div class='paragraph'><p>{p}</p></div>" for p in LONG_GERMAN)
        + f"<div class='paragraph'><p>{last}</p></div></div>"
    )
    found = quiet(html)
    assert found[:-1] == LONG_GERMAN
    assert found[-1].startswith("Das Abo kostet")


# --- a short dek printed as a heading under the headline -------------------------------------

DEKS = [
    ("de", GERMAN, "Verbraucherschützer raten zum Anbieterwechsel"),
    ("en", ENGLISH, "Shop owners fear for the high street"),
    ("es", ENGLISH, "Los comerciantes temen por el centro de la ciudad"),
]


@pytest.mark.parametrize(("lang", "text", "dek"), DEKS)
@pytest.mark.parametrize(
    "head",
    [
        "<header><h1>{headline}</h1><h2>{dek}</h2></header>",
        # named as a teaser (a German page's "Teaser"), a byline and a date after it
        "<header><h1>{headline}</h1><h2 class='teaser'>{dek}</h2><p class='byline'>Von Anna "
        "Schmidt</p><time datetime='2020-01-02'>2. Januar 2020</time></header>",
        "<div class='article-head'><hgroup><h1>{headline}</h1><h3>{dek}</h3></hgroup></div>",
        # in the text's box, above the text's own
        "<h1>{headline}</h1><h2>{dek}</h2><p class='byline'>Von Anna Schmidt</p>",
    ],
)
def test_a_short_dek_printed_as_a_heading_under_the_headline_is_the_subheadline(
    lang: str, text: list[str], dek: str, head: str
) -> None:
    # (as a dek is wherever the page prints it: metadata, not a line of the text)
    html = article_page(
        head.format(headline=HEADLINE, dek=dek)
        + f"<div class='article-body'>{paragraphs(text)}</div>",
        lang=lang,
    )
    article = parse(html)
    assert article.subheadline == dek
    assert texts(article) == text


def test_a_heading_over_the_text_in_the_headline_s_box_opens_its_first_section() -> None:
    # the headline's box holds the paragraphs: the heading is a section's, no dek
    html = article_page(
        f"<h1>{HEADLINE}</h1><h2>Was Kunden jetzt tun können</h2>{paragraphs(GERMAN)}"
    )
    article = parse(html)
    assert article.subheadline is None
    assert texts(article) == ["Was Kunden jetzt tun können", *GERMAN]


@pytest.mark.parametrize(
    "heading",
    [
        "Politik",  # a section's label, no dek
        "<a href='/thema/energie'>Mehr zum Thema Energiepreise hier</a>",  # a link
    ],
)
def test_a_label_or_a_link_under_the_headline_is_no_dek(heading: str) -> None:
    html = article_page(
        f"<header><h1>{HEADLINE}</h1><h2>{heading}</h2></header>"
        f"<div class='article-body'>{paragraphs(GERMAN)}</div>"
    )
    article = parse(html)
    assert article.subheadline is None
    assert texts(article) == GERMAN


def test_a_longer_heading_under_the_headline_is_no_dek() -> None:
    # a line of 100 characters or more: a standfirst when prose, else no line of the page's
    heading = (
        "EILMELDUNG: Stadtwerke erhöhen den Gaspreis um 30.5 Prozent für alle Haushaltskunden "
        "in der Stadt und im Landkreis"
    )
    html = article_page(
        f"<header><h1>{HEADLINE}</h1><h2>{heading}</h2></header>"
        f"<div class='article-body'>{paragraphs(GERMAN)}</div>"
    )
    assert parse(html).subheadline is None


# --- a box set apart inside the text, in an <aside> ------------------------------------------

INFO = (
    "Die Stadtwerke München versorgen rund 800.000 Haushalte mit Gas. Das Unternehmen gehört "
    "zu hundert Prozent der Stadt."
)


@pytest.mark.parametrize("after", [False, True])
@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("de", GERMAN, "<h3>Hintergrund</h3>"),
        ("de", GERMAN, "<h4>Info</h4>"),
        ("de", GERMAN, "<p><strong>Fazit:</strong></p>"),
        ("de", GERMAN, "<div class='box-title'><span>Zur Person</span></div>"),
        ("en", ENGLISH, "<h3>Background</h3>"),
        ("fr", ENGLISH, "<h3>Repères</h3>"),
    ],
)
def test_an_info_box_between_the_text_s_paragraphs_or_after_its_box_is_read_with_it(
    lang: str, text: list[str], label: str, after: bool
) -> None:
    box = f"{label}<p>{INFO}</p>"
    rest = [] if after else text[2:]
    if after:
        # a review's verdict, a note on the person after an interview: a box of its own
        body = f"<div class='article-body'>{paragraphs(text)}</div><div class='verdict'>{box}</div>"
    else:
        body = (
            f"<div class='article-body'>{paragraphs(text[:2])}<aside class='infobox'>{box}"
            f"</aside>{paragraphs(rest)}</div>"
        )
    found = texts(parse(article_page(f"<h1>{HEADLINE}</h1>{body}", lang=lang)))
    assert found[:2] == text[:2]
    assert found[-1 - len(rest) :] == [INFO, *rest]


@pytest.mark.parametrize(
    "aside",
    [
        # other stories, a pull quote: no label of a box of the text
        "<aside><h3>Mehr zum Thema</h3><ul><li><a href='/a'>Heizkosten: So sparen Sie beim "
        "Heizen im Winter</a></li></ul></aside>",
        "<aside class='pullquote'><p>»Wir haben die Erhöhung so lange wie möglich "
        "hinausgezögert.«</p></aside>",
        # an info label over links
        "<aside><h3>Info</h3><p><a href='/a'>Alle Artikel zu den Gaspreisen im Überblick und "
        "die Tarife der Stadtwerke im Vergleich</a></p></aside>",
    ],
)
def test_an_aside_that_is_no_box_of_the_text_stays_out(aside: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN[:2])}{aside}"
        f"{paragraphs(GERMAN[2:])}</div>"
    )
    assert texts(parse(html)) == GERMAN


def test_an_info_box_in_the_page_s_sidebar_is_not_the_text_s() -> None:
    # beside the article, not between the text's paragraphs
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN)}</div>"
        f"<aside class='infobox'><h3>Info</h3><p>{INFO}</p></aside>"
    )
    assert texts(parse(html)) == GERMAN


@pytest.mark.parametrize(
    "box",
    [
        # a box of links under an info label; a box that opens with no such label
        "<div class='box'><h3>Info</h3><p><a href='/a'>Alle Artikel zu den Gaspreisen im "
        "Überblick und die Tarife der Stadtwerke im Vergleich</a></p></div>",
        f"<div class='box'><h3>Mehr aus München</h3><p>{INFO}</p></div>",
    ],
)
def test_a_box_after_the_text_s_box_without_an_info_label_stays_out(box: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN)}</div>{box}"
    )
    assert texts(parse(html)) == GERMAN


# --- a list of facts (<dl>) on an event's page --------------------------------------------

EVENT = [
    "Der Musikverein Musterstadt lädt zu seinem traditionellen Weihnachtskonzert ein. Auf dem "
    "Programm stehen Werke von Bach, Händel und bekannte Weihnachtslieder zum Mitsingen.",
    "Karten gibt es im Vorverkauf bei der Buchhandlung am Markt und an der Abendkasse.",
]
FACTS = {
    "de": [
        ("Datum", "Sonntag, 17. Dezember 2023"),
        ("Uhrzeit", "17:00 Uhr"),
        ("Ort", "Stadthalle Musterstadt"),
        ("Eintritt", "12 €, ermäßigt 8 €"),
    ],
    "en": [
        ("Date", "Sunday, 17 December 2023"),
        ("Time", "5 pm"),
        ("Venue", "Town Hall, Market Square"),
        ("Tickets", "£12, concessions £8"),
    ],
}


def facts(lang: str, colon: str = "") -> str:
    return "<dl>" + "".join(f"<dt>{t}{colon}</dt><dd>{d}</dd>" for t, d in FACTS[lang]) + "</dl>"


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("colon", ["", ":"])
def test_a_list_of_facts_above_the_text_is_read_as_rows(lang: str, colon: str) -> None:
    html = article_page(
        f"<h1>Weihnachtskonzert</h1>{facts(lang, colon)}"
        f"<div class='text'>{paragraphs(EVENT)}</div>",
        lang=lang,
    )
    article = parse(html)
    rows = [f"{t} | {d}" for t, d in FACTS[lang]]
    assert texts(article) == [*rows, *EVENT]
    assert {p.kind.name for p in article.paragraphs[:4]} == {"TABLE_ROW"}


def test_a_list_of_facts_after_the_text_keeps_its_date() -> None:
    html = article_page(
        f"<h1>Weihnachtskonzert</h1><div class='text'>{paragraphs(EVENT)}</div>{facts('de')}"
    )
    assert texts(parse(html)) == [*EVENT, *(f"{t} | {d}" for t, d in FACTS["de"])]


def test_a_glossary_of_paragraphs_is_read_as_blocks() -> None:
    glossary = (
        "<dl><dt>Grundpreis</dt><dd><p>Der feste Betrag, den Kunden jeden Monat zahlen, "
        "unabhängig vom Verbrauch.</p></dd><dt>Arbeitspreis</dt><dd><p>Der Preis für jede "
        "verbrauchte Kilowattstunde Gas.</p></dd></dl>"
    )
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='text'>{paragraphs(GERMAN)}{glossary}</div>"
    )
    found = texts(parse(html))
    assert found[-4:] == [
        "Grundpreis",
        "Der feste Betrag, den Kunden jeden Monat zahlen, unabhängig vom Verbrauch.",
        "Arbeitspreis",
        "Der Preis für jede verbrauchte Kilowattstunde Gas.",
    ]


def test_a_cms_s_box_of_details_without_terms_stays_out() -> None:
    # Joomla's "article-info": one term over the article's details, no list of facts
    html = article_page(
        f"<h1>{HEADLINE}</h1><dl class='article-info muted'><dt>Details</dt><dd>Geschrieben "
        "von Admin</dd><dd>Veröffentlicht: 12. Januar 2023</dd><dd>Zugriffe: 234</dd></dl>"
        f"<div itemprop='articleBody'>{paragraphs(GERMAN)}</div>"
    )
    assert texts(parse(html)) == GERMAN


@pytest.mark.parametrize("cls", ["event-description", "product-description", "intro"])
def test_a_box_of_paragraphs_named_as_a_description_is_no_dek(cls: str) -> None:
    html = article_page(f"<h1>{HEADLINE}</h1><div class='{cls}'>{paragraphs(EVENT)}</div>")
    article = parse(html)
    assert article.subheadline is None
    assert texts(article) == EVENT


def test_a_paragraph_named_as_a_description_is_still_the_dek() -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><p class='event-description'>{EVENT[1]}</p>"
        f"<div class='text'><p>{EVENT[0]}</p></div>"
    )
    assert parse(html).subheadline == EVENT[1]


# --- a source's label before agencies alone, closing the text ------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "credit"),
    [
        ("de", GERMAN, "Quelle: dpa"),
        ("de", GERMAN, "Quellen: dpa, AFP"),
        ("en", ENGLISH, "Source: AFP and Reuters"),
        ("es", ENGLISH, "Fuente: EFE"),
        # (labels of the bylines' list, source_labels of byline_words.json, read here too)
        ("no", ENGLISH, "Kilde: Reuters"),
        ("sv", ENGLISH, "Källa: AFP"),
        ("hu", ENGLISH, "Forrás: AP"),
    ],
)
def test_a_source_line_of_agencies_is_no_text(lang: str, text: list[str], credit: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(text)}<p>{credit}</p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


@pytest.mark.parametrize("source", ["Quelle: Statistisches Bundesamt", "Quelle: eigene Recherche"])
def test_a_source_line_of_other_sources_stays(source: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN)}<p>{source}</p></div>"
    )
    assert texts(parse(html)) == [*GERMAN, source]


# --- a press release's notes about the company over its contact, without a rule ---------------

RELEASES = [
    (
        "de",
        GERMAN,
        "<p><strong>Über die Stadtwerke München</strong><br>Die Stadtwerke München (SWM) sind "
        "eines der größten kommunalen Unternehmen Deutschlands. Sie versorgen die Stadt mit "
        "Strom, Gas, Wärme und Wasser.</p>",
        "<p><strong>Pressekontakt:</strong><br>Stadtwerke München GmbH<br>Anna Schmidt<br>"
        "Tel.: 089 2361-5042<br>E-Mail: presse@swm.example</p>",
    ),
    (
        "en",
        ENGLISH,
        "<h3>About Riverton City Council</h3><p>Riverton City Council serves 120,000 residents "
        "and runs the town's roads, parks and parking.</p>",
        "<p>Media contact:</p><p>Jane Roe<br>+44 20 7946 0000<br>press@riverton.example</p>",
    ),
]


@pytest.mark.parametrize(("lang", "text", "about", "contact"), RELEASES)
def test_the_notes_about_the_company_over_its_contact_go_with_it(
    lang: str, text: list[str], about: str, contact: str
) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='release'>{paragraphs(text)}{about}{contact}</div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


def test_a_section_about_a_study_at_the_text_s_end_without_a_contact_stays() -> None:
    about = (
        "<h3>Über die Studie</h3><p>Für die Studie wurden 2.000 Haushalte in München befragt, "
        "repräsentativ für die Stadt.</p>"
    )
    html = article_page(f"<h1>{HEADLINE}</h1><div class='text'>{paragraphs(GERMAN)}{about}</div>")
    assert texts(parse(html))[-2:] == [
        "Über die Studie",
        "Für die Studie wurden 2.000 Haushalte in München befragt, repräsentativ für die Stadt.",
    ]


# --- a job posting's lists ----------------------------------------------------------------

TASKS = ["Kreditorenbuchhaltung", "Zahlungsverkehr", "Mitarbeit beim Monatsabschluss"]


def test_a_list_item_that_opens_with_a_credit_s_word_is_the_text_s() -> None:
    # "Mitarbeit" credits a story's helpers only before a colon or "von"
    items = "".join(f"<li>{task}</li>" for task in TASKS)
    html = article_page(
        f"<h1>Sachbearbeiter (m/w/d) Buchhaltung</h1><div class='job'><p>{GERMAN[0]}</p>"
        f"<h2>Ihre Aufgaben</h2><ul>{items}</ul><p>{GERMAN[1]}</p></div>"
    )
    assert texts(parse(html)) == [GERMAN[0], "Ihre Aufgaben", *TASKS, GERMAN[1]]


@pytest.mark.parametrize("credit", ["Mitarbeit: Paul Roe", "Mitarbeit von Paul Roe und Ann Lee"])
def test_a_credit_to_the_story_s_helpers_is_no_text(credit: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN)}<p>{credit}</p></div>"
    )
    assert texts(parse(html)) == GERMAN


# --- a copyright mark that opens words of the text ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "<p>Copyright-Verletzungen werden verfolgt, warnt der Verband.</p>",
        "<h2>Copyright und Urheberrecht</h2>",
    ],
)
def test_a_word_or_a_heading_that_opens_with_copyright_is_the_text_s(line: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN[:2])}{line}"
        f"{paragraphs(GERMAN[2:])}</div>"
    )
    found = texts(parse(html))
    assert len(found) == 5
    assert found[2].startswith("Copyright")


@pytest.mark.parametrize("line", ["Copyright © 2023 Tageblatt", "Copyright beim Autor"])
def test_a_copyright_line_is_still_no_text(line: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-body'>{paragraphs(GERMAN)}<p>{line}</p></div>"
    )
    assert texts(parse(html)) == GERMAN


# --- a club's page: a fee line is no forum poster's field --------------------------------


@pytest.mark.parametrize(
    "line",
    ["Beiträge: Erwachsene 60 Euro, Kinder 30 Euro", "Posts: two a week, more in summer 2024"],
)
def test_a_line_of_words_after_a_poster_s_field_is_the_text_s(line: str) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='text'>{paragraphs(GERMAN[:2])}<p>{line}</p>"
        f"{paragraphs(GERMAN[2:])}</div>"
    )
    assert texts(parse(html)) == [*GERMAN[:2], line, *GERMAN[2:]]


def test_a_poster_s_fields_with_counts_stay_out() -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='text'>{paragraphs(GERMAN[:2])}"
        f"<p>Beiträge: 1.234<br>Mitglied seit: 12. März 2010</p>{paragraphs(GERMAN[2:])}</div>"
    )
    assert texts(parse(html)) == GERMAN


# --- an event's facts in boxes named as a post's furniture ("event-meta") --------------------


def events_calendar_page(lang: str, description: list[str]) -> str:
    """An event as WordPress's The Events Calendar prints it: no <article>, the headline in
    the event's box, its description, then its facts in a box named "...-event-meta"."""
    facts = "".join(
        f"<dt class='tribe-events-start-{t.casefold()}-label'>{t}:</dt><dd><div "
        f"class='tribe-events-abbr tribe-events-start-date published dtstart'>{d}</div></dd>"
        for t, d in FACTS[lang][:3]
    )
    return (
        f"<html lang='{lang}'><head><title>Konzert</title></head><body><header><nav><a "
        "href='/'>Start</a> <a href='/termine'>Termine</a></nav></header><main><div "
        "id='tribe-events-content' class='tribe-events-single'><h1 "
        "class='tribe-events-single-event-title'>Konzert</h1><div class='tribe-events-single-"
        f"event-description tribe-events-content'>{paragraphs(description)}</div><div "
        "class='tribe-events-single-section tribe-events-event-meta primary tribe-clearfix'>"
        "<div class='tribe-events-meta-group tribe-events-meta-group-details'><h2>Details</h2>"
        f"<dl>{facts}</dl></div></div></div></main><footer><a href='/impressum'>Impressum</a>"
        "</footer></body></html>"
    )


@pytest.mark.parametrize(("lang", "description"), [("de", EVENT), ("en", ENGLISH[:2])])
def test_an_event_s_facts_in_its_meta_box_are_the_page_s(lang: str, description: list[str]) -> None:
    found = texts(parse(events_calendar_page(lang, description)))
    assert found == [*description, "Details", *(f"{t} | {d}" for t, d in FACTS[lang][:3])]


def test_a_post_s_meta_box_is_still_chrome() -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='entry-meta'><span class='posted-on'>8. Dezember "
        "2010</span> von <span class='author'>Anna Schmidt</span></div>"
        f"<div class='entry-content'>{paragraphs(GERMAN)}</div>"
    )
    assert texts(parse(html)) == GERMAN


def test_a_table_beside_the_text_outside_the_headline_s_box_stays_out() -> None:
    # the box that holds the headline is the article's; a box of rows beside it is not
    rows = "".join(
        f"<tr><td>{city}</td><td>{n}</td></tr>" for city, n in [("Köln", 3), ("Bonn", 2)]
    )
    html = (
        "<html lang='de'><head><title>Stadtwerke</title></head><body><div class='page'>"
        f"<div class='story'><h1>Stadtwerke</h1><div class='text'>{paragraphs(GERMAN)}</div>"
        f"</div><div class='box'><table><tr><th>Stadt</th><th>Spiele</th></tr>{rows}</table>"
        "</div></div></body></html>"
    )
    assert texts(parse(html)) == GERMAN


# --- the text's last part after another box set into it ---------------------------------

SET_IN = [
    (
        "de",
        GERMAN,
        "<div class='newsletter-box'><h3>Newsletter</h3><p>Die wichtigsten Nachrichten jeden "
        "Morgen.</p><form><input type='email'><button>Abonnieren</button></form></div>",
    ),
    (
        "en",
        ENGLISH,
        "<div class='video-player'><video src='/v.mp4'></video><p class='video-caption'>Video: "
        "How the new fees work</p></div>",
    ),
]


@pytest.mark.parametrize(("lang", "text", "box"), SET_IN)
def test_the_text_s_last_part_named_as_its_own_after_a_box_set_in_is_kept(
    lang: str, text: list[str], box: str
) -> None:
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-content'>{paragraphs(text[:3])}</div>{box}"
        f"<div class='article-content-rest'><p>{text[3]}</p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


@pytest.mark.parametrize("name", ["more", "post-body-bio"])
def test_a_box_after_one_set_in_not_named_as_the_text_stays_out(name: str) -> None:
    # a note or the author's bio after the share buttons: not named as the text's
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='article-content'>{paragraphs(GERMAN[:3])}</div>"
        f"<div class='share-box'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a></div>"
        f"<div class='{name}'><p>{GERMAN[3]}</p></div>"
    )
    assert texts(parse(html)) == GERMAN[:3]


@pytest.mark.parametrize(
    ("lang", "text", "heading"),
    [
        ("de", GERMAN, "Was Kunden jetzt tun können"),
        ("en", ENGLISH, "How the vote went"),
        ("es", ENGLISH, "Cómo fue la votación"),
    ],
)
def test_a_heading_over_the_text_s_box_beside_the_headline_opens_its_first_section(
    lang: str, text: list[str], heading: str
) -> None:
    # no <header> or <hgroup> around the headline, no byline after the heading, and the
    # text's box right after it: the heading is its first section's, no dek
    html = article_page(
        f"<h1>{HEADLINE}</h1><h2>{heading}</h2><div class='body'>{paragraphs(text)}</div>",
        lang=lang,
    )
    article = parse(html)
    assert article.subheadline != heading
    assert texts(article) == [heading, *text]


@pytest.mark.parametrize(
    ("lang", "text", "ad", "note"),
    [
        ("en", ENGLISH, "Advertisement", "Our journalism depends on readers like you. Support "
         "independent reporting today and help us keep our stories free for everyone."),
        ("en", ENGLISH, "Advertisement", "Jane Doe is a reporter covering city hall. She joined "
         "the paper in 2015 and lives in the city with her family."),
        ("de", GERMAN, "Anzeige", "Unser Journalismus lebt von Lesern wie Ihnen. Unterstützen "
         "Sie unabhängige Berichterstattung und helfen Sie uns, frei zugänglich zu bleiben."),
    ],
)  # fmt: skip
def test_a_note_of_another_kind_after_an_ad_is_not_the_text_s(
    lang: str, text: list[str], ad: str, note: str
) -> None:
    # a box of sentences after an ad, neither of the text's box's kind nor named as
    # content: an appeal or a bio on its own
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='story'>{paragraphs(text)}</div>"
        f"<div class='ad-slot'>{ad}</div><div class='box'><p>{note}</p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


@pytest.mark.parametrize(("lang", "text", "ad"), LANGUAGES)
def test_a_box_of_the_text_s_kind_after_an_ad_is_the_text_s(
    lang: str, text: list[str], ad: str
) -> None:
    # the text parted into boxes of one kind (tag and class), not named as content
    html = article_page(
        f"<h1>{HEADLINE}</h1><div class='story'>{paragraphs(text[:3])}</div>"
        f"<div class='ad-slot'>{ad}</div><div class='story'><p>{text[3]}</p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == text


@pytest.mark.parametrize(
    ("lang", "tickets"), [("de", "Karten an der Abendkasse"), ("en", "Tickets at the door")]
)
def test_a_value_of_blocks_in_a_list_of_facts_is_its_shown_text(lang: str, tickets: str) -> None:
    # a description in boxes of its own, with a script, a style and a hidden box among them:
    # only what the page shows, a blank between the boxes
    (term, date), *rest = FACTS[lang]
    value = (
        f"<div>{date}</div><script>var tracking = 1;</script><style>.x{{color:red}}</style>"
        f"<div style='display:none'>HIDDEN TEXT</div><div>{tickets}</div>"
    )
    dl = (
        f"<dl><dt>{term}</dt><dd>{value}</dd>"
        + "".join(f"<dt>{t}</dt><dd>{d}</dd>" for t, d in rest)
        + "</dl>"
    )
    html = article_page(
        f"<h1>Weihnachtskonzert</h1>{dl}<div class='text'>{paragraphs(EVENT)}</div>", lang=lang
    )
    found = texts(parse(html))
    assert found[0] == f"{term} | {date} {tickets}"
    assert found[1:] == [*(f"{t} | {d}" for t, d in rest), *EVENT]


@pytest.mark.parametrize(
    ("value", "ad"),
    [
        ("ad-slot", True),
        ("advertisement-box", True),
        ("werbung", True),
        ("anzeigen-container", True),
        ("reklam-alani", True),  # Turkish
        ("reklama", True),  # Polish
        ("reclame", True),  # Dutch
        ("publicidad-top", True),
        ("no-ads", False),
        ("address", False),
        ("reklamation-form", False),  # German: a complaint's form
        ("reclamation", False),  # English
    ],
)
def test_an_ad_s_box_is_named_by_whole_words_or_their_starts(value: str, ad: bool) -> None:
    assert names_ad(etree.fromstring(f"<div class='{value}'/>")) is ad


# --- an event's day and facts on lines of their own above the text -------------------------


def _event_page(lines: list[str], lang: str = "de") -> str:
    return article_page(
        f"<h1>Weihnachtskonzert</h1><div class='text'>{paragraphs(lines)}{paragraphs(EVENT)}</div>",
        lang=lang,
    )


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("de", [f"<strong>{t}:</strong> {d}" for t, d in FACTS["de"]]),
        ("en", [f"{t}: {d}" for t, d in FACTS["en"]]),
        ("de", ["Wann: Sonntag, 17. Dezember 2023, 17 Uhr", "Wo: Stadthalle Musterstadt"]),
        # the day alone over the event's place
        ("de", ["Sonntag, 17. Dezember 2023", "Ort: Stadthalle Musterstadt"]),
        ("fr", ["Date : dimanche 17 décembre 2023", "Lieu : salle des fêtes"]),
    ],
)
def test_an_event_s_day_and_facts_above_the_text_are_the_text_s(
    lang: str, lines: list[str]
) -> None:
    found = texts(parse(_event_page(lines, lang)))
    printed = [
        " ".join(line.replace("<strong>", "").replace("</strong>", "").split()) for line in lines
    ]
    assert found == [*printed, *EVENT]


@pytest.mark.parametrize(
    "lines",
    [
        # a news page's date and byline: no event's fact among them
        ["Datum: 17.12.2023", "Autor: Max Muster"],
        ["Sonntag, 17. Dezember 2023", "Von Max Muster"],
        # a stamp beside an event's label is still a stamp
        ["Veröffentlicht am 17.12.2023"],
    ],
)
def test_a_page_s_date_lines_above_the_text_stay_furniture(lines: list[str]) -> None:
    assert texts(parse(_event_page(lines))) == EVENT

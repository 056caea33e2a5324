"""A German news site's article page, as such sites print it, with no meta tags.

The headline is an ``<h2>`` (a kicker and the title), the ``<title>`` adds the
site's name, the article's ``<header>`` holds the standfirst, the author's
linked name and the date, the text comes in several boxes with a box of
related stories between them, and the last line credits the agency with the
editor's initials ("ans/dpa"), or the initials alone in brackets ("(thl)").
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from test_html_body_classes import parse, sentence, texts

import newsdoc
from newsdoc import NewsdocWarning

TITLE = "Stadtwerke erhöhen Gaspreis um 30 Prozent"
STANDFIRST = (
    "Die Stadtwerke München verlangen ab Januar deutlich mehr für Gas. Verbraucherschützer "
    "kritisieren die Erhöhung als überzogen – und raten zum Anbieterwechsel."
)
TEXT = [
    "Die Stadtwerke München erhöhen zum 1. Januar den Gaspreis für Haushaltskunden um "
    "durchschnittlich 30 Prozent. Ein Haushalt zahlt damit rund 400 Euro mehr im Jahr, wie das "
    "Unternehmen am Mittwoch mitteilte.",
    "Als Grund nannte ein Sprecher die gestiegenen Einkaufspreise an den Großhandelsmärkten. "
    "»Wir haben die Erhöhung so lange wie möglich hinausgezögert«, sagte er.",
    "Die Verbraucherzentrale Bayern hält die Erhöhung für überzogen. Die Großhandelspreise "
    "seien zuletzt wieder gefallen, sagte eine Sprecherin.",
    "Wer wechseln will, hat ein Sonderkündigungsrecht: Kunden können ihren Vertrag innerhalb "
    "von zwei Wochen nach Erhalt der Mitteilung kündigen.",
]


def news_page(
    *,
    title: str = f"Energiepreise: {TITLE} - DER SPIEGEL",
    credit: str = "ans/dpa",
    author: str = "<a href='/impressum/autor-1'>Von Anna Schmidt</a>",
    time: str = "<time datetime='2010-12-08 14:05:00'>08.12.2010, 14.05 Uhr</time>",
) -> str:
    first = "".join(f"<p>{text}</p>" for text in TEXT[:2])
    second = "".join(f"<p>{text}</p>" for text in TEXT[2:])
    return (
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title}</title>"
        "</head><body><header><a href='/'>DER SPIEGEL</a><nav><ul>"
        + "".join(f"<li><a href='/{s}/'>{s}</a></li>" for s in ("Politik", "Wirtschaft", "Sport"))
        + "</ul></nav></header><main><article><header>"
        "<h2><span>Energiepreise</span><span class='sr-only'>:</span> "
        f"<span>{TITLE}</span></h2>"
        f"<div class='RichText leading-loose'>{STANDFIRST}</div>"
        f"<div class='font-sansUI'>{author}</div>{time}</header>"
        f"<section data-area='body'><div class='RichText'>{first}</div>"
        "<div><span>Mehr zum Thema</span><ul><li><a href='/a'>Gaspreise: Was Verbraucher jetzt "
        "wissen müssen</a></li><li><a href='/b'>Heizkosten: So sparen Sie beim Heizen</a></li>"
        f"</ul></div><div class='RichText'>{second}</div>"
        f"<div class='RichText'><p>{credit}</p></div></section></article></main>"
        "<footer><ul><li><a href='/impressum'>Impressum</a></li><li><a href='/datenschutz'>"
        "Datenschutz</a></li></ul></footer></body></html>"
    )


def test_the_h2_that_prints_the_title_without_the_site_s_name_is_the_headline() -> None:
    article = parse(news_page())
    assert article.headline == f"Energiepreise: {TITLE}"


@pytest.mark.parametrize(
    "title",
    [
        f"Energiepreise: {TITLE} | Nachrichten aus Bayern",
        f"Süddeutsche Zeitung: Energiepreise: {TITLE}",
    ],
)
def test_the_site_s_name_may_stand_at_either_end_of_the_title(title: str) -> None:
    assert parse(news_page(title=title)).headline == f"Energiepreise: {TITLE}"


def test_an_h2_that_prints_only_part_of_the_title_is_not_the_headline() -> None:
    # the title's site part is long (more than a site's name): nothing to strip
    title = f"{TITLE} - die Nachrichten und Hintergründe des Tages aus München und der Region"
    assert parse(news_page(title=title)).headline == title


def test_the_date_in_the_article_s_own_header_is_read() -> None:
    article = parse(news_page())
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (
        2010,
        12,
        8,
    )


def test_the_date_in_the_article_s_header_is_read_without_a_headline_too() -> None:
    # a <title> that names no heading of the page: no headline element is found
    article = parse(news_page(title="Startseite"))
    assert article.published is not None
    assert article.published.day == 8


def test_a_date_in_the_site_s_header_is_still_not_the_article_s() -> None:
    logo = "<a href='/'>DER SPIEGEL</a>"
    html = news_page(title="Startseite", time="").replace(
        logo, f"{logo}<time>Mittwoch, 8. Dezember 2010</time>"
    )
    assert parse(html).published is None


def test_the_standfirst_above_a_linked_author_s_name_is_the_text_s() -> None:
    found = texts(parse(news_page()))
    assert found[0] == STANDFIRST
    assert found[1:5] == TEXT


def test_the_standfirst_above_an_unlinked_byline_too() -> None:
    found = texts(parse(news_page(author="Von Anna Schmidt")))
    assert found[0] == STANDFIRST


@pytest.mark.parametrize(
    "credit", ["ans/dpa", "dpa/AFP/jok", "(mrc/Reuters)", "AFP/dpa", "(thl)", "(red/dpa)"]
)
def test_an_agency_credit_with_the_editor_s_initials_is_dropped(credit: str) -> None:
    found = texts(parse(news_page(credit=credit)))
    assert found[-len(TEXT) :] == TEXT


@pytest.mark.parametrize(
    "line", ["SPD/CDU", "Berlin/München", "ANS/dpa Nachrichten", "(Fortsetzung folgt)", "thl"]
)
def test_a_short_line_of_other_words_and_slashes_stays(line: str) -> None:
    found = texts(parse(news_page(credit=line)))
    assert found[-1] == line


# --- a paywalled article: the text's first paragraphs, then the subscription's offer -------


def paywalled_page(paragraphs: list[str], offer: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<html lang='de'><head><title>Wohnungsmarkt: {TITLE} - Süddeutsche Zeitung</title>"
        "</head><body><header><a href='/'>SZ</a><nav><ul><li><a href='/politik'>Politik</a></li>"
        "<li><a href='/wirtschaft'>Wirtschaft</a></li></ul></nav></header><main><article>"
        "<header><h2><span>Wohnungsmarkt</span><span>" + TITLE + "</span></h2>"
        "<time datetime='2010-12-08 14:05:00'>8. Dezember 2010</time></header>"
        f"<div class='sz-article-body'>{text}</div>{offer}</article></main></body></html>"
    )


OFFER = (
    "<div class='sz-paywall'><h3>Jetzt weiterlesen mit SZ Plus</h3>"
    "<p>Alle Artikel lesen – ab 1 € im ersten Monat.</p><a href='/abo'>Jetzt testen</a></div>"
)


def test_a_heading_whose_spans_glue_a_kicker_to_the_title_is_the_headline() -> None:
    # "WohnungsmarktStadtwerke erhöhen ...": the <title>'s words are the headline's
    article = parse(paywalled_page(TEXT[:2], OFFER))
    assert article.headline == f"Wohnungsmarkt: {TITLE}"
    assert texts(article)[:2] == TEXT[:2]


def test_a_teaser_followed_by_a_paywall_s_offer_is_said_to_be_incomplete() -> None:
    with pytest.warns(NewsdocWarning, match="paywall"):
        newsdoc.parse_html(paywalled_page(TEXT[:2], OFFER))


def test_a_paywall_box_around_the_text_is_no_sign() -> None:
    # the text a subscription shows, in the page: inside the box, nothing after it
    html = paywalled_page(TEXT, "").replace("sz-article-body", "article-body paywall")
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsdocWarning)
        article = newsdoc.parse_html(html)
    assert texts(article) == TEXT


def test_a_whole_article_before_an_empty_paywall_box_is_no_teaser() -> None:
    long_text = [f"{paragraph} {sentence(i)}" for i, paragraph in enumerate(TEXT * 4)]
    html = paywalled_page(long_text, "<div class='paywall-placeholder'></div>")
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsdocWarning)
        newsdoc.parse_html(html)


# --- a standfirst printed as a heading ---------------------------------------------------


def standfirst_page(heading: str, *, description: str | None = None) -> str:
    described = description if description is not None else heading
    text = "".join(f"<p>{paragraph}</p>" for paragraph in TEXT)
    return (
        f"<html lang='de'><head><title>{TITLE}</title>"
        f"<meta name='description' content='{described}'></head><body><main><article>"
        f"<h1>{TITLE}</h1><h2 class='mainheadline'>{heading}</h2><p class='byline'>Von Anna "
        f"Schmidt</p><div class='text'>{text}</div></article></main></body></html>"
    )


def test_a_standfirst_printed_as_a_heading_is_the_text_s_first_lines() -> None:
    # the page's description, printed as an <h2> of sentences above the text
    found = texts(parse(standfirst_page(STANDFIRST)))
    assert found == [STANDFIRST, *TEXT]


def test_a_heading_that_repeats_the_description_but_is_no_prose_stays_out() -> None:
    # one line, no sentence's end inside it (a figure's decimal point is none)
    heading = (
        "EILMELDUNG: Stadtwerke erhöhen den Gaspreis um 30.5 Prozent für alle Haushaltskunden "
        "in der Stadt und im Landkreis"
    )
    assert len(heading) >= 100
    assert texts(parse(standfirst_page(heading))) == TEXT


# an SZ-like page: the article's header, the text's box and the offer's box side by side in
# the <article> the choice takes
SZ_PAGE = (Path(__file__).parent / "data" / "html" / "paywalled-teaser.html").read_text("utf-8")


def test_an_offer_in_the_text_s_own_box_is_dropped_and_said() -> None:
    with pytest.warns(NewsdocWarning, match="paywall"):
        article = newsdoc.parse_html(SZ_PAGE)
    found = texts(article)
    assert found[-1].endswith("Auch in Frankfurt und Hamburg")
    assert not any("SZ Plus" in line or "Abo" in line for line in found)


def test_a_paywall_box_of_the_text_s_paragraphs_stays() -> None:
    # the rest of the text in a box named so (the text a subscription shows, in the page)
    text = "".join(f"<p>{paragraph}</p>" for paragraph in TEXT[:2])
    rest = "".join(f"<p>{paragraph} {sentence(i)}</p>" for i, paragraph in enumerate(TEXT[2:]))
    html = (
        f"<html lang='de'><head><title>{TITLE}</title></head><body><main><article>"
        f"<h1>{TITLE}</h1><div class='body'>{text}<div class='paywall'>{rest}</div></div>"
        "</article></main></body></html>"
    )
    found = texts(parse(html))
    assert found[:2] == TEXT[:2]
    assert len(found) == len(TEXT)

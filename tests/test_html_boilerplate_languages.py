"""Chrome lines and labels of other stories in the languages of the held-out pages.

The body drops a line that is a site's label whatever box it sits in ("Nach oben", "Haut de
page") and a box or list of other stories under its label ("Verwandte Artikel"): the words
are data per language in ``body/boilerplate.json``; a sentence that uses them stays text.
"""

from __future__ import annotations

import pytest

import newsdoc

TEXT = "".join(
    f"<p>Absatz {i} des Artikels, lang genug, um laufender Text zu sein, mit einem Komma.</p>"
    for i in range(5)
)


def paragraphs(body: str, lang: str) -> list[str]:
    html = (
        f"<html lang='{lang}'><body><article><h1>Die Überschrift</h1>{body}</article>"
        "</body></html>"
    )
    article = newsdoc.parse(html.encode(), format="html", analyze=False)
    return [paragraph.text for paragraph in article.paragraphs]


def assert_dropped(line: str, lang: str) -> None:
    """``line``, between two runs of text, is dropped and the text kept."""
    found = paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", lang)
    assert len(found) == 10
    assert line not in found


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("de", "Nach oben"),
        ("de", "Zur Startseite"),
        ("de", "Zurück zur Übersicht"),
        ("de", "Newsletter abonnieren"),
        ("de", "Artikel versenden"),
        # the lines German themes of WordPress, Joomla and Contao print in the text's box
        ("de", "Zurück"),
        ("de", "« Zurück zur Übersicht"),
        ("de", "Drucken"),
        ("de", "Vorheriger Beitrag"),
        ("de", "Schreibe einen Kommentar"),
        ("de", "Keine Kommentare"),
        ("de", "Kategorie: Allgemein"),
        ("de", "Schlagwörter: Garten, Sommer"),
        ("de", "Ähnliche Beiträge"),
        ("de", "Beitrag teilen"),
        ("de", "Diese Seite weiterempfehlen"),
        ("de", "Ihr Browser unterstützt kein JavaScript."),
        ("de", "(Foto: Verein)"),
        ("de", "Inhaltsverzeichnis"),
        ("en", "Table of contents"),
        ("fr", "Haut de page"),
        ("fr", "Retour en haut"),
        ("es", "Volver arriba"),
        ("it", "Torna su"),
        ("nl", "Naar boven"),
    ],
)
def test_a_sites_label_is_no_text(lang: str, label: str) -> None:
    found = paragraphs(f"{TEXT}<p>{label}</p>{TEXT}", lang)
    assert found
    assert label not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach oben ging es für die Aktie am Montag, als die neuen Zahlen kamen.",
        "Zurück in die Heimat ging es für die Mannschaft erst am Montag.",
        "Diese Seite teilen sich drei Vereine, die sie gemeinsam pflegen.",
    ],
)
def test_a_sentence_with_the_labels_words_stays(sentence: str) -> None:
    assert sentence in paragraphs(f"{TEXT}<p>{sentence}</p>{TEXT}", "de")


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("de", "Verwandte Artikel"),
        ("de", "Ähnliche Artikel"),
        ("de", "Mehr zu diesem Thema"),
        ("es", "También te puede interesar"),
        ("it", "Articoli correlati"),
        ("nl", "Gerelateerde artikelen"),
        ("pl", "Zobacz też"),
    ],
)
def test_a_label_of_other_stories_takes_its_list(lang: str, label: str) -> None:
    stories = "".join(
        f"<li><a href='/story-{i}'>Eine andere Geschichte mit ihrem Titel Nummer {i}</a></li>"
        for i in range(4)
    )
    found = paragraphs(f"{TEXT}<h3>{label}</h3><ul>{stories}</ul>", lang)
    assert found
    assert label not in found
    assert not any("andere Geschichte" in text for text in found)


def _sentences(what: str, count: int) -> str:
    return "".join(
        f"<p>{what} Satz {i}, lang genug, um laufender Text zu sein, und mit einem Komma.</p>"
        for i in range(count)
    )


@pytest.mark.parametrize(
    "box",
    ["seitenleiste", "fusszeile", "empfehlungen", "werbung", "verwandt", "reklama", "publicidad"],
)
def test_german_chrome_boxes_are_no_article(box: str) -> None:
    # the box holds more running text than the article: its name alone says it is chrome
    body = f"<div class='{box}'>{_sentences('Anderes', 8)}</div>" + (
        f"<div class='beitrag'>{_sentences('Artikel', 5)}</div>"
    )
    html = f"<html lang='de'><body><h1>Die Überschrift</h1>{body}</body></html>"
    found = [p.text for p in newsdoc.parse(html.encode(), format="html").paragraphs]
    assert any(text.startswith("Artikel") for text in found)
    assert not any(text.startswith("Anderes") for text in found)


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("de", "bildunterschrift"),
        ("de", "bildtext"),
        ("fr", "legende-photo"),
        ("pt", "foto-legenda"),
        ("it", "didascalia"),
        ("es", "epigrafe"),
        ("nl", "onderschrift"),
    ],
)
def test_a_pictures_caption_named_in_the_pages_language_is_no_text(lang: str, name: str) -> None:
    caption = "Radfahrer auf der Hauptstraße, im Sommer fotografiert, bei bestem Wetter."
    body = (
        f"{TEXT}<div class='bild'><img src='/a.jpg' alt='Radfahrer'>"
        f"<div class='{name}'>{caption}</div></div>{TEXT}"
    )
    found = paragraphs(body, lang)
    assert len(found) == 10
    assert caption not in found


@pytest.mark.parametrize(
    ("lang", "credit"),
    [
        ("en", "Photo: Getty Images"),
        ("en", "Credit: Jane Roe/The Daily"),
        ("de", "Foto: dpa"),
        ("de", "Bild: Archiv/Schmidt"),
        ("fr", "Photo : AFP"),
        ("es", "Foto: EFE"),
        ("pl", "Fot. PAP"),
        ("ru", "Фото: ТАСС"),
        # a credit's own words in lower case
        ("de", "Foto: picture alliance / dpa"),
        ("de", "Foto: mit freundlicher Genehmigung"),
        ("en", "Photo: courtesy of the artist"),
    ],
)
def test_a_pictures_credit_left_in_the_text_is_no_text(lang: str, credit: str) -> None:
    assert_dropped(credit, lang)


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("pt", "Legenda: O presidente durante a cerimônia no Palácio do Planalto, em Brasília"),
        ("pt", "Legenda da foto, Manifestantes em frente ao Congresso Nacional"),
        ("it", "Didascalia: il sindaco all'inaugurazione del nuovo ponte sul fiume"),
        ("de", "Bildunterschrift: Der neue Hauptbahnhof am Abend, kurz vor der Eröffnung"),
    ],
)
def test_a_pictures_caption_left_in_the_text_under_its_label_is_no_text(
    lang: str, caption: str
) -> None:
    assert_dropped(caption, lang)


def test_a_sentence_that_opens_with_a_caption_word_stays() -> None:
    line = "Legendary is the word the mayor used for the new bridge over the river."
    assert line in paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", "en")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Bild: Der neue Spielplatz am Rathaus"),
        ("de", "Foto: Blick vom Turm auf die Altstadt"),
        ("en", "Photo: The new bridge at dusk"),
    ],
)
def test_a_caption_after_a_pictures_word_is_the_texts(lang: str, line: str) -> None:
    # it describes the picture (words in lower case of a sentence's kinds): no credit
    assert line in paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", lang)


def test_a_sentence_that_opens_with_a_pictures_word_stays() -> None:
    line = "Foto: Die neue Brücke über den Rhein am Abend."
    assert line in paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", "de")


@pytest.mark.parametrize(
    ("lang", "credit"),
    [
        ("fr", "Le Quotidien avec AFP"),
        ("fr", "Le Monde avec AFP et Reuters"),
        ("de", "Mit Material von dpa"),
        ("de", "(mit Material von dpa und AFP)"),
        ("es", "Con información de EFE y Europa Press"),
        ("pt", "Com informações da Lusa"),
        ("en", "With AP"),
        ("fr", "Le Monde avec AFP."),
        ("it", "Corriere della Sera con Ansa"),
    ],
)
def test_an_outlets_credit_to_the_agencies_is_no_text(lang: str, credit: str) -> None:
    assert_dropped(credit, lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "He met with AP reporters."),
        ("fr", "Il a parlé avec AFP hier"),
        # (a sentence that ends with the agency: a word in lower case and a full stop)
        ("en", "He spoke with Reuters."),
        ("de", "Er sprach mit dpa."),
        # (without its full stop: a word in lower case that is no name's particle)
        ("en", "He spoke with Reuters"),
        ("de", "Er sprach mit dpa"),
    ],
)
def test_a_sentence_with_an_agency_stays(lang: str, line: str) -> None:
    assert line in paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Síguenos en Twitter y Facebook"),
        ("en", "Follow us on Twitter and Facebook"),
        ("de", "Folgen Sie uns auf Facebook und Twitter"),
        ("fr", "Suivez-nous sur Twitter et Facebook"),
        ("es", "Síguenos en Twitter, Facebook e Instagram"),
        ("en", "Share this article on Facebook or Twitter"),
    ],
)
def test_a_follow_or_share_line_naming_several_networks_is_no_text(lang: str, line: str) -> None:
    assert_dropped(line, lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Riproduzione riservata"),
        ("es", "Derechos reservados. Prohibida su reproducción."),
        ("pt", "Reprodução proibida"),
    ],
)
def test_a_rights_line_without_its_mark_is_no_text(lang: str, line: str) -> None:
    assert_dropped(line, lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Advert"),
        ("en", "Ad"),
        ("es", "Anuncio"),
        ("ru", "Отзывы"),
        ("ru", "Добавить отзыв"),
        ("en", "This slideshow requires JavaScript."),
        ("en", "Please enable JavaScript to view the comments powered by Disqus."),
        ("de", "Bitte aktivieren Sie JavaScript, um diesen Inhalt zu sehen."),
        ("en", "Updated at 1:23 p.m."),
        ("de", "Aktualisiert um 14:05 Uhr"),
        ("fr", "Mis à jour à 14h05"),
    ],
)
def test_a_label_a_script_notice_or_the_pages_time_stamp_is_no_text(lang: str, line: str) -> None:
    assert_dropped(line, lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "The site requires JavaScript, a language of 1995, and runs it on every page."),
        # a bare time may head an entry of a page of updates (AP's "The Latest")
        ("en", "4:14 p.m."),
    ],
)
def test_a_sentence_on_javascript_or_a_bare_time_stays(lang: str, line: str) -> None:
    assert line in paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a label's word of another sense beside a number or before a colon: a year, an
        # announcement ("Ad" and "Anuncio" alone are labels)
        ("en", "AD 79"),
        ("es", "Anuncio: el Gobierno subirá el IVA en enero"),
        ("fr", "Annonce : la réforme des retraites est reportée"),
    ],
)
def test_a_labels_word_of_another_sense_with_more_stays(lang: str, line: str) -> None:
    assert line in paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", lang)


def test_a_sentence_about_reserved_rights_stays() -> None:
    line = "La SGAE gestiona los derechos reservados de los autores."
    assert line in paragraphs(f"{TEXT}<p>{line}</p>{TEXT}", "es")

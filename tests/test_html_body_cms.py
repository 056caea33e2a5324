"""The body finder on pages as the CMSs of the German web print them.

TYPO3, Contao, Joomla, Drupal, WordPress with its page builders, Jimdo and Wix
each wrap the text in boxes of their own: a section's heading in a box named
as its header, each row of a page builder numbered in its class, an
accordion's questions in buttons.  Each test builds a small page of one kind
(a club's page, a municipality's notice, an event, an FAQ) inside the chrome
such sites have, and checks what the body keeps and what it leaves out.
"""

from __future__ import annotations

from test_html_body_classes import parse, sentence, texts

_NAV = (
    "<nav><ul><li><a href='/'>Startseite</a></li><li><a href='/verein/'>Verein</a></li>"
    "<li><a href='/termine/'>Termine</a></li><li><a href='/kontakt/'>Kontakt</a></li></ul></nav>"
)
_FOOTER = (
    "<footer><p>Musterverein e.V. · Hauptstraße 1 · 12345 Musterstadt</p>"
    "<p><a href='/impressum/'>Impressum</a> | <a href='/datenschutz/'>Datenschutz</a></p></footer>"
)


def _site(main: str, *, header: str = "", footer: str = _FOOTER) -> str:
    return (
        "<html lang='de'><head><title>Musterverein</title></head><body>"
        f"<header id='page-header'>{header}{_NAV}</header><main>{main}</main>{footer}"
        "</body></html>"
    )


# --- a section's heading in a box named as its header --------------------------------------

_CLUB = [
    "Der Verein ist mit rund 1.400 Mitgliedern der größte Sportverein der Gemeinde, und in "
    "zwölf Abteilungen bieten wir Sport für alle Altersgruppen an.",
    "Gegründet wurde der Verein 1898 als Turnverein; nach dem Krieg kamen Fußball, "
    "Leichtathletik und Tischtennis hinzu.",
    "1974 bezog der Verein das Vereinsheim an der Bahnhofstraße, das 2019 saniert wurde.",
]


def _typo3_frame(heading: str, paragraph: str, number: int) -> str:
    return (
        f"<div id='c{number}' class='frame frame-default frame-type-text frame-layout-0'>"
        "<div class='frame-container'><div class='frame-inner'>"
        f"<header class='frame-header'><h2 class='element-header'><span>{heading}</span></h2>"
        f"</header><p>{paragraph}</p></div></div></div>"
    )


def test_a_typo3_sections_heading_in_its_frame_header_is_kept() -> None:
    frames = "".join(
        _typo3_frame(heading, paragraph, i)
        for i, (heading, paragraph) in enumerate(
            zip(["Wir", "Geschichte", "Vereinsheim"], _CLUB, strict=True)
        )
    )
    found = texts(parse(_site(f"<h1>Über uns</h1>{frames}")))
    assert found == ["Wir", _CLUB[0], "Geschichte", _CLUB[1], "Vereinsheim", _CLUB[2]]


def test_a_jimdo_heading_module_is_kept() -> None:
    modules = (
        "<div id='cc-m-1' class='j-module n j-header'><h1>Leistungen</h1></div>"
        f"<div id='cc-m-2' class='j-module n j-text'><p>{_CLUB[0]}</p></div>"
        "<div id='cc-m-3' class='j-module n j-header'><h2>Unsere Preise</h2></div>"
        f"<div id='cc-m-4' class='j-module n j-text'><p>{_CLUB[1]}</p><p>{_CLUB[2]}</p></div>"
    )
    found = texts(parse(_site(f"<div id='content_area'>{modules}</div>")))
    assert "Unsere Preise" in found
    assert found[-3:] == ["Unsere Preise", _CLUB[1], _CLUB[2]]


def test_a_box_named_as_a_header_with_more_than_a_heading_stays_out() -> None:
    # a card's header over a box of links is the card's, as before
    side = (
        "<div class='card-header'><h3>Nächste Termine</h3></div>"
        "<div class='page-header'><h3>Aktuelles</h3><p>Heute geöffnet</p></div>"
    )
    frames = "".join(_typo3_frame(f"Teil {i}", p, i) for i, p in enumerate(_CLUB))
    found = texts(parse(_site(f"<h1>Über uns</h1>{frames}<div>{side}</div>")))
    assert "Nächste Termine" not in found and "Aktuelles" not in found


# --- an accordion's questions, printed in buttons ---------------------------------------------

_FAQ = [
    (
        "Wie melde ich mich für einen Kurs an?",
        "Sie können sich online, telefonisch oder "
        "persönlich in der Geschäftsstelle anmelden; die Anmeldung ist verbindlich.",
    ),
    (
        "Kann ich einen Kurs stornieren?",
        "Eine kostenfreie Abmeldung ist bis sieben Tage vor "
        "Kursbeginn möglich, danach berechnen wir eine Gebühr von 10 Euro.",
    ),
    (
        "Gibt es Ermäßigungen?",
        "Schülerinnen, Studierende und Inhaber der Sozialkarte erhalten "
        "50 Prozent Ermäßigung auf die meisten Kurse des Programms.",
    ),
]


def _accordion(title_box: str, *, expanded: bool = True) -> str:
    aria = " aria-expanded='false'" if expanded else ""
    items = "".join(
        "<div class='accordion-item'>"
        + title_box.format(
            button=f"<button class='accordion-button collapsed' type='button' "
            f"data-bs-toggle='collapse'{aria}><span class='accordion-title'>{question}</span>"
            "</button>"
        )
        + f"<div class='accordion-collapse collapse'><div class='accordion-body'><p>{answer}</p>"
        "</div></div></div>"
        for question, answer in _FAQ
    )
    return _site(f"<h1>Häufige Fragen</h1><div class='frame frame-type-accordion'>{items}</div>")


def test_an_accordions_questions_in_their_buttons_are_kept() -> None:
    expected = [text for pair in _FAQ for text in pair]
    assert texts(parse(_accordion("<h3 class='accordion-header'>{button}</h3>"))) == expected
    assert texts(parse(_accordion("<div class='accordion-header'>{button}</div>"))) == expected


def test_a_button_that_opens_nothing_stays_out() -> None:
    found = texts(parse(_accordion("<div class='title'>{button}</div>", expanded=False)))
    assert found == [answer for _, answer in _FAQ]


def test_a_read_more_toggle_is_no_question() -> None:
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    toggle = "<button aria-expanded='false' class='toggle'>Weiterlesen</button>"
    found = texts(parse(_site(f"<h1>Über uns</h1><div class='text'>{story}{toggle}</div>")))
    assert found == _CLUB


# --- the "Teaser" above the text, in a box of its own -----------------------------------------


def test_tx_news_teaser_box_above_a_picture_and_the_text_is_the_lede() -> None:
    teaser = (
        "Am Freitag trafen sich 86 Mitglieder im Gasthaus „Zur Linde“ zur "
        "Jahreshauptversammlung des Musikvereins Harmonie."
    )
    news = (
        "<div class='news news-single'><div class='article'>"
        "<div class='header'><h3>Jahreshauptversammlung 2024</h3></div>"
        "<div class='footer'><p><span class='news-list-date'><time datetime='2024-03-18'>"
        "18.03.2024</time></span></p></div>"
        f"<div class='teaser-text' itemprop='description'><p>{teaser}</p></div>"
        "<div class='news-img-wrap'><div class='outer'><a href='/jhv.jpg'>"
        "<img src='/jhv_s.jpg' width='282' height='188' alt=''></a>"
        "<p class='news-img-caption'>Der Vorstand</p></div></div>"
        "<div class='news-text-wrap' itemprop='articleBody'>"
        + "".join(f"<p>{text}</p>" for text in _CLUB)
        + "</div><div class='news-backlink-wrap'><a href='/aktuelles/'>Zurück</a></div>"
        "</div></div>"
    )
    found = texts(parse(_site(news)))
    assert found == [teaser, *_CLUB]


# --- a page builder's boxes, numbered in their class -------------------------------------------

_EVENT = [
    "Am Samstag, den 22. Juni 2024, feiern wir von 14 bis 18 Uhr unser großes Sommerfest im "
    "Garten der Kita, und alle Familien sind herzlich eingeladen!",
    "Für das Kuchenbuffet freuen wir uns über Kuchenspenden; bitte tragen Sie sich in die "
    "Liste an der Gruppentür ein.",
    "Bei Regen findet das Fest in der Turnhalle der Grundschule statt.",
]


def _divi_row(number: int, inner: str) -> str:
    return (
        f"<div class='et_pb_row et_pb_row_{number}'><div class='et_pb_column et_pb_column_4_4 "
        f"et_pb_column_{number}'><div class='et_pb_module et_pb_text et_pb_text_{number} "
        f"et_pb_bg_layout_light'><div class='et_pb_text_inner'>{inner}</div></div></div></div>"
    )


def test_a_divi_pages_rows_are_all_its_text() -> None:
    rows = (
        _divi_row(0, f"<h1>Sommerfest 2024</h1><p>{_EVENT[0]}</p>")
        + _divi_row(
            1,
            "<h3>Programm</h3><ul><li>14:00 Uhr Begrüßung</li>"
            "<li>16:00 Uhr Zaubershow</li><li>17:30 Uhr Tombola</li></ul>",
        )
        + _divi_row(2, f"<h3>Kuchenspenden</h3><p>{_EVENT[1]}</p>")
        + _divi_row(3, f"<p>{_EVENT[2]}</p>")
    )
    html = _site(
        "<article class='page type-page'><div class='entry-content'>"
        f"<div class='et_pb_section et_pb_section_0'>{rows}</div></div></article>"
    )
    assert texts(parse(html)) == [
        _EVENT[0],
        "Programm",
        "14:00 Uhr Begrüßung",
        "16:00 Uhr Zaubershow",
        "17:30 Uhr Tombola",
        "Kuchenspenden",
        _EVENT[1],
        _EVENT[2],
    ]


def test_a_wix_pages_sections_are_all_its_text() -> None:
    def section(number: int, inner: str) -> str:
        return (
            f"<section id='comp-s{number}' class='Oqnisf comp-s{number} wixui-section'>"
            f"<div class='comp-c{number}inlineContent'><div class='KcpHeO comp-t{number} "
            f"wixui-rich-text'>{inner}</div></div></section>"
        )

    html = _site(
        section(1, f"<p>{_CLUB[0]}</p><p>{_CLUB[1]}</p>")
        + section(
            2,
            "<h2>Qualifikationen</h2><ul><li>Manuelle Therapie (2012)</li>"
            "<li>Manuelle Lymphdrainage (2014)</li></ul>",
        )
    )
    found = texts(parse(html))
    assert found[-3:] == [
        "Qualifikationen",
        "Manuelle Therapie (2012)",
        "Manuelle Lymphdrainage (2014)",
    ]


def test_numbered_columns_of_a_page_that_is_no_builders_stay_apart() -> None:
    # "col-md-8" and "col-md-4" are two columns, the text and a box of the site's own
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    side = "<p>Öffnungszeiten: Mo–Fr 8–12 Uhr</p><p>Telefon 0221 123456</p>"
    html = _site(
        f"<div class='row'><div class='col-md-8'>{story}</div>"
        f"<div class='col-md-4'>{side}</div></div>"
    )
    assert texts(parse(html)) == _CLUB


def test_an_elementor_sites_footer_is_not_the_pages_text() -> None:
    def widget(inner: str) -> str:
        return (
            "<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>"
        )

    def section(inner: str) -> str:
        return (
            "<section class='elementor-section elementor-top-section'>"
            "<div class='elementor-container'>"
            "<div class='elementor-column elementor-col-100'><div class='elementor-widget-wrap "
            f"elementor-element-populated'>{inner}</div></div></div></section>"
        )

    page = section(widget(f"<p>{_CLUB[0]}</p>")) + section(widget(f"<p>{_CLUB[2]}</p>"))
    footer = section(
        widget("<p>Schreinerei Holzmann GmbH<br>Industriestraße 7<br>72072 Tübingen</p>")
    )
    html = (
        "<html lang='de'><body><div class='elementor elementor-14'>"
        f"{page}</div><div class='elementor elementor-40 elementor-location-footer'>{footer}</div>"
        "</body></html>"
    )
    assert texts(parse(html)) == [_CLUB[0], _CLUB[2]]


# --- a notice that ends with its list and its signature --------------------------------------


def test_a_notices_agenda_after_its_label_and_its_signature_are_kept() -> None:
    notice = (
        "<div class='field-item even' property='content:encoded'>"
        "<p>Am Donnerstag, 14. März 2024, findet um 19:00 Uhr im Sitzungssaal des Rathauses "
        "eine öffentliche Sitzung des Gemeinderats statt.</p><p><strong>Tagesordnung:</strong></p>"
        "<ol><li>Fragestunde der Einwohner</li><li>Bebauungsplan „Am Mühlbach“</li>"
        "<li>Bekanntgaben und Verschiedenes</li></ol>{signature}</div>"
    )
    signature = "<p>Kleinbach, 04.03.2024<br>gez. Hartmann, Bürgermeister</p>"
    found = texts(parse(_site(notice.format(signature=signature))))
    assert found[1:] == [
        "Tagesordnung:",
        "Fragestunde der Einwohner",
        "Bebauungsplan „Am Mühlbach“",
        "Bekanntgaben und Verschiedenes",
        "Kleinbach, 04.03.2024\ngez. Hartmann, Bürgermeister",
    ]
    # the list ends the text: its label introduces it, as before a signature
    assert texts(parse(_site(notice.format(signature=""))))[-1] == "Bekanntgaben und Verschiedenes"


def test_a_label_over_linked_topics_still_closes_the_text() -> None:
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    topics = (
        "<ul class='inline-list'><li>Weitere Informationen:</li>"
        "<li><a href='/t/hotels'>Hotels</a></li>"
        "<li><a href='/t/hygiene'>Hygiene</a></li></ul>"
    )
    assert texts(parse(_site(f"<div class='story'>{story}{topics}</div>"))) == _CLUB


def test_a_date_alone_over_a_second_date_is_still_a_stamp() -> None:
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    stamp = "<p>Mittwoch, 8. Dezember 2010<br>14:05 Uhr</p>"
    assert texts(parse(_site(f"<div class='story'>{stamp}{story}</div>"))) == _CLUB


# --- an old site's layout of ids without classes -----------------------------------------------


def test_an_old_sites_footer_box_named_in_german_stays_out() -> None:
    frames = (
        "<div id='c21' class='csc-default'><div class='csc-header csc-header-n1'>"
        "<h1 class='csc-firstHeader'>Holzpellets</h1></div>"
        f"<p class='bodytext'>{_CLUB[0]}</p></div>"
        "<div id='c22' class='csc-default'><div class='csc-header csc-header-n2'><h2>Lieferung</h2>"
        f"</div><p class='bodytext'>{_CLUB[1]}</p></div>"
    )
    html = (
        "<html lang='de'><body><div id='container'><div id='kopf'><img src='/logo.gif' "
        f"width='200' height='60'></div><div id='navi'>{_NAV}</div><div id='inhalt'>{frames}</div>"
        "<div id='fuss'><p>Brennstoffhandel Meier GmbH | Gewerbestraße 9 | 83022 Rosenheim | "
        "<a href='/impressum/'>Impressum</a></p></div></div></body></html>"
    )
    assert texts(parse(html)) == [_CLUB[0], "Lieferung", _CLUB[1]]


def test_an_elementor_accordions_questions_printed_as_links_are_kept() -> None:
    items = "".join(
        f"<div class='elementor-accordion-item'><div id='elementor-tab-title-{i}' "
        f"class='elementor-tab-title' role='tab' aria-expanded='false'><span "
        "class='elementor-accordion-icon'></span><a class='elementor-accordion-title' href=''>"
        f"{question}</a></div><div class='elementor-tab-content' role='tabpanel'><p>{answer}</p>"
        "</div></div>"
        for i, (question, answer) in enumerate(_FAQ)
    )
    html = _site(f"<h1>Häufige Fragen</h1><div class='elementor-accordion'>{items}</div>")
    assert texts(parse(html)) == [text for pair in _FAQ for text in pair]


def test_a_lists_item_that_opens_its_sublist_is_still_a_link() -> None:
    # (a menu's item that opens its submenu, in a list of links the text goes on after)
    links = (
        "<ul><li><a href='#' aria-expanded='false'>Unsere Leistungen im Überblick</a>"
        "<ul><li><a href='/a'>Beratung vor Ort</a></li></ul></li>"
        "<li><a href='/b'>Kontakt und Anfahrt</a></li></ul>"
    )
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    found = texts(parse(_site(f"<div class='text'>{story}{links}<p>{_EVENT[2]}</p></div>")))
    assert found == [*_CLUB, _EVENT[2]]


# --- a Contao teaser box, the site's legal links in the text's box ----------------------------


def test_contaos_teaser_box_above_the_text_is_the_lede() -> None:
    teaser = (
        "Zum Abschluss des Ausbildungsjahres ging es für 22 Mitglieder der Jugendfeuerwehr in "
        "den Kletterwald nach Waldkirch."
    )
    news = (
        "<div class='mod_newsreader block'><div class='layout_full block'>"
        "<h1>Ausflug in den Kletterwald</h1><p class='info'><time>08.07.2024</time></p>"
        f"<div class='teaser'><p>{teaser}</p></div>"
        + "".join(f"<div class='ce_text block'><p>{text}</p></div>" for text in _CLUB)
        + "</div></div>"
    )
    assert texts(parse(_site(news))) == [teaser, *_CLUB]


def test_a_box_of_teasers_with_links_stays_out() -> None:
    others = (
        "<div class='teaser'><h3><a href='/news/1'>Neue Drehleiter</a></h3><p>Die Feuerwehr hat "
        "eine neue Drehleiter bekommen, die am Samstag vorgestellt wurde.</p></div>"
    )
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    found = texts(parse(_site(f"<div class='text'>{story}</div>{others}")))
    assert found == _CLUB


def test_a_line_of_the_sites_legal_links_is_no_text() -> None:
    legal = (
        "<p><font size='1'>Letzte Änderung: 12.05.2023 | <a href='impressum.html'>Impressum</a>"
        " | <a href='datenschutz.html'>Datenschutz</a></font></p>"
    )
    sentence = (
        "<p>Bitte lesen Sie vor der Anmeldung unser <a href='/impressum'>Impressum</a> und die "
        "<a href='/datenschutz'>Datenschutzerklärung</a>.</p>"
    )
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    found = texts(parse(_site(f"<div class='text'>{story}{sentence}{legal}</div>")))
    assert found == [
        *_CLUB,
        "Bitte lesen Sie vor der Anmeldung unser Impressum und die Datenschutzerklärung.",
    ]


def test_a_tag_lists_label_item_does_not_make_its_links_text() -> None:
    # "Schlagworte:" ends as sentences end, but it is a label: its list is the tags' links
    story = "".join(f"<p>{text}</p>" for text in _CLUB)
    tags = (
        "<ul class='inline-list'><li>Schlagworte:</li><li><a href='/t/garten'>Garten</a></li>"
        "<li><a href='/t/sommer'>Sommer</a></li></ul>"
    )
    assert texts(parse(_site(f"<div class='story'>{story}{tags}</div>"))) == _CLUB


# --- a CMS's elements of different types, the list after the text's element -----------------

_BRING = ["Geburtsurkunde oder Familienstammbuch", "Nachweis über die Masernimpfung"]


def _typo3_elements(after: str) -> str:
    return _site(
        "<div class='content'>"
        "<div id='c301' class='frame frame-default frame-type-textmedia frame-layout-0'>"
        "<header><h1>Anmeldung zur Grundschule</h1></header>"
        "<div class='ce-textpic ce-right ce-intext'><div class='ce-bodytext'>"
        + "".join(f"<p>{text}</p>" for text in _CLUB)
        + f"</div></div></div>{after}</div>"
    )


def test_a_typo3_list_element_after_the_text_element_is_kept() -> None:
    bullets = (
        "<div id='c302' class='frame frame-default frame-type-bullets frame-layout-0'>"
        "<header><h2>Bitte mitbringen</h2></header><ul class='ce-bullets'>"
        + "".join(f"<li>{item}</li>" for item in _BRING)
        + "</ul></div>"
    )
    assert texts(parse(_typo3_elements(bullets))) == [*_CLUB, "Bitte mitbringen", *_BRING]


def test_a_list_in_a_box_of_another_kind_after_the_text_stays_out() -> None:
    hours = (
        "<div class='box opening-hours'><h2>Öffnungszeiten</h2><ul>"
        "<li>Mo–Fr 8–12 Uhr</li><li>Do 14–18 Uhr</li></ul></div>"
    )
    assert texts(parse(_typo3_elements(hours))) == _CLUB


# --- a post's box named for its categories and tags ------------------------------------------


def test_a_posts_category_and_tag_words_name_no_chrome() -> None:
    # WordPress names a post's <article> for its category "Newsletter" and its tags: words of
    # its topics, not of what the box is (a newsletter's form, a share bar)
    story = "".join(f"<p>{text}</p>" for text in (*_CLUB, *_EVENT))
    # (beside a box of the site's own text long enough to be taken for the article)
    about = "<div class='about'>" + "".join(f"<p>{sentence(i)}</p>" for i in range(3)) + "</div>"
    post = (
        "<article class='post-9 post type-post status-publish hentry category-newsletter "
        f"tag-social-media'><h1>Vereinsnachrichten</h1><div class='entry-content'>{story}</div>"
        "</article>"
    )
    found = texts(parse(_site(post + about)))
    assert found[: len(_CLUB)] == _CLUB


def test_a_box_named_newsletter_without_a_posts_marks_is_still_chrome() -> None:
    story = "".join(f"<p>{text}</p>" for text in (*_CLUB, *_EVENT))
    form = (
        "<div class='widget category-newsletter'><p>Melden Sie sich für unseren Newsletter an "
        "und erfahren Sie als Erste von neuen Terminen, Kursen und Aktionen im Verein.</p></div>"
    )
    found = texts(parse(_site(f"<div class='text'>{story}</div>{form}")))
    assert not any("Newsletter" in text for text in found)


def test_a_drupal_nodes_content_type_names_no_chrome() -> None:
    story = "".join(f"<p>{text}</p>" for text in (*_CLUB, *_EVENT))
    about = "<div class='about'>" + "".join(f"<p>{sentence(i)}</p>" for i in range(3)) + "</div>"
    node = (
        "<article class='node node--type-newsletter node--view-mode-full'><h1>Rundbrief</h1>"
        "<div class='node__content'><div class='field field--name-body field__item'>"
        f"{story}</div></div></article>"
    )
    found = texts(parse(_site(node + about)))
    assert found[: len(_CLUB)] == _CLUB

"""News articles whose text is split or interrupted, as news sites print them.

The text folded behind a "Weiterlesen" toggle in the page (hidden until the
reader clicks), and a subscription's offer that closes the text's own box: the
first is the rest of the article and is read, the second says the rest is
behind a paywall.  Each page carries the chrome around it: the site's header
and menu, a "most read" box, readers' comments and the footer.
"""

from __future__ import annotations

import warnings

import pytest
from test_html_body_classes import parse, texts

import newsdoc
from newsdoc import NewsdocWarning

TEXT = [
    "Der Gemeinderat von Oberhaching hat am Dienstagabend nach langer Debatte den Bau einer "
    "neuen Grundschule am Sportpark beschlossen. Die Kosten werden auf rund 28 Millionen Euro "
    "geschätzt.",
    "Bürgermeister Stefan Schelle sprach von einer „Jahrhundertentscheidung für die Gemeinde“. "
    "Die bestehende Schule platze aus allen Nähten, seit Jahren würden Kinder in Containern "
    "unterrichtet.",
    "Die Opposition kritisierte vor allem den Standort. Der Sportpark sei schlecht an den "
    "Nahverkehr angebunden, sagte Grünen-Sprecherin Maria Huber. Viele Eltern müssten ihre "
    "Kinder künftig mit dem Auto bringen.",
    "Die Verwaltung hält dagegen: Ein neuer Bus soll ab 2026 im Zwanzig-Minuten-Takt fahren. "
    "Außerdem sei ein sicherer Radweg entlang der Kybergstraße geplant, der noch in diesem "
    "Jahr ausgeschrieben werde.",
    "Offen ist noch, was mit dem alten Schulgebäude an der Hauptstraße geschieht. Im Gespräch "
    "sind eine Musikschule, Wohnungen für Senioren oder ein Bürgerzentrum.",
]
COMMENT = "Ich finde das völlig richtig so, endlich passiert mal etwas in dieser Sache!"


def paragraphs(texts_: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts_)


def news_page(article: str) -> str:
    menu = "".join(
        f"<li><a href='/{s.lower()}/'>{s}</a></li>" for s in ("Politik", "Lokales", "Sport")
    )
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        "<title>Oberhaching baut neue Grundschule | Münchner Blatt</title></head><body>"
        f"<header class='site-header'><a class='logo' href='/'>Münchner Blatt</a><nav><ul>{menu}"
        "</ul></nav></header><main><article class='article'>"
        "<h1 class='article__headline'>Gemeinderat beschließt Bau einer neuen Grundschule</h1>"
        "<div class='article__meta'>Von Max Mustermann · 12.03.2024</div>"
        f"{article}</article></main>"
        "<aside class='sidebar'><h3>Meistgelesen</h3><ol><li><a href='/m1.html'>Bahnstreik: "
        "Was Pendler jetzt wissen müssen</a></li><li><a href='/m2.html'>Sturmtief zieht über "
        "Norddeutschland</a></li></ol></aside>"
        f"<section class='comments'><h3>Kommentare (1)</h3><p>{COMMENT}</p></section>"
        "<footer class='site-footer'><a href='/impressum'>Impressum</a>"
        "<p>© 2024 Münchner Blatt. Alle Rechte vorbehalten.</p></footer></body></html>"
    )


def warnings_of(html: str) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        newsdoc.parse_html(html)
    return [str(w.message) for w in caught if issubclass(w.category, NewsdocWarning)]


HIDING = ["style='display:none'", "style='display: none;'", "hidden", "aria-hidden='true'"]


@pytest.mark.parametrize("hiding", HIDING)
def test_the_rest_of_the_text_folded_in_the_page_is_read(hiding: str) -> None:
    # the text's box shows two paragraphs; the rest is in the page, hidden until the
    # reader presses "Weiterlesen": it is the article's, and no fold cuts it
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:2])}"
        f"<div class='article__more' {hiding}>{paragraphs(TEXT[2:])}</div>"
        "<button class='js-read-more'>Weiterlesen</button></div>"
    )
    assert texts(parse(html)) == TEXT
    assert warnings_of(html) == []


def test_the_rest_folded_in_a_box_after_the_teaser_s_box_is_read() -> None:
    html = news_page(
        f"<div class='article__teaser'>{paragraphs(TEXT[:2])}</div>"
        f"<div class='article__full' style='display:none'>{paragraphs(TEXT[2:])}</div>"
        "<a class='article__toggle' href='#'>Artikel weiterlesen</a>"
    )
    assert texts(parse(html)) == TEXT


def test_a_hidden_copy_of_the_whole_text_is_not_read_twice() -> None:
    # a copy for another screen (or the print view) prints the text's paragraphs again
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT)}</div>"
        f"<div class='article__copy' hidden>{paragraphs(TEXT)}</div>"
    )
    assert texts(parse(html)) == TEXT


def test_a_hidden_box_after_the_article_is_no_rest_of_it() -> None:
    # a consent notice hidden after the footer: prose, but after no paragraph of the text
    notice = (
        "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Dazu "
        "zählen Cookies, die für den Betrieb der Seite notwendig sind, und solche für Statistik."
    )
    html = news_page(f"<div class='article__body'>{paragraphs(TEXT)}</div>").replace(
        "</body>", f"<div class='layer' style='display:none'><p>{notice}</p></div></body>"
    )
    assert texts(parse(html)) == TEXT


OFFER = (
    "<div class='{name}'><p>Sie möchten weiterlesen? Lesen Sie jetzt alle Artikel mit Plus für "
    "nur 0,99 € im ersten Monat.</p><a class='btn' href='/abo'>Jetzt abonnieren</a>"
    "<a href='/login'>Bereits Abonnent? Hier anmelden</a></div>"
)


@pytest.mark.parametrize("name", ["paywall-teaser", "article__paywall"])
def test_an_offer_that_closes_the_text_s_own_box_warns(name: str) -> None:
    # the offer's box is skipped as chrome (a teaser), after the teaser's last paragraph in
    # the box of the text: the rest is behind it
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:2])}{OFFER.format(name=name)}</div>"
    )
    assert texts(parse(html)) == TEXT[:2]
    assert any("paywall" in message for message in warnings_of(html))


def test_a_box_named_as_a_paywall_that_holds_the_text_is_no_sign() -> None:
    # the text a subscription shows, in the page: no offer after it
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:1])}"
        f"<div class='paywall-content'>{paragraphs(TEXT[1:2])}</div></div>"
    )
    assert texts(parse(html)) == TEXT[:2]
    assert warnings_of(html) == []


POINTS = [
    "Die neue Grundschule am Sportpark kostet rund 28 Millionen Euro.",
    "Baubeginn ist im Frühjahr 2025, Einzug zum Schuljahr 2027/28.",
    "Die Opposition kritisiert die schlechte Anbindung an den Nahverkehr.",
]


@pytest.mark.parametrize(
    ("label", "lang"),
    [("Das Wichtigste in Kürze", "de"), ("Key points", "en"), ("L'essentiel", "fr")],
)
def test_a_box_of_key_points_beside_the_text_is_the_article_s(label: str, lang: str) -> None:
    # the key points a newsroom puts above the text, each item a sentence, in a box of its
    # own beside the text's box, in the same <article>
    items = "".join(f"<li>{point}</li>" for point in POINTS)
    html = news_page(
        f"<div class='article__summary'><h2>{label}</h2><ul>{items}</ul></div>"
        f"<div class='article__body'>{paragraphs(TEXT)}</div>"
    ).replace("lang='de'", f"lang='{lang}'")
    assert texts(parse(html)) == [label, *POINTS, *TEXT]


def test_a_box_of_other_stories_summaries_beside_the_text_stays_out() -> None:
    # linked: other stories, however much their items read as sentences
    items = "".join(f"<li><a href='/s{i}.html'>{point}</a></li>" for i, point in enumerate(POINTS))
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT)}</div>"
        f"<div class='article__more'><h2>Aus der Region</h2><ul>{items}</ul></div>"
    )
    assert texts(parse(html)) == TEXT


@pytest.mark.parametrize(
    ("pager", "lang"),
    [
        ("<a href='/artikel-2.html'>Nächste Seite</a>", "de"),
        ("<span>Seite 1 von 3</span> <a href='?page=2'>Seite 2</a> <a href='?page=3'>3</a>", "de"),
        ("<a href='?page=2'>Next Page <span>&gt;</span></a>", "en"),
        ("<a href='/article/2'>Page suivante »</a>", "fr"),
    ],
)
def test_a_pager_after_the_text_says_the_article_goes_on_elsewhere(pager: str, lang: str) -> None:
    # a paged article: its other pages are other documents, the text read is not all of it
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT)}</div>"
        f"<div class='article__pagination'>{pager}</div>"
    ).replace("lang='de'", f"lang='{lang}'")
    assert texts(parse(html)) == TEXT
    assert any("another page" in message for message in warnings_of(html))


@pytest.mark.parametrize(
    "text",
    [
        # a link in a sentence of the text, a pager's control in the page
        f"{TEXT[-1]} Die Pläne stehen im Gemeindeblatt, siehe <a href='/blatt.pdf'>Seite 2</a>.",
        f"{TEXT[-1]}</p><p><a href='#'>Nächste Seite</a>",
    ],
)
def test_a_page_s_link_that_is_no_pager_after_the_text_does_not_warn(text: str) -> None:
    html = news_page(f"<div class='article__body'>{paragraphs(TEXT[:-1])}<p>{text}</p></div>")
    assert not any("another page" in message for message in warnings_of(html))


SUMMARIES = {
    "de": "Die Anwohner wehren sich seit Monaten gegen die Pläne der Gemeinde und haben bereits "
    "mehr als tausend Unterschriften gesammelt.",
    "en": "Residents have been fighting the council's plans for months and have already "
    "collected more than a thousand signatures.",
    "fr": "Les habitants s’opposent depuis des mois aux projets de la ville et ont déjà recueilli "
    "plus de mille signatures.",
    "es": "Los vecinos se oponen desde hace meses a los planes del ayuntamiento y ya han reunido "
    "más de mil firmas.",
    "it": "I residenti si oppongono da mesi ai progetti del comune e hanno già raccolto più di "
    "mille firme contro il piano.",
    "nl": "Bewoners verzetten zich al maanden tegen de plannen van de gemeente en hebben al meer "
    "dan duizend handtekeningen verzameld.",
    "pl": "Mieszkańcy od miesięcy sprzeciwiają się planom miasta i zebrali już ponad tysiąc "
    "podpisów pod petycją.",
    "pt": "Os moradores se opõem há meses aos planos da prefeitura e já reuniram mais de mil "
    "assinaturas contra o projeto.",
    "tr": "Mahalle sakinleri aylardır belediyenin planlarına karşı çıkıyor ve şimdiden binden "
    "fazla imza topladı.",
    "ru": "Жители уже несколько месяцев выступают против планов мэрии и собрали более тысячи "
    "подписей под обращением.",
}


def _inline_teaser(label: str, lang: str) -> str:
    # another story's teaser in the text's box: its label, its linked title, its summary
    return (
        f"<div class='inline-box'><p><strong>{label}</strong></p>"
        f"<h3><a href='/region/neubaugebiet-1234.html'>Neubaugebiet sorgt für Streit</a></h3>"
        f"<p>{SUMMARIES[lang]}</p></div>"
    )


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        ("Lesetipp", "de"),
        ("Mehr dazu", "de"),
        ("You might also like", "en"),
        ("À voir aussi", "fr"),
        ("Lea también", "es"),
        ("Approfondisci", "it"),
        ("Meer over dit onderwerp", "nl"),
        ("Przeczytaj także", "pl"),
        ("Notícias relacionadas", "pt"),
        ("İlginizi çekebilir", "tr"),
        ("İLGİLİ HABERLER", "tr"),
        ("Смотрите также", "ru"),
        # a "read more" label over a linked title: another story's, not the text's fold
        ("Read more", "en"),
        ("Leia mais", "pt"),
    ],
)
def test_another_story_s_teaser_inside_the_text_stays_out(label: str, lang: str) -> None:
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:3])}{_inline_teaser(label, lang)}"
        f"{paragraphs(TEXT[3:])}</div>"
    ).replace("lang='de'", f"lang='{lang}'")
    assert texts(parse(html)) == TEXT


def test_a_read_more_label_over_the_rest_of_the_text_is_no_teaser() -> None:
    # the fold's label, then the rest of the text (no linked title): the article's
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:2])}<div class='inline-box'>"
        f"<p><strong>Weiterlesen</strong></p>{paragraphs(TEXT[2:])}</div></div>"
    )
    assert texts(parse(html)) == TEXT


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # an ad break's notice
        ("Artikel wird unter der Anzeige fortgesetzt", "de"),
        ("Article continues after advertisement", "en"),
        ("La suite après la publicité", "fr"),
        ("Het artikel gaat verder onder de advertentie", "nl"),
        ("Dalsza część artykułu pod reklamą", "pl"),
        ("Continua após a publicidade", "pt"),
        ("Haberin Devamı", "tr"),
        ("Продолжение ниже", "ru"),
        ("Advertentie", "nl"),
        # a player's label
        ("Artikel anhören", "de"),
        ("Écouter cet article", "fr"),
        # an embedded post's lines, an external content's placeholder
        ("View this post on Instagram", "en"),
        ("Ver esta publicación en Instagram", "es"),
        ("Una publicación compartida de Ajuntament de València (@ajuntamentvlc)", "es"),
        ("Wyświetl ten post na Instagramie", "pl"),
        ("Empfohlener redaktioneller Inhalt", "de"),
        ("An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt.", "de"),
        (
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
            "personenbezogene Daten an Drittplattformen übermittelt werden.",
            "de",
        ),
        # a newsletter's sign-up, a "follow us" line
        ("Abonnieren Sie unseren Newsletter", "de"),
        ("Sign up to receive our daily newsletter.", "en"),
        ("Inscrivez-vous à notre newsletter", "fr"),
        ("Schrijf je in voor onze nieuwsbrief", "nl"),
        ("Bültenimize abone olun", "tr"),
        ("Подпишитесь на нашу рассылку", "ru"),
        ("Obserwuj nas na Twitterze", "pl"),
        ("Bizi Twitter'da takip edin", "tr"),
        ("Подписывайтесь на нас в Telegram", "ru"),
    ],
)
def test_an_inline_box_s_line_inside_the_text_is_dropped(line: str, lang: str) -> None:
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:3])}<div class='inline-box'><p>{line}</p>"
        f"</div>{paragraphs(TEXT[3:])}</div>"
    ).replace("lang='de'", f"lang='{lang}'")
    assert texts(parse(html)) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        # the text's sentences about a newsletter, longer than a sign-up
        "Wer den Newsletter der Gemeinde abonnieren möchte, kann sich ab sofort im Rathaus oder "
        "auf der Internetseite der Gemeinde dafür anmelden.",
        "Der Verein informiert seine Mitglieder künftig in einem monatlichen Newsletter.",
    ],
)
def test_the_text_s_sentence_about_a_newsletter_stays(line: str) -> None:
    html = news_page(f"<div class='article__body'>{paragraphs([*TEXT, line])}</div>")
    assert texts(parse(html)) == [*TEXT, line]


CARD_SUMMARY = (
    "Die Anwohner wehren sich seit Monaten gegen die Pläne der Gemeinde und haben bereits mehr "
    "als tausend Unterschriften gesammelt."
)


@pytest.mark.parametrize(
    "card",
    [
        "<div class='box'><h3><a href='/region/neubaugebiet-1234.html'>Neubaugebiet "
        "sorgt für Streit</a></h3><p>{summary}</p></div>",
        "<article class='c-item'><div class='c-item__body'><h3><a href='/region/neubaugebiet-"
        "1234.html'>Neubaugebiet sorgt für Streit</a></h3><p>{summary}</p></div></article>",
        "<div class='inline-item'><a href='/region/neubaugebiet-1234.html'><img src='/t.jpg' "
        "width='300' height='200' alt=''></a><a href='/region/neubaugebiet-1234.html'><span>"
        "Oberhaching:</span> <span>Neubaugebiet sorgt für Streit</span></a><p>{summary}</p></div>",
    ],
)
def test_another_story_s_card_without_a_label_inside_the_text_stays_out(card: str) -> None:
    # its linked title over a line of summary, in a box of its own between two of the
    # text's sentences
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:3])}{card.format(summary=CARD_SUMMARY)}"
        f"{paragraphs(TEXT[3:])}</div>"
    )
    assert texts(parse(html)) == TEXT


def test_a_linked_heading_over_paragraphs_of_the_text_stays() -> None:
    # a blog's section in a box of its own: its heading linked, more than a line under it
    section = (
        "<div class='wp-block-group'><h3><a href='/schulen/furth.html'>Grundschule Furth</a></h3>"
        f"{paragraphs([CARD_SUMMARY, TEXT[4]])}</div>"
    )
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:2])}{section}{paragraphs(TEXT[2:4])}</div>"
    )
    assert texts(parse(html)) == [
        *TEXT[:2],
        "Grundschule Furth",
        CARD_SUMMARY,
        TEXT[4],
        *TEXT[2:4],
    ]


def test_picks_each_in_a_box_of_their_own_stay() -> None:
    # the text's list of picks, each a linked name over a line, box after box
    picks = "".join(
        f"<div class='pick'><h3><a href='/s{i}.html'>Grundschule {name}</a></h3>"
        f"<p>{CARD_SUMMARY}</p></div>"
        for i, name in enumerate(("Furth", "Deisenhofen", "Kyberg"))
    )
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:2])}{picks}{paragraphs(TEXT[2:])}</div>"
    )
    found = texts(parse(html))
    assert found.count(CARD_SUMMARY) == 3
    assert "Grundschule Deisenhofen" in found


SAID = (
    "„Für ältere Menschen und Jugendliche auf dem Land ist der Bus kein Luxus, sondern die "
    "einzige Möglichkeit, zum Arzt zu kommen“, sagte Landrat Tim Oliver."
)
PULLED = "„Für ältere Menschen und Jugendliche auf dem Land ist der Bus kein Luxus“"


@pytest.mark.parametrize(
    "pull",
    [
        f"<blockquote class='pullquote'><p>{PULLED}</p><cite>Tim Oliver</cite></blockquote>",
        f"<figure class='quote'><blockquote>{PULLED}</blockquote>"
        "<figcaption>Tim Oliver, Landrat</figcaption></figure>",
        f"<blockquote><p>{PULLED} – Tim Oliver</p></blockquote>",
    ],
)
def test_a_pull_quote_goes_with_its_credit(pull: str) -> None:
    # the text's words printed again, big, with the speaker's name under them or after a dash
    text = [*TEXT[:2], SAID, *TEXT[2:]]
    html = news_page(
        f"<div class='article__body'>{paragraphs(text[:3])}{pull}{paragraphs(text[3:])}</div>"
    )
    assert texts(parse(html)) == text


def test_a_quotation_printed_once_keeps_its_credit() -> None:
    quote = "„Der Bus ist kein Luxus, sondern die einzige Möglichkeit, zum Arzt zu kommen.“"
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:2])}<blockquote><p>{quote}</p>"
        f"<cite>Tim Oliver</cite></blockquote>{paragraphs(TEXT[2:])}</div>"
    )
    found = texts(parse(html))
    assert quote in found and "Tim Oliver" in found


@pytest.mark.parametrize(
    "label", ["Anzeige", "ANZEIGE", "Sponsored", "Advertisement", "Publicidad"]
)
def test_an_advertiser_s_teaser_inside_the_text_stays_out(label: str) -> None:
    # a native ad between two paragraphs: its label, its linked title, its pitch
    pitch = (
        "Mit diesen fünf Tipps sparen Sie beim Heizen bares Geld – und schonen gleichzeitig die "
        "Umwelt. Jetzt informieren!"
    )
    ad = (
        f"<div class='inline-box'><p>{label}</p><h3><a href='https://partner.example/heizen'>"
        f"Heizkosten senken: So geht's</a></h3><p>{pitch}</p></div>"
    )
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:3])}{ad}{paragraphs(TEXT[3:])}</div>"
    )
    assert texts(parse(html)) == TEXT


QUESTIONS = ["Wie melde ich mein Kind an?", "Wann beginnt der Unterricht?"]
ANSWERS = [
    "Die Anmeldung erfolgt online über das Portal der Gemeinde. Bitte halten Sie die "
    "Geburtsurkunde Ihres Kindes und einen Nachweis über den Wohnsitz bereit.",
    "Der Unterricht beginnt um 8 Uhr. Eine Mittagsbetreuung wird bis 16 Uhr angeboten, die "
    "Kosten richten sich nach dem Einkommen der Eltern und werden jährlich neu berechnet.",
]


@pytest.mark.parametrize(
    "item",
    [
        "<div class='faq-item'><h3 class='faq-question'>{q}</h3>"
        "<div class='faq-answer' style='display: none;'><p>{a}</p></div></div>",
        "<div class='accordion-item'><h3 class='accordion-header'><button class='accordion-button'"
        " aria-expanded='false'>{q}</button></h3><div class='accordion-collapse' hidden>"
        "<div class='accordion-body'><p>{a}</p></div></div></div>",
    ],
)
def test_an_accordion_s_answers_folded_in_the_page_are_read(item: str) -> None:
    # the answers are hidden until the reader opens their question: the page's text
    faq = "".join(item.format(q=q, a=a) for q, a in zip(QUESTIONS, ANSWERS, strict=True))
    html = news_page(f"<div class='article__body'>{paragraphs(TEXT[:2])}{faq}</div>")
    assert texts(parse(html)) == [*TEXT[:2], QUESTIONS[0], ANSWERS[0], QUESTIONS[1], ANSWERS[1]]


def test_a_paragraph_hidden_under_a_heading_stays_hidden() -> None:
    # no panel (a box of its own): a paragraph the page does not show
    html = news_page(
        f"<div class='article__body'>{paragraphs(TEXT[:3])}<h2>Ausblick</h2>"
        f"<p style='display:none'>{ANSWERS[1]}</p>{paragraphs(TEXT[3:])}</div>"
    )
    assert ANSWERS[1] not in texts(parse(html))

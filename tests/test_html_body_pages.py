"""The body finder on kinds of page unlike English news: live tickers, press releases, reviews,
encyclopedia articles.

Each test builds a small page of one kind inside the chrome every page has
(:func:`test_html_body_classes.page`) and checks what the body keeps and
what it leaves out.
"""

from __future__ import annotations

import pytest
from test_html_body_classes import page, parse, sentence, texts

from newsdoc import ParagraphKind
from newsdoc.readers.html.body.choose import choose_article
from newsdoc.readers.html.body.measures import ancestors
from newsdoc.readers.html.body.walk import walk_body
from newsdoc.readers.html.tree import load_tree

# --- live blogs: the time stamps heading each entry are the text's --------------------------

STAMPS = [
    "1{i}:0{i}",
    "1{i}:0{i} Uhr",
    "Heute, 1{i}:0{i} Uhr",
    "1{i}.0{i}",
    "1{i}h0{i}",
    "1{i}:0{i} PM",
    "vor {i} Minuten",
    "{i} min ago",
    "il y a {i} minutes",
    "hace {i} minutos",
    "{i}. Dezember 2023, 1{i}:0{i} Uhr",
    "Dec {i}, 2023 1{i}:0{i} PM",
    "0{i}.12.2023 1{i}:0{i}",
]


def live_blog(stamp: str, count: int = 8) -> str:
    entries = "".join(
        f"<div class='live-entry'><div class='entry-time'>{stamp.format(i=i + 1)}</div>"
        f"<div class='entry-body'><p>{sentence(i, 18)}</p></div></div>"
        for i in range(count)
    )
    return page(f"<h1>Live: the storm</h1><div class='live-feed'>{entries}</div>")


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_live_blog_keeps_the_time_stamp_of_every_entry(stamp: str) -> None:
    found = texts(parse(live_blog(stamp)))
    expected = []
    for i in range(8):
        expected += [stamp.format(i=i + 1), sentence(i, 18)]
    assert found == expected


def test_a_live_blog_entry_with_a_heading_keeps_its_stamp() -> None:
    entries = "".join(
        f"<article class='update'><p>1{i}:3{i} Uhr</p><h2>Update {i}: the river rises</h2>"
        f"<p>{sentence(i, 18)}</p></article>"
        for i in range(5)
    )
    found = texts(parse(page(f"<h1>Liveticker</h1><div class='ticker'>{entries}</div>")))
    assert [text for text in found if text.endswith("Uhr")] == [f"1{i}:3{i} Uhr" for i in range(5)]


@pytest.mark.parametrize(
    "stamp",
    [
        "<div class='time'>1{i}:0{i}</div>",
        "<p class='timestamp'>1{i}:0{i} Uhr</p>",
        "<div class='date'>{d}.12.2023, 1{i}:0{i} Uhr</div>",
    ],
)
def test_a_live_blog_keeps_stamps_in_boxes_named_as_time_stamps(stamp: str) -> None:
    entries = "".join(
        f"<div class='entry'>{stamp.format(i=i, d=i + 1)}<p>{sentence(i, 18)}</p></div>"
        for i in range(6)
    )
    found = texts(parse(page(f"<h1>Liveticker</h1><div class='liveticker'>{entries}</div>")))
    assert len(found) == 12
    assert found[1::2] == [sentence(i, 18) for i in range(6)]
    assert all(any(char.isdigit() for char in text) for text in found[::2])


def test_a_box_named_as_a_date_over_an_article_stays_out() -> None:
    # one time stamp over the text, and a box named "date" that says more than a time
    html = page(
        "<h1>Headline</h1><div class='date'>8. Dezember 2023, 18:10 Uhr</div>"
        "<div class='text'><div class='updated'>Zuletzt aktualisiert von der Redaktion</div>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + "<div class='time'>vor 5 Minuten</div></div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(3)]


@pytest.mark.parametrize("count", [1, 2])
def test_a_date_or_two_over_the_text_are_time_stamps_not_text(count: int) -> None:
    # an article's own time stamp (or two) over its text is furniture, not a live blog's
    found = texts(parse(live_blog("{i}. Dezember 2023, 1{i}:0{i} Uhr", count)))
    assert found == [sentence(i, 18) for i in range(count)]


def test_dates_scattered_without_text_after_them_are_dropped() -> None:
    # dates alone that open no text (a list's time stamps at the end of its items) stay out
    items = "".join(f"<p>{sentence(i)}</p><p>{i + 1}. Dezember 2023</p>" for i in range(4))
    found = texts(parse(page(f"<h1>News</h1><div class='text'>{items}</div>")))
    assert found == [sentence(i) for i in range(4)]


# --- what closes a press release: its contact block, labels over nothing -------------------


@pytest.mark.parametrize(
    ("contact", "lang"),
    [
        (
            "<p>Pressekontakt:</p><p>Erika Muster<br>Tel.: 0221 123456<br>presse@example.de</p>",
            "de",
        ),
        ("<h3>Pressekontakt</h3><p>Erika Muster</p><p>Tel. 0221 123456</p>", "de"),
        ("<p>Kontakt: Erika Muster, Tel. 0221 123456, presse@example.de</p>", "de"),
        ("<p><strong>Press contact:</strong><br>Jane Roe<br>+44 20 1234 5678</p>", "en"),
        ("<p>Media contacts</p><p>Jane Roe, jane@example.com</p>", "en"),
        ("<p>Contact presse :</p><p>Marie Dupont – 01 23 45 67 89</p>", "fr"),
        ("<p>Contacto de prensa:</p><p>María López<br>prensa@example.es</p>", "es"),
        ("<p>Ufficio stampa:</p><p>Maria Rossi, tel. 02 1234567</p>", "it"),
        ("<p>Assessoria de imprensa:</p><p>Maria Silva<br>(11) 1234-5678</p>", "pt"),
        ("<p>Noot voor de redactie:</p><p>Jan Jansen, 020 123 4567</p>", "nl"),
    ],
)
def test_a_press_release_s_contact_block_at_the_end_is_dropped(contact: str, lang: str) -> None:
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    found = texts(
        parse(page(f"<h1>Neues Werk</h1><div class='text'>{text}{contact}</div>", lang=lang))
    )
    assert found == [sentence(i) for i in range(4)]


def test_a_contact_with_text_after_it_stays() -> None:
    # an event's contact over its programme is the page's text, not a release's signature
    text = (
        f"<p>{sentence(0)}</p><p>Kontakt: Erika Muster, Tel. 0221 123456</p>"
        f"<p>{sentence(1)}</p><p>{sentence(2)}</p>"
    )
    found = texts(parse(page(f"<h1>Mühlenfest</h1><div class='text'>{text}</div>", lang="de")))
    assert "Kontakt: Erika Muster, Tel. 0221 123456" in found


def test_a_page_that_is_all_contact_keeps_it() -> None:
    # the text is never all of it: a contact page's lines are its text
    html = page(
        "<h1>Kontakt</h1><div class='text'><p>Kontakt:</p>"
        "<p>Erika Muster<br>Mühlenweg 3, 12345 Musterstadt<br>Tel.: 0221 123456</p></div>",
        lang="de",
    )
    assert "Erika Muster\nMühlenweg 3, 12345 Musterstadt\nTel.: 0221 123456" in texts(parse(html))


@pytest.mark.parametrize(
    "label", ["Weitere Informationen:", "Mehr zum Thema:", "Photos:", "Fotos:"]
)
def test_a_label_over_nothing_closing_the_text_is_dropped(label: str) -> None:
    # the box of links it labelled is left out, the label stays behind alone
    links = "<ul>" + "".join(f"<li><a href='/l{i}'>Link {i}</a></li>" for i in range(3)) + "</ul>"
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    found = texts(parse(page(f"<h1>News</h1><div class='text'>{text}<p>{label}</p>{links}</div>")))
    assert found == [sentence(i) for i in range(3)]


@pytest.mark.parametrize(
    "tail",
    [
        "<p>More about:</p><p>Hotels</p><p>Hygiene</p>",
        "<p>Contenido Premium:</p><p>0</p><p>generar archivo de audio:</p><p>Audio Listo</p>",
        "<p>PERIODISTA:</p><p>CRÉDITOS: Campo pagado</p><p>HORA: 03:45 PM</p>",
    ],
)
def test_a_label_and_the_fragments_after_it_closing_the_text_are_dropped(tail: str) -> None:
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    found = texts(parse(page(f"<h1>News</h1><div class='text'>{text}{tail}</div>")))
    assert found == [sentence(i) for i in range(3)]


def test_short_lines_closing_the_text_without_a_label_stay() -> None:
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    tail = "<p>Eintritt frei</p><p>Mühlenweg 3, Musterstadt</p>"
    found = texts(parse(page(f"<h1>News</h1><div class='text'>{text}{tail}</div>", lang="de")))
    assert found[-2:] == ["Eintritt frei", "Mühlenweg 3, Musterstadt"]


def test_a_sentence_leading_into_an_embedded_post_stays() -> None:
    # a line of the text that ends in a colon over an embed (left out) is a sentence, no label
    line = "Twitter seemed a bit confused by the campaign:"
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    found = texts(
        parse(page(f"<h1>News</h1><div class='text'>{text}<p>{line}</p><iframe></iframe></div>"))
    )
    assert found == [*(sentence(i) for i in range(3)), line]


# --- what a press release sets apart with a rule at its end ------------------------------------

_PROFILE = (
    "Muster is a global provider of alarm systems for hospitals. Its mission is to give "
    "nurses the data they need, anytime and anywhere, in every ward of the house."
)


@pytest.mark.parametrize(
    ("after_rule", "lang"),
    [
        # the company's profile without a label: its name (the headline's) and "is a"
        (f"<p>{_PROFILE}</p><p>Muster is headquartered in Baar, with 1,300 people.</p>", "en"),
        (
            "<p>Die Muster AG ist ein führender Anbieter von Alarmsystemen für Kliniken, mit "
            "Sitz in Baar und Niederlassungen in fünfzehn Ländern der ganzen Welt.</p>",
            "de",
        ),
        (f"<h3>About Muster</h3><p>{_PROFILE}</p>", "en"),
        (
            "<p><strong>Über die Muster AG:</strong> Das Unternehmen entwickelt Alarmsysteme "
            "für Kliniken in ganz Europa und beschäftigt weltweit rund 1.300 Menschen.</p>",
            "de",
        ),
        (
            "<p>Disclaimer</p><p>This release contains statements about the future that "
            "involve risks and uncertainties, which may cause results to differ materially.</p>",
            "en",
        ),
        (
            "<p>Pressekontakt:</p><p>Erika Muster<br>Tel.: 0221 123456</p><p>Die Muster AG "
            "entwickelt seit vielen Jahren Alarmsysteme für Kliniken in ganz Europa, mit "
            "Niederlassungen in fünfzehn Ländern und rund 1.300 Beschäftigten weltweit.</p>",
            "de",
        ),
    ],
)
def test_a_press_releases_notes_after_a_rule_at_its_end_are_dropped(
    after_rule: str, lang: str
) -> None:
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    html = _release(f"<div class='text'>{text}</div><div class='text'><hr>{after_rule}</div>", lang)
    assert texts(parse(html)) == [sentence(i) for i in range(4)]


def _release(text: str, lang: str = "en") -> str:
    headline = "Muster launches a new alarm system"
    html = page(f"<h1>{headline}</h1>{text}", lang=lang)
    return html.replace("<title>T</title>", f"<title>{headline}</title>")


@pytest.mark.parametrize(
    "after_rule",
    [
        # the text goes on after a rule: a sentence of its own, not a company's profile
        f"<p>{sentence(9)}</p>",
        # a name that the headline does not print
        f"<p>{_PROFILE.replace('Muster', 'Beispiel')}</p>",
        # a common word the text prints in lower case: no name
        "<p>This is a story that goes on after the rule, with more of what happened that "
        "day in the town and what the mayor said about the new system.</p>",
        # "About" before no name
        "<h3>About the years after</h3><p>" + sentence(8) + "</p>",
    ],
)
def test_text_after_a_rule_that_sets_nothing_apart_stays(after_rule: str) -> None:
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    html = _release(f"<div class='text'>{text}<hr>{after_rule}</div>")
    found = texts(parse(html))
    assert found[:4] == [sentence(i) for i in range(4)]
    assert len(found) == 4 + after_rule.count("<p>") + after_rule.count("<h3>")


def test_a_press_releases_profile_without_a_rule_stays() -> None:
    # without the rule the profile may be the text's own (some readers keep "About X")
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    html = _release(f"<div class='text'>{text}<p>{_PROFILE}</p></div>")
    assert texts(parse(html))[-1] == _PROFILE


# --- a review's pros and cons are its verdict -------------------------------------------------

PROS_AND_CONS = {
    "lists": (
        "<div class='verdict'><div class='pros'><h4>{pro}</h4><ul><li>Great battery life</li>"
        "<li>Bright screen</li></ul></div><div class='cons'><h4>{con}</h4><ul><li>Expensive</li>"
        "<li>Heavy</li></ul></div></div>"
    ),
    "lines": (
        "<div class='verdict'><p><strong>{pro}:</strong><br>Great battery life<br>Bright screen"
        "</p><p><strong>{con}:</strong><br>Expensive<br>Heavy</p></div>"
    ),
    "terms": (
        "<dl class='verdict'><dt>{pro}</dt><dd>Great battery life</dd><dd>Bright screen</dd>"
        "<dt>{con}</dt><dd>Expensive</dd><dd>Heavy</dd></dl>"
    ),
    "table": (
        "<table class='verdict'><tr><th>{pro}</th><th>{con}</th></tr>"
        "<tr><td>Great battery life</td><td>Expensive</td></tr>"
        "<tr><td>Bright screen</td><td>Heavy</td></tr></table>"
    ),
}
LABELS = [
    ("Pro", "Contra", "de"),
    ("Vorteile", "Nachteile", "de"),
    ("Pros", "Cons", "en"),
    ("Points forts", "Points faibles", "fr"),
    ("Ventajas", "Desventajas", "es"),
    ("Pregi", "Difetti", "it"),
    ("Prós", "Contras", "pt"),
    ("Pluspunten", "Minpunten", "nl"),
]


@pytest.mark.parametrize("where", ["after", "before"])
@pytest.mark.parametrize("kind", sorted(PROS_AND_CONS))
@pytest.mark.parametrize(("pro", "con", "lang"), LABELS)
def test_a_review_s_pros_and_cons_beside_its_text_are_kept(
    where: str, kind: str, pro: str, con: str, lang: str
) -> None:
    box = "<div class='box'>" + PROS_AND_CONS[kind].format(pro=pro, con=con) + "</div>"
    text = "<div class='article-body'>" + "".join(f"<p>{sentence(i)}</p>" for i in range(5))
    article = f"{text}</div>{box}" if where == "after" else f"{box}{text}</div>"
    found = texts(parse(page(f"<h1>Test: the phone</h1>{article}", lang=lang)))
    assert [t for t in found if t.startswith("Paragraph")] == [sentence(i) for i in range(5)]
    verdict = "\n".join(t for t in found if not t.startswith("Paragraph"))
    for words in (pro, con, "Great battery life", "Bright screen", "Expensive", "Heavy"):
        assert words in verdict


def test_a_box_of_one_side_or_of_links_beside_the_text_stays_out() -> None:
    # a subscription's "Plus" box, a debate's teasers ("Pro" and "Contra" linked): not a verdict
    plus = "<div class='box'><h4>Plus</h4><ul><li>Alle Artikel</li><li>Ohne Werbung</li></ul></div>"
    debate = (
        "<div class='box'><h4>Pro</h4><ul><li><a href='/a'>Warum die Brücke kommen muss</a></li>"
        "</ul><h4>Contra</h4><ul><li><a href='/b'>Warum die Brücke zu teuer ist</a></li></ul></div>"
    )
    text = "<div class='article-body'>" + "".join(f"<p>{sentence(i)}</p>" for i in range(5))
    found = texts(parse(page(f"<h1>Die Brücke</h1>{text}</div>{plus}{debate}", lang="de")))
    assert found == [sentence(i) for i in range(5)]


# --- an encyclopedia's article: its infobox is the article's, its edit links are not ----------


@pytest.mark.parametrize(
    ("edit", "lang"),
    [
        ("[<a href='/w?action=edit&section={i}'>edit</a>]", "en"),
        (
            "<span class='mw-editsection'>[<a href='/w?veaction=edit'>Bearbeiten</a> | "
            "<a href='/w?action=edit'>Quelltext bearbeiten</a>]</span>",
            "de",
        ),
        ("[<a href='/w?action=edit'>modifier</a> | <a href='/w'>modifier le code</a>]", "fr"),
    ],
)
def test_a_wiki_s_section_headings_lose_their_edit_links(edit: str, lang: str) -> None:
    sections = "".join(
        f"<h2><span class='mw-headline'>Section {i}</span>{edit.format(i=i)}</h2>"
        f"<p>{sentence(i)}</p>"
        for i in range(3)
    )
    found = parse(page(f"<h1>Topic</h1><div id='mw-content-text'>{sections}</div>", lang=lang))
    headings = [p for p in found.paragraphs if p.kind is ParagraphKind.HEADING]
    assert [p.text for p in headings] == [f"Section {i}" for i in range(3)]
    assert all(not p.links for p in headings)


def test_a_heading_that_ends_in_brackets_of_its_own_keeps_them() -> None:
    sections = (
        f"<h2>The vote [updated]</h2><p>{sentence(1)}</p><h2>Results [1]</h2><p>{sentence(2)}</p>"
    )
    found = texts(
        parse(page(f"<h1>Topic</h1><div class='text'><p>{sentence(0)}</p>{sections}</div>"))
    )
    assert "The vote [updated]" in found and "Results [1]" in found


def test_an_infobox_above_the_first_paragraph_keeps_its_linked_rows() -> None:
    # the subject's data: each row a label and a value, the values often linked
    infobox = (
        "<table class='infobox'><tr><th colspan='2'>Mozilla</th></tr>"
        "<tr><th>Industry</th><td><a href='/oss'>Open-source software</a></td></tr>"
        "<tr><th>Founded</th><td>February 28, 1998</td></tr>"
        "<tr><th>Founder</th><td><a href='/ns'>Netscape Communications</a></td></tr></table>"
    )
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    found = texts(parse(page(f"<h1>Mozilla</h1><div id='content'>{infobox}{text}</div>")))
    assert "Industry | Open-source software" in found
    assert "Founder | Netscape Communications" in found
    assert found[-4:] == [sentence(i) for i in range(4)]


# --- a shop's product: its description and its data, in tabs of one kind ----------------------


def test_a_product_s_data_in_a_tab_beside_its_description_is_kept() -> None:
    description = (
        "<div class='tab-content' id='description'><h2>Produktbeschreibung</h2>"
        "<p>Der Gartenstuhl Classic ist aus massivem Akazienholz gefertigt und wetterfest geölt. "
        "Er lässt sich platzsparend zusammenklappen und im Keller verstauen.</p>"
        "<ul><li>Massives Akazienholz</li><li>Klappbar</li></ul></div>"
    )
    data = (
        "<div class='tab-content' id='details'><h2>Technische Daten</h2><table>"
        "<tr><th>Material</th><td>Akazie</td></tr><tr><th>Gewicht</th><td>5,2 kg</td></tr>"
        "<tr><th>Maße</th><td>55 x 60 x 90 cm</td></tr></table></div>"
    )
    # the site's own box of data (opening hours) is of another kind, and stays out
    hours = "<div class='hours'><ul><li>Mo–Fr 9–18 Uhr</li><li>Sa 9–14 Uhr</li></ul></div>"
    html = page(
        f"<h1>Gartenstuhl Classic</h1><div class='tabs'>{description}{data}{hours}</div>", lang="de"
    )
    found = texts(parse(html))
    assert found[-4:] == [
        "Technische Daten",
        "Material | Akazie",
        "Gewicht | 5,2 kg",
        "Maße | 55 x 60 x 90 cm",
    ]
    assert "Klappbar" in found
    assert not any("Uhr" in text for text in found)


# --- class words that say what a box has not -------------------------------------------------


@pytest.mark.parametrize("cls", ["layout no-sidebar", "item no_caption", "wrap without-ads"])
def test_a_chrome_word_after_no_names_no_chrome(cls: str) -> None:
    # "no-sidebar": a layout without a sidebar, not a sidebar
    html = page(
        f"<h1>Headline</h1><div class='{cls}'><p>{sentence(0)}</p><p>{sentence(1)}</p></div>"
        f"<div class='story'><p>{sentence(2)}</p><p>{sentence(3)}</p><p>{sentence(4)}</p></div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(5)]


def test_a_sidebar_is_still_chrome() -> None:
    html = page(
        f"<h1>Headline</h1><div class='sidebar'><p>{sentence(0)}</p></div>"
        f"<div class='story'><p>{sentence(2)}</p><p>{sentence(3)}</p><p>{sentence(4)}</p></div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(2, 5)]


def test_a_verdict_deep_in_the_review_s_header_is_kept_and_the_lede_too() -> None:
    # the pros and cons a few boxes down in the header, their headings named as headers,
    # then the lede, then the text in a box of its own
    cells = "".join(
        f"<div class='grid__cell'><h5 class='t-list-header'>{label}</h5><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul></div>"
        for label, items in (("Pros", ["Fast", "Quiet"]), ("Cons", ["Expensive", "Heavy"]))
    )
    head = (
        f"<div class='review-head'><div class='mt-35'><div class='grid'>{cells}</div></div>"
        f"<div class='summary-box'><p>{sentence(90, 25)}</p></div></div>"
    )
    text = "<div class='article-text'>" + "".join(f"<p>{sentence(i)}</p>" for i in range(6))
    found = texts(parse(page(f"<article><h1>Review</h1>{head}{text}</div></article>")))
    assert found == [
        "Pros",
        "Fast",
        "Quiet",
        "Cons",
        "Expensive",
        "Heavy",
        sentence(90, 25),
        *(sentence(i) for i in range(6)),
    ]


# --- a page of sections in its <main>: each a heading and a paragraph or two -----------------


def test_a_main_of_sections_of_different_kinds_is_read_whole() -> None:
    # a product's page: an intro, a section, three tabs (one of which wins), each box of its
    # own kind, too little text in any one for the climb to join the others
    intro = f"<section id='intro'><div class='container'><p>{sentence(0, 22)}</p></div></section>"
    designed = (
        "<section id='designed'><div class='container'><div id='designed-copy'>"
        f"<h2>Designed to be redesigned</h2><p>{sentence(1, 40)}</p></div></div></section>"
    )
    # the middle tab wins (a list of what it does, commas and all), the others add little
    commas = "Prices, weather, music, news, mail, maps, notes, games, photos, videos. "
    tabs = "".join(
        f"<section class='customizer' id='t{i}'><div class='container'><div class='copy'>"
        f"<h3>Tab {i}</h3><p>{sentence(10 + i, words)} {commas * (i == 1)}"
        f"<a href='/t{i}'>Try it</a></p>"
        "</div></div></section>"
        for i, words in enumerate((6, 30, 6))
    )
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
        f"<div id='wrapper'><main role='main'>{intro}{designed}<div id='tabs'>{tabs}</div>"
        "</main></div><footer><p>© 2024 Example</p></footer></body></html>"
    )
    found = "\n".join(texts(parse(html)))
    assert sentence(0, 22) in found and sentence(1, 40) in found
    for i, words in enumerate((6, 30, 6)):
        assert sentence(10 + i, words) in found


def test_teasers_in_the_main_beside_the_text_stay_out() -> None:
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/s{i}'>Another story number {i}</a></h3>"
        f"<p>{sentence(50 + i, 12)}</p></div>"
        for i in range(3)
    )
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    html = (
        "<html><body><div id='wrapper'><main><div class='a'><div class='b'><div class='story'>"
        f"{text}</div></div></div><div class='grid'>{teasers}</div></main></div></body></html>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(3)]


# --- Chinese and Japanese: no spaces between words, shorter sentences ------------------------

_ZH = [
    "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会的直播，关注政府工作报告。",
    "他们表示，出国以后更加关心国家未来的发展方向，也更关注教育和就业方面的政策变化。",
    "一位留学生说，两会的讨论让他更了解家乡的变化，也让他思考自己毕业以后的选择和道路。",
]


def test_short_chinese_lines_above_the_first_sentence_are_the_text_s() -> None:
    # subheadings in bold paragraphs, a question of fourteen characters: lines, not a kicker
    text = (
        "<p><strong>出国前后关注点大不同</strong></p><p><strong>出国前：政治科目会出啥考题？</strong></p>"
        + "".join(f"<p>{line}</p>" for line in _ZH)
    )
    found = texts(
        parse(page(f"<h1>海外留学生看两会</h1><div class='text'>{text}</div>", lang="zh"))
    )
    assert found == ["出国前后关注点大不同", "出国前：政治科目会出啥考题？", *_ZH]


# --- a page builder's sections: a heading's box, a text's box, each in a widget's container ----


def _builder_page(sections: list[tuple[str, list[int]]]) -> str:
    def widget(kind: str, inner: str) -> str:
        return (
            f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>"
        )

    body = "".join(
        "<section class='elementor-section'><div class='elementor-container'>"
        "<div class='elementor-column'><div class='elementor-widget-wrap'>"
        + widget("heading", f"<h2 class='elementor-heading-title'>{title}</h2>")
        + widget("text-editor", "".join(f"<p>{sentence(i)}</p>" for i in paragraphs))
        + "</div></div></div></section>"
        for title, paragraphs in sections
    )
    return page(f"<div class='elementor elementor-123'>{body}</div>", lang="de")


def test_a_page_builder_s_sections_are_read_whole() -> None:
    found = texts(parse(_builder_page([("Über uns", [0, 1]), ("Leistungen", [2, 3, 4])])))
    assert [text for text in found if text.startswith("Paragraph")] == [
        sentence(i) for i in range(5)
    ]


def test_a_stream_of_teasers_beside_the_article_is_no_chunk_of_it() -> None:
    # each teaser a linked title over a summary long enough to read as text, and its source
    stream = "".join(
        f"<li class='item'><div class='item-inner'><div class='item-text'><h3>"
        f"<a href='/v{i}'>Another video number {i}</a></h3><p>{sentence(60 + i, 14)}</p>"
        "<span>Morning Show</span></div></div></li>"
        for i in range(8)
    )
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(6))
    html = page(
        f"<div id='main'><section class='card-main'><div class='book'><div class='body'>{story}"
        f"</div></div></section><div class='stream'><ul>{stream}</ul></div></div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(6)]


# --- the choice's index of each box's blocks -------------------------------------------------

_MESSY = (
    "<html><body>text before <div>loose <b>bold</b><p>a paragraph</p> after it"
    "<div><h2>Heading <a href='/h'>linked</a></h2><ul><li>one<ul><li>two</li></ul></li>"
    "<li>three <div>a box in an item</div> rest</li></ul></div>"
    "<table><tr><td>cell <div>box in cell</div></td><td>two</td></tr></table>"
    "<figure><img src='/a.jpg'><figcaption>caption</figcaption></figure>"
    "<div class='time'>18:10</div><div class='sidebar'><p>side</p></div></div>tail text"
    "<pre>code\n  line</pre></body></html>"
)


@pytest.mark.parametrize(
    ("html", "use_hints"),
    [
        (_MESSY, True),
        (_MESSY, False),
        (live_blog("1{i}:0{i} Uhr"), True),
        (live_blog("1{i}:0{i} Uhr"), False),
        # a page builder's widgets are chrome to the walk with hints: read without
        (_builder_page([("Über uns", [0, 1]), ("Leistungen", [2, 3, 4])]), False),
    ],
)
def test_each_box_s_blocks_follow_each_other(html: str, use_hints: bool) -> None:
    # the climb reads a box's blocks as the run from its first block to its end
    body = load_tree(html).find("body")
    assert body is not None
    walker = walk_body(body, None, use_hints=use_hints)
    assert walker.blocks
    choose_article(walker, frozenset())
    for node in walker.nodes:
        inside = [i for i, block in enumerate(walker.blocks) if node in ancestors(block.node)]
        assert inside == list(range(node.first, node.end))


# --- notes the text links to: a wiki's references, a blog's footnotes -------------------------


def _noted_article(href: str, notes: str) -> str:
    cites = "".join(
        f"<p>{sentence(i)}<sup id='cite_ref-{i}'><a href='{href.format(i=i)}'>[{i}]</a></sup></p>"
        for i in range(4)
    )
    return f"<h1>Topic</h1><div id='mw-content-text'>{cites}<h2>References</h2>{notes}</div>"


def _references(i: int) -> str:
    # a source's title and its publisher are links: the list reads as a box of links
    return (
        f"<li id='cite_note-{i}'><a href='#cite_ref-{i}'>^</a> "
        f"<a href='https://example.org/{i}'>\"Report number {i} on the matter\"</a>. "
        f"<a href='/wiki/Times'>The Times</a>. 2 May 2019.</li>"
    )


@pytest.mark.parametrize(
    "href", ["#cite_note-{i}", "https://en.example.org/wiki/Topic#cite_note-{i}"]
)
def test_the_notes_the_text_links_to_are_kept_however_linked(href: str) -> None:
    notes = "<div class='reflist'><ol class='references'>"
    notes += "".join(_references(i) for i in range(4)) + "</ol></div>"
    found = texts(parse(page(_noted_article(href, notes))))
    for i in range(4):
        assert f'^ "Report number {i} on the matter". The Times. 2 May 2019.' in found
    assert found[3:5] == [f"{sentence(3)}[3]", "References"]


def test_a_list_whose_items_only_link_to_themselves_holds_no_notes() -> None:
    # a stream of teasers, each with a link to its own place (a permalink): not the text's
    teasers = "<div class='more'><ul>" + "".join(
        f"<li id='item-{i}'><a href='#item-{i}'>#</a> "
        f"<a href='/story/{i}'>Other story number {i} about the matter</a></li>"
        for i in range(4)
    )
    text = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    found = texts(parse(page(f"<h1>Topic</h1><div class='text'>{text}{teasers}</ul></div></div>")))
    assert found == [sentence(i) for i in range(4)]


def test_one_link_to_a_list_item_makes_no_notes() -> None:
    notes = "<div class='reflist'><ol class='references'>"
    notes += "".join(_references(i) for i in range(4)) + "</ol></div>"
    article = _noted_article("#cite_note-0", notes)
    found = texts(parse(page(article)))
    assert not any("Report number" in text for text in found)


# --- a sentence that links most of its words -------------------------------------------------

_LINKED_SENTENCES = [
    # BBC: the sentence's second half links to the earlier story
    "The Swedish investigation had been shelved in 2017 but was <a href='/news/48253343'>"
    "re-opened earlier this year following his eviction from the embassy</a>.",
    "Die Ermittlungen waren 2017 eingestellt worden, wurden aber <a href='/news/123'>nach "
    "seinem Auszug aus der Botschaft in diesem Jahr wieder aufgenommen</a>.",
]


@pytest.mark.parametrize("linked", _LINKED_SENTENCES)
def test_a_sentence_that_links_most_of_its_words_is_the_text_s(linked: str) -> None:
    story = f"<p>{sentence(1, 18)}</p><p>{linked}</p><p>{sentence(2, 18)}</p>"
    found = texts(parse(page(f"<h1>Headline</h1><div class='story'>{story}</div>")))
    assert len(found) == 3
    assert found[1].startswith(linked[:20])


@pytest.mark.parametrize(
    "line",
    [
        # a label and its link, another story's teaser
        "Lesen Sie auch: <a href='/a'>Die Ermittlungen gegen den Gründer wieder aufgenommen</a>.",
        # a link with few words of its own before it
        "Mehr dazu: <a href='/b'>Warum die Ermittlungen gegen den Gründer wieder aufgenommen "
        "wurden</a>.",
        # a link that opens the line
        "<a href='/c'>Die Ermittlungen gegen den Gründer werden wieder aufgenommen</a>, heute.",
    ],
)
def test_a_line_mostly_of_a_link_without_words_before_it_stays_out(line: str) -> None:
    story = f"<p>{sentence(1, 18)}</p><p>{line}</p><p>{sentence(2, 18)}</p>"
    found = texts(parse(page(f"<h1>Headline</h1><div class='story'>{story}</div>")))
    assert found == [sentence(1, 18), sentence(2, 18)]


# --- an empty box shown inline parts no line ---------------------------------------------------

_ICONS = [
    # a browser add-on's shield after a reference's linked title (Wikipedia, saved)
    "<div class='shield-container' style='cursor: pointer; display: -webkit-inline-box; "
    "width: 16px'><div class='shield_container'></div></div>",
    "<div class='icon' style='display:inline-block;width:12px'></div>",
    "<p style='display: inline'></p>",
]


@pytest.mark.parametrize("icon", _ICONS)
def test_an_empty_box_shown_inline_parts_no_line(icon: str) -> None:
    notes = "<div class='reflist'><ol class='references'>" + "".join(
        f"<li id='cite_note-{i}'><a href='#cite_ref-{i}'>^</a> <a href='https://example.org/{i}'>"
        f"\"Report number {i} on the matter\"</a>{icon}. <a href='/wiki/Times'>The Times</a>. "
        "2 May 2019.</li>"
        for i in range(4)
    )
    found = texts(parse(page(_noted_article("#cite_note-{i}", notes + "</ol></div>"))))
    for i in range(4):
        assert f'^ "Report number {i} on the matter". The Times. 2 May 2019.' in found


def test_a_box_shown_inline_with_text_is_still_a_block() -> None:
    # columns laid out inline-block: each its own paragraph
    columns = "".join(
        f"<div style='display:inline-block;width:50%'>{sentence(i)}</div>" for i in range(4)
    )
    found = texts(parse(page(f"<h1>Topic</h1><div class='text'>{columns}</div>")))
    assert found == [sentence(i) for i in range(4)]


# --- an embedded post in a box named as chrome -------------------------------------------------

_TWEET = (
    "<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>Yes this is real and yes the "
    "state spent nearly half a million dollars on it</p>— Dianna E. Anderson (@diannaeanderson) "
    "<a href='https://twitter.com/diannaeanderson/status/1'>November 18, 2019</a></blockquote>"
    "<script async src='https://platform.twitter.com/widgets.js'></script>"
)


def test_an_embedded_post_between_the_paragraphs_is_the_text_s_whatever_its_box_s_name() -> None:
    # NJ.com: each tweet in a <div class="social-media-embed"> between the paragraphs
    story = (
        f"<p>{sentence(1, 18)}</p><div class='social-media-embed'>{_TWEET}</div>"
        f"<p>{sentence(2, 18)}</p>"
    )
    found = texts(parse(page(f"<h1>Headline</h1><div class='entry-content'>{story}</div>")))
    assert found == [
        sentence(1, 18),
        "Yes this is real and yes the state spent nearly half a million dollars on it",
        "— Dianna E. Anderson (@diannaeanderson) November 18, 2019",
        sentence(2, 18),
    ]


def test_a_social_box_of_links_or_after_the_text_stays_out() -> None:
    share = (
        "<div class='social-share'><a href='https://facebook.com/share'>Facebook</a> "
        "<a href='https://twitter.com/share'>Twitter</a></div>"
    )
    story = f"<p>{sentence(1, 18)}</p>{share}<p>{sentence(2, 18)}</p>"
    html = page(
        f"<h1>Headline</h1><div class='entry-content'>{story}</div>"
        f"<div class='social-feed'>{_TWEET}</div>"
    )
    assert texts(parse(html)) == [sentence(1, 18), sentence(2, 18)]

"""Dates, bylines and sections printed on the page: languages, wire credits, order of preference."""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

import newsdoc
from newsdoc.readers.bylines import split_byline
from newsdoc.readers.dates import MODIFIED_WORDS, MONTH_NAMES, PUBLISHED_WORDS, parse_date
from newsdoc.readers.html.body.boilerplate import CREDIT_OPENERS
from newsdoc.readers.html.metadata.fields.section import display_section


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        ("Veröffentlicht am 8. Dezember 2010", dt.date(2010, 12, 8)),
        ("publié le 12 mars 2019", dt.date(2019, 3, 12)),
        ("publicado el 3 de abril de 2020", dt.date(2020, 4, 3)),
        ("опубликовано 5 мая 2021", dt.date(2021, 5, 5)),
        ("Publikováno 1. listopadu 2021", dt.date(2021, 11, 1)),
        ("3 augusti 2019", dt.date(2019, 8, 3)),
    ],
)
def test_printed_dates_in_many_languages(printed: str, day: dt.date) -> None:
    found = meta_of(f"<h1>Schlagzeile</h1><p>{printed}</p>{STORY}").published
    assert found is not None and (found if isinstance(found, dt.date) else found.date()) == day


def test_month_names_and_words_are_data() -> None:
    assert len(MONTH_NAMES) == 12
    assert "dezember" in MONTH_NAMES[11] and "listopadu" in MONTH_NAMES[10]
    assert "veröffentlicht" in PUBLISHED_WORDS


def test_published_over_modified_when_both_are_printed() -> None:
    body = (
        "<h1>Schlagzeile</h1><p>Aktualisiert am 9. Dezember 2010</p>"
        f"<p>Veröffentlicht am 8. Dezember 2010</p>{STORY}"
    )
    meta = meta_of(body)
    assert meta.published == dt.date(2010, 12, 8)
    assert meta.modified == dt.date(2010, 12, 9)


def test_the_url_date_over_a_printed_date_of_another_day() -> None:
    body = f"<h1>Schlagzeile</h1>{STORY}<div><p>3. Januar 2019</p></div>"
    meta = meta_of(body, url="https://example.de/2019/01/01/schlagzeile")
    assert meta.published == dt.date(2019, 1, 1)


def test_a_printed_date_of_the_url_day_keeps_its_time_and_zone() -> None:
    body = f"<h1>Headline</h1><time datetime='2019-12-24T21:25:00-05:00'>Dec 24</time>{STORY}"
    meta = meta_of(body, url="https://example.com/2019/12/24/headline", lang="en")
    assert meta.published == dt.datetime(
        2019, 12, 24, 21, 25, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


@pytest.mark.parametrize(
    ("opening", "lang", "day"),
    [
        ("Feb. 23, 2015 -- Peanut allergies have been on the rise", "en", dt.date(2015, 2, 23)),
        ("Berlin, 8. Dezember 2010 – Die Regierung hat beschlossen", "de", dt.date(2010, 12, 8)),
        ("Madrid, 3 de abril de 2020 - El Gobierno ha aprobado", "es", dt.date(2020, 4, 3)),
    ],
)
def test_the_date_of_a_dateline_opening_the_first_paragraph(
    opening: str, lang: str, day: dt.date
) -> None:
    body = f"<h1>Headline</h1><p>{opening}, a spokesman said on Monday.</p>{STORY}"
    assert meta_of(body, lang=lang).published == day


@pytest.mark.parametrize(
    "opening",
    [
        "Im Jahr 2010 - so sagte er - war alles anders",
        "From 1990 to 2010 -- a long time -- the company grew",
    ],
)
def test_a_year_before_a_dash_is_no_dateline(opening: str) -> None:
    body = f"<h1>Headline</h1><p>{opening}, a spokesman said on Monday.</p>{STORY}"
    assert meta_of(body).published is None


@pytest.mark.parametrize(
    ("printed", "lang", "names"),
    [
        ("Geschrieben von Hans Meier am 8. Dezember 2010", "de", ["Hans Meier"]),
        ("Ein Beitrag von Hans Meier", "de", ["Hans Meier"]),
        ("Autorin: Eva Schmidt", "de", ["Eva Schmidt"]),
        ("By Jane Roe on December 8, 2010", "en", ["Jane Roe"]),
        ("Por María López el 8 de diciembre de 2010", "es", ["María López"]),
        ("Par Jean Dupont le 8 décembre 2010", "fr", ["Jean Dupont"]),
    ],
)
def test_a_blog_s_byline_with_its_date(printed: str, lang: str, names: list[str]) -> None:
    meta = meta_of(f"<h1>Schlagzeile</h1><div>{printed}</div>{STORY}", lang=lang)
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == names


def test_the_date_beside_a_headline_printed_without_an_h1() -> None:
    menu = "<ul>" + "".join(f"<li><a href='/m/{i}'>Mês {i}</a></li>" for i in range(300)) + "</ul>"
    head = "<title>Atendimento registra arrombamento</title>"
    body = (
        f"<div>{menu}</div><div><p class='titulo'>Atendimento registra arrombamento</p>"
        f"<small><b>05/10/2018</b> - Publicado por: Clarissa</small>{STORY}</div>"
    )
    assert meta_of(body, head=head, lang="pt-BR").published == dt.date(2018, 10, 5)


def test_no_date_is_invented_from_a_copyright_year() -> None:
    body = f"<h1>Headline</h1>{STORY}<footer><p>© 2019 Example Media</p></footer>"
    assert meta_of(body, lang="en").published is None
    assert parse_date("© 2019 Example Media") is None


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Reporting by Jason Doe; Editing by Ann Roe", ["Jason Doe"]),
        (
            "Reporting by Jason Doe in London and Ann Roe in Paris; Writing by Tom Poe; "
            "Editing by Kim Loe",
            ["Jason Doe", "Ann Roe", "Tom Poe"],
        ),
        ("Von Anna Schmidt und Jörg Weber", ["Anna Schmidt", "Jörg Weber"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Text: Jane Roe, Fotos: Max Mustermann", ["Jane Roe"]),
        ("Фото: Иван Петров", []),
        ("Hamburg; Germany", []),
        ("Photo: AP | By Jane Roe", ["Jane Roe"]),
        ("Editing by Ann Roe", []),
    ],
)
def test_bylines(printed: str, names: list[str]) -> None:
    assert [person.name for person in split_byline(printed, strict=True)[0]] == names


def test_wire_credit_at_the_end_names_the_authors() -> None:
    body = f"<h1>Headline</h1>{STORY}<p>(Reporting by Jason Doe; Editing by Ann Roe)</p>"
    byline = meta_of(body, lang="en").byline
    assert byline is not None
    assert [person.name for person in byline.authors] == ["Jason Doe"]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("/WORLD/MIDDLE_EAST", "World / Middle East"),
        ("us-news", "US News"),
        ("news>politics", "News / Politics"),
        ("POLITICS", "Politics"),
        ("Middle East", "Middle East"),
        ("Technik & Motor", "Technik & Motor"),
        ("Sport » Fußball", "Sport / Fußball"),
        ("NFL", "NFL"),
        ("mlb", "MLB"),
        ("U.S.", "U.S."),
        ("Sci-Tech", "Sci-Tech"),
        ("economia,agro", "Economia"),
        ("tech_and_science", "Tech and Science"),
        ("wirtschaft-und-finanzen", "Wirtschaft und Finanzen"),
        ("la-liga", "La Liga"),
        ("https://www.example.com/world/middle-east/", "World / Middle East"),
        ("Home > World", "World"),
        ("Startseite » Politik", "Politik"),
        # a slug's small words (conjunctions, articles, particles) stay small, no acronyms
        ("ciencia-y-tecnologia", "Ciencia y Tecnologia"),
        ("politique-et-societe", "Politique et Societe"),
        ("sport-in-der-region", "Sport in der Region"),
        ("kultura-i-sztuka", "Kultura i Sztuka"),
        ("CIENCIA Y TECNOLOGIA", "Ciencia y Tecnologia"),
        ("politics-in-the-eu", "Politics in the EU"),
    ],
)
def test_section_is_made_readable(raw: str, shown: str) -> None:
    assert display_section(raw) == shown
    head = f"<meta property='article:section' content='{raw}'>"
    assert meta_of(f"<h1>H</h1>{STORY}", head=head).section == shown


@pytest.mark.parametrize(
    "placeholder",
    ["undefined", "null", "None", "/", "-", "Uncategorized", "Allgemein", "Non classé", "未分類",
     "Home", "https://www.example.com/"],
)  # fmt: skip
def test_a_placeholder_is_no_section(placeholder: str) -> None:
    head = f"<meta property='article:section' content='{placeholder}'>"
    assert meta_of(f"<h1>H</h1>{STORY}", head=head).section is None


@pytest.mark.parametrize("word", [*PUBLISHED_WORDS, *MODIFIED_WORDS])
def test_a_byline_ends_at_every_published_or_updated_word_of_the_data(word: str) -> None:
    # date_words.json is the one list: a new language's words cut bylines too
    authors, _ = split_byline(f"Jane Roe {word.title()} 12:30", strict=True)
    assert [person.name for person in authors] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("(Written by Jason Doe)", ["Jason Doe"]),
        ("(Reporting by Jason Doe; Editing by Ann Roe)", ["Jason Doe"]),
        ("(Editing by Ann Roe)", []),  # an editor's credit names no author
    ],
)
def test_wire_credits_open_as_the_body_list_says(credit: str, names: list[str]) -> None:
    assert credit.strip("()").casefold().startswith(CREDIT_OPENERS)
    byline = meta_of(f"<h1>Headline</h1>{STORY}<p>{credit}</p>", lang="en").byline
    assert ([person.name for person in byline.authors] if byline else []) == names


def _story_ending_with(line: str, lang: str) -> newsdoc.Article:
    """A page in ``lang`` whose story ends with the paragraph ``line``, read."""
    html = (
        f"<html lang='{lang}'><head><title>T</title></head><body><article><h1>Headline</h1>"
        f"{STORY}<p>{line}</p></article></body></html>"
    )
    return newsdoc.parse(html, format="html", analyze=False)


@pytest.mark.parametrize(
    ("lang", "credit", "names"),
    [
        # a wire's desks in other languages, whole in brackets at the story's end
        ("es", "(Reporte de Dave Graham; Editado en español por Noé Torres)", ["Dave Graham"]),
        ("pt", "(Reportagem de Marcela Ayres; Edição de Isabel Versiani)", ["Marcela Ayres"]),
        (
            "fr",
            "(Reportage Jean Dupont, version française Marie Martin, édité par Paul Roe)",
            ["Jean Dupont"],
        ),
        ("fr", "(Rédigé par Jean Dupont, édité par Paul Roe)", ["Jean Dupont"]),
    ],
)
def test_a_wire_credit_in_brackets_in_other_languages_names_the_authors(
    lang: str, credit: str, names: list[str]
) -> None:
    article = _story_ending_with(credit, lang)
    assert article.byline is not None
    assert [person.name for person in article.byline.authors] == names
    assert credit not in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the same words open sentences: out of brackets, a paragraph of the text
        ("es", "Reporte de la ONU: la pobreza bajó en la región, con matices."),
        ("fr", "Reportage à Kiev, où les habitants attendent le retour du courant."),
    ],
)
def test_a_sentence_that_opens_like_a_credit_stays_in_the_text(lang: str, line: str) -> None:
    article = _story_ending_with(line, lang)
    assert line in [paragraph.text for paragraph in article.paragraphs]
    assert article.byline is None


def test_a_printed_byline_wins_over_the_twitter_label_account() -> None:
    # twitter:label1 "Written by" names the CMS account that posted the page (an editor's)
    head = (
        "<meta name='twitter:label1' content='Written by'>"
        "<meta name='twitter:data1' content='Ed Itor'>"
    )
    body = f"<h1>Headline</h1><div class='byline'>By Jane Roe</div>{STORY}"
    byline = meta_of(body, head=head, lang="en").byline
    assert byline is not None and [p.name for p in byline.authors] == ["Jane Roe"]
    alone = meta_of(f"<h1>Headline</h1>{STORY}", head=head, lang="en").byline
    assert alone is not None and [p.name for p in alone.authors] == ["Ed Itor"]


@pytest.mark.parametrize(
    "credit",
    [
        # a photo credit marked as the picture's author (schema.org ImageObject)
        "<div itemscope itemtype='http://schema.org/ImageObject'><img src='a.jpg'>"
        "<small itemprop='author'>Photograph by Jane Roe, Example Images</small></div>",
        # the same inside a figure's caption, whatever its scope
        "<figure><img src='a.jpg'><figcaption><small itemprop='author'>Jane Roe</small>"
        "</figcaption></figure>",
        # a pull quote's speaker
        "<div class='pull-quote'><blockquote>Words.</blockquote>"
        "<div class='pull-quote__author'><span class='author'>Jane Roe</span></div></div>",
    ],
)
def test_a_picture_credit_or_a_pull_quote_speaker_is_no_author(credit: str) -> None:
    scope = "itemscope itemtype='http://schema.org/NewsArticle'"
    body = f"<article {scope}><h1>Headline</h1>{STORY}{credit}{STORY}</article>"
    assert meta_of(body, lang="en").byline is None


def test_a_long_declared_list_of_credits_is_narrowed_to_the_linked_printed_byline() -> None:
    head = "<meta name='author' content='Jane Roe,Sam Poe at Example Models,Kim Doe for Brand'>"
    printed = "<div class='byline'>By <a href='/author/jane-roe'>Jane Roe</a></div>"
    byline = meta_of(f"<h1>Headline</h1>{printed}{STORY}", head=head, lang="en").byline
    assert byline is not None and [p.name for p in byline.authors] == ["Jane Roe"]
    # a printed byline without author links does not narrow the list
    plain = "<div class='byline'>By Jane Roe</div>"
    byline = meta_of(f"<h1>Headline</h1>{plain}{STORY}", head=head, lang="en").byline
    assert byline is not None and len(byline.authors) == 3


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        ("8. Dez. 2010, 14:35", dt.date(2010, 12, 8)),
        ("3 Okt 2021", dt.date(2021, 10, 3)),
        ("12 févr. 2019 à 10h30", dt.date(2019, 2, 12)),
        ("3 ene. 2021", dt.date(2021, 1, 3)),
        ("3 dic 2021", dt.date(2021, 12, 3)),
        ("3 mrt 2021", dt.date(2021, 3, 3)),
        ("3 окт. 2021", dt.date(2021, 10, 3)),
        # "Mag." opens Austrian names (Magister): no abbreviation that is a word elsewhere
        ("Mag. Hans Meier, 3 May 2021", dt.date(2021, 5, 3)),
    ],
)
def test_abbreviated_month_names(printed: str, day: dt.date) -> None:
    when = parse_date(printed, dayfirst=True)
    assert when is not None
    assert (when.date() if isinstance(when, dt.datetime) else when) == day


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Publié le 08/12/2010 à 10h00, mis à jour le 09/12/2010 à 11h00", "fr"),
        ("Veröffentlicht am 8. Dezember 2010, aktualisiert am 9. Dezember 2010", "de"),
        ("Published December 8, 2010 | Updated December 9, 2010 10:00 AM", "en"),
    ],
)
def test_one_line_with_the_published_and_the_updated_date(line: str, lang: str) -> None:
    meta = meta_of(f"<h1>Headline</h1><p>{line}</p>{STORY}", lang=lang)
    assert meta.published is not None and meta.modified is not None
    days = [when.day for when in (meta.published, meta.modified)]
    assert days == [8, 9]


def test_an_author_box_after_the_article_names_the_author() -> None:
    filler = "".join(f"<div class='x{i}'><span>{i}</span></div>" for i in range(450))
    box = (
        "<div class='auteur_container'><div class='auteur_photo_info'>\n"
        + " " * 200
        + "<a href='https://example.com/auteur/79/roberson-alphonse'><h5>Roberson Alphonse</h5>"
        "</a>\n" + " " * 200 + "<span>Auteur</span></div></div>"
    )
    byline = meta_of(f"<h1>Headline</h1>{STORY}{filler}{box}", lang="fr").byline
    assert byline is not None and [p.name for p in byline.authors] == ["Roberson Alphonse"]


@pytest.mark.parametrize(
    "link",
    [
        "<a href='/staff/'>Our Staff</a>",  # a list of staff, not a person's page
        "<a href='/settings/profile/'>設定</a>",
    ],
)
def test_a_link_to_no_persons_page_names_no_author(link: str) -> None:
    filler = "".join(f"<div class='x{i}'><span>{i}</span></div>" for i in range(450))
    assert meta_of(f"<h1>Headline</h1>{STORY}{filler}<div>{link}</div>", lang="en").byline is None


def test_a_declared_author_that_is_the_sites_name_is_the_outlet() -> None:
    head = "<meta name='author' content='Tribuna'>"
    byline = meta_of(
        f"<h1>Headline</h1>{STORY}", head=head, url="https://www.tribuna.cu/x/story", lang="es"
    ).byline
    assert byline is not None and byline.text == "Tribuna" and byline.authors == ()
    # the person the page names wins over the outlet
    person = "<span itemprop='author'>Oscar Alvarez Delgado</span>"
    byline = meta_of(
        f"<h1>Headline</h1>{person}{STORY}", head=head, url="https://www.tribuna.cu/x", lang="es"
    ).byline
    assert byline is not None and [p.name for p in byline.authors] == ["Oscar Alvarez Delgado"]
    # a person's name that holds the site's is still a person (kottke.org)
    head = "<meta name='author' content='Jason Kottke'>"
    kottke = "https://kottke.org/19/x"
    byline = meta_of(f"<h1>H</h1>{STORY}", head=head, url=kottke, lang="en").byline
    assert byline is not None and [p.name for p in byline.authors] == ["Jason Kottke"]


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)",
         ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
        ("By Jane Roe (with John Doe)", ["Jane Roe", "John Doe"]),
        ("By Jane Roe (with additional reporting by Sam Poe)", ["Jane Roe"]),
        ("Jane Roe (Reuters)", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_co_authors_in_brackets(printed: str, names: list[str]) -> None:
    assert [person.name for person in split_byline(printed, strict=True)[0]] == names


def test_the_date_nearest_the_headline_wins_over_the_teasers_below() -> None:
    teasers = "".join(
        f"<div class='teaser'><img src='/t{i}.jpg'><p><span class='date-post'>Abril 21, 2022"
        f"</span></p><h3><a href='/t{i}'>Other story {i}</a></h3></div>"
        for i in range(4)
    )
    body = (
        "<div class='post-meta'><span class='date-post'>Abril 19, 2022</span></div>"
        f"<h1>Headline</h1>{teasers}{STORY}"
    )
    meta = meta_of(body, lang="es")
    assert meta.published == dt.date(2022, 4, 19)


def test_an_author_given_as_the_slug_of_its_page_has_its_words_apart() -> None:
    ld = (
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Graciela-Cuevas",'
        ' "url": "https://www.example.com/autor/graciela-cuevas/2338"}}'
    )
    head = f"<script type='application/ld+json'>{ld}</script>"
    byline = meta_of(f"<h1>Headline</h1>{STORY}", head=head, lang="es").byline
    assert byline is not None and [p.name for p in byline.authors] == ["Graciela Cuevas"]
    # a hyphenated given name is no slug when the profile URL does not spell it
    ld = ld.replace("Graciela-Cuevas", "Jean-Pierre Roe")
    head = f"<script type='application/ld+json'>{ld}</script>"
    byline = meta_of(f"<h1>Headline</h1>{STORY}", head=head, lang="fr").byline
    assert byline is not None and [p.name for p in byline.authors] == ["Jean-Pierre Roe"]


@pytest.mark.parametrize(
    ("printed", "text", "names"),
    [
        ("Anna Meier (Text), Paul Schulz (Fotos)", None, ["Anna Meier"]),
        ("Von dpa-Korrespondentin Anna Meier", None, ["Anna Meier"]),
        ("By JASON DOE Associated Press", None, ["Jason Doe"]),
        ("By Jane Roe, with reporting by John Doe", None, ["Jane Roe", "John Doe"]),
        ("Quelle: dpa", "dpa", []),
        ("Quelle: dpa, Anna Meier", None, ["Anna Meier"]),
    ],
)
def test_a_printed_byline_s_authors_and_not_its_credits(
    printed: str, text: str | None, names: list[str]
) -> None:
    meta = meta_of(f"<h1>Schlagzeile</h1><div class='byline'>{printed}</div>{STORY}")
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == names
    assert meta.byline.text == (text or printed)


@pytest.mark.parametrize(
    "note",
    [
        'By clicking "Submit," you agree to the <a href="/privacy">Privacy Policy</a>.',
        "By signing up, you agree to our <a href='/terms'>Terms of Service</a>",
    ],
)
def test_a_forms_note_that_opens_with_by_is_no_byline(note: str) -> None:
    # a newsletter box beside the article: "By" opens a sentence, not a name
    page = f"<h1>The headline</h1><span class='note'>{note}</span>{STORY}"
    found = meta_of(page, lang="en").byline
    assert found is None or not found.authors


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("By <a href='/people/jane-roe'>Jane Roe</a>", "Jane Roe"),
        ("By Jane Roe", "Jane Roe"),
        ("Por María López", "María López"),
        ("Von unserer Korrespondentin Anna Meier", "Anna Meier"),
    ],
)
def test_a_byline_goes_on_with_a_name_a_role_or_a_particle(printed: str, name: str) -> None:
    found = meta_of(f"<h1>The headline</h1><p>{printed}</p>{STORY}").byline
    assert found is not None and [a.name for a in found.authors] == [name]


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        # a paste site's or a forum's user, a blog's author known by a nickname
        ("<div class='username'><a href='/u/EvilSpark'>EvilSpark</a></div>", "EvilSpark"),
        (
            "<span class='posted-by'>Veröffentlicht von <a href='/author/kalle/'>Kalle</a></span>",
            "Kalle",
        ),
        ("<h3 class='byline'><a rel='author' href='/users/Howl/pseuds/Howl'>Howl</a></h3>", "Howl"),
    ],
)
def test_a_name_of_one_word_linked_to_its_own_page_is_the_author(printed: str, name: str) -> None:
    meta = meta_of(f"<h1>Schlagzeile</h1>{printed}{STORY}")
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == [name]


def test_a_link_to_the_users_pages_is_no_author() -> None:
    # a menu's link to the list of users: not the user's own page
    meta = meta_of(f"<a href='/user/memberlist'>Member List</a><h1>Schlagzeile</h1>{STORY}")
    assert meta.byline is None
    # a word the page links to an author's page that is not the page's own name
    meta = meta_of(f"<h1>Schlagzeile</h1><a href='/author/anna-meier/'>Politik</a>{STORY}")
    assert meta.byline is None

"""The printed text of a byline (``Byline.text``): the byline as printed, without the date,
the time or the page's buttons printed beside the names in the same box.

A byline box often holds the article's date and time after the names, or before them,
and share or follow buttons; the reader takes the people from it, and its text must
be the byline a reader sees: opener, names, roles, outlet.
"""

from __future__ import annotations

import pytest
from metadata_helpers import STORY, meta_of

import newsdoc
from newsdoc.readers.bylines import byline_text, parse_byline, split_authors


def page(box: str) -> str:
    """An article: the headline, a byline box, the text."""
    return f"<main><article><h1>The council passes a new budget</h1>{box}{STORY}</article></main>"


@pytest.mark.parametrize(
    ("box", "lang", "text", "names"),
    [
        (  # the date and its time after the names, on lines of their own
            "<div class='byline'><a href='/profile/anna'>Anna Meier</a><br>and<br>"
            "<a href='/profile/paul'>Paul Roe</a><br>Tue 29 Nov 2016 15.26 EST<br>"
            "First published on Tue 29 Nov 2016 07.46 EST</div>",
            "en",
            "Anna Meier and Paul Roe",
            ["Anna Meier", "Paul Roe"],
        ),
        (  # German: "publiziert am" and the date
            "<p class='author'>Von Moritz Bachmann publiziert am 25. September 2018</p>",
            "de",
            "Von Moritz Bachmann",
            ["Moritz Bachmann"],
        ),
        (  # German: a bar, the date and the time
            "<div class='byline'>Von Anna Beispiel | 12.03.2019, 14:05 Uhr</div>",
            "de",
            "Von Anna Beispiel",
            ["Anna Beispiel"],
        ),
        (  # Japanese: the date and time before the label
            "<div class='author'>2019/02/22 17:23<br>著者：後藤大地</div>",
            "ja",
            "著者：後藤大地",
            ["後藤大地"],
        ),
        (  # a date before "by": the opener stays, the date goes
            "<p class='byline'>January 17, 2017 at 6:08 PM ET by Jane Roe</p>",
            "en",
            "by Jane Roe",
            ["Jane Roe"],
        ),
        (  # the opener printed twice, once in an element of its own
            "<div class='byline'><span>By</span> by JOSH HASKELL and DAVID CAPLAN</div>",
            "en",
            "By JOSH HASKELL and DAVID CAPLAN",
            ["Josh Haskell", "David Caplan"],
        ),
        (  # the role and the outlet stay; the update line and its time go
            "<div class='byline'>Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET"
            " | Last Updated: 24 minutes ago</div>",
            "en",
            "Pete Evans · CBC News",
            ["Pete Evans"],
        ),
        (  # French: "le" and the date after the names, a follow button
            "<div class='byline'>Par Jean Dupont et Marie Curie, le 8 décembre 2010 Suivre</div>",
            "fr",
            "Par Jean Dupont et Marie Curie",
            ["Jean Dupont", "Marie Curie"],
        ),
        (  # Spanish: a dash and the date
            "<div class='autor'>Por Ana García — 8 de diciembre de 2010</div>",
            "es",
            "Por Ana García",
            ["Ana García"],
        ),
        (  # a share button after the name
            "<div class='byline'>Rebecca Hersher <a href='https://twitter.com/x'>Twitter</a></div>",
            "en",
            "Rebecca Hersher",
            ["Rebecca Hersher"],
        ),
    ],
)
def test_byline_text_without_date(box: str, lang: str, text: str, names: list[str]) -> None:
    meta = meta_of(page(box), lang=lang)
    assert meta.byline is not None
    assert meta.byline.text == text
    assert [person.name for person in meta.byline.authors] == names


@pytest.mark.parametrize(
    "box",
    [
        # a role and an outlet after the name, no date
        "<div class='byline'>By Jane Roe, Staff Writer, The Daily</div>",
        # a section printed after the names: what the names are printed with
        "<div class='byline'>Jochen Bittner, Tina Hildebrandt · Politik</div>",
    ],
)
def test_byline_text_without_date_kept(box: str) -> None:
    meta = meta_of(page(box), lang="en")
    assert meta.byline is not None
    assert meta.byline.text == " ".join(box.split(">", 1)[1].rsplit("<", 1)[0].split())


@pytest.mark.parametrize(
    ("box", "lang", "text", "names"),
    [
        (
            "<div class='byline'>Politik · Jochen Bittner, Tina Hildebrandt</div>",
            "de",
            "Jochen Bittner, Tina Hildebrandt",
            ["Jochen Bittner", "Tina Hildebrandt"],
        ),
        ("<div class='autor'>Economía | Juan Pérez</div>", "es", "Juan Pérez", ["Juan Pérez"]),
        (
            "<p class='auteur'>Politique • Par Jean Dupont</p>",
            "fr",
            "Par Jean Dupont",
            ["Jean Dupont"],
        ),
        (
            "<span class='byline'>Opinion — By Jane Roe and John Poe</span>",
            "en",
            "By Jane Roe and John Poe",
            ["Jane Roe", "John Poe"],
        ),
        (  # the role's label after the mark leads to the name
            "<div class='byline'>Jakarta | Reporter: Ahmad Fauzi</div>",
            "id",
            "Reporter: Ahmad Fauzi",
            ["Ahmad Fauzi"],
        ),
    ],
)
def test_byline_text_without_a_label_before_the_names(
    box: str, lang: str, text: str, names: list[str]
) -> None:
    # a section's label (or an outlet's name) parted from the names by a bar, a bullet or a
    # dash is printed beside the byline, not in it
    meta = meta_of(page(box), lang=lang)
    assert meta.byline is not None
    assert meta.byline.text == text
    assert [person.name for person in meta.byline.authors] == names


def test_byline_text_names_not_found_kept() -> None:
    # the names as read differ from the text (a surname first): nothing to anchor a cut on
    authors = split_authors("Jane Roe")
    assert byline_text("Roe, J. 12.03.2019", authors) == "Roe, J. 12.03.2019"


def test_byline_text_name_ending_in_a_date_word() -> None:
    # "Jean Le" is no "le" before a date: the names stay whole
    authors = split_authors("Par Paul Roe et Jean Le")
    assert byline_text("Par Paul Roe et Jean Le 8 décembre 2010", authors) == (
        "Par Paul Roe et Jean Le"
    )


def test_text_article_byline_without_date() -> None:
    # a plain text article prints its byline and date on one line under the headline
    article = newsdoc.parse(
        "Council passes a new budget\n\nBy Jane Roe and Paul Poe, March 12, 2019 14:05\n\n"
        "The council passed a new budget on Tuesday, after a debate that lasted into the "
        "night.\n\nIt will take effect next year, the mayor said.\n",
        format="text",
    )
    assert article.byline is not None
    assert article.byline.text == "By Jane Roe and Paul Poe"
    assert [person.name for person in article.byline.authors] == ["Jane Roe", "Paul Poe"]


def test_parse_byline_without_date() -> None:
    byline = parse_byline("Von Anna Meier, 12. März 2019", language="de")
    assert byline is not None
    assert byline.text == "Von Anna Meier"


UKRAINIAN = (
    "<main><article><h1>Рада ухвалила новий бюджет міста</h1>{}" + STORY + "</article></main>"
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a Ukrainian byline beside its date, without an opener: the first names of a
        # language without word lists of its own (first_names.json) tell a person's name
        ("<p class='meta'>Іван Петренко, 12 березня 2019</p>", "Іван Петренко"),
        ("<p class='meta'>12.03.2019 · Олена Коваленко</p>", "Олена Коваленко"),
        ("<div class='info'>Соломія Шевчук | 12.03.2019</div>", "Соломія Шевчук"),
    ],
)
def test_ukrainian_name_beside_date(line: str, name: str) -> None:
    meta = meta_of(UKRAINIAN.format(line), lang="uk")
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == [name]
    assert meta.byline.text == name


def test_ukrainian_place_beside_date_names_nobody() -> None:
    # "Біла Церква" (a town) is two capitalised words, no first name
    meta = meta_of(UKRAINIAN.format("<p class='meta'>12.03.2019 · Біла Церква</p>"), lang="uk")
    assert meta.byline is None or not meta.byline.authors


GERMAN = (
    "<main><article><h1>Stadtrat beschließt neuen Haushalt</h1>{}" + STORY + "</article></main>"
)


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        # a name beside its agency, parted by a slash, in a box of no name under the headline
        ("<p>dpa/Max Muster</p>", "de", "Max Muster"),
        ("<div>Anna Beispiel / AFP</div>", "de", "Anna Beispiel"),
        ("<p class='meta'>Jane Roe/Reuters</p>", "en", "Jane Roe"),
    ],
)
def test_name_beside_agency(line: str, lang: str, name: str) -> None:
    meta = meta_of(GERMAN.format(line), lang=lang)
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == [name]
    assert meta.byline.text == " ".join(line.split(">", 1)[1].rsplit("<", 1)[0].split())


@pytest.mark.parametrize(
    "line",
    [
        # a picture's credit names its photographer
        "<figure><img src='a.jpg' alt=''><figcaption>Das Rathaus. "
        "<span>dpa/Max Muster</span></figcaption></figure>",
        "<div class='image-credit'>dpa/Max Muster</div>",
        "<p>Foto: dpa/Max Muster</p>",
        # no agency, or no person
        "<p>Anna Meier/Paul Roe</p>",
        "<p>Politik/Wirtschaft</p>",
    ],
)
def test_no_name_beside_agency(line: str) -> None:
    meta = meta_of(GERMAN.format(line))
    assert meta.byline is None or not meta.byline.authors


@pytest.mark.parametrize(
    ("box", "lang", "text", "name"),
    [
        # a reading time after the names, in its own element or the same
        (
            "<div class='byline'>By <a href='/author/natasha'>Natasha Daly</a> • "
            "<span>8 min read</span></div>",
            "en",
            "By Natasha Daly",
            "Natasha Daly",
        ),
        (
            "<p class='autor'>Von Anna Meier 5 Min. Lesezeit</p>",
            "de",
            "Von Anna Meier",
            "Anna Meier",
        ),
        # a short time ago after the name
        ("<div class='byline'>By Jon Fingas 1h ago</div>", "en", "By Jon Fingas", "Jon Fingas"),
        # the page's buttons after the names, in German and French
        (
            "<div class='byline'>Von Anna Meier <button>Folgen</button></div>",
            "de",
            "Von Anna Meier",
            "Anna Meier",
        ),
        (
            "<div class='byline'>Par Jean Dupont <a href='#'>Partager</a></div>",
            "fr",
            "Par Jean Dupont",
            "Jean Dupont",
        ),
    ],
)
def test_byline_text_without_reading_time(box: str, lang: str, text: str, name: str) -> None:
    meta = meta_of(page(box), lang=lang)
    assert meta.byline is not None
    assert meta.byline.text == text
    assert [person.name for person in meta.byline.authors] == [name]


@pytest.mark.parametrize(
    ("byline", "when", "lang", "name"),
    [
        ("Von Anna Meier", "vor 2 Stunden", "de", "Anna Meier"),
        ("Par Jean Dupont", "il y a 3 heures", "fr", "Jean Dupont"),
        ("Por Ana García", "· hace 2 horas", "es", "Ana García"),
        ("Por Ana Silva", "há 5 minutos", "pt", "Ana Silva"),
        ("Di Mario Rossi", "2 ore fa", "it", "Mario Rossi"),
        ("Door Jan de Vries", "2 uur geleden", "nl", "Jan de Vries"),
        ("Ahmet Yılmaz", "2 saat önce", "tr", "Ahmet Yılmaz"),
        ("Иван Петров", "2 часа назад", "ru", "Иван Петров"),
        ("Jan Kowalski", "2 godziny temu", "pl", "Jan Kowalski"),
        ("By Jane Roe", "2 hours ago", "en", "Jane Roe"),
        # (in Chinese, Japanese and Korean the count, the unit and "ago" are glued)
        ("张伟", "3小时前", "zh", "张伟"),
        ("李娜", "· 5分钟前", "zh", "李娜"),
        ("山田 太郎", "3時間前", "ja", "山田 太郎"),
        ("김철수 기자", "3시간 전", "ko", "김철수"),
    ],
)
def test_a_short_time_ago_in_any_language_ends_the_byline(
    byline: str, when: str, lang: str, name: str
) -> None:
    # "vor 2 Stunden" is printed where "1h ago" is: when the byline was posted, no one's name
    meta = meta_of(page(f"<div class='byline'>{byline} {when}</div>"), lang=lang)
    assert meta.byline is not None
    assert meta.byline.text == byline
    assert [person.name for person in meta.byline.authors] == [name]


@pytest.mark.parametrize(
    ("box", "lang", "text", "name"),
    [
        (  # a Washington Post-like byline: the author's bio, opening with the name, beside it
            "<div class='byline'><span>By </span><a class='author-name' href='/people/jane-doe/'>"
            "Jane Doe</a><div class='author-bio'>Jane Doe is a reporter covering Congress for "
            "The Post.</div></div>",
            "en",
            "By Jane Doe",
            "Jane Doe",
        ),
        (
            "<div class='autor'>Von <a href='/autor/anna-meier'>Anna Meier</a> <p>Anna Meier "
            "ist Redakteurin im Ressort Politik.</p></div>",
            "de",
            "Von Anna Meier",
            "Anna Meier",
        ),
        (
            "<div class='byline'>Por <a href='/autor/juan-perez'>Juan Pérez</a> <span>Juan "
            "Pérez es periodista de economía.</span></div>",
            "es",
            "Por Juan Pérez",
            "Juan Pérez",
        ),
    ],
)
def test_byline_text_ends_where_the_name_is_printed_again(
    box: str, lang: str, text: str, name: str
) -> None:
    meta = meta_of(page(box), lang=lang)
    assert meta.byline is not None
    assert meta.byline.text == text
    assert [person.name for person in meta.byline.authors] == [name]


@pytest.mark.parametrize(
    ("box", "lang", "name", "role"),
    [
        (  # BuzzFeed: the outlet and the role on a line under the name
            "<div class='byline'><span>by</span><span>Katie Baker</span><span>BuzzFeed News "
            "Reporter</span></div>",
            "en",
            "Katie Baker",
            "BuzzFeed News Reporter",
        ),
        (
            "<div class='byline'>By Jane Roe<br>Daily Herald Staff Writer</div>",
            "en",
            "Jane Roe",
            "Daily Herald Staff Writer",
        ),
        (
            "<div class='autor'>Von Anna Meier<br>Stuttgarter Zeitung Redakteurin</div>",
            "de",
            "Anna Meier",
            "Stuttgarter Zeitung Redakteurin",
        ),
    ],
)
def test_an_outlets_role_under_the_name_is_the_names_role_not_a_second_author(
    box: str, lang: str, name: str, role: str
) -> None:
    meta = meta_of(page(box), lang=lang)
    assert meta.byline is not None
    assert [(p.name, p.role) for p in meta.byline.authors] == [(name, role)]


def _authors_of(lang: str, bylines: str) -> list[str]:
    html = (
        f"<html lang='{lang}'><head><title>T</title></head><body><article>"
        f"<h1>The headline of the story</h1>{bylines}{STORY}</article></body></html>"
    )
    article = newsdoc.parse(html, format="html", analyze=False)
    return [person.name for person in article.authors]


@pytest.mark.parametrize(
    ("lang", "bylines", "names"),
    [
        # several authors over two bylines: each linked to its own page in a box of its own,
        # without an opener, with nothing or a conjunction between them
        (
            "en",
            "<div class='byline'><a href='/author/jane-roe'>Jane Roe</a></div>"
            "<div class='byline'><a href='/author/john-doe'>John Doe</a></div>",
            ["Jane Roe", "John Doe"],
        ),
        (
            "de",
            "<span class='author'><a href='/autor/anna-meier'>Anna Meier</a></span> und "
            "<span class='author'><a href='/autor/max-muster'>Max Muster</a></span>",
            ["Anna Meier", "Max Muster"],
        ),
        (
            "es",
            "<div><a href='/autor/juan-perez'>Juan Pérez</a></div>"
            "<div><a href='/autor/maria-lopez'>María López</a></div>",
            ["Juan Pérez", "María López"],
        ),
        # a label between them says the second did something else (translated the story)
        (
            "en",
            "<div><ul><li><a href='/profile/jane-roe'>Jane Roe</a></li></ul></div>"
            "<div><p class='meta'>Translator</p>"
            "<ul><li><a href='/profile/john-doe'>John Doe</a></li></ul></div>",
            ["Jane Roe"],
        ),
    ],
)
def test_authors_linked_in_boxes_of_their_own_are_all_authors(
    lang: str, bylines: str, names: list[str]
) -> None:
    assert _authors_of(lang, bylines) == names


@pytest.mark.parametrize(
    ("lang", "box", "names"),
    [
        # a box named a signature marks a byline: Spanish and Italian "firma"
        ("it", "<div class='firma'>di <a href='/autori/mario-rossi'>Mario Rossi</a></div>",
         ["Mario Rossi"]),
        ("es", "<p class='c-firma__nombre'>Juan Pérez y María López</p>",
         ["Juan Pérez", "María López"]),
        # (the word, not its letters inside another: "confirmation")
        ("en", "<div class='confirmation-text'>Jane Roe</div>", []),
    ],
)  # fmt: skip
def test_a_box_named_a_signature_is_a_byline(lang: str, box: str, names: list[str]) -> None:
    assert _authors_of(lang, box) == names

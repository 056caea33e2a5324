"""Invisible formatting characters (soft hyphens, zero-width spaces) are no part of the text.

Pages put them inside words ("Bundes&shy;regierung"); a browser shows none and
copies none, and the readers remove them (:mod:`newsdoc.readers.invisible`),
wherever they are written and however (a character or a reference), but for
newsdoc's own pages, which are read back exactly.
"""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import shared_path
from test_html_body_classes import page, parse, sentence, texts

import newsdoc
from newsdoc.errors import ParseError
from newsdoc.model import Article, Paragraph

# every way a page writes each character
SPELLINGS = [
    "\u00ad",
    "&shy;",
    "&#173;",
    "&#xAD;",
    "&#x00ad;",
    "\u200b",
    "&#8203;",
    "&#x200B;",
    "&ZeroWidthSpace;",
    "\u2060",
    "&NoBreak;",
    "&#8288;",
    "\ufeff",
    "&#xFEFF;",
    "&#65279;",
]


@pytest.mark.parametrize("mark", SPELLINGS)
def test_invisible_characters_leave_the_headline_byline_and_text(mark: str) -> None:
    story = (
        f"<p class='byline'>Von Max Mus{mark}ter</p>"
        f"<p>Die Bundes{mark}regierung hat am Montag beschlossen, {sentence(1)}</p>"
        f"<p>{sentence(2)} Der <a href='/haushalt'>Haus{mark}halt</a> steht.</p>"
        f"<p>{sentence(3)}</p>"
    )
    html = page(f"<article><h1>Bundes{mark}regierung plant</h1>{story}</article>", lang="de")
    html = html.replace("<title>T</title>", f"<title>Bundes{mark}regierung plant</title>")
    article = parse(html)
    assert article.headline == "Bundesregierung plant"
    assert article.byline is not None
    assert [author.name for author in article.authors] == ["Max Muster"]
    found = texts(article)
    assert f"Die Bundesregierung hat am Montag beschlossen, {sentence(1)}" in found
    linked = next(p for p in article.paragraphs if "Haushalt" in p.text)
    (link,) = linked.links
    assert linked.text[link.start : link.end] == "Haushalt"


def test_a_paragraph_of_zero_width_spaces_is_no_paragraph() -> None:
    story = "".join(f"<p>{sentence(i)}</p><p>&#8203;</p><p>\u200b \u200b</p>" for i in range(4))
    found = texts(parse(page(f"<article><h1>Headline</h1>{story}</article>")))
    assert found == [sentence(i) for i in range(4)]


def test_joiners_that_change_the_writing_are_kept() -> None:
    # Persian writes "I want" with a zero-width non-joiner; an emoji family is joined
    persian = "من می\u200cخواهم بروم و این جمله به اندازه کافی بلند است تا یک بند باشد."
    family = "The family \U0001f468\u200d\U0001f469\u200d\U0001f467 " + sentence(5)
    story = f"<p>{persian}</p><p>{family}</p><p>{sentence(6)}</p>"
    found = texts(parse(page(f"<article><h1>Headline</h1>{story}</article>")))
    assert persian in found
    assert family in found


def test_newsdoc_s_own_page_is_read_back_exactly() -> None:
    article = Article(
        headline="Bundes\u00adregierung",
        paragraphs=(Paragraph(text="Zero\u200bwidth and soft\u00adhyphen stay as written."),),
    )
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article


def test_the_text_reader_removes_them_too() -> None:
    article = newsdoc.parse_text(
        "# Bundes\u00adregierung plant\n\nEin Satz mit Zero\u200bwidth und\u2060 mehr.\n"
    )
    assert article.headline == "Bundesregierung plant"
    assert [p.text for p in article.paragraphs] == ["Ein Satz mit Zerowidth und mehr."]


def test_a_text_of_invisible_characters_alone_is_refused() -> None:
    with pytest.raises(ParseError, match="no readable characters"):
        newsdoc.parse_text("\u00ad\u200b\n\u00ad")


def test_a_german_page_s_soft_hyphens_leave_its_words_whole() -> None:
    # an aeb page (heise-like, German) that hyphenates long words with &shy;
    aeb = shared_path("corpus", "aeb")
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    key = "57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2"
    html = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes())
    assert b"\xc2\xad" in html or b"&shy;" in html
    text = "\n".join(texts(parse(html.decode("utf-8"))))
    assert "\u00ad" not in text
    assert "Notfalldatensatz" in text
    assert "Notfalldatensatz" in truth[key]["articleBody"].replace("\u00ad", "")

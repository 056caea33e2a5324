"""The body finder on the kinds of page that lose text or keep boilerplate.

Each test builds a small page of one kind (a live blog, a forum thread, a
table of results, share buttons in other languages, ...) inside the chrome
every news page has (navigation, a "most read" box, a footer), and checks
what the body keeps and what it leaves out.
"""

from __future__ import annotations

import gzip
import warnings
from collections.abc import Callable

import pytest
from conftest import shared_path

import newsdoc
from newsdoc import Article, NewsdocWarning, ParagraphKind

_WORDS = "council budget river school mayor winter harbour trains museum election farmers "
WORDS = (_WORDS + "bridge hospital storm festival teachers tunnel library market rail").split()


def sentence(i: int, words: int = 30) -> str:
    """A sentence of its own for each ``i`` (pages repeat no paragraph)."""
    w = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(words)]
    third = words // 3
    return (
        f"Paragraph {i} says that the {' '.join(w[:third])}, while "
        f"{' '.join(w[third : 2 * third])} and {' '.join(w[2 * third :])}."
    )


def page(article: str, *, before: str = "", lang: str = "en") -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    side = "<aside><h3>Most read</h3><ul>" + "".join(
        f"<li><a href='/r{i}'>Other story number {i} about something</a></li>" for i in range(6)
    )
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body>{nav}</ul></nav>{before}"
        f"<main>{article}</main>{side}</ul></aside>"
        "<footer><p>© 2024 Example Media. All rights reserved.</p></footer></body></html>"
    )


def parse(html: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        return newsdoc.parse_html(html)


def texts(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def test_live_blog_keeps_every_entry() -> None:
    entries = "".join(
        f"<div class='live-entry'><div class='entry-time'>1{i}:0{i}</div>"
        f"<div class='entry-body'><p>{sentence(i, 18)}</p></div></div>"
        for i in range(8)
    )
    found = texts(parse(page(f"<h1>Live: the storm</h1><div class='live-feed'>{entries}</div>")))
    for i in range(8):
        assert sentence(i, 18) in found
    assert not any("Other story" in text or "Section" in text for text in found)


def test_forum_thread_keeps_every_post() -> None:
    posts = "".join(
        f"<div class='post'><div class='postauthor'><a href='/u{i}'>user{i}</a></div>"
        f"<div class='postbody'>{sentence(i, 16)}</div></div>"
        for i in range(6)
    )
    found = texts(parse(page(f"<h1>Thread title</h1><div class='thread'>{posts}</div>")))
    assert [sentence(i, 16) for i in range(6)] == [t for t in found if t.startswith("Paragraph")]


def test_teasers_beside_the_article_stay_out() -> None:
    # boxes of one kind around the article, but not its entries: a list of other stories
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/t{i}'>Another story {i}</a></h3>"
        f"<p>{sentence(50 + i, 12)}</p></div>"
        for i in range(5)
    )
    article = "<div class='story'>" + "".join(f"<p>{sentence(i)}</p>" for i in range(5)) + "</div>"
    html = page(
        f"<div class='col'><h1>Headline</h1>{article}</div><div class='more'>{teasers}</div>"
    )
    found = texts(parse(html))
    assert [sentence(i) for i in range(5)] == found


def test_lede_above_the_container_and_split_containers() -> None:
    html = page(
        f"<h1>Headline here</h1><div class='intro'><p><b>{sentence(100)}</b></p></div>"
        "<div class='text-block'>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + "</div><div class='ad-slot'><a href='/x'>Advertisement</a></div><div class='text-more'>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3, 6))
        + "</div>"
    )
    assert texts(parse(html)) == [sentence(100)] + [sentence(i) for i in range(6)]


def test_table_with_a_note_in_a_cell_is_read_as_rows() -> None:
    rows = "".join(
        f"<tr><td><a href='/t{i}'>Team {i}</a></td><td>{i * 3}</td></tr>" for i in range(12)
    )
    html = page(
        f"<h1>Results</h1><p>{sentence(400)}</p>"
        f"<table><tr><th>Team</th><th>Points</th></tr>{rows}"
        f"<tr><td colspan=2><p>Note: {sentence(401, 10)}</p></td></tr></table>"
        f"<p>{sentence(402)}</p>"
    )
    article = parse(html)
    table = [p.text for p in article.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert table[:3] == ["Team | Points", "Team 0 | 0", "Team 1 | 3"]
    assert len(table) == 14
    assert texts(article)[-1] == sentence(402)


def test_layout_table_is_read_as_blocks() -> None:
    cells = "".join(f"<td><p>{sentence(i)}</p><p>{sentence(i + 10)}</p></td>" for i in range(2))
    article = parse(page(f"<h1>Old site</h1><table><tr>{cells}</tr></table>"))
    assert all(p.kind is ParagraphKind.BODY for p in article.paragraphs)
    assert sentence(0) in texts(article) and sentence(11) in texts(article)


def test_list_heavy_article() -> None:
    items = "".join(f"<li><strong>Tip {i}.</strong> {sentence(i, 14)}</li>" for i in range(10))
    article = parse(page(f"<h1>Ten tips</h1><p>{sentence(300)}</p><ol>{items}</ol>"))
    listed = [p for p in article.paragraphs if p.kind is ParagraphKind.ORDERED_LIST_ITEM]
    assert len(listed) == 10


@pytest.mark.parametrize("count", [3, 12])
def test_live_blog_boxes_need_siblings_of_their_kind(count: int) -> None:
    # the look past a box that adds nothing is for repeated entries only
    entries = "".join(
        f"<div class='update'><span class='stamp'>{i}h</span><div class='txt'><p>{sentence(i)}</p>"
        "</div></div>"
        for i in range(count)
    )
    found = texts(parse(page(f"<h1>Updates</h1><div class='stream'>{entries}</div>")))
    assert sum(text.startswith("Paragraph") for text in found) == count


def test_a_box_named_like_chrome_around_the_text_is_the_article() -> None:
    # "feed" reads as chrome: the walk without hints finds the entries inside it
    entries = "".join(
        f"<div class='update'><span class='stamp'>{i}h</span><div class='txt'><p>{sentence(i)}</p>"
        "</div></div>"
        for i in range(3)
    )
    found = texts(parse(page(f"<h1>Updates</h1><div class='feed'>{entries}</div>")))
    assert sum(text.startswith("Paragraph") for text in found) == 3


def test_comments_beside_the_article_stay_out() -> None:
    comments = "".join(
        f"<li class='comment'><div class='comment-body'><p>{sentence(60 + i)}</p></div></li>"
        for i in range(12)
    )
    html = page(
        f"<article><h1>Headline</h1><div class='entry'><p>{sentence(1, 12)}</p></div>"
        f"<div class='comments-area'><ol>{comments}</ol></div></article>"
    )
    found = texts(parse(html))
    assert sentence(1, 12) in found
    assert not any(text.startswith("Paragraph 6") for text in found)


STORY = "".join(f"<p>{sentence(i)}</p>" for i in range(4))


@pytest.mark.parametrize(
    "line",
    [
        "Compartir en Twitter",
        "Teilen",
        "Auf Facebook teilen",
        "Per E-Mail teilen",
        "Partager sur Facebook",
        "Share this article",
        "Поделиться",
        "Anzeige",
        "Advertisement",
        "Lesen Sie auch:",
        "Read more: <a href='/x'>Another story about the storm and the trains</a>",
        "Copyright 2024 Example Media. All rights reserved.",
        "© dpa-infocom, dpa:240101-99-123456/2",
        "Alle Rechte vorbehalten.",
        "(Reporting by Jason Doe; Editing by Ann Roe)",
        "Kommentare (3)",
        "12 Comments",
        "Schlagworte: <a href='/t/k'>Köln</a>, <a href='/t/p'>Park</a>, <a href='/t/u'>Umwelt</a>",
        "Etiquetas: <a href='/t/m'>Madrid</a>, <a href='/t/e'>economía</a>",
        "(dpa)",
        "AFP/Reuters",
        "Comments are closed.",
        "Kommentare sind geschlossen.",
        "Registriert seit: 2010<br>Beiträge: 27",
        "Joined: Fri Jan 1, 2010",
        "3 min read",
        "Lesezeit: 3 Minuten",
        "5 Min. Lesezeit",
        "Found This Helpful",
        "Was this article helpful?",
        "War dieser Artikel hilfreich?",
        "¿Te ha resultado útil?",
    ],
)
def test_boilerplate_lines_are_dropped(line: str) -> None:
    html = page(f"<h1>Headline</h1><div class='story'>{STORY}<p>{line}</p></div>")
    assert texts(parse(html)) == [sentence(i) for i in range(4)]


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell by a third on Monday, the exchange said.",
        "Read the report, the minister told the council, before you vote on it.",
        "The copyright of the song was sold in 1989, the court heard.",
        "Teilen ist nicht immer leicht, sagte die Bürgermeisterin am Abend.",
        "Themen wie Wohnen und Verkehr bestimmten den Abend, sagte sie.",
        "AP reported 12 comments on the plan.",
        "Kommentare 3 bis 5 sind gelöscht, sagte der Moderator.",
        "Was this helpful? Most of the council thought it was, the mayor said.",
    ],
)
def test_text_that_opens_like_boilerplate_stays(line: str) -> None:
    html = page(f"<h1>Headline</h1><div class='story'>{STORY}<p>{line}</p></div>")
    assert texts(parse(html))[-1] == line


def test_pull_quote_repeated_from_the_text_is_dropped() -> None:
    quote = "“The river will not wait for the council to decide.”"
    html = page(
        f"<h1>Headline</h1><div class='story'><p>{sentence(1)}</p>"
        f"<p>She said: {quote} {sentence(2, 10)}</p>"
        f"<blockquote class='pull-quote'>{quote}</blockquote><p>{sentence(3)}</p></div>"
    )
    found = texts(parse(html))
    assert quote not in found
    assert len(found) == 3


def test_a_quotation_printed_once_stays() -> None:
    quote = "“The river will not wait for the council to decide,” she wrote in 1990."
    html = page(
        f"<h1>Headline</h1><div class='story'><p>{sentence(1)}</p>"
        f"<blockquote>{quote}</blockquote><p>{sentence(3)}</p></div>"
    )
    assert quote in texts(parse(html))


def warnings_of(html: str) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        newsdoc.parse_html(html)
    return [str(w.message) for w in caught if issubclass(w.category, NewsdocWarning)]


def test_teaser_cut_at_a_fold_warns() -> None:
    html = page(
        f"<h1>Headline</h1><div class='story'><p>{sentence(1)}</p>"
        "<a href='/full' class='button'>Weiterlesen</a></div>",
        lang="de",
    )
    assert any("fold" in message for message in warnings_of(html))


@pytest.mark.parametrize(
    ("fold", "lang"),
    [
        ("<p class='more'><a href='/full'>Weiterlesen</a></p>", "de"),
        ("<div class='read-more'><a href='/full'><span>Leer más</span></a></div>", "es"),
        ("<button type='button'>Lire la suite</button>", "fr"),
    ],
)
def test_a_longer_teaser_cut_at_a_fold_warns(fold: str, lang: str) -> None:
    # four paragraphs before the fold: longer than a short body, shorter than an article
    teaser = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    html = page(f"<h1>Headline</h1><div class='story'>{teaser}</div>{fold}", lang=lang)
    assert len(parse(html).text) > 500
    assert any("behind a fold" in message for message in warnings_of(html))


@pytest.mark.parametrize(
    ("ending", "warns"),
    [
        ("write to us or <a href='/full'>read more</a>.", False),
        ("for the details, <a href='/full'>read more</a>", False),
        ("the last words. <a href='/full'>Read more</a>", True),
        ("the last words… <a href='/full'>Weiterlesen</a>", True),
    ],
)
def test_a_read_more_link_inside_a_sentence_is_no_fold(ending: str, warns: bool) -> None:
    # a link that goes on a sentence of the text is the text's; one after its last sentence
    # is the teaser's fold
    teaser = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    html = page(f"<h1>Headline</h1><div class='story'>{teaser}<p>So {ending}</p></div>")
    assert any("behind a fold" in message for message in warnings_of(html)) is warns


def _other_story(i: int) -> str:
    return (
        f"<div class='box'><h3><a href='/other{i}'>Another story number {i}</a></h3>"
        f"<p>{sentence(30 + i, 12)}</p><a href='/other{i}'>Weiterlesen</a></div>"
    )


_SHORT = f"<p>{sentence(1, 25)}</p><p>{sentence(2, 20)}</p>"


@pytest.mark.parametrize(
    "html",
    [
        # a related story's teaser right after a short article, or beside it
        page(
            f"<h1>Headline</h1><article><div class='story'>{_SHORT}</div>"
            f"{_other_story(1)}</article>"
        ),
        page(f"<h1>Headline</h1><div class='story'>{_SHORT}</div>").replace(
            "<aside>", f"<aside>{_other_story(2)}"
        ),
        page(f"<h1>Headline</h1><div class='story'>{_SHORT * 3}</div>{_other_story(3)}"),
    ],
)
def test_a_read_more_under_another_storys_title_is_no_fold(html: str) -> None:
    # the link goes where a title links too: another story's teaser; the article is whole
    assert len(parse(html).text) > 300
    assert warnings_of(html) == []


def test_a_teaser_whose_headline_links_to_the_whole_story_is_cut_at_a_fold() -> None:
    html = page(
        f"<h1><a href='/full'>Headline of the story</a></h1><div class='story'>{_SHORT}"
        "<a href='/full'>Weiterlesen</a></div>",
        lang="de",
    )
    assert any("behind a fold" in message for message in warnings_of(html))


@pytest.mark.corpus
def test_a_real_teaser_cut_at_a_read_more_button_warns() -> None:
    # an aggregator's copy of a story: 700 characters cut mid-sentence, then "Read More"
    path = shared_path("corpus", "postlight", "html", "www.yahoo.com.html.gz")
    found = warnings_of(gzip.decompress(path.read_bytes()).decode("utf-8"))
    assert any("'Read More' link" in message for message in found)


def test_a_read_more_link_far_after_a_whole_article_does_not_warn() -> None:
    html = page(
        f"<h1>Headline</h1><div class='story'>{STORY}</div>"
        "<div class='box'><h3>Other</h3><p>A line of another story.</p></div><div>x</div>"
        "<div class='teaser'><a href='/other'>Weiterlesen</a></div>",
        lang="de",
    )
    assert warnings_of(html) == []


def test_body_far_shorter_than_articlebody_warns() -> None:
    full = " ".join(sentence(i) for i in range(20))
    head = (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "articleBody": "{full}"}}</script>'
    )
    html = f"<html><head>{head}</head><body><article><p>{sentence(1)}</p></article></body></html>"
    assert any("incomplete" in message for message in warnings_of(html))


def test_whole_article_does_not_warn() -> None:
    html = page(f"<h1>Headline</h1><div class='story'>{STORY}</div>")
    assert warnings_of(html) == []


def test_a_long_list_of_linked_names_does_not_outvote_the_article() -> None:
    # readers' names after a story ("kudos"): thousands of commas, but between links
    names = ", ".join(f"<a href='/users/reader{i}'>reader_{i}</a>" for i in range(600))
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(6))
    html = page(f"<h1>Chapter one</h1><div class='work'>{story}</div><p id='kudos'>{names}</p>")
    found = texts(parse(html))
    assert found == [sentence(i) for i in range(6)]


def test_the_microdata_article_body_is_walked_whatever_its_id() -> None:
    # an id made by a share widget, a gallery of long captions inside the article
    gallery = (
        "<div class='widget type-gallery'><div class='scroller'>"
        + "".join(
            f"<div class='item'><h3>{i}/12 Picture</h3><p>{sentence(200 + i, 40)}</p></div>"
            for i in range(12)
        )
        + "</div></div>"
    )
    first = "".join(f"<p>{sentence(i)}</p>" for i in range(2))
    rest = "".join(f"<p>{sentence(i)}</p>" for i in range(2, 5))
    html = page(
        "<h1>Headline</h1><div class='text-wrapper' itemprop='articleBody' "
        f"id='gigya-share-btns-2_gig_containerParent'>{first}{gallery}{rest}</div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(5)]


@pytest.mark.parametrize("fold", ["read-more", "readMore", "readmore"])
def test_the_text_behind_a_read_more_fold_is_the_article(fold: str) -> None:
    hidden = "".join(f"<p>{sentence(i)}</p>" for i in range(2, 6))
    html = page(
        f"<h1>Headline</h1><div class='story-body'><p>{sentence(0)}</p><p>{sentence(1)}</p>"
        f"<div id='{fold}'><div id='{fold}-link'><a href=''>Read more</a></div>"
        f"<div id='{fold}-content'>{hidden}</div></div></div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(6)]


def test_a_more_box_without_text_inside_stays_chrome() -> None:
    more = "<div class='read-more'><a href='/m'>Read more stories about the storm here</a></div>"
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    found = texts(parse(page(f"<h1>Headline</h1><div class='story-body'>{story}{more}</div>")))
    assert found == [sentence(i) for i in range(4)]


def test_a_page_built_in_the_browser_gives_its_articlebody() -> None:
    lines = "\\n".join(sentence(i) for i in range(8))
    head = (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "articleBody": "{lines}"}}</script>'
    )
    html = f"<html><head>{head}</head><body><div id='app'><a href='/'>Home</a></div></body></html>"
    assert texts(parse(html)) == [sentence(i) for i in range(8)]
    assert any("articleBody is used" in message for message in warnings_of(html))


def test_a_page_builder_widget_box_around_each_block_of_text() -> None:
    # Elementor wraps every block in a "widget" container: the words say chrome
    def widget(inner: str) -> str:
        return (
            "<div class='elementor-widget'><div class='elementor-widget-container'>"
            f"{inner}</div></div>"
        )

    share = widget("<a href='/s1'>Share</a> <a href='/s2'>Tweet</a>")
    blocks = "".join(
        widget(f"<div class='text-editor'><p>{sentence(i)}</p></div>") for i in range(5)
    )
    found = texts(parse(page(f"<h1>Headline</h1><section class='post'>{blocks}{share}</section>")))
    assert found == [sentence(i) for i in range(5)]


def test_a_menu_drawer_around_the_page_main_is_no_chrome() -> None:
    # a mobile menu's drawer slides the whole page, <main> included
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(6))
    promo = f"<div class='promo-text'><p>{sentence(90, 60)}</p></div>"
    html = (
        "<html><head><title>T</title></head><body>"
        f"<div class='nav-drawer-panel'><main><h1>Headline</h1><div class='story'>{story}</div>"
        f"</main></div>{promo}</body></html>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(6)]


def test_a_live_blog_in_a_feed_named_box_beside_a_lede() -> None:
    # "feed" names chrome; the lede outside it is long enough to look like an article
    entries = "".join(
        f"<div class='feed-item'><div class='feed-time'>1{i}:00</div>"
        f"<div class='feed-text'><p>{sentence(i, 18)}</p></div></div>"
        for i in range(12)
    )
    html = page(
        f"<h1>Live: the storm</h1><p class='lede'>{sentence(99, 45)}</p>"
        f"<div class='live-feed feed'>{entries}</div>"
    )
    found = texts(parse(html))
    assert [sentence(i, 18) for i in range(12)] == [t for t in found if t != sentence(99, 45)]


def test_forum_posts_with_their_profiles_keep_every_post_without_the_chrome() -> None:
    # a phpBB-like thread: each post's text a few boxes down, beside its poster's profile;
    # posts of two kinds (alternating background classes)
    posts = "".join(
        f"<div id='p{i}' class='post bg{i % 2 + 1}'><div class='inner'><div class='postbody'>"
        f"<h3><a href='#p{i}'>Re: Thread title</a></h3>"
        f"<div class='content'>{sentence(i, 12)}</div></div>"
        f"<dl class='postprofile'><dt><a href='/u{i}'>user{i}</a></dt>"
        f"<dd>Posts: {i * 7 + 3}</dd><dd>Joined: Fri Jan 1, 2010</dd></dl>"
        "<div class='back2top'><a href='#top'>Top</a></div></div></div>"
        for i in range(5)
    )
    found = texts(parse(page(f"<h1>Thread title</h1><div id='page-body'>{posts}</div>")))
    assert found == [sentence(i, 12) for i in range(5)]


def test_posts_of_another_kind_beside_the_text_stay_out() -> None:
    # boxes of the text's kind, but whose box at the text's place holds links only
    boxes = "".join(
        f"<div class='block'><div class='inner'><div class='content'>"
        f"<a href='/x{i}'>Another story {i} about something</a></div></div></div>"
        for i in range(4)
    )
    article = (
        "<div class='block'><div class='inner'><div class='content'>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(4))
        + "</div></div></div>"
    )
    assert texts(parse(page(f"<h1>Headline</h1>{article}{boxes}"))) == [
        sentence(i) for i in range(4)
    ]


def _article_with_header(header: str) -> str:
    body = "".join(f"<p>{sentence(i)}</p>" for i in range(8))
    return page(
        "<article><header class='article-header'><h1>Headline</h1>"
        f"<div class='byline'>By Jane Roe</div>{header}</header>"
        f"<div class='article-body'>{body}</div></article>"
    )


def test_a_lede_in_the_article_header_is_the_article_text() -> None:
    # the lede printed after the byline: no dek (printed right after the headline) of its own
    lede = sentence(100, 24)
    found = texts(parse(_article_with_header(f"<p class='lead'>{lede}</p>")))
    assert found == [lede] + [sentence(i) for i in range(8)]


@pytest.mark.parametrize(
    "header",
    [
        # a picture's caption, in the picture's box
        "<div class='photo'><img src='/a.jpg' width='600' height='400'>"
        f"<p>{sentence(100)}</p></div>",
        # a box whose name says what it is, beside the article's name
        f"<div class='article-disclaimer'><p>{sentence(100)}</p></div>",
        # a line too short to be a lede
        "<p>Updated on Monday.</p>",
    ],
)
def test_what_is_no_lede_stays_out(header: str) -> None:
    found = texts(parse(_article_with_header(header)))
    assert found == [sentence(i) for i in range(8)]


def test_a_lede_beside_the_lead_picture_in_the_text_s_box_is_the_article_text() -> None:
    # Investment Executive: the lead picture, then the first two paragraphs in a row of their
    # own, then the rest in a row with the related stories; the picture's box holds the text
    lede = [
        "The International Monetary Fund is downgrading its outlook for the world economy for "
        "2023, citing threats that include labour shortages and excess market demand.",
        "The 190-country lending agency forecast Tuesday that the global economy would eke out "
        "growth of just 2.7% next year, down from the 2.9% it had estimated in July.",
    ]
    rest = "".join(f"<p>{sentence(i)}</p>" for i in range(8))
    related = "".join(
        f"<li><a href='/r{i}'>Other story number {i} today</a></li>" for i in range(4)
    )
    html = page(
        "<article><header><h1>Headline</h1></header><div class='row equal-col-md'>"
        "<section class='col-md-8 article-body'><figure class='main post-thumbnail'>"
        "<img src='/lead.jpg' width='800' height='500'><div class='wp-caption-text'>"
        f"iStockphoto</div></figure><div class='row'><div class='col-md-12'><p>{lede[0]}</p>"
        f"<p>{lede[1]}</p></div></div><div class='row equal-col-md'><div class='col-lg-7'>"
        f"{rest}</div><aside class='article-related'><ul>{related}</ul></aside></div>"
        "</section></div></article>"
    )
    assert texts(parse(html)) == [*lede, *(sentence(i) for i in range(8))]


@pytest.mark.corpus
def test_a_lede_above_the_text_on_a_real_page() -> None:
    # linknaija: the article's first paragraph in a box of its own above the rest
    key = "34a7328535ad4e60b059f81d37eec5d25c2bc8de759ce9a7b5e47ac7dc6fd1b0"
    path = shared_path("corpus", "aeb", "html", f"{key}.html.gz")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        article = newsdoc.parse(gzip.decompress(path.read_bytes()), format="html")
    first = article.paragraphs[0].text
    assert first.startswith("Photos which were released online")
    assert not any("Share" in text or "Comments" in text for text in texts(article))


def test_a_blog_page_of_posts_keeps_every_post() -> None:
    # WordPress numbers its posts' classes ("post-100", "post-101"): one kind all the same
    posts = "".join(
        f"<article id='post-{100 + i}' class='post-{100 + i} post type-post'>"
        f"<header class='entry-header'><h2><a href='/p{i}'>Post {i}</a></h2>"
        f"<div class='entry-meta'>April {i + 1}, 2021</div></header>"
        f"<div class='entry-content'><p>{sentence(i, 20)}</p><p>{sentence(10 + i, 20)}</p></div>"
        "</article>"
        for i in range(4)
    )
    found = texts(parse(page(posts)))
    for i in range(4):
        assert sentence(i, 20) in found and sentence(10 + i, 20) in found
    assert not any("Other story" in text or text.startswith("April") for text in found)


def test_a_page_laid_out_in_a_table_with_line_breaks_is_read_as_its_text() -> None:
    # before CSS: a menu cell beside a cell of text in <font> and <br>, no block anywhere
    menu = "".join(f"<a href='/s{i}'>Menu item {i}</a><br>" for i in range(8))
    text = "<br><br>".join(sentence(i) for i in range(4))
    html = (
        "<html><body><table width='800'><tr><td colspan='2'><img src='/banner.gif' width='800' "
        f"height='100'></td></tr><tr><td width='150'><font size='2'>{menu}</font></td>"
        f"<td><font face='Arial' size='2'>{text}</font></td></tr>"
        "<tr><td colspan='2'><a href='/imprint'>Imprint</a></td></tr></table></body></html>"
    )
    article = parse(html)
    assert texts(article) == [sentence(i) for i in range(4)]
    assert all(p.kind is ParagraphKind.BODY for p in article.paragraphs)


def test_a_data_table_with_a_long_cell_is_read_as_rows() -> None:
    # no column heading, but a long description in one line: a table of data all the same
    rows = "".join(
        f"<tr><td>Film {i}</td><td>{1990 + i}</td><td>{sentence(i, 60 if i == 3 else 12)}</td></tr>"
        for i in range(6)
    )
    article = parse(page(f"<h1>Films</h1><p>{sentence(100)}</p><table>{rows}</table>"))
    table = [p.text for p in article.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert len(table) == 6 and table[0].startswith("Film 0 | 1990 | ")


def test_a_list_above_the_first_paragraph_stays() -> None:
    # a page that opens on a list of its services, not on a sentence
    items = ["Planning of bathrooms", "Heating installed", "Repairs, also at weekends"]
    listed = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    found = texts(parse(page(f"<h1>Our services</h1>{listed}<p>{sentence(1)}</p>")))
    assert found == [*items, sentence(1)]


def test_a_list_of_links_above_the_first_paragraph_stays_out() -> None:
    tags = "<ul>" + "".join(f"<li><a href='/t{i}'>Tag {i}</a></li>" for i in range(3)) + "</ul>"
    body = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    assert texts(parse(page(f"<h1>Headline</h1>{tags}{body}"))) == [sentence(i) for i in range(3)]


@pytest.mark.parametrize(
    "box",
    ["<div id='cookie-banner' class='cookie-consent'>", "<div class='newsletter-signup'>"],
)
def test_a_long_notice_beside_a_short_page_stays_out(box: str) -> None:
    # a short page is walked again without hints, where the notice outweighs the page's text
    notice = f"{box}<p>{sentence(200, 50)}</p><p>{sentence(201, 30)}</p></div>"
    html = page(
        f"<h1>Contact</h1><p>{sentence(1, 10)}</p><p>Phone: 0221 123456.</p>", before=notice
    )
    found = texts(parse(html))
    assert sentence(1, 10) in found
    assert sentence(200, 50) not in found and sentence(201, 30) not in found


def test_a_short_post_is_not_traded_for_the_sidebar() -> None:
    # a blog's post of two short paragraphs, and a longer "about me" in its sidebar: the walk
    # without hints (for a short body) finds more text there, but the post is the article
    about = f"<p>{sentence(300, 40)}</p><p>{sentence(301, 40)}</p>"
    html = (
        "<html><body><div id='page'><div id='content' class='site-content'>"
        "<div id='primary' class='content-area'><main id='main' class='site-main'>"
        "<article class='post-7 post'><header class='entry-header'><h1>First tulips</h1>"
        "</header><div class='entry-content'><p>The first tulips are out in the garden today, "
        "and they are lovely.</p><p>The daffodils come next week.</p></div></article></main>"
        "</div><div id='secondary' class='sidebar widget-area'><section class='widget "
        f"widget_text'><h2>About me</h2><div class='textwidget'>{about}</div></section></div>"
        "</div></div></body></html>"
    )
    assert texts(parse(html)) == [
        "The first tulips are out in the garden today, and they are lovely.",
        "The daffodils come next week.",
    ]


@pytest.mark.parametrize(
    ("label", "lang"),
    [("Lesen Sie auch", "de"), ("Mehr zum Thema", "de"), ("Related", "en"), ("Lee también", "es")],
)
def test_a_box_of_other_stories_inside_the_article_stays_out(label: str, lang: str) -> None:
    # each other story a linked title over a line of summary that reads as text
    box = (
        f"<div class='box'><h3>{label}</h3><h4><a href='/x'>Another story</a></h4>"
        f"<p>{sentence(500, 14)}</p></div>"
    )
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(2))
    more = "".join(f"<p>{sentence(i)}</p>" for i in range(2, 5))
    found = texts(
        parse(page(f"<h1>Headline</h1><div class='story'>{story}{box}{more}</div>", lang=lang))
    )
    assert found == [sentence(i) for i in range(5)]


def test_a_column_beside_the_article_is_no_entry() -> None:
    # two boxes of a kind side by side (a grid's columns) are no thread
    def column(width: int, text: str) -> str:
        inner = f"<div class='box'><h2>Box</h2><div class='box-inner'>{text}</div></div>"
        return f"<div class='col-md-{width}'>{inner}</div>"

    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    about = f"<p>{sentence(600, 20)}</p>"
    found = texts(parse(page(f"<div class='row'>{column(8, story)}{column(4, about)}</div>")))
    assert [t for t in found if t != "Box"] == [sentence(i) for i in range(4)]


def test_short_lines_under_a_section_heading_stay() -> None:
    # an imprint: an address and a phone number under section headings, before any sentence
    html = page(
        "<h1>Imprint</h1><h2>Address</h2><p>Example Ltd<br>1 High Street<br>London</p>"
        "<h2>Contact</h2><p>Phone: 020 1234 5678</p>"
        f"<h2>Liability</h2><p>{sentence(1)}</p>"
    )
    assert texts(parse(html)) == [
        "Address",
        "Example Ltd\n1 High Street\nLondon",
        "Contact",
        "Phone: 020 1234 5678",
        "Liability",
        sentence(1),
    ]


def test_the_byline_and_date_above_the_first_paragraph_stay_out() -> None:
    html = page(
        "<h1>Headline</h1><p>By Jane Roe</p><p>December 8, 2010</p>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    )
    assert texts(parse(html)) == [sentence(i) for i in range(3)]


def test_a_line_pulled_out_of_the_text_above_it_is_no_lede() -> None:
    # the page prints one of the article's sentences again above it, in the header
    found = texts(parse(_article_with_header(f"<p class='summary'>{sentence(3)}</p>")))
    assert found == [sentence(i) for i in range(8)]


def test_the_page_s_own_lines_above_the_first_sentence_stay() -> None:
    # an event's page: its price, its place and its opening hours under the headline, beside
    # the furniture every news page prints there (kicker, byline, date, a caption, tools)
    html = page(
        "<article><p>Veranstaltungen</p><h1>Mühlenfest 2023</h1><p>Von Erika Muster</p>"
        "<p>Veröffentlicht am 3. Juli 2023</p><p>SIGN UP FOR OUR NEWSLETTER</p>"
        "<div class='photo'><img src='/m.jpg' width='600' height='400'>"
        "<p>Die Mühle im Sommer des Jahres</p></div>"
        "<p>Eintritt: 5 €, Kinder frei</p><p>Mühlenweg 3, 12345 Musterstadt</p>"
        "<p>Geöffnet:<br>Samstag 10–18 Uhr<br>Sonntag 10–17 Uhr</p>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + "</article>",
        lang="de",
    )
    assert texts(parse(html)) == [
        "Eintritt: 5 €, Kinder frei",
        "Mühlenweg 3, 12345 Musterstadt",
        "Geöffnet:\nSamstag 10–18 Uhr\nSonntag 10–17 Uhr",
        *(sentence(i) for i in range(3)),
    ]


def test_a_linked_heading_over_text_stays() -> None:
    # a section's heading linked to a page of its own is the article's heading all the same
    html = page(
        "<article><h1>Our offers</h1>"
        f"<p>{sentence(0)}</p><h2><a href='/tours'>Guided tours</a></h2><p>{sentence(1)}</p>"
        f"<h2><a href='/courses'>Courses for children</a></h2><p>{sentence(2)}</p></article>"
    )
    assert texts(parse(html)) == [
        sentence(0),
        "Guided tours",
        sentence(1),
        "Courses for children",
        sentence(2),
    ]


def test_a_thread_of_two_posts_keeps_both() -> None:
    # two boxes whose class names them as posts are a thread, not a page's two columns
    posts = "".join(
        f"<div id='p{i}' class='post bg{i % 2 + 1}'><div class='inner'><div class='postbody'>"
        f"<p class='author'>by <a href='/u{i}'>user{i}</a> » Fri Jan 1, 2010</p>"
        f"<div class='content'>{sentence(i, 14)}</div></div>"
        f"<dl class='postprofile'><dt><a href='/u{i}'>user{i}</a></dt>"
        f"<dd>Posts: {i * 7 + 3}</dd></dl></div></div>"
        for i in range(2)
    )
    found = texts(parse(page(f"<h2>Thread title</h2><div id='page-body'>{posts}</div>")))
    assert found == [sentence(i, 14) for i in range(2)]


def test_a_box_of_data_beside_the_text_in_its_article_stays() -> None:
    # a recipe's ingredients in a column of their own beside the steps
    steps = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    table = "<table><tr><td>250 g</td><td>butter</td></tr><tr><td>4</td><td>eggs</td></tr></table>"
    html = page(
        "<article class='recipe'><h1>Apple cake</h1><div class='row'>"
        f"<div class='col-md-8'>{steps}</div>"
        f"<div class='col-md-4'><div class='ingredients'><h3>Ingredients</h3>{table}</div></div>"
        "</div></article>"
    )
    assert texts(parse(html)) == [
        *(sentence(i) for i in range(3)),
        "Ingredients",
        "250 g | butter",
        "4 | eggs",
    ]


def test_a_box_of_lines_beside_the_article_outside_it_stays_out() -> None:
    # the site's opening hours beside the article, not in it
    hours = "<div class='hours'><ul><li>Mon to Fri 9 to 6</li><li>Sat 9 to 1</li></ul></div>"
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    found = texts(parse(page(f"<article><h1>Headline</h1>{story}</article>{hours}")))
    assert found == [sentence(i) for i in range(3)]


def test_lines_beside_the_text_box_in_its_wrapper_stay() -> None:
    # a company page: a heading and a list of services, a phone line, after the box of text;
    # a label over links to other pages stays out
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    others = "<ul>" + "".join(f"<li><a href='/o{i}'>Other page {i}</a></li>" for i in range(3))
    html = page(
        f"<div class='inner'><h1>About us</h1><div class='text'>{story}</div>"
        "<h2>Our services</h2><ul><li>Bread and rolls</li><li>Cakes to order</li></ul>"
        f"<p>Call us on 0221 123456</p><div>See more like it</div>{others}</ul></div>"
    )
    assert texts(parse(html)) == [
        *(sentence(i) for i in range(4)),
        "Our services",
        "Bread and rolls",
        "Cakes to order",
        "Call us on 0221 123456",
    ]


def test_a_recipe_card_in_the_post_is_the_post_s() -> None:
    # a recipe plugin's "card" (a word of teasers) holding the ingredients and the steps
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    card = (
        "<section class='mv-create-card mv-recipe-card'><h3>Ingredients</h3>"
        "<ul><li>8 ripe pears</li><li>1 lemon</li></ul></section>"
    )
    post = f"<div class='entry-content'>{story}{card}</div>"
    found = texts(parse(page(f"<article><h1>Pear jam</h1>{post}</article>")))
    assert found == [*(sentence(i) for i in range(3)), "Ingredients", "8 ripe pears", "1 lemon"]


_EVENTS = [
    ("Samstag, 12. Juni 2021", "Konzert im Park", "Das Kammerorchester spielt Werke von Mozart "
     "und Haydn, der Eintritt ist frei, bei Regen im Gemeindesaal."),
    ("Sonntag, 13. Juni 2021", "Führung durch die Altstadt", "Treffpunkt ist der Marktbrunnen, "
     "die Führung dauert etwa zwei Stunden und kostet fünf Euro pro Person."),
    ("Freitag, 18. Juni 2021", "Lesung", "Die Autorin liest aus ihrem neuen Roman, anschließend "
     "gibt es Gelegenheit zum Gespräch mit ihr."),
]  # fmt: skip


@pytest.mark.parametrize("heading", ["h3", "p"])
def test_the_dates_of_a_list_of_events_are_its_content(heading: str) -> None:
    # a page that lists events opens each with its date: not a post's time stamp
    events = "".join(
        f"<p>{day}</p><{heading}>{title}</{heading}><p>{text}</p>" for day, title, text in _EVENTS
    )
    found = texts(parse(page(f"<div class='content'><h1>Termine</h1>{events}</div>", lang="de")))
    assert found == [line for event in _EVENTS for line in event]


def test_a_date_alone_above_an_article_stays_a_time_stamp() -> None:
    # one date (and the date it was updated, right after it) is the article's, not an entry's
    html = page(
        "<h1>Headline</h1><p>8. Dezember 2010</p><p>9. Dezember 2010</p>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + "<p>10. Dezember 2010</p>",
        lang="de",
    )
    assert texts(parse(html)) == [sentence(i) for i in range(3)]


@pytest.mark.parametrize(
    "byline",
    [
        "Erika Muster, Redakteurin",
        "Hans Peter Müller (Korrespondent in Berlin)",
        "María López, corresponsal en Madrid",
        "Jane Roe | Staff Writer",
    ],
)
def test_a_byline_without_its_opener_above_the_text_stays_out(byline: str) -> None:
    html = page(
        f"<h1>Headline</h1><p>{byline}</p>" + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    )
    assert texts(parse(html)) == [sentence(i) for i in range(3)]


@pytest.mark.parametrize(
    "line", ["Eintritt frei, Kinder zahlen 2 Euro", "Marktplatz 5, 50667 Köln"]
)
def test_a_line_of_the_page_s_own_with_a_comma_is_no_byline(line: str) -> None:
    html = page(
        f"<h1>Headline</h1><p>{line}</p>" + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    )
    assert texts(parse(html)) == [line] + [sentence(i) for i in range(3)]


@pytest.mark.parametrize("name", ["text-end", "inhalt-unten", "contenido-final", "suite-texte"])
def test_the_last_part_of_an_article_in_a_box_of_its_own_joins_it(name: str) -> None:
    # no <article> around the text: its end sits in a box of another kind after a gallery,
    # named as content in the page's language
    rest = "".join(f"<p>{sentence(20 + i, 12)}</p>" for i in range(2))
    html = page(
        "<div class='content-main'><h1>Headline</h1><div class='text-body'>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(16))
        + "</div><div class='gallery'><a href='/g'>12 Bilder</a></div>"
        + f"<div class='{name}'>{rest}</div></div>",
        lang="de",
    )
    found = texts(parse(html))
    assert found == [sentence(i) for i in range(16)] + [sentence(20 + i, 12) for i in range(2)]


@pytest.mark.parametrize(
    "box",
    [
        # teasers: a linked title over its summary
        "".join(
            f"<div class='item-content'><h3><a href='/t{i}'>Other story {i}</a></h3>"
            f"<p>{sentence(40 + i, 12)}</p><p>{sentence(45 + i, 12)}</p></div>"
            for i in range(2)
        ),
        # a picture's box, its lines a caption
        "<div class='media-content'><div class='pic'><img src='/p.jpg' width='600' height='400'>"
        f"</div><p>{sentence(50, 12)}</p><p>{sentence(51, 12)}</p></div>",
    ],
)
def test_boxes_of_other_kinds_beside_the_text_stay_out(box: str) -> None:
    html = page(
        "<div class='content-main'><h1>Headline</h1><div class='text-body'>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(16))
        + f"</div>{box}</div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(16)]


@pytest.mark.parametrize(
    ("ident", "title", "kept"),
    [
        # an id made from the section's title, with a word of chrome in it
        ("a-tale-of-over-alerting-x1", "A Tale of Over-Alerting", True),
        ("share-the-road-with-cyclists", "Share the road with cyclists", True),
        # a box's name: a title of a word or two, or of readers' comments
        ("related-stories", "Related stories", False),
        ("comments-on-this-story", "Comments on this story", False),
    ],
)
def test_a_section_whose_id_is_made_from_its_title_is_no_chrome(
    ident: str, title: str, kept: bool
) -> None:
    section = f"<section id='{ident}'><h2>{title}</h2><p>{sentence(30)}</p><p>{sentence(31)}</p>"
    html = page(
        "<div class='text'><h1>Headline</h1>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(6))
        + f"{section}</section></div>"
    )
    found = texts(parse(html))
    assert found[:6] == [sentence(i) for i in range(6)]
    assert (found[6:] == [title, sentence(30), sentence(31)]) is kept
    assert (sentence(30) in found) is kept


@pytest.mark.corpus
def test_a_book_chapter_keeps_its_section_with_an_id_made_from_its_title() -> None:
    path = shared_path("corpus", "readability", "pages", "google-sre-book-1", "source.html.gz")
    found = parse(gzip.decompress(path.read_bytes())).text
    assert "Bigtable SRE: A Tale of Over-Alerting" in found
    assert "fix the longer-term problems in Bigtable" in found


def test_list_items_that_say_something_about_their_links_stay() -> None:
    # a blog's weekly news: each item a sentence around its links
    items = [
        "Neil has patches up to <a href='/b1'>improve the behaviour of the tab unloader</a>,"
        " and <a href='/b2'>show UI when subframes crash</a>",
        "Mark fixed <a href='/b3'>a crash of the downloads panel</a> in the beta",
    ]
    others = "<li><a href='/o1'>Jane Roe</a> on <a href='/o2'>Another post of the blog</a></li>"
    html = page(
        "<article><h1>These weeks</h1>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + "<ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + f"</ul><p>{sentence(3)}</p><ul>{others}</ul></article>"
    )
    found = texts(parse(html))
    assert found == [sentence(i) for i in range(3)] + [
        "Neil has patches up to improve the behaviour of the tab unloader, and show UI when"
        " subframes crash",
        "Mark fixed a crash of the downloads panel in the beta",
        sentence(3),
    ]


def test_a_paragraph_named_teaser_above_the_text_is_its_lede() -> None:
    # German newsrooms call the standfirst the "Teaser"; a box of teasers stays out
    lede = (
        "Die Sanierung der Grundschule wird teurer als geplant, der Rat streitet über die"
        " Finanzierung und die Frist."
    )
    teasers = "<div class='teaser'><h3><a href='/t'>Andere Geschichte</a></h3>"
    html = page(
        f"<h1>Schule</h1><p class='teaser'>{lede}</p><div class='text'>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(5))
        + f"</div>{teasers}<p>{sentence(40)}</p></div>",
        lang="de",
    )
    assert texts(parse(html)) == [lede] + [sentence(i) for i in range(5)]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Weiterlesen nach der Anzeige", "de"),
        ("Story continues below advertisement", "en"),
        ("La suite après cette publicité", "fr"),
        ("(dpa/lnw)", "de"),
        ("(lby)", "de"),
    ],
)
def test_the_line_of_an_ad_break_and_a_regional_agency_s_credit_stay_out(
    line: str, lang: str
) -> None:
    html = page(
        "<article><h1>Headline</h1>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + f"<p>{line}</p>"
        + "".join(f"<p>{sentence(10 + i)}</p>" for i in range(2))
        + "</article>",
        lang=lang,
    )
    assert texts(parse(html)) == [sentence(i) for i in range(3)] + [
        sentence(10 + i) for i in range(2)
    ]


@pytest.mark.parametrize(
    ("before", "after", "lang"),
    [
        ("Por María López, corresponsal", "", "es"),
        ("", "Von Erika Muster und Hans Beispiel", "de"),
        ("Par Jean Dupont", "", "fr"),
    ],
)
def test_a_byline_line_inside_the_text_stays_out(before: str, after: str, lang: str) -> None:
    # below a standfirst that reads as a sentence, or after the text: a byline all the same
    lede = "<p>The council will vote on the budget again, after a long night of talks.</p>"
    html = page(
        f"<article><h1>Headline</h1>{lede}<p>{before}</p>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + f"<p>{after}</p></article>",
        lang=lang,
    )
    found = texts(parse(html))
    assert found == ["The council will vote on the budget again, after a long night of talks."] + [
        sentence(i) for i in range(3)
    ]


@pytest.mark.parametrize(
    "line",
    ["By the numbers, the budget grew.", "Von Hamburg nach Berlin in drei Stunden"],
)
def test_a_line_that_opens_like_a_byline_but_names_nobody_stays(line: str) -> None:
    html = page(
        "<article><h1>Headline</h1>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(2))
        + f"<p>{line}</p><p>{sentence(5)}</p></article>"
    )
    assert line in texts(parse(html))


@pytest.mark.parametrize(
    "line", ["Síguenos en Twitter", "Suivez-nous sur Facebook", "Folgen Sie uns auf Instagram"]
)
def test_a_follow_us_line_stays_out(line: str) -> None:
    html = page(
        "<article><h1>Headline</h1>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + f"<p>{line}</p></article>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(3)]


@pytest.mark.parametrize("value", ["no-caption", "without-ads", "post no_sidebar"])
def test_a_class_word_after_no_names_no_chrome_in_either_reading(value: str) -> None:
    # class_hints and names_chrome read a value's words of chrome the same way
    from lxml import html as lxml_html

    from newsdoc.readers.html.body.class_hints import class_hints, names_chrome

    el = lxml_html.fragment_fromstring(f"<div class='{value}'><p>text</p></div>")
    assert not class_hints(el)[0]
    assert not names_chrome(el)
    chrome = lxml_html.fragment_fromstring("<div class='caption sidebar'><p>text</p></div>")
    assert class_hints(chrome)[0] and names_chrome(chrome)


@pytest.mark.parametrize(
    ("rank", "fields", "lang"),
    [
        ("Junior Member", ["Join Date: Mar 2008", "Posts: 45"], "en"),
        ("Mitglied", ["Registriert seit: 12.03.2008", "Beiträge: 123"], "de"),
        ("Membre actif", ["Inscrit le: 02/05/2011", "Messages: 1 204"], "fr"),
    ],
)
def test_a_table_forum_post_drops_its_posters_rank_lines(
    rank: str, fields: list[str], lang: str
) -> None:
    # an old vBulletin-like thread: a table per post, the poster's cell beside the text
    posts = "".join(
        "<table class='tborder'><tr>"
        f"<td class='alt2'><div><a href='/u{i}'>user{i}</a></div><div class='smallfont'>{rank}"
        f"</div><div class='smallfont'>{'<br>'.join(fields)}</div></td>"
        f"<td class='alt1'><div id='post_message_{i}'>{sentence(i, 24)}</div></td></tr></table>"
        for i in range(4)
    )
    found = texts(parse(page(f"<h1>Thread title</h1><div id='posts'>{posts}</div>", lang=lang)))
    assert [sentence(i, 24) for i in range(4)] == [t for t in found if not t.startswith("user")]


@pytest.mark.parametrize("line", ["Location: City Hall", "Posts: many and more", "Member states"])
def test_lines_that_only_open_like_a_posters_field_stay(line: str) -> None:
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    found = texts(parse(page(f"<h1>Headline</h1><div class='story'>{story}<p>{line}</p></div>")))
    assert line in found


def _elementor(sections: list[tuple[str, list[str]]]) -> str:
    def widget(kind: str, inner: str) -> str:
        return (
            f"<div class='elementor-element elementor-element-a1 elementor-widget "
            f"elementor-widget-{kind}' data-widget_type='{kind}.default'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>"
        )

    boxes = "".join(
        "<section class='elementor-section elementor-top-section elementor-element'>"
        "<div class='elementor-container elementor-column-gap-default'>"
        "<div class='elementor-column elementor-col-100 elementor-top-column elementor-element'>"
        "<div class='elementor-widget-wrap elementor-element-populated'>"
        + widget("heading", f"<h2 class='elementor-heading-title'>{heading}</h2>")
        + widget("text-editor", "".join(f"<p>{text}</p>" for text in texts))
        + "</div></div></div></section>"
        for heading, texts in sections
    )
    return f"<div data-elementor-type='wp-post' class='elementor elementor-12'>{boxes}</div>"


def _divi(sections: list[tuple[str, list[str]]]) -> str:
    modules = "".join(
        "<div class='et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left'>"
        f"<div class='et_pb_text_inner'><h2>{heading}</h2>"
        + "".join(f"<p>{text}</p>" for text in texts)
        + "</div></div>"
        for heading, texts in sections
    )
    return (
        "<div class='et_pb_section et_pb_section_0 et_section_regular'>"
        "<div class='et_pb_row et_pb_row_0'><div class='et_pb_column et_pb_column_4_4'>"
        f"{modules}</div></div></div>"
    )


def _wpbakery(sections: list[tuple[str, list[str]]]) -> str:
    columns = "".join(
        "<div class='wpb_text_column wpb_content_element'><div class='wpb_wrapper'>"
        f"<h2>{heading}</h2>" + "".join(f"<p>{text}</p>" for text in texts) + "</div></div>"
        for heading, texts in sections
    )
    return (
        "<div class='vc_row wpb_row vc_row-fluid'><div class='wpb_column vc_column_container "
        f"vc_col-sm-12'><div class='vc_column-inner'><div class='wpb_wrapper'>{columns}"
        "</div></div></div></div>"
    )


def _oxygen(sections: list[tuple[str, list[str]]]) -> str:
    # Oxygen: "ct-" and "oxy-" boxes, ids made from the element's kind; the site's own class
    # on a section ("hero-banner") names it as chrome
    boxes = "".join(
        f"<section id='section-{s}-42' class='ct-section hero-banner'>"
        f"<div class='ct-section-inner-wrap'><div id='div_block-{s}-42' class='ct-div-block'>"
        f"<h2 id='headline-{s}-42' class='ct-headline'>{heading}</h2>"
        f"<div id='_rich_text-{s}-42' class='oxy-rich-text'>"
        + "".join(f"<p>{text}</p>" for text in texts)
        + "</div></div></div></section>"
        for s, (heading, texts) in enumerate(sections)
    )
    return f"<div id='inner_content-2-42' class='ct-inner-content'>{boxes}</div>"


def _bricks(sections: list[tuple[str, list[str]]]) -> str:
    # Bricks: "brxe-" boxes with random ids; its icon box holds a heading and its text
    boxes = "".join(
        f"<div id='brxe-qk{s}mzt' class='brxe-icon-box'><div class='icon'><i class='ti-check'>"
        f"</i></div><div class='content'><h2>{heading}</h2>"
        + "".join(f"<p>{text}</p>" for text in texts)
        + "</div></div>"
        for s, (heading, texts) in enumerate(sections)
    )
    return (
        "<section id='brxe-hzuwcb' class='brxe-section'><div id='brxe-pkdxqs' "
        f"class='brxe-container'>{boxes}</div></section>"
    )


_BUILDERS = [_elementor, _divi, _wpbakery, _oxygen, _bricks]


@pytest.mark.parametrize("builder", _BUILDERS)
def test_a_page_builders_article_keeps_its_section_headings(builder: Callable[..., str]) -> None:
    # longer than the retry's threshold, beside a footer whose "about us" is running text
    sections = [(f"Section heading {s}", [sentence(s * 3 + i) for i in range(3)]) for s in range(3)]
    about = "".join(f"<p>{sentence(90 + i, 45)}</p>" for i in range(3))
    html = page(f"<h1>Headline</h1>{builder(sections)}").replace(
        "<footer>", f"<footer><div class='about'>{about}</div>"
    )
    expected = [line for heading, text in sections for line in [heading, *text]]
    assert texts(parse(html)) == expected


def test_a_page_builders_share_box_stays_out() -> None:
    sections = [(f"Section heading {s}", [sentence(s * 3 + i) for i in range(3)]) for s in range(2)]
    share = (
        "<div class='elementor-element elementor-widget elementor-widget-share-buttons'>"
        "<div class='elementor-widget-container'><a href='/s1'>Share</a> <a href='/s2'>Tweet</a>"
        "<h3>Related posts</h3></div></div>"
    )
    found = texts(parse(page(f"<h1>Headline</h1>{_elementor(sections)}{share}")))
    assert "Share" not in " ".join(found) and "Related posts" not in found
    assert found[:4] == ["Section heading 0", *[sentence(i) for i in range(3)]]


@pytest.mark.parametrize("builder", _BUILDERS)
def test_a_page_builders_article_under_a_paragraph_straight_in_main(
    builder: Callable[..., str],
) -> None:
    # the intro is longer than the retry's threshold and sits in the box that holds the
    # builder's sections: they are the rest of the article, not its furniture
    sections = [(f"Section heading {s}", [sentence(s * 3 + i) for i in range(3)]) for s in range(3)]
    intro = [sentence(50 + i) for i in range(3)]
    share = (
        "<div class='elementor-element elementor-widget elementor-widget-share-buttons'>"
        "<div class='elementor-widget-container'><a href='/s1'>Share</a> <a href='/s2'>Tweet</a>"
        "</div></div>"
    )
    html = page(
        "<h1>Headline</h1>"
        + "".join(f"<p>{text}</p>" for text in intro)
        + builder(sections)
        + share
    )
    expected = intro + [line for heading, text in sections for line in [heading, *text]]
    assert texts(parse(html)) == expected


def _xenforo_post(i: int, name: str) -> str:
    return (
        f"<li id='post-{i}' class='message'><div class='messageUserInfo'>"
        f"<h3 class='userText'><a href='https://forum.example/members/{name}.{i}/' "
        f"class='username'>{name}</a> <em class='userTitle'>Mitglied</em></h3></div>"
        "<div class='messageInfo primaryContent'><div class='messageContent'><article>"
        f"<blockquote class='messageText ugc baseHtml'>{sentence(i, 20)}</blockquote>"
        "</article></div></div></li>"
    )


def _smf_post(i: int, name: str) -> str:
    return (
        "<div class='windowbg'><div class='post_wrapper'><div class='poster'>"
        f"<h4><a href='https://forum.example/index.php?action=profile;u={i}'>{name}</a></h4>"
        "<ul class='user_info'><li class='postcount'>Beiträge: 12</li></ul></div>"
        f"<div class='postarea'><div class='post'><div class='inner'>{sentence(i, 20)}</div>"
        "</div></div></div></div>"
    )


def _guest_post(i: int, name: str) -> str:
    # a guest's name: no profile to link to, in the poster's box
    return (
        f"<div class='post'><div class='poster'><b>{name}</b></div>"
        f"<div class='postbody'><p>{sentence(i, 20)}</p></div></div>"
    )


def _headed_post(i: int, name: str) -> str:
    # an unlinked name over the poster's rank and count, in a post's head named for no poster
    return (
        f"<div class='beitrag'><div class='kopf'><strong>{name}</strong><br>Mitglied<br>"
        f"Beiträge: {12 + i}</div><div class='inhalt'><p>{sentence(i, 20)}</p></div></div>"
    )


def _ranked_post(i: int, name: str) -> str:
    # the name and the rank each a block of their own, in boxes named for no poster
    return (
        f"<div class='entry'><div class='head'><div class='nick'>{name}</div>"
        f"<div class='rank'>Junior Member</div></div><div class='body'><p>{sentence(i, 20)}</p>"
        "</div></div>"
    )


@pytest.mark.parametrize(
    "post", [_xenforo_post, _smf_post, _guest_post, _headed_post, _ranked_post]
)
def test_a_threads_poster_names_stay_out(post: Callable[[int, str], str]) -> None:
    names = ["kitty_87", "Hans Peter", "Schorsch", "tom", "MüllerM"]
    thread = "".join(post(i, name) for i, name in enumerate(names))
    html = page(f"<h1>Thread title</h1><div class='thread'>{thread}</div>", lang="de")
    assert texts(parse(html)) == [sentence(i, 20) for i in range(5)]


def test_short_lines_of_an_article_are_no_posters_names() -> None:
    # a cast list in the text, outside any poster's box, and a name linked to a profile
    story = [f"<p>{sentence(i)}</p>" for i in range(4)]
    cast = "<p>Anna Meier</p><p>Tom Roe</p>"
    linked = "<p><a href='https://example.com/profile/anna'>Anna Meier</a> (Director)</p>"
    html = page(
        f"<h1>Headline</h1><div class='story'>{''.join(story[:2])}{cast}{linked}"
        f"{''.join(story[2:])}</div>"
    )
    found = texts(parse(html))
    assert found[2:4] == ["Anna Meier", "Tom Roe"]


def test_names_over_a_role_in_an_article_are_no_posters() -> None:
    # a club's page: each person over a role that is no forum rank, one over a rank
    story = [f"<p>{sentence(i)}</p>" for i in range(4)]
    people = (
        "<p>Anna Meier<br>Vorsitzende</p><p>Tom Roe<br>Kassenwart</p><p>Eva Huber<br>Mitglied</p>"
    )
    html = page(
        f"<h1>Der Vorstand</h1><div class='story'>{''.join(story[:2])}{people}"
        f"{''.join(story[2:])}</div>",
        lang="de",
    )
    found = texts(parse(html))
    # one name over a forum's rank is no thread (two at least make one)
    assert found[2:5] == ["Anna Meier\nVorsitzende", "Tom Roe\nKassenwart", "Eva Huber\nMitglied"]


def test_short_lines_in_a_box_of_text_named_for_users_stay() -> None:
    # a fan-fiction site's text box ("userstuff"): its short lines of dialogue are the text
    story = [f"<p>{sentence(i)}</p>" for i in range(4)]
    lines = "<p>“He’s evil!”</p><p>Nobody answered</p><p>Anna Meier</p>"
    html = page(
        f"<h1>Chapter one</h1><div class='userstuff module'>{''.join(story[:2])}{lines}"
        f"{''.join(story[2:])}</div>"
    )
    assert texts(parse(html))[2:5] == ["“He’s evil!”", "Nobody answered", "Anna Meier"]


def _teaser_list(first: int, count: int) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li><a href='/t{i}'>Another story number {i} here</a>"
            f"<p>{sentence(50 + i, 20)}</p></li>"
            for i in range(first, first + count)
        )
        + "</ul>"
    )


@pytest.mark.parametrize("column", [True, False])
def test_a_list_of_teasers_beside_the_text_stays_out(column: bool) -> None:
    # each item a linked title over a line of summary: it scores as prose on its own
    story = "<div class='story'>" + "".join(f"<p>{sentence(i)}</p>" for i in range(6)) + "</div>"
    teasers = _teaser_list(0, 4)
    if column:
        html = page(
            f"<div class='row'><div class='col-8'><h1>Headline</h1>{story}</div>"
            f"<div class='col-4'>{teasers}</div></div>"
        )
    else:
        html = page(f"<div class='col-8'><h1>Headline</h1>{story}{teasers}</div>")
    assert texts(parse(html)) == [sentence(i) for i in range(6)]


def test_a_list_of_linked_picks_in_the_text_stays() -> None:
    # the same shape in the box of the text: the article's own list
    intro = "".join(f"<p>{sentence(i)}</p>" for i in range(2))
    html = page(f"<h1>Headline</h1><div class='story'>{intro}{_teaser_list(0, 4)}</div>")
    found = texts(parse(html))
    assert "Another story number 3 here" in found and sentence(53, 20) in found


def test_a_page_that_is_a_list_of_links_keeps_it() -> None:
    html = page(f"<h1>Today's links</h1><div class='story'>{_teaser_list(0, 6)}</div>")
    found = texts(parse(html))
    assert [sentence(50 + i, 20) for i in range(6)] == [t for t in found if t.startswith("Para")]

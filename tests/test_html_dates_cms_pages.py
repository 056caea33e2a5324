"""Dates and bylines as the CMSs and blogs of German sites print them, on pages without any
meta tag or JSON-LD (what the page prints, in the site's chrome: a header with its menu, a
footer with its copyright): WordPress's post line, Drupal's "Eingereicht von", Joomla's
article info, Blogger's footer line, a date and an author on two lines of one paragraph, a
sidebar's recent posts, a date written day first in the URL, a platform's link to its
author's handle."""

from __future__ import annotations

import datetime as dt

import pytest

import newsdoc

STORY = "".join(
    f"<p>Das ist Absatz {i} des Beitrags, lang genug, um als laufender Text zu gelten, "
    "mit einem Komma.</p>"
    for i in range(5)
)
HEADLINE = "<h1>Die Überschrift des Beitrags</h1>"
DAY = dt.date(2010, 12, 8)


def page(body: str, lang: str = "de") -> str:
    """``body`` in a site's chrome: a header with the site's menu, a footer with its copyright."""
    menu = "".join(
        f"<li><a href='/{slug}/'>{name}</a></li>"
        for slug, name in (("", "Start"), ("blog", "Blog"), ("kontakt", "Kontakt"))
    )
    return (
        f"<html lang='{lang}'><head>"
        "<title>Die Überschrift des Beitrags | Beispielseite</title></head>"
        f"<body><header><a href='/'>Beispielseite</a><nav><ul>{menu}</ul></nav></header>"
        f"<main>{body}</main>"
        "<footer><p>© 2024 Muster GmbH · <a href='/impressum'>Impressum</a></p></footer>"
        "</body></html>"
    )


def read(body: str, url: str = "https://example.de/blog/beitrag") -> newsdoc.Article:
    return newsdoc.parse(page(body), format="html", url=url, analyze=False)


def day(article: newsdoc.Article) -> dt.date | None:
    when = article.published
    return when.date() if isinstance(when, dt.datetime) else when


# (the line after the headline, the author it names)
POST_LINES = [
    # WordPress, a theme's "F j, Y" in German: the month first, then "von" and the author
    ("<div class='entry-meta'>Dezember 8, 2010 von Max Muster</div>", "Max Muster"),
    ("<div class='entry-meta'>8. Dezember 2010 by Max Muster</div>", "Max Muster"),
    ("<p class='meta'>Veröffentlicht am 08.12.2010 von Max Muster</p>", "Max Muster"),
    (
        "<div class='info'>Geschrieben am 08.12.2010 von Anna Beispiel in "
        "<a href='/category/news/'>News</a></div>",
        "Anna Beispiel",
    ),
    # Drupal 7 ("Submitted by")
    (
        "<div class='submitted'>Eingereicht von <span class='username'>Max Muster</span> "
        "am Mi, 08.12.2010 - 14:05</div>",
        "Max Muster",
    ),
    # a date, then its author on a line of its own
    ("<p>Datum: 08.12.2010<br>Autor: Max Muster</p>", "Max Muster"),
    ("<p class='meta'>08.12.2010 | Autor: Max Muster</p>", "Max Muster"),
    ("<p>08.12.2010<br>Autorin: <a href='/team/'>Anna Beispiel</a></p>", "Anna Beispiel"),
]


@pytest.mark.parametrize(("line", "author"), POST_LINES)
def test_a_post_line_gives_its_date_and_its_author(line: str, author: str) -> None:
    article = read(f"<article>{HEADLINE}{line}{STORY}</article>")
    assert day(article) == DAY
    assert [person.name for person in article.authors] == [author]


def test_joomlas_article_info_names_its_author() -> None:
    info = (
        "<dl class='article-info'><dd class='createdby'><span>Max Muster</span></dd>"
        "<dd class='published'>Veröffentlicht: 08. Dezember 2010</dd></dl>"
    )
    headline = "<h2>Die Überschrift des Beitrags</h2>"
    article = read(f"<div class='item-page'>{headline}{info}{STORY}</div>")
    assert day(article) == DAY
    assert [person.name for person in article.authors] == ["Max Muster"]


def test_bloggers_footer_line_names_the_author_before_the_time() -> None:
    post = (
        "<div class='post'><h3 class='post-title'>Die Überschrift des Beitrags</h3>"
        f"<div class='post-body'>{STORY}</div>"
        "<div class='post-footer-line'>Eingestellt von Max Muster um 14:05</div></div>"
    )
    body = f"<h2 class='date-header'><span>Mittwoch, 8. Dezember 2010</span></h2>{post}"
    article = read(body)
    assert day(article) == DAY
    assert [person.name for person in article.authors] == ["Max Muster"]


def test_a_sidebars_recent_posts_give_the_article_no_date() -> None:
    recent = "".join(
        f"<li><a href='/{i}/'>Ein anderer Beitrag</a> 0{i}.12.2010</li>" for i in (9, 7, 5)
    )
    sidebar = f"<aside class='widget'><h3>Neueste Beiträge</h3><ul>{recent}</ul></aside>"
    article = read(f"<article>{HEADLINE}{STORY}</article>{sidebar}")
    assert article.published is None


def test_an_asides_date_inside_the_article_is_the_articles() -> None:
    meta = "<aside class='meta'>Veröffentlicht am 08.12.2010</aside>"
    article = read(f"<article>{HEADLINE}{meta}{STORY}</article>")
    assert day(article) == DAY


@pytest.mark.parametrize(
    "url",
    ["https://example.de/news/08-12-2010-titel", "https://example.de/artikel/08.12.2010/titel"],
)
def test_a_date_written_day_first_in_the_url(url: str) -> None:
    assert day(read(f"<article>{HEADLINE}{STORY}</article>", url)) == DAY


def test_a_date_written_day_first_in_the_url_of_an_american_page_is_not_read() -> None:
    html = page(f"<article>{HEADLINE}{STORY}</article>", lang="en-US")
    url = "https://example.com/08-12-2010-x"
    article = newsdoc.parse(html, format="html", url=url, analyze=False)
    assert article.published is None


def test_a_link_to_the_authors_handle_names_the_author() -> None:
    line = (
        "<div class='meta'><a href='https://blog.example.com/@annab?source=post_page'>"
        "Anna Beispiel</a> <span>8. Dezember 2010</span></div>"
    )
    article = read(f"<article>{HEADLINE}{line}{STORY}</article>")
    assert [person.name for person in article.authors] == ["Anna Beispiel"]


def test_a_link_to_a_story_under_a_handle_names_no_one() -> None:
    line = (
        "<div class='meta'><a href='https://blog.example.com/@annab/mehr-lesen-1a2b'>"
        "Mehr Lesen Hier</a> <span>8. Dezember 2010</span></div>"
    )
    assert read(f"<article>{HEADLINE}{line}{STORY}</article>").authors == ()


def test_a_date_line_that_names_no_person_leaves_the_byline_to_the_authors_box() -> None:
    lines = (
        "<p class='meta'>8. Dezember 2010 von Redaktion Muster</p><p class='author'>Max Muster</p>"
    )
    article = read(f"<article>{HEADLINE}{lines}{STORY}</article>")
    assert day(article) == DAY
    assert [person.name for person in article.authors] == ["Max Muster"]


@pytest.mark.parametrize("box", ["antworten", "reaktionen", "replies", "diskussion"])
def test_a_reply_s_date_is_not_the_articles(box: str) -> None:
    replies = "".join(
        f"<div class='eintrag'><b>Leser {i}</b> schrieb am {9 + i}.12.2010:"
        "<p>Ein Kommentar mit etwas Text, danke.</p></div>"
        for i in range(3)
    )
    article = read(f"<div class='post'>{HEADLINE}{STORY}</div><div class='{box}'>{replies}</div>")
    assert article.published is None


@pytest.mark.parametrize(
    "line", ["Heute: 08.12.2010", "Heute ist Mittwoch, der 8. Dezember 2010", "Today: 12/08/2010"]
)
def test_todays_date_printed_as_such_is_not_the_articles(line: str) -> None:
    article = read(f"<div class='topline'>{line}</div><article>{HEADLINE}{STORY}</article>")
    assert article.published is None


@pytest.mark.parametrize(
    "badge",
    [
        "<div class='post-date'><span class='day'>08</span><span class='month'>Dez</span>"
        "<span class='year'>2010</span></div>",
        "<div class='datebox'><div class='d'>08</div><div class='m'>Dezember</div>"
        "<div class='y'>2010</div></div>",
    ],
)
def test_a_date_badge_of_parts_without_blanks_between_them(badge: str) -> None:
    assert day(read(f"<article>{HEADLINE}{badge}{STORY}</article>")) == DAY


def test_a_line_after_a_break_that_names_no_one_is_no_byline() -> None:
    lines = "<p>Adresse<br>Von-Müller-Straße 5</p><p>Von Max Muster</p>"
    article = read(f"<article>{HEADLINE}{lines}{STORY}</article>")
    assert article.byline is not None and article.byline.text == "Von Max Muster"


def test_a_personal_blogs_title_names_its_author_who_stays_the_bylines_person() -> None:
    html = (
        "<html lang='de'><head><title>Die Überschrift des Beitrags | Max Muster</title></head>"
        f"<body><article>{HEADLINE}<p class='meta'>Von Max Muster</p>{STORY}</article>"
        "</body></html>"
    )
    article = newsdoc.parse(html, format="html", analyze=False)
    assert [person.name for person in article.authors] == ["Max Muster"]
    assert article.publisher == "Max Muster"

"""Dates and bylines of pages that declare none in their ``<head>``: what they print.

Pages of the held-out sets often declare nothing (no meta tags, no JSON-LD): the date
printed in the article's own footer box is theirs, a quoted post's is not, a numeric date
with a slash is read the way the site's country writes it when the page names no language,
a site's state in a script may still declare the date, and a list of authors' links may
carry its commas inside the links.
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

from newsdoc.readers.html.metadata.fields.dates import day_first

HEADLINE = "<h1>Prepararse para dirigir</h1>"


@pytest.mark.parametrize("box", ["story-meta-footer", "entry-footer", "footer"])
def test_a_footer_box_inside_the_article_prints_its_date(box: str) -> None:
    body = (
        f"<article>{HEADLINE}<div class='{box}'><p>Por Ana Roe</p>"
        "<p><time datetime='2022-04-26 23:04:54'>26 de abril de 2022 23:04:54</time></p>"
        f"</div>{STORY}</article>"
    )
    assert meta_of(body, lang="es").published == dt.datetime(2022, 4, 26, 23, 4, 54)


def test_the_sites_footer_box_outside_the_article_is_not_its_date() -> None:
    body = (
        f"{HEADLINE}{STORY}<div class='site-footer'>"
        "<p><time datetime='2022-04-27 08:00'>27 de abril de 2022</time></p></div>"
    )
    assert meta_of(body, lang="es").published is None


def test_an_embedded_posts_date_is_not_the_articles() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p>Drinking game for web devs</p>"
        "— Shay Friedman (@ironshay) <a href='https://twitter.com/ironshay/statuses/1'>"
        "August 22, 2013</a></blockquote>"
    )
    # the tweet is nearer the headline than the post's own line, printed under its text
    body = (
        f"<div class='post'>{HEADLINE}"
        f"<p>First paragraph, long enough to be running text, with a comma.</p>{tweet}"
        f"{STORY}<p class='byline'>Nicolas Perriault — "
        "<time datetime='2013-09-29'>2013-09-29</time></p></div>"
    )
    assert meta_of(body, lang="en").published == dt.date(2013, 9, 29)


def test_a_quotations_name_is_no_byline() -> None:
    body = (
        f"{HEADLINE}<blockquote><p>Words of someone else.</p>"
        "<p class='author'>By Shay Friedman</p></blockquote>"
        f"{STORY}"
    )
    byline = meta_of(body, lang="en").byline
    assert byline is None or "Friedman" not in byline.text


@pytest.mark.parametrize(
    ("url", "lang", "day"),
    [
        ("https://www.example.com.br/news/a", "", dt.date(2018, 10, 5)),
        ("https://www.example.de/a", "", dt.date(2018, 10, 5)),
        ("https://www.example.co.uk/a", "en", dt.date(2018, 10, 5)),
        ("https://www.example.com/a", "", dt.date(2018, 5, 10)),
        ("https://www.example.io/a", "en", dt.date(2018, 5, 10)),
        ("https://www.example.us/a", "", dt.date(2018, 5, 10)),
        ("https://www.example.de/a", "en-US", dt.date(2018, 5, 10)),
        ("https://www.example.com/a", "pt", dt.date(2018, 10, 5)),
    ],
)
def test_a_slashed_date_is_read_as_the_sites_country_writes_it(
    url: str, lang: str, day: dt.date
) -> None:
    body = f"{HEADLINE}<p class='date'>05/10/2018</p>{STORY}"
    assert meta_of(body, lang=lang, url=url).published == day


def test_day_first_by_language_then_by_country() -> None:
    assert day_first("de") is True
    assert day_first("en") is None
    assert day_first(None, "https://news.example.fr/x") is True
    assert day_first(None, "https://192.168.0.1/x") is None
    assert day_first(None, "http://[") is None
    assert day_first("en", "https://example.ca/x") is None
    assert day_first("fr", "https://example.ca/x") is True


@pytest.mark.parametrize(
    "key",
    ["datePublished", "publish_date", "publication_date", "publicationDate", "published_time"],
)
def test_a_sites_state_in_a_script_declares_the_date(key: str) -> None:
    state = (
        '<script>window.__STATE__ = {"article": {"last_modified_date": "2019-11-20T09:00:00Z", '
        f'"{key}": "2019-11-19T08:40:22-05:00"}}}};</script>'
    )
    published = meta_of(f"<h1>Title</h1>{STORY}{state}", lang="en").published
    assert published == dt.datetime(
        2019, 11, 19, 8, 40, 22, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


def test_a_scripts_change_date_alone_is_no_publication_date() -> None:
    state = '<script>var page = {"last_modified_date": "2019-11-20T09:00:00Z"};</script>'
    assert meta_of(f"<h1>Title</h1>{STORY}{state}", lang="en").published is None


def test_a_list_of_author_links_carries_its_commas_inside_them() -> None:
    # (the outlet's link names no person: the reporter's is the only name to read)
    body = (
        "<h1>Here are 6 gadgets</h1><div class='row'>"
        "<a href='/author/john-patrick-pullen/'><span>John Patrick Pullen,</span></a>"
        "<a href='/author/time-magazine/'><span>TIME</span></a></div>"
        f"{STORY}"
    )
    byline = meta_of(body, lang="en").byline
    assert byline is not None
    assert [person.name for person in byline.authors][:1] == ["John Patrick Pullen"]


def test_a_script_inside_the_byline_is_not_its_text() -> None:
    # an e-mail address written by a script beside the name: the script's code is no text
    code = "var kode=" + "'" + "x\\\\" * 400 + "';document.write(kode);"
    body = (
        "<h1>The best movies of the year</h1><div class='c-byline'>By "
        "<span class='c-byline__item'><a href='https://www.example.com/authors/alissa-w'>"
        f"Alissa Wilkinson</a><span class='c-byline__item'><script>{code}</script></span>"
        f"</span></div>{STORY}"
    )
    byline = meta_of(body, lang="en").byline
    assert byline is not None
    assert [person.name for person in byline.authors] == ["Alissa Wilkinson"]
    assert "kode" not in byline.text


@pytest.mark.parametrize("mark", ["// ", "— ", "| ", "· "])
def test_a_byline_may_open_with_a_decoration(mark: str) -> None:
    body = (
        "<h1>How we designed a task framework</h1><div>"
        f"<span class='dr-typography-t5'>{mark}By Arun Sai Krishnan • Nov 11, 2020</span>"
        f"</div>{STORY}"
    )
    meta = meta_of(body, lang="en")
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == ["Arun Sai Krishnan"]


def test_an_infobox_date_is_its_subjects() -> None:
    infobox = (
        "<table class='infobox vevent'><tr><th>Directed by</th><td>Ann Roe</td></tr>"
        "<tr><th>Release date</th><td>26 September 1907</td></tr></table>"
    )
    meta = meta_of(f"<h1>The Film</h1>{infobox}{STORY}", lang="en")
    assert meta.published is None
    assert meta.byline is None or "Roe" not in meta.byline.text


def test_a_microformat_date_belongs_to_its_own_root() -> None:
    card = (
        "<div class='vcard'><span style='display:none'>(<span class='bday dtstart published "
        "updated'>1998-02-28</span>)</span></div>"
    )
    assert meta_of(f"<h1>Mozilla</h1>{card}{STORY}", lang="en").published is None
    entry = (
        "<div class='hentry'><h1 class='entry-title'>Mozilla</h1>"
        "<abbr class='published' title='2010-12-08T14:05:00+01:00'>8 Dec</abbr>"
        f"{STORY}</div>"
    )
    published = meta_of(entry, lang="en").published
    assert published is not None and published.isoformat().startswith("2010-12-08")


def test_a_date_that_opens_a_sentence_is_the_texts() -> None:
    sentence = (
        "<p>On March 24, 2014, Mozilla promoted <a href='/wiki/Ann_Roe'>Ann Roe</a> to "
        "run the company, and the board agreed to it within the week, as the foundation "
        "had asked of it since the year before.</p>"
    )
    assert meta_of(f"<h1>Mozilla</h1>{sentence}{STORY}", lang="en").published is None
    line = "<p>Published on March 24, 2014 by <a href='/author/jo-roe'>Jo Roe</a></p>"
    assert meta_of(f"<h1>Mozilla</h1>{line}{STORY}", lang="en").published == dt.date(2014, 3, 24)


def test_a_layout_named_for_its_sidebar_holds_the_page_itself() -> None:
    body = (
        "<div class='panel-two-col-sidebar-right-mix'><div class='main-col'>"
        "<h1>Facebook is tracking me</h1><div class='blog-author'>By "
        "<a href='/bio/daniel-kahn-gillmor'>Daniel Kahn Gillmor</a>, Senior Staff "
        f"Technologist</div><div class='post-date'>April 5, 2018</div>{STORY}</div>"
        "<div class='sidebar'><div class='post-date'>May 1, 2019</div></div></div>"
    )
    meta = meta_of(body, lang="en")
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == ["Daniel Kahn Gillmor"]
    assert meta.published == dt.date(2018, 4, 5)


def test_a_sidebar_beside_the_headline_box_is_still_a_sidebar() -> None:
    body = (
        f"<div class='layout'><div><h1>Facebook is tracking me</h1>{STORY}</div>"
        "<div class='sidebar'><div class='post-date'>May 1, 2019</div></div></div>"
    )
    assert meta_of(body, lang="en").published is None


def test_a_box_named_as_a_change_prints_the_modified_date() -> None:
    changed = "<div class='updated-date'> April 5, 2018 | 6:00 PM </div>"
    meta = meta_of(f"<h1>Facebook is tracking me</h1>{changed}{STORY}", lang="en")
    assert meta.modified == dt.datetime(2018, 4, 5, 18, 0)
    # the only date printed, a change's, stands for the publication
    assert meta.published == dt.datetime(2018, 4, 5, 18, 0)
    said = "<span class='PostHeader__UpdatedAtText'>Published Oct 19, 2022</span>"
    meta = meta_of(f"<h1>Harry's kids</h1>{said}{STORY}", lang="en")
    assert meta.published == dt.date(2022, 10, 19)
    assert meta.modified is None

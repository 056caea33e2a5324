"""Printed dates and bylines of news sites in other languages, as they print them without
meta tags: a publication's line with a year of two digits followed by a change's, and a
byline that says where its author writes from after a comma."""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

HEADER = (
    "<header class='site-header'><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a> "
    "<a href='/sport'>Sport</a></nav><span class='today'>Lundi 7 décembre 2026</span></header>"
)
SIDEBAR = (
    "<aside class='sidebar'><h3>Les plus lus</h3><ul><li><a href='/a'>Autre article</a> "
    "01/02/19</li></ul></aside>"
)


def page(line: str) -> str:
    return (
        f"{HEADER}<main><article><h1>Le conseil municipal adopte le budget</h1>{line}"
        f"{STORY}</article>{SIDEBAR}</main><footer class='site-footer'>© 2026</footer>"
    )


@pytest.mark.parametrize("tag", ["p", "span"])
def test_a_publications_short_year_before_a_changes_line(tag: str) -> None:
    line = f"<{tag}>Publié le 12/03/19 à 10h12 — Mis à jour le 13/03/19 à 11h30</{tag}>"
    meta = meta_of(page(f"<div class='article-meta'>{line}</div>"), lang="fr")
    assert meta.published == dt.datetime(2019, 3, 12, 10, 12)


@pytest.mark.parametrize("place", ["do Rio", "de São Paulo", "da Bahia"])
def test_where_the_author_writes_from_after_a_comma_is_no_name(place: str) -> None:
    body = (
        "<h1>Câmara aprova orçamento</h1>"
        f"<p class='byline'>João Silva, {place}</p><p class='date'>12/03/2019</p>{STORY}"
    )
    byline = meta_of(body, lang="pt").byline
    assert byline is not None
    assert [person.name for person in byline.authors] == ["João Silva"]


@pytest.mark.parametrize(
    "url",
    [
        # Xinhua, the Chinese government: the year and month, then the day
        "http://www.example.cn/politics/2019-03/12/c_1124223456.htm",
        # People's Daily: the year, then month and day
        "http://politics.example.com.cn/n1/2019/0312/c1001-30971234.html",
        # The Guardian: the month's English name
        "https://www.example.com/world/2019/mar/12/council-approves-budget",
        # Vietnamese sites: a time stamp to the millisecond closes the page's name
        "https://example.vn/xa-hoi/hoi-dong-thong-qua-ngan-sach-20190312101200123.htm",
    ],
)
def test_a_date_spelled_in_the_urls_parts(url: str) -> None:
    # the page prints no date of its own; a teaser's in the sidebar is another day's
    body = f"<h1>Headline of the article</h1>{STORY}{SIDEBAR}"
    assert meta_of(body, url=url, lang="en").published == dt.date(2019, 3, 12)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/p/2019/1234/",  # no month 12 has a 34th
        "https://www.example.com/img-20190312999999123.htm",  # no 99 o'clock
        "https://www.example.com/archive/2019/0312",  # no closing slash: an id
    ],
)
def test_numbers_in_a_url_that_are_no_date(url: str) -> None:
    body = f"<h1>Headline of the article</h1>{STORY}"
    assert meta_of(body, url=url, lang="en").published is None

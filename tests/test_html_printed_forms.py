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

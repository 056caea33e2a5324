"""A label printed in an element of its own before a date says whose date it is.

Forums, blogs and older news sites print ``<b>Registriert:</b> Mo 3. Jan 2011``,
``Aktualisiert: <time>`` or ``<span>Joined</span> <span>March 2009</span>``: the
label's words (``readers/date_words.json``: published, modified, not_publication)
count as if they were printed in the date's own text.  A label that goes on past
its words ("Published in FrontBurner", a section's) says nothing of the date after it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

HEADLINE = "<h1>Haushalt beschlossen</h1>"


def _article(meta: str, lang: str = "de") -> tuple[object, object]:
    found = meta_of(f"<article>{HEADLINE}{meta}{STORY}</article>", lang=lang)
    return found.published, found.modified


@pytest.mark.parametrize(
    ("meta", "lang"),
    [
        ("<dl><dd><strong>Registriert:</strong> Mo 3. Jan 2011, 10:12</dd></dl>", "de"),
        ("<div>Mitglied seit <time datetime='2009-05-01'>1. Mai 2009</time></div>", "de"),
        ("<div><span class='label'>Joined</span> <span>March 3, 2009</span></div>", "en"),
        ("<p><b>Inscrit le</b> 3 janvier 2011</p>", "fr"),
    ],
)
def test_a_members_date_under_its_own_label_is_not_the_articles(meta: str, lang: str) -> None:
    posted = "<p class='author'>Beitrag » Di 8. Feb 2011, 19:45</p>"
    if lang != "de":
        posted = "<p class='author'>Posted Feb 8, 2011</p>"
    published, _ = _article(meta + posted, lang)
    assert published is not None
    assert (published.year, published.month, published.day) == (2011, 2, 8)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("meta", "lang"),
    [
        ("<p>Aktualisiert: <time datetime='2011-02-09'>09.02.2011</time></p>"
         "<p>Erstellt: <time datetime='2011-02-08'>08.02.2011</time></p>", "de"),
        ("<div class='info'><b>Erstellt:</b> 08.02.2011 <b>Aktualisiert:</b> 09.02.2011</div>",
         "de"),
        ("<p class='meta'><strong>Published:</strong> February 8, 2011</p>"
         "<p><strong>Updated:</strong> February 9, 2011</p>", "en"),
    ],
)  # fmt: skip
def test_a_change_under_its_own_label_is_the_modified_date(meta: str, lang: str) -> None:
    assert _article(meta, lang) == (dt.date(2011, 2, 8), dt.date(2011, 2, 9))


def test_the_original_publications_date_under_its_label_is_the_published_date() -> None:
    # under the author, the change first, then the original publication's date under its
    # label ("Original:"), each in a box named as a change's date (a theme names both so)
    meta = (
        "<ul class='meta'><li><div>Author:</div><div><a href='/author/jane-roe' rel='author'>"
        "Jane Roe</a></div></li><li><div class='date updated-date-term'>Updated:</div>"
        "<div class='date updated-date-definition'><time datetime='2011-02-09T19:49:32-05:00'>"
        "Feb 9, 2011</time></div><div class='date updated-date-term'>Original:</div>"
        "<div class='date updated-date-definition'><time datetime='2011-02-08T18:49:10-05:00'>"
        "Feb 8, 2011</time></div></li></ul>"
    )
    published, modified = _article(meta, "en")
    assert str(published)[:10] == "2011-02-08"
    assert str(modified)[:10] == "2011-02-09"


def test_a_label_that_goes_on_past_its_words_says_nothing_of_the_date_after_it() -> None:
    # "Published in <section>" before the date's box and its time's: the time is still read
    meta = (
        "<div class='story-info'><span>By <a href='/author/kathy-wise/'>Kathy Wise</a></span> "
        "<span>Published in "
        "<a href='/section/frontburner/'>FrontBurner</a></span> "
        "<span>December 14, 2016</span> <span>2:24 pm</span></div>"
    )
    published, _ = _article(meta, "en")
    assert published == dt.datetime(2016, 12, 14, 14, 24)

"""Writers on hostile articles: no live script link in rendered Markdown, output linear in size.

The Markdown is rendered with three common renderers (markdown-it-py, mistune,
commonmark.py), and every URL of the HTML they make is read as a browser reads
it: character references decoded, then the scheme.  Sizes: a tiny newsdoc JSON
document can hold a huge number or refer to one long name many times; no
writer may turn that into output out of proportion with the document
(:mod:`newsdoc.writers.bounds`).
"""

from __future__ import annotations

import html
import json
import warnings

import lxml.html
import pytest

import newsdoc
from newsdoc import Article, Link, Paragraph, Person, Span
from newsdoc.formats import FORMATS
from newsdoc.urls import LINK_SCHEMES, browser_view, scheme
from newsdoc.writers.bounds import MAX_LABEL, MAX_LIST_DEPTH

markdown_it = pytest.importorskip("markdown_it")
mistune = pytest.importorskip("mistune")
commonmark = pytest.importorskip("commonmark")

RENDERERS = {
    "markdown-it": markdown_it.MarkdownIt("commonmark").render,
    "markdown-it+html": markdown_it.MarkdownIt("commonmark", {"html": True}).render,
    "mistune": mistune.html,
    "mistune unescaped": mistune.create_markdown(escape=False),
    "commonmark": commonmark.commonmark,
}

# URLs whose scheme is javascript:, data: or vbscript: once a character reference is decoded
ENTITY_URLS = [
    "javascript&colon;alert(1)",
    "JaVaScRiPt&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#106avascript:alert(1)",
    "&#0000106avascript:alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3a;alert(1)",
    "&#106;avascript&colon;alert(1)",
    "java&Tab;script&colon;alert(1)",
    "&NewLine;javascript&colon;alert(1)",
    "data&colon;text/html,<script>alert(1)</script>",
    "vbscript&colon;msgbox(1)",
    'javascript&colon;alert(1) "title"',
]
# ...and their harmless cousins, which must stay links
KEPT_URLS = [
    "https://example.com/?a=1&b=2&colon=3",
    "https://example.com/a&amp;b",
    "/relative/path?x=&#106;",
    "mailto:a@example.com?subject=a&body=b",
]


def _urls(rendered: str) -> list[str]:
    root = lxml.html.fragment_fromstring(rendered, create_parent="div")
    return [value for e in root.iter() for k in ("href", "src") if (value := e.get(k)) is not None]


def _live_scheme(url: str) -> str | None:
    """The scheme a browser runs ``url`` with, if it is not a safe one."""
    found = scheme(browser_view(html.unescape(url)))  # lxml decoded once; a renderer may not
    return found if found is not None and found not in LINK_SCHEMES else None


def _linked(url: str) -> Article:
    text = "click here for more"
    image = newsdoc.Image(url=url, alt="a picture")
    return Article(
        headline="H",
        byline=newsdoc.Byline(text="By Jane Doe", authors=(Person(name="Jane Doe", url=url),)),
        images=(image,),
        paragraphs=(Paragraph(text=text, links=(Link(start=0, end=5, url=url),)),),
    )


@pytest.mark.parametrize("url", ENTITY_URLS)
@pytest.mark.parametrize("renderer", list(RENDERERS))
def test_no_renderer_makes_a_live_script_link(url: str, renderer: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        markdown = newsdoc.to_markdown(_linked(url))
    assert any("dropped the URL" in str(w.message) for w in caught)
    rendered = RENDERERS[renderer](markdown)
    live = [u for u in _urls(rendered) if _live_scheme(u)]
    assert not live, f"{renderer} made {live} of {markdown!r}"


@pytest.mark.parametrize("url", ENTITY_URLS)
def test_every_writer_drops_an_entity_disguised_scheme(url: str) -> None:
    article = _linked(url)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for entry in FORMATS.values():
            if entry.write is None or entry.name in ("json", "jsonl"):  # data: kept exact
                continue
            written = entry.write(article)
            assert url not in written and html.escape(url) not in written, entry.name


@pytest.mark.parametrize("url", KEPT_URLS)
@pytest.mark.parametrize("renderer", list(RENDERERS))
def test_urls_with_ampersands_stay_links(url: str, renderer: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing dropped
        markdown = newsdoc.to_markdown(_linked(url))
    assert len(_urls(RENDERERS[renderer](markdown))) >= 2  # the author's and the body's link


# --- sizes ------------------------------------------------------------------------------

#: Output may be this many times the newsdoc JSON document (escaping, markup per
#: paragraph, the HTML's copy of the data...), plus a fixed part (the stylesheet).
RATIO = 40
FIXED = 20_000


def _written_sizes(document: str) -> dict[str, int]:
    article = newsdoc.from_json(document)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {
            name: len(entry.write(article))
            for name, entry in FORMATS.items()
            if entry.write is not None
        }


def _check_bounded(document: str) -> None:
    for name, size in _written_sizes(document).items():
        assert size <= RATIO * len(document) + FIXED, (name, size, len(document))


def _document(**fields: object) -> str:
    return json.dumps({"format": "newsdoc", "version": "1.0", **fields})


@pytest.mark.parametrize("level", [MAX_LIST_DEPTH + 1, 10**6, 10**9, 10**4000])
def test_a_huge_list_level_writes_little(level: int) -> None:
    # about 130 bytes of JSON: Markdown once indented this item by `level` spaces twice
    document = _document(paragraphs=[{"text": "x", "kind": "list_item", "level": level}])
    assert len(document) < 4200
    _check_bounded(document)
    markdown = newsdoc.to_markdown(newsdoc.from_json(document))
    assert "  " * MAX_LIST_DEPTH not in markdown


def test_deeply_nested_items_write_linear_output() -> None:
    items = [{"text": "x", "kind": "list_item", "level": n} for n in range(1, 3001)]
    _check_bounded(_document(paragraphs=items))


def test_a_long_name_referred_to_often_is_written_in_full_once() -> None:
    name = "N" * 200_000
    text = "a b " * 2_000
    mentions = [{"paragraph": 0, "start": i, "end": i + 1} for i in range(0, len(text), 4)]
    quotes = [
        {"text": "a", "spans": [{"paragraph": 0, "start": i, "end": i + 1}], "speaker": "p1"}
        for i in range(0, len(text), 4)
    ]
    document = _document(
        paragraphs=[{"text": text}],
        persons=[{"id": "p1", "name": name, "mentions": mentions}],
        people=["p1"],
        quotes=quotes,
    )
    _check_bounded(document)
    article = newsdoc.from_json(document)
    page = newsdoc.to_html(article)
    # in full in the people list, in the data and in JSON-LD's mentions; cut elsewhere
    assert page.count(name) <= 4
    assert page.count(name[: MAX_LABEL - 1] + "…") >= len(mentions)


def test_crossing_ranges_do_not_multiply() -> None:
    # mention k covers [k, n + k): every boundary closes the outermost range, which
    # once reopened every other one (n² elements)
    n = 3_000
    text = "x" * (2 * n)
    persons = [
        {"id": f"p{k}", "name": "A", "mentions": [{"paragraph": 0, "start": k, "end": n + k}]}
        for k in range(1, n + 1)
    ]
    people = [person["id"] for person in persons]
    _check_bounded(_document(paragraphs=[{"text": text}], persons=persons, people=people))


def test_bounded_output_still_reads_back() -> None:
    spans = [Span(paragraph=0, start=k, end=20 + k) for k in range(20)]
    article = Article(
        paragraphs=(Paragraph(text="y" * 60),),
        people=tuple(Person(name=f"P{k}", mentions=(s,)) for k, s in enumerate(spans)),
    )
    assert newsdoc.parse_html(newsdoc.to_html(article)) == article

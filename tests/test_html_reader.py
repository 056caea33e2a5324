"""parse_html: structure, links, figures, boilerplate removal, garbage input, the aeb corpus."""

from __future__ import annotations

import gzip
import json
import random
import sys
import warnings
from pathlib import Path

import pytest
from conftest import ROOT, shared_path

import newsdoc
from newsdoc import Article, ParagraphKind
from newsdoc.errors import InputTooLargeError, NewsdocWarning, ParseError

DATA = Path(__file__).parent / "data" / "html"


def parse(html: str | bytes, **kwargs: object) -> Article:
    return newsdoc.parse_html(html, **kwargs)  # type: ignore[arg-type]


def body(inner: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{inner}</article></body></html>"


LONG = (
    "This sentence is long enough to read as the running text of an article, "
    "with commas, clauses and a full stop at the end."
)


# --- structure -------------------------------------------------------------


def test_block_kinds_and_levels() -> None:
    article = parse(
        body(
            f"<p>{LONG}</p>"
            "<h2>A subheading</h2>"
            "<blockquote><p>Quoted words, as the page shows them.</p></blockquote>"
            "<ul><li>First point</li><li>Second point<ul><li>Nested point</li></ul></li></ul>"
            "<ol><li>Step one</li><li>Step two</li></ol>"
            "<pre>  indented\n    code line</pre>"
            "<h3>Another level</h3>"
            f"<p>{LONG}</p>"
        )
    )
    got = [(p.kind, p.level, p.text) for p in article.paragraphs]
    assert got == [
        (ParagraphKind.BODY, 0, LONG),
        (ParagraphKind.HEADING, 2, "A subheading"),
        (ParagraphKind.BLOCKQUOTE, 0, "Quoted words, as the page shows them."),
        (ParagraphKind.LIST_ITEM, 1, "First point"),
        (ParagraphKind.LIST_ITEM, 1, "Second point"),
        (ParagraphKind.LIST_ITEM, 2, "Nested point"),
        (ParagraphKind.ORDERED_LIST_ITEM, 1, "Step one"),
        (ParagraphKind.ORDERED_LIST_ITEM, 1, "Step two"),
        (ParagraphKind.PREFORMATTED, 0, "  indented\n    code line"),
        (ParagraphKind.HEADING, 3, "Another level"),
        (ParagraphKind.BODY, 0, LONG),
    ]


def test_whitespace_is_normalised_within_a_block_and_inline_markup_kept_as_text() -> None:
    article = parse(
        body(f"<p>  Two\n\n   spaces,\tone <b>bold</b><i>word</i> and\u00a0more. {LONG}</p>")
    )
    assert article.paragraphs[0].text == f"Two spaces, one boldword and more. {LONG}"


def test_a_heading_s_elements_printed_as_lines_are_apart_and_a_paragraph_s_spans_are_not() -> None:
    article = parse(
        body(
            f"<p>{LONG}</p>"
            '<h2><span class="kicker">Survey</span><span>Most back the plan</span></h2>'
            '<h3><a href="/x"><span>Update</span><span>„Talks go on“</span></a></h3>'
            '<h3><span class="kicker">Genetics</span><span class="sr-only">: </span>'
            "<span>The giant flower</span></h3>"
            "<h3>Back to <em>work</em><b>ing</b> days</h3>"
            f"<p><span>Spans</span><span>glued</span> in running text stay glued. {LONG}</p>"
        )
    )
    got = [p.text for p in article.paragraphs]
    assert got[1:5] == [
        "Survey Most back the plan",
        "Update „Talks go on“",
        "Genetics: The giant flower",
        "Back to working days",
    ]
    assert got[5].startswith("Spansglued in running text")


def test_double_line_breaks_split_paragraphs_and_single_ones_stay() -> None:
    article = parse(body(f"<div>{LONG}<br><br>{LONG}<br>Second line.</div>"))
    assert [p.text for p in article.paragraphs] == [LONG, f"{LONG}\nSecond line."]


def test_data_table_rows() -> None:
    article = parse(
        body(
            f"<p>{LONG}</p><table><caption>Results</caption>"
            "<tr><th>Team</th><th>Points</th></tr><tr><td>Reds</td><td></td><td>12</td></tr>"
            "</table>"
        )
    )
    kinds = [(p.kind, p.text) for p in article.paragraphs[1:]]
    assert kinds == [
        (ParagraphKind.CAPTION, "Results"),
        (ParagraphKind.TABLE_ROW, "Team | Points"),
        (ParagraphKind.TABLE_ROW, "Reds | 12"),
    ]


# --- links -----------------------------------------------------------------


def test_links_are_resolved_and_their_ranges_cover_the_anchor_text() -> None:
    article = parse(
        body(
            f'<p>{LONG} See <a href="/report.pdf" title="The report">the report</a>, '
            '<a href="mailto:desk@example.com">write to us</a> or '
            '<a href="https://other.example/x?a=1&amp;b=2">read more</a>.</p>'
        ),
        url="https://news.example/2024/story.html",
    )
    paragraph = article.paragraphs[0]
    found = [
        (paragraph.text[link.start : link.end], link.url, link.title) for link in paragraph.links
    ]
    assert found == [
        ("the report", "https://news.example/report.pdf", "The report"),
        ("write to us", "mailto:desk@example.com", None),
        ("read more", "https://other.example/x?a=1&b=2", None),
    ]


def test_base_href_is_honoured() -> None:
    article = parse(
        body(f'<p>{LONG} <a href="page.html">A page</a>.</p>', head='<base href="/docs/">'),
        url="https://news.example/a/b.html",
    )
    assert article.paragraphs[0].links[0].url == "https://news.example/docs/page.html"


def test_unsafe_links_are_dropped_with_a_warning_and_their_text_kept() -> None:
    html = body(
        f'<p>{LONG} <a href="javascript:alert(1)">Click</a> and '
        '<a href="data:text/html,x">this</a> and <a href="vbscript:x">that</a> and '
        '<a href=" jav&#9;a&#10;script:alert(2)">obfuscated</a>.</p>'
    )
    with pytest.warns(NewsdocWarning, match="scheme other than http, https or mailto"):
        article = parse(html, url="https://news.example/")
    paragraph = article.paragraphs[0]
    assert paragraph.links == ()
    assert paragraph.text.endswith("Click and this and that and obfuscated.")


# --- figures and boilerplate -------------------------------------------------


def test_realistic_page_keeps_only_the_article() -> None:
    html = (DATA / "news-page.html").read_bytes()
    article = parse(html, url="https://courier.example/2024/03/bridge")
    texts = [p.text for p in article.paragraphs]
    assert texts == [
        "The city council voted on Monday to build a new bridge across the river, "
        "ending a debate that has lasted more than ten years.",
        "The bridge, which will cost an estimated 40 million euros, is due to open in 2027. "
        "Councillors approved the plan by 31 votes to 12, after a heated debate that ran late "
        "into the evening.",
        "Traffic will be diverted",
        "While the work is going on, traffic will be diverted through the northern districts, "
        "the council said in a statement.",
        "Residents of the old town have welcomed the decision, saying the current bridge is no "
        "longer safe for heavy vehicles.",
    ]
    assert article.paragraphs[2].kind is ParagraphKind.HEADING
    link = article.paragraphs[1].links[0]
    assert link.url == "https://courier.example/2024/02/bridge-debate"
    assert article.paragraphs[1].text[link.start : link.end] == "heated debate"


def test_a_linked_item_of_a_list_of_text_is_kept_and_a_list_of_links_is_not() -> None:
    article = parse(
        body(
            f"<p>{LONG}</p><ul>"
            '<li><a href="/review">Here is our year in review!</a></li>'
            '<li>We have just landed <a href="/bug">a fix</a>, which stops an update while '
            "another instance of the browser is still running on the machine.</li></ul>"
            f"<p>{LONG}</p><ul>"
            '<li><a href="/a">Another story of the day</a></li>'
            '<li><a href="/b">And one more story to read</a></li></ul>'
        )
    )
    texts = [p.text for p in article.paragraphs]
    assert "Here is our year in review!" in texts
    assert "Another story of the day" not in texts
    assert "And one more story to read" not in texts


def test_every_post_of_a_forum_thread_is_kept() -> None:
    def post(i: int, sentences: int) -> str:
        text = " ".join(
            [f"Das ist Beitrag {i}, und er hat einen Satz, der länger ist."] * sentences
        )
        return (
            f'<div class="postbit"><div class="userinfo"><a href="/u/{i}">User{i}</a>'
            f"<span>Beiträge: {i * 10}</span></div>"
            f'<div class="postdate">8. Dezember 2010, 1{i}:00</div>'
            f'<div class="message">{text}</div>'
            '<div class="postfoot"><a href="/reply">Antworten</a> <a href="/q">Zitieren</a></div>'
            "</div>"
        )

    posts = "".join(post(i, n) for i, n in enumerate((6, 1, 2, 1, 3), 1))
    html = (
        '<html lang="de"><body><div id="header"><a href="/">Forum</a></div>'
        f'<h1>Wie repariere ich mein Fahrrad?</h1><div id="posts">{posts}</div>'
        '<div id="footer">Impressum</div></body></html>'
    )
    texts = [p.text for p in parse(html).paragraphs]
    for i in range(1, 6):
        assert any(text.startswith(f"Das ist Beitrag {i},") for text in texts), (i, texts)
    assert "Impressum" not in texts


@pytest.mark.parametrize("box", ["kommentare", "comentarios", "komentarze"])
def test_readers_comments_named_in_other_languages_are_not_the_article(box: str) -> None:
    comments = "".join(
        f'<div class="entry"><b>Leser{i}</b> schrieb: <p>{LONG} Toll!</p><a href="#r">Antworten</a>'
        "</div>"
        for i in range(3)
    )
    html = (
        f'<html><body><div class="blog"><div class="beitrag"><h2>Mein Urlaub</h2>'
        f'<p>{LONG}</p><p>{LONG} {LONG}</p></div><div id="{box}">{comments}</div></div>'
        "</body></html>"
    )
    texts = [p.text for p in parse(html).paragraphs]
    assert texts[0] == "Mein Urlaub" and len(texts) == 3, texts


def test_a_reply_button_alone_is_no_paragraph() -> None:
    html = body(f"<p>{LONG}</p><p>Antworten</p><p>{LONG}</p><div>Reply</div>")
    assert [p.text for p in parse(html).paragraphs] == [LONG, LONG]


def test_a_date_alone_is_a_time_stamp_not_a_paragraph() -> None:
    html = body(
        f"<p>Mittwoch, 8. Dezember 2010, 14:05 Uhr</p><p>{LONG}</p><p>Dec 9, 2010</p>"
        f"<p>{LONG}</p><p>On December 8, 2010 the council voted, as it had promised.</p>"
    )
    texts = [p.text for p in parse(html).paragraphs]
    assert texts == [LONG, LONG, "On December 8, 2010 the council voted, as it had promised."]


def test_figure_gives_an_image_with_caption_and_credit_merged_with_the_lead_image() -> None:
    html = (DATA / "news-page.html").read_bytes()
    article = parse(html, url="https://courier.example/2024/03/bridge")
    bridge = [image for image in article.images if image.url.endswith("/img/bridge.jpg")]
    assert len(bridge) == 1, article.images
    image = bridge[0]
    assert image.url == "https://courier.example/img/bridge.jpg"
    assert image.caption == "The old bridge will be closed in May."
    assert image.credit == "Photo: John Smith"
    assert image.alt == "The old bridge at dusk"
    assert "closed in May" not in article.text


def test_a_gallery_slide_s_prose_under_its_picture_is_text_and_a_caption_is_not() -> None:
    slide = " ".join([LONG] * 3)
    article = parse(
        body(
            f"<p>{LONG}</p>"
            '<figure><img src="/a.jpg" width="600"><figcaption>'
            f'<p>{slide}</p><div class="source">Source: Jane Roe</div></figcaption></figure>'
            '<figure><img src="/b.jpg" width="600"><figcaption>'
            "<p>The old bridge at dusk, before the works began.</p></figcaption></figure>"
        ),
        url="https://example.com/gallery",
    )
    texts = [p.text for p in article.paragraphs]
    assert slide in texts
    assert "Source: Jane Roe" not in article.text
    assert "before the works began" not in article.text
    captions = {image.url: image.caption for image in article.images}
    assert captions["https://example.com/a.jpg"] is None
    assert (
        captions["https://example.com/b.jpg"] == "The old bridge at dusk, before the works began."
    )


def test_a_figure_without_a_picture_is_read_as_text() -> None:
    article = parse(
        body(f"<p>{LONG}</p><figure><blockquote><p>A pull quote.</p></blockquote></figure>")
    )
    assert [(p.kind, p.text) for p in article.paragraphs[1:]] == [
        (ParagraphKind.BLOCKQUOTE, "A pull quote.")
    ]


def test_tiny_images_and_placeholders_are_not_figures() -> None:
    article = parse(
        body(
            f'<p>{LONG}</p><img src="/pixel.gif" width="1" height="1">'
            '<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">'
        ),
        url="https://news.example/",
    )
    assert [image.url for image in article.images] == ["https://news.example/real.jpg"]


def test_hidden_elements_are_not_text() -> None:
    article = parse(
        body(
            f'<p>{LONG}</p><p style="display: none">Hidden teaser text.</p>'
            "<div hidden><p>Also hidden, a full sentence.</p></div>"
        )
    )
    assert article.text == LONG


def test_jsonld_article_body_hint_does_not_replace_the_page_text() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "H", "articleBody": "Other words."})
    article = parse(
        body(f"<p>{LONG}</p>", head=f'<script type="application/ld+json">{ld}</script>')
    )
    assert article.text == LONG


# --- the pipeline ------------------------------------------------------------


def test_the_reader_never_analyses_and_parse_does_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdoc.analysis

    seen: list[Article] = []

    def spy(article: Article) -> Article:
        seen.append(article)
        return article

    monkeypatch.setattr(newsdoc.analysis, "analyze", spy)
    page = body(f"<p>{LONG}</p>")
    newsdoc.parse_html(page)
    newsdoc.parse(page, analyze=False)
    assert seen == []
    newsdoc.parse(page)
    assert len(seen) == 1 and seen[0].text == LONG


def test_url_argument_is_the_article_url_without_a_canonical_link() -> None:
    assert parse(body(f"<p>{LONG}</p>"), url="https://x.example/a").url == "https://x.example/a"


def test_newsdoc_html_reads_back_unchanged() -> None:
    original = parse((DATA / "news-page.html").read_bytes(), url="https://courier.example/b")
    again = newsdoc.parse_html(newsdoc.to_html(original))
    assert again == original


# --- garbage in ----------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "",
        b"",
        "   \n",
        b"\x00\xff",
        b"\x00" * 100,
        "plain text, no markup at all",
        "<html>",
        "<html><body></body></html>",
        '{"format": "something", "a": [1, 2]}',
        "<p>unclosed <b>tags <i>everywhere",
        "<!DOCTYPE html><html><head><title>Only a title</title></head></html>",
        "\ud800 lone surrogate",
        b"\xff\xfe" + "<p>UTF-16 with a BOM</p>".encode("utf-16-le"),
        "<div>" * 5000 + "deep" + "</div>" * 5000,
        "<div>" * 300 + "a&#1;b<b>c</b>&#2;d&#xFFFF;" + "</div>" * 300,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>xhtml</p></body></html>',
    ],
)
def test_garbage_gives_an_article(junk: str | bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        article = newsdoc.parse_html(junk)
    assert isinstance(article, Article)


@pytest.mark.parametrize(
    "junk", ["<\x00p>\x01\x02\x1b</p>" * 10, random.Random(4).randbytes(300_000)]
)
def test_binary_garbage_is_refused(junk: str | bytes) -> None:
    # control characters are a fifth and a tenth of these: binary (newsdoc.readers.binary)
    with pytest.raises(ParseError, match="binary data"):
        newsdoc.parse_html(junk)


def test_entities_and_dtds_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT", encoding="utf-8")
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f"<html><body><article><p>{LONG} &xxe;</p>"
        f'<p><img src="file://{secret}"></p></article></body></html>'
    )
    with pytest.warns(NewsdocWarning, match="scheme other than"):
        article = parse(html)
    assert "TOP SECRET" not in newsdoc.to_json(article)
    assert article.images == ()
    assert article.text.startswith(LONG)


def test_plain_text_becomes_its_paragraph() -> None:
    assert parse("plain text, no markup at all").text == "plain text, no markup at all"


@pytest.mark.parametrize("value", [None, 42, ["<p>x</p>"], bytearray(b"<p>x</p>")])
def test_wrong_types_raise_parse_error(value: object) -> None:
    with pytest.raises(ParseError, match="expected str or bytes"):
        newsdoc.parse_html(value)  # type: ignore[arg-type]


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsdoc.limits, "MAX_INPUT_CHARS", 100)
    with pytest.raises(InputTooLargeError):
        newsdoc.parse_html(b"<p>" + b"x" * 200 + b"</p>")
    with pytest.raises(InputTooLargeError):
        newsdoc.parse_html("<p>" + "x" * 200 + "</p>")


# --- the aeb corpus -------------------------------------------------------------


@pytest.mark.corpus
def test_aeb_corpus_every_page_parses_and_the_score_holds() -> None:
    corpus = shared_path("corpus", "aeb")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from aeb_metric import score_pages

    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pairs = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        for key in sorted(truth):
            data = gzip.decompress((corpus / "html" / f"{key}.html.gz").read_bytes())
            article = newsdoc.parse_html(data, url=truth[key]["url"])
            assert article.text, key
            pairs.append((article.text, truth[key]["articleBody"]))
    f1, precision, recall = score_pages(pairs)
    # a floor well below the benchmark's figures, so that regressions show
    assert f1 > 0.93 and precision > 0.9 and recall > 0.9, (f1, precision, recall)


def test_wire_dateline_leaves_the_first_paragraph() -> None:
    page = (
        "<html><body><article><h1>Spain acts</h1>"
        '<p>MADRID (Reuters) — Spain said on <a href="https://example.com/m">Monday</a>'
        " it would act quickly on the matter at hand, officials said.</p>"
        "<p>More text follows here in a second paragraph of the story.</p>"
        "</article></body></html>"
    )
    article = newsdoc.parse_html(page)
    assert article.dateline == "MADRID (Reuters)"
    first = article.paragraphs[0]
    assert first.text.startswith("Spain said on Monday")
    (link,) = first.links
    assert first.text[link.start : link.end] == "Monday"


def test_a_sentence_with_a_dash_is_not_a_dateline() -> None:
    page = (
        "<html><body><article><h1>T</h1><p>The result — a surprise to many — came late"
        " on Sunday, after a long count in every district of the country.</p>"
        "</article></body></html>"
    )
    article = newsdoc.parse_html(page)
    assert article.dateline is None
    assert article.paragraphs[0].text.startswith("The result")

"""The HTML writer: lossless read-back, semantic markup, and safety against injection."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import warnings
from pathlib import Path
from typing import Any

import html5lib
import lxml.html
import pytest
from conftest import EXAMPLES, shared_path
from hypothesis import HealthCheck, given, settings
from strategies import articles

import newsdoc
from newsdoc import (
    Article,
    Byline,
    Citation,
    CitationKind,
    Image,
    Link,
    NewsdocWarning,
    Paragraph,
    ParagraphKind,
    Person,
    Quote,
    QuoteKind,
    Span,
)
from newsdoc.readers.html.newsdoc_markup import read_newsdoc_markup
from newsdoc.writers.html import STYLESHEET, to_html
from newsdoc.writers.jsonld import to_jsonld
from newsdoc.writers.urls import safe_url

DATA = Path(__file__).parent / "data"
PAYLOADS = json.loads((DATA / "injection" / "payloads.json").read_text("utf-8"))
XHTML = "{http://www.w3.org/1999/xhtml}"


def read_back(page: str) -> Article | None:
    return read_newsdoc_markup(lxml.html.document_fromstring(page))


def strict(page_of: Any, *args: Any, **kwargs: Any) -> Any:
    """Call with every NewsdocWarning turned into an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsdocWarning)
        return page_of(*args, **kwargs)


def rich_article() -> Article:
    """A hand-built article that uses every part of the model, with overlapping ranges."""
    text0 = (
        '"Of course, there are cases," Nikolai Alexeyev, the head organizer, told '
        "Interfax on Wednesday."
    )
    text1 = "Alexeyev said the law is not applied, according to RIA Novosti."
    paragraphs = (
        Paragraph(
            text=text0,
            links=(
                Link(start=14, end=40, url="https://example.com/a?b=1&c=2", title="A title"),
                Link(
                    start=text0.index("Interfax"),
                    end=text0.index("Interfax") + 8,
                    url="https://interfax.example",
                ),
            ),
        ),
        Paragraph(text="A heading", kind=ParagraphKind.HEADING, level=1),
        Paragraph(text="A sub heading", kind=ParagraphKind.HEADING, level=3),
        Paragraph(text=text1),
        Paragraph(text="first", kind=ParagraphKind.LIST_ITEM, level=1),
        Paragraph(text="nested", kind=ParagraphKind.LIST_ITEM, level=2),
        Paragraph(text="second", kind=ParagraphKind.LIST_ITEM, level=1),
        Paragraph(text="one", kind=ParagraphKind.ORDERED_LIST_ITEM, level=1),
        Paragraph(text="Quoted block", kind=ParagraphKind.BLOCKQUOTE),
        Paragraph(text="\n  code <b>\n", kind=ParagraphKind.PREFORMATTED),
        Paragraph(text="A caption", kind=ParagraphKind.CAPTION),
        Paragraph(text="a | b", kind=ParagraphKind.TABLE_ROW),
    )
    alexeyev = Person(
        name="Nikolai Alexeyev",
        role="head organizer",
        mentions=(Span(paragraph=0, start=30, end=46), Span(paragraph=3, start=0, end=8)),
    )
    interfax = Citation(
        source="Interfax",
        kind=CitationKind.NEWS_AGENCY,
        cue="told",
        span=Span(paragraph=0, start=text0.index("Interfax"), end=text0.index("Interfax") + 8),
    )
    ria = Citation(
        source="RIA Novosti",
        kind=CitationKind.NEWS_AGENCY,
        span=Span(paragraph=3, start=text1.index("RIA"), end=len(text1) - 1),
    )
    quotes = (
        Quote(
            text="Of course, there are cases,",
            spans=(Span(paragraph=0, start=1, end=28),),
            speaker=alexeyev,
            speaker_text="Nikolai Alexeyev",
            speaker_span=Span(paragraph=0, start=30, end=46),
            cue="told",
            cue_span=Span(paragraph=0, start=text0.index("told"), end=text0.index("told") + 4),
            medium=interfax,
        ),
        Quote(
            text="the law is not applied",
            kind=QuoteKind.INDIRECT,
            spans=(Span(paragraph=3, start=14, end=text1.index(",")),),
            speaker=alexeyev,
            speaker_span=Span(paragraph=3, start=0, end=8),
            medium=ria,
        ),
    )
    author = Person(
        name="Natalya Krainova",
        role="Staff Writer",
        email="n.k@example.com",
        url="https://example.com/nk",
    )
    return Article(
        headline="Gay Activist Rejects Idea of Dutch Asylum",
        subheadline="A dek",
        byline=Byline(text="By Natalya Krainova", authors=(author,)),
        dateline="MOSCOW",
        published=dt.datetime(2013, 11, 6, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=4))),
        modified=dt.date(2013, 11, 7),
        publisher="The Moscow Times",
        url="https://example.com/story",
        language="en",
        section="News",
        tags=("Russia", "LGBT"),
        paragraphs=paragraphs,
        images=(
            Image(
                url="https://example.com/i.jpg",
                caption="Cap",
                credit="Photo",
                alt="Alt",
                width=600,
                height=400,
            ),
        ),
        people=(alexeyev,),
        quotes=quotes,
        citations=(interfax, ria),
    )


# --- lossless -----------------------------------------------------------------


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_round_trip_any_article(article: Article) -> None:
    page = strict(to_html, article)
    assert strict(read_back, page) == article
    fragment = strict(to_html, article, full_document=False)
    assert fragment.startswith("<article") and "<html" not in fragment
    assert strict(read_back, fragment) == article
    assert newsdoc.parse_html(page) == article
    # same article, same bytes (also for an equal copy built separately)
    assert to_html(newsdoc.from_json(newsdoc.to_json(article))) == page


def test_round_trip_rich_and_empty() -> None:
    for article in (rich_article(), Article()):
        page = strict(to_html, article)
        assert strict(read_back, page) == article
        assert newsdoc.parse_html(page) == article
        assert newsdoc.parse_html(page.encode("utf-8")) == article


def test_example_round_trips() -> None:
    article = newsdoc.parse(EXAMPLES / "moscowtimes-2013-11-06.txt")
    page = strict(to_html, article)
    assert newsdoc.parse_html(page) == article


def _corpus_pages() -> list[Path]:
    pages = []
    for name in ("aeb", "postlight"):
        folder = shared_path("corpus", name, "html")
        pages.extend(sorted(folder.glob("*.html.gz")))
    return pages


@pytest.mark.corpus
def test_round_trip_corpus() -> None:
    failures = []
    for path in _corpus_pages():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = newsdoc.parse_html(gzip.decompress(path.read_bytes()))
            page = to_html(article)
        with warnings.catch_warnings():
            warnings.simplefilter("error", NewsdocWarning)
            if newsdoc.parse_html(page) != article:
                failures.append(path.name)
    assert not failures


# --- semantic markup --------------------------------------------------------------


def test_semantic_markup() -> None:
    article = rich_article()
    root = lxml.html.document_fromstring(to_html(article))
    node = root.xpath("//article")[0]
    assert node.get("itemtype") == "https://schema.org/NewsArticle"
    assert root.xpath("string(//h1)") == article.headline
    assert root.xpath("//a[@rel='author']/@href") == ["https://example.com/nk"]
    assert root.xpath("//address//a/@href") == ["mailto:n.k@example.com"]
    assert root.xpath("//time[@itemprop='datePublished']/@datetime") == [
        "2013-11-06T10:15:00+04:00"
    ]
    assert root.xpath("//time[@itemprop='dateModified']/@datetime") == ["2013-11-07"]
    # heading level 1 becomes <h2> (the headline is the <h1>); the level is kept in the data
    assert [h.text_content() for h in root.xpath("//h2[@data-paragraph]")] == ["A heading"]
    assert [h.text_content() for h in root.xpath("//h3[@data-paragraph]")] == ["A sub heading"]
    # consecutive items grouped, nested by level
    assert root.xpath("//ul/li[@data-paragraph='4']/ul/li/@data-paragraph") == ["5"]
    assert root.xpath("//ul[li[@data-paragraph='4']]/li/@data-paragraph") == ["4", "6"]
    assert root.xpath("//ol/li/@data-paragraph") == ["7"]
    assert root.xpath("//blockquote/@data-paragraph") == ["8"]
    assert root.xpath("//pre/@data-paragraph") == ["9"]
    assert root.xpath("//figcaption/@data-paragraph") == ["10"]
    assert root.xpath("//tr/@data-paragraph") == ["11"]
    # quotes tied to their speaker, speakers, cited sources and mentions
    speaker_id = root.xpath("//li[@itemprop='mentions']/@data-person")[0]
    quotes = root.xpath("//q[@data-quote='q1']")
    assert quotes and {q.get("data-speaker") for q in quotes} == {speaker_id}
    assert "".join(q.text_content() for q in quotes) == article.quotes[0].text
    assert root.xpath("//*[contains(@class, 'quote')][@data-quote='q2']/@class") == [
        "quote indirect"
    ]
    assert (
        "".join(root.xpath("//span[@class='speaker'][@data-quote='q1']//text()"))
        == "Nikolai Alexeyev"
    )
    assert [c.text_content() for c in root.xpath("//p//cite")] == ["Interfax", "RIA Novosti"]
    mention = "".join(
        root.xpath(f"//p[@data-paragraph='3']//span[@data-person='{speaker_id}']//text()")
    )
    assert mention == "Alexeyev"
    assert root.xpath("//img/@src") == ["https://example.com/i.jpg"]
    assert root.xpath("string(//style)").strip() == STYLESHEET.strip()


def test_overlapping_ranges_nest() -> None:
    """A link across a quote boundary inside a mention: split so the markup nests."""
    article = rich_article()
    page = to_html(article)
    for parse in (lxml.html.document_fromstring, _html5lib):
        root = parse(page)
        p0 = root.xpath("//*[@data-paragraph='0']")[0]
        assert "".join(p0.itertext()) == article.paragraphs[0].text
        links = p0.xpath(".//a[@href='https://example.com/a?b=1&c=2']")
        link_text = "".join("".join(a.itertext()) for a in links)
        assert link_text == article.paragraphs[0].text[14:40]
        assert not p0.xpath(".//a//a")


def test_nested_links_keep_the_outer_one() -> None:
    article = Article(
        paragraphs=(
            Paragraph(
                text="0123456789",
                links=(
                    Link(start=0, end=8, url="https://a.example"),
                    Link(start=2, end=4, url="https://b.example"),
                ),
            ),
        )
    )
    root = lxml.html.document_fromstring(to_html(article))
    assert root.xpath("//p//a/@href") == ["https://a.example"]
    assert read_back(to_html(article)) == article


def test_edited_page_warns_and_data_wins() -> None:
    article = rich_article()
    page = to_html(article)
    at = page.index('data-paragraph="3"')
    page = page[:at] + page[at:].replace("not applied</span>", "often applied</span>", 1)
    with pytest.warns(NewsdocWarning, match="paragraph 3 differs"):
        assert read_back(page) == article


def test_broken_data_warns_and_is_ignored() -> None:
    page = to_html(rich_article())
    start = page.index('class="newsdoc-data">') + len('class="newsdoc-data">')
    broken = (
        page[:start]
        + '{"format": "newsdoc", "version": "1.0", "paragraphs": 3}'
        + page[page.index("</script>", start) :]
    )
    with pytest.warns(NewsdocWarning, match="newsdoc data block"):
        assert read_back(broken) is None
    with pytest.warns(NewsdocWarning, match="not JSON"):
        assert read_back(page[:start] + "{oops" + page[page.index("</script>", start) :]) is None


def test_other_pages_are_not_newsdoc() -> None:
    assert read_back("<html><body><article><p>Hello</p></article></body></html>") is None


# --- safety --------------------------------------------------------------------

SAFE_SCHEME = re.compile(r"^(?:https?|mailto):", re.IGNORECASE)
HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "background",
        "poster",
        "cite",
        "data",
        "srcset",
        "xlink:href",
        "ping",
    }
)
ALLOWED_TAGS = frozenset(
    [
        "html",
        "head",
        "body",
        "title",
        "meta",
        "style",
        "article",
        "header",
        "footer",
        "section",
        "address",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "span",
        "a",
        "q",
        "cite",
        "time",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "li",
        "figure",
        "figcaption",
        "img",
        "div",
        "table",
        "tbody",
        "tr",
        "td",
        "link",
        "script",
    ]
)


def _html5lib(page: str) -> Any:
    tree = html5lib.parse(page, treebuilder="lxml", namespaceHTMLElements=False)
    return tree.getroot()


def _browser_view(url: str) -> str:
    return re.sub("[\t\n\r]", "", url.strip("".join(chr(c) for c in range(0x21))))


def assert_inert(page: str, article: Article) -> None:
    """Parsed like a browser would: no executable content, data blocks intact."""
    page.encode("utf-8")  # always encodable, whatever the model held
    expected_ld = json.loads(json.dumps(to_jsonld(article)))
    for parse in (lxml.html.document_fromstring, _html5lib):
        root = parse(page)
        scripts = root.xpath("//script")
        assert sorted(s.get("type") for s in scripts) == ["application/json", "application/ld+json"]
        for script in scripts:
            assert not script.get("src")
            data = json.loads(script.text)
            if script.get("type") == "application/ld+json":
                assert data == expected_ld
            else:
                assert script.get("class") == "newsdoc-data"
                assert data == json.loads(newsdoc.to_json(article))
        styles = root.xpath("//style")
        assert len(styles) <= 1 and all(s.text.strip() == STYLESHEET.strip() for s in styles)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            assert element.tag in ALLOWED_TAGS, element.tag
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), name
                assert name.lower() not in ("style", "srcdoc", "http-equiv"), name
                if name.lower() in URL_ATTRIBUTES:
                    seen = _browser_view(value)
                    assert SAFE_SCHEME.match(seen) or not HAS_SCHEME.match(seen), value
        for meta in root.xpath("//meta"):
            assert set(meta.attrib) <= {"charset", "name", "content", "itemprop"}


def injected_article(text: str, url: str) -> Article:
    """``text`` in every text field and ``url`` in every URL field."""
    body = f"{text} middle {text}"
    n = len(text)
    person = Person(
        name=text,
        role=text,
        affiliation=text,
        nationality=text,
        descriptions=(text,),
        mentions=(Span(paragraph=0, start=0, end=n),),
        email=text,
        url=url,
    )
    citation = Citation(
        source=text,
        cue=text,
        span=Span(paragraph=0, start=n + 1, end=len(body)),
        url=url,
        speaker=person,
    )
    quote = Quote(
        text=text,
        spans=(Span(paragraph=0, start=0, end=len(body)),),
        speaker=person,
        speaker_text=text,
        speaker_span=Span(paragraph=0, start=0, end=n),
        cue=text,
        cue_span=Span(paragraph=1, start=0, end=n),
        medium=citation,
    )
    paragraphs = tuple(
        Paragraph(
            text=body,
            kind=kind,
            level=2 if kind is ParagraphKind.HEADING else 1,
            links=(
                Link(start=0, end=len(body), url=url, title=text),
                Link(start=1, end=n, url=url),
            ),
        )
        for kind in ParagraphKind
    )
    author = Person(name=text, role=text, email=text, url=url)
    return Article(
        headline=text,
        subheadline=text,
        byline=Byline(text=text, authors=(author,)),
        dateline=text,
        published=dt.date(2020, 1, 2),
        publisher=text,
        url=url,
        language=text,
        section=text,
        tags=(text, text),
        paragraphs=paragraphs,
        images=(Image(url=url, caption=text, credit=text, alt=text),),
        people=(person,),
        quotes=(quote,),
        citations=(citation,),
    )


@pytest.mark.parametrize("text", PAYLOADS["text"] + PAYLOADS["urls"])
def test_injection_text(text: str) -> None:
    article = injected_article(text, "https://example.com/x")
    page = to_html(article)
    assert_inert(page, article)
    if not re.search("[\ud800-\udfff]", text):
        assert read_back(page) == article


@pytest.mark.parametrize("url", PAYLOADS["urls"] + PAYLOADS["text"])
def test_injection_url(url: str) -> None:
    article = injected_article("plain", url)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = to_html(article)
        assert_inert(page, article)
        unsafe = safe_url(url, "test") is None
        assert read_back(page) == article
    dropped = [w for w in caught if "dropped the URL" in str(w.message)]
    assert bool(dropped) == unsafe


def test_lone_surrogates_are_written_safely() -> None:
    text = "a\ud800b\udfffc"
    article = injected_article(text, "https://example.com/\ud800")
    page = strict(to_html, article)
    assert_inert(page, article)
    assert "\ufffd" in lxml.html.document_fromstring(page).xpath("string(//h1)")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a b", "https://example.com/a b"),
        ("  http://x.example\n/y ", "http://x.example/y"),
        ("MAILTO:a@example.com", "MAILTO:a@example.com"),
        ("/relative/path", "/relative/path"),
        ("#anchor", "#anchor"),
        ("javascript:alert(1)", None),
        ("\x00 jAvA\tsCrIpT:alert(1)", None),
        ("data:text/html,x", None),
        ("vbscript:x", None),
        ("ftp://example.com", None),
    ],
)
def test_safe_url(url: str, expected: str | None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert safe_url(url, "here") == expected


def test_one_warning_per_unsafe_url() -> None:
    article = Article(url="javascript:alert(1)", people=(Person(name="A", url="data:x"),))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = to_html(article)
    messages = sorted(str(w.message) for w in caught if issubclass(w.category, NewsdocWarning))
    assert len(messages) == 2
    assert messages[0].startswith("people[0].url: dropped") and messages[1].startswith(
        "url: dropped"
    )
    assert "javascript:" not in page.split('class="newsdoc-data"')[0]


def test_ids_are_those_of_the_json_document() -> None:
    article = rich_article()
    document = newsdoc.to_dict(article)
    root = lxml.html.document_fromstring(to_html(article))
    persons = {p["name"]: p["id"] for p in document["persons"]}
    for element in root.xpath("//*[@itemprop='mentions' or @itemprop='author'][@data-person]"):
        name = "".join(element.xpath(".//*[@itemprop='name']//text()"))
        assert element.get("data-person") == persons[name]
    cited = [c["id"] for c in document["citations"]]
    assert root.xpath("//p//cite/@data-citation") == cited


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_output_has_no_parse_errors(article: Article) -> None:
    """Well-formed for a browser: html5lib in strict mode reports no parse error."""
    html5lib.HTMLParser(strict=True).parse(to_html(article))


@pytest.mark.parametrize("payload", PAYLOADS["text"])
def test_injection_output_has_no_parse_errors(payload: str) -> None:
    article = injected_article(payload, "https://example.com/x")
    html5lib.HTMLParser(strict=True).parse(to_html(article))


def test_the_legend_explains_the_colours_the_body_uses() -> None:
    article = newsdoc.parse(EXAMPLES / "moscowtimes-2013-11-06.txt")
    tree = lxml.html.fromstring(to_html(article))
    (legend,) = tree.xpath("//p[@class='legend']")
    in_legend = {element.get("class") for element in legend}
    body = tree.xpath("//div[@itemprop='articleBody']")[0]
    in_body = {element.get("class") for element in body.iter() if element.get("class")}
    kinds = {quote.kind.value for quote in article.quotes}
    assert {f"quote {kind}" for kind in kinds} | {"speaker", "cue"} == in_legend
    assert in_legend <= in_body  # every sample is a class the body really uses
    assert all(f".quote.{kind}" in STYLESHEET or kind == "direct" for kind in kinds)
    # no quotes, no legend; the legend is not part of the article's text
    bare = article.evolve(quotes=(), citations=(), people=())
    assert not lxml.html.fromstring(to_html(bare)).xpath("//p[@class='legend']")
    assert newsdoc.parse_html(to_html(article)) == article

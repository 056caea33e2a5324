"""Hostile input: every entry point returns an Article or raises NewsdocError.

Property tests over arbitrary and adversarially built inputs for ``parse_text``,
``parse_html``, ``parse`` and ``from_json``.  Whatever comes back must also
survive the writers: its JSON is valid, validates against the schema and reads
back equal; its HTML has no executable content.  The helpers here are shared by
the other ``test_robustness_*`` files.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import jsonschema
import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import articles

import newsdoc
from newsdoc import Article, NewsdocError, NewsdocWarning

VALIDATOR = jsonschema.Draft202012Validator(newsdoc.json_schema())

# Small example counts: the suite must stay fast, and the fuzzers in fuzz/ do the
# long runs.  No per-example deadline: a loaded CI machine must not make it flaky;
# hangs are what the fuzzers' -timeout and the size tests catch.
BOUNDED = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- what every outcome must satisfy --------------------------------------------


@contextmanager
def only_newsdoc_warnings() -> Iterator[list[warnings.WarningMessage]]:
    """Record every warning and fail if one is not a NewsdocWarning.

    Third-party warnings (bs4's, lxml's) leaking to the caller would be noise the
    caller cannot act on; a recoverable problem must be reported as ours.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught
    foreign = [w for w in caught if not issubclass(w.category, NewsdocWarning)]
    assert not foreign, f"foreign warnings leaked: {[str(w.message) for w in foreign]}"


def outcome(call: Callable[[], Article]) -> Article | None:
    """Run ``call``: an Article or a NewsdocError is fine, anything else fails the test."""
    with only_newsdoc_warnings():
        try:
            article = call()
        except NewsdocError as error:
            assert str(error), "a NewsdocError must say what was wrong"
            return None
    assert isinstance(article, Article), f"expected an Article, got {type(article).__name__}"
    return article


def check_writers(article: Article) -> None:
    """The article's JSON is valid, schema-valid and lossless; its HTML is inert."""
    document = newsdoc.to_json(article)
    VALIDATOR.validate(json.loads(document))
    assert newsdoc.from_json(document) == article
    check_html_is_inert(article)


_DATA_SCRIPT_TYPES = frozenset({"application/ld+json", "application/json"})
_EXECUTABLE_TAGS = frozenset({"script", "iframe", "object", "embed", "frame", "frameset", "applet"})
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "srcset", "poster", "data"})
_SAFE_SCHEMES = ("http:", "https:", "mailto:")


def check_html_is_inert(article: Article) -> None:
    """``to_html`` output, read by a real HTML parser, holds nothing that runs."""
    root = lxml.html.document_fromstring(newsdoc.to_html(article))
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag == "script" and element.get("type", "").lower() in _DATA_SCRIPT_TYPES:
            # a data block never runs; its JSON must parse whole, or the text broke out of it
            json.loads(element.text or "")
            continue
        assert tag not in _EXECUTABLE_TAGS, f"<{tag}> in to_html output"
        for name, value in element.attrib.items():
            name = name.lower()
            assert not name.startswith("on"), f"event handler {name}= in to_html output"
            if name in _URL_ATTRIBUTES:
                url = "".join(value.split()).lower()
                # relative URLs have no scheme; anything with one must be a safe one
                scheme = url.split(":", 1)[0] if ":" in url.split("/", 1)[0] else ""
                assert not scheme or url.startswith(_SAFE_SCHEMES), f"{name}={value!r}"


# --- hostile input ------------------------------------------------------------------

# Any code point, lone surrogates included.
any_text = st.text(st.characters(exclude_categories=()), max_size=300)

# Pieces that steer the readers into their deeper paths: markup, metadata blocks,
# quotation marks, Markdown, front matter, entities and injection attempts.
FRAGMENTS = (
    "<html>", "<head>", "</head>", "<body>", "</body>", "<article>", "</article>",
    "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h2>", "<blockquote>",
    "</blockquote>", "<ul><li>", "</li>", "<ol>", "<table><tr><td>", "</td>",
    "<br>", "<pre>", "<figure><img src='x.jpg' alt='a'><figcaption>", "</figcaption>",
    '<a href="https://example.com/">', '<a href="javascript:alert(1)">', "</a>",
    '<img src=x onerror="alert(1)">', "<script>alert(1)</script>", "<style>p{}</style>",
    "<svg><script>alert(1)</script></svg>", "<iframe src=//evil>", "<!--", "-->",
    "<![CDATA[", "]]>", "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-16"?>',
    '<meta charset="utf-8">', '<meta charset="koi8-r">', '<meta property="og:title" content="',
    '<meta name="author" content="', '<meta name="article:published_time" content="', '">',
    '<script type="application/ld+json">', '{"@type": "NewsArticle", "headline": "H", ',
    '"author": {"@type": "Person", "name": "A"}, "datePublished": "2013-11-06"}',
    '"@graph": [', "]", "}", "{", "</script>", "&amp;", "&#0;", "&#x110000;", "&lol;",
    "&nbsp;", "\x00", "\ufeff", "\u202e", "\ud800", "\r\n", "\n", "\n\n", "\t", " ",
    '"', "“", "”", "«", "»", "„", "'", "‘", "’", "—", "...", ":", ",",
    "# ", "## ", "> ", "* ", "- ", "1. ", "**", "_", "[", "](", ")", "\\$", "---\n",
    "title: T\n", "author: A\n", "date: 2013-11-06\n", "By ", " and ", "By [Name](#)",
    "Nikolai Alexeyev", "Mr. ", "he said", "said", "told Interfax", "according to ",
    "RIA Novosti reported", "Moscow", "Nov. 6, 2013", "2013-11-06T10:15:00+04:00",
    "Original url: https://example.com/a", "Published: ", "Updated: ", "\u00a0", "\u200b",
    "{\"format\": \"newsdoc\"", "A", "The minister", "0", "9999999999",
)  # fmt: skip

assembled_text = st.lists(st.sampled_from(FRAGMENTS) | any_text, max_size=60).map("".join)
hostile_text = any_text | assembled_text
hostile_bytes = (
    st.binary(max_size=600)
    | assembled_text.map(lambda s: s.encode("utf-8", "surrogatepass"))
    | assembled_text.map(lambda s: s.encode("utf-16", "surrogatepass"))
    | st.tuples(assembled_text, st.binary(max_size=40), assembled_text).map(
        lambda t: t[0].encode("utf-8", "surrogatepass") + t[1] + t[2].encode("utf-8", "replace")
    )
)

# JSON values, and newsdoc documents with one part replaced by such a value.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=20,
)


def _replace_at(document: Any, path: list[int], value: object) -> Any:
    """``document`` with the node that ``path`` picks (index choices) replaced by ``value``."""
    if not path or not isinstance(document, (dict, list)) or not document:
        return value
    if isinstance(document, dict):
        keys = sorted(document)
        key = keys[path[0] % len(keys)]
        return {**document, key: _replace_at(document[key], path[1:], value)}
    index = path[0] % len(document)
    copy = list(document)
    copy[index] = _replace_at(copy[index], path[1:], value)
    return copy


corrupted_documents = st.builds(
    lambda article, path, value: _replace_at(newsdoc.to_dict(article), path, value),
    articles(),
    st.lists(st.integers(0, 50), max_size=6),
    json_values,
)


# --- the properties -----------------------------------------------------------------


@BOUNDED
@given(hostile_text)
def test_parse_text_returns_article_or_newsdoc_error(text: str) -> None:
    article = outcome(lambda: newsdoc.parse_text(text))
    if article is not None:
        check_writers(article)


@BOUNDED
@given(hostile_text)
def test_parse_html_str_returns_article_or_newsdoc_error(html: str) -> None:
    article = outcome(lambda: newsdoc.parse_html(html))
    if article is not None:
        check_writers(article)


@BOUNDED
@given(hostile_bytes)
def test_parse_html_bytes_returns_article_or_newsdoc_error(data: bytes) -> None:
    article = outcome(lambda: newsdoc.parse_html(data, url="https://example.com/a"))
    if article is not None:
        check_writers(article)


@BOUNDED
@given(hostile_bytes | hostile_text)
def test_parse_autodetect_returns_article_or_newsdoc_error(data: str | bytes) -> None:
    article = outcome(lambda: newsdoc.parse(data))
    if article is not None:
        check_writers(article)


@BOUNDED
@given(hostile_bytes | hostile_text)
def test_from_json_on_garbage_raises_newsdoc_error(data: str | bytes) -> None:
    article = outcome(lambda: newsdoc.from_json(data))
    if article is not None:
        check_writers(article)


@BOUNDED
@given(corrupted_documents)
def test_from_json_on_corrupted_documents(document: Any) -> None:
    try:
        text = json.dumps(document, ensure_ascii=False)
    except (ValueError, TypeError):
        return  # not representable as JSON text; from_dict is tested with it below
    for call in (lambda: newsdoc.from_json(text), lambda: newsdoc.from_dict(document)):
        article = outcome(call)
        if article is not None:
            check_writers(article)


@BOUNDED
@given(hostile_bytes)
def test_replacement_characters_are_reported(data: bytes) -> None:
    """An undecodable byte replaced by U+FFFD is never a silent loss."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            article = newsdoc.parse_html(data)
        except NewsdocError:
            return
    # HTML itself maps invalid character references (&#0;, &#xD800;) to U+FFFD
    by_reference = b"&#" in data.replace(b"\x00", b"")  # UTF-16 too
    if "\ufffd" in newsdoc.to_json(article) and "\ufffd".encode() not in data and not by_reference:
        assert any(issubclass(w.category, NewsdocWarning) for w in caught), (
            "bytes were replaced by U+FFFD without a NewsdocWarning"
        )


def test_wrong_argument_types_raise_newsdoc_error() -> None:
    for call in (
        lambda: newsdoc.parse_text(123),  # type: ignore[arg-type]
        lambda: newsdoc.parse_html(123),  # type: ignore[arg-type]
        lambda: newsdoc.parse(None),  # type: ignore[arg-type]
        lambda: newsdoc.from_json({"format": "newsdoc"}),  # type: ignore[arg-type]
    ):
        with pytest.raises(NewsdocError):
            call()


def test_json_nested_a_million_deep_raises_format_error() -> None:
    deep = "[" * 1_000_000 + "]" * 1_000_000
    with pytest.raises(newsdoc.FormatError, match="nested"):
        newsdoc.from_json(deep)
    deep_object = '{"format": "newsdoc", "version": "1.0", "tags": ' + deep + "}"
    with pytest.raises(newsdoc.FormatError):
        newsdoc.from_json(deep_object)


def test_injection_through_the_html_reader_stays_inert() -> None:
    page = (
        "<html><head><title>T<script>alert(1)</script></title></head><body><article>"
        "<h1>Head<img src=x onerror=alert(1)></h1>"
        '<p>Text <a href="javascript:alert(1)">click</a> and '
        '<a href=" jav&#x09;ascript:alert(2)">tab</a> and <a href="data:text/html,x">d</a>.</p>'
        "<p>&lt;script&gt;alert(3)&lt;/script&gt; is shown as text, "
        "</p><p>not run.</p><svg><script>alert(4)</script></svg>"
        '<p>"Quoted," he said. "<iframe src=//evil></iframe>"</p>'
        "</article></body></html>"
    )
    article = outcome(lambda: newsdoc.parse_html(page))
    assert article is not None
    check_writers(article)


@BOUNDED
@given(articles())
def test_analyze_accepts_any_valid_article(article: Article) -> None:
    """The analysis step alone, on every shape of article the model allows."""
    enriched = outcome(lambda: newsdoc.analyze(article.evolve(people=(), quotes=(), citations=())))
    if enriched is not None:
        assert enriched.paragraphs == article.paragraphs
        check_writers(enriched)

"""What reads must write: every article a reader returns is accepted by every writer.

Random and fuzzed input goes through every reader of :data:`newsdoc.formats.FORMATS`
(and :func:`newsdoc.parse`, which detects the format); each article that comes
back goes through every writer of the registry, whose text must encode as
UTF-8, and newsdoc JSON must read back equal.  The inputs:

- hostile text and bytes (``test_robustness``'s fragments, any code point, any byte);
- the repository's real documents (a page, texts, a newsdoc JSON document)
  fuzzed: bytes replaced, inserted, cut, and hostile fragments spliced in;
- pages and texts whose metadata values are hostile (dates with impossible
  parts, numbers in odd digits or of thousands of digits, infinities, nested
  JSON), and newsdoc JSON documents with such values.

Every finding is kept, once fixed, as a reproducer in :data:`FIXED_REPRODUCERS`.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import articles
from test_robustness import BOUNDED, FRAGMENTS, hostile_bytes, hostile_text, only_newsdoc_warnings

import newsdoc
from newsdoc import Article, NewsdocError, NewsdocWarning
from newsdoc.formats import FORMATS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SEEDS = [
    *(DATA / "html").glob("*.html"),
    *(DATA / "text").glob("*"),
    *(ROOT / "examples").glob("*.txt"),
    *DATA.glob("*.json"),
]
SEED_BYTES = [path.read_bytes()[:20_000] for path in sorted(SEEDS)]

READERS: dict[str, Callable[[str | bytes], Article]] = {
    "parse": newsdoc.parse,
    **{f"read:{name}": entry.read for name, entry in FORMATS.items() if entry.read is not None},
}
WRITERS = {name: entry.write for name, entry in FORMATS.items() if entry.write is not None}


def write_everything(article: Article) -> None:
    """Every writer accepts ``article`` and writes text that encodes as UTF-8."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        for name, write in WRITERS.items():
            text = write(article)
            assert isinstance(text, str), name
            text.encode("utf-8")  # raises on a lone surrogate
    assert newsdoc.from_json(newsdoc.to_json(article)) == article


def read_and_write(data: str | bytes) -> None:
    """``data`` through every reader; what comes back through every writer."""
    for name, read in READERS.items():
        with only_newsdoc_warnings():
            try:
                article = read(data)
            except NewsdocError as error:
                assert str(error), name
                continue
        assert isinstance(article, Article), name
        write_everything(article)


# --- hostile values -----------------------------------------------------------------------

VALUES = sorted(
    {
        "2013-11-06T10:15:00+04:00",
        "2013-11-06",
        "2013-13-45T25:61:61",
        "2013-11-06T10:15:00+23:59",
        "0000-00-00",
        "9999-12-31T23:59:59-23:59",
        "10000-01-01",
        "1e999",
        "-1e999",
        "Infinity",
        "-Infinity",
        "NaN",
        "-1",
        "0",
        "0x10",
        "１２３",
        "1" * 400,
        "\u202e",
        "\ud800",
        "",
        "[" * 200 + "]" * 200,
        '{"a":' * 200 + "1" + "}" * 200,
        "2020-01-01T10:00:00+24:00",
        "2020-01-01T10:00:00+2400",
        "2013-11-06T10:15:00-24:00",
        "²",
        "9" * 5000,
    }
)
values = st.sampled_from(VALUES)


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def hostile_page(value: str) -> str:
    """A page whose dates, image sizes and JSON-LD all hold ``value``."""
    v = _attr(value)
    js = json.dumps(value)
    return (
        f'<html><head><meta charset="utf-8"><title>Headline</title>'
        f'<meta property="og:image" content="https://e.example/a.jpg">'
        f'<meta property="og:image:width" content="{v}">'
        f'<meta property="og:image:height" content="{v}">'
        f'<meta property="article:published_time" content="{v}">'
        f'<meta name="date" content="{v}"><meta name="author" content="{v}">'
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": {js}, '
        f'"datePublished": {js}, "dateModified": {js}, "author": {{"name": {js}}}, '
        f'"image": {{"@type": "ImageObject", "url": "https://e.example/b.jpg", '
        f'"width": {js}, "height": {js}}}}}</script></head>'
        f'<body><article><h1>Headline</h1><time datetime="{v}">{v}</time>'
        f"<p>The minister said on Tuesday that the plan was dead, John Smith said.</p>"
        f'<figure><img src="https://e.example/c.jpg" width="{v}" height="{v}">'
        f"<figcaption>{v}</figcaption></figure></article></body></html>"
    )


def hostile_text_article(value: str) -> str:
    return f"# Headline\n\nBy {value}\n\n{value}\n\nUpdated: {value}\n\nThe body, {value}.\n"


def hostile_document(value: str) -> str:
    """A newsdoc JSON document whose dates and image sizes hold ``value``."""
    number = value if value.lstrip("-").isdigit() and value.isascii() else json.dumps(value)
    return (
        '{"format": "newsdoc", "version": "1.0", '
        f'"published": {json.dumps(value)}, "modified": {json.dumps(value)}, '
        f'"images": [{{"url": "https://e.example/a.jpg", "width": {number}}}], '
        f'"paragraphs": [{{"text": {json.dumps(value)}}}]}}'
    )


# --- fuzzing real documents ------------------------------------------------------------------


@st.composite
def fuzzed(draw: st.DrawFn) -> bytes:
    """A real document with a few random edits: the way a mutation fuzzer makes its inputs."""
    data = bytearray(draw(st.sampled_from(SEED_BYTES)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["replace", "insert", "delete", "splice", "cut"]))
        if edit == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif edit == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif edit == "splice":
            piece = draw(st.sampled_from(FRAGMENTS)) + draw(st.sampled_from(VALUES))
            data[at:at] = piece.encode("utf-8", "surrogatepass")
        else:
            del data[at:]
    return bytes(data)


# --- the properties ---------------------------------------------------------------------------


@BOUNDED
@given(hostile_text | hostile_bytes)
def test_hostile_input_reads_and_writes(data: str | bytes) -> None:
    read_and_write(data)


@BOUNDED
@given(fuzzed())
def test_fuzzed_documents_read_and_write(data: bytes) -> None:
    read_and_write(data)
    read_and_write(data.decode("utf-8", "surrogateescape"))


@BOUNDED
@given(values, st.sampled_from([hostile_page, hostile_text_article, hostile_document]))
def test_hostile_metadata_values_read_and_write(value: str, make: Callable[[str], str]) -> None:
    document = make(value)
    read_and_write(document)
    read_and_write(document.encode("utf-8", "surrogatepass"))


@BOUNDED
@given(articles())
def test_every_valid_article_is_written_by_every_writer(article: Article) -> None:
    write_everything(article)


@pytest.mark.parametrize("value", VALUES, ids=lambda v: repr(v[:20]))
@pytest.mark.parametrize("make", [hostile_page, hostile_text_article, hostile_document])
def test_each_hostile_value_reads_and_writes(value: str, make: Callable[[str], str]) -> None:
    read_and_write(make(value).encode("utf-8", "surrogatepass"))


# --- findings in the readers, fixed (kept as regressions), and those still open -------------

FIXED_REPRODUCERS = {
    "date offset +24:00 (readers/dates.py; writers/json.py then fails)": (
        b'<meta property="article:published_time" content="2020-01-01T10:00:00+24:00"><p>Body.</p>'
    ),
    "date offset +2400 in text (readers/dates.py)": (
        b"# Headline\n\n2020-01-01T10:00:00+2400\n\nBody text.\n"
    ),
    "og:image:width of a Unicode digit (metadata/meta_tags.py)": (
        '<meta property="og:image" content="https://e.com/a.jpg">'
        '<meta property="og:image:width" content="²"><p>Body.</p>'
    ).encode(),
    "og:image:width of 5000 digits (metadata/meta_tags.py)": (
        '<meta property="og:image" content="https://e.com/a.jpg">'
        '<meta property="og:image:width" content="' + "9" * 5000 + '"><p>Body.</p>'
    ).encode(),
    "img width of a Unicode digit (body/walk.py)": (
        '<article><p>Body.</p><figure><img src="https://e.com/a.jpg" width="²"></figure></article>'
    ).encode(),
    "nested JSON in parsely-page (metadata/meta_tags.py)": (
        b'<meta name="parsely-page" content=\''
        + b'{"a":' * 3000
        + b"1"
        + b"}" * 3000
        + b"'><p>Body.</p>"
    ),
    "charset that is not a text encoding (encoding.py)": b'<meta charset="hex"><p>Body \xe9.</p>',
    "charset rot13 (encoding.py)": (
        b'<meta http-equiv="Content-Type" content="text/html; charset=rot13"><p>Body \xe9.</p>'
    ),
    "charset undefined (encoding.py)": b'<meta charset="undefined"><p>Body \xe9.</p>',
}


@pytest.mark.parametrize("name", list(FIXED_REPRODUCERS))
def test_fixed_finding(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        read_and_write(FIXED_REPRODUCERS[name])

"""Hostile values in the HTML reader's inputs: only newsdoc's errors, and an article every
writer accepts.

Each class of value is tried in general: every codec Python knows as a page's
charset; any text and any JSON number as an image dimension, in every place
pages write one; JSON nested to any depth in a ``<meta>`` content; every zone
offset a date can spell, and years at the edges of the calendar.
"""

from __future__ import annotations

import datetime as dt
import encodings
import encodings.aliases
import json
import pkgutil
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_reads_must_write import write_everything
from test_robustness import BOUNDED

import newsdoc
from newsdoc import Article, NewsdocError, NewsdocWarning
from newsdoc.readers.dates import parse_date
from newsdoc.readers.html.dimensions import MAX_DIMENSION, dimension

EXAMPLE_TEXT = (
    Path(__file__).resolve().parent.parent / "examples" / "moscowtimes-2013-11-06.txt"
).read_bytes()
BODY = "<article><p>" + "A paragraph of the article, long enough to be read as one. " * 4
BODY += "</p></article>"


def read(data: bytes) -> Article | None:
    """The article ``data`` gives (written by every writer), or ``None`` for a NewsdocError."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        try:
            article = newsdoc.parse(data, format="html")
        except NewsdocError:
            return None
    write_everything(article)
    return article


# --- charsets -----------------------------------------------------------------------------

#: Every codec name Python knows: its modules and their aliases (text encodings or not).
CODECS = sorted(
    {name for _, name, _ in pkgutil.iter_modules(encodings.__path__) if name != "aliases"}
    | set(encodings.aliases.aliases)
    | {"nosuch", "x-user-defined", "\x00", "utf-8\x00", "a" * 1000, ""}
)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: repr(c[:20]))
def test_any_codec_named_as_charset_reads_or_falls_back(codec: str) -> None:
    # bytes that are not UTF-8, so that the declaration is used
    page = f'<html><head><meta charset="{codec}"><title>Caf\xe9</title></head>'
    data = page + "<body>" + BODY.replace("A paragraph", "Na\xefve paragraph") + "</body>"
    for raw in (data.encode("latin-1", "replace"), b"\x1b$B" + data.encode("latin-1", "replace")):
        assert read(raw) is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        text, _ = newsdoc.readers.encoding.decode_html(
            data.encode("latin-1", "replace"), http_charset=codec
        )
    assert text is None or isinstance(text, str)


@pytest.mark.parametrize("codec", ["hex", "base64", "rot13", "zlib", "bz2", "uu", "undefined"])
def test_a_codec_that_is_no_text_encoding_is_ignored_with_a_warning(codec: str) -> None:
    data = f'<meta charset="{codec}"><title>Caf\xe9</title>{BODY}'.encode("cp1252")
    with pytest.warns(NewsdocWarning, match="not a text encoding"):
        article = newsdoc.parse_html(data)
    assert article.headline == "Café"


# --- image dimensions ---------------------------------------------------------------------

NUMBERS = [
    "²", "٣٠٠", "１２３", "9" * 5000, "1e999", "-1e999", "Infinity", "-Infinity", "NaN",
    "-5", "0x10", "1.5", " 640 ", "640px", "", "\ud800",
]  # fmt: skip


@given(st.text() | st.integers() | st.floats() | st.booleans() | st.none())
def test_dimension_is_a_bounded_whole_number_or_none(value: object) -> None:
    got = dimension(value)
    assert got is None or (type(got) is int and 0 <= got <= MAX_DIMENSION)


def test_dimension_reads_what_pages_mean() -> None:
    assert dimension("640") == 640
    assert dimension(" 640px ") == 640
    assert dimension(640.0) == 640
    assert [dimension(v) for v in NUMBERS if v.strip() not in ("640", "640px")] == [None] * 14


def _pages(value: str) -> list[bytes]:
    attr = value.replace("&", "&amp;").replace('"', "&quot;")
    try:
        number = json.dumps(json.loads(value))  # a JSON number as written, if it is one
    except (ValueError, RecursionError):
        number = json.dumps(value)
    img = f'<figure><img src="https://e.com/a.jpg" width="{attr}" height="{attr}"></figure>'
    og = (
        '<meta property="og:image" content="https://e.com/a.jpg">'
        f'<meta property="og:image:width" content="{attr}">'
        f'<meta property="og:image:height" content="{attr}">'
    )
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": '
        f'{{"url": "https://e.com/a.jpg", "width": {number}, "height": {{"value": {number}}}}}'
        "}</script>"
    )
    return [
        (f"<html><head>{head}</head><body>{body}{BODY}</body></html>").encode(
            "utf-8", "surrogatepass"
        )
        for head, body in ((og, ""), (ld, ""), ("", img))
    ]


@pytest.mark.parametrize("value", [*NUMBERS, "1" + "0" * 400, "1e308", "-0"], ids=repr)
def test_no_number_a_page_writes_breaks_the_reader(value: str) -> None:
    for page in _pages(value):
        article = read(page)
        assert article is not None
        for image in article.images:
            for size in (image.width, image.height):
                assert size is None or 0 <= size <= MAX_DIMENSION


@BOUNDED
@given(st.text(max_size=50) | st.integers().map(str) | st.floats().map(repr))
def test_any_dimension_text_reads_and_writes(value: str) -> None:
    for page in _pages(value):
        read(page)


# --- nested values ------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [10, 1000, 100_000])
@pytest.mark.parametrize(("open_", "close"), [("[", "]"), ('{"title":', "}")])
def test_json_nested_at_any_depth_in_meta_content(depth: int, open_: str, close: str) -> None:
    content = open_ * depth + "1" + close * depth
    page = f"<meta name='parsely-page' content='{content}'><title>T</title>{BODY}"
    assert read(page.encode()) is not None
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {content}}}'
    assert read((ld + "</script><title>T</title>" + BODY).encode()) is not None


# --- lone surrogates escaped in a page's JSON ----------------------------------------------

#: Half of a surrogate pair, as JSON escapes it: alone, reversed, or at a string's end.
ESCAPED_HALVES = ["\\ud800", "\\udfff", "\\udc00\\ud800", "x\\ud83d"]


@pytest.mark.parametrize("half", ESCAPED_HALVES)
def test_a_lone_surrogate_escaped_in_json_ld_is_replaced_with_a_warning(half: str) -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Head{half}line", "author": {{"name": "Ann{half} Roe"}}, '
        f'"key{half}": ["{half}"]}}</script>'
    )
    with pytest.warns(NewsdocWarning, match=r"JSON-LD block 1: \d+ lone surrogate"):
        article = newsdoc.parse((ld + BODY).encode(), format="html")
    write_everything(article)
    assert article.headline is not None and "\ufffd" in article.headline
    assert article.headline.replace("\ufffd", "").replace("x", "") == "Headline"


def test_a_lone_surrogate_escaped_in_parsely_page_is_replaced_with_a_warning() -> None:
    content = '{"title": "Head\\ud800line", "author": "Ann \\udfffRoe"}'
    with pytest.warns(NewsdocWarning, match="parsely-page meta: 2 lone surrogate"):
        article = newsdoc.parse(f"<meta name='parsely-page' content='{content}'>{BODY}".encode())
    write_everything(article)
    assert article.headline == "Head\ufffdline"


def test_a_whole_pair_and_an_escaped_backslash_are_left_as_they_are() -> None:
    # "\\ud800" in JSON is a backslash and the letters "ud800": text, not a surrogate
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Smile \\ud83d\\ude00 \\\\ud800"}</script>'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsdocWarning)
        article = read((ld + BODY).encode())
    assert article is not None
    assert article.headline == "Smile \U0001f600 \\ud800"


@BOUNDED
@given(st.lists(st.integers(0xD800, 0xDFFF) | st.integers(0x20, 0x7E), max_size=8))
def test_any_escaped_code_units_in_json_ld_read_and_write(units: list[int]) -> None:
    # JSON escapes of any UTF-16 code units, halves of pairs or whole pairs in any order
    escaped = "".join(f"\\u{unit:04x}" for unit in units)
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{escaped}"}}'
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        assert read((ld + "</script>" + BODY).encode()) is not None


# --- dates --------------------------------------------------------------------------------


def _writable(when: dt.date | None) -> bool:
    if when is None:
        return True
    when.isoformat()
    return True


@given(
    st.sampled_from("+-"),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["{h:02}:{m:02}", "{h:02}{m:02}", "{h:02}"]),
)
def test_any_zone_offset_gives_a_writable_date_or_none(
    sign: str, hours: int, minutes: int, spelling: str
) -> None:
    zone = sign + spelling.format(h=hours, m=minutes)
    for text in (f"2020-01-01T10:00:00{zone}", f"1 January 2020 10:00 {zone}",
                 f"Wed, 01 Jan 2020 10:00:00 {zone.replace(':', '')}"):  # fmt: skip
        when = parse_date(text)
        assert _writable(when)
        if hours >= 24 and spelling != "{h:02}":
            assert not isinstance(when, dt.datetime), text


@pytest.mark.parametrize(
    "text",
    ["0000-01-01", "0000-01-01T00:00:00Z", "10000-01-01", "9999-12-31T23:59:59-14:00",
     "0001-01-01T00:00:00+14:00", "2020-02-30", "2020-01-01T10:00:00+24:00",
     "2020-01-01T10:00:00-99:99", "2020-01-01T10:00:00+2400", "1e999"],
)  # fmt: skip
def test_dates_with_impossible_parts(text: str) -> None:
    assert _writable(parse_date(text))
    page = f'<meta property="article:published_time" content="{text}"><title>T</title>{BODY}'
    article = read(page.encode())
    assert article is not None
    assert _writable(article.published)


def test_an_impossible_offset_gives_no_date() -> None:
    assert parse_date("2020-01-01T10:00:00+24:00") is None
    assert parse_date("2020-01-01T10:00:00+2400") is None
    assert parse_date("2020-01-01T10:00:00+23:59") is not None


# --- elements with many attributes ---------------------------------------------------------

ATTRIBUTE_SPELLINGS = {
    "plain": "a{i}=x ",
    "quoted, no space": 'a{i}="x"',
    "valueless": "a{i} ",
    "slashes": "a{i}=x / ",
    "odd names": "a{i}<=x ",
    "markup in values": "a{i}=\"<b c='>'\" ",
}


@pytest.mark.parametrize("spelling", ATTRIBUTE_SPELLINGS.values(), ids=list(ATTRIBUTE_SPELLINGS))
def test_an_element_with_many_attributes_is_bounded(spelling: str) -> None:
    from newsdoc.readers.html.attributes import MAX_ATTRIBUTES
    from newsdoc.readers.html.tree import load_tree

    attributes = "".join(spelling.format(i=i) for i in range(20_000))
    page = f"<html><body><article><p {attributes}>Kept text.</p><p>After.</p></article></body>"
    with pytest.warns(NewsdocWarning, match=f"more than {MAX_ATTRIBUTES} attributes"):
        root = load_tree(page.encode())
    paragraphs = root.findall(".//p")
    assert [p.text for p in paragraphs] == ["Kept text.", "After."]
    # a "<" inside a name is counted as starting another: fewer may be kept, never more
    assert MAX_ATTRIBUTES // 3 <= len(paragraphs[0].attrib) <= MAX_ATTRIBUTES


def test_elements_just_under_the_bound_are_untouched() -> None:
    from newsdoc.readers.html.attributes import MAX_ATTRIBUTES, bound_attributes

    tag = "<p " + " ".join(f"a{i}='<b>' c{i}" for i in range(MAX_ATTRIBUTES // 2)) + ">x</p>"
    page = ("<html><body>" + tag * 50 + "</body></html>").encode()
    assert bound_attributes(page) is page


@BOUNDED
@given(
    st.lists(
        st.sampled_from(['<p a="1">', "<", "x", " b", "=", '"', "'", ">", "/", "</p>"]),
        max_size=200,
    )
)
def test_bounding_changes_only_crowded_elements(pieces: list[str]) -> None:
    from newsdoc.readers.html.attributes import bound_attributes

    page = "".join(pieces).encode()
    assert bound_attributes(page) == page  # far fewer than MAX_ATTRIBUTES pieces


@pytest.mark.parametrize("index", ["²", "٣", "9" * 5000, "-1", "1e3", ""])
def test_a_bad_paragraph_index_in_a_newsdoc_page_is_a_warning(index: str) -> None:
    """newsdoc's own HTML numbers its paragraphs: an edited page may number them any way."""
    article = newsdoc.parse(EXAMPLE_TEXT, format="text")
    page = newsdoc.to_html(article)
    edited = page.replace('data-paragraph="0"', f'data-paragraph="{index}"', 1)
    assert edited != page
    with pytest.warns(NewsdocWarning, match="bad data-paragraph"):
        again = newsdoc.parse(edited.encode(), format="html")
    write_everything(again)

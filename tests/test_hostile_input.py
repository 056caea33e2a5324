"""Hostile input, second round: only newsdoc's errors, binary refused, no blocking on files.

- newsdoc JSON (``from_json``, and the data block of newsdoc's own HTML): a
  number with 100,000 digits, lone surrogates escaped or raw, nesting too deep
  are :class:`~newsdoc.FormatError`\\ s whose message starts with the JSON path;
- binary data (PDF, images, archives, compressed or random bytes) passed as
  text or HTML is refused with a :class:`~newsdoc.ParseError` by every reader
  and by ``parse``; text in odd encodings, or with a few stray controls, is not;
- ``parse(Path)`` refuses FIFOs, devices and directories instead of blocking.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import sys
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from test_robustness import check_writers, outcome

import newsdoc
from newsdoc import Article, FormatError, NewsdocWarning, ParseError
from newsdoc.formats import FORMATS
from newsdoc.pipeline import read_bytes
from newsdoc.readers.binary import MAX_CONTROL_SHARE, binary_kind


def _document(**fields: object) -> str:
    return json.dumps({"format": "newsdoc", "version": "1.0", **fields})


def _write_everything(article: Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        for entry in FORMATS.values():
            if entry.write is not None:
                entry.write(article).encode("utf-8")


# --- newsdoc JSON -----------------------------------------------------------------------

LONG_NUMBER = "9" * 100_000


@pytest.mark.parametrize(
    ("document", "path"),
    [
        (_document(paragraphs=[{"text": "x", "level": 0}]).replace("0}", LONG_NUMBER + "}"),
         "$.paragraphs[0].level"),
        ('{"format": "newsdoc", "version": ' + LONG_NUMBER + "}", "$.version"),
        ('{"format": ' + LONG_NUMBER + "}", "$.format"),
        (_document(images=[{"url": "https://e.com/a.jpg", "width": 1}]).replace(
            '"width": 1', '"width": -' + LONG_NUMBER), "$.images[0].width"),
        (_document(headline="\ud800"), "$.headline"),
        (_document(headline="a\udfffb"), "$.headline"),
        (_document(tags=["ok", "\udc80"]), "$.tags[1]"),
        (_document(paragraphs=[{"text": "\ud83d"}]), "$.paragraphs[0].text"),
        (_document(persons=[{"id": "p1", "name": "A\udc00"}]), "$.persons[0].name"),
        (_document(headline=[[[[]]]]).replace("[[[[]]]]", "[" * 100_000 + "]" * 100_000), "$"),
    ],
    ids=["long-int", "long-version", "long-format", "long-negative-width", "surrogate",
         "low-surrogate", "surrogate-tag", "surrogate-text", "surrogate-name", "nesting"],
)  # fmt: skip
def test_hostile_json_is_a_format_error_with_a_path(document: str, path: str) -> None:
    for data in (document, document.encode("utf-8", "surrogatepass")):
        with pytest.raises(FormatError) as caught:
            newsdoc.from_json(data)
        message = str(caught.value)
        assert message.startswith(path + ":"), message
        assert len(message) < 400, "the message shows the value cut short"
        message.encode("utf-8")  # a message can be written


def test_raw_lone_surrogates_in_a_json_str_are_refused() -> None:
    # a str that holds the surrogate itself, not its escape
    document = '{"format": "newsdoc", "version": "1.0", "headline": "\ud800"}'
    with pytest.raises(FormatError, match=r"^\$\.headline: .*lone surrogate"):
        newsdoc.from_json(document)


def test_an_unknown_key_with_a_lone_surrogate_is_skipped_with_a_writable_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = newsdoc.from_json(_document(headline="H", **{"\ud800x": 1}))
    assert article.headline == "H"
    assert caught
    for warning in caught:
        str(warning.message).encode("utf-8")


def test_numbers_as_long_as_python_converts_still_read() -> None:
    digits = sys.get_int_max_str_digits() or 4300
    big = 10 ** (digits - 1)
    document = _document(images=[{"url": "https://e.com/a.jpg", "width": big}])
    article = newsdoc.from_json(document)
    assert article.images[0].width == big
    _write_everything(article)


def test_the_embedded_data_of_a_page_with_a_lone_surrogate_is_not_used() -> None:
    article = Article(headline="Visible", paragraphs=(newsdoc.Paragraph(text="Some text."),))
    page = newsdoc.to_html(article)
    assert '"headline":"Visible"' in page
    for hostile in ('"headline":"\\ud800"', '"headline":' + LONG_NUMBER):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            read = newsdoc.parse(page.replace('"headline":"Visible"', hostile).encode())
        assert any("newsdoc data block: $.headline:" in str(w.message) for w in caught)
        assert read.headline == "Visible"  # read from the page like any other
        _write_everything(read)


# --- binary input -----------------------------------------------------------------------


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.html", "<html><body><p>A story.</p></body></html>" * 50)
    return buffer.getvalue()


_RNG = random.Random(19)
BINARY = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _RNG.randbytes(200),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _RNG.randbytes(200),
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + _RNG.randbytes(40),
    "webp": b"RIFF\x24\x00\x00\x00WEBPVP8 " + _RNG.randbytes(40),
    "mp4": b"\x00\x00\x00\x18ftypmp42" + _RNG.randbytes(40),
    "zip": _zip(),
    "gzip": gzip.compress(b"<html><body><p>A story.</p></body></html>"),
    "elf": b"\x7fELF\x02\x01\x01" + bytes(60),
    "deflate": zlib.compress(_RNG.randbytes(2000))[2:],
    "random-200": _RNG.randbytes(200),
    "random-64k": _RNG.randbytes(65536),
}

READERS: dict[str, Callable[[bytes], object]] = {
    "parse(bytes)": newsdoc.parse,
    "parse(str)": lambda data: newsdoc.parse(data.decode("utf-8", "surrogateescape")),
    "parse_text(bytes)": newsdoc.parse_text,
    "parse_text(str)": lambda data: newsdoc.parse_text(data.decode("utf-8", "surrogateescape")),
    "parse_html(bytes)": newsdoc.parse_html,
    "parse_html(latin-1 str)": lambda data: newsdoc.parse_html(data.decode("latin-1")),
    "parse(format=html)": lambda data: newsdoc.parse(data, format="html"),
    "parse(format=markdown)": lambda data: newsdoc.parse(data, format="markdown"),
}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("kind", list(BINARY))
def test_binary_input_is_refused(kind: str, reader: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        with pytest.raises(ParseError, match="binary data"):
            READERS[reader](BINARY[kind])


def test_random_bytes_of_every_seed_are_refused() -> None:
    for seed in range(200):
        data = random.Random(seed).randbytes(300)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsdocWarning)  # undecodable bytes, first
            with pytest.raises(ParseError, match="binary data"):
                newsdoc.parse(data)


#: Every byte order mark of UTF-16 and UTF-32.
MARKS = {
    "utf-16-le": b"\xff\xfe",
    "utf-16-be": b"\xfe\xff",
    "utf-32-le": b"\xff\xfe\x00\x00",
    "utf-32-be": b"\x00\x00\xfe\xff",
}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("mark", list(MARKS))
def test_random_bytes_behind_a_byte_order_mark_are_refused(mark: str, reader: str) -> None:
    # decoded by the mark, random bytes give characters of every script and no control; one
    # UTF-16 unit in 32 is half a surrogate pair, alone (about 31 here: 4 are enough)
    for seed in range(20):
        data = MARKS[mark] + random.Random(seed).randbytes(2000)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsdocWarning)
            with pytest.raises(ParseError, match="binary data"):
                READERS[reader](data)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_behind_its_byte_order_mark_is_read_as_that_encoding(codec: str) -> None:
    text = (Path(__file__).parent.parent / "examples" / "moscowtimes-2013-11-06.txt").read_text()
    data = text.encode(codec)
    if not codec.endswith(("16", "32", "sig")):
        data = MARKS[codec] + data  # (the codecs of one byte order write no mark)
    expected = newsdoc.parse_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsdocWarning)
        assert newsdoc.parse_text(data) == expected
        assert newsdoc.parse(data, analyze=False) == expected
    if codec != "utf-8-sig":
        # one unit cut off at the end: replaced, with a warning, not refused
        with pytest.warns(NewsdocWarning, match="not valid utf-"):
            article = newsdoc.parse_text(data[:-1])
        assert article.headline == expected.headline


def test_a_binary_file_is_refused_by_path(tmp_path: Path) -> None:
    path = tmp_path / "scan.html"
    path.write_bytes(BINARY["pdf"])
    with pytest.raises(ParseError, match="binary data, not text: a PDF document"):
        newsdoc.parse(path)
    # a gzip file is a page once gunzipped; gzip inside gzip is not
    path.write_bytes(gzip.compress(BINARY["gzip"]))
    with pytest.raises(ParseError, match="gzip-compressed"):
        newsdoc.parse(path)


TEXTS = {
    "windows-1251": "Москва — статья о политике. «Цитата», сказал он.".encode("cp1251"),
    "shift_jis": "東京、政府は火曜日に発表した。「重要だ」と彼は言った。".encode("shift_jis"),
    "koi8-r": "Новости дня: президент выступил с речью.".encode("koi8-r"),
    "utf-16 without a bom": "<html><body><p>A story in UTF-16.</p></body></html>".encode(
        "utf-16-le"
    ),
    "a few controls": b"Headline\n\nA paragraph\x01 with a stray control\x02 or two.\x1f\n",
    "escape sequences": "日本語のテキスト".encode("iso2022_jp"),
    "starts with BZh": b"BZh is not bzip2 here.\n\nA second paragraph.",
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_text_in_odd_encodings_is_not_refused(name: str) -> None:
    data = TEXTS[name]
    assert binary_kind(data) is None
    for call in (newsdoc.parse, newsdoc.parse_text, newsdoc.parse_html):
        article = outcome(lambda call=call: call(data))  # type: ignore[misc]
        assert article is not None, f"{name} refused by {call.__name__}"
        check_writers(article)


def test_the_control_share_is_a_threshold() -> None:
    # controls spread through text: just under the share is text, at it binary
    words = "word " * 40  # 200 characters
    controls = int(len(words) * MAX_CONTROL_SHARE)
    under = "\x01".join([words[: len(words) // controls]] * (controls - 1))
    outcome(lambda: newsdoc.parse_text(under))
    over = "\x01" * (controls + 1) + words
    with pytest.raises(ParseError, match="binary data"):
        newsdoc.parse_text(over)


# --- files that are not regular files ------------------------------------------------------

posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


@posix
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    # no writer ever opens it: a blocking open would hang the test
    with pytest.raises(ParseError, match=r"page\.html: not a regular file: a FIFO"):
        newsdoc.parse(fifo)
    with pytest.raises(ParseError, match="FIFO"):
        read_bytes(str(fifo))


@posix
@pytest.mark.parametrize(("path", "kind"), [("/dev/zero", "character device"), ("/dev/null",
                                             "character device")])  # fmt: skip
def test_devices_are_refused(path: str, kind: str) -> None:
    if not os.path.exists(path):
        pytest.skip(f"no {path}")
    with pytest.raises(ParseError, match=kind):
        newsdoc.parse(Path(path))


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"directory|cannot read"):
        newsdoc.parse(tmp_path)

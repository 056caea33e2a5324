"""Bounded size: absurd shapes complete, the size limit refuses absurd volume.

These tests only assert that each input completes with an Article or a
NewsdocError; how long each takes is measured in benchmarks/hostile.py (timed
unit tests would be flaky on a shared machine).  The 50 MB page lives there too:
here the size limit is shown to refuse it before any work is done.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_robustness import check_writers, outcome

import newsdoc
import newsdoc.limits
from newsdoc import Article, InputTooLargeError, NewsdocWarning, ParseError


def _html(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


def _every_reader(text: str) -> Iterator[tuple[str, Callable[[], Article]]]:
    """``text`` through each reader, as text and (for HTML) as bytes."""
    yield "parse_text", lambda: newsdoc.parse_text(text)
    page = _html(f"<article><h1>Headline</h1><p>{text}</p></article>")
    yield "parse_html(str)", lambda: newsdoc.parse_html(page)
    data = page.encode("utf-8", "surrogatepass")
    yield "parse_html(bytes)", lambda: newsdoc.parse_html(data)
    yield "parse(bytes)", lambda: newsdoc.parse(data)


def _completes(text: str) -> None:
    for _name, call in _every_reader(text):
        article = outcome(call)
        if article is not None:
            check_writers(article)


# --- absurd shapes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<div>", "</div>"),
        ("<blockquote>", "</blockquote>"),
        ("<ul><li>", "</li></ul>"),
        ("<b>", "</b>"),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<span><a href='https://example.com/'>", "</a></span>"),
    ],
)
def test_hundred_thousand_nested_elements(opening: str, closing: str) -> None:
    depth = 100_000
    page = _html(opening * depth + "<p>Deep text, he said.</p>" + closing * depth)
    for call in (lambda: newsdoc.parse_html(page), lambda: newsdoc.parse_html(page.encode())):
        article = outcome(call)
        if article is not None:
            check_writers(article)


def test_hundred_thousand_unclosed_elements() -> None:
    page = _html("<article>" + "<div><p>x" * 100_000)
    article = outcome(lambda: newsdoc.parse_html(page))
    if article is not None:
        check_writers(article)


def test_nested_markdown_blocks_in_text() -> None:
    text = "# Headline\n\n" + "> " * 100_000 + "Deep quote.\n\n" + "  " * 50_000 + "- item\n"
    article = outcome(lambda: newsdoc.parse_text(text))
    if article is not None:
        check_writers(article)


@pytest.mark.parametrize("char", ["a", "x.", "-/", "字", "\u00a0"])
def test_a_megabyte_line_without_spaces(char: str) -> None:
    _completes(char * (1_000_000 // len(char)))


def test_a_megabyte_url() -> None:
    url = "https://example.com/" + "a/" * 500_000
    page = _html(f'<article><h1>H</h1><p>See <a href="{url}">{url}</a>.</p></article>')
    article = outcome(lambda: newsdoc.parse_html(page, url=url))
    if article is not None:
        check_writers(article)
    article = outcome(
        lambda: newsdoc.parse_text(f"# H\n\nSee [{url}]({url}).\n\nOriginal url: {url}")
    )
    if article is not None:
        check_writers(article)


@pytest.mark.parametrize("mark", ['"', "“", "”", "«", "„", "'", "‘"])
def test_ten_thousand_unbalanced_quotation_marks(mark: str) -> None:
    _completes(f"Alexeyev said {mark}" * 10_000)
    _completes(mark * 10_000)


def test_many_short_paragraphs_with_speakers() -> None:
    text = "# H\n\n" + "".join(
        f'"Words number {i}," said Person{i} Name{i}, a minister.\n\n' for i in range(5_000)
    )
    article = outcome(lambda: newsdoc.parse_text(text))
    if article is not None:
        check_writers(article)


@pytest.mark.parametrize(
    "text",
    [
        "Nul\x00byte in \x00 text\x00",
        "\x00" * 10_000,
        "Lone \ud800 surrogate \udfff and \udc80 escaped",
        "\ud800" * 10_000,
        "Control \x01\x02\x0b\x0c\x1b\x7f\x85 characters",
        "Bidi \u202e override \u2066 isolate",
        "Noncharacters \ufffe \uffff \U0010ffff",
    ],
    ids=lambda text: repr(text[:30]),
)
def test_nul_control_and_surrogate_characters(text: str) -> None:
    _completes(f"# Headline\n\n{text}\n\nA second paragraph.")


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\xfa\x80\x81\xc0\xc1\xf5\xff",
        b"<html><head><meta charset='utf-8'></head><body><p>Bad \xc3\x28 and \xe2\x82 "
        b"truncated, overlong \xc0\xaf, surrogate \xed\xa0\x80.</p></body></html>",
        b"<p>" + b"\x80\x81\xfe\xff" * 10_000 + b"</p>",
        b'<meta charset="utf-16"><p>Declared UTF-16, written UTF-8.</p>',
        b'<meta charset="no-such-encoding"><p>Unknown charset.</p>',
        b"\xef\xbb\xbf\xff\xfe<html><p>Two BOMs.</p>",
        b"\xfe\xff\x00<\x00p",  # UTF-16 BOM with an odd number of bytes
        b"\x00" * 1000,
        b"# Headline\n\nText \xff\xfe with bad bytes.\n",
    ],
    ids=lambda data: repr(data[:30]),
)
def test_invalid_utf8_and_encoding_tricks(data: bytes) -> None:
    for call in (lambda: newsdoc.parse_html(data), lambda: newsdoc.parse(data)):
        article = outcome(call)
        if article is not None:
            check_writers(article)
    article = outcome(lambda: newsdoc.from_json(data))
    assert article is None, "garbage bytes are not a newsdoc document"


# --- the configured size limit ------------------------------------------------------


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(newsdoc.limits, "MAX_INPUT_CHARS", 1_000)
    return 1_000


def _inputs(tmp_path: Path, size: int) -> dict[str, Callable[[], Article]]:
    """Each entry point, called on an input of about ``size`` characters."""
    text = "# Headline\n\n" + "Words and more words. " * (size // 20)
    page = _html(
        "<article><h1>H</h1>" + "<p>Words and more words.</p>" * (size // 25) + "</article>"
    )
    document = newsdoc.to_json(
        newsdoc.Article(headline="H", paragraphs=(newsdoc.Paragraph(text="w" * size),))
    )
    path = tmp_path / "big.html"
    path.write_text(page, encoding="utf-8")
    return {
        "parse_text": lambda: newsdoc.parse_text(text),
        "parse_html(str)": lambda: newsdoc.parse_html(page),
        "parse_html(bytes)": lambda: newsdoc.parse_html(page.encode()),
        "parse(str)": lambda: newsdoc.parse(text),
        "parse(bytes)": lambda: newsdoc.parse(page.encode()),
        "parse(path)": lambda: newsdoc.parse(path),
        "from_json(str)": lambda: newsdoc.from_json(document),
        "from_json(bytes)": lambda: newsdoc.from_json(document.encode()),
    }


ENTRY_POINTS = [
    "parse_text",
    "parse_html(str)",
    "parse_html(bytes)",
    "parse(str)",
    "parse(bytes)",
    "parse(path)",
    "from_json(str)",
    "from_json(bytes)",
]


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_input_over_the_limit_raises_a_clear_error(
    tmp_path: Path, small_limit: int, entry: str
) -> None:
    call = _inputs(tmp_path, 5 * small_limit)[entry]
    with pytest.raises(InputTooLargeError) as info:
        call()
    message = str(info.value)
    assert "1,000" in message, f"the message must give the limit: {message}"
    assert "MAX_INPUT_CHARS" in message, f"the message must name the setting: {message}"
    assert isinstance(info.value, newsdoc.ParseError)


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_input_under_the_limit_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: str
) -> None:
    monkeypatch.setattr(newsdoc.limits, "MAX_INPUT_CHARS", 100_000)
    assert isinstance(outcome(_inputs(tmp_path, 5_000)[entry]), Article)


def test_a_fifty_megabyte_page_is_refused_before_any_work(small_limit: int) -> None:
    page = _html("<p>" + "Fifty megabytes of words. " * 2_000_000 + "</p>")
    assert len(page) > 50_000_000
    with pytest.raises(InputTooLargeError):
        newsdoc.parse_html(page.encode())
    with pytest.raises(InputTooLargeError):
        newsdoc.parse(page)


# --- no silent loss -----------------------------------------------------------------


def _warnings_of(call: Callable[[], object]) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [str(w.message) for w in caught if issubclass(w.category, NewsdocWarning)]


def test_a_broken_json_ld_block_is_reported() -> None:
    page = _html(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        "<article><h1>Headline</h1><p>The body of the article, long enough to count.</p>"
        "</article>"
    )
    messages = _warnings_of(lambda: newsdoc.parse_html(page))
    assert any("json" in m.lower() for m in messages), messages


@pytest.mark.parametrize(
    "broken",
    [b"\xff\xfe", bytes(range(0x80, 0x100)) + b"\x81\x8d\x8f\x90\x9d"],  # the second: no codec fits
    ids=["two-bytes", "every-high-byte"],
)
def test_undecodable_bytes_in_text_are_reported(broken: bytes) -> None:
    data = "# Headline\n\nCafé au lait, naïve façade.\n\n".encode() + b"Broken " + broken + b".\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        article = newsdoc.parse(data)
    text = newsdoc.to_json(article)
    if "\ufffd" in text:
        assert _warnings_of(lambda: newsdoc.parse(data)), "U+FFFD appeared without a warning"
    else:
        # decoded whole by detecting the encoding: nothing was lost
        assert "Broken" in text


def test_unknown_json_fields_are_reported() -> None:
    document = '{"format": "newsdoc", "version": "1.9", "headline": "H", "from_the_future": 1}'
    messages = _warnings_of(lambda: newsdoc.from_json(document))
    assert any("from_the_future" in m for m in messages), messages


@pytest.mark.parametrize("depth", [300, 1_000, 2_000])
def test_deeply_nested_text_is_kept_and_reported(depth: int) -> None:
    """libxml2 stops at depth 256: the reader must not drop the rest of the page silently."""
    page = _html(
        "<article><h1>Headline</h1><p>Before the nest, a paragraph of the article.</p>"
        + "<div>" * depth
        + "<p>Deep in the nest, a paragraph of the article.</p>"
        + "</div>" * depth
        + "<p>After the nest, a paragraph of the article.</p></article>"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = newsdoc.parse_html(page)
    assert "Deep in the nest" in article.text and "After the nest" in article.text
    assert any(issubclass(w.category, NewsdocWarning) for w in caught)


def test_an_endless_device_is_refused(small_limit: int) -> None:
    endless = Path("/dev/zero")
    if not endless.exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(ParseError, match="not a regular file: a character device"):
        newsdoc.parse(endless)


# --- reading a stream under the limit -----------------------------------------------


class _Stream:
    """A stream that hands out at most ``short`` bytes per read, and records the sizes asked."""

    def __init__(self, data: bytes, short: int) -> None:
        self.data = data
        self.short = short
        self.asked: list[int] = []

    def read(self, size: int = -1, /) -> bytes:
        self.asked.append(size)
        chunk, self.data = self.data[: min(size, self.short)], self.data[min(size, self.short) :]
        return chunk


@pytest.mark.parametrize("short", [1, 7, newsdoc.limits.READ_CHUNK, 10**9])
@pytest.mark.parametrize("size", [0, 1, 999, 1000, 1001, 5000])
def test_read_at_most_reads_up_to_one_byte_past_the_limit(size: int, short: int) -> None:
    data = bytes(range(256)) * (size // 256 + 1)
    stream = _Stream(data[:size], short)
    got = newsdoc.limits.read_at_most(stream, 1000)
    assert got == data[: min(size, 1001)]  # one byte past the limit: "too large" is seen
    assert max(stream.asked) <= newsdoc.limits.READ_CHUNK


def test_read_at_most_never_asks_for_the_whole_limit() -> None:
    """A buffer of the limit's size per input would be mapped afresh for every page."""
    stream = _Stream(b"x" * 3 * newsdoc.limits.READ_CHUNK, 10**9)
    got = newsdoc.limits.read_at_most(stream, newsdoc.limits.MAX_INPUT_CHARS)
    assert len(got) == 3 * newsdoc.limits.READ_CHUNK
    assert stream.asked == [newsdoc.limits.READ_CHUNK] * 4  # the last read finds the end

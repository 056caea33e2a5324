"""parse_text on bad, odd and hostile input: clear errors, no crash, no hang, no loss."""

from __future__ import annotations

import re
import signal
import warnings
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import NewsdocWarning, ParseError
from newsdoc.readers.binary import MAX_CONTROL_SHARE, MIN_CONTROLS, count_controls
from newsdoc.readers.invisible import INVISIBLE
from newsdoc.readers.text.markdown import render_inline


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail instead of hanging: catastrophic backtracking takes hours, linear work < 1 s."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def fail(*_: object) -> None:
        raise AssertionError("parse_text took more than 60 s: not linear on this input")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 42, ["text"], bytearray(b"# Headline")])
def test_not_text_is_a_parse_error(value: object) -> None:
    with pytest.raises(ParseError, match="expected str or bytes"):
        newsdoc.parse_text(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "windows-1252"])
def test_text_bytes_are_decoded(encoding: str) -> None:
    text = "# Café society\n\nThe café opened on Friday, its owner said."
    assert newsdoc.parse_text(text.encode(encoding)) == newsdoc.parse_text(text)


@pytest.mark.parametrize("value", ["", " ", "\n\n\t \r\n", "\ufeff"])
def test_empty_text_is_a_parse_error(value: str) -> None:
    with pytest.raises(ParseError, match=r"empty|white space"):
        newsdoc.parse_text(value)


def test_parse_error_is_a_newsdoc_error_and_value_error() -> None:
    with pytest.raises(newsdoc.NewsdocError):
        newsdoc.parse_text("")
    with pytest.raises(ValueError):
        newsdoc.parse_text("")


def test_too_large_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsdoc.limits, "MAX_INPUT_CHARS", 10)
    with pytest.raises(newsdoc.InputTooLargeError):
        newsdoc.parse_text("x" * 11)


# --- characters no text can hold --------------------------------------------------------


def test_nul_byte_is_replaced_with_a_warning() -> None:
    with pytest.warns(NewsdocWarning, match=r"1 control .* line 3"):
        article = newsdoc.parse_text("# Head\n\nBo\x00dy text.")
    assert article.text == "Bo\ufffddy text."
    newsdoc.from_json(newsdoc.to_json(article))  # the result can be written and read back


def test_lone_surrogate_is_replaced_with_a_warning() -> None:
    with pytest.warns(NewsdocWarning, match="surrogate"):
        article = newsdoc.parse_text("# He\ud800ad\n\nBody \udfff.")
    assert article.headline == "He\ufffdad"
    assert article.text == "Body \ufffd."
    article.text.encode("utf-8")


def test_only_control_characters_is_a_parse_error() -> None:
    with pytest.warns(NewsdocWarning), pytest.raises(ParseError, match="no readable"):
        newsdoc.parse_text("\x00\x01 \x02")


def test_line_break_conventions() -> None:
    for text in ("# H\r\n\r\nOne.\r\n\r\nTwo.", "# H\r\rOne.\r\rTwo.", "# H\u2029One.\u2029Two."):
        article = newsdoc.parse_text(text)
        assert article.headline == "H"
        assert [p.text for p in article.paragraphs] == ["One.", "Two."]


# --- hostile input: linear time, nothing lost -------------------------------------------


@pytest.mark.usefixtures("no_hang")
def test_one_megabyte_line_without_spaces() -> None:
    line = "x" * 1_000_000
    article = newsdoc.parse_text(line)
    assert article.text == line


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize(
    "unit", ["[", "]", "(", "![", "*", "_", "**", "~~", "`", "<", "\\", "[a](", "](", "*a", "_a "]
)
def test_ten_thousand_unbalanced_markers(unit: str) -> None:
    body = "Start " + unit * 10_000 + " end."
    article = newsdoc.parse_text("# Headline\n\n" + body)
    text = article.text
    assert text.startswith("Start") and text.endswith("end.")
    # Unpaired markup stays as written: at most a few markers pair up.
    assert len(text) >= len(body) // 2


@pytest.mark.usefixtures("no_hang")
def test_many_links_and_emphasis_pairs() -> None:
    body = "[x](https://e.example) *y* " * 20_000
    article = newsdoc.parse_text(body)
    (paragraph,) = article.paragraphs
    assert paragraph.text == ("x y " * 20_000).strip()
    assert len(paragraph.links) == 20_000


@pytest.mark.usefixtures("no_hang")
def test_deep_nesting_of_quotes_and_lists() -> None:
    text = ">" * 5_000 + " deep\n\n" + "".join("  " * i + "- item\n" for i in range(2_000))
    article = newsdoc.parse_text(text)
    assert article.paragraphs[0].text == "deep"
    assert len(article.paragraphs) == 2_001


# --- properties ------------------------------------------------------------------------------

_VOCABULARY = (
    "the a council voted on tuesday and said it would meet again next month "
    "after long debate over lanes, parking, costs. well; but: why? yes!"
)
_WORDS = st.sampled_from(_VOCABULARY.split(" "))
_PROSE = st.lists(
    st.tuples(st.lists(_WORDS, min_size=1, max_size=30), st.sampled_from(["\n", "\n\n", " "])),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(" ".join(words) + sep for words, sep in parts))


@settings(max_examples=200, deadline=None)
@given(_PROSE)
def test_prose_words_are_all_kept_in_order(text: str) -> None:
    article = newsdoc.parse_text(text)
    kept = " ".join(filter(None, [article.headline, article.text]))
    assert kept.split() == text.split()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_reads_or_raises_parse_error(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        try:
            article = newsdoc.parse_text(text)
        except ParseError as error:
            if "binary data" in str(error):  # controls, as newsdoc.readers.binary counts them
                read = text.removeprefix("\ufeff")
                assert count_controls(read) >= max(MIN_CONTROLS, MAX_CONTROL_SHARE * len(read))
                return
            # Otherwise only text with nothing readable in it is refused.
            assert not _UNREADABLE.sub("", text.lstrip("\ufeff")).strip()
            return
    assert article.paragraphs or article.headline
    for paragraph in article.paragraphs:
        assert paragraph.text and paragraph.text == paragraph.text.strip()
        assert "\ud800" not in paragraph.text


# (and the invisible formatting characters the readers remove: a soft hyphen alone is nothing)
_UNREADABLE = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff{INVISIBLE}]")
_MARKDOWN = st.text(alphabet="ab *_[]()<>`\\!~#>-|:.\n", max_size=200)


@settings(max_examples=300, deadline=None)
@given(_MARKDOWN)
def test_any_markdown_reads(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsdocWarning)
        try:
            article = newsdoc.parse_text(text)
        except ParseError:
            assert not text.strip()
            return
    # Something of any non-blank text is kept, and every paragraph is trimmed.
    assert article.paragraphs or article.headline
    assert all(p.text and p.text == p.text.strip() for p in article.paragraphs)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab *_[]()<>`\\!~&;#x:/.", max_size=120))
def test_inline_rendering_never_invents_characters(source: str) -> None:
    result = render_inline(source)
    # Every output character comes from the source (markup is only ever removed,
    # except character references, which this alphabet cannot complete).
    assert not Counter(result.text) - Counter(source)
    for link in result.links:
        assert 0 <= link.start <= link.end <= len(result.text)

"""The analysis step never crashes and handles hostile text.

The time bounds here are safety nets against quadratic or catastrophic work on
hostile input (seconds, where real articles take milliseconds); speed and
linear growth are measured in ``benchmarks/analysis_speed.py``.
"""

from __future__ import annotations

import time
import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, NewsdocWarning, Paragraph, ParagraphKind
from newsdoc.analysis import analyze, supported_languages

_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " ",
        ",",
        ".",
        ":",
        "—",
        "said",
        "told",
        "according to",
        "he",
        "she",
        "John Smith",
        "Smith",
        "Interfax",
        "reported",
        "saying",
        "that",
        "the",
        "Mr.",
        "Sen.",
        "of the",
        "Party",
        "'s",
        "\n",
        "in a statement",
        "on Twitter",
    ]
)
_TEXT = st.lists(_PIECES | st.text(max_size=8), max_size=40).map("".join)


def _article(*texts: str) -> Article:
    return Article(paragraphs=tuple(Paragraph(text=t) for t in texts))


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_any_text_gives_a_valid_article(texts: list[str]) -> None:
    article = analyze(_article(*texts))
    # Article validates every span and reference on construction; check the texts too
    for quote in article.quotes:
        assert quote.spans
        assert quote.speaker is None or quote.speaker in article.people
    for person in article.people:
        for span in person.mentions:
            assert span.text_in(article).strip()


def _timed(article: Article) -> float:
    start = time.perf_counter()
    analyze(article)
    return time.perf_counter() - start


def test_unbalanced_quotation_marks_are_fast() -> None:
    for mark in ('"', "“", "”", "'", "«", "„"):
        text = ("word " + mark) * 10_000
        assert _timed(_article(text)) < 5.0


def test_a_one_megabyte_word() -> None:
    word = "A" + "b" * 1_000_000
    article = analyze(_article(f'"{word}," {word} said.', word + "'s"))
    assert article.paragraphs[0].text.startswith('"A')


def test_headings_and_code_hold_no_quotes() -> None:
    article = analyze(
        Article(
            paragraphs=(
                Paragraph(text='"Nobody knew," Ann Lee said', kind=ParagraphKind.HEADING, level=2),
                Paragraph(text='"Nobody knew," Ann Lee said', kind=ParagraphKind.PREFORMATTED),
            )
        )
    )
    assert article.quotes == () and article.people == ()


def test_unknown_language_warns_and_finds_nothing() -> None:
    article = Article(language="xx", paragraphs=(Paragraph(text='"Oi," disse Ana Souza.'),))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = analyze(article)
    assert result.quotes == () and result.people == ()
    assert any(issubclass(w.category, NewsdocWarning) and "xx" in str(w.message) for w in caught)
    assert "en" in supported_languages()


def test_english_variants_use_english() -> None:
    article = Article(language="en-GB", paragraphs=(Paragraph(text='"Yes," said Ann Lee.'),))
    assert analyze(article).quotes[0].speaker is not None


def test_not_an_article() -> None:
    try:
        newsdoc.analyze("text")  # type: ignore[arg-type]
    except newsdoc.NewsdocError as error:
        assert "Article" in str(error)
    else:
        raise AssertionError("no error")


def test_earlier_results_are_replaced() -> None:
    once = analyze(_article('"Fine," said Ann Lee.'))
    assert analyze(once) == once


def test_run_on_sentences_stay_fast() -> None:
    hostile = [
        'Ann Lee said "yes" and ' * 300,
        "according to Reuters, " * 3000,
        "Smith said that " * 3000,
        "Mr Smith told Interfax Agency Gazette " * 300,
        "A " * 100_000,
    ]
    for text in hostile:
        assert _timed(_article(text)) < 5.0, text[:40]

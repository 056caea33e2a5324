"""The tokenizer of the analysis step: offsets, quotations and sentences.

Token offsets are computed from lengths (not read from match objects), and
sentence ends are collected while tokenizing: these tests check both against
the text itself, on hostile characters too.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, Link, Paragraph, Span
from newsdoc.analysis.lexicon import lexicon_for
from newsdoc.analysis.tokens import Para, Paras, tokenize

_LEXICON = lexicon_for("en")
assert _LEXICON is not None

# letters, digits, marks, combining accents, odd spaces and the quotation marks
_CHARS = st.sampled_from(list("aZé9_ -'’.,!?…\"“”«»\u00a0\u2003\t\n\u0301\u200bİß"))


def _check(para: Para) -> None:
    covered = 0
    for tok in para.toks:
        assert tok.text == para.text[tok.start : tok.end]
        assert tok.start >= covered
        # only spaces between tokens
        assert para.text[covered : tok.start].strip() == ""
        covered = tok.end
    assert para.text[covered:].strip() == ""
    if para.toks:
        # sentences cover every token once, in order
        assert para.sentences[0][0] == 0
        assert para.sentences[-1][1] == len(para.toks)
        for (_, end), (start, _) in zip(para.sentences, para.sentences[1:], strict=False):
            assert end == start
        assert len(para.sentence_of) == len(para.toks)


@given(st.text(_CHARS, max_size=80))
def test_token_offsets_cover_the_text(body: str) -> None:
    assert _LEXICON is not None
    _check(tokenize(0, "He said " + body, [], _LEXICON))


@given(st.text(_CHARS, max_size=40), st.text(_CHARS, max_size=40))
def test_a_quotation_is_one_token_between_words(before: str, after: str) -> None:
    assert _LEXICON is not None
    text = f"{before} “Quoted words.” {after}"
    start = text.index("“")
    end = text.index("”") + 1
    para = tokenize(0, text, [(start, end, 0)], _LEXICON)
    _check(para)
    quotes = [tok for tok in para.toks if tok.kind == "q"]
    assert [(q.start, q.end, q.quote) for q in quotes] == [(start, end, 0)]


def test_sentences_split_at_ends_not_at_abbreviations() -> None:
    assert _LEXICON is not None
    text = "Mr. Smith said it. Then “Why?” Jones asked. She left! It rained"
    para = tokenize(0, text, [(text.index("“"), text.index("”") + 1, 0)], _LEXICON)
    _check(para)
    firsts = [para.toks[start].text for start, _ in para.sentences]
    # "Mr." is an abbreviation; "Why?" is followed by its attribution
    assert firsts == ["Mr", "Then", "She", "It"]


_WORDS = st.sampled_from([*sorted(_LEXICON.cue_words), "sai", "xsaid", "reporte", "e", "mail", "x"])


@given(st.lists(st.tuples(_WORDS, st.sampled_from(["", "s", "-", "'", "_", "é", "9"])), max_size=6))
def test_the_cue_pattern_finds_exactly_the_cue_words(pieces: list[tuple[str, str]]) -> None:
    assert _LEXICON is not None
    text = " ".join(word + tail for word, tail in pieces)
    words = set(re.findall(r"\w+", text.lower()))
    found = _LEXICON.cue_pattern.search(text.lower()) is not None
    assert found == (not _LEXICON.cue_words.isdisjoint(words))


def test_paras_looks_paragraphs_up_as_a_list_of_them_would() -> None:
    # only the paragraphs that were tokenized are kept; any other is made on lookup
    assert _LEXICON is not None
    texts = ["He said hello.", "w 0000001", "", "“Quoted,” she said."]
    read = {
        0: tokenize(0, texts[0], [], _LEXICON),
        3: tokenize(3, texts[3], [(0, 10, 0)], _LEXICON),
    }
    paras = Paras(texts, read)
    as_list = [read.get(i) or Para(i, text) for i, text in enumerate(texts)]
    assert len(paras) == len(as_list)
    for i in range(-len(texts), len(texts)):
        assert paras[i] == as_list[i]
    for i in (len(texts), -len(texts) - 1):
        with pytest.raises(IndexError):
            paras[i]
    assert [p.index for p in paras.read()] == [0, 3]
    assert paras[1].tokens == () and paras[1].sentences == ()


def test_an_article_without_cue_words_is_analysed_from_its_quoted_paragraphs() -> None:
    # no cue word anywhere: only the paragraph with a quotation is tokenized, and a
    # link in another paragraph is still read (on a paragraph made when looked up)
    assert _LEXICON is not None
    paragraphs = (
        Paragraph(text="A short line about the weather in town."),
        Paragraph(
            text="More at Reuters today.",
            links=(Link(start=8, end=15, url="https://www.reuters.com/x"),),
        ),
        Paragraph(text="“We will win the match on Sunday and the cup,” Mayor John Smith."),
        *(Paragraph(text=f"w {i:07d}") for i in range(50)),
    )
    assert not _LEXICON.has_cue("\n".join(p.text for p in paragraphs).lower())
    analysed = newsdoc.analyze(Article(paragraphs=paragraphs, language="en"))
    assert [(c.source, c.url, c.span) for c in analysed.citations] == [
        ("Reuters", "https://www.reuters.com/x", Span(paragraph=1, start=8, end=15))
    ]
    assert [p.name for p in analysed.people] == ["John Smith"]

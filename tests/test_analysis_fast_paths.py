"""The fast forms of the analysis step's searches give the plain forms' answers.

The cue check and the name-run pattern are written so that ``re`` can skip
ahead in its own scan (see the Performance section of docs/analysis.md); these
tests hold them to the straightforward patterns on hostile text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.analysis import people, tokens
from newsdoc.analysis.lexicon import lexicon_for
from newsdoc.analysis.tokens import UPPER
from newsdoc.tries import word_trie

_LEXICON = lexicon_for("en")
assert _LEXICON is not None

_CUES = sorted(w for w in _LEXICON.cue_words if re.fullmatch(r"\w+", w))
_GLUE = st.sampled_from(["", " ", "  ", "-", "_", "é", "9", ".", "“", "\u00a0", "\n", "s", "'"])


@given(st.lists(st.tuples(_GLUE, st.sampled_from([*_CUES, "sai", "xsaid", "e", "x"])), max_size=6))
def test_has_cue_answers_as_the_cue_pattern(pieces: list[tuple[str, str]]) -> None:
    assert _LEXICON is not None
    text = "".join(glue + word for glue, word in pieces).lower()
    assert _LEXICON.has_cue(text) == (_LEXICON.cue_pattern.search(text) is not None)


def _plain_name_regex() -> re.Pattern[str]:
    """The name-run pattern written plainly: a look-ahead for the capital, the
    titles as an alternation, greedy quantifiers; a run starts a word (nothing of
    a word, nor its glue, before it, but the apostrophe of an elided word)."""
    assert _LEXICON is not None
    part = (
        rf"(?:(?:al|el|bin|ibn|ben)-)?"
        rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)*|[{UPPER}]\w*(?:[-'’]\w+)*)"
    )
    particles = "|".join(sorted(_LEXICON.name_particles, key=len, reverse=True))
    dotted = sorted(
        {
            k[:-1].capitalize()
            for k in (*_LEXICON.honorifics, *_LEXICON.title_abbreviations)
            if k.endswith(".")
        }
    )
    part = rf"(?:(?:{'|'.join(dotted)})\.(?=[ \u00a0])|{part})"
    glue = rf"[ \u00a0]+(?:(?:{particles})[ \u00a0]+){{0,2}}(?:(?:al|el|bin|ibn|ben)-)?"
    # an apostrophe before the capital only after an elided word ("d’Albert")
    start = rf"(?<![\w.-])(?<![\W\d_]['’])(?<![{UPPER}]['’])(?<!\w\w['’])"
    return re.compile(rf"{start}(?=[{UPPER}]){part}(?:{glue}{part})+")


_PLAIN = _plain_name_regex()
_NAME_WORDS = st.sampled_from(
    ["Gov.", "Dr.", "Mrs.", "Ms.", "Mr", "Sgt.", "J.", "R.R.", "Jane", "DOE", "O'Brien",
     "al-Assad", "van", "de", "bin", "Mc", "é", "x", "9", "Ünal", "Doe's", "it", ""]
)  # fmt: skip
_NAME_GLUE = st.sampled_from([" ", " ", "  ", "", "\u00a0", ".", "-", "'", "’", ", ", "\n"])


@settings(max_examples=500)
@given(st.lists(st.tuples(_NAME_WORDS, _NAME_GLUE), max_size=10))
def test_the_name_regex_finds_what_the_plain_pattern_finds(pieces: list[tuple[str, str]]) -> None:
    assert _LEXICON is not None
    text = "".join(word + glue for word, glue in pieces)
    fast = people._name_regex(_LEXICON)  # as built for the analysis (cached by re)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in _PLAIN.finditer(text)]


@given(st.text(alphabet=" \t\n-_aeTthAnNxé.,\u00a019", max_size=45), st.integers(0, 45))
def test_preceded_by_article_answers_as_the_plain_search(text: str, start: int) -> None:
    start = min(start, len(text))
    assert _LEXICON is not None
    match = re.compile(r"([\w-]+)\s*$").search(text, max(0, start - 30), start)
    expected = match is not None and match.group(1).lower() in _LEXICON.articles
    assert people._preceded_by_article(text, start, _LEXICON) == expected


# Pieces of text for the tokenizer: plain words, words glued to punctuation and
# joiners, every kind of space (str.split and re's \s must agree on them).
_TEXT_BITS = st.sampled_from(
    ["said", "Said", "U.S.", "don't", "co-author", "é", "9", "_", "a_b", "x", ",", ".", "?",
     "…", "“", "”", '"', "'", "’", "-", "—", "(", " ", "  ", "\t", "\n", "\u00a0", "\u2003",
     "\u200b", "ΟΔΟΣ", "İ", "statement"]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(_TEXT_BITS, max_size=14), st.integers(0, 40), st.integers(0, 40))
def test_words_gives_the_token_pattern_s_tokens(bits: list[str], a: int, b: int) -> None:
    # _words takes plain words and "word," / "word." pieces without the pattern
    text = "".join(bits)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert _LEXICON is not None
    rows: list[tuple[int, int, str, str, str]] = []
    marked: list[int] = []
    ends: list[int] = []
    tokens._words(text, start, end, rows, marked, ends, _LEXICON.cue_words)
    expected = []
    for match in tokens._TOKEN.finditer(text, start, end):
        if match.group(2):
            word = match.group(2)
            expected.append((match.start(2), match.end(2), word, word.lower(), "w"))
        else:
            expected.append((match.start(3), match.end(3), match.group(3), match.group(3), "p"))
    assert rows == expected
    assert marked == [k for k, row in enumerate(rows) if row[3] in _LEXICON.cue_words]
    assert ends == [k for k, row in enumerate(rows) if row[4] == "p" and row[2] in ".!?…"]


_RUN_BITS = st.sampled_from(
    ["Jane", "Doe", "The", "President", "Dr.", "Gov.", "Dutch", "State", "Said", "ΟΔΟΣ", "İpek",
     "Russia's", "Doe’s", "van", "al-Assad", "iPhone", "co-CEO", "O'Brien", "said", " ", "  ",
     "\u00a0", ", ", ". ", "'"]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(_RUN_BITS, max_size=12))
def test_name_runs_hold_their_words_offsets_and_lower_case(bits: list[str]) -> None:
    # runs keep the words, their lower case (one lower() per run) and the offsets
    # of the first and last name word; the word offsets are found on demand
    assert _LEXICON is not None
    text = "".join(bit if bit.strip() == "" or bit in ("'",) else bit + " " for bit in bits)
    runs, bounds = people._runs(0, text, _LEXICON, people._name_regex(_LEXICON))
    assert len(bounds) % 2 == 0 and bounds == sorted(bounds)
    for run in runs:
        assert run.lows == [word.lower() for word in run.names]
        assert run.name == " ".join(run.names)
        words = run.words(text)
        assert [w for _, _, w in words] == run.names
        assert all(text[s:e] == w for s, e, w in words)
        assert (words[0][0], words[-1][1]) == (run.start, run.end)
        assert text[run.start : run.end].split() == run.names


@settings(max_examples=300)
@given(st.lists(_RUN_BITS, max_size=12))
def test_name_runs_read_from_the_first_match_are_the_runs_of_the_whole_text(
    bits: list[str],
) -> None:
    # find_people searches each paragraph once for a first run and reads the runs
    # from there: the look-behinds still see the text before it
    assert _LEXICON is not None
    text = "".join(bits)
    regex = people._name_regex(_LEXICON)
    first = regex.search(text)
    whole = people._runs(0, text, _LEXICON, regex)
    if first is None:
        assert whole == ([], [])
        return
    assert people._runs(0, text, _LEXICON, regex, pos=first.start()) == whole


@given(st.text(alphabet="ab é\u00a0\"“”«»„‹›‘’'‚,.—", max_size=20))
def test_paragraphs_without_marks_are_skipped_only_when_the_pattern_finds_none(text: str) -> None:
    from newsdoc.analysis import quotes

    if not quotes._holds_marks(text):
        assert quotes._MARKS.search(text) is None
    assert quotes._holds_marks(text) == any(c in text for c in "\"“”«»„‹›‘’'‚")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abé-.", min_size=1, max_size=5), max_size=12))
def test_the_cue_trie_matches_exactly_its_words(words: list[str]) -> None:
    # the trie is the alternation of the (non-empty) words, shared prefixes written once
    pattern = re.compile(word_trie(words))
    plain = re.compile("|".join(map(re.escape, words)) or "(?!)")
    candidates = {w[:i] for w in words for i in range(len(w) + 1)} | {w + "a" for w in words}
    for text in candidates:
        assert bool(pattern.fullmatch(text)) == bool(plain.fullmatch(text)), (words, text)


_PARAGRAPH_WORDS = st.sampled_from(
    ["president", "minister", "le", "président", "Macron", "Kowalski", "Nowak", "said", "x",
     "Weir", "A-B", "ministra", "Montero", "powiedział", "Dr.", "von", "y", "d’Albert", "Jane",
     "DOE"]
)  # fmt: skip
_PARAGRAPH_GLUE = st.sampled_from(["", " ", "  ", "\u00a0", "-", "'", ".", ",", "\n", "9"])
_PARAGRAPHS = st.lists(
    st.lists(st.tuples(_PARAGRAPH_GLUE, _PARAGRAPH_WORDS), max_size=5).map(
        lambda pieces: "".join(glue + word for glue, word in pieces)
    ),
    max_size=5,
)


def _per_paragraph(pattern: re.Pattern[str], texts: list[str], prefix: str) -> list[tuple]:
    return [
        (i, m.start() - len(prefix), m.end() - len(prefix), m.groups())
        for i, text in enumerate(texts)
        for m in pattern.finditer(prefix + text)
    ]


def _whole(pattern: re.Pattern[str], texts: list[str], prefix: str) -> list[tuple]:
    found = []
    offset = [len(prefix)]
    for text in texts:
        offset.append(offset[-1] + len(text) + 1)
    for m in pattern.finditer(prefix + "\n".join(texts)):
        i = max(k for k in range(len(texts)) if offset[k] <= m.end() - 1)
        found.append((i, m.start() - offset[i], m.end() - offset[i], m.groups()))
    return found


@given(_PARAGRAPHS)
@settings(max_examples=300)
def test_surnames_found_in_the_whole_text_are_those_of_each_paragraph(texts: list[str]) -> None:
    """Titled and lone surnames are searched once in the paragraphs joined by line
    breaks: no match may reach across one, and each is the match of its paragraph alone
    (the joining line stands for the paragraph's start, a titled match's first character
    for the space put in front of it)."""
    for code in ("fr", "pl"):
        lexicon = lexicon_for(code)
        assert lexicon is not None
        titled = people._titled_pattern(lexicon.lower_role_trie)
        per, whole = _per_paragraph(titled, texts, " "), _whole(titled, texts, " ")
        # a titled match opens on the space in front, or on the joining line: one before
        assert [(i, end, groups) for i, _, end, groups in per] == [
            (i, end, groups) for i, _, end, groups in whole
        ]
        lone = people._lone_pattern(tuple(lexicon.surname_endings))
        assert _per_paragraph(lone, texts, "") == _whole(lone, texts, "")


@given(st.lists(st.lists(st.tuples(_GLUE, st.sampled_from([*_CUES[:50], "sai", "e"])), max_size=3)))
def test_a_cue_in_the_whole_text_is_a_cue_in_one_paragraph(paragraphs: list[list]) -> None:
    """The analysis looks for a cue once in the paragraphs joined by line breaks."""
    assert _LEXICON is not None
    texts = ["".join(glue + word for glue, word in pieces) for pieces in paragraphs]
    assert _LEXICON.has_cue("\n".join(texts).lower()) == any(
        _LEXICON.has_cue(text.lower()) for text in texts
    )

"""The fast forms of the analysis step's searches give the plain forms' answers.

The cue check and the name-run pattern are written so that ``re`` can skip
ahead in its own scan (see the Performance section of docs/analysis.md); these
tests hold them to the straightforward patterns on hostile text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.analysis import people
from newsdoc.analysis.lexicon import lexicon_for
from newsdoc.analysis.tokens import UPPER

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
    titles as an alternation, greedy quantifiers."""
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
    return re.compile(rf"(?=[{UPPER}]){part}(?:{glue}{part})+")


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
def test_preceded_by_the_answers_as_the_plain_search(text: str, start: int) -> None:
    start = min(start, len(text))
    match = re.compile(r"([\w-]+)\s*$").search(text, max(0, start - 30), start)
    expected = match is not None and match.group(1).lower() in ("the", "a", "an")
    assert people._preceded_by_the(text, start) == expected


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6))
def test_spans_made_without_validators_equal_validated_spans(p: int, a: int, b: int) -> None:
    # _build fills Span's slots directly: a field added to Span must be added there too
    import attrs

    from newsdoc.analysis import _make_span
    from newsdoc.model import Span

    assert [f.name for f in attrs.fields(Span)] == ["paragraph", "start", "end"]
    start, end = min(a, b), max(a, b)
    fast, checked = _make_span(p, start, end), Span(paragraph=p, start=start, end=end)
    assert fast == checked
    assert hash(fast) == hash(checked)
    assert repr(fast) == repr(checked)

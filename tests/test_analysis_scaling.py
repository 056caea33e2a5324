"""The analysis of large inputs of every hostile shape finds what they hold (issue 19).

How the analysis' time grows with these shapes is measured in
``benchmarks/scaling.py`` (families ``A-A-A-``, ``mixed-case``, ``hex``, ``base64``,
``names``, ``quotes`` and ``dashed quotes``), not here: the tests time nothing.
"""

from __future__ import annotations

import base64
import random
import warnings
from collections.abc import Callable

import pytest

import newsdoc
from newsdoc import Article


def _article(text: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsdoc.parse(text, format="markdown", analyze=False)


def _analysed(article: Article) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsdoc.analyze(article)


def _surname(i: int) -> str:
    syllables = ["ka", "lo", "mi", "ren", "sto", "va", "dor", "pel", "tu", "gan", "shi", "bro"]
    parts = []
    i += 1
    while i:
        i, rest = divmod(i, len(syllables))
        parts.append(syllables[rest])
    return "".join(parts).capitalize() + "ov"


def hyphen_run(n: int) -> str:
    return "It began with " + "A-" * n + "A and ended."


def mixed_case(n: int) -> str:
    rng = random.Random(2)
    return "The code was " + "".join(rng.choice("aAbBcCdDeEfF") for _ in range(n)) + " today."


def hexadecimal(n: int) -> str:
    rng = random.Random(3)
    return "The hash is " + "".join(rng.choices("0123456789ABCDEF", k=n)) + " today."


def base64_key(n: int) -> str:
    rng = random.Random(4)
    return "The key is " + base64.b64encode(rng.randbytes(n * 3 // 4)).decode() + " here."


def many_people(n: int) -> str:
    return "\n\n".join(
        f"Minister Ivan {_surname(i)} said on Tuesday that the plan was dead, and "
        f"{_surname(i)} left."
        for i in range(n // 40)
    )


def many_quotes(n: int) -> str:
    return " ".join(
        f"“The plan number {i} is dead,” Smith said. “We try again.”" for i in range(n // 60)
    )


def many_dashed_quotes(n: int) -> str:
    return " ".join(f"«План {i}, – заявил он. — Не пройдёт»." for i in range(n // 40))


FAMILIES: dict[str, Callable[[int], str]] = {
    "A-A-A-": hyphen_run,
    "mixed case": mixed_case,
    "hexadecimal": hexadecimal,
    "base64": base64_key,
    "many people": many_people,
    "many quotes": many_quotes,
    "many interrupted quotes": many_dashed_quotes,
}


@pytest.mark.parametrize("family", FAMILIES)
def test_large_input_is_read_whole(family: str) -> None:
    # 80 KB of each shape (quadratic, an 80 KB run of "A-" took 16 s)
    analysed = _analysed(_article(FAMILIES[family](80_000)))
    if family == "many people":
        assert len(analysed.people) == 80_000 // 40
    elif family == "many quotes":
        assert len(analysed.quotes) == 2 * (80_000 // 60)
        assert {q.speaker_text for q in analysed.quotes} == {"Smith"}
    elif family == "many interrupted quotes":
        assert len(analysed.quotes) == 2 * (80_000 // 40)
    else:
        assert not analysed.quotes


def test_a_name_inside_a_word_is_no_name_but_the_one_after_is() -> None:
    # a run starts a word: "iPhone" and "co-CEO" lend no capital to a name
    analysed = _analysed(
        _article("The iPhone Tim Cook showed was new, said the co-CEO Anna Berg on Monday.")
    )
    assert {p.name for p in analysed.people} >= {"Tim Cook", "Anna Berg"}
    assert not any("Phone" in p.name or "CEO" in p.name for p in analysed.people)


def test_surnames_alone_are_found_after_the_full_name() -> None:
    paragraphs = [f"Minister Ivan {_surname(i)} spoke on Monday." for i in range(300)]
    paragraphs += [f"Later {_surname(i)} and {_surname(i)}'s aide left." for i in range(300)]
    analysed = _analysed(_article("\n\n".join(paragraphs)))
    by_name = {p.name: p for p in analysed.people}
    for i in (0, 150, 299):
        assert len(by_name[f"Ivan {_surname(i)}"].mentions) == 3

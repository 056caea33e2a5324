"""A wrong speaker is worse than none: words that name nobody never speak (issue 16).

One made-up sentence per class: passives, quantities, words of a clause, a pronoun
with an adverb, names of works after "called", and the attributions these rules
must still find.
"""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc import Article, Quote


def _analyse(text: str, language: str = "en") -> Article:
    return newsdoc.analyze(newsdoc.parse_text(text).evolve(language=language))


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [q.speaker_text for q in _analyse(text, language).quotes]


def _only(text: str, kind: str, language: str = "en") -> Quote:
    quotes = [q for q in _analyse(text, language).quotes if q.kind.value == kind]
    assert len(quotes) == 1, [(q.kind.value, q.text, q.speaker_text) for q in quotes]
    return quotes[0]


# Sentences whose cue has no one behind it: no quote is reported with these words
# as its speaker (the words in the second place must never be a speaker_text).
NOBODY = [
    (
        "Showing writers that their stories can be told in new ways is a fine argument.",
        "their stories can be",
    ),
    ("Older people cannot be compared to the young, the report argues at length.", "be"),
    ('Use of the drug rose "slightly" by 25 percent compared with other states.', "25 percent"),
    (
        "The total confirmed cases worldwide are 28,140 and 1,666 have died.",
        "The total",
    ),
    ("It's worth noting that it's not uncommon for artists to give up the rights.", "It's"),
    ("We'll start by noting that the most solid data concerns the border.", "We’ll"),
    ("The museum says the letter Mike wrote was kind and loving.", "the letter Mike"),
]


@pytest.mark.parametrize(("text", "not_a_speaker"), NOBODY)
def test_words_that_name_nobody_never_speak(text: str, not_a_speaker: str) -> None:
    speakers = _speakers(text)
    assert all(s is None or not_a_speaker.lower() not in s.lower() for s in speakers), speakers
    # and nothing else that is no noun phrase
    assert all(s is None or not s.lower().startswith(("it's", "we'll")) for s in speakers)


def test_a_passive_is_no_cue() -> None:
    article = _analyse("Employees were told that layoffs would begin this week.")
    assert [q.speaker_text for q in article.quotes] == []


def test_a_pronoun_with_an_adverb_is_the_pronoun() -> None:
    quote = _only('Jane Roe arrived late. She instead told the panel: "I was right."', "direct")
    assert quote.speaker_text == "She"
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_an_auxiliary_and_an_adverb_between_subject_and_verb() -> None:
    quote = _only(
        "Prison union representatives have long complained that staff shortages hurt morale.",
        "indirect",
    )
    assert quote.speaker_text == "Prison union representatives"


def test_a_title_after_called_is_not_a_quotation() -> None:
    article = _analyse('He performed an improvised live show called "Ask Dr. Mike" for years.')
    assert article.quotes == ()


def test_a_quotation_framed_by_a_cue_is_kept_with_no_speaker() -> None:
    # the words before the cue name a passage, not a person: the quotation stays,
    # its speaker is left unresolved
    quote = _only('In John 20, 21-23 says: "Peace be with you. As the Father sent me."', "direct")
    assert quote.speaker is None and quote.speaker_text is None
    assert quote.cue == "says"


def test_the_sentence_subject_after_an_opening_phrase() -> None:
    quote = _only(
        'After the hearing, Jane Roe issued a statement about the charges, saying, "I am '
        'committed to this agency."',
        "direct",
    )
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_a_participle_of_telling_reports_a_clause() -> None:
    quote = _only(
        "Jane Roe acknowledged shortages Tuesday, telling lawmakers that officials are "
        "working to fill 3,000 vacancies.",
        "indirect",
    )
    assert quote.text.startswith("officials are working")
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_a_verb_after_according_words_is_skipped() -> None:
    quote = _only(
        "Das Problem ist ernst. So mutmaßt Molina, dass die Blüte etwas damit zu tun habe.",
        "indirect",
        "de",
    )
    assert quote.speaker_text == "Molina"
    quote = _only(
        "El tema resulta «estratégico y decisivo», según valoró al final del encuentro el "
        "secretario de Organización, Roberto Morales Ojeda.",
        "partial",
        "es",
    )
    assert quote.speaker is not None and quote.speaker.name == "Roberto Morales Ojeda"

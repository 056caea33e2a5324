"""Attribution on hard English copy: one made-up sentence per class of failure (issue 16)."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc import Article, Quote


def _analyse(text: str) -> Article:
    return newsdoc.analyze(newsdoc.parse_text(text).evolve(language="en"))


def _only(text: str, kind: str) -> Quote:
    quotes = [q for q in _analyse(text).quotes if q.kind.value == kind]
    assert len(quotes) == 1, [(q.kind.value, q.text) for q in _analyse(text).quotes]
    return quotes[0]


# (text, kind, quoted words, speaker's name, cue)
NAMED = [
    (
        '"We will not wait," Rep. Jane Roe (D-Wis.) said Friday.',
        "direct",
        "We will not wait,",
        "Jane Roe",
        "said",
    ),
    (
        'Senator John Doe, R-Ky., said, "The bill is dead on arrival."',
        "direct",
        "The bill is dead on arrival.",
        "John Doe",
        "said",
    ),
    (
        'Sen. Jane Roe (R) said, "The bill is dead on arrival."',
        "direct",
        "The bill is dead on arrival.",
        "Jane Roe",
        "said",
    ),
    (
        'Tim Smith, communications director for the Doe campaign, said, "We are confident."',
        "direct",
        "We are confident.",
        "Tim Smith",
        "said",
    ),
    (
        "Rep. Gerald Roe (D-Va.), who chairs a subcommittee, said the plan was reckless.",
        "indirect",
        "the plan was reckless",
        "Gerald Roe",
        "said",
    ),
    (
        'Senator Gerald Roe likened the rules to "burning the Constitution."',
        "partial",
        "burning the Constitution.",
        "Gerald Roe",
        "likened",
    ),
    (
        'As Gerald Roe put it, "We are done with this nonsense."',
        "direct",
        "We are done with this nonsense.",
        "Gerald Roe",
        "put it",
    ),
    (
        '"We should build a wall around him." ― Steve Doe',
        "direct",
        "We should build a wall around him.",
        "Steve Doe",
        None,
    ),
    (
        'Ivan Ivanov said: "We will not allow this." Anna Berg disagreed with him strongly.',
        "direct",
        "We will not allow this.",
        "Ivan Ivanov",
        "said",
    ),
    (
        "The museum, Gerald Roe said, would open next year.",
        "indirect",
        "The museum would open next year",
        "Gerald Roe",
        "said",
    ),
    (
        "Gerald Roe said he'd veto the bill if it passed.",
        "indirect",
        "he'd veto the bill if it passed",
        "Gerald Roe",
        "said",
    ),
    (
        "Jane Roe announced the company would close three plants.",
        "indirect",
        "the company would close three plants",
        "Jane Roe",
        "announced",
    ),
    (
        "Gerald Roe told reporters the toll is 16,002, up from Monday, and rising fast.",
        "indirect",
        "the toll is 16,002",
        "Gerald Roe",
        "told",
    ),
    # "that" after a phrase of place or time, and more reporting verbs
    (
        "Jane Roe said in an email to The Associated Press that the plan had failed.",
        "indirect",
        "the plan had failed",
        "Jane Roe",
        "said",
    ),
    (
        "Tom Roe said after the game that the team had played its best.",
        "indirect",
        "the team had played its best",
        "Tom Roe",
        "said",
    ),
    (
        "Jane Roe hinted that the company was pleased with the results.",
        "indirect",
        "the company was pleased",
        "Jane Roe",
        "hinted",
    ),
    # verbs that report their object: accused X of, urged X to, described X as
    (
        "Defense Secretary Mark Esper accused China of using coercion against its neighbours.",
        "indirect",
        "China of using coercion",
        "Mark Esper",
        "accused",
    ),
    (
        "Senator Jane Roe urged the public not to tolerate the pretense of the majority.",
        "indirect",
        "the public not to tolerate",
        "Jane Roe",
        "urged",
    ),
    # "this year" before "that" is a phrase of time; without "that" the clause holds it
    (
        "Advocacy group leader Jane Roe estimated this year that a 9% increase was needed.",
        "indirect",
        "a 9% increase was needed",
        "Jane Roe",
        "estimated",
    ),
    (
        "Jane Roe said this week the plan would fail.",
        "indirect",
        "this week the plan would fail",
        "Jane Roe",
        "said",
    ),
    # a reported clause ends at the comma before a clause that holds a quotation
    (
        'Jane Roe said the plan was sound, and voters would "see the results" soon.',
        "indirect",
        "the plan was sound",
        "Jane Roe",
        "said",
    ),
    # a name right before a participle is its subject
    (
        "Egypt and Jordan criticised the shift, with Foreign Minister Ayman Safadi warning of "
        '"dangerous consequences".',
        "partial",
        "dangerous consequences",
        "Ayman Safadi",
        "warning",
    ),
    # the verb of a relative clause in the apposition is not the attribution's
    (
        'Donald Trump spoke. "There was no quid pro quo," Trump, who denies wrongdoing, '
        "told reporters on Wednesday.",
        "direct",
        "There was no quid pro quo,",
        "Donald Trump",
        "told",
    ),
    # a state tag and then an apposition after the name
    (
        '"No one is above the law," Rep. Adam Schiff, D-Calif., chairman of the Intelligence '
        "Committee, said in a statement.",
        "direct",
        "No one is above the law,",
        "Adam Schiff",
        "said",
    ),
    # a military title without its full stop is no part of the name
    (
        'Lt Col Alexander Vindman said: "I could not believe what I was hearing."',
        "direct",
        "I could not believe",
        "Alexander Vindman",
        "said",
    ),
    # an opening phrase of time before the subject, though it opens with "The"
    (
        'The following Monday evening, Milo Roe hit back, accusing them of "playing the victim".',
        "partial",
        "playing the victim",
        "Milo Roe",
        "accusing",
    ),
    # the sentence's subject is the name before its verb, whatever the verb's form
    (
        "Coach Bruce Roe spoke. Roe gave his players a talk Tuesday, telling them to "
        "“believe in yourselves” from now on.",
        "partial",
        "believe in yourselves",
        "Bruce Roe",
        "telling",
    ),
    # "however" inside the clause is no apposition of a subject
    (
        "Blaming companies for following the tax code, however complex or flawed, is "
        "misguided, says Jane Roe, a senior analyst at Moody's.",
        "indirect",
        "Blaming companies for following the tax code",
        "Jane Roe",
        "says",
    ),
    (
        "Prices will fall sharply next year, said Juan Perez, senior trader at Tempus Inc.",
        "indirect",
        "Prices will fall sharply next year",
        "Juan Perez",
        "said",
    ),
    # an apposition opening with a plural possessive, and one that is an adverb
    (
        '"Prices will rise," Jane Roe, Edmunds\' executive director of research, said.',
        "direct",
        "Prices will rise,",
        "Jane Roe",
        "said",
    ),
    (
        'Senator Gerald Roe, however, said he was "very moved" by the news.',
        "partial",
        "very moved",
        "Gerald Roe",
        "said",
    ),
    (
        'Jane Roe pledged to take "decisive corrective action" against the fakes.',
        "partial",
        "decisive corrective action",
        "Jane Roe",
        "pledged",
    ),
]


@pytest.mark.parametrize(("text", "kind", "words", "name", "cue"), NAMED, ids=lambda v: str(v)[:25])
def test_named_speakers(text: str, kind: str, words: str, name: str, cue: str | None) -> None:
    quote = _only(text, kind)
    assert quote.text.startswith(words)
    assert quote.speaker is not None and quote.speaker.name == name
    assert quote.cue == cue


# (text, kind, quoted words, the pronoun, the person behind it)
PRONOUNS = [
    (
        'Senator Jane Roe spoke on Monday. She dismissed the report as "fake news."',
        "partial",
        "fake news.",
        "She",
        "Jane Roe",
    ),
    (
        'Gerald Roe spoke. He defended the remark, saying, "It was a joke and nothing more."',
        "direct",
        "It was a joke and nothing more.",
        "He",
        "Gerald Roe",
    ),
    (
        'Jane Roe spoke on Monday. She paused and said, "I have nothing else to add."',
        "direct",
        "I have nothing else to add.",
        "She",
        "Jane Roe",
    ),
    (
        'Mr. Gerald Roe met Jane Smith on Monday. He said, "I am glad we talked."',
        "direct",
        "I am glad we talked.",
        "He",
        "Gerald Roe",
    ),
    # the subject, not the name after the verb
    (
        "Gerald Smith met Mr. Tom Roe on Monday. He said the talks went well overall.",
        "indirect",
        "the talks went well overall",
        "He",
        "Gerald Smith",
    ),
    # a name only mentioned in passing is nobody the pronoun refers to
    (
        "Ben Sasse spoke out. Heads needed to roll the day Jeffrey Epstein died, he said.",
        "indirect",
        "Heads needed to roll",
        "he",
        "Ben Sasse",
    ),
    # the subject of the sentence before, not a name in its subordinate clause
    (
        "Tom Roe declined to say whether Jim Doe slept on the job. "
        "“We will know more when the evidence is in,” he said.",
        "direct",
        "We will know more",
        "he",
        "Tom Roe",
    ),
    # the gender from a role word
    (
        "Pat Roe, a spokeswoman for the union, spoke first. Lee Smith, a congressman, "
        "spoke next. She said the strike would go ahead.",
        "indirect",
        "the strike would go ahead",
        "She",
        "Pat Roe",
    ),
    # a name inside the quotation is someone spoken about
    (
        "Tom Roe testified on Monday. Gerald Smith spoke last. "
        "“Ambassador Roe confirmed it under oath,” he said.",
        "direct",
        "Ambassador Roe",
        "he",
        "Gerald Smith",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind", "words", "pronoun", "name"), PRONOUNS, ids=lambda v: str(v)[:25]
)
def test_pronouns(text: str, kind: str, words: str, pronoun: str, name: str) -> None:
    quote = _only(text, kind)
    assert quote.text.startswith(words)
    assert quote.speaker_text == pronoun
    assert quote.speaker is not None and quote.speaker.name == name


# organisations and unnamed sources speak: their words are kept, no person is made up
ORGANISATIONS = [
    # the subject of the sentence a participle hangs on, with its article
    (
        "The utilities commission is frustrated with the companies, saying they failed to act.",
        "The utilities commission",
    ),
    (
        "In a reflection of the confusion, the Electoral Commission, which regulates campaign "
        "finances, issued a statement warning that voters are entitled to the truth.",
        "the Electoral Commission",
    ),
    ("Skoda said deliveries would resume next month.", "Skoda"),
    ("The deal is off for now, the company said.", "the company"),
    ("A spokesperson for the union said its members would strike.", "A spokesperson for the union"),
    ("Police said the suspect had fled the scene.", "Police"),
    (
        "Obama administration officials said the plan would go ahead.",
        "Obama administration officials",
    ),
    # the attribution closing the sentence, with a longer subject or words after it
    ("The plant will close in March, PG&E officials said.", "PG&E officials"),
    (
        "The Palestinian Authority called for an emergency meeting of the body.",
        "The Palestinian Authority",
    ),
    (
        "A rainless fall has left brush dry and forecasts called for strong winds, "
        "PG&E officials said.",
        "PG&E officials",
    ),
    (
        "Next steps will be divulged in a meeting on Friday, the chairman said in the email.",
        "the chairman",
    ),
    (
        "The talks may collapse within days, people familiar with the talks say.",
        "people familiar with the talks",
    ),
    (
        "The house will become a police station, the interior minister said on Tuesday, "
        "after years of debate.",
        "the interior minister",
    ),
    (
        "Two hostages were freed in the south, an insurgent source told a news agency.",
        "an insurgent source",
    ),
]


@pytest.mark.parametrize(("text", "words"), ORGANISATIONS, ids=lambda v: str(v)[:25])
def test_organisations_and_unnamed_sources(text: str, words: str) -> None:
    quote = _only(text, "indirect")
    assert quote.speaker is None
    assert quote.speaker_text == words


def test_a_quotation_takes_the_attribution_of_the_last_one_of_its_sentence() -> None:
    text = (
        'The outages have been "terribly disruptive" but for now "we will not roll the dice," '
        "company CEO Andy Vesey said."
    )
    quotes = _analyse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes] == [
        ("terribly disruptive", "Andy Vesey", "said"),
        ("we will not roll the dice,", "Andy Vesey", "said"),
    ]


def test_an_opening_subordinate_clause_is_no_subject() -> None:
    # "Once" opens a clause, it names nobody: the words frame the Air Force's
    text = (
        "Once he takes office, the Air Force may meet Boeing and say, "
        '"Hey, let us scrub the numbers a little," Cancian said.'
    )
    quote = _only(text, "direct")
    assert quote.speaker_text == "the Air Force"


def test_a_statement_speaks() -> None:
    quote = _only(
        'The army spoke. "The cause is under investigation," the statement said.', "direct"
    )
    assert (quote.speaker, quote.speaker_text, quote.cue) == (None, "the statement", "said")


def test_a_crowd_chanting_is_the_speaker() -> None:
    quote = _only('Teachers chanted, "Fund our schools," on the steps.', "direct")
    assert quote.text == "Fund our schools,"
    assert (quote.speaker, quote.speaker_text) == (None, "Teachers")


def test_an_honorific_on_a_later_mention_gives_the_gender() -> None:
    # "Ms. Roe" says Pat Roe is a woman: "he" is nobody named here
    quote = _only(
        "Pat Roe spoke on Monday. Ms. Roe left early. He said the deal was done.", "indirect"
    )
    assert (quote.speaker, quote.speaker_text) == (None, "He")


def test_the_main_clause_of_the_paragraph_before_names_the_speaker() -> None:
    text = (
        "When the host Chris Wallace asked the senator about the briefings, "
        'Jane Roe said the following.\n\n"Well, I get it when I need it. I am a smart person."'
    )
    # the opening subordinate clause is no reported speech
    [quote] = _analyse(text).quotes
    assert quote.kind.value == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_gender_from_the_pronouns_after_a_name() -> None:
    # "she won", "her iPhone" after Carlson: "he" is not Carlson
    text = (
        "Gretchen Carlson sued the network and she won. Carlson brought her iPhone along. "
        "“You look great,” he said in one conversation."
    )
    quote = _only(text, "direct")
    assert (quote.speaker, quote.speaker_text) == (None, "he")


def test_two_single_marks_close_a_double_one() -> None:
    # wire copy types the closing double mark as two single ones: “Q’’
    quotes = _analyse(
        "“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, "
        "told the BBC. “And it is wrong.’’ The party did not reply."
    ).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("It was an attempt to mislead voters,", "Will Moy"),
        ("And it is wrong.", "Will Moy"),
    ]


def test_per_names_the_speaker() -> None:
    article = _analyse('Jane Roe spoke at length. Per Roe, "the budget will not pass this year."')
    quote = next(q for q in article.quotes if q.kind.value != "indirect")
    assert quote.text.startswith("the budget will not pass")
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"
    # "per share", "per cent", "per se" name nobody
    assert _analyse("The firm earned $5 per share, or 3 per cent more, per se.").quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        # a listener named by surname is no news outlet, nor is a country
        "Jim Doe, a farmer, told Roe that the crop had failed.",
        "Sweden reported 500 new cases on Monday.",
        "The index fell 2%, according to Wall Street traders.",
    ],
)
def test_no_outlet_is_cited(text: str) -> None:
    assert _analyse(text).citations == ()


def test_a_titled_name_is_no_outlet() -> None:
    article = _analyse('According to Sen. Lindsey Graham, "this is a sham."')
    assert article.citations == ()
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "Lindsey Graham"


def test_an_outlet_after_told_is_still_cited() -> None:
    cited = _analyse("Jim Doe told Kommersant that the crop had failed.").citations
    assert [(c.source, c.kind.value) for c in cited] == [("Kommersant", "newspaper")]


@pytest.mark.parametrize(
    "text",
    [
        # an organisation is no person: by its apposition, or a word of its name
        "Militants of Kataib Nour, a jihadist group, claimed the attack. "
        "Kataib Nour said the fight would go on.",
        "Ansar al-Sharia said it carried out the attack on Monday.",
    ],
)
def test_organisations_are_no_people(text: str) -> None:
    article = _analyse(text)
    assert article.people == ()
    quote = _only(text, "indirect")
    assert quote.speaker is None and quote.speaker_text is not None


def test_a_title_alone_is_nobody() -> None:
    article = _analyse(
        'Deputy Director of Public Prosecution Eva-Marie Persson said: "It is weak."'
    )
    assert "Director" not in [p.name for p in article.people]
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name.endswith("Eva-Marie Persson")


def test_a_person_whose_role_names_a_body_is_a_person() -> None:
    text = "John Burke, a University of Vermont professor, said the transition matters."
    quote = _only(text, "indirect")
    assert quote.speaker is not None and quote.speaker.name == "John Burke"


@pytest.mark.parametrize(
    "text",
    [
        # someone new described by a role is not the named person who has that role
        "Jane Roe, a city official, spoke on Monday. A senior official said the talks failed.",
        'Jane Roe, a city official, spoke on Monday. "The talks are over," an official said.',
        "Jane Roe, a spokeswoman, spoke. Another spokeswoman said the talks had failed.",
    ],
)
def test_an_unnamed_source_gets_no_name(text: str) -> None:
    quotes = _analyse(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is None and quotes[0].speaker_text is not None


def test_the_role_names_the_person_who_has_it() -> None:
    text = "Jane Roe, the chief executive, spoke. The chief executive said the talks had failed."
    quote = _only(text, "indirect")
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


NOT_QUOTES = [
    'Gerald Roe praised the film "Parasite" at the gala.',
    'Thousands attended the "Save Our Country" rally on Sunday.',
    'In his eyes, only immigrants are "safe" in this country.',
    'Jane Roe said people should visit "reopenstate.com." for details.',
    'Fans tweeted "#SaveTheShow" and wrote to "help@example.org" all week, Roe said.',
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=lambda v: str(v)[:25])
def test_titles_and_scare_quotes_are_no_quotations(text: str) -> None:
    assert [q for q in _analyse(text).quotes if q.kind.value != "indirect"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a subordinate clause, or a phrase of time, is no reported speech
        "As the charges were unsealed in New York, Jane Roe testified before the committee.",
        "Later in the day, Tom Roe, a former envoy, and Jim Doe, an aide, testified before it.",
        "In a wide-ranging interview, Gerald Roe also said:",
        "Today (Nov. 18), NASA announced the selection of three companies.",
    ],
)
def test_no_reported_clause_before_a_closing_verb(text: str) -> None:
    assert _analyse(text).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        # an article alone names nobody ("confirmed" here is an adjective)
        "So far, the only confirmed performers are a teenage contestant and a choir.",
        # a thing calls for nothing; "urged" with no "to" reports nothing; an adjective
        "The plan called for five new schools.",
        "Jane Roe urged caution on Monday.",
        "The network, branded as Ultra-Fast Broadband, began in 2009.",
        # a document cited speaks for nobody; "added" a quantity is a rise
        "Ten staffers were working overtime, according to federal prison records.",
        "The stock added more than 2% to begin the week.",
        "The index added 20.72 points, or 0.24%, to 8,570.66.",
    ],
)
def test_no_reported_speech(text: str) -> None:
    assert [q for q in _analyse(text).quotes if q.kind.value == "indirect"] == []


def test_a_clause_opening_with_a_number_is_reported() -> None:
    quote = _only("The unions said more than 15,000 people registered for the rally.", "indirect")
    assert quote.text == "more than 15,000 people registered for the rally"


def test_an_apposition_is_no_reported_clause() -> None:
    text = 'Prosecutors alleged that Tom Roe and Jim Doe, assigned to the unit, "failed" twice.'
    assert [q.kind.value for q in _analyse(text).quotes] == ["partial"]


def test_a_weak_cue_names_nobody_rather_than_the_wrong_person() -> None:
    # a clause with no auxiliary after "announced" is an object, not reported speech
    assert _analyse("Jane Roe announced the deal on Monday morning.").quotes == ()


def test_inspect_shows_a_speaker_resolved_from_a_pronoun() -> None:
    from newsdoc.cli.inspect import render_summary

    article = _analyse('Gerald Roe spoke on Monday.\n\nHe said, "We are done with this nonsense."')
    summary = render_summary(article, width=120)
    assert "Gerald Roe ← He" in summary
    named = _analyse('Gerald Roe said, "We are done with this nonsense."')
    assert "←" not in render_summary(named, width=120)

"""A recipe's or a guide's steps, each under its number printed on a line of its own.

Recipe cards and how-to pages print a step's number ("1", "2.", "Schritt 3", "Step 4")
in an element of its own over the step's text, where an ``<ol>`` would number its items.
The numbers are the list's numbering, not paragraphs of the text: they fold into the
steps, which are the items of an ordered list as an ``<ol>``'s are (issue 18).
"""

from __future__ import annotations

import pytest
from test_html_body_classes import parse, texts
from test_html_body_disclosures import post
from test_html_body_german_kinds import GERMAN, paragraphs

import newsdoc
from newsdoc.model import ParagraphKind

STEPS = [
    "Den Backofen auf 180 Grad vorheizen und eine Springform mit Butter einfetten.",
    "Butter, Zucker und Eier schaumig rühren, dann das Mehl und das Backpulver unterheben.",
    "Den Teig in die Form füllen und etwa 45 Minuten backen, bis er goldbraun ist.",
]
# how the recipe plugins and how-to sites print a step's number over it
NUMBERED = [
    "<div class='step'><span class='step-number'>{n}</span><p>{step}</p></div>",
    "<li class='instruction'><div class='num'>{n}</div><div class='text'>{step}</div></li>",
    "<p>{n}.</p><p>{step}</p>",
    "<p><strong>Schritt {n}</strong></p><p>{step}</p>",
    "<div class='mod step'><p><span>Step {n}</span></p><p>{step}</p></div>",
    "<div class='etape'><p>Étape {n} :</p><p>{step}</p></div>",
    # the number on the first line of the step's own block, a <br> before its text
    "<p><strong>Schritt {n}</strong><br>{step}</p>",
    "<div class='step'><b>{n}.</b><br>{step}</div>",
    "<li class='instruction'><span class='num'>Step {n}</span><br>{step}</li>",
]


def recipe(step_box: str, steps: list[str]) -> str:
    boxes = "".join(step_box.format(n=n, step=step) for n, step in enumerate(steps, 1))
    if step_box.startswith("<li"):
        boxes = f"<ul class='instructions'>{boxes}</ul>"
    return post(f"{paragraphs(GERMAN[:2])}<h2>Zubereitung</h2>{boxes}")


@pytest.mark.parametrize("step_box", NUMBERED)
def test_the_numbers_fold_into_the_steps_an_ordered_list(step_box: str) -> None:
    article = parse(recipe(step_box, STEPS))
    assert texts(article) == [*GERMAN[:2], "Zubereitung", *STEPS]
    kinds = [paragraph.kind for paragraph in article.paragraphs[3:]]
    assert kinds == [ParagraphKind.ORDERED_LIST_ITEM] * len(STEPS)
    # written as an <ol>'s items are: numbered by the writer
    markdown = newsdoc.to_markdown(article)
    assert all(f"{n}. {step}" in markdown for n, step in enumerate(STEPS, 1))


@pytest.mark.parametrize(
    "numbered", ["<p>Schritt {n}</p><p>{step}</p>", "<p>Schritt {n}<br>{step}</p>"]
)
def test_steps_of_more_paragraphs_lose_their_numbers_and_stay_paragraphs(numbered: str) -> None:
    html = post(
        f"{paragraphs(GERMAN[:2])}"
        + "".join(
            numbered.format(n=n, step=step) + "<p>Dabei gut aufpassen, es geht schnell.</p>"
            for n, step in enumerate(STEPS, 1)
        )
    )
    article = parse(html)
    found = texts(article)
    assert not any(text.startswith("Schritt") for text in found)
    assert found[2:4] == [STEPS[0], "Dabei gut aufpassen, es geht schnell."]
    assert {paragraph.kind for paragraph in article.paragraphs} == {ParagraphKind.BODY}


@pytest.mark.parametrize(
    "numbers",
    [
        ["1"],  # one number is no list's numbering
        ["3", "4", "5"],  # (a run counts from one)
        ["1", "1", "1"],
    ],
)
def test_numbers_that_count_no_steps_stay(numbers: list[str]) -> None:
    lines = [line for number, step in zip(numbers, STEPS, strict=False) for line in (number, step)]
    html = post(f"{paragraphs(GERMAN[:2])}{paragraphs(lines)}")
    assert texts(parse(html)) == [*GERMAN[:2], *lines]


def test_a_step_s_links_move_with_its_text_when_its_number_goes() -> None:
    linked = [step.replace("Form", "<a href='/springform'>Form</a>") for step in STEPS]
    article = parse(recipe("<p>Schritt {n}<br>{step}</p>", linked))
    third = article.paragraphs[-1]
    assert third.text == STEPS[2]
    (link,) = third.links
    assert third.text[link.start : link.end] == "Form"


def test_one_line_that_opens_with_a_number_stays() -> None:
    # a single "1" over a line is no list's numbering (a count, a score)
    lines = [f"1<br>{STEPS[0]}", STEPS[1]]
    html = post(f"{paragraphs(GERMAN[:2])}{paragraphs(lines)}")
    assert texts(parse(html))[2] == f"1\n{STEPS[0]}"

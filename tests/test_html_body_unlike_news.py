"""The body finder on pages unlike English news: formulas, other page builders' boxes.

Each test builds a small page of one kind inside the chrome every page has
(:func:`test_html_body_classes.page`) and checks what the body keeps and
what it leaves out.
"""

from __future__ import annotations

import gzip

import pytest
from conftest import shared_path
from test_html_body_classes import page, parse, sentence, texts

# --- formulas (MathML): part of their sentence ------------------------------------------------

_QUADRATIC = (
    "<mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi>"
    "<mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn>"
)


def _formula_page(math: str) -> str:
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    return page(
        f"<h1>Headline</h1><div class='story'>{story}"
        f"<p>The two solutions to {math} are given by the formula below.</p></div>"
    )


def _paragraph(html: str) -> str:
    return next(text for text in texts(parse(html)) if text.startswith("The two solutions"))


def test_a_formula_without_tex_reads_as_its_symbols_in_order() -> None:
    found = _paragraph(_formula_page(f"<math>{_QUADRATIC}</math>"))
    assert found == "The two solutions to a x 2 + b x + c = 0 are given by the formula below."


def test_a_formula_reads_as_the_tex_its_alttext_gives() -> None:
    math = f"<math alttext='ax^{{2}} +  bx+c=0'>{_QUADRATIC}</math>"
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to ax^{2} + bx+c=0 are given by the formula below."


def test_a_formula_reads_as_its_tex_annotation_not_twice() -> None:
    math = (
        f"<math><semantics><mrow>{_QUADRATIC}</mrow>"
        "<annotation encoding='application/x-tex'>ax^2+bx+c=0</annotation></semantics></math>"
    )
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to ax^2+bx+c=0 are given by the formula below."


def test_a_formulas_other_annotations_are_not_its_symbols() -> None:
    math = (
        f"<math><semantics><mrow>{_QUADRATIC}</mrow>"
        "<annotation-xml encoding='MathML-Content'><apply><eq/><ci>q</ci></apply>"
        "</annotation-xml></semantics></math>"
    )
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to a x 2 + b x + c = 0 are given by the formula below."


def test_a_hidden_formula_stays_hidden() -> None:
    # Wikipedia hides its MathML and shows a picture of the formula (whose alt is the TeX)
    math = f"<span style='display: none'><math alttext='ax^2'>{_QUADRATIC}</math></span>"
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to are given by the formula below."


@pytest.mark.corpus
def test_readabilitys_mathjax_page_keeps_its_formulas() -> None:
    folder = shared_path("corpus", "readability", "pages", "mathjax")
    article = parse(gzip.decompress((folder / "source.html.gz").read_bytes()))
    text = " ".join(texts(article))
    assert "Lorenz Equations" in text
    # inline (the quadratic) and displayed (Maxwell's) formulas alike
    assert "a x 2 + b x + c = 0" in text
    assert "∇ ⋅ B → = 0" in text

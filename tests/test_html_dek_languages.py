"""The standfirst printed right after the headline, named in the page's language.

Spanish pages name it ``entradilla``, ``sumario``, ``bajada`` or ``copete``, French ones
``chapo``, Italian ``sommario``, German ``vorspann``, Portuguese ``linha-fina``: printed
after the headline with such a class, it is the subheadline, as ``dek`` or ``standfirst``
is; a box named otherwise is not.
"""

from __future__ import annotations

import pytest
from metadata_helpers import STORY, meta_of

HEADLINE = "<h1>El Gobierno aprueba la reforma</h1>"
DEK = "La medida entrará en vigor el próximo 1 de enero y afectará a millones de personas"


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("h2", "entradilla"),
        ("p", "sumario"),
        ("div", "nota-bajada"),
        ("p", "copete"),
        ("p", "chapo"),
        ("p", "article-chapeau"),
        ("p", "sommario"),
        ("p", "vorspann"),
        ("div", "linha-fina"),
        ("p", "inleiding"),
    ],
)
def test_a_standfirst_named_in_another_language_is_the_subheadline(tag: str, name: str) -> None:
    body = f"<article>{HEADLINE}<{tag} class='{name}'>{DEK}</{tag}>{STORY}</article>"
    assert meta_of(body, lang="es").subheadline == DEK


def test_a_box_named_otherwise_after_the_headline_is_no_subheadline() -> None:
    body = f"<article>{HEADLINE}<p class='texto'>{DEK}</p>{STORY}</article>"
    assert meta_of(body, lang="es").subheadline != DEK

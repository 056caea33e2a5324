"""The model's contract: frozen, keyword-only, equal by value, validated."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsdoc import (
    Article,
    Byline,
    Citation,
    InvalidArticleError,
    NewsdocError,
    Paragraph,
    ParagraphKind,
    Person,
    Quote,
    Span,
)


def make_article() -> Article:
    paras = (Paragraph(text="Alexeyev said it was fine."), Paragraph(text='"No," he said.'))
    person = Person(name="Nikolai Alexeyev", mentions=(Span(paragraph=0, start=0, end=8),))
    return Article(
        headline="Headline",
        byline=Byline(text="By Natalya Krainova", authors=(Person(name="Natalya Krainova"),)),
        published=dt.date(2013, 11, 6),
        paragraphs=paras,
        people=(person,),
        quotes=(Quote(text="No,", spans=(Span(paragraph=1, start=1, end=4),), speaker=person),),
    )


def test_equal_by_value_and_hashable() -> None:
    assert make_article() == make_article()
    assert hash(make_article()) == hash(make_article())
    assert make_article() != make_article().evolve(headline="Other")


def test_frozen_and_keyword_only() -> None:
    article = make_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(0, 1, 2)  # type: ignore[misc]


def test_text_joins_paragraphs_with_blank_lines() -> None:
    assert make_article().text == 'Alexeyev said it was fine.\n\n"No," he said.'
    assert Article().text == ""


def test_authors_property() -> None:
    assert [p.name for p in make_article().authors] == ["Natalya Krainova"]
    assert Article().authors == ()


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Span(paragraph=0, start=5, end=2), "Span.end"),
        (lambda: Span(paragraph=-1, start=0, end=0), "Span.paragraph"),
        (lambda: Paragraph(text=3), "Paragraph.text"),  # type: ignore[arg-type]
        (lambda: Paragraph(text="x", kind="body"), "Paragraph.kind"),  # type: ignore[arg-type]
        (lambda: Paragraph(text="x", kind=ParagraphKind.HEADING), "Paragraph.level"),
        (lambda: Article(tags=["a"]), "Article.tags"),  # type: ignore[arg-type]
        (lambda: Article(published="2013-11-06"), "Article.published"),  # type: ignore[arg-type]
        (lambda: Person(name="A", mentions=(1,)), "Person.mentions"),  # type: ignore[arg-type]
    ],
)
def test_bad_values_name_the_field(build: object, field: str) -> None:
    with pytest.raises(InvalidArticleError) as caught:
        build()  # type: ignore[operator]
    assert str(caught.value).startswith(field)
    assert isinstance(caught.value, NewsdocError)
    assert isinstance(caught.value, ValueError)


def test_span_must_fit_its_paragraph() -> None:
    article = make_article()
    bad = Person(name="X", mentions=(Span(paragraph=0, start=0, end=999),))
    with pytest.raises(InvalidArticleError, match=r"people\[1\]\.mentions\[0\].*past the end"):
        article.evolve(people=(*article.people, bad))
    missing = Person(name="X", mentions=(Span(paragraph=7, start=0, end=0),))
    with pytest.raises(InvalidArticleError, match="paragraph 7 does not exist"):
        article.evolve(people=(missing,))


def test_speaker_must_be_one_of_the_people() -> None:
    article = make_article()
    stranger = Quote(text="x", speaker=Person(name="Stranger"))
    with pytest.raises(InvalidArticleError, match=r"quotes\[0\]\.speaker.*Stranger"):
        article.evolve(quotes=(stranger,))


def test_medium_must_be_one_of_the_citations() -> None:
    quote = Quote(text="x", medium=Citation(source="Interfax"))
    with pytest.raises(InvalidArticleError, match=r"quotes\[0\]\.medium"):
        Article(quotes=(quote,))
    cited = Citation(source="Interfax")
    assert Article(quotes=(Quote(text="x", medium=cited),), citations=(cited,)).quotes


def test_link_must_fit_its_paragraph() -> None:
    from newsdoc import Link

    with pytest.raises(InvalidArticleError, match=r"Paragraph\.links\[0\]"):
        Paragraph(text="abc", links=(Link(start=0, end=4, url="https://x"),))

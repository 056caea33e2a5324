"""Hypothesis strategies that build valid Articles of every shape.

Shared by the round-trip tests of every lossless format (JSON, HTML).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsdoc import (
    Article,
    Byline,
    Citation,
    CitationKind,
    Image,
    Link,
    Paragraph,
    ParagraphKind,
    Person,
    Quote,
    QuoteKind,
    Span,
)

# Any Unicode the model can hold; lone surrogates cannot be encoded as UTF-8 and
# are rejected by the readers, so the model's round trips are tested without them.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
opt_text = st.none() | text
urls = st.sampled_from(
    ["https://example.com/a", "http://example.org/b?c=d&e=f", "mailto:x@example.com"]
)
opt_url = st.none() | urls

timezones = st.sampled_from(
    [
        None,
        dt.UTC,
        dt.timezone(dt.timedelta(hours=3)),
        dt.timezone(dt.timedelta(hours=-5, minutes=-30)),
    ]
)
whens = st.none() | st.dates() | st.datetimes(timezones=timezones)


@st.composite
def links(draw: st.DrawFn, size: int) -> Link:
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, size))
    return Link(start=start, end=end, url=draw(urls), title=draw(st.none() | text))


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    body = draw(text)
    kind = draw(st.sampled_from(list(ParagraphKind)))
    level = draw(st.integers(1, 6)) if kind is ParagraphKind.HEADING else draw(st.integers(0, 3))
    found = tuple(draw(st.lists(links(len(body)), max_size=2)))
    return Paragraph(text=body, kind=kind, links=found, level=level)


@st.composite
def spans(draw: st.DrawFn, paras: tuple[Paragraph, ...]) -> Span:
    index = draw(st.integers(0, len(paras) - 1))
    size = len(paras[index].text)
    start = draw(st.integers(0, size))
    return Span(paragraph=index, start=start, end=draw(st.integers(start, size)))


@st.composite
def people(draw: st.DrawFn, paras: tuple[Paragraph, ...]) -> Person:
    mentions = tuple(draw(st.lists(spans(paras), max_size=3))) if paras else ()
    return Person(
        name=draw(text),
        role=draw(opt_text),
        affiliation=draw(opt_text),
        nationality=draw(opt_text),
        descriptions=tuple(draw(st.lists(text, max_size=2))),
        mentions=mentions,
        email=draw(opt_text),
        url=draw(opt_url),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    paras = tuple(draw(st.lists(paragraphs(), max_size=6)))
    opt_span = st.none() | spans(paras) if paras else st.none()
    persons = tuple(draw(st.lists(people(paras), max_size=5)))
    authors = tuple(draw(st.lists(people(()), max_size=3)))
    speaker = st.none() | st.sampled_from(persons) if persons else st.none()
    citations = tuple(
        Citation(
            source=draw(text),
            kind=draw(st.sampled_from(list(CitationKind))),
            cue=draw(opt_text),
            span=draw(opt_span),
            url=draw(opt_url),
            speaker=draw(speaker),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    medium = st.none() | st.sampled_from(citations) if citations else st.none()
    quotes = tuple(
        Quote(
            text=draw(text),
            kind=draw(st.sampled_from(list(QuoteKind))),
            spans=tuple(draw(st.lists(spans(paras), max_size=3))) if paras else (),
            speaker=draw(speaker),
            speaker_text=draw(opt_text),
            speaker_span=draw(opt_span),
            cue=draw(opt_text),
            cue_span=draw(opt_span),
            medium=draw(medium),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    byline = draw(st.none() | st.builds(Byline, text=text, authors=st.just(authors)))
    return Article(
        headline=draw(opt_text),
        subheadline=draw(opt_text),
        byline=byline,
        dateline=draw(opt_text),
        published=draw(whens),
        modified=draw(whens),
        publisher=draw(opt_text),
        url=draw(opt_url),
        language=draw(st.none() | st.sampled_from(["en", "ru", "pt-BR", "zh-Hans"])),
        section=draw(opt_text),
        tags=tuple(draw(st.lists(text, max_size=3))),
        paragraphs=paras,
        images=tuple(
            draw(
                st.lists(
                    st.builds(
                        Image,
                        url=urls,
                        caption=opt_text,
                        credit=opt_text,
                        alt=opt_text,
                        width=st.none() | st.integers(0, 5000),
                        height=st.none() | st.integers(0, 5000),
                    ),
                    max_size=2,
                )
            )
        ),
        people=persons,
        quotes=quotes,
        citations=citations,
    )

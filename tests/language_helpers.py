"""Helpers shared by the per-language analysis tests (``test_analysis_<lang>.py``)."""

from __future__ import annotations

import newsdoc
from newsdoc import Article, Paragraph


def analyze_in(language: str, *paragraphs: str) -> Article:
    """An article of ``paragraphs`` declared in ``language``, analysed."""
    article = Article(language=language, paragraphs=tuple(Paragraph(text=p) for p in paragraphs))
    return newsdoc.analyze(article)


def speaker_of(article: Article, start: str) -> str | None:
    """The speaker of the quotation opening with ``start``: a name, else the words printed."""
    quote = next(q for q in article.quotes if q.text.startswith(start))
    return quote.speaker.name if quote.speaker is not None else quote.speaker_text

"""The ids writers give people and citations: the numbering of the newsdoc JSON format."""

from __future__ import annotations

from ..model import Article, Citation, Person

__all__ = ["citation_ids", "citation_numbers", "person_ids"]


def person_ids(article: Article) -> dict[Person, str]:
    """``p1``, ``p2``... for the article's people, authors and speakers, in that order."""
    ids: dict[Person, str] = {}
    speakers = [c.speaker for c in article.citations] + [q.speaker for q in article.quotes]
    for person in (*article.people, *article.authors, *speakers):
        if person is not None:
            ids.setdefault(person, f"p{len(ids) + 1}")
    return ids


def citation_numbers(article: Article) -> list[str]:
    """``c1``, ``c2``... for the article's citations, by position."""
    return [f"c{i}" for i in range(1, len(article.citations) + 1)]


def citation_ids(article: Article) -> dict[Citation, str]:
    """The id a reference to a citation uses: the id of the first equal citation."""
    ids: dict[Citation, str] = {}
    for citation, cid in zip(article.citations, citation_numbers(article), strict=True):
        ids.setdefault(citation, cid)
    return ids

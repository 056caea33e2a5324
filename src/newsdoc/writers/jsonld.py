"""Write an Article as a schema.org ``NewsArticle`` in JSON-LD.

The article follows search engines' article guidance: ``headline``,
``datePublished`` / ``dateModified``, ``author`` as ``Person`` objects (name,
url, jobTitle, email, affiliation), ``publisher`` as an ``Organization``,
``image`` as ``ImageObject``\\ s, ``mainEntityOfPage``, ``inLanguage``,
``articleBody`` and ``dateline``.  newsdoc's analysis adds:

* ``mentions``: the people the article mentions (``Person``);
* ``citation``: the sources it cites, each a ``CreativeWork`` (a
  ``SocialMediaPosting`` for social media, a ``WebSite`` for a website) whose
  ``publisher`` is the cited outlet, ``author`` the person it carries;
* ``hasPart``: the quotes, as ``Quotation`` items with ``text``, ``creator``
  (the speaker: a real person, so not ``spokenByCharacter``, which schema.org
  keeps for fictional characters) and ``isBasedOn`` (the outlet the quote was
  given to or reported by).

People and citations carry blank-node ids (``_:p1``, ``_:c1``, the same
numbering as the newsdoc JSON format), so a quote's creator refers to the
same node as the mention.  Unsafe URLs are left out with a warning.
"""

from __future__ import annotations

from typing import Any

from ..markup import script_json
from ..model import Article, Citation, CitationKind, Image, Person, Quote, SpeakerKind
from .bounds import label
from .ids import citation_ids, person_ids
from .json import when_to_json
from .urls import UrlCheck

__all__ = ["to_jsonld", "to_jsonld_string"]

JSON = dict[str, Any]

_OUTLETS = frozenset({CitationKind.NEWS_AGENCY, CitationKind.NEWSPAPER, CitationKind.BROADCASTER})


def to_jsonld(article: Article) -> JSON:
    """The article as a schema.org ``NewsArticle`` JSON-LD dict (see the module docs)."""
    return _Writer(article, UrlCheck()).article()


def to_jsonld_string(article: Article, *, indent: int | None = None) -> str:
    """:func:`to_jsonld` as JSON text, safe to put in a ``<script>`` element as is."""
    return script_json(to_jsonld(article), indent=indent)


def _put(out: JSON, key: str, value: object) -> None:
    if value is not None and value != [] and value != "":
        out[key] = value


def jsonld_with(article: Article, check: UrlCheck) -> JSON:
    """:func:`to_jsonld`, sharing ``check`` (and its warnings) with another writer."""
    return _Writer(article, check).article()


class _Writer:
    def __init__(self, article: Article, check: UrlCheck) -> None:
        self.a = article
        self.safe_url = check
        self.pids = person_ids(article)
        self.cids = citation_ids(article)

    def article(self) -> JSON:
        a = self.a
        out: JSON = {"@context": "https://schema.org", "@type": "NewsArticle"}
        url = self.safe_url(a.url, "url")
        _put(out, "headline", a.headline)
        _put(out, "alternativeHeadline", a.subheadline)
        _put(
            out, "author", [self.person(p, f"byline.authors[{i}]") for i, p in enumerate(a.authors)]
        )
        _put(out, "datePublished", when_to_json(a.published))
        _put(out, "dateModified", when_to_json(a.modified))
        _put(out, "dateline", a.dateline)
        if a.publisher is not None:
            out["publisher"] = {"@type": "Organization", "name": a.publisher}
        _put(out, "url", url)
        if url is not None:
            out["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
        _put(out, "inLanguage", a.language)
        _put(out, "articleSection", a.section)
        _put(out, "keywords", list(a.tags))
        _put(out, "image", [x for i, m in enumerate(a.images) if (x := self.image(m, i))])
        if a.paragraphs:
            out["articleBody"] = a.text
        _put(out, "mentions", [self.person(p, f"people[{i}]") for i, p in enumerate(a.people)])
        _put(out, "citation", [self.citation(c, i) for i, c in enumerate(a.citations)])
        _put(out, "hasPart", [self.quote(q) for q in a.quotes])
        return out

    def person(self, p: Person, where: str) -> JSON:
        out: JSON = {"@type": "Person", "@id": "_:" + self.pids[p], "name": p.name}
        _put(out, "jobTitle", p.role)
        if p.affiliation is not None:
            out["affiliation"] = {"@type": "Organization", "name": p.affiliation}
        _put(out, "nationality", p.nationality)
        _put(out, "description", "; ".join(p.descriptions))
        _put(out, "email", p.email)
        _put(out, "url", self.safe_url(p.url, where + ".url"))
        return out

    def ref(self, p: Person) -> JSON:
        # repeated at every quote and citation of the person: see .bounds
        return {"@type": "Person", "@id": "_:" + self.pids[p], "name": label(p.name)}

    def image(self, image: Image, index: int) -> JSON | None:
        url = self.safe_url(image.url, f"images[{index}].url")
        if url is None:
            return None
        out: JSON = {"@type": "ImageObject", "url": url}
        _put(out, "caption", image.caption)
        _put(out, "creditText", image.credit)
        _put(out, "description", image.alt)
        _put(out, "width", image.width)
        _put(out, "height", image.height)
        return out

    def citation(self, c: Citation, index: int) -> JSON:
        kind = c.kind
        url = self.safe_url(c.url, f"citations[{index}].url")
        out: JSON = {"@id": f"_:c{index + 1}"}
        if kind is CitationKind.WEBSITE:
            out.update({"@type": "WebSite", "name": c.source})
        elif kind is CitationKind.SOCIAL_MEDIA:
            out.update({"@type": "SocialMediaPosting"})
            out["publisher"] = {"@type": "Organization", "name": c.source}
        elif kind in _OUTLETS:
            out.update({"@type": "CreativeWork"})
            out["publisher"] = {"@type": "NewsMediaOrganization", "name": c.source}
        else:
            out.update({"@type": "CreativeWork", "name": c.source})
        _put(out, "url", url)
        if c.speaker is not None:
            out["author"] = self.ref(c.speaker)
        return out

    def quote(self, q: Quote) -> JSON:
        out: JSON = {"@type": "Quotation", "text": q.text}
        if q.speaker is not None:
            out["creator"] = self.ref(q.speaker)
        elif q.speaker_text is not None:
            # an unresolved speaker ("the Kremlin"): typed when the words tell
            typed = {"@type": "Organization"} if q.speaker_kind is SpeakerKind.ORGANIZATION else {}
            out["creator"] = {**typed, "name": q.speaker_text}
        if q.medium is not None:
            out["isBasedOn"] = {"@id": "_:" + self.cids[q.medium]}
        return out

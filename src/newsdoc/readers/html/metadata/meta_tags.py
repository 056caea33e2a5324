"""OpenGraph, Twitter cards and the many ``<meta>`` conventions news sites use.

Each field lists the meta keys that carry it, most trusted first (lower case:
``collect`` lower-cases keys, so ``DC.title`` and ``dc.title`` are one key).
"""

from __future__ import annotations

import json
import re

from ....errors import warn
from ..dimensions import dimension
from .collect import HeadData
from .found import Found, RawAuthor, RawImage, one_line
from .jsonld import replace_surrogates

__all__ = ["from_meta", "from_twitter_labels"]

HEADLINE_KEYS = (
    "og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title", "dcterms.title",
    "citation_title", "headline", "title",
)  # fmt: skip
DESCRIPTION_KEYS = (
    "og:description", "description", "twitter:description", "dc.description",
    "dcterms.description", "sailthru.description", "abstract",
)  # fmt: skip
#: Keys whose value is a byline as printed ("A and B"); ``citation_author`` is one name each.
BYLINE_KEYS = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "byl", "twitter:data1:author", "og:article:author", "article.author",
    "cxenseparse:author", "author_name", "dc:creator", "dcterms:creator",
)  # fmt: skip
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "article:published", "published_time",
    "og:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
    "citation_publication_date", "citation_date", "citation_online_date", "article.published",
    "publishdate", "publish-date", "publish_date", "pubdate", "date", "datecreated",
    "originalpublicationdate", "article_date_original", "og:pubdate", "displaydate",
    "date_published", "published_date", "publication_date", "article_publication_date",
    "article.created", "dc.date.published", "published-date", "bt:pubdate", "pdate", "ptime",
    # fewer sites' names (most of them in htmldate's list), after the common ones
    "article:published_date", "article:publicationdate", "article:post_date",
    "og:article:published", "og:datepublished", "og:publish_date", "og:question:published_time",
    "og:regdate", "publish_time", "publisheddate", "rnews:datepublished", "dc.date.publication",
    "dc.issued", "dc:issued", "dcterms:issued", "dc.created", "dc:created", "dc:date",
    "date_created", "dateposted", "content_create_date",
    "doc_date", "rbpubdate", "cxenseparse:recs:publishtime", "dcsext.articlefirstpublished",
    "analyticsattributes.articledate", "mediator_published_time", "twt-published-at",
    "vr:published_time", "shareaholic:article_published_time", "field-name-post-date",
    "video:release_date", "release_date", "created",
)  # fmt: skip
MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
    "datemodified", "modified_time", "dc.date.modified", "dcterms.modified", "last-modified",
    "lastmod", "article.updated", "dateupdated",
    "og:modified_time", "updated_time", "article:modified_date", "article:post_modified",
    "dc.modified", "bt:moddate", "lastmodified", "modificationdate", "revision_date", "modified",
    "utime", "lastdate",
)  # fmt: skip
PUBLISHER_KEYS = (
    "og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "citation_publisher",
    "citation_journal_title", "publisher", "apple-mobile-web-app-title", "article:publisher",
)  # fmt: skip
SECTION_KEYS = ("article:section", "parsely-section", "section", "article.section", "category")
TAG_KEYS = (
    "article:tag", "news_keywords", "parsely-tags", "sailthru.tags", "keywords", "dc.subject",
    "citation_keywords",
)  # fmt: skip
IMAGE_KEYS = (
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
    "thumbnail", "thumbnailurl", "image",
)  # fmt: skip
LANGUAGE_KEYS = ("content-language", "dc.language", "dcterms.language", "language", "og:locale",
                 "citation_language", "inlanguage")  # fmt: skip

_BY_LABEL = re.compile(r"\bby\b|author|autor|auteur", re.IGNORECASE)
_SURNAME_FIRST = re.compile(r"^([^,]+),\s*([^,]+)$")


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "//", "www."))


def _parsely_page(head: HeadData, found: Found) -> None:
    """The ``parsely-page`` meta holds JSON with title, author and date."""
    raw = head.first("parsely-page")
    if raw is None:
        return
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        # not JSON, or nested past the interpreter's recursion limit: no use either way
        return
    replaced = replace_surrogates([data], raw)
    if replaced:
        warn(f"parsely-page meta: {replaced} lone surrogate(s) replaced with U+FFFD")
    if not isinstance(data, dict):
        return
    title = one_line(data.get("title"))
    if title:
        found.headlines.append(title)
    date = one_line(data.get("pub_date"))
    if date:
        found.published.append(date)
    authors = data.get("authors") or data.get("author")
    for name in authors if isinstance(authors, list) else [authors]:
        text = one_line(name)
        if text:
            found.bylines.append(text)
    section = one_line(data.get("section"))
    if section:
        found.sections.append(section)


def _texts(head: HeadData, keys: tuple[str, ...]) -> list[str]:
    out = []
    for value in head.all(*keys):
        text = one_line(value)
        if text:
            out.append(text)
    return out


def from_twitter_labels(head: HeadData) -> Found:
    """The author named by Twitter's label/data pairs (twitter:label1 "Written by").

    An SEO plugin fills them from the account that posted the page in the
    CMS, often an editor's rather than the writer's: a byline printed on the
    page is more trusted (they are the last source of bylines tried).
    """
    found = Found(source="twitter-labels")
    for number in range(1, 5):
        label = head.first(f"twitter:label{number}")
        data = one_line(head.first(f"twitter:data{number}"))
        if label and data and _BY_LABEL.search(label):
            found.bylines.append(data)
    return found


def from_meta(head: HeadData) -> Found:
    """What the page's ``<meta>`` and ``<link>`` elements say about the article."""
    found = Found(source="meta")
    found.headlines += _texts(head, HEADLINE_KEYS)
    found.descriptions += _texts(head, DESCRIPTION_KEYS)
    for key in BYLINE_KEYS:
        texts = [text for text in dict.fromkeys(_texts(head, (key,))) if not _is_url(text)]
        if len(texts) > 1:
            # a key given once per author (two DC.Creator, "Surname, Given" each)
            found.authors += [RawAuthor(name=text) for text in texts]
        else:
            found.bylines += texts
    for text in _texts(head, ("citation_author", "dc.contributor")):
        # citation_author is "Surname, Given names" by convention
        match = _SURNAME_FIRST.match(text)
        name = f"{match.group(2)} {match.group(1)}" if match else text
        found.authors.append(RawAuthor(name=name))
    found.published += _texts(head, PUBLISHED_KEYS)
    found.modified += _texts(head, MODIFIED_KEYS)
    found.publisher += [text for text in _texts(head, PUBLISHER_KEYS) if not _is_url(text)]
    found.sections += _texts(head, SECTION_KEYS)
    for text in _texts(head, TAG_KEYS):
        found.tags.extend(part.strip() for part in text.split(",") if part.strip())
    alt = one_line(head.first("og:image:alt", "twitter:image:alt"))
    width = dimension(head.first("og:image:width"))
    height = dimension(head.first("og:image:height"))
    for value in head.all(*IMAGE_KEYS):
        found.images.append(RawImage(url=value, alt=alt, width=width, height=height))
        alt = width = height = None  # they describe the first og:image only
    found.images += [RawImage(url=href) for href in head.links.get("image_src", ())]
    found.languages += _texts(head, LANGUAGE_KEYS)
    found.urls += head.links.get("canonical", []) + list(head.all("og:url", "twitter:url"))
    _parsely_page(head, found)
    return found

"""Schema.org JSON-LD: tolerant loading, ``@graph``/list flattening, the article node.

Pages get JSON-LD wrong in many small ways (trailing commas, raw control
characters, HTML comments or CDATA around it, several objects in one block);
those are repaired.  A block that still cannot be read is reported with
:func:`newsdoc.errors.warn` and skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ....errors import warn
from ..dimensions import dimension
from .found import Found, RawAuthor, RawImage, one_line

__all__ = ["ARTICLE_TYPES", "from_jsonld", "is_unreadable", "load_jsonld", "replace_surrogates"]

#: Types whose node is the article itself, most specific first.
ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
        "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "discussionforumposting", "scholarlyarticle", "techarticle", "report", "satiricalarticle",
        "advertisercontentarticle", "medicalscholarlyarticle", "posting",
    }
)  # fmt: skip
#: Types that describe the page when no article node does.
_PAGE_TYPES = frozenset(
    {"webpage", "itempage", "videoobject", "creativework", "review", "recipe", "podcastepisode"}
)
_ORGANIZATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization",
     "educationalorganization", "localbusiness", "website", "brand"}
)  # fmt: skip
_PERSON_TYPES = frozenset({"person"})
_NOT_ROLES = frozenset({"author", "writer", "contributor", "staff", "person", "user"})
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
# What a stripped block starts or ends with when _WRAPPERS can match: the
# pattern's second branch is tried at every position of the block, so it is
# only run on the few blocks that have a wrapper.
_WRAPPER_STARTS = ("<!--", "<![CDATA[", "//")
_WRAPPER_ENDS = ("-->", "]]>")
_MAX_DEPTH = 12
#: Containers of any kind, one inside the other, that are looked into.
_MAX_NESTING = 64
_MAX_VALUE_DEPTH = 8


def _decode_all(text: str) -> tuple[list[Any], str | None]:
    """Every JSON value in ``text`` (pages put several objects in one block), and why
    the rest could not be read, if it could not."""
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    index = 0
    size = len(text)
    while index < size:
        while index < size and text[index] in " \t\r\n;,":
            index += 1
        if index >= size:
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except ValueError as error:
            return values, str(error)
        except RecursionError:
            return values, "nested too deeply"
        values.append(value)
    return values, None


def _load_block(text: str) -> tuple[list[Any], str | None]:
    """The JSON values of one JSON-LD block, repaired where possible, and its problem."""
    text = text.strip()
    if text.startswith(_WRAPPER_STARTS) or text.endswith(_WRAPPER_ENDS):
        text = _WRAPPERS.sub("", text).strip()
    if not text:
        return [], None
    found, problem = _decode_all(text)
    if problem is not None and not found:
        # the usual slips: a comma before a closing bracket
        found, problem = _decode_all(_TRAILING_COMMA.sub(r"\1", text))
    return found, problem


# A \\u escape of a surrogate: only where one is can JSON decode to a lone surrogate, which
# no writer could encode as UTF-8 (an escaped backslash before "u" matches too: harmless,
# the walk below then finds nothing to replace)
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(values: list[Any], text: str) -> int:
    """Replace each lone surrogate in the strings and keys of ``values`` (decoded from
    ``text``) with U+FFFD, in place; how many there were.

    A page's JSON may escape half of a character's surrogate pair ("\\ud800"); decoded,
    that is a string no writer can encode.  The walk uses its own stack: the values
    may be nested as deep as the decoder allows.
    """
    if _ESCAPED_SURROGATE.search(text) is None:
        return 0  # (nearly every page: one scan of the text, no walk)
    count = 0

    def repaired(value: str) -> str:
        nonlocal count
        count += len(_SURROGATE.findall(value))
        return _SURROGATE.sub("\ufffd", value)

    stack: list[list[Any] | dict[str, Any]] = [values]
    while stack:
        container = stack.pop()
        if isinstance(container, dict):
            items = [(repaired(key), value) for key, value in container.items()]
            container.clear()
            container.update(items)
            slots: Iterable[tuple[Any, Any]] = items
        else:
            slots = enumerate(container)
        for slot, value in list(slots):
            if isinstance(value, str):
                container[slot] = repaired(value)
            elif isinstance(value, (list, dict)):
                stack.append(value)
    return count


def is_unreadable(text: str) -> bool:
    """Whether a JSON-LD block cannot be read whole (:func:`load_jsonld` warns about it)."""
    return _load_block(text)[1] is not None


def load_jsonld(texts: Iterable[str]) -> list[Any]:
    """The JSON values of JSON-LD blocks, repaired where possible; bad blocks are warned about."""
    values: list[Any] = []
    for number, text in enumerate(texts, 1):
        found, problem = _load_block(text)
        replaced = replace_surrogates(found, text)
        if replaced:
            warn(f"JSON-LD block {number}: {replaced} lone surrogate(s) replaced with U+FFFD")
        values.extend(found)
        if problem is not None:
            what = "the rest of it" if found else "it"
            warn(f"JSON-LD block {number}: {what} cannot be read ({problem}); skipped")
    return values


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    names = set()
    for item in kinds:
        if isinstance(item, str):
            # "schema:NewsArticle", "http://schema.org/NewsArticle"
            names.add(item.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower())
    return names


def _nodes(value: Any, depth: int = 0, nesting: int = 0) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every object in ``value`` with its depth as a node (``@graph`` and lists add none).

    ``nesting`` counts every container, lists included, so that lists nested
    in lists (which add no depth) still end: the recursion stays bounded.
    """
    if depth > _MAX_DEPTH or nesting > _MAX_NESTING:
        return
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item, depth, nesting + 1)
    elif isinstance(value, dict):
        yield depth, value
        for key, item in value.items():
            if key == "@graph":
                yield from _nodes(item, depth, nesting + 1)
            elif isinstance(item, (dict, list)):
                yield from _nodes(item, depth + 1, nesting + 1)


def _first_str(value: Any, depth: int = 0) -> str | None:
    if depth > _MAX_VALUE_DEPTH:
        return None
    if isinstance(value, list):
        for item in value:
            text = _first_str(item, depth + 1)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return _first_str(value.get("@value") or value.get("name"), depth + 1)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return one_line(value)


def _strings(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        text = _first_str(item)
        if text:
            out.append(text)
    return out


def _url_of(value: Any, depth: int = 0) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if depth > _MAX_VALUE_DEPTH:
        return None
    if isinstance(value, dict):
        return _url_of(value.get("url") or value.get("contentUrl") or value.get("@id"), depth + 1)
    if isinstance(value, list) and value:
        return _url_of(value[0], depth + 1)
    return None


def _int(value: Any) -> int | None:
    # QuantitativeValue: {"@type": "QuantitativeValue", "value": 640}
    return dimension(value.get("value") if isinstance(value, dict) else value)


class _Graph:
    """The nodes of all blocks, with an ``@id`` index to resolve references."""

    def __init__(self, values: list[Any]) -> None:
        self.nodes = list(_nodes(values))
        self.by_id: dict[str, dict[str, Any]] = {}
        for _depth, node in self.nodes:
            ident = node.get("@id")
            if isinstance(ident, str) and len(node) > 1:
                self.by_id.setdefault(ident, node)

    def resolve(self, value: Any) -> Any:
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            ident = value.get("@id")
            if isinstance(ident, str) and ident in self.by_id:
                return self.by_id[ident]
        return value

    def article(self) -> dict[str, Any] | None:
        """The node that describes the article: the shallowest, richest article node."""
        best: tuple[int, int, int] | None = None
        chosen = None
        for depth, node in self.nodes:
            types = _types(node)
            if types & ARTICLE_TYPES:
                rank = 0
            elif types & _PAGE_TYPES:
                rank = 1
            else:
                continue
            key = (rank, depth, -len(node))
            if best is None or key < best:
                best, chosen = key, node
        return chosen


def _authors(graph: _Graph, value: Any) -> list[RawAuthor]:
    out: list[RawAuthor] = []
    for item in value if isinstance(value, list) else [value]:
        item = graph.resolve(item)
        if isinstance(item, str):
            name = one_line(item)
            if name:
                out.append(RawAuthor(name=name))
        elif isinstance(item, dict):
            name = _first_str(item.get("name"))
            if not name:
                given = _first_str(item.get("givenName"))
                family = _first_str(item.get("familyName"))
                name = " ".join(part for part in (given, family) if part) or None
            if not name:
                continue
            types = _types(item)
            url = _url_of(item.get("url")) or _url_of(item.get("sameAs"))
            email = _first_str(item.get("email"))
            out.append(
                RawAuthor(
                    name=name,
                    url=url,
                    email=email.removeprefix("mailto:") if email else None,
                    organization=bool(types & _ORGANIZATION_TYPES) and not types & _PERSON_TYPES,
                    role=_role(item.get("jobTitle")),
                    person=bool(types & _PERSON_TYPES),
                )
            )
    return out


def _role(value: Any) -> str | None:
    """A job title, unless it only repeats that the person is an author."""
    role = _first_str(value)
    if role is None or role.casefold() in _NOT_ROLES:
        return None
    return role


def _images(graph: _Graph, value: Any) -> list[RawImage]:
    out = []
    for item in value if isinstance(value, list) else [value]:
        item = graph.resolve(item)
        if isinstance(item, str) and item.strip():
            out.append(RawImage(url=item.strip()))
        elif isinstance(item, dict):
            url = _url_of(item)
            if url:
                out.append(
                    RawImage(
                        url=url,
                        caption=_first_str(item.get("caption")) or _first_str(item.get("name")),
                        credit=_first_str(item.get("creditText"))
                        or _first_str(item.get("copyrightHolder")),
                        width=_int(item.get("width")),
                        height=_int(item.get("height")),
                    )
                )
    return out


def _language(value: Any) -> str | None:
    if isinstance(value, dict):
        return _first_str(value.get("alternateName")) or _first_str(value.get("name"))
    return _first_str(value)


def _keywords(value: Any) -> list[str]:
    out: list[str] = []
    for text in _strings(value):
        out.extend(part.strip() for part in text.split(",") if part.strip())
    return out


def from_jsonld(texts: list[str]) -> Found:
    """What the page's JSON-LD blocks say about the article."""
    found = Found(source="jsonld")
    if not texts:
        return found
    graph = _Graph(load_jsonld(texts))
    node = graph.article()
    if node is not None:
        found.headlines += _strings(node.get("headline")) + _strings(node.get("name"))
        found.descriptions += _strings(node.get("description"))
        found.authors += _authors(graph, node.get("author"))
        if not found.authors:
            found.authors += _authors(graph, node.get("creator"))
        for key in ("datePublished", "dateCreated", "uploadDate"):
            found.published += _strings(node.get(key))
        found.modified += _strings(node.get("dateModified"))
        publisher = graph.resolve(node.get("publisher"))
        found.publisher += _strings(publisher) + _strings(node.get("sourceOrganization"))
        found.sections += _strings(node.get("articleSection"))
        found.tags += _keywords(node.get("keywords"))
        found.images += _images(graph, node.get("image"))
        found.images += _images(graph, node.get("thumbnailUrl"))
        language = _language(node.get("inLanguage"))
        if language:
            found.languages.append(language)
        url = _url_of(node.get("url")) or _url_of(node.get("mainEntityOfPage"))
        if url:
            found.urls.append(url)
        body = node.get("articleBody")
        if isinstance(body, str) and body.strip():
            found.body_text = body.strip()
    # the site's own name, wherever the graph gives it, but in a breadcrumb trail, whose
    # first crumb is often a WebSite named as the link reads ("Inicio", "Startseite")
    crumbs = {
        id(item)
        for _depth, node in graph.nodes
        if "breadcrumblist" in _types(node)
        for _level, item in _nodes(node.get("itemListElement"))
    }
    for _depth, other in graph.nodes:
        types = _types(other)
        if ("website" in types or "newsmediaorganization" in types) and id(other) not in crumbs:
            found.publisher += _strings(other.get("name"))
    return found

"""Reading back newsdoc's own HTML exactly, before any heuristic.

A page written by :func:`newsdoc.to_html` carries the whole article as a
newsdoc JSON document in ``<script type="application/json"
class="newsdoc-data">``; it is read with :func:`newsdoc.from_dict`, so
``parse_html(to_html(a)) == a`` for every article.

**The data wins.**  The visible markup is a rendering of the data.  When the
two disagree (someone edited the page's text after newsdoc wrote it), the
article is still read from the data, and a :class:`~newsdoc.NewsdocWarning`
names the first paragraph whose visible text differs.  A data block that is
not a valid newsdoc document is reported with a warning and ignored: the page
is then read like any other page.
"""

from __future__ import annotations

from ...errors import FormatError, warn
from ...markup import html_safe
from ...model import Article
from ..json import decode_document, from_dict
from .tree import Element

__all__ = ["read_newsdoc_markup"]

# Lists nested in a list item are other paragraphs, not this item's text.
_NESTED = frozenset({"ul", "ol"})


def read_newsdoc_markup(root: Element) -> Article | None:
    """The Article a page written by ``newsdoc.to_html`` holds, or ``None`` for other pages."""
    block = _data_block(root)
    if block is None:
        return None
    try:
        # the reader of newsdoc JSON documents, with its checks (numbers too long to
        # convert, lone surrogates, nesting): every problem is a FormatError with a path
        article = from_dict(decode_document(block.text or ""))
    except FormatError as error:
        warn(f"newsdoc data block: {error}; reading the page as any other page")
        return None
    _check_visible(block, article)
    return article


def _data_block(root: Element) -> Element | None:
    """The data block: a ``<script>`` child of an ``<article>``, as ``to_html`` writes it.

    Looking only at the children of ``<article>`` elements keeps this check,
    which every page goes through, cheap on pages full of scripts.
    """
    for article in root.iter("article"):
        for child in article.iterchildren("script"):
            if (
                child.get("type") == "application/json"
                and "newsdoc-data" in (child.get("class") or "").split()
            ):
                return child
    return None


def _check_visible(block: Element, article: Article) -> None:
    """Warn when the visible paragraphs of the page no longer match the data."""
    container = block.getparent()
    if container is None:
        return
    found = container.xpath(".//*[@data-paragraph]")
    seen = [e for e in found if isinstance(e, Element)] if isinstance(found, list) else []
    if len(seen) != len(article.paragraphs):
        warn(
            f"newsdoc page: {len(seen)} visible paragraphs but the data has "
            f"{len(article.paragraphs)}; the embedded data wins"
        )
        return
    for element in seen:
        index = element.get("data-paragraph")
        # ASCII digits only: "²" is a digit to str.isdigit() but not to int()
        if (
            not (index and index.isascii() and index.isdigit())
            or len(index) > len(str(len(article.paragraphs)))
            or int(index) >= len(article.paragraphs)
        ):
            warn(f"newsdoc page: a paragraph has a bad data-paragraph {index!r}")
            return
        expected = html_safe(article.paragraphs[int(index)].text)
        seen_text = _own_text(element)
        if element.tag != "pre":
            # white space at the end of a block is not shown (and the tree may move the
            # page's white space after a paragraph's end tag into it: readers/html/tree.py)
            seen_text, expected = seen_text.rstrip(), expected.rstrip()
        if seen_text != expected:
            warn(
                f"newsdoc page: the visible text of paragraph {index} differs from the "
                "embedded data (the page was edited?); the embedded data wins"
            )
            return


def _own_text(element: Element) -> str:
    """The element's text, without nested lists; ``<pre>``'s leading newline dropped."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if not isinstance(child.tag, str):  # comments, processing instructions
                pass
            elif child.tag not in _NESTED:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    text = "".join(parts)
    if element.tag == "pre" and text.startswith("\n"):
        text = text[1:]
    return text

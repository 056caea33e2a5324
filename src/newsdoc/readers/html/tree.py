"""Loading a page into lxml's tree: one tolerant, offline parse.

Safety: libxml2's HTML parser never loads DTDs or external entities, and the
parser is built with ``no_network=True``, so no input can make it read a file
or reach the network.  Comments and processing instructions are dropped at
parse time so that no later tree walk has to skip them.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterator
from itertools import islice
from typing import TypeAlias

from lxml import etree

from ... import limits
from ...errors import ParseError, warn
from ...limits import check_size
from ..binary import check_signature, check_text_share, count_controls, utf8_length
from ..encoding import decode_html
from ..invisible import html_without_invisible
from .attributes import bound_attributes

__all__ = [
    "Element",
    "edge_elements",
    "glued",
    "itertext",
    "load_tree",
    "text_content",
    "text_within",
]

#: An element of the tree: lxml's own ``_Element``, not lxml.html's
#: ``HtmlElement``.  lxml.html costs 4 ms of every start-up, for one method
#: (:func:`text_content`), and its elements are Python subclasses, slower to
#: hand out than lxml's own.
Element: TypeAlias = etree._Element

_string_value = etree.XPath("string()", smart_strings=False)


def itertext(element: Element) -> Iterator[str]:
    """The texts under ``element``, in order: ``element.itertext()``, typed for HTML (no bytes)."""
    return element.itertext()  # type: ignore[return-value]


def edge_elements(root: Element) -> Iterator[Element]:
    """The elements under ``root`` (``root.iter()``), in document order; on a page of more
    than ``newsdoc.limits.MAX_CHECKED_LINES`` elements, only the first and the last half
    of that many: what a scan of the whole page for a line of a kind (a date in its
    footer) looks at, so that a page of millions of lines costs it no more."""
    first, last = limits.checked_edges()
    elements = root.iter()
    yield from islice(elements, first)
    # (the rest is walked, not looked at: only its last elements are kept)
    yield from deque(elements, maxlen=last)


def text_within(element: Element, limit: int) -> str | None:
    """``element``'s text (as :func:`text_content` gives it) when it is ``limit`` characters
    at most, else ``None``; read no further than the limit (a box beside the text, looked at
    for a short label, may hold the rest of the page)."""
    pieces: list[str] = []
    size = 0
    for piece in itertext(element):
        size += len(piece)
        if size > limit:
            return None
        pieces.append(piece)
    return "".join(pieces)


def text_content(element: Element) -> str:
    """The text of ``element`` and all its descendants, as ``HtmlElement.text_content()``."""
    text: str = _string_value(element)  # type: ignore[assignment]
    return text


# Elements that mark words inside a line (<h1><b>Wash</b><i>ing</i>ton</h1>): never a line
# of their own.
_INLINE_MARKS = frozenset(
    (
        "b",
        "i",
        "em",
        "strong",
        "u",
        "s",
        "small",
        "sub",
        "sup",
        "mark",
        "abbr",
        "code",
        "a",
        "wbr",
        "br",
        "img",
        "q",
        "time",
    )
)


_OPENING_QUOTES = frozenset("„“”\"«»‚‘'「『(")


def glued(node: Element) -> bool:
    """Whether ``node`` follows an element with nothing between them (no tail), neither of
    them an element that marks words inside a line (``<em>``, ``<b>``, a link).

    In a heading, such elements are lines of their own by the style sheet: a kicker and the
    title ("<span>Tempolimit</span><span>Das Auto ...</span>"), whose texts are two lines,
    not one word ("TempolimitDas").
    """
    before = node.getprevious()
    if (
        before is None
        or not isinstance(node.tag, str)
        or not isinstance(before.tag, str)
        or before.tail
        or node.tag in _INLINE_MARKS
        or before.tag in _INLINE_MARKS
    ):
        return False
    # (a word or a quotation next, not a mark that goes on the line: "<span>Genetik</span>
    # <span class="sr-only">: </span>", the separator a screen reader reads)
    first = text_content(node).lstrip()[:1]
    return first.isalnum() or first in _OPENING_QUOTES


_local = threading.local()
_CONTROLS = bytes(set(range(0x20)) - {0x09, 0x0A, 0x0D})
_CONTROL_BYTES = tuple(bytes([code]) for code in _CONTROLS)
# The class of the data block of a page written by newsdoc.to_html (newsdoc_markup.py).
_OWN_DATA = b"newsdoc-data"

# libxml2's HTML parser keeps each run of white space between two elements as a
# text node of its own after any element that may hold text: on a page of short
# paragraphs a third of the tree, and of the peak memory of a parse.  A run right
# after the end tag of a paragraph, an item, a cell or a box whose content ends in
# text is moved before that end tag, where it joins the text and makes no node.
# The page's text keeps the same white space between the same words (nothing is
# glued); a block's own text gains trailing white space, which is not shown and
# which every reading of a block strips.  Where the content ends in a tag or in
# white space the run stays: moved, it would be a node all the same.
_SPACE_AFTER_END = re.compile(
    rb"</(?<=[^>\s]</)(p|li|dd|dt|h[1-6]|td|th|div)>([ \t\r\n]++)(?=<)", re.IGNORECASE
)


def _parser(huge: bool = False) -> etree.HTMLParser:
    # lxml parsers must not be shared between threads
    key = "huge_parser" if huge else "parser"
    parser: etree.HTMLParser | None = getattr(_local, key, None)
    if parser is None:
        parser = etree.HTMLParser(
            encoding="utf-8",
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            # depth limit 2048 instead of 256 (the HTML parser expands no entities,
            # so the XML-bomb risk of huge_tree does not apply)
            huge_tree=huge,
            # no table of id attributes: nothing looks elements up by id, and
            # building it costs a hash insert per id on every page
            collect_ids=False,
        )
        setattr(_local, key, parser)
    return parser


def load_tree(html: str | bytes) -> Element:
    """Parse ``html`` (text, or bytes in any encoding) into an ``<html>`` element.

    An empty or non-HTML input gives a tree with an empty or text-only
    ``<body>``.  Raises :class:`ParseError` for input that is not ``str`` or
    ``bytes``, or is binary data (:mod:`newsdoc.readers.binary`: a PDF, an
    image, an archive...), and :class:`InputTooLargeError` past
    ``newsdoc.limits.MAX_INPUT_CHARS``.
    """
    if isinstance(html, str):
        check_size(len(html), "parse_html")
        check_signature(html, "parse_html")
        try:
            data = html.encode("utf-8")
        except UnicodeEncodeError:
            warn("HTML page: lone surrogate characters were replaced")
            data = html.encode("utf-8", "replace")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
    elif isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        check_size(len(data), "parse_html")
        check_signature(data, "parse_html")
        data = decode_html(data)[1]
    else:
        raise ParseError(f"parse_html: expected str or bytes, got {type(html).__name__}")
    # C0 control characters (but tab, newline and return) are never text, and lxml
    # refuses them in any text set later (libxml2 would turn NUL into U+FFFD);
    # pages rarely have any, and a search per byte value (memchr) costs far
    # less than copying the whole page through translate()
    if any(control in data for control in _CONTROL_BYTES):
        # binary data is mostly controls once decoded, whatever the encoding tried
        check_text_share(count_controls(data), utf8_length(data), "parse_html")
        data = data.translate(None, _CONTROLS)
    data = bound_attributes(data)  # libxml2's time grows with their square
    if _OWN_DATA not in data:
        # (newsdoc's own pages are read back exactly, their text as it was written)
        data = html_without_invisible(data)
    data = _SPACE_AFTER_END.sub(rb"\2</\1>", data)
    parser = _parser()
    root = None if data.isspace() or not data else etree.fromstring(data, parser)
    if root is not None and _stopped(parser):
        # libxml2 stops at depth 256 and drops the rest of the page; garbage HTML with a
        # few hundred unclosed <div>s is real: read it again with the 2048 limit, and
        # unwrap what is nested too deep for a recursive tree walk
        parser = _parser(huge=True)
        root = etree.fromstring(data, parser)
        if _stopped(parser):
            warn("HTML page: nested deeper than 2048 elements; the rest was not read")
        _flatten_deep(root)
    if root is None or not isinstance(root.tag, str):
        root = etree.fromstring(b"<html><body></body></html>", _parser())
    return root


def _stopped(parser: etree.HTMLParser) -> bool:
    """Whether the last parse stopped at one of libxml2's limits (the depth)."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


#: Deeper elements are unwrapped, so that no recursive tree walk can overflow
#: Python's stack.
MAX_DEPTH = 200


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str | None) -> str | None:
    return _NOT_XML.sub("", text) if text else text


_AT_MAX_DEPTH = etree.XPath("/*" * MAX_DEPTH + "[*]")


def _flatten_deep(root: Element) -> None:
    """Flatten every element at depth ``MAX_DEPTH`` that has element children.

    Its whole subtree's text, in order, becomes its own text: nothing is lost but
    the nesting (and the markup) past that depth.  Linear in the page's size: a
    path of child steps finds them in C, and each text is joined once.
    """
    deep = [element for element in _AT_MAX_DEPTH(root) if isinstance(element, etree._Element)]  # type: ignore[union-attr]
    for element in deep:
        # character references (&#1;) put characters in the tree that lxml
        # refuses to set again
        text = _xml_text("".join(itertext(element)))
        for child in list(element):
            element.remove(child)
        element.text = text
    if deep:
        warn(f"HTML page: markup nested deeper than {MAX_DEPTH} levels was flattened to its text")

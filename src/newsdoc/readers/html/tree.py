"""Loading a page into lxml's tree: one tolerant, offline parse.

Safety: libxml2's HTML parser never loads DTDs or external entities, and the
parser is built with ``no_network=True``, so no input can make it read a file
or reach the network.  Comments and processing instructions are dropped at
parse time so that no later tree walk has to skip them.
"""

from __future__ import annotations

import threading

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ...errors import ParseError, warn
from ...limits import check_size
from .encoding import decode_html

__all__ = ["load_tree"]

_local = threading.local()


def _parser() -> lxml.html.HTMLParser:
    # lxml parsers must not be shared between threads
    parser: lxml.html.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser(
            encoding="utf-8",
            no_network=True,
            remove_comments=True,
            remove_pis=True,
        )
        # every element is an HtmlElement: the default lookup is done in C,
        # lxml.html's per-tag lookup in Python (comments and PIs are dropped)
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
        _local.parser = parser
    return parser


def load_tree(html: str | bytes) -> HtmlElement:
    """Parse ``html`` (text, or bytes in any encoding) into an ``<html>`` element.

    Never fails on content: an empty or non-HTML input gives a tree with an
    empty or text-only ``<body>``.  Raises :class:`ParseError` only for input
    that is not ``str`` or ``bytes`` and :class:`InputTooLargeError` past
    ``newsdoc.limits.MAX_INPUT_CHARS``.
    """
    if isinstance(html, str):
        check_size(len(html), "parse_html")
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
        data = decode_html(data)[1]
    else:
        raise ParseError(f"parse_html: expected str or bytes, got {type(html).__name__}")
    if b"\x00" in data:
        # NUL is never text; libxml2 would turn each into U+FFFD
        data = data.replace(b"\x00", b"")
    root = None if data.isspace() or not data else etree.fromstring(data, _parser())
    if root is None or not isinstance(root, HtmlElement):
        root = etree.fromstring(b"<html><body></body></html>", _parser())
    return root

"""What a block or a box reads as (text, navigation, links): shared by the choice's rules."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ....model import ParagraphKind
from ..tree import Element
from .class_hints import page_builder_value
from .walk import Block, Node

__all__ = [
    "BOX_LINK_DENSITY",
    "COLONS",
    "FULL_STOPS",
    "LISTED",
    "MAX_LINK_DENSITY",
    "OWN_SENTENCE",
    "ancestors",
    "cjk_chars",
    "fold",
    "is_sentence",
    "keep",
    "link_box",
    "reads_as_text",
    "signature_of",
    "unlinked_words",
]

_SENTENCE_END = frozenset(".!?…:;\"”»'’。！？｡।؟۔")
#: What ends a sentence for good (not a colon's or a quotation's close).
FULL_STOPS = frozenset(".!?…。！？")
#: What ends a label: ASCII's colon or the full-width one (a tuple: ``str.endswith`` takes it).
COLONS = (":", "：")
# A block with more of its text in links than this is navigation.
MAX_LINK_DENSITY = 0.5
# Unlinked text this long makes a block content however much of it is linked.
OWN_SENTENCE = 80
# A container of blocks worth less than nothing and this linked is a link box.
BOX_LINK_DENSITY = 0.3

LISTED = frozenset(
    {ParagraphKind.LIST_ITEM, ParagraphKind.ORDERED_LIST_ITEM, ParagraphKind.TABLE_ROW}
)


def signature_of(el: Element) -> tuple[str, str]:
    """What repeated containers of the same kind share: tag and class.

    In a page builder's box (:func:`.class_hints.page_builders`), not the class words with a
    number in them: builders number each box in its class ("et_pb_row et_pb_row_1", Wix's
    "comp-lk3 wixui-section"), and boxes of one kind differ by them alone; but a column's
    width stays (:data:`_COLUMN_WIDTH`: "elementor-col-66" beside "elementor-col-33" are the
    text's column and a sidebar).  (Elsewhere such
    words tell boxes apart: "col-md-8" and "col-md-4" are a page's two columns.)
    """
    return el.tag, _kind_of(el.get("class") or "")


# asked for the same class values over and over (every box of a kind, each of its siblings)
@functools.lru_cache(maxsize=10_000)
def _kind_of(value: str) -> str:
    words = value.split()
    if page_builder_value(value):
        words = [
            word
            for word in words
            if not any(map(str.isdigit, word)) or _COLUMN_WIDTH.search(word) is not None
        ]
    return " ".join(words)


# A builder's word for a column's width, which its number is no box's number: a share of the
# row ("elementor-col-66", Divi's "et_pb_column_2_3") or a grid's size ("vc_col-sm-8").  Two
# columns of unlike widths are the text and a sidebar, not two parts of one text; a column's
# index ("et_pb_column_1", one digit) is a number like any other.
_COLUMN_WIDTH = re.compile(r"col(?:umn)?[-_](?:\d\d+|\d+[-_]\d+|(?:xs|sm|md|lg|xl)[-_]\d+)$")


def link_box(node: Node) -> bool:
    """Whether ``node`` is a box of links: blocks worth less than nothing, and linked."""
    return node.value < 0 and node.link_chars > BOX_LINK_DENSITY * node.chars


def ancestors(node: Node | None) -> Iterator[Node]:
    """``node`` and the boxes around it, up to the page's."""
    while node is not None:
        yield node
        node = node.parent


def reads_as_text(block: Block) -> bool:
    """Whether the block is prose: long and little linked, or a plain line ending a sentence."""
    size = len(block.text)
    density = block.link_chars / size
    if size > 80:
        return density < 0.25
    return density == 0 and block.text[-1] in _SENTENCE_END


def keep(block: Block) -> bool:
    """Not navigation: mostly plain text, or a linked title with a sentence of its own."""
    plain = len(block.text) - block.link_chars
    if block.kind is ParagraphKind.TABLE_ROW:
        # a row of data names things by their links ("<a>Team</a> | 12"): a row is
        # navigation only when it is links and separators alone
        return plain > block.text.count(" | ") * 3
    return block.link_chars <= MAX_LINK_DENSITY * len(block.text) or plain >= OWN_SENTENCE


def fold(text: str) -> str:
    """``text`` casefolded, its whitespace made single spaces: how titles are compared."""
    return " ".join(text.casefold().split())


def cjk_chars(text: str) -> int:
    """How many Chinese, Japanese or Korean characters ``text`` has: each says about as much
    as a word of two or three letters, and the lengths here are counted for alphabets."""
    return sum(
        "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7a3"
        for char in text
    )


def is_sentence(block: Block) -> bool:
    """Whether the block reads as a sentence: long, or ending as sentences end; no heading.

    Not kept on the block, though the choice asks it of each block several times: a
    slot more makes every block of a page one size class larger (128 bytes, not 112),
    which a page of many short paragraphs pays at its peak memory (issue 19), for a
    saving within the machine's noise.
    """
    text = block.text
    if block.kind is ParagraphKind.HEADING:
        return False
    if len(text) >= 100:
        return True
    # (the characters are counted only for a line too short without them)
    return text[-1] in _SENTENCE_END and (len(text) >= 20 or len(text) + cjk_chars(text) >= 20)


def unlinked_words(block: Block) -> int:
    """How many words with a letter the block has outside its links.

    A list item of a blog's news says something about its links ("Neil has
    patches up to <a>improve the tab unloader</a>, and <a>show UI when ...</a>"):
    words around them; a menu's item is its link alone, a sidebar's "<a>Name</a>
    on <a>Post</a>" a word.
    """
    text = block.text
    parts = []
    position = 0
    for link in block.links:
        parts.append(text[position : link.start])
        position = max(position, link.end)
    parts.append(text[position:])
    return sum(any(char.isalpha() for char in word) for word in " ".join(parts).split())

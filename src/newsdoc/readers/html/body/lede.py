"""The lede above the selection: paragraphs of prose in the article's header."""

from __future__ import annotations

from ....model import ParagraphKind
from ..hints import SUMMARY_WORDS
from ..tree import Element
from .boilerplate import is_boilerplate, printed_in
from .class_hints import names_chrome
from .lines import standfirst
from .measures import OWN_SENTENCE, ancestors, link_box, reads_as_text
from .walk import Block, Node

__all__ = ["lede_above"]

# A lede above the selection: this many levels above it at most, this many blocks of it,
# this long at least; shorter lines between it and the selection (byline, date) are passed.
_LEDE_UP = 2
_MAX_LEDE = 2
_MIN_LEDE = 100
_MAX_PASSED = 4
# The words of chrome a lede's box may have: the article's header is where ledes are, and a
# box named as the teaser holds it (German CMSs' "Teaser", tx_news's "teaser-text").
_HEAD_WORDS = frozenset({"header"}) | SUMMARY_WORDS


def lede_above(
    blocks: list[Block],
    chosen: list[Block],
    top: Node,
    pictured: set[int],
    headed: frozenset[Element] = frozenset(),
) -> list[Block]:
    """Paragraphs of prose right above the selection, in the box around it: the lede.

    Pages print the lede (standfirst, "intro", "Vorspann") in the article's
    header, beside the headline, byline and date, apart from the box of the
    text: a box too small to win or to join it.  Walking back from the first
    paragraph chosen, up to :data:`_MAX_LEDE` blocks that read as text are
    taken, a heading that is prose too (a standfirst printed in a heading:
    :func:`.lines.standfirst`); short lines (a byline, a date, a photo credit,
    in a box of links or chrome too) are passed over; another heading (the
    headline), a longer block that is not text, or a box of chrome or links
    ends the walk (a box with a picture too, the picture's caption: not a box that
    holds the selection as well, whose picture is the lead's).  Only within
    :data:`_LEDE_UP` levels of
    the selection, and never up to the page's ``<body>``: the line above a
    page's only box is its site's tagline, not a lede.  A lede that repeats
    the dek (the page's description, as German pages' "Teaser" is) is its text
    all the same, as it is printed there: the subheadline keeps its copy.  One
    that the article prints again is a line pulled out of it.
    ``headed`` are the boxes around the headline's element: the article's
    header, whatever its name says ("masthead", "hero-banner").
    """
    scope = top
    for _ in range(_LEDE_UP):
        if scope.parent is None or scope.parent.parent is None:
            break
        scope = scope.parent
    if scope is top:
        return []
    # a picture in a box that holds the selection too is the article's lead picture, not a
    # caption's box: the lede beside it is the text's
    pictured = pictured - {id(node) for node in ancestors(top)}
    first = chosen[0]
    start = next((i for i, block in enumerate(blocks) if block is first), 0)
    lede: list[Block] = []
    passed = 0
    for block in reversed(blocks[:start]):
        if len(lede) >= _MAX_LEDE or (
            block.kind is ParagraphKind.HEADING and not standfirst(block)
        ):
            break
        if (
            (block.kind is ParagraphKind.BODY or block.kind is ParagraphKind.HEADING)
            and len(block.text) >= _MIN_LEDE
            and _inside(block.node, scope, pictured, headed)
            and reads_as_text(block)
            and not is_boilerplate(block)
            and not printed_in(block.text, chosen)
        ):
            lede.append(block)
        elif (
            len(block.text) < OWN_SENTENCE
            and passed < _MAX_PASSED
            and any(node is scope for node in ancestors(block.node))
        ):
            # (in a box of links too: an author's name linked to the author's page)
            passed += 1
        else:
            break
    lede.reverse()
    return lede


def _inside(node: Node | None, scope: Node, pictured: set[int], headed: frozenset[Element]) -> bool:
    """Whether ``node`` is inside ``scope``, under no box of chrome or links on the way.

    Nor under a box whose name has a word of chrome beside a positive one
    (``caption-text``, ``article-disclaimer``; but ``article-header``, the
    lede's place, and a box around the headline, whatever its name), nor in
    a box with a picture (its caption).
    """
    while node is not None:
        if node is scope:
            return True
        if (
            link_box(node)
            or ((node.chrome or names_chrome(node.el, but=_HEAD_WORDS)) and node.el not in headed)
            or id(node) in pictured
        ):
            return False
        node = node.parent
    return False

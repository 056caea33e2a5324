"""Boxes of other stories inside the selection, opened by their label ("Related")."""

from __future__ import annotations

from .boilerplate import opens_related
from .measures import ancestors
from .walk import Block, Node

__all__ = ["related_boxes"]

# A box of other stories holds less than this share of the selection's text.
_RELATED_SHARE = 0.5


def related_boxes(blocks: list[Block], inside: list[Block], top: Node) -> set[Node]:
    """Boxes inside the selection that open with the label of other stories: teasers.

    A box headed "Lesen Sie auch", "Related", "Mehr zum Thema"
    (:func:`.boilerplate.opens_related`) holds other stories, each a linked
    title and an unlinked line of summary that reads as text.  The box is
    the largest one around the label that the label opens (no block of it
    comes before) and that holds less than half the selection's text.
    """
    boxes: set[Node] = set()
    wanted = {id(block) for block in inside}
    for index, block in enumerate(blocks):
        if (
            id(block) not in wanted
            or block.node is top
            or (index and blocks[index - 1].node is block.node)  # opens no box: cheap, and common
            or not opens_related(block.text)
        ):
            continue
        before = set(ancestors(blocks[index - 1].node)) if index else set()
        box = None
        node: Node | None = block.node
        while (
            node is not None
            and node is not top
            and node not in before
            and node.chars <= _RELATED_SHARE * top.chars
        ):
            box = node
            node = node.parent
        if box is not None:
            boxes.add(box)
    return boxes

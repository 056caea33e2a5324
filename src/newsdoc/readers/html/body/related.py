"""Boxes of other stories inside the selection: opened by their label ("Related"), or lists
of teasers beside the text."""

from __future__ import annotations

from ..tree import Element
from .boilerplate import is_fold, is_label, opens_related
from .measures import ancestors, is_sentence
from .walk import Block, Node

__all__ = ["inline_teasers", "related_boxes", "teaser_lists"]

# A box of other stories holds less than this share of the selection's text.
_RELATED_SHARE = 0.5
# A list of teasers has this many at least.
_MIN_TEASERS = 2
# A teaser inside the text: its title and summary are short, a line or two each.
_MAX_TEASER_TITLE = 150
_MAX_TEASER_SUMMARY = 300


def related_boxes(
    blocks: list[Block], inside: list[Block], top: Node
) -> tuple[set[Node], set[Element], set[int]]:
    """Boxes and lists inside the selection that open with the label of other stories: teasers.

    A box headed "Lesen Sie auch", "Related", "Mehr zum Thema"
    (:func:`.boilerplate.opens_related`) holds other stories, each a linked
    title and an unlinked line of summary that reads as text.  The box is
    the largest one around the label that the label opens (no block of it
    comes before) and that holds less than half the selection's text.  A list
    right after such a label, outside its box, whose first item links, is
    other stories too (``<div>More Great WIRED Stories</div><ul><li>...<a>``, or
    the label a heading in the text's own box): the list goes, and the label.

    A "read more" label ("Read more", "Leia mais": :func:`.boilerplate.is_fold`), or another
    label of chrome ("Anzeige", "Sponsored": :func:`.boilerplate.is_label`), opens such a
    box too when a linked title follows it (:func:`_a_title`): another story's teaser or an
    advertiser's, not the fold of the text, whose rest would follow it.

    Returns the boxes, the lists (their ``ul``/``ol``) and the labels (their blocks'
    ``id``) that head such a list.
    """
    boxes: set[Node] = set()
    lists: set[Element] = set()
    labels: set[int] = set()
    # (a set of the blocks, made only for a page with a label: of their ids, it would
    # cost an int each, and a page of many short paragraphs has a lot of them)
    wanted: set[Block] | None = None
    last = len(blocks) - 1
    for index, block in enumerate(blocks):
        # a label opens a box or heads a list that links: most blocks do neither (cheap to
        # tell, and common: a block in the box of the one before, no list after it)
        opens_box = block.node is not top and not (index and blocks[index - 1].node is block.node)
        after = blocks[index + 1] if index < last else None
        heads_list = (
            block.listed is None
            and after is not None
            and after.listed is not None
            and bool(after.links)
        )
        if not (opens_box or heads_list) or not (
            opens_related(block.text, site_words=heads_list)
            or (
                opens_box
                and after is not None
                and _a_title(after)
                and (is_fold(block.text) or is_label(block.text))
            )
        ):
            continue
        if wanted is None:
            wanted = set(inside)
        if block not in wanted:
            continue
        box = None
        if opens_box:
            before = set(ancestors(blocks[index - 1].node)) if index else set()
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
        if (
            heads_list
            and after is not None
            and after.listed is not None
            and (box is None or box.end <= index + 1)
        ):
            lists.add(after.listed)
            labels.add(id(block))
    return boxes, lists, labels


def teaser_lists(blocks: list[Block], inside: list[Block]) -> set[Element]:
    """The lists of teasers in the selection beside the text.

    A list of other stories, each item a linked title alone on its line over a
    line of summary that reads as text, scores as prose and is taken with a
    text it stands beside.  Such a list (every block of it a linked title or the
    summary right under one, :data:`_MIN_TEASERS` of them at least) is other stories
    when it stands in a box of no sentence of the text's (beside the text's box, not in
    it: there it is the text's own list of picks, each linked with a word on each), and
    the text outside it is longer than it.
    """
    text_boxes = {block.node for block in inside if block.listed is None and is_sentence(block)}
    lists = {
        block.listed
        for block in inside
        if block.listed is not None and block.node not in text_boxes
    }
    # each list's blocks, in one pass over the page (not a pass per list: a page of many
    # small lists would take the square of its size)
    by_list: dict[Element, list[Block]] = {}
    for block in blocks:
        if (listed := block.listed) is not None and listed in lists:
            by_list.setdefault(listed, []).append(block)
    found: set[Element] = set()
    for listed, items in by_list.items():
        titles = [i for i, block in enumerate(items) if _a_title(block)]
        summaries = {i + 1 for i in titles if i + 1 < len(items) and not items[i + 1].link_chars}
        if len(summaries) >= _MIN_TEASERS and len(titles) + len(summaries) == len(items):
            found.add(listed)
    if found:
        size = sum(len(block.text) for block in inside if block.listed in found)
        if 2 * size >= sum(len(block.text) for block in inside):
            return set()  # the list is the page's text (a post of links with a word on each)
    return found


def inline_teasers(blocks: list[Block], inside: list[Block]) -> set[int]:
    """The teasers of other stories that interrupt the text without a label: their blocks'
    ``id``.

    A box (with the wrappers around it that hold nothing else) of a linked title alone
    on its line (:func:`_a_title`, :data:`_MAX_TEASER_TITLE` characters at most) over one
    line of summary (:data:`_MAX_TEASER_SUMMARY` at most, no link), in the text's own
    box between two of its sentences: the text goes on around another story's card, its
    title linked to it.  A box of a linked heading over several paragraphs, or among
    boxes of its kind (a list of picks, each in its box), is the text's.
    """
    found: set[int] = set()
    wanted: set[Block] | None = None
    last = len(blocks) - 1
    for index, block in enumerate(blocks):
        # most blocks are no linked title opening its box (cheap to tell first)
        if not block.links or block.node.first != index or not 0 < index < last - 1:
            continue
        if len(block.text) > _MAX_TEASER_TITLE or not _a_title(block):
            continue
        box = block.node
        if box.end != index + 2:
            continue
        summary = blocks[index + 1]
        if summary.link_chars or len(summary.text) > _MAX_TEASER_SUMMARY:
            continue
        while box.parent is not None and (box.parent.first, box.parent.end) == (
            box.first,
            box.end,
        ):
            box = box.parent
        before, after = blocks[index - 1], blocks[index + 2]
        if not (
            before.node is box.parent
            and after.node is box.parent
            and is_sentence(before)
            and is_sentence(after)
        ):
            continue
        if wanted is None:
            wanted = set(inside)
        if block in wanted:
            found.update((id(block), id(summary)))
    return found


def _a_title(block: Block) -> bool:
    """Whether the block is a link alone (a teaser's title)."""
    return block.link_chars == len(block.text) and bool(block.links)

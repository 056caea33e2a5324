"""A thread's entries: the same box in every post, when the text won in one of them."""

from __future__ import annotations

from ..hints import ENTRY_WORDS
from ..tree import Element
from .measures import BOX_LINK_DENSITY, ancestors, reads_as_text, signature_of
from .walk import Block, Node

__all__ = ["select_entries"]

_ENTRY_UP = 4
# ... and there are this many of them at least: two boxes of a kind side by side are columns
# (unless their class names them as posts: hints.ENTRY_WORDS).
_MIN_ENTRIES = 3
# The opening post is looked for this many levels above the box of the entries at most.
_OPENING_UP = 2
_NO_DIGITS = str.maketrans("", "", "0123456789")


def select_entries(top: Node, nodes: list[Node], blocks: list[Block]) -> None:
    """Select the same box in every entry of a thread, when the text won in one of them.

    A forum's or a comment-like thread's posts are boxes of one kind (the
    same tag and first class word: ``post bg1`` and ``post bg2``), each with
    its author's name, count of posts, dates and links around the box of
    the post's text, which sits a few levels down (``post > inner > postbody
    > content``).  A post of two lines wins, and its neighbours are too
    far apart and too full of chrome for the climb to join them.  When an
    ancestor of the selection, up to :data:`_ENTRY_UP` levels above it, has
    siblings of its kind (:data:`_MIN_ENTRIES` boxes at least: two of a kind
    side by side are a page's columns, ``col-md-8`` and ``col-md-4``; two
    are enough when their class names them as posts, :data:`..hints.ENTRY_WORDS`), the
    box at the same place in each (the same tags
    and classes on the way down) is selected when it holds text that votes
    (or a post too short to vote that reads as text: "Danke!") and is not
    mostly links: the posts, without their chrome.

    A Q&A page prints its question in a box of its own (``div.question``) above the box of
    its answers (``div#answers > div.answer``), and so do many forums their opening post:
    the question's text sits in a box of the same tag and class as each answer's
    (``div.s-prose``).  Such boxes before the entries, within :data:`_OPENING_UP` levels
    above the box that holds them, open the thread and are selected too; when the question
    won, the first box of its kind after it that is an entry of a thread whose class names
    its entries as posts (``answer``, ``post``) selects that thread (the answers).
    """
    if top.parent is None or top.parent.parent is None:
        return
    children: dict[Node, list[Node]] = {}
    for other in nodes:
        if other.parent is not None:
            children.setdefault(other.parent, []).append(other)
    thread = _thread(top, children, blocks)
    if thread is None:
        # the opening post won: its replies are boxes of its kind after it, in a thread
        scope = _above(top, _ENTRY_UP)
        signature = signature_of(top.el)
        for node in nodes:
            if (
                node.first >= top.end
                and signature_of(node.el) == signature
                and scope in ancestors(node)
                and _holds_text(node, blocks)
            ):
                thread = _thread(node, children, blocks, named=True)
                if thread is not None:
                    node.selected = True
                break
        if thread is None:
            return
    scope = _above(thread, _OPENING_UP)
    signature = signature_of(top.el)
    for node in nodes:
        if (
            node.first >= scope.first
            and node.end <= thread.first
            and not node.selected
            and signature_of(node.el) == signature
            and scope in ancestors(node)
            and _holds_text(node, blocks)
        ):
            node.selected = True


def _above(node: Node, levels: int) -> Node:
    """The box ``levels`` levels above ``node``, or the highest below the page's."""
    for _ in range(levels):
        if node.parent is None or node.parent.parent is None:
            break
        node = node.parent
    return node


def _thread(
    top: Node, children: dict[Node, list[Node]], blocks: list[Block], *, named: bool = False
) -> Node | None:
    """Select the boxes at ``top``'s place in the other entries of its thread; the box that
    holds the entries, or ``None`` when ``top`` is in no thread (``named``: none whose
    entries' class does not name them as posts, :data:`..hints.ENTRY_WORDS`)."""
    path: list[Node] = []
    node = top
    for _ in range(_ENTRY_UP):
        parent = node.parent
        if parent is None or parent.parent is None:
            return None
        path.append(node)
        node = parent
        kind = _entry_kind(node.el)
        siblings = [
            other
            for other in children[parent.parent]
            if other is not node and _entry_kind(other.el) == kind
        ]
        posts = kind[1].startswith(ENTRY_WORDS)
        if len(siblings) < (1 if posts else _MIN_ENTRIES - 1) or (named and not posts):
            continue
        found = [box for sibling in siblings if (box := _same_box(sibling, path, children, blocks))]
        for box in found:
            box.selected = True
        if found:
            return parent.parent
    return None


def _entry_kind(el: Element) -> tuple[str, str]:
    """What an entry's box shares with the others of its thread: tag and first class word.

    The word without its digits: a blog's posts are ``post-123`` and ``post-124``.
    """
    words = (el.get("class") or "").split()
    return el.tag, words[0].translate(_NO_DIGITS) if words else ""


def _same_box(
    entry: Node, path: list[Node], children: dict[Node, list[Node]], blocks: list[Block]
) -> Node | None:
    """The box of ``entry`` at the place of ``path``'s first node (``path`` runs upwards)."""
    node = entry
    for step in reversed(path):
        signature = signature_of(step.el)
        node_or_none = next(
            (child for child in children.get(node, ()) if signature_of(child.el) == signature),
            None,
        )
        if node_or_none is None:
            return None
        node = node_or_none
    return node if _holds_text(node, blocks) else None


def _holds_text(node: Node, blocks: list[Block]) -> bool:
    """Whether an entry's box holds a post: text, not chrome or mostly links."""
    if node.chrome or not node.chars or node.link_chars > BOX_LINK_DENSITY * node.chars:
        return False
    # a post too short to vote ("Danke!", "Drei Monate.") is a post all the same when it
    # reads as text; a line that is no sentence is the entry's furniture (a picture's
    # credit in a gallery's slides)
    return node.score > 0 or all(map(reads_as_text, blocks[node.first : node.end]))

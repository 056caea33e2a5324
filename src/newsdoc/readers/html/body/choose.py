"""Choosing the article: scoring the walked page's containers and keeping the winner's blocks.

Each paragraph votes for the containers above it, the way Readability
scores candidates: more text and more commas give more points (not the
commas of a block that is mostly links: they part names, not clauses), the nearest
container gets them all, the ones above a share.  The winner's score is
scaled down by its link density and by negative class/id hints, up by
positive ones.  The selection then grows: past wrappers that add no text or
whose other blocks add real text (an article split into chunks), and to
siblings that score well or repeat the winner's tag and class.

Every block also has a *value*: its text length, less twice its linked text,
less a fixed cost, so that long plain paragraphs count for much and short
or linked blocks for less than nothing.  Inside the selection, boxes whose
blocks add up to less than nothing and that are mostly links (teasers,
related stories) are dropped, and so are blocks that are mostly links and
the headline, dek, byline and dateline repeated above the first paragraph.
A linked item of a list whose other items read as text is kept: the list
is the article's ("Here's our <a>year in review</a>!" among its news); not
a linked heading inside an item (a stream of teasers, each a linked title
over its summary, is no list of news).
"""

from __future__ import annotations

from collections.abc import Iterator

from ....model import ParagraphKind
from ...bylines import strip_by
from ...dates import MODIFIED_WORDS, PUBLISHED_WORDS, looks_like_date
from ..hints import ENTRY_WORDS
from ..tree import Element
from .boilerplate import is_boilerplate, opens_related, printed_in, repeats
from .class_hints import names_chrome, never_article
from .walk import Block, Figure, Node, Walker

__all__ = ["choose_article", "fold", "is_sentence"]

_COMMAS = ",，、،"
_SENTENCE_END = frozenset(".!?…:;\"”»'’。！？｡।؟۔")
# A paragraph shorter than this casts no vote for its containers.
_MIN_VOTE = 25
# A block with more of its text in links than this is navigation.
_MAX_LINK_DENSITY = 0.5
# Unlinked text this long makes a block content however much of it is linked.
_OWN_SENTENCE = 80
# What a block costs before its text counts: short blocks are mostly chrome.
_BLOCK_COST = 20.0
# A container of blocks worth less than nothing and this linked is a link box.
_BOX_LINK_DENSITY = 0.3
# A wrapper joins the selection when its other blocks add this much text.
_MIN_GAIN = 150.0
_GAIN_SHARE = 0.2
# A box marked as chrome that holds this share of the selection's value is not chrome.
_CHROME_SHARE = 0.5
# How many ancestors that add no text of their own are looked past for one that does.
_LOOK_UP = 2
# A box of other stories holds less than this share of the selection's text.
_RELATED_SHARE = 0.5
# A box of data beside the article holds this many list items or table rows at least.
_MIN_ITEMS = 2
# A forum's posts: the box of the text this many levels under the post's box at most.
_ENTRY_UP = 4
# ... and there are this many of them at least: two boxes of a kind side by side are columns
# (unless their class names them as posts: hints.ENTRY_WORDS).
_MIN_ENTRIES = 3
_NO_DIGITS = str.maketrans("", "", "0123456789")
# A lede above the selection: this many levels above it at most, this many blocks of it,
# this long at least; shorter lines between it and the selection (byline, date) are passed.
_LEDE_UP = 2
_MAX_LEDE = 2
_MIN_LEDE = 100
_MAX_PASSED = 4
# The one word of chrome a lede's box may have: the article's header is where ledes are.
_HEAD_WORDS = frozenset({"header"})


def choose_article(walker: Walker, repeated: frozenset[str]) -> tuple[list[Block], list[Figure]]:
    """The blocks and figures of the best container and its continuation.

    ``repeated`` are the headline and dek as :func:`fold` gives them: above
    the first paragraph, headings that repeat them are dropped.
    """
    blocks = walker.blocks
    if not blocks:
        return [], []
    for block in blocks:
        size = len(block.text)
        value = _block_value(block)
        node: Node | None = block.node
        depth = 0
        if size >= _MIN_VOTE and block.kind is not ParagraphKind.HEADING:
            vote = 1 + min(size // 100, 3)
            if block.link_chars <= _MAX_LINK_DENSITY * size:
                # the commas of a block of links ("a, b, c, ...": tags, names) part
                # links, not clauses: they make no prose
                vote += _commas(block.text)
        else:
            vote = 0
        sentence = is_sentence(block)
        item = block.kind in _LISTED
        while node is not None:
            node.chars += size
            node.link_chars += block.link_chars
            node.value += value
            node.sentences += sentence
            node.items += item
            if vote:
                node.score += vote / (1 if depth == 0 else 2 if depth == 1 else depth * 3)
            node = node.parent
            depth += 1
    winner = max(walker.nodes, key=Node.final_score)
    top = _climb(winner, walker.nodes)
    top.selected = True
    _select_entries(top, walker.nodes)
    _unmark_chrome(walker.nodes, top, winner)
    best = top.final_score()
    parent = top.parent
    pictured = {id(figure.node) for figure in walker.figures}
    loose: set[int] = set()
    if parent is not None:
        threshold = max(10.0, best * 0.2)
        signature = _signature(top.el)
        boxed = any(node.el.tag == "article" for node in _ancestors(parent))
        for node in walker.nodes:
            if node.parent is not parent or node is top:
                continue
            if (
                node.final_score() >= threshold
                or (node.value > 0 and _signature(node.el) == signature)
                or (boxed and _data_box(node))
            ):
                node.selected = True
        lines = parent.parent is not None
        for i, block in enumerate(blocks):
            if block.node is parent and (
                (block.tag == "p" and _reads_as_text(block))
                or (
                    lines
                    and _loose_line(block, repeated, pictured)
                    and (i + 1 == len(blocks) or _keep(blocks[i + 1]))
                )
            ):
                loose.add(i)
        if lines:
            # a heading of the wrapper's heads the lines or the text right after it
            for i, block in enumerate(blocks[:-1]):
                after = blocks[i + 1]
                if (
                    block.node is parent
                    and block.kind is ParagraphKind.HEADING
                    and not block.link_chars
                    and not _furniture(block.text)
                    and after.kind is not ParagraphKind.HEADING
                    and (i + 1 in loose or _kept_under(after))
                    and _keep(after)
                    and not is_boilerplate(after)
                ):
                    loose.add(i)
    inside = [block for i, block in enumerate(blocks) if i in loose or _kept_under(block)]
    related = _related_boxes(blocks, inside, top)
    if related:
        inside = [
            block for block in inside if not any(node in related for node in _ancestors(block.node))
        ]
    # a page that is all links (a list of deals, a link blog) is still what it is
    prose_lists = {
        block.listed for block in inside if block.listed is not None and _reads_as_text(block)
    }
    chosen = [
        block
        for i, block in enumerate(inside)
        if (
            _keep(block)
            or (block.listed in prose_lists and block.tag == "li")
            or _heads_text(block, inside[i + 1] if i + 1 < len(inside) else None)
        )
        and not is_boilerplate(block)
    ] or [block for block in blocks if _within(block.node)]
    if chosen:
        chosen = _lede(blocks, chosen, top, repeated, pictured) + chosen
    pulled = repeats(chosen)
    if pulled:
        chosen = [block for i, block in enumerate(chosen) if i not in pulled]
    # the lead picture often sits just outside the text's container, beside it
    scope = parent if parent is not None and parent.parent is not None else top
    figures = [figure for figure in walker.figures if _within(figure.node, scope)]
    return _trim_top(chosen, repeated, pictured), figures


def _loose_line(block: Block, repeated: frozenset[str], pictured: set[int]) -> bool:
    """Whether a line right in the box around the selection is the page's, beside its text.

    Besides paragraphs of text, a page's wrapper holds the lists and short
    lines that go with the box of its text (a list of services, "Rufen Sie
    uns an: 0221 123456" after it) and the headings over them.  Unlinked
    list items and rows with a word and no date, and lines of the page's own
    (:func:`_head_line`: no byline, date, caption or kicker) are taken, but
    not over links (a label: "More like this" over other stories), and
    a heading right over them or over the selection (a heading over nothing
    kept is a box of links' label: "More like this"); not in the page's
    ``<body>`` itself, where a site's slogan and banners sit.
    """
    if block.link_chars:
        return False
    if block.kind in _LISTED:
        return any(char.isalpha() for char in block.text) and not looks_like_date(block.text)
    return _head_line(block, repeated, pictured)


def _data_box(node: Node) -> bool:
    """Whether a box beside the selection, in the same ``<article>``, is the article's data.

    A recipe's ingredients in a column of their own beside the steps, a fact
    box, a table of figures: list items or table rows (:data:`_MIN_ITEMS` at
    least: one is a byline or a date) without a sentence or a link, inside the
    ``<article>`` that holds the text (outside it, such a box is the site's:
    its opening hours, its phone number).
    """
    return (
        node.items >= _MIN_ITEMS and not node.link_chars and not node.sentences and not node.chrome
    )


def _select_entries(top: Node, nodes: list[Node]) -> None:
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
    and is not mostly links: the posts, without their chrome.
    """
    if top.parent is None or top.parent.parent is None:
        return
    children: dict[Node, list[Node]] = {}
    for other in nodes:
        if other.parent is not None:
            children.setdefault(other.parent, []).append(other)
    path: list[Node] = []
    node = top
    for _ in range(_ENTRY_UP):
        parent = node.parent
        if parent is None or parent.parent is None:
            return
        path.append(node)
        node = parent
        kind = _entry_kind(node.el)
        siblings = [
            other
            for other in children[parent.parent]
            if other is not node and _entry_kind(other.el) == kind
        ]
        if len(siblings) < (1 if kind[1].startswith(ENTRY_WORDS) else _MIN_ENTRIES - 1):
            continue
        found = [box for sibling in siblings if (box := _same_box(sibling, path, children))]
        for box in found:
            box.selected = True
        if found:
            return


def _entry_kind(el: Element) -> tuple[str, str]:
    """What an entry's box shares with the others of its thread: tag and first class word.

    The word without its digits: a blog's posts are ``post-123`` and ``post-124``.
    """
    words = (el.get("class") or "").split()
    return el.tag, words[0].translate(_NO_DIGITS) if words else ""


def _same_box(entry: Node, path: list[Node], children: dict[Node, list[Node]]) -> Node | None:
    """The box of ``entry`` at the place of ``path``'s first node (``path`` runs upwards)."""
    node = entry
    for step in reversed(path):
        signature = _signature(step.el)
        node_or_none = next(
            (child for child in children.get(node, ()) if _signature(child.el) == signature),
            None,
        )
        if node_or_none is None:
            return None
        node = node_or_none
    if node.chrome or node.score <= 0 or node.link_chars > _BOX_LINK_DENSITY * node.chars:
        return None
    return node


def _related_boxes(blocks: list[Block], inside: list[Block], top: Node) -> set[Node]:
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
        if id(block) not in wanted or block.node is top or not opens_related(block.text):
            continue
        before = set(_ancestors(blocks[index - 1].node)) if index else set()
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


def _lede(
    blocks: list[Block],
    chosen: list[Block],
    top: Node,
    repeated: frozenset[str],
    pictured: set[int],
) -> list[Block]:
    """Paragraphs of prose right above the selection, in the box around it: the lede.

    Pages print the lede (standfirst, "intro", "Vorspann") in the article's
    header, beside the headline, byline and date, apart from the box of the
    text: a box too small to win or to join it.  Walking back from the first
    paragraph chosen, up to :data:`_MAX_LEDE` blocks that read as text are
    taken; short lines (a byline, a date, a photo credit) are passed over;
    a heading (the headline), a longer block that is not text, or a box of
    chrome or links ends the walk.  Only within :data:`_LEDE_UP` levels of
    the selection, and never up to the page's ``<body>``: the line above a
    page's only box is its site's tagline, not a lede.  A lede that repeats
    the dek (in ``repeated``) is the article's subheadline, not its text;
    one that the article prints again is a line pulled out of it.
    """
    scope = top
    for _ in range(_LEDE_UP):
        if scope.parent is None or scope.parent.parent is None:
            break
        scope = scope.parent
    if scope is top:
        return []
    first = chosen[0]
    start = next((i for i, block in enumerate(blocks) if block is first), 0)
    lede: list[Block] = []
    passed = 0
    for block in reversed(blocks[:start]):
        if len(lede) >= _MAX_LEDE or not _inside(block.node, scope, pictured):
            break
        if block.kind is ParagraphKind.HEADING or fold(block.text) in repeated:
            break
        if (
            block.kind is ParagraphKind.BODY
            and len(block.text) >= _MIN_LEDE
            and _reads_as_text(block)
            and not is_boilerplate(block)
            and not printed_in(block.text, chosen)
        ):
            lede.append(block)
        elif len(block.text) < _OWN_SENTENCE and passed < _MAX_PASSED:
            passed += 1
        else:
            break
    lede.reverse()
    return lede


def _inside(node: Node | None, scope: Node, pictured: set[int]) -> bool:
    """Whether ``node`` is inside ``scope``, under no box of chrome or links on the way.

    Nor under a box whose name has a word of chrome beside a positive one
    (``caption-text``, ``article-disclaimer``; but ``article-header``, the
    lede's place), nor in a box with a picture (its caption).
    """
    while node is not None:
        if node is scope:
            return True
        if (
            node.chrome
            or _link_box(node)
            or names_chrome(node.el, but=_HEAD_WORDS)
            or id(node) in pictured
        ):
            return False
        node = node.parent
    return False


def _unmark_chrome(nodes: list[Node], top: Node, winner: Node) -> None:
    """Boxes named like chrome that are the article (marked only in the walk without hints).

    A box that holds most of the winner's text is the article whatever its
    class says (a "live-feed", a "share-container"), unless it holds readers'
    comments or is a cookie notice, a newsletter form, ...
    (:data:`.class_hints.NOT_ARTICLE_WORDS`); inside it, boxes named
    the same way that hold text are its sections (ids made from their titles,
    "sharing-with-a-developer").  So is a box around the winning text itself,
    and so are the boxes of its kind (tag and class) in the selection that
    hold text: a page builder wraps every block of text in a "widget"
    container.  Boxes of links (share bars) stay chrome.
    """
    kinds = set()
    node: Node | None = winner
    while node is not None and node is not top:
        if node.chrome and not never_article(node.el):
            kinds.add(_signature(node.el))
        node = node.parent
    unmarked: set[Node] = set()
    for node in nodes:  # in document order: a box before the boxes inside it
        if not node.chrome:
            continue
        if never_article(node.el):
            continue
        if (
            node.value >= _CHROME_SHARE * top.value > 0
            or (node.parent in unmarked and node.value > 0)
            or (node.value > 0 and _signature(node.el) in kinds and _within(node, top))
        ):
            node.chrome = False
            unmarked.add(node)


def _commas(text: str) -> int:
    return sum(text.count(comma) for comma in _COMMAS)


def _within(node: Node | None, scope: Node | None = None) -> bool:
    """Whether ``node`` is in the selection, or inside ``scope``."""
    while node is not None:
        if node is scope or node.selected:
            return True
        node = node.parent
    return False


def _block_value(block: Block) -> float:
    """How much a block reads as article text (positive) or as chrome (negative)."""
    size = len(block.text)
    density = block.link_chars / size
    if block.kind is ParagraphKind.HEADING:
        return -2.0 * block.link_chars
    return size * (1.0 - 2.0 * density) - _BLOCK_COST


def _continues(top: Node, parent: Node, *, entries: bool = False) -> bool:
    """Whether ``parent`` holds more of the same text: an article split into chunks.

    Between ``entries`` (boxes of one kind: posts, a live blog's updates) any
    text they add is more of it: a thread of short posts adds little each.
    """
    gain = parent.value - top.value
    return (
        gain > 0 if entries else gain >= _MIN_GAIN and gain >= _GAIN_SHARE * top.value
    ) and parent.link_chars <= _BOX_LINK_DENSITY * parent.chars


def _climb(top: Node, nodes: list[Node]) -> Node:
    """The winner, or the ancestor that holds the rest of its text.

    A container that only wraps the winner adds nothing but keeps siblings
    apart; one whose other blocks add real text continues the article (split
    into chunks).  The ancestors are looked at up to :data:`_LOOK_UP` levels
    past one that adds nothing of the kind: a live blog's or a forum's entries
    each sit in a box of their own (time stamp, author, text), so the entries
    meet two or three levels above the text that won, and one box of the
    kind has siblings of the same kind (tag and class) that hold text too.
    """
    node = top.parent
    child = top  # the ancestor of ``top`` right under ``node``
    missed = 0
    while node is not None and missed <= _LOOK_UP:
        if (
            node.chars == top.chars
            or (missed == 0 and _continues(top, node))
            or (missed > 0 and _repeats(child, nodes) and _continues(top, node, entries=True))
        ):
            top = node
            missed = 0
        else:
            missed += 1
        child = node
        node = node.parent
    return top


def _repeats(child: Node, nodes: list[Node]) -> bool:
    """Whether ``child`` has a sibling box of its kind (tag and class) with text: an entry.

    With text is with a paragraph long enough to vote: a forum's post of two
    lines beside its poster's name, count of posts, date and "Reply" link
    adds up to less than nothing, and is an entry all the same.
    """
    signature = _signature(child.el)
    return any(
        node.parent is child.parent
        and node is not child
        and node.score > 0
        and _signature(node.el) == signature
        for node in nodes
    )


def _signature(el: Element) -> tuple[str, str]:
    """What repeated containers of the same kind share: tag and class."""
    return el.tag, " ".join((el.get("class") or "").split())


def _kept_under(block: Block) -> bool:
    """Whether the block is in the selection, and not in a box of links inside it.

    A box of teasers (linked titles with a line of summary each) is linked
    enough and short enough that its blocks add up to less than nothing.
    """
    node: Node | None = block.node
    while node is not None:
        if node.selected:
            return True
        if node.chrome or _link_box(node):
            return False
        node = node.parent
    return False


def _link_box(node: Node) -> bool:
    """Whether ``node`` is a box of links: blocks worth less than nothing, and linked."""
    return node.value < 0 and node.link_chars > _BOX_LINK_DENSITY * node.chars


def _ancestors(node: Node | None) -> Iterator[Node]:
    """``node`` and the boxes around it, up to the page's."""
    while node is not None:
        yield node
        node = node.parent


def _reads_as_text(block: Block) -> bool:
    size = len(block.text)
    density = block.link_chars / size
    if size > 80:
        return density < 0.25
    return density == 0 and block.text[-1] in _SENTENCE_END


def _keep(block: Block) -> bool:
    """Not navigation: mostly plain text, or a linked title with a sentence of its own."""
    plain = len(block.text) - block.link_chars
    if block.kind is ParagraphKind.TABLE_ROW:
        # a row of data names things by their links ("<a>Team</a> | 12"): a row is
        # navigation only when it is links and separators alone
        return plain > block.text.count(" | ") * 3
    return block.link_chars <= _MAX_LINK_DENSITY * len(block.text) or plain >= _OWN_SENTENCE


def _heads_text(block: Block, after: Block | None) -> bool:
    """Whether a linked heading heads text of the article: its section's title, not a teaser's.

    Pages link a section's heading to a page of its own (a blog's post titles
    to their permalinks, an association's "Führungen" to the page about
    them); readers keep the heading whatever its link.  It heads text when
    the block after it is no heading and is kept as text.  (A heading in a
    list item is a teaser's, over its summary: a stream of them is no list.)
    """
    return (
        block.kind is ParagraphKind.HEADING
        and block.listed is None
        and after is not None
        and after.kind is not ParagraphKind.HEADING
        and _keep(after)
    )


def _trim_top(blocks: list[Block], repeated: frozenset[str], pictured: set[int]) -> list[Block]:
    """Drop the headline, dek, byline, dateline and tools repeated above the first paragraph.

    Above the first block that reads as a sentence, headings below the
    headline's level that do not repeat the headline or dek are kept, the
    items of lists and rows of tables (a page that opens on a list of its
    services or a table of ingredients: a list of links is no content
    anyway), and the lines of the page's own (:func:`_head_line`: an event's
    dates and price, a shop's opening hours and address under its name); not
    the article's furniture, a byline, a date, a caption, a kicker, a line of
    tools.  Past such a heading everything stays: the lines of a section (an
    address, opening hours) are no byline, which comes before any section.
    (A paragraph that repeats the dek stays: pages often take the dek from it.)
    """
    for i, block in enumerate(blocks):
        if is_sentence(block):
            head: list[Block] = []
            for j, above in enumerate(blocks[:i]):
                if (
                    above.kind is ParagraphKind.HEADING
                    and above.level > 1
                    and fold(above.text) not in repeated
                ):
                    return head + blocks[j:]
                if (above.kind in _LISTED and above.link_chars == 0) or _head_line(
                    above, repeated, pictured
                ):
                    head.append(above)
            return head + blocks[i:]
    return blocks


# A line above the first sentence with fewer words than this is a kicker, a label, a credit
# (words of letters or numbers: "1 / 5" counts a slide, "1:39 PM ET" is a time).
_MIN_HEAD_WORDS = 3
_DATE_OPENERS = tuple(word.casefold() for word in (*PUBLISHED_WORDS, *MODIFIED_WORDS))


def _head_line(block: Block, repeated: frozenset[str], pictured: set[int]) -> bool:
    """Whether a short line above the first sentence is the page's own, not furniture.

    Furniture is what news pages print between the headline and the text:
    a byline ("By Jane Roe", "Von Erika Muster": it opens with the byline's
    words), a date or a line that says when ("Published ...", "Aktualisiert
    ..."), a picture's caption (in the picture's box), a kicker or a credit
    (a word or two: "Politik", "Associated Press", "Text size", "1 / 5"; a
    line in capitals: "EXCLUSIVE", "SIGN UP FOR OUR NEWSLETTER"), links.  A
    line of several words without any of that (an event's "Eintritt: 5 €,
    Kinder frei") or a block of several lines (an address, opening hours)
    is the page's.
    """
    text = block.text
    return not (
        block.kind is not ParagraphKind.BODY
        or block.link_chars
        or fold(text) in repeated
        or id(block.node) in pictured
        or ("\n" not in text and _words(text) < _MIN_HEAD_WORDS)
        or _furniture(text)
    )


def _furniture(text: str) -> bool:
    """Whether a line is a date, says when, opens as a byline or is a label in capitals."""
    return (
        looks_like_date(text)
        or text.casefold().lstrip(" (").startswith(_DATE_OPENERS)
        or ("\n" not in text and text.isupper())
        or strip_by(text) != text.strip()
    )


_LISTED = frozenset(
    {ParagraphKind.LIST_ITEM, ParagraphKind.ORDERED_LIST_ITEM, ParagraphKind.TABLE_ROW}
)


def _words(text: str) -> int:
    """How many words ``text`` has: with a letter, or a number (``12,`` ``54321``).

    Not ``1:39`` or ``2019.04.19`` (a time, a date), nor ``/`` or ``€``.
    """
    return sum(
        word.rstrip(",.;:").isdigit() or any(char.isalpha() for char in word)
        for word in text.split()
    )


def fold(text: str) -> str:
    """``text`` casefolded, its whitespace made single spaces: how titles are compared."""
    return " ".join(text.casefold().split())


def is_sentence(block: Block) -> bool:
    """Whether the block reads as a sentence: long, or ending as sentences end; no heading."""
    text = block.text
    if block.kind is ParagraphKind.HEADING:
        return False
    return len(text) >= 100 or (len(text) >= 20 and text[-1] in _SENTENCE_END)

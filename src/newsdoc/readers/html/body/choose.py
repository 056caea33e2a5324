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

The rules for what the scores miss have modules of their own: a thread's
posts (:mod:`.entries`), the page's own lines around the text and above its
first sentence (:mod:`.lines`), the lede above the selection (:mod:`.lede`),
boxes of other stories inside it (:mod:`.related`); :mod:`.measures` holds
what they share.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from .... import limits
from ....model import ParagraphKind
from ..tree import Element, itertext, text_within
from .boilerplate import (
    STEP_KINDS,
    ad_label,
    closing,
    date_alone,
    discloses,
    edit_link,
    headed_step,
    is_boilerplate,
    names_link,
    names_profile,
    opens_value,
    poster_names,
    pros_and_cons,
    repeats,
    reply_subject,
    says_when,
    step_number,
    time_alone,
    without_edit_link,
    without_first_line,
)
from .class_hints import info_label, names_ad, names_chrome, never_article, page_builders
from .entries import select_entries
from .lede import lede_above
from .lines import byline_line, event_facts, furniture, loose_line, trim_top
from .measures import (
    BOX_LINK_DENSITY,
    COLONS,
    FULL_STOPS,
    LISTED,
    MAX_LINK_DENSITY,
    ancestors,
    fold,
    is_sentence,
    keep,
    link_box,
    reads_as_text,
    signature_of,
    unlinked_words,
)
from .related import inline_teasers, related_boxes, teaser_lists
from .walk import Block, Figure, Node, Walker, tag_weight

__all__ = ["choose_article"]

_COMMAS = ",，、،"
# A box of an ad's label prints this many characters at most, its white space counted.
_MAX_AD_BOX = 200
# A run of steps' numbers on lines of their own counts this many at least.
_MIN_STEPS = 2
# An affiliate disclosure is the site's among this many blocks at the text's start or end.
_DISCLOSURE_EDGE = 3
# A paragraph shorter than this casts no vote for its containers.
_MIN_VOTE = 25
# What a block costs before its text counts: short blocks are mostly chrome.
_BLOCK_COST = 20.0
# A wrapper joins the selection when its other blocks add this much text.
_MIN_GAIN = 150.0
_GAIN_SHARE = 0.2
# A box marked as chrome that holds this share of the selection's value is not chrome.
_CHROME_SHARE = 0.5
# How many ancestors that add no text of their own are looked past for one that does.
_LOOK_UP = 2
# The page's own box of its content: met within _LOOK_UP levels, it joins when it adds text.
_MAIN_TAGS = frozenset({"main", "article"})
# A box that adds a section's heading this long at most above the text wraps it all the same.
_MAX_HEADED = 150
# A box of data beside the article holds this many list items or table rows at least.
_MIN_ITEMS = 2
# This many dates alone, each opening an entry, are a list of entries' dates, not time stamps.
_MIN_DATED = 2
# This many times alone, each opening text, are a live blog's time stamps, the text's own.
_MIN_STAMPS = 3
# A box beside the selection with this many sentences (adding _MIN_GAIN) is more of its text.
_MIN_SENTENCES = 2
# A list item with this many words around its links is a sentence about them, not navigation.
_MIN_AROUND_LINKS = 4
# A box beside the text that opens with an info label ("Fazit") holds this much text of its own.
_INFO_TEXT = 80
# A review's box of pros and cons: this many levels above their labels at most, this small.
_REVIEW_UP = 4
_MAX_REVIEW = 2000
# A list with this many items of text, more than half of its items, is the text's.
_MIN_TOLD = 2
# A linked heading heads text past this many section headings of no link at most.
_MAX_SUBHEADINGS = 2
# This many list items the text links to ("#cite_note-1", "#fn1") are its notes.
_MIN_NOTES = 2


def choose_article(
    walker: Walker, repeated: frozenset[str], *, language: str | None = None
) -> tuple[list[Block], list[Figure]]:
    """The blocks and figures of the best container and its continuation.

    ``repeated`` are the headline and dek as :func:`.measures.fold` gives them: above
    the first paragraph, headings that repeat them are dropped.  ``language`` is the
    page's (the metadata's choice), in which bylines in the text are read.
    """
    blocks = walker.blocks
    if not blocks:
        return [], []
    edges = _Edges(blocks)
    profiles = _profile_boxes(blocks, walker, repeated)
    for i, block in enumerate(blocks):
        if edit_link(block):
            # a wiki's edit link beside its section's heading, in the heading's box: no
            # text and no links of that box (it would read as a box of links, the heading lost)
            if not block.node.end:
                block.node.first = i
            block.node.end = i + 1
            continue
        size = len(block.text)
        value = _block_value(block)
        if (
            size >= _MIN_VOTE
            and block.kind is not ParagraphKind.HEADING
            and not (profiles and any(node in profiles for node in ancestors(block.node)))
        ):
            vote = 1 + min(size // 100, 3)
            if block.link_chars <= MAX_LINK_DENSITY * size:
                # the commas of a block of links ("a, b, c, ...": tags, names) part
                # links, not clauses: they make no prose
                vote += _commas(block.text)
        else:
            vote = 0
        # the counts go to the block's own box, and to the boxes around it in one pass over
        # the boxes below; the values and scores (floats) to every box around it, each box
        # summing them in the blocks' order
        own = block.node
        if not own.end:
            own.first = i
        own.end = i + 1
        own.chars += size
        own.link_chars += block.link_chars
        own.sentences += is_sentence(block)
        own.items += block.kind in LISTED
        node: Node | None = own
        depth = 0
        while node is not None:
            node.value += value
            if vote:
                node.score += vote / (1 if depth == 0 else 2 if depth == 1 else depth * 3)
            node = node.parent
            depth += 1
    _add_up(walker.nodes)
    winner = max(walker.nodes, key=Node.final_score)
    top = _climb(winner, walker.nodes, blocks)
    top.selected = True
    select_entries(top, walker.nodes, blocks)
    _unmark_chrome(walker.nodes, top, winner, blocks)
    best = top.final_score()
    parent = top.parent
    pictured = {id(figure.node) for figure in walker.figures}
    loose: set[int] = set()
    reviewed = _review_boxes(edges.blocks())
    for node in reviewed:
        node.selected = True
    if parent is not None:
        threshold = max(10.0, best * 0.2)
        signature = signature_of(top.el)
        # the article's own box: an <article>, or the box that holds the headline itself
        boxed = parent.el is walker.headline_box or any(
            node.el.tag == "article" for node in ancestors(parent)
        )
        more: list[Node] = []
        headings: list[Node] = []
        for node in walker.nodes:
            if node.parent is not parent or node is top:
                continue
            if (
                node.final_score() >= threshold
                or (
                    # (not a box named as chrome, which the walk without hints marks: the
                    # site's <div id="fuss"> beside its <div id="inhalt">, neither classed)
                    (node.value > 0 or _data_box(node))
                    and not node.chrome
                    and signature_of(node.el) == signature
                )
                or (boxed and (_data_box(node) or _points_box(node, blocks)))
            ):
                node.selected = True
            elif _more_text(node) or _info_beside(node, top, blocks):
                more.append(node)
            elif node.end - node.first == 1:
                headings.append(node)
        for node in _after_ads(top, parent, walker.nodes):
            node.selected = True
        if more:
            teasers = _teaser_boxes(blocks, walker.figures, parent)
            for node in more:
                node.selected = node not in teasers
        for node in headings:
            # a box of a section's heading alone, over a box of the text: a CMS puts each
            # in a box of its own (Jimdo's "j-header" over its "j-text")
            if _a_section_heading(node, blocks) and _within(blocks[node.end].node):
                node.selected = True
        if parent.parent is not None and _heads_only(top, parent):
            # the selection's box is a CMS's element of the text, its heading above it (a
            # TYPO3 "frame" over its "ce-textpic"): the elements of its kind beside it that
            # hold data (a list of what to bring, without a link or a sentence) are the text's
            for node in walker.nodes:
                if node.parent is parent.parent and _data_box(node) and _kin(node.el, parent.el):
                    node.selected = True
        if any(node.selected for node in walker.nodes if node.parent is parent and node is not top):
            # the boxes named like chrome in the boxes that joined the text are its own as
            # they are in the winner's (a page builder's second section, its "widget-wrap")
            _unmark_chrome(walker.nodes, top, winner, blocks)
        lines = parent.parent is not None
        for i, block in enumerate(blocks):
            if block.node is parent and (
                (block.tag == "p" and reads_as_text(block))
                or (
                    lines
                    and loose_line(block, repeated, pictured, language)
                    and (i + 1 == len(blocks) or keep(blocks[i + 1]))
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
                    and not furniture(block.text, language)
                    and after.kind is not ParagraphKind.HEADING
                    and (i + 1 in loose or _kept_under(after))
                    and keep(after)
                    and not is_boilerplate(after)
                ):
                    loose.add(i)
    notes = _notes(blocks, walker.cited)
    inside = [
        block
        for i, block in enumerate(blocks)
        if i in loose or _kept_under(block) or id(block) in notes
    ]
    related, related_lists, labels = related_boxes(blocks, inside, top)
    if related:
        inside = [
            block for block in inside if not any(node in related for node in ancestors(block.node))
        ]
    if related_lists:
        inside = [
            block
            for block in inside
            if block.listed not in related_lists and id(block) not in labels
        ]
    other_stories = teaser_lists(blocks, inside)
    if other_stories:
        inside = [block for block in inside if block.listed not in other_stories]
    cards = inline_teasers(blocks, inside)
    if cards:
        inside = [block for block in inside if id(block) not in cards]
    # a page that is all links (a list of deals, a link blog) is still what it is
    judged = edges.judged(inside)
    prose_lists = {
        block.listed
        for i, block in enumerate(inside)
        if block.listed is not None
        and reads_as_text(block)
        # (not a label's item: "Schlagworte:" over the linked tags of its list)
        and not (judged(i) and is_boilerplate(block, dates=False))
    }
    told_lists = _told_lists(inside)
    chosen = [
        block
        for i, block in enumerate(inside)
        if (
            keep(block)
            or (block.listed in prose_lists and block.tag == "li")
            or (block.listed in told_lists and block.tag == "li" and unlinked_words(block))
            or (block.tag == "li" and _tells(block))
            or _links_in_sentence(block)
            or _heads_text(inside, i)
            or id(block) in notes
        )
        and not (
            judged(i)
            and (
                is_boilerplate(block, dates=False)
                or byline_line(block, language)
                or reply_subject(block.text, repeated)
            )
        )
    ]
    # (the lists of the choice are as long as the page: on a page of many short paragraphs
    # each is a share of the peak memory of the parse, so none is kept past its use)
    del inside
    judged = edges.judged(chosen)
    dated = {i for i, block in enumerate(chosen) if judged(i) and date_alone(block)}
    timed = {i for i, block in enumerate(chosen) if judged(i) and time_alone(block)}
    stamps = _live_stamps(chosen, dated | timed)
    if not stamps and _dated_entries(chosen, dated):
        stamps = dated
    entries = {id(chosen[i]) for i in stamps}
    # the verdict's short lines stay where they are, above the first sentence too
    verdict: set[int] = set()
    if reviewed:
        verdict = {
            id(block) for block in chosen if any(node in reviewed for node in ancestors(block.node))
        }
    entries.update(verdict)
    # an event's day and facts above its text are the text's
    facts = event_facts(chosen, language)
    entries.update(id(chosen[i]) for i in facts)
    # dates alone, boxes named as time stamps and the page's own stamp ("Updated at 1:23
    # p.m.") are chrome, but a live blog's stamps
    dropped = (
        {
            i
            for i, block in enumerate(chosen)
            if i in dated or block.stamp or (i in timed and says_when(block))
        }
        - stamps
        - facts
    )
    if dropped:
        chosen = [block for i, block in enumerate(chosen) if i not in dropped]
    # counted on the whole page: most names are links, which the choice has dropped already
    edge_blocks = edges.blocks()
    names = {id(edge_blocks[i]) for i in poster_names(edge_blocks)}
    if names:
        chosen = [block for block in chosen if id(block) not in names]
    chosen = chosen or [block for block in blocks if _within(block.node)]
    if chosen:
        # the lede is above the text, wherever the verdict is
        text = chosen
        if verdict:
            text = [block for block in chosen if id(block) not in verdict] or chosen
        at = next(i for i, block in enumerate(chosen) if block is text[0])
        chosen[at:at] = lede_above(blocks, text, top, pictured, walker.headed)
    pulled = repeats(chosen)
    if pulled:
        chosen = [block for i, block in enumerate(chosen) if i not in pulled]
    ruled = frozenset(id(blocks[i]) for i in walker.ruled)
    del chosen[closing(chosen, ruled, repeated) :]
    chosen = _without_disclosures(chosen)
    chosen = _without_dangling_labels(blocks, chosen, walker.before_links)
    chosen = _fold_steps(chosen)
    for i, block in enumerate(chosen):
        chosen[i] = without_edit_link(block)
    # the lead picture often sits just outside the text's container, beside it
    scope = parent if parent is not None and parent.parent is not None else top
    figures = [figure for figure in walker.figures if _within(figure.node, scope)]
    if figures:
        # (the text's <article> boxes, looked for only on a page with pictures: every block's
        # boxes of a page of many short lines would cost a walk up from each)
        boxes = {block.node for block in chosen}
        text_boxes = {
            node.el for box in boxes for node in ancestors(box) if node.el.tag == "article"
        }
        figures = [
            figure for figure in figures if not _in_other_article(figure.node, scope, text_boxes)
        ]
    return trim_top(chosen, repeated, pictured, entries, language), figures


class _Edges:
    """The lines the line rules judge (see ``newsdoc.limits.MAX_CHECKED_LINES``): all of a
    page's, or on a page of more the first and the last of them, where the site's lines
    around the article are.

    The lists the choice judges (its selection, its text) keep the page's order, so the
    judged lines of each are a run at its start and a run at its end: found by walking the
    page's first and last lines beside the list, with nothing kept for each line (a set of
    the judged lines would cost a page of many lines a share of its peak memory).
    """

    def __init__(self, blocks: list[Block]) -> None:
        first, last = limits.checked_edges()
        self.every = len(blocks) <= first + last
        self.head = blocks if self.every else blocks[:first]
        self.tail: list[Block] = [] if self.every else blocks[len(blocks) - last :]

    def blocks(self) -> list[Block]:
        """The judged lines of the page, in its order."""
        return self.head if self.every else self.head + self.tail

    def judged(self, chosen: list[Block]) -> Callable[[int], bool]:
        """Whether the line at an index of ``chosen`` (lines of the page, in its order) is
        judged."""
        if self.every:
            return _every_line
        start = 0  # the lines of chosen in the page's head: chosen[:start]
        for block in self.head:
            if start < len(chosen) and chosen[start] is block:
                start += 1
        end = len(chosen)  # those in its tail: chosen[end:]
        for block in reversed(self.tail):
            if end > start and chosen[end - 1] is block:
                end -= 1
        return lambda i: i < start or i >= end


def _every_line(index: int) -> bool:
    return True


def _profile_boxes(blocks: list[Block], walker: Walker, repeated: frozenset[str]) -> set[Node]:
    """The boxes about the site or its author, which cast no vote for the article.

    A shop's "Über uns", a blog's "About me" or "Über den Autor": a box that
    opens with such a heading (:func:`.boilerplate.names_profile`), below the
    headline's level and not repeating it, nor holding the headline, and beside
    the headline's boxes: not inside the element right around the headline, nor
    inside a ``<main>`` or ``<article>`` that holds it (there, "Über uns" is the
    page's own section: an association's home page).  A short product's or page's
    text beside it is the page's, however much longer the box is; the box may
    still join the text as its neighbour.  None when nothing else would vote
    (the box is the page's only text).
    """
    found: set[Node] = set()
    for i, block in enumerate(blocks):
        if (
            block.kind is not ParagraphKind.HEADING
            or block.level < 2
            or not names_profile(block.text)
            or fold(block.text) in repeated
        ):
            continue  # decides nearly every block
        box = block.node
        if box.parent is None or any(
            node.el is walker.headline_box
            or (node.el in walker.headed and node.el.tag in _MAIN_TAGS)
            for node in ancestors(box)
        ):
            continue  # the page's own box, or a section beside the headline
        if i and any(node is box for node in ancestors(blocks[i - 1].node)):
            continue  # the heading does not open its box: a section of a longer text
        found.add(box)
    if found and not any(
        len(block.text) >= _MIN_VOTE
        and block.kind is not ParagraphKind.HEADING
        and not any(node in found for node in ancestors(block.node))
        for block in blocks
    ):
        return set()
    return found


def _in_other_article(node: Node | None, scope: Node, own: set[Element]) -> bool:
    """Whether ``node`` is in an ``<article>`` inside ``scope`` that holds none of the text
    (``own``: the boxes that hold the text) and links to another page: another story's
    teaser, its picture a thumbnail.  An ``<article>`` of a picture that links nowhere is
    the text's lead picture in a box of its own."""
    while node is not None and node is not scope:
        if node.el.tag == "article" and node.el not in own and _links_away(node.el):
            return True
        node = node.parent
    return False


def _links_away(el: Element) -> bool:
    """Whether ``el`` holds a link to another page: not to a place in this one, nor to a
    picture (a lead picture's link to its larger copy)."""
    for a in el.iter("a"):
        href = (a.get("href") or "#").strip()
        if not href.startswith("#") and not (
            href.partition("?")[0].casefold().endswith(_PICTURE_FILES)
        ):
            return True
    return False


_PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


def _add_up(nodes: list[Node]) -> None:
    """Add each box's counts to the box around it: each then counts all the blocks inside it.

    ``nodes`` are in the page's order, a box before the boxes inside it: from the last
    one back, a box's counts are whole when they are added up.
    """
    for node in reversed(nodes):
        parent = node.parent
        if parent is None or not node.end:
            continue
        if not parent.end or node.first < parent.first:
            parent.first = node.first
        parent.end = max(parent.end, node.end)
        parent.chars += node.chars
        parent.link_chars += node.link_chars
        parent.sentences += node.sentences
        parent.items += node.items


def _without_disclosures(chosen: list[Block]) -> list[Block]:
    """``chosen`` without the site's affiliate disclosures at the text's start and end
    (:func:`.boilerplate.discloses`): among its first and last :data:`_DISCLOSURE_EDGE`
    blocks, with no sentence of the text between them and the edge.  Inside the text, such
    a line is a sentence about affiliate links (a story about them); the text is never all
    of them."""
    found: set[int] = set()
    size = len(chosen)
    for edge in (
        range(min(_DISCLOSURE_EDGE, size)),
        range(size - 1, max(size - _DISCLOSURE_EDGE, 0) - 1, -1),
    ):
        for i in edge:
            if discloses(chosen[i]):
                found.add(i)
            elif is_sentence(chosen[i]):
                break
    if not found or len(found) == size:
        return chosen
    return [block for i, block in enumerate(chosen) if i not in found]


def _without_dangling_labels(
    blocks: list[Block], chosen: list[Block], before_links: set[int]
) -> list[Block]:
    """``chosen`` without the labels whose value was a link that is gone: a label alone
    (:func:`.boilerplate.opens_value`) right over a block of the page that is mostly links
    and no sentence and that the choice dropped (a box of links), or a label of a link or a source
    (:func:`.boilerplate.names_link`: "Quelle:", "原文：", "原文链接：") right over a box
    of chrome with a link that the walk skipped (``before_links``: the indexes of the
    blocks before one; not any label: an ad's box may part "Zutaten:" from its list):
    what it names is gone, the label says nothing."""
    labels = {id(block) for block in chosen if opens_value(block)}
    if not labels:
        return chosen  # (most pages: no page's block is read for them)
    kept = {id(block) for block in chosen}
    dangling = {
        id(block)
        for i, block in enumerate(blocks)
        if id(block) in labels
        and (
            (i in before_links and names_link(block))
            or (i + 1 < len(blocks) and id(blocks[i + 1]) not in kept and _a_link(blocks[i + 1]))
        )
    }
    return [block for block in chosen if id(block) not in dangling] if dangling else chosen


def _a_link(block: Block) -> bool:
    """Whether the block is mostly links and no sentence: a link's title or address, a
    list's item of them (not a quotation that links to a share, "Click to tweet")."""
    return block.link_chars * 2 >= len(block.text) and not is_sentence(block)


def _fold_steps(chosen: list[Block]) -> list[Block]:
    """``chosen`` with the steps' numbers printed on lines of their own folded into the
    steps (:func:`.boilerplate.step_number`: "1", "2.", "Schritt 3", each over its step;
    :func:`.boilerplate.headed_step`: the number on the first line of the step's own
    block, a ``<br>`` before its text).

    A run of :data:`_MIN_STEPS` numbers or more, counting from one, each over text of its
    own, is a list's numbering: the numbers go, and the steps are the items of an ordered
    list when each is one paragraph or an unordered list's item (as an ``<ol>``'s items
    are: the number is the kind's, not the text's), else they stay as they are.  A number
    alone elsewhere stays (a count, a score, a year's last digits).
    """
    runs: list[list[tuple[int, bool]]] = []
    run: list[tuple[int, bool]] = []
    for i, block in enumerate(chosen):
        number = step_number(block)
        headed = number is None
        if headed:
            number = headed_step(block)
            if number is None:
                continue
        if number == 1:
            runs.append(run)
            run = [(i, headed)]
        elif run and number == len(run) + 1 and i > _step_at(*run[-1]):
            run.append((i, headed))
        else:
            runs.append(run)
            run = []
    runs.append(run)
    runs = [run for run in runs if len(run) >= _MIN_STEPS and _step_at(*run[-1]) < len(chosen)]
    if not runs:
        return chosen
    numbers: set[int] = set()
    headings: set[int] = set()
    items: set[int] = set()
    for run in runs:
        numbers.update(i for i, headed in run if not headed)
        headings.update(i for i, headed in run if headed)
        steps = [_step_at(*number) for number in run]
        # one paragraph each: the next number right after it (the last: the step under it)
        if all(step + 1 == later for step, (later, _) in zip(steps, run[1:], strict=False)) and all(
            chosen[i].kind in STEP_KINDS for i in steps
        ):
            items.update(steps)
    folded = []
    for i, block in enumerate(chosen):
        if i in numbers:
            continue
        if i in headings:
            block = without_first_line(block)
        folded.append(_as_item(block) if i in items else block)
    return folded


def _step_at(i: int, headed: bool) -> int:
    """Where the text of the step numbered at ``chosen[i]`` is: the same block when the
    number heads it, else the next one."""
    return i if headed else i + 1


def _as_item(block: Block) -> Block:
    """``block`` as an item of an ordered list, at its own list's level or the top one."""
    item = copy.copy(block)
    item.kind = ParagraphKind.ORDERED_LIST_ITEM
    item.level = max(block.level, 1)
    return item


def _live_stamps(chosen: list[Block], alone: set[int]) -> set[int]:
    """The indexes of a live blog's time stamps in ``chosen`` (``alone``: its dates and times
    alone, :func:`.boilerplate.date_alone` and :func:`.boilerplate.time_alone`).

    A live blog (a ticker, a thread of updates) heads each entry with its
    time ("18:10 Uhr", "10:42", "vor 5 Minuten", "8. Dezember 2023, 18:10"):
    they are its text, the entries read by them.  A date or time alone is
    one when :data:`_MIN_STAMPS` of them at least, two thirds of them and the
    last, each open text (a sentence, or a heading over one); a page's one
    time stamp over its text, or dates that close items (the last over
    nothing), are not.
    """
    found = sorted(alone)
    if len(found) < _MIN_STAMPS:
        return set()
    opening = {i for i in found if _opens_text(chosen, i + 1)}
    if len(opening) >= _MIN_STAMPS and 3 * len(opening) >= 2 * len(found) and found[-1] in opening:
        return opening
    return set()


def _opens_text(chosen: list[Block], i: int) -> bool:
    """Whether ``chosen[i]`` is a sentence, or a heading over one (an entry's text)."""
    if i < len(chosen) and chosen[i].kind is ParagraphKind.HEADING:
        i += 1
    return i < len(chosen) and is_sentence(chosen[i])


def _dated_entries(chosen: list[Block], dated: set[int]) -> bool:
    """Whether the dates alone of ``chosen`` (at the indexes ``dated``) open a list's entries.

    A paragraph that is a date alone is a time stamp (a post's, a teaser's,
    over its text), but a page that lists events opens each entry with its
    date over the event's name: when :data:`_MIN_DATED` dates or more each
    open an entry (the block after each is a heading or a line that is no
    sentence, and no date), they are its content.
    """
    return len(dated) >= _MIN_DATED and not any(
        i + 1 == len(chosen) or is_sentence(chosen[i + 1]) or i + 1 in dated for i in dated
    )


def _more_text(node: Node) -> bool:
    """Whether a box beside the selection is more of the article: a part of it in a box apart.

    Pages split an article into boxes side by side without an ``<article>``
    around them (the text, then its last part after a box of pictures; a
    note on the author): a box named as content (a positive class or id
    word), of sentences (:data:`_MIN_SENTENCES`) that add real text
    (:data:`_MIN_GAIN`) and few links, is more of it, however much less it
    holds than the box that won.  Not a box of teasers or with a picture
    (:func:`_teaser_boxes`).
    """
    return (
        node.weight > tag_weight(node.el.tag)
        and node.sentences >= _MIN_SENTENCES
        and node.value >= _MIN_GAIN
        and node.link_chars <= BOX_LINK_DENSITY * node.chars
        and not node.chrome
    )


def _info_beside(node: Node, top: Node, blocks: list[Block]) -> bool:
    """Whether the box right after the selection's is a box of the text set apart: it opens
    with an info label (:func:`.class_hints.info_label`: "Fazit", "Info", "Hintergrund",
    "Zur Person: ..."), then text of its own (:data:`_INFO_TEXT` characters, a sentence)
    with few links, as a review's verdict or a fact box after the text is printed; the
    box of a sidebar's widget opens with no such label.
    """
    if (
        node.chrome
        or node.end <= node.first
        or not node.sentences
        or node.el.getprevious() is not top.el
    ):
        return False
    label = info_label(blocks[node.first].text)
    return (
        label is not None
        and node.chars - len(label) >= _INFO_TEXT
        and 4 * node.link_chars < node.chars
    )


def _after_ads(top: Node, parent: Node, nodes: list[Node]) -> list[Node]:
    """The boxes of text right after an ad or another box set into the text, beside the
    selection after it: more of it.

    Pages part an article with ads, and a part after the last ad may be a
    paragraph or two in a box of its own ("<div class='ad'>Anzeige</div><div
    class='text-block'><p>Last paragraph.</p></div>"), too little to join the
    text on its own (:func:`_more_text`).  Past the ads (at the end of the
    selection's box or after it; boxes named so, :func:`.class_hints.names_ad`,
    or that print only an ad's label), the boxes that follow whose blocks all
    read as sentences, with few links and no name of chrome, are the text's when
    named as content (a positive class or id word: "text-block") or of the
    kind of the text's own box (its tag and class, :func:`.measures.signature_of`):
    a box of sentences of another kind after an ad is a note on its own (a
    donation appeal, the author's bio).
    Past another box set into the text (one named as chrome or skipped: a
    newsletter's sign-up, a video's player), such a box is the text's only when
    its name says so too (a positive class or id word: "article-content-rest").
    Up to the first box that is none of these.  No box is taken without such a
    box before it: a note after the text (on its author, a correction) reads as
    sentences too.
    """
    beside = {node.el: node for node in nodes if node.parent is parent and node is not top}
    if not beside:
        return []
    found: list[Node] = []
    # (the ad may close the box of the text, too)
    last = next((el for el in reversed(top.el) if isinstance(el.tag, str)), None)
    ads = last is not None and (names_ad(last) or _an_ad(last))
    set_in = False
    for el in top.el.itersiblings():
        if not isinstance(el.tag, str):
            continue
        node = beside.get(el)
        if node is not None and node.selected:
            continue
        if names_ad(el) or ((node is None or node.end - node.first <= 1) and _an_ad(el)):
            ads = True
        elif node is None or not node.end or node.chrome or names_chrome(el):
            # a box skipped or named as chrome, that prints something (an empty one, a
            # layout's "clear", sets nothing into the text)
            set_in = set_in or any(piece.strip() for piece in itertext(el))
        elif (
            (ads or set_in)
            and (
                node.weight > tag_weight(el.tag)
                # (after an ad only: a box of the text's own kind is more of it, named so or not)
                or (ads and signature_of(el) == signature_of(top.el))
            )
            and node.sentences == node.end - node.first
            and node.value > 0
            and node.link_chars <= MAX_LINK_DENSITY * node.chars
        ):
            found.append(node)
        else:
            break
    return found


def _an_ad(el: Element) -> bool:
    """Whether a box prints nothing but an ad's label ("Anzeige", "Advertisement")."""
    text = text_within(el, _MAX_AD_BOX)
    return text is not None and bool(text.strip()) and ad_label(text.strip())


def _review_boxes(blocks: list[Block]) -> set[Node]:
    """The boxes that hold a review's pros and cons (the review's verdict).

    A review sums up what is good and bad about what it tested in a box of
    its own, often beside the box of its text or in its header: headed "Pro"
    and "Contra", "Vorteile" and "Nachteile", "Pros" and "Cons"
    (:func:`.boilerplate.pros_and_cons`), over short lines or items that
    read as no sentence.  The box is the smallest that holds both labels,
    :data:`_REVIEW_UP` levels above them at most and small
    (:data:`_MAX_REVIEW`); it is the article's, unless it is a box of links.
    """
    sides: dict[Node, tuple[bool, bool]] = {}
    for block in blocks:
        if block.link_chars:
            continue
        pro, con = pros_and_cons(block)
        if not (pro or con):
            continue
        for depth, node in enumerate(ancestors(block.node)):
            if depth > _REVIEW_UP or node.chars > _MAX_REVIEW:
                break
            had = sides.get(node, (False, False))
            sides[node] = (had[0] or pro, had[1] or con)
    both = {node for node, (pro, con) in sides.items() if pro and con}
    around = {outer for node in both for outer in ancestors(node.parent)}
    return {node for node in both - around if not node.chrome and not link_box(node)}


def _teaser_boxes(blocks: list[Block], figures: list[Figure], parent: Node) -> set[Node]:
    """The boxes under ``parent`` with a linked heading or a picture.

    Teasers, each a linked title over its summary; a picture's box, whose
    lines are its caption.
    """
    found = [
        block.node for block in blocks if block.kind is ParagraphKind.HEADING and block.link_chars
    ]
    found += [figure.node for figure in figures]
    boxes: set[Node] = set()
    for box in found:
        for node in ancestors(box):
            if node is parent or node in boxes:
                break
            boxes.add(node)
    return boxes


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


def _points_box(node: Node, blocks: list[Block]) -> bool:
    """Whether a box beside the selection, in the same ``<article>``, is the article's key
    points ("Das Wichtigste in Kürze", "Key points", "En bref"): list items
    (:data:`_MIN_ITEMS` at least) that each read as a sentence, under a heading or none,
    and not a link among them (a box of other stories' summaries links to them).
    """
    return (
        node.items >= _MIN_ITEMS
        and node.sentences == node.items
        and not node.link_chars
        and not node.chrome
        and all(
            block.kind in LISTED or block.kind is ParagraphKind.HEADING
            for block in blocks[node.first : node.end]
        )
    )


def _unmark_chrome(nodes: list[Node], top: Node, winner: Node, blocks: list[Block]) -> None:
    """Boxes named like chrome that are the article (marked only in the walk without hints).

    A box that holds most of the winner's text is the article whatever its
    class says (a "live-feed", a "share-container"), unless it holds readers'
    comments or is a cookie notice, a newsletter form, ...
    (:data:`.class_hints.NOT_ARTICLE_WORDS`); inside it, boxes named
    the same way that hold text are its sections (ids made from their titles,
    "sharing-with-a-developer").  So is a box around the winning text itself,
    and so are the boxes of its kind (tag and class) in the selection that
    hold text: a page builder wraps every block of text in a "widget"
    container (around the winning text, or inside it), and a section's heading in a box of
    its own (``elementor-widget-heading``) right above text that is kept.  A page builder's
    box (:func:`.class_hints.page_builders`) in the selection that holds text is its
    section whatever the winner was (a paragraph straight in ``<main>`` above the builder's
    sections).  Boxes of links (share bars) stay chrome.
    """
    kinds = set()
    node: Node | None = winner
    while node is not None and node is not top:
        if node.chrome and not never_article(node.el):
            kinds.add(signature_of(node.el))
        node = node.parent
    for node in nodes:
        # and the box of chrome inside the winner that holds all its text ("widget-container")
        if (
            node.chrome
            and node.parent is winner
            and node.value == winner.value
            and not never_article(node.el)
        ):
            kinds.add(signature_of(node.el))
    unmarked: set[Node] = set()
    for node in nodes:  # in document order: a box before the boxes inside it
        if not node.chrome:
            continue
        if never_article(node.el):
            continue
        if (
            node.value >= _CHROME_SHARE * top.value > 0
            or (node.parent in unmarked and node.value > 0)
            or (node.value > 0 and signature_of(node.el) in kinds and _within(node, top))
            or (node.value > 0 and page_builders(node.el) and _within(node, top))
        ):
            node.chrome = False
            unmarked.add(node)
    for node in nodes:
        if node.chrome and _a_section_heading(node, blocks) and _within(node, top):
            node.chrome = False


def _told_lists(inside: list[Block]) -> set[Element]:
    """The lists in the midst of the text most of whose items are text or tell of their links.

    A blog's weekly news lists what was done, most items a sentence around a link
    (:func:`_tells`); an item that is mostly its link ("🌟 Ankush Dua <a>fixed an issue
    with ...</a>") is an item of the same list, not a menu's, when it has words of its own
    beside the link.  Only a list that the text goes on after (a sentence follows it, of
    another list or none): at the text's end, such a list is the stories to read next
    ("More Great WIRED Stories": "How Facebook <a>gets the First Amendment backward</a>").
    """
    items: dict[Element, int] = {}
    told: dict[Element, int] = {}
    last: dict[Element, int] = {}
    last_sentence = -1
    for i, block in enumerate(inside):
        if is_sentence(block):
            last_sentence = i
        listed = block.listed
        if listed is not None and block.tag == "li":
            items[listed] = items.get(listed, 0) + 1
            if keep(block) or _tells(block):
                told[listed] = told.get(listed, 0) + 1
            last[listed] = i
    return {
        listed
        for listed, count in told.items()
        if count >= _MIN_TOLD and count * 2 > items[listed] and last[listed] < last_sentence
    }


def _tells(block: Block) -> bool:
    """Whether a list item says something about its links: four words around them at least.

    A menu's items are their links alone: cheap to tell, most items are.
    """
    return (
        len(block.text) - block.link_chars >= 2 * _MIN_AROUND_LINKS
        and unlinked_words(block) >= _MIN_AROUND_LINKS
    )


def _links_in_sentence(block: Block) -> bool:
    """Whether a paragraph is a sentence that links words of its own, however many: words
    of its own first (:data:`_MIN_AROUND_LINKS` at least, no label's colon before the
    link), a sentence's end last ("The investigation had been shelved in 2017 but was <a>re-opened
    earlier this year following his eviction from the embassy</a>.").  A teaser's or a
    menu's line is its link, or a label and its link ("Lesen Sie auch: <a>...</a>")."""
    if block.tag != "p" or not block.links or block.kind is not ParagraphKind.BODY:
        return False
    text = block.text
    opening = text[: block.links[0].start].rstrip()
    return (
        text.rstrip()[-1:] in FULL_STOPS
        and opening[-1:] not in COLONS
        and "\n" not in text
        and len(opening.split()) >= _MIN_AROUND_LINKS
    )


def _a_section_heading(node: Node, blocks: list[Block]) -> bool:
    """Whether ``node`` holds one unlinked section heading, and text outside chrome follows it."""
    if node.end - node.first != 1 or node.end >= len(blocks) or never_article(node.el):
        return False
    heading, after = blocks[node.first], blocks[node.end]
    return (
        heading.kind is ParagraphKind.HEADING
        and heading.level > 1
        and not heading.link_chars
        and is_sentence(after)
        and not any(box.chrome for box in ancestors(after.node))
    )


def _commas(text: str) -> int:
    return sum(map(text.count, _COMMAS))


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
    ) and parent.link_chars <= BOX_LINK_DENSITY * parent.chars


def _climb(top: Node, nodes: list[Node], blocks: list[Block]) -> Node:
    """The winner, or the ancestor that holds the rest of its text.

    A container that only wraps the winner adds nothing but keeps siblings
    apart; one whose other blocks add real text continues the article (split
    into chunks).  The ancestors are looked at up to :data:`_LOOK_UP` levels
    past one that adds nothing of the kind: a live blog's or a forum's entries
    each sit in a box of their own (time stamp, author, text), so the entries
    meet two or three levels above the text that won, and one box of the
    kind has siblings of the same kind (tag and class) that hold text too.
    A ``<main>`` or ``<article>`` met on the way joins when it adds real
    text, past boxes that added none too: the page says it holds its content
    (a product's page of sections, each a heading and a paragraph or two,
    one of which won).  Not when what it adds is other stories' teasers
    (:func:`_teasers_only`); and a box that adds only a section's heading
    above the text is a wrapper (:func:`_headed`).
    """
    node = top.parent
    child = top  # the ancestor of ``top`` right under ``node``
    missed = 0
    while node is not None and missed <= _LOOK_UP:
        if (
            node.chars == top.chars
            or _headed(top, node, blocks)
            or (
                (missed == 0 or node.el.tag in _MAIN_TAGS)
                and _continues(top, node)
                and not _teasers_only(top, node, blocks)
            )
            or (missed > 0 and _repeats(child, nodes) and _continues(top, node, entries=True))
        ):
            top = node
            missed = 0
        else:
            missed += 1
        child = node
        node = node.parent
    return top


def _headed(top: Node, node: Node, blocks: list[Block]) -> bool:
    """Whether ``node`` adds nothing to ``top`` but a section's heading above it: a wrapper.

    Page builders put each block in a box of its own: a section's heading in
    one, its text in the next (``elementor-widget-heading`` above
    ``elementor-widget-text-editor``).  The blocks ``node`` adds are one
    unlinked heading below the headline's level (:data:`_MAX_HEADED`
    characters at most), before the text; not the headline, which heads the
    page's box of the article, beside the boxes of other stories; nor a box
    that is never the article (a popup's).
    """
    if not (
        node.value == top.value
        and node.link_chars == top.link_chars
        and 0 < node.chars - top.chars <= _MAX_HEADED
        and not never_article(node.el)
    ):
        return False  # decides most boxes without looking at their blocks
    # the blocks of ``node`` above the text of ``top`` (all of them when ``top`` has none)
    above = top.first if top.end else node.end
    heading = blocks[node.first]
    return (
        above - node.first == 1
        and heading.kind is ParagraphKind.HEADING
        and heading.level > 1
        and node.chars - top.chars == len(heading.text)
    )


def _heads_only(top: Node, node: Node) -> bool:
    """Whether ``node`` adds nothing to ``top`` but a heading above it (any heading's size)."""
    return (
        node.value == top.value
        and node.link_chars == top.link_chars
        and 0 < node.chars - top.chars <= _MAX_HEADED
        and not node.chrome
    )


def _kin(el: Element, other: Element) -> bool:
    """Whether two boxes are elements of one kind of a CMS: the same tag and first class word,
    and more than half their class words alike ("frame frame-default frame-type-bullets" and
    "frame frame-default frame-type-textmedia"; not "col col-4" and "col col-8")."""
    if el.tag != other.tag:
        return False
    words = (el.get("class") or "").split()
    others = (other.get("class") or "").split()
    if not words or not others or words[0] != others[0]:
        return False
    return 2 * len(set(words) & set(others)) > max(len(words), len(others))


def _teasers_only(top: Node, node: Node, blocks: list[Block]) -> bool:
    """Whether the text ``node`` adds to ``top`` is other stories' teasers, not more of it.

    A stream of teasers (each a box with a linked title over a line or two
    of summary) beside the article adds unlinked text enough to look like
    the article's next chunk: what the boxes without a linked heading add
    must be real text (:data:`_MIN_GAIN`) for ``node`` to continue it.
    """
    teasers: set[Node] = set()  # the boxes inside ``node`` around a linked heading
    for i in range(node.first, node.end):
        block = blocks[i]
        if block.kind is ParagraphKind.HEADING and block.link_chars:
            for box in ancestors(block.node):
                if box is node or box in teasers:
                    break
                teasers.add(box)
    if not teasers:
        return False  # all it adds counts, and _continues found it real text
    gain = 0.0
    for i in range(node.first, node.end):
        if top.first <= i < top.end:
            continue
        block = blocks[i]
        for box in ancestors(block.node):
            if box is node:
                gain += _block_value(block)
                break
            if box in teasers:
                break
    return gain < _MIN_GAIN


def _repeats(child: Node, nodes: list[Node]) -> bool:
    """Whether ``child`` has a sibling box of its kind (tag and class) with text: an entry.

    With text is with a paragraph long enough to vote: a forum's post of two
    lines beside its poster's name, count of posts, date and "Reply" link
    adds up to less than nothing, and is an entry all the same.
    """
    signature = signature_of(child.el)
    return any(
        node.parent is child.parent
        and node is not child
        and node.score > 0
        and signature_of(node.el) == signature
        for node in nodes
    )


def _kept_under(block: Block) -> bool:
    """Whether the block is in the selection, and not in a box of links inside it.

    A box of teasers (linked titles with a line of summary each) is linked
    enough and short enough that its blocks add up to less than nothing.
    """
    node: Node | None = block.node
    while node is not None:
        if node.selected:
            return True
        if node.chrome or link_box(node):
            return False
        node = node.parent
    return False


def _notes(blocks: list[Block], cited: dict[str, int]) -> set[int]:
    """The blocks (their ``id``) of the notes the text refers to, however linked.

    A list item whose id a kept block of another list links to ("#cite_note-1",
    "#fn1") is a note of the text: a wiki's references, a blog's footnotes.  Their
    titles and sources are links, so that the list reads as a box of links;
    the reader keeps them all the same.  Two at least: one link to a list item is
    a tab's or a menu's.
    """
    if not cited:
        return set()
    found: set[int] = set()
    for block in blocks:
        if block.note is None:
            continue
        at = cited.get(block.note)
        if at is None or at >= len(blocks):
            continue
        source = blocks[at]
        # a list's links to its own items (a comment's permalink) are no notes
        if (source.listed is None or source.listed is not block.listed) and _kept_under(source):
            found.add(id(block))
    return found if len(found) >= _MIN_NOTES else set()


def _heads_text(inside: list[Block], i: int) -> bool:
    """Whether the linked heading ``inside[i]`` heads text of the article: its section's
    title, not a teaser's.

    Pages link a section's heading to a page of its own (a blog's post titles
    to their permalinks, an association's "Führungen" to the page about
    them, a blog's weekly news "<a>Resolved bugs</a>" to the list of them);
    readers keep the heading whatever its link.  It heads text when the block
    after it is no heading and is kept as text, or is a section heading of no
    link, of its level or below, over such text (:data:`_MAX_SUBHEADINGS` of them
    at most: "Resolved bugs" over "Fixed more than one bug" over its list; not
    a topic's link over the headline, nor over a label, "Comments").  (A heading in a list
    item is a teaser's, over its summary: a stream of them is no list.)
    """
    block = inside[i]
    if block.kind is not ParagraphKind.HEADING or block.listed is not None:
        return False
    # (asked of the linked blocks only, the few the choice does not keep as they are)
    for after in inside[i + 1 : i + 2 + _MAX_SUBHEADINGS]:
        if after.kind is not ParagraphKind.HEADING:
            return keep(after)
        if (
            after.link_chars
            or after.listed is not None
            or after.level < block.level
            or is_boilerplate(after)
        ):
            return False  # a teaser's kicker over its title, a link over "Comments"
    return False

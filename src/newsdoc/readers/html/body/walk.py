"""Walking the page: ``<body>`` as a flat list of blocks under a light tree of containers.

One walk turns the page into blocks (paragraphs, headings, list items, table
rows, ...) with their links, the containers (``div``, ``section``,
``article``, ...) that hold them, and the figures met on the way.  Elements
that are never content (scripts, navigation, forms, hidden elements) and block
elements whose class or id names them as chrome (share bars, comments, related
links, newsletter boxes, ...) are skipped on the way.  Choosing which of it is
the article is :mod:`.choose`'s part.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from ....model import Image, Link, ParagraphKind
from ....urls import IMAGE_SCHEMES, LINK_SCHEMES, browser_view, unsafe_scheme
from ..dimensions import dimension
from ..hints import BLOCK_TAGS, CONTAINER_TAGS, HEADINGS, SKIP_TAGS, hint_words
from ..tree import Element, glued, text_content
from .class_hints import (
    a_panels_title,
    class_hints,
    info_box,
    names_chrome,
    names_chrome_word,
    never_article,
)

__all__ = ["Block", "Figure", "Node", "Walker", "tag_weight", "walk_body"]

_WS = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A style that shows a block element inline, in the line around it.
_INLINE_STYLE = re.compile(r"display\s*:\s*(?:-webkit-|-moz-)?inline", re.IGNORECASE)
_HIDING = frozenset({"hidden", "aria-hidden", "style"})
_TAG_WEIGHTS = {
    "div": 5,
    "article": 10,
    "main": 5,
    "td": 3,
    "form": -3,
    "header": -5,
}


def tag_weight(tag: str) -> int:
    """What a container's tag adds to its weight (``<article>`` counts for it, ``<header>`` not)."""
    return _TAG_WEIGHTS.get(tag, 0)


class Node:
    """A container element and the votes it collected."""

    __slots__ = (
        "chars",
        "chrome",
        "el",
        "end",
        "first",
        "items",
        "link_chars",
        "parent",
        "score",
        "selected",
        "sentences",
        "value",
        "weight",
    )

    def __init__(self, el: Element, parent: Node | None, weight: int, chrome: bool = False) -> None:
        self.el = el
        self.parent = parent
        self.weight = weight
        self.chrome = chrome
        self.score = 0.0
        self.value = 0.0
        self.chars = 0
        self.link_chars = 0
        #: how many of its blocks read as sentences, and are list items or table rows
        #: (counted by the choice)
        self.sentences = 0
        self.items = 0
        #: the indexes of its first block and one past its last (its blocks follow
        #: each other: a box's are made while the walk is in it; set by the choice)
        self.first = 0
        self.end = 0
        self.selected = False

    def final_score(self) -> float:
        density = self.link_chars / self.chars if self.chars else 0.0
        return self.score * (1.0 - density) * (1.0 + self.weight / 50.0)


class Block:
    """One paragraph, heading, list item, ... of text, with its links and its container."""

    __slots__ = (
        "kind",
        "level",
        "link_chars",
        "links",
        "listed",
        "node",
        "note",
        "stamp",
        "tag",
        "text",
    )

    def __init__(
        self,
        text: str,
        kind: ParagraphKind,
        level: int,
        links: tuple[Link, ...],
        link_chars: int,
        node: Node,
        tag: str,
        listed: Element | None = None,
        stamp: bool = False,
        note: str | None = None,
    ) -> None:
        self.text = text
        self.kind = kind
        self.level = level
        self.links = links
        self.link_chars = link_chars
        self.node = node
        self.tag = tag
        #: the outermost list (``ul``, ``ol``) the block is an item of, if any
        self.listed = listed
        #: in a box named as a time stamp ("time", "date"): a live blog's stamp, or chrome
        self.stamp = stamp
        #: the id of the list item the block is in, which the text may link to (a note)
        self.note = note


class _OpenLink:
    __slots__ = ("start", "title", "url")

    def __init__(self, start: int, url: str | None, title: str | None) -> None:
        self.start = start
        self.url = url
        self.title = title


class Figure:
    """A picture met on the walk and the container it sits in."""

    __slots__ = ("image", "node")

    def __init__(self, image: Image, node: Node) -> None:
        self.image = image
        self.node = node


def walk_body(
    body: Element, base_url: str | None, *, use_hints: bool, headline: Element | None = None
) -> Walker:
    """One walk over ``body``.

    With ``use_hints`` block elements whose class or id names them as chrome
    are skipped; without, they are walked and their containers marked as chrome.
    ``headline`` is the element that prints the article's headline (the
    metadata's): a box around it is walked whatever its name says.
    """
    walker = Walker(base_url, use_hints)
    if headline is not None:
        walker.headed = frozenset(headline.iterancestors())
        walker.headline_box = headline.getparent()
    root = Node(body, None, 0)
    walker.node = root
    walker.nodes.append(root)
    walker.walk_children(body)
    walker.flush()
    return walker


# A paragraph with this many characters outside its links is running text.
_PROSE = 150
# ... and in the article's header, a lede (as :mod:`.lede` reads one).
_LEDE = 100


def _prose(el: Element, least: int = _PROSE) -> int:
    """How many characters of running text the paragraphs inside ``el`` hold (paragraphs of
    ``least`` characters or more outside their links)."""
    total = 0
    for p in el.iter("p"):
        size = len(text_content(p))
        if size < least:
            continue  # short, its links counted or not: their text is not read
        size -= sum(len(text_content(a)) for a in p.iter("a"))
        if size >= least:
            total += size
    return total


def _collapsed(el: Element) -> bool:
    """Whether the hidden ``el`` is text folded in the page, shown at a click: running text
    in it (:func:`_prose`), right after a paragraph of the text (a ``<p>`` of :data:`_LEDE`
    characters or more: the rest of the text behind a "read more" toggle) or after a
    panel's title (a heading, a button, a term, an element that says whether its panel is
    open, ``aria-expanded``: an accordion's answer, a box, under its question), as the
    element before it or the last of the box before it; a text that does not print that line
    again (a hidden copy of the whole text, for another screen, is no rest of it).

    Asked of hidden elements only, which are few.
    """
    before = el.getprevious()
    if before is None or not isinstance(before.tag, str) or _hidden(before):
        return False
    last: Element | None = before
    while last is not None and last.tag != "p" and not _titles_panel(last):
        # down the box's last children to its last paragraph or title
        last = next((child for child in reversed(last) if isinstance(child.tag, str)), None)
    if last is None:
        return False
    if last.tag != "p" and el.tag == "p":
        return False  # a panel is a box of its own, not a paragraph hidden under a heading
    shown = " ".join(text_content(last).split())
    if not shown or (last.tag == "p" and len(shown) < _LEDE):
        return False
    return _prose(el) > 0 and shown[:_LEDE] not in " ".join(text_content(el).split())


# The elements that title a panel the reader opens (an accordion's question).
_PANEL_TITLES = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "button", "summary", "dt"})


def _titles_panel(el: Element) -> bool:
    return el.tag in _PANEL_TITLES or el.get("aria-expanded") is not None


# What a box around an embedded post holds beside the post: its platform's script.
_EMBED_EXTRAS = frozenset({"script", "noscript"})


def _embeds_post(el: Element) -> bool:
    """Whether a box named as chrome holds an embedded post alone between the text's
    paragraphs: a ``<blockquote>`` (a tweet, an Instagram post, as their platforms print
    them) and its platform's script, a ``<p>`` right before or after the box.  The post is
    the text's, whatever the box's name says (NJ.com's "social-media-embed"); a share
    bar or a box of links holds no quotation."""
    post = False
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _EMBED_EXTRAS:
            continue
        if tag != "blockquote" or post:
            return False
        post = True
    if not post:
        return False
    before, after = el.getprevious(), el.getnext()
    return (before is not None and before.tag == "p") or (after is not None and after.tag == "p")


def _empty_inline(el: Element) -> bool:
    """Whether a block element is shown inline (its style's ``display: inline-block``,
    ``-webkit-inline-box``, ...) and holds no text: an icon's box inside a line, which a
    browser prints in the line, not on a line of its own."""
    style = el.get("style")
    return (
        style is not None
        and _INLINE_STYLE.search(style) is not None
        # (the first text ends the look: a box shown inline may hold the whole text)
        and not any(text.strip() for text in el.itertext())
    )


def _hidden(el: Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


class Walker:
    """One pass over the body: blocks, containers and figures."""

    def __init__(self, base_url: str | None, use_hints: bool) -> None:
        self.base_url = base_url
        self.use_hints = use_hints
        #: the boxes around the headline's element
        self.headed: frozenset[Element] = frozenset()
        #: the element right around the headline's
        self.headline_box: Element | None = None
        self.blocks: list[Block] = []
        self.nodes: list[Node] = []
        self.figures: list[Figure] = []
        self.unsafe: list[str] = []
        #: the boxes skipped as chrome that hold running text (paragraphs of :data:`_PROSE`
        #: unlinked characters or more), and how much: a page builder's article
        #: ("elementor-widget-wrap") when it outweighs the text found elsewhere
        self.skipped_prose: list[tuple[Element, int]] = []
        #: the hidden boxes read as the rest of the text, folded (:func:`_collapsed`)
        self.collapsed: list[Element] = []
        # the paragraph being built
        self.parts: list[str] = []
        self.size = 0
        self.space = True
        self.pre = False
        self.links: list[tuple[int, int, str | None, str | None]] = []
        self.open_links: list[_OpenLink] = []
        # where it is
        self.kind = ParagraphKind.BODY
        self.level = 0
        self.tag = "body"
        self.node: Node | None = None
        self.list_depth = 0
        self.ordered = False
        self.listed: Element | None = None
        self.stamp = False
        #: the ids of the page that its links point to ("#cite_note-1", "#fn1"), each with
        #: the index of the first block that links there
        self.cited: dict[str, int] = {}
        self.note: str | None = None
        #: in an accordion's title (:func:`.class_hints.a_panels_title`): its link opens the
        #: panel below, it leads nowhere, and its text is the title's
        self.title = False
        #: in a heading whose elements are lines of their own (:func:`.tree.glued`): a blank
        #: between them
        self.apart = False
        #: the indexes of the blocks right after a horizontal rule (``<hr>``): what a page
        #: sets apart at the text's end (a press release's notes about the company)
        self.ruled: set[int] = set()
        self.rule = False
        #: the indexes of the blocks right before a box of chrome with a link that was
        #: skipped: a label alone there ("Quelle:", "原文：") named the link, which is gone
        self.before_links: set[int] = set()

    # --- the paragraph builder ------------------------------------------

    def add(self, text: str | None) -> None:
        if not text:
            return
        if self.pre:
            self.parts.append(text)
            self.size += len(text)
            return
        words = text.split()
        if not words:
            # whitespace only: at most one space
            if not self.space:
                self.parts.append(" ")
                self.size += 1
                self.space = True
            return
        joined = " ".join(words)
        if not self.space and text[0].isspace():
            joined = " " + joined
        self.space = text[-1].isspace()
        if self.space:
            joined += " "
        self.parts.append(joined)
        self.size += len(joined)

    def line_break(self) -> None:
        if self.pre:
            self.add("\n")
            return
        if not self.size:
            return
        last = self.parts[-1]
        if last.endswith("\n"):
            # two line breaks in a row separate paragraphs
            self.flush()
            return
        if last.endswith(" "):
            self.parts[-1] = last[:-1] + "\n"
        else:
            self.parts.append("\n")
            self.size += 1
        self.space = True

    def flush(self) -> None:
        # the lists of the paragraph being built are emptied, not replaced: a page of
        # many tiny paragraphs would make (and the collector track) two lists for each
        if not self.size:
            self.links.clear()
            return
        for entry in self.open_links:
            if self.size > entry.start:
                self.links.append((entry.start, self.size, entry.url, entry.title))
            entry.start = 0
        text = "".join(self.parts)
        self.parts.clear()
        self.size = 0
        self.space = True
        if not self.pre:
            text = text.rstrip()
        elif not text.strip():
            text = ""
        if not text:
            self.links.clear()
            return
        links: tuple[Link, ...] = ()
        link_chars = 0
        if self.links:
            links, link_chars = _links(text, self.links)
            self.links.clear()
        assert self.node is not None
        if self.rule:
            self.ruled.add(len(self.blocks))
            self.rule = False
        self.blocks.append(
            Block(
                text,
                self.kind,
                self.level,
                links,
                link_chars,
                self.node,
                self.tag,
                self.listed,
                self.stamp,
                self.note,
            )
        )

    def headed_text(self, el: Element) -> bool:
        """Whether ``el`` is a box around the headline with running text in it (a lede at
        least), and may be the article (:func:`.class_hints.never_article`)."""
        return el in self.headed and not never_article(el) and _prose(el, _LEDE) > 0

    # --- the walk -------------------------------------------------------

    def walk_children(self, el: Element) -> None:
        # most texts and tails are None: no call for them
        if text := el.text:
            self.add(text)
        apart = self.apart
        for child in el:
            if apart and glued(child):
                self.add(" ")
            self.walk(child)
            if tail := child.tail:
                self.add(tail)

    def walk(self, el: Element) -> None:
        tag = el.tag
        if type(tag) is not str or tag in SKIP_TAGS:
            if tag == "aside" and info_box(el) and not _hidden(el):
                # a box of the text set apart between its paragraphs ("Info", "Fazit"): read
                # as part of the box around it
                self.walk_children(el)
                return
            if tag == "math" and not _hidden(el):
                # a formula is part of its sentence ("the solutions to ax^2 + bx + c = 0 are")
                self.add(formula(el))
            elif tag == "button" and a_panels_title(el) and not _hidden(el):
                # an accordion's question, which shows its answer: the page's text
                self.walk_children(el)
            return
        keys = el.keys()
        if keys and not _HIDING.isdisjoint(keys) and _hidden(el):
            if not _collapsed(el):
                return
            # the rest of the text, folded in the page behind a "read more" toggle: read
            self.collapsed.append(el)
        weight = 0
        if "style" in keys and tag in BLOCK_TAGS and _empty_inline(el):
            # an empty box shown inline (an icon's, in a reference's line) parts no line
            for img in el.iter("img"):
                self.image(img)
            return
        if tag not in BLOCK_TAGS:
            # inline elements are part of their sentence whatever their class says
            if tag == "a":
                self.link(el)
            elif tag == "br":
                self.line_break()
            elif tag == "img":
                self.image(el)
            else:
                self.walk_children(el)
            return
        chrome = False
        stamp = self.stamp
        if "class" in keys or "id" in keys:
            if tag != "figure" and _caption_box(el):
                # a picture in a box named as its caption's (WordPress's "wp-caption"): a
                # figure, the caption's text the picture's, not a paragraph of the text
                self.figure(el)
                return
            chrome, weight = class_hints(el)
            if chrome and _embeds_post(el):
                # an embedded post between the text's paragraphs, whatever its box's name
                chrome, weight = False, 0
            # a box around the headline that holds running text is read, marked as chrome
            # (as the walk without hints reads every box): the page's own whatever its name
            # says, a layout's wrapper around the article ("js-social-anchor-start",
            # "modal-enabled", "site_header"), or the article's header with its lede; the
            # boxes inside it keep their hints
            if chrome and self.use_hints and not self.headed_text(el):
                if not _a_stamp(el):
                    prose = 0 if never_article(el) else _prose(el)
                    if prose:
                        self.skipped_prose.append((el, prose))
                    elif self.blocks and not self.size and next(el.iter("a"), None) is not None:
                        self.before_links.add(len(self.blocks) - 1)
                    return
                # a box named as a time stamp is read, marked: a live blog's entries open
                # with them (the choice drops the others)
                chrome, weight, stamp = False, 0, True
        if tag == "figure" and next(el.iter("img"), None) is not None:
            # a figure without a picture is a pull quote, an embed, a chart's text: read on
            self.figure(el)
            return
        if tag == "hr":
            self.flush()
            self.rule = True
            return
        if tag == "table" and _is_data_table(el):
            self.table(el)
            return
        if tag == "dl":
            pairs = _term_pairs(el)
            if pairs:
                self.terms(pairs)
                return
        self.flush()
        saved = (
            self.kind,
            self.level,
            self.tag,
            self.node,
            self.list_depth,
            self.ordered,
            self.listed,
            self.stamp,
            self.note,
        )
        self.stamp = stamp
        if tag in CONTAINER_TAGS or chrome:
            # without hints chrome is still marked, to be dropped inside the selection
            weight += _TAG_WEIGHTS.get(tag, 0)
            if el.get("itemprop") == "articleBody":
                weight += 30
            self.node = Node(el, self.node, weight, chrome)
            self.nodes.append(self.node)
        level = HEADINGS.get(tag)
        apart = self.apart
        if level is not None:
            self.kind, self.level = ParagraphKind.HEADING, level
            self.apart = any(glued(node) for node in el.iter())
        elif tag == "ul" or tag == "ol":
            if not self.list_depth:
                self.listed = el
            self.list_depth += 1
            self.ordered = tag == "ol"
        elif tag == "li":
            self.kind = ParagraphKind.ORDERED_LIST_ITEM if self.ordered else ParagraphKind.LIST_ITEM
            self.level = max(1, self.list_depth)
            self.note = el.get("id")
        elif tag == "blockquote":
            if self.kind is ParagraphKind.BODY:
                self.kind = ParagraphKind.BLOCKQUOTE
        elif tag == "pre":
            self.kind, self.level = ParagraphKind.PREFORMATTED, 0
            self.pre = True
        if tag != "div" or self.tag in ("body", "div"):
            self.tag = tag
        if "aria-expanded" in keys and not self.list_depth and a_panels_title(el):
            # an accordion's title box, its question in a link that opens the answer
            # (Elementor's "elementor-tab-title" around its "elementor-accordion-title")
            title, self.title = self.title, True
            self.walk_children(el)
            self.title = title
        else:
            self.walk_children(el)
        self.flush()
        self.pre = self.pre and tag != "pre"
        self.apart = apart
        (
            self.kind,
            self.level,
            self.tag,
            self.node,
            self.list_depth,
            self.ordered,
            self.listed,
            self.stamp,
            self.note,
        ) = saved

    def link(self, el: Element) -> None:
        href = el.get("href")
        if href is None or self.title:
            self.walk_children(el)
            return
        if "aria-expanded" in el.attrib and not self.list_depth and a_panels_title(el):
            # an accordion's question printed as a link that opens its answer (Elementor's
            # "elementor-accordion-title"): the page's text, not a link away (not a menu's
            # item, in a list, that opens its submenu)
            self.title = True
            self.walk_children(el)
            self.title = False
            return
        # a link may wrap whole blocks (a teaser's heading and summary):
        # flush() closes it in each block and reopens it in the next
        if "#" in href:
            # a link to a place in the page (a note's number in the text, the note's way
            # back), as "#fn1" or, in a page saved with its links made absolute, with the
            # page's own address before it: any link's fragment is noted, the address not
            # checked (the page's own may be unknown); choose._notes asks for more
            place = href.partition("#")[2]
            if place:
                self.cited.setdefault(place, len(self.blocks))
        entry = _OpenLink(self.size, self.resolve(href, LINK_SCHEMES), el.get("title"))
        self.open_links.append(entry)
        self.walk_children(el)
        self.open_links.pop()
        if self.size > entry.start:
            self.links.append((entry.start, self.size, entry.url, entry.title))

    def resolve(self, href: str, schemes: frozenset[str]) -> str | None:
        href = browser_view(href)  # so "jav\tascript:" is javascript:, as browsers read it
        if href.startswith(("https://", "http://")):
            return href  # absolute already: the common case, kept cheap
        if not href or (href.startswith("#") and self.base_url is None):
            return None
        try:
            url = urljoin(self.base_url, href) if self.base_url else href
        except ValueError:
            self.unsafe.append(href[:80])
            return None
        found = unsafe_scheme(url, schemes)
        if found is not None:
            if found != "data":  # inline images: nothing to report
                self.unsafe.append(href[:80])
            return None
        return url

    def image(self, el: Element) -> None:
        image = self.make_image(el, None, None)
        if image is not None and self.node is not None:
            self.figures.append(Figure(image, self.node))

    def make_image(self, el: Element, caption: str | None, credit: str | None) -> Image | None:
        width = dimension(el.get("width"))
        height = dimension(el.get("height"))
        if (width is not None and width < 50) or (height is not None and height < 50):
            return None  # icons, spacers and tracking pixels
        src = None
        for attribute in ("data-src", "data-lazy-src", "data-original", "src"):
            value = el.get(attribute)
            if value and not value.startswith("data:"):
                src = value
                break
        if src is None:
            srcset = el.get("srcset") or el.get("data-srcset")
            if srcset:
                src = srcset.strip().split(",")[0].split()[0] if srcset.strip() else None
        if not src:
            return None
        url = self.resolve(src, IMAGE_SCHEMES)
        if url is None:
            return None
        alt = el.get("alt")
        alt = _WS.sub(" ", alt).strip() or None if alt else None
        return Image(url=url, caption=caption, credit=credit, alt=alt, width=width, height=height)

    def figure(self, el: Element) -> None:
        """A figure is an image with its caption and credit, not a paragraph."""
        self.flush()
        img = next(el.iter("img"), None)
        caption_el = next(el.iter("figcaption"), None)
        if caption_el is None and el.tag != "figure":
            # a caption's box (:func:`_caption_box`) names its caption the same way
            # ("wp-caption-text", "image-caption")
            caption_el = _named_caption(el)
        caption = credit = None
        if caption_el is not None:
            credit_parts = []
            for child in caption_el.iter():
                if child is not caption_el and _is_credit(child):
                    credit_parts.append(_text(child))
            credit = " ".join(part for part in credit_parts if part) or None
            caption = _text(caption_el)
            if credit and caption:
                caption = caption.replace(credit, "").strip() or None
        slide = (
            caption_el is not None
            and caption is not None
            and len(caption) >= _SLIDE_TEXT
            and next(caption_el.iter("p"), None) is not None
        )
        if img is not None and self.node is not None:
            image = self.make_image(img, None if slide else caption or None, credit)
            if image is not None:
                self.figures.append(Figure(image, self.node))
        if slide:
            # paragraphs of prose under a picture: a gallery's slide, the article's text
            # (its credit stays the image's)
            assert caption_el is not None
            self.flush()
            if text := caption_el.text:
                self.add(text)
            for child in caption_el:
                if not _is_credit(child):
                    self.walk(child)
                if tail := child.tail:
                    self.add(tail)
            self.flush()

    def table(self, el: Element) -> None:
        """A data table: one paragraph per row, cells separated by `` | ``."""
        self.flush()
        saved = (self.kind, self.level)
        for part in el.iter("caption", "tr"):
            if part.tag == "caption":
                self.kind, self.level = ParagraphKind.CAPTION, 0
                self.walk_children(part)
                self.flush()
                continue
            self.kind, self.level = ParagraphKind.TABLE_ROW, 0
            for cell in part:
                if cell.tag not in ("td", "th"):
                    continue
                before = (len(self.parts), self.size)
                if self.size:
                    # a cell's text that ends in white space has its space already
                    separator = "| " if self.parts[-1].endswith(" ") else " | "
                    self.parts.append(separator)
                    self.size += len(separator)
                    self.space = True
                mark = self.size
                self.walk_children(cell)
                if self.size == mark:
                    del self.parts[before[0] :]
                    self.size = before[1]
            self.flush()
        self.kind, self.level = saved

    def terms(self, pairs: list[list[Element]]) -> None:
        """A list of facts (``<dl>``: "Datum" / "17. Dezember", "Ort" / "Stadthalle"): one
        row per term, its descriptions after it, separated by `` | `` as a table's cells
        (the term's colon left out, the separator says it)."""
        self.flush()
        saved = (self.kind, self.level)
        self.kind, self.level = ParagraphKind.TABLE_ROW, 0
        for pair in pairs:
            for i, part in enumerate(pair):
                if i:
                    while self.parts and not self.parts[-1].rstrip(" \t\n:"):
                        self.size -= len(self.parts.pop())
                    if self.parts:
                        last = self.parts[-1]
                        kept = last.rstrip(" \t\n:")
                        self.size -= len(last) - len(kept)
                        self.parts[-1] = kept
                    self.parts.append(" | ")
                    self.size += 3
                    self.space = True
                if any(
                    isinstance(inner.tag, str) and inner.tag in BLOCK_TAGS
                    for inner in part.iterdescendants()
                ):
                    # a value in a box of its own ("<dd><div>17:00</div></dd>"): its shown
                    # text, which a walk would part from its term
                    shown: list[str] = []
                    _shown_text(part, shown)
                    self.add("".join(shown))
                else:
                    self.walk_children(part)
            self.flush()
        self.kind, self.level = saved


def _shown_text(el: Element, out: list[str]) -> None:
    """Add to ``out`` the text ``el`` shows: not its scripts, styles and the like
    (:data:`SKIP_TAGS`) nor its hidden elements, a blank around each block ("<div>17.
    Juni</div><div>Karten</div>" is "17. Juni Karten")."""
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag
        if type(tag) is str and tag not in SKIP_TAGS and not _hidden(child):
            block = tag in BLOCK_TAGS or tag == "br"
            if block:
                out.append(" ")
            _shown_text(child, out)
            if block:
                out.append(" ")
        if child.tail:
            out.append(child.tail)


# The blocks that make a term or a description a glossary's prose (a <div> or an <address>
# around a value is no such block).
_TEXT_BLOCKS = frozenset(
    {"p", "ul", "ol", "li", "table", "blockquote", "pre", "dl", "h1", "h2", "h3", "h4", "h5", "h6"}
)
# A list of facts: this many terms at least, each this short, each description this short.
_MIN_TERMS = 2
_MAX_TERM = 60
_MAX_DESCRIPTION = 200


def _term_pairs(el: Element) -> list[list[Element]] | None:
    """The terms of a ``<dl>`` of facts, each with its descriptions: every term (``<dt>``,
    :data:`_MAX_TERM` characters at most) followed by one description or more (``<dd>``, of
    :data:`_MAX_DESCRIPTION`), none hidden (an accordion's answers under their questions),
    none holding a block (a paragraph, a list: a glossary's prose),
    :data:`_MIN_TERMS` terms at least, and nothing else but boxes around a pair.  Else
    ``None``: the list is read as blocks (a glossary of long definitions, a CMS's box of
    details without terms)."""
    pairs: list[list[Element]] = []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        parts = [child] if child.tag in ("dt", "dd") else list(child.iterchildren("dt", "dd"))
        if not parts or (child.tag not in ("dt", "dd", "div")):
            return None
        for part in parts:
            # (the tags first: cheaper than the text of a glossary's long definitions)
            if any(
                isinstance(inner.tag, str) and inner.tag in _TEXT_BLOCKS
                for inner in part.iterdescendants()
            ):
                return None  # paragraphs in a term or a description: a glossary's prose
            size = len(text_content(part).strip())
            if part.tag == "dt":
                if size > _MAX_TERM or not size:
                    return None
                pairs.append([part])
            elif not pairs or size > _MAX_DESCRIPTION or _hidden(part):
                return None
            else:
                pairs[-1].append(part)
    if len(pairs) < _MIN_TERMS or any(len(pair) < 2 for pair in pairs):
        return None
    return pairs


#: MathML's token elements: a formula's identifiers, numbers, operators and words.
_MATH_TOKENS = frozenset({"mi", "mn", "mo", "mtext", "ms"})
#: MathML's other notations of a formula (TeX, content MathML): not its printed symbols.
_MATH_NOTES = frozenset({"annotation", "annotation-xml"})
#: The encodings of a TeX annotation (``<annotation encoding="application/x-tex">``).
_TEX = frozenset({"application/x-tex", "text/x-tex", "tex", "latex", "application/x-latex"})


def formula(el: Element) -> str:
    """A MathML formula (``<math>``) as text: its TeX when the page gives it, else its symbols.

    The TeX is what the page gives as the formula's text (``alttext``, MathML's text
    alternative, or an ``<annotation>`` in TeX): the author's own writing of it, which reads
    as one line and keeps what the symbols in a row lose (``x^2`` is not ``x 2``).  Without
    it, the token elements' text in order, apart: ``a x 2 + b x + c = 0``, every number and
    name of the formula searchable (the symbols the browser shows, as a copy of them pastes).
    """
    alt = el.get("alttext")
    if alt and alt.strip():
        return " ".join(alt.split())
    for note in el.iter("annotation"):
        if (note.get("encoding") or "").strip().casefold() in _TEX:
            tex = " ".join(text_content(note).split())
            if tex:
                return tex
    tokens: list[str] = []
    stack = [el]
    while stack:
        node = stack.pop()
        if node.tag in _MATH_TOKENS:
            if token := " ".join(text_content(node).split()):
                tokens.append(token)
            continue
        # children last first: the stack gives them back in order
        stack.extend(child for child in reversed(node) if child.tag not in _MATH_NOTES)
    return " ".join(tokens)


# Class words of a time stamp's box; its text is this long at most.
_STAMP_WORDS = frozenset({"date", "time", "timestamp", "published", "updated", "dateline"})
_MAX_STAMP = 50


def _a_stamp(el: Element) -> bool:
    """Whether ``el`` is a box named as a time stamp alone ("time", "date"), of a short text
    with a number in it ("18:10 Uhr"): read, not skipped, and marked."""
    if names_chrome(el, _STAMP_WORDS):
        return False
    text = text_content(el)
    return len(text) <= _MAX_STAMP and any(char.isdigit() for char in text)


def _links(
    text: str, found: list[tuple[int, int, str | None, str | None]]
) -> tuple[tuple[Link, ...], int]:
    """The links of a paragraph's ``text`` and how many of its characters are linked.

    ``found`` are the ranges the walk recorded; each is trimmed of white space
    at its ends; ranges without a (safe) URL count as linked text but make no link.
    """
    links: list[Link] = []
    link_chars = 0
    size = len(text)
    for start, end, url, title in found:
        end = min(end, size)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            link_chars += end - start
            if url is not None:
                links.append(Link(start=start, end=end, url=url, title=title))
    return tuple(links), link_chars


def _names_caption(value: str | None) -> bool:
    """Whether a class value has the word "caption" ("wp-caption", "imageCaption"), not after
    "no" or "without" ("no_caption", "withoutCaption": a box that has none)."""
    # the substring first: nearly every class value is decided without reading its words
    return value is not None and "aption" in value and names_chrome_word(value, "caption")


def _named_caption(el: Element) -> Element | None:
    """The first element inside ``el`` whose class names it a caption ("wp-caption-text")."""
    return next(
        (child for child in el.iterdescendants() if _names_caption(child.get("class"))), None
    )


def _caption_box(el: Element) -> bool:
    """Whether ``el`` is a box around a picture named as its caption's (not a ``<figure>``).

    WordPress puts a picture and its caption in ``<div class="wp-caption"><img><p
    class="wp-caption-text">``: the box is a figure, when it holds a picture and no
    text but its caption's (a credit's at most, :data:`_MAX_BESIDE_CAPTION` characters:
    a box so named around a heading and its picture is a section, and one without a
    picture what its name says, a caption, or a box of other stories named alike).
    """
    if not _names_caption(el.get("class")) or next(el.iter("img"), None) is None:
        return False
    caption = _named_caption(el)
    beside = len(_text(el)) - (len(_text(caption)) if caption is not None else 0)
    return beside <= _MAX_BESIDE_CAPTION


def _is_credit(el: Element) -> bool:
    words = hint_words((el.get("class") or "") + " " + (el.get("itemprop") or ""))
    return any(
        word.startswith(("credit", "copyright", "photographer", "source", "author"))
        for word in words
    )


def _text(el: Element) -> str:
    return _WS.sub(" ", text_content(el)).strip()


# A caption's box holds this much text at most beside its caption (a credit).
_MAX_BESIDE_CAPTION = 80

# A caption this long, in paragraphs, is a gallery slide's text: a picture's
# caption is a sentence or two (rarely 300 characters), a slide's is prose.
_SLIDE_TEXT = 350

_LAYOUT = frozenset({"p", "div", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "pre"})


# A table with more of its cells holding blocks than this share lays out a page.
_LAYOUT_CELLS = 0.2
# So does a table with a cell of this much text: a data table's cells are names and figures.
_LAYOUT_TEXT = 400


def _is_data_table(el: Element) -> bool:
    """A table of data, not one that lays out a page.

    A layout table nests tables, holds blocks (paragraphs, lists, ...) in
    many of its cells, or, without a column heading (``<th>``), holds lines of
    prose in a cell (:data:`_LAYOUT_TEXT` characters and a ``<br>``: an old
    page's text in ``<font>`` and ``<br>``); a data table
    has a paragraph in a cell or two at most (a note under a list of
    results), and its rows are read as rows.
    """
    cells = 0
    laid_out: set[Element] = set()
    for child in el.iterdescendants():
        tag = child.tag
        if tag == "td" or tag == "th":
            cells += 1
        elif tag == "table":
            return False
        elif tag in _LAYOUT:
            cell = next(child.iterancestors("td", "th"), None)
            if cell is None:
                return False
            laid_out.add(cell)
    if len(laid_out) > _LAYOUT_CELLS * cells:
        return False
    # a page laid out before CSS holds its text in a cell, in <font> and <br>, not in
    # blocks; a data table heads its columns (<th>), and a long cell of it is one note
    if next(el.iter("th"), None) is not None:
        return True
    return not any(
        len(text_content(cell)) >= _LAYOUT_TEXT and next(cell.iter("br"), None) is not None
        for cell in el.iter("td")
    )

"""Finding the article's own text in a page and keeping its structure.

One walk over ``<body>`` turns the page into a flat list of blocks
(paragraphs, headings, list items, ...) with their links, and a light tree
of the containers (``div``, ``section``, ``article``, ...) that hold them.
Elements that are never content (scripts, navigation, forms, hidden
elements) and block elements whose class or id names them as chrome (share
bars, comments, related links, newsletter boxes, ...) are skipped on the way.

Each paragraph then votes for the containers above it, the way Readability
scores candidates: more text and more commas give more points, the nearest
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
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from urllib.parse import urljoin

import attrs

from ...errors import warn
from ...model import Image, Link, Paragraph, ParagraphKind
from ...urls import IMAGE_SCHEMES, LINK_SCHEMES, browser_view, scheme
from .hints import (
    BLOCK_TAGS,
    CONTAINER_TAGS,
    HEADINGS,
    NEGATIVE,
    POSITIVE,
    SKIP_TAGS,
    STRONG_NEGATIVE,
    hint_words,
)
from .tree import Element, text_content

__all__ = ["Body", "extract_body"]

_WS = re.compile(r"\s+")
_COMMAS = ",，、،"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SENTENCE_END = frozenset(".!?…:;\"”»'’。！？｡।؟۔")
_HIDING = frozenset({"hidden", "aria-hidden", "style"})
_TAG_WEIGHTS = {
    "div": 5,
    "article": 10,
    "main": 5,
    "td": 3,
    "form": -3,
    "header": -5,
}
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
# Without class/id hints the walk is redone when the body is shorter than this.
_RETRY_BELOW = 250


@attrs.frozen
class Body:
    """What :func:`extract_body` found: the body's blocks and its figures."""

    paragraphs: tuple[Paragraph, ...] = ()
    images: tuple[Image, ...] = ()


class _Node:
    """A container element and the votes it collected."""

    __slots__ = (
        "chars",
        "chrome",
        "el",
        "link_chars",
        "parent",
        "score",
        "selected",
        "value",
        "weight",
    )

    def __init__(
        self, el: Element, parent: _Node | None, weight: int, chrome: bool = False
    ) -> None:
        self.el = el
        self.parent = parent
        self.weight = weight
        self.chrome = chrome
        self.score = 0.0
        self.value = 0.0
        self.chars = 0
        self.link_chars = 0
        self.selected = False

    def final_score(self) -> float:
        density = self.link_chars / self.chars if self.chars else 0.0
        return self.score * (1.0 - density) * (1.0 + self.weight / 50.0)


class _Block:
    __slots__ = ("kind", "level", "link_chars", "links", "node", "tag", "text")

    def __init__(
        self,
        text: str,
        kind: ParagraphKind,
        level: int,
        links: tuple[Link, ...],
        link_chars: int,
        node: _Node,
        tag: str,
    ) -> None:
        self.text = text
        self.kind = kind
        self.level = level
        self.links = links
        self.link_chars = link_chars
        self.node = node
        self.tag = tag


class _OpenLink:
    __slots__ = ("start", "title", "url")

    def __init__(self, start: int, url: str | None, title: str | None) -> None:
        self.start = start
        self.url = url
        self.title = title


class _Figure:
    __slots__ = ("image", "node")

    def __init__(self, image: Image, node: _Node) -> None:
        self.image = image
        self.node = node


def _matcher(hints: Iterable[str]) -> Callable[[str], bool]:
    """A test for one word of a class or id value (see :mod:`.hints`).

    A hint of five letters or more starts the word (``comments``), a shorter
    one is the word (``ad``, not ``address``).
    """
    long = tuple(hint for hint in hints if len(hint) >= 5)
    short = frozenset(hint for hint in hints if len(hint) < 5)

    def matches(word: str) -> bool:
        return word in short or word.startswith(long)

    return matches


_strong = _matcher(STRONG_NEGATIVE)
_weak = _matcher(NEGATIVE)
_positive = _matcher(POSITIVE)
_NO_HINTS = (False, False, False)
# Class and id values repeat within a page and across a site's pages, and
# their words (``article``, ``wrapper``, ``share``) across every site: both
# are looked up once.
_MAX_CACHE = 50_000
_hint_cache: dict[str, tuple[bool, bool, bool]] = {}


# only read when a value is not in _hint_cache: lru_cache's bookkeeping is off the hot path
@functools.lru_cache(maxsize=_MAX_CACHE)
def _word_hints(word: str) -> tuple[bool, bool, bool]:
    return _strong(word), _weak(word), _positive(word)


def _value_hints(value: str) -> tuple[bool, bool, bool]:
    """``(strong negative, negative, positive)`` for one class or id value."""
    cached = _hint_cache.get(value)
    if cached is None:
        strong = weak = positive = False
        for word in hint_words(value):
            word_strong, word_weak, word_positive = _word_hints(word)
            strong, weak, positive = (
                strong or word_strong,
                weak or word_weak,
                positive or word_positive,
            )
        cached = (strong, weak, positive)
        if len(_hint_cache) > _MAX_CACHE:
            _hint_cache.clear()
        _hint_cache[value] = cached
    return cached


def _hints(el: Element) -> tuple[bool, int]:
    """``(chrome, weight)`` from the element's class and id."""
    cls = el.get("class")
    ident = el.get("id")
    strong, weak, positive = _value_hints(cls) if cls else _NO_HINTS
    if ident:
        strong2, weak2, positive2 = _value_hints(ident)
        strong, weak, positive = strong or strong2, weak or weak2, positive or positive2
    chrome = strong or (weak and not positive)
    weight = 25 if positive and not strong else -25 if chrome else 0
    return chrome, weight


def _hidden(el: Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


class _Walker:
    """One pass over the body: blocks, containers and figures."""

    def __init__(self, base_url: str | None, use_hints: bool) -> None:
        self.base_url = base_url
        self.use_hints = use_hints
        self.blocks: list[_Block] = []
        self.nodes: list[_Node] = []
        self.figures: list[_Figure] = []
        self.unsafe: list[str] = []
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
        self.node: _Node | None = None
        self.list_depth = 0
        self.ordered = False

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
        if not self.size:
            self.links = []
            return
        for entry in self.open_links:
            if self.size > entry.start:
                self.links.append((entry.start, self.size, entry.url, entry.title))
            entry.start = 0
        text = "".join(self.parts)
        self.parts = []
        self.size = 0
        self.space = True
        if not self.pre:
            text = text.rstrip()
        elif not text.strip():
            text = ""
        found = self.links
        self.links = []
        if not text:
            return
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
        assert self.node is not None
        self.blocks.append(
            _Block(text, self.kind, self.level, tuple(links), link_chars, self.node, self.tag)
        )

    # --- the walk -------------------------------------------------------

    def walk_children(self, el: Element) -> None:
        # most texts and tails are None: no call for them
        if text := el.text:
            self.add(text)
        for child in el:
            self.walk(child)
            if tail := child.tail:
                self.add(tail)

    def walk(self, el: Element) -> None:
        tag = el.tag
        if type(tag) is not str or tag in SKIP_TAGS:
            return
        keys = el.keys()
        if keys and not _HIDING.isdisjoint(keys) and _hidden(el):
            return
        weight = 0
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
        if "class" in keys or "id" in keys:
            chrome, weight = _hints(el)
            if chrome and self.use_hints:
                return
        if tag == "figure" and next(el.iter("img"), None) is not None:
            # a figure without a picture is a pull quote, an embed, a chart's text: read on
            self.figure(el)
            return
        if tag == "hr":
            self.flush()
            return
        if tag == "table" and _is_data_table(el):
            self.table(el)
            return
        self.flush()
        saved = (self.kind, self.level, self.tag, self.node, self.list_depth, self.ordered)
        if tag in CONTAINER_TAGS or chrome:
            # without hints chrome is still marked, to be dropped inside the selection
            weight += _TAG_WEIGHTS.get(tag, 0)
            if el.get("itemprop") == "articleBody":
                weight += 30
            self.node = _Node(el, self.node, weight, chrome)
            self.nodes.append(self.node)
        level = HEADINGS.get(tag)
        if level is not None:
            self.kind, self.level = ParagraphKind.HEADING, level
        elif tag == "ul" or tag == "ol":
            self.list_depth += 1
            self.ordered = tag == "ol"
        elif tag == "li":
            self.kind = ParagraphKind.ORDERED_LIST_ITEM if self.ordered else ParagraphKind.LIST_ITEM
            self.level = max(1, self.list_depth)
        elif tag == "blockquote":
            if self.kind is ParagraphKind.BODY:
                self.kind = ParagraphKind.BLOCKQUOTE
        elif tag == "pre":
            self.kind, self.level = ParagraphKind.PREFORMATTED, 0
            self.pre = True
        if tag != "div" or self.tag in ("body", "div"):
            self.tag = tag
        self.walk_children(el)
        self.flush()
        self.pre = self.pre and tag != "pre"
        self.kind, self.level, self.tag, self.node, self.list_depth, self.ordered = saved

    def link(self, el: Element) -> None:
        href = el.get("href")
        if href is None:
            self.walk_children(el)
            return
        # a link may wrap whole blocks (a teaser's heading and summary):
        # flush() closes it in each block and reopens it in the next
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
        found = scheme(url)
        if found is not None and found not in schemes:
            if found != "data":  # inline images: nothing to report
                self.unsafe.append(href[:80])
            return None
        return url

    def image(self, el: Element) -> None:
        image = self.make_image(el, None, None)
        if image is not None and self.node is not None:
            self.figures.append(_Figure(image, self.node))

    def make_image(self, el: Element, caption: str | None, credit: str | None) -> Image | None:
        width = _dimension(el.get("width"))
        height = _dimension(el.get("height"))
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
        if img is not None and self.node is not None:
            image = self.make_image(img, caption or None, credit)
            if image is not None:
                self.figures.append(_Figure(image, self.node))

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
                    self.parts.append(" | ")
                    self.size += 3
                    self.space = True
                mark = self.size
                self.walk_children(cell)
                if self.size == mark:
                    del self.parts[before[0] :]
                    self.size = before[1]
            self.flush()
        self.kind, self.level = saved


def _is_credit(el: Element) -> bool:
    words = hint_words((el.get("class") or "") + " " + (el.get("itemprop") or ""))
    return any(
        word.startswith(("credit", "copyright", "photographer", "source", "author"))
        for word in words
    )


def _text(el: Element) -> str:
    return _WS.sub(" ", text_content(el)).strip()


def _dimension(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip().removesuffix("px")
    return int(value) if value.isdigit() and len(value) < 7 else None


_LAYOUT = frozenset({"p", "div", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "pre"})


def _is_data_table(el: Element) -> bool:
    """A table of data, not one that lays out a page: no blocks in its cells."""
    return not any(child.tag in _LAYOUT for child in el.iterdescendants())


def extract_body(
    root: Element,
    *,
    base_url: str | None = None,
    hint_text: str | None = None,
    titles: Iterable[str | None] = (),
) -> Body:
    """The article body of the page ``root``: its blocks and figures.

    ``base_url`` resolves relative links; ``titles`` (the headline and
    subheadline) are dropped where the page repeats them above the first
    paragraph; ``hint_text`` is the body as the
    page's metadata gives it (JSON-LD ``articleBody``), used only to check
    that the chosen text is not far shorter.
    """
    body = root.find("body")
    if body is None:
        body = root
    walker = _walk(body, base_url, use_hints=True)
    repeated = frozenset(_fold(title) for title in titles if title)
    blocks, figures = _select(walker, repeated)
    size = _text_size(blocks)
    if size < _RETRY_BELOW or (hint_text and size < len(hint_text) / 3):
        retry = _walk(body, base_url, use_hints=False)
        blocks2, figures2 = _select(retry, repeated)
        if _text_size(blocks2) > size:
            walker, blocks, figures = retry, blocks2, figures2
    if walker.unsafe:
        shown = ", ".join(repr(href) for href in walker.unsafe[:3])
        warn(
            f"HTML page: {len(walker.unsafe)} URL(s) with a scheme other than "
            f"http, https or mailto (images: http or https) were dropped ({shown})"
        )
    paragraphs = tuple(
        Paragraph(
            text=block.text,
            kind=block.kind,
            links=block.links,
            level=block.level if block.kind is not ParagraphKind.BODY else 0,
        )
        for block in blocks
    )
    return Body(paragraphs=paragraphs, images=tuple(figure.image for figure in figures))


def _text_size(blocks: list[_Block]) -> int:
    return sum(len(block.text) for block in blocks)


def _walk(body: Element, base_url: str | None, *, use_hints: bool) -> _Walker:
    walker = _Walker(base_url, use_hints)
    root = _Node(body, None, 0)
    walker.node = root
    walker.nodes.append(root)
    walker.walk_children(body)
    walker.flush()
    return walker


def _select(walker: _Walker, repeated: frozenset[str]) -> tuple[list[_Block], list[_Figure]]:
    """The blocks and figures of the best container and its continuation."""
    blocks = walker.blocks
    if not blocks:
        return [], []
    for block in blocks:
        size = len(block.text)
        value = _block_value(block)
        node: _Node | None = block.node
        depth = 0
        if size >= _MIN_VOTE and block.kind is not ParagraphKind.HEADING:
            vote = 1 + _commas(block.text) + min(size // 100, 3)
        else:
            vote = 0
        while node is not None:
            node.chars += size
            node.link_chars += block.link_chars
            node.value += value
            if vote:
                node.score += vote / (1 if depth == 0 else 2 if depth == 1 else depth * 3)
            node = node.parent
            depth += 1
    top = max(walker.nodes, key=_Node.final_score)
    # a container that only wraps the winner adds nothing but keeps siblings apart
    while top.parent is not None and (top.parent.chars == top.chars or _continues(top, top.parent)):
        top = top.parent
    top.selected = True
    best = top.final_score()
    parent = top.parent
    loose: set[int] = set()
    if parent is not None:
        threshold = max(10.0, best * 0.2)
        signature = _signature(top.el)
        for node in walker.nodes:
            if node.parent is not parent or node is top:
                continue
            if node.final_score() >= threshold or (
                node.value > 0 and _signature(node.el) == signature
            ):
                node.selected = True
        for i, block in enumerate(blocks):
            if block.node is parent and block.tag == "p" and _reads_as_text(block):
                loose.add(i)
    inside = [block for i, block in enumerate(blocks) if i in loose or _kept_under(block)]
    # a page that is all links (a list of deals, a link blog) is still what it is
    chosen = [block for block in inside if _keep(block)] or [
        block for block in blocks if _within(block.node)
    ]
    # the lead picture often sits just outside the text's container, beside it
    scope = parent if parent is not None and parent.parent is not None else top
    figures = [figure for figure in walker.figures if _within(figure.node, scope)]
    return _trim_top(chosen, repeated), figures


def _commas(text: str) -> int:
    return sum(text.count(comma) for comma in _COMMAS)


def _within(node: _Node | None, scope: _Node | None = None) -> bool:
    """Whether ``node`` is in the selection, or inside ``scope``."""
    while node is not None:
        if node is scope or node.selected:
            return True
        node = node.parent
    return False


def _block_value(block: _Block) -> float:
    """How much a block reads as article text (positive) or as chrome (negative)."""
    size = len(block.text)
    density = block.link_chars / size
    if block.kind is ParagraphKind.HEADING:
        return -2.0 * block.link_chars
    return size * (1.0 - 2.0 * density) - _BLOCK_COST


def _continues(top: _Node, parent: _Node) -> bool:
    """Whether ``parent`` holds more of the same text: an article split into chunks."""
    gain = parent.value - top.value
    return (
        gain >= _MIN_GAIN
        and gain >= _GAIN_SHARE * top.value
        and parent.link_chars <= _BOX_LINK_DENSITY * parent.chars
    )


def _signature(el: Element) -> tuple[str, str]:
    """What repeated containers of the same kind share: tag and class."""
    return el.tag, " ".join((el.get("class") or "").split())


def _kept_under(block: _Block) -> bool:
    """Whether the block is in the selection, and not in a box of links inside it.

    A box of teasers (linked titles with a line of summary each) is linked
    enough and short enough that its blocks add up to less than nothing.
    """
    node: _Node | None = block.node
    while node is not None:
        if node.selected:
            return True
        if node.chrome or (node.value < 0 and node.link_chars > _BOX_LINK_DENSITY * node.chars):
            return False
        node = node.parent
    return False


def _reads_as_text(block: _Block) -> bool:
    size = len(block.text)
    density = block.link_chars / size
    if size > 80:
        return density < 0.25
    return density == 0 and block.text[-1] in _SENTENCE_END


def _keep(block: _Block) -> bool:
    """Not navigation: mostly plain text, or a linked title with a sentence of its own."""
    plain = len(block.text) - block.link_chars
    return block.link_chars <= _MAX_LINK_DENSITY * len(block.text) or plain >= _OWN_SENTENCE


def _trim_top(blocks: list[_Block], repeated: frozenset[str]) -> list[_Block]:
    """Drop the headline, dek, byline, dateline and tools repeated above the first paragraph.

    Above the first block that reads as a sentence, only headings below the
    headline's level that do not repeat the headline or dek are kept.  (A
    paragraph that repeats the dek stays: pages often take the dek from it.)
    """
    for i, block in enumerate(blocks):
        if _is_sentence(block):
            head = [
                block
                for block in blocks[:i]
                if block.kind is ParagraphKind.HEADING
                and block.level > 1
                and _fold(block.text) not in repeated
            ]
            return head + blocks[i:]
    return blocks


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _is_sentence(block: _Block) -> bool:
    text = block.text
    if block.kind is ParagraphKind.HEADING:
        return False
    return len(text) >= 100 or (len(text) >= 20 and text[-1] in _SENTENCE_END)

"""The body finder's entry point: walk the page, choose the article, retry without hints.

:mod:`.walk` reads the page and :mod:`.choose` picks the article out of it.
When that leaves very little, the page is walked again without skipping
chrome by class or id (a site whose content classes read as chrome) and the
longer result wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import attrs

from .... import limits
from ....errors import warn
from ....model import Image, Paragraph, ParagraphKind
from ..hints import PAYWALL_WORDS
from ..metadata.fields.language import page_language
from ..tree import Element, load_tree, text_content, text_within
from .boilerplate import is_fold, is_pager, offers_subscription
from .choose import choose_article
from .class_hints import class_hints, page_builders
from .measures import ancestors, fold, is_sentence
from .walk import Block, Figure, Walker, walk_body

__all__ = ["Body", "extract_body"]

# Without class/id hints the walk is redone when the body is shorter than this, or than the
# running text in the boxes the hints skipped (a page builder's "widget" boxes).
_RETRY_BELOW = 500
# A body shorter than this is checked for signs that it is a fragment.
_SHORT_BODY = 500
_MAX_FOLD = 60
# A body shorter than this with a "read more" link in its last box (or the next ones) is a teaser.
_TEASER = 3000
_FOLD_AFTER = 2
# A paywall's box is looked for after the text's box and after the boxes this many levels up.
_PAYWALL_UP = 3
_FOLD_LINKS = 10
_IN_PAGE = ("#", "javascript:")
# Running text: blocks this long; a short body with this much more of it around is a fragment.
_PROSE_BLOCK = 150
_PROSE_AROUND = 2000
_PROSE_SHARE = 4
# A box of a subscription's offer, read by its words, prints this many characters at most.
_MAX_OFFER = 800


@attrs.frozen
class Body:
    """What :func:`extract_body` found: the body's blocks and its figures."""

    paragraphs: tuple[Paragraph, ...] = ()
    images: tuple[Image, ...] = ()


def extract_body(
    root: Element,
    *,
    base_url: str | None = None,
    hint_text: str | None = None,
    titles: Iterable[str | None] = (),
    language: str | None = None,
    headline: Element | None = None,
) -> Body:
    """The article body of the page ``root``: its blocks and figures.

    ``base_url`` resolves relative links; ``titles`` (the headline and
    subheadline) are dropped where the page repeats them above the first
    paragraph; ``hint_text`` is the body as the
    page's metadata gives it (JSON-LD ``articleBody``), used only to check
    that the chosen text is not far shorter.  ``language`` is the page's as
    the metadata chose it (BCP 47), in which bylines in the text are read;
    without it, the page's ``lang`` or ``xml:lang``.  ``headline`` is the
    element that prints the headline (the metadata's ``headline_element``):
    the boxes around it are the page's own, whatever their class says.
    """
    if language is None:
        language = page_language(root.getroottree().getroot())
    blocks, figures = _find(
        root,
        base_url=base_url,
        hint_text=hint_text,
        titles=titles,
        language=language,
        headline=headline,
    )
    return Body(paragraphs=_paragraphs(blocks), images=tuple(figure.image for figure in figures))


def _find(
    root: Element,
    *,
    base_url: str | None,
    hint_text: str | None,
    titles: Iterable[str | None],
    language: str | None,
    headline: Element | None,
) -> tuple[list[Block], list[Figure]]:
    """The article's blocks and figures: the walk, the choice, and the checks of the result.

    The walks' other blocks are let go when it returns (see :func:`_paragraphs`).
    """
    body = root.find("body")
    if body is None:
        body = root
    walker = walk_body(body, base_url, use_hints=True, headline=headline)
    repeated = frozenset(fold(title) for title in titles if title)
    blocks, figures = choose_article(walker, repeated, language=language)
    size = _text_size(blocks)
    if (
        size < _RETRY_BELOW
        or _prose_elsewhere(walker, blocks) > size
        or (hint_text and size < len(hint_text) / 3)
    ):
        retry = walk_body(body, base_url, use_hints=False, headline=headline)
        blocks2, figures2 = choose_article(retry, repeated, language=language)
        size2 = _text_size(blocks2)
        if size2 > size and not (_a_post(blocks) and _under_chrome(blocks2)):
            walker, blocks, figures, size = retry, blocks2, figures2, size2
    if hint_text and size < len(hint_text) / 3:
        # a page that builds its article in the browser: the articleBody is the text
        hinted = walk_body(_hint_tree(hint_text), base_url, use_hints=False).blocks
        if _text_size(hinted) > size:
            warn(
                f"HTML page: the body found ({size} characters) is far shorter than the "
                f"page's articleBody ({len(hint_text)}) and may be incomplete: the articleBody "
                "is used instead"
            )
            blocks, figures, size = hinted, [], _text_size(hinted)
    offer = _offer_at_end(blocks)
    if offer:
        # a subscription's offer in the box the text was found in: not the text, and a sign
        # that the rest of it is behind the offer
        del blocks[-offer:]
        size = _text_size(blocks)
        warn(
            f"HTML page: the body found ({size} characters) ends in a subscription's offer "
            "(a paywall): the rest of the article may be behind it"
        )
    else:
        _check_complete(
            body,
            walker.blocks,
            blocks,
            size=size,
            hint_text=hint_text,
            headline=headline,
            unfolded=_unfolded(walker, blocks),
        )
    first, last = limits.checked_edges()
    if len(walker.blocks) > first + last:
        warn(
            f"HTML page: {len(walker.blocks):,} lines; the rules that tell the site's lines "
            f"from the article's judged the first {first:,} and the last {last:,} only "
            "(newsdoc.limits.MAX_CHECKED_LINES): the lines between are kept with their box"
        )
    if walker.unsafe:
        shown = ", ".join(repr(href) for href in walker.unsafe[:3])
        warn(
            f"HTML page: {len(walker.unsafe)} URL(s) with a scheme other than "
            f"http, https or mailto (images: http or https) were dropped ({shown})"
        )
    return blocks, figures


def _paragraphs(blocks: list[Block]) -> tuple[Paragraph, ...]:
    """The body's paragraphs, made from ``blocks``, which is emptied on the way.

    Each block is let go as soon as its paragraph is made, so that a page of
    many short paragraphs never holds all of both: together they were a
    third of the peak memory of its parse.
    """
    blocks.reverse()
    paragraphs = []
    while blocks:
        block = blocks.pop()
        paragraphs.append(
            Paragraph(
                text=block.text,
                kind=block.kind,
                links=block.links,
                level=block.level if block.kind is not ParagraphKind.BODY else 0,
            )
        )
    return tuple(paragraphs)


def _prose_elsewhere(walker: Walker, blocks: list[Block]) -> int:
    """The running text in boxes the walk skipped as chrome outside the boxes of ``blocks``.

    Inside them it is the article's own furniture (a gallery's captions); outside, as
    much of it as the text found is an article the hints hid (a page builder's "widget"
    boxes).  A page builder's box (:func:`.class_hints.page_builders`) counts wherever it
    stands: a paragraph straight in ``<main>`` above the builder's sections is found in
    the box that holds them.
    """
    if not walker.skipped_prose:
        return 0
    found = {block.node.el for block in blocks if block.node is not None}
    return sum(
        prose
        for el, prose in walker.skipped_prose
        if page_builders(el) or not any(box in found for box in el.iterancestors())
    )


def _check_complete(
    body: Element,
    walked: list[Block],
    blocks: list[Block],
    *,
    size: int,
    hint_text: str | None,
    headline: Element | None = None,
    unfolded: bool = False,
) -> None:
    """Warn when the body found looks like a fragment of the article.

    Five signs: the page's own ``articleBody`` is far longer; a box named as a
    paywall right after the text (:func:`_paywall_after`), and the text is no
    longer than a teaser; a "read more"
    link or button (:func:`.boilerplate.is_fold`) in the box of the text's
    end or right after it, and the text is no longer than a teaser
    (:data:`_TEASER`: a teaser cut at a fold); the body is short and such a
    link is anywhere on the page; the body is short and the page around it reads
    as far more running text (paragraphs of sentences, not links).  A "read more"
    link to where a title links too (a linked heading, a link of a few words, not
    the page's headline) is another story's teaser's (:class:`_Titled`): a short
    article beside related stories is whole.  When the text read holds the rest the
    page had folded (``unfolded``: hidden, behind the toggle), the toggle is no sign.
    """
    if hint_text and size < len(hint_text) / 3:
        warn(
            f"HTML page: the body found ({size} characters) is far shorter than the "
            f"page's articleBody ({len(hint_text)}); the article may be incomplete"
        )
        return
    if size < _TEASER and _paywall_after(blocks):
        warn(
            f"HTML page: the body found ({size} characters) is followed by a subscription's "
            "offer (a paywall): the rest of the article may be behind it"
        )
        return
    titled = _Titled(body, headline)
    fold = _fold_after(blocks, titled) if size < _TEASER and not unfolded else None
    if fold is not None:
        warn(
            f"HTML page: the body found ({size} characters) is followed by a {fold!r} "
            "link: the rest may be behind a fold"
        )
        return
    pager = _pager_after(blocks)
    if pager is not None:
        warn(
            f"HTML page: the body found ({size} characters) is followed by a {pager!r} "
            "link: the article may go on on another page"
        )
        return
    if size >= _SHORT_BODY:
        return
    for link in body.iter("a", "button"):
        text = link.text
        if (
            text
            and len(text) < _MAX_FOLD
            and is_fold(text_content(link))
            and not _in_a_sentence(link)
            and not titled.teaser(link)
        ):
            warn(
                f"HTML page: the body found is short ({size} characters) and the page has "
                f"a {' '.join(text.split())!r} link: the rest may be behind a fold"
            )
            return
    prose = sum(len(block.text) for block in walked if len(block.text) >= _PROSE_BLOCK)
    if prose - size >= _PROSE_AROUND and prose >= _PROSE_SHARE * max(size, 1):
        warn(
            f"HTML page: the body found is short ({size} characters) against the "
            f"{prose} characters of running text on the page; the article may be incomplete"
        )


def _unfolded(walker: Walker, blocks: list[Block]) -> bool:
    """Whether the text ``blocks`` holds a hidden box the walk read as the rest of the text
    (:attr:`.Walker.collapsed`), or stands beside one in the box of its paragraphs."""
    if not walker.collapsed:
        return False
    found = {block.node.el for block in blocks if block.node is not None}
    return any(el in found or el.getparent() in found for el in walker.collapsed)


def _paywall_after(blocks: list[Block]) -> bool:
    """Whether a subscription's offer (:func:`_an_offer`) comes right after the box of the
    text's end, or after one of the boxes around it (a few levels up).

    A box named as a paywall that holds the text ("paywall-content": the text the
    subscription shows, in the page) is no sign: it is around the text, not after it.  The
    offer's box may close the text's own box too, after its last paragraph (one of its last
    children that holds none of the text's lines: the walk skipped it as chrome, a
    "paywall-teaser", a "subscribe-box").
    """
    if not blocks or blocks[-1].node is None:
        return False
    box = blocks[-1].node.el
    last = blocks[-1].text[:_MAX_FOLD]
    for child in islice(reversed(box), _FOLD_AFTER):
        if isinstance(child.tag, str) and _an_offer(child) and last not in text_content(child):
            return True
    node: Element | None = box
    for _ in range(_PAYWALL_UP):
        if node is None:
            return False
        for sibling in islice(node.itersiblings(), _FOLD_AFTER):
            if isinstance(sibling.tag, str) and _an_offer(sibling):
                return True
        node = node.getparent()
    return False


def _offer_at_end(blocks: list[Block]) -> int:
    """How many blocks at the text's end are a subscription's offer: the blocks of a box
    that closes the text and is named as a paywall (``PAYWALL_WORDS``) or reads as an offer
    (:func:`_offers`), none of them prose (:data:`_PROSE_BLOCK` characters or more: a box
    so named that holds paragraphs of the text is the text a subscription shows, in the
    page), and not the whole text."""
    if not blocks or blocks[-1].node is None or len(blocks[-1].text) >= _PROSE_BLOCK:
        return 0
    box = next((node for node in ancestors(blocks[-1].node) if _names_paywall(node.el)), None)
    if box is None:
        # a box of the offer not named so: the outermost box around the text's end that
        # holds none of its first block
        first = {id(node) for node in ancestors(blocks[0].node)}
        outer = None
        for node in ancestors(blocks[-1].node):
            if id(node) in first:
                break
            outer = node
        if outer is None or not _offers(outer.el):
            return 0
        box = outer
    count = 0
    for block in reversed(blocks):
        if block.node is None or not any(node is box for node in ancestors(block.node)):
            break
        if len(block.text) >= _PROSE_BLOCK:
            return 0
        count += 1
    return count if count < len(blocks) else 0


def _an_offer(element: Element) -> bool:
    """Whether a box is a subscription's offer: named as a paywall, or reading as one."""
    return _names_paywall(element) or _offers(element)


def _names_paywall(element: Element) -> bool:
    value = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(word in value for word in PAYWALL_WORDS)


def _offers(element: Element) -> bool:
    """Whether a box, whatever its name, reads as a subscription's offer: short, with a link
    or a button that stands alone (the call to take it, in no sentence), and a word of a
    subscription beside a price (:func:`.boilerplate.offers_subscription`: "Jetzt
    abonnieren ... 9,99 € pro Monat", "Subscribe now ... $4.99 a month").  A newsletter's
    sign-up names no price; a sentence of the text about a subscription's price links
    nothing alone; a box of other stories names its prices in their linked titles."""
    if element.tag in ("a", "button"):
        return False
    if text_within(element, _MAX_OFFER) is None:
        return False  # (first: a box after the text may be as large as the rest of the page)
    if not any(_alone(link) for link in element.iter("a", "button")):
        return False
    linked = {el for link in element.iter("a", "button") for el in link.iter()}
    # (its lines apart: the text of its blocks runs together in the element's)
    parts: list[str] = []
    unlinked: list[str] = []
    for el in element.iter():
        own_text = el.text if isinstance(el.tag, str) else None  # (a comment's is no text)
        for text, own in ((own_text, el), (None if el is element else el.tail, el.getparent())):
            if text and isinstance(text, str):
                parts.append(text)
                if own not in linked:
                    unlinked.append(text)
    return offers_subscription(" ".join(parts), " ".join(unlinked))


def _alone(link: Element) -> bool:
    """Whether a link or button stands alone: no words after it, none right before it."""
    tail = link.tail
    return not (tail and tail.strip()) and not _in_a_sentence(link)


class _Titled:
    """The addresses a page links from a title: a linked heading, or a link of
    :data:`_TITLE_WORDS` words or more (a teaser's title over its summary).

    A "read more" link to such an address is another story's teaser's
    ("Weiterlesen" under a related story's linked title), not a fold of the text,
    whose own headline links nowhere.  Read from the page only when a fold is found.
    """

    def __init__(self, body: Element, headline: Element | None) -> None:
        self.body = body
        self.headline = headline
        self.found: set[str] | None = None

    def teaser(self, link: Element) -> bool:
        href = link.get("href")
        if not href:
            return False
        if self.found is None:
            self.found = set()
            # (the page's headline linked to the whole article is the teaser's own title)
            own = set() if self.headline is None else set(self.headline.iter("a"))
            if self.headline is not None:
                own.update(box for box in self.headline.iterancestors() if box.tag == "a")
            for a in self.body.iter("a"):
                target = a.get("href")
                if target and a not in own and _a_title(a):
                    self.found.add(target)
        return href in self.found


# A link of this many words at least is a title (a teaser's), not a label.
_TITLE_WORDS = 3


def _a_title(a: Element) -> bool:
    """Whether the link ``a`` is a title: in or around a heading, or of a few words; not
    the page's headline (an ``<h1>``: the teaser's own, linked to the whole article)."""
    headings = [box.tag for box in a.iterancestors() if box.tag in _HEADING_TAGS]
    headings += [child.tag for child in a.iter() if child.tag in _HEADING_TAGS]
    if "h1" in headings:
        return False
    if headings:
        return True
    text = text_content(a)
    # ("Read the full story" is a fold's label)
    return len(text.split()) >= _TITLE_WORDS and not is_fold(text)


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _fold_after(blocks: list[Block], titled: _Titled) -> str | None:
    """The "read more" link or button at the end of the box of the body's last block, or after it.

    The last :data:`_FOLD_LINKS` links of the box, the first of the next boxes.

    Looked for in the tree, not among the walked blocks: the fold's box is
    often named as chrome (``more``, ``read-more``) and skipped by the walk.
    A link counts when it leads to a page (the rest of the article), not to
    a place in this one (``#``, ``javascript:``), and does not go on a
    sentence of the text (:func:`_in_a_sentence`).
    """
    for link in _last_links(blocks):
        text = _short_text(link)
        if text is None or (link.tag == "a" and (link.get("href") or "#").startswith(_IN_PAGE)):
            continue  # a teaser's title; a widget's own control ("Leia Mais" under a slide)
        if is_fold(text) and not _in_a_sentence(link) and not titled.teaser(link):
            return " ".join(text.split())
    return None


def _pager_after(blocks: list[Block]) -> str | None:
    """The link of a pager to another page of the article ("Nächste Seite", "Seite 2":
    :func:`.boilerplate.is_pager`) at the end of the box of the body's last block, or after
    it or after one of the boxes around it (:data:`_PAYWALL_UP` levels: a pager closes the
    article, after the boxes of its text), a link to another page (not a button)."""
    links = _last_links(blocks)
    node = blocks[-1].node.el.getparent() if blocks else None
    for _ in range(_PAYWALL_UP - 1):
        if node is None:
            break
        for sibling in islice(node.itersiblings(), _FOLD_AFTER):
            links.extend(islice(sibling.iter("a"), _FOLD_LINKS))
        node = node.getparent()
    for link in links:
        if link.tag != "a" or (link.get("href") or "#").startswith(_IN_PAGE):
            continue
        text = _short_text(link)
        if text is not None and is_pager(text) and not _in_a_sentence(link):
            return " ".join(text.split())
    return None


def _last_links(blocks: list[Block]) -> list[Element]:
    """The last :data:`_FOLD_LINKS` links and buttons of the box of the body's last block and
    the first of the :data:`_FOLD_AFTER` boxes after it."""
    if not blocks:
        return []
    box = blocks[-1].node.el
    links = list(box.iter("a", "button"))[-_FOLD_LINKS:]
    for sibling in islice(box.itersiblings(), _FOLD_AFTER):
        links.extend(islice(sibling.iter("a", "button"), _FOLD_LINKS))
    return links


def _short_text(link: Element) -> str | None:
    """A link's text when it is short (under :data:`_MAX_FOLD` characters: a label, not a
    teaser's title), else ``None``."""
    text = link.text or "" if not len(link) else text_content(link)
    return text if len(text) < _MAX_FOLD else None


def _in_a_sentence(link: Element) -> bool:
    """Whether ``link`` goes on a sentence ("..., write to us or <a>read more</a>."): the text
    right before it ends in a word or a comma, where a fold's link stands alone or after the
    teaser's last sentence ("... last words. <a>Read more</a>")."""
    previous = link.getprevious()
    parent = link.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else None
    last = before.rstrip()[-1:] if before else ""
    return last.isalnum() or last == ","


# A box named as the article (a positive class or id word, microdata's articleBody) weighs this.
_NAMED_ARTICLE = 25


def _a_post(blocks: list[Block]) -> bool:
    """Whether ``blocks`` are a short article of their own: sentences in a box named as one.

    Two blocks that read as sentences at least, the first in a box whose
    class or id names it as the article (``entry-content``) up to the box
    chosen.  Such a post, however short, is not traded for the longer text
    the walk without hints finds in a box named as chrome (a blog's "about
    me" in its sidebar).
    """
    sentences = [block for block in blocks if is_sentence(block)]
    if len(sentences) < 2:
        return False
    for node in ancestors(sentences[0].node):
        if node.weight >= _NAMED_ARTICLE:
            return True
        if node.selected:
            return False
    return False


def _under_chrome(blocks: list[Block]) -> bool:
    """Whether the first block sits in a box named as chrome (found by the walk without hints).

    Asked of the class and id, not of :attr:`.Node.chrome`: the choice unmarks
    the chrome boxes it takes for the article.
    """
    return bool(blocks) and any(class_hints(node.el)[0] for node in ancestors(blocks[0].node))


def _hint_tree(hint_text: str) -> Element:
    """The JSON-LD ``articleBody`` as a page to walk (paragraphs at its line breaks)."""
    if "<p" not in hint_text:
        hint_text = "".join(f"<p>{line}</p>" for line in hint_text.splitlines() if line.strip())
    body = load_tree(f"<html><body><article>{hint_text}</article></body></html>").find("body")
    return body if body is not None else load_tree("")


def _text_size(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)

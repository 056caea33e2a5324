"""The body finder's entry point: walk the page, choose the article, retry without hints.

:mod:`.walk` reads the page and :mod:`.choose` picks the article out of it.
When that leaves very little, the page is walked again without skipping
chrome by class or id (a site whose content classes read as chrome) and the
longer result wins.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ....errors import warn
from ....model import Image, Paragraph, ParagraphKind
from ..tree import Element
from .choose import choose_article, fold
from .walk import Block, walk_body

__all__ = ["Body", "extract_body"]

# Without class/id hints the walk is redone when the body is shorter than this.
_RETRY_BELOW = 250


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
    walker = walk_body(body, base_url, use_hints=True)
    repeated = frozenset(fold(title) for title in titles if title)
    blocks, figures = choose_article(walker, repeated)
    size = _text_size(blocks)
    if size < _RETRY_BELOW or (hint_text and size < len(hint_text) / 3):
        retry = walk_body(body, base_url, use_hints=False)
        blocks2, figures2 = choose_article(retry, repeated)
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


def _text_size(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)

"""The HTML reader: :func:`parse_html` turns a saved news page into an :class:`Article`.

The page is decoded (:mod:`.encoding`), parsed once with lxml (:mod:`.tree`),
and read twice: once for what it says about the article (:mod:`.metadata`)
and once for the article's own text (:mod:`.body`).  A page written by
:func:`newsdoc.to_html` is read back exactly instead (:mod:`.newsdoc_markup`).
"""

from __future__ import annotations

from urllib.parse import urljoin

import attrs

from ...errors import ParseError
from ...limits import check_size
from ...model import Article, Image
from ..datelines import take_dateline
from ..encoding import decode_html
from .body import Body, extract_body
from .metadata import PageMetadata, extract_metadata
from .newsdoc_markup import read_newsdoc_markup
from .tree import Element, load_tree, text_content

__all__ = ["parse_html"]


def parse_html(
    html: str | bytes, *, url: str | None = None, http_charset: str | None = None
) -> Article:
    """Read an article from an HTML page (text, or bytes in any encoding).

    ``url`` is where the page came from: it resolves relative links and is
    the article's URL when the page names no canonical one.  The article is
    returned as read: :func:`newsdoc.parse` (or :func:`newsdoc.analyze`)
    finds its people, quotes and citations.  A page written by
    :func:`newsdoc.to_html` is read back exactly, analysis included.

    ``http_charset`` is the charset of the HTTP ``Content-Type`` header the
    page was served with (``"windows-1252"``...), when known, as a WARC
    record has it.  It applies to bytes only, and ranks as the HTML standard
    ranks it: below a byte order mark, above the page's ``<meta charset>``;
    a charset that does not decode the bytes into plausible text is ignored
    (servers often send a default one).

    Any page gives an :class:`Article`, possibly with little in it; only input
    that is not ``str`` or ``bytes`` raises :class:`~newsdoc.ParseError`, and
    input past ``newsdoc.limits.MAX_INPUT_CHARS`` raises
    :class:`~newsdoc.InputTooLargeError`.  Recoverable problems (bytes that
    did not decode, unsafe links dropped, ...) are reported as
    :class:`~newsdoc.NewsdocWarning`.
    """
    if not isinstance(html, (str, bytes)):
        raise ParseError(f"parse_html: expected str or bytes, got {type(html).__name__}")
    if http_charset is not None and isinstance(html, bytes):
        check_size(len(html), "parse_html")
        html = decode_html(html, http_charset=http_charset)[1]  # UTF-8 bytes from here on
    root = load_tree(html)
    own = read_newsdoc_markup(root)
    if own is not None:
        return own
    metadata = extract_metadata(root, url=url)
    body = extract_body(
        root,
        base_url=_base_url(root, url),
        hint_text=metadata.body_text,
        # the heading as printed too: its spans may glue a kicker to the headline
        titles=(metadata.headline, metadata.subheadline, _printed(metadata.headline_element)),
        language=metadata.language,
        headline=metadata.headline_element,
    )
    return _assemble(metadata, body, url)


def _printed(element: Element | None) -> str | None:
    """The text an element prints, if any."""
    return text_content(element) if element is not None else None


def _base_url(root: Element, url: str | None) -> str | None:
    """The URL relative links resolve against: ``<base href>`` over the page's URL."""
    head = root.find("head")
    base = head.find("base") if head is not None else None
    href = base.get("href") if base is not None else None
    if not href or not href.strip():
        return url
    href = str(href).strip()
    try:
        return urljoin(url, href) if url else href
    except ValueError:  # a malformed URL ("http://["): keep the page's own
        return url


def _assemble(metadata: PageMetadata, body: Body, url: str | None) -> Article:
    dateline, paragraphs = take_dateline(body.paragraphs)
    return Article(
        headline=metadata.headline,
        subheadline=metadata.subheadline,
        byline=metadata.byline,
        published=metadata.published,
        modified=metadata.modified,
        publisher=metadata.publisher,
        url=metadata.url or url,
        language=metadata.language,
        section=metadata.section,
        tags=metadata.tags,
        dateline=dateline,
        paragraphs=paragraphs,
        images=_merge_images(metadata.images, body.images),
    )


def _merge_images(lead: tuple[Image, ...], figures: tuple[Image, ...]) -> tuple[Image, ...]:
    """The metadata's images first, then the body's figures, one per URL.

    When the same picture is in both, the figure's caption and credit fill in
    what the metadata lacks.
    """
    merged: dict[str, Image] = {}
    for image in (*lead, *figures):
        key = _image_key(image.url)
        known = merged.get(key)
        if known is None:
            merged[key] = image
            continue
        merged[key] = attrs.evolve(
            known,
            caption=known.caption or image.caption,
            credit=known.credit or image.credit,
            alt=known.alt or image.alt,
            width=known.width if known.width is not None else image.width,
            height=known.height if known.height is not None else image.height,
        )
    return tuple(merged.values())


def _image_key(url: str) -> str:
    # the same picture is often linked with and without its query or scheme
    key = url.split("#", 1)[0]
    return key.split("://", 1)[-1]

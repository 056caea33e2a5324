"""The plain-text reader itself: :func:`parse_text` and its line-by-line reader.

See the package's docstring (:mod:`newsdoc.readers.text`) for what it reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import attrs

from ...model import Article, Byline, Image, Link, Paragraph, ParagraphKind
from ..bylines import is_organization, parse_byline
from ..datelines import split_dateline, take_dateline
from ..dates import parse_date
from .blocks import (
    CODE,
    HEADING,
    ITEM,
    ORDERED,
    QUOTE,
    SENTENCE_END,
    TABLE,
    TEXT,
    Block,
    Style,
    document_style,
    is_code,
    join_lines,
    split_blocks,
    split_paragraphs,
)
from .clean import prepare
from .frontmatter import FrontMatter, split_front_matter
from .header import (
    Meta,
    assign_contacts,
    looks_like_headline,
    read_footer_line,
    read_header_line,
    read_url,
    url_label_only,
)
from .markdown import SPECIAL as _SPECIAL
from .markdown import Inline, render_inline, safe_url, squeeze

__all__ = ["parse_text"]

BODY, PREFORMATTED, CAPTION = ParagraphKind.BODY, ParagraphKind.PREFORMATTED, ParagraphKind.CAPTION
_KINDS = {
    TEXT: BODY,
    HEADING: ParagraphKind.HEADING,
    QUOTE: ParagraphKind.BLOCKQUOTE,
    ITEM: ParagraphKind.LIST_ITEM,
    ORDERED: ParagraphKind.ORDERED_LIST_ITEM,
    TABLE: ParagraphKind.TABLE_ROW,
}
# No header or footer line is longer: longer lines are body text without a look.
_MAX_META_LINE = 1000
_CAPTION_LABELS = ("*Caption:*", "_Caption:_", "**Caption:**")
_INDENT = (" ", "\t")

# Front matter keys, by the field they fill (first key found wins).
_FM_HEADLINE = ("title", "headline")
_FM_AUTHOR = ("author", "authors", "byline", "creator")
_FM_PUBLISHED = ("date", "published", "pubdate", "date_published", "datepublished", "publish_date")
_FM_MODIFIED = ("updated", "modified", "lastmod", "last_modified", "date_modified", "datemodified")
_FM_URL = ("url", "canonical", "canonical_url", "source_url", "original_url", "link", "permalink")
_FM_PUBLISHER = ("sitename", "site_name", "publisher", "site", "source", "hostname")
_FM_DEK = ("description", "subtitle", "subheadline", "dek", "excerpt", "summary")
_FM_SECTION = ("categories", "category", "section")
_FM_TAGS = ("tags", "keywords")
_FM_LANGUAGE = ("language", "lang", "inlanguage", "locale")
_FM_IMAGE = ("image", "featured_image", "cover", "thumbnail", "og_image")
#: Every key read from front matter, and keys tools write that say "this is front matter".
_FM_KEYS = frozenset(
    _FM_HEADLINE + _FM_AUTHOR + _FM_PUBLISHED + _FM_MODIFIED + _FM_URL + _FM_PUBLISHER + _FM_DEK
    + _FM_SECTION + _FM_TAGS + _FM_LANGUAGE + _FM_IMAGE
    + ("fingerprint", "id", "layout", "draft", "slug", "weight", "type", "license", "pagetype")
)  # fmt: skip


def parse_text(
    text: str | bytes, *, url: str | None = None, http_charset: str | None = None
) -> Article:
    """:func:`newsdoc.readers.text.parse_text` (documented there), imported on first use."""
    text = prepare(text, http_charset)
    article = _Reader(text).read()
    if not article.paragraphs and article.headline is None:
        # Nothing but markup (a rule, empty list items): keep the text rather than lose it.
        article = article.evolve(paragraphs=(Paragraph(text=" ".join(text.split())),))
    if url is not None and article.url is None:
        article = article.evolve(url=url)
    return article


class _Para(NamedTuple):
    """A body paragraph being built; ``joinable`` marks plain-text paragraphs."""

    text: str
    kind: ParagraphKind
    links: tuple[Link, ...]
    level: int = 0
    joinable: bool = False


class _Reader:
    """One reading of one text: header, footer and body, filling a :class:`Meta`."""

    def __init__(self, text: str) -> None:
        self.meta = Meta()
        front, rest, taken = split_front_matter(text, _FM_KEYS)
        self.front_title = False
        if front is not None:
            self._front_matter(front)
        self.blocks, self.references = split_blocks(rest.split("\n"), taken + 1)
        self.style: Style = document_style(self.blocks)

    def read(self) -> Article:
        self._header()
        self._footer()
        meta = self.meta
        if meta.publisher is not None and meta.authors:
            # The outlet's own name in the byline ("By Al Jazeera" above "**Al Jazeera**")
            # names an organisation, never a Person (as the HTML reader reads it).
            meta.authors = [
                p for p in meta.authors if not is_organization(p.name, publisher=meta.publisher)
            ]
        dateline, paragraphs = take_dateline(
            tuple(
                Paragraph(text=p.text, kind=p.kind, links=p.links, level=p.level)
                for p in _join_split_sentences(self._body())
            )
        )
        contacts = []
        for line in assign_contacts(self.meta):
            text, links = squeeze(line.text, line.links)
            contacts.append(Paragraph(text=text, kind=BODY, links=links))
        byline = None
        if meta.byline_text is not None:
            byline = Byline(text=meta.byline_text, authors=tuple(meta.authors))
        return Article(
            headline=meta.headline,
            subheadline=meta.subheadline,
            byline=byline,
            dateline=dateline,
            published=meta.published,
            modified=meta.modified,
            publisher=meta.publisher,
            url=meta.url,
            language=meta.language,
            section=meta.section,
            tags=tuple(dict.fromkeys(meta.tags)),
            paragraphs=paragraphs + tuple(contacts),
            images=tuple(dict.fromkeys(meta.images)),
        )

    # --- front matter -------------------------------------------------------------

    def _front_matter(self, front: FrontMatter) -> None:
        meta = self.meta

        def first(keys: tuple[str, ...]) -> str | None:
            for key in keys:
                value = front.get(key)
                if isinstance(value, list):
                    value = value[0] if value else None
                if value:
                    return " ".join(value.split())
            return None

        def every(keys: tuple[str, ...]) -> list[str]:
            for key in keys:
                value = front.get(key)
                if value:
                    items = value if isinstance(value, list) else [value]
                    return [t.strip() for item in items for t in item.split(",") if t.strip()]
            return []

        meta.headline = first(_FM_HEADLINE)
        self.front_title = meta.headline is not None
        meta.subheadline = first(_FM_DEK)
        # (first: the authors, and the byline printed under the headline, are read in it)
        meta.language = first(_FM_LANGUAGE)
        for key in _FM_AUTHOR:
            value = front.get(key)
            if value:
                names = value if isinstance(value, list) else [value]
                text = "; ".join(" ".join(n.split()) for n in names)
                byline = parse_byline(text, language=meta.language)
                if byline is not None and byline.authors:
                    # No byline was printed: write one as a page would print it.
                    names = [person.name for person in byline.authors]
                    printed = ", ".join(names[:-1]) + " and " + names[-1] if names[1:] else names[0]
                    meta.byline_text, meta.authors = "By " + printed, list(byline.authors)
                break
        if (published := first(_FM_PUBLISHED)) is not None:
            meta.published = parse_date(published)
        if (modified := first(_FM_MODIFIED)) is not None:
            meta.modified = parse_date(modified)
        if (url := first(_FM_URL)) is not None:
            meta.url = safe_url(url)
        meta.publisher = first(_FM_PUBLISHER)
        meta.section = first(_FM_SECTION)
        meta.tags = every(_FM_TAGS)
        if (image := first(_FM_IMAGE)) is not None and image.startswith(("http://", "https://")):
            meta.images.append(Image(url=image))

    # --- header ---------------------------------------------------------------------

    def _header(self) -> None:
        """Take the header lines off the front of the blocks."""
        meta = self.meta
        blocks = self.blocks
        first = True
        after_headline = False
        while blocks:
            block = blocks[0]
            if block.kind is HEADING:
                rendered = render_inline(block.lines[0], self.references)
                heading = " ".join(rendered.text.split())
                meta.images.extend(rendered.images)
                if first and meta.headline is None and heading:
                    meta.headline = heading
                elif not (first and self.front_title and _same(heading, meta.headline)):
                    return
                blocks.pop(0)
                first, after_headline = False, True
                continue
            if block.kind is not TEXT or is_code(block, self.style):
                return
            taken = 0
            for index, raw in enumerate(block.lines):
                if len(raw) > _MAX_META_LINE:
                    break
                line = render_inline(raw.strip(), self.references)
                if line.images and not line.text.strip():
                    meta.images.extend(line.images)  # a lead image: the headline may follow
                    taken += 1
                    continue
                if first and self.front_title and _same(line.text, meta.headline):
                    after_headline = True  # the front matter's title, repeated
                elif read_header_line(raw, line, meta, first=first, after_headline=after_headline):
                    after_headline = False
                elif first and meta.headline is None and self._headline_line(block, index, line):
                    meta.headline = " ".join(line.text.split())
                    after_headline = True
                else:
                    break
                first = False
                taken += 1
            if taken < len(block.lines):
                del block.lines[:taken]
                block.line += taken
                return
            blocks.pop(0)

    def _headline_line(self, block: Block, index: int, line: Inline) -> bool:
        text = " ".join(line.text.split())
        if not looks_like_headline(text) or split_dateline(text) is not None:
            return False
        if index + 1 < len(block.lines):
            # The next line must start a new paragraph, not continue this one.
            groups = split_paragraphs(block.lines[index : index + 2])
            return len(groups) == 2
        return len(self.blocks) > 1

    # --- footer -----------------------------------------------------------------------

    def _footer(self) -> None:
        """Take metadata lines ("Original url:", "Contact the author at") off the end."""
        blocks = self.blocks
        while blocks and blocks[-1].kind is TEXT and not is_code(blocks[-1], self.style):
            block = blocks[-1]
            if len(block.lines[-1]) > _MAX_META_LINE:
                return
            line = render_inline(block.lines[-1].strip())
            url = read_url(" ".join(line.text.split()))
            if url is not None:
                label = self._line_before_last()
                if label is None or not url_label_only(render_inline(label.strip()).text):
                    return
                self._pop_line()
                self._pop_line()
                if self.meta.url is None:
                    self.meta.url = safe_url(url)
                continue
            if not read_footer_line(line, self.meta):
                return
            self._pop_line()

    def _line_before_last(self) -> str | None:
        blocks = self.blocks
        if len(blocks[-1].lines) >= 2:
            return blocks[-1].lines[-2]
        if len(blocks) >= 2 and blocks[-2].kind is TEXT:
            return blocks[-2].lines[-1]
        return None

    def _pop_line(self) -> None:
        block = self.blocks[-1]
        block.lines.pop()
        if not block.lines:
            self.blocks.pop()

    # --- body -------------------------------------------------------------------------

    def _body(self) -> Iterator[_Para]:
        """The body's paragraphs, each block dropped once read.

        The blocks are the last use of the text's lines: dropping each as its
        paragraphs are made keeps the text in memory once, not as lines and as
        paragraphs at the same time (a text of millions of short paragraphs).
        """
        style = self.style
        blocks = self.blocks
        blocks.reverse()  # popped from the end, in the text's order
        while blocks:
            block = blocks.pop()
            kind, lines = block.kind, block.lines
            # (an indented code block starts with an indented line: test that first)
            if kind is CODE or (kind is TEXT and lines[0][:1] in _INDENT and is_code(block, style)):
                code = _code_text(block)
                if code.strip():
                    yield _Para(code, PREFORMATTED, ())
            elif kind is not TEXT:
                yield from self._paragraph(join_lines(lines), _KINDS[kind], block.level)
            elif len(lines) == 1:  # the common case: one line, one paragraph
                yield from self._paragraph(lines[0].strip(), BODY, 0)
            else:
                for group in split_paragraphs(lines, style):
                    yield from self._paragraph(join_lines(group), BODY, 0)

    def _paragraph(self, source: str, kind: ParagraphKind, level: int) -> Iterator[_Para]:
        """The paragraph of ``source`` (block markup taken off), if it has any text."""
        if source[:1] in ("*", "_") and kind is BODY and source.startswith(_CAPTION_LABELS):
            label = next(lab for lab in _CAPTION_LABELS if source.startswith(lab))
            source, kind = source[len(label) :], CAPTION
        if _SPECIAL.search(source) is None:
            text, links = squeeze(source, (), breaks="\n" in source)  # no inline markup
        else:
            line = render_inline(source, self.references)
            if line.images:
                self.meta.images.extend(line.images)
            # join_lines() put a "\n" only where a hard line break was written
            text, links = squeeze(line.text, line.links, breaks="\n" in source)
        if text:
            yield _Para(text, kind, links, level, kind is BODY)


def _same(text: str, other: str | None) -> bool:
    return other is not None and " ".join(text.split()).casefold() == other.casefold()


def _code_text(block: Block) -> str:
    lines = block.lines
    if block.kind is TEXT:
        lines = [line.expandtabs(4)[4:] for line in lines]
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def _join_split_sentences(paragraphs: Iterable[_Para]) -> Iterator[_Para]:
    """Join a plain paragraph that stops mid-sentence with the next one in lower case.

    Each run of such paragraphs is joined once, so a text of many short lines
    takes time in proportion to its length.
    """
    run: list[_Para] = []
    for para in paragraphs:
        if run and _continues(run[-1], para):
            run.append(para)
            continue
        if run:
            yield _joined(run)
        run = [para]
    if run:
        yield _joined(run)


def _continues(prev: _Para, para: _Para) -> bool:
    """Whether ``para`` goes on the sentence that ``prev`` leaves unfinished."""
    return (
        prev.joinable
        and para.joinable
        and prev.text[-1] not in SENTENCE_END
        and para.text[0].islower()  # not a capital, digit, quote mark or bracket
    )


def _joined(run: list[_Para]) -> _Para:
    """The paragraphs of ``run`` as one, separated by spaces, their links moved along."""
    if len(run) == 1:
        return run[0]
    links: list[Link] = []
    shift = 0
    for para in run:
        links.extend(
            attrs.evolve(link, start=link.start + shift, end=link.end + shift)
            for link in para.links
        )
        shift += len(para.text) + 1
    return run[0]._replace(text=" ".join(p.text for p in run), links=tuple(links))

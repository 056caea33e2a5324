"""The plain-text reader: Markdown-like scrapes, front-matter exports, wire copy.

:func:`parse_text` reads, in order: an optional YAML front matter block
(:mod:`.frontmatter`), the blocks of the text (:mod:`.blocks`), the header
lines before the body (headline, dek, byline, dates, publisher:
:mod:`.header`), the footer lines after it (contact e-mail, original URL,
section, tags, language), then the body paragraphs with their inline
Markdown turned into plain text and links (:mod:`.markdown`), a wire
dateline taken off the first paragraph (:mod:`.wire`), and paragraphs the
scrape split in mid-sentence joined back.  The format is documented in
``docs/text-format.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...model import Article

__all__ = ["parse_text"]


def parse_text(
    text: str | bytes, *, url: str | None = None, http_charset: str | None = None
) -> Article:
    """Read an article from plain or Markdown-like text.

    Reads Markdown-like scrapes (``# Headline``, ``By [Name](url)``, a date
    line, a ``**Publisher**`` line, Markdown body, "Contact the author at",
    "Original url:"), exports with YAML front matter, and wire copy or plain
    text (headline on the first line, optional byline, a dateline such as
    "MOSCOW, Nov 6 (Reuters) -", paragraphs separated by blank lines, by
    indented first lines or one per line).  Text with no recognisable
    structure becomes body paragraphs.  Body text is kept as written after
    undoing Markdown; white space is normalised and paragraphs the scrape
    split in mid-sentence are joined back.

    ``text`` may be ``bytes``: a byte-order mark, else UTF-8, else
    ``http_charset`` (the charset of the HTTP header the text was served with,
    when known and when it decodes the bytes), else the encoding detected from
    the bytes.  ``url`` is where the text came from:
    the article's URL when the text names none.  The article is returned as
    read: :func:`newsdoc.parse` (or :func:`newsdoc.analyze`) finds its people,
    quotes and citations.

    Raises :class:`~newsdoc.errors.ParseError` when ``text`` is neither
    ``str`` nor ``bytes``, cannot be decoded, or holds nothing but white space.
    """
    # imported on first use: reading HTML (the common case) never loads the text reader
    from .reader import parse_text as read

    return read(text, url=url, http_charset=http_charset)

"""Write an Article as the Markdown-like text that :func:`newsdoc.parse_text` reads.

The layout is the one of scraped articles (see docs/text-format.md), blocks
separated by one blank line::

    # Headline

    *Subheadline*

    By [Jane Doe](https://example.com/jane) and John Roe

    2013-11-06T10:15:00+04:00

    Updated: 2013-11-07

    **Publisher**

    ![alt text](https://example.com/lead.jpg "Caption")

    MOSCOW (Reuters) — The first paragraph, with a [link](https://example.com).

    ## A heading

    > A block quote

    - A list item
      - nested one level deeper
    1. An ordered item

    Contact the author at [jane@example.com](mailto:jane@example.com)

    Section: World

    Tags: a, b

    Language: en

    Original url: <https://example.com/story>

Markdown characters in text are escaped with a backslash.  Captions are
written as ``*Caption:* text`` paragraphs and table rows as ``| text |`` lines.
Links with an unsafe URL (see :mod:`newsdoc.writers.urls`) are written as
plain text, with a warning, since Markdown is usually rendered to HTML; so are
links that overlap an earlier link (Markdown links cannot overlap).  Text
Markdown cannot carry is simplified: a blank line inside a paragraph becomes a
line break, and an image's credit, width and height are not written.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import warn
from ..model import Article, Link, Paragraph, ParagraphKind, Person
from .bounds import MAX_LIST_DEPTH
from .urls import mailto, safe_url

__all__ = ["escape_markdown", "to_markdown"]

# Characters that can start inline markup anywhere in a line.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]<>&~|$]")
# Line starts that would be read as block markup: headings, list items,
# ordered list items, setext underlines / thematic breaks.
_BLOCK_START = re.compile(r"^([ \t]*)(?:(#{1,6})(?=[ \t]|$)|([-+=])|([0-9]{1,9})([.)]))", re.M)
_CLOSING_HASHES = re.compile(r"(?<=[ \t])(#+[ \t]*)$")
_BLANK_LINES = re.compile(r"\n[ \t]*\n[\s]*")
_DASH = "—"
# An autolink holds an absolute URL without spaces or angle brackets (and a link
# destination with them must be put in angle brackets).
_WEB_URL = re.compile(r"https?://", re.IGNORECASE)
_AUTOLINK_UNSAFE = re.compile(r"[\s<>]")
_BACKTICKS = re.compile(r"`+")
_LIST_KINDS = frozenset({ParagraphKind.LIST_ITEM, ParagraphKind.ORDERED_LIST_ITEM})


def escape_markdown(text: str) -> str:
    """``text`` with every character Markdown would read as markup backslash-escaped."""
    escaped = _INLINE_SPECIAL.sub(lambda m: "\\" + m.group(), text)
    return _BLOCK_START.sub(_escape_block_start, escaped)


def _heading(text: str) -> str:
    """Escaped heading text; a closing run of ``#`` would be dropped by the reader."""
    return _CLOSING_HASHES.sub(r"\\\1", escape_markdown(text))


def _escape_block_start(match: re.Match[str]) -> str:
    indent, hashes, mark, number, delimiter = match.groups()
    if hashes:
        return f"{indent}\\{hashes}"
    if mark:
        return f"{indent}\\{mark}"
    return f"{indent}{number}\\{delimiter}"


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in match.group().encode("utf-8"))


def _destination(url: str) -> str:
    # The reader decodes character references, then backslash escapes.
    url = url.replace("\\", "\\\\").replace("&", "&amp;")
    url = url.replace("(", "\\(").replace(")", "\\)")
    if not url or _AUTOLINK_UNSAFE.search(url):
        url = url.replace("<", "%3C").replace(">", "%3E").replace("\n", "%0A")
        return f"<{url}>"
    return url


def _title(title: str | None) -> str:
    if title is None:
        return ""
    title = " ".join(title.split()).replace("\\", "\\\\").replace('"', '\\"')
    return ' "' + title.replace("&", "&amp;") + '"'


def _link(text: str, url: str, title: str | None = None) -> str:
    return f"[{escape_markdown(text)}]({_destination(url)}{_title(title)})"


def _inline(p: Paragraph, where: str) -> str:
    """The paragraph's text with its links, escaped."""
    text = _BLANK_LINES.sub("\n", p.text) if "\n" in p.text else p.text
    if text != p.text:
        links: tuple[Link, ...] = ()  # offsets no longer hold; rare, keep the text
        if p.links:
            warn(f"{where}: a blank line inside the paragraph; its links are not written")
    else:
        links = p.links
    out = []
    pos = 0
    for i, link in sorted(enumerate(links), key=lambda x: (x[1].start, x[1].end)):
        url = safe_url(link.url, f"{where}.links[{i}].url")
        if url is None:
            continue
        if link.start < pos:
            warn(f"{where}.links[{i}]: overlaps an earlier link; written as plain text")
            continue
        out.append(escape_markdown(text[pos : link.start]))
        out.append(_link(text[link.start : link.end], url, link.title))
        pos = link.end
    out.append(escape_markdown(text[pos:]))
    return "".join(out)


def _when(value: dt.date) -> str:
    return value.isoformat()


def _byline(article: Article) -> str | None:
    """``By A, B and C`` (a name is a link when the author has a URL).

    The names are written in this canonical form rather than the byline as
    printed, which may hold dates or words the reader would take for names;
    a single author's role follows the name.  A byline without authors is
    written as printed, after ``By`` when it does not start with one.
    """
    byline = article.byline
    if byline is None:
        return None
    authors = byline.authors
    if not authors:
        text = " ".join(byline.text.split())
        if not text:
            return None
        return escape_markdown(text) if _BY.match(text) else "By " + escape_markdown(text)
    names = [_author(a, i) for i, a in enumerate(authors)]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    role = authors[0].role if len(authors) == 1 else None
    return "By " + listed + (f", {escape_markdown(role)}" if role else "")


_BY = re.compile(r"by\b", re.IGNORECASE)


def _author(person: Person, index: int) -> str:
    url = safe_url(person.url, f"byline.authors[{index}].url")
    return escape_markdown(person.name) if url is None else _link(person.name, url)


def _block(p: Paragraph, where: str, number: int) -> str:
    kind = p.kind
    if kind is ParagraphKind.PREFORMATTED:
        longest = max((len(m) for m in _BACKTICKS.findall(p.text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{p.text}\n{fence}"
    text = _inline(p, where)
    if kind is not ParagraphKind.TABLE_ROW:
        # a line break inside a block is a Markdown hard break: a bare newline
        # would be read back as a space
        text = text.replace("\n", "\\\n")
    if kind is ParagraphKind.HEADING:
        return "#" * p.level + " " + _CLOSING_HASHES.sub(r"\\\1", text)
    if kind is ParagraphKind.BLOCKQUOTE:
        return "\n".join("> " + line for line in text.split("\n"))
    if kind is ParagraphKind.LIST_ITEM or kind is ParagraphKind.ORDERED_LIST_ITEM:
        indent = "  " * (min(max(1, p.level), MAX_LIST_DEPTH) - 1)
        marker = "- " if kind is ParagraphKind.LIST_ITEM else f"{number}. "
        pad = "\n" + indent + " " * len(marker)
        return indent + marker + text.replace("\n", pad)
    if kind is ParagraphKind.CAPTION:
        return "*Caption:* " + text
    if kind is ParagraphKind.TABLE_ROW:
        return "| " + text.replace("\n", " ") + " |"
    return text


def to_markdown(article: Article) -> str:
    """The article as the Markdown-like text :func:`newsdoc.parse_text` reads (see above)."""
    a = article
    blocks: list[str] = []
    if a.headline is not None:
        blocks.append("# " + _heading(" ".join(a.headline.split())))
    if a.subheadline and a.subheadline.strip():
        blocks.append("*" + escape_markdown(" ".join(a.subheadline.split())) + "*")
    byline = _byline(a)
    if byline:
        blocks.append(byline)
    if a.published is not None:
        blocks.append(_when(a.published))
    if a.modified is not None:
        blocks.append("Updated: " + _when(a.modified))
    if a.publisher and a.publisher.strip():
        blocks.append("**" + escape_markdown(" ".join(a.publisher.split())) + "**")
    for i, image in enumerate(a.images):
        url = safe_url(image.url, f"images[{i}].url")
        if url is not None:
            alt = escape_markdown(" ".join((image.alt or "").split()))
            blocks.append(f"![{alt}]({_destination(url)}{_title(image.caption)})")
    body = _body(a)
    blocks.extend(body)
    blocks.extend(_footer(a))
    return "\n\n".join(blocks) + "\n"


def _body(a: Article) -> list[str]:
    # each block is a list of lines joined at the end: the items of a long list appended
    # to one string would copy it again for every item
    blocks: list[list[str]] = []
    dateline = a.dateline.strip() if a.dateline else ""
    first = a.paragraphs[0] if a.paragraphs else None
    if dateline and (first is None or first.kind is not ParagraphKind.BODY):
        blocks.append([f"{escape_markdown(dateline)} {_DASH}"])
    number = 0
    previous: ParagraphKind | None = None
    for i, p in enumerate(a.paragraphs):
        number = number + 1 if p.kind is ParagraphKind.ORDERED_LIST_ITEM else 0
        block = _block(p, f"paragraphs[{i}]", number)
        if i == 0 and dateline and p.kind is ParagraphKind.BODY:
            block = f"{escape_markdown(dateline)} {_DASH} {block}"
        # the items of one list, and the rows of one table, stay together
        together = previous is not None and (
            (p.kind in _LIST_KINDS and previous in _LIST_KINDS)
            or (p.kind is ParagraphKind.TABLE_ROW and previous is ParagraphKind.TABLE_ROW)
        )
        if together and blocks:
            blocks[-1].append(block)
        else:
            blocks.append([block])
        previous = p.kind
    return ["\n".join(lines) for lines in blocks]


def _footer(a: Article) -> list[str]:
    lines = []
    authors = [p for p in a.authors if p.email]
    for person in authors:
        who = "the author" if len(authors) == 1 else escape_markdown(person.name)
        email = person.email or ""
        lines.append(f"Contact {who} at {_link(email, mailto(email))}")
    if a.section and a.section.strip():
        lines.append("Section: " + escape_markdown(" ".join(a.section.split())))
    tags = [" ".join(t.split()) for t in a.tags if t.strip()]
    if tags:
        lines.append("Tags: " + ", ".join(escape_markdown(t) for t in tags))
    if a.language:
        lines.append("Language: " + escape_markdown(a.language))
    url = safe_url(a.url, "url")
    if url is not None and _WEB_URL.match(url):
        lines.append(f"Original url: <{_AUTOLINK_UNSAFE.sub(_percent, url)}>")
    return lines

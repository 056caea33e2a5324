"""Splitting text into blocks: Markdown block structure and plain-text paragraphs.

A block is a run of lines of one kind: text, a heading, a block quote, a list
item, a code block or a table row.  Block markup follows CommonMark where
news text uses it (ATX and setext headings, ``>`` quotes, ``-``/``*``/``+``
and ``1.`` list items, fenced and indented code, ``|`` tables, thematic breaks).
Text blocks keep their raw lines: :func:`split_paragraphs` decides where the
paragraphs of plain text begin (blank lines, indented first lines, or one
paragraph per line), since that needs the look of the whole document.
"""

from __future__ import annotations

import enum
import re

import attrs

__all__ = ["Block", "BlockKind", "split_blocks", "split_paragraphs"]


class BlockKind(enum.Enum):
    TEXT = "text"
    HEADING = "heading"
    QUOTE = "quote"
    ITEM = "item"
    ORDERED = "ordered"
    CODE = "code"
    TABLE = "table"


# Module-level names for the kinds: looking a member up on an Enum class is slow
# in the per-line loop.
TEXT, HEADING, QUOTE, ITEM, ORDERED, CODE, TABLE = (
    BlockKind.TEXT,
    BlockKind.HEADING,
    BlockKind.QUOTE,
    BlockKind.ITEM,
    BlockKind.ORDERED,
    BlockKind.CODE,
    BlockKind.TABLE,
)


@attrs.define
class Block:
    """Lines of one kind.  ``line`` is the 1-based number of the first line."""

    kind: BlockKind
    lines: list[str]
    line: int
    level: int = 0
    blank_before: bool = True


_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})([^`]*)$")
_ATX = re.compile(r"[ ]{0,3}(#{1,6})(?=[ \t]|$)")
_SETEXT = re.compile(r"[ ]{0,3}(={2,}|-{2,})[ \t]*$")
_BREAK = re.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"[ ]{0,3}>[ ]?")
_BULLET = re.compile(r"([ \t]*)([-*+])[ \t]+(?=\S)")
_ORDERED = re.compile(r"([ \t]*)([0-9]{1,9})[.)][ \t]+(?=\S)")
# no two [ \t]* side by side: a long run of spaces would backtrack quadratically
_TABLE_RULE = re.compile(r"[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$")
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")  # an escaped pipe is text in a cell
_REFERENCE = re.compile(r"[ ]{0,3}\[([^\]\n]{1,999})\]:[ \t]*<?([^\s<>]+)>?")

# The first characters (after indentation) of every line that can hold block markup.
_MARKUP_START = frozenset("`~#=-*_>+|[0123456789")
# A hard-wrapped text has lines no longer than this; longer lines are whole paragraphs.
_WRAP_WIDTH = 100
#: Characters that end a sentence (or a quotation that ends one).
SENTENCE_END = frozenset(".!?…:;\"”’»)]'")


def _indent(line: str) -> int:
    if line[:1] not in (" ", "\t"):
        return 0
    size = 0
    for char in line:
        if char == " ":
            size += 1
        elif char == "\t":
            size += 4 - size % 4
        else:
            break
    return size


def split_blocks(lines: list[str], first_line: int = 1) -> tuple[list[Block], dict[str, str]]:
    """The blocks of ``lines`` and the link reference definitions (label -> url)."""
    blocks: list[Block] = []
    references: dict[str, str] = {}
    current: Block | None = None  # the open text, quote or list block
    blank = True
    i = 0
    count = len(lines)
    while i < count:
        line = lines[i]
        number = first_line + i
        i += 1
        stripped = line.lstrip()
        if not stripped:
            current = None
            blank = True
            continue
        if stripped[0] not in _MARKUP_START:
            # Most lines of prose: no block markup can start here (_text_line, inlined).
            if current is not None and (current.kind is TEXT or not blank):
                current.lines.append(line)
            else:
                current = Block(TEXT, [line], number, blank_before=blank)
                blocks.append(current)
            blank = False
            continue
        if (fence := _FENCE.match(line)) is not None:
            marker = fence.group(1)
            body: list[str] = []
            indent = _indent(line)
            while i < count:
                candidate = lines[i].strip()
                i += 1
                if candidate.startswith(marker[0] * len(marker)) and not candidate.strip(marker[0]):
                    break
                body.append(_dedent(lines[i - 1], indent))
            blocks.append(Block(CODE, body, number, blank_before=blank))
            current, blank = None, False
            continue
        if (atx := _ATX.match(line)) is not None:
            blocks.append(
                Block(
                    HEADING,
                    [_atx_text(line[atx.end() :])],
                    number,
                    len(atx.group(1)),
                    blank,
                )
            )
            current, blank = None, False
            continue
        if current is not None and current.kind is TEXT and _SETEXT.match(line):
            current.kind = HEADING
            current.level = 1 if line.strip()[0] == "=" else 2
            current.lines = [" ".join(part.strip() for part in current.lines)]
            current, blank = None, False
            continue
        if _BREAK.match(line):
            current, blank = None, False
            continue
        if (quote := _QUOTE.match(line)) is not None:
            content = line[quote.end() :]
            while (inner := _QUOTE.match(content)) is not None:
                content = content[inner.end() :]
            if not content.strip():
                current = None  # ">" alone separates paragraphs of a quote
                continue
            if current is None or current.kind is not QUOTE:
                current = Block(QUOTE, [], number, blank_before=blank)
                blocks.append(current)
            current.lines.append(content)
            blank = False
            continue
        item = _BULLET.match(line)
        kind = ITEM
        if item is None:
            item = _ORDERED.match(line)
            kind = ORDERED
            # Only "1." may interrupt text: "2014. The year..." in wrapped prose is not a list.
            if (
                item is not None
                and current is not None
                and current.kind is TEXT
                and item.group(2) != "1"
            ):
                item = None
        if item is not None and not _BREAK.match(line):
            level = _indent(item.group(1)) // 2 + 1
            current = Block(kind, [line[item.end() :]], number, level, blank)
            blocks.append(current)
            blank = False
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not _TABLE_RULE.match(line):
                cells = _CELL_SEPARATOR.split(_strip_row(stripped))
                blocks.append(Block(TABLE, [" | ".join(c.strip() for c in cells)], number))
            current, blank = None, False
            continue
        if (ref := _REFERENCE.match(line)) is not None and _is_definition(line, ref):
            references.setdefault(" ".join(ref.group(1).split()).casefold(), ref.group(2))
            current, blank = None, False
            continue
        current = _text_line(blocks, current, line, number, blank)
        blank = False
    return blocks, references


def _strip_row(row: str) -> str:
    """A table row without its outer pipes (an escaped closing pipe stays)."""
    row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return row


def _is_definition(line: str, match: re.Match[str]) -> bool:
    """Whether a ``[label]: target`` line defines a link (and is not "[Update]: Police ...")."""
    rest = line[match.end() :].strip()
    target = match.group(2)
    return rest[:1] in ("", '"', "'", "(") and any(c in target for c in "/.:#?")


def _text_line(
    blocks: list[Block], current: Block | None, line: str, number: int, blank: bool
) -> Block:
    """Add a line without block markup; return the block it went to."""
    if current is not None and (current.kind is TEXT or not blank):
        # A line of the open text block, or a lazy continuation of a quote or list item.
        current.lines.append(line)
        return current
    block = Block(TEXT, [line], number, blank_before=blank)
    blocks.append(block)
    return block


def _dedent(line: str, indent: int) -> str:
    if indent and _indent(line) >= indent:
        return line.expandtabs(4)[indent:]
    return line.lstrip() if indent else line


def _atx_text(rest: str) -> str:
    text = rest.strip()
    if text.endswith("#"):
        # A closing run of "#" is markup only when white space precedes it.
        bare = text.rstrip("#")
        if not bare or bare[-1] in " \t":
            text = bare.rstrip()
    return text


# --- plain-text paragraphs -----------------------------------------------------


@attrs.define
class Style:
    """How the document's plain text marks paragraphs."""

    indented_paragraphs: bool = False  # a paragraph starts with an indented first line
    blank_lines: bool = False  # paragraphs are separated by blank lines


def document_style(blocks: list[Block]) -> Style:
    """How the text blocks mark paragraphs: indented first lines, blank lines, or neither."""
    text_blocks = [b for b in blocks if b.kind is TEXT]
    blank_lines = sum(b.blank_before for b in blocks) >= 2
    indented = 0
    for block in text_blocks:
        indents = [_indent(line) for line in block.lines]
        if indents[0] >= 2 and (len(indents) == 1 or min(indents[1:]) < indents[0]):
            return Style(indented_paragraphs=True, blank_lines=blank_lines)  # a hanging first line
        if min(indents) >= 4:
            indented += 1
    # Mostly indented blocks are indented prose; a few among flush text are code.
    return Style(indented_paragraphs=indented * 2 > len(text_blocks), blank_lines=blank_lines)


def is_code(block: Block, style: Style) -> bool:
    """Whether a text block is an indented code block."""
    return (
        not style.indented_paragraphs
        and block.blank_before
        and block.lines[0][:1] in (" ", "\t")
        and all(_indent(line) >= 4 for line in block.lines)
    )


def split_paragraphs(lines: list[str], style: Style | None = None) -> list[list[str]]:
    """Group the lines of one text block into paragraphs.

    A line indented deeper than the line before it (and than the block's
    least indented line) starts a paragraph: indented first lines.  Else, in
    a hard-wrapped block (no line over 100 characters) of a document that
    separates paragraphs by blank lines, every line break is a wrap.  In
    other hard-wrapped blocks a line starts a paragraph when the first word
    would still have fitted on the line before: a wrapping tool never leaves
    that room, so the break was meant.  In other blocks each line is a
    paragraph.  Either way a line that ends mid-sentence before a line that
    starts in lower case is continued, whatever made the break.
    """
    if len(lines) == 1:
        return [lines]
    indents = [_indent(line) for line in lines]
    base = min(indents)
    stripped = [line.strip() for line in lines]
    width = max(len(s) for s in stripped)
    # Wrapped: short lines, and at least one break falls inside a sentence.
    wrapped = width <= _WRAP_WIDTH and any(s[-1] not in SENTENCE_END for s in stripped[:-1])
    soft = wrapped and style is not None and style.blank_lines
    groups: list[list[str]] = [[stripped[0]]]
    for k in range(1, len(lines)):
        prev, line = stripped[k - 1], stripped[k]
        if indents[k] > base and indents[k] > indents[k - 1]:
            new = True
        elif (
            soft
            or hard_break(prev)
            or (prev[-1] not in SENTENCE_END and starts_lower(line))
            or _broken_word(prev)
        ):
            new = False
        elif wrapped:
            first_word = line.split(None, 1)[0]
            new = len(prev) + 1 + len(first_word) <= width
        else:
            new = True
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _broken_word(line: str) -> bool:
    return len(line) >= 2 and line[-1] == "-" and line[-2].isalpha()


def starts_lower(text: str) -> bool:
    for char in text[:8]:
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False


def join_lines(lines: list[str]) -> str:
    """One paragraph's lines as one line.

    A word broken at a hyphen is joined back; a hard line break (see
    :func:`hard_break`) becomes a line feed, every other break a space.
    """
    if len(lines) == 1:
        return lines[0].strip()
    parts = [lines[0].strip()]
    for line in lines[1:]:
        line = line.strip()
        prev = parts[-1]
        if hard_break(prev):
            parts[-1] = prev[:-1].rstrip() + "\n"
            parts.append(line)
        elif _broken_word(prev) and line[:1].isalpha():
            parts[-1] = prev + line
        else:
            parts.append(" ")
            parts.append(line)
    return "".join(parts)


def hard_break(line: str) -> bool:
    """Whether a (stripped) line ends in a Markdown hard line break: an unescaped backslash."""
    if line[-1:] != "\\":
        return False
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1

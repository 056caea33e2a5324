"""YAML front matter, read by hand for the subset extraction tools write.

Tools like trafilatura, Hugo or Jekyll exports start a Markdown file with::

    ---
    title: A headline
    author: Jane Doe; John Roe
    date: "2024-01-02"
    tags: ['a, b']
    categories:
      - World
    description: >
      A folded
      dek.
    ---

Supported: ``key: value`` pairs with plain, single- or double-quoted scalars,
flow lists ``[a, 'b']``, block lists (``- item``), folded/literal block
scalars (``>``/``|``) and comments.  No PyYAML: the subset is small, and a
full YAML loader would bring tags, anchors and arbitrary objects.  A block
that does not read as such a mapping is not front matter: the text is then
read as body, with a warning.
"""

from __future__ import annotations

import re

from ...errors import warn

__all__ = ["FrontMatter", "split_front_matter"]

FrontMatter = dict[str, "str | list[str]"]

_OPEN = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_KEY = re.compile(r"([A-Za-z_][\w.-]{0,63})[ \t]*:(?:[ \t]+(.*))?$")
_ITEM = re.compile(r"[ \t]*-(?:[ \t]+(.*))?$")
_DQ_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
_DQ_ESCAPE = re.compile(r"\\(.)")
_MAX_LINES = 400  # a longer "---" block is a document, not its metadata


def split_front_matter(
    text: str, known: frozenset[str] = frozenset()
) -> tuple[FrontMatter | None, str, int]:
    """The front matter of ``text`` (or ``None``), the rest, and the lines taken.

    With ``known`` keys, a block holding none of them is not front matter (a
    text between two ``---`` rules that happens to hold "Note: ...").
    """
    opening = _OPEN.match(text)
    if opening is None:
        return None, text, 0
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        return None, text, 0
    block = text[opening.end() : closing.start()]
    lines = block.split("\n")
    if len(lines) > _MAX_LINES:
        return None, text, 0
    data = _parse(lines)
    if data is not None and known and known.isdisjoint(data):
        return None, text, 0
    if data is None:
        if any(_KEY.match(line) for line in lines):
            warn(
                "text reader: a '---' block at the start is not readable front matter; read as text"
            )
        return None, text, 0
    rest = text[closing.end() :]
    return data, rest, text.count("\n", 0, closing.end())


def _parse(lines: list[str]) -> FrontMatter | None:
    data: FrontMatter = {}
    key: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" or stripped.startswith("- "):
            item = _ITEM.match(line)
            if key is None or item is None:
                continue  # nested mappings are not part of the subset: skip them
            current = data.get(key)
            values = current if isinstance(current, list) else []
            if item.group(1):
                values.append(_scalar(item.group(1)))
            data[key] = values
            continue
        match = _KEY.match(stripped)
        if match is None:
            return None
        key = match.group(1).strip().casefold()
        raw = (match.group(2) or "").strip()
        if raw in (">", "|", ">-", "|-", ">+", "|+"):
            body: list[str] = []
            while i < len(lines) and (not lines[i].strip() or lines[i][:1] in " \t"):
                body.append(lines[i].strip())
                i += 1
            joiner = " " if raw[0] == ">" else "\n"
            data[key] = joiner.join(b for b in body if b).strip()
        elif raw.startswith("[") and raw.endswith("]"):
            data[key] = [_scalar(part) for part in _split_flow(raw[1:-1]) if part.strip()]
        elif raw and raw not in ("~", "null", "Null", "NULL"):
            data[key] = _scalar(raw)
    return data


def _split_flow(text: str) -> list[str]:
    """Split a flow list's items on commas outside quotes."""
    parts: list[str] = []
    current: list[str] = []
    quote = ""
    for char in text:
        if quote:
            current.append(char)
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
            current.append(char)
        elif char == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return _DQ_ESCAPE.sub(lambda m: _DQ_ESCAPES.get(m.group(1), m.group(0)), raw[1:-1])
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    # A plain scalar ends at a comment.
    comment = raw.find(" #")
    return raw[:comment].rstrip() if comment >= 0 else raw

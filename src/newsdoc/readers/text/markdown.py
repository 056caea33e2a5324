"""Inline Markdown: links, images, emphasis, code spans, escapes -> plain text + links.

The rules follow CommonMark where news text needs them: backslash escapes of
ASCII punctuation, code spans, ``[text](url "title")`` and ``<url>`` links,
``![alt](url)`` images, ``*``/``_`` emphasis (``_`` never inside a word),
``~~strike~~`` and HTML character references.  Markup that does not pair up
stays in the text as written.

Everything is found with one compiled token pattern and linear passes over
the tokens (bracket and parenthesis matching with stacks, emphasis with one
stack per delimiter character), so no input can make it slow.
"""

from __future__ import annotations

import bisect
import html
import html.entities
import operator
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs

from ...errors import warn
from ...model import Image, Link
from ...urls import IMAGE_SCHEMES, LINK_SCHEMES, browser_view, unsafe_scheme

__all__ = ["Inline", "render_inline", "safe_url"]

# Characters that can start inline markup; text without them is returned as is.
SPECIAL = re.compile(r"[\\`*_\[<&~]")
# Markup other than a backslash escape.
_NOT_ESCAPE = re.compile(r"[`*_\[<&~]|\\(?![!-/:-@\[-`{-~])")
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TOKENS = (
    r"\\[!-/:-@\[-`{-~]"  # escape
    r"|`+"  # code span delimiter
    r"|\*+|_+|~+"  # emphasis delimiters
    r"|!\[|\[|\]"  # links and images
    r"|<"  # autolink
    r"|" + _CHAR_REF.pattern  # character reference
)
# The lookahead of the first characters lets the regex engine skip plain text
# at C speed instead of trying every alternative at every position.
_TOKEN = re.compile(r"(?=[\\`*_~!\[\]<&])(?:" + _TOKENS + ")")
# Parentheses only matter after "](": most prose with parentheses has no links.
_TOKEN_WITH_PARENS = re.compile(r"(?=[\\`*_~!\[\]<&()])(?:" + _TOKENS + r"|\(|\))")
_AUTOLINK = re.compile(
    r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9.-]{1,255})>"
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
# Destination and optional title inside the parentheses of a link.
_DEST = re.compile(
    r"\s*(?:<([^<>\n]*)>|([^\s<>]*))"
    r"(?:\s+(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'|\(((?:[^()\\]|\\.)*)\)))?\s*"
)
_MAX_DEST = 4096  # a longer "(...)" after "]" is text, not a link destination
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# A function, not the template r"\1": re expands a template through slow Python code.
_escaped = operator.itemgetter(1)
# Runs of white space, and single white space other than a space or a no-break space.
_SPACE_RUN = re.compile(r"\s{2,}|[\t\n\r\f\v]")
# Every run of white space (for text with hard line breaks; one pattern, no backtracking).
_WHITE_RUN = re.compile(r"\s+")


class Inline(NamedTuple):
    """A rendered inline text: plain ``text``, its ``links`` and the ``images`` it held."""

    text: str
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()


def safe_url(url: str, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """``url`` unless it is empty, malformed or unsafe (then warn and drop it).

    Safe is the rule of :mod:`newsdoc.urls`: no scheme, or one of ``schemes``.
    """
    url = url.strip()
    seen = browser_view(url)
    if not seen:
        return None
    found = unsafe_scheme(seen, schemes)
    if found is not None:
        *most, last = sorted(schemes)
        warn(
            f"text reader: dropped an unsafe URL {url[:60]!r} "
            f"(its scheme is {found!r}, not {', '.join(most)} or {last})"
        )
        return None
    try:
        urllib.parse.urlsplit(url)
    except ValueError as error:  # "http://[broken" and the like
        warn(f"text reader: dropped a link with a malformed URL {url[:60]!r}: {error}")
        return None
    return url


def render_inline(source: str, references: Mapping[str, str] | None = None) -> Inline:
    """Plain text, links and images of one block's inline Markdown ``source``.

    ``references`` maps link labels (case-folded, white space collapsed) to
    URLs, from ``[label]: url`` definitions.  White space is not touched here
    beyond what removed markup leaves: the caller normalises it (see
    :func:`squeeze`).
    """
    special = SPECIAL.search(source)
    if special is None:
        return Inline(source)
    if special.group() == "\\" and _NOT_ESCAPE.search(source, special.start()) is None:
        return Inline(_UNESCAPE.sub(_escaped, source))  # only escapes, as in "\$310"
    return _Renderer(source, references or {}).run()


def squeeze(
    text: str, links: Iterable[Link], *, breaks: bool = False
) -> tuple[str, tuple[Link, ...]]:
    """Collapse runs of white space to one space and strip the ends, moving the links.

    With ``breaks`` a run of white space holding a line feed becomes one line
    feed (a hard line break) instead of a space.
    """
    links = tuple(links)
    # isprintable() is False for every white space but " " (at C speed, where a
    # regex over Unicode white space is slow): the regex only runs on such text.
    if (
        not (text[:1].isspace() or text[-1:].isspace())
        and "  " not in text
        and (text.isprintable() or _SPACE_RUN.search(text) is None)
    ):
        return text, links
    edits: list[tuple[int, int, str]] = []
    if breaks:
        for match in _WHITE_RUN.finditer(text):
            run = match.group()
            if "\n" in run:
                edits.append((match.start(), match.end(), "\n"))
            elif len(run) > 1 or run in "\t\r\f\v":
                edits.append((match.start(), match.end(), " "))
    else:
        for match in _SPACE_RUN.finditer(text):
            edits.append((match.start(), match.end(), " "))
    lead = len(text) - len(text.lstrip())
    if lead and (not edits or edits[0][0] != 0):
        edits.insert(0, (0, lead, ""))
    elif lead:
        edits[0] = (0, edits[0][1], "")
    trail = len(text.rstrip())
    if trail < len(text):
        if edits and edits[-1][1] == len(text):
            edits[-1] = (edits[-1][0], len(text), "")
        else:
            edits.append((trail, len(text), ""))
    marks = [pos for link in links for pos in (link.start, link.end)]
    out, moved = apply_edits(text, edits, marks)
    result = tuple(
        attrs.evolve(link, start=moved[2 * i], end=moved[2 * i + 1]) for i, link in enumerate(links)
    )
    return out, result


def apply_edits(
    source: str, edits: list[tuple[int, int, str]], marks: list[int]
) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits.

    Returns the new text and each position of ``marks`` moved into it (a mark
    inside a removed range moves to where the range was).
    """
    parts: list[str] = []
    order = sorted(range(len(marks)), key=marks.__getitem__)
    moved = [0] * len(marks)
    shift = 0  # output length minus source length so far
    last = 0
    m = 0
    for start, end, repl in edits:
        while m < len(order) and marks[order[m]] <= start:
            moved[order[m]] = marks[order[m]] + shift
            m += 1
        while m < len(order) and marks[order[m]] < end:
            moved[order[m]] = start + shift + (len(repl) if marks[order[m]] > start else 0)
            m += 1
        parts.append(source[last:start])
        parts.append(repl)
        shift += len(repl) - (end - start)
        last = end
    parts.append(source[last:])
    while m < len(order):
        moved[order[m]] = marks[order[m]] + shift
        m += 1
    return "".join(parts), moved


def unescape(text: str) -> str:
    """Undo backslash escapes (for text that is not rendered as inline markup)."""
    return _UNESCAPE.sub(_escaped, text) if "\\" in text else text


def _char_ref(token: str) -> str | None:
    """The character(s) of a complete reference like ``&amp;`` or ``&#8212;``, else None."""
    if token[1] != "#":
        return html.entities.html5.get(token[1:])
    return html.unescape(token)


def _char_refs(text: str) -> str:
    if "&" not in text:
        return text
    return _CHAR_REF.sub(lambda m: _char_ref(m.group()) or m.group(), text)


def _is_punct(char: str) -> bool:
    if not char:
        return False
    if char.isascii():
        return not char.isalnum() and not char.isspace()
    return unicodedata.category(char)[0] in "PS"


def _is_space(char: str) -> bool:
    return not char or char.isspace()


@attrs.define
class _Delim:
    char: str
    start: int
    end: int  # the run is source[start:end]; consumed from the inner side
    can_open: bool
    can_close: bool


class _Renderer:
    """One pass of inline rendering; state lives only for one call."""

    def __init__(self, source: str, references: Mapping[str, str]) -> None:
        self.source = source
        self.references = references
        self.edits: list[tuple[int, int, str]] = []
        self.links: list[tuple[int, int, str, str | None]] = []
        self.images: list[Image] = []
        self.dead: list[tuple[int, int]] = []  # source ranges of images: no links inside

    def run(self) -> Inline:
        tokens = self._scan()
        tokens = self._links(tokens)
        if tokens:
            self._emphasis(tokens)
        self._resolve_overlaps()
        # checked last, so that an autolink inside a destination ("(<url>)") warns once
        self.links = [
            (start, end, checked, title)
            for start, end, url, title in self.links
            if (checked := safe_url(url)) is not None
        ]
        if len(self.links) > 1:
            self.links.sort(key=lambda k: (k[0], k[1]))
        marks = [pos for start, end, _, _ in self.links for pos in (start, end)]
        text, moved = apply_edits(self.source, self.edits, marks)
        links = tuple(
            Link(start=moved[2 * i], end=moved[2 * i + 1], url=url, title=title)
            for i, (_, _, url, title) in enumerate(self.links)
        )
        return Inline(text, links, tuple(self.images))

    def _resolve_overlaps(self) -> None:
        """Keep the outermost of nested edits (an escape inside a removed destination)."""
        self.edits.sort(key=lambda e: (e[0], -e[1]))
        kept: list[tuple[int, int, str]] = []
        last_end = -1
        for edit in self.edits:
            if edit[0] >= last_end:
                kept.append(edit)
                last_end = edit[1]
        self.edits = kept
        if self.dead:
            self.dead.sort()
            links = []
            for link in self.links:
                i = bisect.bisect_right(self.dead, (link[0], len(self.source) + 1)) - 1
                if i < 0 or not self.dead[i][0] <= link[0] < self.dead[i][1]:
                    links.append(link)
            self.links = links

    # --- pass 1: escapes, code spans, autolinks, character references ---------

    def _scan(self) -> list[tuple[int, str]]:
        """Handle the tokens that need no pairing; return the rest as (position, token)."""
        source = self.source
        pattern = _TOKEN_WITH_PARENS if "](" in source else _TOKEN
        found = [(m.start(), m.group()) for m in pattern.finditer(source)]
        ticks: dict[int, list[int]] = {}  # run length -> token indexes of backtick runs
        if "`" in source:
            for index, (_, token) in enumerate(found):
                if token[0] == "`":
                    ticks.setdefault(len(token), []).append(index)
        live: list[tuple[int, str]] = []
        skip_to = -1  # source position before which tokens are inside consumed markup
        for index, (pos, token) in enumerate(found):
            if pos < skip_to:
                continue
            first = token[0]
            if first == "\\":
                self.edits.append((pos, pos + 2, token[1]))
            elif first == "`":
                runs = ticks[len(token)]
                nxt = bisect.bisect_right(runs, index)
                if nxt < len(runs) and found[runs[nxt]][0] >= skip_to:
                    close = found[runs[nxt]][0]
                    self._code_span(pos, len(token), close)
                    skip_to = close + len(token)
            elif first == "&":
                replacement = _char_ref(token)
                if replacement is not None:
                    self.edits.append((pos, pos + len(token), replacement))
            elif first == "<":
                match = _AUTOLINK.match(source, pos)
                if match is not None:
                    target = match.group(1)
                    url = target if ":" in target else "mailto:" + target
                    self._edit(pos, pos + 1, "")
                    self._edit(match.end() - 1, match.end(), "")
                    self._add_link(pos + 1, match.end() - 1, url, None)
                    skip_to = match.end()
            else:
                live.append((pos, token))
        return live

    def _code_span(self, start: int, size: int, close: int) -> None:
        # Code content is literal: one leading and trailing space are padding.
        inner_start, inner_end = start + size, close
        content = self.source[inner_start:inner_end]
        if len(content) >= 2 and content[0] == " " and content[-1] == " " and content.strip():
            inner_start += 1
            inner_end -= 1
        self._edit(start, inner_start, "")
        self._edit(inner_end, close + size, "")

    def _edit(self, start: int, end: int, repl: str) -> None:
        if end > start or repl:
            self.edits.append((start, end, repl))

    def _add_link(self, start: int, end: int, url: str, title: str | None) -> None:
        self.links.append((start, end, url, title))  # its URL is checked in run()

    # --- pass 2: links and images ------------------------------------------------

    def _links(self, tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Find ``[text](dest)`` and ``![alt](dest)``; return the tokens left for emphasis."""
        if "[" not in self.source:
            return tokens
        bracket: dict[int, int] = {}  # token index of "[" -> token index of "]"
        paren: dict[int, int] = {}
        open_brackets: list[int] = []
        open_parens: list[int] = []
        for index, (_, token) in enumerate(tokens):
            if token in ("[", "!["):
                open_brackets.append(index)
            elif token == "]":
                if open_brackets:
                    bracket[open_brackets.pop()] = index
            elif token == "(":
                open_parens.append(index)
            elif token == ")" and open_parens:
                paren[open_parens.pop()] = index
        if not bracket:
            return [t for t in tokens if t[1][0] in "*_~"]
        dead_until = -1  # tokens before this source position were consumed
        dead: list[tuple[int, int]] = []
        for index, (pos, token) in enumerate(tokens):
            if token not in ("[", "![") or index not in bracket or pos < dead_until:
                continue
            close = bracket[index]
            close_pos = tokens[close][0]
            after = close + 1
            if (
                after >= len(tokens)
                or tokens[after][1] != "("
                or tokens[after][0] != close_pos + 1
                or after not in paren
            ):
                if self.references and token == "[":
                    dead_until = max(dead_until, self._reference_link(tokens, bracket, index, dead))
                continue
            end_pos = tokens[paren[after]][0]
            if end_pos - close_pos > _MAX_DEST:
                continue
            dest = _DEST.fullmatch(self.source, close_pos + 2, end_pos)
            if dest is None:
                continue
            url = unescape(_char_refs(dest.group(1) or dest.group(2) or ""))
            raw_title = dest.group(3) or dest.group(4) or dest.group(5)
            title = unescape(_char_refs(raw_title)) if raw_title is not None else None
            if token == "![":
                self._image(pos, close_pos, end_pos, url, title)
                dead.append((pos, end_pos + 1))
                dead_until = end_pos + 1
                continue
            self._edit(pos, pos + 1, "")
            self._edit(close_pos, end_pos + 1, "")
            self._add_link(pos + 1, close_pos, url, title)
            dead.append((close_pos, end_pos + 1))
            # An autolink read inside the destination ("(<https://...>)") is part of it.
            self.dead.append((close_pos, end_pos + 1))
        return _outside(tokens, dead)

    def _reference_link(
        self,
        tokens: list[tuple[int, str]],
        bracket: dict[int, int],
        index: int,
        dead: list[tuple[int, int]],
    ) -> int:
        """``[text][label]``, ``[text][]`` or ``[text]`` with a ``[label]: url`` definition.

        Returns the source position after the link, or -1 when there is none.
        """
        pos = tokens[index][0]
        close = bracket[index]
        close_pos = tokens[close][0]
        end_pos = close_pos + 1  # past the link's last character
        label = self.source[pos + 1 : close_pos]
        after = close + 1
        if (
            after < len(tokens)
            and tokens[after][1] == "["
            and tokens[after][0] == close_pos + 1
            and after in bracket
        ):
            second = tokens[bracket[after]][0]
            label = self.source[close_pos + 2 : second] or label
            end_pos = second + 1
        url = self.references.get(" ".join(label.split()).casefold())
        if url is None:
            return -1
        self._edit(pos, pos + 1, "")
        self._edit(close_pos, end_pos, "")
        self._add_link(pos + 1, close_pos, url, None)
        dead.append((close_pos, end_pos))
        return end_pos

    def _image(self, start: int, close: int, end: int, url: str, title: str | None) -> None:
        alt = " ".join(render_inline(self.source[start + 2 : close]).text.split())
        self._edit(start, end + 1, "")
        self.dead.append((start, end + 1))
        checked = safe_url(url, IMAGE_SCHEMES)
        if checked is not None:
            self.images.append(Image(url=checked, alt=alt or None, caption=title or None))

    # --- pass 3: emphasis ------------------------------------------------------

    def _emphasis(self, tokens: list[tuple[int, str]]) -> None:
        source = self.source
        stacks: dict[str, list[_Delim]] = {"*": [], "_": [], "~": []}
        for pos, token in tokens:
            char = token[0]
            if char not in stacks:
                continue
            end = pos + len(token)
            if char == "~" and len(token) != 2:
                continue  # only "~~" delimits strike-through: "~5 km" is prose
            before = source[pos - 1] if pos else ""
            after = source[end] if end < len(source) else ""
            b_space, a_space = _is_space(before), _is_space(after)
            b_punct = not b_space and _is_punct(before)
            a_punct = not a_space and _is_punct(after)
            # CommonMark's flanking rules.
            left = not a_space and (not a_punct or b_space or b_punct)
            right = not b_space and (not b_punct or a_space or a_punct)
            if char == "_":
                can_open = left and (not right or b_punct)
                can_close = right and (not left or a_punct)
            else:
                can_open, can_close = left, right
            delim = _Delim(char, pos, end, can_open, can_close)
            stack = stacks[char]
            if can_close:
                while stack and delim.start < delim.end:
                    opener = stack[-1]
                    size = 2 if min(opener.end - opener.start, delim.end - delim.start) >= 2 else 1
                    self.edits.append((opener.end - size, opener.end, ""))
                    self.edits.append((delim.start, delim.start + size, ""))
                    opener.end -= size
                    delim.start += size
                    if opener.end == opener.start:
                        stack.pop()
            if can_open and delim.start < delim.end:
                stack.append(delim)


def _outside(tokens: list[tuple[int, str]], dead: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The emphasis tokens that are not inside any of the sorted ``dead`` ranges."""
    dead.sort()
    result: list[tuple[int, str]] = []
    d = 0
    for pos, token in tokens:
        if token[0] not in "*_~":
            continue
        while d < len(dead) and dead[d][1] <= pos:
            d += 1
        if d < len(dead) and dead[d][0] <= pos < dead[d][1]:
            continue
        result.append((pos, token))
    return result


def is_email(text: str) -> bool:
    """Whether ``text`` is one e-mail address."""
    return _EMAIL.fullmatch(text) is not None

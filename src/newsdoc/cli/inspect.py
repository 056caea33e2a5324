"""``newsdoc inspect``: a readable summary of what newsdoc found in an article."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Sequence

from ..analysis.lexicon import lexicon_for
from ..model import Article, ParagraphKind, Person, Quote

__all__ = ["render_summary", "shorten", "table"]

NONE = "—"
ELLIPSIS = "…"
GAP = "  "
MIN_COLUMN = 6  # a column is never squeezed below this, header included
LABEL_WIDTH = 13
MAX_FIELD_LINES = 3  # a long subheadline or tag list is cut, with an ellipsis
_SPACE = re.compile(r"\s+")


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= width:
        return text
    return text[: max(0, width - 1)].rstrip() + ELLIPSIS


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    caps: Sequence[int | None] | None = None,
) -> list[str]:
    """Rows as plain-text columns that fit in ``width`` characters.

    Each column is as wide as its widest cell, at most its cap (``None``: no
    cap); while the table is too wide, the widest column gives up a character.
    Cells that do not fit are shortened with an ellipsis.
    """
    count = len(headers)
    caps = caps if caps is not None else [None] * count
    cells = [[_SPACE.sub(" ", cell).strip() for cell in row] for row in rows]
    widths = []
    for i, header in enumerate(headers):
        natural = max([len(header), *(len(row[i]) for row in cells)])
        cap = caps[i]
        widths.append(natural if cap is None else max(min(natural, cap), len(header)))
    room = width - len(GAP) * (count - 1)
    while sum(widths) > room:
        widest = max(range(count), key=lambda i: widths[i])
        if widths[widest] <= MIN_COLUMN:
            break
        widths[widest] -= 1
    lines = [_line(headers, widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line(row, widths) for row in cells)
    return lines


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return GAP.join(shorten(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _when(value: dt.date | None) -> str:
    if value is None:
        return NONE
    if isinstance(value, dt.datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
        if value.second:
            text += value.strftime(":%S")
        offset = value.strftime("%z")
        return f"{text} {offset[:3]}:{offset[3:]}" if offset else text
    return value.isoformat()


def _field(label: str, value: str | None, width: int) -> list[str]:
    # a URL is never broken, so that it can be copied from the terminal
    return textwrap.wrap(
        _SPACE.sub(" ", value) if value else NONE,
        width,
        initial_indent=f"{label}:".ljust(LABEL_WIDTH),
        subsequent_indent=" " * LABEL_WIDTH,
        break_on_hyphens=False,
        break_long_words=False,
        max_lines=MAX_FIELD_LINES,
        placeholder=" " + ELLIPSIS,
    ) or [f"{label}:"]


def _person_name(person: Person | None, fallback: str | None) -> str:
    if person is not None:
        return person.name
    return f"({fallback})" if fallback else NONE


def _speaker(quote: Quote, pronouns: dict[str, str]) -> str:
    """The speaker's name; "Name ← he" when the name was resolved from a pronoun."""
    name = _person_name(quote.speaker, quote.speaker_text)
    words = quote.speaker_text
    if quote.speaker is not None and words and pronouns.get(words.lower()) in ("m", "f"):
        return f"{name} ← {words}"
    return name


def _authors(article: Article) -> str | None:
    names = []
    for author in article.authors:
        details = ", ".join(d for d in (author.role, author.affiliation) if d)
        names.append(f"{author.name} ({details})" if details else author.name)
    return "; ".join(names) or None


def _body(article: Article) -> str:
    paragraphs = article.paragraphs
    headings = sum(p.kind is ParagraphKind.HEADING for p in paragraphs)
    words = sum(len(p.text.split()) for p in paragraphs)
    parts = [f"{len(paragraphs)} paragraph{'s' if len(paragraphs) != 1 else ''}"]
    if headings:
        parts.append(f"{headings} heading{'s' if headings != 1 else ''}")
    parts.append(f"{words:,} word{'s' if words != 1 else ''}")
    if article.images:
        parts.append(f"{len(article.images)} image{'s' if len(article.images) != 1 else ''}")
    return ", ".join(parts)


def render_summary(article: Article, *, width: int = 100, analyzed: bool = True) -> str:
    """What an :class:`Article` holds, as text that fits in ``width`` columns.

    The metadata first (a dash where nothing was found), then tables of the
    people, quotes and citations the analysis found.
    """
    lines: list[str] = []
    fields: list[tuple[str, str | None, bool]] = [
        ("Headline", article.headline, True),
        ("Subheadline", article.subheadline, False),
        ("Byline", article.byline.text if article.byline else None, True),
        ("Authors", _authors(article), True),
        ("Dateline", article.dateline, False),
        ("Published", _when(article.published), True),
        ("Modified", _when(article.modified), True),
        ("Publisher", article.publisher, True),
        ("URL", article.url, True),
        ("Language", article.language, True),
        ("Section", article.section, False),
        ("Tags", ", ".join(article.tags) or None, False),
        ("Body", _body(article), True),
    ]
    for label, value, always in fields:
        if always or value:
            lines.extend(_field(label, value, width))
    if not analyzed:
        lines += ["", "People, quotes and citations: not looked for (--no-analysis)."]
        return "\n".join(lines) + "\n"

    lines += ["", _heading("People", len(article.people))]
    if article.people:
        rows = [
            [p.name, p.role or "", p.affiliation or "", str(len(p.mentions))]
            for p in article.people
        ]
        lines += table(
            ["name", "role", "affiliation", "mentions"], rows, width, caps=[30, 34, 26, None]
        )

    lines += ["", _heading("Quotes", len(article.quotes))]
    if article.quotes:
        lexicon = lexicon_for(article.language or "en")
        pronouns = lexicon.pronouns if lexicon is not None else {}
        rows = [
            [
                str(q.spans[0].paragraph + 1) if q.spans else "",
                _speaker(q, pronouns),
                q.cue or "",
                str(q.kind),
                q.text,
            ]
            for q in article.quotes
        ]
        lines += table(
            ["¶", "speaker", "cue", "kind", "text"], rows, width, caps=[3, 26, 12, 8, None]
        )

    lines += ["", _heading("Citations", len(article.citations))]
    if article.citations:
        rows = [
            [c.source, str(c.kind), c.cue or "", c.speaker.name if c.speaker else ""]
            for c in article.citations
        ]
        lines += table(["source", "kind", "cue", "speaker"], rows, width, caps=[34, 12, 20, 26])
    return "\n".join(lines) + "\n"


def _heading(title: str, count: int) -> str:
    return f"{title} ({count})" if count else f"{title}: none found"

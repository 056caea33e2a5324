"""The page's own lines: around the box of the text, and above its first sentence.

News pages print furniture between the headline and the text (a byline,
a date, a caption, a kicker, tools); other pages print their own lines
there and in the wrapper around the box of the text (an event's price, a
shop's opening hours, a list of services).  These tell one from the other.
"""

from __future__ import annotations

import re
from collections.abc import Container

from ....model import ParagraphKind
from ....tags import primary_subtag
from ...bylines import is_role, looks_like_name, parse_byline, strip_by
from ...dates import (
    DATE_LABELS,
    EVENT_LABELS,
    EVENT_LABELS_BY_LANGUAGE,
    MODIFIED_WORDS,
    PUBLISHED_WORDS,
    looks_like_date,
)
from .boilerplate import timed_line
from .measures import LISTED, cjk_chars, fold, is_sentence, keep
from .walk import Block

__all__ = [
    "byline_line",
    "event_facts",
    "furniture",
    "head_line",
    "loose_line",
    "standfirst",
    "trim_top",
]


# A line above the first sentence with fewer words than this is a kicker, a label, a credit
# (words of letters or numbers: "1 / 5" counts a slide, "1:39 PM ET" is a time).
_MIN_HEAD_WORDS = 3
# A byline without its opener: "Name, Role", "Name | Role", "Name – Role", "Name (Role)".
_ROLE_SEPARATORS = (",", "|", " – ", " — ", " - ")
_MAX_BYLINE = 80
_MAX_ROLE_WORDS = 4
_DATE_OPENERS = tuple(word.casefold() for word in (*PUBLISHED_WORDS, *MODIFIED_WORDS))


def loose_line(
    block: Block, repeated: frozenset[str], pictured: set[int], language: str | None = None
) -> bool:
    """Whether a line right in the box around the selection is the page's, beside its text.

    Besides paragraphs of text, a page's wrapper holds the lists and short
    lines that go with the box of its text (a list of services, "Rufen Sie
    uns an: 0221 123456" after it) and the headings over them.  Unlinked
    list items and rows with a word and no date (in a row's first cell: a row of a list of
    facts, "Datum | 17. Dezember", is no entry of an archive), and lines of the page's own
    (:func:`head_line`: no byline, date, caption or kicker) are taken, but
    not over links (a label: "More like this" over other stories), and
    a heading right over them or over the selection (a heading over nothing
    kept is a box of links' label: "More like this"); not in the page's
    ``<body>`` itself, where a site's slogan and banners sit.  ``language`` is the page's
    (see :func:`byline_line`).
    """
    if block.link_chars:
        return False
    if block.kind in LISTED:
        text = block.text
        if block.kind is ParagraphKind.TABLE_ROW:
            # a row's date after its label is a fact ("Datum | 17. Dezember 2023"), one in its
            # first cell dates the row's entry (an archive's list)
            text = text.partition(" | ")[0]
        return any(char.isalpha() for char in block.text) and not looks_like_date(text)
    return head_line(block, repeated, pictured, language)


# A heading this long with a sentence's end inside it (not a decimal point: "£71.6m") is prose.
_STANDFIRST = 100
_SENTENCE_INSIDE = re.compile(r"\w[.!?…][\"”»’)]?\s+\S")


def trim_top(
    blocks: list[Block],
    repeated: frozenset[str],
    pictured: set[int],
    entries: Container[int] = (),
    language: str | None = None,
) -> list[Block]:
    """Drop the headline, dek, byline, dateline and tools repeated above the first paragraph.

    Above the first block that reads as a sentence, headings below the
    headline's level that do not repeat the headline or dek are kept, the
    items of lists and rows of tables (a page that opens on a list of its
    services or a table of ingredients: a list of links is no content
    anyway), and the lines of the page's own (:func:`head_line`: an event's
    dates and price, a shop's opening hours and address under its name); not
    the article's furniture, a byline, a date, a caption, a kicker, a line of
    tools.  Past such a heading everything stays: the lines of a section (an
    address, opening hours) are no byline, which comes before any section.
    (A paragraph that repeats the dek stays: pages often take the dek from it; so does
    a heading that repeats it as prose, :func:`standfirst`.)
    The dates that open a list's entries (the ids in ``entries``) stay too.
    """
    for i, block in enumerate(blocks):
        if is_sentence(block):
            head: list[Block] = []
            for j, above in enumerate(blocks[:i]):
                if (
                    above.kind is ParagraphKind.HEADING
                    and above.level > 1
                    and fold(above.text) not in repeated
                ):
                    return head + blocks[j:]
                if (
                    (above.kind in LISTED and above.link_chars == 0)
                    or (above.kind is ParagraphKind.TABLE_ROW and keep(above))
                    or id(above) in entries
                    or head_line(above, repeated, pictured, language)
                    or (above.kind is ParagraphKind.HEADING and standfirst(above))
                ):
                    head.append(above)
            return head + blocks[i:]
    return blocks


# An event's fact above the text ("Ort: Stadthalle", "Wann: 17. Dezember, 17 Uhr"): a label of
# this many words at most and its colon, the line this long at most.
_MAX_FACT_LABEL_WORDS = 3
_MAX_FACT_LINE = 120


def event_facts(blocks: list[Block], language: str | None = None) -> set[int]:
    """The indexes of the lines above the first sentence of ``blocks`` that are an event's
    facts, its day among them: the text's, not a page's date line.

    News pages print their date over the text, and that is furniture; an
    event's page prints the event's day, time, place and price there, each a
    line of its own ("Datum: Sonntag, 17. Dezember 2023" / "Uhrzeit: 17:00 Uhr"
    / "Ort: Stadthalle Musterstadt", or the day alone over "Wo: ...").  A run
    of such lines, one after another, each a label and its colon or a date,
    is the event's when one of its labels names an event's fact (``event_labels``
    of ``date_words.json`` in the page's ``language``, as the metadata reads
    them: its date beside them is the event's day, not the page's): the run's
    lines are kept, but a byline's or a stamp's ("Von ...", "Veröffentlicht
    am ...").
    """
    # the first sentence first: without one there is no text for facts to stand over, and
    # no line is read (a page of ten thousand short lines has no sentence)
    first = next((i for i, block in enumerate(blocks) if is_sentence(block)), None)
    if first is None:
        return set()
    code = primary_subtag(language) if language else ""
    labels = EVENT_LABELS_BY_LANGUAGE.get(code, EVENT_LABELS) if code else EVENT_LABELS
    facts: set[int] = set()
    run: list[int] = []
    evented = False
    for i, block in enumerate(blocks[:first]):
        label = _fact_label(block)
        if label is None:
            if evented:
                facts.update(run)
            run, evented = [], False
            continue
        run.append(i)
        evented = evented or label in labels
    if evented:
        facts.update(run)
    return facts


def _fact_label(block: Block) -> str | None:
    """The label of a line that may be an event's fact ("Ort: Stadthalle": "ort"), "" for a
    date alone; ``None`` for any other line, a byline's or a stamp's among them."""
    text = block.text
    if (
        block.kind is not ParagraphKind.BODY
        or block.link_chars
        or "\n" in text
        or len(text) > _MAX_FACT_LINE
        or strip_by(text) != text.strip()
    ):
        return None
    label, colon, value = text.partition(":")
    label = " ".join(label.split()).casefold()
    if label in DATE_LABELS:
        return label  # "Datum: ...", the event's day's label as much as a page's
    if text.casefold().lstrip(" (").startswith(_DATE_OPENERS):
        return None
    if (
        colon
        and value.strip()
        and 0 < len(label.split()) <= _MAX_FACT_LABEL_WORDS
        and not any(char.isdigit() for char in label)
    ):
        return label
    return "" if looks_like_date(text) else None


def standfirst(heading: Block) -> bool:
    """Whether a heading that repeats the dek is prose: the standfirst printed in a heading
    ("<h2>Marianne Ricking strahlt pure Lebensfreude aus. Vor drei Jahren ...</h2>"), the
    text's first lines, not a title."""
    text = heading.text
    return len(text) >= _STANDFIRST and _SENTENCE_INSIDE.search(text) is not None


def head_line(
    block: Block, repeated: frozenset[str], pictured: set[int], language: str | None = None
) -> bool:
    """Whether a short line above the first sentence is the page's own, not furniture.

    Furniture is what news pages print between the headline and the text:
    a byline ("By Jane Roe", "Von Erika Muster": it opens with the byline's
    words), a date or a line that says when ("Published ...", "Aktualisiert
    ..."), a picture's caption (in the picture's box), a kicker or a credit
    (a word or two: "Politik", "Associated Press", "Text size", "1 / 5"; a
    line in capitals: "EXCLUSIVE", "SIGN UP FOR OUR NEWSLETTER"), links.  A
    line of several words without any of that (an event's "Eintritt: 5 €,
    Kinder frei") or a block of several lines (an address, opening hours)
    is the page's.
    """
    text = block.text
    return not (
        block.kind is not ParagraphKind.BODY
        or block.link_chars
        or fold(text) in repeated
        or id(block.node) in pictured
        or (
            "\n" not in text
            and _words(text) < _MIN_HEAD_WORDS
            and not _greets(text)
            and not _an_events_time(block)
        )
        or furniture(text, language)
    )


def _an_events_time(block: Block) -> bool:
    """Whether a short line is two words and the time they tell ("Einlass ab 18:30", "Anstoß
    um 15:30"; :func:`.boilerplate.timed_line`): an event's, where the time counts as a
    word; not a name and its time ("Jane Roe, 14:05": a byline's)."""
    words = timed_line(block)
    return words is not None and not looks_like_name(words, strict=True)


def _greets(text: str) -> bool:
    """Whether a short line opens a letter or a post ("Hallo zusammen,", "Dear all,"): it ends
    with a comma, as no kicker, label or credit does; the text goes on after it."""
    return text.rstrip().endswith(",")


def furniture(text: str, language: str | None = None) -> bool:
    """Whether a line is a date, says when, is a byline or is a label in capitals.

    A byline as read in the page's ``language`` (see :func:`byline_line`).
    """
    return (
        looks_like_date(text)
        or text.casefold().lstrip(" (").startswith(_DATE_OPENERS)
        or ("\n" not in text and text.isupper())
        or strip_by(text, language=language) != text.strip()
        or _name_and_role(text)
    )


def byline_line(block: Block, language: str | None = None) -> bool:
    """Whether a paragraph anywhere in the text is a byline ("Por María López, corresponsal").

    Below a standfirst, or after the text ("Von Erika Muster"): a short line
    that opens with a byline's word and names people, as printed bylines do
    (:func:`..bylines.parse_byline`, strict, in the page's ``language``, read once per
    page by the caller), or a name and a job without the opener.  The metadata reads
    the byline; the line is not the article's text.
    """
    text = block.text
    if block.kind is not ParagraphKind.BODY or len(text) > _MAX_BYLINE or "\n" in text:
        return False
    # read in the page's language ("Per Joan Puig" opens a byline on a Catalan page only)
    if strip_by(text, language=language) != text.strip():
        byline = parse_byline(text, strict=True, language=language)
        return byline is not None and bool(byline.authors)
    return _name_and_role(text)


def _name_and_role(text: str) -> bool:
    """Whether a line is a byline without its opener: a name and a job ("Erika Muster, Editor").

    The name as printed bylines have it (two to five capitalised words), the
    job with a word of :data:`..bylines.ROLE_WORDS` ("Redakteurin", "Staff
    Writer", "corresponsal"), after a comma, a bar, a dash or in brackets.
    """
    text = text.strip()
    if len(text) > _MAX_BYLINE or "\n" in text:
        return False
    if text.endswith(")"):
        name, _, role = text[:-1].partition("(")
    else:
        for separator in _ROLE_SEPARATORS:
            if separator in text:  # (most lines have none: no partition made for them)
                name, _, role = text.partition(separator)
                break
        else:
            return False
    role = role.strip()
    return (
        bool(role)
        and "," not in role
        and len(role.split()) <= _MAX_ROLE_WORDS
        and looks_like_name(name.strip(), strict=True)
        and is_role(role)
    )


def _words(text: str) -> int:
    """How many words ``text`` has: with a letter, or a number (``12,`` ``54321``).

    Not ``1:39`` or ``2019.04.19`` (a time, a date), nor ``/`` or ``€``.  Chinese and
    Japanese write no spaces: three of their characters count as a word more.
    """
    return (
        sum(
            word.rstrip(",.;:").isdigit() or any(char.isalpha() for char in word)
            for word in text.split()
        )
        + cjk_chars(text) // 3
    )

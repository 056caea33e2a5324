"""Lines that are chrome wherever they sit: share buttons, labels, copyright and credit lines.

The words are data, per kind, in ``boilerplate.json`` beside this module (a
new language is new words there).  A block of the article is boilerplate when

- it is only share words ("Share", "Compartir en Twitter", "Auf Facebook
  teilen", "Per E-Mail teilen") with a share verb or a network among them;
- it is a label ("Advertisement", "Anzeige", "Read more", "Lesen Sie auch",
  "Kommentare (3)") alone, or a short line that opens with one and a colon
  ("Read more: ...", "Schlagworte: Köln, Park"); a label that is a word of another
  sense too ("Ad", "Anuncio") only alone;
- it is a news agency's credit alone ("(dpa)", "AFP/Reuters"), or an outlet's with the
  agencies it drew on ("Le Monde avec AFP", "Mit Material von dpa", "Con información de EFE");
- it is a short copyright line ("© 2024 Example Media", "Copyright 2019 ...",
  "... All rights reserved.");
- it is a poster's furniture in a forum post, every line of it a rank ("Junior
  Member", "Mitglied") or a field of the poster's with a number or a date ("Posts: 45",
  "Registriert seit: 03.2008", "Beiträge 123");
- it is a poster's name opening a post in a thread (:func:`poster_names`: a short line
  that is a link to a member's page, or a word or two in a box named as the poster's);
- it is a short wire credit ("Reporting by Jane Roe; Editing by Ann Poe"):
  who made the story, not the story (the metadata reads it as a byline); the words that
  open one in other languages and a sentence too ("Reporte de", "Reportagem de",
  "Reportage", "Rédigé par": ``bracketed_credit_openers``) make one only printed whole in
  brackets, as wires print them ("(Reporte de Dave Graham; Editado en español por ...)");
- it is a notice that the page needs JavaScript ("This slideshow requires JavaScript.",
  "Bitte aktivieren Sie JavaScript");
- it is a picture's credit alone, left in the text when the picture is not
  ("Foto: dpa", "Photo: Getty Images", "Fot. PAP", "Фото: ТАСС");
- it is a paragraph that is a date alone ("8. Dezember 2010", "Dec 8, 2010 2:05 pm"):
  a post's or a teaser's time stamp (the metadata reads the article's); but the
  dates of a list of entries (events, a chronicle: each date opening its entry)
  are content, which :mod:`.choose` decides with :func:`date_alone`.

:func:`repeats` finds pull quotes: a short quoted or blockquote block whose
words the article already prints in another block.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable
from importlib import resources

import attrs

from ....model import Link, ParagraphKind
from ...bylines import CREDIT_WORDS, LABELS, NAME_PARTICLES, SOURCE_LABELS
from ...dates import (
    CLOCK,
    DATE_LABELS,
    MODIFIED_WORDS,
    PUBLISHED_WORDS,
    TIME_WORDS,
    looks_like_date,
)
from ..hints import hint_words
from .measures import COLONS, FULL_STOPS, LISTED, fold, is_sentence
from .walk import Block, Node

__all__ = [
    "CREDIT_OPENERS",
    "ad_label",
    "closing",
    "date_alone",
    "discloses",
    "edit_link",
    "headed_step",
    "is_boilerplate",
    "is_fold",
    "is_label",
    "is_pager",
    "names_link",
    "names_profile",
    "offers_subscription",
    "opens_credit",
    "opens_related",
    "opens_value",
    "poster_names",
    "printed_in",
    "pros_and_cons",
    "repeats",
    "reply_subject",
    "says_when",
    "step_number",
    "time_alone",
    "timed_line",
    "without_edit_link",
    "without_first_line",
]


def _load() -> dict[str, list[str]]:
    text = resources.files(__package__).joinpath("boilerplate.json").read_text("utf-8")
    data: dict[str, list[str]] = json.loads(text)
    return data


_DATA = _load()
_SHARE_WORDS = frozenset(_DATA["share_words"]) | frozenset(_DATA["networks"])
_SHARE_SIGNS = frozenset(_DATA["share_verbs"]) | frozenset(_DATA["networks"])
_RELATED_LABELS = frozenset(label for label in _DATA["related_labels"] if "*" not in label)
# The labels with a word or a few of the site's own in them ("more * stories": "More Great
# WIRED Stories"), as one pattern; the * is one to three words of letters (no number: "more
# than 4,000 stories" is a sentence's start).
_SITE_WORDS = r"[^\W\d_]+(?: [^\W\d_]+){0,2}"  # one to three words of letters
_RELATED_PATTERN = re.compile(
    "|".join(
        " ".join(_SITE_WORDS if word == "*" else re.escape(word) for word in label.split())
        for label in _DATA["related_labels"]
        if "*" in label
    )
)
_LABELS_ALONE = frozenset(_DATA["labels_alone"])
_AD_LABELS = frozenset(_DATA["ad_labels"])
# (an ad's label is chrome as any label is, as the whole line only when a word of another
# sense too: "Ad", "Anuncio")
_LABELS = frozenset(_DATA["labels"]) | _RELATED_LABELS | (_AD_LABELS - _LABELS_ALONE)
_SUBSCRIPTION_WORDS = frozenset(_DATA["subscription_words"])
_CURRENCY_WORDS = frozenset(word for word in _DATA["currency_words"] if word.isalpha())
_CURRENCY_SIGNS = frozenset(word for word in _DATA["currency_words"] if not word.isalpha())
_MAX_AD_LABEL = max(map(len, _AD_LABELS))
# "Schritt 2", "Step 3:", "1", "2.", "3)": a step's number on a line of its own
_STEP = re.compile(
    r"(?:(?:"
    + "|".join(map(re.escape, _DATA["step_words"]))
    + r")\s*)?(?P<number>\d{1,2})\s*[.:)]?",
    re.IGNORECASE,
)
_MAX_STEP_LINE = 20
#: The kinds of a step's blocks, its number's and its text's: paragraphs, and an unordered
#: list's items (a recipe plugin's <ul> of steps, each number an element of its own).
STEP_KINDS = frozenset({ParagraphKind.BODY, ParagraphKind.LIST_ITEM})
_AFFILIATE_LABELS = frozenset(_DATA["affiliate_labels"])
_AFFILIATE_PHRASES = tuple(_DATA["affiliate_phrases"])
# (a commission's words alone are a story's too, "Agents who earn a commission on a sale":
# a disclosure's say where it comes from, links)
_COMMISSION_PHRASES = tuple(_DATA["commission_phrases"])
_LINK_WORDS = frozenset(_DATA["link_words"])
# An affiliate disclosure is a sentence or two at most; a paragraph longer than this that
# names affiliate links is the text's (a story about them).
_MAX_DISCLOSURE = 300
_FOLD_LABELS = frozenset(_DATA["fold_labels"])
_EMBED_OPENERS = tuple(_DATA["embed_openers"])
_NEWSLETTER_WORDS = tuple(_DATA["newsletter_words"])
_SIGNUP_VERBS = tuple(_DATA["signup_verbs"])
_PAGER_LABELS = frozenset(_DATA["pager_labels"])
_PAGE_WORDS = frozenset(_DATA["page_words"])
#: How a wire credit opens ("Reporting by", "Editing by", "Mitarbeit"): the one list, also
#: read by the metadata, which takes the authors from such lines (and none from an editor's).
CREDIT_OPENERS = tuple(_DATA["credit_openers"])
_BRACKETED_CREDIT_OPENERS = tuple(_DATA["bracketed_credit_openers"])


def opens_credit(text: str, *, closed: bool = True) -> bool:
    """Whether a line opens as a wire credit: with :data:`CREDIT_OPENERS` ("Reporting by",
    "(Editing by ...)"), or whole in brackets with a word that opens a sentence too ("(Reporte
    de Dave Graham; Editado en español por Noé Torres)", "(Reportage Jean Dupont, ...)").

    ``closed=False`` asks of a line's start only (its first text node), whose closing
    bracket may come later.
    """
    folded = text.strip().lower()
    opening = folded.lstrip(" \n\t(")
    return opening.startswith(CREDIT_OPENERS) or (
        folded.startswith("(")
        and (folded.endswith(")") or not closed)
        and opening.startswith(_BRACKETED_CREDIT_OPENERS)
    )


_RIGHTS = tuple(_DATA["rights"])
# The phrases in ASCII, all that a line in ASCII may hold (most lines: "all rights reserved"
# is long, the shorter lines are decided by their length), and the others (CJK's are short).
_ASCII_RIGHTS = tuple(phrase for phrase in _RIGHTS if phrase.isascii())
_MIN_RIGHTS = min(map(len, _ASCII_RIGHTS))
_COPYRIGHT = tuple(_DATA["copyright_marks"])
_SOFTWARE_CREDITS = tuple(credit + " " for credit in _DATA["software_credits"])
_REPLY_PREFIXES = frozenset(_DATA["reply_prefixes"])
_REPLY_COUNTS = frozenset(_DATA["reply_counts"])
_COUNT_WORDS = frozenset(_DATA["count_words"])
# The marks that close a title quoted in a heading over the readers' replies.
_CLOSING_QUOTES = frozenset("“”\"»«‘’'")
_PRESS_CONTACTS = frozenset(_DATA["press_contacts"])
_CONTACTS = frozenset(_DATA["contacts"]) | _PRESS_CONTACTS
_ABOUT_OPENERS = tuple(opener + " " for opener in _DATA["about_openers"])
_ABOUT_LABELS = frozenset(_DATA["about_labels"])
_LEGAL_LABELS = frozenset(_DATA["legal_labels"])
# "Ascom is a global provider ...", "Die Muster GmbH ist ein führender Anbieter ...": a name
# of a few words, a verb and an article (the verbs' words are spaced as the text's are)
_PROFILE = re.compile(
    r"(?P<name>[^\s.!?:;]+(?: [^\s.!?:;]+){0,5}),? (?:"
    + "|".join(map(re.escape, sorted(_DATA["profile_verbs"], key=len, reverse=True)))
    + r")\b"
)
# The words an "about" label's name may open with: articles, not the name ("Über die XY AG").
_ABOUT_ARTICLES = frozenset(_DATA["about_articles"])
# The words of a text, an address or a domain one word ("www.ascom.com" prints no "ascom").
_PRINTED_WORDS = re.compile(r"\w(?:[\w.@/-]*\w)?")
# What a horizontal rule sets apart at the text's end: this many blocks at most, the
# label over it this many words at most.
_MAX_RULED_RUN = 12
# How many blocks of notes about the company over a press release's contact go with it.
_MAX_ABOUT_NOTES = 3
_MAX_ABOUT_WORDS = 6
_PROS = frozenset(_DATA["pros_labels"])
_CONS = frozenset(_DATA["cons_labels"])
_MAX_PROS_LABEL = 40
_VERDICT_WORDS = frozenset(label.split()[0] for label in _PROS | _CONS)
_EDIT_LABELS = frozenset(_DATA["edit_labels"])
_EDIT_LINK = re.compile(r"\[([^\[\]]{1,60})\]$")
_POSTER_RANKS = frozenset(_DATA["poster_ranks"])
_POSTER_FIELDS = frozenset(_DATA["poster_fields"])
# Their first words: a line that opens with none of them is decided without reading it whole
# (nearly every line of a page).
_POSTER_OPENERS = frozenset(entry.split()[0] for entry in _POSTER_RANKS | _POSTER_FIELDS)
_PROFILE_LINKS = tuple(_DATA["profile_links"])
_POSTER_BOXES = tuple(_DATA["poster_boxes"])
# A poster's name: this long at most, of this many words, in a poster's box this many
# boxes up; a thread has this many of them at least.
_MAX_NAME = 40
_NAME_WORDS = 2
_NAME_BOX_UP = 2
_MIN_NAMES = 2
_SENTENCE_ENDS = ".!?:;,"
# A poster's field and its value ("Registriert seit: 12. März 2008"), at most this long.
_MAX_POSTER_LINE = 60
_MAX_POSTER_VALUE_WORDS = 2
# The words around a time alone: the dates module's (before and after a time, zones), and
# the days and labels a live blog prints beside one ("Heute", "Updated").
_TIME_WORDS = frozenset(_DATA["time_words"]) | TIME_WORDS
_AGO_WORDS = frozenset(_DATA["ago_words"])
_TIME_UNITS = frozenset(_DATA["time_units"])
_AGO_LINE_WORDS = _TIME_UNITS | _AGO_WORDS
# Every word of a time alone is one of these (of a time of the day, or of one ago).
_TIME_LINE_WORDS = _TIME_WORDS | _AGO_LINE_WORDS

_WORDS = re.compile(r"[\w\-]+")
# (the words apart at hyphens too: "Affiliate-Links" names links)
_WORD_RUN = re.compile(r"\w+")
_LABEL_END = " \t:|<>«»‹›←→….!?¿¡-–—()"
# (the marks around an affiliate link's mark alone: "* Affiliate-Link", "(Werbelink)")
_MARKS = _LABEL_END + "*#=¹²³[]"
_AGENCIES = frozenset(_DATA["agencies"])
# "Foto: dpa", "Fot. PAP": a picture's word, a colon or a full stop, a name or an agency
_PICTURE_CREDIT = re.compile(
    r"(?:" + "|".join(map(re.escape, _DATA["picture_credits"])) + r")\s*[:.]\s*(?P<who>.+)",
    re.DOTALL | re.IGNORECASE,
)
# who made the picture: an agency or a name or two ("Archiv/Schmidt", "Getty Images/iStockphoto")
_MAX_CREDIT_WORDS = 6
_CREDIT_LOWER = frozenset(_DATA["credit_lower_words"])
# A caption after a picture's label: this many words, this many of them in lower case.
_MIN_CAPTION_WORDS = 4
_MIN_CAPTION_LOWER = 2
_MAX_CREDIT_LINE = 80
_CAPTION_LABELS = tuple(_DATA["caption_labels"])
_CAPTION = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(_CAPTION_LABELS, key=len, reverse=True)))
    + r")\s*[:,]\s*\S"
)
_SCRIPT_NOTICES = tuple(_DATA["script_notices"])
_LEGAL_LINKS = frozenset(_DATA["legal_links"])
# A line of the site's legal links: this many of them at least, this many words beside them.
_MIN_LEGAL_LINKS = 2
_MAX_BESIDE_LEGAL = 5
_MAX_SCRIPT_NOTICE = 150
# A line that credits the site's software ("Powered by vBulletin® Version 3.8.7") is this long
# at most.
_MAX_SOFTWARE_CREDIT = 80
# A forum's signature opens with a line of this many underscores at least
# ("__________________", as vBulletin and phpBB print it above the poster's signature).
_SIGNATURE_RULE = "_____"
# A reply's subject ("AW: Teichfolie stückeln?") is this long at most.
_MAX_SUBJECT = 300
_MAX_SCRIPT_NOTICE_WORDS = 12
_AGENCY_WORDS = re.compile(r"[^\s/,&+]+")
# "le monde avec afp", "mit material von dpa": a few words (an outlet's name), the words of a
# credit, the agencies (every input is short: :data:`_MAX_AGENCY_CREDIT`)
_AGENCY_CREDIT = re.compile(
    r"(?:(?P<outlet>[^.!?]{0,40})\s)?(?:"
    + "|".join(map(re.escape, sorted(_DATA["agency_credit_words"], key=len, reverse=True)))
    + r")\s+(?P<agencies>[^.!?]{1,40})"
)
_AGENCY_JOINERS = frozenset(_DATA["agency_joiners"])
# (one list with the bylines' labels before a colon: "Quelle: dpa" in either place)
_SOURCE_LABELS = frozenset(label.casefold() for label in SOURCE_LABELS)
_LINK_LABELS = frozenset(_DATA["link_labels"]) | _SOURCE_LABELS
# The labels of a line of fields: its source's, its author's, its editor's, its count's (the
# bylines' own words, and field_labels for the rest: "浏览次数", "Redaktion"), and its
# date's (the dates' own words, and field_date_labels: "时间", "日期"), which an event's line
# prints too, with its time's and its place's.
_FIELD_LABELS = (
    frozenset(_DATA["field_labels"])
    | _SOURCE_LABELS
    | frozenset(label.casefold() for label in (*LABELS, *CREDIT_WORDS))
)
_DATE_FIELD_LABELS = frozenset(_DATA["field_date_labels"]) | frozenset(
    word.rstrip(":").casefold() for word in (*PUBLISHED_WORDS, *MODIFIED_WORDS, *DATE_LABELS)
)
# A post's stamp line ("Geschrieben am 12. März 2019 in Allgemein"): this long at most.
_MAX_STAMP_LINE = 120
_MAX_STAMP_WORDS = 12
_PLAIN_DATE_LABELS = frozenset(label.casefold() for label in DATE_LABELS)
# A line of fields has this many of them at least, and is this long at most.
_MIN_FIELDS = 2
_MAX_FIELDS_LINE = 200
# (what a sentence prints inside it, which no line of fields does)
_CLAUSE_MARKS = frozenset("，。；！？")
_MAX_AGENCY_CREDIT = 60
_MAX_AGENCY_LINE = 40
# An editor's initials beside the agencies ("ans/dpa"): this many letters at most.
_MAX_INITIALS = 4
_MAX_RELATED_LABEL = 60
# Longer than this, a line that opens like boilerplate is text that happens to.
_MAX_SHARE_WORDS = 8
# A newsletter's sign-up is a short line: a sentence that mentions a newsletter is longer.
_MAX_SIGNUP = 150
_MAX_SIGNUP_WORDS = 12
_MAX_LABELLED = 200
_MAX_COPYRIGHT = 200
_MAX_CREDIT = 250
# A date alone ("Mittwoch, 8. Dezember 2010, 14:05 Uhr"): this long at most, with at most
# this many words that are not numbers (a weekday, a month, "um", "Uhr").
_MAX_DATE_LINE = 50
_MAX_DATE_WORDS = 4
# A label over nothing that closes the text ("Weitere Informationen:"): this many words at most
# (a sentence that leads into an embedded post, "Twitter seemed a bit confused by it:", is text).
_MAX_LABEL_WORDS = 5
# A contact block's lines (a name, a phone number, an address): this long at most, each, and
# this many blocks at most between the contact's label and the end of the text.
_MAX_CONTACT_LINE = 100
_MAX_CONTACT_BLOCK = 400
_MAX_CONTACT_RUN = 12
# A time alone ("18:10 Uhr", "10.42", "18h30", "vor 5 Minuten", "2 hours ago"): this long at most.
_MAX_TIME_LINE = 40
_LETTERS = re.compile(r"[^\W\d_]+")
_QUOTES = "\"“”„«»‘’‚'‹›「」『』"
_MIN_REPEAT = 30
_MAX_REPEAT = 300
_MAX_CANDIDATES = 100
# A pull quote's credit: its speaker's name, a role at most.
_MAX_QUOTE_CREDIT = 80
_MAX_CREDIT_WORDS = 6
_CREDIT_TAGS = frozenset({"figcaption", "cite", "footer"})


def _label(text: str) -> str:
    return _folded_label(text.casefold())


def _folded_label(folded: str) -> str:
    """:func:`_label` of a text already case-folded."""
    label = " ".join(folded.split()).strip(_LABEL_END)
    if "\u0307" in label:
        # Turkish's capital İ folds to "i" and a combining dot: "İlgili" is "ilgili"
        label = label.replace("i\u0307", "i")
    return _without_count(label).strip(_LABEL_END)


def _without_count(label: str) -> str:
    """``label`` without a count before or after it: "comments (3)", "3 kommentare"."""
    first, _, rest = label.partition(" ")
    if rest and first.isdigit():
        return rest
    body = label.rstrip(")")
    words = body.rstrip("0123456789")
    return words.rstrip(" (") if words != body else label


def is_fold(text: str) -> bool:
    """Whether ``text`` is a "read more" link that hides the rest of the article."""
    return _label(text) in _FOLD_LABELS


def ad_label(text: str) -> bool:
    """Whether ``text`` is the whole text of an ad's box ("Anzeige", "Advertisement")."""
    return len(text) <= _MAX_AD_LABEL + 4 and _label(text) in _AD_LABELS


def discloses(block: Block) -> bool:
    """Whether the block is a site's affiliate disclosure: the mark of an affiliate link
    alone ("* Affiliate-Link", "Enlaces de afiliados": ``affiliate_labels``), or a short
    line that says the page holds such links or earns from them ("This post contains
    affiliate links", "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen":
    ``affiliate_phrases``; "We may earn a commission from links on this page": a
    commission's words, ``commission_phrases``, with a link's, ``link_words``).  Where it
    stands is the caller's to judge: at the text's start or end it is the site's, inside
    the text a sentence that names such links."""
    text = block.text
    if len(text) > _MAX_DISCLOSURE or block.kind is ParagraphKind.HEADING:
        return False
    folded = " ".join(text.casefold().split())
    if folded.strip(_MARKS) in _AFFILIATE_LABELS:
        return True
    if any(phrase in folded for phrase in _AFFILIATE_PHRASES):
        return True
    return any(phrase in folded for phrase in _COMMISSION_PHRASES) and not _LINK_WORDS.isdisjoint(
        _WORD_RUN.findall(folded)
    )


def step_number(block: Block) -> int | None:
    """The number of a step printed on a line of its own over the step ("1", "2.",
    "Schritt 3", "Step 4": ``step_words``), else ``None``."""
    text = block.text
    if len(text) > _MAX_STEP_LINE or block.kind not in STEP_KINDS:
        return None
    match = _STEP.fullmatch(text.strip())
    return None if match is None else int(match.group("number"))


def headed_step(block: Block) -> int | None:
    """The number of a step printed on the first line of the step's own block, a ``<br>``
    before its text ("<p><b>Schritt 3</b><br>Den Teig ...</p>"), else ``None``."""
    first, newline, rest = block.text.partition("\n")
    if not newline or not rest.strip() or len(first) > _MAX_STEP_LINE:
        return None
    if block.kind not in STEP_KINDS:
        return None
    match = _STEP.fullmatch(first.strip())
    return None if match is None else int(match.group("number"))


def without_first_line(block: Block) -> Block:
    """``block`` without its first line (a step's number over the step's text), its links
    moved with the text; a link on that line goes with it."""
    text = block.text
    cut = text.index("\n") + 1
    cut += len(text[cut:]) - len(text[cut:].lstrip())
    links = tuple(
        attrs.evolve(link, start=link.start - cut, end=link.end - cut)
        for link in block.links
        if link.start >= cut
    )
    return _edited(block, text[cut:], links)


def _edited(block: Block, text: str, links: tuple[Link, ...]) -> Block:
    """A copy of ``block`` with ``text`` and its ``links`` (offsets in ``text``)."""
    edited = copy.copy(block)
    edited.text = text
    edited.links = links
    edited.link_chars = sum(link.end - link.start for link in links)
    return edited


def offers_subscription(text: str, unlinked: str) -> bool:
    """Whether a box's ``text`` offers a subscription: a word of one ("Abo", "subscribe")
    and, in its ``unlinked`` text (not a link's title: another story's "Abo-Preise steigen
    auf 13,99 Euro"), a price (a number and a currency's sign or word: "9,99 € pro Monat",
    "$4.99")."""
    if not any(char.isdigit() for char in unlinked):
        return False
    words = set(_WORDS.findall(text.casefold()))
    # ("Abo-Angebot", "Digital-Abo": the parts of a compound too)
    words.update(part for word in list(words) if "-" in word for part in word.split("-"))
    if not words & _SUBSCRIPTION_WORDS:
        return False
    return any(sign in unlinked for sign in _CURRENCY_SIGNS) or bool(
        set(_WORDS.findall(unlinked.casefold())) & _CURRENCY_WORDS
    )


def is_label(text: str) -> bool:
    """Whether ``text`` is one of the labels chrome prints alone on its line ("Anzeige",
    "Advertisement", "Sponsored", "Read more": ``labels`` and ``related_labels``)."""
    return len(text) <= _MAX_RELATED_LABEL and _label(text) in _LABELS


def is_pager(text: str) -> bool:
    """Whether ``text`` is a pager's link to another page of the article ("Nächste Seite",
    "Next page", "Seite 2": a page word and its number)."""
    label = " ".join(text.casefold().split()).strip(_LABEL_END)
    words = label.split()
    if len(words) == 2 and words[0] in _PAGE_WORDS and words[1].isdigit():
        return True
    return label in _PAGER_LABELS


def opens_related(text: str, *, site_words: bool = False) -> bool:
    """Whether ``text`` is the label over a box of other stories ("Related", "Lesen Sie auch").

    With ``site_words``, a label with words of the site's own in it too ("More Great WIRED
    Stories": the entries of ``related_labels`` with a ``*``): asked of a line over a list
    of links, not of any line that opens a box ("More than four stories of the war ..."
    may open a section of the text).
    """
    if len(text) > _MAX_RELATED_LABEL:
        return False
    label = _label(text)
    return label in _RELATED_LABELS or (
        site_words and _RELATED_PATTERN.fullmatch(label) is not None
    )


def is_boilerplate(block: Block, *, dates: bool = True) -> bool:
    """Whether the block is a share line, a label, a news agency's or an outlet's credit
    to agencies, a copyright line, a wire credit, a picture's credit, a notice that the
    page needs JavaScript or a forum poster's furniture (the module's list).

    Or a date alone, unless ``dates`` is false: the dates of a list of
    entries (:func:`date_alone`) are left for the choice to judge.
    """
    text = block.text
    if len(text) > _MAX_CREDIT or block.kind is ParagraphKind.TABLE_ROW:
        return False
    folded = text.casefold()
    if _share_line(folded):
        return True
    label = _folded_label(folded)
    if label in _LABELS:
        return True
    if label in _LABELS_ALONE and label == " ".join(folded.split()).strip(_LABEL_END):
        return True  # ("Ad", not "AD 70": no count beside such a word, it is a year)
    if label and len(text) <= _MAX_AGENCY_LINE and _credits_agencies(label, text):
        return True  # a news agency's credit alone: "(dpa)", "AFP/Reuters", "ans/dpa"
    if (
        len(text) <= _MAX_AGENCY_CREDIT
        and block.kind is ParagraphKind.BODY  # ("Interview with AP": a heading's)
        and _agency_credit(label, text)
    ):
        return True
    head, colon, rest = folded.partition(":")
    if colon and len(text) <= _MAX_LABELLED and head.strip() in _LABELS:
        return True
    if (
        colon
        and len(text) <= _MAX_AGENCY_LINE
        and head.strip() in _SOURCE_LABELS
        and _agencies_only(rest.strip(_LABEL_END))
    ):
        return True  # "Quelle: dpa", "Source: AFP and Reuters": the story's credit to agencies
    opening = folded.lstrip(" (")
    if len(text) <= _MAX_COPYRIGHT and (
        (opening.startswith(_COPYRIGHT) and _copyright_line(opening, block.kind))
        or _reserves_rights(folded)
    ):
        return True
    if opening.startswith(_EMBED_OPENERS) or _signs_up(folded):
        return True  # an embedded post's line, an external content's placeholder, a sign-up
    if opens_credit(text) or _picture_credit(text) or _caption(folded):
        return True
    if (
        len(text) <= _MAX_COPYRIGHT
        and opening.startswith(_SOFTWARE_CREDITS)
        and len(text.partition("\n")[0]) <= _MAX_SOFTWARE_CREDIT
    ):
        # "Powered by vBulletin® Version 3.8.7" (over its copyright): the site's software
        return True
    if text.startswith(_SIGNATURE_RULE) and not text.partition("\n")[0].strip("_ "):
        return True  # a forum post's signature under its rule of underscores, or the rule
    if (
        "javascript" in folded
        and len(text) <= _MAX_SCRIPT_NOTICE
        and any(notice in folded for notice in _SCRIPT_NOTICES)
        and len(folded.split()) <= _MAX_SCRIPT_NOTICE_WORDS
    ):
        return True  # "This slideshow requires JavaScript.": what the page shows without it
    if _poster_lines(folded):
        return True  # a forum post's rank, post count, date joined: its poster's, not its text
    if len(block.links) >= _MIN_LEGAL_LINKS and _legal_line(block):
        return True  # "Letzte Änderung: 12.05.2023 | Impressum | Datenschutz": the site's
    if _fields_line(folded):
        return True  # "来源：新华社 2019-03-15 09:43 作者：张三": the page's facts, not its text
    if _post_stamp(folded, text):
        return True  # "Geschrieben am 12. März 2019 in Allgemein": the post's, not its text
    # a date alone: the post's or a teaser's time stamp, not a sentence
    return dates and date_alone(block)


def _post_stamp(folded: str, text: str) -> bool:
    """Whether a line is a post's stamp: it opens with a published or a modified word and
    prints a whole date, a name or a category after it at most ("Geschrieben am 12. März
    2019 in Allgemein", "Veröffentlicht am 12.03.2019 von Max Muster", "Posted on March
    12, 2019 in News"), as blogs print it under or over the text; a sentence (a full stop
    at its end, or more than :data:`_MAX_STAMP_WORDS` words) is the text's, and so is a
    line under a date's label alone ("Datum: ...", an event's as often)."""
    opening = folded.lstrip(" (")
    return (
        len(text) <= _MAX_STAMP_LINE
        and "\n" not in text
        and opening.startswith(_WHEN_WORDS)
        # ("Datum: 12.03.2019 | Ort: Rathaus": a date's label alone is an event's as often)
        and opening.partition(":")[0].strip() not in _PLAIN_DATE_LABELS
        and folded.rstrip()[-1:] not in FULL_STOPS
        and len(folded.split()) <= _MAX_STAMP_WORDS
        and looks_like_date(text)
    )


def _fields_line(folded: str) -> bool:
    """Whether ``folded`` (a line, case-folded) is a line of fields a page prints over or
    under its text: :data:`_MIN_FIELDS` fields or more, each a label and its colon (ASCII or
    full-width), one of them no date's or time's (:data:`_FIELD_LABELS`: its source, its
    author, its editor), and a date; no sentence ("来源：新华社 2019-03-15 09:43 作者：张三
    责任编辑：李四", "Autor: Max Muster | Quelle: dpa | 12.03.2019"), however long its
    names.  Labels of a date and a time alone are an event's line as often ("日期：3月15日
    时间：9:00 地点：北京")."""
    if (
        len(folded) > _MAX_FIELDS_LINE
        or folded.count(":") + folded.count("：") < _MIN_FIELDS
        or "\n" in folded
        or folded.rstrip()[-1:] in FULL_STOPS
        or not _CLAUSE_MARKS.isdisjoint(folded)
    ):
        return False  # (most lines: fewer colons than fields)
    fields = dated = 0
    for word in folded.replace("：", "： ").replace(":", ": ").split():
        if word[-1] in COLONS:
            label = word[:-1].strip("|·•【】[]()（）")
            fields += label in _FIELD_LABELS
            dated += label in _DATE_FIELD_LABELS
    return fields > 0 and fields + dated >= _MIN_FIELDS and looks_like_date(folded)


def _credits_agencies(label: str, text: str) -> bool:
    """Whether a short line (``label``: :func:`_folded_label` of ``text``) is agencies
    alone ("(dpa)", "AFP/Reuters"), or agencies and the initials of the editors who wrote
    the story from them, in lower case, joined by slashes ("ans/dpa", "dpa/AFP/jok"), or
    such initials alone in brackets ("(thl)")."""
    words = _AGENCY_WORDS.findall(label)
    if _AGENCIES.issuperset(words):
        return True
    printed = text.strip()
    # the initials alone in brackets close a story its editor wrote ("(thl)", "(red)")
    bracketed = printed[:1] == "(" and printed[-1:] == ")"
    if not bracketed and ("/" not in printed or _AGENCIES.isdisjoint(words)):
        return False
    return all(
        word.casefold() in _AGENCIES
        or (word.isalpha() and word.islower() and len(word) <= _MAX_INITIALS)
        for word in printed.strip(_LABEL_END).split("/")
    )


def _copyright_line(opening: str, kind: ParagraphKind) -> bool:
    """Whether a line that opens with a copyright mark (``copyright_marks``) is a copyright
    line: not a word that goes on ("Copyright-Verletzungen werden verfolgt", "Copyrights"),
    nor a heading of words that opens with it ("Copyright und Urheberrecht"); a heading
    with a year or a "©" is one ("Copyright © 2023")."""
    mark = next(mark for mark in _COPYRIGHT if opening.startswith(mark))
    after = opening[len(mark) : len(mark) + 1]
    if mark[-1].isalpha() and (after.isalpha() or after == "-"):
        return False
    return kind is not ParagraphKind.HEADING or any(
        char.isdigit() or char == "©" for char in opening
    )


def _legal_line(block: Block) -> bool:
    """Whether a line is the site's legal links ("Impressum | Datenschutz", ``legal_links``),
    with a few words of its own beside them at most (a name, a date, a copyright), no sentence
    ("Bitte lesen Sie unser <a>Impressum</a> und die <a>Datenschutzerklärung</a>.")."""
    text = block.text
    beside = []
    at = 0
    for link in block.links:
        if text[link.start : link.end].casefold().strip(_LABEL_END) not in _LEGAL_LINKS:
            return False
        beside.append(text[at : link.start])
        at = link.end
    beside.append(text[at:])
    words = _LETTERS.findall(" ".join(beside))
    return len(words) <= _MAX_BESIDE_LEGAL and text.rstrip()[-1:] not in FULL_STOPS


def _agency_credit(label: str, text: str) -> bool:
    """Whether a short line credits the agencies a story drew on ("le monde avec afp",
    "mit material von dpa und afp", "con información de efe y europa press"); ``label`` is
    the line ``text`` case-folded (:func:`_folded_label`).

    Words before the credit's are an outlet's name: a sentence that ends with an agency
    ("He spoke with Reuters", "Er sprach mit dpa", with its full stop or without) has a
    word in lower case among them that is no name's particle ("Corriere della Sera con
    Ansa"); with a full stop, any word in lower case.
    """
    match = _AGENCY_CREDIT.fullmatch(label)
    if match is None:
        return False
    outlet = match.group("outlet")
    if outlet:
        stop = text.rstrip()[-1] in FULL_STOPS
        for word in text.split()[: len(outlet.split())]:
            if word[:1].islower() and (stop or word not in NAME_PARTICLES):
                return False
    return _agencies_only(match.group("agencies"))


def _agencies_only(text: str) -> bool:
    """Whether ``text`` (case-folded) names agencies and nothing else, but the words that
    join them ("afp and reuters", "efe y europa press")."""
    words = [w for w in _AGENCY_WORDS.findall(text) if w not in _AGENCY_JOINERS]
    return bool(words) and _AGENCIES.issuperset(words)


def _picture_credit(text: str) -> bool:
    """Whether a line is a picture's credit alone ("Foto: dpa", "Photo: Getty Images"), not a
    sentence that opens with the word ("Foto: Die neue Brücke über den Rhein am Abend.") nor
    the text's caption of its picture ("Bild: Der neue Spielplatz am Rathaus": :func:`_describes`).
    """
    if len(text) > _MAX_CREDIT_LINE or (":" not in text and "." not in text):
        return False
    # (in brackets too, as printed after a caption: "(Foto: Verein)")
    match = _PICTURE_CREDIT.fullmatch(text.strip().removeprefix("(").removesuffix(")"))
    if match is None:
        return False
    who = match.group("who")
    words = who.split()
    return (
        len(words) <= _MAX_CREDIT_WORDS and who.rstrip()[-1] not in ".!?" and not _describes(words)
    )


def _describes(words: list[str]) -> bool:
    """Whether the words after a picture's label describe it (a caption: "Der neue
    Spielplatz am Rathaus", "The new bridge at dusk") rather than name who made it.

    A credit names people, agencies and firms, capitalised, with a name's particles ("von")
    and a credit's own words in lower case ("privat", "picture alliance", "courtesy of":
    ``credit_lower_words``); a caption has :data:`_MIN_CAPTION_LOWER` words of other kinds
    in lower case at least, in :data:`_MIN_CAPTION_WORDS` words.
    """
    if len(words) < _MIN_CAPTION_WORDS:
        return False
    lower = 0
    for word in words:
        bare = word.strip(_LABEL_END + ",;/")
        if (
            bare[:1].islower()
            and bare not in NAME_PARTICLES
            and bare not in _AGENCIES
            and bare not in _CREDIT_LOWER
        ):
            lower += 1
    return lower >= _MIN_CAPTION_LOWER


def _caption(folded: str) -> bool:
    """Whether a line is a picture's caption left in the text without its picture, named
    so by its label ("Legenda: o presidente em Brasília", "Legenda da foto, ...",
    "Didascalia: ...": ``caption_labels``, then a colon or a comma)."""
    if not folded.startswith(_CAPTION_LABELS):
        return False  # decides nearly every line
    return _CAPTION.match(folded) is not None


def poster_names(blocks: list[Block]) -> set[int]:
    """The indexes of the posters' names in ``blocks``, the blocks of a forum thread.

    A poster's name is a line of :data:`_NAME_WORDS` words at most (no sentence's
    end) that is a link to a member's page (``profile_links`` in ``boilerplate.json``:
    ``member.php``, ``/members/``, ``/u/``), alone or before the poster's rank or fields
    ("tom Mitglied"), or a line of as few words in a box whose class or id names the poster
    (``poster_boxes``: ``poster``, ``username``) and that holds no sentence (a box of text
    named for its users, "userstuff", is the text's).  Found only on a thread's page, where
    :data:`_MIN_NAMES` of them at least each open a post: a name on its own, in an
    article, is left to the byline's rules.
    """

    # each box is asked once, for all its blocks: a page of many short lines has them in
    # few boxes, and the boxes around a block (how far up a poster's box may be, where a
    # box of sentences stops the search) are the same for every block of its box
    @functools.cache
    def in_poster_box(node: Node) -> bool:
        box: Node | None = node
        for _ in range(_NAME_BOX_UP):
            if box is None or box.sentences:
                return False  # a box of sentences is the text's ("userstuff", "user-content")
            if _poster_box(box.el.get("class")) or _poster_box(box.el.get("id")):
                return True
            box = box.parent
        return False

    found = {
        i
        for i, block in enumerate(blocks)
        if _poster_name(block, blocks[i + 1] if i + 1 < len(blocks) else None, in_poster_box)
    }
    return found if len(found) >= _MIN_NAMES else set()


def _poster_name(block: Block, after: Block | None, in_poster_box: Callable[[Node], bool]) -> bool:
    text = block.text
    if text[-1] in _SENTENCE_ENDS:
        return False
    # the name's line: the block's first (a name over its rank and fields), not read past it
    line_end = text.find("\n", 0, _MAX_NAME + 1)
    if (len(text) if line_end < 0 else line_end) > _MAX_NAME:
        return False  # nearly every block is decided here
    if block.kind is not ParagraphKind.BODY and block.kind is not ParagraphKind.HEADING:
        return False
    if block.links:
        link = block.links[0]
        url = "/" + (link.url or "").casefold()  # a relative "members/tom.4/" too
        if link.start or len(text[: link.end].split()) > _NAME_WORDS:
            return False
        rest = text[link.end :].strip()
        return any(path in url for path in _PROFILE_LINKS) and (
            not rest or _poster_lines(rest.casefold())
        )
    name, _, details = text.partition("\n")
    if len(name.split()) > _NAME_WORDS:
        return False
    # a name over the poster's rank and fields, in its block or the next, in whatever box
    # ("kitty_87" / "Mitglied" / "Beiträge: 12"): a guest's name, or a board's that links none
    if details.strip():
        return _poster_lines(details.casefold())
    if after is not None and not after.links and _poster_lines(after.text.casefold()):
        return True
    # the box before the sentence: a page of many short lines has them in boxes of no poster's
    return in_poster_box(block.node) and not is_sentence(block)


def _poster_box(value: str | None) -> bool:
    return bool(value) and any(
        word.casefold().startswith(_POSTER_BOXES) for word in hint_words(value or "")
    )


def _poster_lines(folded: str) -> bool:
    """Whether every line of ``folded`` (a block's text, case-folded) is :func:`_poster_line`."""
    # the text's first word is its first line's (a line without a letter is no poster's):
    # nearly every block is decided by it, without splitting it into lines
    first = _LETTERS.search(folded)
    if first is None or first.group() not in _POSTER_OPENERS:
        return False
    lines = [line for line in folded.splitlines() if line.strip()]
    return bool(lines) and all(_poster_line(line) for line in lines)


def _poster_line(line: str) -> bool:
    """Whether a line (case-folded) is a poster's rank or one of their fields with a number.

    "Junior Member", "Posts: 45", "Registriert seit: 03.2008", "Beiträge 123": a
    field's value must hold a digit ("Posts: many" may be a sentence's start) and two words
    at most (a count or a date, not "Beiträge: Erwachsene 60 Euro, Kinder 30 Euro").
    """
    line = line.strip()
    if len(line) > _MAX_POSTER_LINE:
        return False
    first = _LETTERS.search(line)
    if first is None or first.group() not in _POSTER_OPENERS:
        return False
    if _label(line) in _POSTER_RANKS:
        return True
    field, colon, value = line.partition(":")
    if not colon:  # a field and its count: "Beiträge 1.234"
        field, _, value = line.rpartition(" ")
        if not value.replace(".", "").replace(",", "").isdigit():
            return False
    return (
        field.strip() in _POSTER_FIELDS
        and any(char.isdigit() for char in value)
        # a count or a date ("12. März 2010", "vor 3 Jahren"), not words with numbers in them
        # ("Beiträge: Erwachsene 60 Euro, Kinder 30 Euro": a club's fees)
        and len(_LETTERS.findall(value)) <= _MAX_POSTER_VALUE_WORDS
    )


def date_alone(block: Block) -> bool:
    """Whether the block is a paragraph that is a date alone ("Mittwoch, 8. Dezember 2010")."""
    text = block.text
    return (
        block.kind is ParagraphKind.BODY
        and len(text) <= _MAX_DATE_LINE
        and looks_like_date(text)  # first: most lines hold no year, and need no word count
        and sum(not word.isdigit() for word in _WORDS.findall(text.casefold())) <= _MAX_DATE_WORDS
        # a date over a line of words is a letter's place and date over its signature
        # ("Kleinbach, 04.03.2024" / "gez. Hartmann, Bürgermeister"): each line says when
        and ("\n" not in text or all(map(_has_digit, text.splitlines())))
    )


def _has_digit(line: str) -> bool:
    return any(map(str.isdigit, line))


def time_alone(block: Block) -> bool:
    """Whether the block is a time alone: of the day ("18:10 Uhr", "Heute, 10.42") or ago
    ("vor 5 Minuten", "2 hours ago"), the words around it from ``boilerplate.json``."""
    text = block.text
    if (
        block.kind is not ParagraphKind.BODY
        or len(text) > _MAX_TIME_LINE
        or not any(map(str.isdigit, text))
    ):
        return False
    folded = text.casefold()
    first = _LETTERS.search(folded)
    if first is not None and first.group() not in _TIME_LINE_WORDS:
        return False  # decides most lines without listing their words
    words = _LETTERS.findall(folded)
    if not _TIME_LINE_WORDS.issuperset(words):
        return False  # a word of neither kind: decided without looking for a time of the day
    if CLOCK.search(text) is not None:
        return _TIME_WORDS.issuperset(words)
    return (
        not _TIME_UNITS.isdisjoint(words)
        and not _AGO_WORDS.isdisjoint(words)
        and _AGO_LINE_WORDS.issuperset(words)
    )


_WHEN_WORDS = tuple(word.casefold() for word in (*MODIFIED_WORDS, *PUBLISHED_WORDS))
# The words of a stamp: a day's ("Heute"), a change's or a publication's ("Aktualisiert",
# "Veröffentlicht"); a line of two words and a time with one of them is a stamp, not an
# event's line.
_STAMP_WORDS = frozenset(_DATA["time_words"]) | frozenset(
    word for phrase in _WHEN_WORDS for word in _LETTERS.findall(phrase)
)
# Two words, a time and what may follow a time ("Uhr", "h", "pm"): at most this long.
_MAX_TIMED_LINE = 40
_TIMED_WORDS = 2


def timed_line(block: Block) -> str | None:
    """The two words before a time that ends a short line ("Einlass ab 18:30", "Anstoß um
    15:30 Uhr"): an event's or a programme's line, not a stamp; ``None`` for any other line.

    Not a time alone (:func:`time_alone`: "Heute um 18:10") nor a stamp's words
    ("Zuletzt aktualisiert 14:05", "Stand: 14:05"); the caller asks whether the words are
    a name ("Jane Roe, 14:05": a byline's time).
    """
    text = block.text
    if (
        len(text) > _MAX_TIMED_LINE
        or block.kind is not ParagraphKind.BODY
        or not text[-1:].isalnum()
        or "\n" in text
    ):
        return None
    found = None
    for found in CLOCK.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    if found is None:
        return None
    after = _LETTERS.findall(text[found.end() :].casefold())
    if not TIME_WORDS.issuperset(after) or any(char.isdigit() for char in text[found.end() :]):
        return None  # the time does not end the line
    before = text[: found.start()]
    words = _LETTERS.findall(before.casefold())
    if (
        len(words) != _TIMED_WORDS
        or len(before.split()) != _TIMED_WORDS
        or not _STAMP_WORDS.isdisjoint(words)
        or time_alone(block)
        or says_when(block)
    ):
        return None
    return before.strip(" ,:;-–|")


def says_when(block: Block) -> bool:
    """Whether the block opens with the words that say a time is the page's publication or
    change: of a time alone (:func:`time_alone`), "Updated at 1:23 p.m.", "Aktualisiert um
    14:05 Uhr", the page's stamp, never its text.

    (A bare time alone, "4:14 p.m.", may head an entry of a page of updates, as AP's "The
    Latest" prints them: the choice judges those.)
    """
    return block.text.casefold().startswith(_WHEN_WORDS)


def closing(
    blocks: list[Block],
    ruled: frozenset[int] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> int:
    """Where the boilerplate that closes the text starts: ``len(blocks)`` when there is none.

    Four kinds: the readers' replies under the heading that counts them and names the page
    (:func:`_counts_replies`), a label over nothing ("Weitere Informationen:", "Fotos:": a
    line of a few words that ends in a colon, its box of links left out, and
    the fragments after it), a
    press release's contact block ("Pressekontakt:", "Media contact",
    "Kontakt: ..." and the short lines of names, phone numbers and
    addresses after it, to the end), and what a horizontal rule sets apart at
    the end (``ruled``: the ``id`` of each block right after an ``<hr>``): a
    press release's notes about the company, its contact, its legal notes
    (:func:`_notes_after_rule`).  The words of contacts are data
    (``press_contacts``: alone or with a colon; ``contacts``, more common
    words, only with a colon), with the notes about the company right over it
    (:func:`_about_note`, a rule before them or not).  A contact or a label in the text, with text
    after it, is the text's (an event's "Kontakt: 0221 123456" over its
    programme); and the text is never all of it.  ``named`` are the headline and
    the dek, case-folded: the company a release is about is named there.
    """
    end = _without_empty_labels(blocks, len(blocks))
    if named:
        # the readers' replies under their heading, whatever their box is named
        end = next(
            (i for i, block in enumerate(blocks[:end]) if _counts_replies(block.text, named)), end
        )
    for i in range(end - 1, max(end - _MAX_CONTACT_RUN, 0) - 1, -1):
        block = blocks[i]
        if _contact_label(block):
            end = _without_empty_labels(blocks, i)
            # the notes about the company right over its contact go with it, without a rule
            # too ("Über die Muster AG" and its profile, then "Pressekontakt:"): from the
            # first of them in the few blocks over it
            end = next(
                (
                    j
                    for j in range(max(end - _MAX_ABOUT_NOTES, 1), end)
                    if _about_note(blocks[j], blocks[:j], named)
                ),
                end,
            )
            break
        if not _contact_lines(block.text):
            break
    if ruled:
        # from the last rule back: a release may set its notes apart one rule each
        i = end - 1
        while i >= max(end - _MAX_RULED_RUN, 0):
            if id(blocks[i]) in ruled:
                if not _notes_after_rule(blocks[i], blocks[:i], named):
                    break
                end = i
            i -= 1
    if end == len(blocks):
        return end  # nothing closes the text (the test for a sentence would not change it)
    return end if end and any(is_sentence(block) for block in blocks[:end]) else len(blocks)


def names_profile(text: str) -> bool:
    """Whether a heading names a box about the site or its author, not the page: "Über uns",
    "About us", "Über den Autor", "Company profile" (``about_labels``)."""
    return len(text) <= _MAX_RELATED_LABEL and _label(text) in _ABOUT_LABELS


def _notes_after_rule(block: Block, before: list[Block], named: frozenset[str]) -> bool:
    """Whether ``block``, right after a horizontal rule near the text's end, opens what a
    press release sets apart there: its contact (:func:`_contact_label`), a label about the
    company ("About Ascom", "Über die Muster AG:", "Über uns": ``about_openers`` before a
    name, ``about_labels``) or legal notes ("Disclaimer", "Forward-looking statements",
    "Haftungsausschluss": ``legal_labels``), or the company's profile ("Ascom is a global
    solutions provider ...": a name the headline prints, ``profile_verbs`` after it).
    """
    return _contact_label(block) or _about_note(block, before, named)


def _about_note(block: Block, before: list[Block], named: frozenset[str]) -> bool:
    """Whether ``block`` opens a press release's notes about the company or its legal notes
    (see :func:`_notes_after_rule`), its contact left aside."""
    text = block.text
    first = text.split("\n", 1)[0]
    folded = first.casefold()
    head, colon, _ = folded.partition(":")
    label = (head if colon else folded).strip(_LABEL_END + "*#")
    if label in _LEGAL_LABELS or label in _ABOUT_LABELS:
        return True
    opener = next((opener for opener in _ABOUT_OPENERS if label.startswith(opener)), None)
    if opener is not None and len(label.split()) <= _MAX_ABOUT_WORDS:
        # "About Ascom", not "About the years": the word after the opener (past an
        # article) is a name, with a capital or a digit
        for word in first.split()[len(opener.split()) :]:
            if word.casefold().strip("'’") not in _ABOUT_ARTICLES:
                return any(char.isupper() or char.isdigit() for char in word)
        return False
    return _profile(text, before, named)


def _profile(text: str, before: list[Block], named: frozenset[str]) -> bool:
    """Whether ``text`` opens a company's profile: a name the headline or the dek prints
    ("Ascom", "Die Ascom AG"), a verb and an article ("is a", "ist ein"), the name a word
    the text before never prints in lower case (not "this", "it", "das")."""
    match = _PROFILE.match(text)
    if match is None:
        return False
    words = set(" ".join(named).split())
    for word in match.group("name").split():
        folded = word.casefold()
        if folded != word and folded in words:
            return not any(folded in _PRINTED_WORDS.findall(block.text) for block in before)
    return False


def _without_empty_labels(blocks: list[Block], end: int) -> int:
    """``end``, or where the labels over nothing before it start: the first label of the
    run of fragments (a few words, no sentence) that ends there, and what follows it
    ("Contenido Premium:", "0", "Audio:", "Audio listo": a widget's leftovers)."""
    found = end
    # one pass back over the run: a label is a fragment that ends in a colon
    start = end
    while start and _fragment(blocks[start - 1]):
        start -= 1
        if blocks[start].text.rstrip().endswith(COLONS):
            found = start
    return found


def opens_value(block: Block) -> bool:
    """Whether the block is a label alone over the value it names, printed after it: a
    few words, no sentence, no link, ending in a colon ("Quelle:", "Weitere Informationen:",
    "原文：", "原文链接：")."""
    return not block.links and block.text.rstrip().endswith(COLONS) and _fragment(block)


def names_link(block: Block) -> bool:
    """Whether the block, a label alone (:func:`opens_value`), names a link or a source
    printed after it ("原文：", "原文链接：", "Original:", "Quelle:", "via:":
    ``link_labels`` and the source labels)."""
    return _label(block.text.rstrip().removesuffix("：")) in _LINK_LABELS


def _fragment(block: Block) -> bool:
    text = block.text.rstrip()
    if block.kind in LISTED and not block.link_chars and not text.endswith(COLONS):
        # the items of a list (no links: no topics') are what a label over them introduces
        # ("Tagesordnung:", "Zutaten:"), no widget's leftovers
        return False
    return (
        block.kind is not ParagraphKind.TABLE_ROW
        and text[-1:] not in FULL_STOPS
        and "\n" not in text
        and len(text.split()) <= _MAX_LABEL_WORDS
    )


def _contact_lines(text: str) -> bool:
    return len(text) <= _MAX_CONTACT_BLOCK and all(
        len(line) <= _MAX_CONTACT_LINE for line in text.splitlines()
    )


def _contact_label(block: Block) -> bool:
    """Whether the block opens a contact ("Pressekontakt:", "Kontakt: Erika Muster, ...")."""
    text = block.text
    if not _contact_lines(text):
        return False
    first = text.split("\n", 1)[0].casefold()
    head, colon, _ = first.partition(":")
    if colon:
        return head.strip(" \t*#-–—") in _CONTACTS
    return first.strip(_LABEL_END + "*#") in _PRESS_CONTACTS


def pros_and_cons(block: Block) -> tuple[bool, bool]:
    """Whether the block heads a review's pros, its cons, or both.

    A heading or a block whose first line is the label alone ("Pro",
    "Vorteile:", "Points forts", "Contras"; the items may follow on the
    next lines), or a table's row of two such cells ("Vorteile |
    Nachteile"); the words are data (``pros_labels``, ``cons_labels``).
    """
    text = block.text
    if block.kind is ParagraphKind.TABLE_ROW:
        cells = [_label(cell) for cell in text.split(" | ")]
        return any(cell in _PROS for cell in cells), any(cell in _CONS for cell in cells)
    first = text.split("\n", 1)[0]
    if len(first) > _MAX_PROS_LABEL or _first_word(first) not in _VERDICT_WORDS:
        return False, False  # decides most lines without folding them
    label = _label(first)
    return label in _PROS, label in _CONS


def without_edit_link(block: Block) -> Block:
    """A wiki's heading without its section's edit link ("History[edit]", "Geschichte
    [Bearbeiten | Quelltext bearbeiten]"): the block itself when it has none."""
    text = block.text
    if block.kind is not ParagraphKind.HEADING or not text.endswith("]"):
        return block
    found = _EDIT_LINK.search(text)
    if found is None or not _edit_labels(found.group(1)):
        return block
    end = len(text[: found.start()].rstrip())
    return _edited(block, text[:end], tuple(link for link in block.links if link.end <= end))


def edit_link(block: Block) -> bool:
    """Whether the block is a wiki's edit link alone, in its brackets, beside a section's
    heading rather than inside it ("[Bearbeiten | Quelltext bearbeiten]": MediaWiki prints
    it after the ``<h2>`` in the heading's box since 2024): the heading's chrome."""
    text = block.text
    return (
        text[-1] == "]"
        and text[0] == "["
        and block.kind is not ParagraphKind.HEADING
        and _edit_labels(text[1:-1])
    )


def _edit_labels(inside: str) -> bool:
    """Whether the text inside a wiki's brackets is its edit links' labels alone."""
    return _EDIT_LABELS.issuperset(" ".join(part.casefold().split()) for part in inside.split("|"))


def _first_word(text: str) -> str:
    words = text.split(None, 1)
    return words[0].casefold().strip(_LABEL_END) if words else ""


def _reserves_rights(folded: str) -> bool:
    """Whether ``folded`` says "all rights reserved" in one of the languages of the list."""
    if folded.isascii():
        if len(folded) < _MIN_RIGHTS:
            return False  # shorter than every phrase: most short lines are decided here
        phrases = _ASCII_RIGHTS
    else:
        phrases = _RIGHTS
    for phrase in phrases:  # noqa: SIM110 (any() over a generator costs more than the searches)
        if phrase in folded:
            return True
    return False


def _signs_up(folded: str) -> bool:
    """Whether ``folded`` is a newsletter's sign-up: a short line (:data:`_MAX_SIGNUP_WORDS`
    words at most, no sentence of the text) with a newsletter's word and a sign-up verb
    ("Abonnieren Sie unseren Newsletter", "Sign up to receive our daily newsletter.")."""
    return (
        len(folded) <= _MAX_SIGNUP
        and any(word in folded for word in _NEWSLETTER_WORDS)
        and any(verb in folded for verb in _SIGNUP_VERBS)
        and len(folded.split()) <= _MAX_SIGNUP_WORDS
    )


def _share_line(folded: str) -> bool:
    """Whether ``folded`` is share words only, with a share verb or a network among them."""
    first = _WORDS.search(folded)
    if first is None or first.group() not in _SHARE_WORDS:
        return False  # decides most lines without listing their words
    words = _WORDS.findall(folded)
    return (
        len(words) <= _MAX_SHARE_WORDS
        and _SHARE_WORDS.issuperset(words)
        and not _SHARE_SIGNS.isdisjoint(words)
    )


def _plain(text: str) -> str:
    return _plain_folded(text.casefold())


def _plain_folded(folded: str) -> str:
    return " ".join(_WORDS.findall(folded))


def _longest(words: str) -> str:
    """The longest of ``words`` (:func:`_plain`): a block whose text (case-folded) lacks it
    cannot print them, and its words need not be read (the cheap test first)."""
    return max(words.split(" "), key=len)


def printed_in(text: str, blocks: list[Block]) -> bool:
    """Whether the words of ``text`` are printed, in order, inside one of ``blocks``."""
    words = _plain(text)
    if not words:
        return False
    longest = _longest(words)
    for block in blocks:
        folded = block.text.casefold()
        if longest in folded and words in _plain_folded(folded):
            return True
    return False


def reply_subject(text: str, repeated: frozenset[str]) -> bool:
    """Whether ``text`` is a forum reply's subject: a reply's prefix (``reply_prefixes``) and
    the thread's title (``repeated``: the headline and dek as :func:`.measures.fold` gives
    them, or their part before a mark), "AW: Teichfolie stückeln?", "Re: Backups fail",
    which each post of a thread prints over it."""
    if len(text) > _MAX_SUBJECT or ":" not in text[:6]:
        return False  # (most lines: no prefix's colon near their start)
    prefix, _, title = text.partition(":")
    return prefix.strip().casefold() in _REPLY_PREFIXES and _names_title(title, repeated)


def _names_title(text: str, repeated: frozenset[str]) -> bool:
    """Whether ``text`` is the page's title: a headline or dek of ``repeated`` (folded), or
    its part before a mark (the headline may be the page's ``<title>`` with the site's name
    after it: "Teichfolie stückeln? - Gartenteich-Forum")."""
    title = fold(text)
    return bool(title) and any(
        heading == title
        or (
            heading.startswith(title + " ")
            and not heading[len(title) + 1 : len(title) + 2].isalnum()
        )
        for heading in repeated
    )


def _counts_replies(text: str, named: frozenset[str]) -> bool:
    """Whether ``text`` heads the readers' replies to the page: a count, a word of replies
    (``reply_counts``) and the page's title in quotation marks ("5 Antworten auf „Die alte
    Linde“", "12 Responses to “Title”", "3 Gedanken zu „Title“", as blog themes print it
    over their comments whatever they name the comments' box)."""
    if len(text) > _MAX_SUBJECT or text[-1] not in _CLOSING_QUOTES:
        return False  # (most lines: no title quoted at their end)
    words = text.split(None, 2)
    if len(words) < 3 or not (words[0].isdigit() or words[0].casefold() in _COUNT_WORDS):
        return False
    if words[1].casefold() not in _REPLY_COUNTS:
        return False
    body = text[:-1]
    start = max(body.rfind(mark) for mark in "„“\"«»‚‘'")
    return start > 0 and _names_title(body[start + 1 :], named)


def repeats(blocks: list[Block]) -> set[int]:
    """The indexes of pull quotes: short quoted blocks whose words another block prints."""
    candidates = [
        i
        for i, block in enumerate(blocks)
        if _MIN_REPEAT <= len(block.text) <= _MAX_REPEAT
        and (block.kind is ParagraphKind.BLOCKQUOTE or block.text[0] in _QUOTES)
    ][:_MAX_CANDIDATES]
    quoted = {i: words for i in candidates if (words := _plain(blocks[i].text))}
    if not quoted:
        return set()
    # only the blocks that may print a quote have their words read (the quote's own among them)
    longest = [_longest(words) for words in quoted.values()]
    printed = []
    for block in blocks:
        folded = block.text.casefold()
        if any(word in folded for word in longest):
            printed.append(_plain_folded(folded))
    whole = "\n".join(printed)
    # once is the block itself; a second time, inside another block, is the repeat
    found = {
        i
        for i, words in quoted.items()
        if whole.count(words) > 1 or _repeated_before_credit(blocks[i].text, whole)
    }
    # the quote's credit goes with it: the speaker's name under it, in the quotation or the
    # figure that holds it ("<cite>Tim Oliver</cite>", "<figcaption>Tim Oliver, Landrat")
    found.update(
        i + 1 for i in list(found) if i + 1 < len(blocks) and _credits_quote(blocks[i + 1])
    )
    return found


def _repeated_before_credit(text: str, whole: str) -> bool:
    """Whether the quotation ``text`` prints, before a dash and its speaker's name (a few
    words: "„...“ – Tim Oliver"), words another block prints too (``whole``: the words of
    the blocks, a line each, the quotation's own among them)."""
    quote, dash, credit = text.rpartition(" – ")
    if not dash:
        quote, dash, credit = text.rpartition(" — ")
    if not dash or len(credit.split()) > _MAX_CREDIT_WORDS:
        return False
    words = _plain(quote)
    return bool(words) and whole.count(words) > 1


def _credits_quote(block: Block) -> bool:
    """Whether ``block``, right under a pull quote, is its speaker's credit: a short line,
    no sentence, in the quotation (its ``<cite>``, its footer) or in the caption of the
    figure that holds it."""
    return (
        len(block.text) <= _MAX_QUOTE_CREDIT
        and (block.kind is ParagraphKind.BLOCKQUOTE or block.tag in _CREDIT_TAGS)
        and not is_sentence(block)
    )

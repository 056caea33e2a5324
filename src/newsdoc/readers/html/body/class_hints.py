"""What a block element's class and id say about it: chrome, or a weight for its score.

The words are data in :mod:`..hints`; this module matches them against class
and id values, and remembers the answers: the walk asks for every block
element with a class or id.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from importlib import resources
from itertools import islice

from ..hints import (
    AD_PREFIXES,
    AD_WORDS,
    EVENT_FACT_WORDS,
    EVENT_WORDS,
    NEGATIVE,
    NOTE_WORDS,
    POSITIVE,
    STRONG_NEGATIVE,
    SUMMARY_WORDS,
    hint_words,
)
from ..tree import Element, text_content

__all__ = [
    "a_panels_title",
    "class_hints",
    "info_box",
    "info_label",
    "names_ad",
    "names_chrome",
    "names_chrome_word",
    "never_article",
    "page_builder_value",
    "page_builders",
]


def _matcher(hints: Iterable[str]) -> Callable[[str], bool]:
    """A test for one word of a class or id value (see :mod:`..hints`).

    A hint of five letters or more starts the word (``comments``), a shorter
    one is the word (``ad``, not ``address``).
    """
    long = tuple(hint for hint in hints if len(hint) >= 5)
    short = frozenset(hint for hint in hints if len(hint) < 5)

    def matches(word: str) -> bool:
        return word in short or word.startswith(long)

    return matches


_weak = _matcher(NEGATIVE)
_positive = _matcher(POSITIVE)


def _ad(word: str) -> bool:
    # (whole words and starts apart, not by length: "reklam" is no start of "reklamation")
    return word in AD_WORDS or word.startswith(AD_PREFIXES)


_strong_words = _matcher(STRONG_NEGATIVE)
# an ad's words that are weak hints: a bare "ad" or "ads" is only a sign of chrome
_WEAK_AD_WORDS = AD_WORDS & frozenset(NEGATIVE)


def _strong(word: str) -> bool:
    # an ad's box is never the article ("werbung", "reklama", "advertisement")
    return _strong_words(word) or (_ad(word) and word not in _WEAK_AD_WORDS)


_NO_HINTS = (False, False, False)
# A word of chrome after one of these says what the box has not ("no-caption", "no_sidebar").
_NEGATIONS = frozenset({"no", "without"})
# Class and id values repeat within a page and across a site's pages, and
# their words (``article``, ``wrapper``, ``share``) across every site: both
# are looked up once.
_MAX_CACHE = 50_000
_hint_cache: dict[str, tuple[bool, bool, bool]] = {}


# only read when a value is not in _hint_cache: lru_cache's bookkeeping is off the hot path
@functools.lru_cache(maxsize=_MAX_CACHE)
def _word_hints(word: str) -> tuple[bool, bool, bool]:
    return _strong(word), _weak(word), _positive(word)


# a class or id value's words are asked for by the walk (the box's hints, a time stamp's
# box) and by the choice (the boxes it keeps): read once per value
@functools.lru_cache(maxsize=_MAX_CACHE)
def _words_hints(value: str) -> tuple[tuple[str, bool, bool, bool], ...]:
    """``(word, strong negative, negative, positive)`` for each word of a class or id value.

    The one reading of a value's words of chrome: a word after "no" or "without" names
    what the box has not ("no-caption", "without-ads"), so it is no chrome; beside a word
    of an event (``EVENT_WORDS``), a post's furniture (``EVENT_FACT_WORDS``: "meta",
    "date", "time") names the event's facts ("tribe-events-event-meta", "event-date").
    """
    found = []
    previous = ""
    words = hint_words(_without_terms(value))
    # an event's box: its meta, date and time are the event's facts ("tribe-events-event-meta")
    event = not EVENT_WORDS.isdisjoint(words)
    for word in words:
        strong, weak, positive = _word_hints(word)
        if previous in _NEGATIONS or (event and word in EVENT_FACT_WORDS):
            strong = weak = False
        previous = word
        found.append((word, strong, weak, positive))
    return tuple(found)


def _value_hints(value: str) -> tuple[bool, bool, bool]:
    """``(strong negative, negative, positive)`` for one class or id value."""
    cached = _hint_cache.get(value)
    if cached is None:
        strong = weak = positive = False
        for _, word_strong, word_weak, word_positive in _words_hints(value):
            strong, weak, positive = (
                strong or word_strong,
                weak or word_weak,
                positive or word_positive,
            )
        cached = (strong, weak, positive)
        if len(_hint_cache) > _MAX_CACHE:
            _hint_cache.clear()
        _hint_cache[value] = cached
    return cached


_LINES = json.loads(resources.files(__package__).joinpath("boilerplate.json").read_text("utf-8"))
# "Read more" labels (boilerplate.json, the list the body's fold check reads), as class words.
_FOLD_LABELS = tuple(_LINES["fold_labels"])
# The labels that open a box set apart inside the text ("Info", "Hintergrund", "Fazit").
_INFO_LABELS = frozenset(_LINES["info_labels"])
_MAX_INFO_LABEL = max(map(len, _INFO_LABELS))
# ... and the unlinked text such a box adds to its label, at least.
_INFO_TEXT = 80
_FOLD_WORDS = tuple(label.replace(" ", "") for label in _FOLD_LABELS)
_FOLD_LABEL_SET = frozenset(_FOLD_LABELS)
# How many elements of a fold's box are looked at for the box of text it hides.
_MAX_FOLD_LOOK = 50


def a_panels_title(el: Element) -> bool:
    """Whether a ``<button>`` opens a panel of the page and its text is the panel's title.

    An accordion (Bootstrap's, TYPO3's, a FAQ's) prints each question in a button that shows
    its answer (``aria-expanded``): the question is the page's text, as a ``<summary>`` is;
    not a "read more" toggle's label (:data:`_FOLD_LABELS`) nor a menu's (in ``<nav>``).
    """
    if el.get("aria-expanded") is None:
        return False  # most buttons: a form's, a share bar's, a slider's
    label = " ".join(text_content(el).casefold().split()).strip(" .…»›>+")
    return any(char.isalpha() for char in label) and label not in _FOLD_LABEL_SET


def info_label(text: str) -> str | None:
    """The info label that opens ``text`` ("Fazit", "Zur Person: Anna Müller" is "zur
    person": ``info_labels`` in ``boilerplate.json``), else ``None``."""
    label = " ".join(text.casefold().split())
    label = label.partition(":")[0].strip(" .–-")  # ("Zur Person: Anna Müller")
    return label if len(label) <= _MAX_INFO_LABEL and label in _INFO_LABELS else None


def info_box(el: Element) -> bool:
    """Whether an ``<aside>`` is a box of the text set apart: between its paragraphs (a
    ``<p>`` right before or after it), opened by an info label (``info_labels`` in
    ``boilerplate.json``: "Info", "Hintergrund", "Zur Person: ...", "Fazit", "Background",
    "Repères"), with text of its own (:data:`_INFO_TEXT` characters) and few links.

    Asked of ``<aside>`` elements only, which the walk otherwise skips: a box of related
    links or a pull quote beside the text opens with no such label.
    """
    before, after = el.getprevious(), el.getnext()
    if not ((before is not None and before.tag == "p") or (after is not None and after.tag == "p")):
        return False
    first = next(
        (node for node in el.iter() if isinstance(node.tag, str) and (node.text or "").strip()),
        None,
    )
    if first is None:
        return False
    label = info_label(text_content(first))
    if label is None:
        return False
    size = len(" ".join(text_content(el).split()))
    linked = sum(len(text_content(link)) for link in el.iter("a"))
    return size - len(label) >= _INFO_TEXT and 4 * linked < size


def _names_fold(value: str | None) -> bool:
    """Whether a class or id names a "read more" fold (``read-more``, ``readMore``)."""
    return _fold_value(value) if value else False


# asked of every box named as weak chrome: read once per value
@functools.lru_cache(maxsize=_MAX_CACHE)
def _fold_value(value: str) -> bool:
    words = "".join(hint_words(value))  # "read-more", "readMore" and "readmore" alike
    return words.startswith(_FOLD_WORDS)


def _hides_text(el: Element) -> bool:
    """Whether a fold's box holds a box named as content: the rest of the article.

    (``<div id="read-more"><a>Read more</a><div id="read-more-content"><p>...``.)
    """
    for child in islice(el.iterdescendants(), _MAX_FOLD_LOOK):
        for value in (child.get("class"), child.get("id")):
            if value:
                strong, _, positive = _value_hints(value)
                if positive and not strong:
                    return True
    return False


def class_hints(el: Element) -> tuple[bool, int]:
    """``(chrome, weight)`` from the element's class and id.

    Chrome is a strong negative word, or a negative one with no positive
    word beside it, on an element that microdata does not mark as the
    ``articleBody`` and that is not a "read more" fold around a box of
    content (the rest of the article); the weight is what the words add to a
    container's score.
    """
    cls = el.get("class")
    ident = el.get("id")
    strong, weak, positive = _value_hints(cls) if cls else _NO_HINTS
    if ident:
        strong2, weak2, positive2 = _value_hints(ident)
        strong, weak, positive = strong or strong2, weak or weak2, positive or positive2
    if not (strong or (weak and not positive)):
        return False, 25 if positive else 0  # no chrome: most boxes, decided here
    # chrome, but where the box is the article's all the same (then it weighs nothing)
    if not strong and (_names_fold(cls) or _names_fold(ident)) and _hides_text(el):
        # a "read more" fold around the rest of the article: the link is chrome, not the text
        return False, 0
    if "articleBody" in (el.get("itemprop") or "").split():
        # the page says it is the article (schema.org), whatever its id was made from
        # ("gigya-share-btns-2_gig_containerParent")
        return False, 0
    if not strong and _a_summary(cls, ident) and (el.tag == "p" or _plain_box(el)):
        # a paragraph named as a summary ("teaser"): the lede, or a teaser's summary in its box;
        # so is a box of such paragraphs without a link, a heading or a picture (Contao's
        # <div class="teaser"> above the text), not another story's teaser
        return False, 0
    if not strong and _named_as(NOTE_WORDS, cls, ident) and _a_note(el):
        # a box named for its look alone ("card", "alert") that holds text, little linked,
        # without a heading or a picture: a note in the text (Ghost's "kg-callout-card",
        # Avada's "fusion-alert alert-info" tip), or a paragraph in a card of its own, not a
        # teaser's card
        return False, 0
    if ident and not (cls and _chrome(_value_hints(cls))) and _titled(el, ident):
        # an id made from the section's own title ("bigtable-sre-a-tale-of-over-alerting"
        # over "Bigtable SRE: A Tale of Over-Alerting"): its words are the title's, no hint
        return False, 0
    if not strong and el.tag in _HEADING_TAGS and not names_chrome(el, _HEADER_WORDS):
        # a heading named as a header ("list-header", "section-header") is a heading
        return False, 0
    if not strong and not names_chrome(el, _HEADER_WORDS) and _heading_alone(el):
        # a box named as a header around a heading alone is the heading's box: CMSs wrap
        # each section's heading so (TYPO3's "frame-header", "csc-header", Jimdo's "j-header"),
        # and an accordion each question ("accordion-header")
        return False, 0
    if next(el.iterdescendants("main"), None) is not None:
        # a box around the page's <main> is a layout wrapper (a mobile menu's
        # "nav-drawer" sliding the whole page), not the chrome its name says
        return False, 0
    return True, -25


def _plain_box(el: Element) -> bool:
    """Whether a box holds text alone: no link, heading or picture in it."""
    return next(el.iter("a", "img", *_HEADING_TAGS), None) is None


def _a_note(el: Element) -> bool:
    """Whether a box holds text without a heading or a picture, a third of it linked at most."""
    if next(el.iter("img", *_HEADING_TAGS), None) is not None:
        return False
    text = len(text_content(el).strip())
    linked = sum(len(text_content(link).strip()) for link in el.iter("a"))
    return text > 0 and linked * 3 <= text


def _heading_alone(el: Element) -> bool:
    """Whether a box holds one heading and no text beside it (a section heading's box), or
    an accordion's question alone (:func:`a_panels_title`)."""
    heading = next(el.iter(*_HEADING_TAGS, "button"), None)
    if heading is None or (heading.tag == "button" and not a_panels_title(heading)):
        return False
    text = text_content(el)
    return len(text.strip()) == len(text_content(heading).strip()) > 0


def _a_summary(*values: str | None) -> bool:
    """Whether every word of chrome of a paragraph's class and id names a summary ("teaser")."""
    return _named_as(SUMMARY_WORDS, *values)


def _named_as(words: frozenset[str], *values: str | None) -> bool:
    """Whether every word of chrome of the class and id values is one of ``words``."""
    return all(
        word in words or not weak
        for value in values
        if value
        for word, _, weak, _ in _words_hints(value)
    )


def _chrome(hints: tuple[bool, bool, bool]) -> bool:
    strong, weak, positive = hints
    return strong or (weak and not positive)


# An id is made from a title when it opens with this many words of the element's first heading,
# found among its first _TITLE_LOOKAHEAD elements.
_TITLE_WORDS = 3
_TITLE_LOOKAHEAD = 8
_SLUG_WORDS = 4
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Words of chrome that a heading's class may have and still be a heading of the text.
_HEADER_WORDS = frozenset({"header"})


def _titled(el: Element, ident: str) -> bool:
    """Whether ``ident`` is made from the title of the section ``el`` opens with.

    Pages give sections ids made from their headings, for links to them:
    ``bigtable-sre-a-tale-of-over-alerting`` over "Bigtable SRE: A Tale of
    Over-Alerting".  The id's first words are the title's (a title of
    :data:`_TITLE_WORDS` words at least: one of a word or two is a box's
    name, "Comments", "Related articles"), not a hint, unless they name what is never the
    article (:data:`NOT_ARTICLE_WORDS`).
    """
    if sum(ident.count(mark) for mark in "-_") < _TITLE_WORDS - 1:
        return False  # "sidebar", "related-links": no title's words (a cheap test first)
    for child in islice(el.iterdescendants(), _TITLE_LOOKAHEAD):
        if child.tag in _HEADING_TAGS:
            words = hint_words(text_content(child))
            ident_words = hint_words(ident)
            # slugs are often cut short: the title's first words are enough
            return (
                len(words) >= _TITLE_WORDS
                and ident_words[:_SLUG_WORDS] == words[:_SLUG_WORDS]
                and not any(word.startswith(NOT_ARTICLE_WORDS) for word in ident_words)
            )
    return False


def names_chrome_word(value: str | None, word: str) -> bool:
    """Whether a class or id value has ``word``, a word of chrome, as a word of chrome: not
    after "no" or "without" ("wp-caption" has "caption", "no_caption" has not)."""
    return bool(value) and any(
        found == word and (strong or weak) for found, strong, weak, _ in _words_hints(value or "")
    )


def names_ad(el: Element) -> bool:
    """Whether the element's class or id names an ad's box (``AD_WORDS``, ``AD_PREFIXES``:
    "ad-slot", "werbung"; not "reklamation"; not after "no": "no-ads")."""
    for value in (el.get("class"), el.get("id")):
        if value:
            previous = ""
            for word in hint_words(value):
                if _ad(word) and previous not in _NEGATIONS:
                    return True
                previous = word
    return False


def names_chrome(el: Element, but: frozenset[str] = frozenset()) -> bool:
    """Whether the element's class or id has a word of chrome (not in ``but``).

    Whatever other words stand beside it (but not after "no": ``no-caption``
    has none, see :func:`_words_hints`): ``caption-text`` and
    ``article-disclaimer`` are not skipped by the walk (a positive word
    stands beside the negative one), and are no lede either.
    """
    for value in (el.get("class"), el.get("id")):
        if value:
            for word, strong, weak, _ in _words_hints(value):
                if (strong or weak) and word not in but:
                    return True
    return False


#: Class/id words of boxes that hold readers' text, never the article's, however long.
COMMENT_WORDS = (
    "comment",
    "disqus",
    "repl",
    "discussion",
    "kommentar",
    "komentar",
    "comentari",
    "commentaire",
)

#: Class/id words of boxes that are never the article, however much text they hold: readers'
#: comments, and the notices, forms and recommendations a site lays over or around every page
#: (a cookie notice of 400 characters outweighs a contact page's two lines).
NOT_ARTICLE_WORDS = (
    *COMMENT_WORDS,
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "signup",
    "popup",
    "modal",
    "outbrain",
    "taboola",
)


def never_article(el: Element) -> bool:
    """Whether the element's class or id names it as what is never the article (comments, ...)."""
    return _never_article_value(f"{el.get('class') or ''} {el.get('id') or ''}")


# asked by the walk of every box it skips and by the choice of every box of chrome: the
# same values, read once
@functools.lru_cache(maxsize=_MAX_CACHE)
def _never_article_value(value: str) -> bool:
    return any(word.startswith(NOT_ARTICLE_WORDS) for word in hint_words(_without_terms(value)))


#: The class words a blog gives a post's box for its categories and tags ("category-newsletter",
#: "tag-social-media"), and Drupal a node's box for its content type ("node--type-newsletter"),
#: beside the marks of such a box's classes (WordPress's and Squarespace's "hentry",
#: "status-publish"; Drupal's "node--view-mode-full"): they name the post's topics or kind,
#: not what the box is.
_TERM_PREFIXES = ("category-", "tag-", "node--type-")
_POST_MARKS = ("hentry", "status-", "node--view-mode-")


def _without_terms(value: str) -> str:
    """``value`` without a post box's category and tag words (:data:`_TERM_PREFIXES`)."""
    if "-" not in value or " " not in value:
        return value  # (most values: no term, or a single word)
    words = value.split()
    if not any(word.startswith(_POST_MARKS) for word in words):
        return value
    return " ".join(word for word in words if not word.startswith(_TERM_PREFIXES))


#: The class words of each page builder's boxes: boxes that hold the page's own text, whatever
#: other words name them as chrome (the builder's "widget", "module", "icon-box", or the site's
#: own "hero-banner" on a section).  A builder is a new entry here, not a new rule.
PAGE_BUILDERS: dict[str, tuple[str, ...]] = {
    "Elementor": ("elementor",),  # elementor-widget-wrap
    "Divi": ("pb",),  # et_pb_module
    "WPBakery": ("vc", "wpb"),  # vc_column, wpb_wrapper
    "Beaver Builder": ("fl",),  # fl-module
    "Oxygen": ("ct", "oxy"),  # ct-section, ct-div-block, oxy-rich-text
    "Bricks": ("brxe",),  # brxe-section, brxe-icon-box, brxe-post-content
    # site builders: their pages are their boxes
    "Wix": ("wixui",),  # wixui-section, wixui-rich-text
}
PAGE_BUILDER_WORDS = frozenset(word for words in PAGE_BUILDERS.values() for word in words)


#: Class words of chrome that name a builder's box as the site's own part, the same on every
#: page (Elementor's "elementor-location-footer"): its address and links are not the page's.
SITE_PARTS = frozenset({"header", "footer", "fusszeile"})


def page_builders(el: Element) -> bool:
    """Whether the element's class names it as a page builder's box (:data:`PAGE_BUILDER_WORDS`),
    not the site's header or footer (:data:`SITE_PARTS`)."""
    value = el.get("class")
    return (
        bool(value)
        and page_builder_value(value)
        and not any(names_chrome_word(value, word) for word in SITE_PARTS)
    )


@functools.lru_cache(maxsize=_MAX_CACHE)
def page_builder_value(value: str) -> bool:
    """Whether a class value names a page builder's box (:data:`PAGE_BUILDER_WORDS`)."""
    return not PAGE_BUILDER_WORDS.isdisjoint(hint_words(value))

"""What the body finder knows about HTML: tag classes and class/id word lists.

Kept as data so the rules read at a glance and are tuned as lists, not code.
Class and id values are split into words at any non-letter (``share-bar``,
``share_bar``) and at camelCase humps (``shareBar``).  A word matches a hint of
five letters or more when it starts with it (``comments`` matches ``comment``)
and a shorter hint only exactly (``ad`` does not match ``address``).
"""

from __future__ import annotations

import json
import re
from importlib import resources

__all__ = [
    "AD_PREFIXES",
    "AD_WORDS",
    "BLOCK_TAGS",
    "CONTAINER_TAGS",
    "ENTRY_WORDS",
    "EVENT_FACT_WORDS",
    "EVENT_WORDS",
    "HEADINGS",
    "NEGATIVE",
    "NOTE_WORDS",
    "POSITIVE",
    "SKIP_TAGS",
    "STRONG_NEGATIVE",
    "hint_words",
]

#: Never content: their text is code, controls or chrome.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "map",
        "button",
        "select",
        "option",
        "input",
        "textarea",
        "label",
        "dialog",
        "menu",
        "nav",
        "navbar",
        "navig",
        "aside",
        "footer",
        "head",
        "title",
        "meta",
        "link",
        "audio",
        "video",
        "picture",
        "source",
        "track",
    }
)

#: Tags that end the running paragraph (everything else is inline).
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "body",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "hr",
        "address",
        "center",
        "form",
        "fieldset",
        "details",
        "summary",
        "hgroup",
        "legend",
    }
)

#: Blocks that hold paragraphs and are scored as candidates for the body.
CONTAINER_TAGS = frozenset(
    {"div", "section", "article", "main", "body", "td", "form", "center", "header", "details"}
)

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

#: Class/id words of elements that are never the article, even inside it.  An ad's words are
#: such too, but are not listed here: ``body.class_hints`` reads them from their own list
#: (:data:`AD_WORDS`, :data:`AD_PREFIXES`), whole words and starts apart, bar a bare "ad" or
#: "ads", which are only :data:`NEGATIVE`'s.
STRONG_NEGATIVE = (
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscri",
    "signup",
    # (an ad's words are ad_words.json's, whole words and starts apart: AD_WORDS, AD_PREFIXES)
    "sponsor",
    "outbrain",
    "taboola",
    "cookie",
    "consent",
    "gdpr",
    "popup",
    "modal",
    "breadcrumb",
    "facebook",
    "avatar",
    "logo",
)

#: Signs of chrome: skipped unless a positive word is there too.
NEGATIVE = (
    # readers' comments in other languages ("kommentare", "comentarios", "komentarze"):
    # weak, as a German "Kommentar" is also an opinion piece ("article-kommentar")
    "kommentar",
    "komentar",
    "comentari",
    "related",
    "verwandt",
    "relacionad",
    "correlat",
    "promo",
    "pagination",
    "pager",
    "recommend",
    "empfehlung",
    "trending",
    "popular",
    "sidebar",
    "seitenleiste",
    "widget",
    "banner",
    "masthead",
    "toolbar",
    "skip",
    "print",
    "hidden",
    "visually",
    "sronly",
    "screenreader",
    "rss",
    "tags",
    "tagcloud",
    "topics",
    "byline",
    "dateline",
    "timestamp",
    "published",
    "updated",
    "author",
    "credit",
    "copyright",
    "caption",
    # a picture's caption in other languages (German, French, Portuguese and Polish,
    # Italian, Spanish, Dutch)
    "bildunterschrift",
    "bildtext",
    "bildlegende",
    "legende",
    "legenda",
    "didascalia",
    "epigrafe",
    "onderschrift",
    "bijschrift",
    "disclaimer",
    "nextprev",
    "readmore",
    "more",
    "also",
    "donate",
    "membership",
    "login",
    "contributor",
    # a forum post's signature under its text ("signature", "signaturecontainer"): the same
    # lines under every post of its poster
    "signatur",
    "bio",
    "meta",
    "footer",
    # the same in German ("fuss", "fusszeile": an old site's <div id="fuss">)
    "fuss",
    "fusszeile",
    "nav",
    "navbar",
    "navig",
    "menu",
    "header",
    "ad",
    "ads",
    "extra",
    "aside",
    "rail",
    "community",
    "tool",
    "utility",
    "links",
    "teaser",
    "card",
    "feed",
    "embed",
    "overlay",
    "alert",
    "notice",
    "badge",
    "icon",
    "button",
    "btn",
    "form",
    "search",
    "date",
    "time",
)


def _ad_words() -> dict[str, list[str]]:
    text = resources.files(__package__).joinpath("ad_words.json").read_text("utf-8")
    data: dict[str, list[str]] = json.loads(text)
    return data


_AD_DATA = _ad_words()
#: Class/id words of an ad's box, whole (``ad``, not ``address``; ``reklam``, not
#: ``reklamation``), and the starts of such words (``advert``: ``advertisement``), from
#: ``ad_words.json``.  An ad between two boxes of text parts the article, it does not end it.
AD_WORDS = frozenset(_AD_DATA["words"])
AD_PREFIXES = tuple(_AD_DATA["prefixes"])

#: Class/id words of an event's boxes, in some languages, and hCalendar's root ("vevent").
#: The body reads them so: beside them, the words of a post's furniture
#: (:data:`EVENT_FACT_WORDS`) name the event's facts, its date, time and place, not chrome
#: (The Events Calendar's "tribe-events-event-meta", "tribe-events-start-date").  The
#: metadata too: a date in such a box, or named so ("event-date"), is the event's day,
#: not the page's (``metadata.page``).
EVENT_WORDS = frozenset(
    {
        "event",
        "events",
        "vevent",
        "veranstaltung",
        "veranstaltungen",
        "termin",
        "termine",
        "evento",
        "eventos",
        "eventi",
        "evenement",
        "evenements",
        "evenementen",
    }
)
EVENT_FACT_WORDS = frozenset(
    {"meta", "date", "time", "timestamp", "published", "updated", "details", "info"}
)

#: Words of a box of a subscription's offer over the rest of the text; not chrome: many
#: sites name the boxes of the text itself so ("paywall", the text a subscription shows).
PAYWALL_WORDS = ("paywall", "regwall")

#: Words of chrome that name a paragraph itself as a summary, not chrome: a German page's
#: ``<p class="teaser">`` is its lede (the "Teaser" of German newsrooms), a box's is a teaser's
#: summary, judged as any paragraph (a box of teasers is skipped by its own class).
SUMMARY_WORDS = frozenset({"teaser"})

#: Words of chrome that name a box's look, not what it is: a box so named that holds text
#: alone (no link, heading or picture) is a note in the text, a tip or a warning (Ghost's
#: ``kg-callout-card``, Avada's ``fusion-alert alert-info``), not a teaser's card.
NOTE_WORDS = frozenset({"card", "alert"})

#: Words of the article's own container.
POSITIVE = (
    "article",
    "content",
    "entry",
    "post",
    "story",
    "body",
    "main",
    "text",
    "blog",
    "prose",
    "richtext",
    "paragraph",
    "column",
    # a recipe's card in a post (its ingredients and steps) is the post's, whatever the card
    "recipe",
    # a documentation's note in the text ("admonition alert alert--info", Sphinx's and
    # Docusaurus's notes, tips and warnings), whatever its alert's words
    "admonition",
    # the same words in other languages (German, Spanish, French, Italian, Portuguese)
    "inhalt",
    "artikel",
    "beitrag",
    "contenido",
    "contenu",
    "conteudo",
    "contenuto",
    "texto",
    "texte",
    "testo",
    "noticia",
    "cuerpo",
    "corpo",
    "articulo",
    "articolo",
    "artigo",
)

#: Class words of a post's box: two boxes of such a kind side by side are a thread of two
#: posts, not a page's columns (``post``, ``postcontainer``, ``message``, ``beitrag``).
ENTRY_WORDS = ("post", "message", "beitrag", "reply", "antwort", "answer")
#: Of those, the words of a box that holds a reply, never the thread's opening post (a Q&A
#: page's first answer, with no answer before it: ``answer``, ``reply``, ``antwort``).
REPLY_WORDS = ("reply", "replies", "antwort", "answer")

# A run of letters split at every camelCase hump has no lower-case letter
# before an upper-case one: some capitals, then small letters.
_WORD = re.compile(r"[A-Z]+[a-z]*|[a-z]+")
# A run of letters and digits with a letter after a digit is a generated name, a hash's
# ("e1ad", Medium's id of a paragraph; "ad0b7k", a style sheet's class): no words.
_RUN = re.compile(r"[0-9A-Za-z]+")
_GENERATED = re.compile(r"[0-9][A-Za-z]")


def hint_words(value: str) -> list[str]:
    """The lower-case words of a class or id value (none of a generated name's: "e1ad" is
    no "ad"; "ad1", "post-101" are "ad", "post")."""
    if _GENERATED.search(value) is None:  # (most values: no run to leave out, one pass)
        return [word.lower() for word in _WORD.findall(value)]
    return [
        word.lower()
        for run in _RUN.findall(value)
        if _GENERATED.search(run) is None
        for word in _WORD.findall(run)
    ]

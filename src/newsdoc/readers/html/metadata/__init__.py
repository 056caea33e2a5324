"""Page metadata: every source a page carries, reconciled.

Note for ``parse_html`` (the body's side): :func:`extract_metadata` takes the
lxml root of the page and returns a :class:`PageMetadata`; every field is
already cleaned and may be used as it is.  ``images`` are the images the
metadata names (``og:image``, JSON-LD ``image``), lead image first;
``body_text`` is JSON-LD's ``articleBody`` (a hint, often truncated);
``headline_element`` is the ``<h1>`` that prints the headline, when one does
(the body starts after it; do not keep it as a paragraph).

Sources, most trusted first (see docs/html-reader.md, "Metadata"): JSON-LD,
``<meta>``/``<link>`` (OpenGraph, Twitter cards, article:*, parsely-*,
sailthru.*, dc.*, citation_*), microdata, hNews / h-entry classes, what is
printed on the page (bylines, ``<time>``, dates near the headline), the URL.
The extractors (:mod:`.jsonld`, :mod:`.meta_tags`, :mod:`.page`) each fill a
:class:`.found.Found`; :mod:`.fields` holds the rule that settles each field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from ....model import Byline, Image
from ...bylines import looks_like_name
from ...dates import complete_year
from ..tree import Element, text_content
from .collect import JSONLD_TYPES, HeadData, collect_head, script_kind
from .fields.byline import MANY_AUTHORS, choose_byline, narrow_to_printed, weak_byline
from .fields.dates import (
    as_printed,
    choose_date,
    date_from_url,
    date_in_scripts,
    date_in_title,
    date_language,
    day_first,
    day_of,
    event_day_in,
    is_utc,
    month_from_url,
    url_in_utc,
)
from .fields.headline import (
    choose_headline,
    other_site,
    publisher_names,
    site_in_title,
    site_names,
    without_tagline,
)
from .fields.images import choose_images
from .fields.language import choose_language
from .fields.section import choose_section
from .fields.shared import first_text
from .fields.subheadline import choose_dek
from .fields.tags import choose_tags
from .fields.url import choose_url
from .found import Found
from .jsonld import from_jsonld, is_unreadable
from .meta_tags import from_meta, from_twitter_labels
from .page import (
    PageFound,
    dated_lines,
    event_page,
    from_page,
    marked_dates,
    printed_dates,
    printed_headline,
    wire_credits,
)

__all__ = ["PageMetadata", "extract_metadata"]


@attrs.frozen(kw_only=True)
class PageMetadata:
    """What a page says about its article, from JSON-LD, meta tags, microdata, ..."""

    headline: str | None = None
    subheadline: str | None = None
    byline: Byline | None = None
    published: dt.datetime | dt.date | None = None
    modified: dt.datetime | dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    #: The article body as the page's JSON-LD gives it (a hint for the body finder).
    body_text: str | None = None
    #: The ``<h1>`` element that prints the headline, if any.
    headline_element: Element | None = attrs.field(default=None, eq=False, repr=False)


def _script_texts(head: HeadData) -> Iterator[str]:
    """The texts of the page's scripts whose dates the JSON-LD reader did not read: scripts
    of other kinds (a site's state), and JSON-LD blocks it could not read whole."""
    for script in head.scripts:
        text = script.text
        if text and (script_kind(script) not in JSONLD_TYPES or is_unreadable(text)):
            yield text


def _names_a_person(site: str) -> bool:
    """Whether a site's name is a person's: a name that opens with a known first name ("Max
    Muster", a personal blog's), not an outlet's ("Vortex Cannon Entertainment")."""
    from ....analysis.lexicon import known_first_names  # (as the bylines do: loaded when needed)

    return looks_like_name(site, strict=True) and site.split()[0] in known_first_names()


def extract_metadata(root: Element, *, url: str | None = None) -> PageMetadata:
    """Read and reconcile the metadata of the page whose parsed tree is ``root``.

    ``url`` is where the page was fetched from; it resolves relative links
    and is the page's URL unless the page names a canonical one.
    """
    head = collect_head(root)
    jsonld = from_jsonld(head.jsonld)
    meta = from_meta(head)
    declared = [jsonld, meta]
    page_url = choose_url(head, declared, url)
    publishers = publisher_names(
        (v for f in declared for v in f.publisher),
        head.title,
        [h for f in declared for h in f.headlines],
        head.h1s,
    )
    publisher = first_text(publishers)
    sites = site_names(publishers, page_url or url)
    own = frozenset(sites)
    language = choose_language(head, declared)
    # (its dates read with the region of the site's country: "EST" on an Australian site)
    dates_language = date_language(language, page_url or url)
    byline = choose_byline(declared, publisher, page_url, own, language=language)
    dayfirst = day_first(language, page_url or url)
    # the canonical URL may be a section's or the home page (no date): the others may say it
    url_day = next(
        (
            day
            for candidate in (
                page_url,
                url,
                *head.links.get("canonical", ()),
                *(u for f in declared for u in f.urls),
            )
            if (day := date_from_url(candidate, dayfirst=dayfirst)) is not None
        ),
        None,
    )
    published = choose_date(
        (v for f in declared for v in f.published), dayfirst, url_day, language=dates_language
    )
    # the year and month the URL spells: what makes a day printed without its year whole
    url_month = (
        (url_day.year, url_day.month) if url_day is not None else month_from_url(page_url or url)
    )

    def completed(found: Found) -> list[str]:
        """The dates ``found`` printed without their year, whole with the URL's year."""
        if url_month is None:
            return []
        return [
            whole
            for value in found.yearless
            if (
                whole := complete_year(
                    value, *url_month, dayfirst=dayfirst, language=dates_language
                )
            )
            is not None
        ]

    headline, h1 = choose_headline(
        declared, head.h1s, head.title, sites, root.iter("h2"), root.iter("h2", "h3")
    )
    # a page that names no publisher names its site in the <title>, beside the headline
    titled = site_in_title(head.title, headline)
    site = publisher or titled
    if (
        publisher is not None
        and titled is not None
        and other_site(publisher, titled, page_url or url)
    ):
        site = titled  # (Reuters' og:site_name "U.S.", a section; its <title>'s "Reuters")
    if site is not None:
        site = without_tagline(site)
    # (the bylines' outlet only when it is no person's name: a personal blog's <title> names
    # its author, "Beitrag | Max Muster", who stays the byline's person)
    if site is not None and not _names_a_person(site):
        publisher = site
    everything = declared
    # a long declared list may be credits: the byline printed beside the headline narrows it
    many = byline is not None and len(byline.authors) >= MANY_AUTHORS
    declared_date = published
    page: PageFound | None = None
    anchor: Element | None = None  # the headline's element, found once the page is read
    if weak_byline(byline) or published is None or many:
        # what the head does not say, the body may print
        # near the headline; without one, from the top of the article or body
        # (an organisation's byline is only checked against what is printed nearby)
        unnamed = byline is None or bool(byline.authors)
        need_byline = weak_byline(byline) and unnamed
        anchor = h1 if h1 is not None else printed_headline(root, headline)
        page = from_page(
            root,
            anchor,
            need_byline=need_byline,
            need_date=published is None,
            language=language,
        )
        declared = [*declared, page.microdata, page.hnews]
        everything = [*declared, page.visible]
        if many and byline is not None:
            byline = narrow_to_printed(byline, page.visible, publisher, page_url, language=language)
        if weak_byline(byline):
            byline = (
                choose_byline(everything, publisher, page_url, own, language=language) or byline
            )
        if weak_byline(byline) and unnamed:
            # a wire story names its reporters at its end ("Reporting by ...")
            credits = Found(source="visible", bylines=wire_credits(root))
            byline = choose_byline([credits], publisher, page_url, own, language=language) or byline
        if published is None:
            yearless = completed(page.visible)
            published = choose_date(
                [*(v for f in everything[2:] for v in f.published), *yearless],
                dayfirst,
                url_day,
                None if url_day is not None else url_month,
                language=dates_language,
            )
            # the URL's date over a date printed on the page that falls on another day:
            # the page's may be a sidebar's or a comment's (never over a declared one);
            # but not over the same instant printed in the page's zone, the URL's in UTC
            if (
                published is not None
                and url_day is not None
                and day_of(published) != url_day
                and not url_in_utc(published, url_day)
            ):
                published = url_day
            elif published is not None and is_utc(published):
                # a machine's copy in UTC (a time stamp in an attribute): the page's printed day
                published = as_printed(
                    published,
                    [*page.visible.published, *yearless],
                    dayfirst,
                    page.visible.modified,
                    language=dates_language,
                )
    if isinstance(declared_date, dt.datetime):
        # the metadata's instant (often in UTC) on the day the page prints
        if page is None:
            anchor = h1 if h1 is not None else printed_headline(root, headline)
            printed = printed_dates(root, anchor)
        else:
            printed = page.visible
        others = (v for f in declared[:2] for v in f.published)
        published = as_printed(
            declared_date,
            [*printed.published, *completed(printed), *others],
            dayfirst,
            printed.modified,
            language=dates_language,
        )
    if weak_byline(byline):
        # last, the CMS account an SEO plugin names ("Written by" in twitter:label1)
        labels = from_twitter_labels(head)
        if labels.bylines:
            byline = choose_byline([labels], publisher, page_url, own, language=language) or byline
    modified = choose_date(
        (v for f in everything for v in f.modified), dayfirst, language=dates_language
    )
    if published is None:
        # the URL's date, else the one the title prints, else one the page's scripts
        # declare, else one in the URL's query, else the only date printed: a change's
        # ("Mis à jour le ...")
        published = (
            url_day
            or date_in_title(head.title, dayfirst, language=dates_language)
            or date_in_scripts(_script_texts(head))
            or next(filter(None, (date_from_url(u, query=True) for u in (page_url, url))), None)
            or modified
        )
    if published is None:
        # last, a line anywhere that says what its date is ("Stand: 8.12.2010" in a footer)
        lines = dated_lines(root, dates_language, anchor)
        changed = choose_date(lines.modified, dayfirst, language=dates_language)
        published = choose_date(lines.published, dayfirst, language=dates_language) or changed
        modified = modified or changed
    if published is None:
        # and last of all, a date anywhere in an element whose class says so (the page
        # was read: no date was declared)
        marked = marked_dates(root, anchor, dates_language)
        published = choose_date(marked.published, dayfirst, language=dates_language) or choose_date(
            marked.modified, dayfirst, language=dates_language
        )
    if (
        published is not None
        and declared_date is None
        and url_day is None
        and (page is None or not (page.microdata.published or page.hnews.published))
        and day_of(published)
        in (
            event_day_in(headline, dayfirst, language=dates_language),
            event_day_in(head.title, dayfirst, language=dates_language),
            event_day_in(
                text_content(head.h1s[0]) if head.h1s else None, dayfirst, language=dates_language
            ),
        )
        and event_page(root, anchor, dates_language)
    ):
        # a headline or title that names the day something happens on ("Sommerkonzert am
        # 15. Juni 2019") on a page that shows it is an event's (its facts' labels, its
        # hours): that day printed on the page is the event's, not the publication's; a
        # news headline names the day it reports on ("Storm hits coast on June 5, 2023")
        published = None
    return PageMetadata(
        headline=headline,
        subheadline=choose_dek(declared, h1, headline),
        byline=byline,
        published=published,
        modified=modified,
        publisher=site,
        url=page_url,
        language=language,
        section=choose_section(v for f in declared for v in f.sections),
        tags=choose_tags(declared),
        images=choose_images(declared, page_url),
        body_text=jsonld.body_text,
        headline_element=h1,
    )

"""Helpers shared by the tests of the HTML metadata's dates and bylines (``test_html_dates_*``)."""

from __future__ import annotations

import lxml.html

from newsdoc.readers.html.metadata import PageMetadata, extract_metadata

#: Running text below a headline: what a page's metadata is read around.
STORY = "".join(
    f"<p>Paragraph {i} of the story, long enough to be running text, with a comma.</p>"
    for i in range(4)
)


def meta_of(body: str, *, head: str = "", url: str | None = None, lang: str = "de") -> PageMetadata:
    """The metadata of a page made of ``head`` and ``body`` in language ``lang``."""
    html = f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"
    return extract_metadata(lxml.html.document_fromstring(html), url=url)

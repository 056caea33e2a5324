"""The readers hold each paragraph's text about once while they read (issue 19).

What a reader allocates in Python objects at its peak is counted by
``tracemalloc`` (bytes, not time: the same on every run of one Python).  A text
or page of tiny paragraphs is the worst case per byte of input: every few bytes
make a paragraph, and every object per paragraph weighs many times its text.
The model alone (a ``Paragraph`` and its text) is about 9 times these
inputs; the bounds leave room for the reader's own work but fail when a reader
keeps its intermediates (lines, blocks, lists of paragraphs) beside the model
(the text reader peaked at 28x before its blocks were dropped as read).  The
HTML reader's tree is lxml's, outside Python's allocator, and not counted here
(``benchmarks/scaling.py --memory`` measures the whole process).
"""

from __future__ import annotations

import tracemalloc
import warnings

import newsdoc

PARAGRAPHS = 10_000


def _peak(data: str, format: str) -> tuple[float, int]:
    """(peak bytes allocated per byte of ``data`` while reading it, paragraphs read)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        newsdoc.parse(data[:2000], format=format, analyze=False)  # imports and caches first
        tracemalloc.start()
        try:
            article = newsdoc.parse(data, format=format, analyze=False)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return peak / len(data), len(article.paragraphs)


def test_text_of_tiny_paragraphs_is_held_about_once() -> None:
    text = "\n\n".join(f"Word {i:07d}." for i in range(PARAGRAPHS))
    ratio, paragraphs = _peak(text, "markdown")
    assert paragraphs == PARAGRAPHS
    assert ratio < 25, f"the text reader's peak is {ratio:.1f} times its input"


def test_page_of_tiny_paragraphs_is_held_about_once() -> None:
    body = "\n".join(f"<p>w {i:07d}</p>" for i in range(PARAGRAPHS))
    ratio, paragraphs = _peak(f"<html><body>{body}</body></html>", "html")
    assert paragraphs == PARAGRAPHS
    assert ratio < 20, f"the HTML reader's peak (its tree aside) is {ratio:.1f} times its input"

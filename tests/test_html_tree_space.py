"""The white space between a block's end tag and the next tag joins the block's text.

libxml2 keeps each run of white space between two elements as a text node of its
own; on a page of short paragraphs those nodes are a third of the tree
(``benchmarks/scaling.py --memory``).  ``load_tree`` moves the run before the end
tag of a paragraph, an item, a cell or a box whose content ends in text, where it
joins that text.  These tests hold what that must not change: the page's text
keeps its white space between the same words, nothing is glued, and what the
reader makes of the page is the same with or without such white space.
"""

from __future__ import annotations

import random

import pytest

import newsdoc
from newsdoc.readers.html.tree import load_tree, text_content


def test_white_space_after_a_paragraph_makes_no_node() -> None:
    root = load_tree(b"<html><body><div><p>one</p>\n  <p>two</p>\n</div></body></html>")
    first, second = root.iter("p")
    assert first.tail is None and second.tail is None
    assert first.text == "one\n  "
    # the box's text has the same white space between the same words: nothing is glued
    div = next(root.iter("div"))
    assert text_content(div) == "one\n  two\n"


def test_a_paragraph_that_ends_in_an_element_keeps_its_tail() -> None:
    # moved there, the run would be a new node (the <b>'s tail): it stays where it is
    root = load_tree(b"<html><body><p>one <b>two</b></p>\n<p>three</p></body></html>")
    first = next(root.iter("p"))
    assert first.tail == "\n"
    assert next(root.iter("b")).tail is None


def test_upper_case_end_tags_are_kept_as_written() -> None:
    root = load_tree(b"<html><body><P>one</P>\n<LI>two</LI>\n<p>x</p></body></html>")
    assert [element.tag for element in root.iter("p", "li")] == ["p", "li", "p"]
    assert next(root.iter("li")).text == "two\n"


def test_white_space_in_a_pre_is_kept_as_written() -> None:
    page = b"<html><body><pre><b>one</b>\n  two\n</pre>\n<p>three</p></body></html>"
    article = newsdoc.parse(page, format="html", analyze=False)
    assert article.paragraphs[0].text == "one\n  two\n"


def _page(gaps: list[str]) -> str:
    blocks = [
        "<h2>A heading of the story</h2>",
        "<p>The first paragraph of the story, which says what happened and where.</p>",
        "<p>A second one, with <a href='https://example.org/a'>a link</a> in it.</p>",
        "<ul><li>An item of a list</li><li>Another item, <em>stressed</em></li></ul>",
        "<table><tr><th>Name</th><th>Score</th></tr><tr><td>Ann Roe</td><td>12</td></tr></table>",
        "<div><p>A paragraph in a box of its own, long enough to be read as text.</p></div>",
        "<blockquote><p>A quotation set apart from the text of the story.</p></blockquote>",
    ]
    body = "".join(block + gap for block, gap in zip(blocks, gaps, strict=True))
    return (
        "<html><head><title>A headline</title></head><body><article>"
        f"<h1>A headline</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize("seed", range(20))
def test_the_article_is_the_same_whatever_the_white_space_between_blocks(seed: int) -> None:
    rng = random.Random(seed)
    gaps = ["".join(rng.choice(" \n\t\r") for _ in range(rng.randint(1, 12))) for _ in range(7)]
    spaced = newsdoc.parse(_page(gaps), format="html")
    tight = newsdoc.parse(_page([""] * 7), format="html")
    assert spaced.paragraphs == tight.paragraphs
    assert [p.text for p in spaced.paragraphs][:2] == [
        "A heading of the story",
        "The first paragraph of the story, which says what happened and where.",
    ]


def test_a_cell_that_ends_in_white_space_is_parted_by_one_separator() -> None:
    page = (
        "<html><body><article><table>"
        "<tr><th>Film </th><th>Year\n</th></tr><tr><td>Repeat Performance </td><td>1947</td></tr>"
        "</table></article></body></html>"
    )
    rows = [p.text for p in newsdoc.parse(page, format="html", analyze=False).paragraphs]
    assert rows == ["Film | Year", "Repeat Performance | 1947"]

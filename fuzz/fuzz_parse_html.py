"""Fuzz newsdoc.parse_html on bytes (encoding detection, tree, body, metadata, analysis)."""

from __future__ import annotations

import sys

import atheris
from common import check, newsdoc


def test_one_input(data: bytes) -> None:
    check(lambda: newsdoc.parse_html(data, url="https://example.com/news/story"))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

"""Fuzz newsdoc.parse_text (with analysis): see fuzz/README.md."""

from __future__ import annotations

import sys

import atheris
from common import check, newsdoc, text_of


def test_one_input(data: bytes) -> None:
    text = text_of(data)
    check(lambda: newsdoc.parse_text(text))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

"""Fuzz newsdoc.from_json on bytes and on text."""

from __future__ import annotations

import sys

import atheris
from common import check, newsdoc, text_of


def test_one_input(data: bytes) -> None:
    check(lambda: newsdoc.from_json(data))
    text = text_of(data)
    check(lambda: newsdoc.from_json(text))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

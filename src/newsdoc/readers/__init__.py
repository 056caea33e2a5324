"""Readers: turn HTML pages, text and newsdoc JSON into an :class:`~newsdoc.Article`.

Each returns the article as read; :func:`newsdoc.parse` picks one and runs
the analysis (:mod:`newsdoc.pipeline`).
"""

from __future__ import annotations

from .html import parse_html
from .json import from_dict, from_json
from .text import parse_text

__all__ = ["from_dict", "from_json", "parse_html", "parse_text"]

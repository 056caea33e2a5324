"""Finding the article's own text in a page and keeping its structure.

:mod:`.walk` turns ``<body>`` into blocks under a light tree of containers,
skipping what is never content and what its class or id names as chrome
(:mod:`.class_hints`); :mod:`.choose` scores the containers and keeps the
article's blocks and figures; :func:`extract_body` (:mod:`.extract`) runs
the two, and again without class/id hints when the result is very short.
"""

from __future__ import annotations

from .extract import Body, extract_body

__all__ = ["Body", "extract_body"]

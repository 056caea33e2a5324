"""IPTC ninjs writer (placeholder until issue 6 lands)."""

from __future__ import annotations

from typing import Any

from ..model import Article


def to_ninjs(article: Article, version: str = "3.1") -> dict[str, Any]:
    """The article as an IPTC ninjs document."""
    raise NotImplementedError("to_ninjs is not written yet")

"""Language tags (BCP 47) as pages and metadata write them, read by the readers and the analysis."""

from __future__ import annotations

__all__ = ["primary_subtag"]


def primary_subtag(tag: str) -> str:
    """``"pt-BR"`` -> ``"pt"``, ``"en_US"`` -> ``"en"`` (lower case)."""
    return tag.lower().replace("_", "-").split("-")[0]

"""The images the metadata names, lead image first."""

from __future__ import annotations

from .....model import Image
from ..found import Found, RawImage, one_line
from .shared import resolve_url

__all__ = ["choose_images"]

_MAX_IMAGES = 8


def choose_images(found: list[Found], base: str | None) -> tuple[Image, ...]:
    """The images the metadata names, lead image first, one per URL."""
    merged: dict[str, RawImage] = {}
    for raw in (image for f in found for image in f.images):
        url = resolve_url(raw.url, base)
        if url is None:
            continue
        old = merged.get(url)
        if old is None:
            if len(merged) < _MAX_IMAGES:
                merged[url] = raw
            continue
        merged[url] = RawImage(
            url=old.url,
            alt=old.alt or raw.alt,
            caption=old.caption or raw.caption,
            credit=old.credit or raw.credit,
            width=old.width or raw.width,
            height=old.height or raw.height,
        )
    return tuple(
        Image(
            url=url,
            alt=one_line(raw.alt),
            caption=one_line(raw.caption),
            credit=one_line(raw.credit),
            width=raw.width,
            height=raw.height,
        )
        for url, raw in merged.items()
    )

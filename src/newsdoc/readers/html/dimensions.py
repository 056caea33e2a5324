"""Image widths and heights as pages write them: in attributes, Open Graph and JSON-LD.

One rule for every source, so that no number a page writes can raise: a
dimension is a whole number of ASCII digits (``"640"``, ``"640px"``) or a
finite JSON number above zero, below :data:`MAX_DIMENSION`.  Anything else
(Unicode digits such as ``"²"``, thousands of digits, ``1e999``,
``Infinity``, ``NaN``, a boolean) gives no dimension.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["MAX_DIMENSION", "dimension"]

#: No image is a million pixels wide: a larger number is a mistake, not a size.
MAX_DIMENSION = 999_999
_MAX_DIGITS = len(str(MAX_DIMENSION))


def dimension(value: Any) -> int | None:
    """The width or height ``value`` gives, or ``None`` when it gives none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value <= MAX_DIMENSION else None
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and 0 < value <= MAX_DIMENSION else None
    if isinstance(value, str):
        digits = value.strip().removesuffix("px")
        # str.isdigit() is also true of "²" and other digits int() refuses
        if digits.isascii() and digits.isdigit() and len(digits) <= _MAX_DIGITS:
            return int(digits)
    return None

"""``python -m newsdoc``: the same as the ``newsdoc`` command."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())

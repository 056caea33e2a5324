"""The newsdoc JSON format: its name, version and JSON Schema.

The version is ``MAJOR.MINOR``.  A reader accepts any document of its own major
version (fields added by a newer minor version are reported and skipped); a
different major version is refused.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "json_schema"]

FORMAT_NAME = "newsdoc"
FORMAT_VERSION = "1.0"
SCHEMA_FILE = "newsdoc-1.schema.json"


@cache
def _schema_text() -> str:
    # imported here: importlib.resources loads pathlib, tempfile and zipfile, a
    # tenth of the command line's start-up, for the one command that prints it
    from importlib import resources

    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the newsdoc JSON format, as a new dict."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema

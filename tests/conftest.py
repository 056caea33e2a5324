"""Shared fixtures: where ../shared is, and a clean skip when it is not."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# The suite draws the same examples on every run (each property's own, seeded by its name):
# CI runs it on a fresh clone, where an example drawn one run in twenty would fail a
# submission at random.  New examples: `python -m pytest --hypothesis-profile=explore`
# (a developer's search, beside the coverage-guided fuzzing of fuzz/); what it finds is
# fixed and kept as a test.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"

sys.path.insert(0, str(Path(__file__).parent))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is not available (a user's clone has no shared/)")
    return path


class NetworkAccessError(AssertionError):
    """Raised when code under test tries to open a network connection."""


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test in which newsdoc (or anything it calls) opens a connection.

    newsdoc never touches the network; this guard turns a regression into a
    test failure instead of a silent download.
    """
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkAccessError(f"network access attempted: {args!r}")

    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    # a Unix-domain socket is not the network: multiprocessing's fork server uses one
    def local_or_refuse(original: Any) -> Any:
        def guarded(self: socket.socket, *args: object) -> Any:
            if self.family == getattr(socket, "AF_UNIX", None):
                return original(self, *args)
            return refuse(self, *args)

        return guarded

    monkeypatch.setattr(socket.socket, "connect", local_or_refuse(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", local_or_refuse(connect_ex))
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

"""Inputs the fuzzers (fuzz/) once broke newsdoc with: each must now be handled.

``tests/data/regressions/<entry point>/<name>`` holds the raw input; the entry
point is fed it the way its harness does (bytes, or for text entry points the
bytes decoded as UTF-8 with lone surrogates for invalid bytes, as
``fuzz/common.py:text_of`` does), and what it returns must be written by every
writer as UTF-8, as the harnesses check.  A hang is turned into a failure by a very
generous alarm, so one regression cannot stall the suite.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_reads_must_write import write_everything
from test_robustness import check_writers, outcome

import newsdoc
from newsdoc import Article

REGRESSIONS = Path(__file__).parent / "data" / "regressions"
HANG = 60  # seconds; these inputs take well under one second once fixed


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


ENTRY_POINTS: dict[str, Callable[[bytes], list[Callable[[], Article]]]] = {
    "parse_text": lambda data: [lambda: newsdoc.parse_text(_text(data))],
    "parse_html": lambda data: [lambda: newsdoc.parse_html(data)],
    "parse": lambda data: [lambda: newsdoc.parse(data), lambda: newsdoc.parse(_text(data))],
    "from_json": lambda data: [
        lambda: newsdoc.from_json(data),
        lambda: newsdoc.from_json(_text(data)),
    ],
}


def _cases() -> list[Path]:
    return sorted(p for p in REGRESSIONS.glob("*/*") if p.is_file())


class _Hung(Exception):
    pass


@contextmanager
def _hang_guard() -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum: int, frame: object) -> None:
        raise _Hung(f"still running after {HANG} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(HANG)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_every_regression_names_an_entry_point() -> None:
    for path in _cases():
        assert path.parent.name in ENTRY_POINTS, f"{path}: unknown entry point folder"


@pytest.mark.parametrize("path", _cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_regression_input_is_handled(path: Path) -> None:
    data = path.read_bytes()
    with _hang_guard():
        for call in ENTRY_POINTS[path.parent.name](data):
            article = outcome(call)
            if article is not None:
                check_writers(article)
                write_everything(article)  # every writer, as UTF-8 (what the harnesses check)

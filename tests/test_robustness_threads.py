"""Parsing from several threads at once gives the same articles as one by one.

The readers and the analysis keep no shared mutable state (caches must be safe
to share); this runs the same pages concurrently, in shuffled orders, and
compares every result with the sequential one.
"""

from __future__ import annotations

import gzip
import random
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import EXAMPLES, SHARED

import newsdoc
from newsdoc import Article, NewsdocError

THREADS = 6
ROUNDS = 2
AEB_PAGES = 10  # a sample keeps the test fast; which pages is fixed, see _jobs()


def _run(call: Callable[[], Article]) -> Article | str:
    """The article, or the error's message (an error must be the same every time too)."""
    try:
        return call()
    except NewsdocError as error:
        return f"{type(error).__name__}: {error}"


def _jobs() -> dict[str, Callable[[], Article]]:
    jobs: dict[str, Callable[[], Article]] = {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        jobs[f"text:{path.name}"] = lambda text=text: newsdoc.parse_text(text)  # type: ignore[misc]
        jobs[f"parse:{path.name}"] = lambda path=path: newsdoc.parse(path)  # type: ignore[misc]
    pages = sorted((SHARED / "corpus" / "aeb" / "html").glob("*.html.gz"))[:AEB_PAGES]
    for path in pages:
        data = gzip.decompress(path.read_bytes())
        jobs[f"html:{path.name}"] = lambda data=data: newsdoc.parse_html(data)  # type: ignore[misc]
    return jobs


def test_threads_give_the_same_articles_as_one_by_one() -> None:
    jobs = _jobs()
    if len(jobs) < 2:
        pytest.skip("no example files to parse")
    with warnings.catch_warnings():
        # warnings are not thread-safe to record; their content is tested elsewhere
        warnings.simplefilter("ignore")
        expected = {name: _run(call) for name, call in jobs.items()}
        names = list(jobs) * ROUNDS
        random.Random(8).shuffle(names)
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            results = list(pool.map(lambda name: (name, _run(jobs[name])), names))
    assert len(results) == len(names)
    for name, result in results:
        assert result == expected[name], f"{name}: a concurrent parse differs from a serial one"


def test_the_aeb_sample_is_there_when_shared_is() -> None:
    """Guard the test above against silently shrinking to the examples alone."""
    if not (SHARED / "corpus" / "aeb" / "html").exists():
        pytest.skip("../shared/corpus/aeb is not available (a user's clone has no shared/)")
    assert sum(name.startswith("html:") for name in _jobs()) == AEB_PAGES


def test_example_path_exists() -> None:
    assert any(Path(EXAMPLES).glob("*.txt")), "examples/ must ship at least one article"

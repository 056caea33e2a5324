"""What every harness checks: an Article or a NewsdocError, and output that holds.

A finding is any other exception, a warning that is not a NewsdocWarning, JSON
output that does not read back equal, a writer of :data:`newsdoc.formats.FORMATS`
that fails on the article or writes text that cannot be encoded as UTF-8, or
(caught by libFuzzer's ``-timeout`` and ``-rss_limit_mb``) a hang or a memory
blow-up.

Instrumentation: newsdoc imports its readers, writers and analysis lazily, on
first use, so instrumenting only the modules imported at start-up would leave
nearly all of the code uninstrumented (libFuzzer would then see a handful of
coverage edges and mutate blindly).  Every module of the package is imported
here, inside :func:`atheris.instrument_imports`, before the fuzzer starts: the
lazy imports later find them, instrumented, in ``sys.modules``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import warnings
from collections.abc import Callable

import atheris


def _import_package() -> list[str]:
    """Import newsdoc and every one of its modules; their names."""
    import newsdoc as package

    names = [package.__name__]
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(module.name)
        names.append(module.name)
    return names


with atheris.instrument_imports(include=["newsdoc"]):
    MODULES = _import_package()

import newsdoc  # noqa: E402  (already imported, instrumented, above)
from newsdoc import Article, NewsdocError, NewsdocWarning  # noqa: E402
from newsdoc.formats import FORMATS  # noqa: E402

_uninstrumented = [name for name in MODULES if name not in sys.modules]
assert not _uninstrumented, f"not imported: {_uninstrumented}"

# Recoverable problems are expected and reported as NewsdocWarning; anything else
# leaking out of the library (bs4's, lxml's, Python's) is a finding.
warnings.simplefilter("error")
warnings.simplefilter("ignore", NewsdocWarning)

WRITERS = tuple(f for f in FORMATS.values() if f.write is not None)


def check(call: Callable[[], Article]) -> None:
    """Run one entry point on one input and check what came back."""
    try:
        article = call()
    except NewsdocError as error:
        if not str(error):
            raise AssertionError("a NewsdocError without a message") from error
        return
    if not isinstance(article, Article):
        raise AssertionError(f"expected an Article, got {type(article).__name__}")
    check_writers(article)


def check_writers(article: Article) -> None:
    """What reads must write: every writer accepts the article and writes UTF-8 text."""
    for entry in WRITERS:
        assert entry.write is not None
        text = entry.write(article)
        text.encode("utf-8")  # a lone surrogate in the output raises here
    document = newsdoc.to_json(article)
    if newsdoc.from_json(document) != article:
        raise AssertionError("to_json/from_json does not round-trip the parsed article")


def text_of(data: bytes) -> str:
    """The str a text harness feeds: invalid UTF-8 becomes lone surrogates on purpose.

    tests/test_robustness_regressions.py decodes saved inputs the same way.
    """
    return data.decode("utf-8", "surrogateescape")

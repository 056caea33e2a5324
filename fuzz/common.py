"""What every harness checks: an Article or a NewsdocError, and output that holds.

A finding is any other exception, a warning that is not a NewsdocWarning, JSON
output that does not read back equal, or (caught by libFuzzer's ``-timeout``
and ``-rss_limit_mb``) a hang or a memory blow-up.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import atheris

with atheris.instrument_imports(include=["newsdoc"]):
    import newsdoc
    from newsdoc import Article, NewsdocError, NewsdocWarning

# Recoverable problems are expected and reported as NewsdocWarning; anything else
# leaking out of the library (bs4's, lxml's, Python's) is a finding.
warnings.simplefilter("error")
warnings.simplefilter("ignore", NewsdocWarning)


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
    document = newsdoc.to_json(article)
    if newsdoc.from_json(document) != article:
        raise AssertionError("to_json/from_json does not round-trip the parsed article")
    newsdoc.to_html(article)


def text_of(data: bytes) -> str:
    """The str a text harness feeds: invalid UTF-8 becomes lone surrogates on purpose.

    tests/test_robustness_regressions.py decodes saved inputs the same way.
    """
    return data.decode("utf-8", "surrogateescape")

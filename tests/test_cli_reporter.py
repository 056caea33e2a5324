"""The command's Reporter: a warning every file repeats is said once and counted."""

from __future__ import annotations

import io

from newsdoc.cli.convert import Outcome, Reporter

_JA = (
    "analyze: no word lists for language 'ja' (have: de, en); people, quotes and "
    "citations were not looked for"
)
_ZH = _JA.replace("'ja'", "'zh'")


def _report(outcomes: list[Outcome], *, quiet: bool = False) -> tuple[str, str]:
    stream = io.StringIO()
    reporter = Reporter(stream, quiet=quiet, bar=None)
    for outcome in outcomes:
        reporter.outcome(outcome)
    return stream.getvalue(), reporter.summary()


def test_no_word_lists_is_said_once_per_language_and_counted() -> None:
    outcomes = [Outcome(f"page{n}.html", warnings=(_JA,)) for n in range(93)]
    outcomes += [Outcome("other.html", warnings=(_ZH, "other.html: something else"))]
    said, summary = _report(outcomes)
    assert said.count("no word lists for language 'ja'") == 1
    assert said.count("no word lists for language 'zh'") == 1
    assert "something else" in said
    assert (
        "no word lists for language 'ja': people, quotes and citations not looked for in 93 files"
        in summary
    )
    assert "'zh'" in summary and "in 1 file\n" in summary
    assert summary.endswith("converted 94 files, 95 warnings")


def test_quiet_says_nothing_but_still_counts() -> None:
    said, summary = _report([Outcome("a.html", warnings=(_JA,))] * 3, quiet=True)
    assert said == ""
    assert "in 3 files" in summary


def test_summary_without_such_warnings_is_one_line() -> None:
    _, summary = _report([Outcome("a.html"), Outcome("b.html", error="bad")])
    assert summary == "converted 1 file, 1 failed"

"""The command line's parts, in process: progress bar, tables, inputs, outputs."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pool_helpers
import pytest

import newsdoc.errors
from newsdoc import (
    Article,
    Byline,
    Citation,
    CitationKind,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Span,
    limits,
)
from newsdoc.cli import convert
from newsdoc.cli.convert import Job, Plan, Settings, convert_one, plan_jobs
from newsdoc.cli.inspect import render_summary, shorten, table
from newsdoc.cli.outputs import OutputError, atomic_file, write_atomic
from newsdoc.cli.progress import REDRAW_INTERVAL, ProgressBar, format_duration
from newsdoc.cli.sources import Source, iter_sources, read_source, strip_suffixes
from newsdoc.errors import InputTooLargeError, ParseError


class FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class FakeBinaryTerminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def screen(stream: io.StringIO) -> str:
    """What the terminal shows on the bar's line: the text after the last ``\\r``."""
    return stream.getvalue().rsplit("\r", 1)[-1]


# --- progress bar -------------------------------------------------------------


def test_progress_shows_count_percent_rate_and_eta() -> None:
    clock = FakeClock()
    stream = FakeTerminal()
    bar = ProgressBar(stream, 200, width=80, clock=clock)
    clock.now += 10
    bar.advance(50)  # 50 done in 10 s: 5/s, 150 left: 30 s
    line = screen(stream)
    assert " 50/200" in line
    assert "25%" in line
    assert "5.0 files/s" in line
    assert "ETA 0:30" in line
    assert line.startswith("[") and "#" in line
    assert len(line.rstrip()) <= 79


def test_progress_redraws_at_most_every_interval() -> None:
    clock = FakeClock()
    stream = FakeTerminal()
    bar = ProgressBar(stream, 1000, width=80, clock=clock)
    for _ in range(100):
        clock.now += REDRAW_INTERVAL / 200
        bar.advance()
    # 100 advances within half an interval: only the first one draws
    assert stream.getvalue().count("\r") == 1
    clock.now += REDRAW_INTERVAL
    bar.advance()
    assert stream.getvalue().count("\r") == 2
    assert "101/1000" in screen(stream)
    for _ in range(100):  # 100 advances over 10 intervals: 10 draws, not 100
        clock.now += REDRAW_INTERVAL / 10
        bar.advance()
    assert 9 <= stream.getvalue().count("\r") - 2 <= 10  # (float steps: 9 or 10)


def test_progress_messages_go_above_the_bar_and_close_clears_it() -> None:
    clock = FakeClock()
    stream = FakeTerminal()
    bar = ProgressBar(stream, 3, width=60, clock=clock)
    bar.advance()
    bar.write("a.html: error: broken")
    shown = stream.getvalue()
    # the bar's line is blanked, the message written on it, the bar drawn below
    before, message = shown.split("\n")[0].rsplit("\r", 1)
    assert message == "a.html: error: broken"
    assert before.rsplit("\r", 1)[-1].strip() == ""
    assert shown.split("\n")[1].startswith("\r[")
    assert "1/3" in screen(stream)
    bar.advance(2)
    bar.close()
    assert screen(stream).strip() == ""


def test_progress_bar_fits_narrow_terminals_and_unknown_totals() -> None:
    clock = FakeClock()
    for width in (20, 40, 200):
        stream = FakeTerminal()
        bar = ProgressBar(stream, 12345, width=width, clock=clock)
        clock.now += 1
        bar.draw()
        assert 0 < len(screen(stream)) <= width - 1
    stream = FakeTerminal()
    bar = ProgressBar(stream, None, width=80, clock=clock)
    clock.now += 2
    bar.advance(7)
    assert screen(stream).startswith("7 files")


def test_progress_past_the_expected_total_does_not_overflow() -> None:
    clock = FakeClock()
    stream = FakeTerminal()
    bar = ProgressBar(stream, 2, width=80, clock=clock)
    clock.now += 1
    bar.advance(3)  # files appeared after the count
    assert "3/3" in screen(stream) and "100%" in screen(stream)


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (59.6, "1:00"), (75, "1:15"), (3725, "1:02:05")]
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.\n")
    (tmp_path / "b.txt").write_text("More text.\n")
    settings = Settings("auto", "jsonl", None, False, None, False)
    cases = (
        (io.StringIO(), io.BytesIO(), False),
        (FakeTerminal(), io.BytesIO(), True),
        (FakeTerminal(), FakeBinaryTerminal(), False),  # the lines scroll by on the terminal
    )
    for stream, out, bar_expected in cases:
        status = convert.run_convert(
            Plan((str(tmp_path),), None, None),
            settings,
            jobs=1,
            quiet=False,
            batch=True,
            stdout=out,
            stderr=stream,
        )
        assert status == 0
        assert ("\r" in stream.getvalue()) == bar_expected
        assert stream.getvalue().rsplit("\r", 1)[-1].strip() == "converted 2 files"
        assert len(out.getvalue().splitlines()) == 2


# --- tables -------------------------------------------------------------------


def test_table_fits_the_width_and_shortens_long_cells() -> None:
    long_quote = "word " * 60
    rows = [["Nikolai Alexeyev", "said", "direct", long_quote], ["He", "told", "partial", "ok"]]
    for width in (60, 80, 100):
        lines = table(["speaker", "cue", "kind", "text"], rows, width)
        assert all(len(line) <= width for line in lines)
        assert lines[2].startswith("Nikolai Alexeyev")
        assert lines[2].endswith("…")
        assert lines[3].rstrip().endswith("ok")
        assert set(lines[1].replace(" ", "")) == {"-"}


def test_table_respects_caps_and_flattens_whitespace() -> None:
    lines = table(["a", "b"], [["x" * 50, "line one\nline two"]], 100, caps=[10, None])
    assert lines[2].startswith("x" * 9 + "…")
    assert "line one line two" in lines[2]


def test_shorten() -> None:
    assert shorten("  a   b\n c ", 10) == "a b c"
    assert shorten("abcdefghij", 5) == "abcd…"
    assert len(shorten("x" * 100, 7)) == 7


def test_summary_tables_of_people_quotes_and_citations() -> None:
    first = "Russia's top gay rights activist has rejected the Dutch offer, saying so."
    second = (
        '"Of course there are cases," Nikolai Alexeyev, the head organizer, told Interfax. ' * 3
    )
    alexeyev = Person(
        name="Nikolai Alexeyev",
        role="head organizer of unauthorized gay pride parades in Moscow since 2006",
        mentions=(Span(paragraph=1, start=30, end=47),),
    )
    interfax = Citation(source="Interfax", kind=CitationKind.NEWS_AGENCY, cue="told")
    article = Article(
        headline="Gay Activist Rejects Idea of Dutch Asylum",
        byline=Byline(text="By Natalya Krainova", authors=(Person(name="Natalya Krainova"),)),
        published=dt.datetime(2013, 11, 6, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=4))),
        paragraphs=(Paragraph(text=first), Paragraph(text=second)),
        people=(alexeyev,),
        quotes=(
            Quote(
                text=second[1:200],
                spans=(Span(paragraph=1, start=1, end=200),),
                speaker=alexeyev,
                cue="told",
                medium=interfax,
            ),
            Quote(text="no mass discrimination", kind=QuoteKind.INDIRECT, speaker_text="he"),
        ),
        citations=(interfax,),
    )
    for width in (80, 100):
        summary = render_summary(article, width=width)
        lines = summary.splitlines()
        assert all(len(line) <= width for line in lines), width
        assert "Published:   2013-11-06 09:30 +04:00" in lines
        assert "People (1)" in lines and "Quotes (2)" in lines and "Citations (1)" in lines
        person_row = next(line for line in lines if line.startswith("Nikolai Alexeyev"))
        assert "head organizer" in person_row and person_row.rstrip().endswith("1")
        quote_rows = [line for line in lines if line.startswith(("2 ", "  "))]
        assert any("Nikolai Alexeyev" in row and "direct" in row for row in quote_rows)
        assert any(row.rstrip().endswith("…") for row in quote_rows)  # the long quote is cut
        assert any("(he)" in row and "indirect" in row for row in lines)
        assert any(line.startswith("Interfax") and "news_agency" in line for line in lines)
    skipped = render_summary(article, analyzed=False)
    assert "People (1)" not in skipped and "--no-analysis" in skipped


# --- inputs -------------------------------------------------------------------


def test_folders_are_walked_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    for name in ("b.html", "a/z.txt", "a/b.HTM", "c.json.gz", ".git/x.html", "d.csv", "e.md"):
        path = tmp_path / "top" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    sources = list(iter_sources([str(tmp_path / "top")]))
    assert [s.relative for s in sources] == ["a/b.HTM", "a/z.txt", "b.html", "c.json.gz", "e.md"]
    assert all(s.problem is None for s in sources)


def test_the_output_folder_is_not_walked(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "out" / "a.json").write_text("{}")
    sources = list(iter_sources([str(tmp_path)], skip_dirs=[str(tmp_path / "out")]))
    assert [s.relative for s in sources] == ["a.txt"]


def test_an_empty_folder_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("x")
    [source] = iter_sources([str(tmp_path)])
    assert source.problem is not None and "no input files" in source.problem


def test_strip_suffixes() -> None:
    assert strip_suffixes("a/b.html.gz") == "a/b"
    assert strip_suffixes("b.Markdown") == "b"
    assert strip_suffixes("notes.csv") == "notes.csv"
    assert strip_suffixes("archive.tar.gz") == "archive.tar"


def test_read_source_gunzips_and_refuses_bombs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packed = tmp_path / "a.gz"
    packed.write_bytes(gzip.compress(b"x" * 5000))
    assert read_source(str(packed)) == b"x" * 5000
    monkeypatch.setattr(limits, "MAX_INPUT_CHARS", 4000)
    with pytest.raises(InputTooLargeError, match="uncompressed input is larger"):
        read_source(str(packed))  # 5000 bytes once inflated, from ~30 on disk
    (tmp_path / "big.txt").write_bytes(b"y" * 4001)
    with pytest.raises(InputTooLargeError):
        read_source(str(tmp_path / "big.txt"))
    (tmp_path / "bad.gz").write_bytes(b"\x1f\x8b\x08garbage")
    with pytest.raises(ParseError, match="not a valid gzip file"):
        read_source(str(tmp_path / "bad.gz"))


# --- outputs and outcomes -----------------------------------------------------


def test_atomic_file_leaves_nothing_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with pytest.raises(RuntimeError), atomic_file(str(target), force=False) as file:
        file.write(b"half")
        raise RuntimeError("disk on fire")
    assert list(tmp_path.iterdir()) == []
    write_atomic(str(target), b"whole", force=False)
    with pytest.raises(OutputError, match="--force"):
        write_atomic(str(target), b"again", force=False)
    write_atomic(str(target), b"again", force=True)
    assert target.read_bytes() == b"again"
    assert os.listdir(tmp_path) == ["out.json"]
    assert (target.stat().st_mode & 0o777) == (0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_an_unexpected_exception_is_reported_as_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Some text.")

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(convert, "read_article", broken)
    settings = Settings("auto", "json", None, True, 2, False)
    outcome = convert_one(Job(Source(str(tmp_path / "a.txt"), "a.txt"), None), settings)
    assert outcome.error is not None
    assert "bug in newsdoc" in outcome.error
    assert "KeyError: 'surprise'" in outcome.error
    assert "in broken" in outcome.error  # where it happened


def test_plan_refuses_clashing_outputs(tmp_path: Path) -> None:
    names = ("a.html", "a.txt", "b.json", "c.htm", "d.html")
    for name in names:
        (tmp_path / name).write_text("x")
    sources = [Source(str(tmp_path / n), n) for n in names]
    plan = Plan((str(tmp_path),), str(tmp_path), None)
    items = list(plan_jobs(plan, sources, ".json"))
    # both inputs giving a.json fail, whichever comes first
    assert not isinstance(items[0], Job) and "also the output of" in str(items[0].error)
    assert not isinstance(items[1], Job) and "also the output of" in str(items[1].error)
    assert not isinstance(items[2], Job) and "replace the input itself" in str(items[2].error)
    assert all(isinstance(item, Job) for item in items[3:])
    (tmp_path / "c.html").write_text("x")
    sources.insert(4, Source(str(tmp_path / "c.html"), "c.html"))
    html = list(plan_jobs(plan, sources, ".html"))
    # c.htm gives c.html, another input of the batch, read later: refused before it is read
    assert not isinstance(html[3], Job)
    assert f"would replace the input {tmp_path / 'c.html'}" in str(html[3].error)
    assert not isinstance(html[4], Job) and "replace the input itself" in str(html[4].error)


def test_real_paths_resolved_folder_by_folder_are_real_paths(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.html").write_text("a")
    (tmp_path / "linked").symlink_to(tmp_path / "in")
    (tmp_path / "in" / "b.html").symlink_to(tmp_path / "in" / "sub")
    (tmp_path / "in" / "c.json").symlink_to(tmp_path / "in" / "a.html")
    real = convert._RealPath()
    for path in (
        "in/a.html",
        "linked/a.html",
        "linked/sub/../a.html",
        "linked/b.html",
        "linked/c.json",
        "linked/missing/d.json",
        "linked/..",
        "linked/",
    ):
        full = str(tmp_path / path)
        assert real(full) == os.path.realpath(full), path


def test_warnings_come_back_with_the_outcome_once_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Some text.")
    real = convert.read_article

    def noisy(*args: object, **kwargs: object) -> object:
        newsdoc.errors.warn("a JSON-LD block was skipped")
        newsdoc.errors.warn("a JSON-LD block was skipped")  # reported once
        warnings.warn("a library's own warning", UserWarning, stacklevel=1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(convert, "read_article", noisy)
    settings = Settings("auto", "json", None, False, None, False)
    outcome = convert_one(Job(Source(str(tmp_path / "a.txt"), "a.txt"), None), settings)
    assert outcome.error is None
    assert outcome.warnings == (
        "a JSON-LD block was skipped",
        "UserWarning: a library's own warning",
    )
    assert outcome.text is not None and outcome.text.endswith("\n")


def test_standard_input_is_named_stdin_in_an_out_dir() -> None:
    [source] = iter_sources(["-"])
    assert source == Source("-", "stdin")


#: How the pool tests' jobs are read and written: text in, JSON Lines back.
_JSONL = Settings("auto", "jsonl", None, False, None, False)


def _text_jobs(folder: Path, names: list[str]) -> list[Job]:
    """A small text file per name in ``folder``, and a job for each."""
    for name in names:
        (folder / name).write_text(f"Text of {name}.")
    return [Job(Source(str(folder / name), name), None) for name in names]


def _outcome_names(folder: Path, names: list[str]) -> list[str]:
    return [str(folder / name) for name in names]


@pytest.mark.parametrize(
    "convert_with", [pool_helpers.exit_on_crash, pool_helpers.killed_after_a05]
)
def test_a_worker_that_dies_fails_only_its_input_and_the_run_goes_on(
    tmp_path: Path, convert_with: Callable[[Job, Settings], convert.Outcome]
) -> None:
    names = [f"a{i:02d}.txt" for i in range(30)]
    names[3] = "crash.txt"
    jobs = _text_jobs(tmp_path, names)
    outcomes = list(convert.run_jobs(jobs, _JSONL, 2, convert_with))
    assert [o.name for o in outcomes] == _outcome_names(tmp_path, names)
    dead = "crash.txt" if convert_with is pool_helpers.exit_on_crash else "a05.txt"
    failed = [o for o in outcomes if o.error is not None]
    assert [o.name for o in failed] == [str(tmp_path / dead)]
    assert failed[0].error == convert.WORKER_DIED
    for name, outcome in zip(names, outcomes, strict=True):
        if name != dead:
            assert f"Text of {name}" in str(outcome.text)


def test_two_crashing_inputs_fail_and_the_others_convert(tmp_path: Path) -> None:
    names = [f"a{i:02d}.txt" for i in range(12)]
    names[0], names[7] = "crash0.txt", "crash7.txt"
    outcomes = list(
        convert.run_jobs(_text_jobs(tmp_path, names), _JSONL, 2, pool_helpers.exit_on_crash)
    )
    assert [o.name for o in outcomes] == _outcome_names(tmp_path, names)
    assert [o.error is not None for o in outcomes] == [n.startswith("crash") for n in names]


def test_the_pool_starts_all_its_workers_before_any_input() -> None:
    # a worker started by a submit racing another's death is never stopped on 3.11
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    before = set(multiprocessing.active_children())
    with ProcessPoolExecutor(3, mp_context=convert._context()) as executor:
        convert._start_workers(executor, 3)
        started = set(multiprocessing.active_children()) - before
        assert len(started) == 3
        assert executor.submit(os.getpid).result() in {p.pid for p in started}


def test_workers_that_die_as_they_start_end_the_run_with_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no input is to blame, and starting them again would go on forever
    monkeypatch.setattr(convert, "_ignore_interrupts", pool_helpers.exit_at_start)
    jobs = _text_jobs(tmp_path, ["a.txt", "b.txt", "c.txt"])
    with pytest.raises(convert.WorkersFailed, match="died as they started"):
        list(convert.run_jobs(jobs, _JSONL, 2, pool_helpers.exit_on_crash))


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_in_the_conversion_is_that_input_error(tmp_path: Path, jobs: int) -> None:
    names = ["a.txt", "bad.txt", "c.txt"]
    outcomes = list(
        convert.run_jobs(_text_jobs(tmp_path, names), _JSONL, jobs, pool_helpers.raise_on_bad)
    )
    assert [o.name for o in outcomes] == _outcome_names(tmp_path, names)
    assert outcomes[0].error is None and outcomes[2].error is None
    error = str(outcomes[1].error)
    assert "bug in newsdoc" in error and "ValueError: no good" in error
    assert "in raise_on_bad" in error  # where it was raised, in the worker


def test_many_inputs_are_read_lazily_within_the_window(tmp_path: Path) -> None:
    names = [f"a{i:03d}.txt" for i in range(150)]
    jobs = _text_jobs(tmp_path, names)
    read = 0

    def counted() -> Iterator[Job | convert.Outcome]:
        nonlocal read
        for number, job in enumerate(jobs):
            read += 1
            # planned outcomes take their turn in the window too
            yield convert.Outcome(f"planned{number}", "taken") if number % 10 == 9 else job

    window = 2 * convert.WINDOW_PER_WORKER
    handed = 0
    for outcome in convert.run_jobs(counted(), _JSONL, 2):
        handed += 1
        assert read - handed < window  # never more than the window read ahead
        assert outcome.error is None or outcome.name.startswith("planned")
    assert handed == read == len(names)


def test_jsonl_lines_larger_than_a_pipe_come_back_from_workers_in_order(tmp_path: Path) -> None:
    names = [f"a{i:02d}.txt" for i in range(12)]
    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"Text of {name}. " + "Word " * (20_000 * (number % 3)))
    jobs = [Job(Source(str(tmp_path / name), name), None) for name in names]
    outcomes = list(convert.run_jobs(jobs, _JSONL, 2))
    assert outcomes == list(convert.run_jobs(jobs, _JSONL, 1))
    assert max(len(str(o.text)) for o in outcomes) > 100_000  # more than a pipe holds


def _loaded_by(code: str) -> set[str]:
    """The newsdoc modules that ``code`` loads in a fresh interpreter."""
    probe = (
        f"import sys; {code}; "
        "print(' '.join(m for m in sys.modules if m.startswith('newsdoc')), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(done.stderr.split())


_IMPORT_ALL = (
    "import importlib, pkgutil, newsdoc.{0} as top; "
    "[importlib.import_module(m.name) "
    "for m in pkgutil.walk_packages(top.__path__, top.__name__ + '.')]"
)

#: The output formats: a reader may share a helper with the writers, not a writer.
_WRITERS = {f"newsdoc.writers.{name}" for name in ("html", "json", "jsonld", "markdown", "ninjs")}


def test_readers_and_writers_do_not_import_each_other_or_the_command_line() -> None:
    readers = _loaded_by(_IMPORT_ALL.format("readers"))
    assert "newsdoc.readers.html" in readers  # the probe works
    assert not readers & _WRITERS
    assert not {m for m in readers if m.startswith("newsdoc.cli")}
    writers = _loaded_by(_IMPORT_ALL.format("writers"))
    assert writers >= _WRITERS
    assert not {m for m in writers if m.startswith(("newsdoc.readers", "newsdoc.cli"))}


def test_main_leaves_the_host_interpreter_as_it_found_it(tmp_path: Path) -> None:
    # a host (a notebook, a test runner) has threads of its own and its own
    # signal handlers and collector settings; deprecation warnings are errors
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.html").write_text(f"<html><body><p>Page {name}.</p></body></html>")
    probe = (
        "import gc, os, signal, threading, time\n"
        "from newsdoc.cli import main\n"
        "threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"
        "gc.disable()\n"
        "def state():\n"
        "    return (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM),\n"
        "            gc.isenabled(), gc.get_freeze_count(), gc.get_threshold(),\n"
        "            threading.active_count())\n"
        "before = state()\n"
        f"status = main(['convert', {str(tmp_path)!r}, '--out-dir', {str(tmp_path / 'out')!r},"
        " '-q', '--jobs', '2'])\n"
        "print(status, state() == before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.split() == ["0", "True"], done.stderr
    assert sorted(os.listdir(tmp_path / "out")) == ["a.json", "b.json", "c.json"]


def test_every_export_of_the_package_resolves() -> None:
    # the exports are imported on first use: each one must be there
    import newsdoc.writers

    for package in (newsdoc, newsdoc.writers):
        for name in package.__all__:
            assert getattr(package, name) is not None, name
        assert set(package.__all__) <= set(dir(package))
        with pytest.raises(AttributeError, match="no attribute 'to_nothing'"):
            getattr(package, "to_nothing")  # noqa: B009
    assert newsdoc.Article is newsdoc.model.Article
    assert newsdoc.to_markdown is newsdoc.writers.markdown.to_markdown


def test_workers_with_very_long_paths_still_convert_everything(tmp_path: Path) -> None:
    folder = tmp_path / ("d" * 200) / ("e" * 200) / ("f" * 200)
    folder.mkdir(parents=True)
    names = [f"{'n' * 200}{i:02d}.txt" for i in range(10)]
    jobs = _text_jobs(folder, names)
    assert all(len(job.source.path) > 800 for job in jobs)
    outcomes = list(convert.run_jobs(jobs, _JSONL, 2))
    assert outcomes == list(convert.run_jobs(jobs, _JSONL, 1))
    assert all(o.error is None for o in outcomes)

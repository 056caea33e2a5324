"""``newsdoc convert``: many inputs, one process or several, bounded memory.

The parent walks the inputs lazily and plans each output; workers read,
convert and write one input each and send back only a small
:class:`Outcome` (plus the text itself when it goes to standard output).  A
worker holds two inputs at a time and a bounded number of outcomes wait for
their turn, so memory stays flat whatever the number of inputs.
Outcomes are handled in input order, so ``--jobs N`` writes the same as
``--jobs 1``, JSON Lines and messages included.
"""

from __future__ import annotations

import os
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import ExitStack, closing, contextmanager, suppress
from typing import TYPE_CHECKING, BinaryIO, NamedTuple, TextIO

from ..errors import NewsdocError, NewsdocWarning
from .formats import WRITERS, read_article
from .outputs import atomic_file, write_atomic
from .progress import ProgressBar
from .sources import Source, display_name, iter_sources, read_source, strip_suffixes

if TYPE_CHECKING:  # the workers module is imported only to run several workers
    from . import workers

__all__ = [
    "Job",
    "Outcome",
    "Plan",
    "Reporter",
    "Settings",
    "bug_report",
    "collected_warnings",
    "convert_one",
    "default_jobs",
    "failure_reason",
    "output_path",
    "plan_jobs",
    "run_convert",
    "run_jobs",
]

#: Inputs a worker holds: the one it converts and the next ones, so that it
#: never waits for the parent, and the parent wakes for several outcomes at once.
TASKS_PER_WORKER = 8
#: A worker rings for more when it holds this many inputs not yet started:
#: the parent has the time of that many conversions to answer.
RING_AT = 2
#: Characters of paths a worker may hold beyond its first input: the inputs
#: sent and not yet read stay well within what a pipe holds (64 KiB on
#: Linux, less elsewhere), so that the parent never waits to send them.
PATHS_PER_WORKER = 4096
#: Outcomes per worker that may wait for an older input to finish, so that
#: they are handled in input order.  They are small (a status), except with
#: ``--to jsonl`` (the line itself), so memory stays bounded.
AHEAD_PER_WORKER = 64
#: Inputs per worker read ahead of the workers: when the inputs end, these go
#: largest first, so that the last to finish is a small one.
TAIL_PER_WORKER = 4


class Settings(NamedTuple):
    """How every input of a run is read and written."""

    reader: str
    to: str
    url: str | None
    analyze: bool
    indent: int | None
    force: bool


class Job(NamedTuple):
    """One input to convert, and the file to write (``None``: send the text back)."""

    source: Source
    output: str | None


class Outcome(NamedTuple):
    """What became of one input: its error, its warnings, and text for the parent."""

    name: str
    error: str | None = None
    warnings: tuple[str, ...] = ()
    text: str | None = None


class Plan(NamedTuple):
    """Where the outputs of a run go.

    ``out_dir`` for one file per input; otherwise ``output`` (a single file)
    or standard output when that is ``None``.
    """

    inputs: tuple[str, ...]
    out_dir: str | None
    output: str | None


def convert_one(job: Job, settings: Settings) -> Outcome:
    """Convert one input; never raises for a bad input (the outcome says what failed)."""
    name = display_name(job.source.path)
    if job.source.problem is not None:
        return Outcome(name, job.source.problem)
    error: str | None = None
    text: str | None = None
    with collected_warnings() as notes:
        try:
            text = _convert(job, settings)
        except Exception as problem:
            error = failure_reason(problem, output=job.output)
    return Outcome(name, error, tuple(notes), text)


def failure_reason(error: Exception, *, output: str | None = None) -> str:
    """Why an input failed, for its ``FILE: error: ...`` line."""
    if isinstance(error, NewsdocError):
        return str(error)
    if isinstance(error, OSError):  # reading errors are ParseErrors: this is the output
        return f"cannot write {output}: {error.strerror or error}"
    return bug_report(error)


@contextmanager
def collected_warnings() -> Iterator[list[str]]:
    """Collect the warnings raised in the block, as texts, once each.

    The list is filled when the block ends.
    """
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", NewsdocWarning)
        try:
            yield notes
        finally:
            notes.extend(dict.fromkeys(_warning_text(w) for w in caught))  # once each, in order


def _convert(job: Job, settings: Settings) -> str | None:
    data = read_source(job.source.path)
    article = read_article(
        data,
        name=job.source.path,
        reader=settings.reader,
        url=settings.url,
        analyze=settings.analyze,
    )
    del data
    text = WRITERS[settings.to].render(article, settings.indent)
    if not text.endswith("\n"):
        text += "\n"
    if job.output is None:
        return text
    write_atomic(job.output, text.encode("utf-8"), force=settings.force)
    return None


def _warning_text(message: warnings.WarningMessage) -> str:
    if issubclass(message.category, NewsdocWarning):
        return str(message.message)
    return f"{message.category.__name__}: {message.message}"


def bug_report(error: BaseException) -> str:
    """An unexpected exception, reported as the bug it is: its last traceback line."""
    import traceback  # here: bugs are rare, and it loads textwrap and linecache

    last = traceback.format_exception_only(type(error), error)[-1].strip()
    frames = traceback.extract_tb(error.__traceback__)
    where = ""
    if frames:
        frame = frames[-1]
        where = f" (at {os.path.basename(frame.filename)}:{frame.lineno} in {frame.name})"
    return f"internal error, a bug in newsdoc (please report it): {last}{where}"


# --- planning, in the parent -------------------------------------------------


def output_path(plan: Plan, source: Source, suffix: str) -> str | None:
    """The file the output of ``source`` goes to, or ``None`` for the parent to write."""
    if plan.out_dir is None:
        return plan.output if plan.output is not None and suffix != ".jsonl" else None
    return os.path.join(plan.out_dir, strip_suffixes(source.relative) + suffix)


def plan_jobs(plan: Plan, sources: Iterable[Source], suffix: str) -> Iterator[Job | Outcome]:
    """A job per input, or the outcome of an input whose output is already taken.

    Two inputs may map to one output (``a.html`` and ``a.txt`` both give
    ``a.json``), and an output may be its input (``--to json`` into the input
    folder): the second input then fails instead of destroying a file.
    """
    taken: dict[str, str] = {}
    real_output, real_input = _RealPath(), _RealPath()
    for source in sources:
        output = output_path(plan, source, suffix)
        if output is None or source.problem is not None:
            yield Job(source, output)
            continue
        key = os.path.normcase(real_output(output))
        name = display_name(source.path)
        if key == os.path.normcase(real_input(source.path)):
            yield Outcome(name, f"the output {output} would replace the input itself")
        elif key in taken:
            yield Outcome(name, f"the output {output} is also the output of {taken[key]}")
        else:
            taken[key] = name
            yield Job(source, output)


class _RealPath:
    """:func:`os.path.realpath`, resolving a folder once for the files that follow in it.

    Inputs come folder by folder, and resolving a path costs a system call per
    part of it: this is most of the parent's work in a parallel run.
    """

    def __init__(self) -> None:
        self.folder: str | None = None
        self.real = ""

    def __call__(self, path: str) -> str:
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            return os.path.realpath(path)
        if folder != self.folder:
            self.folder, self.real = folder, os.path.realpath(folder)
        full = os.path.join(self.real, name)
        return os.path.realpath(full) if os.path.islink(full) else full


# --- running -----------------------------------------------------------------


def run_jobs(
    items: Iterable[Job | Outcome], settings: Settings, jobs: int
) -> Generator[Outcome, None, None]:
    """The outcome of every item, in order; ``jobs`` worker processes when above 1."""
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, Outcome) else convert_one(item, settings)
            _start_collector()  # the first conversion has imported what the run needs
        return
    with _Pool(jobs, settings) as pool:
        yield from pool.run(items)


class _Worker:
    """A worker process, and its inputs in flight, oldest first."""

    process: workers.Worker

    def __init__(self, settings: Settings, others: list[_Worker]) -> None:
        from functools import partial

        from . import workers

        self.process = workers.start(partial(_work, settings=settings), [o.process for o in others])
        self.jobs: deque[tuple[int, Job]] = deque()

    @property
    def link(self) -> workers.Link:
        return self.process.link

    @staticmethod
    def has_room(entries: list[tuple[int, Job]], depth: int) -> bool:
        """Whether a worker may hold ``entries``: the first, and more within the limits."""
        if len(entries) <= 1:
            return True
        paths = sum(
            len(job.source.path) + len(job.source.relative) + len(job.output or "")
            for _, job in entries[1:]
        )
        return len(entries) <= depth and paths <= PATHS_PER_WORKER

    def give(self, entries: list[tuple[int, Job]]) -> None:
        self.jobs.extend(entries)
        with suppress(OSError):  # it died: the end of its pipe tells, and the jobs go back
            self.link.send([job for _, job in entries])


def _work(link: workers.Link, settings: Settings) -> None:
    """A worker's life: convert each job it is sent and send back its outcome.

    Jobs come in lists; each outcome is sent as soon as it is made (so that
    none is lost if the worker dies), and the worker rings for more when it
    runs low.  It ends at the end of its pipe: the parent closed it (the work
    is done, or it stops early) or is gone.
    """
    queue: deque[Job] = deque()
    try:
        while True:
            if not queue or link.pending():
                queue.extend(link.recv())
                continue
            link.send(convert_one(queue.popleft(), settings))
            if len(queue) <= RING_AT:
                link.ring()
    except (EOFError, OSError, KeyboardInterrupt):
        # KeyboardInterrupt: Ctrl-C reached the whole process group; the parent
        # reports it, and atomic_file has removed the output being written
        pass


class _Pool:
    """Worker processes that convert inputs; the parent hands them out and collects outcomes.

    Each worker holds :data:`TASKS_PER_WORKER` inputs (the one it converts
    and the next ones, so that it never waits for the parent) and sends back
    one small :class:`Outcome` per input.  The parent reads the inputs lazily,
    at most :data:`AHEAD_PER_WORKER` per worker ahead of the oldest one not
    yet handled, and sleeps until a worker rings for more inputs (when it
    holds :data:`RING_AT` not yet started) or dies: it wakes once for several
    outcomes, which it reads all, and tops every worker up.  When the
    inputs run out, the last few go largest first and one per worker at a
    time, so that the workers finish together instead of one of them
    converting the last big page alone.  If a worker dies, the input it was
    converting fails, the ones it had not started go to the others, and a
    new worker takes its place.
    """

    def __init__(self, size: int, settings: Settings) -> None:
        self.size = size
        self.settings = settings
        self.workers: list[_Worker] = []

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        # on an error or Ctrl-C too: a worker finishes (or, interrupted, cleans up)
        # the input it is converting and stops at the end of its pipe, so no
        # output is left half-written
        for worker in self.workers:
            worker.link.close()
        for worker in self.workers:
            worker.process.join()
        self.workers.clear()

    def run(self, items: Iterable[Job | Outcome]) -> Iterator[Outcome]:
        queue = iter(items)
        more = True
        waiting: deque[tuple[int, Job]] = deque()  # read, not yet given to a worker
        done: dict[int, Outcome] = {}  # by position, until the older ones are handled
        read = handled = 0
        while True:
            while (
                more
                and len(waiting) < self.size * TAIL_PER_WORKER
                and read - handled < self.size * AHEAD_PER_WORKER
            ):
                item = next(queue, None)
                if item is None:
                    more = False
                    waiting = deque(sorted(waiting, key=_input_size, reverse=True))
                elif isinstance(item, Outcome):
                    done[read] = item
                else:
                    waiting.append((read, item))
                read += item is not None
            if handled in done:
                yield done.pop(handled)
                handled += 1
            elif handled == read and not more:
                return
            else:
                self._hand_out(waiting, TASKS_PER_WORKER if more else 1)
                self._collect(done, waiting)

    def _hand_out(self, waiting: deque[tuple[int, Job]], depth: int) -> None:
        if not self.workers:
            _warm_up(self.settings)
        wanted = min(self.size, len(self.workers) + len(waiting))
        while len(self.workers) < wanted:
            worker = _Worker(self.settings, self.workers)
            self.workers.append(worker)
            worker.give([waiting.popleft()])  # at work while the next one starts
        given: dict[_Worker, list[tuple[int, Job]]] = {worker: [] for worker in self.workers}
        for _ in range(depth):  # round robin: every worker gets one before any gets two
            for worker, entries in given.items():
                if waiting and worker.has_room([*worker.jobs, *entries, waiting[0]], depth):
                    entries.append(waiting.popleft())
        for worker, entries in given.items():
            if entries:
                worker.give(entries)

    def _collect(self, done: dict[int, Outcome], waiting: deque[tuple[int, Job]]) -> None:
        """Sleep until a worker rings or dies; file every outcome that has come."""
        from .workers import ready

        for link in ready([worker.link for worker in self.workers]):
            link.answer()
        for worker in list(self.workers):
            try:
                while worker.link.pending():  # an outcome, or the end: the worker is gone
                    outcome = worker.link.recv()
                    position, _ = worker.jobs.popleft()
                    done[position] = outcome
            except (EOFError, OSError):
                # the end of the pipe: the worker is gone (it only closes it by exiting)
                self._bury(worker, done, waiting)

    def _bury(
        self, worker: _Worker, done: dict[int, Outcome], waiting: deque[tuple[int, Job]]
    ) -> None:
        """A worker died (a crash, or killed for lack of memory): its input fails."""
        self.workers.remove(worker)
        worker.link.close()
        worker.process.join()
        if worker.jobs:
            position, job = worker.jobs.popleft()
            done[position] = Outcome(
                display_name(job.source.path),
                "a worker process died while converting this input (a crash?)",
            )
            waiting.extendleft(reversed(worker.jobs))  # not started: another worker takes them


def _input_size(entry: tuple[int, Job]) -> int:
    try:
        return os.path.getsize(entry[1].source.path)
    except OSError:
        return 0


def _warm_up(settings: Settings) -> None:
    """Import and build what a conversion needs once, before forking: the workers share it."""
    import gc

    from .. import readers  # noqa: F401

    if settings.analyze:
        from ..analysis import analyze
        from ..model import Article, Paragraph

        # the word lists and the patterns made of them, built on first use
        analyze(Article(paragraphs=(Paragraph(text='"Yes," Ann Lee, a judge, told Reuters.'),)))
    gc.freeze()  # the workers share the parent's objects, untouched: no copy on write
    _start_collector()


def _start_collector() -> None:
    """Turn the garbage collector back on, if the command's start-up turned it off.

    :func:`newsdoc.cli.run` turns it off: the imports make thousands of objects
    and no garbage, and the collector would walk them again and again (3% of
    the start-up).  What exists once they are done lives to the end, so it is
    frozen out of the collector's walks.
    """
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class Reporter:
    """Reports on standard error: failures always, warnings and progress unless quiet."""

    def __init__(self, stream: TextIO, *, quiet: bool, bar: ProgressBar | None) -> None:
        self.stream = stream
        self.quiet = quiet
        self.bar = bar
        self.converted = 0
        self.failed = 0
        self.warned = 0

    def say(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def outcome(self, outcome: Outcome) -> None:
        self.warned += len(outcome.warnings)
        if not self.quiet:
            for note in outcome.warnings:
                self.say(f"{outcome.name}: warning: {note}")
        if outcome.error is None:
            self.converted += 1
        else:
            self.failed += 1
            self.say(f"{outcome.name}: error: {outcome.error}")
        if self.bar is not None:
            self.bar.advance()

    def summary(self) -> str:
        files = "file" if self.converted == 1 else "files"
        text = f"converted {self.converted} {files}"
        if self.failed:
            text += f", {self.failed} failed"
        if self.warned:
            text += f", {self.warned} warning{'s' if self.warned != 1 else ''}"
        return text


def run_convert(
    plan: Plan,
    settings: Settings,
    *,
    jobs: int,
    quiet: bool,
    batch: bool,
    stdout: BinaryIO,
    stderr: TextIO,
) -> int:
    """Convert every input of ``plan``; the exit status: 0, or 1 if any input failed."""
    suffix = WRITERS[settings.to].suffix
    skip = (plan.out_dir,) if plan.out_dir is not None else ()
    to_stdout = plan.out_dir is None and plan.output is None
    bar = None
    # not when the outputs scroll by on the same terminal: the bar would mangle them
    if batch and not quiet and stderr.isatty() and not (to_stdout and stdout.isatty()):
        total = sum(1 for _ in iter_sources(plan.inputs, skip_dirs=skip))
        bar = ProgressBar(stderr, total)
    reporter = Reporter(stderr, quiet=quiet, bar=bar)
    with ExitStack() as stack:
        sink = stdout
        if plan.output is not None and plan.out_dir is None and suffix == ".jsonl":
            sink = stack.enter_context(atomic_file(plan.output, force=settings.force))
        items = plan_jobs(plan, iter_sources(plan.inputs, skip_dirs=skip), suffix)
        # closed on the way out, even on an error: that stops the workers
        outcomes = stack.enter_context(closing(run_jobs(items, settings, jobs)))
        try:
            for outcome in outcomes:
                if outcome.text is not None:
                    sink.write(outcome.text.encode("utf-8"))
                reporter.outcome(outcome)
        finally:
            if bar is not None:
                bar.close()
            sink.flush()
    if batch and not quiet:
        stderr.write(reporter.summary() + "\n")
    return 1 if reporter.failed else 0


def default_jobs() -> int:
    """The number of CPUs this process may use (``--jobs 0``)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)

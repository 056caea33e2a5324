"""``newsdoc convert``: many inputs, one process or several, bounded memory.

The parent walks the inputs lazily and plans each output.  With ``--jobs N``
(N above 1) a :class:`concurrent.futures.ProcessPoolExecutor` of N workers
reads, converts and writes each input and sends back only a small
:class:`Outcome` (plus the text itself when it goes to standard output).  A
bounded window of inputs is in flight, so memory stays flat whatever the
number of inputs, and outcomes are handled in input order, so ``--jobs N``
writes the same as ``--jobs 1``, JSON Lines and messages included.  A worker
that dies fails only the input it was converting; Ctrl-C lets the inputs
being converted finish and starts no other (see :func:`run_jobs`).

A WARC crawl (``.warc``, ``.warc.gz``, ``.warc.zst``) is many inputs: the parent reads its
records (:func:`newsdoc.warc.read_warc`, a small share of the time) and each
HTML response becomes a job of its own, carrying the page's bytes.  So one
crawl is converted by all the workers, through the same bounded window (memory
stays flat however large the file) and in record order.  ``--to parquet``
writes one Parquet file: workers send back the article's row
(:func:`newsdoc.arrow.row_dict`) and the parent writes them in batches.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, closing, contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO, TypeVar

from ..errors import NewsdocError, NewsdocWarning, bug_report
from ..formats import get_format
from ..pipeline import detect_format, parse
from .outputs import atomic_file, write_all, write_atomic
from .progress import ProgressBar
from .sources import (
    STDIN,
    Source,
    display_name,
    is_input_name,
    is_warc,
    iter_sources,
    read_source,
    strip_suffixes,
)

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from ..model import Article
    from ..warc import WarcCounts, WarcPage

_T = TypeVar("_T")

#: ``--to parquet``: one Parquet file of every article (and error row), written by the parent.
PARQUET = "parquet"

__all__ = [
    "BatchInputs",
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


class Settings(NamedTuple):
    """How every input of a run is read and written."""

    reader: str
    to: str
    url: str | None
    analyze: bool
    indent: int | None
    force: bool


class Job(NamedTuple):
    """One input to convert, and the file to write (``None``: send the text back).

    ``page`` is set for an HTML response of a WARC crawl (``source`` is the crawl).
    """

    source: Source
    output: str | None
    page: WarcPage | None = None


class Outcome(NamedTuple):
    """What became of one input: its error, its warnings, and text for the parent.

    ``row`` is the input's Parquet row (``--to parquet``); ``warc`` names the
    crawl a converted page came from, for its counts.
    """

    name: str
    error: str | None = None
    warnings: tuple[str, ...] = ()
    text: str | None = None
    row: dict[str, Any] | None = None
    warc: str | None = None


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
    if job.page is not None:
        return _convert_page(job.page, settings)
    name = display_name(job.source.path)
    if job.source.problem is not None:
        return Outcome(name, job.source.problem)
    error: str | None = None
    text: str | None = None
    row: dict[str, Any] | None = None
    with collected_warnings() as notes:
        try:
            if settings.to == PARQUET:
                row = _row(job, settings)
            else:
                text = _convert(job, settings)
        except Exception as problem:
            error = failure_reason(problem, output=job.output)
    return Outcome(name, error, tuple(notes), text, row)


def page_name(page: WarcPage) -> str:
    """How a record of a crawl is named in messages: ``crawl.warc.gz@1234 https://...``."""
    source = page.source or "<table>"
    where = f"{source}@{page.offset}" if page.offset is not None else source
    return f"{where} {page.url}" if page.url else where


def _convert_page(page: WarcPage, settings: Settings) -> Outcome:
    from ..arrow import row_dict
    from ..warc import parse_page

    row = parse_page(page, analyze=settings.analyze)
    text = None
    if row.article is not None and settings.to != PARQUET:
        text = _text(row.article, settings)
    return Outcome(
        page_name(page),
        row.error,
        row.warnings,
        text,
        row_dict(row) if settings.to == PARQUET else None,
        page.source,
    )


def _row(job: Job, settings: Settings) -> dict[str, Any]:
    from ..arrow import ArticleRow, row_dict

    article = _article(job, settings)
    return row_dict(
        ArticleRow(source=display_name(job.source.path), url=settings.url, article=article)
    )


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


def read_article(data: bytes, *, name: str, reader: str, url: str | None, analyze: bool) -> Article:
    """One input's bytes, read with the reader ``--from`` names and analysed unless told not to.

    ``auto`` detects the format from the file ``name`` and the content
    (:func:`newsdoc.detect_format`): a ``.json`` file is newsdoc JSON.
    """
    chosen = detect_format(data, name=name) if reader == "auto" else reader
    return parse(data, format=chosen, url=url, analyze=analyze)


def _article(job: Job, settings: Settings) -> Article:
    """The article of a job's input file, read as ``settings`` say."""
    return read_article(
        read_source(job.source.path),
        name=job.source.path,
        reader=settings.reader,
        url=settings.url,
        analyze=settings.analyze,
    )


def _text(article: Article, settings: Settings) -> str:
    """The article written in the ``--to`` format, ending with a line break."""
    write = get_format(settings.to).write
    assert write is not None  # --to offers only formats with a writer
    text = write(article, indent=settings.indent)
    return text if text.endswith("\n") else text + "\n"


def _convert(job: Job, settings: Settings) -> str | None:
    text = _text(_article(job, settings), settings)
    if job.output is None:
        return text
    write_atomic(job.output, text.encode("utf-8"), force=settings.force)
    return None


def _warning_text(message: warnings.WarningMessage) -> str:
    if issubclass(message.category, NewsdocWarning):
        return str(message.message)
    return f"{message.category.__name__}: {message.message}"


# --- planning, in the parent -------------------------------------------------


def output_path(plan: Plan, source: Source, suffix: str) -> str | None:
    """The file the output of ``source`` goes to, or ``None`` for the parent to write."""
    if plan.out_dir is None:
        return plan.output if plan.output is not None and suffix != ".jsonl" else None
    return os.path.join(plan.out_dir, strip_suffixes(source.relative) + suffix)


def plan_jobs(
    plan: Plan,
    sources: Iterable[Source],
    suffix: str,
    crawls: dict[str, WarcCounts] | None = None,
) -> Iterator[Job | Outcome]:
    """A job per input, or the outcome of an input whose output may not be written.

    An output that is an input of the batch (its own, or another one: ``a.htm``
    converted ``--to html`` into its folder gives ``a.html``, which may be an
    input too) is refused, ``--force`` or not, and so is an output that two
    inputs give (``a.html`` and ``a.txt`` both give ``a.json``): each of those
    inputs fails, whichever comes first, so nothing is written that another
    input would then replace or that would replace an input not yet read.  See
    :class:`BatchInputs` for how that is known without listing the batch.

    A WARC crawl gives a job per HTML response and the outcome of each record
    that could not be read; its counts go into ``crawls`` (by path).
    """
    batch = BatchInputs(plan, suffix)
    real_output = _RealPath()
    for source in sources:
        if source.problem is None and is_warc(source.path):
            yield from _crawl_jobs(plan, source, crawls if crawls is not None else {})
            continue
        output = output_path(plan, source, suffix)
        if output is None or source.problem is not None:
            yield Job(source, output)
            continue
        name = display_name(source.path)
        replaced = batch.input_at(real_output(output))
        if replaced is not None:
            itself = os.path.normcase(real_output(source.path)) == os.path.normcase(
                real_output(output)
            )
            what = "the input itself" if itself else f"the input {replaced}"
            yield Outcome(name, f"the output {output} would replace {what}")
            continue
        if plan.out_dir is not None:
            others = [
                other
                for other in batch.giving(os.path.dirname(source.relative), output)
                if other != source.path
            ]
            if others:
                yield Outcome(name, f"the output {output} is also the output of {others[0]}")
                continue
        yield Job(source, output)


class BatchInputs:
    """The inputs of a batch, one folder at a time: which file is one, which give an output.

    A batch may have millions of inputs, walked lazily (:func:`iter_sources`),
    so they are never held together.  An output can only replace an input in
    its own folder, and only inputs from one relative folder (below each
    folder named on the command line, or named directly) share an output
    folder: so planning an output lists that folder, and the input folders
    that map into it, once each.  A listing is kept while the walk is inside
    that folder (the walk goes depth first), so memory is bounded by the
    listings of one path from the top, not by the batch, and each folder is
    listed at most twice in a run.

    The rules are those of :func:`~newsdoc.cli.sources.iter_sources`: a folder
    walk takes the files with an input suffix, not hidden, not in a hidden
    folder, nor in the output folder when that lies inside an input folder, nor
    through a link to a folder.
    """

    def __init__(self, plan: Plan, suffix: str) -> None:
        self.suffix = suffix
        self.folders = [given for given in plan.inputs if given != STDIN and os.path.isdir(given)]
        self.real_folders = [os.path.realpath(folder) for folder in self.folders]
        self.files = [given for given in plan.inputs if given not in self.folders]
        self.real_files = {
            os.path.normcase(_RealPath()(given)): given for given in self.files if given != STDIN
        }
        skip = (plan.out_dir,) if plan.out_dir is not None else ()
        self.skip = {os.path.realpath(folder) for folder in skip}
        self._inputs: dict[str, dict[str, str]] = {}
        self._givers: dict[str, dict[str, list[str]]] = {}

    def input_at(self, real_path: str) -> str | None:
        """The input of the batch that is ``real_path`` (its folder resolved), if one is."""
        named = self.real_files.get(os.path.normcase(real_path))
        if named is not None:
            return named
        folder, name = os.path.split(real_path)
        return self._inputs_in(folder).get(os.path.normcase(name))

    def giving(self, relative_folder: str, output: str) -> list[str]:
        """The inputs whose output is ``output``, in ``relative_folder`` below ``--out-dir``."""
        return self._givers_into(relative_folder).get(os.path.basename(output), [])

    def _inputs_in(self, real_folder: str) -> dict[str, str]:
        found = _kept(self._inputs, real_folder)
        if found is not None:
            return found
        found = {}
        for top in self.real_folders:
            if self._walked(top, real_folder):
                for entry in _input_entries(real_folder):
                    found[os.path.normcase(entry.name)] = entry.path
        self._inputs[real_folder] = found
        return found

    def _givers_into(self, relative_folder: str) -> dict[str, list[str]]:
        found = _kept(self._givers, relative_folder)
        if found is not None:
            return found
        found = {}
        for top, real_top in zip(self.folders, self.real_folders, strict=True):
            folder = os.path.join(top, relative_folder)
            real = os.path.realpath(folder)
            if not relative_folder or self._walked(real_top, real):
                for entry in _input_entries(folder):
                    found.setdefault(strip_suffixes(entry.name) + self.suffix, []).append(
                        entry.path
                    )
        if not relative_folder:
            for given in self.files:
                relative = "stdin" if given == STDIN else os.path.basename(given) or given
                found.setdefault(strip_suffixes(relative) + self.suffix, []).append(given)
        self._givers[relative_folder] = found
        return found

    def _walked(self, top: str, real_folder: str) -> bool:
        """Whether a walk of the folder ``top`` (real) enters ``real_folder``."""
        if real_folder == top:
            return True
        if not real_folder.startswith(top.rstrip(os.sep) + os.sep):
            return False
        path = top
        for part in os.path.relpath(real_folder, top).split(os.sep):
            path = os.path.join(path, part)
            if part.startswith(".") or path in self.skip:
                return False
        return True


def _kept(cache: dict[str, _T], folder: str) -> _T | None:
    """``cache[folder]``, after dropping the folders a depth-first walk has left for good."""
    for left in [kept for kept in cache if kept != folder and not _below(folder, kept)]:
        del cache[left]
    return cache.get(folder)


def _below(path: str, folder: str) -> bool:
    return not folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _input_entries(folder: str) -> list[os.DirEntry[str]]:
    """The files of ``folder`` a walk takes as inputs (none if it cannot be read)."""
    try:
        with os.scandir(folder) as scan:
            return [entry for entry in scan if is_input_name(entry.name) and not _is_folder(entry)]
    except OSError:
        return []


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _crawl_jobs(
    plan: Plan, source: Source, crawls: dict[str, WarcCounts]
) -> Iterator[Job | Outcome]:
    from ..arrow import row_dict
    from ..warc import WarcCounts, parse_page, read_warc

    name = display_name(source.path)
    if plan.out_dir is not None:
        yield Outcome(name, "a WARC crawl holds many articles: use --to jsonl or --to parquet")
        return
    counts = crawls.setdefault(source.path, WarcCounts())
    try:
        for page in read_warc(source.path, counts=counts):
            if page.error is None:
                yield Job(source, None, page)
            else:  # counted by the reader already: no ``warc``
                yield Outcome(page_name(page), page.error, row=row_dict(parse_page(page)))
    except NewsdocError as error:
        yield Outcome(name, str(error))


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
    items: Iterable[Job | Outcome],
    settings: Settings,
    jobs: int,
    convert: Callable[[Job, Settings], Outcome] = convert_one,
) -> Generator[Outcome, None, None]:
    """The outcome of every item, in input order; ``jobs`` worker processes when above 1.

    ``convert`` makes the outcome of one job (:func:`convert_one`; with
    ``jobs`` above 1 it must be picklable: a module-level function).  An
    exception it raises becomes the error of that input.  With worker
    processes, a worker that dies fails only the input it was converting (see
    :class:`_Pool`), and closing the generator, or an exception in it such as
    :class:`KeyboardInterrupt`, cancels the inputs not started and waits for
    those being converted, so that every output is whole or absent and no
    process is left behind.
    """
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, Outcome) else _convert_safely(convert, item, settings)
        return
    yield from _Pool(jobs, settings, convert).run(items)


#: Inputs in flight per worker: submitted, or converted and waiting for an
#: older input to finish so that outcomes come out in input order.  Enough for
#: a worker to go on while a slow page holds the head of the line; few enough
#: that memory stays flat (an outcome is small, a JSON Lines line at most) and
#: that few inputs are retried one by one after a crash.
WINDOW_PER_WORKER = 4

#: The error of an input whose conversion killed its worker process.
WORKER_DIED = "a worker process died while converting this input (a crash, or out of memory?)"


class _Entry:
    """An input in flight: its job, its future once submitted, its outcome once known."""

    __slots__ = ("future", "job", "outcome")

    def __init__(self, item: Job | Outcome) -> None:
        self.job = item if isinstance(item, Job) else None
        self.outcome = item if isinstance(item, Outcome) else None
        self.future: Future[Outcome] | None = None


class _Pool:
    """A :class:`~concurrent.futures.ProcessPoolExecutor` that survives its workers' deaths.

    At most ``size`` x :data:`WINDOW_PER_WORKER` inputs are in flight; the
    next input is read only when the oldest one's outcome has been handed
    over, so the inputs are read lazily and outcomes come out in input order.

    A worker that dies (a segfault, the OOM killer) breaks the executor: every
    input in flight fails with :class:`BrokenProcessPool`, and there is no
    telling which one killed it.  So the broken executor is shut down and the
    inputs it failed are retried one at a time, each alone in a fresh
    executor: one that breaks it again fails with :data:`WORKER_DIED`, the
    others convert normally; then the run goes on with all the workers.  (The
    broken executor stops the surviving workers with SIGTERM, which runs no
    clean-up: in the rare case that one is stopped while writing its output, a
    hidden temporary file stays, and if it had written its output but not yet
    reported it, the retry finds the output there, an error without ``--force``.)

    Workers ignore SIGINT (:func:`_ignore_interrupts`): Ctrl-C reaches the
    whole process group, and only the parent acts on it.  Its
    :class:`KeyboardInterrupt` (or the generator being closed) shuts the
    executor down, cancelling the inputs not started and waiting for the ones
    being converted, which their workers finish (their outputs are written
    whole, or not at all, by :func:`~newsdoc.cli.outputs.atomic_file`).
    """

    def __init__(
        self, size: int, settings: Settings, convert: Callable[[Job, Settings], Outcome]
    ) -> None:
        self.size = size
        self.settings = settings
        self.convert = convert
        self.executor: ProcessPoolExecutor | None = None
        self.ahead: deque[_Entry] = deque()  # in input order, the oldest first
        self.broken = False

    def run(self, items: Iterable[Job | Outcome]) -> Iterator[Outcome]:
        """The outcome of every item, in input order."""
        queue = iter(items)
        window = self.size * WINDOW_PER_WORKER
        try:
            while True:
                while len(self.ahead) < window and (item := next(queue, None)) is not None:
                    entry = _Entry(item)
                    self.ahead.append(entry)
                    if entry.job is not None:
                        self._submit(entry)
                if self.broken:
                    self._recover()
                    continue
                if not self.ahead:
                    return
                head = self.ahead[0]
                if head.outcome is None:
                    head.outcome = self._result(head)
                    if head.outcome is None:  # the executor broke: recover, then go on
                        continue
                self.ahead.popleft()
                yield head.outcome
        finally:
            # the end, an error, Ctrl-C or the generator closed: the inputs not
            # started are cancelled, the ones being converted finish
            self._shut_down()

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                self.size, mp_context=_context(), initializer=_ignore_interrupts
            )
            try:
                _start_workers(self.executor, self.size)
            except BrokenProcessPool as error:
                # no input ran: recovering would start them again, and again, forever
                raise WorkersFailed(
                    f"the {self.size} worker processes died as they started"
                ) from error
        return self.executor

    def _submit(self, entry: _Entry) -> None:
        assert entry.job is not None
        try:
            entry.future = self._executor().submit(
                _convert_safely, self.convert, entry.job, self.settings
            )
        except BrokenProcessPool:  # a worker died since the last look: recovered next
            self.broken = True

    def _result(self, entry: _Entry) -> Outcome | None:
        """The outcome of a submitted entry, waiting for it; ``None`` if the executor broke."""
        assert entry.job is not None and entry.future is not None
        try:
            return entry.future.result()
        except BrokenProcessPool:
            self.broken = True
            return None
        except Exception as error:  # the outcome could not be sent back
            return Outcome(display_name(entry.job.source.path), bug_report(error))

    def _recover(self) -> None:
        """Shut the broken executor down; retry alone the inputs it failed; resubmit the rest."""
        self._shut_down()  # every future of the broken executor is now done
        self.broken = False
        for entry in self.ahead:
            if entry.outcome is not None or entry.future is None:
                continue
            if entry.future.cancelled():  # it never ran: submitted again below
                entry.future = None
            elif _broke(entry.future):
                entry.future = None
                entry.outcome = self._alone(entry)
        for entry in self.ahead:
            if entry.outcome is None and entry.future is None:  # its submission failed
                self._submit(entry)

    def _alone(self, entry: _Entry) -> Outcome:
        """Convert one input, alone in its executor: if a worker dies, this input killed it."""
        self._submit(entry)
        outcome = self._result(entry) if entry.future is not None else None
        if outcome is None:
            self._shut_down()
            self.broken = False
            assert entry.job is not None
            outcome = Outcome(display_name(entry.job.source.path), WORKER_DIED)
        entry.future = None
        return outcome

    def _shut_down(self) -> None:
        if self.executor is not None:
            executor, self.executor = self.executor, None
            executor.shutdown(wait=True, cancel_futures=True)


def _broke(future: Future[Outcome]) -> bool:
    """Whether ``future`` failed because its executor broke (it is done)."""
    return not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)


def _convert_safely(
    convert: Callable[[Job, Settings], Outcome], job: Job, settings: Settings
) -> Outcome:
    """``convert(job, settings)``, an exception it raises becoming the input's error.

    In a worker, so that the bug report names where the exception was raised.
    """
    try:
        return convert(job, settings)
    except Exception as error:
        return Outcome(display_name(job.source.path), bug_report(error))


#: How long each of the first tasks keeps its worker busy (see :func:`_start_workers`).
STARTUP_PAUSE = 0.02


def _start_workers(executor: ProcessPoolExecutor, size: int) -> None:
    """Have ``executor`` start all its ``size`` workers now, before any input is submitted.

    An executor that does not fork starts its workers on demand, one in each
    :meth:`~concurrent.futures.Executor.submit` that finds none idle.  On
    CPython 3.11 such a submit can race a worker's death: the dying executor
    marks itself broken without the lock that ``submit`` holds, the racing
    ``submit`` starts one more worker, the executor never stops it, and
    ``shutdown(wait=True)`` waits for it forever (3.12 takes the lock).  Once
    all the workers are running, no ``submit`` starts one, so there is nothing
    to race.  Each first task holds its worker for a moment, so that every
    ``submit`` of a round finds none idle and starts a new one; the rounds go
    on until ``size`` distinct workers have answered.
    """
    pids: set[int] = set()
    while len(pids) < size:
        rounds = [executor.submit(_worker_pid, STARTUP_PAUSE) for _ in range(size)]
        pids.update(future.result() for future in rounds)


def _worker_pid(pause: float) -> int:
    """The worker's process id, after ``pause`` seconds (see :func:`_start_workers`)."""
    time.sleep(pause)
    return os.getpid()


def _ignore_interrupts() -> None:
    """A worker's start: ignore SIGINT, which only the parent handles (see :class:`_Pool`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


#: What a conversion imports: loaded once in the fork server, shared by every worker.
WORKER_MODULES = (
    "newsdoc.cli.convert",
    "newsdoc.readers.html",
    "newsdoc.readers.text.reader",
    "newsdoc.readers.json",
    "newsdoc.analysis",
    "newsdoc.writers.json",
)


def _context() -> BaseContext:
    """How workers start: ``forkserver`` with newsdoc preloaded, else ``spawn``.

    The parent may be a host program with threads (a notebook, a test runner,
    a web server): forking it (the default on Linux before Python 3.14) may
    deadlock a worker on a lock another thread held, and Python 3.12 warns
    about it.  ``forkserver`` (3.14's default where it exists) forks workers
    from a small single-threaded server process instead, and
    ``set_forkserver_preload`` lets that server import newsdoc once for all of
    them: without it each worker would import newsdoc and compile its patterns
    afresh, about half a second of CPU per worker.  The server outlives the
    run in a host program, as multiprocessing keeps it, and exits with the
    host.  Where there is no ``forkserver`` (Windows), ``spawn``.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_MODULES))
    return context


class Reporter:
    """Reports on standard error: failures always, warnings and progress unless quiet.

    The analysis warns about every article in a language it has no word lists
    for; in a folder of such pages that is one identical line per file, so the
    first is shown and the summary counts the files per language.
    """

    _NO_WORD_LISTS = "no word lists for language "

    def __init__(self, stream: TextIO, *, quiet: bool, bar: ProgressBar | None) -> None:
        self.stream = stream
        self.quiet = quiet
        self.bar = bar
        self.converted = 0
        self.failed = 0
        self.warned = 0
        #: language (as the warning names it, quoted) -> files analysis skipped
        self.unanalysed: dict[str, int] = {}

    def say(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def outcome(self, outcome: Outcome) -> None:
        self.warned += len(outcome.warnings)
        for note in outcome.warnings:
            if self._NO_WORD_LISTS in note:
                language = note.split(self._NO_WORD_LISTS, 1)[1].split(" ", 1)[0]
                seen = self.unanalysed.get(language, 0)
                self.unanalysed[language] = seen + 1
                if seen:
                    continue  # said once; the summary counts the rest
            if not self.quiet:
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
        lines = [
            f"no word lists for language {language}: people, quotes and citations "
            f"not looked for in {count} file{'s' if count != 1 else ''}"
            for language, count in sorted(self.unanalysed.items())
        ]
        return "\n".join([*lines, text])


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
    parquet = settings.to == PARQUET
    suffix = ".parquet" if parquet else get_format(settings.to).extension
    skip = (plan.out_dir,) if plan.out_dir is not None else ()
    to_stdout = plan.out_dir is None and plan.output is None
    crawl = any(is_warc(name) for name in plan.inputs)
    bar = None
    # not when the outputs scroll by on the same terminal: the bar would mangle them
    if batch and not quiet and stderr.isatty() and not (to_stdout and stdout.isatty()):
        if crawl:  # the number of articles in a crawl is known at its end
            bar = ProgressBar(stderr, None, unit="articles")
        else:
            total = sum(1 for _ in iter_sources(plan.inputs, skip_dirs=skip))
            bar = ProgressBar(stderr, total)
    if plan.output is not None:
        replaced = BatchInputs(plan, suffix).input_at(_RealPath()(plan.output))
        if replaced is not None:
            stderr.write(f"newsdoc: error: the output {plan.output} would replace the input "
                         f"{replaced}\n")  # fmt: skip
            return 1
    reporter = Reporter(stderr, quiet=quiet, bar=bar)
    crawls: dict[str, WarcCounts] = {}
    try:
        _run(plan, settings, jobs, suffix, reporter, crawls, bar, stdout)
    except (OutputFailed, WorkersFailed) as failure:
        reporter.say(f"newsdoc: error: {failure}")
        return 1
    if batch and not quiet:
        stderr.write(reporter.summary() + "\n")
        for path, counts in crawls.items():
            stderr.write(f"{display_name(path)}: {counts.summary()}\n")
    return 1 if reporter.failed else 0


class OutputFailed(NewsdocError):
    """The output every input goes to (standard output, ``-o FILE``) cannot be written."""


class WorkersFailed(NewsdocError):
    """The worker processes of ``--jobs`` die as they start (no input is to blame)."""


def _run(
    plan: Plan,
    settings: Settings,
    jobs: int,
    suffix: str,
    reporter: Reporter,
    crawls: dict[str, WarcCounts],
    bar: ProgressBar | None,
    stdout: BinaryIO,
) -> None:
    """Convert every input, writing the shared output; :class:`OutputFailed` if that fails.

    A write that fails (a full disk, the file size limit, a closed pipe) ends the
    run: ``-o FILE`` is removed (it is atomic, see :func:`atomic_file`), and no
    other input is converted for nothing.
    """
    parquet = settings.to == PARQUET
    skip = (plan.out_dir,) if plan.out_dir is not None else ()
    where = plan.output or "standard output"
    try:
        with ExitStack() as stack:
            # a crawl's damage is reported as the record's error line, not a second time
            stack.enter_context(warnings.catch_warnings())
            warnings.simplefilter("ignore", NewsdocWarning)
            sink = stdout
            rows = None
            if parquet:
                from ..arrow import ParquetRows

                assert plan.output is not None  # the command line asks for -o FILE
                file = stack.enter_context(atomic_file(plan.output, force=settings.force))
                rows = stack.enter_context(ParquetRows(file))
            elif plan.output is not None and plan.out_dir is None and suffix == ".jsonl":
                sink = stack.enter_context(atomic_file(plan.output, force=settings.force))
            items = plan_jobs(plan, iter_sources(plan.inputs, skip_dirs=skip), suffix, crawls)
            # closed on the way out, even on an error: that stops the workers
            outcomes = stack.enter_context(closing(run_jobs(items, settings, jobs)))
            try:
                for outcome in outcomes:
                    if outcome.text is not None:
                        try:
                            data = outcome.text.encode("utf-8")
                        except UnicodeEncodeError as error:  # this input's text only
                            outcome = outcome._replace(text=None, error=bug_report(error))
                        else:
                            _write(sink, data, where)
                    if rows is not None:
                        rows.add(outcome.row or _error_row(outcome))
                    if outcome.warc is not None:
                        counts = crawls[outcome.warc]
                        if outcome.error is None:
                            counts.articles += 1
                        else:
                            counts.error("parse")
                    reporter.outcome(outcome)
            finally:
                if bar is not None:
                    bar.close()
            _write(sink, None, where)
    # -o FILE is renamed into place when the stack closes: that can fail too
    except OSError as error:
        raise OutputFailed(f"cannot write {where}: {error.strerror or error}") from error


def _write(sink: BinaryIO, data: bytes | None, where: str) -> None:
    """Write ``data`` to the shared output (``None``: flush it), or raise :class:`OutputFailed`."""
    try:
        if data is None:
            sink.flush()
        else:
            write_all(sink, data)
    except OSError as error:  # BrokenPipeError included: the reader went away
        raise OutputFailed(f"cannot write {where}: {error.strerror or error}") from error


def _error_row(outcome: Outcome) -> dict[str, Any]:
    from ..arrow import ArticleRow, row_dict

    return row_dict(ArticleRow(source=outcome.name, error=outcome.error))


def default_jobs() -> int:
    """The number of CPUs this process may use (``--jobs 0``)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)

"""How much faster ``newsdoc convert --jobs N`` is, and how much memory it takes.

Copies the aeb pages (../shared/corpus/aeb/html/*.html.gz) to a temporary
folder, then runs the command line as a user would (a subprocess of a real
interpreter, not a ``python`` shim; see below) ``--rounds`` times per
``--jobs`` value, the values interleaved (1, 2, 1, 2, ...) so that a change of
load hits them alike, converting the whole folder into a fresh ``--out-dir``.
It prints the best wall time of each value, the speedup over the first value,
the peak memory (largest resident set of any one process: the command or one
of its workers, from ``getrusage(RUSAGE_CHILDREN)`` in a small wrapper process
per run), and the CPU time of all its processes (much more than seconds x jobs:
the machine is busy, and the speedup is not to be trusted).

The runs use the environment of an installed newsdoc, made in the temporary
folder:

- a virtual environment (``venv``, no pip) whose one ``.pth`` file puts this
  checkout's ``src`` and the folders of newsdoc's dependencies on the path,
  and nothing else: the ``.pth`` files of this interpreter's own site-packages
  do not run (on the project's machine, one of them is a sandbox hook that
  imports ``certifi``, and through it ``importlib.resources``, ``pathlib``,
  ``tempfile`` and more, at every start: modules a user's environment does
  not load, which would hide what newsdoc's own start-up loads; the output
  shows both start times);
- a bytecode cache, as pip compiles it at install: ``PYTHONDONTWRITEBYTECODE``
  is removed from the runs' environment, ``PYTHONPYCACHEPREFIX`` points to a
  temporary folder (nothing is written into the source tree), and an untimed
  warm-up run fills it.  Without it every run would compile newsdoc's modules
  anew.

``--python PATH`` runs another interpreter as it is instead (an installed
newsdoc's, say).

Start-up (paid once whatever N, so it bounds the speedup) is broken down: the
bare interpreter, ``newsdoc --version`` (the command line's imports), and the
conversion of one page (the imports a conversion needs and its first page).

``--repeat K`` puts K copies of the corpus in the folder: the time grows with
K, the peak memory must not (the command streams its inputs).

What the machine allows is measured too: each round also runs N ``--jobs 1``
conversions of the whole folder at once, as N independent commands, for each
``--jobs`` value N above 1.  On an idle machine with N CPUs they take as long
as one alone; the slower they are, the less the machine gives to N
processes at once (other tenants of a virtual machine, shared caches).  From
that time (``together``) and the start-up S, the ``ceiling`` column is the
best ``--jobs N`` could do with no cost of its own at all: the first value's
time over S + (together - S) / N.

    python benchmarks/cli_jobs.py                 # --jobs 1 and 2, the 1.8x target
    python benchmarks/cli_jobs.py --repeat 5      # memory stays flat with 5x the inputs

Exit status 1 when the speedup of the last ``--jobs`` value (its best run against the
first value's best) is below ``--target``.  The median of the rounds' own ratios is
printed beside it: far below the best, it says the load changed during the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "aeb" / "html"


def measure(command: list[str]) -> None:
    """Wrapper mode: run ``command``, print its time and its peak memory as JSON."""
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = usage.ru_maxrss  # KiB on Linux
    tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": usage.ru_utime + usage.ru_stime,
                "peak_mib": peak_kib / 1024,
                "status": result.returncode,
                "summary": tail[0] if tail else "",
            }
        )
    )


class Run(NamedTuple):
    seconds: float
    cpu: float  # user + system, all processes: well above "seconds" x jobs means contention
    peak_mib: float
    status: int
    summary: str


def _spin(count: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(count):
        total += i
    return time.perf_counter() - started


def cores_free(jobs: int, count: int = 10_000_000) -> float:
    """How many of ``jobs`` CPUs a pure-Python loop really gets now (``jobs`` when idle)."""
    alone = min(_spin(count) for _ in range(2))
    with ProcessPoolExecutor(jobs) as pool:
        together = list(pool.map(_spin, [count] * jobs))
    return sum(alone / seconds for seconds in together)


def cached_environment(cache: Path) -> dict[str, str]:
    """The environment of the runs: bytecode cached in ``cache``, as in an installation."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


#: What ``import newsdoc`` needs besides newsdoc (its dependencies and theirs).
DEPENDENCIES = ("attr", "attrs", "dateutil", "six", "lxml", "bs4", "soupsieve")


def installed_python(folder: Path) -> Path:
    """A virtual environment in ``folder`` that sees newsdoc and its dependencies only.

    Its one ``.pth`` file lists folders, which go on the path as they are: the
    ``.pth`` files in them, this interpreter's start-up hooks, do not run.
    """
    import importlib.util
    import venv

    venv.create(folder, with_pip=False, symlinks=os.name != "nt")
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    paths = [str(ROOT / "src")]
    for name in DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin is not None:
            # a package is a folder (its origin is its __init__.py), a module a file
            package = spec.submodule_search_locations is not None
            home = str(Path(spec.origin).parents[1 if package else 0])
            if home not in paths:
                paths.append(home)
    (Path(site) / "newsdoc-benchmark.pth").write_text("\n".join(paths) + "\n")
    return python


def timed(command: list[str], env: dict[str, str]) -> Run:
    wrapper = [sys.executable, __file__, "--measure", "--", *command]
    done = subprocess.run(wrapper, capture_output=True, text=True, check=True, env=env)
    return Run(**json.loads(done.stdout))


def run_once(python: str, folder: Path, out: Path, jobs: int, to: str, env: dict[str, str]) -> Run:
    shutil.rmtree(out, ignore_errors=True)
    command = [python, "-m", "newsdoc", "convert", str(folder), "--out-dir", str(out)]
    return timed([*command, "--to", to, "--jobs", str(jobs)], env)


def run_together(
    python: str, folder: Path, out: Path, copies: int, to: str, env: dict[str, str]
) -> float:
    """Seconds until ``copies`` independent ``--jobs 1`` conversions of ``folder`` all end."""
    outs = [out.with_name(f"{out.name}-{copy}") for copy in range(copies)]
    for target in outs:
        shutil.rmtree(target, ignore_errors=True)
    command = [python, "-m", "newsdoc", "convert", str(folder), "--to", to, "--jobs", "1"]
    started = time.perf_counter()
    running = [
        subprocess.Popen(
            [*command, "--out-dir", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        for target in outs
    ]
    statuses = [process.wait() for process in running]
    seconds = time.perf_counter() - started
    if any(statuses):
        raise SystemExit(f"a --jobs 1 run failed ({statuses}): {' '.join(command)}")
    return seconds


class StartUp(NamedTuple):
    """What every run pays before converting in parallel: the best of ``--rounds`` runs."""

    interpreter: float  # python -c pass
    version: float  # newsdoc --version: the command line's imports
    one_page: float  # newsdoc convert PAGE: a conversion's imports, and its first page
    this_interpreter: float  # sys.executable -c pass, with its site's start-up hooks

    @classmethod
    def measure(
        cls, python: str, page: Path, out: Path, args: argparse.Namespace, env: dict[str, str]
    ) -> StartUp:
        def best(command: list[str]) -> float:
            return min(timed(command, env).seconds for _ in range(args.rounds))

        return cls(
            best([python, "-c", "pass"]),
            best([python, "-m", "newsdoc", "--version"]),
            min(run_once(python, page, out, 1, args.to, env).seconds for _ in range(args.rounds)),
            best([sys.executable, "-c", "pass"]),
        )

    def describe(self, python: str) -> str:
        cli = self.version - self.interpreter
        page = self.one_page - self.version
        return (
            f"python: {python}\n"
            f"start-up and one page: {self.one_page:.3f} s (bytecode cached): interpreter "
            f"{self.interpreter:.3f} s ({sys.executable} as it is: {self.this_interpreter:.3f} s), "
            f"+ newsdoc --version {cli:.3f} s, "
            f"+ a conversion's imports and its first page {page:.3f} s"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of pages")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    parser.add_argument("--to", default="json", help="output format (default json)")
    parser.add_argument("--repeat", type=int, default=1, help="copies of the corpus (default 1)")
    parser.add_argument(
        "--rounds", type=int, default=10, help="runs per value; the best counts (default 10)"
    )
    parser.add_argument("--target", type=float, default=1.8, help="speedup to reach (default 1.8)")
    parser.add_argument(
        "--python",
        help="interpreter to run, as it is (default: a virtual environment of this checkout)",
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.command)
        return 0
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus} (it is in ../shared, next to the repository)")
        return 2
    values = [int(v) for v in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="newsdoc-cli-jobs-") as temporary:
        folder = Path(temporary) / "in"
        pages = sorted(args.corpus.glob("*.html.gz"))
        for copy in range(args.repeat):
            target = folder / f"copy{copy}"
            target.mkdir(parents=True)
            for page in pages:
                shutil.copy(page, target / page.name)
        count = len(pages) * args.repeat
        print(
            f"newsdoc convert: {count} pages ({len(pages)} x {args.repeat}) from {args.corpus}, "
            f"--to {args.to}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
        )
        out = Path(temporary) / "out"
        env = cached_environment(Path(temporary) / "pycache")
        python = args.python or str(installed_python(Path(temporary) / "venv"))
        # untimed: fills the bytecode cache with every module a run imports
        # (those of the workers included)
        run_once(python, folder / "copy0", out, max(values), args.to, env)
        startup = StartUp.measure(python, folder / "copy0" / pages[0].name, out, args, env)
        most = max(values)
        checks = [cores_free(most)] if most > 1 else []
        # rounds interleave the values, so that a change of load hits them alike
        results: dict[int, list[Run]] = {jobs: [] for jobs in values}
        together: dict[int, list[float]] = {jobs: [] for jobs in values if jobs > 1}
        for _ in range(args.rounds):
            for jobs in values:
                results[jobs].append(run_once(python, folder, out, jobs, args.to, env))
            for jobs in together:
                together[jobs].append(run_together(python, folder, out, jobs, args.to, env))
        checks += [cores_free(most)] if most > 1 else []
    print(startup.describe(args.python or "a virtual environment of this checkout (see --help)"))
    if checks:
        busy = min(checks) < most * 0.9
        print(
            f"CPU check, before and after the runs: {most} busy loops at once get "
            f"{' and '.join(f'{free:.2f}' for free in checks)} CPUs' worth "
            f"({'the machine is busy: speedups are understated' if busy else 'ok'})"
        )
    for jobs, times in together.items():
        alone = min(r.seconds for r in results[values[0]]) if values[0] == 1 else float("nan")
        print(
            f"{jobs} independent --jobs 1 runs at once: {min(times):.2f} s, best of "
            f"{args.rounds} (one alone: {alone:.2f} s): the machine gives this work "
            f"{jobs * alone / min(times):.2f} CPUs' worth"
        )
    print(
        f"{'jobs':>4}  {'best s':>6}  {'median':>6}  {'cpu s':>6}  {'pages/s':>8}  {'speedup':>7}  "
        f"{'bound':>6}  {'ceiling':>7}  {'peak MiB':>8}  run"
    )
    first = min(r.seconds for r in results[values[0]])
    speedup = 1.0
    for jobs in values:
        best = min(results[jobs], key=lambda r: r.seconds)
        peak = max(r.peak_mib for r in results[jobs])
        speedup = first / best.seconds
        bound = (
            first / (startup.one_page + (first - startup.one_page) / jobs) if jobs else float("nan")
        )
        median = _median([r.seconds for r in results[jobs]])
        ceiling = bound
        if jobs in together:
            work = min(together[jobs]) - startup.one_page
            ceiling = first / (startup.one_page + work / jobs)
        print(
            f"{jobs:>4}  {best.seconds:>6.2f}  {median:>6.2f}  "
            f"{best.cpu:>6.2f}  {count / best.seconds:>8.1f}  {speedup:>6.2f}x  "
            f"{bound:>5.2f}x  {ceiling:>6.2f}x  {peak:>8.1f}  exit {best.status}: {best.summary}"
        )
    print(
        f"(best of {args.rounds} runs; relative to the first row, bound: the best speedup "
        "possible with that start-up on idle CPUs; ceiling: the same on the CPUs the machine "
        "gave N independent runs at once)"
    )
    if len(values) < 2:
        return 0
    # each round's own ratio: the load of that moment hits both of its runs
    pairs = zip(results[values[0]], results[values[-1]], strict=True)
    paired = _median([a.seconds / b.seconds for a, b in pairs])
    met = speedup >= args.target
    print(
        f"speedup of --jobs {values[-1]} over --jobs {values[0]}: {speedup:.2f}x (best against "
        f"best; the median of the rounds' ratios: {paired:.2f}x); "
        f"target {args.target}x {'met' if met else 'NOT met'}"
    )
    return 0 if met else 1


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


if __name__ == "__main__":
    sys.exit(main())

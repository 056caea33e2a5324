"""Two newsdoc source trees side by side in one run: html_bench's speed and ``convert --jobs``.

Usage (from the repository root)::

    python benchmarks/versus.py --before /work/baseline/src [--after src] [--rounds 5]

Every figure comes from a fresh subprocess with ``PYTHONPATH=<tree>`` (which
checks that ``newsdoc`` is imported from that tree), and the trees alternate
run by run (before, after, before, after, ...) so that a change of load hits
both alike.  Per round and tree:

- **parse pages/s**: html_bench's speed loop (``html_bench.load_aeb``: the 181
  aeb pages, gunzipped first, as bytes with their URL; warnings ignored),
  through ``newsdoc.parse(data, url=url)``, which reads and analyses once in
  both trees: one untimed warm-up pass, then the fastest of ``--passes``.
- **convert pages/s, --jobs N** (N = 1, 2): the wall time of the whole
  ``python -m newsdoc convert <aeb/html> --out-dir <fresh> --force -q --jobs N``,
  start-up included.

The runs cache bytecode in a temporary folder (``PYTHONPYCACHEPREFIX``, as an
installation would have it; nothing is written into the trees) after one
untimed conversion per tree.  The table gives the median over the rounds and
their spread (min–max); ``after/before`` is the ratio of the medians, with the
spread of the rounds' own ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "aeb" / "html"
PAGES = len(list(CORPUS.glob("*.html.gz")))
BUSY = 0.5  # load average above which the figures are not worth much


def child(tree: Path, passes: int) -> None:
    """Child mode: time html_bench's loop with the newsdoc of ``tree``; print JSON."""
    sys.path.insert(0, str(HERE))
    from html_bench import forbid_network, load_aeb

    import newsdoc

    if not Path(newsdoc.__file__).resolve().is_relative_to(tree):
        raise SystemExit(f"newsdoc imported from {newsdoc.__file__}, not from {tree}")
    warnings.simplefilter("ignore")
    forbid_network()
    pages = [(data, url) for data, url, _truth in load_aeb(None)]
    best = float("inf")
    for index in range(passes + 1):  # the first pass is the warm-up
        start = time.perf_counter()
        for data, url in pages:
            newsdoc.parse(data, url=url)
        if index:
            best = min(best, time.perf_counter() - start)
    print(json.dumps({"pages": len(pages), "seconds": best}))


def tail(text: str, lines: int = 5) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def environment(tree: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONPATH"] = str(tree)
    return env


def parse_speed(tree: Path, env: dict[str, str], passes: int) -> float:
    command = [sys.executable, __file__, "--child", str(tree), "--passes", str(passes)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"{tree}: the parse run failed:\n{tail(done.stderr)}")
    result = json.loads(done.stdout.splitlines()[-1])
    return float(result["pages"] / result["seconds"])


def convert_speed(tree: Path, env: dict[str, str], jobs: int, scratch: Path) -> float:
    """Pages per second of one whole ``newsdoc convert`` command, start-up included."""
    out = Path(tempfile.mkdtemp(dir=scratch))
    command = [sys.executable, "-m", "newsdoc", "convert", str(CORPUS)]
    command += ["--out-dir", str(out), "--force", "-q", "--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=scratch, check=False
    )
    seconds = time.perf_counter() - start
    written = sum(1 for path in out.rglob("*") if path.is_file())
    if done.returncode or written != PAGES:
        raise SystemExit(
            f"{tree}: convert --jobs {jobs} exited {done.returncode}, wrote {written} of"
            f" {PAGES} files:\n{tail(done.stderr)}"
        )
    return PAGES / seconds


def check_import(tree: Path, env: dict[str, str], scratch: Path) -> None:
    command = [sys.executable, "-c", "import newsdoc; print(newsdoc.__file__)"]
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=scratch, check=False
    )
    origin = done.stdout.strip()
    if done.returncode or not Path(origin).resolve().is_relative_to(tree):
        raise SystemExit(f"{tree}: newsdoc imported from {origin!r}\n{tail(done.stderr)}")


def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):8.1f} ({min(values):.1f}–{max(values):.1f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="the older tree's src (required)")
    parser.add_argument("--after", type=Path, default=HERE.parent / "src", help="default: src")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default: 5)")
    parser.add_argument("--passes", type=int, default=3, help="timed parse passes per run")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child.resolve(), args.passes)
        return 0
    if args.before is None:
        parser.error("--before is required")
    if not PAGES:
        print(f"{CORPUS}: no pages", file=sys.stderr)
        return 2
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    print(f"Python {platform.python_version()} ({sys.executable}), {os.cpu_count()} CPUs")
    print(f"load average at start: {load()}")
    if os.getloadavg()[0] > BUSY:
        print(f"warning: load average above {BUSY}: the machine is busy, figures are noisy")
    for name, tree in trees.items():
        print(f"{name}: {tree}")
    measures = ["parse pages/s", "convert --jobs 1", "convert --jobs 2"]
    figures: dict[str, dict[str, list[float]]] = {m: {n: [] for n in trees} for m in measures}
    with tempfile.TemporaryDirectory(prefix="versus-") as folder:
        scratch = Path(folder)
        envs = {name: environment(tree, scratch / "pycache") for name, tree in trees.items()}
        for name, tree in trees.items():  # the import check, and an untimed warm-up
            check_import(tree, envs[name], scratch)
            convert_speed(tree, envs[name], 1, scratch)
        for round_ in range(1, args.rounds + 1):
            for name, tree in trees.items():
                figures[measures[0]][name].append(parse_speed(tree, envs[name], args.passes))
            for jobs in (1, 2):
                for name, tree in trees.items():
                    speed = convert_speed(tree, envs[name], jobs, scratch)
                    figures[f"convert --jobs {jobs}"][name].append(speed)
            print(f"round {round_} of {args.rounds} done, load average {load()}", flush=True)
    print(f"load average at end: {load()}")
    print(f"\n{PAGES} pages; median over {args.rounds} rounds (min–max)\n")
    print(f"| {'measure':<16} | {'before':>24} | {'after':>24} | {'after/before':>22} |")
    print(f"|{'-' * 18}|{'-' * 26}|{'-' * 26}|{'-' * 24}|")
    for measure in measures:
        before, after = figures[measure]["before"], figures[measure]["after"]
        ratios = [a / b for a, b in zip(after, before, strict=True)]
        ratio = statistics.median(after) / statistics.median(before)
        ratio_cell = f"{ratio:.3f} ({min(ratios):.3f}–{max(ratios):.3f})"
        print(f"| {measure:<16} | {spread(before):>24} | {spread(after):>24} | {ratio_cell:>22} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

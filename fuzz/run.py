"""Fuzz every entry point for a while, one after the other, and sum up what happened.

    python fuzz/run.py                      # every harness, 10 minutes each
    python fuzz/run.py --minutes 30 parse_html from_json
    python fuzz/run.py --parallel 2         # two harnesses at a time (one core each)

Not part of CI: a run takes minutes per harness.  Seeds are built first when
``fuzz/corpus/<entry>/`` is missing (``build_seeds.py``); libFuzzer adds the
inputs that reach new code to that folder, so each run continues the last.
Findings land in ``fuzz/crashes/<entry>/`` (``crash-*``, ``timeout-*``,
``oom-*``); see README.md for turning one into a regression test.  The log of
each run is ``fuzz/logs/<entry>.log``; the summary gives, per harness, the
executions, libFuzzer's coverage counters (``cov``: edges reached, ``ft``:
features) and the findings.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTRIES = ("parse_html", "parse_text", "parse", "from_json")

#: libFuzzer's status lines: "#12345	REDUCE cov: 2345 ft: 6789 corp: ..."
_STATUS = re.compile(r"^#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+)", re.MULTILINE)


def _command(entry: str, seconds: int) -> list[str]:
    return [
        sys.executable,
        f"fuzz_{entry}.py",
        f"-max_total_time={seconds}",
        "-timeout=10",  # seconds per input: a hang
        "-rss_limit_mb=2048",  # a memory blow-up
        "-max_len=65536",
        "-print_final_stats=1",
        f"-artifact_prefix=crashes/{entry}/",
        f"corpus/{entry}",
    ]


def _fuzz(entry: str, seconds: int) -> str:
    """Fuzz ``entry`` for ``seconds``, starting again after each finding; the summary line."""
    (HERE / "crashes" / entry).mkdir(parents=True, exist_ok=True)
    before = _findings(entry)
    started = time.monotonic()
    runs, cov, ft, rounds = 0, 0, 0, 0
    with (HERE / "logs" / f"{entry}.log").open("w") as log:
        # libFuzzer stops at its first finding: run again for the time that is left
        while (left := seconds - round(time.monotonic() - started)) > 5 or rounds == 0:
            rounds += 1
            result = subprocess.run(
                _command(entry, max(left, 1)),
                cwd=HERE,
                capture_output=True,
                text=True,
                errors="replace",
            )
            output = result.stdout + result.stderr
            log.write(output)
            log.flush()
            found = _STATUS.findall(output)
            if found:
                runs += int(found[-1][0])
                cov, ft = max(cov, int(found[-1][1])), max(ft, int(found[-1][2]))
            if result.returncode == 0:
                break
    new = sorted(p.name for p in _findings(entry) - before)
    line = (
        f"{entry:<11} {runs:>10,} runs in {time.monotonic() - started:>5.0f} s "
        f"({round(runs / max(time.monotonic() - started, 1)):>5}/s)  cov {cov:>6}  ft {ft:>7}  "
        f"findings: {', '.join(new) or 'none'}"
    )
    print(line, flush=True)
    return line


def _findings(entry: str) -> set[Path]:
    return set((HERE / "crashes" / entry).glob("*-*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("entries", nargs="*", metavar="ENTRY", help=", ".join(ENTRIES))
    parser.add_argument("--minutes", type=float, default=10.0, help="per harness (default 10)")
    parser.add_argument("--parallel", type=int, default=1, help="harnesses at a time")
    args = parser.parse_args(argv)
    entries = args.entries or list(ENTRIES)
    unknown = [e for e in entries if e not in ENTRIES]
    if unknown:
        parser.error(f"unknown entry point(s): {', '.join(unknown)}")
    if any(not (HERE / "corpus" / entry).is_dir() for entry in entries):
        subprocess.run([sys.executable, str(HERE / "build_seeds.py")], check=True)
    (HERE / "logs").mkdir(exist_ok=True)
    seconds = max(1, round(args.minutes * 60))
    for entry in entries:
        print(f"fuzzing {entry} for {seconds} s (log: fuzz/logs/{entry}.log)", flush=True)
    with ThreadPoolExecutor(max_workers=max(1, args.parallel)) as pool:
        lines = list(pool.map(lambda entry: _fuzz(entry, seconds), entries))
    print("\nsummary:\n" + "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Per-input functions for the worker pool tests of ``newsdoc convert --jobs``.

Workers are started from a fresh interpreter, so these live in a module they
can import (the tests folder is on ``sys.path``, which workers inherit).
"""

from __future__ import annotations

import os
import signal

from newsdoc.cli.convert import Job, Outcome, Settings, convert_one


def exit_on_crash(job: Job, settings: Settings) -> Outcome:
    """Convert, except that an input named ``crash*`` ends its worker abruptly."""
    if os.path.basename(job.source.path).startswith("crash"):
        os._exit(3)  # as a segfault or the OOM killer would: no clean-up, no reply
    return convert_one(job, settings)


def killed_after_a05(job: Job, settings: Settings) -> Outcome:
    """Convert, then kill the worker (SIGKILL) before it replies, for ``a05.txt``."""
    outcome = convert_one(job, settings)
    if job.source.path.endswith("a05.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return outcome


def raise_on_bad(job: Job, settings: Settings) -> Outcome:
    """Convert, except that an input named ``bad*`` raises an ordinary exception."""
    if os.path.basename(job.source.path).startswith("bad"):
        raise ValueError("no good")
    return convert_one(job, settings)


def exit_at_start() -> None:
    """A worker's start that ends it at once, as a worker killed while starting."""
    os._exit(3)

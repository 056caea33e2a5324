"""A small progress bar for standard error: count, percent, rate and ETA."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["ProgressBar", "format_duration"]

#: Redraw at most this often (seconds): a terminal cannot show more anyway,
#: and fast batches should not spend their time writing to it.
REDRAW_INTERVAL = 0.1
BAR_WIDTHS = (10, 30)  # smallest and largest bar, in characters


def format_duration(seconds: float) -> str:
    """``75`` → ``1:15``, ``3725`` → ``1:02:05``."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressBar:
    """A one-line progress bar, redrawn in place with ``\\r``.

    ``total`` may be ``None`` when unknown (then only the count and rate are
    shown).  Messages that must be seen go through :meth:`write`, which clears
    the bar, prints them, and draws the bar again below them.
    """

    def __init__(
        self,
        stream: TextIO,
        total: int | None,
        *,
        unit: str = "files",
        width: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total
        self.unit = unit
        self.width = width if width is not None else shutil.get_terminal_size((80, 24)).columns
        self.clock = clock
        self.done = 0
        self.started = clock()
        self._drawn_at: float | None = None
        self._shown = 0  # length of the line on screen, to blank it out

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more items done; redraw if the last draw is old enough."""
        self.done += count
        now = self.clock()
        if self._drawn_at is None or now - self._drawn_at >= REDRAW_INTERVAL:
            self.draw(now)

    def render(self, now: float) -> str:
        """The bar's line at time ``now`` (no ``\\r``), at most ``width - 1`` long."""
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        rate_text = f"{rate:.1f} {self.unit}/s" if rate > 0 else f"-- {self.unit}/s"
        if self.total is None:
            return f"{self.done} {self.unit}  {rate_text}  {format_duration(elapsed)}"[
                : self.width - 1
            ]
        total = max(self.total, self.done)
        fraction = self.done / total if total else 1.0
        if self.done >= total:
            eta = f"done in {format_duration(elapsed)}"
        elif rate > 0:
            eta = f"ETA {format_duration((total - self.done) / rate)}"
        else:
            eta = "ETA --:--"
        count = f"{self.done:>{len(str(total))}}/{total}"
        text = f"{count}  {fraction:4.0%}  {rate_text}  {eta}"
        room = self.width - 1 - len(text) - 3
        if room < BAR_WIDTHS[0]:
            return text[: self.width - 1]
        size = min(room, BAR_WIDTHS[1])
        filled = int(fraction * size)
        return f"[{'#' * filled}{'.' * (size - filled)}] {text}"

    def draw(self, now: float | None = None) -> None:
        """Draw the bar now."""
        now = self.clock() if now is None else now
        line = self.render(now)
        self.stream.write("\r" + line.ljust(self._shown))
        self.stream.flush()
        self._shown = len(line)
        self._drawn_at = now

    def clear(self) -> None:
        """Blank the bar's line and put the cursor at its start."""
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0

    def write(self, message: str) -> None:
        """Print a line of ``message`` above the bar."""
        self.clear()
        self.stream.write(message.rstrip("\n") + "\n")
        self.draw()

    def close(self) -> None:
        """Remove the bar (the run's summary takes its line)."""
        self.clear()

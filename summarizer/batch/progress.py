"""Progress on stderr: a live bar on a terminal, plain periodic lines in logs and CI.

stdout stays free for the user's pipes; nothing here ever prints a key or an
article text, only counts.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import IO, Literal

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

ProgressMode = Literal["auto", "bar", "plain", "off"]
PLAIN_EVERY = 10.0
"""Seconds between plain lines: often enough to see a stall, rare enough for a log."""


@dataclass
class Stats:
    """Running totals of a batch; `cost_usd` is None once any cost is unknown."""

    total: int = 0
    done: int = 0
    failed: int = 0
    records: int = 0
    skipped: int = 0
    retried: int = 0
    """Failed records dropped from the results file to run their units again."""
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = 0.0
    cost_note: str | None = None
    started: float = field(default_factory=time.monotonic)

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return (self.done + self.failed) / max(self.elapsed, 1e-9)

    def cost_text(self) -> str:
        return "cost unknown" if self.cost_usd is None else f"~${self.cost_usd:,.4f}"

    def line(self) -> str:
        return (f"{self.done + self.failed}/{self.total} articles ({self.failed} failed), "
                f"{self.calls:,} calls, {self.tokens:,} tokens, {self.cost_text()}, "
                f"{self.rate:.1f} articles/s")


class Reporter:
    """Shows `Stats` as they change; call `update` after each record and `close` at the end."""

    def __init__(self, stats: Stats, mode: ProgressMode, stream: IO[str]) -> None:
        if mode == "auto":
            mode = "bar" if stream.isatty() else "plain"
        self.stats = stats
        self.mode = mode
        self.stream = stream
        self._last = time.monotonic()
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if mode == "bar":
            self._progress = Progress(
                TextColumn("[bold]batch"), BarColumn(), TextColumn("{task.description}"),
                TimeElapsedColumn(), console=Console(file=stream), transient=True)
            self._task = self._progress.add_task(stats.line(), total=stats.total or None)
            self._progress.start()

    def update(self) -> None:
        stats = self.stats
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=stats.done + stats.failed,
                                  description=stats.line())
        elif self.mode == "plain" and time.monotonic() - self._last >= PLAIN_EVERY:
            self._last = time.monotonic()
            self.stream.write(f"batch: {stats.line()}\n")
            self.stream.flush()

    def note(self, line: str) -> None:
        """A line for the user (a skipped file), printed above the bar when there is one."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        elif self.mode != "off":
            self.stream.write(line + "\n")
            self.stream.flush()

    def close(self, final: str) -> None:
        if self._progress is not None:
            self._progress.stop()
        if self.mode != "off":
            self.stream.write(final + "\n")
            self.stream.flush()

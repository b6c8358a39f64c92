"""progress: a bar on stderr, only when stderr is a terminal (and not silenced); otherwise nothing."""

from __future__ import annotations

import sys

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .terminal import console


class Bar:
    """Implements zhifa_cli.progress.Progress with rich; one task shown at a time."""

    def __init__(self) -> None:
        self._progress: Progress | None = None
        self._task = None

    def start(self, label: str, total: int) -> None:
        self.stop()
        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TimeElapsedColumn(), console=console(stderr=True), transient=True)
        self._progress.start()
        self._task = self._progress.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def progress_for(quiet: bool = False):
    """A Bar when a person watches stderr, else None (the library then reports nowhere)."""
    if quiet or not sys.stderr.isatty():
        return None
    return Bar()

"""options: the knobs of a corpus comparison (no heavy imports: the CLI reads them at start-up)."""

from __future__ import annotations

from dataclasses import dataclass

from ...progress import SILENT, Progress

DEFAULT_THRESHOLD = 50.0  # 0–100, as Pair.score: a task "carried down" or "copied" scores at least this


@dataclass(frozen=True)
class Options:
    threshold: float = DEFAULT_THRESHOLD
    engine: str = "local"  # or "dask"
    scheduler: str | None = None
    workers: int | None = None
    progress: Progress = SILENT

"""options: the knobs of a corpus comparison (no heavy imports: the CLI reads them at start-up)."""

from __future__ import annotations

from dataclasses import dataclass

from ...progress import SILENT, Progress
from ...settings import CORPUS_THRESHOLD as DEFAULT_THRESHOLD  # 0–100: a task "carried down" or "copied"


@dataclass(frozen=True)
class Options:
    threshold: float = DEFAULT_THRESHOLD
    engine: str = "local"  # or "dask"
    scheduler: str | None = None
    workers: int | None = None
    progress: Progress = SILENT

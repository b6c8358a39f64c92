"""options: the knobs of a corpus comparison (no heavy imports: the CLI reads them at start-up)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .progress import SILENT, Progress

DEFAULT_THRESHOLD = 50.0  # 0–100, as Pair.score: a task "carried down" or "copied" scores at least this


@dataclass(frozen=True)
class Blocking:
    """How candidates are found (see blocking.py); `exhaustive` scores every pair, for reference."""

    dims: int = 256  # random directions of the cosine estimate (spread ~1/√dims)
    margin: float = 0.25  # candidates: estimate ≥ threshold − margin (~4 spreads at 256)
    exhaustive: bool = False
    keep: float = 0.8  # pairs scoring under keep × threshold are left out of the alignment too


@dataclass(frozen=True)
class Options:
    threshold: float = DEFAULT_THRESHOLD
    engine: str = "local"  # or "dask"
    scheduler: str | None = None
    workers: int | None = None
    blocking: Blocking = field(default_factory=Blocking)
    progress: Progress = SILENT

"""run: the knobs every corpus comparison shares, and the one call that aligns documents through them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..models import Document
from . import engine
from .blocking import Blocking
from .progress import SILENT, Progress
from .vectors import TaskIndex, build_index

DEFAULT_THRESHOLD = 50.0  # 0–100, as Pair.score: a task "carried down" or "copied" scores at least this


@dataclass(frozen=True)
class Options:
    threshold: float = DEFAULT_THRESHOLD
    engine: str = "local"  # or "dask"
    scheduler: str | None = None
    workers: int | None = None
    blocking: Blocking = field(default_factory=Blocking)
    progress: Progress = SILENT


def index_of(docs: list[Document], opts: Options) -> TaskIndex:
    opts.progress.start("reading terms", 1)
    try:
        return build_index(docs, workers=opts.workers)
    finally:
        opts.progress.stop()


def align(index: TaskIndex, allowed: np.ndarray, queries: list[int], opts: Options) -> engine.Links:
    """Links between the tasks of the `queries` documents and those of the documents `allowed` permits."""
    plan = engine.Plan(index, allowed, opts.threshold / 100, opts.blocking)
    return engine.run(plan, queries, engine=opts.engine, scheduler=opts.scheduler, workers=opts.workers,
                      progress=opts.progress)


def percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0

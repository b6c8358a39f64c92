"""run: the one call that aligns documents through the engine, with the knobs of options.Options."""

from __future__ import annotations

import numpy as np

from ..models import Document
from . import engine
from .options import Options
from .vectors import TaskIndex, build_index


def index_of(docs: list[Document], opts: Options) -> TaskIndex:
    return build_index(docs, workers=opts.workers, progress=opts.progress)


def align(index: TaskIndex, allowed: np.ndarray, queries: list[int], opts: Options) -> engine.Links:
    """Links between the tasks of the `queries` documents and those of the documents `allowed` permits."""
    plan = engine.Plan(index, allowed, opts.threshold / 100)
    return engine.run(plan, queries, engine=opts.engine, scheduler=opts.scheduler, workers=opts.workers,
                      progress=opts.progress)


def percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


__all__ = ["Options", "align", "index_of", "percent"]

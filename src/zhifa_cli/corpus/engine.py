"""engine: where the blocked alignment runs — this machine's cores, or a Dask cluster.

The work is cut into chunks of query documents; a chunk finds its candidates, rescores them and aligns
them (links_for). Locally the chunks go to a pool of forked processes that inherit the task index;
on Dask the index is scattered to every worker once. Chunks are gathered in order and the links sorted,
so both engines return identical arrays.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import UsageError
from .blocking import candidates, projection, rescore, row_blocks
from .options import Blocking
from .pairing import align_pairs
from .progress import SILENT, Progress
from .vectors import TaskIndex
from .workers import fork_pool


@dataclass(frozen=True)
class Links:
    a: np.ndarray  # row of the query task
    b: np.ndarray  # row of the task it is aligned with
    score: np.ndarray  # 0..1
    candidates: int  # pairs scored after blocking


@dataclass(frozen=True)
class Plan:
    """What to align: each query document against the documents `allowed[query, other]` permits."""

    index: TaskIndex
    allowed: np.ndarray
    threshold: float  # 0..1
    blocking: Blocking


Work = tuple[list[int], tuple[int, int]]  # query documents, range of documents to compare them with


def links_for(plan: Plan, projected, work: Work) -> tuple:
    docs, (lo, hi) = work
    allowed = np.zeros_like(plan.allowed)
    allowed[:, lo:hi] = plan.allowed[:, lo:hi]
    ii, jj = candidates(plan.index, row_blocks(plan.index, docs), allowed, plan.threshold, plan.blocking, projected)
    ss = rescore(plan.index, ii, jj)
    floor = plan.blocking.keep * plan.threshold if not plan.blocking.exhaustive else 0.0
    a, b, s = align_pairs(plan.index, ii, jj, ss, plan.threshold, floor=floor)
    return a, b, s, len(ii)


_STATE: dict = {}


def _local_chunk(work: Work) -> tuple:
    return links_for(_STATE["plan"], _STATE["projected"], work)


def _split(sizes: np.ndarray, parts: int) -> list[np.ndarray]:
    """Positions 0..len(sizes) in contiguous runs of about equal total size."""
    cuts = np.searchsorted(np.cumsum(sizes), np.linspace(0, sizes.sum(), parts + 1)[1:-1], side="right")
    return [c for c in np.split(np.arange(len(sizes)), cuts) if len(c)]


def chunks(plan: Plan, queries: Sequence[int], parts: int) -> list[Work]:
    """Many query documents: split them, each chunk against everything. Few: split what they meet."""
    starts = plan.index.starts
    n = len(plan.index.docs)
    if len(queries) >= parts:
        sizes = np.array([starts[d + 1] - starts[d] for d in queries], dtype=float)
        return [([int(queries[k]) for k in run], (0, n)) for run in _split(sizes, parts)]
    runs = _split(np.diff(starts).astype(float), parts)
    return [([int(q) for q in queries], (int(run[0]), int(run[-1]) + 1)) for run in runs]


def _projected(plan: Plan):
    if plan.blocking.exhaustive:
        return None
    dims = plan.blocking.dims
    return plan.index.cached(("projected", dims), lambda: projection(plan.index, dims))


def _merge(results: list[tuple]) -> Links:
    parts = [r for r in results if len(r[0])]
    if not parts:
        empty = np.zeros(0, np.int64)
        return Links(empty, empty, np.zeros(0), sum(r[3] for r in results))
    a, b, s = (np.concatenate([p[k] for p in parts]) for k in range(3))
    order = np.lexsort((b, a))
    return Links(a[order], b[order], s[order], sum(r[3] for r in results))


def run_local(plan: Plan, queries: Sequence[int], *, workers: int | None = None,
              progress: Progress = SILENT) -> Links:
    workers = workers or os.cpu_count() or 1
    projected = _projected(plan)
    work = chunks(plan, queries, workers * 8 if workers > 1 else 1)
    progress.start("aligning", len(work))
    try:
        if workers < 2 or len(work) < 2:
            results = []
            for item in work:
                results.append(links_for(plan, projected, item))
                progress.advance()
            return _merge(results)
        _STATE.update(plan=plan, projected=projected)
        with fork_pool(workers) as pool:
            results = []
            for result in pool.imap(_local_chunk, work):
                results.append(result)
                progress.advance()
        return _merge(results)
    finally:
        _STATE.clear()
        progress.stop()


def run_dask(plan: Plan, queries: Sequence[int], *, scheduler: str, progress: Progress = SILENT) -> Links:
    with _client(scheduler) as client:
        projected = _projected(plan)
        workers = max(1, len(client.scheduler_info()["workers"]))
        work = chunks(plan, queries, workers * 8)
        shared_plan, shared_projected = client.scatter([plan, projected], broadcast=True)
        futures = client.map(links_for, [shared_plan] * len(work), [shared_projected] * len(work), work, pure=False)
        progress.start("aligning (dask)", len(futures))
        try:
            results = []
            for future in futures:  # in order, so the result does not depend on who finished first
                results.append(future.result())
                progress.advance()
        finally:
            progress.stop()
    return _merge(results)


def _client(scheduler: str):
    """A dask.distributed Client of the scheduler at `scheduler`, or a UsageError saying why not."""
    try:
        from distributed import Client
        from distributed.comm import resolve_address
    except ImportError:
        raise UsageError("--engine dask needs dask.distributed: pip install 'zhifa[dask]'") from None
    try:
        resolve_address(scheduler)  # before Client: a Client made on a malformed address hangs at exit
        return Client(scheduler, set_as_default=False)
    except (OSError, ValueError) as exc:
        raise UsageError(f"--scheduler {scheduler}: no Dask scheduler to be reached there ({exc})") from None


def run(plan: Plan, queries: Sequence[int], *, engine: str = "local", scheduler: str | None = None,
        workers: int | None = None, progress: Progress = SILENT) -> Links:
    if engine == "dask":
        if not scheduler:
            raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        return run_dask(plan, queries, scheduler=scheduler, progress=progress)
    return run_local(plan, queries, workers=workers, progress=progress)

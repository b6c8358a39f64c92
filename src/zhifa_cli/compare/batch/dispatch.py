"""dispatch: where the alignment of many documents runs — this machine's cores, or a Dask cluster.

The work is cut into chunks of query documents; a chunk scores its task pairs (scores.floor_pairs) and
aligns them (pairing.align_pairs). Locally the chunks go to a pool of forked processes that inherit the
task index and die with this process (workers.fork_pool); on Dask the index is scattered to every worker
once. A chunk's links depend only on its own pairs, chunks are gathered in order and the links sorted,
so every engine and every number of workers returns identical arrays.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ...errors import UsageError
from ...progress import SILENT, Progress
from ...workers import fork_pool
from . import assignments
from .pairing import align_pairs, sort_rows
from .scores import floor_pairs, split_terms, warm_kernel
from .task_index import TaskIndex


@dataclass(frozen=True)
class Links:
    a: np.ndarray  # row of the query task
    b: np.ndarray  # row of the task it is aligned with
    score: np.ndarray  # 0..1
    candidates: int  # task pairs scored


@dataclass(frozen=True)
class Plan:
    """What to align: each query document against the documents `allowed[query, other]` permits."""

    index: TaskIndex
    allowed: np.ndarray
    min_cosine: float  # the threshold on the 0..1 scale of the scores
    dense: bool = True  # the common terms multiplied densely (scores.floor_pairs): for many query rows


Work = tuple[list[int], tuple[int, int]]  # query documents, range of documents to compare them with


def links_for(plan: Plan, work: Work) -> tuple:
    docs, (lo, hi) = work
    allowed = np.zeros_like(plan.allowed)
    allowed[:, lo:hi] = plan.allowed[:, lo:hi]
    ii, jj, ss = floor_pairs(plan.index, row_blocks(plan.index, docs), allowed, dense=plan.dense)
    a, b, s = align_pairs(plan.index, ii, jj, ss, plan.min_cosine)
    sizes = np.diff(plan.index.starts)
    scored = int(sizes[docs] @ (allowed[docs] @ sizes)) if docs else 0
    return a, b, s, scored


def row_blocks(index: TaskIndex, docs: list[int]) -> np.ndarray:
    """The rows of the documents `docs`, in order."""
    if not docs:
        return np.zeros(0, np.int64)
    return np.concatenate([np.arange(index.starts[d], index.starts[d + 1]) for d in docs]).astype(np.int64)


_STATE: dict = {}


def _local_chunk(work: Work) -> tuple:
    return links_for(_STATE["plan"], work)


def _split(sizes: np.ndarray, parts: int) -> list[np.ndarray]:
    """Positions 0..len(sizes) in contiguous runs of about equal total size."""
    cuts = np.searchsorted(np.cumsum(sizes), np.linspace(0, sizes.sum(), parts + 1)[1:-1], side="right")
    return [c for c in np.split(np.arange(len(sizes)), cuts) if len(c)]


def chunks(plan: Plan, queries: Sequence[int], parts: int) -> list[Work]:
    """Many query documents: split them into runs of about equal work (task pairs to score), each run
    against everything. Few: split what they meet."""
    sizes = np.diff(plan.index.starts).astype(float)
    n = len(plan.index.docs)
    if len(queries) >= parts:
        query = np.asarray(queries, dtype=np.int64)
        work = sizes[query] * (plan.allowed[query] @ sizes) + sizes[query]
        return [([int(query[k]) for k in run], (0, n)) for run in _split(work, parts)]
    runs = _split(sizes, parts)
    return [([int(q) for q in queries], (int(run[0]), int(run[-1]) + 1)) for run in runs]


def _merge(results: list[tuple]) -> Links:
    parts = [r for r in results if len(r[0])]
    if not parts:
        empty = np.zeros(0, np.int64)
        return Links(empty, empty, np.zeros(0), sum(r[3] for r in results))
    a, b, s = (np.concatenate([p[k] for p in parts]) for k in range(3))
    if not _sorted(a, b):  # chunks of documents in order (a whole matrix) come sorted already
        order = np.lexsort((b, a))
        a, b, s = a[order], b[order], s[order]
    return Links(a, b, s, sum(r[3] for r in results))


def _sorted(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether the pairs (a[k], b[k]) are in strictly increasing order (then lexsort would keep them as
    they are: one pass instead of a sort of every link)."""
    step = np.diff(a)
    return bool(np.all(step >= 0) and np.all(np.diff(b)[step == 0] > 0))


def run_local(plan: Plan, queries: Sequence[int], *, workers: int | None = None,
              progress: Progress = SILENT) -> Links:
    workers = workers or os.cpu_count() or 1
    work = chunks(plan, queries, workers * 8 if workers > 1 else 1)
    progress.start("aligning", len(work))
    try:
        if workers < 2 or len(work) < 2:
            results = []
            for item in work:
                results.append(links_for(plan, item))
                progress.advance()
            return _merge(results)
        _STATE.update(plan=plan)
        _ = plan.index.doc_of  # made once here, inherited by every worker
        if plan.dense:  # many rows: made once here, inherited by every worker
            split_terms(plan.index)
            sort_rows(plan.index)
            warm_kernel(plan.index)
            assignments.warm()
        gc.freeze()  # the corpus's objects: no worker's collector walks them (nor copies their pages)
        with fork_pool(workers) as pool:
            results = []
            for result in pool.imap(_local_chunk, work):
                results.append(result)
                progress.advance()
        return _merge(results)
    finally:
        gc.unfreeze()
        _STATE.clear()
        progress.stop()


def run_dask(plan: Plan, queries: Sequence[int], *, scheduler: str, progress: Progress = SILENT) -> Links:
    with _client(scheduler) as client:
        workers = max(1, len(client.scheduler_info()["workers"]))
        work = chunks(plan, queries, workers * 8)
        shared_plan = client.scatter(plan, broadcast=True)
        futures = client.map(links_for, [shared_plan] * len(work), work, pure=False)
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

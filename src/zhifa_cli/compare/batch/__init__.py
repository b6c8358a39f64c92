"""compare.batch: the compare engine on many documents at once — what matrix, coverage and trace call.

    index = index_of(docs, opts)                       # every task's vector, idf over `docs` (cached terms)
    index = cached_index(stamp, [parent])              # … or a corpus's, its records not even loaded
    links = link_tasks(index, allowed, queries, opts)  # the aligned task pairs, allowed[query doc, other doc]

The scores and the alignment are exactly compare()'s on the WORDS model (one idf over the corpus, every
task one document; tests check them against compare() and bench/reference.py), computed as sparse-matrix
products over all tasks (task_index, vectors, scores; each document's terms kept by feature_cache, a whole
corpus's vectors by index_cache), aligned piece by piece (pairing) on this machine's cores or a Dask
cluster (dispatch). Thresholds here are 0–100 (Options.threshold), as everywhere a caller
sees; inside the engine the same bound on the 0..1 cosine is `min_cosine`.

Only options are imported with the package (the CLI reads them at start-up); numpy and scipy come with
the first call, so importing this front costs nothing to a command that never aligns a corpus.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .options import DEFAULT_THRESHOLD, Options

if TYPE_CHECKING:
    import numpy as np

    from ...models import Document
    from .dispatch import Links
    from .task_index import TaskIndex

_LAZY = {"TaskIndex": "task_index", "build_index": "task_index", "Links": "dispatch", "Plan": "dispatch",
         "run_local": "dispatch", "run_dask": "dispatch", "cosines": "vectors"}


def __getattr__(name: str) -> Any:
    """The engine's types and entry points, imported on first use (they bring numpy and scipy)."""
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def index_of(docs: list[Document], opts: Options) -> TaskIndex:
    from .task_index import build_index

    return build_index(docs, workers=opts.workers, progress=opts.progress)


def cached_index(stamp: str, first: list[Document]) -> TaskIndex | None:
    """index_of(first + the other documents of the corpus `stamp` names, in order), without loading
    that corpus: when a run over the same files kept its listing (remember_corpus) and its index is
    kept too; else None."""
    from . import index_cache, task_index

    listing = index_cache.recall(stamp)
    if listing is None:
        return None
    ids = {doc.id for doc in first}
    return task_index.cached_index([*map(index_cache.listed, first), *(d for d in listing if d.id not in ids)])


def remember_corpus(stamp: str, docs: list[Document]) -> None:
    """Keep what cached_index needs of the corpus `docs`, loaded from the files `stamp` names
    (documents.corpus_stamp)."""
    from . import index_cache

    index_cache.remember(stamp, docs)


def link_tasks(index: TaskIndex, allowed: np.ndarray, queries: list[int], opts: Options) -> Links:
    """Links between the tasks of the `queries` documents and those of the documents `allowed` permits."""
    from . import dispatch
    from .scores import DENSE_FROM

    queried = sum(int(index.starts[q + 1] - index.starts[q]) for q in queries)
    plan = dispatch.Plan(index, allowed, opts.threshold / 100, dense=queried >= DENSE_FROM)
    return dispatch.run(plan, queries, engine=opts.engine, scheduler=opts.scheduler, workers=opts.workers,
                        progress=opts.progress)


def percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


__all__ = ["DEFAULT_THRESHOLD", "Links", "Options", "Plan", "TaskIndex", "build_index", "cached_index", "cosines",
           "index_of", "link_tasks", "percent", "remember_corpus", "run_dask", "run_local"]

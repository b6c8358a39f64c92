"""task_index: the compare engine's task vectors for a whole corpus, as one sparse matrix.

Row r is task r of the corpus (documents in order, tasks in order): the engine's term vector, divided by
its length, as vectors.task_vectors weighs it. This module only gathers the term counts: each
document's terms (compare.features.terms) from the feature cache or cut now, in worker processes when
there are many, and the documents' vocabularies merged into one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
from scipy import sparse

from ...models import Document
from ...progress import SILENT, Progress
from ...settings import VECTORS_PARALLEL_FROM  # tasks: below this, workers cost more than they save
from ...workers import executor
from .. import features, segment
from . import feature_cache, index_cache
from .vectors import task_vectors


@dataclass(frozen=True)
class TaskIndex:
    docs: tuple[str, ...]  # document ids, in order
    starts: np.ndarray  # starts[d]..starts[d+1]: rows of document d
    task_ids: tuple[str, ...]  # per row
    matrix: sparse.csr_matrix  # rows L2-normalised
    norms: np.ndarray  # length of each row before normalising (the engine's unnormalised vectors)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def cached(self, key, make: Callable):
        """Something derived from the index (its random projection …), made once."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    @property
    def doc_of(self) -> np.ndarray:
        return self.cached("doc_of", lambda: np.repeat(np.arange(len(self.docs)), np.diff(self.starts)))

    def vector(self, row: int) -> dict[int, float]:
        """The engine's (unnormalised) vector of a row, terms as column numbers."""
        lo, hi = self.matrix.indptr[row], self.matrix.indptr[row + 1]
        scale = self.norms[row]
        return dict(zip(self.matrix.indices[lo:hi].tolist(), (self.matrix.data[lo:hi] * scale).tolist(), strict=True))


def _text_terms(texts: list[str]) -> feature_cache.Terms:
    """A document's own vocabulary and, per task text, its terms (numbers into it) and counts."""
    local: dict[str, int] = {}
    ids, counts, cuts = [], [], [0]
    for tokens in segment.cut(texts):
        found = features.terms(tokens)
        ids.extend(local.setdefault(t, len(local)) for t in found)
        counts.extend(found.values())
        cuts.append(len(ids))
    return feature_cache.Terms(list(local), np.array(ids, np.int32), np.array(counts, np.float32),
                               np.array(cuts, np.int64))


def _cut_all(docs: list[Document], workers: int | None, progress: Progress) -> list:
    """Every document's terms: from the cache, else cut now (in worker processes when many)."""
    found = [feature_cache.read(doc) for doc in docs]
    todo = [k for k, terms in enumerate(found) if terms is None]
    texts = [[features.task_text(task) for task in docs[k].tasks] for k in todo]
    workers = workers or os.cpu_count() or 1
    progress.start("reading terms", len(docs))
    progress.advance(len(docs) - len(todo))
    try:
        if workers < 2 or sum(map(len, texts)) < VECTORS_PARALLEL_FROM:
            made = (_text_terms(t) for t in texts)
            for k, terms in zip(todo, made, strict=True):
                _keep(docs, found, k, terms, progress)
        else:
            with executor(workers) as pool:
                for k, terms in zip(todo, pool.map(_text_terms, texts, chunksize=16), strict=True):
                    _keep(docs, found, k, terms, progress)
    finally:
        progress.stop()
    if todo:
        feature_cache.trim()  # what was just written is kept: the least recently used entries go
    return found


def _keep(docs: list[Document], found: list, k: int, terms: feature_cache.Terms, progress: Progress) -> None:
    found[k] = terms
    feature_cache.write(docs[k], terms)
    progress.advance()


def _cat(parts: list[np.ndarray], kind) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, kind)


def _counts_matrix(per_doc: list[feature_cache.Terms]) -> tuple[sparse.csr_matrix, list[str]]:
    """All tasks' term counts in one matrix over the merged vocabulary: terms numbered in the order first
    met (documents in order, each document's vocabulary in its order), the merge done by dict and map in C
    rather than a Python loop over the (millions of) terms."""
    every = list(chain.from_iterable(terms.vocab for terms in per_doc))
    vocab = list(dict.fromkeys(every))
    number = dict(zip(vocab, range(len(vocab)), strict=True))
    merged = np.fromiter(map(number.__getitem__, every), np.int32, len(every))
    firsts = np.cumsum([0] + [len(terms.vocab) for terms in per_doc])
    indices = _cat([merged[terms.ids + first] for terms, first in zip(per_doc, firsts, strict=False)], np.int32)
    data = _cat([terms.counts.astype(np.float64) for terms in per_doc], np.float64)
    lengths = np.concatenate([np.zeros(1, np.int64)] + [np.diff(terms.cuts) for terms in per_doc])
    counts = sparse.csr_matrix((data, indices, np.cumsum(lengths)), shape=(len(lengths) - 1, len(vocab)))
    counts.sort_indices()
    return counts, vocab


def build_index(docs: list[Document], *, workers: int | None = None, progress: Progress = SILENT) -> TaskIndex:
    """The engine's vectors of every task of `docs` (vectors.task_vectors), idf counted over them; loaded
    whole from the index cache when these very documents were indexed before."""
    name = index_cache.key(docs)
    found = index_cache.read(name, sum(len(d.tasks) for d in docs))
    if found is None:
        counts, vocab = _counts_matrix(_cut_all(docs, workers, progress))
        found = task_vectors(counts, vocab)
        index_cache.write(name, *found)
    return _index(docs, [tuple(t.id for t in d.tasks) for d in docs], found)


def cached_index(listing: list[index_cache.Listed]) -> TaskIndex | None:
    """The index build_index makes of the documents `listing` lists (index_cache.listed), when the index
    cache holds it; None otherwise (the caller loads the documents and builds it)."""
    tasks = [d.tasks for d in listing]
    found = index_cache.read(index_cache.key(listing), sum(map(len, tasks)))
    return None if found is None else _index(listing, tasks, found)


def _index(docs, tasks: list[tuple[str, ...]], found: tuple[sparse.csr_matrix, np.ndarray]) -> TaskIndex:
    matrix, norms = found
    starts = np.cumsum([0] + [len(ids) for ids in tasks])
    return TaskIndex(tuple(d.id for d in docs), starts, tuple(chain.from_iterable(tasks)), matrix, norms)


__all__ = ["TaskIndex", "build_index", "cached_index"]

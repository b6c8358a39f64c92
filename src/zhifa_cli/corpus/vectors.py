"""vectors: the compare engine's task features for a whole corpus, as one sparse matrix.

Row r is task r of the corpus (documents in order, tasks in order): the engine's term vector
(compare.features: jieba words + character 2/3-grams, sublinear tf × idf over the corpus, stock phrases
weighed down), divided by its length so that a row product is the engine's cosine. Documents are cut in
worker processes; the vocabulary is merged per document, the weights are applied in numpy.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from ..compare import features as engine
from ..compare import segment
from ..models import Document
from . import feature_cache
from .progress import SILENT, Progress

PARALLEL_FROM = 200  # tasks: below this, worker processes cost more than they save


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

    def rows(self, d: int) -> range:
        return range(int(self.starts[d]), int(self.starts[d + 1]))

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
        found = engine.terms(tokens)
        ids.extend(local.setdefault(t, len(local)) for t in found)
        counts.extend(found.values())
        cuts.append(len(ids))
    return feature_cache.Terms(list(local), np.array(ids, np.int32), np.array(counts, np.float32),
                               np.array(cuts, np.int64))


def _doc_terms(doc: Document) -> feature_cache.Terms:
    return _text_terms([engine.task_text(task) for task in doc.tasks])


def _cut_all(docs: list[Document], workers: int | None, progress: Progress) -> list:
    """Every document's terms: from the cache, else cut now (in worker processes when many)."""
    found = [feature_cache.read(doc) for doc in docs]
    todo = [k for k, terms in enumerate(found) if terms is None]
    texts = [[engine.task_text(task) for task in docs[k].tasks] for k in todo]
    workers = workers or os.cpu_count() or 1
    progress.start("reading terms", len(docs))
    progress.advance(len(docs) - len(todo))
    try:
        if workers < 2 or sum(map(len, texts)) < PARALLEL_FROM:
            made = (_text_terms(t) for t in texts)
            for k, terms in zip(todo, made, strict=True):
                _keep(docs, found, k, terms, progress)
        else:
            with ProcessPoolExecutor(workers) as pool:
                for k, terms in zip(todo, pool.map(_text_terms, texts, chunksize=16), strict=True):
                    _keep(docs, found, k, terms, progress)
    finally:
        progress.stop()
    return found


def _keep(docs: list[Document], found: list, k: int, terms: feature_cache.Terms, progress: Progress) -> None:
    found[k] = terms
    feature_cache.write(docs[k], terms)
    progress.advance()


def _cat(parts: list[np.ndarray], kind) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, kind)


def _counts_matrix(per_doc: list[feature_cache.Terms]) -> tuple[sparse.csr_matrix, list[str]]:
    """All tasks' term counts in one matrix over the merged vocabulary."""
    vocab: dict[str, int] = {}
    indices, data, indptr, offset = [], [], [np.zeros(1, np.int64)], 0
    for terms in per_doc:
        mapping = np.fromiter((vocab.setdefault(t, len(vocab)) for t in terms.vocab), np.int32, len(terms.vocab))
        indices.append(mapping[terms.ids])
        data.append(terms.counts.astype(np.float64))
        indptr.append(terms.cuts[1:] + offset)
        offset += int(terms.cuts[-1])
    ptr = np.concatenate(indptr)
    counts = sparse.csr_matrix((_cat(data, np.float64), _cat(indices, np.int32), ptr),
                               shape=(len(ptr) - 1, len(vocab)))
    counts.sort_indices()
    return counts, list(vocab)


def idf_vector(counts: sparse.csr_matrix) -> np.ndarray:
    """compare.features.corpus_idf in numpy: ln((N + 1) / (df + 1)) + 1, every task one document."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((counts.shape[0] + 1) / (df + 1)) + 1


def _stock_vector(vocab: list[str]) -> np.ndarray:
    factor, stock = engine.stock_terms()
    return np.array([factor if term in stock else 1.0 for term in vocab])


def build_index(docs: list[Document], *, workers: int | None = None, progress: Progress = SILENT) -> TaskIndex:
    """The engine's weighted vectors (compare.features.weigh: (1 + ln tf) × idf × stock factor)."""
    counts, vocab = _counts_matrix(_cut_all(docs, workers, progress))
    weights = counts.copy()
    weights.data = (1.0 + np.log(counts.data)) * idf_vector(counts)[counts.indices] * _stock_vector(vocab)[counts.indices]
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    normal = sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ weights
    starts = np.cumsum([0] + [len(d.tasks) for d in docs])
    return TaskIndex(tuple(d.id for d in docs), starts, tuple(t.id for d in docs for t in d.tasks),
                     sparse.csr_matrix(normal), norms)


def idf_check(docs: list[Document]) -> float:
    """Largest difference between idf_vector and the engine's corpus_idf (a test keeps it 0)."""
    counts, vocab = _counts_matrix([_doc_terms(d) for d in docs])
    ours = dict(zip(vocab, idf_vector(counts), strict=True))
    theirs = engine.corpus_idf(docs)
    return max(abs(ours[t] - theirs[t]) for t in theirs) if set(ours) == set(theirs) else math.inf


__all__ = ["TaskIndex", "build_index", "idf_check", "idf_vector"]

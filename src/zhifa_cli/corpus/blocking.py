"""blocking: candidate task pairs, so that not every task is scored exactly against every task.

The engine's tf-idf vectors (unit length) are projected onto `dims` fixed random directions (cosine LSH,
after Charikar): the product of two projections estimates their cosine with a spread of about 1/√dims.
A pair is a candidate when its estimate reaches the threshold less a margin (options.Blocking); only
candidates are scored exactly (rescore), by the engine's own cosine. `bench/bench_corpus.py` and the
tests measure the recall this keeps against scoring every pair (target ≥ 0.99).
"""

from __future__ import annotations

import numpy as np

from ..compare.vectors import cosines
from .options import Blocking
from .vectors import TaskIndex

SEED = 20240223  # fixed: every engine, every run, the same directions
CHUNK = 1000  # query rows per product (bounds memory: 1000 × all rows, float32)


def projection(index: TaskIndex, dims: int) -> np.ndarray:
    """Rows × dims float32: each task's vector on `dims` fixed random directions."""
    rng = np.random.default_rng(SEED)
    directions = rng.standard_normal((index.matrix.shape[1], dims)).astype(np.float32) / np.sqrt(dims)
    return np.asarray(index.matrix.astype(np.float32) @ directions)


def candidates(index: TaskIndex, rows: np.ndarray, allowed: np.ndarray, threshold: float, how: Blocking,
               projected: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (query row, corpus row) for the query `rows`, among document pairs `allowed`;
    sorted by query row, then corpus row."""
    doc_of = index.doc_of
    found_i, found_j = [], []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        ok = allowed[doc_of[chunk]][:, doc_of]
        if not how.exhaustive:
            ok &= (projected[chunk] @ projected.T) >= threshold - how.margin
        qi, jj = np.nonzero(ok)
        found_i.append(chunk[qi])
        found_j.append(jj)
    ii = np.concatenate(found_i) if found_i else np.zeros(0, np.int64)
    jj = np.concatenate(found_j) if found_j else np.zeros(0, np.int64)
    return ii.astype(np.int64), jj.astype(np.int64)


def rescore(index: TaskIndex, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """The engine's exact cosine of each candidate pair (compare.vectors.cosines).

    Per query document: its few task vectors made dense, the candidates' rows gathered, one product.
    """
    out = np.empty(len(ii))
    doc_of = index.doc_of
    bounds = np.flatnonzero(np.diff(doc_of[ii])) + 1
    for part in np.split(np.arange(len(ii)), bounds) if len(ii) else []:
        rows, at_row = np.unique(ii[part], return_inverse=True)
        cols, at_col = np.unique(jj[part], return_inverse=True)
        dense = index.matrix[rows].toarray().T  # terms × query tasks
        block = np.asarray(index.matrix[cols] @ dense)  # candidate tasks × query tasks
        out[part] = block[at_col.ravel(), at_row.ravel()]
    return cosines(out)


def row_blocks(index: TaskIndex, docs: list[int]) -> np.ndarray:
    if not docs:
        return np.zeros(0, np.int64)
    return np.concatenate([np.arange(index.starts[d], index.starts[d + 1]) for d in docs]).astype(np.int64)


__all__ = ["candidates", "projection", "rescore", "row_blocks"]

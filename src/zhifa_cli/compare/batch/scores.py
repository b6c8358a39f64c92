"""scores: the engine's exact score of every task pair that can take part in an alignment.

compare.align treats a pair scoring under FLOOR as no pair at all, and any pair at or above it can move
the assignment (a 0.1 pair can pull a task away from its 0.6 partner), so every such pair is found and
nothing is estimated: a block of query tasks is multiplied with the corpus rows it may meet (one sparse
product, corpus rows × query tasks) and the pairs whose rounded score reaches FLOOR are kept.

The score of a pair is the sum of its shared terms' products in term order, whatever block it is
computed in (scipy's sparse product accumulates each output in the order of its row's terms), so every
engine and every cut of the work into blocks gives the same float, rounded by vectors.cosines.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from ..align import FLOOR
from .task_index import TaskIndex
from .vectors import cosines

BLOCK = 256  # query tasks per product: bounds the product's memory (corpus rows × BLOCK scores)


def floor_pairs(index: TaskIndex, rows: np.ndarray, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(query row, corpus row, score) of every pair scoring at least FLOOR whose documents `allowed`
    permits (allowed[query doc, corpus doc]); sorted by query row, then corpus row."""
    doc_of = index.doc_of
    found = []
    for start in range(0, len(rows), BLOCK):
        block = rows[start:start + BLOCK]
        docs = np.flatnonzero(allowed[doc_of[block]].any(axis=0))
        if not len(docs):
            continue
        lo, hi = int(index.starts[docs[0]]), int(index.starts[docs[-1] + 1])
        found.append(_block(index, block, lo, hi, allowed))
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    ii, jj, ss = (np.concatenate(part) for part in zip(*found, strict=True))
    order = np.lexsort((jj, ii))
    return ii[order], jj[order], ss[order]


def _block(index: TaskIndex, block: np.ndarray, lo: int, hi: int, allowed: np.ndarray):
    """The pairs of the query rows `block` with corpus rows lo..hi that reach FLOOR and are allowed."""
    query = sparse.csr_matrix(index.matrix[block].T)  # terms × query rows
    product = sparse.csr_matrix(index.matrix[lo:hi] @ query)  # corpus rows × query rows
    near = np.flatnonzero(product.data >= FLOOR - 1e-6)  # rounding can lift a product to FLOOR
    jj = np.repeat(np.arange(lo, hi, dtype=np.int64), np.diff(product.indptr))[near]
    ii = block[product.indices[near]].astype(np.int64)
    ss = cosines(product.data[near])
    doc_of = index.doc_of
    keep = (ss >= FLOOR) & allowed[doc_of[ii], doc_of[jj]]
    return ii[keep], jj[keep], ss[keep]


__all__ = ["floor_pairs"]

"""The corpus engine's answer the slow, plain way: every task pair of every document pair scored, every
connected piece of pairs at or above FLOOR aligned by compare.align with compare.score's residual on
dicts — no shortcut of compare/batch/pairing.py. The tests and bench_corpus check the engine against it
(links identical, scores bit for bit); bench_corpus times `brute_force_seconds` as the brute-force column.
"""

from __future__ import annotations

import time

import numpy as np
from scipy import sparse

from zhifa_cli.compare import align as aligner
from zhifa_cli.compare.batch.task_index import TaskIndex
from zhifa_cli.compare.batch.vectors import cosines
from zhifa_cli.compare.score import residual_for


def reference_links(index: TaskIndex, allowed: np.ndarray, min_cosine: float) -> set[tuple[int, int, float]]:
    """(query row, corpus row, score) of every link, for the document pairs allowed[query, corpus]."""
    links: set[tuple[int, int, float]] = set()
    starts = index.starts
    for a, b in zip(*np.nonzero(allowed), strict=True):
        rows = np.arange(starts[a], starts[a + 1])
        cols = np.arange(starts[b], starts[b + 1])
        block = cosines(np.asarray((index.matrix[cols] @ index.matrix[rows].T).todense())).T  # rows × cols
        for piece in _pieces(block >= aligner.FLOOR):
            links.update(_align(index, rows, cols, block, piece, min_cosine))
    return links


def _pieces(edges: np.ndarray) -> list[tuple[list[int], list[int]]]:
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in zip(*np.nonzero(edges), strict=True):
        parent[find(("a", int(i)))] = find(("b", int(j)))
    found: dict = {}
    for node in list(parent):
        found.setdefault(find(node), []).append(node)
    return [(sorted(k for side, k in nodes if side == "a"), sorted(k for side, k in nodes if side == "b"))
            for nodes in found.values()]


def _align(index: TaskIndex, rows, cols, block, piece, min_cosine: float) -> list[tuple[int, int, float]]:
    ra, cb = piece
    scores = [[float(block[i, j]) if block[i, j] >= aligner.FLOOR else 0.0 for j in cb] for i in ra]
    residual = residual_for(lambda k: index.vector(int(rows[ra[k]])), lambda k: index.vector(int(cols[cb[k]])))
    groups = aligner.align(scores, residual, min_score=min_cosine)
    return [(int(rows[ra[i]]), int(cols[cb[j]]), s) for g in groups for i, j, s in g.links]


def brute_force_seconds(index: TaskIndex, block: int = 1000) -> float:
    """CPU seconds to score every task pair exactly on one core (X · Xᵀ in blocks of rows), nothing kept:
    what scoring the whole corpus costs without any blocking."""
    matrix = sparse.csr_matrix(index.matrix)
    transposed = sparse.csr_matrix(matrix.T)
    start = time.process_time()
    for lo in range(0, matrix.shape[0], block):
        product = matrix[lo:lo + block] @ transposed
        del product
    return time.process_time() - start

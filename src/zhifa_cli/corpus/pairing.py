"""pairing: candidate pairs with exact scores -> the compare engine's alignment, document pair by pair.

Within a document pair the candidates form a bipartite graph; each connected piece is aligned on its own
by compare.align (global assignment, merges and splits, the threshold cut) with compare.score's residual
— pairs that are not candidates score 0 there, which is what blocking means. A piece of one task on each
side needs no assignment: align makes it a link when the score reaches the threshold (FLOOR lies below
every threshold), so those are decided in numpy and only larger pieces call align.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..compare import align as engine
from ..compare.score import residual_for
from .vectors import TaskIndex


def _pieces(ii: np.ndarray, jj: np.ndarray) -> list[np.ndarray]:
    """Connected pieces of a small bipartite graph, as arrays of edge positions."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
        parent[find(("a", i))] = find(("b", j))
    ids: dict = {}
    roots = np.array([ids.setdefault(find(("a", i)), len(ids)) for i in ii.tolist()])
    return [np.flatnonzero(roots == r) for r in range(len(ids))]


def _align_piece(index: TaskIndex, ii, jj, ss, threshold: float) -> list[tuple[int, int, float]]:
    rows, cols = sorted(set(ii.tolist())), sorted(set(jj.tolist()))
    at_r, at_c = {r: k for k, r in enumerate(rows)}, {c: k for k, c in enumerate(cols)}
    scores = [[0.0] * len(cols) for _ in rows]
    for i, j, s in zip(ii.tolist(), jj.tolist(), ss.tolist(), strict=True):
        scores[at_r[i]][at_c[j]] = s
    residual = residual_for(cache(lambda k: index.vector(rows[k])), cache(lambda k: index.vector(cols[k])))
    groups = engine.align(scores, residual, threshold=threshold)
    return [(rows[a], cols[b], s) for g in groups for a, b, s in g.links]


def _singles(ii: np.ndarray, jj: np.ndarray, key: np.ndarray, rows: int) -> np.ndarray:
    """Edges that are alone on both ends within their document pair."""
    def alone(x: np.ndarray) -> np.ndarray:
        _, inverse, counts = np.unique(key * rows + x, return_inverse=True, return_counts=True)
        return counts[inverse.ravel()] == 1
    return alone(ii) & alone(jj)


def align_pairs(index: TaskIndex, ii: np.ndarray, jj: np.ndarray, ss: np.ndarray, threshold: float, *,
                floor: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Links (row of A, row of B, score) of every document pair present, at `threshold` (0..1);
    pairs under `floor` (or the engine's FLOOR) take no part."""
    keep = ss >= max(engine.FLOOR, floor)
    ii, jj, ss = ii[keep], jj[keep], ss[keep]
    doc_of = index.doc_of
    key = doc_of[ii] * len(index.docs) + doc_of[jj]
    if not len(ii):
        return ii, jj, ss
    single = _singles(ii, jj, key, index.matrix.shape[0])
    take = single & (ss >= threshold)
    links = [(ii[take], jj[take], ss[take])]
    rest = np.flatnonzero(~single)
    order = rest[np.argsort(key[rest], kind="stable")]
    bounds = np.flatnonzero(np.diff(key[order])) + 1
    for group in np.split(order, bounds) if len(order) else []:
        for piece in _pieces(ii[group], jj[group]):
            found = _align_piece(index, ii[group][piece], jj[group][piece], ss[group][piece], threshold)
            if found:
                a, b, s = zip(*found, strict=True)
                links.append((np.array(a), np.array(b), np.array(s)))
    a, b, s = (np.concatenate(parts) for parts in zip(*links, strict=True))
    order = np.lexsort((b, a))
    return a[order].astype(np.int64), b[order].astype(np.int64), s[order]

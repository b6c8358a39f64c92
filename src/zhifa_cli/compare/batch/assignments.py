"""assignments: compare.assign.assignment of many small weight matrices at once, the same pairs.

The corpus engine aligns hundreds of thousands of pieces, each with a global assignment (align.core_pairs);
the pure-Python Kuhn–Munkres took a quarter of matrix's CPU. Here the optimum is found on arrays —
every injection of rows into columns scored at once for small shapes, scipy's linear_sum_assignment for
larger ones — and kept only when it is the one optimum by more than MARGIN: then any exact method,
Kuhn–Munkres included, returns it. When another assignment comes within MARGIN (tied scores whose
positions tie too, e.g. four equal scores at mirrored places), which optimum a method returns is its own
tie-break, so those matrices go to assign.assignment itself. The answer is always the old one.

Unique by how much: for an optimal assignment σ, every other assignment differs from it by rows moving
along cycles (row i takes row k's column) or along paths that end in a free column; so the second best
loses the least total of such a cycle, found by shortest paths (Floyd–Warshall) over the rows and one node
for the free columns. MARGIN is far above the float error of these sums (~1e-15) and of Kuhn–Munkres's
potentials, and far below the score step (1e-6); ties broken by align's position term (1e-9 × a distance)
are kept when they are more than MARGIN apart.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from itertools import permutations

import numpy as np

from ..assign import assignment

MARGIN = 1e-12  # the best assignment must beat every other by more than this, or assign.assignment decides
ENUMERATE_UP_TO = 720  # injections of rows into columns: up to this many, all are scored (6 × 6, 5 × 6, 4 × 7 …)
SOLVER_FROM = 100  # matrices with more injections, from this many in one call: scipy's solver (~0.25 s to import)
CELLS = 2**21  # values held at once when scoring injections (blocks are taken in runs of this size)

Pairs = list[tuple[int, int]]


def assignments(blocks: Sequence[np.ndarray]) -> list[Pairs]:
    """assignment(block) for each 2-D float array of `blocks`: (row, column) pairs, sorted, one per row
    or column of the shorter side, with the largest total weight."""
    found: list[Pairs | None] = [None] * len(blocks)
    shapes: dict[tuple[int, int], list[int]] = {}
    for k, block in enumerate(blocks):
        rows, cols = block.shape
        if not rows or not cols:
            found[k] = []
        else:
            shapes.setdefault((min(rows, cols), max(rows, cols)), []).append(k)
    large = sum(len(ks) for (rows, cols), ks in shapes.items() if _injections(rows, cols) > ENUMERATE_UP_TO)
    solver = large >= SOLVER_FROM or "scipy.optimize" in sys.modules
    for (rows, cols), ks in shapes.items():
        if not solver and _injections(rows, cols) > ENUMERATE_UP_TO:
            for k in ks:  # a few large matrices: not worth importing scipy.optimize
                found[k] = assignment(blocks[k].tolist())
            continue
        weights = np.stack([blocks[k] if blocks[k].shape[0] == rows else blocks[k].T for k in ks])
        chosen, unique = _solve(weights)
        for k, columns, sure in zip(ks, chosen, unique.tolist(), strict=True):
            if not sure:
                found[k] = assignment(blocks[k].tolist())
            elif blocks[k].shape[0] == rows:
                found[k] = [(i, int(j)) for i, j in enumerate(columns)]
            else:
                found[k] = sorted((int(j), i) for i, j in enumerate(columns))
    return found  # type: ignore[return-value]


def assignment_arrays(flat: np.ndarray, first: np.ndarray, n_r: np.ndarray,
                      n_c: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """assignments() of many matrices laid end to end — matrix g is flat[first[g]:first[g + 1]], n_r[g] ×
    n_c[g] — as arrays (matrix, row, column), sorted by matrix then row: the same pairs, without a Python
    list per matrix (the corpus engine lays out over a hundred thousand at a time)."""
    short, long = np.minimum(n_r, n_c), np.maximum(n_r, n_c)
    kinds = [(int(r), int(c)) for r, c in set(zip(short.tolist(), long.tolist(), strict=True)) if r]
    large = sum(int(np.sum((short == r) & (long == c))) for r, c in kinds if _injections(r, c) > ENUMERATE_UP_TO)
    solver = large >= SOLVER_FROM or "scipy.optimize" in sys.modules
    found_g, found_a, found_b = [], [], []
    for rows, cols in sorted(kinds):
        for flipped in (False, True):
            ks = np.flatnonzero((short == rows) & (long == cols) & ((n_r > n_c) == flipped))
            if not len(ks):
                continue
            cells = first[ks][:, None] + np.arange(rows * cols)
            weights = flat[cells].reshape(len(ks), cols, rows).transpose(0, 2, 1) if flipped else \
                flat[cells].reshape(len(ks), rows, cols)
            if not solver and _injections(rows, cols) > ENUMERATE_UP_TO:
                chosen, sure = np.zeros((len(ks), rows), np.int64), np.zeros(len(ks), bool)
            else:
                chosen, sure = _solve(np.ascontiguousarray(weights))
            across = np.broadcast_to(np.arange(rows), chosen[sure].shape)
            found_g.append(np.repeat(ks[sure], rows))
            found_a.append((chosen[sure] if flipped else across).ravel())
            found_b.append((across if flipped else chosen[sure]).ravel())
            for k in ks[~sure].tolist():  # near ties: assign.assignment decides, as assignments() does
                block = flat[first[k]:first[k + 1]].reshape(n_r[k], n_c[k])
                pairs = assignment(block.tolist())
                found_g.append(np.full(len(pairs), k))
                found_a.append(np.array([a for a, _ in pairs], np.int64))
                found_b.append(np.array([b for _, b in pairs], np.int64))
    if not found_g:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    g, a, b = (np.concatenate(part).astype(np.int64) for part in (found_g, found_a, found_b))
    order = np.lexsort((a, g))
    return g[order], a[order], b[order]


def warm() -> None:
    """Import scipy's solver now (about a quarter second): forked workers then inherit it, instead of
    each importing it (a whole corpus always has enough large pieces to want it)."""
    import scipy.optimize  # noqa: F401


def _solve(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For blocks of one shape (blocks × rows × cols, rows <= cols): each block's best column per row, and
    whether that assignment beats every other by more than MARGIN."""
    _, rows, cols = weights.shape
    if _injections(rows, cols) <= ENUMERATE_UP_TO:
        return _enumerate(weights)
    from scipy.optimize import linear_sum_assignment  # here: scipy.optimize takes a quarter second to import

    chosen = np.stack([linear_sum_assignment(w, maximize=True)[1] for w in weights])
    return chosen, _least_loss(weights, chosen) > MARGIN


def _injections(rows: int, cols: int) -> int:
    count = 1
    for k in range(cols - rows + 1, cols + 1):
        count *= k
    return count


def _enumerate(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every injection of rows into columns scored, block by block; the best, and whether it is alone by MARGIN."""
    blocks, rows, cols = weights.shape
    options = np.array(list(permutations(range(cols), rows)), np.int64).reshape(-1, rows)
    step = max(1, CELLS // (len(options) * rows))
    chosen, unique = [], []
    for lo in range(0, blocks, step):
        totals = weights[lo:lo + step][:, np.arange(rows), options].sum(axis=2)  # blocks × options
        best = np.argmax(totals, axis=1)
        top = totals[np.arange(len(totals)), best]
        if len(options) > 1:
            second = np.partition(totals, len(options) - 2, axis=1)[:, len(options) - 2]
        else:
            second = np.full(len(totals), -np.inf)
        chosen.append(options[best])
        unique.append(top - second > MARGIN)
    return np.concatenate(chosen), np.concatenate(unique)


def _least_loss(weights: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """For each block and its assignment `chosen` (column per row): the least total weight lost by any
    other assignment — the shortest cycle in the graph where edge i → k is row i taking row k's column
    (its weight there less its own), edge i → F row i taking the best free column, F → k row k's
    column set free (0)."""
    blocks, rows, cols = weights.shape
    own = np.take_along_axis(weights, chosen[:, :, None], axis=2)[:, :, 0]  # each row's weight in its column
    graph = np.full((blocks, rows + 1, rows + 1), np.inf)
    taken = np.take_along_axis(weights, np.broadcast_to(chosen[:, None, :], (blocks, rows, rows)), axis=2)
    graph[:, :rows, :rows] = own[:, :, None] - taken  # [b, i, k]: row i moves to row k's column
    if cols > rows:
        free = np.ones((blocks, cols), bool)
        np.put_along_axis(free, chosen, False, axis=1)
        best_free = np.where(free[:, None, :], weights, -np.inf).max(axis=2)
        graph[:, :rows, rows] = own - best_free
        graph[:, rows, :rows] = 0.0
    graph[:, np.arange(rows + 1), np.arange(rows + 1)] = np.inf
    for k in range(rows + 1):
        np.minimum(graph, graph[:, :, k:k + 1] + graph[:, k:k + 1, :], out=graph)
    return graph[:, np.arange(rows + 1), np.arange(rows + 1)].min(axis=1)


__all__ = ["MARGIN", "assignment_arrays", "assignments"]

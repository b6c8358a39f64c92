"""assign: the assignment problem (Kuhn–Munkres with potentials), maximising total weight.

Small and dependency-free: task matrices here are at most a few hundred wide, where the O(n²·m) pure
Python loop takes milliseconds. The corpus engine, with hundreds of thousands of matrices, finds the same
pairs on arrays (compare/batch/assignments.py) and hands this function only the tied ones.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs, each row and column used at most once, with the largest total weight.

    Every row is assigned when there are no more rows than columns (and vice versa); callers drop the
    pairs whose weight they do not want.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return []
    if rows > cols:
        flipped = [[weights[i][j] for i in range(rows)] for j in range(cols)]
        return sorted((i, j) for j, i in assignment(flipped))
    owner = _solve([[-w for w in row] for row in weights], rows, cols)
    return sorted((owner[j] - 1, j - 1) for j in range(1, cols + 1) if owner[j])


def _solve(cost: list[list[float]], rows: int, cols: int) -> list[int]:
    """Minimum-cost assignment for rows <= cols (1-based arrays as in the textbook version);
    returns owner[j] = row assigned to column j, 0 for none. One loop per added row, so not split."""
    u, v = [0.0] * (rows + 1), [0.0] * (cols + 1)
    owner, way = [0] * (cols + 1), [0] * (cols + 1)
    for i in range(1, rows + 1):
        owner[0], j0 = i, 0
        least, used = [math.inf] * (cols + 1), [False] * (cols + 1)
        while owner[j0]:
            used[j0], i0, delta, j1 = True, owner[j0], math.inf, 0
            for j in range(1, cols + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return owner

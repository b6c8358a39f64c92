"""score: cosine similarity of weighted term vectors, task by task or for merged groups of tasks.

Scores are in 0..1 and rounded to 6 decimals, so that float noise never decides an alignment and a task
scored against itself is exactly 1. The rounding is written once (rounded) for one score or, with
xp=numpy, an array of them: compare.batch.vectors rounds the corpus engine's cosines with it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .align import Residual
from .features import DocumentFeatures, Vector

PRECISION = 6
SCALE = 10 ** PRECISION
Matrix = list[list[float]]


def rounded(score, xp: Any = math):
    """`score` to PRECISION decimals (halves up); a float, or an array with xp=numpy."""
    return xp.floor(score * SCALE + 0.5) / SCALE


def norm(vector: Vector) -> float:
    return math.sqrt(sum(weight * weight for weight in vector.values()))


def cosine(u: Vector, v: Vector) -> float:
    denominator = norm(u) * norm(v)
    if not denominator:
        return 0.0
    if len(u) > len(v):
        u, v = v, u
    return rounded(sum(weight * v.get(term, 0.0) for term, weight in u.items()) / denominator)


def merged(vectors: Iterable[Vector]) -> Vector:
    """The vector of several tasks read as one text."""
    total: Vector = {}
    for vector in vectors:
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    return total


def score_matrix(a: DocumentFeatures, b: DocumentFeatures) -> Matrix:
    """scores[i][j]: cosine of task i of `a` and task j of `b`, through an inverted index of `b`."""
    index: dict[str, list[tuple[int, float]]] = {}
    for j, task in enumerate(b.tasks):
        length = norm(task.vector) or 1.0
        for term, weight in task.vector.items():
            index.setdefault(term, []).append((j, weight / length))
    rows = []
    for task in a.tasks:
        length = norm(task.vector) or 1.0
        sums = [0.0] * len(b.tasks)
        for term, weight in task.vector.items():
            for j, other in index.get(term, ()):
                sums[j] += weight * other
        rows.append([rounded(total / length) for total in sums])
    return rows


def group_score(a: DocumentFeatures, rows: Iterable[int], b: DocumentFeatures, cols: Iterable[int]) -> float:
    """Cosine of the tasks `rows` of `a`, read as one text, against the tasks `cols` of `b`."""
    return cosine(merged(a.tasks[i].vector for i in rows), merged(b.tasks[j].vector for j in cols))


def residual_score(task: Vector, partner: Vector, members: Iterable[Vector], task_norm: float | None = None) -> float:
    """Cosine of `task` against what `partner` says beyond `members`: the partner's term weights less
    the members' (terms the members already account for drop out). `task_norm`: norm(task), if known."""
    covered = merged(members)
    rest = {term: weight - covered.get(term, 0.0) for term, weight in partner.items()}
    rest = {term: weight for term, weight in rest.items() if weight > 0}
    denominator = (norm(task) if task_norm is None else task_norm) * norm(rest)
    if not denominator:
        return 0.0
    small, large = (rest, task) if len(rest) < len(task) else (task, rest)
    return rounded(sum(weight * large.get(term, 0.0) for term, weight in small.items()) / denominator)


def residual_for(vector_a: Callable[[int], Vector], vector_b: Callable[[int], Vector]) -> Residual:
    """The align step's residual (align.Residual) through residual_score, on the vectors of task i of A
    (vector_a(i)) and of task j of B (vector_b(j))."""
    norms: dict[tuple[str, int], float] = {}

    def residual(side: str, task: int, partner: int, members: Sequence[int]) -> float:
        own, other = (vector_a, vector_b) if side == "a" else (vector_b, vector_a)
        if (side, task) not in norms:
            norms[side, task] = norm(own(task))
        return residual_score(own(task), other(partner), [own(m) for m in members], norms[side, task])
    return residual

"""carried: which parent tasks a document carries down, and how much of its text it shares verbatim.

`align_tasks(parent, child)` is the one place that pairs tasks; it asks compare.compare (the engine behind
`zhifa diff`, on its WORDS model): a parent task is carried when compare pairs it with some task here
(1:n and n:1 groups included), at compare's threshold on its 0–100 score scale. A task left out gets the
best candidate compare names for it (ties: the nearer place), as zhifa diff shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..compare import DEFAULT_THRESHOLD, compare
from ..models import Coverage, Document
from ..settings import SHINGLE  # characters: a run this long shared with the parent counts as reused

ALIGNER = "zhifa_cli.compare"
__all__ = ["DEFAULT_THRESHOLD", "Alignment", "align_tasks", "coverage", "reuse"]


@dataclass(frozen=True)
class Alignment:
    pairs: list[tuple[list[str], list[str], float]]  # (parent task ids, child task ids, score 0–100)
    best: dict[str, tuple[str | None, float]]  # parent task left out -> most similar child task, score 0–100
    threshold: float

    @property
    def covered(self) -> set[str]:
        return {task for ids, _child, _score in self.pairs for task in ids}


def align_tasks(parent: Document, child: Document, *, threshold: float = DEFAULT_THRESHOLD) -> Alignment:
    comparison = compare(parent, child, threshold=threshold)
    pairs = [(list(p.a), list(p.b), p.score) for p in comparison.pairs]
    nothing = (child.tasks[0].id, 0.0) if child.tasks else (None, 0.0)  # no task scores above 0
    best = {u.task: (u.best, u.score) if u.best is not None and u.score is not None else nothing
            for u in comparison.unpaired if u.side == "a"}
    return Alignment(pairs, best, threshold)


def reuse(parent: Document, child: Document, *, k: int = SHINGLE) -> tuple[int, int]:
    """(characters of the child's task texts inside a run of k+ characters found in the parent, all of them)."""
    texts = [t.text for t in parent.tasks] + [r.text for r in parent.table]
    shingles = {s[i: i + k] for s in (re.sub(r"\s+", "", t) for t in texts) for i in range(len(s) - k + 1)}
    reused = total = 0
    for text in (re.sub(r"\s+", "", t.text) for t in child.tasks):
        marked = [False] * len(text)
        for i in range(len(text) - k + 1):
            if text[i: i + k] in shingles:
                marked[i: i + k] = [True] * k
        reused += sum(marked)
        total += len(text)
    return reused, total


def coverage(parent: Document, child: Document, *, threshold: float = DEFAULT_THRESHOLD,
             alignment: Alignment | None = None) -> Coverage:
    alignment = alignment or align_tasks(parent, child, threshold=threshold)
    covered = alignment.covered
    reused, total = reuse(parent, child)
    n = len(parent.tasks)
    return Coverage(document=child.id, parent=parent.id, parent_tasks=n, covered=len(covered),
                    percent=round(100 * len(covered) / n, 1) if n else 100.0,
                    uncovered=[t.id for t in parent.tasks if t.id not in covered], threshold=threshold,
                    reused_chars=reused, total_chars=total,
                    reused_percent=round(100 * reused / total, 1) if total else 0.0, aligner=ALIGNER)

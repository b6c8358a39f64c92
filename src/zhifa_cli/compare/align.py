"""align: a score matrix -> groups of tasks that carry the same measure (1:1, 1:n or n:1).

1. Core pairs: one global assignment over the whole matrix (not each row's best match), maximising the
   total score; pairs scoring under FLOOR are not pairs.
2. Merges and splits: a task left out of the assignment joins the group of its best-scoring partner when
   (a) that partner is the only task on its side of the group, so groups stay 1:n or n:1, and (b) it
   matches what the group does not yet explain: the partner's terms less those of the tasks already
   paired with it (the residual) score at least JOIN against the task. A task that merely shares the
   words the partner shares with its pair (S20 数据互联互通 against 一体化平台) fails (b).
3. The threshold: links (task-to-task scores inside a group) under it are cut.

Steps 1 and 2 do not depend on the threshold, so raising it can only cut links, never add or move one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .assign import assignment

FLOOR = 0.1  # no link below this score, whatever the threshold
JOIN = 0.1  # least residual score for a left-out task to join a group
_TIE = 1e-9  # prefers the same relative position when scores tie (below score precision)

Link = tuple[int, int, float]
Residual = Callable[[str, int, int, Sequence[int]], float]
"""residual(side, task, partner, members): score of `task` (of A when side is "a") against what
`partner` says beyond the `members` (tasks of task's side already paired with partner)."""


@dataclass(frozen=True)
class Group:
    a: tuple[int, ...]
    b: tuple[int, ...]
    links: tuple[Link, ...]


def align(scores: Sequence[Sequence[float]], residual: Residual, *, threshold: float) -> list[Group]:
    """Groups ordered by their first task of A, then of B; `threshold` is on the 0..1 scale of `scores`."""
    groups = join(scores, core_pairs(scores), residual)
    kept = [_cut(group, threshold) for group in groups]
    return sorted((g for g in kept if g.links), key=lambda g: (g.a[0], g.b[0]))


def core_pairs(scores: Sequence[Sequence[float]]) -> list[Link]:
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    weights = [[(scores[i][j] if scores[i][j] >= FLOOR else 0.0) - _TIE * abs(i / rows - j / cols)
                for j in range(cols)] for i in range(rows)]  # scores that cannot pair do not steer the rest
    return [(i, j, scores[i][j]) for i, j in assignment(weights) if scores[i][j] >= FLOOR]


def join(scores: Sequence[Sequence[float]], core: list[Link], residual: Residual) -> list[Group]:
    """Step 2: left-out tasks join a group, strongest candidate first."""
    groups = [Group((i,), (j,), ((i, j, s),)) for i, j, s in core]
    for side, task, partner, score in _candidates(scores, core):
        at = next(k for k, g in enumerate(groups) if partner in (g.b if side == "a" else g.a))
        grown = _grow(groups[at], side, task, partner, score, residual)
        if grown is not None:
            groups[at] = grown
    return groups


def _candidates(scores: Sequence[Sequence[float]], core: list[Link]) -> list[tuple[str, int, int, float]]:
    """Each left-out task with its best partner (on score, then position), strongest first."""
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    paired_a, paired_b = {i for i, _, _ in core}, {j for _, j, _ in core}
    found = []
    for i in sorted(set(range(rows)) - paired_a):
        j = max(range(cols), key=lambda j: (scores[i][j], -abs(i / rows - j / cols), -j), default=None)
        if j is not None and scores[i][j] >= FLOOR and j in paired_b:
            found.append(("a", i, j, scores[i][j]))
    for j in sorted(set(range(cols)) - paired_b):
        i = max(range(rows), key=lambda i: (scores[i][j], -abs(i / rows - j / cols), -i), default=None)
        if i is not None and scores[i][j] >= FLOOR and i in paired_a:
            found.append(("b", j, i, scores[i][j]))
    return sorted(found, key=lambda c: (-c[3], c[0], c[1]))


def _grow(group: Group, side: str, task: int, partner: int, score: float, residual: Residual) -> Group | None:
    """The group with `task` (of A when side is "a") added, if it keeps 1:n / n:1 and fits."""
    hub, members = (group.b, group.a) if side == "a" else (group.a, group.b)
    if hub != (partner,) or residual(side, task, partner, members) < JOIN:
        return None
    grown = tuple(sorted((*members, task)))
    link = (task, partner, score) if side == "a" else (partner, task, score)
    links = tuple(sorted((*group.links, link)))
    return Group(grown, group.b, links) if side == "a" else Group(group.a, grown, links)


def _cut(group: Group, threshold: float) -> Group:
    links = tuple(link for link in group.links if link[2] >= threshold)
    return Group(tuple(sorted({i for i, _, _ in links})), tuple(sorted({j for _, j, _ in links})), links)


def moved(groups: Sequence[Group], sections_a: Sequence[object], sections_b: Sequence[object]) -> list[bool]:
    """For each group: are its B tasks outside the section of B that matches its A tasks' section?

    Sections are matched one to one by a global assignment over the links between them (the section of
    B where most of a section's tasks went), so a task counts as moved only against the general flow.
    """
    keys_a, keys_b = list(dict.fromkeys(sections_a)), list(dict.fromkeys(sections_b))
    votes = [[0.0] * len(keys_b) for _ in keys_a]
    for group in groups:
        for i, j, _ in group.links:
            votes[keys_a.index(sections_a[i])][keys_b.index(sections_b[j])] += 1
    rows, cols = len(keys_a), len(keys_b)
    weights = [[votes[r][c] - _TIE * abs(r / rows - c / cols) for c in range(cols)] for r in range(rows)]
    match = {keys_a[r]: keys_b[c] for r, c in assignment(weights) if votes[r][c] > 0}
    return [not any(match.get(sections_a[i]) == sections_b[j] for i, j, _ in group.links) for group in groups]

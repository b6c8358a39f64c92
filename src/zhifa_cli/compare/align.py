"""align: a score matrix -> groups of tasks that carry the same measure (1:1, 1:n, n:1, or n:m).

1. Core pairs: one global assignment over the whole matrix (not each row's best match), maximising the
   total score; pairs scoring under FLOOR are not pairs.
2. Merges and splits: a task left out of the assignment joins the group of its best-scoring partner when
   it matches what the group does not yet explain: the partner's terms less those of the tasks already
   paired with it (the residual) score at least JOIN against the task. A task that merely shares the
   words the partner shares with its pair (S20 数据互联互通 against 一体化平台) fails. Without `many` the
   partner must also be the only task on its side of the group, so groups stay 1:n or n:1.
3. With `many`, knots (n:m): two tasks that are both paired already are linked as well when each matches
   what the other's partners leave unexplained (the residual test, both ways). 南昌 18 规范行政执法监督工作
   holds the 年度方案 of 盐都 四.2, the 统计年报 of 四.3 and the 本部门监督 of 四.1; each of those is also
   paired with another 南昌 task. Strongest candidate first.
4. The threshold: links (task-to-task scores inside a group) under it are cut; a group is what stays
   connected through its links.

Steps 1–3 do not depend on the threshold, so raising it can only cut links, never add or move one: every
group at a higher threshold lies inside a group at a lower one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..settings import FLOOR, JOIN
from .assign import assignment

# FLOOR: no link below this score, whatever the threshold; JOIN: least residual score for a left-out task
# to join a group (both 0..1 cosines, set in settings.py).
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


def align(scores: Sequence[Sequence[float]], residual: Residual, *, min_score: float,
          many: bool = False, core: list[Link] | None = None) -> list[Group]:
    """Groups ordered by their first task of A, then of B; `min_score` is the threshold on the 0..1 scale
    of `scores` (callers take it on 0–100 and divide); `core`: core_pairs(scores), if made already."""
    core = core_pairs(scores) if core is None else core
    if not many:
        groups = join(scores, core, residual)
        kept = [_cut(group, min_score) for group in groups]
        return sorted((g for g in kept if g.links), key=lambda g: (g.a[0], g.b[0]))
    found = knots(scores, join_many(scores, core, residual), residual)
    return connected([link for link in found if link[2] >= min_score])


def join_many(scores: Sequence[Sequence[float]], core: list[Link], residual: Residual) -> list[Link]:
    """Step 2 without the 1:n / n:1 limit: each left-out task may join its best partner."""
    links = list(core)
    for side, task, partner, score in _candidates(scores, core):
        members = _partners(links, partner, "b" if side == "a" else "a")
        if residual(side, task, partner, members) >= JOIN:
            links.append((task, partner, score) if side == "a" else (partner, task, score))
    return links


def knots(scores: Sequence[Sequence[float]], links: list[Link], residual: Residual) -> list[Link]:
    """Step 3: links between tasks both already paired, when each explains the rest of the other."""
    linked = {(i, j) for i, j, _ in links}
    rows, cols = {i for i, _, _ in links}, {j for _, j, _ in links}
    candidates = sorted(((scores[i][j], i, j) for i in rows for j in cols
                         if (i, j) not in linked and scores[i][j] >= FLOOR), key=lambda c: (-c[0], c[1], c[2]))
    found = list(links)
    for score, i, j in candidates:
        if (residual("a", i, j, _partners(found, j, "b")) >= JOIN
                and residual("b", j, i, _partners(found, i, "a")) >= JOIN):
            found.append((i, j, score))
    return found


def _partners(links: Sequence[Link], task: int, side: str) -> tuple[int, ...]:
    """The tasks linked to `task`, itself of side `side` (the other side's task ids)."""
    if side == "a":
        return tuple(sorted(j for i, j, _ in links if i == task))
    return tuple(sorted(i for i, j, _ in links if j == task))


def connected(links: Sequence[Link]) -> list[Group]:
    """The groups (connected pieces) of a set of links, ordered by their first task of A, then of B."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in links:
        parent[find(("a", i))] = find(("b", j))
    pieces: dict[tuple[str, int], list[Link]] = {}
    for link in sorted(links):
        pieces.setdefault(find(("a", link[0])), []).append(link)
    groups = [Group(tuple(sorted({i for i, _, _ in p})), tuple(sorted({j for _, j, _ in p})), tuple(p))
              for p in pieces.values()]
    return sorted(groups, key=lambda g: (g.a[0], g.b[0]))


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


def _cut(group: Group, min_score: float) -> Group:
    links = tuple(link for link in group.links if link[2] >= min_score)
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

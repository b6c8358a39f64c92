"""heatmap: matrix and coverage results as heat maps that stay readable and small at any corpus size.

Up to DETAIL_UP_TO documents, every document is a row (matrix) or a column (coverage), in cluster order
(families of copied plans together; coverage: documents that carry the same parent tasks together).
Above it, documents are aggregated: the matrix into at most MAX_GROUPS groups cut from the same tree
as its families (so a group lies within one family, labelled F1, F2 … as zhifa matrix --cluster numbers
them), a cell being the mean share between the members of two groups; coverage into at most MAX_GROUPS groups of documents
that carry the same tasks (average-linkage clusters of their carried-task patterns), a cell being the %
of a group's documents that carry the parent task. A picture of 3,000 documents thus has at most
MAX_GROUPS rows and columns, whatever the corpus.
"""

from __future__ import annotations

import numpy as np

from .records import CoverageResult, HeatMap, MatrixResult

DETAIL_UP_TO = 200
MAX_GROUPS = 60
MEMBERS_LISTED = 20


def matrix_heat(m: MatrixResult, *, detail_up_to: int = DETAIL_UP_TO, max_groups: int = MAX_GROUPS) -> HeatMap:
    share = np.asarray(m.shares, dtype=float)
    what = f"% of the row's tasks paired with the column's (score ≥ {m.threshold:g})"
    n = len(m.documents)
    if n <= detail_up_to or not m.clusters:
        order = m.order
        labels = [m.documents[k] for k in order]
        values = [[None if i == j else float(share[i, j]) for j in order] for i in order]
        return HeatMap(title="zhifa matrix", what=what, rows=labels, columns=labels, row_sizes=[1] * n,
                       column_sizes=[1] * n, row_members=[[x] for x in labels], column_members=[[x] for x in labels],
                       values=values, notes=[f"{n} documents in {'cluster' if m.clusters else 'load'} order"])
    groups = _families(m, max_groups)
    values = _group_means(share, groups)
    labels = [_label(m, members, k) for k, members in enumerate(groups)]
    families = len(set(m.clusters))
    sizes = [len(g) for g in groups]
    members = [[m.documents[i] for i in g[:MEMBERS_LISTED]] for g in groups]
    note = (f"{n} documents ({families} families, F1 …) in {len(groups)} groups of copied plans; a cell: the mean "
            f"share between the members of two groups")
    return HeatMap(title="zhifa matrix (families)", what=what + ", mean over the members", rows=labels,
                   columns=labels, row_sizes=sizes, column_sizes=sizes, row_members=members, column_members=members,
                   values=values, aggregated=True, notes=[note])


def _families(m: MatrixResult, max_groups: int) -> list[list[int]]:
    """At most max_groups groups in display order: the clusters of the same average-linkage tree zhifa
    matrix --cluster cuts into families (1 − mean share), cut instead into max_groups clusters, so each
    group lies inside one family when there are fewer families than that."""
    from scipy.cluster import hierarchy
    from scipy.spatial.distance import squareform

    share = np.asarray(m.shares, dtype=float)
    distance = 1 - (share + share.T) / 200
    np.fill_diagonal(distance, 0)
    tree = hierarchy.linkage(squareform(np.clip(distance, 0, 1), checks=False), method="average")
    labels = hierarchy.fcluster(tree, t=max_groups, criterion="maxclust")
    groups: dict[int, list[int]] = {}
    for k in m.order:
        groups.setdefault(int(labels[k]), []).append(k)
    return list(groups.values())


def _label(m: MatrixResult, members: list[int], k: int) -> str:
    families = sorted({m.clusters[i] for i in members})
    family = f"F{families[0]}" if len(families) == 1 else "F" + "+".join(map(str, families[:3]))
    first = m.documents[members[0]]
    return f"{family} · {len(members)}: {first}…" if len(members) > 1 else f"{family} · {first}"


def _group_means(share: np.ndarray, groups: list[list[int]]) -> list[list[float | None]]:
    n = len(share)
    member = np.zeros((n, len(groups)))
    for g, rows in enumerate(groups):
        member[rows, g] = 1
    off = share.copy()
    np.fill_diagonal(off, 0)
    sums = member.T @ off @ member
    sizes = member.sum(axis=0)
    pairs = np.outer(sizes, sizes) - np.diag(sizes)
    means = np.divide(sums, pairs, out=np.zeros_like(sums), where=pairs > 0)
    return [[None if pairs[i, j] == 0 else round(float(means[i, j]), 1) for j in range(len(groups))]
            for i in range(len(groups))]


def coverage_heat(c: CoverageResult, *, detail_up_to: int = DETAIL_UP_TO, max_groups: int = MAX_GROUPS) -> HeatMap:
    docs = c.documents
    score = np.zeros((len(c.rows), len(docs)))
    column = {d: k for k, d in enumerate(docs)}
    for r, row in enumerate(c.rows):
        for carrier in row.carried_by:
            score[r, column[carrier.document]] = max(carrier.scores)
    tasks = [f"{row.task} {row.title}" for row in c.rows]
    base = {"rows": tasks, "row_sizes": [1] * len(tasks), "row_members": [[row.task] for row in c.rows]}
    order, groups = _pattern_groups(score > 0, None if len(docs) <= detail_up_to else max_groups)
    if groups is None:
        values = [[round(float(score[r, k]), 1) for k in order] for r in range(len(tasks))]
        labels = [docs[k] for k in order]
        return HeatMap(title=f"zhifa coverage {c.parent}", what=f"score of the document's task carrying the parent "
                       f"task (≥ {c.threshold:g}; 0: not carried)", columns=labels, column_sizes=[1] * len(labels),
                       column_members=[[x] for x in labels], values=values,
                       notes=[f"{len(docs)} documents; documents that carry the same tasks side by side"], **base)
    carried = score > 0
    values = [[round(100 * float(carried[r, g].mean()), 1) for g in groups] for r in range(len(tasks))]
    labels = [f"G{k + 1} ({len(g)})" for k, g in enumerate(groups)]
    note = (f"{len(docs)} documents in {len(groups)} groups of documents that carry the same parent tasks "
            f"(a cell: % of the group's documents carrying the task)")
    return HeatMap(title=f"zhifa coverage {c.parent} (groups)", what=f"% of the group's documents carrying the "
                   f"parent task (score ≥ {c.threshold:g})", columns=labels, column_sizes=[len(g) for g in groups],
                   column_members=[[docs[k] for k in g[:MEMBERS_LISTED]] for g in groups], values=values,
                   aggregated=True, notes=[note], **base)


def _pattern_groups(carried: np.ndarray, max_groups: int | None) -> tuple[list[int], list[list[int]] | None]:
    """Documents (columns) in average-linkage order of their carried patterns (Hamming distance), and
    with max_groups, cut into at most that many groups (in the same order)."""
    n = carried.shape[1]
    if n < 3:
        return list(range(n)), None if max_groups is None else [[k] for k in range(n)]
    from scipy.cluster import hierarchy
    from scipy.spatial.distance import pdist

    patterns, inverse = np.unique(carried.T, axis=0, return_inverse=True)  # identical patterns cluster once
    inverse = inverse.reshape(-1)
    if len(patterns) < 3:
        order_p = list(range(len(patterns)))
        labels = np.arange(1, len(patterns) + 1)
    else:
        tree = hierarchy.linkage(pdist(patterns.astype(float), "hamming"), method="average")
        order_p = hierarchy.leaves_list(tree).tolist()
        labels = hierarchy.fcluster(tree, t=max_groups or len(patterns), criterion="maxclust")
    order = [k for p in order_p for k in np.flatnonzero(inverse == p).tolist()]
    if max_groups is None:
        return order, None
    groups: dict[int, list[int]] = {}
    for k in order:
        groups.setdefault(int(labels[inverse[k]]), []).append(k)
    return order, list(groups.values())

"""matrix: document × document similarity — the share of each document's tasks the engine pairs with
the other's, both directions — and families of copied plans (hierarchical clustering)."""

from __future__ import annotations

import numpy as np

from ..compare.batch import Options, index_of, link_tasks
from ..models import Document
from ..settings import FAMILY  # documents sharing this much (%, average both ways) are one family
from .records import MatrixResult

LEAF_ORDERING_UP_TO = 400  # optimal leaf ordering is cubic: only for matrices up to this size


def shares(docs: list[Document], opts: Options) -> tuple[np.ndarray, int]:
    """shares[i, j]: % of document i's tasks paired with document j; the diagonal is 100."""
    index = index_of(docs, opts)
    n = len(docs)
    links = link_tasks(index, np.triu(np.ones((n, n), dtype=bool), 1), list(range(n)), opts)
    doc_of = index.doc_of
    paired = np.zeros(n * n)
    for mine, other in ((links.a, links.b), (links.b, links.a)):
        key = _distinct(mine * n + doc_of[other])  # each task once per document it is paired with
        paired += np.bincount(doc_of[key // n] * n + key % n, minlength=n * n)
    paired = paired.reshape(n, n)
    tasks = np.diff(index.starts).astype(float)
    result = np.round(100 * paired / np.where(tasks > 0, tasks, 1)[:, None], 1)
    np.fill_diagonal(result, 100.0)
    return result, links.candidates


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, by sort and mask (np.unique's hash path is far slower on millions of keys)."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def families(share: np.ndarray) -> tuple[list[int], list[int]]:
    """Display order with families together (average linkage on 1 − mean share), and family numbers."""
    n = len(share)
    if n < 3:
        return list(range(n)), [1] * n
    from scipy.cluster import hierarchy
    from scipy.spatial.distance import squareform

    distance = 1 - (share + share.T) / 200
    np.fill_diagonal(distance, 0)
    condensed = squareform(np.clip(distance, 0, 1), checks=False)
    tree = hierarchy.linkage(condensed, method="average")
    if n <= LEAF_ORDERING_UP_TO:
        tree = hierarchy.optimal_leaf_ordering(tree, condensed)
    order = hierarchy.leaves_list(tree).tolist()
    labels = hierarchy.fcluster(tree, t=1 - FAMILY / 100, criterion="distance")
    first_seen: dict[int, int] = {}
    for k in order:  # number families in display order: 1, 2, 3 … from the top
        first_seen.setdefault(int(labels[k]), len(first_seen) + 1)
    return order, [first_seen[int(label)] for label in labels]


def matrix(docs: list[Document], opts: Options, *, cluster: bool = False) -> MatrixResult:
    share, candidates = shares(docs, opts)
    order, groups = families(share) if cluster else (list(range(len(docs))), [])
    return MatrixResult(documents=[d.id for d in docs], tasks=[len(d.tasks) for d in docs],
                        shares=share.tolist(), order=order, clusters=groups, threshold=opts.threshold,
                        candidates=candidates)

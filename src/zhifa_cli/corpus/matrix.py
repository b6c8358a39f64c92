"""matrix: document × document similarity — the share of each document's tasks the engine pairs with
the other's, both directions — and families of copied plans (hierarchical clustering).

A warm run over a whole corpus need not load its records (warm_matrix): the shares need of each document
only its id, its task count and its tasks' vectors, which the index cache keeps under the corpus's stamp
(the listing coverage keeps too)."""

from __future__ import annotations

import numpy as np

from ..compare.batch import Options, TaskIndex, cached_index, index_of, link_tasks, remember_corpus
from ..models import Document
from ..settings import FAMILY  # documents sharing this much (%, average both ways) are one family
from .records import MatrixResult

LEAF_ORDERING_UP_TO = 400  # optimal leaf ordering is cubic: only for matrices up to this size


def shares(index: TaskIndex, opts: Options) -> tuple[np.ndarray, int]:
    """shares[i, j]: % of document i's tasks paired with document j (documents of the index, in order);
    the diagonal is 100."""
    n = len(index.docs)
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
    """The distinct values, by sort and mask (np.unique's hash path is far slower on millions of keys);
    no sort when they come sorted (the links by task of A: their keys do)."""
    ordered = values if np.all(values[1:] >= values[:-1]) else np.sort(values)
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
    return _matrix(index_of(docs, opts), opts, cluster)


def warm_matrix(stamp: str, opts: Options, *, cluster: bool = False) -> MatrixResult | None:
    """matrix(the corpus, opts) without loading the corpus: when a run over the very files `stamp` names
    (documents.corpus_stamp) listed them (remember) and their index is kept; else None."""
    index = cached_index(stamp, [])
    return None if index is None or len(index.docs) < 2 else _matrix(index, opts, cluster)


def remember(stamp: str, docs: list[Document]) -> None:
    """Keep what warm_matrix needs of the corpus `docs`, loaded from the files `stamp` names."""
    remember_corpus(stamp, docs)


def _matrix(index: TaskIndex, opts: Options, cluster: bool) -> MatrixResult:
    share, candidates = shares(index, opts)
    order, groups = families(share) if cluster else (list(range(len(index.docs))), [])
    return MatrixResult(documents=list(index.docs), tasks=np.diff(index.starts).tolist(), shares=share.tolist(),
                        order=order, clusters=groups, threshold=opts.threshold, candidates=candidates)

"""pairing: every pair scoring at least FLOOR, with its exact score -> the compare engine's alignment.

Within a document pair the pairs form a bipartite graph; each connected piece is aligned on its own by
compare.align (global assignment, merges and splits, the threshold cut) with compare.score's residual —
pieces do not touch, so the assignment of one never depends on another. What can be decided without
align is decided in numpy, for all pieces at once:
- a piece with no pair at the threshold yields no link (align only ever cuts links under it);
- a pair that outscores the best other pairs of its two tasks together (by a score step, 1e-6) is in
  every optimal assignment: any assignment without it gains by taking it instead of those two. When
  every pair of a piece at the threshold is such a pair, they are its links: each is a core pair, and
  no task left out has a partner at the threshold (that pair would be one of them), so no join can
  make a link the cut keeps. A piece of one pair is the simplest case.
- a fork (one task, two partners, both at the threshold: the commonest piece left) is decided on arrays
  too: the better partner is the core pair, the other joins when its residual reaches JOIN — one sparse
  product for all forks, residual_score itself for the few within GUARD of the rounding edge.
- every other piece is laid out on arrays (lay_out) and its core assignment made for all pieces at once
  (assignments: assign.assignment's pairs, ties included); then a piece whose tries — each task left out
  with its best partner, at the threshold — go to different core pairs is decided on arrays (settle):
  its core pairs at the threshold, and the tries whose residual reaches JOIN, one batch of residuals.
Only pieces with two tries at one core pair call align (a tenth of those laid out), with those residuals
as their first joins; a task left out joins a group only through a link scoring at least the threshold,
so the residual is computed for those alone (align tries candidates strongest first: a weaker one can no
longer change a link the cut keeps).
When the scores are compiled (scores.compiled: a whole corpus), the pieces, best rivals, each node's first
try (settle) and residual cosines are too (kernels): the same answers, tests/test_corpus_kernels.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .. import align as aligner
from . import scores
from .assignments import assignment_arrays
from .task_index import TaskIndex
from .vectors import cosines

TABLE_UP_TO = 4  # dense_ids by a table of the values' range when it is at most this many times their count


def dense_ids(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Each value's rank among the distinct values (0, 1, …) and how many there are: np.unique's inverse
    by a table of the values present when their range is narrow, else by sort and mask (np.unique's hash
    path is many times slower on large integer arrays)."""
    if not len(values):
        return np.zeros(0, np.int64), 0
    first = np.empty(len(values), bool)
    first[0] = True
    if np.all(values[1:] >= values[:-1]):  # sorted already (the pairs come by row): no sort to do
        np.not_equal(values[1:], values[:-1], out=first[1:])
        return np.cumsum(first) - 1, int(first.sum())
    low = int(values.min())
    if int(values.max()) - low < TABLE_UP_TO * len(values):  # values 0… in a narrow range: a table, no sort
        present = np.zeros(int(values.max()) - low + 1, bool)
        present[values - low] = True
        rank = np.cumsum(present) - 1
        return rank[values - low], int(rank[-1]) + 1
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    ids = np.empty(len(values), np.int64)
    ids[order] = np.cumsum(first) - 1
    return ids, int(first.sum())


def nodes(index: TaskIndex, ii: np.ndarray, jj: np.ndarray) -> tuple[np.ndarray, int, np.ndarray, int]:
    """Each pair's two nodes, numbered on each side: task i as it meets the other document, and task j
    as it meets i's; and how many nodes each side has."""
    docs = len(index.docs)
    doc_of = index.doc_of
    left, n_left = dense_ids(ii * docs + doc_of[jj])
    mine = doc_of[ii]  # a chunk's query documents: a narrow range, so (jj, doc) fits a small table
    lo, width = int(mine.min()), int(mine.max()) - int(mine.min()) + 1
    right, n_right = dense_ids((jj - int(jj.min())) * width + (mine - lo))
    return left, n_left, right, n_right


def pieces(index: TaskIndex, ii: np.ndarray, jj: np.ndarray, found: tuple | None = None) -> np.ndarray:
    """The piece (connected component of its document pair's graph) of each pair, numbered 0, 1, …
    (`found`: nodes() of these pairs, if made already)."""
    left, n_left, right, n_right = found or nodes(index, ii, jj)
    graph = sparse.coo_matrix((np.ones(len(ii), np.int8), (left, right + n_left)),
                              shape=(n_left + n_right, n_left + n_right))
    _, labels = connected_components(graph, directed=False)
    return labels[left]


def _piece_ids(found: tuple) -> tuple[np.ndarray, int]:
    """dense_ids(pieces(…)) by kernels.components: each pair's piece, numbered in the order of the pieces'
    first pairs (another numbering than pieces', which nothing after depends on: each piece is aligned on
    its own and the links are sorted), and how many."""
    from .kernels import components

    left, n_left, right, n_right = found
    piece = np.empty(len(left), np.int64)
    count = components(left, n_left, right, n_right, piece)
    return piece, int(count)


def _compiled_best_other(node: np.ndarray, count: int, ss: np.ndarray) -> np.ndarray:
    """_best_other by kernels.best_other."""
    from .kernels import best_other

    found = np.empty(len(node))
    best_other(np.ascontiguousarray(node, np.int64), count, np.ascontiguousarray(ss, np.float64), found)
    return found


def align_pairs(index: TaskIndex, ii: np.ndarray, jj: np.ndarray, ss: np.ndarray,
                min_cosine: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Links (row of A, row of B, score) at `min_cosine` (the threshold on 0..1) of the pairs (ii, jj,
    ss): every pair of the document pairs present that scores at least aligner.FLOOR (pairs under it take no part)."""
    keep = ss >= aligner.FLOOR
    if not keep.all():  # scores.floor_pairs gives none under it
        ii, jj, ss = ii[keep], jj[keep], ss[keep]
    if not len(ii):
        return ii.astype(np.int64), jj.astype(np.int64), ss
    found = nodes(index, ii, jj)
    compiled = scores.compiled(index) is not None  # numba started for the scores: its kernels here too
    piece, count = _piece_ids(found) if compiled else dense_ids(pieces(index, ii, jj, found))
    reach = ss >= min_cosine
    live = _any_at(piece, count, reach)
    if not live.all():  # pieces without a pair at the threshold make no link: the rest goes on alone
        keep = np.flatnonzero(live)  # (a node's pairs are all in its piece: their rivals stay)
        ii, jj, ss, piece, reach = ii[keep], jj[keep], ss[keep], piece[keep], reach[keep]
        found = (found[0][keep], found[1], found[2][keep], found[3])
    best_other = _compiled_best_other if compiled else _best_other
    rival = best_other(found[0], found[1], ss) + best_other(found[2], found[3], ss)
    open_ = reach & (ss < rival + STEP)  # a pair at the threshold that align must weigh
    decided = ~_any_at(piece, count, open_)
    take = decided & reach
    links = [(ii[take], jj[take], ss[take])]
    rest = np.flatnonzero(~decided)
    forks, rest = _forks(index, ii, jj, ss, piece, rest, min_cosine)
    links.append(forks)
    order = rest[np.argsort(piece[rest], kind="stable")]
    prepared, joins = [], {}
    if len(order):
        simple, _, prepared, joins = settle(index, lay_out(ii[order], jj[order], ss[order], piece[order]), min_cosine)
        links.append(simple)
    aligned = [link for piece_ in prepared for link in _align_piece(index, piece_, min_cosine, joins)]
    if aligned:
        a, b, s = zip(*aligned, strict=True)
        links.append((np.array(a, np.int64), np.array(b, np.int64), np.array(s)))
    a, b, s = (np.concatenate(parts) for parts in zip(*links, strict=True))
    order = np.lexsort((b, a))
    return a[order].astype(np.int64), b[order].astype(np.int64), s[order]


def _any_at(piece: np.ndarray, count: int, flag: np.ndarray) -> np.ndarray:
    """For each pair, whether any pair of its piece (0..count-1) is flagged."""
    found = np.zeros(count, bool)
    found[piece[flag]] = True
    return found[piece]


STEP = 1e-6 - 1e-12  # one step of the rounded scores, less float noise
GUARD = 1e-7  # a residual this near JOIN's rounding edge is computed exactly (the batch sums differ by ~1e-15)


def _forks(index: TaskIndex, ii, jj, ss, piece, rest: np.ndarray, min_cosine: float):
    """The pieces among `rest` that are forks — one task (the hub) and two partners, both at the threshold —
    decided in numpy: align pairs the hub with the better partner (on equal scores the one listed first,
    as the position tie-break has it) and the other joins when its residual against the hub less the
    first reaches JOIN. Returns their links and what is left of `rest`."""
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    if not len(rest):
        return empty, rest
    sizes = np.bincount(piece[rest])
    two = rest[sizes[piece[rest]] == 2]
    if not len(two):
        return empty, rest
    two = two[np.lexsort((two, piece[two]))]
    first, second = two[0::2], two[1::2]
    hub_a = ii[first] == ii[second]
    fork = (hub_a | (jj[first] == jj[second])) & (ss[first] >= min_cosine) & (ss[second] >= min_cosine)
    first, second, hub_a = first[fork], second[fork], hub_a[fork]
    if not len(first):
        return empty, rest
    spoke_1, spoke_2 = np.where(hub_a, jj[first], ii[first]), np.where(hub_a, jj[second], ii[second])
    core_is_first = (ss[first] > ss[second]) | ((ss[first] == ss[second]) & (spoke_1 < spoke_2))  # lower row first
    core, other = np.where(core_is_first, first, second), np.where(core_is_first, second, first)
    hub = np.where(hub_a, ii[first], jj[first])
    joins = _residual_reaches(index, np.where(core_is_first, spoke_2, spoke_1), hub,
                              np.where(core_is_first, spoke_1, spoke_2))
    kept = np.concatenate([core, other[joins]])
    done = np.zeros(len(ii), bool)
    done[first] = done[second] = True
    return (ii[kept].astype(np.int64), jj[kept].astype(np.int64), ss[kept]), rest[~done[rest]]


def _residual_reaches(index: TaskIndex, task: np.ndarray, partner: np.ndarray, member: np.ndarray) -> np.ndarray:
    """residual_score(index, task, partner, [member]) >= JOIN, for many triples at once: the cosine by the
    compiled kernel or in sparse products, and residual_score itself for the few within GUARD of the
    rounding edge."""
    cosine = _kernel_cosines(index, task, partner, member)
    if cosine is None:
        cosine = _product_cosines(index, task, partner, member)
    edge = aligner.JOIN - 0.5e-6  # rounded() reaches JOIN from here up
    near = np.flatnonzero(np.abs(cosine - edge) < GUARD)
    reaches = cosine >= edge
    for k in near.tolist():
        reaches[k] = residual_score(index, int(task[k]), int(partner[k]), [int(member[k])]) >= aligner.JOIN
    return reaches


def _kernel_cosines(index: TaskIndex, task: np.ndarray, partner: np.ndarray, member: np.ndarray):
    """The residual cosines by kernels.residual_cosines, over the sorted copies (sort_rows): when the
    scores use the compiled kernel (a whole corpus: numba is started already) and the copies are made."""
    if "weighted" not in index.memo or scores.compiled(index) is None:
        return None
    from .kernels import residual_cosines

    weighted, unit = index.memo["weighted"], index.memo["sorted"]
    cosine = np.empty(len(task))
    residual_cosines(weighted.indptr, weighted.indices, weighted.data, unit.indptr, unit.indices, unit.data,
                     *(np.ascontiguousarray(rows, np.int64) for rows in (task, partner, member)), cosine)
    return cosine


def _product_cosines(index: TaskIndex, task: np.ndarray, partner: np.ndarray, member: np.ndarray) -> np.ndarray:
    """The residual cosines in sparse products."""
    pair, count = dense_ids(partner * len(index.norms) + member)  # one residual per (partner, member)
    shared = count < len(pair)  # else each triple its own (partner, member): no rows to repeat
    first = np.zeros(count, np.int64)
    first[pair] = np.arange(len(pair))
    if not shared:
        first = np.arange(len(pair))
    rest = sparse.csr_matrix(_rows(index, partner[first], True) - _rows(index, member[first], True))
    rest.data[rest.data < 0] = 0  # terms the member covers drop out
    rest.eliminate_zeros()
    length = np.sqrt(np.asarray(rest.multiply(rest).sum(axis=1)).ravel())
    if shared:
        length, rest = length[pair], rest[pair]
    dot = np.asarray(_rows(index, task).multiply(rest).sum(axis=1)).ravel()
    return np.divide(dot, length, out=np.zeros(len(dot)), where=length > 0)


def _rows(index: TaskIndex, rows: np.ndarray, weighted: bool = False) -> sparse.csr_matrix:
    """Rows of the index (unit, or as the engine weighs them) with each row's terms sorted: scipy subtracts
    and multiplies sorted rows by merging them, unsorted ones the slow way. (The sums these feed are
    checked at the rounding edge, so their order does not matter.)"""
    kept = index.memo.get("weighted" if weighted else "sorted")
    if kept is not None:  # sort_rows's copies: rows as they are wanted
        return sparse.csr_matrix(kept[rows])
    found = sparse.csr_matrix(index.matrix[rows])
    if weighted:  # each value times its row's length, as diags(norms) @ found multiplies it
        found.data = found.data * np.repeat(index.norms[rows], np.diff(found.indptr))
    found.sort_indices()
    return found


def sort_rows(index: TaskIndex) -> sparse.csr_matrix:
    """A copy of the index with each row's terms sorted, kept with the index (the index keeps its own
    order: the scores are summed in it), and another with each row times its length: made once before the
    workers fork when many rows are aligned, instead of sorting and weighing every batch of rows _rows
    fetches."""
    def make() -> sparse.csr_matrix:
        copy = index.matrix.copy()
        copy.sort_indices()
        return copy

    def weigh() -> sparse.csr_matrix:  # and one weighed as the engine weighs (residuals are of those)
        copy = index.memo["sorted"].copy()
        copy.data = copy.data * np.repeat(index.norms, np.diff(copy.indptr))
        return copy

    found = index.cached("sorted", make)
    index.cached("weighted", weigh)
    return found


def _best_other(node: np.ndarray, count: int, ss: np.ndarray) -> np.ndarray:
    """For each pair, the best score among the other pairs at the same node (0 when it has none); nodes
    numbered 0..count-1."""
    best = np.zeros(count)
    np.maximum.at(best, node, ss)
    top = ss == best[node]
    alone = np.bincount(node, weights=top, minlength=count)[node] == 1  # the one pair with the best score
    second = np.zeros(count)
    np.maximum.at(second, node, np.where(top, 0.0, ss))
    return np.where(top & alone, second[node], best[node])


def residual_score(index: TaskIndex, task: int, partner: int, members: list[int]) -> float:
    """compare.score.residual_score of rows of the index, bit for bit, on arrays: the same products
    summed in the same order (each row's stored term order, as index.vector lists it; members in the
    order given), zeros left out of the sums (adding 0.0 changes no sum of positive terms)."""
    terms, weights = _row(index, partner)
    if members:
        covered = np.zeros(len(terms))
        for member in members:
            their, value = _row(index, member)
            at, found = _find(their, terms)
            covered[at[found]] += value[found]
        weights = weights - covered
    keep = weights > 0
    terms, weights = terms[keep], weights[keep]
    mine, value = _row(index, task)
    denominator = _norm(value) * _norm(weights)
    if not denominator:
        return 0.0
    if len(weights) < len(mine):  # the smaller vector's order, as residual_score iterates it
        at, found = _find(terms, mine)
        products = weights[found] * value[at[found]]
    else:
        at, found = _find(mine, terms)
        products = value[found] * weights[at[found]]
    total = float(np.cumsum(products)[-1]) if len(products) else 0.0
    return float(cosines(np.float64(total / denominator)))


def _find(needles: np.ndarray, hay: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `needles` is in `hay` (any order), and whether it is there at all."""
    order = np.argsort(hay, kind="stable")
    slot = np.minimum(np.searchsorted(hay[order], needles), max(len(hay) - 1, 0))
    if not len(hay):
        return np.zeros(len(needles), np.int64), np.zeros(len(needles), bool)
    at = order[slot]
    return at, hay[at] == needles


def _row(index: TaskIndex, row: int) -> tuple[np.ndarray, np.ndarray]:
    """The engine's (unnormalised) vector of a row, as index.vector makes it: term columns in stored
    order and weights."""
    lo, hi = index.matrix.indptr[row], index.matrix.indptr[row + 1]
    return index.matrix.indices[lo:hi], index.matrix.data[lo:hi] * index.norms[row]


def _norm(weights: np.ndarray) -> float:
    """compare.score.norm: the squares summed one after the other (cumsum), as Python's sum does."""
    return float(np.sqrt(np.cumsum(weights * weights)[-1])) if len(weights) else 0.0


@dataclass
class Layout:
    """Pieces as arrays, from pairs sorted by piece (ii, jj, ss): pair k is in piece group[k] (0, 1, …),
    at row at_r[k] and column at_c[k] of it; a piece's rows and columns (sorted index rows) are
    rows[r_first[g]:r_first[g + 1]] and cols[c_first[g]:c_first[g + 1]]; its score matrix (0 where no
    pair) is flat[first[g]:first[g + 1]], n_r[g] × n_c[g]; its core assignment's pairs are (core_a[k],
    core_b[k]) where core_g[k] == g (sorted by piece, then row)."""

    ii: np.ndarray
    jj: np.ndarray
    ss: np.ndarray
    group: np.ndarray
    at_r: np.ndarray
    at_c: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    n_r: np.ndarray
    n_c: np.ndarray
    first: np.ndarray
    flat: np.ndarray
    core_g: np.ndarray
    core_a: np.ndarray
    core_b: np.ndarray

    @property
    def r_first(self) -> np.ndarray:
        return np.r_[0, np.cumsum(self.n_r)]

    @property
    def c_first(self) -> np.ndarray:
        return np.r_[0, np.cumsum(self.n_c)]


def lay_out(ii: np.ndarray, jj: np.ndarray, ss: np.ndarray, piece: np.ndarray) -> Layout:
    """The pieces of pairs sorted by piece, as arrays. Every piece's matrix and its core assignment's
    weights (align.core_pairs's: the score, 0 under FLOOR, less _TIE times the distance of relative
    positions; the same float operations, so the same numbers) are made on arrays for all pieces at once,
    and so are the assignments themselves (assignments.assignments: the pairs assign.assignment gives)."""
    starts = np.r_[0, np.flatnonzero(np.diff(piece)) + 1]
    group = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(ii)]))
    at_r, rows, n_r = _local(group, ii, len(starts))
    at_c, cols, n_c = _local(group, jj, len(starts))
    sizes = n_r * n_c
    first = np.r_[0, np.cumsum(sizes)]
    flat = np.zeros(int(first[-1]))
    flat[first[group] + at_r * n_c[group] + at_c] = ss
    cell = np.repeat(np.arange(len(starts)), sizes)
    within = np.arange(len(flat)) - first[cell]
    i, j = within // n_c[cell], within % n_c[cell]
    weights = np.where(flat >= aligner.FLOOR, flat, 0.0) - aligner._TIE * np.abs(i / n_r[cell] - j / n_c[cell])
    core_g, core_a, core_b = assignment_arrays(weights, first, n_r, n_c)
    kept = flat[first[core_g] + core_a * n_c[core_g] + core_b] >= aligner.FLOOR
    return Layout(ii, jj, ss, group, at_r, at_c, rows, cols, n_r, n_c, first, flat,
                  core_g[kept], core_a[kept], core_b[kept])


def as_lists(layout: Layout, which) -> list[tuple]:
    """The pieces `which` as align takes them: each its rows and columns, score matrix and core pairs."""
    r_first, c_first = layout.r_first.tolist(), layout.c_first.tolist()
    first, n_r, n_c = layout.first.tolist(), layout.n_r.tolist(), layout.n_c.tolist()
    bounds = np.searchsorted(layout.core_g, np.arange(len(layout.n_r) + 1)).tolist()
    found = []
    for g in which:
        scores = layout.flat[first[g]:first[g + 1]].reshape(n_r[g], n_c[g]).tolist()
        lo, hi = bounds[g], bounds[g + 1]
        core = [(a, b, scores[a][b]) for a, b in zip(layout.core_a[lo:hi].tolist(), layout.core_b[lo:hi].tolist(),
                                                     strict=True)]
        found.append((layout.rows[r_first[g]:r_first[g + 1]].tolist(),
                      layout.cols[c_first[g]:c_first[g + 1]].tolist(), scores, core))
    return found


def prepare_pieces(ii: np.ndarray, jj: np.ndarray, ss: np.ndarray, piece: np.ndarray) -> list[tuple]:
    """Pieces as align takes them — each its rows and columns (sorted), score matrix and core pairs —
    from pairs sorted by piece (lay_out, every piece)."""
    if not len(ii):
        return []
    layout = lay_out(ii, jj, ss, piece)
    return as_lists(layout, range(len(layout.n_r)))


def _local(group: np.ndarray, values: np.ndarray, groups: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each value's rank among its group's distinct values; those values, group after group, sorted; and
    how many each group has."""
    ids, n = dense_ids(group * (int(values.max()) + 1) + values)
    distinct, owner = np.empty(n, values.dtype), np.empty(n, np.int64)
    distinct[ids], owner[ids] = values, group
    count = np.bincount(owner, minlength=groups)
    firsts = np.r_[0, np.cumsum(count)[:-1]]
    return ids - firsts[group], distinct, count


def settle(index: TaskIndex, layout: Layout, min_cosine: float):
    """What align makes of each piece, decided on arrays where that is sure; the rest as align takes them.

    align pairs the core, then tries each task left out (its best partner on score, then position, then
    order: align._candidates) strongest first; a try at a link under the threshold is lost (the cut), and
    the first task to join a core pair meets its core partner alone. So a piece whose tries at the
    threshold all go to different core pairs has for links its core pairs at the threshold and the tries
    whose residual against their partner less its core partner reaches JOIN — one batch of residuals for
    all pieces (_residual_reaches). A piece with two tries at one core pair goes to align, with those
    residuals as its first joins (keys (task, partner, member), rows of the index).

    Returns the links decided, the links joined (a subset: for tests), the other pieces (as_lists), and
    the first joins' table."""
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    count = len(layout.n_r)
    if not count:
        return empty, empty, [], {}
    group, at_r, at_c, ss = layout.group, layout.at_r, layout.at_c, layout.ss
    r_first, c_first = layout.r_first, layout.c_first
    row_node, col_node = r_first[group] + at_r, c_first[group] + at_c
    core_g, core_a, core_b = layout.core_g, layout.core_a, layout.core_b
    partner_of_row = np.full(int(r_first[-1]), -1, np.int64)  # row node -> its core partner's column node
    partner_of_col = np.full(int(c_first[-1]), -1, np.int64)
    partner_of_row[r_first[core_g] + core_a] = c_first[core_g] + core_b
    partner_of_col[c_first[core_g] + core_b] = r_first[core_g] + core_a
    distance = np.abs(at_r / layout.n_r[group] - at_c / layout.n_c[group])  # align's position term, as it makes it
    tries = []  # (pair, side is "a", the core pair's column node)
    first_try = _compiled_node_best if scores.compiled(index) is not None else _node_best
    for node, other, partner_of, other_partner in ((row_node, col_node, partner_of_row, partner_of_col),
                                                   (col_node, row_node, partner_of_col, partner_of_row)):
        position = at_c if node is row_node else at_r
        best = first_try(node, len(partner_of), ss, distance, position)  # per node: best score, nearest, first
        best = best[(partner_of[node[best]] < 0) & (other_partner[other[best]] >= 0) & (ss[best] >= min_cosine)
                    & (ss[best] >= aligner.FLOOR)]
        key = other[best] if node is row_node else other_partner[other[best]]
        tries.append((best, np.full(len(best), node is row_node), key))
    pair, side_a, key = (np.concatenate(part) for part in zip(*tries, strict=True))
    ties = np.zeros(count, bool)
    per_key = np.bincount(key, minlength=int(c_first[-1]))
    ties[group[pair[per_key[key] > 1]]] = True  # two tries at one core pair: align decides
    member = layout.cols[key]  # side b: the core partner (a column) of the partner
    member[side_a] = layout.rows[partner_of_col[key[side_a]]]  # side a: the core partner (a row) of the partner
    task = np.where(side_a, layout.ii[pair], layout.jj[pair])
    partner = np.where(side_a, layout.jj[pair], layout.ii[pair])
    reaches = _residual_reaches(index, task, partner, member) if len(pair) else np.zeros(0, bool)
    core_s = layout.flat[layout.first[core_g] + core_a * layout.n_c[core_g] + core_b]
    kept = ~ties[core_g] & (core_s >= min_cosine)
    joined = pair[~ties[group[pair]] & reaches]
    simple = (np.concatenate([layout.rows[r_first[core_g] + core_a][kept], layout.ii[joined]]),
              np.concatenate([layout.cols[c_first[core_g] + core_b][kept], layout.jj[joined]]),
              np.concatenate([core_s[kept], ss[joined]]))
    hard = ties[group[pair]]
    joins = dict(zip(zip(task[hard].tolist(), partner[hard].tolist(), member[hard].tolist(), strict=True),
                     reaches[hard].tolist(), strict=True))
    return simple, (layout.ii[joined], layout.jj[joined], ss[joined]), as_lists(layout, np.flatnonzero(ties)), joins


def _node_best(node: np.ndarray, count: int, ss: np.ndarray, distance: np.ndarray,
               position: np.ndarray) -> np.ndarray:
    """The pair align tries first at each node (nodes 0..count-1), by node: the best score, then the
    least distance, then the least position, then the first pair."""
    best = np.lexsort((position, distance, -ss, node))
    return best[np.r_[True, node[best][1:] != node[best][:-1]]]


def _compiled_node_best(node: np.ndarray, count: int, ss: np.ndarray, distance: np.ndarray,
                        position: np.ndarray) -> np.ndarray:
    """_node_best by kernels.node_best: one pass, no sort."""
    from .kernels import node_best

    found = np.empty(count, np.int64)
    node_best(np.ascontiguousarray(node, np.int64), count, np.ascontiguousarray(ss, np.float64),
              np.ascontiguousarray(distance, np.float64), np.ascontiguousarray(position, np.int64), found)
    return found[found >= 0]


def _align_piece(index: TaskIndex, piece: tuple, min_cosine: float,
                 joins: dict | None = None) -> list[tuple[int, int, float]]:
    rows, cols, scores, core = piece

    def residual(side: str, task: int, partner: int, members) -> float:
        own, other = (rows, cols) if side == "a" else (cols, rows)
        score = scores[task][partner] if side == "a" else scores[partner][task]
        if score < min_cosine:
            return 0.0  # the link would be cut anyway
        if joins is not None and len(members) == 1:
            known = joins.get((own[task], other[partner], own[members[0]]))
            if known is not None:  # align compares a residual with JOIN only
                return aligner.JOIN if known else 0.0
        return residual_score(index, own[task], other[partner], [own[m] for m in members])

    groups = aligner.align(scores, residual, min_score=min_cosine, core=core)
    return [(rows[a], cols[b], s) for g in groups for a, b, s in g.links]


__all__ = ["align_pairs", "dense_ids", "pieces"]

"""kernels: the loops of a whole corpus's alignment that numpy and scipy cannot do fast, compiled (numba).

near_scores (the scores: half the matrix's CPU before it). scores._block adds the rare terms' products of
a block of query rows and a span of corpus rows to their dense (common-term) products, then keeps the
pairs that reach FLOOR. scipy's sparse product spends most of its time building a sparse result that is
half full, and csr_todense then adds it in: two passes over the pairs and two over the output, and then
numpy's passes over the pairs near FLOOR (the rounding, its edge, the documents allowed). near_scores
does it in one: corpus row by corpus row, each of its rare terms (in the order the row stores them) times
that term's entries among the query rows (the block's rare part, transposed: term -> query rows), summed
into one row of sums; then that row is added to the dense products and each pair near FLOOR is rounded
(and flagged at the rounding edge) there. Each sum is the one scipy's product makes (the same products,
added to 0.0 in the row's stored term order, then added to the dense product once), and the rounding and
the edge are numpy's float operations, so the pairs, sums, scores and flags are scipy's and numpy's bit
for bit (tests/test_corpus_kernels.py checks it).

residual_cosines, components, best_other, node_best (pairing): the residuals align's joins need, the
connected pieces, each pair's best rival and each node's first try, without scipy's row copies, a graph
search and sorts, or ufunc.at.
The residuals are checked at the rounding edge as before; the others are exact (max, union–find).

numba is imported with this module, and only when scores.compiled says a run's products are worth its
start (about 0.9 s CPU; a whole corpus of some hundreds of documents and more): no other command pays for
it. cache=True keeps the compiled code on disk (__pycache__ beside this file), so compiling (a few
seconds) is paid once per machine; dispatch reads it back before forking its workers.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def near_scores(products, lo, start, hi, c_indptr, c_indices, c_data, q_indptr, q_indices, q_data, near, scale,
                floor, guard, doc_of, allowed, out_j, out_q, out_s, out_r, out_edge):  # pragma: no cover - compiled
    """For corpus rows start..hi (products' row j - lo holds their dense products with the nq query rows):
    add the rare products (corpus rows: CSR c_*, all rows of the index; query rows: the block's rare part
    transposed, CSR q_* of terms × nq) and, of each pair whose sum is at least `near` and whose documents
    allowed[doc_of[j], q] permits, round the sum as cosines() does (floor(sum · scale + 0.5) / scale) and
    flag it when within `guard` of the rounding edge (as scores._block measured it: the distance of
    sum · scale + 0.5 to the nearest whole number). A pair is written when its rounded score reaches
    `floor` or it is flagged (the caller sums it again exactly): out_j (corpus row), out_q (query column),
    out_s (sum), out_r (rounded score), and out_edge the places of the flagged ones; corpus row by corpus
    row, columns in order. Stops before a row whose pairs might not fit; returns (pairs written, flagged,
    the next row to do). Indices are read as unsigned: numba tests every signed index for a negative one
    (wraparound), a third of the time."""
    nq = products.shape[1]
    sums = np.zeros(nq)
    count = 0
    edges = 0
    room = out_j.shape[0]
    one = np.uint64(1)
    for j in range(start, hi):
        if count + nq > room:
            return count, edges, j
        for k in range(np.uint64(c_indptr[j]), np.uint64(c_indptr[j + 1])):  # unsigned: no wraparound test
            term = np.uint64(c_indices[k])
            value = c_data[k]
            for p in range(np.uint64(q_indptr[term]), np.uint64(q_indptr[term + one])):
                sums[np.uint64(q_indices[p])] += value * q_data[p]
        row = products[j - lo]
        ok = allowed[np.uint64(doc_of[j])]
        for q in range(nq):
            total = row[q] + sums[q]
            sums[q] = 0.0
            if total >= near and ok[q]:
                scaled = total * scale + 0.5
                low = np.floor(scaled)
                off = scaled - low  # exact: the distance to the whole number below
                edge = min(off, 1.0 - off) < guard
                score = low / scale
                if score >= floor or edge:
                    out_j[count] = j
                    out_q[count] = q
                    out_s[count] = total
                    out_r[count] = score
                    if edge:
                        out_edge[edges] = count
                        edges += 1
                    count += 1
    return count, edges, hi


@njit(cache=True, nogil=True)
def residual_cosines(w_indptr, w_indices, w_data, u_indptr, u_indices, u_data, task, partner, member,
                     out):  # pragma: no cover - compiled: coverage does not see inside
    """out[k]: the cosine of row task[k] with what row partner[k] keeps once row member[k] covers it — the
    weighted partner less the weighted member, terms at or under 0 dropped — as pairing._residual_reaches
    makes it with sparse products (rows of terms sorted: w_* weighted as the engine weighs, u_* of unit
    length; one pass merging the three rows). The sums go in term order, not the engine's: the caller
    redoes exactly those near a rounding edge."""
    one = np.uint64(1)
    for k in range(task.shape[0]):
        a, a_end = np.uint64(w_indptr[partner[k]]), np.uint64(w_indptr[partner[k] + 1])
        b, b_end = np.uint64(w_indptr[member[k]]), np.uint64(w_indptr[member[k] + 1])
        c, c_end = np.uint64(u_indptr[task[k]]), np.uint64(u_indptr[task[k] + 1])
        square = 0.0
        dot = 0.0
        while a < a_end:
            term = w_indices[a]
            value = w_data[a]
            a += one
            while b < b_end and w_indices[b] < term:
                b += one
            if b < b_end and w_indices[b] == term:
                value = value - w_data[b]
            if value <= 0.0:
                continue
            square += value * value
            while c < c_end and u_indices[c] < term:
                c += one
            if c < c_end and u_indices[c] == term:
                dot += u_data[c] * value
        out[k] = dot / np.sqrt(square) if square > 0.0 else 0.0


@njit(cache=True, nogil=True)
def components(left, n_left, right, n_right, out):  # pragma: no cover - compiled: coverage does not see inside
    """out[k]: the connected piece of edge k (left node left[k] – right node right[k]), pieces numbered 0, 1,
    … in the order of their first edge; returns how many. Union–find with path halving."""
    parent = np.arange(n_left + n_right)
    for k in range(left.shape[0]):
        a = left[k]
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        b = right[k] + n_left
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            parent[max(a, b)] = min(a, b)
    number = np.full(n_left + n_right, -1)
    count = 0
    for k in range(left.shape[0]):
        a = left[k]
        while parent[a] != a:
            a = parent[a]
        if number[a] < 0:
            number[a] = count
            count += 1
        out[k] = number[a]
    return count


@njit(cache=True, nogil=True)
def best_other(node, count, ss, out):  # pragma: no cover - compiled: coverage does not see inside
    """out[k]: the best score among the other pairs at pair k's node (0 when it has none): pairing._best_other
    in two passes — each node's best score, how many pairs have it, and its best score under that."""
    best = np.zeros(count)
    second = np.zeros(count)
    ties = np.zeros(count, np.int64)
    for k in range(node.shape[0]):
        n, s = node[k], ss[k]
        if s > best[n]:
            second[n] = best[n]
            best[n] = s
            ties[n] = 1
        elif s == best[n]:
            ties[n] += 1
        elif s > second[n]:
            second[n] = s
    for k in range(node.shape[0]):
        n = node[k]
        out[k] = second[n] if ss[k] == best[n] and ties[n] == 1 else best[n]


@njit(cache=True, nogil=True)
def node_best(node, count, ss, distance, position, out):  # pragma: no cover - compiled: coverage does not see inside
    """out[n]: the pair align tries first at node n (-1 when none): the best score, then the least
    distance, then the least position, then the first pair — what np.lexsort((position, distance, -ss,
    node)) puts first at each node (pairing.settle), in one pass instead of a sort of every pair."""
    out[:count] = -1
    for k in range(node.shape[0]):
        n = node[k]
        b = out[n]
        if b < 0 or ss[k] > ss[b] or (ss[k] == ss[b] and (distance[k] < distance[b] or (
                distance[k] == distance[b] and position[k] < position[b]))):
            out[n] = k


__all__ = ["best_other", "components", "near_scores", "node_best", "residual_cosines"]

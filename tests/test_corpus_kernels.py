"""Compiled kernels of the corpus engine (compare/batch/kernels.py): the numbers scipy gives, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import SEED_IDS
from corpus_helpers import make_synthetic
from scipy import sparse

from zhifa_cli.compare.align import FLOOR
from zhifa_cli.compare.batch import scores
from zhifa_cli.compare.batch.task_index import build_index
from zhifa_cli.compare.batch.vectors import cosines
from zhifa_cli.compare.score import SCALE

pytest.importorskip("numba")
from zhifa_cli.compare.batch.kernels import near_scores  # noqa: E402


def _random_csr(rng, rows: int, terms: int, per_row: int, values: np.ndarray) -> sparse.csr_matrix:
    """Rows of up to per_row distinct terms, stored in a random order (as the index stores them: not
    sorted), values drawn from `values`."""
    indptr, indices = [0], []
    for _ in range(rows):
        k = int(rng.integers(0, per_row + 1))
        indices.extend(rng.choice(terms, size=k, replace=False).tolist())
        indptr.append(len(indices))
    data = rng.choice(values, size=len(indices))
    matrix = sparse.csr_matrix((data, np.array(indices, np.int32), np.array(indptr, np.int32)), shape=(rows, terms))
    assert not matrix.has_sorted_indices or matrix.nnz < 2
    return matrix


def _by_kernel(rare, block, lo, hi, products, room, *, floor=0.0, guard=1e-6, doc_of=None, allowed=None):
    """near_scores called as scores._kernel_block calls it, with output arrays of `room` pairs (so a small
    room makes it stop and go on many times); every document allowed unless `allowed` says otherwise
    (documents × columns). Returns (corpus row, column, sum, score, flagged at an edge, calls)."""
    query = sparse.csr_matrix(rare[block].T)
    doc_of = np.zeros(rare.shape[0], np.int64) if doc_of is None else doc_of
    allowed = np.ones((1, len(block)), bool) if allowed is None else allowed
    out = [np.empty(room, np.int64), np.empty(room, np.int64), np.empty(room), np.empty(room), np.empty(room, np.int64)]
    found, at, calls = [], lo, 0
    while at < hi:
        count, edges, at = near_scores(products, lo, at, hi, rare.indptr, rare.indices, rare.data, query.indptr,
                                       query.indices, query.data, scores.NEAR, float(SCALE), floor, guard, doc_of,
                                       allowed, *out)
        flagged = np.zeros(count, bool)
        flagged[out[4][:edges]] = True
        found.append([part[:count].copy() for part in out[:4]] + [flagged])
        calls += 1
    return (*(np.concatenate(part) for part in zip(*found, strict=True)), calls)


def _numpy_edge(sums, guard):
    """scores._block's test for a sum within `guard` of the rounding edge."""
    scaled = sums * SCALE + 0.5
    return np.abs(scaled - np.round(scaled)) < guard


def _random_case(seed):
    """A random rare part (tied values for odd seeds), a block of query rows, a span of corpus rows and
    dense parts exactly on the bound NEAR and just under it (dropped unless a rare term adds), and on a
    rounding edge (0.1234565: kept as it is where no rare term adds)."""
    rng = np.random.default_rng(seed)
    tied = np.array([0.05, 0.1, 0.025, 0.075, 0.3])
    values = tied if seed % 2 else rng.random(50) * 0.4
    rows = 300
    rare = _random_csr(rng, rows, 60, 12, values)
    block = np.sort(rng.choice(rows, size=int(rng.integers(1, 80)), replace=False)).astype(np.int64)
    lo, hi = sorted(int(x) for x in rng.integers(0, rows + 1, size=2))
    edge = [scores.NEAR, np.nextafter(scores.NEAR, 0)]
    common = rng.choice([0.0, 0.05, *edge, 0.1234565, rng.random() * 0.2], size=(hi - lo, len(block)))
    return rng, rare, block, lo, hi, common


@pytest.mark.parametrize("seed", range(6))
def test_rare_products_by_the_kernel_are_scipys_bit_for_bit(seed):
    """Random sparse rows, random dense parts: the kernel's pairs and sums equal scipy's product added in
    place (near_pairs, the way without numba), bit for bit, and each score is cosines() of its sum. Values
    from a few decimals make many exact ties and sums; the random values' sums differ in the last bits by
    the order they are added in, which must be scipy's too."""
    _rng, rare, block, lo, hi, common = _random_case(seed)
    mine = common.copy()
    jj, q, sums, ss, _flagged, calls = _by_kernel(rare, block, lo, hi, mine, room=max(len(block), 97))
    theirs = common.copy()
    want = scores.near_pairs(rare, block, lo, hi, theirs)
    for got, expected in zip((jj, q, sums), want, strict=True):
        assert np.array_equal(got, expected)
    assert np.array_equal(ss, cosines(want[2]))
    assert np.array_equal(mine, common)  # the kernel leaves the dense products as they were
    if hi - lo > 60:
        assert calls > 1 and len(jj) > 97, calls  # it stopped for room and went on where it stopped
        assert (sums == scores.NEAR).any()  # a sum exactly on the bound is kept


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("guard", [1e-6, 0.05])
def test_the_kernels_floor_edge_and_documents_are_numpys(seed, guard):
    """With FLOOR, a guard and documents allowed or not: the kernel writes exactly the pairs numpy keeps
    (allowed, and rounded to FLOOR or more, or within the guard of a rounding edge), and flags exactly
    those numpy finds at an edge (the wide guard flags many; sums exactly on an edge:
    test_the_kernels_edge_is_numpys_at_the_edge)."""
    rng, rare, block, lo, hi, common = _random_case(seed)
    doc_of = np.sort(rng.integers(0, 7, rare.shape[0])).astype(np.int64)
    allowed = rng.random((7, len(block))) < 0.7
    every = _by_kernel(rare, block, lo, hi, common.copy(), 97, floor=0.0, guard=guard)  # all near FLOOR
    jj, q, sums, ss, flagged, _ = _by_kernel(rare, block, lo, hi, common.copy(), 97, floor=FLOOR, guard=guard,
                                              doc_of=doc_of, allowed=allowed)
    a_jj, a_q, a_sums = every[:3]
    edge = _numpy_edge(a_sums, guard)
    keep = allowed[doc_of[a_jj], a_q] & ((cosines(a_sums) >= FLOOR) | edge)
    assert np.array_equal(jj, a_jj[keep]) and np.array_equal(q, a_q[keep]) and np.array_equal(sums, a_sums[keep])
    assert np.array_equal(ss, cosines(a_sums[keep])) and np.array_equal(flagged, edge[keep])
    if hi - lo > 60:
        assert flagged.any() and (~flagged).any()
    if hi - lo > 60:
        assert 0 < keep.sum() < len(keep)


def test_the_kernels_edge_is_numpys_at_the_edge():
    """Sums on a rounding edge, one float either side, and at the guard's distance: flagged as numpy's
    test flags them (the distance to the nearest whole number, below or above)."""
    edges = np.array([0.1234565, 0.5000005, 0.25, 0.9999995, 0.1000005, 0.0999995])
    sums = np.concatenate([edges, np.nextafter(edges, 0), np.nextafter(edges, 1), edges + 0.3e-6, edges - 0.3e-6])
    rare = sparse.csr_matrix((1, 1))
    doc_of = np.zeros(1, np.int64)
    for guard in (1e-6, 0.2, 0.3, 0.30000001):
        products = sums[None, :].copy()
        _jj, q, got, ss, flagged, _ = _by_kernel(rare, np.zeros(len(sums), np.int64), 0, 1, products,
                                                  len(sums), floor=0.0, guard=guard, doc_of=doc_of)
        assert np.array_equal(got, sums[q]) and np.array_equal(ss, cosines(sums[q]))
        assert np.array_equal(flagged, _numpy_edge(sums[q], guard)), guard
    assert flagged.sum() > len(edges)


def test_a_kernel_sum_in_another_order_would_differ():
    """The products of one pair are added in the order the corpus row stores its terms: the same three
    products in another order give another float, so the bit-for-bit test above can tell."""
    a, b, c = 0.1, 0.2, 0.3
    assert (a + b) + c != a + (b + c)
    rare = sparse.csr_matrix((np.array([a, b, c, 1.0, 1.0, 1.0]), np.array([0, 1, 2, 2, 0, 1], np.int32),
                              np.array([0, 3, 6], np.int32)), shape=(2, 3))
    jj, _q, sums, _ss, _flagged, _ = _by_kernel(rare, np.array([1]), 0, 1, np.zeros((1, 1)), 4)
    assert len(jj) == 1 and sums[0] == (a + b) + c


@pytest.fixture(scope="module")
def seed_index(docs):
    return build_index([docs[name] for name in SEED_IDS], workers=1)


@pytest.fixture()
def compiled(monkeypatch):
    """scores with the kernel whatever the size (COMPILED_FROM 0), or never (inf)."""
    def use(on: bool, index):
        monkeypatch.setattr(scores, "COMPILED_FROM", 0.0 if on else float("inf"))
        index.memo.pop("compiled", None)
        return scores.compiled(index)

    return use


@pytest.mark.parametrize("share", [0.0, 0.1, 2.0])
def test_floor_pairs_by_the_kernel_are_the_plain_products(seed_index, share, compiled, monkeypatch):
    """Any split of common and rare terms: the kernel's pairs are scipy's and the one plain product's."""
    monkeypatch.setattr(scores, "DENSE_SHARE", share)
    monkeypatch.setattr(scores, "KERNEL_SHARE", share)
    seed_index.memo.pop("split", None)
    n = len(seed_index.docs)
    allowed = ~np.eye(n, dtype=bool)
    rows = np.arange(seed_index.matrix.shape[0], dtype=np.int64)
    assert compiled(True, seed_index) is near_scores
    by_kernel = scores.floor_pairs(seed_index, rows, allowed)
    assert compiled(False, seed_index) is None
    by_scipy = scores.floor_pairs(seed_index, rows, allowed)
    plain = scores.floor_pairs(seed_index, rows, allowed, dense=False)
    for k, s, p in zip(by_kernel, by_scipy, plain, strict=True):
        assert np.array_equal(k, s) and np.array_equal(k, p)
    assert len(by_kernel[0]) > 400
    seed_index.memo.pop("split", None)
    seed_index.memo.pop("compiled", None)


def test_the_kernel_is_used_only_when_it_pays(seed_index, monkeypatch):
    """The five seeds' rare products are far fewer than numba's start is worth."""
    seed_index.memo.pop("compiled", None)
    assert scores.compiled(seed_index) is None
    assert 0 < scores._rare_work(seed_index.matrix) < scores.COMPILED_FROM
    seed_index.memo.pop("compiled", None)


def test_with_the_kernel_fewer_terms_are_dense(seed_index, compiled):
    """The kernel makes the rare products ~3× as fast as scipy: terms in KERNEL_SHARE of the rows or more
    are dense then, in DENSE_SHARE without it (and whether it is used does not depend on the split)."""
    df = np.bincount(seed_index.matrix.indices, minlength=seed_index.matrix.shape[1])
    rows = seed_index.matrix.shape[0]
    found = {}
    for on in (True, False):
        compiled(on, seed_index)
        seed_index.memo.pop("split", None)
        found[on] = scores.split_terms(seed_index)[0].shape[1]
    assert found[True] == (df >= scores.KERNEL_SHARE * rows).sum() < found[False] == (df >= scores.DENSE_SHARE * rows).sum()
    seed_index.memo.pop("split", None)
    seed_index.memo.pop("compiled", None)


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory):
    """200 synthetic circulars and the five seeds."""
    from zhifa_cli.documents import load_corpus
    from zhifa_cli.store import DataDir

    folder = tmp_path_factory.mktemp("kernels")
    make_synthetic(200, folder, seed=5)
    return build_index(list(load_corpus(DataDir(folder)).documents), workers=1)


def test_a_corpus_scored_by_the_kernel_is_scored_as_exhaustively(corpus_index, compiled):
    """A whole matrix's pairs (every document against the later ones) at or above FLOOR, by the kernel,
    by scipy's split product and by the one plain product (the exhaustive engine): the same arrays, bit
    for bit — so every threshold's alignment and matrix are the same too (pairing sees only these)."""
    index = corpus_index
    n = len(index.docs)
    allowed = np.triu(np.ones((n, n), bool), 1)
    rows = np.arange(index.matrix.shape[0], dtype=np.int64)
    assert compiled(True, index) is near_scores
    by_kernel = scores.floor_pairs(index, rows, allowed)
    assert compiled(False, index) is None
    by_scipy = scores.floor_pairs(index, rows, allowed)
    plain = scores.floor_pairs(index, rows, allowed, dense=False)
    for k, s, p in zip(by_kernel, by_scipy, plain, strict=True):
        assert k.dtype == s.dtype and np.array_equal(k, s) and np.array_equal(k, p)
    assert len(by_kernel[0]) > 100_000
    index.memo.pop("compiled", None)


def _near_triples(index, rng, count: int):
    """(task, partner, member) triples as align tries them: a partner, and two of its nearest rows."""
    products = (index.matrix @ index.matrix.T).toarray()
    partner = rng.integers(0, index.matrix.shape[0], size=count)
    near = np.argsort(-products[partner], axis=1)[:, 1:6]
    pick = rng.integers(0, 5, size=(count, 2))
    task, member = near[np.arange(count), pick[:, 0]], near[np.arange(count), pick[:, 1]]
    return task.astype(np.int64), partner.astype(np.int64), member.astype(np.int64)


def test_residual_cosines_by_the_kernel_are_the_sparse_products(seed_index, compiled):
    """The kernel's residual cosines equal the sparse products' within float noise (their sums go in
    another order: the caller redoes those near the rounding edge), and whether each reaches JOIN is
    residual_score's answer, task by task, also where the member covers the partner's terms (task ==
    member, partner == member)."""
    from zhifa_cli.compare import align as aligner
    from zhifa_cli.compare.batch import pairing

    index = seed_index
    pairing.sort_rows(index)
    task, partner, member = _near_triples(index, np.random.default_rng(1), 3000)
    task[:50], partner[50:100] = member[:50], member[50:100]
    assert compiled(False, index) is None and pairing._kernel_cosines(index, task, partner, member) is None
    compiled(True, index)
    mine = pairing._kernel_cosines(index, task, partner, member)
    theirs = pairing._product_cosines(index, task, partner, member)
    assert np.abs(mine - theirs).max() < 1e-14 and (mine == 0).sum() >= 50
    assert 300 < (mine >= aligner.JOIN).sum() < 2900  # both answers are common
    reaches = pairing._residual_reaches(index, task, partner, member)
    for k in range(0, 3000, 7):
        plain = pairing.residual_score(index, int(task[k]), int(partner[k]), [int(member[k])]) >= aligner.JOIN
        assert reaches[k] == plain, k
    index.memo.pop("compiled", None)


@pytest.mark.parametrize("threshold", [0.15, 0.3, 0.5, 0.7])
def test_a_corpus_aligned_with_the_kernels_is_aligned_as_without(corpus_index, compiled, threshold):
    """Scores and residuals by the kernels, or by scipy: the same links and scores, bit for bit, from the
    same pairs (the matrix at each threshold shipped in the docs)."""
    from zhifa_cli.compare.batch import pairing

    index = corpus_index
    n = len(index.docs)
    allowed = np.triu(np.ones((n, n), bool), 1)
    rows = np.arange(index.matrix.shape[0], dtype=np.int64)
    pairing.sort_rows(index)
    compiled(True, index)
    ii, jj, ss = scores.floor_pairs(index, rows, allowed)
    with_kernels = pairing.align_pairs(index, ii, jj, ss, threshold)
    compiled(False, index)
    without = pairing.align_pairs(index, ii, jj, ss, threshold)
    for a, b in zip(with_kernels, without, strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert len(with_kernels[0]) > 1000
    index.memo.pop("compiled", None)


def test_best_other_by_the_kernel_is_the_plain_loops():
    """kernels.best_other against the plain loop, with ties at the top and nodes of one pair."""
    from zhifa_cli.compare.batch.pairing import _best_other, _compiled_best_other

    rng = np.random.default_rng(0)
    node = rng.integers(0, 300, 2000)
    ss = rng.choice([0.1, 0.25, 0.5, 0.5, 0.75, 0.9], 2000) + rng.integers(0, 3, 2000) * 1e-6
    got = _compiled_best_other(node, 300, ss)
    want = [max((ss[m] for m in np.flatnonzero(node == node[k]) if m != k), default=0.0) for k in range(2000)]
    assert got.tolist() == want == _best_other(node, 300, ss).tolist()
    assert (np.bincount(node) == 1).any() and len(set(got.tolist())) > 3


@pytest.mark.parametrize("seed", range(4))
def test_pieces_by_the_kernel_are_the_connected_components(seed):
    """kernels.components: the same partition of the pairs as scipy's connected_components, numbered in
    the order of each piece's first pair."""
    from scipy.sparse.csgraph import connected_components

    from zhifa_cli.compare.batch.pairing import _piece_ids

    rng = np.random.default_rng(seed)
    n_left, n_right, edges = 400, 300, int(rng.integers(1, 600))
    left, right = rng.integers(0, n_left, edges), rng.integers(0, n_right, edges)
    piece, count = _piece_ids((left, n_left, right, n_right))
    graph = sparse.coo_matrix((np.ones(edges), (left, right + n_left)), shape=(n_left + n_right,) * 2)
    _, labels = connected_components(graph, directed=False)
    theirs = labels[left]
    assert count == len(set(theirs.tolist())) and set(piece.tolist()) == set(range(count))
    same = {(int(a), int(b)) for a, b in zip(piece, theirs, strict=True)}
    assert len(same) == count  # one label of theirs for each piece of ours, and back
    seen = np.maximum.accumulate(piece)  # a new piece is the next number
    assert piece[0] == 0 and np.all(np.diff(seen) <= 1) and np.all(piece <= seen)


@pytest.mark.parametrize("seed", range(4))
def test_each_nodes_first_try_by_the_kernel_is_the_lexsorts(seed):
    """kernels.node_best: at each node the pair np.lexsort((position, distance, -ss, node)) puts first
    (pairing.settle's way without numba), with ties in score, in score and distance, and exact repeats
    (the first pair wins), nodes of one pair and nodes without any."""
    from zhifa_cli.compare.batch.pairing import _compiled_node_best, _node_best

    rng = np.random.default_rng(seed)
    pairs, count = 3000, 900
    node = rng.integers(0, count - 50, pairs)  # the last 50 nodes have no pair
    ss = rng.choice([0.1, 0.3, 0.5, 0.5, 0.7], pairs) + rng.integers(0, 2, pairs) * 1e-6
    distance = rng.choice([0.0, 0.25, 0.5, 1 / 3], pairs)
    position = rng.integers(0, 4, pairs)
    got = _compiled_node_best(node, count, ss, distance, position)
    want = _node_best(node, count, ss, distance, position)
    assert np.array_equal(got, want)
    keys = list(zip(node.tolist(), (-ss).tolist(), distance.tolist(), position.tolist(), strict=True))
    repeats = len(keys) - len(set(keys))
    assert repeats > 10 and len(got) == len(set(node.tolist())) < count

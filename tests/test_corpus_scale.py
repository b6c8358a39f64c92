"""Corpus scale (issue 14): the array versions of per-pair Python give the same numbers, bit for bit."""

from __future__ import annotations

import random

import numpy as np
import pytest
from conftest import SEED_IDS

from zhifa_cli.compare.batch.pairing import dense_ids, residual_score
from zhifa_cli.compare.batch.task_index import build_index
from zhifa_cli.compare.score import norm
from zhifa_cli.compare.score import residual_score as python_residual


@pytest.fixture(scope="module")
def index(docs):
    return build_index([docs[name] for name in SEED_IDS], workers=1)


def test_residual_on_arrays_is_compare_score_residual_bit_for_bit(index):
    """Tasks against a near partner less one to three of its other near tasks (the joins align tries)."""
    products = (index.matrix @ index.matrix.T).toarray()
    rng = random.Random(0)
    vector = index.vector
    joined = 0
    for _ in range(400):
        partner = rng.randrange(index.matrix.shape[0])
        near = np.argsort(-products[partner])[1:8].tolist()
        task, members = near[0], rng.sample(near[1:], rng.choice([0, 1, 1, 2, 3]))
        ours = residual_score(index, task, partner, members)
        theirs = python_residual(vector(task), vector(partner), [vector(m) for m in members], norm(vector(task)))
        assert ours == theirs, (task, partner, members)
        joined += ours >= 0.1
    assert joined > 100  # the values a join depends on are among them


def test_dense_ids_number_values_in_sorted_order():
    values = np.array([50, 7, 50, 3, 7, 7], dtype=np.int64)
    ids, count = dense_ids(values)
    assert ids.tolist() == [2, 1, 2, 0, 1, 1] and count == 3
    assert np.array_equal(ids, np.unique(values, return_inverse=True)[1])
    rng = np.random.default_rng(0)
    for values in (np.sort(rng.integers(0, 50, 500)), rng.integers(0, 50, 500), np.array([4]), np.array([4, 4]),
                   rng.integers(10**6, 10**6 + 2000, 500), rng.integers(0, 10**12, 500)):
        ids, count = dense_ids(values)  # sorted values (numbered without a sort) or not, narrow (a table) or
        want = np.unique(values, return_inverse=True)  # wide (a sort): np.unique's numbers
        assert np.array_equal(ids, want[1].ravel()) and count == len(want[0])


def test_parse_of_many_files_in_a_pool_says_and_writes_what_one_by_one_does(tmp_path, monkeypatch):
    """A folder of 40 circulars (and a second file of one stem, refused in its place) parsed by the pool
    of workers: the same records, the same summary and the same lines on stderr, in the same order."""
    from conftest import RAW
    from corpus_helpers import run

    from zhifa_cli import documents

    raw = tmp_path / "raw"
    raw.mkdir()
    for k in range(40):
        name = SEED_IDS[k % 5]
        (raw / f"c{k:02d}-{name}.txt").write_bytes((RAW / f"{name}.txt").read_bytes())
    (raw / "c00-shangrao.md").write_bytes((RAW / "shangrao.txt").read_bytes())
    outputs = {}
    for mode, least in (("pool", 2), ("one by one", 10**6), ("pool -q", 2), ("one by one -q", 10**6)):
        monkeypatch.setattr(documents, "PARSE_PARALLEL_FROM", least)
        result = run("parse", str(raw), "--out", str(tmp_path / mode), *mode.split()[-1:] if "-q" in mode else [])
        records = {p.name: p.read_bytes() for p in sorted((tmp_path / mode).iterdir())}
        outputs[mode] = (result.exit_code, result.stdout.replace(mode, "OUT"), result.stderr, records)
    assert outputs["pool"] == outputs["one by one"]
    assert outputs["pool -q"] == outputs["one by one -q"]  # --quiet: the documents stay in the workers
    assert outputs["pool -q"][3] == outputs["pool"][3] and not outputs["pool -q"][1]
    code, stdout, stderr, records = outputs["pool"]
    assert code == 1 and len(records) == 40 and "same id 'c00-shangrao'" in stderr
    assert stderr.index("same id") < stderr.index("c02-yandu.txt:") < stderr.index("c07-yandu.txt:")  # in place


def test_a_warm_index_is_loaded_whole_and_equals_the_built_one(docs, tmp_path, monkeypatch):
    """The second build of the same documents reads the index cache (no document's terms read again) and
    gives the very same arrays; another corpus (one document fewer, or one task edited) builds afresh."""
    from zhifa_cli.compare.batch import task_index

    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    corpus = [docs[name] for name in SEED_IDS]
    cold = build_index(corpus, workers=1)
    built = []
    monkeypatch.setattr(task_index, "_cut_all", lambda *a: built.append(1) or pytest.fail("built again"))
    warm = build_index(corpus, workers=1)
    assert not built
    for got, want in ((warm.matrix.data, cold.matrix.data), (warm.matrix.indices, cold.matrix.indices),
                      (warm.matrix.indptr, cold.matrix.indptr), (warm.norms, cold.norms)):
        assert got.dtype == want.dtype and np.array_equal(got, want)
    assert warm.matrix.shape == cold.matrix.shape and warm.task_ids == cold.task_ids
    monkeypatch.undo()
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    edited = corpus[0].model_copy(update={"tasks": [corpus[0].tasks[0].model_copy(update={"text": "改写的任务"}),
                                                     *corpus[0].tasks[1:]]})
    assert not np.array_equal(build_index([edited, *corpus[1:]], workers=1).norms, cold.norms)
    assert build_index(corpus[1:], workers=1).matrix.shape[0] == cold.matrix.shape[0] - len(corpus[0].tasks)


def test_best_other_is_the_best_score_of_the_other_pairs_at_a_node():
    """pairing._best_other against the plain loop, with ties at the top and nodes of one pair."""
    from zhifa_cli.compare.batch.pairing import _best_other

    rng = np.random.default_rng(0)
    node = rng.integers(0, 300, 2000)
    ss = rng.choice([0.1, 0.25, 0.5, 0.5, 0.75, 0.9], 2000) + rng.integers(0, 3, 2000) * 1e-6
    got = _best_other(node, 300, ss)
    want = [max((ss[m] for m in np.flatnonzero(node == node[k]) if m != k), default=0.0) for k in range(2000)]
    assert got.tolist() == want
    assert (np.bincount(node) == 1).any() and len(set(got.tolist())) > 3


def _plain_floor_pairs(index, allowed):
    """Every pair the plain sparse product scores at FLOOR or more, where allowed: (query, corpus, score)."""
    from zhifa_cli.compare.align import FLOOR
    from zhifa_cli.compare.batch.vectors import cosines

    product = (index.matrix @ index.matrix.T).tocoo()  # product[corpus, query], summed in term order
    ss = cosines(product.data)
    doc_of = index.doc_of
    keep = (ss >= FLOOR) & allowed[doc_of[product.col], doc_of[product.row]]
    ii, jj, ss = product.col[keep].astype(np.int64), product.row[keep].astype(np.int64), ss[keep]
    order = np.lexsort((jj, ii))
    return ii[order], jj[order], ss[order]


@pytest.mark.parametrize("share", [0.0, 0.1, 0.5, 2.0])
def test_floor_pairs_with_common_terms_dense_are_the_plain_products_bit_for_bit(index, share, monkeypatch):
    """The common terms' part of every score made densely (BLAS) and the rest sparsely, any split (every
    term dense, some, none): the same pairs and the same rounded scores as one plain sparse product."""
    from zhifa_cli.compare.batch import scores

    monkeypatch.setattr(scores, "DENSE_SHARE", share)
    index.memo.pop("split", None)
    n = len(index.docs)
    allowed = ~np.eye(n, dtype=bool)
    rows = np.arange(index.matrix.shape[0], dtype=np.int64)
    got = scores.floor_pairs(index, rows, allowed)
    want = _plain_floor_pairs(index, allowed)
    plain = scores.floor_pairs(index, rows, allowed, dense=False)  # few query rows: one sparse product
    for g, p, w in zip(got, plain, want, strict=True):
        assert np.array_equal(g, w) and np.array_equal(p, w)
    assert len(got[0]) > 400
    dense, _rare, _guard = scores.split_terms(index)
    assert dense.shape[1] == {0.0: index.matrix.shape[1], 2.0: 0}.get(share, dense.shape[1])
    index.memo.pop("split", None)


def test_sums_near_a_rounding_edge_are_summed_again_in_term_order(index, monkeypatch):
    """The split sums the products in another order than the plain product: the last bits differ for many
    pairs. exact_products gives the plain product's sum bit for bit, and with every sum treated as near an
    edge (all re-summed) the pairs are the same."""
    from zhifa_cli.compare.batch import scores

    index.memo.pop("split", None)
    product = (index.matrix @ index.matrix.T).tocoo()
    near = product.data >= 0.1
    ii, jj, plain = product.col[near].astype(np.int64), product.row[near].astype(np.int64), product.data[near]
    assert np.array_equal(scores.exact_products(index, ii, jj), plain)
    dense, rare, _guard = scores.split_terms(index)
    split = np.einsum("ij,ij->i", dense[jj], dense[ii]) + np.asarray(rare[jj].multiply(rare[ii]).sum(axis=1)).ravel()
    assert (split != plain).sum() > 100  # the order matters to the last bits
    assert np.abs(split - plain).max() < 1e-13
    rows = np.arange(index.matrix.shape[0], dtype=np.int64)
    allowed = ~np.eye(len(index.docs), dtype=bool)
    usual = scores.floor_pairs(index, rows, allowed)
    index.memo["split"] = (dense, rare, 1.0)  # every sum within the guard: all summed again in term order
    again = scores.floor_pairs(index, rows, allowed)
    index.memo.pop("split", None)
    for u, a in zip(usual, again, strict=True):
        assert np.array_equal(u, a)


def test_a_row_range_is_a_view_equal_to_the_slice(index):
    """scores.row_range: rows lo..hi without copying the index's arrays, equal to matrix[lo:hi]."""
    from zhifa_cli.compare.batch.scores import row_range

    matrix = index.matrix
    for lo, hi in ((0, 1), (3, 40), (0, matrix.shape[0]), (matrix.shape[0] - 2, matrix.shape[0]), (5, 5)):
        view, copy = row_range(matrix, lo, hi), matrix[lo:hi]
        assert view.shape == copy.shape and (view != copy).nnz == 0
        assert np.array_equal(view.indptr, copy.indptr)
        if hi > lo and view.nnz:
            assert np.shares_memory(view.data, matrix.data) and np.shares_memory(view.indices, matrix.indices)


def test_scratch_gives_the_same_memory_block_after_block():
    from zhifa_cli.compare.batch.scores import scratch

    first = scratch("test", (300, 7))
    again = scratch("test", (20, 256))
    assert first.shape == (300, 7) and again.shape == (20, 256) and np.shares_memory(first, again)
    assert scratch("test", (3, 3), bool).dtype == bool


def test_an_aligning_worker_keeps_the_memory_it_frees():
    """workers.keep_freed_memory sets glibc's malloc (this machine's C library) in a forked worker."""
    from zhifa_cli.workers import fork_pool, keep_freed_memory

    assert keep_freed_memory() is True  # glibc here; elsewhere it says False and changes nothing
    with fork_pool(2) as pool:
        assert pool.map(np.sum, [np.ones(3), np.ones(4)]) == [3.0, 4.0]


def test_links_of_chunks_are_merged_in_order_sorted_or_not():
    """dispatch._merge: chunks of documents in order come sorted (kept as they are, no sort); chunks out of
    order, or links with equal rows out of order, are sorted by (a, b) all the same."""
    from zhifa_cli.compare.batch.dispatch import _merge, _sorted

    first = (np.array([0, 0, 2]), np.array([5, 9, 3]), np.array([0.5, 0.6, 0.7]), 10)
    second = (np.array([3, 4]), np.array([1, 0]), np.array([0.8, 0.9]), 7)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), 2)
    for results in ([first, empty, second], [second, first], [empty, (first[0], first[1][::-1], first[2], 1)]):
        links = _merge(results)
        order = np.lexsort((links.b, links.a))
        assert np.array_equal(order, np.arange(len(order))) and _sorted(links.a, links.b)
        assert sorted(zip(links.a.tolist(), links.b.tolist(), links.score.tolist(), strict=True)) == sorted(
            (a, b, s) for r in results for a, b, s in zip(r[0].tolist(), r[1].tolist(), r[2].tolist(), strict=True))
    assert _merge([first, second]).candidates == 17
    assert not _sorted(np.array([0, 0]), np.array([9, 5])) and not _sorted(np.array([1, 0]), np.array([0, 1]))


def test_a_json_matrix_lays_out_no_grid(monkeypatch):
    """--format json writes the records: the grid (a million cells at 1,000 documents) is never made."""
    from corpus_helpers import run_json

    from zhifa_cli.render import corpus_compare_views

    def refuse(_):
        raise AssertionError("grid made for JSON")

    monkeypatch.setattr(corpus_compare_views, "matrix_grid", refuse)
    monkeypatch.setattr(corpus_compare_views, "matrix_summary_grid", refuse)
    result = run_json("matrix", "--all")
    assert len(result["documents"]) >= 5 and result["shares"][0][0] == 100.0


def test_distinct_keys_of_the_matrix_sorted_or_not_are_numpys_unique():
    """corpus.matrix._distinct: keys that come sorted (the links by task of A) are not sorted again, and
    sorted or not the answer is np.unique's."""
    from zhifa_cli.corpus.matrix import _distinct

    rng = np.random.default_rng(3)
    for values in (rng.integers(0, 40, 300), np.sort(rng.integers(0, 40, 300)), np.zeros(0, np.int64),
                   np.array([7]), np.array([5, 5, 5])):
        assert np.array_equal(_distinct(values), np.unique(values))

"""zhifa matrix / coverage / trace on the seeds, and the corpus engine against the compare engine itself."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from corpus_helpers import make_synthetic, run, run_json

from zhifa_cli.compare import compare, corpus_idf, document_features
from zhifa_cli.compare.batch.dispatch import Plan, run_local
from zhifa_cli.compare.batch.task_index import build_index
from zhifa_cli.documents import load_corpus
from zhifa_cli.store import DataDir


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    truth = make_synthetic(40, folder, seed=0)
    return folder, truth, list(load_corpus(DataDir(folder)).documents)


def links(docs, threshold: float = 0.5, workers: int = 1):
    index = build_index(docs, workers=1)
    n = len(docs)
    found = run_local(Plan(index, np.triu(np.ones((n, n), bool), 1), threshold), list(range(n)), workers=workers)
    doc_of = index.doc_of
    return {(docs[doc_of[a]].id, index.task_ids[a], docs[doc_of[b]].id, index.task_ids[b])
            for a, b in zip(found.a.tolist(), found.b.tolist(), strict=True)}, found.candidates


def _all_floor_pairs(docs):
    """A corpus's index and every task pair at or above the floor, all document pairs asked."""
    from zhifa_cli.compare.batch import scores

    index = build_index(docs, workers=1)
    n = len(docs)
    return (index, *scores.floor_pairs(index, np.arange(index.starts[-1]), np.triu(np.ones((n, n), bool), 1)))


def test_exhaustive_corpus_engine_is_the_compare_engine(synthetic):
    docs = synthetic[2][:14]
    ours, _ = links(docs)
    idf = corpus_idf(docs)
    theirs = set()
    for a, b in itertools.combinations(docs, 2):
        for pair in compare(a, b, threshold=50, idf=idf).pairs:
            theirs.update((a.id, x, b.id, y) for x in pair.a for y in pair.b)
    assert ours == theirs and len(ours) == 645


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7])
def test_engine_gives_the_plain_references_links_on_any_number_of_workers(synthetic, threshold):
    """Every pair scored, every piece aligned by compare.align (bench/reference.py): the same links and
    scores, bit for bit. The engine used to leave pairs under 0.8 × threshold out of the assignment and
    differed from this at every threshold here (8661 links against 8579 at 30, 5435 against 5396 at 50)."""
    from reference import reference_links

    docs = synthetic[2]
    index = build_index(docs, workers=1)
    n = len(docs)
    plan = Plan(index, np.triu(np.ones((n, n), bool), 1), threshold)
    one, two = (run_local(plan, list(range(n)), workers=w) for w in (1, 2))
    for field in ("a", "b", "score"):
        assert np.array_equal(getattr(one, field), getattr(two, field))
    found = set(zip(one.a.tolist(), one.b.tolist(), one.score.tolist(), strict=True))
    assert found == reference_links(index, plan.allowed, threshold)
    assert len(found) == {0.3: 8579, 0.5: 5396, 0.7: 3944}[threshold]


@pytest.mark.parametrize("threshold", [0.15, 0.3, 0.5, 0.7])
def test_forks_decided_in_numpy_are_what_align_decides(synthetic, threshold, monkeypatch):
    """A piece of one task and two partners at the threshold (a fork) is decided on arrays: the same links
    as compare.align gives it, at every threshold, and there are many such pieces to decide."""
    from zhifa_cli.compare.batch import pairing

    index, ii, jj, ss = _all_floor_pairs(synthetic[2])
    forks = []
    real = pairing._forks
    monkeypatch.setattr(pairing, "_forks", lambda *a: forks.append(real(*a)) or forks[-1])
    ours = pairing.align_pairs(index, ii, jj, ss, threshold)
    monkeypatch.setattr(pairing, "_forks", lambda *a: ((np.zeros(0, np.int64),) * 2 + (np.zeros(0),), a[5]))
    theirs = pairing.align_pairs(index, ii, jj, ss, threshold)
    assert all(np.array_equal(x, y) for x, y in zip(ours, theirs, strict=True))
    decided = len(forks[0][0][0])
    assert decided > 20, decided  # links made by the fork rule (the cores, and the joins that pass)


def test_corpus_index_rows_are_the_compare_engines_vectors(synthetic):
    docs = synthetic[2][:6]
    index = build_index(docs, workers=1)
    idf = corpus_idf(docs)
    rows = (index.vector(r) for r in range(index.matrix.shape[0]))
    for task, row in zip((t for d in docs for t in document_features(d, idf).tasks), rows, strict=True):
        assert sorted(row.values()) == pytest.approx(sorted(task.vector.values()), rel=1e-12)


def test_matrix_of_the_seeds():
    m = run_json("matrix")
    at = {d: k for k, d in enumerate(m["documents"])}
    share = lambda a, b: m["shares"][at[a]][at[b]]  # noqa: E731
    assert (share("shangrao", "nanchang"), share("nanchang", "shangrao")) == (30.4, 29.2)
    assert share("shangrao-fazhi", "shangrao") == 14.0 and share("yandu", "yandu") == 100.0


def test_matrix_clusters_families_of_copies(synthetic):
    folder, truth, _ = synthetic

    def root(doc):
        while doc in truth["documents"]:
            doc = truth["documents"][doc]["parent"]
        return doc

    m = run_json("matrix", "--all", "--cluster", "--data", str(folder))
    families: dict[int, set[str]] = {}
    for doc, family in zip(m["documents"], m["clusters"], strict=True):
        families.setdefault(family, set()).add(root(doc))
    assert len(families) == 5 and all(len(roots) == 1 for roots in families.values())
    order = [m["clusters"][k] for k in m["order"]]
    assert order == sorted(order)  # each family sits together


def test_coverage_of_shangrao_by_the_other_seeds():
    c = run_json("coverage", "shangrao", "--all")
    assert c["percent"] == {"nanchang": 30.4, "shangrao-fazhi": 30.4, "tongling-jiaoqu": 13.0, "yandu": 0.0}
    row = next(r for r in c["rows"] if r["task"] == "6")
    assert row["carried_by"] == [{"document": "nanchang", "tasks": ["7"], "scores": [72.9]}]


def test_coverage_over_synthetic_children_finds_the_true_links(synthetic):
    folder, truth, _ = synthetic
    c = run_json("coverage", "nanchang", "--all", "--data", str(folder))
    found = {(carrier["document"], t, row["task"]) for row in c["rows"] for carrier in row["carried_by"]
             for t in carrier["tasks"]}
    children = [d for d, info in truth["documents"].items() if info["parent"] == "nanchang"]
    true = {(d, t, src[1]) for d in children for t, srcs in truth["documents"][d]["links"].items() for src in srcs}
    assert len(true) > 50 and len(true & found) / len(true) >= 0.95


def test_trace_finds_the_parent(synthetic):
    from zhifa_cli.compare.batch import Options
    from zhifa_cli.corpus.trace import sources

    _, truth, docs = synthetic
    assert run_json("trace", "nanchang")["lineage"] == ["nanchang", "shangrao"]
    index = build_index(docs, workers=1)
    dated = [k for k, d in enumerate(docs) if d.id in truth["documents"]
             and truth["documents"][d.id]["parent"] != "yandu"]  # undated: never a source
    hits = sum(sources(docs, index, k, Options(workers=1))[1] == truth["documents"][docs[k].id]["parent"]
               for k in dated)
    assert len(dated) == 38 and hits >= 0.9 * len(dated)  # 36 of 38


def test_table_outputs_and_usage_errors():
    result = run("coverage", "shangrao", "nanchang", "yandu")
    assert result.exit_code == 0 and "7 (73)" in result.stdout and result.stderr == ""
    assert run("matrix", "yandu").exit_code != 0
    assert run("matrix", "--scheduler", "tcp://127.0.0.1:1").exit_code != 0


def test_coverage_table_of_many_documents_goes_whole_to_a_file(tmp_path, monkeypatch):
    from zhifa_cli.render import corpus_compare_views

    monkeypatch.setattr(corpus_compare_views, "WIDE_UP_TO", 2)  # the seeds count as "many documents"
    out = tmp_path / "coverage.txt"
    assert run("coverage", "shangrao", "--all", "--out", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("zhifa coverage shangrao") == 2 and "zhifa coverage shangrao: per document" in text
    assert text == run("coverage", "shangrao", "--all").stdout


@pytest.mark.parametrize("threshold", [0.15, 0.3, 0.5, 0.7])
def test_pieces_settled_on_arrays_are_what_align_makes_of_them(synthetic, threshold, monkeypatch):
    """settle decides on arrays every piece whose tries (left-out tasks and their best partners, at the
    threshold) go to different core pairs, with one batch of residuals: the same links as compare.align
    makes of every piece, at every threshold; most pieces and many joins are decided so. The residuals it
    hands align for the other pieces (their first joins) answer as residual_score does."""
    from zhifa_cli.compare import align as aligner
    from zhifa_cli.compare.batch import pairing

    index, ii, jj, ss = _all_floor_pairs(synthetic[2])
    seen = []
    real = pairing.settle
    monkeypatch.setattr(pairing, "settle", lambda *a: seen.append((a[1], real(*a))) or seen[-1][1])
    ours = pairing.align_pairs(index, ii, jj, ss, threshold)
    layout, (simple, joined, hard, table) = seen[0]
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    monkeypatch.setattr(pairing, "settle", lambda index, layout, m: (
        empty, empty, pairing.as_lists(layout, range(len(layout.n_r))), {}))
    theirs = pairing.align_pairs(index, ii, jj, ss, threshold)
    assert all(np.array_equal(x, y) for x, y in zip(ours, theirs, strict=True))
    # pieces laid out (those the rules before leave), left to align, joins decided on arrays
    assert (len(layout.n_r), len(hard), len(joined[0])) == {0.15: (1193, 41, 367), 0.3: (295, 26, 149),
                                                            0.5: (179, 16, 103), 0.7: (39, 0, 14)}[threshold]
    assert len(table) >= len(hard)  # each piece left has a try at a core pair (two, in fact)
    for (task, partner, member), reaches in table.items():
        assert reaches == (pairing.residual_score(index, task, partner, [member]) >= aligner.JOIN)


def test_pieces_prepared_on_arrays_are_the_plain_ones(synthetic):
    """pairing.prepare_pieces (every piece's matrix and core assignment's weights made on arrays) gives
    each piece's rows, columns, score matrix and core pairs exactly as a per-piece loop and
    align.core_pairs make them, on every piece of the synthetic corpus (of one pair to dozens)."""
    from zhifa_cli.compare import align as aligner
    from zhifa_cli.compare.batch import pairing

    index, ii, jj, ss = _all_floor_pairs(synthetic[2])
    piece, _ = pairing.dense_ids(pairing.pieces(index, ii, jj))
    order = np.argsort(piece, kind="stable")
    got = pairing.prepare_pieces(ii[order], jj[order], ss[order], piece[order])
    want = []
    for group in np.split(order, np.flatnonzero(np.diff(piece[order])) + 1):
        rows, cols = sorted(set(ii[group].tolist())), sorted(set(jj[group].tolist()))
        scores = [[0.0] * len(cols) for _ in rows]
        for i, j, s in zip(ii[group].tolist(), jj[group].tolist(), ss[group].tolist(), strict=True):
            scores[rows.index(i)][cols.index(j)] = s
        want.append((rows, cols, scores, aligner.core_pairs(scores)))
    assert got == want
    shapes = {(len(p[0]), len(p[1])) for p in got}
    assert len(got) > 1000 and {(1, 1), (2, 2), (1, 3), (3, 1)} <= shapes and max(map(max, shapes)) > 8


def test_residuals_from_the_sorted_copy_and_shared_by_triples_answer_the_same(synthetic):
    """_residual_reaches makes one residual per (partner, member) and fetches rows from the index's sorted
    copy (sort_rows) when there is one: the same answers as residual_score for every triple, and the same
    links as without the copy."""
    from zhifa_cli.compare import align as aligner
    from zhifa_cli.compare.batch import pairing

    index, ii, jj, ss = _all_floor_pairs(synthetic[2])
    index.memo.pop("sorted", None)
    index.memo.pop("weighted", None)
    plain = pairing.align_pairs(index, ii, jj, ss, 0.5)
    copy = pairing.sort_rows(index)
    assert copy.has_sorted_indices and not index.matrix.has_sorted_indices  # the index keeps its order
    assert (copy != index.matrix).nnz == 0
    weighted = index.memo["weighted"]  # … and its rows as the engine weighs them
    assert all(weighted[r].toarray()[0, list(index.vector(r))].tolist() == list(index.vector(r).values())
               for r in range(0, weighted.shape[0], 97))
    with_copy = pairing.align_pairs(index, ii, jj, ss, 0.5)
    assert all(np.array_equal(x, y) for x, y in zip(plain, with_copy, strict=True))
    rng = np.random.default_rng(1)
    pick = rng.choice(len(ii), 300)
    partner, member = jj[pick[:60]].repeat(5), ii[pick[:60]].repeat(5)  # each (partner, member) five times
    task = ii[pick]  # tasks near some partner: many residuals reach JOIN
    got = pairing._residual_reaches(index, task, partner, member)
    want = [pairing.residual_score(index, int(t), int(p), [int(m)]) >= aligner.JOIN
            for t, p, m in zip(task, partner, member, strict=True)]
    assert got.tolist() == want and 10 < sum(want) < 290
    alone = np.unique(pick[:60])  # each (partner, member) once: no residual shared
    assert len(set(zip(jj[alone].tolist(), ii[alone][::-1].tolist(), strict=True))) == len(alone)
    assert pairing._residual_reaches(index, ii[alone], jj[alone], ii[alone][::-1]).tolist() == [
        pairing.residual_score(index, int(t), int(p), [int(m)]) >= aligner.JOIN
        for t, p, m in zip(ii[alone], jj[alone], ii[alone][::-1], strict=True)]
    index.memo.pop("sorted", None)
    index.memo.pop("weighted", None)

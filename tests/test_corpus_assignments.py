"""compare.batch.assignments: the corpus engine's assignments on arrays give assign.assignment's pairs, ties included."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from zhifa_cli.compare import align as aligner
from zhifa_cli.compare.assign import assignment
from zhifa_cli.compare.batch import assignments as batch


def _tied(rng: np.random.Generator, count: int, position_term: bool) -> list[np.ndarray]:
    """Random matrices of 0, 1 and 2 (many equal maxima), of every shape up to 7 × 9, tall and wide, with or
    without align.core_pairs's position term (which breaks some ties and not others)."""
    blocks = []
    for _ in range(count):
        rows, cols = (int(x) for x in rng.integers(1, 10, 2))
        rows = min(rows, 7)
        block = rng.integers(0, 3, (rows, cols)).astype(float)
        if position_term:
            i, j = np.meshgrid(np.arange(rows), np.arange(cols), indexing="ij")
            block = block - aligner._TIE * np.abs(i / rows - j / cols)
        blocks.append(block if rng.random() < 0.5 else block.T.copy())
    return blocks


def _plain(block: np.ndarray) -> list[tuple[int, int]]:
    rows, cols = linear_sum_assignment(block, maximize=True)
    return sorted(zip(rows.tolist(), cols.tolist(), strict=True))


@pytest.mark.parametrize("enumerate_up_to", [batch.ENUMERATE_UP_TO, 0])  # injections scored, or scipy's solver
@pytest.mark.parametrize("position_term", [False, True])
def test_assignments_are_kuhn_munkres_pairs_on_tied_matrices(enumerate_up_to, position_term, monkeypatch):
    """On thousands of matrices full of ties, each answer is assign.assignment's, although a plain solver
    picks another optimum on many of them (which one Kuhn–Munkres returns is its own tie-break)."""
    monkeypatch.setattr(batch, "ENUMERATE_UP_TO", enumerate_up_to)
    blocks = _tied(np.random.default_rng(7), 3000, position_term)
    handed = []
    real = batch.assignment
    monkeypatch.setattr(batch, "assignment", lambda w: handed.append(w) or real(w))
    got = batch.assignments(blocks)
    want = [assignment(block.tolist()) for block in blocks]
    assert got == want
    other = sum(_plain(block) != pairs for block, pairs in zip(blocks, want, strict=True))
    assert other > 20, other  # ties where another optimum exists: the test can tell the two apart
    assert 0 < len(handed) < len(blocks)  # the ties go to assign.assignment, the rest are decided on arrays


def test_tied_matrices_keep_todays_choice():
    """Equal maxima, a rectangle either way, an empty matrix, a row of zeros: the pairs Kuhn–Munkres chose."""
    blocks = [np.array(b, float).reshape(shape) for b, shape in [
        ([2, 2, 1, 2, 2, 1, 1, 1, 1], (3, 3)),
        ([2, 2, 2, 0, 2, 2, 0, 1, 1, 0, 1, 1], (6, 2)),
        ([], (0, 3)),
        ([0, 0, 0, 0, 1, 1], (2, 3)),
        ([0, 0, 0, 2, 2, 2, 2, 2, 2, 0, 0, 2, 0, 2, 2, 2, 1, 0, 1, 2, 1, 2, 1, 2, 0, 1, 0, 0, 2, 2, 0, 2, 2,
          0, 1, 1], (6, 6)),
    ]]
    assert batch.assignments(blocks) == [
        [(0, 0), (1, 1), (2, 2)],
        [(0, 1), (1, 0)],
        [],
        [(0, 0), (1, 1)],
        [(0, 3), (1, 0), (2, 2), (3, 5), (4, 4), (5, 1)],
    ]
    assert _plain(blocks[1]) == [(0, 0), (2, 1)]  # a plain solver's other optimum
    assert _plain(blocks[4]) == [(0, 3), (1, 0), (2, 1), (3, 5), (4, 4), (5, 2)]


def test_an_assignment_alone_by_more_than_the_margin_is_decided_on_arrays(monkeypatch):
    """Scores 1e-6 apart, or only the position term between two optima (1e-9 × a distance): decided
    without assign.assignment, and its pairs; scores tied exactly at mirrored places: handed over."""
    monkeypatch.setattr(batch, "assignment", lambda w: pytest.fail("handed over"))
    near = np.array([[0.5, 0.500001], [0.500001, 0.5]])
    by_position = np.array([[0.5, 0.5], [0.5, 0.5]]) - aligner._TIE * np.array([[0, 1], [1, 0]])
    big = np.random.default_rng(3).random((12, 15)).round(6)  # 15!/3! injections: scipy's solver
    assert batch.assignments([near, by_position, big]) == [[(0, 1), (1, 0)], [(0, 0), (1, 1)],
                                                          assignment(big.tolist())]
    handed = []
    monkeypatch.setattr(batch, "assignment", lambda w: handed.append(w) or assignment(w))
    assert batch.assignments([np.ones((2, 4))]) == [assignment(np.ones((2, 4)).tolist())] and handed


def test_a_few_large_matrices_go_to_kuhn_munkres_without_importing_scipys_solver(monkeypatch):
    """A call with only a few matrices too large to score every injection (zhifa coverage's handful) is
    answered by assign.assignment: importing scipy.optimize would cost more than it saves."""
    import sys

    monkeypatch.delitem(sys.modules, "scipy.optimize")
    handed = []
    monkeypatch.setattr(batch, "assignment", lambda w: handed.append(w) or assignment(w))
    blocks = [np.random.default_rng(k).random((9, 12)).round(6) for k in range(3)] + [np.ones((2, 2))]
    assert batch.assignments(blocks) == [assignment(b.tolist()) for b in blocks]
    assert len(handed) == 4 and "scipy.optimize" not in sys.modules  # the 2 × 2 one: a tie


@pytest.mark.parametrize("enumerate_up_to", [batch.ENUMERATE_UP_TO, 0])  # injections scored, or scipy's solver
@pytest.mark.parametrize("position_term", [False, True])
def test_assignments_of_matrices_laid_end_to_end_are_the_same_pairs(enumerate_up_to, position_term, monkeypatch):
    """assignment_arrays (what the corpus engine lays out: matrices end to end in one flat array, tall and
    wide, full of ties) gives assignments()'s pairs — assign.assignment's — sorted by matrix, then row."""
    monkeypatch.setattr(batch, "ENUMERATE_UP_TO", enumerate_up_to)
    blocks = _tied(np.random.default_rng(11), 2000, position_term)
    n_r, n_c = (np.array([b.shape[k] for b in blocks]) for k in (0, 1))
    first = np.r_[0, np.cumsum(n_r * n_c)]
    g, a, b = batch.assignment_arrays(np.concatenate([x.ravel() for x in blocks]), first, n_r, n_c)
    want = batch.assignments(blocks)
    got = [[] for _ in blocks]
    for k, i, j in zip(g.tolist(), a.tolist(), b.tolist(), strict=True):
        got[k].append((i, j))
    assert got == want and want == [assignment(block.tolist()) for block in blocks]
    assert (n_r > n_c).sum() > 500 and (n_r < n_c).sum() > 500  # both ways round

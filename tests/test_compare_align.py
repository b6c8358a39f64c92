"""compare.assign / compare.align / compare.inline on their own: properties over generated inputs."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from zhifa_cli.compare import align as A
from zhifa_cli.compare.assign import assignment
from zhifa_cli.compare.inline import is_same, mirrored, word_diff

scores = st.floats(min_value=0, max_value=1, allow_nan=False).map(lambda x: round(x, 3))


def matrices(max_side: int = 6):
    return st.integers(1, max_side).flatmap(
        lambda rows: st.integers(1, max_side).flatmap(
            lambda cols: st.lists(st.lists(scores, min_size=cols, max_size=cols), min_size=rows, max_size=rows)))


def brute_force_best(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    if rows <= cols:
        return max(sum(weights[i][j] for i, j in enumerate(p)) for p in itertools.permutations(range(cols), rows))
    return max(sum(weights[i][j] for j, i in enumerate(p)) for p in itertools.permutations(range(rows), cols))


@settings(max_examples=150, deadline=None)
@given(matrices(5))
def test_assignment_is_optimal_and_one_to_one(weights):
    pairs = assignment(weights)
    assert len(pairs) == min(len(weights), len(weights[0]))
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert abs(sum(weights[i][j] for i, j in pairs) - brute_force_best(weights)) < 1e-9


def residual_from(matrix):
    """A stand-in residual score for generated matrices: a fixed function of the task and partner."""
    def residual(side, task, partner, members):
        return matrix[task][partner] if side == "a" else matrix[partner][task]
    return residual


@settings(max_examples=150, deadline=None)
@given(matrices(7), matrices(7), st.lists(scores, min_size=2, max_size=4))
def test_raising_the_threshold_never_adds_a_link(matrix, other, thresholds):
    rows, cols = len(matrix), len(matrix[0])
    residual = residual_from([[other[i % len(other)][j % len(other[0])] for j in range(cols)] for i in range(rows)])
    previous = None
    for threshold in sorted(thresholds):
        groups = A.align(matrix, residual, min_score=threshold)
        links = {(i, j) for g in groups for i, j, _ in g.links}
        if previous is not None:
            assert links <= previous[0] and len(groups) <= previous[1]
        previous = (links, len(groups))


@settings(max_examples=150, deadline=None)
@given(matrices(7), scores)
def test_groups_are_stars_and_never_share_a_task(matrix, threshold):
    groups = A.align(matrix, residual_from(matrix), min_score=threshold)
    seen_a = [i for g in groups for i in g.a]
    seen_b = [j for g in groups for j in g.b]
    assert len(seen_a) == len(set(seen_a)) and len(seen_b) == len(set(seen_b))
    for group in groups:
        assert len(group.a) == 1 or len(group.b) == 1
        assert all(s >= max(threshold, A.FLOOR) and matrix[i][j] == s for i, j, s in group.links)
        assert set(group.a) == {i for i, _, _ in group.links} and set(group.b) == {j for _, j, _ in group.links}


@settings(max_examples=150, deadline=None)
@given(matrices(7), matrices(7), st.lists(scores, min_size=2, max_size=4))
def test_many_to_many_raising_the_threshold_only_cuts_links(matrix, other, thresholds):
    rows, cols = len(matrix), len(matrix[0])
    residual = residual_from([[other[i % len(other)][j % len(other[0])] for j in range(cols)] for i in range(rows)])
    previous = None
    for threshold in sorted(thresholds):
        groups = A.align(matrix, residual, min_score=threshold, many=True)
        links = {(i, j) for g in groups for i, j, _ in g.links}
        if previous is not None:
            assert links <= previous[0]
            for group in groups:  # each group lies inside one group of the lower threshold
                assert any(set(group.a) <= set(g.a) and set(group.b) <= set(g.b) for g in previous[1])
        previous = (links, groups)


@settings(max_examples=150, deadline=None)
@given(matrices(7), scores)
def test_many_to_many_groups_are_connected_and_never_share_a_task(matrix, threshold):
    groups = A.align(matrix, residual_from(matrix), min_score=threshold, many=True)
    seen_a = [i for g in groups for i in g.a]
    seen_b = [j for g in groups for j in g.b]
    assert len(seen_a) == len(set(seen_a)) and len(seen_b) == len(set(seen_b))
    for group in groups:
        assert all(s >= max(threshold, A.FLOOR) and matrix[i][j] == s for i, j, s in group.links)
        assert set(group.a) == {i for i, _, _ in group.links} and set(group.b) == {j for _, j, _ in group.links}
        assert A.connected(group.links) == [group]  # one piece


def test_a_knot_links_tasks_already_paired_when_each_explains_the_rest_of_the_other():
    # rows 0, 1 and columns 0, 1: the assignment pairs 0-0 and 1-1; 0-1 also carries a measure (residual
    # high both ways), 1-0 only repeats what 0-0 already says (residual low)
    matrix = [[0.8, 0.4], [0.3, 0.7]]
    explains = {(0, 1): 0.3, (1, 0): 0.02}

    def residual(side, task, partner, members):
        return explains[(task, partner) if side == "a" else (partner, task)]

    groups = A.align(matrix, residual, min_score=0.2, many=True)
    assert [(g.a, g.b, tuple((i, j) for i, j, _ in g.links)) for g in groups] == [((0, 1), (0, 1), ((0, 0), (0, 1), (1, 1)))]
    assert [(g.a, g.b) for g in A.align(matrix, residual, min_score=0.2)] == [((0,), (0,)), ((1,), (1,))]  # stars only


def test_a_left_out_task_joins_only_when_it_explains_the_rest_of_its_partner():
    matrix = [[0.9, 0.0], [0.5, 0.0], [0.4, 0.0]]  # rows 1 and 2 both lean on column 0, taken by row 0
    explains = {1: 0.3, 2: 0.05}  # row 1 covers what row 0 leaves of column 0; row 2 does not

    def residual(side, task, partner, members):
        return explains[task]

    groups = A.align(matrix, residual, min_score=0.2)
    assert [(g.a, g.b) for g in groups] == [((0, 1), (0,))]


def test_moved_is_against_the_flow_of_sections():
    groups = [A.Group((k,), (k,), ((k, k, 0.5),)) for k in range(4)]
    flags = A.moved(groups, ["x", "x", "x", "y"], ["p", "p", "q", "q"])
    assert flags == [False, False, True, False]  # x went to p (2 of 3); task 2 of x landed in q


words = st.lists(st.sampled_from(["行政", "执法", "的", "，", "监督", "机制", "\n", "2024年", "健全"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_word_diff_gives_both_texts_back_in_clean_runs(a, b):
    diff = word_diff(a, b)
    assert "".join(t for op, t in diff if op != "insert") == "".join(a)
    assert "".join(t for op, t in diff if op != "delete") == "".join(b)
    assert all(text for _, text in diff)
    for (op1, _), (op2, _) in itertools.pairwise(diff):
        assert (op1, op2) not in {("equal", "equal"), ("insert", "delete"), ("delete", "delete"), ("insert", "insert")}
    back = mirrored(diff)
    assert "".join(t for op, t in back if op != "insert") == "".join(b)
    assert is_same(diff) == (a == b)

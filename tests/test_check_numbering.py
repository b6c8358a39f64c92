"""Numbering invariants (Hypothesis): whole numberings pass in either style; one lost number is one gap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhifa_cli.check.outline import Heading
from zhifa_cli.check.rules_numbering import numbered, sequence, tree


def outline(groups: list[int], restart: bool) -> list[Heading]:
    """一、 then, per group, （n） with its tasks 1. 2. … (restarting per group, or continuing)."""
    out = [Heading("plan", 1, "cn", 1, "一、")]
    task = 0
    for g, size in enumerate(groups, start=1):
        out.append(Heading("plan", len(out) + 1, "paren_cn", g, numbered(Heading("plan", 0, "paren_cn", 1, "（一）"), g)))
        task = 0 if restart else task
        for _ in range(size):
            task += 1
            out.append(Heading("plan", len(out) + 1, "arabic", task, f"{task}."))
    return out


groups = st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(groups, st.booleans())
def test_whole_numberings_pass_in_either_style(sizes, restart):
    assert list(sequence(tree(outline(sizes, restart)))) == []


@settings(max_examples=60, deadline=None)
@given(groups, st.booleans(), st.data())
def test_one_lost_task_is_one_gap(sizes, restart, data):
    headings = outline(sizes, restart)
    # drop a task that is neither the last of the outline nor the first of its group
    candidates = [i for i in range(1, len(headings) - 1)
                  if headings[i].family == "arabic" and headings[i + 1].family == "arabic"
                  and headings[i - 1].family == "arabic"]
    if not candidates:
        return
    lost = data.draw(st.sampled_from(candidates))
    problems = list(sequence(tree(headings[:lost] + headings[lost + 1:])))
    assert [kind for kind, _node, _message in problems] == ["gap"]
    assert f"expected {headings[lost].number}." in problems[0][2]


def test_markers_keep_their_style():
    assert numbered(Heading("plan", 1, "paren_cn", 3, "（三）"), 4) == "（四）"
    assert numbered(Heading("plan", 1, "cn", 9, "九、"), 12) == "十二、"
    assert numbered(Heading("plan", 1, "arabic", 2, "2、"), 3) == "3、"
    assert numbered(Heading("plan", 1, "circled", 1, "①"), 2) == "②"

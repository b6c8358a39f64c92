"""Session 10's cheaper first looks, each held to the full reading it skips: normalize._halfwidth_punct returns a line
holding none of ':;,?!().' as it is (the full reading on every line of the seeds and probe pages, and on random
lines, says the same), grid._next_said as a loop, tasks._dedupe of fewer than two values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhifa_cli.parse import grid, normalize, tasks
from zhifa_cli.parse.lines import Line, classify_all

ROOT = Path(__file__).resolve().parent.parent
_FILES = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))


def _full(line: str) -> str:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(normalize, "_HALF_ANY", re.compile(""))  # matches every line: the first look never skips
        return normalize._halfwidth_punct(line)


def test_halfwidth_punct_skips_only_lines_it_leaves_as_they_are():
    lines = [line for path in _FILES for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 10000
    changed = 0
    for line in lines:
        quick = normalize._halfwidth_punct(line)
        assert quick == _full(line)
        changed += quick != line
    assert changed > 50  # the pages do hold half-width punctuation the fixer turns full-width


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="加强执法县局（）()：:;,?!.。 1a一", max_size=24))
def test_halfwidth_punct_first_look_on_random_lines(line):
    assert normalize._halfwidth_punct(line) == _full(line)


def test_next_said_is_the_first_non_blank_of_the_next_two():
    for path in _FILES[:60]:
        lines = classify_all(normalize.normalize(path.read_text(encoding="utf-8")).lines)
        for i in range(len(lines)):
            expected = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].kind != "blank"), None)
            assert grid._next_said(lines, i) == expected
    blank, said = Line(1, "", "blank"), Line(2, "责任单位", "body")
    assert grid._next_said([said, blank, blank, said], 0) is None
    assert grid._next_said([said, blank, said], 0) == 2


def test_dedupe_of_fewer_than_two_is_a_new_list():
    for values in ([], [object()]):
        out = tasks._dedupe(values)
        assert out == values and out is not values  # a caller may extend it without touching the task's own


def test_a_header_read_one_cell_per_line_starts_at_the_empty_line_above_it():
    """find_grid's look at an empty line asks only for a header read one cell per line under it: the table still
    starts at that line, as when every reader was asked there."""
    text = ["附件", "", "序号", "工作任务", "责任单位", "完成时限", "1", "开展执法检查，规范执法行为。", "县司法局",
            "2024年12月底前", "2", "组织普法宣传。", "县委宣传部", "2024年6月底前"]
    found = grid.find_grid(classify_all(text))
    assert found is not None and (found.first, found.last) == (2, 14)
    assert [c.role for c in found.columns] == ["number", "text", "responsible", "deadline"] and len(found.rows) == 2
    assert grid.find_grid(classify_all(text)[2:]).first == 3  # without the empty line: its first cell's line

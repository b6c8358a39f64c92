"""Session 11's faster paths, each held to the reading it replaces over the seeds and every probe page: a task's
paragraph read once per text (tasks._reading: labels made plain, blocks found, text without them; a section's line
alike, tasks._section_line), a cached line given its number by copying its fields (Line.at), the spaces that separate
cells or names looked for only in a text with a space to squeeze (normalize), a short line's look at the lines below
only under a problem word (grid)."""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import pytest

from zhifa_cli.parse import grid, normalize, parse_text, tasks
from zhifa_cli.parse.blocks import find_blocks, plain_labels, strip_blocks
from zhifa_cli.parse.lines import Line, classify_all

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))


@cache
def _texts() -> list[str]:
    assert len(FILES) > 400
    return [path.read_text(encoding="utf-8") for path in FILES]


def _fresh_reading(text: str, doc_year: int | None, first: bool) -> tuple:
    """tasks._reading as build_task read a paragraph before: three readers, each asked anew."""
    plain = plain_labels(text)
    blocks = find_blocks(plain, doc_year=doc_year) or ([] if first else tasks._above_work(plain, doc_year))
    return plain, blocks, strip_blocks(plain, blocks)


def _fresh_section_line(text: str, doc_year: int | None, first: bool) -> tuple:
    """tasks._section_line as _section_clause read a section's line before: labels made plain, blocks found anew."""
    plain = plain_labels(text)
    return plain, find_blocks(plain, doc_year=doc_year, sentences=False) \
        or ([] if first else tasks._above_work(plain, doc_year, tasks._SECTION_WORK))


def _parsed(text: str):
    try:
        return parse_text(text)
    except Exception as exc:  # noqa: BLE001 - a page without tasks fails alike both ways
        return type(exc).__name__, str(exc)


def test_a_cached_paragraph_reads_as_a_fresh_one():
    """Every page parsed with the paragraphs (and sections' lines) read afresh, then twice with the cache (the second
    time every paragraph is served from it): the same records. build_task and _section_clause only read the blocks
    they share with the next reader."""
    tasks._reading.cache_clear()
    tasks._section_line.cache_clear()
    for text in _texts():
        with pytest.MonkeyPatch.context() as m:
            m.setattr(tasks, "_reading", _fresh_reading)
            m.setattr(tasks, "_section_line", _fresh_section_line)
            fresh = _parsed(text)
        assert _parsed(text) == fresh
        assert _parsed(text) == fresh
    for reader in (tasks._reading, tasks._section_line):
        info = reader.cache_info()
        assert info.hits > info.misses > 500


def test_a_paragraph_reading_gives_the_blocks_and_the_text_without_them():
    plain, blocks, text = tasks._reading("开展执法检查。【牵头单位】县司法局【配合单位】县财政局", 2024, True)
    assert plain == "开展执法检查。牵头单位：县司法局配合单位：县财政局"
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("县司法局", "lead"), ("县财政局", "support")]
    assert text == "开展执法检查。"
    above = "以上工作由县司法局牵头，县财政局配合。"
    assert not tasks._reading(above, 2024, True)[1]  # the first paragraph is the task's own text
    assert [u.name for b in tasks._reading(above, 2024, False)[1] for u in b.units] == ["县司法局", "县财政局"]


FIELDS = [f.name for f in dataclasses.fields(Line)]


def test_a_line_at_another_number_is_the_line_made_anew():
    for text in _texts():
        for ln in classify_all(normalize.normalize(text).lines):
            moved = ln.at(ln.no + 3)
            made = Line(ln.no + 3, *(getattr(ln, f) for f in FIELDS[1:]))
            assert moved == made and vars(moved) == vars(made) and list(vars(moved)) == FIELDS
            assert type(moved) is Line and moved.says == made.says and ln.at(ln.no) == ln


def test_a_text_without_a_space_never_looks_for_spaced_cells(monkeypatch):
    def refuse(lines):
        raise AssertionError("looked for spaced cells")

    monkeypatch.setattr(normalize, "space_table_rows", refuse)
    assert normalize.normalize("一、加强执法\n（责任单位：县司法局、县财政局）").lines[1] == "（责任单位：县司法局、县财政局）"
    with pytest.raises(AssertionError, match="spaced cells"):
        normalize.normalize("县司法局 负责")


def test_spaced_cells_keep_their_spaces_where_others_go():
    lines = normalize.normalize("序号 主要任务 牵头单位 完成时限\n1 开展 执法检查 县司法局 2024年底\n县司法局 负责").lines
    assert lines == ["序号 主要任务 牵头单位 完成时限", "1 开展 执法检查 县司法局 2024年底", "县司法局负责"]


def _problem_before(text: str, lines: list[Line], j: int) -> bool:
    """grid._problem_before_rectification as it was: the lines below looked at first."""
    nxt = next((cell for ln in lines[j: j + 3] if (cell := grid._cell(ln.text))), "")
    return bool(grid._PROBLEM.match(text)) and "整改" in nxt and grid.column_role(nxt) == "text"


def test_a_problem_word_is_looked_for_first():
    said = found = 0
    for text in _texts():
        lines = classify_all(normalize.normalize(text).lines)
        for j, ln in enumerate(lines, start=1):
            cell = grid._cell(ln.text)
            assert grid._problem_before_rectification(cell, lines, j) == _problem_before(cell, lines, j)
            said += bool(cell)
            found += _problem_before(cell, lines, j)
    assert said > 10000 and found >= 1  # a page lists its problems beside their 整改 one cell a line


def test_a_shared_reading_is_the_cached_one_and_a_copy_is_not():
    from zhifa_cli.parse.deadlines import find_in_prose
    from zhifa_cli.parse.targets import find_targets

    clause = "加强执法监督，2024年底前全覆盖，培训率达到95%以上。"
    for reader, args in ((find_targets, {}), (find_in_prose, {"doc_year": 2024})):
        shared = reader.shared(clause, **args)
        assert shared and reader.shared(clause, **args) is shared  # the cache's own list, handed out as it is
        copy = reader(clause, **args)
        assert copy == shared and copy is not shared

"""Round CB's layouts, each on a made-up example of its pattern: the page of a 重点工作 / 民生实事 分解表 after its first,
NO HEADER, rows flattened one cell per line, each cell closed by ' |' (realworld B03's rendering) with a leader's
column of persons ('俞 悦', '陆 明俞 悦') beside the units and group rows ('四、…（3项） |') between them; and a
pdftotext -layout unit cell that lists one body a line. The texts are invented; they copy the shape of published
documents, not their words."""

from __future__ import annotations

import pytest

from zhifa_cli.errors import NoTasksError
from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _stream(rows: list[tuple[str, ...]], group_before: int | None = None, title: str = "某县2025年重点工作任务分解表（续）") -> str:
    lines = [title, "发布时间：2025-03-01"]
    for k, row in enumerate(rows):
        if k == group_before:
            lines.append("三、保障改善民生（2项） |")
        lines += [f"{cell} |" for cell in row]
    return "\n".join(lines) + "\n"


_PERSONS = [("30", "新增普惠性托位200个以上。", "俞 悦", "县教育局", "县卫生健康委", "2025年9月底前"),
            ("31", "推进产教融合实训基地建设。", "陆 明俞 悦", "县教育局", "县人力资源社会保障局", "持续推进"),
            ("32", "新建改建农村公路60公里。", "周 斌", "县交通运输局", "各乡镇人民政府", "全年"),
            ("33", "完成县医院门诊楼主体工程。", "陈 晨", "县卫生健康委", "县住建局", "2025年11月底前")]
_READ = [("30", "新增普惠性托位200个以上", ["县教育局", "县卫生健康委"], ["2025年9月底前"]),
         ("31", "推进产教融合实训基地建设", ["县教育局", "县人力资源社会保障局"], ["持续推进"]),
         ("32", "新建改建农村公路60公里", ["县交通运输局", "各乡镇人民政府"], ["全年"]),
         ("33", "完成县医院门诊楼主体工程", ["县卫生健康委", "县住建局"], ["2025年11月底前"])]


def test_a_headless_table_one_cell_a_line_with_a_leaders_column():
    # round CB: a continued page with no header, each cell a line closed by ' |', a leader's column of persons between the
    # task and the units: no table was found, the page failed (CB02)
    assert _rows(parse_text(_stream(_PERSONS))) == _READ
    # the page cut inside the next row after its person: the row kept, its cells after the task empty
    cut = _stream(_PERSONS) + "34 |\n开展城乡居民增收行动，稳定就业岗位。 |\n俞 悦 |\n"
    assert _rows(parse_text(cut))[-1] == ("34", "开展城乡居民增收行动，稳定就业岗位", [], [])


def test_a_headless_table_one_cell_a_line_with_a_group_row_between_its_rows():
    # round CB: the group row '三、保障改善民生（2项） |' between rows 31 and 32 was read as the page's one item, its text
    # running over the rows after it (CB08: 1 task of 5)
    assert _rows(parse_text(_stream(_PERSONS, group_before=2))) == _READ


def test_a_headless_tab_table_with_a_leaders_column():
    # round CB: five tab cells were always read 序号 / task / 牵头 / 配合 / time: the leader's persons as a unit
    text = "某县2025年民生实事分解表（续）\n" + "".join(
        f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[5]}\n" for r in _PERSONS)
    assert _rows(parse_text(text)) == [(i, t, u[:1], d) for i, t, u, d in _READ]


def test_a_layout_unit_cell_listing_one_body_a_line():
    # round CB: a -layout cell '县发展改革委' over '县统计局' under 牵头单位 was joined into one name (CB06)
    text = ("某县2025年目标任务分解表\n\n"
            "序号   目标任务                           牵头单位              完成时限\n"
            "  1    地区生产总值增长6%左右，规模以上   县发展改革委          2025年12月底前\n"
            "       工业增加值增长8%以上。             县统计局\n"
            "  2    新增城镇就业2800人，城镇调查失业   县人力资源社会        全年\n"
            "       率控制在5.5%以内。                 保障局\n"
            "  3    完成高标准农田建设3万亩。          县农业农村局          2025年10月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "地区生产总值增长6%左右，规模以上工业增加值增长8%以上", ["县发展改革委", "县统计局"], ["2025年12月底前"]),
        ("2", "新增城镇就业2800人，城镇调查失业率控制在5.5%以内", ["县人力资源社会保障局"], ["全年"]),
        ("3", "完成高标准农田建设3万亩", ["县农业农村局"], ["2025年10月底前"])]


def test_near_misses_of_the_round_cb_rules_stay_as_they_were():
    # a headless tab table of five cells whose middle cells are bodies: still 牵头 / 配合 (round BV's reading)
    text = "某县2025年重点任务清单（续）\n" + "".join(f"{r[0]}\t{r[1]}\t{r[3]}\t{r[4]}\t{r[5]}\n" for r in _PERSONS)
    assert _rows(parse_text(text)) == _READ
    # one cell a line with no header, but the cells between the task and the time are sentences: no table
    long = [(r[0], r[1], "组织开展专项督查，按月通报进展情况。", r[3], r[5]) for r in _PERSONS]
    with pytest.raises(NoTasksError):
        parse_text(_stream(long))
    # two rows only: no table
    with pytest.raises(NoTasksError):
        parse_text(_stream(_PERSONS[:2]))
    # a plan's own numbered items above a headless table: the items stay the page's tasks, the table no rows of theirs
    plan = ("某县2025年重点工作方案\n一、加快项目建设。年内开工项目20个（县发展改革委负责）。\n"
            "二、优化营商环境。2025年6月底前出台措施（县数据资源局负责）。\n")
    doc = parse_text(plan + "\n".join(_stream(_PERSONS).splitlines()[2:]) + "\n")
    assert [(t.id, t.title) for t in doc.tasks] == [("1", "加快项目建设"), ("2", "优化营商环境")]

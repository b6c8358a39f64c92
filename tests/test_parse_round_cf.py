"""Round CF's layouts, each on a made-up example of its pattern: a task table whose header glosses each word in English
('序号 No.', '工作任务 Task'), and a '牵头领导/责任单位' cell that writes the leader before the body ('李明/县发改局').
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.grid import column_role
from zhifa_cli.parse.units import split_units


def _rows(doc):
    return [(t.id, t.title, [u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_header_glossed_in_english_is_read_by_its_chinese_words():
    # round CF: '序号 No. | 工作任务 Task | 牵头部门 Lead Department | 完成时限 Deadline' was no header: no task found (CF07)
    text = ("某开发区2025年招商引资任务清单\n序号 No. | 工作任务 Task | 牵头部门 Lead Department | 完成时限 Deadline\n"
            "1 | 引进外资项目5个。 | 招商服务局 | 2025年10月底前\n"
            "2 | 举办投资推介会3场。 | 招商服务局、经济发展局 | 2025年11月底前\n")
    assert _rows(parse_text(text)) == [("1", "引进外资项目5个", ["招商服务局"], ["2025年10月底前"]),
                                       ("2", "举办投资推介会3场", ["招商服务局", "经济发展局"], ["2025年11月底前"])]


def test_an_english_word_alone_or_before_the_chinese_is_no_gloss():
    # guard: a bare 'No.' stays the number column; English with no Chinese word before it names nothing
    assert column_role("No.") == "number"
    assert column_role("Task") is None
    assert column_role("完成时限") == "deadline"


def test_a_leader_written_before_the_body_with_a_slash_is_no_unit():
    # round CF: '李明/县发改局' under '牵头领导/责任单位' was one unit, leader and all (CF04: 1 of 6 units)
    assert [u.name for u in split_units("李明/县发改局")] == ["县发改局"]
    assert [u.name for u in split_units("张伟/县商务局、县统计局")] == ["县商务局", "县统计局"]


def test_a_slash_between_two_bodies_still_parts_them():
    # guard: bodies on both sides of the slash ('人事股/基础教育股', '石化公司/县应急局') are no person and a body
    assert [u.name for u in split_units("人事股/基础教育股")] == ["人事股", "基础教育股"]
    assert [u.name for u in split_units("区卫生健康局/区教育局")] == ["区卫生健康局", "区教育局"]
    assert [u.name for u in split_units("区民政局/王强")] == ["区民政局"]


def test_a_goal_section_above_the_table_heading_leaves_the_rows_as_the_tasks():
    # round CF: '一、目标任务' (one sentence, no unit, no time) then '二、重点任务安排表' over the table: the two headings were
    # the tasks and the table's rows were lost (CF03: 0 of 4 matched)
    text = ("某县2025年农田建设实施方案\n一、目标任务\n全年新建高标准农田2万亩。\n二、重点任务安排表\n"
            "序号 | 工作内容 | 牵头单位 | 完成时间\n"
            "1 | 完成项目初步设计 | 县农业农村局 | 2025年3月底前\n"
            "2 | 组织项目招标 | 县财政局 | 2025年5月底前\n")
    assert _rows(parse_text(text)) == [("1", "完成项目初步设计", ["县农业农村局"], ["2025年3月底前"]),
                                       ("2", "组织项目招标", ["县财政局"], ["2025年5月底前"])]


def test_a_section_above_the_table_that_names_a_unit_or_a_time_keeps_the_plan_s_items():
    # guard: a section above the table that assigns work ('县农业农村局负责', '6月底前') is a task of the plan
    for body in ("全年新建高标准农田2万亩，县农业农村局负责。", "6月底前新建高标准农田2万亩。"):
        text = ("某县2025年农田建设实施方案\n一、目标任务\n" + body + "\n二、重点任务安排表\n"
                "序号 | 工作内容 | 牵头单位 | 完成时间\n"
                "1 | 完成项目初步设计 | 县农业农村局 | 2025年3月底前\n")
        assert parse_text(text).tasks[0].title == "目标任务", body

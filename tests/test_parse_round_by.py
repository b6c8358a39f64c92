"""Round BY's layouts, each on a made-up example of its pattern: task tables whose ONLY unit column or ONLY task column
is named by a word the table reader does not know ('挂钩单位', '帮扶单位', '结对单位', '联系单位', '共建单位', '管理单位',
'单位' / '部门' alone; '工作安排', '实施步骤', '项目概况'), read by their kind rather than by a longer word list; a header
one cell a line holding such a word; and a ' | ' row with no outer bars cut to its number and text at the page's end.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

import pytest

from zhifa_cli.errors import NoTasksError
from zhifa_cli.parse import parse_text
from zhifa_cli.parse.grid import _header


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_TWO_ROWS = [("1", "建设村级光伏电站1座，带动村集体增收", ["县发展改革局", "县供电公司"], ["2025年9月底前"]),
             ("2", "扶持发展茶叶基地300亩", ["县农业农村局"], ["2025年10月底前"])]


def _table(task: str, unit: str, sep: str = "\t") -> str:
    return (f"某县2025年重点任务清单\n{sep.join(('序号', task, unit, '完成时限'))}\n"
            f"{sep.join(('1', '建设村级光伏电站1座，带动村集体增收。', '县发展改革局、县供电公司', '2025年9月底前'))}\n"
            f"{sep.join(('2', '扶持发展茶叶基地300亩。', '县农业农村局', '2025年10月底前'))}\n")


def test_the_only_unit_column_named_by_a_word_not_met_ending_in_a_kind_of_body():
    # round BY: an unknown '…单位' / '…部门' was never read (no aside either): no table, the page failed (BY01, BY02, BY04,
    # BY05; BY03 one cell a line)
    for unit in ("挂钩单位", "帮扶单位", "结对单位", "联系单位", "共建单位", "管理单位", "单位", "部门", "联系部门", "监管科室"):
        for sep in ("\t", " | "):
            assert _rows(parse_text(_table("工作任务", unit, sep))) == _TWO_ROWS, (unit, sep)


def test_the_only_task_column_named_by_a_word_of_the_works_kind_over_sentences():
    # round BY: '工作安排', '实施步骤', '项目概况' were no header words: the ' | ' and space tables failed whole (BY10, BY11)
    for task in ("工作安排", "实施步骤", "项目概况", "主要做法"):
        for sep in ("\t", " | ", "  "):
            assert _rows(parse_text(_table(task, "责任单位", sep))) == _TWO_ROWS, (task, sep)
    assert _rows(parse_text(_table("工作安排", "联系部门", " | "))) == _TWO_ROWS  # both words not met (BY12)


def test_a_header_one_cell_a_line_holding_a_unit_word_not_met():
    # round BY: one cell a line '结对单位' stopped the header, or was joined with the next cell into '结对单位完成时限' (a
    # time column): the units were read as time limits (BY03)
    text = ("某镇结对共建任务清单\n序号\n工作任务\n结对单位\n完成时限\n1\n协助村党支部制定年度发展计划。\n县农业农村局\n2025年3月底前\n"
            "2\n落实村级公益岗位，安置就业20人。\n县人力资源社会保障局\n2025年6月底前\n")
    assert _rows(parse_text(text)) == [("1", "协助村党支部制定年度发展计划", ["县农业农村局"], ["2025年3月底前"]),
                                       ("2", "落实村级公益岗位，安置就业20人", ["县人力资源社会保障局"], ["2025年6月底前"])]


def test_a_row_with_no_outer_bars_cut_to_its_number_and_text():
    # round BY: ' | ' cells with no outer bars, the page cut inside the last row's task: one pipe left, the row was lost
    # (BY02, BY10)
    text = ("某县重点任务清单\n序号 | 工作任务 | 责任单位 | 完成时限\n1 | 建立企业服务档案。 | 县经信局 | 2025年3月底前\n"
            "2 | 组织专场招聘会6场。 | 县人力社保局 | 2025年6月底前\n3 | 开展“企业家日”活动，组织\n")
    rows = _rows(parse_text(text))
    assert rows[-1] == ("3", "开展“企业家日”活动，组织", [], [])
    assert len(rows) == 3


def test_near_misses_of_the_round_by_rules_stay_as_they_were():
    # a form: who files it ('申报单位', '所在单位'), a contact list, an indicator table whose '单位' holds measures, a
    # '工作安排' column of names (no sentences): no task table
    forms = ("某县活动报名表\n序号\t申报单位\t项目名称\t联系人\t联系电话\n1\t县文化馆\t非遗展演\t张三\t13800000000\n"
             "2\t县图书馆\t读书分享会\t李四\t13900000000\n",
             "联系方式\n序号\t单位\t联系人\t联系电话\n1\t县教育局\t张三\t13800000000\n2\t县公安局\t李四\t13900000000\n",
             "某县2025年主要目标\n序号\t指标名称\t单位\t目标值\t完成时限\n1\t地区生产总值增速\t%\t6.5\t2025年底\n"
             "2\t新增城镇就业\t万人\t1.2\t2025年底\n3\t粮食播种面积\t万亩\t35\t2025年10月\n",
             "某县会议日程\n序号\t工作安排\t责任单位\t完成时限\n1\t开幕式\t县政府办\t3月1日\n2\t分组讨论\t县发展改革局\t3月2日\n"
             "3\t闭幕式\t县政府办\t3月3日\n")
    for text in forms:
        with pytest.raises(NoTasksError):
            parse_text(text)
    assert _header(["序号", "工作任务", "申报单位", "完成时限"]) is None  # the filer of a form
    assert _header(["序号", "工作任务", "县直单位", "完成时限"]) is None  # a level: bodies as a cell names them
    assert _header(["序号", "工作任务", "挂钩单位"]) is None  # no time column: no unit read by its kind
    # beside a known unit column the unknown …单位 still makes no header (left as it was)
    assert _header(["序号", "工作任务", "牵头单位", "挂钩单位", "完成时限"]) is None
    # numbered prose holding the words reads as before
    prose = ("某县工作方案\n一、重点任务\n1.各帮扶单位要结对帮扶，落实工作安排。（责任单位：县农业农村局；完成时限：2025年6月底前）\n"
             "2.联系单位每月走访企业一次，实施步骤另行通知。（责任单位：县经信局；完成时限：2025年9月底前）\n")
    assert _rows(parse_text(prose)) == [
        ("1", "各帮扶单位要结对帮扶，落实工作安排", ["县农业农村局"], ["2025年6月底前"]),
        ("2", "联系单位每月走访企业一次，实施步骤另行通知", ["县经信局"], ["2025年9月底前"])]

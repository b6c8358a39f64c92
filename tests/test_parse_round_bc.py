"""Round BC's layouts, each on a made-up example of its pattern: task tables with header words for who checks the work,
how it is assessed and what is handed in ('督办单位', '考核方式', '佐证材料', '督办要求'), a time column of years
('完成年限'), a header word not met at all read as a column beside the work, a copy with fixed runs of spaces whose rows
stop before an empty 备注, and a single-spaced table's last row cut after its unit.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

import pytest

from zhifa_cli.errors import NoTasksError
from zhifa_cli.parse import parse_text
from zhifa_cli.parse.grid import column_role


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_columns_saying_who_checks_the_work_how_and_with_what_are_no_obstacle_to_the_header():
    # round BC: '督办单位' (BC01), '考核方式' (BC07) and '佐证材料' (BC06) were no header words: no table, the page failed
    for aside, value in (("督办单位", "县委督查室"), ("考核方式", "现场核查"), ("佐证材料", "验收报告"), ("督查要求", "按月报送")):
        text = (f"某县2025年重点任务清单\n序号\t工作任务\t牵头单位\t配合单位\t{aside}\t完成时限\n"
                f"1\t新建农贸市场2个。\t县商务局\t县住建局\t{value}\t2025年9月底前\n"
                f"2\t开展燃气安全专项整治。\t县住建局\t县应急局\t{value}\t2025年6月底前\n")
        assert _rows(parse_text(text)) == [("1", "新建农贸市场2个", ["县商务局", "县住建局"], ["2025年9月底前"]),
                                           ("2", "开展燃气安全专项整治", ["县住建局", "县应急局"], ["2025年6月底前"])], aside
    assert column_role("督办事项") == "text"  # the matter a 督办 table asks done is its task column


def test_a_completion_years_column_is_the_time_column():
    # round BC: '完成年限' was no header word (BC06); its cells are years or a span, listed as written
    text = ("某市2025年数字经济项目清单\n序号\t工作内容\t实施主体\t完成年限\n"
            "1\t建成数据中心二期。\t市大数据局\t2025年\n2\t推动企业数字化改造300家。\t市工信局\t2024—2026年\n")
    assert _rows(parse_text(text)) == [("1", "建成数据中心二期", ["市大数据局"], ["2025年"]),
                                       ("2", "推动企业数字化改造300家", ["市工信局"], ["2024—2026年"])]


def test_a_supervision_tables_requirement_column_is_no_task_column():
    # round BC: beside '督办事项', '督办要求' (how to report) was taken for the task column, being ranked first (BC09:
    # every title was the reporting rule)
    text = ("某区督办事项清单\n| 编号 | 督办事项 | 承办单位 | 办结时限 | 督办要求 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 完成积水点改造5处。 | 区住建局 | 2025年5月31日前 | 每月报送一次进展 |\n"
            "| 2 | 增设护学岗10个。 | 区公安分局、区教育局 | 2025年3月15日前 | 开学前完成 |\n")
    assert _rows(parse_text(text)) == [("1", "完成积水点改造5处", ["区住建局"], ["2025年5月31日前"]),
                                       ("2", "增设护学岗10个", ["区公安分局", "区教育局"], ["2025年3月15日前"])]


def test_a_header_word_not_met_beside_known_task_and_unit_words_is_a_column_read_as_nothing():
    # round BC: one header word the reader did not know cost the whole table (BC01, BC06, BC07); a header naming its task
    # column and its units or time in known words takes an unknown word of 3-6 characters as a column beside the work
    for other in ("所属片区", "任务属性", "推进层级"):
        text = (f"某区2025年城市更新任务表\n序号 | 重点任务 | {other} | 责任单位 | 完成时限\n"
                "1 | 改造老旧小区12个。 | 东片 | 区住建局 | 2025年10月底前\n"
                "2 | 新建口袋公园3个。 | 西片 | 区城管局、区园林中心 | 2025年6月底前\n")
        assert _rows(parse_text(text)) == [("1", "改造老旧小区12个", ["区住建局"], ["2025年10月底前"]),
                                           ("2", "新建口袋公园3个", ["区城管局", "区园林中心"], ["2025年6月底前"])], other


def test_near_misses_of_the_unknown_header_word_stay_as_they_were():
    # a progress form to fill in ('完成情况', '存在问题' beside the task and its unit, no time): no task list
    form = ("某区消费提振工作方案\n一、重点任务\n（一）举办促消费活动。全年举办活动20场。（责任单位：区商务局；完成时限：2024年12月底前）\n"
            "附件2\n工作进度统计表\n序号\t工作任务\t责任单位\t完成情况\t存在问题\n1\t举办促消费活动\t区商务局\t\t\n")
    doc = parse_text(form)
    assert [t.title for t in doc.tasks] == ["举办促消费活动"] and not doc.table
    # a header wrapped over two lines ('完成' over '时限'): the two-character piece is no column of its own
    wrapped = ("某区2025年信用体系建设工作要点\n序号\t工作任务\t牵头\t配合\t完成\n\t\t单位\t单位\t时限\n"
               "1\t完善信用信息归集机制。\t区发改局\t区大数据局\t2025年12月底前\n"
               "2\t开展政务诚信专项治理。\t区发改局\t区委组织部\t2025年10月底前\n")
    assert _rows(parse_text(wrapped)) == [("1", "完善信用信息归集机制", ["区发改局", "区大数据局"], ["2025年12月底前"]),
                                          ("2", "开展政务诚信专项治理", ["区发改局", "区委组织部"], ["2025年10月底前"])]
    # a row whose unknown cells are a body and a date is no header
    assert column_role("县发改局") is None


def test_a_spaced_row_stopping_before_its_empty_remarks_keeps_its_cells_in_place():
    # round BC: cells set apart by a fixed run of spaces; a row with no 备注 stops after its time, and the position
    # reader put its unit and time under the wrong columns (BC08: 3 of 13 units, 3 of 8 deadlines)
    text = ("某县2025年营商环境任务清单\n序号   重点工作   责任单位   完成时限   备注\n"
            "1   推行企业开办全程网办。   县行政审批局   2025年3月底前   省考指标\n"
            "2   开展审批制度改革，审批事项压减30%以上。   县行政审批局、县司法局   2025年6月底前\n"
            "3   建立政企恳谈会制度。   县发改局   2025年12月底前   新增\n"
            "4   开展走访企业活动，走访企业不少于500家次。   县工商联   2025年10月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "推行企业开办全程网办", ["县行政审批局"], ["2025年3月底前"]),
        ("2", "开展审批制度改革，审批事项压减30%以上", ["县行政审批局", "县司法局"], ["2025年6月底前"]),
        ("3", "建立政企恳谈会制度", ["县发改局"], ["2025年12月底前"]),
        ("4", "开展走访企业活动，走访企业不少于500家次", ["县工商联"], ["2025年10月底前"])]


def test_a_single_spaced_tables_last_row_cut_after_its_unit_keeps_its_task():
    # round BC: '11 开展…， 民政办' at the page's end had too few pieces for the text and the cells after it; the row lost
    # its task (title '') and took its number for a unit (BC12)
    text = ("某街道2025年基层治理工作任务清单\n序号 工作内容 责任单位 责任人 完成时间\n"
            "1 建设示范小区5个。 城管办 钱立 2025年9月底前\n2 组织社区工作者轮训2期。 党建办 赵敏 2025年11月底前\n"
            "3 开展居民议事协商示范点创建， 民政办\n")
    rows = _rows(parse_text(text))
    assert rows[:2] == [("1", "建设示范小区5个", ["城管办"], ["2025年9月底前"]), ("2", "组织社区工作者轮训2期", ["党建办"], ["2025年11月底前"])]
    assert rows[2][:3] == ("3", "开展居民议事协商示范点创建，", ["民政办"])


def test_unit_columns_named_by_who_bears_or_carries_out_the_work():
    # tried beside round BC: '承担单位', '执行单位', '负责单位', '主管部门' were no header words (no table); with the unknown
    # word read as an aside the units would be lost, so a word ending in 单位 / 部门 not met is no aside either
    for unit in ("承担单位", "执行单位", "负责单位", "主管部门"):
        text = (f"某县2025年重点任务表\n序号\t工作任务\t{unit}\t完成时限\n1\t建设乡镇污水处理站3座。\t县住建局\t2025年10月底前\n"
                "2\t开展河道清淤。\t县水利局、各乡镇人民政府\t2025年5月底前\n")
        assert _rows(parse_text(text)) == [("1", "建设乡镇污水处理站3座", ["县住建局"], ["2025年10月底前"]),
                                           ("2", "开展河道清淤", ["县水利局", "各乡镇人民政府"], ["2025年5月底前"])], unit
    assert column_role("负责人") == "ignore" and column_role("主管领导") == "ignore"
    # '结对单位' (a word not met; round BC's guard used '包保单位', a unit word since round BN): no table read with its
    # units lost; the page fails as before
    text = ("某县2025年重点任务表\n序号\t工作任务\t结对单位\t完成时限\n1\t建设乡镇污水处理站3座。\t县住建局\t2025年10月底前\n"
            "2\t开展河道清淤。\t县水利局\t2025年5月底前\n")
    with pytest.raises(NoTasksError):
        parse_text(text)

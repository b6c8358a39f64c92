"""Round AZ's layouts, each on a made-up example of its pattern: task tables in renderings the set did not hold (a table
flattened to 'label：value' lines per row, cells parted by full-width bars '｜', a pipe table with no outer bars whose last
cell wraps onto lines opened by '|') and roles and times said in words the clause reader had not met.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_table_flattened_to_labelled_lines_per_row_is_read_as_its_rows():
    # round AZ: '序号：1' then '重点任务：…' / '牵头单位：…' / '配合单位：…' / '完成时限：…' a line each, a group per row, was
    # no table: 'no numbered task found' (AZ01)
    text = ("某县2025年重点任务清单\n序号：1\n重点任务：推行企业开办全程网办。\n牵头单位：县行政审批局\n配合单位：县税务局、县人社局\n"
            "完成时限：2025年4月底前\n\n序号：2\n重点任务：建立涉企问题直达机制。\n牵头单位：县工商联\n配合单位：县直有关部门\n"
            "完成时限：长期坚持\n\n序号：3\n重点任务：开展惠企政策宣讲。\n牵头单位：县发改局\n")
    rows = _rows(parse_text(text))
    assert rows[:2] == [("1", "推行企业开办全程网办", ["县行政审批局", "县税务局", "县人社局"], ["2025年4月底前"]),
                        ("2", "建立涉企问题直达机制", ["县工商联", "县直有关部门"], ["长期坚持"])]
    assert rows[2][:3] == ("3", "开展惠企政策宣讲", ["县发改局"])


def test_labelled_lines_that_are_no_table_stay_as_they_were():
    # guard: one '序号：' group, or groups whose labels name no unit or time, are no table
    from zhifa_cli.parse.normalize import labelled_rows
    one = ["序号：1", "重点任务：推行企业开办全程网办。", "牵头单位：县行政审批局", "完成时限：2025年4月底前", "", "序号：3"]
    assert labelled_rows(one) == one
    lines = ["序号：1", "姓名：张三", "职务：科员", "", "序号：2", "姓名：李四", "职务：科员"]
    assert labelled_rows(lines) == lines


def test_cells_parted_by_full_width_bars_are_a_pipe_table():
    # round AZ: '1｜推进…｜医政医管股｜…' (U+FF5C, no outer bars) was no table (AZ06: the page failed)
    text = ("某县卫生健康局重点工作任务分解\n序号｜重点工作｜牵头股室｜协办股室｜时间安排\n"
            "1｜推进医共体建设。｜医政医管股｜规划财务股｜2025年6月底前\n2｜开展家庭医生签约服务。｜基层卫生股｜各乡镇卫生院｜全年\n")
    assert _rows(parse_text(text)) == [("1", "推进医共体建设", ["医政医管股", "规划财务股"], ["2025年6月底前"]),
                                       ("2", "开展家庭医生签约服务", ["基层卫生股", "各乡镇卫生院"], ["全年"])]


def test_a_pipe_rows_last_cell_wrapped_onto_a_line_opened_by_a_bar_stays_in_its_row():
    # round AZ: '… | 镇村建办、镇财政所、' then '| 镇综合行政执法队' (and a name broken '镇农业综合服务中' / '| 心、各村') ended the
    # table at its first row (AZ03: 1 task of 8)
    text = ("某镇民生实事项目责任分工\n序号 | 项目内容 | 完成时限 | 责任单位\n"
            "1 | 完成主干道改造2.3公里。 | 2025年5月底前 | 镇村建办、镇财政所、\n| 镇综合行政执法队\n"
            "2 | 改造提升农村公厕12座。 | 2025年6月底前 | 镇农业综合服务中\n| 心、各村（社区）\n"
            "3 | 为老人免费健康体检。 | 2025年10月底前 | 镇卫生院\n")
    assert _rows(parse_text(text)) == [
        ("1", "完成主干道改造2.3公里", ["镇村建办", "镇财政所", "镇综合行政执法队"], ["2025年5月底前"]),
        ("2", "改造提升农村公厕12座", ["镇农业综合服务中心", "各村（社区）"], ["2025年6月底前"]),
        ("3", "为老人免费健康体检", ["镇卫生院"], ["2025年10月底前"])]

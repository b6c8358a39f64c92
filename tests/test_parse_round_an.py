"""Round AN's layouts, each on a made-up example of its pattern: task tables in renderings rounds AI–AL did not show
(a spreadsheet saved as CSV with cells of several lines or a trailing empty column, a -layout table over two pages
with its header repeated, cells that say 'same as above', contact brackets after the units, a 进度安排 time column,
a unit column merged down the rows).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [(u.raw, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_csv_cell_of_several_lines_stays_in_its_row():
    # round AN: a spreadsheet cell with line breaks, quoted in the CSV, split its row: the page gave 2 tasks of 13
    text = ("某区重点任务清单,,,\n序号,工作举措,责任主体,完成时间节点\n"
            '1,"推行企业开办""一日办结""，\n全程网办。",区市场监管局,2024年6月底前\n'
            '2,推行拿地即开工。,"区住建局\n区自然资源局",2024年9月底前\n'
            '3,推行免申即享。,区工信局,"2024年6月底前上线，\n12月底前全覆盖"\n'
            "4,建立诉求直通车制度。,区营商办,长期坚持\n")
    assert _rows(parse_text(text)) == [
        ("1", '推行企业开办"一日办结"，全程网办', [("区市场监管局", "responsible")], ["2024年6月底前"]),
        ("2", "推行拿地即开工", [("区住建局", "responsible"), ("区自然资源局", "responsible")], ["2024年9月底前"]),
        ("3", "推行免申即享", [("区工信局", "responsible")], ["2024年6月底前上线", "12月底前全覆盖"]),
        ("4", "建立诉求直通车制度", [("区营商办", "responsible")], ["长期坚持"])]


def test_a_csv_header_with_a_trailing_empty_column_is_a_header():
    # round AN: 'X,Y,Z,备注,' (the sheet's used range one column wider) was no header: no task found
    text = ("附件1,,,,,\n某市食品安全重点工作任务清单,,,,,\n序号,任务事项,承办单位,完成时限,备注,\n"
            "1,开展农药残留专项整治。,市农业农村局,2025年10月底前,,\n"
            "2,开展冷链食品风险排查。,市商务局、市市场监管局,每月,省考指标,\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展农药残留专项整治", [("市农业农村局", "responsible")], ["2025年10月底前"]),
        ("2", "开展冷链食品风险排查", [("市商务局", "responsible"), ("市市场监管局", "responsible")], ["每月"])]


def test_a_layout_table_goes_on_under_its_header_repeated_on_the_next_page():
    # round AN: pdftotext -layout over two pages prints the header again after the page number; the table ended
    # there (AN05: 4 tasks of 8)
    text = ("某局重点工作任务清单\n"
            "序号  工作任务                          责任单位            完成时限\n"
            "1     开展参保扩面行动。                养老保险科          2025年12月底前\n"
            "2     开展资格认证。                    社保中心            每季度\n"
            "\n"
            "                     — 2 —\n"
            "\f序号  工作任务                          责任单位            完成时限\n"
            "3     开展基金专项整治。                基金监督科          2025年10月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展参保扩面行动", [("养老保险科", "responsible")], ["2025年12月底前"]),
        ("2", "开展资格认证", [("社保中心", "responsible")], ["每季度"]),
        ("3", "开展基金专项整治", [("基金监督科", "responsible")], ["2025年10月底前"])]


def test_a_schedule_column_is_the_time_column_when_the_table_has_no_other():
    # round AN: '进度安排' was an ignored column, so a table stating its time limits only there gave none (AN10: 0/9)
    text = ("某县公共文化服务工作方案\n序号\t主要内容\t责任单位\t进度安排\t\n"
            "1\t建成图书馆分馆4个。\t县文广旅局\t2025年6月底前完成选址，10月底前建成开放\t\n"
            "2\t推进文化服务中心提档升级。\t县文广旅局\t2025年12月底前\t\n")
    assert _rows(parse_text(text)) == [
        ("1", "建成图书馆分馆4个", [("县文广旅局", "responsible")], ["2025年6月底前完成选址", "10月底前建成开放"]),
        ("2", "推进文化服务中心提档升级", [("县文广旅局", "responsible")], ["2025年12月底前"])]


def test_a_schedule_column_beside_a_time_column_stays_milestones():
    # guard: beside a 完成时限 column the 进度安排 cells are milestones (probe P04 / V13 convention)
    text = ("某区重点任务推进表\n序号\t工作任务\t进度安排\t责任单位\t完成时限\n"
            "1\t清理证明事项。\t3月底前完成梳理；4月底前公布清单\t区司法局\t2024年4月底前\n"
            "2\t推行告知承诺制。\t二季度编制目录\t区司法局\t2024年9月底前\n")
    assert [r[3] for r in _rows(parse_text(text))] == [["2024年4月底前"], ["2024年9月底前"]]

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


def test_a_unit_cell_merged_down_a_unit_first_list_gives_each_row_its_unit():
    # round AN: a 责任清单 by unit writes the unit in its first row only (a merged cell), the later rows open with an
    # empty cell; they had no unit (AN14: 8 of 14)
    text = ("某县县直部门法治政府建设责任清单\n责任单位\t序号\t任务事项\t完成时限\n"
            "县司法局\t1\t开展规范性文件合法性审核。\t2024年12月底前\n"
            "\t2\t开展行政执法案卷评查。\t2024年10月底前\n"
            "县城市管理局\t3\t推行城管执法721工作法。\t长期坚持\n"
            "\t4\t开展违法建设专项治理。\t2024年12月底前\n")
    assert [(r[0], r[2]) for r in _rows(parse_text(text))] == [
        ("1", [("县司法局", "responsible")]), ("2", [("县司法局", "responsible")]),
        ("3", [("县城市管理局", "responsible")]), ("4", [("县城市管理局", "responsible")])]


def test_a_cell_written_ditto_takes_the_value_above_and_an_empty_time_cell_stays_empty():
    # round AN: '同上' / '〃' cells (AN06) gave '同上' as a unit and '〃' as a time limit; an empty 完成时限 is no time
    # limit (a merged time cell, AN07, is not told from a blank one: tests/test_parse_layout.py reads blanks as none)
    text = ("某镇人居环境整治任务清单\n序号\t任务事项\t责任单位\t完成时限\n"
            "1\t完成户厕问题整改。\t镇农业服务中心、各村\t2025年6月底前\n"
            "2\t开展村庄清洁行动。\t同上\t〃\n"
            "3\t建设垃圾分类示范村。\t镇环卫所\t2025年9月底前\n"
            "4\t开展公厕长效管护。\t\t\n"
            "5\t推进村庄绿化美化。\t镇林业站\t2025年5月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "完成户厕问题整改", [("镇农业服务中心", "responsible"), ("各村", "responsible")], ["2025年6月底前"]),
        ("2", "开展村庄清洁行动", [("镇农业服务中心", "responsible"), ("各村", "responsible")], ["2025年6月底前"]),
        ("3", "建设垃圾分类示范村", [("镇环卫所", "responsible")], ["2025年9月底前"]),
        ("4", "开展公厕长效管护", [("镇环卫所", "responsible")], []),
        ("5", "推进村庄绿化美化", [("镇林业站", "responsible")], ["2025年5月底前"])]


def test_an_empty_unit_cell_between_two_rows_naming_the_same_unit_is_blank():
    # guard of the merged reading: a unit merged over rows is not written anew in the next row
    text = ("某县责任清单\n责任单位\t序号\t任务事项\t完成时限\n县司法局\t1\t开展文件审核。\t2024年12月底前\n"
            "\t2\t开展案卷评查。\t2024年10月底前\n县司法局\t3\t推进合法性审查。\t2024年9月底前\n"
            "县城管局\t4\t开展违建治理。\t2024年12月底前\n")
    assert [r[2] for r in _rows(parse_text(text))] == [
        [("县司法局", "responsible")], [], [("县司法局", "responsible")], [("县城管局", "responsible")]]


def test_an_empty_time_cell_explained_by_a_remark_or_opening_a_group_stays_empty():
    # guard: '每季度1场' in 备注 speaks for the empty 完成时限 (V14); a row opening a new 类别 starts no merge (V12);
    # an empty 配合单位 is none
    text = ("某县重点任务清单\n序号\t类别\t工作任务\t牵头单位\t配合单位\t完成时限\t备注\n"
            "1\t政务服务\t推行一业一证改革。\t县审批局\t县市场监管局\t2024年9月底前\t\n"
            "2\t\t开展融资对接活动。\t县金融中心\t\t\t每季度1场\n"
            "3\t法治保障\t开展涉企检查清理。\t县司法局\t县直各部门\t\t\n")
    assert [(r[2], r[3]) for r in _rows(parse_text(text))] == [
        ([("县审批局", "lead"), ("县市场监管局", "support")], ["2024年9月底前"]),
        ([("县金融中心", "lead")], []),
        ([("县司法局", "lead"), ("县直各部门", "support")], [])]


def test_contact_brackets_after_the_units_are_no_part_of_their_names():
    # round AN: '基金监管股（联系人：王芳，电话：6523118）' stayed whole as the unit's name (AN08: 0 of 8 units)
    from zhifa_cli.parse.units import split_units

    got = split_units("基金监管股（联系人：王芳，电话：6523118）、县卫健局（李强 13905761234）、县医保服务中心（联系人：赵磊，")
    assert [u.raw for u in got] == ["基金监管股", "县卫健局", "县医保服务中心"]
    # a bracket that is part of a name, or a role mark, stays
    assert [u.raw for u in split_units("各镇（街道）卫生院、县财政局（牵头）")] == ["各镇（街道）卫生院", "县财政局"]


def test_a_tab_header_whose_cells_wrapped_over_two_lines_is_one_header():
    # round AN: '序号 工作任务 牵头 配合 完成' over ' 单位 单位 时限' was no header: the page was read without its table and
    # the last row, cut after its unit, was lost (AN09)
    text = ("某区社会信用体系建设工作要点\n序号\t工作任务\t牵头\t配合\t完成\n\t\t单位\t单位\t时限\n"
            "1\t完善信用信息归集机制。\t区发改局\t区大数据局\t2025年12月底前\n"
            "2\t推进信易+场景应用\t区发改局\n")
    assert _rows(parse_text(text)) == [
        ("1", "完善信用信息归集机制", [("区发改局", "lead"), ("区大数据局", "support")], ["2025年12月底前"]),
        ("2", "推进信易+场景应用", [("区发改局", "lead")], [])]


def test_an_organ_and_date_under_the_title_with_the_verb_sign_the_page():
    # round AN: '（…办公室2024年4月8日印发）' under the title gave its date but no issuer (AN14); without the verb it
    # gave both (AK03 / '（X县医疗保障局　2024年2月26日）')
    text = ("某县县直部门法治政府建设责任清单\n（中共某县委全面依法治县委员会办公室2024年4月8日印发）\n"
            "责任单位\t序号\t任务事项\t完成时限\n县司法局\t1\t开展规范性文件合法性审核。\t2024年12月底前\n"
            "县城市管理局\t2\t开展违法建设专项治理。\t2024年12月底前\n")
    doc = parse_text(text)
    assert (doc.issuer, str(doc.date)) == ("中共某县委全面依法治县委员会办公室", "2024-04-08")


def test_the_cut_last_row_of_a_page_takes_no_merged_value():
    # misfire check: a WPS copy ends every line with a tab, so the excerpt's last row, cut after its task cell, looked
    # like a row with an empty unit cell and took the unit of the row above (as AN10's cut row 9 took a time)
    text = ("某县公共文化服务工作方案\n序号\t主要内容\t责任单位\t完成时限\t\n"
            "1\t落实文化服务经费保障。\t县财政局\t2025年12月底前\t\n"
            "2\t建立文化志愿服务队伍\t\t\n")
    assert [r[2] for r in _rows(parse_text(text))] == [[("县财政局", "responsible")], []]


def test_a_quote_mark_inside_an_unquoted_csv_cell_opens_no_record_of_several_lines():
    # misfire check: a stray '"' inside a cell ('推行"一网通办改革') was counted as an open quote, and the record ran over
    # the rows after it (rows 2 and 3 lost)
    text = ("某区任务清单,,,\n序号,工作举措,责任主体,完成时间节点\n1,推行\"一网通办改革。,区政务中心,2024年6月底前\n"
            "2,推进拿地即开工。,区住建局,2024年9月底前\n3,推行免申即享。,区工信局,2024年8月底前\n")
    assert [(r[0], r[3]) for r in _rows(parse_text(text))] == [
        ("1", ["2024年6月底前"]), ("2", ["2024年9月底前"]), ("3", ["2024年8月底前"])]


def test_a_schedule_column_that_reports_progress_gives_no_time_limits():
    # misfire check: '进度安排' cells that say no time ('完成方案编制') were read as time limits
    text = ("某县重点项目推进表\n序号\t主要内容\t责任单位\t进度安排\n1\t建设图书馆分馆。\t县文广旅局\t完成方案编制\n"
            "2\t推进文化中心升级。\t县文广旅局\t已完成招标\n")
    assert [r[3] for r in _rows(parse_text(text))] == [[], []]

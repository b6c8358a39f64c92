"""Round AU's layouts, each on a made-up example of its pattern: task tables in renderings rounds AN, AP and AR did not
show (columns beside the work that give the task's source, its score or a phone number; rows counted in Chinese numerals;
a plain-text table with rules drawn between its rows; '续表' over a -layout table's next page; a '工作要点' column; a
Markdown row cut at its end after an empty merged cell).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_columns_giving_a_tasks_source_score_or_phone_are_no_obstacle_to_the_header():
    # round AU: '任务来源', '评价指标' / '分值' and '联系电话' were no header words, so the tables were not found (AU04, AU05,
    # AU09: 'no numbered task found')
    for header, row in (("序号\t任务来源\t重点任务\t责任处室\t完成时限", "1\t省委一号文件\t新建高标准农田10万亩。\t农田建设处\t2025年12月底前"),
                        ("序号\t工作任务\t评价指标\t分值\t责任单位\t完成时限", "1\t新建高标准农田10万亩。\t验收合格率100%\t10\t农田建设处\t2025年12月底前"),
                        ("序号\t重点任务\t责任单位\t责任人\t联系电话\t完成时限", "1\t新建高标准农田10万亩。\t农田建设处\t张敏\t8812306\t2025年12月底前")):
        text = f"某省农业重点工作任务清单\n{header}\n{row}\n{row.replace('1', '2', 1).replace('10万亩', '5万亩')}\n"
        assert _rows(parse_text(text)) == [("1", "新建高标准农田10万亩", ["农田建设处"], ["2025年12月底前"]),
                                           ("2", "新建高标准农田5万亩", ["农田建设处"], ["2025年12月底前"])], header


def test_rows_numbered_in_chinese_numerals_are_tasks():
    # round AU: tab rows numbered '一' '二' … (no 、), each a task with all its cells, were no rows: the page had no task (AU02);
    # the last row, cut after its lead cell, counts by its place
    text = ("某县财政局重点工作任务分工\n序号\t工作任务\t牵头股室\t配合股室\t完成时限\n"
            "一\t完成一般公共预算收入9.6亿元。\t预算股\t国库股\t2024年12月底前\n"
            "二\t推进预算绩效管理。\t绩效评价股\t各业务股室\t2024年11月底前\n"
            "三\t开展乡镇财政所规范化建设\t乡镇财政管理股\t\n")
    rows = _rows(parse_text(text))
    assert rows[:2] == [("一", "完成一般公共预算收入9.6亿元", ["预算股", "国库股"], ["2024年12月底前"]),
                        ("二", "推进预算绩效管理", ["绩效评价股", "各业务股室"], ["2024年11月底前"])]
    assert rows[2][:3] == ("三", "开展乡镇财政所规范化建设", ["乡镇财政管理股"])


def test_group_rows_numbered_in_chinese_numerals_stay_groups():
    # guard: '一、' rows naming a group (one or two cells filled) head the numbered rows under them, as before
    text = ("某区教育局工作要点责任分解\n序号\t工作内容\t责任科室\t完成时间\n一、\t党建引领\t\t\n"
            "1.\t开展党纪学习教育。\t机关党委\t2024年7月底前\n二、\t基础教育\t\t\n"
            "1.\t新建幼儿园5所。\t发展规划科\t2024年8月底前\n")
    assert [(t.id, t.title) for t in parse_text(text).tasks] == [("一.1", "开展党纪学习教育"), ("二.1", "新建幼儿园5所")]


def test_a_plain_text_table_with_rules_drawn_between_its_rows():
    # round AU: '-----' lines above, below the header and between rows ended the kept spacing and the table (AU11)
    rule = "-" * 80
    text = (f"某市交通运输局重点工作任务分解\n{rule}\n"
            "序号  重点任务                              牵头科室      配合单位          完成时限\n"
            f"{rule}\n"
            "1     推进高速公路前期工作，完成工可        规划科        市公路中心        2025年9月底前\n"
            "      批复。\n"
            f"{rule}\n"
            "2     新改建农村公路150公里。               建设管理科    各县（市、区）    2025年12月底前\n"
            "                                                          交通运输局\n"
            f"{rule}\n")
    assert _rows(parse_text(text)) == [
        ("1", "推进高速公路前期工作，完成工可批复", ["规划科", "市公路中心"], ["2025年9月底前"]),
        ("2", "新改建农村公路150公里", ["建设管理科", "各县（市、区）交通运输局"], ["2025年12月底前"])]


def test_a_layout_table_goes_on_under_a_continued_line_on_the_next_page():
    # round AU: '续表' at the top of the next page (then the header again) ended the -layout table: 3 of 7 rows (AU06)
    head = " 序号   重点任务                        牵头单位        配合单位            完成时限\n"
    text = ("某市民政重点工作任务分工\n\n" + head + "\n"
            "  1     开展殡葬领域专项整治。          市民政局        市公安局            2024年9月底前\n\n"
            "                                         — 3 —\n\f续表\n\n" + head + "\n"
            "  2     推进社区工作者职业体系建设。    市委社会工作部  市民政局            2024年10月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展殡葬领域专项整治", ["市民政局", "市公安局"], ["2024年9月底前"]),
        ("2", "推进社区工作者职业体系建设", ["市委社会工作部", "市民政局"], ["2024年10月底前"])]


def test_a_work_points_column_is_the_task_column():
    # round AU: '工作要点' was no header word, so a table one cell a line was read as circled items with no units (AU03)
    text = ("某区水利局河湖长制工作要点任务分解\n序号\n工作要点\n责任单位\n完成时间\n"
            "①\n召开区级总河湖长会议。\n河湖长制工作科\n2025年3月底前\n"
            "②\n完成区级河湖健康评价8条。\n水资源管理科\n2025年10月底前\n")
    assert [(r[1], r[2], r[3]) for r in _rows(parse_text(text))] == [
        ("召开区级总河湖长会议", ["河湖长制工作科"], ["2025年3月底前"]),
        ("完成区级河湖健康评价8条", ["水资源管理科"], ["2025年10月底前"])]


def test_a_pipe_row_with_its_empty_first_cell_in_place_was_cut_at_its_end():
    # round AU: '| | 开展应急演练， | 安全监管科 |' (the merged 类别 cell empty, in place) at the page's end, one cell short: it
    # was read as having lost its leading cells, its text fell under 责任单位 and the row was dropped (AU08)
    text = ("某市文旅重点任务\n| 类别 | 重点任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 安全生产 | 开展文旅场所隐患排查。 | 安全监管科 | 2025年5月底前 |\n"
            "| | 开展A级景区应急演练， | 安全监管科 |\n")
    rows = _rows(parse_text(text))
    assert len(rows) == 2 and rows[1][1].rstrip("，") == "开展A级景区应急演练" and rows[1][2] == ["安全监管科"]


def test_a_group_row_numbered_with_a_comma_and_naming_a_unit_is_no_task():
    # guard: '一、<TAB>党建引领<TAB>机关党委' (a heading with the unit that leads its group, no sentence) stays no task row
    text = ("某区教育局工作要点责任分解\n序号\t工作内容\t责任科室\t完成时间\n一、\t党建引领\t机关党委\t\n"
            "1\t开展党纪学习教育。\t机关党委\t2024年7月底前\n2\t推进校长负责制落地见效。\t组织人事科\t2024年12月底前\n")
    assert [t.title for t in parse_text(text).tasks] == ["开展党纪学习教育", "推进校长负责制落地见效"]


def test_rows_numbered_with_circled_numerals_in_a_tab_table():
    # round AU (variant beside AU03): '①' '②' in the 序号 cell of a tab table were no row numbers, and the headless
    # reader tried int('②') (str.isdigit is true for circled digits): the parse failed with a ValueError
    text = ("某区水利局任务分解\n序号\t工作任务\t责任单位\t完成时间\n①\t召开总河湖长会议。\t河湖长制工作科\t2025年3月底前\n"
            "②\t完成河湖健康评价。\t水资源管理科\t2025年10月底前\n")
    assert _rows(parse_text(text)) == [("1", "召开总河湖长会议", ["河湖长制工作科"], ["2025年3月底前"]),
                                       ("2", "完成河湖健康评价", ["水资源管理科"], ["2025年10月底前"])]


def test_a_tab_table_goes_on_under_a_continued_line_and_its_header_again():
    # round AU (variant beside AU06): '续表' and the header again inside a tab table ended it after row 2
    head = "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    text = ("某市民政任务分工\n" + head + "1\t开展殡葬领域专项整治。\t市民政局\t市公安局\t2024年9月底前\n"
            "2\t推进养老服务。\t市民政局\t市财政局\t2024年10月底前\n续表\n" + head
            + "3\t推进社区工作者职业体系建设。\t市委社会工作部\t市民政局\t2024年10月底前\n")
    assert [t.id for t in parse_text(text).tasks] == ["1", "2", "3"]


def test_names_on_lines_of_their_own_in_a_blank_line_cell_are_units_even_when_some_are_not_known_bodies():
    # variant beside AR13: '社会救助股' / '县财政局' (a 股 is no known body ending) were run together into one name
    text = ("某县民政局2025年养老服务体系建设任务清单\n\n序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
            "1\n\n实施适老化改造150户，\n覆盖全县。\n\n养老服务股\n\n社会救助股\n县财政局\n\n2025年11月底前\n\n"
            "2\n\n开展养老机构安全隐患排查整治。\n\n养老服务股\n\n县应急管理局\n\n2025年6月底前\n\n"
            "3\n\n开展护理员培训。\n\n养老服务股\n\n县人社局\n\n2025年12月底前\n")
    assert _rows(parse_text(text))[0] == ("1", "实施适老化改造150户，覆盖全县", ["养老服务股", "社会救助股", "县财政局"],
                                          ["2025年11月底前"])


def test_a_headless_continuation_page_in_pipes():
    # variant beside AR01: the page of an attachment after its first, its rows between pipes, no header: no task found
    text = ("某市2025年交通运输重点工作任务分解表（续）\n"
            "| 9 | 推进农村公路示范创建。 | 市交通运输局 | 各县（市、区）人民政府 | 2025年12月底前 |\n"
            "| 10 | 推动港区码头工程开工建设。 | 市港航中心 | 市生态环境局 | 2025年9月底前 |\n"
            "| 11 | 实施国省道危桥改造8座。 | 市公路中心 | 市财政局 | 2025年10月底前 |\n")
    assert _rows(parse_text(text)) == [
        ("9", "推进农村公路示范创建", ["市交通运输局", "各县（市、区）人民政府"], ["2025年12月底前"]),
        ("10", "推动港区码头工程开工建设", ["市港航中心", "市生态环境局"], ["2025年9月底前"]),
        ("11", "实施国省道危桥改造8座", ["市公路中心", "市财政局"], ["2025年10月底前"])]


def test_rows_numbered_with_bracketed_chinese_numerals_and_a_sentence_are_tasks():
    # variant beside AU02: '（一）' '（二）' in the 序号 cell of full rows: no task found
    text = ("某县任务分工\n序号\t工作任务\t责任单位\t完成时限\n（一）\t完成预算收入9.6亿元。\t预算股\t2024年12月底前\n"
            "（二）\t推进预算绩效管理。\t绩效评价股\t2024年11月底前\n")
    assert [(r[0], r[1], r[2]) for r in _rows(parse_text(text))] == [
        ("（一）", "完成预算收入9.6亿元", ["预算股"]), ("（二）", "推进预算绩效管理", ["绩效评价股"])]

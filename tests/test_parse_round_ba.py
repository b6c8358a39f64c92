"""Round BA's layouts, each on a made-up example of its pattern: task tables in renderings the probe set did not show
(a 专项 column first; ids 'A1' under lettered group rows; a project table with investment, place and scale columns;
header cells wrapped over two lines in a one-cell-per-line copy; a PDF copied in reading order, each row's number on the
line of its task's first words; a by-unit list numbering each unit's rows from 1 again).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_special_campaign_column_heads_the_rows_as_a_category_does():
    # round BA: '专项' was no header word, so a table opening with it was not found (BA11: 'no numbered task found')
    text = ("某县2025年安全生产专项整治任务表\n| 专项 | 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            "| 危化品 | 1-1 | 开展危化品企业安全评估。 | 县应急局 | 2025年5月底前 |\n"
            "|  | 1-2 | 推进危化品运输车辆监控全覆盖。 | 县交通运输局、县公安局 | 2025年8月底前 |\n"
            "| 消防 | 2-1 | 排查高层建筑消防隐患。 | 县消防救援大队 | 2025年6月底前 |\n")
    assert _rows(parse_text(text)) == [
        ("1-1", "开展危化品企业安全评估", ["县应急局"], ["2025年5月底前"]),
        ("1-2", "推进危化品运输车辆监控全覆盖", ["县交通运输局", "县公安局"], ["2025年8月底前"]),
        ("2-1", "排查高层建筑消防隐患", ["县消防救援大队"], ["2025年6月底前"])]


def test_rows_numbered_by_letter_and_number_under_lettered_group_rows():
    # round BA: '序号' cells 'A1', 'B2' were no row numbers (BA04: 'no numbered task found'); the lettered rows
    # '| A | 名称 | | |' head the rows under them
    text = ("某市2025年稳就业推进措施清单\n| 编号 | 推进措施 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
            "| A | 扩大就业容量 | | |\n| A1 | 新增城镇就业1万人。 | 市人社局 | 2025年12月底前 |\n"
            "| A2 | 开发公益性岗位500个。 | 市人社局、市财政局 | 2025年6月底前 |\n"
            "| B | 强化技能培训 | | |\n| B1 | 开展职业技能培训2万人次。 | 市人社局 | 2025年11月底前 |\n")
    doc = parse_text(text)
    assert _rows(doc) == [("A1", "新增城镇就业1万人", ["市人社局"], ["2025年12月底前"]),
                          ("A2", "开发公益性岗位500个", ["市人社局", "市财政局"], ["2025年6月底前"]),
                          ("B1", "开展职业技能培训2万人次", ["市人社局"], ["2025年11月底前"])]
    assert [t.section for t in doc.tasks] == ["扩大就业容量", "扩大就业容量", "强化技能培训"]


def test_a_project_tables_investment_place_and_scale_columns_are_no_obstacle_to_the_header():
    # round BA: '投资额（万元）' and '项目地点' were no header words, the table was not found and its group lines became
    # the page's tasks, each with the deadlines of the rows under it (BA08); '小计' / '合计' rows stay no tasks
    for invest, place in (("投资额（万元）", "项目地点"), ("总投资", "建设地点"), ("年度投资（亿元）", "建设规模")):
        text = (f"某县2025年重点项目计划表\n序号\t项目名称\t建设内容\t{invest}\t{place}\t责任单位\t完成时限\n"
                "一、市政设施\n1\t城东污水处理厂\t新建日处理能力2万吨污水处理厂。\t8000\t城东街道\t县住建局\t2025年10月底前\n"
                "2\t滨河公园\t新建公园绿地12公顷。\t3000\t滨河街道\t县城管局\t2025年6月底前\n\t小计\t\t11000\t\t\t\n")
        assert _rows(parse_text(text)) == [("1", "新建日处理能力2万吨污水处理厂", ["县住建局"], ["2025年10月底前"]),
                                           ("2", "新建公园绿地12公顷", ["县城管局"], ["2025年6月底前"])], invest


def test_header_cells_wrapped_over_two_lines_in_a_one_cell_per_line_copy():
    # round BA: '牵头' / '单位', '完成' / '时限' on lines of their own (a '<br>' in each header cell): the header ended at
    # '单位', the support units and every time were lost (BA05)
    text = ("某镇2025年重点工作分工\n序号\n工作任务\n牵头\n单位\n配合\n单位\n完成\n时限\n"
            "1\n开展河道保洁。\n镇水利站\n各村委会\n2025年6月底前\n2\n建设镇文化广场。\n镇文化站\n镇财政所\n2025年10月底前\n")
    assert _rows(parse_text(text)) == [("1", "开展河道保洁", ["镇水利站", "各村委会"], ["2025年6月底前"]),
                                       ("2", "建设镇文化广场", ["镇文化站", "镇财政所"], ["2025年10月底前"])]


def test_a_pdf_copied_in_reading_order_puts_each_rows_number_before_its_tasks_first_line():
    # round BA: '1 推进…' then the task's rest, the unit and the time each on a line: the number stayed in the task, its
    # wrapped rest was read as the unit and the unit as the time (BA07: 3 of 11 units, 1 of 7 deadlines)
    text = ("某县2025年教育重点工作任务\n序号 工作任务 责任单位 完成时限\n"
            "1 推进义务教育优质均衡发展，新建城区小学\n2所。\n县教育局、县发改局\n2025年8月底前\n"
            "2 实施乡村教师支持计划，补充乡村教师120\n名。\n县教育局\n2025年9月底前\n"
            "3 开展校园安全专项整治。\n县教育局、县公安局\n2025年6月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "推进义务教育优质均衡发展，新建城区小学2所", ["县教育局", "县发改局"], ["2025年8月底前"]),
        ("2", "实施乡村教师支持计划，补充乡村教师120名", ["县教育局"], ["2025年9月底前"]),
        ("3", "开展校园安全专项整治", ["县教育局", "县公安局"], ["2025年6月底前"])]


def test_rows_numbered_from_one_again_for_each_unit_keep_their_own_deadlines():
    # round BA: a by-unit list numbering each unit's rows 1, 2 … gave every row the deadlines of all rows of its number
    # (BA09: 26 deadlines for 8); the ids tell the runs apart
    text = ("某区2024年民生实事责任清单\n| 主责单位 | 序号 | 责任事项 | 办结时限 |\n| --- | --- | --- | --- |\n"
            "| 区教育局 | 1 | 新建幼儿园2所。 | 2024年8月底前 |\n| 区教育局 | 2 | 改造学校食堂5个。 | 2024年10月底前 |\n"
            "| 区民政局 | 1 | 建设养老服务站3个。 | 2024年12月底前 |\n")
    assert _rows(parse_text(text)) == [("1.1", "新建幼儿园2所", ["区教育局"], ["2024年8月底前"]),
                                       ("1.2", "改造学校食堂5个", ["区教育局"], ["2024年10月底前"]),
                                       ("2.1", "建设养老服务站3个", ["区民政局"], ["2024年12月底前"])]


def test_near_misses_of_the_round_ba_rules_stay_as_they_were():
    # rows numbered once among sub-numbered rows keep their plain ids, though the sub-rows' places repeat their numbers
    # (Y08's shape)
    text = ("某区工作任务分解表\n序号\n工作任务\n责任单位\n完成时限\n1\n企业开办\n1.1\n推行企业开办一窗通办。\n区市场监管局\n2024年6月底前\n"
            "1.2\n推行印章刻制免费。\n区公安分局\n2024年8月底前\n2\n完善线下专窗。\n区政务服务中心\n2024年5月底前\n")
    assert [t.id for t in parse_text(text).tasks] == ["1", "1.1", "1.2", "2"]
    # two header words on lines of their own are two cells, not one ('工作' is no piece of a wrapped word beside '任务')
    text = ("某镇工作分工\n序号\n工作任务\n责任单位\n完成时限\n1\n开展河道保洁。\n镇水利站\n2025年6月底前\n"
            "2\n建设镇文化广场。\n镇文化站\n2025年10月底前\n")
    assert _rows(parse_text(text)) == [("1", "开展河道保洁", ["镇水利站"], ["2025年6月底前"]),
                                       ("2", "建设镇文化广场", ["镇文化站"], ["2025年10月底前"])]
    # a line opening with a count ('2 个…', '3 项') is no row number in a reading-order copy
    text = ("某县工作任务\n序号 工作任务 责任单位 完成时限\n1\n建设城区小学，共\n2 所。\n县教育局\n2025年8月底前\n"
            "2\n开展校园安全专项整治。\n县公安局\n2025年6月底前\n")
    rows = _rows(parse_text(text))
    assert [r[0] for r in rows] == ["1", "2"] and rows[1][2:] == (["县公安局"], ["2025年6月底前"])


def test_a_numbered_subtotal_row_is_no_task_and_an_owner_column_gives_the_units():
    # found on a variant beside BA08: a '小计' row with a 序号 of its own gave an empty task, and a project table naming its
    # units '业主单位' / '建设单位' was not found ('no numbered task found')
    for owner in ("业主单位", "建设单位"):
        text = (f"某县2025年重点项目表\n序号\t项目名称\t建设内容\t总投资（万元）\t{owner}\t完成时限\n"
                "1\t城东污水厂\t新建污水处理厂一座。\t8000\t县城投公司\t2025年10月底前\n"
                "2\t滨河公园\t新建公园绿地12公顷。\t3000\t县城管局\t2025年6月底前\n3\t小计\t\t11000\t\t\n")
        assert _rows(parse_text(text)) == [("1", "新建污水处理厂一座", ["县城投公司"], ["2025年10月底前"]),
                                           ("2", "新建公园绿地12公顷", ["县城管局"], ["2025年6月底前"])], owner
    # a row whose task names a sum but carries a unit or a time stays a task
    text = ("某县任务表\n序号\t工作任务\t责任单位\t完成时限\n1\t开展河道保洁。\t县水利局\t2025年6月底前\n"
            "2\t合计\t县财政局\t2025年12月底前\n")
    assert [r[0] for r in _rows(parse_text(text))] == ["1", "2"]


def test_header_words_for_the_work_its_end_date_and_its_standard_tried_beside_the_round():
    # tried beside round BA's pages: '工作重点', '截止日期' / '完成日期' and '完成标准' were no header words, the table not found
    for header in ("序号\t工作重点\t责任单位\t截止日期", "序号\t工作任务\t完成标准\t责任单位\t完成日期"):
        cells = header.split("\t")
        row1 = "\t".join({"序号": "1", "责任单位": "县水利局", "完成标准": "河面无漂浮物"}.get(c, "开展河道保洁。" if "工作" in c
                                                                                         else "2025年6月底前") for c in cells)
        text = f"某县工作任务清单\n{header}\n{row1}\n{row1.replace('1', '2', 1).replace('河道', '沟渠')}\n"
        assert _rows(parse_text(text)) == [("1", "开展河道保洁", ["县水利局"], ["2025年6月底前"]),
                                           ("2", "开展沟渠保洁", ["县水利局"], ["2025年6月底前"])], header

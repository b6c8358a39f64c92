"""Round BU's layouts, each on a made-up example of its pattern: task tables under header words of 整改 lists, project
lists, 督查 交办 lists and 乡村振兴 ledgers the probe set had not used ('整改责任单位', '项目业主', '建设起止年限', '交办单位',
'涉及单位', '任务描述'), a project table one cell a line whose investment figures are bare numbers, a last row cut short
with a problem column between its label and its text, and a title whose place runs into '全国文明城区'.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.grid import column_role


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_unit_column_named_with_a_qualifier_before_the_unit_word():
    # round BU: '整改责任单位', '整改牵头单位' / '整改配合单位', '行业主管部门' were no header words (a …单位 not met is no aside):
    # no table, the page failed (BU01, BU02, BU10)
    for lead, support in (("整改责任单位", "整改配合单位"), ("整改牵头单位", "整改配合单位"), ("项目责任单位", "行业主管部门"),
                          ("管控责任单位", "行业监管部门")):
        text = (f"某县巡察反馈问题整改清单\n序号\t存在问题\t整改措施\t{lead}\t{support}\t整改时限\n"
                "1\t资金拨付滞后\t清理存量资金，按规定及时拨付。\t县财政局\t各乡镇人民政府\t2025年6月底前\n"
                "2\t项目监管缺位\t建立项目全过程监管制度。\t县发展改革局\t县住房城乡建设局\t2025年9月底前\n")
        assert _rows(parse_text(text)) == [
            ("1", "清理存量资金，按规定及时拨付", ["县财政局", "各乡镇人民政府"], ["2025年6月底前"]),
            ("2", "建立项目全过程监管制度", ["县发展改革局", "县住房城乡建设局"], ["2025年9月底前"])], (lead, support)


def test_a_project_table_names_its_owner_and_its_span_of_years():
    # round BU: '项目业主' / '项目单位' (the body carrying the project out) and '建设起止年限' / '起止年限' were no header
    # words: no table, the page failed (BU03, BU10)
    for owner, years in (("项目业主", "建设起止年限"), ("项目单位", "起止年限"), ("项目业主单位", "实施起止年限")):
        text = (f"某县2025年重点项目计划表\n序号\t项目名称\t建设内容\t总投资（万元）\t{years}\t{owner}\n"
                "1\t城区污水管网工程\t新建污水管网12公里。\t8600\t2024—2025年\t县住房城乡建设局\n"
                "2\t县第一中学扩建\t新建教学楼1.2万平方米。\t9500\t2025—2026年\t县教育局\n")
        assert _rows(parse_text(text)) == [("1", "新建污水管网12公里", ["县住房城乡建设局"], ["2024—2025年"]),
                                           ("2", "新建教学楼1.2万平方米", ["县教育局"], ["2025—2026年"])], (owner, years)


def test_a_column_naming_who_assigns_or_accepts_the_matter_is_no_unit():
    # round BU: '交办单位' (who assigns a 督查事项: a 督查室, a hotline) was no header word, the page failed (BU06); '验收单位'
    # and '督促单位' name who checks the work as '督办单位' does: no units of the task
    for name in ("交办单位", "验收单位", "督促单位"):
        text = (f"某县重点督查事项交办清单\n| 序号 | 督办事项 | {name} | 承办单位 | 办结时限 |\n| --- | --- | --- | --- | --- |\n"
                "| 1 | 整治农贸市场周边占道经营问题。 | 县政府督查室 | 县城市管理局 | 2025年7月15日 |\n"
                "| 2 | 办理城北小区供水水压不足问题。 | 12345热线 | 县水务公司 | 2025年7月10日 |\n")
        assert _rows(parse_text(text)) == [("1", "整治农贸市场周边占道经营问题", ["县城市管理局"], ["2025年7月15日"]),
                                           ("2", "办理城北小区供水水压不足问题", ["县水务公司"], ["2025年7月10日"])], name


def test_unit_columns_named_by_the_bodies_involved_handling_or_in_charge():
    # round BU: '涉及单位' (the bodies a task touches) was no header word, the page failed (BU09); '办理单位', '归口部门',
    # '对口部门' the same, tried beside the round
    for lead, support in (("主责部门", "涉及单位"), ("办理单位", "涉及部门"), ("归口部门", "配合单位"), ("对口部门", "协作部门")):
        text = (f"某镇2025年乡村振兴重点任务清单\n序号  重点任务  {lead}  {support}  截止时间\n"
                "1  稳定粮食生产，完成播种面积4万亩。  镇农业农村办  各村（社区）  2025年10月底前\n"
                "2  开展防止返贫动态监测帮扶。  镇乡村振兴服务中心  镇民政办  2025年12月底前\n")
        assert _rows(parse_text(text)) == [
            ("1", "稳定粮食生产，完成播种面积4万亩", ["镇农业农村办", "各村（社区）"], ["2025年10月底前"]),
            ("2", "开展防止返贫动态监测帮扶", ["镇乡村振兴服务中心", "镇民政办"], ["2025年12月底前"])], (lead, support)


def test_task_time_and_person_columns_in_words_not_met():
    # round BU, beside the round: '任务描述' / '民生实事' as the only task column, '计划完成日期' / '完成年月' as the time and
    # '责任河长' (a person) beside '交办单位' were no header words: the page failed
    for task, when, person in (("任务描述", "计划完成日期", "责任河长"), ("民生实事", "完成年月", "包保林长")):
        text = (f"某县2025年任务清单\n序号\t{task}\t{person}\t交办单位\t责任单位\t{when}\n"
                "1\t清理河道建筑垃圾，恢复河道原貌。\t李建华\t县河长办\t城关镇人民政府\t2025年4月\n"
                "2\t拆除违建养殖棚2处。\t王立新\t县河长办\t河口乡人民政府\t2025年5月\n")
        assert _rows(parse_text(text)) == [("1", "清理河道建筑垃圾，恢复河道原貌", ["城关镇人民政府"], ["2025年4月"]),
                                           ("2", "拆除违建养殖棚2处", ["河口乡人民政府"], ["2025年5月"])], (task, when)


def test_a_figure_in_a_project_table_one_cell_a_line_is_no_row_number():
    # round BU: '9000' under '年度投资（万元）', one cell a line, started a row of its own (a bare number of up to four
    # digits reads as a 序号): BU03 read 11 rows for 7. A bare number in a row short of its cells, neither the next
    # row's number nor a 1, is one of its figures.
    text = ("某县2025年重点项目建设计划表\n序号\n项目名称\n建设内容\n总投资（万元）\n年度投资（万元）\n责任单位\n"
            "1\n污水处理厂扩容工程\n新增日处理能力2万吨。\n18600\n9000\n县住房城乡建设局\n"
            "2\n高标准农田建设\n新建高标准农田3.5万亩。\n7000\n7000\n县农业农村局\n"
            "3\n县第二中学扩建\n新建教学楼2.4万平方米。\n13500\n8000\n县教育局\n")
    assert _rows(parse_text(text)) == [("1", "新增日处理能力2万吨", ["县住房城乡建设局"], []),
                                       ("2", "新建高标准农田3.5万亩", ["县农业农村局"], []),
                                       ("3", "新建教学楼2.4万平方米", ["县教育局"], [])]


def test_a_last_row_cut_short_with_a_problem_column_between_its_label_and_its_text():
    # round BU: a row cut at the page's end under '河湖名称 问题清单 整改措施 …' was read as if it had lost its leading
    # 河湖名称 cell: every cell one column to the right, the problem the title and the person a unit (BU08 row 7)
    text = ("某县河湖问题整改清单\n序号\t河湖名称\t问题清单\t整改措施\t责任河长\t责任单位\t整改时限\n"
            "1\t南溪河\t河道堆放建筑垃圾\t清运河道内建筑垃圾，设立警示牌。\t李建华\t城关镇人民政府\t2025年4月30日前\n"
            "2\t桃花溪\t河道内阻水林木\t清除阻水林木，恢复行洪能\t孙伟\t\n")
    rows = _rows(parse_text(text))
    assert rows[0] == ("1", "清运河道内建筑垃圾，设立警示牌", ["城关镇人民政府"], ["2025年4月30日前"])
    assert rows[1][:3] == ("2", "清除阻水林木，恢复行洪能", [])


def test_a_place_running_into_the_words_national_civilised_city():
    # round BU: '关于印发《2025年松阳区全国文明城区创建…》' gave the region '松阳区全国文明城区' (BU05): no place name holds 全国
    text = ("松阳区创建全国文明城区工作领导小组办公室\n关于印发《2025年松阳区全国文明城区创建测评任务责任清单》的通知\n"
            "松创文办〔2025〕3号\n各街道：\n1.完善街道综合文化站功能。（责任单位：区文化旅游体育局；完成时限：2025年6月底前）\n")
    assert parse_text(text).region == "松阳区"


def test_near_misses_of_the_round_bu_rules_stay_as_they_were():
    # levels and places before a unit word are bodies as a cell names them, no header words; a year-span word needs its
    # qualifier; '问题清单' / '责任清单' / '属地' / '工作职责' stay as they were
    for word in ("县直相关单位", "市级相关部门", "乡镇责任单位", "有关责任单位", "县级责任单位", "年限", "问题清单", "责任清单", "属地"):
        assert column_role(word) is None, word
    assert column_role("工作职责") == "ignore" and column_role("督办单位") == "ignore"
    # prose sentences holding the new words are no header
    text = ("某县巡察整改工作方案\n一、整改任务\n"
            "1.各整改责任单位要建立问题清单，逐项销号。（责任单位：县委巡察办；完成时限：2025年6月底前）\n"
            "2.项目业主要落实建设起止年限内的质量责任，交办单位跟踪督办。（责任单位：县发展改革局；完成时限：2025年9月底前）\n")
    assert _rows(parse_text(text)) == [
        ("1", "各整改责任单位要建立问题清单，逐项销号", ["县委巡察办"], ["2025年6月底前"]),
        ("2", "项目业主要落实建设起止年限内的质量责任，交办单位跟踪督办", ["县发展改革局"], ["2025年9月底前"])]
    # one cell a line: a row's next number still starts the next row, a 1 after a group line a new group's first row
    text = ("某县项目计划表\n序号\n项目名称\n建设内容\n责任单位\n"
            "一、水利\n1\n污水管网工程\n新建污水管网12公里。\n县住房城乡建设局\n2\n农田建设\n新建高标准农田3万亩。\n县农业农村局\n"
            "二、教育\n1\n学校扩建\n新建教学楼1万平方米。\n县教育局\n")
    assert _rows(parse_text(text)) == [("一.1", "新建污水管网12公里", ["县住房城乡建设局"], []),
                                       ("一.2", "新建高标准农田3万亩", ["县农业农村局"], []),
                                       ("二.1", "新建教学楼1万平方米", ["县教育局"], [])]

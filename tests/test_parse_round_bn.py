"""Round BN's layouts, each on a made-up example of its pattern: task tables whose header spans two rows as a web
page holds it (the second row only the words under the spanning cell), header words the probe set had not used
('推进单位', '参加单位', '落实部门', '完成年度', '完成时点', '实施路径', '职责分工'), unit words written with their
alternative in brackets ('责任处（室）', '责任科（股）室'), a quantity column named by what is counted ('改造户数（户）') and a
post in brackets after a body in a units-with-persons column.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.grid import column_role


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_two_row_header_whose_second_row_holds_only_the_words_under_the_spanning_cell():
    # round BN: '序号 主要任务 责任分工 完成时限' over '牵头单位 配合单位' alone (the rowspanned cells write nothing in row 2):
    # the first row was read as the header, every row's support bodies fell under 完成时限 (BN01: 12 units, 7 deadlines)
    text = ("某县2025年人居环境整治重点任务分工方案\n序号\t主要任务\t责任分工\t完成时限\n牵头单位\t配合单位\n"
            "1\t新建改建农村卫生厕所900户。\t县农业农村局\t县卫生健康委、各乡镇人民政府\t2025年10月底前\n"
            "2\t整治农村黑臭水体6条。\t县生态环境分局\t县水利局\t2025年9月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "新建改建农村卫生厕所900户", ["县农业农村局", "县卫生健康委", "各乡镇人民政府"], ["2025年10月底前"]),
        ("2", "整治农村黑臭水体6条", ["县生态环境分局", "县水利局"], ["2025年9月底前"])]
    # the same with the task words spanned too: '工作任务' over '重点任务 具体措施', '责任单位' over '牵头单位 配合单位'
    text = ("某县2025年重点工作任务分工\n序号\t工作任务\t责任单位\t完成时限\n重点任务\t具体措施\t牵头单位\t配合单位\n"
            "1\t稳就业\t新增城镇就业2000人。\t县人社局\t县财政局\t2025年12月底前\n")
    assert _rows(parse_text(text)) == [("1", "新增城镇就业2000人", ["县人社局", "县财政局"], ["2025年12月底前"])]
    # a Markdown copy of the same (the words under the spanning cell in a row of their own after the rule line), and bare
    # role words ('牵头 | 配合') under '责任单位'
    for text in ("某县方案\n| 序号 | 主要任务 | 责任分工 | 完成时限 |\n| --- | --- | --- | --- |\n| 牵头单位 | 配合单位 |\n"
                 "| 1 | 整治农村黑臭水体6条。 | 县生态环境分局 | 县水利局 | 2025年9月底前 |\n",
                 "某县方案\n序号\t主要任务\t责任单位\t完成时限\n牵头\t配合\n"
                 "1\t整治农村黑臭水体6条。\t县生态环境分局\t县水利局\t2025年9月底前\n"):
        assert _rows(parse_text(text)) == [("1", "整治农村黑臭水体6条", ["县生态环境分局", "县水利局"], ["2025年9月底前"])], text


def test_unit_and_time_columns_named_in_words_not_met():
    # round BN: '推进单位' / '参加单位' / '完成年度' (BN05) and '落实部门' / '完成时点' (BN12) were no header words
    for lead, support, due, when in (("推进单位", "参加单位", "完成年度", "2025—2026年"),
                                     ("落实部门", "配合部门", "完成时点", "2025年9月底前"),
                                     ("推进部门", "参加部门", "完成年份", "2026年")):
        text = (f"某县深化改革重点事项清单\n序号\t改革事项\t{lead}\t{support}\t{due}\n"
                f"1\t推行“一业一证”改革，覆盖行业15个。\t县行政审批局\t县市场监管局\t{when}\n"
                f"2\t建设企业服务中心，实现涉企事项集中办理。\t县政务服务中心\t县直有关部门\t{when}\n")
        assert _rows(parse_text(text)) == [
            ("1", "推行“一业一证”改革，覆盖行业15个", ["县行政审批局", "县市场监管局"], [when]),
            ("2", "建设企业服务中心，实现涉企事项集中办理", ["县政务服务中心", "县直有关部门"], [when])], lead


def test_a_unit_word_written_with_its_alternative_in_brackets():
    # round BN: '责任处（室）' (BN02: the page) and '责任科（股）室' (BN10: every unit) were no header words
    for name in ("责任处（室）", "责任科（股）室", "牵头处(室)"):
        text = (f"某局2025年重点工作任务分解表\n序号\t具体任务\t{name}\t完成时限\n"
                "1\t开展产品质量监督抽查800批次。\t质量监督处\t2025年10月底前\n"
                "2\t培育认证企业15家。\t认证认可科\t2025年6月底前\n")
        assert _rows(parse_text(text)) == [("1", "开展产品质量监督抽查800批次", ["质量监督处"], ["2025年10月底前"]),
                                           ("2", "培育认证企业15家", ["认证认可科"], ["2025年6月底前"])], name


def test_a_quantity_column_named_by_what_is_counted_is_no_obstacle_to_the_header():
    # round BN: '改造户数（户）' was no header word; group lines were read as the page's tasks (BN07: 5 of 7 tasks)
    for name in ("改造户数（户）", "新增面积（平方米）", "建设长度（公里）"):
        text = (f"某区2025年老旧小区改造项目计划\n序号\t项目名称\t{name}\t责任单位\t完成时间\n"
                "一、老旧小区改造\n"
                "1\t改造桂花小区供水管网。\t420\t区住建局、桂花街道办事处\t2025年10月底前\n"
                "2\t改造纺织厂宿舍屋面防水。\t\t新华街道办事处\t2025年9月底前\n")
        assert _rows(parse_text(text)) == [
            ("1", "改造桂花小区供水管网", ["区住建局", "桂花街道办事处"], ["2025年10月底前"]),
            ("2", "改造纺织厂宿舍屋面防水", ["新华街道办事处"], ["2025年9月底前"])], name


def test_the_task_column_named_by_the_path_or_by_the_duties_of_each_body():
    # round BN: '实施路径' (BN09: the page) and '职责分工' (BN11: the short 整治事项 names were the titles) were no words
    text = ("某市数字政府建设工作要点\n序号 | 领域 | 实施路径 | 责任单位 | 时间节点\n"
            "1 | 数字基础设施 | 建设市级政务云二期，资源利用率达到70%。 | 市数据局 | 2025年9月底前\n"
            "2 |  | 推进电子政务外网向村（社区）延伸。 | 市数据局 | 2025年12月底前\n")
    assert _rows(parse_text(text)) == [("1", "建设市级政务云二期，资源利用率达到70%", ["市数据局"], ["2025年9月底前"]),
                                       ("2", "推进电子政务外网向村（社区）延伸", ["市数据局"], ["2025年12月底前"])]
    text = ("某县燃气安全专项整治责任分工表\n序号\t整治事项\t职责分工\t责任部门\t完成时间\n"
            "1\t燃气经营企业\t开展燃气经营许可证核查，查处无证经营行为。\t县住建局\t2025年6月底前\n"
            "2\t餐饮场所\t督促餐饮企业安装可燃气体报警装置。\t县市场监管局\t2025年8月底前\n")
    assert _rows(parse_text(text)) == [("1", "开展燃气经营许可证核查，查处无证经营行为", ["县住建局"], ["2025年6月底前"]),
                                       ("2", "督促餐饮企业安装可燃气体报警装置", ["县市场监管局"], ["2025年8月底前"])]


def test_a_post_in_brackets_after_a_body_with_persons_is_no_part_of_its_name():
    # round BN: '各社区（居委会主任）' under '责任单位（责任人）' kept the post as part of the name (BN08: 1 unit)
    text = ("某街道2025年基层治理重点工作责任清单\n序号\t工作任务\t责任单位（责任人）\t完成时限\n"
            "1\t优化调整网格60个。\t综治中心（王强）、各社区（居委会主任）\t2025年4月底前\n"
            "2\t建设社区食堂2个。\t社会事务办（党支部书记）\t2025年9月底前\n")
    assert _rows(parse_text(text)) == [("1", "优化调整网格60个", ["综治中心", "各社区"], ["2025年4月底前"]),
                                       ("2", "建设社区食堂2个", ["社会事务办"], ["2025年9月底前"])]


def test_unit_columns_named_by_who_takes_on_grasps_or_is_assigned_the_work():
    # tried beside round BN (not on its pages): '承接单位', '主抓单位', '包联单位', '包保单位', '相关单位' and '其他责任单位'
    # beside '主要责任单位' were no header words: no table, the page failed
    for first, second in (("承接单位", "配合单位"), ("主抓单位", "协同单位"), ("包联单位", "配合单位"), ("包保单位", "配合单位"),
                          ("牵头单位", "相关单位"), ("主要责任单位", "其他责任单位")):
        text = (f"某县2025年重点工作任务清单\n序号\t重点任务\t{first}\t{second}\t完成时限\n"
                "1\t新建村级养老服务站20个。\t县民政局\t各乡镇人民政府\t2025年10月底前\n"
                "2\t改造提升农贸市场3个。\t县商务局\t县市场监管局\t2025年9月底前\n")
        assert _rows(parse_text(text)) == [
            ("1", "新建村级养老服务站20个", ["县民政局", "各乡镇人民政府"], ["2025年10月底前"]),
            ("2", "改造提升农贸市场3个", ["县商务局", "县市场监管局"], ["2025年9月底前"])], (first, second)
    assert column_role("其他责任单位") == "support" and column_role("主抓单位") == "lead"


def test_rows_numbered_with_a_closing_bracket_and_the_number_word_xuci():
    # tried beside round BN: '1）' in the 序号 cell was no row number, '序次' no number column, '任务分解' no task
    # column: no table, the page failed
    for number, text_word, marks in (("序号", "重点任务", ("1）", "2）")), ("序次", "重点任务", ("1", "2")),
                                     ("序号", "任务分解", ("1", "2")), ("序号", "重点任务", ("1)", "2)"))):
        text = (f"某县2025年重点任务分解表\n{number}\t{text_word}\t责任单位\t完成时限\n"
                f"{marks[0]}\t新建村级养老服务站20个。\t县民政局\t2025年10月底前\n"
                f"{marks[1]}\t改造提升农贸市场3个。\t县商务局\t2025年9月底前\n")
        assert _rows(parse_text(text)) == [("1", "新建村级养老服务站20个", ["县民政局"], ["2025年10月底前"]),
                                           ("2", "改造提升农贸市场3个", ["县商务局"], ["2025年9月底前"])], (number, marks)


def test_a_person_after_a_slash_or_a_colon_in_a_units_with_persons_column_is_no_unit():
    # tried beside round BN: '县民政局/王强' under '责任单位/责任人' and '县商务局：李明' under '责任单位及责任人' kept the
    # person in the unit's name
    for header, sep in (("责任单位/责任人", "/"), ("责任单位及责任人", "："), ("责任单位（责任人）", "／")):
        text = (f"某县2025年重点工作任务清单\n序号\t重点任务\t{header}\t完成时限\n"
                f"1\t新建村级养老服务站20个。\t县民政局{sep}王强\t2025年10月底前\n"
                f"2\t改造提升农贸市场3个。\t县商务局{sep}李明、县市场监管局{sep}赵敏\t2025年9月底前\n")
        assert _rows(parse_text(text)) == [("1", "新建村级养老服务站20个", ["县民政局"], ["2025年10月底前"]),
                                           ("2", "改造提升农贸市场3个", ["县商务局", "县市场监管局"], ["2025年9月底前"])], header


def test_near_misses_of_the_round_bn_rules_stay_as_they_were():
    # a body's own bracket stays in a units-with-persons column; a person's name goes as before
    text = ("某镇2025年重点工作责任清单\n序号\t工作任务\t责任单位（责任人）\t完成时限\n"
            "1\t开展入户核查。\t各村（社区）、镇卫生院（李敏）\t2025年5月底前\n")
    assert _rows(parse_text(text)) == [("1", "开展入户核查", ["各村（社区）", "镇卫生院"], ["2025年5月底前"])]
    # a second row that is the first task row, not header words, leaves the one-row header as it was
    text = ("某县2025年重点任务分工方案\n序号\t主要任务\t责任分工\t完成时限\n"
            "1\t新建村级综合服务站12个。\t县民政局\t2025年10月底前\n"
            "2\t新建乡镇敬老院2所。\t县民政局、县财政局\t2025年11月底前\n")
    assert _rows(parse_text(text)) == [("1", "新建村级综合服务站12个", ["县民政局"], ["2025年10月底前"]),
                                       ("2", "新建乡镇敬老院2所", ["县民政局", "县财政局"], ["2025年11月底前"])]
    # the words as before: '责任单位（人）' a unit column, '工作职责' read as nothing, '实施日期' and '参加人员' no header words,
    # a bracket that is no measure leaves an unknown name unknown
    assert column_role("责任单位（人）") == "responsible" and column_role("工作职责") == "ignore"
    assert column_role("实施日期") is None and column_role("参加人员") is None and column_role("改造内容（备注）") is None
    assert column_role("相关") is None and column_role("其他") is None and column_role("包保领导") == "ignore"
    # a body after a slash in a units-with-persons column stays a body, parted as before (no person)
    text = ("某县2025年重点工作任务清单\n序号\t重点任务\t责任单位/责任人\t完成时限\n"
            "1\t新建村级养老服务站20个。\t县民政局/县财政局\t2025年10月底前\n")
    assert [u.raw for u in parse_text(text).tasks[0].units] == ["县民政局", "县财政局"]

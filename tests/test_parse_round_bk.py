"""Round BK's layouts, each on a made-up example of its pattern: task tables under header words the probe set had not
used ('实施年限' / '建设年限', '牵头/配合' without 单位, '说明', a quantity column '任务量（亩）'), rows numbered '事项1', two
序号 columns (the groups' and the rows'), and a county whose name holds 乡 ('禾乡县').
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_years_column_of_implementation_or_construction_is_the_time_column():
    # round BK: '实施年限' was no header word, the table's years and spans no deadlines (BK01: 0 of 8)
    for name in ("实施年限", "建设年限"):
        text = (f"某县2025年民生实事项目实施方案\n序号\t重点任务\t责任单位\t{name}\n"
                "1\t新建改造农村供水管网180公里。\t县水利局\t2025年\n"
                "2\t实施城区老旧小区改造，改造小区23个。\t县住建局\t2024—2026年\n"
                "3\t建成乡镇区域养老服务中心4个。\t县民政局\t2025年底\n")
        assert _rows(parse_text(text)) == [("1", "新建改造农村供水管网180公里", ["县水利局"], ["2025年"]),
                                           ("2", "实施城区老旧小区改造，改造小区23个", ["县住建局"], ["2024—2026年"]),
                                           ("3", "建成乡镇区域养老服务中心4个", ["县民政局"], ["2025年底"])], name


def test_a_lead_and_support_column_without_the_word_unit_is_parted_at_its_slash():
    # round BK: '牵头/配合' (no 单位 after it) was read as a unit column whose cells stayed 'lead/support' as one name
    # (BK05: 6 of 16 units)
    text = ("某镇2025年乡村振兴重点工作分工方案\n序号\t重点工作\t牵头/配合\t完成时限\n"
            "1\t新建高标准茶园800亩。\t农业服务中心/林业站、各村（社区）\t2025年9月底前\n"
            "2\t推进农村承包地确权成果应用。\t经管站/自然资源所\t2025年8月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "新建高标准茶园800亩", ["农业服务中心", "林业站", "各村（社区）"], ["2025年9月底前"]),
        ("2", "推进农村承包地确权成果应用", ["经管站", "自然资源所"], ["2025年8月底前"])]


def test_a_remarks_column_named_shuoming_is_no_obstacle_to_the_header():
    # round BK: '说明' (two characters, below round BC's unknown-word reader) was no header word: no table, the page
    # failed (BK04); its cells ('纳入省考核', '按月报送台账') are neither units nor deadlines
    text = ("某市2025年城市更新重点工作清单\n序号\t工作任务\t类别\t责任单位\t完成时限\t说明\n"
            "1\t开工改造城镇老旧小区86个。\t约束性\t城市更新科\t2025年10月底前\t纳入省考核\n"
            "2\t新建城市口袋公园20个。\t预期性\t城市建设科\t2025年11月底前\t\n"
            "3\t完成城市危旧房屋安全排查整治。\t约束性\t房屋安全科\t2025年8月底前\t按月报送台账\n")
    assert _rows(parse_text(text)) == [("1", "开工改造城镇老旧小区86个", ["城市更新科"], ["2025年10月底前"]),
                                       ("2", "新建城市口袋公园20个", ["城市建设科"], ["2025年11月底前"]),
                                       ("3", "完成城市危旧房屋安全排查整治", ["房屋安全科"], ["2025年8月底前"])]


def test_a_quantity_column_is_no_unit_column():
    # round BK: '任务量（亩）' was no header word; the table was then read as a headless five-column one and the
    # figures ('3500') became units (BK09: 6 false units)
    for name in ("任务量（亩）", "工作量", "数量"):
        text = (f"某县2025年国土绿化任务表\n序号\t建设任务\t{name}\t责任单位\t完成时限\n"
                "1\t人工造林，营造水源涵养林。\t3500\t生态修复股\t2025年4月底前\n"
                "2\t封山育林，落实管护措施。\t6000\t资源管理股\t2025年12月底前\n"
                "合计\t\t9500\t\t\n")
        assert _rows(parse_text(text)) == [("1", "人工造林，营造水源涵养林", ["生态修复股"], ["2025年4月底前"]),
                                           ("2", "封山育林，落实管护措施", ["资源管理股"], ["2025年12月底前"])], name


def test_rows_numbered_with_the_word_for_an_item_are_the_tables_rows():
    # round BK: '事项1', '事项2' under '编号' were no row numbers: no row, the page failed (BK06)
    for opener in ("事项{}", "第{}项"):
        text = (f"某县2025年政府工作报告重点事项责任分解表\n编号\t事项名称\t承办单位\t办结时限\n"
                f"{opener.format(1)}\t新开工亿元以上产业项目20个。\t县投资促进中心\t2025年11月底前\n"
                f"{opener.format(2)}\t创建省级卫生县城。\t县卫健局\t2025年10月底前\n")
        assert _rows(parse_text(text)) == [("1", "新开工亿元以上产业项目20个", ["县投资促进中心"], ["2025年11月底前"]),
                                           ("2", "创建省级卫生县城", ["县卫健局"], ["2025年10月底前"])], opener


def test_two_number_columns_number_the_groups_and_the_rows_within_them():
    # round BK: '序号 类别 序号 重点任务 …' with '一 产业项目 1 …' in a group's first row and '<TAB><TAB>2 …' under it:
    # the group numbers were read as the rows' and the rows under them lost (BK10: 4 of 10 tasks)
    text = ("某市2025年产业发展环境重点任务\n序号\t类别\t序号\t重点任务\t牵头单位\t完成时限\n"
            "一\t产业项目\t1\t新引进产业项目8个。\t市投资促进局\t2025年12月底前\n"
            "\t\t2\t建设标准厂房60万平方米。\t市工信局\t2025年10月底前\n"
            "二\t要素保障\t1\t保障产业项目用地4500亩。\t市自然资源局\t2025年11月底前\n"
            "\t\t2\t新增制造业贷款50亿元。\t市金融工作局\t2025年12月底前\n")
    doc = parse_text(text)
    assert _rows(doc) == [("一.1", "新引进产业项目8个", ["市投资促进局"], ["2025年12月底前"]),
                          ("一.2", "建设标准厂房60万平方米", ["市工信局"], ["2025年10月底前"]),
                          ("二.1", "保障产业项目用地4500亩", ["市自然资源局"], ["2025年11月底前"]),
                          ("二.2", "新增制造业贷款50亿元", ["市金融工作局"], ["2025年12月底前"])]
    assert [t.section for t in doc.tasks] == ["产业项目", "产业项目", "要素保障", "要素保障"]


def test_a_county_whose_name_holds_xiang_is_the_region():
    # round BK: '禾乡县…' was read as the township '禾乡' (two characters: dropped), the region lost (BK03)
    text = ("禾乡县农业农村局关于印发2025年农村人居环境整治工作安排的通知\n禾农〔2025〕9号\n各乡镇人民政府：\n"
            "序号\t工作任务\t牵头单位\t完成时限\n1\t完成农村户厕改造2000户。\t农村社会事业股\t2025年10月底前\n")
    assert parse_text(text).region == "禾乡县"


def test_near_misses_of_the_round_bk_rules_stay_as_they_were():
    # one 序号 column with a group column after it: the rows keep their own numbers, no section from a 一
    text = ("某市2025年重点任务\n序号\t类别\t重点任务\t牵头单位\t完成时限\n"
            "1\t产业项目\t新引进产业项目8个。\t市投资促进局\t2025年12月底前\n"
            "2\t\t建设标准厂房60万平方米。\t市工信局\t2025年10月底前\n")
    assert [r[0] for r in _rows(parse_text(text))] == ["1", "2"]
    # '事项' alone or with more than a number is no row number ('事项12个' stays text)
    from zhifa_cli.parse.grid import _WORD_NUMBER, column_role
    assert not _WORD_NUMBER.match("事项") and not _WORD_NUMBER.match("事项12个")
    # '质量' and '实施日期' are no quantity or time words; a town is still a town before its own words
    assert column_role("质量") is None and column_role("实施日期") is None
    assert parse_text("青石镇人民政府关于印发2025年工作要点的通知\n一、抓好粮食生产。\n").region == "青石镇"

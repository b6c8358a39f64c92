"""Round BV's layouts, each on a made-up example of its pattern: task tables whose SHAPE is unusual as real pages flatten
them — single-space rows numbered '1.1' under group lines, single-space rows whose task text holds spaces of its own, the
header repeated one cell per line inside a row broken by a page, a merged unit cell absent from the rows below it, and a
table of targets before the task table.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_single_space_table_with_two_level_numbers_under_group_lines():
    # round BV: rows numbered '1.1' were no rows of a single-space table and a group line '一、…（2项）' ended it: the
    # spaces between the cells were squeezed out, every unit lost (BV01: 0 of 15 units)
    text = ("某县2025年政务服务改革任务分解\n序号 工作任务 牵头单位 配合单位 完成时限\n一、优化审批服务（2项）\n"
            "1.1 推行“一件事一次办”，新增集成事项10项。 县政务服务中心 县直各部门 2025年6月底前\n"
            "1.2 开展审批事项清理。 县司法局 县发改局 2025年4月底前\n二、加强监管（1项）\n"
            "2.1 推行跨部门联合抽查。 县市场监管局 县直有关部门 2025年11月底前\n")
    assert _rows(parse_text(text)) == [
        ("1.1", "推行“一件事一次办”，新增集成事项10项", ["县政务服务中心", "县直各部门"], ["2025年6月底前"]),
        ("1.2", "开展审批事项清理", ["县司法局", "县发改局"], ["2025年4月底前"]),
        ("2.1", "推行跨部门联合抽查", ["县市场监管局", "县直有关部门"], ["2025年11月底前"])]


def test_single_space_cells_whose_task_text_holds_spaces_and_an_empty_last_remark():
    # round BV: 'new 5G 基站 300 个' — the task's own spaces: the title lost its words before the first '，', and a row
    # ending in its time (备注 empty) had its cells read one column left, the time as a unit (BV12: 4 of 10 units)
    text = ("某县2025年数字经济重点任务清单\n序号 重点任务 责任单位 完成时限 备注\n"
            "1 新建 5G 基站 200 个，实现镇区 5G 覆盖。 县工信局 2025年11月底前 市考指标\n"
            "2 新增上云企业 40 家。 县工信局、县数据局 2025年12月底前\n"
            "3 推进 IPv6 改造。 县数据局 2025年6月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "新建5G基站200个，实现镇区5G覆盖", ["县工信局"], ["2025年11月底前"]),
        ("2", "新增上云企业40家", ["县工信局", "县数据局"], ["2025年12月底前"]),
        ("3", "推进IPv6改造", ["县数据局"], ["2025年6月底前"])]


def test_the_header_repeated_one_cell_per_line_inside_a_row_after_a_page_break():
    # round BV: a page break inside a task cell of a table one cell per line, the footer then the header repeated
    # (Word's title row on each page), then the rest of the cell: the header's names were read as the row's cells
    # (BV03: two rows with '责任单位' as their unit and '完成时限' as their time)
    text = ("某区2025年供水保障任务分解表\n序号\n工作任务\n责任单位\n完成时限\n"
            "1\n推进城乡供水一体化，新建管网50公里。\n区水利局\n2025年12月底前\n"
            "2\n开展饮水安全排查整治，\n第 2 页 共 5 页\n序号\n工作任务\n责任单位\n完成时限\n整改问题工程9处。\n区水利局、区卫生健康委\n2025年8月底前\n"
            "3\n落实管护经费。\n区财政局\n2025年6月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "推进城乡供水一体化，新建管网50公里", ["区水利局"], ["2025年12月底前"]),
        ("2", "开展饮水安全排查整治，整改问题工程9处", ["区水利局", "区卫生健康委"], ["2025年8月底前"]),
        ("3", "落实管护经费", ["区财政局"], ["2025年6月底前"])]


def test_a_unit_cell_merged_down_is_absent_from_the_rows_below_one_cell_per_line():
    # round BV: one cell per line (' |' after each), the 责任单位 merged down over rows and written in the first only:
    # the rows below, a cell short, had no unit (BV11: 3 of 7 units lost)
    text = ("某县2025年文明创建任务分解表\n序号 |\n创建任务 |\n责任单位 |\n完成时限 |\n"
            "1 |\n整治主次干道环境卫生。 |\n县城管局 |\n2025年5月底前 |\n"
            "2 |\n规范设置公益广告。 |\n2025年6月底前 |\n"
            "3 |\n开展文明交通劝导。 |\n县公安局 |\n2025年6月底前 |\n"
            "4 |\n整治非机动车乱停乱放。 |\n2025年8月底前 |\n"
            "5 |\n开展志愿服务活动。 |\n团县委 |\n长期坚持 |\n")
    assert _rows(parse_text(text)) == [
        ("1", "整治主次干道环境卫生", ["县城管局"], ["2025年5月底前"]),
        ("2", "规范设置公益广告", ["县城管局"], ["2025年6月底前"]),
        ("3", "开展文明交通劝导", ["县公安局"], ["2025年6月底前"]),
        ("4", "整治非机动车乱停乱放", ["县公安局"], ["2025年8月底前"]),
        ("5", "开展志愿服务活动", ["团县委"], ["长期坚持"])]


def test_a_table_of_targets_before_the_task_table_is_passed_over():
    # round BV: '一、主要目标' over '序号 指标名称 目标值 责任单位', then '二、重点任务' over the task table: the targets were
    # taken as THE table and the tasks lost (BV09: 1 of 6 tasks)
    text = ("某县2025年全民健身工作方案\n一、主要目标\n序号\t指标名称\t2025年目标值\t责任单位\n"
            "1\t经常参加体育锻炼人数比例\t≥40%\t县文旅体局\n2\t人均体育场地面积\t≥2.8平方米\t县住建局\n"
            "二、重点任务\n序号\t重点任务\t责任单位\t完成时限\n"
            "1\t新建全民健身中心1个。\t县文旅体局\t2025年12月底前\n2\t举办县全民运动会。\t县教育局\t2025年9月底前\n")
    assert _rows(parse_text(text)) == [("1", "新建全民健身中心1个", ["县文旅体局"], ["2025年12月底前"]),
                                       ("2", "举办县全民运动会", ["县教育局"], ["2025年9月底前"])]


def test_a_tab_row_whose_task_cell_a_page_footer_broke_goes_on_after_it():
    # beside round BV: a Word tab row broken inside its task cell by a page, its footer '第 3 页 共 8 页' (blanked)
    # between: the rest of the row ('…9处。<TAB>units<TAB>time') was lost, the row kept only its first half
    text = ("某县2025年供水任务清单\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t推进城乡供水一体化，新建管网50公里。\t县水利局\t2025年12月底前\n2\t开展饮水安全排查整治，\n第 3 页 共 8 页\n"
            "整改问题工程9处。\t县水利局、县卫生健康委\t2025年8月底前\n3\t落实管护经费。\t县财政局\t2025年6月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "推进城乡供水一体化，新建管网50公里", ["县水利局"], ["2025年12月底前"]),
        ("2", "开展饮水安全排查整治，整改问题工程9处", ["县水利局", "县卫生健康委"], ["2025年8月底前"]),
        ("3", "落实管护经费", ["县财政局"], ["2025年6月底前"])]


def test_an_empty_unit_cell_of_a_single_space_row_is_merged_down():
    # beside round BV: a single-space row whose 责任单位 is empty (two spaces in a row) had no unit; as in a tab or
    # Markdown row (round AN / BC05) the empty unit cell is the merged one of the row above
    text = ("某街道2025年任务清单\n序号 工作内容 责任单位 完成时间\n1 完成班子运行分析研判。 党建办 2025年3月底前\n"
            "2 推进网格化服务管理。  2025年4月底前\n3 建设红色物业示范小区5个。 城管办 2025年9月底前\n")
    assert [[u.raw for u in t.units] for t in parse_text(text).tasks] == [["党建办"], ["党建办"], ["城管办"]]


def test_near_misses_of_the_round_bv_rules_stay_as_they_were():
    # a single-space table with a 类别 column before the task: the category is no part of the title
    text = ("某市2025年卫生工作任务分工\n序号 类别 主要任务 责任单位 完成时限\n"
            "1 卫生创建 巩固国家卫生城市创建成果。 市爱卫办 2025年9月底前\n"
            "2 健康教育 开展健康知识进万家活动。 市疾控中心 2025年10月底前\n")
    assert [t.title for t in parse_text(text).tasks] == ["巩固国家卫生城市创建成果", "开展健康知识进万家活动"]
    # a 备注 that holds words stays the 备注: the time before it is the time
    text = ("某县任务清单\n序号 重点任务 责任单位 完成时限 备注\n1 新建基站300个。 县工信局 2025年11月底前 新增\n"
            "2 新增上云企业40家。 县数据局 2025年12月底前 市考指标\n")
    assert _rows(parse_text(text)) == [("1", "新建基站300个", ["县工信局"], ["2025年11月底前"]),
                                       ("2", "新增上云企业40家", ["县数据局"], ["2025年12月底前"])]
    # one cell per line: a row a cell short that ends in a unit (no time) takes no unit from above; a table of
    # targets with no task table after it is read as before
    text = ("某县任务分解表\n序号 |\n创建任务 |\n责任单位 |\n完成时限 |\n1 |\n整治环境卫生。 |\n县城管局 |\n2025年5月底前 |\n"
            "2 |\n规范设置公益广告。 |\n县文明办 |\n3 |\n开展文明交通劝导。 |\n县公安局 |\n2025年6月底前 |\n")
    assert [[u.raw for u in t.units] for t in parse_text(text).tasks] == [["县城管局"], ["县文明办"], ["县公安局"]]
    text = ("某县2025年健身目标\n序号\t指标名称\t2025年目标值\t责任单位\n1\t经常参加体育锻炼人数比例\t≥40%\t县文旅体局\n"
            "2\t人均体育场地面积\t≥2.8平方米\t县住建局\n")
    assert [t.title for t in parse_text(text).tasks] == ["经常参加体育锻炼人数比例", "人均体育场地面积"]
    # a tab row cut at the end of the page, a blank line and prose after it: no text joined to it
    text = ("某县任务清单\n序号\t工作任务\t责任单位\t完成时限\n1\t推进供水一体化。\t县水利局\t2025年12月底前\n"
            "2\t开展饮水安全排查整治，\n\n各单位要按时报送进展情况。\n")
    assert [t.title for t in parse_text(text).tasks] == ["推进供水一体化", "开展饮水安全排查整治，"]
    # a single-space row whose empty time cell is no time merged down
    text = ("某街道任务清单\n序号 工作内容 责任单位 完成时间\n1 完成班子运行分析研判。 党建办 2025年3月底前\n"
            "2 推进网格化服务管理。 综治中心 \n3 建设示范小区5个。 城管办 2025年9月底前\n")
    assert [[d.text for d in t.deadlines] for t in parse_text(text).tasks] == [["2025年3月底前"], [], ["2025年9月底前"]]
    # beside a 牵头单位 an empty 责任单位 (two spaces in a row) names no other body: nothing merged down (round Y16)
    text = ("某县任务分解表\n序号 工作任务 牵头单位 责任单位 完成时限\n1 实施技改项目30个。 县工信局 各乡镇人民政府 2024年12月底前\n"
            "2 新建农村公路60公里。 县交通运输局  2024年11月底前\n3 完成医院主体工程。 县卫生健康局 县财政局 2024年10月底前\n")
    assert [[u.raw for u in t.units] for t in parse_text(text).tasks] == [
        ["县工信局", "各乡镇人民政府"], ["县交通运输局"], ["县卫生健康局", "县财政局"]]

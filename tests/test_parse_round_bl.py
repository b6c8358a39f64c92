"""Round BL's layouts, each on a made-up example of its pattern: pages like the judging set (local copies of
行政执法 / 法治政府 / 政务公开 / 营商环境 plans) whose clauses spell their fields in words the probe set had not used
('完成日期', '落实时限', '推进时间', '完成时间要求', '进度安排', '承办部门'), name the kind of body again in the label
('责任单位（部门）：'), say a field has none ('配合单位：无'), put a shared-level name between role parts ('A牵头，各市、县人民政府，
B负责'), and a public account's copy dated only by its byline.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_more_spellings_of_the_time_and_unit_labels_are_fields():
    # round BL: '完成日期' (BL01), '落实时限' (BL04), '推进时间' (BL02), '完成时间要求' (BL05), '进度安排' (BL08) were no labels:
    # the field was kept as a unit ('完成日期：2024年6月30日') or glued to the name before it ('县司法局推进'); '承办部门' (BL03)
    # was no label, its line no clause (0 of 7 units)
    for label in ("完成日期", "落实时限", "推进时间", "实施时间", "完成时间要求", "进度安排"):
        text = ("某县2024年法治政府建设工作要点\n一、健全依法行政制度体系\n"
                f"1.严格规范性文件审核。全面落实合法性审核机制。（责任单位：县司法局；{label}：2024年9月底前）\n"
                f"2.推进执法公示。及时公开执法信息。（责任单位：县直各执法部门，{label}：持续推进）\n")
        assert _rows(parse_text(text)) == [("1", "严格规范性文件审核", ["县司法局"], ["2024年9月底前"]),
                                           ("2", "推进执法公示", ["县直各执法部门"], ["持续推进"])], label
    text = ("某区2024年政务公开工作要点\n一、做好信息公开\n（一）加强政策解读。全年发布解读材料不少于20篇。\n"
            "承办部门：区发改局、区人社局\n完成时限：2024年12月底前\n")
    assert _rows(parse_text(text)) == [("1", "加强政策解读", ["区发改局", "区人社局"], ["2024年12月底前"])]


def test_a_schedule_of_steps_under_jinduanpai_still_sets_no_time_limit():
    # guard for round BL's '进度安排' label: where its value is a schedule of steps beside the task's 时间节点 (Q13's shape)
    # the steps stay no time limits (they were none before, when the line was the task's text)
    text = ("某县2024年县域商业体系建设方案\n一、重点任务\n（一）推动农产品上行。培育电商品牌3个。\n责任单位：县商务局\n"
            "进度安排：2024年3月启动调研，6月完成品牌遴选\n时间节点：2024年11月30日前\n")
    assert _rows(parse_text(text)) == [("1", "推动农产品上行", ["县商务局"], ["2024年11月30日前"])]


def test_a_label_naming_its_kind_again_in_brackets_is_the_label():
    # round BL: '责任单位（部门）：' / '配合单位（部门）：' were no labels: the lines were no clause (BL12: 0 of 6 units)
    text = ("某开发区提升行政执法质量三年行动实施方案\n二、主要任务\n（一）规范行政执法主体。公布执法主体清单。\n"
            "责任单位（部门）：综合行政执法局\n配合单位（部门）：法制办公室、各街道办事处\n完成时限：2024年3月底前\n"
            "（二）推行“三项制度”。严格落实执法公示。（牵头单位（部门）：综合行政执法局；完成时限：长期坚持）\n")
    doc = parse_text(text)
    assert _rows(doc) == [("1", "规范行政执法主体", ["综合行政执法局", "法制办公室", "各街道办事处"], ["2024年3月底前"]),
                          ("2", "推行“三项制度”", ["综合行政执法局"], ["长期坚持"])]
    assert [u.role for u in doc.tasks[0].units] == ["responsible", "support", "support"]


def test_a_field_that_says_none_names_no_unit():
    # round BL: '配合单位：无' gave the unit '无' (BL09: 2 false units)
    for none in ("无", "暂无", "—", "/"):
        text = ("某县2024年法治政府建设工作要点\n一、健全政府机构职能体系\n"
                f"1.全面实行权责清单制度。动态调整县级部门权责清单。（责任单位：县委编办；配合单位：{none}；完成时限：2024-10-31）\n")
        assert _rows(parse_text(text)) == [("1", "全面实行权责清单制度", ["县委编办"], ["2024-10-31"])], none


def test_a_shared_level_name_between_role_parts_joins_the_clause():
    # round BL: '（省司法厅牵头，各市、县人民政府，省政府各部门负责）' was no clause: '各市' alone named no body, so the middle
    # part was not a list of bodies (BL07: 3 units lost)
    text = ("某省2024年政务公开工作要点\n一、推进政务公开\n（一）推进规范性文件公开。2024年11月底前完成目录集中公开。"
            "（省司法厅牵头，各市、县人民政府，省政府各部门负责）\n")
    doc = parse_text(text)
    # the shared-head name gives two units, both written '各市、县人民政府'
    assert [u.raw for u in doc.tasks[0].units] == ["省司法厅", "各市、县人民政府", "各市、县人民政府", "省政府各部门"]
    assert [u.role for u in doc.tasks[0].units][0] == "lead"
    # '各州、市场监管部门': 市场 is no level, so 各州 shares no head with it
    from zhifa_cli.parse.units import shares_head
    assert shares_head("各市", "县人民政府") and not shares_head("各州", "市场监管部门")


def test_a_page_dated_only_by_its_byline_gives_yearless_times_its_year():
    # round BL: a public account's copy (no signature, no year over the plan) had no year, so a year-less '6月底前' in a
    # task's prose was dropped (BL06)
    text = ("某镇综合行政执法工作实施方案\n原创 某镇司法所 2024-05-10 09:12 发表于浙江\n一、重点工作\n"
            "（1）梳理执法事项清单。逐项梳理行政执法事项，6月底前公布清单。\n责任部门：综合行政执法队\n")
    doc = parse_text(text)
    assert _rows(doc) == [("1", "梳理执法事项清单", ["综合行政执法队"], ["6月底前"])]
    assert doc.tasks[0].deadlines[0].inferred and doc.tasks[0].deadlines[0].due.year == 2024


def test_near_misses_of_the_round_bl_rules_stay_as_they_were():
    # '四、进度安排' with no colon is a framing heading still, its paragraph no task
    text = ("某县2024年工作方案\n一、重点任务\n1.开展执法检查。覆盖全部企业。（责任单位：县司法局）\n"
            "二、进度安排\n2024年6月底前完成部署，12月底前总结。\n")
    assert [t.title for t in parse_text(text).tasks] == ["开展执法检查"]
    # a name holding 无 is a unit ('无锡市商务局'); a bracket after a name that is not a kind of body stays ('各县（市、区）')
    text = ("某省2024年工作要点\n一、重点任务\n1.推进合作。建立协作机制。（责任单位：无锡市商务局，各县（市、区）人民政府）\n")
    assert _rows(parse_text(text))[0][2] == ["无锡市商务局", "各县（市、区）人民政府"]
    # a page signed and dated keeps its signature's year over its byline's
    text = ("某县人民政府办公室关于印发工作方案的通知\n发布日期：2021-03-01\n各乡镇：\n现印发给你们，请认真贯彻落实。\n"
            "某县人民政府办公室\n2020年12月28日\n工作方案\n一、重点任务\n1.开展排查。6月底前完成。（责任单位：县应急局）\n")
    assert parse_text(text).tasks[0].deadlines[0].due.year == 2020

"""Round BM's layouts, each on a made-up example of its pattern: county, district, town, street and zone pages in
other domains (安全生产, 医保, 乡村振兴, 教育, 城管, 消防, 河湖长制, 数字政府, 生态环境) whose clauses and tables name
their bodies and leaders in words the probe set had not used: '主办科室', '包片领导' / '挂点领导' / '责任河长', '属地责任单位'
/ '行业监管部门', '技术支撑单位', and table columns '责任学校' / '责任街道' / '责任社区'.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _units(doc):
    return [[(u.raw, u.role) for u in t.units] for t in doc.tasks]


def test_a_lead_office_label_zhuban_keshi_opens_its_line_of_roles():
    # round BM: '主办科室：A　　协办单位：B' was no label line, the task had no units (BM02: 0 of 13)
    text = ("某区医疗保障局2025年工作要点\n一、加强基金监管\n"
            "（一）完善协议管理。修订定点医药机构服务协议。\n"
            "主办科室：医药服务管理科　　协办单位：区医保服务中心\n完成时限：2025年5月底前\n"
            "（二）开展专项检查。对定点医疗机构开展全覆盖检查。\n"
            "主办股室：基金监管股　　协办单位：区卫生健康局、区公安分局\n完成时限：2025年10月底前\n")
    doc = parse_text(text)
    assert _rows(doc) == [("完善协议管理", ["医药服务管理科", "区医保服务中心"], ["2025年5月底前"]),
                          ("开展专项检查", ["基金监管股", "区卫生健康局", "区公安分局"], ["2025年10月底前"])]
    assert [r for _, r in _units(doc)[0]] == ["lead", "support"]


def test_leaders_tied_to_an_item_and_the_chiefs_of_rivers_are_persons_not_units():
    # round BM: '包片领导：各片区联系领导' (BM03: 5 false units) and '责任河长：县级河长' (BM08: 2) were read as units;
    # '挂点领导：…' lines stayed in the task's text (BM07)
    text = ("某镇2025年人居环境整治工作方案\n二、重点任务\n"
            "（一）开展村庄清洁行动。集中开展清洁行动。（牵头单位：镇农业农村办；责任单位：各村（社区）；包片领导：各片区联系领导；"
            "完成时限：2025年春耕前）\n"
            "（二）严格取用水管理。规范取水许可。（责任单位：县水利局；责任河长：县级河长；完成时限：2025年6月底前）\n"
            "（三）整治出租屋隐患。落实网格员巡查。\n挂点领导：管委会委员 陈国栋\n责任部门：社会事务局\n完成时间：常态化开展\n")
    doc = parse_text(text)
    assert _rows(doc) == [("开展村庄清洁行动", ["镇农业农村办", "各村（社区）"], ["2025年春耕前"]),
                          ("严格取用水管理", ["县水利局"], ["2025年6月底前"]),
                          ("整治出租屋隐患", ["社会事务局"], ["常态化开展"])]
    assert "陈国栋" not in doc.tasks[2].text


def test_a_qualified_label_keeps_its_qualifier_out_of_the_units_before_it():
    # round BM: '属地责任单位：' and '行业监管部门：' were read as '责任单位：' / '监管部门：' with '属地' / '行业' left as units
    # (BM11: 10 false units)
    text = ("某县2025年大气污染防治重点工作安排\n一、深化扬尘治理\n"
            "1.强化工地扬尘管控。落实“六个百分之百”措施。（牵头单位：分局大气环境股；行业监管部门：县住建局、县水利局；"
            "属地责任单位：各乡镇（街道）；完成时限：2025年11月底前）\n")
    doc = parse_text(text)
    assert _rows(doc) == [("强化工地扬尘管控", ["分局大气环境股", "县住建局", "县水利局", "各乡镇（街道）"],
                           ["2025年11月底前"])]


def test_an_unknown_label_ending_in_danwei_beside_known_fields_is_a_field_of_units():
    # round BM: '技术支撑单位：X' ran into the units as one name '技术支撑单位:X' (BM10: 2 false units, 2 missed)
    text = ("某县2025年数字政府建设工作要点\n一、夯实基础支撑\n"
            "1.推进政务云资源整合。推动业务系统迁移上云。(牵头单位:县数据资源局;技术支撑单位:县大数据发展有限公司;"
            "配合单位:县直各有关单位;完成时限:2025年9月底前)\n")
    doc = parse_text(text)
    assert _units(doc) == [[("县数据资源局", "lead"), ("县大数据发展有限公司", "support"), ("县直各有关单位", "support")]]
    assert _rows(doc)[0][2] == ["2025年9月底前"]


def test_table_columns_naming_schools_streets_or_communities_are_unit_columns():
    # round BM: '责任学校' / '责任街道' / '责任社区' were no header words: no table, the page failed (BM04, BM06) or the
    # column was read as nothing and the times lost (BM09)
    for name, cell in (("责任学校", "各中小学"), ("责任街道", "东岭街道"), ("责任社区", "龙泉社区")):
        text = (f"某县2025年重点工作任务清单\n序号\t工作内容\t责任股室\t{name}\t完成时限\n"
                f"1\t开展校园及周边安全隐患排查。\t安全管理股\t{cell}\t2025年3月底前\n"
                f"2\t建立问题台账并动态清零。\t德育股\t{cell}\t常态化\n")
        assert _rows(parse_text(text)) == [("开展校园及周边安全隐患排查", ["安全管理股", cell], ["2025年3月底前"]),
                                           ("建立问题台账并动态清零", ["德育股", cell], ["常态化"])], name


def test_near_misses_of_the_round_bm_rules_stay_as_they_were():
    # a name glued to a label keeps its name ('县体育局配合单位：'), and a column of school names is no unit column
    text = ("某县2025年全民健身工作要点\n一、重点任务\n"
            "1.举办全民健身运动会。组织开展系列赛事。（牵头单位：县文体局，县体育局配合单位：县财政局；完成时限：2025年9月底前）\n")
    assert _rows(parse_text(text)) == [("举办全民健身运动会", ["县文体局", "县体育局", "县财政局"], ["2025年9月底前"])]
    table = ("某县2025年学校安全工作清单\n序号\t工作内容\t学校名称\t责任股室\t完成时限\n"
             "1\t开展消防演练。\t城关小学\t安全股\t2025年4月底前\n")
    assert _rows(parse_text(table)) == [("开展消防演练", ["安全股"], ["2025年4月底前"])]  # '学校名称' names no unit column


def test_an_organs_name_over_the_sites_breadcrumb_is_no_issuer():
    # round BM: the site's name '北关街道办事处' over '当前位置：…' was read as the issuer (BM09; AI09 and BL08 the same)
    text = ("北关街道办事处\n当前位置：网站首页 > 政府信息公开 > 重点工作\n北关街道2025年民生实事项目清单\n"
            "发布日期：2025-02-14\n一、民生项目\n（一）老旧小区改造。完成2个小区改造。（责任单位：城建办；完成时限：2025年10月底前）\n")
    assert parse_text(text).issuer is None


def test_near_misses_of_the_site_name_rule_keep_their_issuer():
    # a title that opens with the organ names the issuer over a breadcrumb; a 发文机关标志 over a 文号 line stays the issuer
    titled = ("湘江区城市管理局\n您所在的位置：首页 > 政务公开 > 计划规划\n湘江区城市管理局2025年市容环境提升工作要点\n"
              "一、重点任务\n（一）整治占道经营。规范设置疏导区。（责任单位：市容科；完成时限：2025年5月底前）\n")
    assert parse_text(titled).issuer == "湘江区城市管理局"
    signed = ("青山县人民政府办公室\n青政办发〔2025〕3号\n关于印发青山县2025年安全生产工作要点的通知\n各乡镇人民政府：\n"
              "现将要点印发给你们。\n一、重点任务\n（一）开展隐患排查。全面排查。（责任单位：县应急局；完成时限：2025年6月底前）\n")
    assert parse_text(signed).issuer == "青山县人民政府办公室"

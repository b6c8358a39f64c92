"""Round BW's misses, each on a made-up example of its pattern: the responsibility clause written with label and
punctuation variants — a dash for the colon inside a bracket, labels in square boxes, short boxed marks glued to
their values, star and arrow bullets, persons beside the units, a backslash or a space between bodies, labels set
off by a space only — and a site's menu taken for the title. The texts are invented; they copy the shape of
published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text

_HEAD = "某市人民政府办公室关于印发2024年重点工作要点的通知\n某市人民政府办公室\n2024年3月5日\n一、提升服务效能\n"


def _units(doc):
    return [[u.raw for u in t.units] for t in doc.tasks]


def _roles(doc):
    return [[(u.raw, u.role) for u in t.units] for t in doc.tasks]


def _deadlines(doc):
    return [[d.text for d in t.deadlines] for t in doc.tasks]


def test_a_dash_for_the_colon_inside_a_bracket():
    # round BW: '（责任单位——A、B；完成时限——<time>）' gave no units (BW01); the dash was read only where a line or a
    # sentence opens the field
    text = _HEAD + ("1．优化登记服务。一般业务3个工作日内办结。（责任单位——市自然资源局、市税务局；完成时限——2024年9月底前）\n"
                    "2．加强融资服务。新增贷款50亿元。（责任单位——市金融工作局；完成时限——长期坚持）\n")
    doc = parse_text(text)
    assert _units(doc) == [["市自然资源局", "市税务局"], ["市金融工作局"]]
    assert _deadlines(doc) == [["2024年9月底前"], ["长期坚持"]]


def test_labels_in_square_boxes_on_their_own_lines():
    # round BW: '[责任单位]A、B' / '[牵头单位]A' lines gave the label as the unit ('责任单位'), and '[完成时限]长期坚持'
    # no time (BW02); 【】 boxes were read, half-width [] and 〖〗 not
    text = _HEAD + ("1．稳定播种面积。面积稳定在42万亩以上。\n[责任单位]市农业农村局、各县人民政府\n[完成时限]2024年10月底前\n"
                    "2．建设高标准农田。新建3.5万亩。\n〖牵头单位〗市农业农村局\n〖配合单位〗市财政局\n［完成时限］长期坚持\n")
    doc = parse_text(text)
    assert _roles(doc) == [[("市农业农村局", "responsible"), ("各县人民政府", "responsible")],
                           [("市农业农村局", "lead"), ("市财政局", "support")]]
    assert _deadlines(doc) == [["2024年10月底前"], ["长期坚持"]]


def test_short_boxed_marks_glued_to_their_values_open_fields():
    # round BW: '。【牵头】A【配合】B、C【时限】<time>' on the task's line read one unit 'A【配合】B' (BW05)
    text = _HEAD + ("1．开展全员轮训。每人每年不少于60学时。【牵头】市司法局【配合】市人社局、市财政局【时限】2024年12月底前\n"
                    "2．规范证件管理。依法收回证件。【牵头】市司法局【配合】市直各执法部门【时限】2024年6月底前\n")
    doc = parse_text(text)
    assert _roles(doc) == [[("市司法局", "lead"), ("市人社局", "support"), ("市财政局", "support")],
                           [("市司法局", "lead"), ("市直各执法部门", "support")]]
    assert _deadlines(doc) == [["2024年12月底前"], ["2024年6月底前"]]


def test_star_and_arrow_bullets_before_labels_and_between_fields():
    # round BW: '★牵头科室：A' lines gave nothing (BW04), '→配合单位：B' neither (BW12); '◆牵头单位：A　◆配合单位：B'
    # on one line kept the next field's bullet in the unit before it ('A ◆', BW03)
    text = _HEAD + ("1．推进医共体建设。就诊率稳定在90%以上。\n★牵头科室：基层卫生健康科\n★配合科室：医政医管科\n★完成时间：2024年12月\n"
                    "2．推进厕所革命。改造户厕150户。\n→牵头单位：市农业农村局\n→完成时限:2024年10月底前\n"
                    "3．排查事故隐患。建立隐患清单。\n◆牵头单位：市应急管理局　◆配合单位：市消防救援支队　◆完成时限：2024年6月30日前\n")
    doc = parse_text(text)
    assert _units(doc) == [["基层卫生健康科", "医政医管科"], ["市农业农村局"], ["市应急管理局", "市消防救援支队"]]
    assert _deadlines(doc) == [["2024年12月"], ["2024年10月底前"], ["2024年6月30日前"]]


def test_persons_beside_the_units_are_no_units():
    # round BW: a post and a person in brackets after a body ('区教育局（局长 陈建国）', '各街道办事处（主任）') was kept in
    # the unit (BW07), under a label joining units and persons ('责任单位及责任人：', no label before); a name alone after a
    # body under '牵头单位（责任人）：' was dropped only after a body ending in 局/委/办…, not in 联 ('镇妇联（孙梅）', BW12);
    # a leader's post and name as a part of the list ('牵头领导及单位：市政府副市长李明，A', no label before, BW06) was a unit
    text = _HEAD + ("1．新建学校3所。新增学位2700个。\n责任单位及责任人：市教育局（局长 陈建国）、各街道办事处（主任）\n截止时间：2024年8月31日\n"
                    "2．推进财政公开。公开预决算。（牵头单位：市财政局（科长 赵卫）；配合单位：市审计局（副局长），市政府各部门）\n"
                    "3．改造户厕。完成150户。\n牵头单位（责任人）：镇妇联（李红）\n"
                    "4．深化审批改革。编制实施规范。\n牵头领导及单位：市政府副市长李明，市政务服务管理局\n时间节点：2024年8月底前\n")
    doc = parse_text(text)
    assert _roles(doc) == [[("市教育局", "responsible"), ("各街道办事处", "responsible")],
                           [("市财政局", "lead"), ("市审计局", "support"), ("市政府各部门", "support")],
                           [("镇妇联", "lead")],
                           [("市政务服务管理局", "lead")]]
    assert _deadlines(doc) == [["2024年8月31日"], [], [], ["2024年8月底前"]]


def test_ranked_lead_labels():
    # round BW: '第一牵头单位：A；第二牵头单位：B' gave no unit (BW09); '次要责任单位' was read as 责任单位
    text = _HEAD + ("1．推进港航建设。完成投资5亿元。第一牵头单位：市港航中心；第二牵头单位：建设管理科；时限要求：长期。\n"
                    "2．推进公路建设。新改建300公里。主要责任单位：建设管理科；次要责任单位：规划科；时限要求：2024年12月底前。\n")
    doc = parse_text(text)
    assert _roles(doc) == [[("市港航中心", "lead"), ("建设管理科", "lead")],
                           [("建设管理科", "lead"), ("规划科", "support")]]


def test_a_backslash_a_slash_or_a_space_between_office_names():
    # round BW: 'A\\B\\C' (a cell's line breaks become backslashes) was one unit (BW08); '人事股/基础教育股' too, the 3-character
    # office not taken for a whole name (BW11); '配合股室 计划财务股 发展规划股' offices with no level apart by a space
    text = _HEAD + ("1．做好信息公开。公开资金使用情况。（责任单位：市农业农村局\\市乡村振兴局\\各县人民政府；完成时限：2024年12月底前）\n"
                    "2．深化集团化办学。新组建3个。（牵头股室：人事股/基础教育股）\n"
                    "3．推进学校建设。改扩建2所。（牵头股室：基础教育股；配合股室：计划财务股 发展规划股）\n")
    assert _units(parse_text(text)) == [["市农业农村局", "市乡村振兴局", "各县人民政府"], ["人事股", "基础教育股"],
                                        ["基础教育股", "计划财务股", "发展规划股"]]


def test_labels_set_off_by_a_space_only_inside_a_bracket():
    # round BW: '（牵头股室 A；配合股室 B；完成时限 <time>）' — no colon anywhere — gave no unit and the time only (BW11)
    text = _HEAD + ("1．推进学校建设。改扩建2所。（牵头股室 基础教育股；配合股室 计划财务股；完成时限 2024年9月1日前）\n"
                    "2．深化集团化办学。新组建3个。（牵头单位 市教育局；配合单位 市财政局、市人社局）\n")
    doc = parse_text(text)
    assert _roles(doc) == [[("基础教育股", "lead"), ("计划财务股", "support")],
                           [("市教育局", "lead"), ("市财政局", "support"), ("市人社局", "support")]]
    assert _deadlines(doc) == [["2024年9月1日前"], []]


def test_the_bodies_under_a_named_one_stay_with_its_name():
    # round BW: '各县市区交通运输局及所属单位' gave a unit '所属单位' (BW09)
    text = _HEAD + ("1．推进城乡公交一体化。新增线路6条。（主要责任单位：运输服务科；次要责任单位：各县市区交通运输局及所属单位）\n"
                    "2．加强国企监管。开展专项审计。（责任单位：市国资委及下属企业、市审计局）\n")
    assert _units(parse_text(text)) == [["运输服务科", "各县市区交通运输局及所属单位"], ["市国资委及下属企业", "市审计局"]]


def test_a_sites_menu_over_the_title_is_no_title():
    # round BW: a menu '网站首页 | 机构概况 | 政务公开' (read as a row of cells) over the title left the page with no title
    # and no place (BW04)
    text = ("某市卫生健康委员会门户网站\n网站首页 | 机构概况 | 政务公开 | 办事服务\n您当前的位置：首页 > 政务公开 > 计划总结\n"
            "柳岗市2024年卫生健康工作要点\n发布时间：2024-02-27\n一、深化改革\n"
            "1．推进医共体建设。就诊率稳定在90%以上。（牵头科室：基层卫生健康科）\n"
            "2．推进公立医院改革。开展绩效考核。（牵头科室：医政医管科）\n")
    doc = parse_text(text)
    assert doc.title == "柳岗市2024年卫生健康工作要点"
    assert doc.region == "柳岗市"


def test_near_misses_of_the_round_bw_rules_stay_as_they_were():
    # a role mark after a name in a boxed clause stays the name's mark; a bracket naming an area, a field or a level
    # stays in the name ('（林业）': 林 a surname, 业 a field); a name alone goes under any label (round CE: a unit is a body,
    # never a person; round BW kept it under a label naming no persons); a bracket of words set off by spaces is no clause
    text = _HEAD + ("1．推进审批改革。编制清单。【责任单位】市发改委【牵头】、市财政局【配合】\n"
                    "2．保护林地。开展执法检查。（责任单位：市自然资源局（林业）、各村（社区）、各县（市、区）、市林业局（王海））\n"
                    "3．加强督查。开展专项督查。（责任 重大；时间 紧迫）\n"
                    "4．推进国企改革。完成重组。（责任单位：市国资委及市财政局，市政府 办公室）\n")
    doc = parse_text(text)
    assert _roles(doc)[0] == [("市发改委", "lead"), ("市财政局", "support")]
    assert _units(doc)[1:] == [["市自然资源局（林业）", "各村（社区）", "各县（市、区）", "市林业局"], [], ["市国资委", "市财政局", "市政府办公室"]]

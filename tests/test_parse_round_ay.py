"""Round AY's layouts, each on a made-up example of its pattern: a people's organisation's own departments named under
'责任部室：' / '牵头部室：', people's organisations and a fund's 管理中心 signing as organs ('…科学技术协会', '…红十字会',
'…住房公积金管理中心'), a 纪委 and its 监委 signing on one line, a 信息公开 block of 【key】value pairs run on one line, a
block laid out as a header row of keys over a row of values, the 成文日期 at the right end of the 文号's line, and two
kinds of district a name hides: one that kept its county's name ('桐县区') and one named 城区 whose bureau signs.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, [(u.raw, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某县妇联2024年工作要点\n一、重点任务\n"


def test_a_peoples_organisations_departments_under_bushi_labels_are_units():
    # round AY: '（责任部室：宣传部、组织联络部）' gave the label inside the first unit ('责任部室：委宣传部'), and
    # '（责任部室：权益部；配合单位：X；完成时限：T）' lost the department and kept '）' in the time: 部室 was no label
    text = _PLAN + (
        "1.开展主题宣讲。组织宣讲20场。（责任部室：宣传部、组织联络部）\n"
        "2.实施筛查项目。完成筛查3000人。（牵头部室：权益部；配合单位：县卫生健康局；完成时限：2024年12月底前）\n")
    rows = _rows(parse_text(text))
    assert [r[1] for r in rows] == [[("宣传部", "responsible"), ("组织联络部", "responsible")],
                                    [("权益部", "lead"), ("县卫生健康局", "support")]]
    assert [r[2] for r in rows] == [[], ["2024年12月底前"]]


def _signed(organ: str, date: str = "2024年3月20日", plan: str = "某市2024年重点任务", head: str = "") -> str:
    return (f"{head}{organ}关于印发《{plan}》的通知\n各有关单位：\n　　现将《{plan}》印发给你们，请认真抓好落实。\n{organ}\n{date}\n"
            f"{plan}\n一、重点任务\n1.推行网上办理。网上可办率达到95%。（责任单位：信息技术处；完成时限：2024年9月底前）\n")


def test_peoples_organisations_and_a_funds_centre_sign_as_organs():
    # round AY: '…科学技术协会' and '…住房公积金管理中心' on the signature line and opening the title named no issuer and
    # no region; '…红十字会' took a block's value instead (协会 / 红十字会 / 管理中心 ended no organ)
    for organ, region in (("瑶河市科学技术协会", "瑶河市"), ("长宁湾市住房公积金管理中心", "长宁湾市"), ("松岭县红十字会", "松岭县")):
        doc = parse_text(_signed(organ))
        assert (doc.issuer, doc.region) == (organ, region), organ


def test_a_discipline_committee_and_its_supervisory_commission_signing_on_one_line_are_two_issuers():
    # round AY: '中共X县纪律检查委员会　X县监察委员会' on one line ran together as one name
    doc = parse_text(_signed("中共金枫县纪律检查委员会　　金枫县监察委员会"))
    assert doc.issuer == "中共金枫县纪律检查委员会、金枫县监察委员会"


def test_a_discipline_committee_alone_or_over_another_places_commission_stays_as_it_was():
    # guards: the committee alone; a committee over another place's 监察委员会; a committee with a government (AT's rule)
    assert parse_text(_signed("中共金枫县纪律检查委员会")).issuer == "中共金枫县纪律检查委员会"
    assert parse_text(_signed("中共金枫县纪律检查委员会　银杉县监察委员会")).issuer != \
        "中共金枫县纪律检查委员会、银杉县监察委员会"
    assert parse_text(_signed("中共白水镇委员会　白水镇人民政府")).issuer == "中共白水镇委员会、白水镇人民政府"


def _page(block: str) -> str:
    return (f"某县人民政府\n首页 > 政府信息公开\n{block}\n关于印发2024年工作要点的通知\n各乡镇：\n　　现将《2024年工作要点》印发给你们，"
            "请抓好落实。\n2024年工作要点\n一、重点任务\n1.开展救护培训。培训800人。（责任单位：县教育局；完成时限：2024年9月底前）\n")


def test_a_block_of_bracketed_keys_run_on_one_line_gives_each_value():
    # round AY: '【发布机构】X【文号】Y' gave 'X【' and '】Y': only the first bracketed key of a line was read as a key
    doc = parse_text(_page("【发布机构】松岭县红十字会【文号】松红字〔2024〕3号\n【成文日期】2024-03-08【发布日期】2024-03-11【有效性】有效"))
    assert (doc.issuer, doc.doc_number, str(doc.date)) == ("松岭县红十字会", "松红字〔2024〕3号", "2024-03-08")


def test_a_block_with_its_keys_in_a_header_row_gives_each_value_under_its_key():
    # round AY: '索引号 | 发布机构 | 成文日期 | 文号 | 发布日期' over one row of values gave no 文号 and no date
    doc = parse_text(_page("索引号 | 发布机构 | 成文日期 | 文号 | 发布日期\n"
                           "11441403MB2C/2024-00156 | 桐县区人民政府办公室 | 2024-08-27 | 桐县区府办〔2024〕22号 | 2024-08-30"))
    assert (doc.doc_number, str(doc.date)) == ("桐县区府办〔2024〕22号", "2024-08-27")


def test_a_header_row_whose_last_key_is_the_number_gives_the_number_alone():
    # round AY (found writing the guard below): a header row ending in '文号' read the whole row of values under it as
    # the 文号 ('11441403MB2C/2024-00156|桐县区府办〔2024〕22号'), as a key closing a line labels the next
    doc = parse_text(_page("索引号 | 发布机构 | 成文日期 | 文号\n"
                           "11441403MB2C/2024-00156 | 桐县区人民政府办公室 | 2024-08-27 | 桐县区府办〔2024〕22号"))
    assert (doc.doc_number, str(doc.date)) == ("桐县区府办〔2024〕22号", "2024-08-27")


def test_a_header_row_with_a_row_of_other_width_gives_nothing():
    # guard: a row of keys over a row with another number of cells is no such block
    doc = parse_text(_page("索引号 | 文号 | 成文日期 | 发布机构\n11441403MB2C/2024-00156 | 桐县区府办〔2024〕22号"))
    assert (doc.doc_number, doc.date) == (None, None)


def test_a_date_at_the_end_of_the_number_line_is_the_date():
    # round AY: 'X政办发〔2024〕18号　　　　2024年7月2日' under a title with no signature gave no 文号 and no date
    text = ("乌苏右翼中旗人民政府办公室关于印发2024年工作方案的通知\n乌右中政办发〔2024〕18号　　　　　　2024年7月2日\n各苏木镇：\n"
            "　　现将《2024年工作方案》印发给你们，请认真执行。\n2024年工作方案\n一、重点任务\n"
            "（一）推进改厕。完成改造1200户。（责任单位：旗农牧局；完成时限：2024年10月底前）\n")
    doc = parse_text(text)
    assert (doc.doc_number, str(doc.date)) == ("乌右中政办发〔2024〕18号", "2024-07-02")
    # guard: a signature's date still dates the text
    signed = text.replace("2024年工作方案\n一、", "乌苏右翼中旗人民政府办公室\n2024年6月28日\n2024年工作方案\n一、")
    assert str(parse_text(signed).date) == "2024-06-28"


def test_a_district_that_kept_its_countys_name_is_a_place():
    # round AY: '桐县区2024年…方案' under '桐县区人民政府办公室' named no region: 县区 read as the word 'counties and districts'
    doc = parse_text(_signed("桐县区人民政府办公室", plan="桐县区2024年大气污染防治攻坚行动方案"))
    assert doc.region == "桐县区"
    # guards: the words 县区 after 全 / 各 stay no place
    assert parse_text(_signed("某某局", plan="全县区域内河道治理方案")).region != "全县区"
    assert parse_text(_signed("青川市人民政府办公室", plan="青川市各县区重点任务")).region == "青川市"


def test_a_district_named_chengqu_is_the_region_its_bureau_signs_for():
    # round AY: '泉阳市城区人力资源和社会保障局' gave the city: 城区 after a city was read as its urban area
    doc = parse_text(_signed("泉阳市城区人力资源和社会保障局", plan="城区2024年就业创业工作任务分解"))
    assert doc.region == "泉阳市城区"
    # guard: a county's 林区 in a title stays the county's area
    assert parse_text(_signed("青川县人民政府办公室", plan="青川县林区防火工作方案")).region == "青川县"

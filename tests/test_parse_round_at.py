"""Round AT's layouts, each on a made-up example of its pattern: a bracket of roles whose time says what is done by then
('（A负责，2024年9月底前完成专项检查）'), a town's or a new area's party committee and government signing on one line
('中共X镇委员会　X镇人民政府'), a development zone the plan names in short under an issuer that signs in full ('X经开区' /
'X经济技术开发区管理委员会'), and an industrial park (工业园区) as a place; round AW's: a run of labels opening after a comma,
'元月' in a signature date, a 总工会 as an organ, an autonomous banner (自治旗) as a place.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [(u.raw, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某县2024年某项工作安排\n一、重点任务\n"


def test_a_bracket_of_roles_whose_time_says_what_is_done_by_then_names_the_bodies():
    # round AT: '（A负责，2024年9月底前完成专项检查）' gave the time but no unit: the part '…前完成专项检查' was no time
    # part of a bracket, though the same words closing a sentence were read
    text = _PLAN + (
        "1.严格农药使用监管。开展攻坚治理。（县农业农村局负责，2024年9月底前完成专项检查）\n"
        "2.推进冷链追溯。建设追溯平台。（县市场监管局牵头，县商务局配合，2024年6月底前上线运行）\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [[("县农业农村局", "responsible")],
                                    [("县市场监管局", "lead"), ("县商务局", "support")]]
    assert [r[3] for r in rows] == [["2024年9月底前"], ["2024年6月底前"]]


def test_a_bracket_of_prose_with_a_role_word_stays_prose():
    # guards: a bracket that says work after the roles, or a time with no body, is no clause
    text = _PLAN + (
        "1.加强宣传。开展宣传活动（由县委宣传部负责，组织媒体集中报道相关情况）。\n"
        "2.完善制度。修订管理办法（2024年9月底前完成修订工作）。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [[], []]


def _notice(organs: str, signature: str) -> str:
    return (f"{organs}\n关于印发《某镇2025年重点工作方案》的通知\n某委发〔2025〕3号\n各村（社区）：\n　　现将方案印发给你们，请认真落实。\n"
            f"{signature}\n2025年2月18日\n某镇2025年重点工作方案\n一、重点任务\n1.开展清洁行动。每季度组织一次。（责任单位：镇农业农村办）\n")


def test_a_party_committee_and_a_government_signing_on_one_line_are_two_issuers():
    # round AT: '中共X镇委员会　X镇人民政府' and '中共X新区工作委员会　X新区管理委员会' on one signature line gave one
    # name run together; only the two OFFICES ('中共X县委办公室 X县人民政府办公室') were named apart
    cases = {"中共白水镇委员会　　　　白水镇人民政府": "中共白水镇委员会、白水镇人民政府",
             "中共青湾新区工作委员会　青湾新区管理委员会": "中共青湾新区工作委员会、青湾新区管理委员会",
             "中共河口县委　河口县人民政府": "中共河口县委、河口县人民政府",
             "中共东门街道工作委员会　东门街道办事处": "中共东门街道工作委员会、东门街道办事处"}
    for signature, issuer in cases.items():
        assert parse_text(_notice(signature.replace("　", " "), signature)).issuer == issuer, signature


def test_one_party_body_or_two_places_stay_as_they_were():
    # guards: a party committee's office alone, and a committee over another place's government, are not split
    for signature in ("中共白水镇委员会", "中共河口县委全面依法治县委员会办公室"):
        assert parse_text(_notice(signature, signature)).issuer == signature, signature
    assert parse_text(_notice("中共白水镇委员会", "中共白水镇委员会　青山乡人民政府")).issuer != \
        "中共白水镇委员会、青山乡人民政府"


def _zone_notice(issuer: str, plan: str) -> str:
    return (f"{issuer}关于印发{plan}的通知\n某管发〔2023〕12号\n各部门：\n　　现将《{plan}》印发给你们，请认真贯彻执行。\n"
            f"{issuer}\n2023年9月4日\n{plan}\n一、重点任务\n（一）鼓励技术改造。给予补助。（责任单位：经济发展局；完成时限：2023年12月底前）\n")


def test_a_zone_the_plan_names_in_short_is_the_issuers_zone_in_full():
    # round AT: '金河经开区…措施' under '金河经济技术开发区管理委员会' gave the short form as the region; an autonomous
    # prefecture or county so named ('雪岭州' / '雪岭藏族自治州') already gave the full one
    cases = {("青川经济技术开发区管理委员会", "青川经开区促进制造业发展若干措施"): "青川经济技术开发区",
             ("白石高新技术产业开发区管理委员会", "白石高新区优化营商环境若干措施"): "白石高新技术产业开发区"}
    for (issuer, plan), region in cases.items():
        assert parse_text(_zone_notice(issuer, plan)).region == region, plan


def test_an_industrial_park_is_a_place():
    # round AT: '柏溪工业园区管理委员会关于印发《柏溪工业园区…方案》的通知' named no region: 园区 ended every place
    doc = parse_text(_zone_notice("柏溪工业园区管理委员会", "柏溪工业园区安全生产治本攻坚实施方案"))
    assert doc.region == "柏溪工业园区"


def test_a_countys_park_in_a_title_leaves_the_county_the_region():
    # guards: a county's plan for its park keeps the county; a park's name needs a stem of its own ('工业园区建设…')
    assert parse_text(_zone_notice("青川县人民政府办公室", "青川县工业园区建设三年行动方案")).region == "青川县"
    assert parse_text(_zone_notice("某管委会", "工业园区建设三年行动方案")).region is None


# ---- round AW ----


def test_a_run_of_labels_that_opens_after_a_comma_starts_at_its_first_label():
    # round AW: '…应建尽建，牵头科室：A；配合科室：B、C。完成时间：T。' read from the second label on: the lead was lost
    text = _PLAN + (
        "1.推进建设。推动物业服务企业党组织应建尽建，牵头科室：党建工作办公室；配合科室：城市管理办公室、各社区。"
        "完成时间：2024年12月底前。\n"
        "2.推进改造。完成老旧小区改造，责任单位：县住建局；配合单位：县财政局。完成时限：2024年10月底前。\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [["党建工作办公室", "城市管理办公室", "各社区"], ["县住建局", "县财政局"]]
    assert [r[3] for r in rows] == [["2024年12月底前"], ["2024年10月底前"]]


def test_a_label_after_a_comma_with_no_field_after_it_stays_as_it_was():
    # guard: one label after a comma and no field run after a ；/。 is not this rule's (the time label after a comma
    # is _mid_time_fields', the unit label alone stays prose)
    text = _PLAN + "1.推进改造。完成改造，牵头单位要加强统筹；各乡镇积极配合。\n"
    rows = _rows(parse_text(text))
    assert rows[0][2] == []


def _signed(organ: str, date: str, plan: str = "某盟2024年重点任务清单") -> str:
    return (f"{organ}关于印发《{plan}》的通知\n各有关单位：\n　　现将《{plan}》印发给你们，请认真抓好落实。\n{organ}\n{date}\n"
            f"{plan}\n一、重点任务\n1.推行网上办理。网上可办率达到95%。（责任单位：政务服务局；完成时限：2024年9月底前）\n")


def test_a_signature_date_in_yuanyue_is_january():
    # round AW: '2024年元月8日' under the signature gave no date: 元月 (the first month) was no month
    for date in ("2024年元月8日", "二〇二四年元月八日"):
        assert str(parse_text(_signed("锡林盟行政公署", date)).date) == "2024-01-08", date


def test_a_trade_union_federation_signs_as_an_organ():
    # round AW: '…县总工会' on the signature line and opening the title named no issuer (工会 ended no organ)
    assert parse_text(_signed("云岭县总工会", "2025年1月22日", "云岭县总工会2025年工作要点")).issuer == "云岭县总工会"


def test_an_autonomous_banner_named_in_short_is_the_issuers_banner_in_full():
    # round AW: '哈达图旗2024年…' under '哈达图达斡尔族自治旗人民政府办公室' gave '哈达图旗': a stem of seven characters
    # and more before 自治旗 was no place
    doc = parse_text(_signed("哈达图达斡尔族自治旗人民政府办公室", "2024年7月9日", "哈达图旗2024年人居环境整治工作方案"))
    assert doc.region == "哈达图达斡尔族自治旗"
    doc = parse_text(_signed("澜沧拉祜族佤族布朗族自治县人民政府办公室", "2024年7月9日", "澜沧县2024年人居环境整治工作方案"))
    assert doc.region == "澜沧拉祜族佤族布朗族自治县"

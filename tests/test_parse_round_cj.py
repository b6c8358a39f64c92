"""Round CJ's layouts, each on a made-up example of its pattern: unit fields under label words the probe set had not
used (the bare '主办：' / '协办：', '主抓：' with '抓落实单位：', the ranked '总牵头：' / '分牵头：') and fields written with
the ratio colon '∶' in place of '：'.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text

_HEAD = "某县2025年重点工作实施方案\n一、重点任务\n"


def _units(doc):
    return [[(u.raw, u.role) for u in t.units] for t in doc.tasks]


def test_bare_host_and_co_host_words_are_lead_and_support_labels():
    # round CJ: '（主办：A；协办：B）' kept the labels inside the names (CJ01: 0 of 9 units)
    doc = parse_text(_HEAD + "1．推行帮办代办。设立帮办窗口。（主办：县政务服务中心；协办：县税务局、各乡镇）\n"
                     "2．加强监管。完善信用监管。（责任单位：县市场监管局）\n")
    assert _units(doc)[0] == [("县政务服务中心", "lead"), ("县税务局", "support"), ("各乡镇", "support")]


def test_main_grip_and_carry_out_lines_are_unit_fields():
    # round CJ: '主抓：A' / '抓落实单位：B' lines under a task were read as no field (CJ04: 0 of 5 units)
    doc = parse_text(_HEAD + "（一）新建农田。全年新建农田1万亩。\n主抓：县农业农村局\n抓落实单位：各乡镇人民政府\n"
                     "完成时限：2025年12月底前\n（二）加强监管。完善信用监管。\n主抓：县市场监管局\n")
    assert _units(doc) == [[("县农业农村局", "lead"), ("各乡镇人民政府", "responsible")], [("县市场监管局", "lead")]]


def test_overall_and_sub_leads_are_both_leads():
    # round CJ: '（总牵头：A；分牵头：B）' parted '总' and '分' off as units (CJ05: 7 right of 13 read)
    doc = parse_text(_HEAD + "1．壮大特色产业。培育龙头企业10家。（总牵头：县农业农村局；分牵头：各镇人民政府）\n"
                     "2．加强监管。完善信用监管。（责任单位：县市场监管局）\n")
    assert _units(doc)[0] == [("县农业农村局", "lead"), ("各镇人民政府", "lead")]


def test_ratio_colon_after_a_label_is_a_colon():
    # round CJ: '（责任部门∶A、B；完成时限∶…）' with U+2236 kept the label in the first name (CJ02: 1 of 6 units)
    doc = parse_text(_HEAD + "1．推进超低排放改造。完成改造3家。（责任部门∶县生态环境局、县工信局；完成时限∶2025年10月底前）\n"
                     "2．加强监管。完善信用监管。（责任单位：县市场监管局）\n")
    assert _units(doc)[0] == [("县生态环境局", "responsible"), ("县工信局", "responsible")]
    assert [d.text for d in doc.tasks[0].deadlines] == ["2025年10月底前"]


def test_near_misses_stay_as_they_were():
    # a ratio between figures keeps its colon; 主办 inside prose is no label
    doc = parse_text(_HEAD + "1．编制国土空间规划。按1∶10000比例尺成图，由县自然资源局主办。（责任单位：县自然资源局）\n"
                     "2．加强监管。完善信用监管。（责任单位：县市场监管局）\n")
    assert "1∶10000" in doc.tasks[0].text
    assert _units(doc) == [[("县自然资源局", "responsible")], [("县市场监管局", "responsible")]]


def test_a_division_field_of_sentences_names_the_bodies_before_their_shares():
    # round CJ: '分工：A负责X，B负责Y。' kept each body's share in its name (CJ06: 0 of 7 units, 7 false)
    doc = parse_text(_HEAD + "1．扩充学位供给。新建学校2所。分工：县教育局负责项目统筹，县财政局负责资金保障。"
                     "完成时限：2025年8月底前。\n2．加强监管。完善信用监管。（责任单位：县市场监管局）\n")
    assert _units(doc)[0] == [("县教育局", "responsible"), ("县财政局", "responsible")]
    assert [d.text for d in doc.tasks[0].deadlines] == ["2025年8月底前"]

"""Session 11's leftovers of the probe set, each on a made-up example of its pattern: roles said in words the earlier
rounds had not met ('A会同B制定…', 'A、B联合开展…', 'A、B各司其职、密切配合' with no lead, 'A为主修订单位', 'A、B按各自职责分别储备',
'B跟踪问效'), times inside a sentence of roles ('2025年度内完成', '排查整治常态化推进', '报…同意后印发' a step, '主汛期前' an event,
'各村党组织书记为第一责任人' a post), a unit label that names persons too ('责任单位（人）：A（<person>）'), a bracket of bodies
closed by a span from an event, and a start time in prose ('2024年9月起…'). The texts are invented; they copy the shape of
published documents."""

from __future__ import annotations

import datetime as dt

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.deadlines import find_in_prose, parse_field


def _rows(doc):
    return [([u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _roles(doc):
    return [[(u.raw, u.role) for u in t.units] for t in doc.tasks]


_PLAN = "某县2025年某项工作方案\n"


def _items(*paragraphs: str) -> str:
    numerals = "一二三四五六七八"
    return _PLAN + "".join(f"{numerals[k]}、事项{k + 1}\n　　{p}\n" for k, p in enumerate(paragraphs))


# --- times: 年度内, a start time in prose -------------------------------------------------------------------------

def test_a_year_named_with_niandu_nei_is_a_time():
    # BG10 / BG04: '2025年度内' and '本年度内' were no time: the closing sentence of roles around them stayed prose
    assert parse_field("2025年度内", doc_year=2024).due == dt.date(2025, 12, 31)
    assert parse_field("本年度内", doc_year=2024).due == dt.date(2024, 12, 31)
    assert [d.text for d in find_in_prose("新认定企业60家，2025年度内完成。", doc_year=2025)] == ["2025年度内"]
    doc = parse_text(_items(
        "新认定企业60家。由县科技局抓总，县发改局、各乡镇跟进服务，2025年度内完成。",
        "确保当年项目当年开工。县农业农村局牵头推动，各乡镇人民政府跟踪问效，本年度内完成主体工程。"))
    assert _rows(doc) == [(["县科技局", "县发改局", "各乡镇"], ["2025年度内"]),
                          (["县农业农村局", "各乡镇人民政府"], ["本年度内"])]


def test_a_year_of_appraisal_in_prose_is_no_time():
    # guard: '2025年度' naming a year's appraisal says no time limit (only '年度内' does)
    assert find_in_prose("迎接2025年度全国文明城市测评，巩固创建成果。", doc_year=2025) == []


def test_a_start_time_in_prose_is_listed_as_written():
    # AO12 / AO09: '2024年9月起首批10所学校开放', '2025年起每年开展一次督查' — a start time in the task's prose (listed as
    # written, as '2024年起' after roles is); the day a rule comes into force is none
    assert [d.text for d in find_in_prose("推动学校场馆开放，2024年9月起首批10所学校向社会开放。", doc_year=2024)] == ["2024年9月起"]
    assert [d.text for d in find_in_prose("严厉打击毁林行为，2025年起每年开展一次森林督查。", doc_year=2025)] == ["2025年起"]
    assert find_in_prose("本办法自2024年8月1日起施行，有效期五年。", doc_year=2024) == []
    assert find_in_prose("本方案自2025年5月20日起生效。", doc_year=2025) == []


# --- roles said in other words ---------------------------------------------------------------------------------------

def test_huitong_with_what_is_made_or_decided_opens_a_sentence_of_roles():
    # BG11 / BG02: 'A会同B、C制定评估办法，<date>前出台' and 'A会同B研究确定，报市政府同意后印发' (a step of approval, no time)
    doc = parse_text(_items(
        "统一评估标准。县民政局会同县卫生健康局、县医保局制定评估办法，2025年6月底前出台。",
        "确定改造小区20个。县住房城乡建设局会同县财政局研究确定，报县政府同意后印发。"))
    assert _roles(doc) == [[("县民政局", "lead"), ("县卫生健康局", "support"), ("县医保局", "support")],
                           [("县住房城乡建设局", "lead"), ("县财政局", "support")]]
    assert _rows(doc)[0][1] == ["2025年6月底前"] and _rows(doc)[1][1] == []


def test_huitong_with_other_work_stays_prose():
    # guard: 'A会同B开展调研，形成报告' is what they do (no verb of making or deciding a text): no clause, as before
    doc = parse_text(_items("摸清底数。县民政局会同县财政局开展调研，形成专题报告。"))
    assert _rows(doc) == [([], [])]


def test_bodies_that_jointly_carry_out_a_named_work_both_answer_for_it():
    # BD07: 'A、B联合开展执法检查，每月通报一次，全年持续开展'
    doc = parse_text(_items("渣土车辆密闭运输。县住房城乡建设局、县城市管理局联合开展执法检查，每月通报一次，全年持续开展。"))
    assert _roles(doc) == [[("县住房城乡建设局", "responsible"), ("县城市管理局", "responsible")]]
    assert _rows(doc)[0][1] == ["全年持续开展"]


def test_gesi_qizhi_miqie_peihe_with_no_lead_is_each_answering_for_its_part():
    # BG03: 'A、B各司其职、密切配合，排查整治常态化推进' (no lead named: both answer; the work named, then how long)
    doc = parse_text(_items("开展拉网式排查。县消防救援大队、各乡镇人民政府各司其职、密切配合，排查整治常态化推进。"))
    assert _roles(doc) == [[("县消防救援大队", "responsible"), ("各乡镇人民政府", "responsible")]]
    assert _rows(doc)[0][1] == ["常态化推进"]


def test_gesi_qizhi_after_a_lead_stays_a_support():
    # guard: 'A牵头，B各司其职、密切配合' — the lead is named; B takes its part beside it (round BG's reading)
    doc = parse_text(_items("开展拉网式排查。县消防救援大队牵头，各乡镇人民政府各司其职、密切配合，2025年底前完成。"))
    assert _roles(doc) == [[("县消防救援大队", "lead"), ("各乡镇人民政府", "support")]]


def test_the_main_body_of_the_work_said_as_what_it_is_leads():
    # BD05: 'A为主修订单位，B配合，主汛期前完成' (主X单位 the main body; a season's event no date)
    doc = parse_text(_items("修订防汛应急预案。县应急管理局为主修订单位，县气象局配合，主汛期前完成。"))
    assert _roles(doc) == [[("县应急管理局", "lead"), ("县气象局", "support")]]
    assert _rows(doc)[0][1] == []


def test_each_body_by_its_duty_doing_its_share_answers_for_it():
    # BD05: 'A、B按各自职责分别储备，C负责仓储管理，<date>前储备到位'
    doc = parse_text(_items("补充防汛物资。县应急管理局、县水利局按各自职责分别储备，县物资储备中心负责仓储管理，2025年5月底前储备到位。"))
    assert _rows(doc) == [(["县应急管理局", "县水利局", "县物资储备中心"], ["2025年5月底前"])]


def test_a_persons_post_among_the_roles_is_no_body():
    # AZ09: '…增收，A牵头，各村党组织书记为第一责任人，今年12月底前各村制定增收方案' (the roles after the prose, a post among them)
    doc = parse_text(_items("推动村集体增收，镇经管站牵头，各村党组织书记为第一责任人，今年12月底前各村制定增收方案。"))
    assert _rows(doc) == [(["镇经管站"], ["今年12月底前"])]


def test_joint_supervision_and_a_daily_duty_beside_an_event_of_the_school_year():
    # BG12: 'A、B联合监管，C负责日常检查，每学期开学前后开展专项检查' (the school-year event is no date: units only)
    doc = parse_text(_items("推进明厨亮灶建设。县市场监管局、县教育局联合监管，后勤服务中心负责日常检查，每学期开学前后开展专项检查。"))
    assert _rows(doc)[0][0] == ["县市场监管局", "县教育局", "后勤服务中心"]


# --- labels and brackets -------------------------------------------------------------------------------------------

def test_a_unit_label_that_names_persons_too_drops_the_persons():
    # BG12: '责任单位（人）：A（<person>）、B（<person>）。完成时限：…' — the label was unknown, the persons parts of names
    doc = parse_text(_items("配齐专职保安员。责任单位（人）：计划财务股（李俊）、安全管理股（张敏）。完成时限：2025年下半年。"))
    assert _rows(doc) == [(["计划财务股", "安全管理股"], ["2025年下半年"])]


def test_a_persons_label_leaves_bracketed_levels_whole():
    # guard: a level in brackets inside a name is no person ('各县（市、区）人民政府')
    doc = parse_text(_items("开展专项督查。责任单位（责任人）：县教育局（王强）、各县（市、区）人民政府。完成时限：2025年底前。"))
    assert _rows(doc) == [(["县教育局", "各县（市、区）人民政府"], ["2025年底前"])]


def test_a_bracket_of_bodies_closed_by_a_span_from_an_event_names_the_units():
    # AV04: '（A、B，每学期开学后1个月内）' — the span was read as a third unit (or the bracket not at all)
    doc = parse_text(_items("开展食品安全专项检查，每学期不少于1次。（县市场监管局、县教育局，每学期开学后1个月内）"))
    assert _rows(doc) == [(["县市场监管局", "县教育局"], [])]


def test_a_bracket_of_bodies_and_a_remark_is_still_no_clause():
    # guard: bodies then words that are no time and no span stay a remark in the prose
    doc = parse_text(_items("开展食品安全专项检查。（县市场监管局、县教育局，视情况组织）"))
    assert _rows(doc) == [([], [])]

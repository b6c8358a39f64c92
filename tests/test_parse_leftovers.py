"""Session 11's leftovers of the probe set, each on a made-up example of its pattern: roles said in words the earlier
rounds had not met ('A、B联合开展…' closed by the task's time, 'A、B各司其职、密切配合' with no lead, 'A为主修订单位', 'A、B按各自职责分别储备',
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
    doc = parse_text(_items(
        "新认定企业60家。由县科技局抓总，县发改局、各乡镇跟进服务，2025年度内完成。",
        "确保当年项目当年开工。县农业农村局牵头推动，各乡镇人民政府跟踪问效，本年度内完成主体工程。"))
    assert _rows(doc) == [(["县科技局", "县发改局", "各乡镇"], ["2025年度内"]),
                          (["县农业农村局", "各乡镇人民政府"], ["本年度内"])]


def test_a_year_of_appraisal_in_prose_is_no_time():
    # guard: '2025年度' naming a year's appraisal, '2024年度内' qualifying a noun in prose (round BB) say no time limit;
    # '年度内' is a time where a sentence of roles gives it
    assert find_in_prose("迎接2025年度全国文明城市测评，巩固创建成果。", doc_year=2025) == []
    assert find_in_prose("对2024年度内新增问题开展核查。", doc_year=2025) == []


def test_a_start_time_in_prose_is_listed_as_written():
    # AO12 / AO09: '2024年9月起首批10所学校开放', '2025年起每年开展一次督查' — a start time in the task's prose (listed as
    # written, as '2024年起' after roles is); the day a rule comes into force is none
    assert [d.text for d in find_in_prose("推动学校场馆开放，2024年9月起首批10所学校向社会开放。", doc_year=2024)] == ["2024年9月起"]
    assert [d.text for d in find_in_prose("严厉打击毁林行为，2025年起每年开展一次森林督查。", doc_year=2025)] == ["2025年起"]
    assert find_in_prose("本办法自2024年8月1日起施行，有效期五年。", doc_year=2024) == []
    assert find_in_prose("本方案自2025年5月20日起生效。", doc_year=2025) == []
    assert find_in_prose("2025年6月起草完成实施细则。", doc_year=2025) == []


# --- roles said in other words ---------------------------------------------------------------------------------------

def test_a_step_of_approval_after_the_roles_is_no_obstacle():
    # BG02's tail: 'A牵头，B配合，报县政府同意后印发' — a step of approval after the roles (no time, no body's role)
    doc = parse_text(_items("确定改造小区20个。县住房城乡建设局牵头，县财政局配合，报县政府同意后印发。"))
    assert _roles(doc) == [[("县住房城乡建设局", "lead"), ("县财政局", "support")]]
    assert _rows(doc)[0][1] == []


def test_huitong_with_other_work_or_a_step_after_stays_prose():
    # guards (round AQ's and round BO's: 会同 in a sentence of action): 'A会同B开展调研，形成报告' and 'A会同B研究确定，报…同意后
    # 印发' (a step, no time, after the drafting) name no units
    doc = parse_text(_items("摸清底数。县民政局会同县财政局开展调研，形成专题报告。",
                            "确定改造小区20个。县住房城乡建设局会同县财政局研究确定，报县政府同意后印发。"))
    assert _rows(doc) == [([], []), ([], [])]


def test_bodies_that_jointly_carry_out_a_named_work_both_answer_for_it():
    # BD07: 'A、B联合开展执法检查，每月通报一次，全年持续开展' (the sentence closed by the task's time)
    doc = parse_text(_items("渣土车辆密闭运输。县住房城乡建设局、县城市管理局联合开展执法检查，每月通报一次，全年持续开展。"))
    assert _roles(doc) == [[("县住房城乡建设局", "responsible"), ("县城市管理局", "responsible")]]
    assert _rows(doc)[0][1] == ["全年持续开展"]


def test_joint_work_without_the_tasks_time_stays_prose():
    # guard (round BD): 'A、B联合开展执法检查，每月通报一次' — what they do, with no time closing it: no units
    doc = parse_text(_items("渣土车辆密闭运输。县住房城乡建设局、县城市管理局联合开展执法检查，每月通报一次。"))
    assert _rows(doc)[0][0] == []


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


# --- metadata --------------------------------------------------------------------------------------------------------

_BODY = "一、重点任务\n（一）开展专项检查。责任单位：市卫生健康委。完成时限：2024年10月底前。\n"


def test_a_signature_in_short_form_under_the_organ_in_full_names_the_full_organ():
    # AQ13: the organ line over the title in full, the signature its contraction ('…妇儿工委办')
    text = ("青禾市人民政府妇女儿童工作委员会办公室\n关于印发《2024年重点任务分工》的通知\n青妇儿委办〔2024〕3号\n"
            "各区妇儿工委：\n　　现将《2024年重点任务分工》印发给你们，请认真落实。\n青禾市妇儿工委办\n2024年3月1日\n"
            "2024年重点任务分工\n" + _BODY)
    assert parse_text(text).issuer == "青禾市人民政府妇女儿童工作委员会办公室"


def test_a_signature_that_is_another_body_than_the_organ_line_stays():
    # guard: 'X县人民政府' signing under 'X县人民政府办公室' (a start of it: another body), and a signature ending as the
    # full name does ('X县教育局' under 'X县教育体育局') are no contractions
    for top, signed in (("青禾县人民政府办公室", "青禾县人民政府"), ("青禾县教育体育局", "青禾县教育局")):
        text = (f"{top}\n关于印发《2024年重点任务分工》的通知\n青政〔2024〕3号\n各乡镇：\n　　现将分工印发给你们。\n{signed}\n"
                "2024年3月1日\n2024年重点任务分工\n" + _BODY)
        assert parse_text(text).issuer == signed, top


def test_a_plan_for_a_street_issued_by_a_city_office_is_the_citys():
    # AY14: '关于印发《东关街道…》的通知' signed by a city's 指挥部办公室: the region is the issuer's city
    text = ("关于印发《北关街道创建文明城市重点任务分解表》的通知\n青禾市创文指办〔2024〕5号\n北关街道办事处：\n"
            "　　现将分解表印发给你们，请抓好落实。\n青禾市创建全国文明城市指挥部办公室\n2024年6月14日\n"
            "北关街道创建文明城市重点任务分解表\n" + _BODY)
    assert parse_text(text).region == "青禾市"


def test_a_streets_own_office_keeps_the_street():
    # guard: the street's office signs ('青峰区人民政府北关街道办事处' holds 北关街道): the title's place stays
    text = ("关于印发《北关街道安全生产工作要点》的通知\n北街办〔2024〕5号\n各社区：\n　　现将要点印发给你们。\n"
            "青峰区人民政府北关街道办事处\n2024年6月14日\n北关街道安全生产工作要点\n" + _BODY)
    assert parse_text(text).region == "北关街道"


def test_a_village_committee_names_its_village_as_the_region():
    # BB06: a 村民委员会 signs the village's plan ('村' is no level a title's place may end in)
    text = ("石桥村民委员会\n关于印发《石桥村2025年村务工作计划》的通知\n石村委〔2025〕1号\n各村民小组：\n"
            "　　现将计划印发给你们。\n石桥村民委员会\n2025年1月8日\n石桥村2025年村务工作计划\n" + _BODY)
    assert parse_text(text).region == "石桥村"


def test_an_autonomous_region_named_in_full_in_a_page_without_title_or_issuer():
    # BH05: the page starts at '一、工作目标'; the text speaks of itself as 自治区 and names it in full once
    text = ("法治信息网 > 地方动态\n一、工作目标\n到2025年底，青川回族自治区行政执法监督平台在全区全面应用。\n二、重点任务\n"
            "（一）推行公示制度。\n各级行政执法部门要设立公示专栏。（自治区司法厅牵头，2024年6月底前完成）\n")
    assert parse_text(text).region == "青川回族自治区"


def test_an_organ_line_over_the_title_is_still_the_issuer():
    # guard beside round BM's site-name rule (AI09): the organ line over the title, no breadcrumbs between, is the 发文机关标志
    text = ("柳岸镇人民政府\n柳岸镇2024年重点工作任务分解表\n"
            "序号\t重点工作\t责任单位\t完成时限\n1\t完成高标准农田建设2000亩。\t镇农业综合服务中心\t2024年10月底前\n"
            "2\t推进农村生活垃圾分类。\t镇村镇建设服务中心\t2024年12月底前\n")
    assert parse_text(text).issuer == "柳岸镇人民政府"

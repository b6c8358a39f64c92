"""Round AS's layouts, each on a made-up example of its pattern: a year said twice ('2024年年内'), the end or a day of
each period ('每季度末', '于每月25日前') as a clause's time, a roles sentence closed by a time with what is done then
('2025年第三季度建成投用', '2024年年内设立') or by how often the work is done ('按月调度', '每年开展一次专项检查'),
'负责监督' as a lead and '…机关' as a body, 'A会同B' with a short second name ('残联'), the labels 进度要求 and 监管单位, a
bracket of names OPENING a task ('2.【A、B】划定…'), and a slogan '…强省建设' that is no place.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.deadlines import find_in_prose, parse_field
from zhifa_cli.parse.meta import _region_from_text


def _rows(doc):
    return [(t.id, t.title, [(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某县2024年某项工作方案\n一、重点任务\n"


def test_a_year_said_twice_within_it_is_the_years_end():
    # round AS: '2024年年内' was no deadline, in a field or in prose ('2024年内' was)
    field = parse_field("2024年年内")
    assert (field.kind, str(field.due)) == ("by_date", "2024-12-31")
    assert [(d.text, str(d.due)) for d in find_in_prose("划定保护范围，2024年年内完成公布。", doc_year=2024)] \
        == [("2024年年内", "2024-12-31")]


def test_a_roles_sentence_closed_by_a_time_with_what_is_done_then_names_the_bodies():
    # round AS: '由A牵头，B、C参与，2024年年内完成。', 'A负责，2024年年内设立。', 'A会同B负责，2025年第三季度建成投用。' and
    # 'A为牵头单位，B、C按职责落实，2024年年内完成…' stayed prose (the time was unread or ended in no 前/底/末)
    text = _PLAN + (
        "（一）编制规划。摸清底数。由县农业农村局牵头，县自然资源局、县水利局参与，2024年年内完成。\n"
        "（二）设立基金。设立发展基金。县财政局负责，2024年年内设立。\n"
        "（三）建设服务站。建成飞行服务站。县交通运输局会同县气象局负责，2025年第三季度建成投用。\n"
        "（四）推行定额管理。县机关事务中心为牵头单位，各乡镇人民政府、县直各单位按职责落实，2024年年内完成能耗定额管理。\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [
        ["县农业农村局", "县自然资源局", "县水利局"], ["县财政局"], ["县交通运输局", "县气象局"],
        ["县机关事务中心", "各乡镇人民政府", "县直各单位"]]
    assert [r[3] for r in rows] == [["2024年年内完成"], ["2024年年内"], ["2025年第三季度"], ["2024年年内"]]


def test_the_end_or_a_day_of_each_period_is_a_clauses_time():
    # round AS: '（A牵头，B、C按职责分工负责；每季度末）' was no clause ('每季度末' no time part); 'A为责任单位，B配合，于每月25日前
    # 报送…' stayed prose; '进度要求：每季度末报送进度，12月31日前完成' gave no deadline
    text = _PLAN + (
        "1.促进就业。开展招聘会20场。（县人社局牵头，县教育局、团县委按职责分工负责；每季度末）\n"
        "2.排查隐患。建立台账。县林业局为责任单位，各村（社区）配合，于每月25日前报送排查情况。\n"
        "3.更新电梯。全年更新20台。\n　　牵头单位：县住建局\n　　进度要求：每季度末报送进度，12月31日前完成\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [["县人力资源和社会保障局", "县教育局", "团县委"],
                                                    ["县林业局", "各村（社区）"], ["县住房和城乡建设局"]]
    assert [r[3] for r in rows] == [["每季度末"], ["于每月25日前"], ["每季度末报送进度", "12月31日前完成"]]


def test_how_often_the_work_is_done_closing_a_roles_sentence_is_no_time():
    # round AS: 'A会同B、C负责，按月调度。' and 'A具体负责，B做好配合，每年开展一次专项检查。' stayed prose
    text = _PLAN + (
        "（一）加大贷款支持。发放贷款2亿元。县人社局会同县财政局、人行某县支行负责，按月调度。\n"
        "（二）整治市场乱象。查处违规行为。县市场监管局具体负责，县民政局做好配合，每年开展一次专项检查。\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [["县人力资源和社会保障局", "县财政局", "人行某县支行"],
                                                    ["县市场监督管理局", "县民政局"]]
    assert [r[3] for r in rows] == [[], []]


def test_a_lead_that_supervises_an_organs_offices_and_a_short_name_after_huitong():
    # round AS: 'A机关负责监督，持续推进。' (机关 ended no body, 负责监督 no lead) and 'A会同残联负责' (one name 'A会同残联')
    text = _PLAN + ("（一）带头移风易俗。党员干部带头。县纪委监委机关负责监督，持续推进。\n"
                    "（二）加强宣传。开展宣传活动。街道宣传办会同残联负责，持续推进。\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [["县纪委监委机关"], ["街道宣传办", "残联"]]
    assert [r[3] for r in rows] == [["持续推进"], ["持续推进"]]


def test_progress_requirement_and_supervising_unit_are_labels():
    # round AS: '进度要求：' was no label (read as a unit '进度要求：…'), '监管单位：' no label (its body lost)
    text = _PLAN + (
        "1.建立培育库。每年遴选50家。（责任单位：经济发展局；进度要求：每年6月底前完成入库）\n"
        "2.落实维保责任。推行按需维保。\n　　责任主体：各电梯使用单位\n　　监管单位：县市场监管局\n　　完成时间：持续推进\n")
    rows = _rows(parse_text(text))
    assert rows[0][2:] == ([("经济发展局", "responsible")], ["每年6月底前完成入库"])
    assert rows[1][2:] == ([("各电梯使用单位", "responsible"), ("县市场监督管理局", "support")], ["持续推进"])


def test_a_bracket_of_names_opening_a_task_is_its_clause():
    # round AS: '2.【A、B】划定…' (names in a bracket BEFORE the task's text) gave no units
    text = _PLAN + ("1.【县住建局、县自然资源局】划定历史建筑保护范围，2024年年内完成公布。\n"
                    "2.（县交通运输局负责）加强气瓶运输车辆管理，2024年9月底前完成专项检查。\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [["县住房和城乡建设局", "县自然资源局"], ["县交通运输局"]]
    assert [r[3] for r in rows] == [["2024年年内"], ["2024年9月底前"]]
    assert rows[0][1].startswith("划定历史建筑保护范围")


def test_a_strong_province_slogan_is_no_place():
    # round AS: '某某省知识产权强省建设…实施方案' gave the region '某某省知识产权强省'
    assert _region_from_text("江澜省知识产权强省建设2024—2025年实施方案") == "江澜省"
    assert _region_from_text("青禾市教育强市建设三年行动计划") == "青禾市"


def test_near_misses_of_the_round_as_rules_stay_as_they_were():
    # guards: a bracket of names in the MIDDLE of a sentence is no clause; a frequency said with a body before it is
    # left alone (no lead first); '每年底前完成' is a time, not a frequency; 会同 in a sentence of action names nobody
    text = _PLAN + (
        "1.开展联合检查。组织（县市场监管局、县公安局）开展联合检查，2024年6月底前完成。\n"
        "2.加强调度。县发改局按月调度项目进展，确保按期完成。\n"
        "3.编制规划。县自然资源局负责，每年底前完成。\n"
        "4.开展执法。县城管局会同县公安局开展联合执法，确保取得实效。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [[], [], [("县自然资源局", "responsible")], []]
    assert rows[2][3] == ["每年底前完成"]
    assert _region_from_text("富强县2024年工作要点") == "富强县"


def test_a_meetings_adoption_date_under_the_title_dates_the_text():
    # round AS: '（2024年4月2日县人民政府第28次常务会议审议通过）' under the title gave no date
    text = ("某县深化殡葬改革实施方案\n（2024年4月2日县人民政府第28次常务会议审议通过）\n　　为推进殡葬改革，制定本方案。\n"
            "一、主要任务\n1.新建骨灰寄存楼。（责任单位：县民政局）\n")
    assert str(parse_text(text).date) == "2024-04-02"
    # guard: a bracket saying when the text takes effect is no date of it
    later = text.replace("县人民政府第28次常务会议审议通过", "起施行")
    assert parse_text(later).date is None


def test_a_development_zone_named_short_in_the_title_is_the_issuers_full_zone():
    # round AS: '某河经开区支持…若干措施' under '某河经济技术开发区管理委员会' gave the region '某河经开区'
    text = ("云禾经济技术开发区管理委员会\n关于印发《云禾经开区支持企业发展的若干措施》的通知\n云开管发〔2024〕3号\n各部门：\n"
            "　　现印发给你们。\n云禾经济技术开发区管理委员会\n2024年7月8日\n云禾经开区支持企业发展的若干措施\n"
            "　　第一条　建立培育库。每年遴选50家。（责任单位：经济发展局）\n")
    assert parse_text(text).region == "云禾经济技术开发区"

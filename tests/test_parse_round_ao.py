"""Round AO's layouts, each on a made-up example of its pattern: prose plans whose roles are said in sentences the
earlier rounds did not read — the role as what a body is ('A为牵头单位，B为落实单位'), a lead that 负责落实 with bodies that
'加强统筹' / '按职责加强指导', a start time with what begins then ('2025年1月起实施'), the short labels '〔牵头：A；参与：B〕' and
'主要负责单位：', and a gazette's '（date　文号）' or a 两办 line over a bracketed date under the title.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.deadlines import parse_field


def _rows(doc):
    return [(t.id, t.title, [(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某县2025年某项工作方案\n一、重点任务\n"


def test_a_body_said_to_be_the_lead_unit_in_a_closing_sentence_is_the_clause():
    # round AO: 'A为牵头单位，B为落实单位。' / 'A为牵头单位，B为配合单位。' closing a paragraph was no roles sentence
    text = _PLAN + (
        "（一）推进户厕改造。完成改造200户，2025年9月底前通过验收。县农业农村局为牵头单位，各乡镇人民政府为落实单位。\n"
        "（二）建设基站。新建基站300个。县数据局为牵头单位，县通信发展办为配合单位。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [[("县农业农村局", "lead"), ("各乡镇人民政府", "responsible")],
                                    [("县数据局", "lead"), ("县通信发展办", "support")]]
    assert rows[0][3] == ["2025年9月底前"]


def test_a_lead_that_carries_out_and_bodies_that_strengthen_guidance_are_the_clause():
    # round AO: '各县（市、区）人民政府负责落实，市商务局加强统筹。' / '…负责落实，A、B按职责加强指导。' — '负责落实' was no lead
    # and '加强…' no duty, so the sentence stayed prose
    text = _PLAN + (
        "（一）培育夜间经济。打造消费集聚区。各县（市、区）人民政府负责落实，市商务局加强统筹。\n"
        "（二）加强风险管理。开展专项监测。各设区市人民政府负责落实，省卫生健康委、省农业农村厅按职责加强指导。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [
        [("各县（市、区）人民政府", "responsible"), ("市商务局", "support")],
        [("各设区市人民政府", "responsible"), ("省卫生健康委员会", "support"), ("省农业农村厅", "support")]]


def test_a_start_time_with_what_begins_then_closes_a_roles_sentence():
    # round AO: '由A牵头，B、C配合，2025年1月起实施。' and '…清理，由A牵头，B、C配合，2024年起每月开展一次联合检查。' — the start
    # time was no time part, so the roles went unread
    text = _PLAN + (
        "（一）推进打包付费。实行总额付费。由县医保局牵头，县卫健委、县财政局配合，2025年1月起实施。\n"
        "（二）整治违规充电。开展楼道清理，由县应急局牵头，县公安局、县消防救援大队配合，2024年起每月开展一次联合检查。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [
        [("县医保局", "lead"), ("县卫生健康委员会", "support"), ("县财政局", "support")],
        [("县应急管理局", "lead"), ("县公安局", "support"), ("县消防救援大队", "support")]]
    assert [r[3] for r in rows] == [["2025年1月起"], ["2024年起"]]


def test_a_start_time_value_is_from_then_on():
    # '2025年1月起' as a 完成时限 value was unknown; it says what '2025年1月起长期坚持' says
    start = parse_field("2025年1月起", doc_year=2025)
    assert (start.kind, start.due.isoformat(), start.ongoing) == ("by_date", "2025-01-31", True)
    assert parse_field("自即日起", doc_year=2025).kind == "unknown"


def test_short_labels_participate_and_main_responsible_unit_name_bodies():
    # round AO: '〔牵头：A；参与：B、C〕' kept '参与：B' as a unit's name; '主要负责单位：' was no label
    text = _PLAN + (
        "（一）打造旅游线路。推出精品线路3条。〔牵头：县文化广电旅游局；参与：县交通运输局、各乡镇人民政府〕\n"
        "（二）打击毁林行为。开展专项行动。\n主要负责单位：县林业局、县公安局\n协同单位：县自然资源局\n")
    rows = _rows(parse_text(text))
    assert rows[0][2] == [("县文化广电旅游局", "lead"), ("县交通运输局", "support"), ("各乡镇人民政府", "support")]
    assert rows[1][2] == [("县林业局", "lead"), ("县公安局", "lead"), ("县自然资源局", "support")]


_WORK = "一、重点任务\n（一）推进某项工作。按计划实施。（责任单位：县发展改革局）\n"


def test_a_gazettes_date_and_number_in_one_bracket_under_the_title():
    # round AO: '（2025年2月20日　青政发〔2025〕4号）' under the plan's title gave neither the date nor the 文号
    text = "青峰县某某行动计划（2025—2027年）\n（2025年2月20日　青政发〔2025〕4号）\n　　为推进某项工作，制定本计划。\n" + _WORK
    meta = parse_text(text)
    assert (meta.doc_number, meta.date.isoformat()) == ("青政发〔2025〕4号", "2025-02-20")


def test_a_liangban_line_over_a_bracketed_date_under_the_title_is_the_issuer():
    # round AO: '中共X县委办公室　X县人民政府办公室' / '（2025年3月5日）' under the title named no issuer
    text = ("青峰县2025年某某工作要点\n中共青峰县委办公室　青峰县人民政府办公室\n（2025年3月5日）\n"
            "　　为推进某项工作，制定本要点。\n" + _WORK)
    meta = parse_text(text)
    assert (meta.issuer, meta.date.isoformat()) == ("中共青峰县委办公室、青峰县人民政府办公室", "2025-03-05")


def test_a_roles_sentence_with_its_time_in_brackets_gives_the_units():
    # round AO (a variant of its roles sentences, tried beside the pages): 'A牵头，B配合（2025年底前完成）。' — the time
    # bracket was taken as the clause and the roles before it were left in the text
    text = _PLAN + ("（一）建设数据平台。整合各类数据。县数据局牵头，县财政局配合（2025年底前完成）。\n"
                    "（二）开展宣传。加强宣传引导（长期坚持）。\n")
    rows = _rows(parse_text(text))
    assert rows[0][2:] == ([("县数据局", "lead"), ("县财政局", "support")], ["2025年底前完成"])
    assert rows[1][2:] == ([], ["长期坚持"])  # a time bracket after prose alone names no body


def test_a_lead_in_overall_charge_is_a_lead_of_the_roles_sentence():
    # variants: 'A牵头抓总，B具体落实。' / 'A负总责，B具体负责。' were no roles sentence
    text = _PLAN + ("（一）推进改革。完善制度。县发展改革局牵头抓总，各乡镇人民政府具体落实。\n"
                    "（二）整治环境。清理垃圾。县人民政府负总责，县住建局具体负责。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [[("县发展改革局", "lead"), ("各乡镇人民政府", "responsible")],
                                    [("县人民政府", "responsible"), ("县住房和城乡建设局", "responsible")]]


def test_near_misses_of_the_roles_sentence_rules_stay_prose():
    # guards (made-up near misses): the trigger words show, but the sentence is no clause of roles
    text = _PLAN + (
        "（一）建立会商机制。成立以县政府办为牵头单位的工作专班，定期会商。\n"    # '为牵头单位' inside a phrase
        "（二）压实责任。各乡镇负责落实，确保取得实效。\n"                        # no body's name, the rest no time
        "（三）加强保障。县财政局加强资金保障，县教育局加强督促检查。\n"            # duties with no lead first
        "（四）开展宣传。县商务局牵头，各地加强宣传引导。\n"                        # '各地' is no body
        "（五）开展排查。由县教育局牵头开展校舍排查，县公安局配合做好周边治安（长期坚持）。\n")  # roles in a sentence of action
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [[], [], [], [], []]
    assert rows[4][3] == ["长期坚持"]


def test_a_start_said_in_prose_is_no_deadline_and_a_bracketed_remark_under_the_title_no_date():
    text = ("青峰县某某管理办法\n（2024年修订）\n　　为规范管理，制定本办法。\n一、重点任务\n"
            "（一）推进某项工作。本办法自2025年1月1日起施行。（责任单位：县发展改革局）\n")
    doc = parse_text(text)
    assert doc.tasks[0].deadlines == [] and (doc.date, doc.doc_number, doc.issuer) == (None, None, None)


def test_more_spellings_of_a_roles_sentence_name_the_bodies():
    # variants of round AO's roles sentences, tried beside its pages: a label said with 为 ('责任单位为A、B'), the phrase
    # '按照职责分工负责' / '依职责负责', a lead that 牵头落实, a support that 支持配合 / 协同推进
    text = _PLAN + (
        "（一）推进甲项工作。完善制度。责任单位为县发展改革局、县财政局。\n"
        "（二）推进乙项工作。完善制度。牵头单位为县教育局，配合单位为县财政局。\n"
        "（三）推进丙项工作。完善制度。县司法局、县公安局按照职责分工负责。\n"
        "（四）推进丁项工作。完善制度。县民政局牵头落实，县财政局支持配合。\n"
        "（五）推进戊项工作。完善制度。县商务局牵头，县市场监管局协同推进。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [
        [("县发展改革局", "responsible"), ("县财政局", "responsible")],
        [("县教育局", "lead"), ("县财政局", "support")],
        [("县司法局", "responsible"), ("县公安局", "responsible")],
        [("县民政局", "lead"), ("县财政局", "support")],
        [("县商务局", "lead"), ("县市场监督管理局", "support")]]


def test_a_label_line_with_its_time_in_brackets_gives_the_units():
    # variant: '责任单位：A、B（2025年底前）' closing a paragraph — the time bracket was the clause, the label unread
    text = _PLAN + "（一）推进某项工作。完善制度。责任单位：县发展改革局、县财政局（2025年底前）\n"
    assert _rows(parse_text(text))[0][2:] == (
        [("县发展改革局", "responsible"), ("县财政局", "responsible")], ["2025年底前"])

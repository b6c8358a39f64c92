"""Round AM's layouts, each on a made-up example of its pattern: prose plans whose roles are a sentence with duties in
it ('A负责指导，B组织实施', 'B做好资金保障'), a time point with what is to be done by then, a role phrase in brackets after a
list, a town's 所 among the bodies, a roles sentence before a time-label sentence, and the signature of a joint notice.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某县2025年某项工作方案\n一、重点任务\n"


def test_a_roles_sentence_with_duties_and_a_time_point_names_the_bodies():
    # round AM: 'A负责指导，B组织实施，…' / 'A牵头，B保障资金，C做好征地协调' / '…，2025年6月底前完成储备点建设' closing a
    # paragraph were no roles sentence (a duty after a body, what is done after the date): the units were lost
    text = _PLAN + (
        "（一）健全组织体系。各乡镇明确工作机构。县应急管理局负责指导，各乡镇人民政府组织实施，2025年底前完成。\n"
        "（二）改造危旧桥梁。分批次实施改造。由县公路中心牵头，县财政局保障资金，相关乡镇人民政府做好征地协调。\n"
        "（三）建设物资储备点。配齐救生器材。县应急管理局、县财政局按职责分工负责，2025年6月底前完成储备点建设。\n"
        "（四）排查隐患。逐企核查。县应急管理局牵头，县公安局配合，分阶段推进，2025年9月底前完成第一轮排查。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [
        [("县应急管理局", "responsible"), ("各乡镇人民政府", "support")],
        [("县公路中心", "lead"), ("县财政局", "support"), ("相关乡镇人民政府", "support")],
        [("县应急管理局", "responsible"), ("县财政局", "responsible")],
        [("县应急管理局", "lead"), ("县公安局", "support")]]
    assert [r[3] for r in rows] == [["2025年底前"], [], ["2025年6月底前"], ["2025年9月底前"]]


def test_a_duty_after_a_name_in_a_prose_sentence_is_no_role_without_a_lead_first():
    # the rule reads duties only after a lead: '县财政局保障资金，各乡镇做好宣传。' alone stays prose
    text = _PLAN + "（一）加强保障。统筹各类资金。县财政局保障资金，各乡镇人民政府做好宣传。\n"
    assert _rows(parse_text(text))[0][2] == []


def test_a_role_phrase_in_brackets_after_a_labelled_list_is_the_lists_role_not_a_clause():
    # round AM: '责任单位：A、B、C（按职责分工负责）；完成时限：…' — the bracket was read as a clause of its own (no names), so
    # the labelled list after the 。 was never read
    text = _PLAN + ("（一）依法分类处理。对违法行为依法处置。责任单位：县委政法委、县公安局、县司法局（按职责分工负责）；"
                    "完成时限：2025年9月底前。\n")
    assert _rows(parse_text(text))[0][2:] == (
        [("县委政法委员会", "responsible"), ("县公安局", "responsible"), ("县司法局", "responsible")], ["2025年9月底前"])


def test_a_towns_suo_is_a_body_in_a_bracket_of_names_and_time():
    # round AM: '（镇派出所、镇交管站，长期坚持）' — a name ending in 所 was no body's name, so the bracket was no clause
    text = "某镇安全生产实施方案\n二、主要任务\n1.加强道路交通安全管理。严查违法行为。（镇派出所、镇交管站，长期坚持）\n" \
           "2.整治经营场所。排查餐饮场所。（镇市场监管所）\n"
    rows = _rows(parse_text(text))
    assert rows[0][2:] == ([("镇派出所", "responsible"), ("镇交管站", "responsible")], ["长期坚持"])
    assert rows[1][2] == [("镇市场监管所", "responsible")]


def test_a_roles_sentence_before_a_time_label_sentence_gives_the_units():
    # round AM: '由A牵头，B、C配合。办结时限：2025年2月底前。' — the time label after the 。 was read as the clause and the
    # roles sentence before it was left in the text
    text = ("某市政府常务会议议定事项分解\n一、关于市场保供工作。会议要求，确保供应充足。由市商务局牵头，市发展改革委、"
            "市市场监管局配合。办结时限：2025年2月底前。\n二、关于森林防火工作。会议强调，加强巡查值守。由市林业局负责，"
            "各县（区）人民政府落实属地责任。办结时限：长期坚持。\n")
    assert [r[2:] for r in _rows(parse_text(text))] == [
        ([("市商务局", "lead"), ("市发展和改革委员会", "support"), ("市市场监督管理局", "support")], ["2025年2月底前"]),
        ([("市林业局", "responsible"), ("各县（区）人民政府", "support")], ["长期坚持"])]


_WORK = "某某行动计划\n一、主要任务\n（一）健全组织体系。明确工作机构。（责任单位：各乡镇人民政府）\n"


def test_bodies_of_one_place_signing_together_are_named_apart():
    # round AM: a joint department notice signed 'X省应急管理厅　X省财政厅　X省自然资源厅' on one line (the spaces lost in
    # normalisation) gave one run-together name
    text = ("江岭省应急管理厅　江岭省财政厅　江岭省自然资源厅\n关于印发《某某行动计划》的通知\n各设区市应急管理局：\n"
            "　　现将《某某行动计划》印发给你们，请认真落实。\n江岭省应急管理厅　　江岭省财政厅　　江岭省自然资源厅\n"
            "2024年4月12日\n" + _WORK)
    meta = parse_text(text)
    assert meta.issuer == "江岭省应急管理厅、江岭省财政厅、江岭省自然资源厅"
    assert meta.region == "江岭省"


def test_one_body_whose_name_repeats_no_place_stays_one_issuer():
    text = ("江岭省人民政府办公厅关于印发《某某行动计划》的通知\n各市人民政府：\n　　现将《某某行动计划》印发给你们。\n"
            "江岭省人民政府办公厅\n2024年4月12日\n" + _WORK)
    assert parse_text(text).issuer == "江岭省人民政府办公厅"


def test_a_government_inspection_office_on_the_first_line_is_the_issuer():
    # round AM: '宁州市人民政府督查室' over a notice of a 常务会议's decisions (no signature on the page) named no issuer
    text = ("宁川市人民政府督查室\n关于分解落实市政府第十次常务会议议定事项的通知\n宁政督〔2025〕4号\n市政府各部门：\n"
            "　　现将议定事项分解如下，请抓好落实。\n一、关于市场保供工作。确保供应充足。（责任单位：市商务局）\n"
            "二、关于森林防火工作。加强巡查值守。（责任单位：市林业局）\n")
    meta = parse_text(text)
    assert (meta.issuer, meta.region) == ("宁川市人民政府督查室", "宁川市")


def test_a_roles_sentence_closed_by_a_span_of_work_in_words_names_the_bodies():
    # round AM: 'A、B按职责负责，贯穿项目建设全过程。' — the closing part says when in words, no date: it was no time part,
    # so the sentence was no roles sentence and its units were lost (no deadline is read from it)
    text = _PLAN + "（一）严格工程质量管理。实行质量终身责任制。县农业农村局、项目所在乡镇人民政府按职责负责，贯穿项目建设全过程。\n"
    assert _rows(parse_text(text))[0][2:] == (
        [("县农业农村局", "responsible"), ("项目所在乡镇人民政府", "responsible")], [])


def test_a_roles_tail_with_a_lead_that_carries_out_and_an_event_time_names_the_bodies():
    # round AM: '…，由A牵头实施，B做好资金保障，汛前完成改造。' — '牵头实施' was no lead and '汛前完成改造' (a time tied to an event,
    # no date) no time part, so the tail was no roles sentence; the event gives no deadline
    text = ("某市政府常务会议议定事项分解\n三、关于城区积水点改造项目。会议原则同意《某市积水点改造方案》，由市住房城乡建设局牵头实施，"
            "市财政局做好资金保障，汛前完成改造。\n")
    assert _rows(parse_text(text))[0][2:] == (
        [("市住房城乡建设局", "lead"), ("市财政局", "support")], [])

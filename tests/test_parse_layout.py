"""Layout rules of real circulars, each on a made-up example of its pattern (issue: read any government's
circular). The texts here are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

import datetime as dt

from zhifa_cli.parse import parse_text


def ids(doc):
    return [t.id for t in doc.tasks]


def titles(doc):
    return [t.title for t in doc.tasks]


# --- parts: a 通知 wrapper without a title line ---------------------------------------------------

WRAPPER_WITHOUT_TITLE = """各乡镇人民政府，县直各单位：
《某县绿化工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。
某县人民政府办公室
2022年3月8日
某县绿化工作方案
一、工作任务
1.植树造林。完成造林面积1000亩。（责任单位：县林业局）
2.道路绿化。完成道路绿化20公里。（责任单位：县交通局）
"""


def test_notice_without_title_ends_at_its_signature_date():
    doc = parse_text(WRAPPER_WITHOUT_TITLE)
    assert ids(doc) == ["1", "2"]
    assert doc.issuer == "某县人民政府办公室"
    assert doc.date == dt.date(2022, 3, 8)
    assert doc.title == "某县绿化工作方案"


NOTICE_WITH_OWN_NUMBERS = """县人民政府办公室关于印发年度目标任务分解方案的通知
各乡镇人民政府，县政府各部门：
现将年度目标任务分解方案印发给你们，并就有关事项通知如下：
一、各责任单位要于2022年1月20日前制订工作方案。
二、各责任单位每季度报送进展情况。
某某县人民政府办公室
2022年1月5日
年度目标任务分解方案
一、主要预期目标
（一）地区生产总值增长6%
责任单位：县发展改革局
（二）一般公共预算收入增长5%
责任单位：县财政局
"""


def test_notice_paragraphs_numbered_like_tasks_are_not_tasks():
    doc = parse_text(NOTICE_WITH_OWN_NUMBERS)
    assert titles(doc) == ["地区生产总值增长6%", "一般公共预算收入增长5%"]
    assert [u.name for u in doc.tasks[0].units] == ["县发展改革局"]
    assert doc.tasks[0].deadlines == []  # 2022年1月20日前 is the notice's, not the task's


def test_a_signature_at_the_end_of_a_plan_is_no_wrapper():
    text = "某局工作方案\n一、重点工作\n1.完成清理。请各科室认真组织实施。（责任单位：办公室）\n某局\n2022年5月1日\n"
    doc = parse_text(text)
    assert titles(doc) == ["完成清理"]


# --- tasks: the deepest numbered items that carry the work ---------------------------------------

FRAMED = """一、总体要求
（一）指导思想。以提升质量为目标，全面推进工作。
（二）工作目标。到2025年底，基本建成工作体系。
二、重点任务
（一）加强队伍建设
1.开展培训。每年组织一次培训。（责任单位：县司法局）
2.严格管理。实行持证上岗。（责任单位：县人社局）
（二）强化监督协同。建立协同机制，定期会商。（责任单位：县政府办）
三、组织实施
（一）加强组织领导。各单位要高度重视。
（二）强化督促落实。县政府督查室跟踪督办。
"""


def test_framing_sections_hold_no_tasks_and_a_leaf_beside_deeper_tasks_is_one():
    doc = parse_text(FRAMED)
    assert titles(doc) == ["开展培训", "严格管理", "强化监督协同"]


def test_a_task_whose_title_starts_like_a_framing_word_is_still_a_task():
    text = "二、重点任务\n1.组织实施专项监督行动。每年开展一次。（责任单位：县司法局）\n2.开展评估。年底完成。（责任单位：县财政局）\n"
    assert titles(parse_text(text)) == ["组织实施专项监督行动", "开展评估"]


def test_a_prose_section_among_numbered_sections_is_not_a_task():
    text = ("一、背景情况\n近年来我县不断推进改革，取得明显成效。\n二、重点任务\n"
            "1.推进改革。深化审批制度改革。（责任单位：县审批局）\n2.优化服务。推行一网通办。（责任单位：县数据局）\n")
    doc = parse_text(text)
    assert titles(doc) == ["推进改革", "优化服务"]
    assert any("一、背景情况" in w for w in doc.warnings)


def test_a_page_that_begins_inside_a_plan_keeps_the_conventional_order():
    text = ("能力，逐步实现智慧监管。（牵头单位：市司法局）\n2.推进系统建设。按照统一要求推进建设。（牵头单位：市数据局）\n"
            "（二）强化协同联动。\n依托监管系统，建立协同机制。（牵头单位：市政务办）\n")
    doc = parse_text(text)
    assert titles(doc) == ["推进系统建设", "强化协同联动"]
    assert [u.name for u in doc.tasks[1].units] == ["市政务办"]


def test_a_bare_title_line_is_never_glued_to_the_body_after_it():
    text = "一、主要任务\n（一）空间优化行动\n1.优化城乡布局\n坚持统一规划，科学确定村庄布局。（牵头单位：市规划局）\n2.优化农业布局\n"
    doc = parse_text(text)
    assert titles(doc) == ["优化城乡布局", "优化农业布局"]
    assert doc.tasks[0].text.startswith("优化城乡布局\n坚持统一规划")


def test_a_heading_cut_mid_sentence_runs_on_into_the_next_line():
    text = "一、任务\n1.推进中心建设。围绕发展目标，成\n立工作专班，制定实施方案。（责任单位：工作专班）\n"
    doc = parse_text(text)
    assert "成立工作专班" in doc.tasks[0].text
    assert [u.name for u in doc.tasks[0].units] == ["工作专班"]


def test_the_last_heading_of_a_cut_page_is_a_task_even_without_body():
    text = "一、措施\n1.实施网络提升行动。新建基站100个。（责任单位：省通信管理局）\n2.实施算力提升"
    assert titles(parse_text(text)) == ["实施网络提升行动", "实施算力提升"]


def test_numbers_above_300_are_tasks_of_their_own():
    body = "".join(f"{n}.完成第{n}项工作。（责任单位：县{n}局）\n" for n in (299, 300, 301, 302))
    doc = parse_text("一、任务\n" + body)
    assert ids(doc) == ["299", "300", "301", "302"]


def test_paragraph_joining_keeps_every_page_break_half():
    pieces = [f"第{i}段工作要" for i in range(2000)]
    text = "一、任务\n1.开展工作。" + "\n".join(pieces) + "求。（责任单位：县司法局）\n"
    doc = parse_text(text)
    assert doc.tasks[0].text.endswith("第1999段工作要求。")
    assert len(doc.tasks[0].text) == len("开展工作。") + sum(map(len, pieces)) + len("求。")

"""Round BG's layouts, each on a made-up example of its pattern: more roles said in words not yet met ('A为责任主体',
'A挂牌督办', 'A具体抓落实', 'A抓好统筹、B抓好落实', 'A、B共同组织', 'B各负其责、协同推进', 'B配合A做好…', 'A督促B落实',
'A指导B开展…', '其中A牵头', 'B等有关处室按照各自职责做好相关工作'), '年中' as a time, the labels '工作责任' and '完成时间节点',
and a clause closing the prose paragraph under a heading line, which is that item's and no parent's. The texts are invented;
they copy the shape of published documents."""

from __future__ import annotations

import datetime as dt

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.deadlines import parse_field


def _rows(doc):
    return [([u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某县2025年某项工作方案\n"


def _items(*paragraphs: str) -> str:
    numerals = "一二三四五六七八"
    return _PLAN + "".join(f"{numerals[k]}、事项{k + 1}\n　　{p}\n" for k, p in enumerate(paragraphs))


def test_more_roles_said_in_words_not_yet_met():
    doc = parse_text(_items(
        "建设托育点10个。县卫生健康局为责任主体，县教育局、县妇联协助，2025年8月底之前投入运营。",
        "整改粉尘隐患。县应急管理局挂牌督办，城关镇人民政府督促企业限期整改，2025年10月底前整改销号。",
        "配强网格员。镇党政办具体抓落实，镇财政所保障经费，2025年上半年全部配齐。",
        "签订责任书。安全管理股抓好统筹、各学校抓好落实，2025年3月15日前完成。",
        "开展全员轮训。镇综治中心、镇司法所共同组织，7月底前完成全员轮训。",
        "建设研发机构。县科技局牵头，县财政局、县人才中心各负其责、协同推进，2025年一季度末前完成引进洽谈。",
        "制定服务清单。县民政局、县财政局按照职责分工，共同抓好落实。",
        "化解矛盾纠纷。具体由县综治中心负责组织实施，县司法局协助。",
    ))
    assert _rows(doc) == [
        (["县卫生健康局", "县教育局", "县妇联"], ["2025年8月底之前"]),
        (["县应急管理局", "城关镇人民政府"], ["2025年10月底前"]),
        (["镇党政办", "镇财政所"], ["2025年上半年"]),
        (["安全管理股", "各学校"], ["2025年3月15日前完成"]),
        (["镇综治中心", "镇司法所"], ["7月底前"]),
        (["县科技局", "县财政局", "县人才中心"], ["2025年一季度末前"]),
        (["县民政局", "县财政局"], []),
        (["县综治中心", "县司法局"], []),
    ]


def test_bodies_said_with_or_around_one_another():
    doc = parse_text(_items(
        # the support named first; one body directing another's work; the lead named after the pair
        "加强质量监管。县建设工程安全监督站配合县住建局质量安全股做好检查工作，全年持续开展。",
        "建设充电设施。县住建局督促各乡镇人民政府落实，县发展改革局予以保障，11月前完成建设任务。",
        "集中宣传。县委宣传部指导县融媒体中心开展集中宣传，2025年年中完成第一轮宣传。",
        "源头管控。由县市场监管局、县公安局负责，其中县市场监管局牵头，于2025年8月底之前完成首轮抽检。",
        "下达任务。农田建设股负责，计划财务股等有关股室按照各自职责做好相关工作，2025年3月中旬前完成任务分解。",
        "公共机构节能。县机关事务中心与县教育局、县卫生健康局联合推进，全年持续抓好。",
        "乡村文化。县文化旅游局、县委宣传部和各乡镇（街道）按职责抓好落实，2025年10月底前建成。",
    ))
    assert _rows(doc) == [
        (["县住建局质量安全股", "县建设工程安全监督站"], ["全年持续开展"]),
        (["县住房和城乡建设局", "各乡镇人民政府", "县发展改革局"], ["11月前"]),
        (["县委宣传部", "县融媒体中心"], ["2025年年中"]),
        (["县市场监督管理局", "县公安局"], ["于2025年8月底之前"]),
        (["农田建设股", "计划财务股"], ["2025年3月中旬前"]),
        (["县机关事务中心", "县教育局", "县卫生健康局"], ["全年持续抓好"]),
        (["县文化旅游局", "县委宣传部", "各乡镇（街道）"], ["2025年10月底前建成"]),
    ]


def test_mid_year_and_new_labels():
    assert parse_field("2024年年中").due == dt.date(2024, 6, 30)
    assert parse_field("年中前", doc_year=2025).due == dt.date(2025, 6, 30)
    doc = parse_text(_items(
        "分解能耗目标。实行季度预警调控。工作责任：县发展改革局环资股牵头，各乡镇人民政府为责任主体。完成时间节点：2025年4月15日前。",
    ))
    assert _rows(doc) == [(["县发展改革局环资股", "各乡镇人民政府"], ["2025年4月15日前"])]


def test_a_clause_closing_the_prose_under_a_heading_line_is_that_items_only():
    # round BG: under '（五）执法检查' the paragraph '…。A会同B负责。' closes its own prose; items （一）–（四） whose roles were
    # not read took it as their parent's clause (a clause on a line of its own after the last item is one: R-round rule)
    text = ("某区某项工作方案\n一、重点任务\n（一）源头管控\n开展质量抽检。区里统一安排。\n（二）宣传教育\n开展集中宣传。形式多样。\n"
            "（三）执法检查\n依法开展执法检查。区城市管理执法局会同各街道办事处负责。\n")
    assert [units for units, _ in _rows(parse_text(text))] == [[], [], ["区城市管理执法局", "各街道办事处"]]
    # the rule it narrows still holds: a clause on a line of its own after the last sub-item is the parent's
    text = ("某区某项工作方案\n一、重点任务\n1.加强监管。\n（1）开展检查。\n（2）强化执法。\n责任单位：区市场监管局；完成时限：2025年底前\n")
    assert [units for units, _ in _rows(parse_text(text))] == [["区市场监督管理局"], ["区市场监督管理局"]]


def test_near_misses_of_the_round_bg_rules_stay_as_they_were():
    doc = parse_text(_items(
        # after a lead, '按职责抓好落实' stays a support's duty (the rewrite is for a sentence it opens)
        "减轻基层负担。清理政务APP。县委办公室牵头，县直各单位按职责抓好落实，2025年12月底前完成。",
        # '会同B制定办法' is a sentence of action (no units) — unless a time follows it: round BO reads
        # 'A会同B制定评估办法，2025年6月底前出台' as roles (A leads, B takes part), as BG11's own gold lists them
        "制定评估办法。县民政局会同县卫生健康委制定评估办法，报县政府审定后出台。",
        # '全年中小学…' holds no mid-year time
        "开展体检。全年中小学生体检率达到95%。",
    ))
    rows = _rows(doc)
    assert [(u.name, u.role) for u in doc.tasks[0].units][-1] == ("县直各单位", "support")
    assert rows[1][0] == [] and rows[2] == ([], [])


def test_a_joint_signature_on_two_lines_after_the_items_names_both_offices():
    # round BG: a 实施意见 with no 主送 signed by the 两办 on two lines at its end read only the second office
    text = ("中共某省委办公厅　某省人民政府办公厅\n关于推进某项工作的实施意见\n某办发〔2024〕3号\n"
            "　　为推进某项工作，现提出如下意见。\n　　一、完善制度。建立评估制度。省民政厅负责，2025年底前完成。\n"
            "　　二、加强监管。健全监管机制。省市场监管局负责，长期坚持。\n中共某省委办公厅\n某省人民政府办公厅\n2024年10月28日\n")
    doc = parse_text(text)
    assert doc.issuer == "中共某省委办公厅、某省人民政府办公厅"
    assert str(doc.date) == "2024-10-28"
    # one office signing stays one
    text = text.replace("中共某省委办公厅\n某省人民政府办公厅\n", "某省人民政府办公厅\n")
    assert parse_text(text).issuer == "某省人民政府办公厅"

"""Round CG's misses, each on a made-up example of its pattern: WHO IS RESPONSIBLE said in a sentence closing the task's
prose — 'A要会同B制定…，<time>', '请A牵头，B配合', 'A、B要按照职责分工，<duty>', '在A的指导下，B负责…', '交由A办理',
'责成A限期办结', '执法主体：A', '各村（社区）要落实…'. The texts are invented; they copy the shape of published documents,
not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text

_PLAN = "某县2025年重点工作方案\n一、重点任务\n{items}"


def _roles(items: str) -> list[list[tuple[str, str]]]:
    return [[(u.name, u.role) for u in t.units] for t in parse_text(_PLAN.format(items=items)).tasks]


def test_a_request_and_a_lead_that_is_to_work_with_others_name_the_units():
    # round CG: '请A牵头，B配合' kept 请 in the lead's name; 'A要会同B制定…，<time>前印发' (要 before 会同) named no unit
    # (CG01, CG06, CG07)
    items = ("1．整治消防隐患。开展全覆盖检查。请县消防救援大队牵头，县公安局配合，2025年9月底前完成。\n"
             "2．完善管控制度。建立风险清单。县应急局要会同县住建局、县水利局制定实施细则，2025年5月底前印发实施。\n")
    assert _roles(items) == [[("县消防救援大队", "lead"), ("县公安局", "support")],
                             [("县应急管理局", "lead"), ("县住房和城乡建设局", "support"), ("县水利局", "support")]]


def test_duties_by_division_guidance_handing_over_and_charging_name_the_units():
    # round CG: 'A、B要按照职责分工，<duty>', '在A的指导下，B负责<work>，<time>', '交由A具体办理，B配合', '责成A限期办结'
    # named no unit (CG01, CG02, CG03, CG04, CG08)
    items = ("1．加强执法检查。每季度检查一次。县应急局、县交通运输局要按照职责分工，加大执法检查力度。\n"
             "2．开展隐患排查。排查小微企业。在县应急局的指导下，各乡镇负责辖区内隐患排查整治，2025年6月底前完成第一轮排查。\n"
             "3．提升保洁水平。推行机械化清扫。交由县环卫中心具体办理，各乡镇配合，2025年12月底前完成。\n"
             "4．查处违法案件。逐一核查线索。责成县市场监管局限期办结，2025年11月底前完成。\n")
    assert [[n for n, _ in t] for t in _roles(items)] == [
        ["县应急管理局", "县交通运输局"], ["县应急管理局", "各乡镇"], ["县环卫中心", "各乡镇"], ["县市场监督管理局"]]


def test_an_enforcing_body_label_and_the_villages_asked_to_do_the_work_name_the_units():
    # round CG: '执法主体：A' closing the prose (CC06's open miss) and '各村（社区）要落实<work>，每月…' (BB05's) named no unit
    items = ("1．治理占道经营。依法查处占道经营行为。执法主体：县综合行政执法局。\n"
             "2．清理村庄垃圾。清理房前屋后垃圾。各村（社区）要落实网格化管理，每月组织一次集中清洁活动。\n")
    assert [[n for n, _ in t] for t in _roles(items)] == [["县综合行政执法局"], ["各村（社区）"]]


def test_near_misses_of_the_round_cg_rules_stay_as_they_were():
    # a body asked to do something with no unit word ('请各单位高度重视'), 会同 with no drafting and no time, a guide
    # clause without 负责, 各单位 asked to act, and '责成' naming no body stay prose
    items = ("1．加强宣传。开展宣传活动。请各单位高度重视，认真组织。\n"
             "2．完善制度。建立工作台账。县应急局要会同有关部门加强监管。\n"
             "3．开展培训。组织业务培训。在上级部门的指导下，进一步完善培训机制。\n"
             "4．强化督导。开展专项督导。各单位要落实主体责任，确保工作见效。\n"
             "5．整改问题。逐项整改到位。责成有关方面限期整改。\n")
    assert _roles(items) == [[], [], [], [], []]

"""Round BJ's misses, each on a made-up example of its pattern: '参与' (take part) inside an office's name read as the
joining word 与 ('人民参与和促进法治股'), and a development zone's plan whose title names the zone by the bare word
'开发区' (the zone speaking of itself, as 全区 does). The texts are invented; they copy the shape of published documents."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _units(doc):
    return [[u.name for u in t.units] for t in doc.tasks]


def _bureau_plan(items: list[str]) -> str:
    body = "".join(f"（{n}）开展第{n}项工作。{item}\n" for n, item in zip("一二三", items, strict=True))
    return "某县司法局2025年普法工作计划\n" + body


def test_canyu_inside_an_offices_name_is_no_joining_word():
    # round BJ: '人民参与和促进法治股' came out '人民参和促进法治股' (与 taken for 'and', then dropped beside 和)
    doc = parse_text(_bureau_plan(["按要求推进。责任股室：各司法所、人民参与和促进法治股；完成时限：2025年9月底前。",
                                   "按要求推进。责任股室：人民参与和促进法治科。",
                                   "按要求推进。责任单位：县司法局与县政务服务中心。"]))
    assert _units(doc) == [["各司法所", "人民参与和促进法治股"], ["人民参与和促进法治科"],
                           ["县司法局", "县政务服务中心"]]


def test_a_joining_yu_between_two_bodies_still_splits():
    # guard: 与 and 和 between two whole bodies' names still separate them (round AH's '区司法局与区政务服务中心')
    doc = parse_text(_bureau_plan(["按要求推进。（责任单位：县委宣传部与县司法局）",
                                   "按要求推进。（责任单位：县教育局和各乡镇人民政府）",
                                   "按要求推进。（责任单位：县人力资源和社会保障局）"]))
    assert _units(doc) == [["县委宣传部", "县司法局"], ["县教育局", "各乡镇人民政府"], ["县人力资源和社会保障局"]]


def _zone_notice(plan_title: str) -> str:
    return (f"某某经济技术开发区管理委员会关于印发《{plan_title}》的通知\n"
            "文号：某开管发〔2024〕3号\n"
            "管委会各部门：\n　　现将《" + plan_title + "》印发给你们，请认真组织实施。\n"
            "某某经济技术开发区管理委员会\n2024年5月9日\n"
            f"{plan_title}\n　　一、重点任务\n　　（一）开展隐患排查。组织企业自查自改。\n　　牵头部门：应急管理局\n"
            "　　完成时限：2024年11月底前\n")


def test_a_zone_plan_titled_by_the_bare_word_kaifaqu_takes_the_issuers_zone():
    # round BJ: '开发区2024年安全生产…方案' under '松江经济技术开发区管理委员会' gave the region '开发区'
    doc = parse_text(_zone_notice("开发区2024年安全生产治本攻坚行动实施方案"))
    assert doc.region == "某某经济技术开发区"
    doc = parse_text(_zone_notice("经开区2024年营商环境工作方案"))
    assert doc.region == "某某经济技术开发区"


def test_a_zone_named_with_its_stem_in_the_title_stays_the_region():
    # guard: a stem before the zone's word names a place: a zone named in full in the title stays itself, and a
    # county's '青川县开发区…' stays as it was read
    doc = parse_text(_zone_notice("松江经济技术开发区2024年安全生产工作方案"))
    assert doc.region == "松江经济技术开发区"
    doc = parse_text(_zone_notice("青川县开发区2024年安全生产工作方案"))
    assert doc.region == "青川县开发区"


def test_a_bare_zone_word_with_no_zone_issuing_stays_the_region():
    # guard: a task list titled '高新区…' with no issuer keeps the bare word (round S11's gold), nothing to widen it from
    doc = parse_text("附件\n高新区2025年优化营商环境攻坚行动任务清单\n一、提升政务服务水平\n"
                     "（一）推进集成办理。梳理“一件事”清单。（责任单位：区行政审批局；完成时限：2025年6月底前）\n")
    assert doc.region == "高新区"

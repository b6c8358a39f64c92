"""Round BE's misses, each on a made-up example of its pattern: a town's own offices named under '责任站所' / '配合站所'
labels, and a 苏木 (a township-level place of a banner) signing as a place. The texts are invented; they copy the shape of
published documents."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [([u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _town_plan(clauses: list[str]) -> str:
    items = "".join(f"（{n}）开展第{n}项整治。按要求推进。\n{c}\n" for n, c in zip("一二三", clauses, strict=True))
    return "某镇2024年综合行政执法工作方案\n二、工作任务\n" + items


def test_a_towns_own_offices_under_a_zhansuo_label_are_units():
    # round BE: '责任站所：镇综合行政执法队、镇司法所' (a town names its 站所 as a bureau names its 科室) was no label
    doc = parse_text(_town_plan(["责任站所：镇综合行政执法队、镇司法所\n时间节点：2024年4月底前",
                                 "牵头站所：镇农业综合服务站；配合站所：镇财政所\n时间节点：2024年6月底前",
                                 "（责任站所：镇文化站；完成时限：持续推进）"]))
    assert _rows(doc) == [(["镇综合行政执法队", "镇司法所"], ["2024年4月底前"]),
                          (["镇农业综合服务站", "镇财政所"], ["2024年6月底前"]),
                          (["镇文化站"], ["持续推进"])]
    assert [u.role for u in doc.tasks[1].units] == ["lead", "support"]


def test_zhansuo_without_a_role_or_a_colon_stays_prose():
    # guards: '各站所' and '责任站所' in prose, with no colon, are no fields
    doc = parse_text(_town_plan(["镇属各站所按分工抓好落实。", "各站所要明确责任站所负责人。", "镇文化站与配合站所共同开展宣传。"]))
    assert _rows(doc) == [([], []), ([], []), ([], [])]


def _sumu_notice(issuer: str, title_place: str) -> str:
    return (f"{issuer}关于印发《{title_place}2024年行政执法工作要点》的通知\n乌苏政发〔2024〕4号\n各嘎查村民委员会，苏木各站所：\n"
            f"　　现将要点印发给你们，请认真贯彻落实。\n{issuer}\n2024年3月18日\n{title_place}2024年行政执法工作要点\n"
            "一、加强队伍建设\n1.组织执法人员参加法律知识培训。责任单位：综合行政执法办公室。\n")


def test_a_sumu_signing_is_a_place():
    # round BE: '乌日图苏木人民政府' (苏木: a banner's township) gave no region; a 镇 or 乡 so signing gave its own
    doc = parse_text(_sumu_notice("乌日图苏木人民政府", "乌日图苏木"))
    assert (doc.issuer, doc.region) == ("乌日图苏木人民政府", "乌日图苏木")
    assert parse_text(_sumu_notice("巴彦查干苏木党委", "巴彦查干苏木")).region == "巴彦查干苏木"


def test_a_banners_page_naming_its_sumu_keeps_the_banner():
    # guard: a banner's own notice whose title speaks of its 苏木 after the banner's name stays the banner's
    doc = parse_text(_sumu_notice("呼和努日旗人民政府办公室", "呼和努日旗苏木级"))
    assert doc.region == "呼和努日旗"
    # and its '各苏木乡镇人民政府' (the banner's sumu and towns) stays one unit
    text = _sumu_notice("呼和努日旗人民政府办公室", "呼和努日旗").replace("综合行政执法办公室", "旗司法局，各苏木乡镇人民政府")
    assert _rows(parse_text(text)) == [(["旗司法局", "各苏木乡镇人民政府"], [])]

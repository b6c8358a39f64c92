"""Round BI's misses, each on a made-up example of its pattern: '协同：' as the label of the bodies that help (beside
'责任股室：'), '市政' (municipal works) after a place in a plan's title, and a 文号 printed on one line with the page's
posting date and organ. The texts are invented; they copy the shape of published documents."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [([u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _bureau_points(items: list[str]) -> str:
    body = "".join(f"（{n}）开展第{n}项工作。{item}\n" for n, item in zip("一二三", items, strict=True))
    return "某县自然资源局2025年执法监察工作要点\n" + body


def test_xietong_after_a_colon_names_the_supporting_bodies():
    # round BI: '（责任股室：执法监察股；协同：各自然资源所）' read '协同：各自然资源所' as one unit's name
    doc = parse_text(_bureau_points(["按要求推进。（责任股室：执法监察股；协同：各自然资源所）",
                                     "按要求推进。（责任股室：耕地保护股；协同：各自然资源所、县执法监察大队；时限：2025年9月底前）",
                                     "按要求推进。（责任单位：矿产资源管理股）"]))
    assert _rows(doc) == [(["执法监察股", "各自然资源所"], []),
                          (["耕地保护股", "各自然资源所", "县执法监察大队"], ["2025年9月底前"]),
                          (["矿产资源管理股"], [])]
    assert [u.role for u in doc.tasks[1].units] == ["responsible", "support", "support"]


def test_xietong_without_a_colon_stays_prose():
    # guards: '协同推进' / '协同配合' in a sentence, no colon, are no fields
    doc = parse_text(_bureau_points(["各股室协同推进。", "加强部门协同，形成工作合力。", "与县公安局协同配合开展整治。"]))
    assert _rows(doc) == [([], []), ([], []), ([], [])]


def _housing_notice(plan_title: str) -> str:
    return (f"澜水市住房和城乡建设局关于印发{plan_title}的通知\n澜建质〔2024〕40号\n各县（区）住房和城乡建设局：\n"
            f"　　现将《{plan_title}》印发给你们，请认真贯彻落实。\n澜水市住房和城乡建设局\n2024年8月20日\n{plan_title}\n"
            "一、重点任务\n（一）严格落实建设单位首要责任。督促建设单位依法履行安全生产职责。\n")


def test_municipal_works_after_a_place_are_no_place():
    # round BI: '澜水市房屋市政工程…' gave the region '澜水市房屋市' (市政 'municipal works' read as a 市)
    assert parse_text(_housing_notice("澜水市房屋市政工程安全生产治理行动工作方案")).region == "澜水市"
    assert parse_text(_housing_notice("澜水市市政设施养护管理办法")).region == "澜水市"


def test_a_city_government_or_its_cppcc_stays_the_city():
    # guards: '…市政府' / '…市政协' begin with the place's 市
    assert parse_text(_housing_notice("澜水市政府投资项目安全生产治理方案")).region == "澜水市"
    assert parse_text(_housing_notice("澜水市政协提案办理工作方案")).region == "澜水市"


def _agri_notice(meta_line: str) -> str:
    return ("禾水市农业农村局\n网站首页 > 信息公开 > 通知公告 > 正文\n禾水市农业农村局关于印发《禾水市农业安全生产方案》的通知\n"
            f"{meta_line}\n各县（市、区）农业农村局：\n　　现将方案印发给你们，请认真贯彻落实。\n禾水市农业农村局\n2024年7月8日\n"
            "禾水市农业安全生产方案\n一、重点任务\n1.农机安全专项整治。牵头科室：农业机械化管理科；完成时限：2024年12月底前。\n")


def test_a_doc_number_on_one_line_with_the_pages_date_and_organ_is_the_doc_number():
    # round BI: '禾农发〔2024〕33号　　2024-07-09　　禾州市农业农村局　　打印　关闭' gave no 文号
    doc = parse_text(_agri_notice("禾农发〔2024〕33号　　2024-07-09　　禾水市农业农村局　　打印　关闭"))
    assert (doc.doc_number, str(doc.date)) == ("禾农发〔2024〕33号", "2024-07-08")
    doc = parse_text(_agri_notice("禾农发〔2024〕33号　2024年7月9日　【打印】【关闭】"))
    assert (doc.doc_number, str(doc.date)) == ("禾农发〔2024〕33号", "2024-07-08")


def test_a_doc_number_cited_in_a_sentence_with_a_date_stays_no_doc_number():
    # guard: a sentence citing another's number and a date is no line of this page's own 文号
    doc = parse_text(_agri_notice("依据禾政发〔2023〕8号　2023年5月印发的方案执行"))
    assert doc.doc_number is None


def _street_plan(items: list[str]) -> str:
    body = "".join(f"（{n}）{item}\n" for n, item in zip("一二三", items, strict=True))
    return "某街道2025年安全生产大排查大整治工作方案\n一、工作任务\n" + body


def test_a_body_then_its_duty_after_a_comma_names_the_tasks_body():
    # round BI: '街道城市建设办公室负责，督促在建项目落实安全责任，每半年开展一次专项检查。' (the body and 负责, then what it does
    # after a comma) was read as prose: the task had no unit
    doc = parse_text(_street_plan([
        "规范建设工地安全管理。街道城市建设办公室负责，督促在建项目落实安全责任，每半年开展一次专项检查。",
        "开展燃气安全检查。街道经济发展办公室牵头，组织各社区开展入户检查，2025年6月底前完成。",
        "整治占道经营。街道综合行政执法队负责，指导各社区建立巡查台账，街道平安建设办公室配合。"]))
    assert _rows(doc) == [(["街道城市建设办公室"], []),
                          (["街道经济发展办公室"], ["2025年6月底前"]),
                          (["街道综合行政执法队", "街道平安建设办公室"], [])]


def test_a_duty_with_no_body_before_it_or_with_a_partner_stays_prose():
    # guards: no body named before the duty; '由A牵头，会同B开展…' (a partner in a sentence of action) stays prose
    doc = parse_text(_street_plan([
        "规范建设工地安全管理。督促在建项目落实安全责任，每半年开展一次专项检查。",
        "开展燃气安全检查。由街道经济发展办公室牵头，会同各社区开展入户检查。",
        "整治占道经营。各社区要高度重视，督促商户规范经营。"]))
    assert _rows(doc) == [([], []), ([], []), ([], [])]

"""Round AQ's layouts, each on a made-up example of its pattern: bodies joined by 与 / 会同 / 和 before a name that starts
with no level ('市商务局会同市财政局负责', '区司法局与区政务服务中心', 'B、C和D海关配合'), the mass organisations' short names
('市妇联', '区残联', '县科协') and a customs house as bodies in a roles sentence, and '按省部署' as the time of a clause.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.units import split_units


def _rows(doc):
    return [(t.id, t.title, [(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某市2025年某项工作方案\n一、重点任务\n"


def test_bodies_joined_by_yu_huitong_and_he_are_two_units():
    # round AQ: 'A会同B负责' / '（责任单位：A与B）' gave one name 'A会同B' / 'A与B'; 'A和B' split only before a level
    text = _PLAN + (
        "（一）开拓市场。组织企业参展30批次。市商务局会同市财政局负责，2024年12月底前完成。\n"
        "（二）规范受理。设立受理窗口。（责任单位：区司法局与区政务服务中心；完成时限：即时）\n"
        "（三）建设海外仓。建设海外仓5个。（责任单位：市邮政管理局和新港海关）\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [["市商务局", "市财政局"], ["区司法局", "区政务服务中心"],
                                                    ["市邮政管理局", "新港海关"]]
    assert rows[0][3] == ["2024年12月底前完成"]


def test_a_joining_word_inside_one_name_keeps_it_whole():
    # guards: 和 / 与 inside a name, and a second half that is no whole body, stay one unit
    for name in ("各县（市、区）党委和人民政府", "高新区党工委和管委会", "市人力资源和社会保障局", "市自然资源与规划局",
                 "工业和信息化委"):
        assert [u.raw for u in split_units(name)] == [name], name


def test_a_mass_organisation_and_a_customs_house_are_bodies_in_a_roles_sentence():
    # round AQ: '由A负责，市妇联、B协助，…' and 'A牵头，B、C和D海关配合，…' stayed prose: 妇联 / 海关 were no body's ending
    text = _PLAN + (
        "（一）实施检查。全年完成检查3万人。由市卫生健康委负责，市妇联、市财政局协助，2024年11月底前完成。\n"
        "（二）建设综试区。新培育主体100家。市商务局牵头，市发展改革委、市邮政管理局和新港海关配合，2025年上半年。\n")
    rows = _rows(parse_text(text))
    assert [[n for n, _ in r[2]] for r in rows] == [["市卫生健康委员会", "市妇联", "市财政局"],
                                                    ["市商务局", "市发展和改革委员会", "市邮政管理局", "新港海关"]]
    assert [r[3] for r in rows] == [["2024年11月底前完成"], ["2025年上半年"]]


def test_as_the_province_deploys_is_the_time_of_a_bracket_of_roles():
    # round AQ: '（A负责，B配合；按省部署）' was no clause: '按省部署' was no time part
    text = _PLAN + "（一）提升通关。压缩时间10%。（新港海关负责，市口岸办配合；按省部署）\n"
    rows = _rows(parse_text(text))
    assert rows[0][2] == [("新港海关", "responsible"), ("市口岸办", "support")]
    assert rows[0][3] == ["按省部署"]


def test_an_archives_and_a_federation_that_begin_a_title_are_its_issuer():
    # round AQ: '…县档案馆关于印发…的通知' and '# …区残疾人联合会2024年…清单' named no issuer (馆 / 联合会 ended no organ)
    notice = ("某县档案馆关于印发2025年全县档案工作要点的通知\n某档发〔2025〕3号\n各乡镇档案室：\n　　现将要点印发给你们。\n"
              "某县档案馆\n2025年2月27日\n2025年全县档案工作要点\n一、重点任务\n1.加快馆藏档案数字化。完成10万页。（责任单位：某县档案馆）\n")
    doc = parse_text(notice)
    assert (doc.issuer, doc.region) == ("某县档案馆", "某县")
    table = ("# 棠溪区残疾人联合会2024年为残疾人办实事任务清单\n\n| 序号 | 实事项目 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
             "| 1 | 实施无障碍改造200户。 | 区残联康复部 | 2024年10月底前 |\n| 2 | 开展康复救助150名。 | 区残联康复部 | 2024年12月底前 |\n")
    doc = parse_text(table)
    assert (doc.issuer, doc.region) == ("棠溪区残疾人联合会", "棠溪区")


def test_a_cell_per_line_tables_dates_are_no_signature_and_the_organ_over_the_title_signs():
    # round AQ: a table pasted one cell a line under '（date印发）' took a row's '责任单位' / '完成时间' cells for the signature
    # (issuer 'A会同B', the row's date); the organ on its own line over a title naming no organ named nobody
    text = ("信息来源：柏川市人防办　　发布时间：2025-01-26\n柏川市人民防空办公室\n柏川市2025年人民防空重点工作任务分解表\n（2025年1月24日印发）\n"
            "序号\n重点工作\n责任单位\n完成时间\n1\n开展人防工程专项检查。\n工程管理科\n2025年5月底前\n"
            "2\n组织防空警报试鸣。\n指挥通信科会同各区人防办\n2025年9月18日\n3\n开展人防宣传教育。\n宣传教育科\n常态化\n")
    doc = parse_text(text)
    assert (doc.issuer, doc.region, str(doc.date)) == ("柏川市人民防空办公室", "柏川市", "2025-01-24")
    assert [[u.name for u in t.units] for t in doc.tasks] == [["工程管理科"], ["指挥通信科", "各区人防办"], ["宣传教育科"]]


def test_near_misses_of_the_round_aq_rules_stay_as_they_were():
    # 会同 in a sentence of action is prose (no units); '按省部署开展…' in prose is no time; a signature above a cell-per-line
    # table still dates the text
    text = _PLAN + ("（一）开展联合检查。市商务局会同市财政局开展联合检查，确保取得实效。\n"
                    "（二）开展专项行动。按省部署开展专项行动。（责任单位：市公安局）\n")
    rows = _rows(parse_text(text))
    assert rows[0][2] == [] and rows[1][3] == []
    notice = ("柏川县人民政府办公室关于印发某项任务清单的通知\n柏政办发〔2025〕2号\n各乡镇人民政府：\n　　现将清单印发给你们。\n"
              "柏川县人民政府办公室\n2025年3月1日\n序号\n工作任务\n责任单位\n完成时限\n1\n开展专项检查。\n县财政局\n2025年6月30日\n"
              "2\n开展培训。\n县人社局\n常态化\n")
    doc = parse_text(notice)
    assert (doc.issuer, str(doc.date)) == ("柏川县人民政府办公室", "2025-03-01")


def test_a_stray_tab_inside_a_task_cell_is_no_cell_of_its_own():
    # round AQ: '3	推进…改革，	完善…清单。	A	B、C	time' (a tab typed inside the sentence) shifted the row: the sentence's
    # second half became the lead cell and the units the time
    text = ("某省2025年重点任务清单\n序号\t重点任务\t牵头处室\t配合处室\t完成时限\n"
            "1\t完善现代企业制度，推动董事会应建尽建。\t企业改革处\t组织人事处\t2025年6月底前\n"
            "2\t推进投资公司改革，\t完善授权放权清单。\t资本运营处\t政策法规处、产权管理处\t2025年12月31日前\n"
            "3\t健全经营机制，推行任期制。\t企业改革处\t考核分配处\t2025年上半年\n")
    rows = _rows(parse_text(text))
    assert rows[1][1] == "推进投资公司改革，完善授权放权清单"
    assert [n for n, _ in rows[1][2]] == ["资本运营处", "政策法规处", "产权管理处"]
    assert rows[1][3] == ["2025年12月31日前"]


def test_bodies_that_carry_it_out_by_their_duties_close_a_task():
    # round AQ: '各相关单位按职责落实。' closing a paragraph was no roles sentence (no 牵头/负责 in it); guards: a place word
    # ('各地') is no body, and a sentence going on with an aim ('…按职责落实，确保取得实效') stays prose
    text = _PLAN + ("（一）深化建设。覆盖率达到80%。各相关单位按职责落实。\n"
                    "（二）推进改造。完成10个小区。县民政局、县财政局按职责分工落实，2025年底前完成。\n"
                    "（三）加强宣传。各地按职责落实。\n"
                    "（四）开展排查。每月一次。各相关单位按职责落实，确保取得实效。\n")
    rows = _rows(parse_text(text))
    assert [r[2] for r in rows] == [[("各相关单位", "responsible")],
                                    [("县民政局", "responsible"), ("县财政局", "responsible")], [], []]
    assert rows[1][3] == ["2025年底前完成"]

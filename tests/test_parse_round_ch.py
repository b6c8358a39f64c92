"""Round CH's layouts, each on a made-up example of its pattern: joint bureaus in the title line whose later names give
the level alone ('某县农业农村局 县财政局'), and a 'X党委和政府负责' clause (the bare 政府 shares the place of the 党委).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _units(doc):
    return [[u.raw for u in t.units] for t in doc.tasks]


_BODY = ("一、重点任务\n1.完成年度项目初步设计编制及评审批复。(县农业农村局牵头，县水利局配合)\n"
         "2.及时足额拨付项目建设资金。(县财政局牵头，县农业农村局配合)\n")


def test_joint_bureaus_after_the_first_may_name_the_level_alone():
    # round CH: '洪泽县农业农村局 县发展和改革局 县财政局关于印发…' gave the issuer as the three names run together (CH06)
    text = ("禾川县农业农村局 县发展和改革局 县财政局关于印发《禾川县2024年农田建设工作任务分工》的通知\n"
            "禾农发〔2024〕3号\n各乡镇人民政府：\n现将任务分工印发给你们。\n2024年3月5日\n禾川县2024年农田建设工作任务分工\n" + _BODY)
    assert parse_text(text).issuer == "禾川县农业农村局、县发展和改革局、县财政局"


def test_a_public_security_branch_after_its_bureau_stays_one_name():
    # guard: '某市公安局市中区分局' is one body, its 分局 not a second signer
    text = ("禾州市公安局市中区分局关于印发《2024年治安防控工作任务分工》的通知\n各派出所：\n现将任务分工印发给你们。\n"
            "2024年3月5日\n2024年治安防控工作任务分工\n" + _BODY)
    assert parse_text(text).issuer == "禾州市公安局市中区分局"


def test_party_committee_and_government_of_one_place_stay_one_unit():
    # round CH: '(市食安办牵头，各县(市、区)党委和政府负责)' gave '各县（市、区）党委、政府' (CH05): the 和 was read as a
    # separator between two bodies, though the bare 政府 is the same place's
    text = ("一、落实责任\n1.压实地方党委和政府领导责任，推动责任清单全面落实。(市食安办牵头，各县(市、区)党委和政府负责)\n"
            "2.落实企业主体责任。(市市场监管局牵头，各乡镇党委和人民政府负责)\n"
            "3.做好节日检查。(市商务局牵头，基础教育科和政府办配合)\n")
    assert _units(parse_text(text)) == [["市食安办", "各县（市、区）党委和政府"], ["市市场监管局", "各乡镇党委和人民政府"],
                                        ["市商务局", "基础教育科", "政府办"]]


def test_a_year_du_right_before_the_deed_done_is_the_tasks_time():
    # round CH: '…配套制度，2024年度完成地方标准清理。(…)' gave no deadline (CH01 task 1); a 年度 that qualifies a noun
    # ('完成2024年度项目初步设计') or '年度内新增问题' is none
    text = ("一、完善制度\n1.推动出台配套制度，2024年度完成地方标准清理。(省市场监管局牵头，省司法厅按职责分工负责)\n"
            "2.完成2024年度项目初步设计编制及评审批复。(省农业农村厅牵头)\n"
            "3.整改2024年度内新增问题。(省审计厅牵头)\n")
    assert [[d.text for d in t.deadlines] for t in parse_text(text).tasks] == [["2024年度"], [], []]

"""Round AV's layouts, each on a made-up example of its pattern: roles said in other words ('以A为主', 'A担任牵头单位',
'A是责任主体', 'A承担主体责任，B履行行业监管责任', 'A各负其责', 'B各司其职', 'A根据各自职能承担相应任务', 'A主抓', '具体由A承办',
'按职能分工负责', '负责督促指导'), times said in other ways ('立行立改', '每年年初', '常态化开展', '2024年汛期前', '贯穿全年', a range or a
day followed by what is done, '2024年起每年11月底前'), a plan that lists its work BY UNIT (a section heading that is a body's name,
an item opening 'X局：'), a paragraph '以上工作由…' after the items, a combined label '责任单位及完成时限', bureaus split at a slash, and a
joint signature of a party department and a bureau. The texts are invented; they copy the shape of published documents."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.deadlines import parse_field
from zhifa_cli.parse.meta import _joint
from zhifa_cli.parse.units import split_units


def _rows(doc):
    return [(t.id, t.title, [(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _names(doc):
    return [[u.name for u in t.units] for t in doc.tasks]


_PLAN = "某县2024年某项工作方案\n一、重点任务\n"


def test_roles_said_in_other_words_close_a_task():
    # round AV: each of these closing sentences stayed prose (no role word the reader knew)
    text = _PLAN + (
        "（一）扩大供给。建设学习点。以县教育局为主，县民政局、县老龄办配合。\n"
        "（二）推进进社区。建设社区学习点。县民政局担任牵头单位，各乡镇人民政府负责落实。\n"
        "（三）丰富内容。开发课程资源包。县文旅局、县体育局根据各自职能承担相应任务，2026年前完成。\n"
        "（四）开展核查。清退违规占用住房。县房管中心承担主体责任，县住建局履行行业监管责任，2024年第四季度末前完成。\n"
        "（五）强化管控。开展专项检查。县应急管理局、县公安局各负其责，于2024年第四季度末前完成。\n"
        "（六）加强管理。落实分类标准。县公安局牵头抓总，县司法局、县卫生健康局各司其职，长期坚持。\n"
        "（七）推进改造。做好征收安置。县房屋征收中心主抓，县自然资源局协办，常态化开展。\n"
        "（八）规范调解。配备调解员。具体由县司法局承办，各乡镇抓好落实。\n"
        "（九）清产核资。建立资产台账。各乡镇党委、政府是责任主体，县农业农村局负责督促指导，2024年6月底前完成。\n"
        "（十）打击违法。开展专项行动。县市场监管局牵头，各乡镇按职能分工负责，即日起至2024年12月31日。\n")
    doc = parse_text(text)
    assert _names(doc) == [
        ["县教育局", "县民政局", "县老龄办"], ["县民政局", "各乡镇人民政府"], ["县文旅局", "县体育局"],
        ["县房管中心", "县住房和城乡建设局"], ["县应急管理局", "县公安局"], ["县公安局", "县司法局", "县卫生健康局"],
        ["县房屋征收中心", "县自然资源局"], ["县司法局", "各乡镇"], ["各乡镇党委、政府", "县农业农村局"],
        ["县市场监督管理局", "各乡镇"]]
    assert [t.units[0].role for t in doc.tasks] == ["lead", "lead", "responsible", "responsible", "responsible", "lead",
                                                    "lead", "responsible", "responsible", "lead"]
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [
        [], [], ["2026年前完成"], ["2024年第四季度末前完成"], ["于2024年第四季度末前完成"], ["长期坚持"], ["常态化开展"], [],
        ["2024年6月底前完成"], ["即日起至2024年12月31日"]]


def test_times_said_in_other_ways_close_a_roles_sentence():
    # round AV: '立行立改', '2024年汛期前完工' (an event: no time, the units read), '贯穿全年' (a period: no time), a month range or a
    # day followed by what is done then, and a bracket whose time is followed by what is done then
    text = _PLAN + (
        "1.加强检测。开展水质检测。县卫生院负责，县水管站协助，立行立改。\n"
        "2.实施改造。改造管网8公里。县农业农村局牵头，县水管站、县财政局参与，2024年汛期前完工。\n"
        "3.做好帮教。衔接率达到100%。县司法局负责，县民政局、各社区做好配合，贯穿全年。\n"
        "4.落实管理。每月走访一次。县司法局、县公安局负责，2024年8月—10月开展专项检查。\n"
        "5.畅通渠道。整合各类热线。县数据局牵头抓总，县直各部门各司其职，自即日起至2024年9月30日完成整合。\n"
        "6.推进改造。推动企业完成改造。（县工信局牵头，各园区配合，2024年起每年11月底前完成年度任务）\n"
        "7.规范考核。实行计划管理。（县委督查室、县政府督查室负责；每年年初制定计划）\n")
    doc = parse_text(text)
    assert _names(doc) == [["县卫生院", "县水管站"], ["县农业农村局", "县水管站", "县财政局"], ["县司法局", "县民政局", "各社区"],
                           ["县司法局", "县公安局"], ["县数据局", "县直各部门"], ["县工业和信息化局", "各园区"], ["县委督查室", "县政府督查室"]]
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [
        ["立行立改"], [], [], ["2024年8月—10月"], ["自即日起至2024年9月30日"], ["2024年起每年11月底前"], ["每年年初"]]
    yearly = parse_field("2024年起每年11月底前")
    assert (yearly.kind, yearly.every) == ("recurring", "--11-30")
    assert parse_field("常态化开展").ongoing


def test_a_bracket_says_its_roles_as_a_sentence_does():
    # round AV: '（A负责统筹，B具体负责；每月10日前）' was no clause (负责统筹 ended in no role word inside a bracket)
    text = _PLAN + "1.共建知识库。每月更新。（县数据局负责统筹，各承办单位具体负责；每月10日前）\n"
    assert _rows(parse_text(text))[0][2:] == ([("县数据局", "responsible"), ("各承办单位", "responsible")], ["每月10日前"])


def test_a_combined_label_and_bureaus_split_at_a_slash():
    # round AV: '责任单位及完成时限：A，2024年12月底前。' was no label; 'A/B' of a zone's bureaus (no level) was one name
    text = ("某高新区2024年数字经济行动计划\n一、做强数字产业\n1.培育软件业。引进软件企业30家。责任单位及完成时限：科技创新局，2024年12月底前。\n"
            "2.布局算力设施。建成智算中心。责任部门：经济发展局/数据资源中心；完成时限：2025年下半年。\n")
    rows = _rows(parse_text(text))
    assert [(r[2], r[3]) for r in rows] == [([("科技创新局", "responsible")], ["2024年12月底前"]),
                                            ([("经济发展局", "responsible"), ("数据资源中心", "responsible")], ["2025年下半年"])]


def test_work_listed_by_unit_gives_each_item_its_body():
    # round AV: a section heading that is a body's name ('一、市城管局', '二、市公安局（会同市交通运输局）') over items naming none,
    # and items opening with a body and a colon ('（一）县财政局：落实…'), gave no units
    text = ("某市2024年文明城市创建任务分解方案\n　　现将重点任务按责任单位分解如下。\n一、市城市管理局\n1.开展市容整治，2024年6月底前达标。\n"
            "2.新建公厕30座。\n二、市公安局（会同市交通运输局）\n3.开展交通秩序整治。\n三、部门职责\n"
            "（一）市财政局：落实扶持资金，2024年9月底前下达第一批资金。\n（二）市自然资源局：保障项目用地。\n")
    doc = parse_text(text)
    assert _names(doc) == [["市城市管理局"], ["市城市管理局"], ["市公安局", "市交通运输局"], ["市财政局"], ["市自然资源局"]]
    assert doc.tasks[3].deadlines[0].text == "2024年9月底前"


def test_a_paragraph_saying_who_does_the_work_above_is_the_items_clause():
    # round AV: '以上工作由A、B牵头，C按职责抓好落实，…' on its own line after 1.–3. gave them no units
    text = ("某市减负若干措施\n一、精简文件会议\n1.严控发文数量。\n2.严格会议审批。\n3.推行视频会议。\n"
            "以上工作由市委办公室、市政府办公室牵头，市直各单位按职责抓好落实，2024年12月底前完成并长期坚持。\n"
            "二、规范督查检查\n4.实行计划管理。（市委督查室负责）\n")
    doc = parse_text(text)
    assert _names(doc) == [["市委办公室", "市政府办公室", "市直各单位"]] * 3 + [["市委督查室"]]
    assert all([d.text for d in t.deadlines] == ["2024年12月底前完成并长期坚持"] for t in doc.tasks[:3])


def test_a_party_department_and_a_bureau_signing_on_one_line_are_two_issuers():
    # round AV: '中共X县委组织部　X县农业农村局' (the space lost) was one run-together name
    assert _joint("中共塘川县委组织部塘川县农业农村局") == "中共塘川县委组织部、塘川县农业农村局"
    assert [u.raw for u in split_units("各乡镇党委、政府")] == ["各乡镇党委、政府"]


def test_near_misses_of_the_round_av_rules_stay_as_they_were():
    # guards: a heading that is no body's name gives no unit; 以上 inside a task's own paragraph still speaks of other work;
    # a colon after a word that is no body is no clause; '县委、县政府' stays two names; a time with a 起 keeps it
    text = ("某县2024年某项工作方案\n一、县城市容整治\n1.开展占道经营整治。\n二、重点任务\n2.推进改革。以上任务由县发改局牵头，各有关部门配合。\n"
            "3.目标任务：完成改造100户。\n4.推进建设。县卫健局牵头，县财政局配合，2025年1月起实施。\n")
    doc = parse_text(text)
    assert _names(doc) == [[], [], [], ["县卫健局", "县财政局"]]
    assert [d.text for d in doc.tasks[3].deadlines] == ["2025年1月起"]
    assert [u.name for u in split_units("县委、县政府")] == ["县委", "县政府"]
    assert _joint("中共塘川县委办公室") == "中共塘川县委办公室"


def test_other_words_for_roles_in_prose_stay_prose():
    # guards: the new role words where no body takes a role, or where the sentence goes on with action
    from zhifa_cli.parse.blocks import find_blocks
    for text in ("建设养老设施。以政府投入为主，社会资本参与。", "落实安全生产。企业是责任主体，县应急局加强监管。",
                 "推进建设。县财政局负责，县教育局、县住建局各司其职，确保按期完成。", "开展排查。市场主体：全面排查风险。",
                 "推进改革。县发改局主抓，确保实效。"):
        assert find_blocks(text, doc_year=2024) == [], text

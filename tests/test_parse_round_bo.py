"""Round BO's layouts, each on a made-up example of its pattern: the responsibility said in words inside a task's closing
sentence or bracket — the responsibility each body bears ('A负主管责任，B负属地责任', 'A是第一责任主体', 'A为实施主体',
'A为主责部门'), 'A主导', 'A指导，B落实', 'B协同配合', 'B按各自职责落实', 'A、B分别负责<duty>和<duty>', 'A会同B研究制定<what>，
<time>前出台', roles after a colon ('责任分工如下：', '具体分工为：', '工作分工：'), '明确由A牵头', '完成时间为<date>', the labels
'主体责任单位' / '监管责任单位', a bracket of roles whose time needs the page's year ('年内', '全年开展'), a season of the work's
own ('病虫害高发期前'), and '年度内…不超过N次' (a cap, no time). The texts are invented; they copy the shape of published
documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [([u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _items(*paragraphs: str) -> str:
    numerals = "一二三四五六七八九"
    return "某县2025年某项工作方案\n" + "".join(f"{numerals[k]}、事项{k + 1}\n　　{p}\n" for k, p in enumerate(paragraphs))


def test_roles_said_as_the_responsibility_each_body_bears():
    # round BO: '负主管责任' / '负属地责任' / '负监管责任', '是第一责任主体', '为实施主体', '为主责部门' were no role words, and
    # a sentence or bracket with two of them read as prose (BO03, BO10, BO12: 10 units)
    doc = parse_text(_items(
        "整治餐饮燃气隐患。（县城市管理局负主管责任，各乡镇人民政府负属地责任）",
        "整改违法用地。各乡镇人民政府是第一责任主体，县自然资源局负监管责任，2025年9月底前完成整改。",
        "整治危旧房屋。（各乡镇人民政府为实施主体，县住建局负责技术指导，2025年11月底前完成）",
        "治理噪声扰民。（县生态环境分局为主责部门，县公安局为协同部门，2025年底前）",
        "改造老旧管网。县住建局负总责，各乡镇人民政府是第一责任人，2025年10月底前完工。",
    ))
    assert _rows(doc) == [
        (["县城市管理局", "各乡镇人民政府"], []),
        (["各乡镇人民政府", "县自然资源局"], ["2025年9月底前"]),
        (["各乡镇人民政府", "县住建局"], ["2025年11月底前完成"]),
        (["县生态环境分局", "县公安局"], ["2025年底前"]),
        (["县住建局", "各乡镇人民政府"], ["2025年10月底前完工"]),
    ]
    assert [(u.raw, u.role) for u in doc.tasks[1].units] == [("各乡镇人民政府", "lead"), ("县自然资源局", "responsible")]
    # after 'A负总责' the 第一责任人 answers for its own part, no lead over A
    assert [u.role for u in doc.tasks[4].units] == ["responsible", "responsible"]


def test_more_role_words_in_a_closing_bracket_or_sentence():
    # round BO: '主导', 'A指导，B落实', '协同配合' (kept in the name), '按各自职责落实' (kept in the name), 'A、B分别负责X和Y'
    # (BO02, BO05, BO10: 9 units, 2 names wrong)
    doc = parse_text(_items(
        "推进秸秆还田。（县农业农村局主导，各乡镇人民政府参与，长期坚持）",
        "建设为农服务中心。（县供销社指导，各乡镇供销社落实，持续推进）",
        "推进清洁生产改造。（县发展改革局牵头负责，县工业和信息化局协同配合，各乡镇人民政府参与）",
        "保护水源地。（县水利局牵头，县林业局、县生态环境分局按各自职责落实）",
        "建设托育中心。县卫生健康局、县财政局分别负责场地建设和资金保障，2025年10月底前投入使用。",
    ))
    assert _rows(doc) == [
        (["县农业农村局", "各乡镇人民政府"], ["长期坚持"]),
        (["县供销社", "各乡镇供销社"], ["持续推进"]),
        (["县发展改革局", "县工业和信息化局", "各乡镇人民政府"], []),
        (["县水利局", "县林业局", "县生态环境分局"], []),
        (["县卫生健康局", "县财政局"], ["2025年10月底前"]),
    ]


def test_roles_after_a_colon_or_said_with_wei_inside_the_sentence():
    # round BO: '责任分工如下：' / '具体分工为：' kept in the first name, '工作分工：' read as a unit '工作', '明确由A牵头' prose,
    # '完成时间为<date>' no time part (BO04, BO06: 9 units, 3 names wrong)
    doc = parse_text(_items(
        "排查老旧电梯。建立隐患清单。责任分工如下：县市场监管局牵头，县住建局、各乡镇人民政府配合，2025年6月底前完成。",
        "整治超限运输。开展联合治超。具体分工为：县交通运输局牵头，县公安局交警大队按职责分工负责，常态化开展。",
        "推进课后服务。覆盖全部学校。工作分工：县教育局基础教育股牵头，县教师进修学校具体实施，2025年9月底前实现全覆盖。",
        "清理楼道堆物。消除消防隐患。明确由县消防救援大队牵头，各社区居委会配合，2025年5月底前完成。",
        "配齐心理教师。建立心理档案。牵头单位为县教育局德育股，配合单位为各中小学校，完成时间为2025年8月底前。",
    ))
    assert _rows(doc) == [
        (["县市场监管局", "县住建局", "各乡镇人民政府"], ["2025年6月底前完成"]),
        (["县交通运输局", "县公安局交警大队"], ["常态化开展"]),
        (["县教育局基础教育股", "县教师进修学校"], ["2025年9月底前"]),
        (["县消防救援大队", "各社区居委会"], ["2025年5月底前完成"]),
        (["县教育局德育股", "各中小学校"], ["2025年8月底前"]),
    ]


def test_labels_of_the_responsibility_borne_and_brackets_timed_by_the_pages_year():
    # round BO: '主体责任单位' / '监管责任单位' were cut to '主体' / '监管' before the label 责任单位 (BO03: 2 names wrong);
    # a bracket of roles closed by '年内' / '全年开展' (a time that needs the page's year) was no clause (BO03: 2 units)
    doc = parse_text(_items(
        "开展粉尘涉爆专项检查。（主体责任单位：各工贸企业；监管责任单位：县应急管理局、县工业和信息化局）",
        "开展排查。（县应急管理局负责，县住建局配合，年内）",
        "查处酒驾醉驾。（县公安局交警大队负责，县交通运输局配合，全年开展）",
    ))
    assert _rows(doc) == [
        (["各工贸企业", "县应急管理局", "县工业和信息化局"], []),
        (["县应急管理局", "县住建局"], ["年内"]),
        (["县公安局交警大队", "县交通运输局"], ["全年开展"]),
    ]
    assert [u.role for u in doc.tasks[0].units] == ["responsible", "support", "support"]


def test_drafting_with_partners_by_a_time_and_a_season_of_the_work():
    # round BO: 'A会同B研究制定<what>，<date>前出台' (BO01, BO08: 5 units; BG11 二 the same shape, 3 units); '由A抓总，B具体
    # 实施，病虫害高发期前完成…' (a season of the work's own, no date: BO12, 3 units); '年度内检查…不超过2次' gave '年度内' (BO01)
    doc = parse_text(_items(
        "规范执法检查。推行联合检查。县司法局会同县市场监管局、县商务局研究制定检查计划，2025年4月底前印发。",
        "防治松材线虫病。开展疫情普查。由县林业局抓总，各乡镇人民政府具体实施，病虫害高发期前完成第一轮普查。",
        "减少检查频次。同一部门对同一企业年度内检查原则上不超过2次。",
    ))
    assert _rows(doc) == [
        (["县司法局", "县市场监管局", "县商务局"], ["2025年4月底前"]),
        (["县林业局", "各乡镇人民政府"], []),
        ([], []),
    ]
    assert [u.role for u in doc.tasks[0].units] == ["lead", "support", "support"]


def test_near_misses_of_the_round_bo_rules_stay_as_they_were():
    doc = parse_text(_items(
        # '会同B制定…' with what follows no time: a sentence of action, no units (the AQ convention)
        "制定评估办法。县民政局会同县卫生健康局制定评估办法，报县政府审定后实施。",
        # '会同' + action with no part after it stays prose too
        "开展联合检查。县市场监管局会同县公安局开展联合检查。",
        # '主导' in prose of principle ('政府主导、市场运作') is no role
        "推进养老服务。坚持政府主导，市场运作，2025年底前建成服务中心3个。",
        # '督促指导，B组织落实' keeps its lead reading (round BD), not 指导 as a support
        "提升卫生院能力。县卫生健康局督促指导，各乡镇卫生院组织落实，2025年11月底前通过验收。",
        # '年度内' followed by what is done is still the year's time
        "完成清查。年度内完成全部集体资产清查。县农业农村局负责。",
        # a bracket of duties alone (no role word) stays no clause
        "开展宣传。（县委宣传部做好宣传报道，县融媒体中心跟进报道）",
        # '是第一责任人' said of persons names no body (session 11: the post's part goes and the lead beside it is read, as
        # AZ09's gold lists 'A牵头，各村党组织书记为第一责任人，…' — the post no unit, A the unit)
        "落实安全责任。县应急管理局牵头，各乡镇主要负责同志是第一责任人，2025年底前完成。",
        # '主导' in a principle joined by 、 is no role
        "推进项目建设。坚持企业主导、政府引导，2025年底前建成投产。",
    ))
    rows = _rows(doc)
    assert rows[0] == ([], []) and rows[1] == ([], [])
    assert rows[2] == ([], ["2025年底前"])
    assert [(u.raw, u.role) for u in doc.tasks[3].units] == [("县卫生健康局", "lead"), ("各乡镇卫生院", "support")]
    assert rows[4] == (["县农业农村局"], ["年度内"])
    assert rows[5] == ([], [])
    assert [(u.raw, u.role) for u in doc.tasks[6].units] == [("县应急管理局", "lead")]
    assert rows[7] == ([], ["2025年底前"])


def test_an_action_opened_by_an_adverb_is_no_body_after_the_roles():
    # round BO's misfire check: 'A牵头，B配合，依法查处违法行为' read '依法查处违法行' as a bank (a name ending in 行) whose role
    # was in words not known; an adverb of manner opens an action, and roles opening a sentence of action are prose (W05)
    doc = parse_text(_items(
        "开展联合执法。县市场监管局牵头，县公安局协同配合，依法查处违法行为。",
        "规范涉企收费。县发展改革局牵头，县财政局配合，严格执行收费目录清单。",
    ))
    assert _rows(doc) == [([], []), ([], [])]
    # ... and a body's name after the roles still reads
    doc = parse_text(_items("开展联合执法。县市场监管局牵头，县公安局配合，2025年底前完成。"))
    assert _rows(doc) == [(["县市场监管局", "县公安局"], ["2025年底前完成"])]

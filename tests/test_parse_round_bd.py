"""Round BD's layouts, each on a made-up example of its pattern: a sentence of roles in which one part says its bodies'
role in words not yet met ('B、C全力配合', 'A主办，B协办', 'A统一部署，B分头落实', 'B全程监督'), roles said as the
responsibility borne ('A是第一责任单位', 'A承担牵头责任', 'A负主体责任'), names joined by 和 or dressed with a person or a
second name in brackets, labels followed by a dash, a roles tail after a comma with no 由, and the roles sentence that a
sentence of target follows. The texts are invented; they copy the shape of published documents."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [([u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _roles(doc):
    return [[(u.name, u.role) for u in t.units] for t in doc.tasks]


_PLAN = "某县2025年某项工作方案\n"


def _items(*paragraphs: str) -> str:
    """Items 一、二、… each a heading line over its paragraph."""
    numerals = "一二三四五六七八"
    return _PLAN + "".join(f"{numerals[k]}、事项{k + 1}\n　　{p}\n" for k, p in enumerate(paragraphs))


def test_a_roles_sentence_with_one_word_not_yet_met_is_read_around_it():
    doc = parse_text(_items(
        "完成企业超低排放改造3家。县生态环境局牵头，县发展改革局、县财政局全力配合，2025年10月底前完成。",
        "建立问题台账。县农业农村局主办，县自然资源局协办，2025年3月20日前完成摸底。",
        "组建医共体。县卫生健康局统一部署，县人民医院、县中医院分头落实，2025年6月底前完成章程修订。",
        "实行电脑随机录取。县教育局具体负责，县纪委监委全程监督。",
        "保障随迁子女入学。各乡镇人民政府负责核验居住信息，县公安局、县民政局配合，8月20日前完成资格审核。",
        "修复灌溉渠道。县水利局、县农业农村局按照属地管理原则负责，2025年6月底前完成。",
        "淘汰老旧柴油货车。由县交通运输局组织，县公安局、县商务局分头实施，2025年底前完成淘汰任务。",
    ))
    assert _rows(doc) == [
        (["县生态环境局", "县发展改革局", "县财政局"], ["2025年10月底前完成"]),
        (["县农业农村局", "县自然资源局"], ["2025年3月20日前"]),
        (["县卫生健康局", "县人民医院", "县中医院"], ["2025年6月底前"]),
        (["县教育局", "县纪委监委"], []),
        (["各乡镇人民政府", "县公安局", "县民政局"], ["8月20日前"]),
        (["县水利局", "县农业农村局"], ["2025年6月底前完成"]),
        (["县交通运输局", "县公安局", "县商务局"], ["2025年底前"]),
    ]
    assert _roles(doc)[1] == [("县农业农村局", "lead"), ("县自然资源局", "support")]
    assert _roles(doc)[3] == [("县教育局", "responsible"), ("县纪委监委", "support")]


def test_a_sentence_with_no_role_said_in_known_words_stays_prose():
    # guards: duties alone ('A负责城区改造，B负责农村改造' — W05's convention), action words with no role word, a request,
    # a body doing something with no other role, and two parts in words not known
    doc = parse_text(_items(
        "改造老旧管网。县住建局负责城区管网改造，各乡镇人民政府负责农村管网改造。",
        "整治扬尘污染。县住建局、县城管局联合开展执法检查，每月通报一次。",
        "落实保洁人员。各乡镇要明确专人具体负责。",
        "保障项目资金。县财政局加大资金投入，确保按期完成。",
        "规范收运处置。县城管局加强统筹，县环卫所加强监管，长期坚持。",
    ))
    assert [units for units, _ in _rows(doc)] == [[], [], [], [], []]


def test_roles_said_as_the_responsibility_borne_or_the_first_unit():
    doc = parse_text(_items(
        "全面开展汛前检查。县水利局是第一责任单位，县应急管理局、县自然资源局是协同责任单位，2025年4月15日前完成检查。",
        "治理危化品安全。县应急管理局承担牵头责任，县生态环境局、县消防救援大队承担配合责任，2025年9月底前完成。",
        "严控秸秆焚烧。各乡镇人民政府负主体责任，县农业农村局做好技术指导，常态化推进。",
        "规范收运处置。县环卫所负主责，县城管局、县执法大队按照职责分工加强监管，长期坚持。",
        "兑付扶持资金。由县财政局抓好落实，县审计局参与监督，年内兑付到位。",
        "建设监测微站。明确县生态环境局为牵头部门，县气象局参与，2025年6月底前完成微站建设。",
        "盘活低效用地。由县发展改革局负总责，县自然资源局、县住建局等部门参与，2025年6月底前完成摸底。",
        "绘制招商图谱。县商务局牵头，各产业链链长单位按照“一链一专班”要求抓好落实，三季度末前完成。",
    ))
    units = [u for u, _ in _rows(doc)]
    assert units == [
        ["县水利局", "县应急管理局", "县自然资源局"],
        ["县应急管理局", "县生态环境局", "县消防救援大队"],
        ["各乡镇人民政府", "县农业农村局"],
        ["县环卫所", "县城市管理局", "县执法大队"],
        ["县财政局", "县审计局"],
        ["县生态环境局", "县气象局"],
        ["县发展改革局", "县自然资源局", "县住房和城乡建设局"],
        ["县商务局", "各产业链链长单位"],
    ]
    assert _roles(doc)[0][0] == ("县水利局", "lead") and _roles(doc)[0][1][1] == "support"
    assert _roles(doc)[1] == [("县应急管理局", "lead"), ("县生态环境局", "support"), ("县消防救援大队", "support")]


def test_names_joined_by_he_or_dressed_in_a_roles_sentence():
    doc = parse_text(_items(
        "编制招生计划。基础教育股和发展规划股按职责分工负责，2025年4月底前完成。",
        "加强排污口监管。县生态环境分局抓总、县住房城乡建设局和县农业农村局协同，三季度末完成整治任务的60%。",
        "建设场地设施。由群众体育股（负责人：王建华）牵头，体育经济股（负责人：陈思远）配合，2025年10月底前完成。",
        "做实签约服务。责任股室：基层卫生股（责任人：李青）、公共卫生股（责任人：赵敏）。完成时限：长期坚持。",
        "加强宣传。办公室（宣传中心）负责，各直属单位配合，贯穿全年。",
        "推进体教融合。县工业和信息化局与县教育局共同负责，2025年9月30日前完成认定。",
    ))
    assert _rows(doc) == [
        (["基础教育股", "发展规划股"], ["2025年4月底前完成"]),
        (["县生态环境分局", "县住房城乡建设局", "县农业农村局"], ["三季度末"]),
        (["群众体育股", "体育经济股"], ["2025年10月底前完成"]),
        (["基层卫生股", "公共卫生股"], ["长期坚持"]),
        (["办公室（宣传中心）", "各直属单位"], []),
        (["县工业和信息化局", "县教育局"], ["2025年9月30日前"]),
    ]


def test_labels_after_a_dash_and_a_dash_before_the_roles():
    doc = parse_text(_items(
        "充实扑火队伍。责任单位——镇应急办、镇武装部；完成时限——2025年2月底前。",
        "严管野外火源。严禁携带火种进山。——镇应急办牵头，镇派出所、各村（社区）配合，长期坚持。",
        "改造农贸市场。2025年上半年完成8个市场改造。责任主体：各乡镇人民政府；指导单位：县商务局。",
        "举办赛事活动。责任股室：竞赛管理股；牵头领导：刘海平副局长。常态化开展。",
    ))
    assert _rows(doc) == [
        (["镇应急办", "镇武装部"], ["2025年2月底前"]),
        (["镇应急办", "镇派出所", "各村（社区）"], ["长期坚持"]),
        (["各乡镇人民政府", "县商务局"], ["2025年上半年"]),
        (["竞赛管理股"], ["常态化开展"]),
    ]


def test_roles_as_the_tail_of_a_sentence_or_before_a_sentence_of_target():
    doc = parse_text(_items(
        "建设冷链设施。支持合作社建设冷藏保鲜设施，县农业农村局牵头负责，县发展改革局、县财政局积极配合。"
        "到2026年，全县新增冷库库容3万吨。",
        "拓宽销售渠道。培育电商带头人200名。县商务局负责，县供销社、县邮政公司协助，2025年起持续推进。"
        "每年举办直播带货活动不少于10场。",
        "推进复耕。引导流转给种粮大户耕种。各村民委员会负责牵头，乡农业服务中心、乡经管站密切配合，春播前完成复耕面积的70%以上。",
    ))
    assert _rows(doc) == [
        (["县农业农村局", "县发展改革局", "县财政局"], ["到2026年"]),
        (["县商务局", "县供销社", "县邮政公司"], ["2025年起持续推进"]),
        (["各村民委员会", "乡农业服务中心", "乡经管站"], []),
    ]


def test_near_misses_of_the_round_bd_rules_stay_as_they_were():
    doc = parse_text(_items(
        # a sentence of action after the roles' comma names no roles ('…，县农业农村局牵头开展…' stays prose)
        "推进冷链建设。支持合作社建设冷藏保鲜设施，县农业农村局牵头开展试点示范。",
        # a target sentence after prose that names no roles gives no units
        "提升服务能力。支持卫生院创建社区医院。到2026年，全县建成社区医院6家。",
        # a person's bracket alone after prose is no unit
        "加强值守。严格执行24小时值班制度（责任人：王海涛）。",
    ))
    assert [units for units, _ in _rows(doc)] == [[], [], []]

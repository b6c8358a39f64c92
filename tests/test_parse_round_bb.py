"""Round BB's layouts, each on a made-up example of its pattern: roles said in words not yet met ('由A具体实施',
'A作为主体责任单位', 'A、B按职能职责抓好落实', 'B、C给予支持', 'A、B按职责分工落实' before a time followed by what is done),
times not yet met ('首季度', '年度内', '到“十四五”末', two points joined by 、 each with what is done by then), and a time on a
line of its own '（时间：…）' under the task's text. The texts are invented; they copy the shape of published documents."""

from __future__ import annotations

import datetime as dt

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.deadlines import find_in_prose, parse_field


def _rows(doc):
    return [([u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


_PLAN = "某县2025年某项工作方案\n"


def test_roles_said_in_words_not_yet_met_close_a_task():
    # round BB: each of these closing sentences stayed prose (one word the reader did not know)
    text = _PLAN + (
        "一、改造管网\n　　改造老旧管网30公里。由县自来水公司具体实施，县住建局加强监督，2025年9月底前完工。\n"
        "二、整治隐患\n　　督促餐饮单位安装报警装置。各乡镇人民政府作为主体责任单位，县商务局、县消防救援大队配合。\n"
        "三、上线事项\n　　推行一件事集成办理。县政务服务中心、县数据局按职能职责抓好落实，2025年12月中旬前完成首批事项上线。\n"
        "四、改造公厕\n　　新改建村级公厕20座。各乡镇人民政府负总责，县住建局、县财政局给予支持，2025年10月中旬前完工。\n"
        "五、规范执法\n　　动态调整免罚清单。县司法局、县市场监管局按职责分工落实，2025年6月底前形成工作机制。\n")
    assert _rows(parse_text(text)) == [
        (["县自来水公司", "县住房和城乡建设局"], ["2025年9月底前"]),
        (["各乡镇人民政府", "县商务局", "县消防救援大队"], []),
        (["县政务服务中心", "县数据局"], ["2025年12月中旬前"]),
        (["各乡镇人民政府", "县住房和城乡建设局", "县财政局"], ["2025年10月中旬前完工"]),
        (["县司法局", "县市场监督管理局"], ["2025年6月底前"]),
    ]


def test_times_not_yet_met_are_read():
    # '首季度' is the first quarter; '年度内' within the page's year as '年内'; a five-year plan's end
    assert parse_field("2025年首季度").due == dt.date(2025, 3, 31)
    assert parse_field("每首季度").kind == "unknown"
    assert parse_field("到“十四五”末").due == dt.date(2025, 12, 31)
    assert parse_field("十三五期末").due == dt.date(2020, 12, 31)
    prose = find_in_prose("年度内完成考核，2026年首季度完成专项检查，到“十四五”末实现全覆盖。", doc_year=2025)
    assert [(d.text, d.due) for d in prose] == [
        ("年度内", dt.date(2025, 12, 31)), ("2026年首季度", dt.date(2026, 3, 31)), ("“十四五”末", dt.date(2025, 12, 31))]
    # guards: the plan's period and a year's 年度 are no time limits
    assert find_in_prose("“十四五”时期，全县新增…；十四五期间累计建成", doc_year=2025) == []
    assert find_in_prose("对2024年度内新增问题开展核查", doc_year=2025) == []


def test_two_points_joined_by_a_pause_mark_each_with_what_is_done():
    text = _PLAN + (
        "一、分类整改\n　　一户一策整改问题户厕。县农业农村局牵头抓总，各乡镇人民政府各负其责，2025年底前基本完成、2026年全面完成。\n"
        "二、发展林下经济\n　　新增示范基地3个。由县林业局具体实施，县农业农村局配合，2025年6月底前基本完成、2025年12月底前全面完成。\n"
        "三、建设老年食堂\n　　新建社区老年食堂2个。\n　　（社会事务办公室）\n　　（时间：2025年首季度启动、2025年9月底前全部建成）\n")
    assert _rows(parse_text(text)) == [
        (["县农业农村局", "各乡镇人民政府"], ["2025年底前基本完成", "2026年全面完成"]),
        (["县林业局", "县农业农村局"], ["2025年6月底前基本完成", "2025年12月底前全面完成"]),
        (["社会事务办公室"], ["2025年首季度启动", "2025年9月底前全部建成"]),
    ]


def test_a_time_on_a_line_of_its_own_under_the_task():
    text = _PLAN + (
        "一、巩固参保覆盖面\n　　动态掌握未参保人员底数。\n　　（责任单位：县医保局待遇保障股，县税务局）\n"
        "　　（时间：2025年9月中旬前）\n"
        "二、加强基金监管\n　　开展专项检查。\n　　（责任单位：县医保局基金监管股）\n　　（时间：每半年开展一次）\n")
    rows = _rows(parse_text(text))
    assert rows[0] == (["县医保局待遇保障股", "县税务局"], ["2025年9月中旬前"])
    assert rows[1] == (["县医保局基金监管股"], ["每半年开展一次"])


def test_near_misses_of_the_round_bb_rules_stay_as_they_were():
    text = _PLAN + (
        # 具体实施 after a lead stays a support role; '由A具体实施' inside prose is no roles sentence
        "一、建设厂房\n　　建设标准化厂房。县工信局牵头，县城投公司具体实施，2025年底前完成。\n"
        "二、推进项目\n　　由县城投公司具体实施项目建设和运营管理工作。\n"
        # two points that do not each name a year stay one value
        "三、开展排查\n　　全面排查隐患。县应急管理局负责，6月底前基本完成、年底前全面完成。\n"
        # 发布时间 on a web page is no time of a task
        "四、宣传引导\n　　发布时间：2025-03-10 开展宣传。\n")
    rows = _rows(parse_text(text))
    assert rows == [(["县工业和信息化局", "县城投公司"], ["2025年底前"]), ([], []), ([], ["6月底前", "年底前"]), ([], [])]


def test_a_paragraph_that_opens_with_a_body_told_what_to_do_names_the_tasks_bodies():
    text = "某镇2024年人居环境整治方案\n一、主要任务\n" + (
        "（一）垃圾治理\n　　镇环卫所要牵头做好垃圾收运体系建设，2024年6月中旬前完成收集点布设。各村（社区）要落实保洁人员。\n"
        "（二）污水治理\n　　镇村镇建设服务中心要会同镇生态环境工作站，完成5个行政村污水管网建设，2024年内完成。\n"
        # guards: a paragraph opened by a level's bodies ('各村（社区）要…', as '各县（市、区）要于…前报送' a request to the
        # addressees) or by anyone addressed ('各单位要…'), or that does not OPEN with 'A要', stays as it was
        "（三）村容提升\n　　各村（社区）要组织开展清理行动。镇农业综合服务中心负责督促指导，年度内完成。\n"
        "（四）道路管护\n　　落实路长制。各单位要高度重视，明确专人负责。\n"
        "（五）粪污治理\n　　开展排查。镇畜牧兽医站要督促配套设施建设。\n")
    assert _rows(parse_text(text)) == [
        (["镇环卫所", "各村（社区）"], ["2024年6月中旬前"]),
        (["镇村镇建设服务中心", "镇生态环境工作站"], ["2024年内"]),
        (["镇农业综合服务中心"], ["年度内完成"]),
        ([], []),
        ([], []),
    ]


def test_a_line_naming_items_by_number_gives_them_its_clause():
    text = "某村2025年村务工作计划\n" + (
        "1.规范村务公开。每月公布财务收支。\n"
        "2.加强资产管理。建立资产台账，2025年5月中旬前完成。\n"
        "3.推进移风易俗。修订村规民约。\n"
        "第1至3项工作由村党支部负责协调，村务监督委员会配合，年度内完成。\n"
        "4.提升便民服务。村便民服务站负责，各村民小组配合。\n"
        "5.优化企业服务。开展政企面对面活动。\n"
        "上述第四、五项工作由村民委员会负责协调，村便民服务站配合。\n"
        "6.抓好安全生产。开展隐患排查。\n"
        # guard: one item named alone ('第6项…') is no list of items; nothing is given
        "第6项工作由村治保委员会负责。\n")
    assert _rows(parse_text(text)) == [
        (["村党支部", "村务监督委员会"], ["年度内完成"]),
        (["村党支部", "村务监督委员会"], ["2025年5月中旬前", "年度内完成"]),
        (["村党支部", "村务监督委员会"], ["年度内"]),  # the line stands in item 3's text: its prose time, said once
        (["村便民服务站", "各村民小组", "村民委员会"], []),
        (["村民委员会", "村便民服务站"], []),
        ([], []),
    ]


def test_schools_are_bodies_in_a_roles_sentence():
    # '各高等学校' (BB09) and '镇成人学校' (AZ09): a school is a body like a 局 or a 中心, so the sentence is roles, and a
    # school run onto the name before it ('镇农业服务中心镇成人学校') parts from it as two bodies do
    text = _PLAN + (
        "一、校园安全\n　　开展实验室安全检查。省教育厅科技处作为主体责任单位，各高等学校抓好落实，2026年6月底前完成。\n"
        "二、技能培训\n　　开展农民技能培训。县农业农村局牵头，县职业中等专业学校、各乡镇人民政府配合，2025年11月底前完成。\n")
    assert _rows(parse_text(text)) == [
        (["省教育厅科技处", "各高等学校"], ["2026年6月底前"]),
        (["县农业农村局", "县职业中等专业学校", "各乡镇人民政府"], ["2025年11月底前完成"]),
    ]

"""Every 责任单位 notation, table-driven: a paragraph -> (units with roles, deadlines, text left)."""

from __future__ import annotations

import datetime as dt

import pytest

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.blocks import deadline_points, find_blocks, strip_blocks
from zhifa_cli.parse.normalize import normalize
from zhifa_cli.parse.units import split_units

CASES = [
    ("做好培训。(责任单位:市司法局,县区人民政府;完成时限:每年12月)",
     [("市司法局", "responsible"), ("县区人民政府", "responsible")], ["每年12月"], "做好培训。"),
    ("做好培训。〔责任单位：各镇（区、街道）、区司法局〕",
     [("各镇（区、街道）", "responsible"), ("区司法局", "responsible")], [], "做好培训。"),
    ("做好培训。（责任单位：全区各级行政执法部门，配合单位：区司法局）",
     [("全区各级行政执法部门", "responsible"), ("区司法局", "support")], [], "做好培训。"),
    ("做好培训。（牵头单位：市司法局；配合单位：市财政局；完成时限：2024年底前）",
     [("市司法局", "lead"), ("市财政局", "support")], ["2024年底前"], "做好培训。"),
    ("做好培训。（市司法局牵头，各县（市、区）人民政府按职责分工负责）",
     [("市司法局", "lead"), ("各县（市、区）人民政府", "responsible")], [], "做好培训。"),
    ("做好培训（重点内容）。", [], [], "做好培训（重点内容）。"),
    # a comma inside one role's list: the names before '…配合' share its role (probe X11)
    ("治理污水。（市环保局牵头，市农业局、市水务局，各县人民政府配合）",
     [("市环保局", "lead"), ("市农业局", "support"), ("市水务局", "support"), ("各县人民政府", "support")], [],
     "治理污水。"),
    # ... and so do they when the bracket ends in its time limit after a '；'
    ("建设政务云。（市大数据局牵头，市财政局，各县（市、区）人民政府配合；2024年9月底前完成）",
     [("市大数据局", "lead"), ("市财政局", "support"), ("各县（市、区）人民政府", "support")], ["2024年9月底前完成"],
     "建设政务云。"),
    ("责任单位：市司法局、市财政局", [("市司法局", "responsible"), ("市财政局", "responsible")], [], ""),
    ("做好培训。〔责任单位：区司法局]", [("区司法局", "responsible")], [], "做好培训。"),
    ("做好培训。（责任单位：区财政局）。", [("区财政局", "responsible")], [], "做好培训。"),
    # role parts and a labelled deadline in one bracket
    ("开展检查。(县司法局牵头,县级各执法部门、各镇按职责分工负责;完成时限:2025年6月底前)",
     [("县司法局", "lead"), ("县级各执法部门", "responsible"), ("各镇", "responsible")], ["2025年6月底前"], "开展检查。"),
    # all-comma clause: a value runs on over commas until the next label
    ("开展检查。(牵头单位:县市场局,责任单位:县直有关单位,各镇(街道),完成时间:2025年5月)",
     [("县市场局", "lead"), ("县直有关单位", "responsible"), ("各镇（街道）", "responsible")], ["2025年5月"], "开展检查。"),
    # a remark after a 。 inside the bracket, and an elliptical '部门、单位'
    ("推进网上办。(牵头单位:市审批局;责任单位:市直有关部门、单位,各区政府。以下任务均需各区政府落实,不再一一列出)",
     [("市审批局", "lead"), ("市直有关部门、单位", "responsible"), ("各区政府", "responsible")], [], "推进网上办。"),
    # a remark in brackets: the first unit named leads
    ("责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）",
     [("市发展和改革委员会", "lead"), ("市财政局", "support")], [], ""),
    # label lines: a person is no unit; 部门分工 reads role words
    ("分管副市长：张某某", [], [], ""),
    ("部门分工：市财政局牵头，各区、各部门配合。", [("市财政局", "lead"), ("各区", "support"), ("各部门", "support")], [], ""),
    # a cross-reference in brackets is not a clause
    ("完成整治项目28项（详见附件1）。", [], [], "完成整治项目28项（详见附件1）。"),
    # a label wrapped after 。 inside the clause
    ("推进建设。(牵头单位:市司法局、财政局等。完成时间:2019年12月底前)",
     [("市司法局", "lead"), ("财政局", "lead")], ["2019年12月底前"], "推进建设。"),
    # a clause without brackets closing the paragraph, its fields run together
    ("新建场地10个。　　牵头单位：市体育局　　配合单位：市教育局　　完成时限：年底前",
     [("市体育局", "lead"), ("市教育局", "support")], ["年底前"], "新建场地10个。"),
    ("清零问题。责任单位：县扶贫办、县教育局；完成时间：2019年6月底前。",
     [("县扶贫办", "responsible"), ("县教育局", "responsible")], ["2019年6月底前"], "清零问题。"),
    # a deadline inside the clause without its label
    ("完善设施。（区住建局牵头，区民政局按职责分工负责；2025年11月底前完成）",
     [("区住房和城乡建设局", "lead"), ("区民政局", "responsible")], ["2025年11月底前完成"], "完善设施。"),
    ("完成造林。（责任单位：市林业局，各镇（街道），持续推进）",
     [("市林业局", "responsible"), ("各镇（街道）", "responsible")], ["持续推进"], "完成造林。"),
    # quotes hold a name together; 具体负责 is a role, not a name
    ("开展检查。（市“双随机、一公开”联席会议成员单位牵头，各乡镇人民政府具体负责）",
     [("市“双随机、一公开”联席会议成员单位", "lead"), ("各乡镇人民政府", "responsible")], [], "开展检查。"),
    # '依职责负责' / '根据职责分工负责' say the same role as '按职责分工负责' (round AA)
    ("开展检查。（县财政局、县税务局依职责负责）", [("县财政局", "responsible"), ("县税务局", "responsible")], [], "开展检查。"),
    ("开展检查。（县财政局牵头，县税务局根据职责分工负责）", [("县财政局", "lead"), ("县税务局", "responsible")], [],
     "开展检查。"),
]


@pytest.mark.parametrize("paragraph,units,deadlines,rest", CASES)
def test_notation(paragraph, units, deadlines, rest):
    text = normalize(paragraph).lines[0]
    blocks = find_blocks(text, doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == units
    assert [d.text for b in blocks for d in b.deadlines] == deadlines
    assert strip_blocks(text, blocks) == rest


def test_wrong_and_missing_closing_bracket_are_reported():
    (wrong,) = find_blocks("做好培训。〔责任单位：区司法局]", doc_year=None)
    assert wrong.problems == ["bracket 〔 closed by ]"]
    (unclosed,) = find_blocks("做好培训。（责任单位：区司法局", doc_year=None)
    assert unclosed.problems == ["unclosed bracket around the 责任单位 block"]
    assert [u.name for u in unclosed.units] == ["区司法局"]


def test_xiatong_hands_units_on_until_a_task_names_its_own():
    doc = parse_text("某市某工作方案\n一、重点任务\n"
                     "1. 规范执法。制定清单。（责任单位：市司法局，各县（市、区）人民政府，下同）\n"
                     "2. 强化监督。开展监督。\n"
                     "3. 加强保障。落实经费。（责任单位：市财政局）\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [
        ["市司法局", "各县（市、区）人民政府"], ["市司法局", "各县（市、区）人民政府"], ["市财政局"]]


def test_a_label_line_is_never_joined_to_the_next_label_line():
    doc = parse_text("一、任务\n（一）统一招投标政策。消除不合理限制。\n责任单位：市建设局\n时限要求：持续推进\n")
    (task,) = doc.tasks
    assert [u.name for u in task.units] == ["市建设局"]
    assert [d.text for d in task.deadlines] == ["持续推进"]


def test_a_label_in_lenticular_brackets_reads_like_one_before_a_colon():
    doc = parse_text("一、任务\n（一）规范执法。开展评查。\n【牵头单位】市司法局\n【配合单位】市市场监督管理局、市应急管理局\n")
    assert [(u.name, u.role) for u in doc.tasks[0].units] == [
        ("市司法局", "lead"), ("市市场监督管理局", "support"), ("市应急管理局", "support")]


def test_host_and_co_host_labels_and_a_bare_time_limit():
    doc = parse_text("一、任务\n（一）开展助残服务。每年一次。\n主办单位：县残联\n协办单位：县民政局\n"
                     "（二）推进造林。完成1万亩。（责任单位：县林业局；时限：2020年12月底前）\n")
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("县残联", "lead"), ("县民政局", "support")], [("县林业局", "responsible")]]
    assert [d.text for d in doc.tasks[1].deadlines] == ["2020年12月底前"]


def test_a_deadline_alone_in_its_bracket_at_the_end_of_a_task():
    doc = parse_text("一、任务\n1.设立招商小组。驻点招商。（长期坚持）（责任单位：县商务局）\n"
                     "2.编制《产业规划（2021—2025年）》并实施。（责任单位：县发改局）\n")
    assert [d.text for d in doc.tasks[0].deadlines] == ["长期坚持"]
    assert "（2021—2025年）" in doc.tasks[1].text


def test_a_leading_ge_shares_the_head_of_the_next_unit():
    units = split_units("各市、县人民政府")
    assert [(u.name, u.raw) for u in units] == [("各市人民政府", "各市、县人民政府"), ("县人民政府", "各市、县人民政府")]


def test_a_label_line_listing_units_with_spaces_keeps_them_apart():
    doc = parse_text("一、任务\n（一）整治河道。清理垃圾。\n牵头单位：镇水利站\n责任单位：镇农业服务中心 镇财政所　各村委会\n"
                     "（二）修缮道路。完成5公里。\n责任单位：镇建设办 有关企业\n")
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("镇水利站", "lead"), ("镇农业服务中心", "responsible"), ("镇财政所", "responsible"), ("各村委会", "responsible")],
        [("镇建设办有关企业", "responsible")]]  # 有关企业 is no body's name: the spaces are not separators


def test_role_marks_and_stacked_role_words_inside_a_unit_list():
    doc = parse_text("一、任务\n（一）稳岗返还。按规定返还。\n责任单位：镇劳动保障所（牵头）、镇财政所\n"
                     "（二）就业援助。动态清零。（镇劳动保障所牵头，各村委会负责落实）\n")
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("镇劳动保障所", "lead"), ("镇财政所", "responsible")],
        [("镇劳动保障所", "lead"), ("各村委会", "responsible")]]


def test_a_role_mark_in_lenticular_brackets_after_a_name_is_no_label():
    doc = parse_text("一、任务\n（一）优化审批。压减时限。（责任单位：区政务服务中心【牵头】、区住建局；完成时限：2024年9月底前）\n"
                     "（二）推行告知承诺。扩大范围。\n【牵头单位】区司法局\n【配合单位】区市场监管局\n")
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("区政务服务中心", "lead"), ("区住房和城乡建设局", "responsible")],
        [("区司法局", "lead"), ("区市场监督管理局", "support")]]
    assert [d.text for d in doc.tasks[0].deadlines] == ["2024年9月底前"]


def test_a_time_limit_with_two_points_gives_both():
    doc = parse_text("一、任务\n（一）建设物流站。建成3个。\n责任单位：镇经发办\n完成时限：2023年5月底前启动，年底前建成\n"
                     "（二）培训电商人才。培训200人。\n责任单位：镇农业服务中心\n完成时限：2023年9月，长期坚持\n")
    assert [[(d.text, d.due and d.due.isoformat(), d.ongoing) for d in t.deadlines] for t in doc.tasks] == [
        [("2023年5月底前启动", "2023-05-31", False), ("年底前建成", "2023-12-31", False)],
        [("2023年9月，长期坚持", "2023-09-30", True)]]


def test_xiatong_at_the_end_of_a_clause_without_labels():
    doc = parse_text("一、措施\n（一）减免租金。减免3个月。（县国资局牵头，县财政局配合，下同）\n（二）缓缴社保。缓缴6个月。\n"
                     "（三）发放补贴。每户500元。（县人社局负责）\n")
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("县国资局", "lead"), ("县财政局", "support")], [("县国资局", "lead"), ("县财政局", "support")],
        [("县人力资源和社会保障局", "responsible")]]


def test_the_offices_of_a_bureau_under_their_own_labels():
    doc = parse_text("一、要点\n1.开展义诊。全年20场。\n牵头股室：医政股\n配合股室：疾控股、财务股\n"
                     "2.规范采购。按规定执行。（责任处室：规划财务处）\n")
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("医政股", "lead"), ("疾控股", "support"), ("财务股", "support")], [("规划财务处", "responsible")]]


def test_a_label_line_after_the_last_sub_item_is_the_parents():
    doc = parse_text("某县方案\n一、任务\n1.加强市场监管。\n（1）开展专项检查。\n（2）强化执法办案。\n责任单位：县市场监管局\n"
                     "2.优化政务服务。\n（1）推行一网通办。（责任单位：县政务服务中心）\n（2）推行容缺受理。（责任单位：县数据局）\n")
    assert [(t.id, [u.name for u in t.units]) for t in doc.tasks] == [
        ("1.1", ["县市场监督管理局"]), ("1.2", ["县市场监督管理局"]),
        ("2.1", ["县政务服务中心"]), ("2.2", ["县数据局"])]
    assert any("read as 1." in w for w in doc.warnings)


def test_the_time_limit_of_a_block_after_the_last_sub_item_is_the_parents_too():
    doc = parse_text("某县方案\n一、任务\n1.加强市场监管。\n（1）开展专项检查，2024年6月底前完成。\n（2）强化执法办案。\n"
                     "〔责任单位：县市场监管局，完成时限：2024年12月底前〕\n2.优化服务。推行一网通办。（责任单位：县数据局）\n")
    assert [(t.id, [d.text for d in t.deadlines]) for t in doc.tasks] == [
        ("1.1", ["2024年6月底前", "2024年12月底前"]), ("1.2", ["2024年12月底前"]), ("2", [])]


def test_a_time_arrangement_field_is_the_time_limit_and_its_heading_is_no_field():
    doc = parse_text("某县方案\n一、工作任务\n1、完善收运设施。每个行政村配备保洁员。\n责任部门：县城管局\n"
                     "时间安排：2019年下半年\n2、建立长效机制。建立村规民约。\n责任部门：县财政局\n"
                     "时间安排：2019年12月31日前\n二、时间安排\n分三个阶段推进。\n")
    assert [(t.id, [d.text for d in t.deadlines]) for t in doc.tasks] == [
        ("1", ["2019年下半年"]), ("2", ["2019年12月31日前"])]


def test_a_unit_list_cut_after_its_separator_goes_on_and_by_is_no_part_of_a_name():
    doc = parse_text("一、任务\n1.建设停车场。新增车位500个。\n责任单位：县交通局、\n县财政局、县自然资源局\n"
                     "2.整治占道。清理摊点。（由县城管局牵头，县公安局配合）\n")
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("县交通运输局", "responsible"), ("县财政局", "responsible"), ("县自然资源局", "responsible")],
        [("县城市管理局", "lead"), ("县公安局", "support")]]


def test_time_points_followed_by_what_is_due_then():
    doc = parse_text("某镇2023年方案\n一、任务\n1.建设物流站。建成3个。\n责任单位：镇经发办\n"
                     "时间节点：2023年4月底前完成选址，9月底前建成投用\n")
    assert [(d.text, d.due.isoformat(), d.inferred) for d in doc.tasks[0].deadlines] == [
        ("2023年4月底前完成选址", "2023-04-30", False), ("9月底前建成投用", "2023-09-30", True)]


def test_a_section_clause_holds_for_the_tasks_under_it_that_name_none():
    doc = parse_text("某县方案\n一、任务\n（一）加强耕地保护（责任单位：县自然资源局；完成时限：2024年底前）\n"
                     "1.严格耕地占补平衡。补充耕地500亩。\n2.整治撂荒地。复耕2000亩。（责任单位：各乡镇人民政府）\n"
                     "（二）推进农田建设\n牵头单位：县农业农村局\n3.新建高标准农田。新建2万亩。\n")
    assert [([u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks] == [
        (["县自然资源局"], ["2024年底前"]), (["各乡镇人民政府"], ["2024年底前"]), (["县农业农村局"], [])]
    assert [s.title for s in doc.sections[0].children] == ["加强耕地保护", "推进农田建设"]


def test_a_clause_after_a_dash_closes_the_task_line():
    """'N、任务内容——牵头单位：X；配合单位：Y', one task a line: the labels after the dash are the clause and
    the dash leaves the title (probe U03)."""
    doc = parse_text("某区重点任务责任分工\n1、编制年度重大行政决策事项目录——牵头单位：区司法局；配合单位：区政府办公室\n"
                     "2、推行行政执法公示制度—牵头单位：区司法局；配合单位：区行政执法各部门\n")
    assert [t.title for t in doc.tasks] == ["编制年度重大行政决策事项目录", "推行行政执法公示制度"]
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("区司法局", "lead"), ("区政府办公室", "support")], [("区司法局", "lead"), ("区行政执法各部门", "support")]]


def test_a_bracket_closing_the_last_sub_items_sentence_is_its_own_not_the_parents():
    doc = parse_text("某县2024年经济工作要点\n一、重点任务\n（一）扩大有效投资。实施重点项目50个。\n"
                     "（二）促进消费升级。举办消费季活动。（责任单位：县商务局）\n")
    assert [(t.id, [u.name for u in t.units]) for t in doc.tasks] == [("1", []), ("2", ["县商务局"])]
    assert not any("names none for the items before it" in w for w in doc.warnings)


def test_quarter_targets_a_colon_after_each_point_give_each_quarter():
    doc = parse_text("某县2024年推进计划\n一、任务\n1.完成供水工程普查。建立台账。\n责任单位：县水利局\n"
                     "时间节点：一季度：完成普查；二季度：建立台账\n")
    assert [(d.text, d.due.isoformat()) for d in doc.tasks[0].deadlines] == [("一季度", "2024-03-31"), ("二季度", "2024-06-30")]


def test_a_table_time_cell_of_quarter_targets_gives_each_quarter():
    doc = parse_text("某县2024年推进计划\n| 序号 | 工作任务 | 责任单位 | 时间节点 |\n"
                     "| 1 | 实施供水一体化工程。 | 县水利局 | 二季度：开工建设；四季度：完成主体工程 |\n")
    assert [(d.text, d.due.isoformat()) for d in doc.tasks[0].deadlines] == [("二季度", "2024-06-30"), ("四季度", "2024-12-31")]


def test_a_role_word_alone_in_a_bracket_is_no_clause():
    text = "建立联席会议制度。由县商务局（牵头）负责日常调度。（责任单位：县商务局、县财政局）"
    assert [u.name for b in find_blocks(text, doc_year=2024) for u in b.units] == ["县商务局", "县财政局"]
    assert find_blocks("推进改革。（牵头）", doc_year=2024) == []


def test_a_bare_bracket_of_bodies_with_a_role_mark_inside_is_the_clause():
    blocks = find_blocks("优化服务。开展帮扶。（县发改局（牵头）、县财政局）", doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("县发改局", "lead"), ("县财政局", "responsible")]


def test_a_label_less_clause_may_end_in_a_time_word():
    blocks = find_blocks("对重大项目实行专员服务。（市政务服务中心牵头，市直各有关单位配合；即时办理）", doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("市政务服务中心", "lead"), ("市直各有关单位", "support")]
    assert [d.text for b in blocks for d in b.deadlines] == ["即时办理"]
    blocks = find_blocks("实行季度通报制度。（市委督查室、市政府督查室负责；每季度）", doc_year=2024)
    assert [d.text for b in blocks for d in b.deadlines] == ["每季度"]
    # a 完成时限 of two points stays one value when one point is only a word ('即时启动，长期坚持')
    blocks = find_blocks("推行柔性执法。（责任单位：市司法局；完成时限：即时启动，长期坚持）", doc_year=2024)
    assert [d.text for b in blocks for d in b.deadlines] == ["即时启动，长期坚持"]


@pytest.mark.parametrize("text, units, deadlines", [
    ("推进改革。（责任主体：县发改局；完成期限：2024年底）", [("县发改局", "responsible")], ["2024年底"]),
    ("推进改革。（牵头部门：县发改局；协同部门：县财政局；推进时限：2024年底前）",
     [("县发改局", "lead"), ("县财政局", "support")], ["2024年底前"]),
    ("推进改革。（主责部门：县发改局；参与部门：县财政局）", [("县发改局", "responsible"), ("县财政局", "support")], []),
    ("推进改革。（落实主体：各乡镇；完成节点：2024年6月）", [("各乡镇", "responsible")], ["2024年6月"]),
])
def test_label_spellings_of_other_plans(text, units, deadlines):
    blocks = find_blocks(text, doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == units
    assert [d.text for b in blocks for d in b.deadlines] == deadlines


def test_a_closing_sentence_that_only_names_bodies_and_roles_is_the_clause():
    blocks = find_blocks("加强农产品监管。抽检合格率稳定在98%以上。县农业农村局牵头，县市场监管局配合。", doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("县农业农村局", "lead"), ("县市场监督管理局", "support")]
    blocks = find_blocks("加强校园食品安全。推行陪餐制度。县教育局、县市场监管局按职责分工负责，2024年9月底前完成。", doc_year=2024)
    assert [u.name for b in blocks for u in b.units] == ["县教育局", "县市场监督管理局"]
    assert [d.due for b in blocks for d in b.deadlines] == [dt.date(2024, 9, 30)]
    blocks = find_blocks("开展提升行动。培育示范店20家。由县市场监管局负责。", doc_year=2024)
    assert [(u.name, u.raw) for b in blocks for u in b.units] == [("县市场监督管理局", "县市场监管局")]


@pytest.mark.parametrize("text", [
    "推进污染防治。由县生态环境分局牵头，会同县农业农村局开展安全利用，2024年11月底前完成年度任务。",
    "加强企业检查。开展全覆盖检查，各乡镇要明确一名分管领导具体负责。",
    "加强企业检查。开展全覆盖检查。各乡镇要明确一名分管领导具体负责。",
])
def test_roles_inside_a_sentence_of_action_stay_prose(text):
    assert [u for b in find_blocks(text, doc_year=2024) for u in b.units] == []


def test_roles_joined_to_the_prose_by_a_comma_and_by_are_the_clause():
    # '…，由A负责，持续推进。': the roles close the task's last sentence after a comma, '由' opening them
    blocks = find_blocks("推行跨省通办。梳理公布事项清单，由县行政审批局负责，持续推进。", doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("县行政审批局", "responsible")]
    assert [d.text for b in blocks for d in b.deadlines] == ["持续推进"]
    blocks = find_blocks("降低用电成本。实行零上门零审批，由国网某县供电公司牵头，县发展改革局配合，2024年9月底前落实到位。",
                         doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("国网某县供电公司", "lead"), ("县发展改革局", "support")]
    assert [d.due for b in blocks for d in b.deadlines] == [dt.date(2024, 9, 30)]
    # roles in a sentence of action after the comma stay prose
    assert find_blocks("推进污染防治。开展排查，由县生态环境分局牵头，会同县农业农村局开展安全利用。", doc_year=2024) == []
    assert find_blocks("推进改革。本措施自印发之日起施行，由县发展改革局负责解释。", doc_year=2024) == []


@pytest.mark.parametrize("text", [
    "加强水源地保护。年底前完成规范化建设。由省水利厅牵头、省生态环境厅配合。",
    "加强水源地保护。年底前完成规范化建设。省水利厅牵头、省生态环境厅配合。",
    "加强水源地保护。年底前完成规范化建设。（省水利厅牵头、省生态环境厅配合）",
    "加强水源地保护。完成规范化建设，由省水利厅牵头、省生态环境厅配合。",
])
def test_roles_joined_by_a_dunhao_after_the_lead_are_a_clause(text):
    # round AH: 'A牵头、B配合' (the roles joined by 、, not by a comma) was read as one part ending in 配合 with no lead
    blocks = find_blocks(text, doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("省水利厅", "lead"), ("省生态环境厅", "support")]


@pytest.mark.parametrize("text", ["加强保护。完成建设，由省水利厅牵头、组织开展排查。", "加强保护。（省水利厅负责、组织实施）",
                                  # no body named: '各牵头、配合单位' are the roles of bodies named elsewhere (read as a
                                  # unit '各' (lead) and '配合单位' before round AH)
                                  "加强保护。完成建设。（各牵头、配合单位按职责分工负责）"])
def test_a_dunhao_after_the_lead_before_prose_stays_prose(text):
    assert find_blocks(text, doc_year=2024) == []


@pytest.mark.parametrize("text", ["加强队伍建设。开展培训，由县司法局负责，2023年底前全面落实到位。",
                                  "加强队伍建设。开展培训。（县司法局负责，2023年底前全面完成）",
                                  "加强队伍建设。开展培训。县司法局负责，2023年底前基本完成。"])
def test_a_time_part_with_a_word_of_degree_before_its_done_word(text):
    # misfire review 9 (a miss seen beside it): '…前全面落实到位' / '…前基本完成' was no time part, so the clause was prose
    blocks = find_blocks(text, doc_year=2023)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("县司法局", "responsible")]
    assert [d.due for b in blocks for d in b.deadlines] == [dt.date(2023, 12, 31)]


@pytest.mark.parametrize("text", [
    "做好城区保洁。落实门前三包制度。其中城区部分，由县城管局负责。",
    "推进项目建设。加快项目审批进度。所需经费，由县财政局负责。",
    "深化改革攻坚。抓好各项改革任务。以上任务，由县发展改革局牵头。",
    "强化宣传引导。营造良好氛围，宣传工作，由县委宣传部负责。",
])
def test_roles_after_a_comma_for_other_work_or_a_part_of_it_stay_prose(text):
    # misfire review 9: the head before '，由' names other work or a part of the task, as '以上任务由A牵头' does
    assert find_blocks(text, doc_year=2024) == []


def test_roles_after_a_comma_for_this_tasks_own_work_are_its_clause():
    # ... while a phrase of action ending in 工作 before '，由' is the task's own work, not a part of it
    for text in ("加强宣传引导。开展宣传工作，由县委宣传部负责。", "加强宣传引导。做好政策解读工作，由县委宣传部负责。"):
        assert [u.name for b in find_blocks(text, doc_year=2024) for u in b.units] == ["县委宣传部"]


def test_a_closing_sentence_of_roles_for_a_towns_bodies():
    blocks = find_blocks("落实防汛责任。明确巡查责任人。镇应急办牵头，各村（社区）负责。", doc_year=2024)
    assert [(u.name, u.role) for b in blocks for u in b.units] == [("镇应急办", "lead"), ("各村（社区）", "responsible")]
    blocks = find_blocks("加强隐患巡查。开展拉网式巡查。镇水利站、镇自然资源所按职责分工负责。", doc_year=2024)
    assert [u.name for b in blocks for u in b.units] == ["镇水利站", "镇自然资源所"]
    blocks = find_blocks("做好群众转移。确保应转尽转。由镇党政办负责统筹，各村（社区）具体落实。", doc_year=2024)
    assert [u.name for b in blocks for u in b.units] == ["镇党政办", "各村（社区）"]
    # a place, not a body: '公共场所' is no unit
    assert find_blocks("加强巡查。重点巡查公共场所负责。", doc_year=2024) == []


@pytest.mark.parametrize("text, units", [
    ("推进改革。此项工作由县发改局负责。", ["县发改局"]),
    ("以上任务由县发改局牵头，各有关部门配合。", []),  # speaks of the tasks above, not of this one
    ("推进改革。其中城区部分由县住建局负责。", []),
    ("推进改革。城区部分由县住建局负责。", []),
    # a part of the work named before the body ('资金保障', '宣传工作'): that part's body, no unit '资金保障县财政局'
    ("推进改革。资金保障县财政局负责。", []),
    ("开展整治。完成改厕500户。宣传工作县委宣传部牵头。", []),
    ("推进改革。县委农村工作领导小组办公室牵头，县财政局配合。", ["县委农村工作领导小组办公室", "县财政局"]),
])
def test_a_closing_sentence_about_other_work_is_no_clause_of_this_task(text, units):
    assert [u.name for b in find_blocks(text, doc_year=2024) for u in b.units] == units


def test_a_sections_closing_sentence_of_roles_gives_its_tasks_no_units():
    # '各乡镇、各部门按职责分工负责。' under a section heading says how the area's work is shared in general;
    # a task's own closing sentence is still its clause
    text = ("某县2024年数字乡村建设工作要点\n一、夯实数字基础设施\n全面推进农村网络提档升级。各乡镇、各部门按职责分工负责。\n"
            "（一）推进5G网络覆盖。新建5G基站100个。\n（二）提升农村宽带速率。千兆光网覆盖率达到80%。\n"
            "二、发展智慧农业\n（一）推广农业物联网。推广应用物联网设备500台套。各乡镇人民政府负责。\n")
    doc = parse_text(text)
    assert [[u.name for u in t.units] for t in doc.tasks] == [[], [], ["各乡镇人民政府"]]


def test_a_time_limit_ends_at_its_full_stop_and_a_sentence_of_roles_after_it_gives_the_units():
    doc = parse_text("某县2024年工作方案\n一、任务\n1.完善督查机制。建立台账。完成时限：2024年12月31日。县政府督查室负责。\n"
                     "2.开展评估。完成时限：2024年10月底。请各单位按时报送材料。\n"
                     "3.修订办法。（责任单位：县司法局；完成时限：2024年6月底前完成初稿。2024年底前全面完成）\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [["县政府督查室"], [], ["县司法局"]]
    assert [[(d.text, d.due.isoformat()) for d in t.deadlines] for t in doc.tasks] == [
        [("2024年12月31日", "2024-12-31")], [("2024年10月底", "2024-10-31")],
        [("2024年6月底前完成初稿", "2024-06-30"), ("2024年底前全面完成", "2024-12-31")]]


def test_boxed_labels_run_together_on_one_line_each_open_their_field():
    doc = parse_text("某县2024年宣传工作方案\n一、重点任务\n1.加强宣传。开展宣传活动。\n"
                     "【牵头单位】县委宣传部【配合单位】县融媒体中心、县文化馆【完成时限】2024年底\n"
                     "2.加强阵地建设。建设文化广场。（责任单位：县文化馆）\n")
    task = doc.tasks[0]
    assert [(u.name, u.role) for u in task.units] == [("县委宣传部", "lead"), ("县融媒体中心", "support"), ("县文化馆", "support")]
    assert [d.text for d in task.deadlines] == ["2024年底"]
@pytest.mark.parametrize("value,points", [
    ("2024年6月底前、2024年12月底前", ["2024年6月底前", "2024年12月底前"]),
    ("2024年6月底前/长期坚持", ["2024年6月底前/长期坚持"]),  # a date that goes on: one value, as '…，长期坚持'
    ("2024年4月、2024年10月", ["2024年4月", "2024年10月"]),
    ("2024/12/31", ["2024/12/31"]),  # a slash date is one point
    ("2024年6月、12月", ["2024年6月、12月"]),  # two months sharing one year: one value
    ("县财政局、2024年6月", ["县财政局、2024年6月"]),  # not all points: the value stays whole
])
def test_time_points_side_by_side_in_one_cell_are_each_a_deadline(value, points):
    assert [d.text for d in deadline_points(value, 2024)] == points


def test_a_time_limit_field_written_as_an_iso_date_gives_its_date():
    doc = parse_text("某县方案\n一、重点任务\n（一）开展培训。组织培训2次。（责任单位：县司法局；完成时限：2024-06-30）\n"
                     "（二）强化监督。开展评查。\n责任单位：县政府办\n完成时限：2024－09－30前\n")
    assert [[(d.text, d.due) for d in t.deadlines] for t in doc.tasks] == [
        [("2024-06-30", dt.date(2024, 6, 30))], [("2024－09－30前", dt.date(2024, 9, 30))]]


def test_a_role_mark_after_a_boxed_field_value_stays_a_mark():
    # misfire review 5: once a boxed label opened a field, '【牵头】' / '【配合】' after a name were read as fields
    doc = parse_text("某市2024年法治政府建设工作安排\n1.推进规范执法。\n"
                     "【责任单位】市司法局【牵头】，市公安局【配合】\n【完成时限】2024年12月底前\n")
    assert [(u.name, u.role) for u in doc.tasks[0].units] == [("市司法局", "lead"), ("市公安局", "support")]


def test_bodies_before_the_first_role_part_of_a_bracket_share_its_role():
    # round AD: '（A、B，C按职责分工负责）' — a comma inside the list of bodies — named no unit at all
    doc = parse_text("某省促进消费若干措施\n一、丰富供给\n（一）发展乡村旅游。建成重点村100个。"
                     "（省文化和旅游厅、省农业农村厅，各市人民政府按职责分工负责）\n"
                     "（二）推行门票优惠。实行门票减免。（省发展改革委，省财政厅负责）\n"
                     "（三）加大金融支持。开发信贷产品。（省地方金融监管局牵头，省财政厅，省税务局配合）\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [
        ["省文化和旅游厅", "省农业农村厅", "各市人民政府"], ["省发展和改革委员会", "省财政厅"],
        ["省地方金融监管局", "省财政厅", "省税务局"]]
    # a remark in brackets stays prose
    prose = parse_text("某省措施\n一、供给\n（一）发展旅游。建成重点村（含省级示范村，各市负责推荐）。\n")
    assert prose.tasks[0].units == []


def test_a_closing_bracket_of_bodies_then_a_time_is_the_tasks_clause():
    doc = parse_text("某县2024年工作方案\n一、任务\n（一）清理文件。全面清理。（县司法局、县政府办；2024年6月底前）\n"
                     "（二）公开目录。及时公开。（县政府办，长期坚持）\n（三）开展评查。评查案卷（含县司法局，2024年）。\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [["县司法局", "县政府办公室"], ["县政府办公室"], []]
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [["2024年6月底前"], ["长期坚持"], []]


def test_a_rectification_time_label_line_gives_the_tasks_deadline():
    # round AF: an audit 整改方案 closes each problem with '整改措施：…' / '责任单位：…' / '整改时限：…' lines; the 整改时限 was no
    # label, so the tasks had units and no deadline
    text = ("某县审计发现问题整改方案\n一、整改任务\n（一）专项资金拨付不及时问题。\n整改措施：及时拨付到位。\n"
            "责任单位：县财政局\n整改时限：2025年3月底前\n（二）采购程序不规范问题。\n整改措施：逐一核查整改。\n"
            "责任单位：县财政局\n整改期限：长期坚持\n")
    doc = parse_text(text)
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [["2025年3月底前"], ["长期坚持"]]
    assert [[u.name for u in t.units] for t in doc.tasks] == [["县财政局"], ["县财政局"]]


def test_a_time_label_inside_a_sentence_of_prose_gives_the_tasks_time():
    # round AI: '整改时间：' after a comma in the middle of a paragraph (no bracket, no line of its own) was no field: the
    # time was lost ('立行立改并长期坚持'), and the roles before it ('A牵头，B落实，整改时间：…') named no unit
    text = ("某县督察反馈问题整改方案\n一、整改任务\n"
            "（一）矿山修复滞后问题。县自然资源局牵头，相关乡镇人民政府落实，整改时间：2024年12月底前。对矿山逐一制定方案。\n"
            "（二）养殖污染问题。对规模养殖场开展排查，整改时间：立行立改并长期坚持，督促配套建设设施（责任单位：县农业农村局）。\n")
    doc = parse_text(text)
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("县自然资源局", "lead"), ("相关乡镇人民政府", "responsible")], [("县农业农村局", "responsible")]]
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [["2024年12月底前"], ["立行立改并长期坚持"]]
    assert doc.tasks[1].text == "养殖污染问题。对规模养殖场开展排查，督促配套建设设施。"


def test_a_label_inside_a_sentence_that_says_no_time_gives_none():
    # misfire review 10: '，期限：3年' (a term) and '，时间安排：分三个阶段推进' (phases) after a comma were read as time limits
    text = ("某县工作方案\n一、重点任务\n（一）开展评估。对项目开展评估，期限：3年。（责任单位：县发改局）\n"
            "（二）开展检查。对企业开展检查，时间安排：分三个阶段推进。（责任单位：县应急局）\n")
    assert [[d.text for d in t.deadlines] for t in parse_text(text).tasks] == [[], []]

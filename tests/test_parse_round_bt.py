"""Round BT's layouts, each on a made-up example of its pattern: who does what said in the body of ordinary pages —
'这项工作由A统筹，B具体承办', '牵头单位是A，配合单位是B', 'B按照“三管三必须”要求各负其责', a short name given at the first
mention ('A（以下简称B）'), a line of fields set apart by spaces ('牵头：A 配合：B C', '牵头单位　A　　配合单位　B'), a bracket
of bodies with a comma closing a heading line ('（A，B）') and the body under it, inline sub-items each closed by their own
roles ('（1）…，A负责；（2）…，B负责'), a section's own sentence under its heading ('本部分任务由A牵头') and a count of the items
above ('以上两项任务均由A牵头'). The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [([u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _items(*paragraphs: str) -> str:
    numerals = "一二三四五六七八九"
    return "某县2025年某项工作方案\n" + "".join(f"{numerals[k]}、事项{k + 1}\n　　{p}\n" for k, p in enumerate(paragraphs))


def test_roles_after_the_work_named_with_zhe_or_said_with_shi():
    # round BT: '这项工作由A统筹，B具体承办' (这项 for 此项: BT11, 2 units), '牵头单位是A，配合单位是B、C' (是 for 为: BT05, 3
    # units), 'B按照“三管三必须”要求各负其责' (a quoted rule with 各负其责: BT08, 2 units) were prose
    doc = parse_text(_items(
        "推进物业管理全覆盖。推行红色物业托管。这项工作由街道城建办统筹，各社区居委会具体承办。",
        "提升卫生院服务能力。开展特色专科服务。牵头单位是县卫生健康局医政股，配合单位是各乡镇卫生院、县中医医院。",
        "压实安全生产责任。制定责任清单，县安委办牵头，县安委会各成员单位按照“三管三必须”要求各负其责。",
    ))
    assert _rows(doc) == [
        (["街道城建办", "各社区居委会"], []),
        (["县卫生健康局医政股", "各乡镇卫生院", "县中医医院"], []),
        (["县安委办", "县安委会各成员单位"], []),
    ]
    assert [u.role for u in doc.tasks[1].units] == ["lead", "support", "support"]
    assert doc.tasks[0].units[0].role == "lead"


def test_a_short_name_given_at_the_first_mention_is_no_part_of_the_name():
    # round BT: '由A（以下简称B）牵头，…' read as prose (the note broke the name: BT09, 3 units); 'A（简称B）负责' kept the note
    # in the name (BT09)
    doc = parse_text(_items(
        "强化项目储备。滚动谋划储备项目。由县发展和改革局（以下简称县发改局）牵头，县财政局、县自然资源局配合。",
        "优化项目审批。实行帮办代办。县行政审批服务局（简称审批局）负责。",
    ))
    assert _rows(doc) == [
        (["县发展和改革局", "县财政局", "县自然资源局"], []),
        (["县行政审批服务局"], []),
    ]


def test_a_line_of_fields_set_apart_by_spaces():
    # round BT: '牵头：A 配合：B C 时限：…' joined the two support bodies into one name (the spaces squeezed out: BT03, 1 wrong);
    # '牵头单位　A　　配合单位　B、C' (labels set off by spaces, no colon) was no clause (BT03: 3 units)
    text = ("某区2025年某项工作清单\n一、事项\n　　1.推行免申即享。梳理政策清单。\n"
            "　　牵头：区发展和改革局 配合：区财政局 区工业和信息化局 时限：2025年9月底前\n"
            "　　2.优化项目审批。压减审批时间。\n"
            "　　牵头单位　区住房和城乡建设局　　配合单位　区自然资源分局、区行政审批服务局\n")
    doc = parse_text(text)
    assert _rows(doc) == [
        (["区发展和改革局", "区财政局", "区工业和信息化局"], ["2025年9月底前"]),
        (["区住房和城乡建设局", "区自然资源分局", "区行政审批服务局"], []),
    ]
    assert [u.role for u in doc.tasks[1].units] == ["lead", "support", "support"]


def test_a_bracket_of_bodies_closing_a_heading_line_and_the_body_under_it():
    # round BT: a comma inside the bracket '（A，B）' closing a heading line glued the body paragraph to the heading (title and
    # units lost: BT06, 4 units); the body under a heading closed by a clause was dropped as closing text (its deadline lost:
    # BT06, 2 deadlines)
    text = ("某区数字政府建设2025年工作要点\n一、提升服务\n"
            "（一）推进一网通办提质增效（区政务服务中心，区数据资源局）\n"
            "全程网办率提高到85%以上，2025年9月底前实现高频事项掌上办。\n"
            "（二）加强数据安全保障（区委网信办牵头，区公安分局配合）\n"
            "落实数据分类分级保护制度，年底前完成风险评估。\n")
    doc = parse_text(text)
    assert [t.title for t in doc.tasks] == ["推进一网通办提质增效", "加强数据安全保障"]
    assert _rows(doc) == [
        (["区政务服务中心", "区数据资源局"], ["2025年9月底前"]),
        (["区委网信办", "区公安分局"], ["年底前"]),
    ]


def test_inline_sub_items_closed_by_their_own_roles_are_tasks():
    # round BT: '1.稳定就业。（1）…，A负责；（2）…，B负责；（3）…，C、A负责。' — inline items each closed by their own roles part are
    # the tasks, as items each with their own '（责任单位：X）' are (P29); they were not split (BT07: 3 tasks)
    text = ("某县2025年稳就业工作措施\n"
            "　　1.稳定重点群体就业。（1）实施高校毕业生就业促进行动，开发见习岗位300个，县人力资源和社会保障局负责；"
            "（2）做好退役军人就业安置，县退役军人事务局负责；（3）开展返乡创业培训，县农业农村局、县人力资源和社会保障局负责。\n"
            "　　2.拓宽增收渠道。发展庭院经济。县农业农村局牵头，各乡镇人民政府配合。\n")
    doc = parse_text(text)
    assert [t.title for t in doc.tasks] == ["实施高校毕业生就业促进行动，开发见习岗位300个", "做好退役军人就业安置", "开展返乡创业培训",
                                            "拓宽增收渠道"]
    assert _rows(doc) == [
        (["县人力资源和社会保障局"], []),
        (["县退役军人事务局"], []),
        (["县农业农村局", "县人力资源和社会保障局"], []),
        (["县农业农村局", "各乡镇人民政府"], []),
    ]


def test_a_sections_own_sentence_and_a_count_of_the_items_above():
    # round BT: '本部分任务由A牵头，B、C配合。' under a section heading before its items (BT10: 6 units) and '以上两项任务均由A
    # 牵头，B配合，<date>前完成。' after them (a count between 以上 and 任务: BT10, 4 units, 1 deadline) were no clause
    text = ("某区2025年优化营商环境攻坚行动方案\n一、攻坚任务\n"
            "（一）规范市场监管\n　　本部分任务由区市场监管局牵头，区商务局、区税务局配合。\n"
            "　　1.推行包容审慎监管。制定免罚清单。\n　　2.加强信用监管。推行信用分级分类监管。\n"
            "（二）强化要素保障\n　　3.缓解融资难题。推广信易贷。\n　　4.降低用地成本。推行弹性年期出让。\n"
            "　　以上两项任务均由区发展和改革局牵头，区财政局配合，2025年12月底前完成。\n")
    doc = parse_text(text)
    assert _rows(doc) == [
        (["区市场监管局", "区商务局", "区税务局"], []),
        (["区市场监管局", "区商务局", "区税务局"], []),
        (["区发展和改革局", "区财政局"], ["2025年12月底前完成"]),
        (["区发展和改革局", "区财政局"], ["2025年12月底前完成"]),
    ]
    assert [u.role for u in doc.tasks[0].units] == ["lead", "support", "support"]


def test_near_misses_of_the_round_bt_rules_stay_as_they_were():
    # a sentence of roles naming no work under a section heading is a remark on the area, no clause of its items
    text = ("某区2025年某项工作方案\n一、攻坚任务\n（一）规范市场监管\n　　各镇、各部门按职责分工负责。\n"
            "　　1.推行包容审慎监管。制定免罚清单。\n　　2.加强信用监管。推行分类监管。\n")
    assert _rows(parse_text(text)) == [([], []), ([], [])]
    # an inline enumeration whose items carry no roles of their own is not split; nor one closed by duties of a body
    text = ("某县2025年某项工作措施\n"
            "　　1.稳定就业。主要有：（1）实施就业促进行动；（2）做好就业安置。县人力资源和社会保障局负责。\n"
            "　　2.拓宽渠道。一是发展庭院经济（县农业农村局负责）；二是发展乡村旅游（县文化和旅游局负责）。\n")
    doc = parse_text(text)
    assert [t.title for t in doc.tasks] == ["稳定就业", "拓宽渠道"]
    assert _rows(doc) == [(["县人力资源和社会保障局"], []), (["县农业农村局", "县文化和旅游局"], [])]
    # a heading with a bracket that names no body ('（二期）') keeps its body as the task's text; a header row spaced out
    # ('责任 单位') is no line of spaced fields
    text = ("某区2025年工作要点\n一、事项\n（一）开展数字乡村试点（二期）\n　　在3个街道开展试点。区农业农村局负责。\n"
            "（二）推进公共数据开放（2025—2026年）\n　　编制开放目录，年底前上线。\n")
    doc = parse_text(text)
    assert [t.title for t in doc.tasks] == ["开展数字乡村试点（二期）", "推进公共数据开放"]  # a span in brackets is the task's time
    assert _rows(doc) == [(["区农业农村局"], []), ([], ["2025—2026年", "年底前"])]
    assert doc.tasks[0].text == "开展数字乡村试点（二期）\n在3个街道开展试点。"
    # '以上任务' inside a task's paragraph speaks of other work, and '（以下简称“一网通办”）' after no body is no clause
    doc = parse_text(_items("推进一网通办。推行政务服务一网通办（以下简称“一网通办”）。以上两项任务另行部署。"))
    assert _rows(doc) == [([], [])]


def test_the_work_named_after_the_role_word_or_above_in_a_bracket():
    # beside the round (made-up variants of BT11's and BT10's wordings): 'A负责此项工作' alone was prose (BT11's 'A负责此项工作，
    # B配合' read only through the one-word rule); '此部分任务由A牵头' under a section heading and '上述任务A牵头，B配合' (no 由)
    # after the items were no clause; '（以上任务由A牵头，B配合）' gave the unit '以上任务由A' (a wrong name, on the parser before
    # the round too)
    doc = parse_text(_items("开展隐患排查。建立隐患清单。县应急管理局负责此项工作。"))
    assert _rows(doc) == [(["县应急管理局"], [])]
    text = ("某区2025年工作方案\n一、任务\n（一）规范监管\n　　此部分任务由区市场监管局牵头。\n"
            "　　1.推行审慎监管。制定清单。\n　　2.加强信用监管。推行分类。\n"
            "（二）强化保障\n　　3.缓解融资难题。推广信易贷。\n　　4.降低用地成本。推行弹性出让。\n"
            "　　上述任务区发展和改革局牵头，区财政局配合。\n"
            "（三）优化服务\n　　5.推行帮办代办。组建专班。\n　　6.推行一网通办。整合系统。\n"
            "　　（以上任务由区行政审批局牵头，区数据资源局配合）\n")
    assert [units for units, _ in _rows(parse_text(text))] == [
        ["区市场监管局"], ["区市场监管局"], ["区发展和改革局", "区财政局"], ["区发展和改革局", "区财政局"],
        ["区行政审批局", "区数据资源局"], ["区行政审批局", "区数据资源局"]]
    # ... while a sentence about the work above that names no body with a role stays prose
    text = ("某区2025年工作方案\n一、任务\n（一）规范监管\n　　1.推行审慎监管。制定清单。\n　　2.加强信用监管。推行分类。\n"
            "　　以上任务要切实抓好落实，务求实效。\n")
    assert _rows(parse_text(text)) == [([], []), ([], [])]


def test_a_header_row_of_labels_set_apart_by_spaces_is_no_line_of_fields():
    # the misfire check: the second header row of a table set out with spaces ('牵头单位  配合单位', AL12, AR11) opened with a
    # label followed by spaces and a word ending in 单位 — no body's name: no fields
    from zhifa_cli.parse.blocks import plain_labels, spaced_unit_line

    assert not spaced_unit_line("牵头单位  配合单位") and plain_labels("牵头单位  配合单位") == "牵头单位  配合单位"
    assert not spaced_unit_line("责任 单位")
    assert plain_labels("牵头单位　区住建局　　配合单位　区自然资源分局") == "牵头单位：区住建局　　配合单位：区自然资源分局"


def test_the_last_item_cut_before_its_units_after_an_item_that_names_them_is_a_task():
    # round BT: at the top level, beside items with sub-items, a leaf that names its units is a task of its own; the page's
    # last leaf, cut before its units, was read as a section (BT07 5.: 1 task)
    text = ("某县2025年稳就业工作措施\n　　1.稳定重点群体就业。\n　　（1）开发见习岗位。县人力资源和社会保障局负责。\n"
            "　　（2）做好退役军人就业安置。县退役军人事务局负责。\n"
            "　　2.拓宽增收渠道。发展庭院经济。县农业农村局牵头，各乡镇人民政府配合。\n"
            "　　3.加强劳动者权益保障。开展根治欠薪冬季专项行动，\n")
    doc = parse_text(text)
    assert [t.title for t in doc.tasks] == ["开发见习岗位", "做好退役军人就业安置", "拓宽增收渠道", "加强劳动者权益保障"]
    # ... but a closing leaf after sections only (no top-level leaf naming units before it) stays a section
    text = ("某县2025年稳就业工作措施\n　　1.稳定重点群体就业。\n　　（1）开发见习岗位。县人力资源和社会保障局负责。\n"
            "　　（2）做好退役军人就业安置。县退役军人事务局负责。\n"
            "　　2.强化工作保障。各乡镇要加强组织领导，\n")
    assert [t.title for t in parse_text(text).tasks] == ["开发见习岗位", "做好退役军人就业安置"]


def test_parts_counted_off_each_with_its_own_roles_and_the_work_named_in_the_role():
    # beside the round (made-up variants of BT07's and BT05's wordings): '一是…，A负责；二是…，B负责。' gave only the last part's
    # body; 'A为此项工作责任单位' and 'A、B为共同责任单位' were prose
    doc = parse_text(_items(
        "开展隐患排查。一是建立隐患台账，2025年6月底前完成，县应急管理局负责；二是开展集中整治，由县住建局牵头，县城管局配合。",
        "开展隐患排查。一是建立隐患台账，县应急管理局负责。二是开展集中整治，县住建局负责。",
        "开展隐患排查。建立隐患清单。县应急管理局为此项工作责任单位。",
        "开展隐患排查。建立隐患清单。县应急管理局、县住建局为共同责任单位。",
    ))
    assert _rows(doc) == [
        (["县应急管理局", "县住建局", "县城管局"], ["2025年6月底前"]),
        (["县应急管理局", "县住建局"], []),
        (["县应急管理局"], []),
        (["县应急管理局", "县住建局"], []),
    ]
    assert doc.tasks[0].text.endswith("一是建立隐患台账，2025年6月底前完成；二是开展集中整治。")
    # ... a part with no roles of its own leaves the closing reading as it was (the last part's tail only)
    doc = parse_text(_items("开展隐患排查。一是建立隐患台账；二是开展集中整治，县住建局负责。"))
    assert _rows(doc) == [(["县住建局"], [])]

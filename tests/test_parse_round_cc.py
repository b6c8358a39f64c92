"""Round CC's misses, each on a made-up example of its pattern: the LABEL WORDS of a task's unit and time fields. A
unit label is a role word and a kind of body ('执行单位', '承担部门', '牵头机构', '负责科室', '督办单位'), a time label a
stage word and a kind of time ('截止日期', '推进节点', '实施期限', '完成年限'); pairs not met before gave no units or left
the label and its time among the units. The texts are invented; they copy the shape of published documents, not
their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text

_HEAD = "某县人民政府办公室关于印发2024年重点工作要点的通知\n某县人民政府办公室\n2024年3月5日\n一、提升服务效能\n"


def _units(doc):
    return [[u.raw for u in t.units] for t in doc.tasks]


def _roles(doc):
    return [[(u.raw, u.role) for u in t.units] for t in doc.tasks]


def _deadlines(doc):
    return [[d.text for d in t.deadlines] for t in doc.tasks]


def test_a_role_word_and_a_kind_of_body_is_a_unit_label_in_a_bracket():
    # round CC: '（执行单位：A；…）', '（承担单位：A；配合单位：B）', '（主办部门：A；协作部门：B）' gave no units (CC01, CC09)
    text = _HEAD + ("1．规范文件管理。审核率达到100%。（执行单位：县司法局；完成时限：2024年12月底前）\n"
                    "2．推进决策规范化。编制事项目录。（承担单位：县政府办公室；配合单位：县司法局；完成时限：2024年4月底前）\n"
                    "3．规范涉企检查。减少入企检查。（主办部门：县市场监管局；协作部门：县直有关部门；完成时限：长期坚持）\n")
    doc = parse_text(text)
    assert _roles(doc) == [[("县司法局", "responsible")],
                           [("县政府办公室", "responsible"), ("县司法局", "support")],
                           [("县市场监管局", "lead"), ("县直有关部门", "support")]]
    assert _deadlines(doc) == [["2024年12月底前"], ["2024年4月底前"], ["长期坚持"]]


def test_role_and_body_labels_on_lines_of_their_own():
    # round CC: '责任机构：A' / '牵头机构：A' / '配合机构：B' / '督办单位：B' lines under the task gave no units (CC02, CC05)
    text = _HEAD + ("（一）推进化肥减量。覆盖率稳定在90%以上。\n责任机构：县土壤肥料站\n完成时限：2024年10月底前\n"
                    "（二）推进农药减量。建设示范区15个。\n牵头机构：县植保站\n配合机构：各乡镇人民政府\n完成时限：2024年11月底前\n"
                    "（三）开展清洁行动。每月1次。\n主抓单位：县农业农村局\n督办单位：县委督查室\n完成时限：长期坚持\n")
    doc = parse_text(text)
    assert _units(doc) == [["县土壤肥料站"], ["县植保站", "各乡镇人民政府"], ["县农业农村局", "县委督查室"]]


def test_a_qualified_role_label_inline_after_the_tasks_sentence():
    # round CC: '具体责任单位：A；完成期限：…' / '具体实施单位：A；配合责任单位：B' / '直接责任单位：A' closing a paragraph
    # gave no units (CC03)
    text = _HEAD + ("（一）摸清底数。建立项目库。具体责任单位：各街道办事处；完成期限：2024年5月底前。\n"
                    "（二）完善方案。征求居民意见。具体实施单位：县城市更新中心；配合责任单位：各街道办事处；完成时限：2024年6月底前。\n"
                    "（三）推进开工。直接责任单位：县住房和城乡建设局；完成时限：2024年9月底前。\n")
    doc = parse_text(text)
    assert _units(doc) == [["各街道办事处"], ["县城市更新中心", "各街道办事处"], ["县住房和城乡建设局"]]


def test_a_stage_word_and_a_kind_of_time_is_a_time_label():
    # round CC: '截止日期：…', '推进节点：…', '实施期限：…', '执行时间：…', '完成年限：…', '期限要求：…' were read as a unit
    # (the label and its time among the names) and gave no time (CC01, CC02, CC04, CC08)
    text = _HEAD + ("1．编制目录。（责任单位：县政府办公室；截止日期：2024年4月30日）\n"
                    "2．开展评查。（责任单位：县司法局；推进节点：2024年11月底前）\n"
                    "3．除险加固。（责任单位：县水利局；实施期限：2024年汛前）\n"
                    "4．农膜回收。（责任单位：县农业农村局；执行时间：2024年12月底前）\n"
                    "5．排查隐患。（责任单位：县教育局；期限要求：2024年9月底前）\n")
    doc = parse_text(text)
    assert _units(doc) == [["县政府办公室"], ["县司法局"], ["县水利局"], ["县农业农村局"], ["县教育局"]]
    assert _deadlines(doc) == [["2024年4月30日"], ["2024年11月底前"], ["2024年汛前"], ["2024年12月底前"], ["2024年9月底前"]]


def test_near_misses_of_the_label_words_stay_as_they_were():
    # a person's label gives no unit; a name glued before a label keeps its name ('县体育局配合单位：'); a known label
    # keeps its kind ('监管责任单位' support, '主要责任单位' lead)
    text = _HEAD + ("1．开展巡查。（责任领导：张伟；责任单位：县应急管理局；完成时限：2024年6月底前）\n"
                    "2．办理业务。（责任单位：县政务服务中心，县体育局配合单位：县教育局）\n"
                    "3．整治隐患。（主要责任单位：县住建局；监管责任单位：县应急管理局；完成时限：长期坚持）\n")
    doc = parse_text(text)
    assert _roles(doc) == [[("县应急管理局", "responsible")],
                           [("县政务服务中心", "responsible"), ("县体育局", "responsible"), ("县教育局", "support")],
                           [("县住建局", "lead"), ("县应急管理局", "support")]]
    assert _deadlines(doc) == [["2024年6月底前"], [], ["长期坚持"]]

"""Round BQ's misses, each on a made-up example of its pattern: a town's government among a county's units taken
for the county's name, and a half of the year opening a part of a task's prose ('上半年公布…') read as no time.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _deadlines(doc):
    return [[d.text for d in t.deadlines] for t in doc.tasks]


def test_a_towns_government_among_the_units_names_no_county():
    # round BQ: a page whose head is cut (no title, no signature) and whose units are the county's bureaus by level
    # ('县环保局') and one town ('城关镇人民政府') took the town for the place and gave it the level: '城关镇县' (BQ04)
    text = ("3．整治城区黑臭水体。年内完成2条黑臭水体整治。（牵头单位：县住建局；配合单位：县水务局，城关镇人民政府）\n"
            "4．控制农业面源污染。推广测土配方施肥。（牵头单位：县农业局；配合单位：县环保局，河口乡人民政府）\n")
    doc = parse_text(text)
    assert [u.raw for u in doc.tasks[0].units] == ["县住建局", "县水务局", "城关镇人民政府"]
    assert doc.region is None


def test_a_half_of_the_year_opening_a_part_before_the_deed_is_a_time():
    # round BQ: '…，上半年公布市级行政审批事项目录' gave no time (BQ11); a year's half alone was read only with its year
    # ('2015年上半年') or in a sentence of roles
    text = ("某市人民政府办公室关于印发2015年依法行政工作要点的通知\n某市人民政府办公室\n二〇一五年三月二十日\n"
            "一、推进政府职能转变\n"
            "1．深化行政审批制度改革，上半年公布市级行政审批事项目录。（市编办牵头，市直有关部门配合）\n"
            "2．推行政府法律顾问制度，力争下半年全面建立法律顾问制度。（责任单位：市法制办）\n")
    assert _deadlines(parse_text(text)) == [["上半年"], ["下半年"]]


def _units(doc):
    return [[u.raw for u in t.units] for t in doc.tasks]


def test_more_words_for_the_leader_an_item_is_tied_to_are_persons():
    # tried beside round BQ (a 政府工作报告 分解 whose brackets open with the leader): '县级责任领导', '领衔领导', '督办领导',
    # '县级领导' were no labels — the bracket read as fields from the next label on, its close kept: '县统计局）'
    for label in ("县级责任领导", "领衔领导", "督办领导", "市级包抓领导", "县级领导"):
        text = ("某县2024年政府工作报告重点任务分解方案\n一、稳增长\n"
                f"1．地区生产总值增长6%。（{label}：王伟；牵头单位：县发展改革局；责任单位：县统计局）\n"
                f"2．一般公共预算收入增长5%。（{label}：李 红；牵头单位：县财政局；责任单位：县税务局）\n")
        assert _units(parse_text(text)) == [["县发展改革局", "县统计局"], ["县财政局", "县税务局"]], label


def test_fields_inside_a_bracket_opened_by_a_part_not_read_end_at_its_close():
    # tried beside round BQ: a bracket whose first part is no field ('县委常委：王伟') was read from its first label to the end of
    # the line, the bracket's close with it ('县统计局）'); the close is the bracket's, none of the fields'
    text = ("某县2024年政府工作报告重点任务分解方案\n一、稳增长\n"
            "1．地区生产总值增长6%。（县委常委：王伟；牵头单位：县发展改革局；责任单位：县统计局）\n"
            "2．一般公共预算收入增长5%。（县委常委：李红；牵头单位：县财政局；责任单位：县税务局；完成时限：2024年12月底前）。\n")
    doc = parse_text(text)
    assert _units(doc) == [["县发展改革局", "县统计局"], ["县财政局", "县税务局"]]
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [[], ["2024年12月底前"]]


def test_near_misses_of_the_round_bq_rules_stay_as_they_were():
    # a half of the year that names a figure's period or what is reported is no time limit
    text = ("某县2024年重点工作分解方案\n一、扩大有效投资\n"
            "1．实施重点项目156个，力争上半年开工率达到70%。（牵头单位：县发展改革局）\n"
            "2．加强项目调度，于7月10日前报送上半年工作进展情况。（牵头单位：县统计局）\n"
            "3．改造乡镇农贸市场，上半年完成3个，下半年完成5个。（牵头单位：县商务局）\n")
    assert _deadlines(parse_text(text)) == [[], ["7月10日前"], []]
    # a county's bureau still names the county when the title does not ('临水县司法局' -> 临水县)
    text = ("1．规范执法程序。全面推行执法公示制度。（责任单位：临水县司法局、临水县公安局）\n"
            "2．加强执法监督。开展案卷评查。（责任单位：临水县司法局）\n")
    assert parse_text(text).region == "临水县"
    # a unit whose own name holds a bracket keeps it ('各县（市、区）人民政府'), and a field with no bracket around it is read whole
    text = ("1．推进项目建设。开工项目50个。责任单位：县发改局、各县（市、区）人民政府；完成时限：2024年10月底前\n"
            "2．加强要素保障。盘活土地500亩。（牵头单位：县自然资源局；责任单位：各乡镇（街道））\n")
    assert _units(parse_text(text)) == [["县发改局", "各县（市、区）人民政府"], ["县自然资源局", "各乡镇（街道）"]]


_NOTICE = ("桐江县人民政府办公室关于印发2016年法治政府建设工作要点的通知\n桐政办发〔2016〕5号\n"
           "各乡镇人民政府，县政府各部门：\n　　现将《2016年法治政府建设工作要点》印发给你们，请认真贯彻执行。\n"
           "桐江县人民政府办公室\n2016年3月2日\n（此件公开发布）\n"
           "抄送：县委办公室，县人大常委会办公室，县政协办公室。\n桐江县人民政府办公室　　　　　　2016年3月4日印发\n")


def test_a_plan_printed_after_the_notices_own_colophon_is_read():
    # tried beside round BQ: a page that prints the notice whole with its 版记 (抄送…, …印发) and then the plan (or the task table
    # it sends) was cut at the 版记: 'no numbered task found', the page lost
    plan = ("附件\n2016年法治政府建设工作要点\n一、推进简政放权\n"
            "1．取消一批审批事项。2016年6月底前完成。（牵头单位：县编办；责任单位：县法制办）\n"
            "2．规范中介服务。（责任单位：县发改局、县物价局）\n")
    doc = parse_text(_NOTICE + plan)
    assert (doc.issuer, doc.doc_number, str(doc.date)) == ("桐江县人民政府办公室", "桐政办发〔2016〕5号", "2016-03-02")
    assert _units(doc) == [["县编办", "县法制办"], ["县发改局", "县物价局"]]
    table = ("附件\n2016年民生实事项目责任分解表\n序号\t项目名称\t建设内容\t牵头单位\t配合单位\t完成时限\n"
             "1\t农村供水保障\t新建农村供水工程12处。\t县水利局\t各乡镇人民政府\t2016年10月底前\n"
             "2\t城区停车场建设\t新建公共停车泊位800个。\t县住建局\t县公安局交警大队\t2016年12月底前\n")
    assert _units(parse_text(_NOTICE + table)) == [["县水利局", "各乡镇人民政府"], ["县住建局", "县公安局交警大队"]]


def test_near_misses_of_the_colophon_rule_stay_as_they_were():
    # a 版记 closing a notice whose own paragraphs are its tasks still ends the text: the site's footer after it is no task's
    text = ("桐江县人民政府办公室关于做好汛期安全工作的通知\n各乡镇人民政府，县政府各部门：\n"
            "一、全面排查隐患。6月15日前完成排查。（责任单位：县应急局）\n"
            "二、强化值班值守。（责任单位：县应急局，各乡镇人民政府）\n"
            "桐江县人民政府办公室\n2016年5月30日\n"
            "抄送：县委办公室，县人大常委会办公室。\n桐江县人民政府办公室　　　　　　2016年5月31日印发\n"
            "主办单位：桐江县人民政府办公室　技术支持：某网络公司\n")
    doc = parse_text(text)
    assert _units(doc) == [["县应急局"], ["县应急局", "各乡镇人民政府"]]
    assert str(doc.date) == "2016-05-30"
    # a 版记 under no signature closes the plan, whatever numbered line follows it (test_parse_layout's
    # test_a_title_or_notice_wrapped_after_its_yinfa_is_no_colophon_an_organs_yinfa_line_is)
    text = ("某县工作方案\n一、重点任务\n1.推进政务服务标准化。（责任单位：县政务服务中心）\n"
            "抄送：县委办公室。\n某县人民政府办公室　　2024年3月4日印发\n2.不是任务的一行。（责任单位：县档案局）\n")
    assert _units(parse_text(text)) == [["县政务服务中心"]]

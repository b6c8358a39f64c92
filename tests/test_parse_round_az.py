"""Round AZ's layouts, each on a made-up example of its pattern: task tables in renderings the set did not hold (a table
flattened to 'label：value' lines per row, cells parted by full-width bars '｜', a pipe table with no outer bars whose last
cell wraps onto lines opened by '|') and roles and times said in words the clause reader had not met.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_table_flattened_to_labelled_lines_per_row_is_read_as_its_rows():
    # round AZ: '序号：1' then '重点任务：…' / '牵头单位：…' / '配合单位：…' / '完成时限：…' a line each, a group per row, was
    # no table: 'no numbered task found' (AZ01)
    text = ("某县2025年重点任务清单\n序号：1\n重点任务：推行企业开办全程网办。\n牵头单位：县行政审批局\n配合单位：县税务局、县人社局\n"
            "完成时限：2025年4月底前\n\n序号：2\n重点任务：建立涉企问题直达机制。\n牵头单位：县工商联\n配合单位：县直有关部门\n"
            "完成时限：长期坚持\n\n序号：3\n重点任务：开展惠企政策宣讲。\n牵头单位：县发改局\n")
    rows = _rows(parse_text(text))
    assert rows[:2] == [("1", "推行企业开办全程网办", ["县行政审批局", "县税务局", "县人社局"], ["2025年4月底前"]),
                        ("2", "建立涉企问题直达机制", ["县工商联", "县直有关部门"], ["长期坚持"])]
    assert rows[2][:3] == ("3", "开展惠企政策宣讲", ["县发改局"])
    # a variant beside the page: '编号: 1' with half-width colons and no blank line between the groups
    text = ("某县清单\n编号: 1\n工作任务: 推行全程网办。\n责任单位: 县审批局、县税务局\n完成时限: 2025年4月底前\n"
            "编号: 2\n工作任务: 建立直达机制。\n责任单位: 县工商联\n完成时限: 长期坚持\n")
    assert _rows(parse_text(text)) == [("1", "推行全程网办", ["县审批局", "县税务局"], ["2025年4月底前"]),
                                       ("2", "建立直达机制", ["县工商联"], ["长期坚持"])]


def test_labelled_lines_that_are_no_table_stay_as_they_were():
    # guard: one '序号：' group, or groups whose labels name no unit or time, are no table
    from zhifa_cli.parse.normalize import labelled_rows
    one = ["序号：1", "重点任务：推行企业开办全程网办。", "牵头单位：县行政审批局", "完成时限：2025年4月底前", "", "序号：3"]
    assert labelled_rows(one) == one
    lines = ["序号：1", "姓名：张三", "职务：科员", "", "序号：2", "姓名：李四", "职务：科员"]
    assert labelled_rows(lines) == lines


def test_cells_parted_by_full_width_bars_are_a_pipe_table():
    # round AZ: '1｜推进…｜医政医管股｜…' (U+FF5C, no outer bars) was no table (AZ06: the page failed)
    text = ("某县卫生健康局重点工作任务分解\n序号｜重点工作｜牵头股室｜协办股室｜时间安排\n"
            "1｜推进医共体建设。｜医政医管股｜规划财务股｜2025年6月底前\n2｜开展家庭医生签约服务。｜基层卫生股｜各乡镇卫生院｜全年\n")
    assert _rows(parse_text(text)) == [("1", "推进医共体建设", ["医政医管股", "规划财务股"], ["2025年6月底前"]),
                                       ("2", "开展家庭医生签约服务", ["基层卫生股", "各乡镇卫生院"], ["全年"])]


def test_a_pipe_rows_last_cell_wrapped_onto_a_line_opened_by_a_bar_stays_in_its_row():
    # round AZ: '… | 镇村建办、镇财政所、' then '| 镇综合行政执法队' (and a name broken '镇农业综合服务中' / '| 心、各村') ended the
    # table at its first row (AZ03: 1 task of 8)
    text = ("某镇民生实事项目责任分工\n序号 | 项目内容 | 完成时限 | 责任单位\n"
            "1 | 完成主干道改造2.3公里。 | 2025年5月底前 | 镇村建办、镇财政所、\n| 镇综合行政执法队\n"
            "2 | 改造提升农村公厕12座。 | 2025年6月底前 | 镇农业综合服务中\n| 心、各村（社区）\n"
            "3 | 为老人免费健康体检。 | 2025年10月底前 | 镇卫生院\n")
    assert _rows(parse_text(text)) == [
        ("1", "完成主干道改造2.3公里", ["镇村建办", "镇财政所", "镇综合行政执法队"], ["2025年5月底前"]),
        ("2", "改造提升农村公厕12座", ["镇农业综合服务中心", "各村（社区）"], ["2025年6月底前"]),
        ("3", "为老人免费健康体检", ["镇卫生院"], ["2025年10月底前"])]


def _units(doc):
    return [[u.raw for u in t.units] for t in doc.tasks]


def _plan(*items: str) -> str:
    head = "某县工作方案\n　　一、重点任务\n"
    return head + "".join(f"　　（{n}）{item}\n" for n, item in zip("一二三四五六七八九", items, strict=False))


def test_roles_said_in_words_not_yet_met_close_a_task():
    # round AZ: '由A统筹，B抓好落实' (AZ07), 'A指导，B实施' (AZ07), 'A牵头抓总，B分工落实' (AZ08), 'A抓总，B跟进落实' /
    # 'A主责，B协同' (AZ10), '具体工作由A承担' / '由A负责督办，B具体承办' / 'A、B齐抓共管' / 'A负责牵头，B按照职能抓好配合' /
    # '落实单位为A' (AZ11), 'A领衔，B参与' / '按照“谁主管、谁负责”原则抓好落实' / '各…企业落实' (AZ12): each sentence stayed prose
    doc = parse_text(_plan(
        "清理欠薪。逐一核查线索。由县人社局统筹，县住建局、各乡镇人民政府抓好落实，2025年1月20日前全部办结。",
        "开展招聘。组织招聘会。县人社局指导，各乡镇人民政府实施，2025年第一季度完成。",
        "推行一站式服务。就近办理。县民政局牵头抓总，县数据局、各街道办事处分工落实，2025年上半年完成。",
        "抓好疫病防控。集中免疫。畜牧兽医股抓总，县动物疫病预防控制中心跟进落实。",
        "加强抽检。开展专项抽检。质量安全股主责，县农业综合行政执法大队协同。",
        "整治燃气隐患。全面排查。具体工作由县城管局承担，县市场监管局参与，2025年5月中旬前完成排查。",
        "整治自建房。落实管控。由县住建局负责督办，各乡镇人民政府具体承办，2025年底前整治到位。",
        "整治交通违法。开展整治。县交通运输局、县公安局交警大队齐抓共管，常态化开展。",
        "提升机械化水平。推广农机具。农机股会同计划财务股组织实施，2025年上半年完成补贴兑付。"))
    # variants beside the pages: '统筹协调', '牵头统筹', '总牵头' with '分头落实', '年底见效'
    doc2 = parse_text(_plan("清理欠薪。逐一核查。由县人社局统筹协调，县住建局抓好落实，2025年6月底前完成。",
                            "开展招聘。组织招聘会。县人社局牵头统筹，各乡镇人民政府配合。",
                            "扶持创业。发放贷款。由县人社局总牵头，县财政局、县金融办分头落实。",
                            "培训技能。开展培训。县人社局负责，年底见效。"))
    assert _units(doc2) == [["县人社局", "县住建局"], ["县人社局", "各乡镇人民政府"], ["县人社局", "县财政局", "县金融办"],
                            ["县人社局"]]
    assert [d.text for d in doc2.tasks[3].deadlines] == ["年底"]
    assert _units(doc) == [["县人社局", "县住建局", "各乡镇人民政府"], ["县人社局", "各乡镇人民政府"],
                           ["县民政局", "县数据局", "各街道办事处"], ["畜牧兽医股", "县动物疫病预防控制中心"],
                           ["质量安全股", "县农业综合行政执法大队"], ["县城管局", "县市场监管局"],
                           ["县住建局", "各乡镇人民政府"], ["县交通运输局", "县公安局交警大队"],
                           ["农机股", "计划财务股"]]
    assert [[d.text for d in t.deadlines][:1] for t in doc.tasks][:3] == [["2025年1月20日前"], ["2025年第一季度完成"],
                                                                          ["2025年上半年"]]
    doc = parse_text(_plan(
        "评估危化企业。开展评估。县应急管理局负责牵头，县发改局、县工信局按照职能抓好配合，2025年一季度完成评估。",
        "排查防汛隐患。汛前完成排查。落实单位为县水务局、各乡镇人民政府。",
        "推出旅游线路。串联资源。县文旅局领衔，县交通运输局参与，2025年10月底前推出首批线路。",
        "培育乡村旅游。新增农家乐。县农业农村局、县文旅局按照“谁主管、谁负责”原则抓好落实。",
        "建设智慧平台。实现预约。由县数据局、县文旅局共同牵头，各景区运营企业落实，2025年12月底前上线。"))
    assert _units(doc) == [["县应急管理局", "县发改局", "县工信局"], ["县水务局", "各乡镇人民政府"],
                           ["县文旅局", "县交通运输局"], ["县农业农村局", "县文旅局"], ["县数据局", "县文旅局", "各景区运营企业"]]


def test_times_said_in_words_not_yet_met_close_a_task():
    # round AZ: a span from an unknown start with what is done ('三年内建成…') left its sentence prose (AZ07, AZ09); a time
    # followed by what it makes counted ('年内新增省级示范社3家', AZ10); a bracket of bodies and an event time '（A、B；2025年春节前）'
    # / '（A；国庆节前）' (AZ07, AZ08); a year named from the page's ('明年第一季度', '明年6月底前') in a bracket (AZ09)
    doc = parse_text("某镇工作方案\n柳河镇人民政府\n2024年11月15日\n　　一、主要任务\n"
                     "　　1.建设预警平台。归集信息，由镇党政办负责，三年内建成覆盖全镇的预警平台。\n"
                     "　　2.培育经营主体。开展规范提升。由镇经管站负责，年内新增省级示范社3家。\n"
                     "　　3.落实专用账户。实现全覆盖。（镇经济发展办、镇财政所；2025年春节前）\n"
                     "　　4.开展创建活动。评选示范小区。（镇文明办、各村民委员会；国庆节前）\n"
                     "　　5.完善寄递物流。实现进村全覆盖。（镇经济发展办、镇邮政支局负责；明年第一季度）\n")
    rows = [(u, [d.text for d in t.deadlines]) for u, t in zip(_units(doc), doc.tasks, strict=True)]
    assert rows == [(["镇党政办"], []), (["镇经管站"], ["年内"]), (["镇经济发展办", "镇财政所"], ["2025年春节前"]),
                    (["镇文明办", "各村民委员会"], ["国庆节前"]), (["镇经济发展办", "镇邮政支局"], ["明年第一季度"])]
    assert doc.tasks[4].deadlines[0].due.isoformat() == "2025-03-31"  # 明年 of a page signed in 2024


def test_a_short_responsibility_label_and_bodies_set_off_by_spaces_in_a_bracket():
    # round AZ: '责任：A、B。时限：…' ('责任' was no label: AZ07, AZ08), '（区委政法委 区民政局；2025年6月）' (the space dropped, the
    # two names ran together: AZ08)
    doc = parse_text("某区工作要点\n　　一、夯实基础\n"
                     "　　1.开展社区工作者职业体系建设，落实薪酬待遇。责任：区民政局、区人社局。时限：2025年11月底前。\n"
                     "　　2.深化联动机制，打造品牌项目。责任：区民政局；配合：团区委、区妇联。\n"
                     "　　3.建立社区微网格，配备网格员。（区委政法委 区民政局；2025年6月）\n")
    assert _units(doc) == [["区民政局", "区人社局"], ["区民政局", "团区委", "区妇联"], ["区委政法委", "区民政局"]]
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [["2025年11月底前"], [], ["2025年6月"]]


def test_near_misses_of_the_round_az_rules_stay_as_they_were():
    # guards: a 统筹 inside prose, '指导' with no one carrying out, a relative span with no body, '主体责任：' in prose, a
    # start time with what begins then ('2025年1月起实施' is no body's 实施), '负责指导' before '组织实施' (the first stays the lead)
    doc = parse_text(_plan("落实付费。由县医保局牵头，县卫健委、县财政局配合，2025年1月起实施。",
                           "健全组织体系。县应急管理局负责指导，各乡镇人民政府组织实施，2024年底前完成。"))
    assert _units(doc) == [["县医保局", "县卫健委", "县财政局"], ["县应急管理局", "各乡镇人民政府"]]
    assert [[d.text for d in t.deadlines] for t in doc.tasks] == [["2025年1月起"], ["2024年底前"]]
    assert [u.role for u in doc.tasks[1].units] == ["responsible", "support"]
    doc = parse_text(_plan("统筹推进改革。县发改局统筹推进全县改革工作，确保取得实效。",
                           "加强指导。县人社局指导各乡镇做好就业服务。",
                           "建设平台。三年内建成覆盖全县的预警平台。",
                           "压实责任。各单位要落实主体责任：明确专人负责。"))
    assert _units(doc) == [[], [], [], []]
    assert [t.deadlines for t in doc.tasks] == [[], [], [], []]

"""Round AI's layouts, each on a made-up example of its pattern: task tables as 2 KB excerpts of web pages and PDFs
flatten them (a Markdown header whose spanning cell is repeated, a tab table with stray group lines, a -layout header
over two lines, an empty cell lost in a one-cell-per-line copy, a progress report), and a 两办 signature on two lines.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_markdown_header_that_repeats_its_spanning_cell_is_named_by_the_row_under_it():
    # round AI: a converter wrote the spanning 责任单位 into both columns it spans ('| 责任单位 | 责任单位 |') and named them
    # in a second header row under the rule ('| 牵头 | 配合 |'): both columns were one, and the lead units were lost
    text = ("某市食品安全重点工作任务清单\n| 序号 | 重点任务 | 责任单位 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            "| 序号 | 重点任务 | 牵头 | 配合 | 完成时限 |\n"
            "| 1 | 开展校园食品安全守护行动。 | 食品经营监管科 | 各县区市场监管局 | 2024年8月底前 |\n"
            "| 2 | 组织开展监督抽检。 | 抽检监测科 | 市食品检验中心 | 每季度 |\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展校园食品安全守护行动", [("食品经营监管科", "lead"), ("各县区市场监督管理局", "support")], ["2024年8月底前"]),
        ("2", "组织开展监督抽检", [("抽检监测科", "lead"), ("市食品检验中心", "support")], ["每季度"])]


def test_a_stray_group_line_between_tab_rows_does_not_end_the_table():
    # round AI: '（二）农村生活污水治理' on a line of its own (no tabs) between the rows of a tab table ended the table; the
    # rows before it were lost and the group lines became the tasks
    text = ("某县重点任务清单\n序号\t重点任务\t责任单位\t完成时限\n（一）农村厕所革命\t\t\t\n"
            "1\t新建卫生户厕1200户。\t县农业农村局\t2025年10月底前\n（二）农村生活污水治理\n"
            "2\t新增污水治理行政村15个。\t县生态环境分局\t2025年11月底前\n3\t开展黑臭水体整治。\t县水利局\t2025年汛期前\n")
    doc = parse_text(text)
    assert _rows(doc) == [
        ("1", "新建卫生户厕1200户", [("县农业农村局", "responsible")], ["2025年10月底前"]),
        ("2", "新增污水治理行政村15个", [("县生态环境分局", "responsible")], ["2025年11月底前"]),
        ("3", "开展黑臭水体整治", [("县水利局", "responsible")], ["2025年汛期前"])]
    assert [t.section for t in doc.tasks] == ["农村厕所革命", "农村生活污水治理", "农村生活污水治理"]


def test_a_one_cell_per_line_row_that_lost_an_empty_cell_keeps_a_time_word_under_its_time_column():
    # round AI: an empty 配合单位 cell leaves no line; the row's '每季度' then stood under 配合单位 and was read as a unit
    text = ("某厅重点工作任务分工\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n开展桥梁隐患排查。\n公路管理局\n安全监督处\n2024年11月底前\n"
            "2\n深化重点车辆动态监控。\n运输管理处\n每季度\n"
            "3\n开展安全生产月活动。\n安全监督处\n厅机关各处室\n2024年6月\n4\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展桥梁隐患排查", [("公路管理局", "lead"), ("安全监督处", "support")], ["2024年11月底前"]),
        ("2", "深化重点车辆动态监控", [("运输管理处", "lead")], ["每季度"]),
        ("3", "开展安全生产月活动", [("安全监督处", "lead"), ("厅机关各处室", "support")], ["2024年6月"])]
    # ... and the row number the excerpt ends on ('4', nothing after it) is no task


def test_a_layout_header_wrapped_over_two_lines_is_one_header():
    # round AI: a pdftotext -layout table whose narrow columns wrap their names ('序 / 号', '牵头 / 单位', '完成 / 时限'):
    # '完成' alone is no header word, so the page had no task at all
    text = ("某市耕地保护重点工作任务分解表\n"
            " 序    重点任务                    牵头            配合              完成\n"
            " 号                                单位            单位              时限\n"
            " 1     开展耕地问题排查整治，建    耕地保护科      市农业农村局      2025年6月底前\n"
            "       立问题台账。\n"
            " 2     落实耕地占补平衡。          国土整治科      规划编制科        持续推进\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展耕地问题排查整治，建立问题台账", [("耕地保护科", "lead"), ("市农业农村局", "support")], ["2025年6月底前"]),
        ("2", "落实耕地占补平衡", [("国土整治科", "lead"), ("规划编制科", "support")], ["持续推进"])]


def test_a_progress_report_table_states_its_tasks():
    # round AI: a 通报 of progress '重点任务 | 责任单位 | 完成时限 | 进展情况 | 存在问题' (no 整改 column) under '二、具体推进情况',
    # after '一、总体情况': 进展情况 and 存在问题 were no header words, so the report's two sections were the tasks
    text = ("某区人民政府办公室关于上半年重点任务推进情况的通报\n一、总体情况\n截至6月底，10项任务中已完成4项。\n二、具体推进情况\n"
            "序号\t重点任务\t责任单位\t完成时限\t进展情况\t存在问题\n"
            "1\t推行企业开办一日办结\t区市场监管局\t2024年6月底前\t已完成。\t无\n"
            "2\t建立政企沟通早餐会制度\t区工商联\t每月\t已召开5次。\t参与面不广\n")
    assert _rows(parse_text(text)) == [
        ("1", "推行企业开办一日办结", [("区市场监督管理局", "responsible")], ["2024年6月底前"]),
        ("2", "建立政企沟通早餐会制度", [("区工商业联合会", "responsible")], ["每月"])]


def test_a_joint_signature_of_the_two_offices_on_two_lines_names_both():
    # round AI: a 两办 notice signed '中共X县委办公室' / 'X县人民政府办公室' on two lines over the date gave only the second
    # office, while the same two on one line gave both
    text = ("中共某山县委办公室　某山县人民政府办公室\n关于印发《某山县冬春安全整治方案》的通知\n各乡镇党委、人民政府：\n"
            "现将方案印发给你们，请认真贯彻落实。\n中共某山县委办公室\n某山县人民政府办公室\n2024年12月2日\n"
            "某山县冬春安全整治方案\n一、重点任务\n1.自建房整治。开展复查。（责任单位：县住建局）\n")
    assert parse_text(text).issuer == "中共某山县委办公室、某山县人民政府办公室"
    # one office signing alone, under another organ's line that is no party office, stays alone
    alone = text.replace("中共某山县委办公室\n某山县人民政府办公室\n2024", "某山县人民政府办公室\n2024")
    assert parse_text(alone).issuer == "某山县人民政府办公室"


def test_a_verb_after_the_place_ends_the_region():
    # round AI: '宁川县落实省级生态环境保护督察…整改方案' gave region '宁川县落实省' (落实 read into a second place)
    task = "一、整改任务\n（一）污水处理问题。开展排查。（责任单位：县住建局）\n"
    assert parse_text("某川县落实省级生态环境保护督察反馈问题整改方案\n" + task).region == "某川县"


# --- misfire review 10: round AI's rules on ordinary text where their trigger shows but they should not fire -------

def test_a_header_of_another_table_after_a_group_line_ends_the_table():
    # misfire review 10: with '（二）…' lines read as groups, '（二）重点项目清单' over a table of its own ('序号 | 项目名称 |
    # 总投资（万元）| …') let the project rows be read under the task table's columns ('5000' a unit, the 建设内容 a time)
    text = ("某县方案\n（一）重点任务清单\n序号\t重点任务\t责任单位\t完成时限\n1\t推进改革。\t县发改局\t2024年底前\n"
            "2\t做好宣传。\t县委宣传部\t长期坚持\n（二）重点项目清单\n序号\t项目名称\t总投资（万元）\t建设内容\t责任单位\n"
            "1\t城东污水厂\t5000\t新建污水处理厂一座。\t县住建局\n")
    doc = parse_text(text)
    assert not [u for t in doc.tasks for u in t.units if u.name == "5000"]
    assert not [d for t in doc.tasks for d in t.deadlines if d.text == "新建污水处理厂一座"]
    # a header repeated after a page break (the same columns) does not end the table
    repeated = ("某县重点任务清单\n序号\t重点任务\t责任单位\t完成时限\n1\t推进改革。\t县发改局\t2024年底前\n"
                "序号\t重点任务\t责任单位\t完成时限\n2\t做好宣传。\t县委宣传部\t长期坚持\n")
    assert [t.title for t in parse_text(repeated).tasks] == ["推进改革", "做好宣传"]


def test_a_blank_progress_form_in_an_attachment_is_no_report():
    # misfire review 10: a 进度表 to fill in ('完成时限 | 完成情况 | 存在问题', the last two empty) attached to a plan was read
    # as a report's table once '存在问题' beside a time column became a remark
    text = ("某区工作方案\n一、重点任务\n（一）举办促消费活动。举办活动20场。（责任单位：区商务局；完成时限：2024年12月底前）\n"
            "（二）发展夜间经济。打造集聚区2个。（责任单位：区文旅局；完成时限：2024年9月底前）\n附件\n某区工作进度表\n"
            "序号\t工作任务\t责任单位\t完成时限\t完成情况\t存在问题\n1\t举办促消费活动\t区商务局\t2024年12月底前\t\t\n"
            "2\t发展夜间经济\t区文旅局\t2024年9月底前\t\t\n")
    assert parse_text(text).table == []


def test_two_columns_of_one_name_keep_both_cells():
    # seen beside misfire review 10: a repeated spanning cell ('| 责任单位 | 责任单位 |') with no row naming the columns
    # under it made two columns of one name, and the second cell overwrote the first (its unit was lost)
    text = ("某市任务清单\n| 序号 | 重点任务 | 责任单位 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 推进改革。 | 市发改委 | 市财政局 | 2024年底前 |\n| 2 | 做好宣传。 | 市委宣传部 | 市文明办 | 长期坚持 |\n")
    assert [[u.name for u in t.units] for t in parse_text(text).tasks] == [
        ["市发展和改革委员会", "市财政局"], ["市委宣传部", "市文明办"]]


def test_row_numbers_run_into_their_cells_come_apart_when_a_bare_one_ends_the_page():
    # round AJ: a one-cell-per-line table whose row numbers carry a dot ('1.' on its own line, read into '1.开展…') and
    # whose excerpt ends on a bare '5.': that one bare number kept the others joined, so no row was found and the cells
    # became the text of numbered items (no unit, no time)
    text = ("某省重点工作安排\n序号\n重点工作\n责任处室\n完成时间\n备注\n1.\n开展专项整治。\n执法监督处\n2024年10月底前\n会同省市场监管局\n"
            "2.\n组织执法大练兵。\n执法监督处、各市生态环境局\n2024年9月\n3.\n开展排污口排查。\n水生态环境处\n2024年12月底前\n4.\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展专项整治", [("执法监督处", "responsible")], ["2024年10月底前"]),
        ("2", "组织执法大练兵", [("执法监督处", "responsible"), ("各市生态环境局", "responsible")], ["2024年9月"]),
        ("3", "开展排污口排查", [("水生态环境处", "responsible")], ["2024年12月底前"])]


# --- round AK -------------------------------------------------------------------------------------------------

def test_a_unit_column_with_its_persons_gives_the_bodies_without_them():
    # round AK: a '责任单位（责任人）' column whose cells name each body with its person in brackets ('医政科（李华）') kept
    # the persons inside the unit names
    text = ("某区卫生健康重点工作责任清单\n| 序号 | 重点工作 | 责任单位（责任人） | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 1 | 推进医共体建设。 | 医政科（李华）、区人民医院（周强） | 2025年10月底前 |\n"
            "| 2 | 完成老年人体检。 | 基层卫生科（王伟）、各镇（街道）卫生院 | 2025年11月底前 |\n")
    assert [[u.name for u in t.units] for t in parse_text(text).tasks] == [
        ["医政科", "区人民医院"], ["基层卫生科", "各镇（街道）卫生院"]]
    # a column without persons in its name drops them too (round CE: a unit is a body, never a person, whatever the label)
    plain = text.replace("责任单位（责任人）", "责任单位")
    assert parse_text(plain).tasks[0].units[0].name == "医政科"
    # a body's other name in brackets is no person: it stays ('县财政局（国资办）')
    alias = text.replace("医政科（李华）", "县财政局（国资办）")
    assert parse_text(alias).tasks[0].units[0].name == "县财政局（国资办）"


def test_spaced_unit_names_may_open_with_xiangguan():
    # round AK: '责任单位：县交通运输局（牵头） 县财政局 相关乡镇人民政府' — a name opening with 相关 was no whole name, so the
    # spaces were taken out and the line became one unit
    text = ("某县方案\n一、主要任务\n（一）加快公路升级。实施改造工程。\n责任单位：县交通运输局（牵头） 县财政局 相关乡镇人民政府\n"
            "完成时限：2024年12月底前\n")
    assert [(u.name, u.role) for u in parse_text(text).tasks[0].units] == [
        ("县交通运输局", "lead"), ("县财政局", "responsible"), ("相关乡镇人民政府", "responsible")]
    # ... and so may a name after 和: '县财政局和有关部门' is two units, as '县财政局和各乡镇人民政府' is
    joined = parse_text("某县方案\n一、任务\n（一）推进改革。深化改革。（责任单位：县财政局和有关部门）\n")
    assert [u.name for u in joined.tasks[0].units] == ["县财政局", "有关部门"]


def test_a_date_issued_under_the_title_dates_the_page():
    # round AK: '（2024年3月12日印发）' under the title of a page with no signature gave no date
    text = ("某县发展和改革局\n2024年重点工作任务清单\n（2024年3月12日印发）\n序号\t重点工作\t责任单位\t完成时限\n"
            "1\t编制实施方案。\t规划股\t2024年6月底前\n")
    assert str(parse_text(text).date) == "2024-03-12"

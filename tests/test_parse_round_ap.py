"""Round AP's layouts, each on a made-up example of its pattern: task tables in renderings rounds AI–AN did not show
(a 成果形式 column beside the time, role marks 【牵头】 / 【配合】 inside one unit cell, group rows numbered like the task
rows, units given as spanning rows over their tasks, HTML left-overs).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [(u.raw, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_an_output_form_column_is_no_obstacle_to_the_header():
    # round AP: '… 完成时限 成果形式' — the 成果形式 cell was no header word, so the table was not found (no task)
    text = ("某市改革任务清单\n序号\t改革任务\t牵头单位\t完成时限\t成果形式\n"
            "1\t制定营商环境细则。\t市发改委\t2023年6月底前\t制度文件\n"
            "2\t建设企业服务平台。\t市大数据局\t2023年8月底前\t平台上线\n")
    assert _rows(parse_text(text)) == [
        ("1", "制定营商环境细则", [("市发改委", "lead")], ["2023年6月底前"]),
        ("2", "建设企业服务平台", [("市大数据局", "lead")], ["2023年8月底前"])]


def test_role_marks_written_before_each_group_of_one_unit_cell():
    # round AP: '【牵头】A【配合】B、C' in one 责任单位 cell was one unit named with its marks (AP07: 2 of 14 units)
    text = ("某市任务分工\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 1 | 推行执法公示制度。 | 【牵头】市司法局【配合】市财政局、市公安局 | 2022年9月底前 |\n"
            "| 2 | 开展证件清理。 | 【牵头】市司法局 | 2022年12月底前 |\n")
    assert _rows(parse_text(text)) == [
        ("1", "推行执法公示制度", [("市司法局", "lead"), ("市财政局", "support"), ("市公安局", "support")], ["2022年9月底前"]),
        ("2", "开展证件清理", [("市司法局", "lead")], ["2022年12月底前"])]


def test_a_numbered_heading_row_over_its_dotted_sub_rows_is_no_task():
    # round AP: '| 1 | 规范执法行为 | | |' over rows '1.1', '1.2' (no 类别 column: the heading stands in the task column)
    # was a task, and the one after a filled row took that row's unit as a merged cell (AP07: 3 false tasks)
    text = ("某市任务分工\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 1 | 规范执法行为 | | |\n| 1.1 | 推行执法公示制度。 | 市司法局 | 2022年9月底前 |\n"
            "| 2 | 加强执法监督 | | |\n| 2.1 | 建设执法监督平台。 | 市大数据中心 | 2022年11月底前 |\n")
    assert _rows(parse_text(text)) == [
        ("1.1", "推行执法公示制度", [("市司法局", "responsible")], ["2022年9月底前"]),
        ("2.1", "建设执法监督平台", [("市大数据中心", "responsible")], ["2022年11月底前"])]


def test_a_numbered_row_with_a_sentence_before_dotted_rows_stays_a_task():
    # guard: a row '1' whose task cell is a sentence with its own unit carries work even when '1.1' follows
    text = ("某市任务分工\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 1 | 推行执法公示制度。 | 市司法局 | 2022年9月底前 |\n| 1.1 | 统一公示平台。 | 市大数据中心 | 2022年11月底前 |\n")
    assert [t.id for t in parse_text(text).tasks] == ["1", "1.1"]


def test_a_row_naming_one_body_over_its_tasks_gives_their_unit_when_the_table_has_no_unit_column():
    # round AP: a 责任清单 by unit, '| **镇应急办** | | |' spanning the table over the unit's rows: 0 of 9 units
    text = ("某镇安全生产责任清单\n| 序号 | 责任事项 | 完成时限 |\n|---|---|---|\n| **镇应急管理办公室** | | |\n"
            "| 1 | 组织开展安全生产大检查。 | 每季度末 |\n| 2 | 建立隐患台账。 | 2023年4月底前 |\n"
            "| **镇派出所** | | |\n| 3 | 开展道路交通安全整治。 | 长期坚持 |\n")
    assert _rows(parse_text(text)) == [
        ("1", "组织开展安全生产大检查", [("镇应急管理办公室", "responsible")], ["每季度末"]),
        ("2", "建立隐患台账", [("镇应急管理办公室", "responsible")], ["2023年4月底前"]),
        ("3", "开展道路交通安全整治", [("镇派出所", "responsible")], ["长期坚持"])]


def test_a_web_page_whose_task_table_outweighs_its_notice_keeps_the_notice():
    # round AP: the article finder descended into the <table> (most of the page's text), so the title, 文号 and
    # signature beside it were lost (AP02: meta 0 of 4)
    from zhifa_cli.parse.read_html import read_html
    rows = "".join(f"<tr><td>{n}</td><td>推进第{n}项数字政府重点工作，按期完成建设任务。</td><td>市数据局</td>"
                   f"<td>2024年{n + 4}月底前</td></tr>" for n in range(1, 7))
    page = ("<div>某市数据局关于印发任务清单的通知</div><p>某数发〔2024〕9号</p><p>某市数据局</p><p>2024年2月27日</p>"
            f"<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>{rows}</table>")
    text = read_html(page.encode()).text
    assert text.splitlines()[:2] == ["某市数据局关于印发任务清单的通知", ""]
    assert "某数发〔2024〕9号" in text and "1\t推进第1项数字政府重点工作，按期完成建设任务。\t市数据局\t2024年5月底前" in text


def test_two_time_limits_on_separate_lines_of_one_cell_are_two_deadlines():
    # round AP: a web table cell '2024年5月底前<br/>2024年11月底前' is read with a space between its lines: one
    # unknown value
    text = ("某市任务清单\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t开展公共数据资源普查。\t市数据局\t2024年5月底前 2024年11月底前\n"
            "2\t推进电子证照应用。\t市公安局\t2024年9月底前\n")
    assert [[d.text for d in t.deadlines] for t in parse_text(text).tasks] == [
        ["2024年5月底前", "2024年11月底前"], ["2024年9月底前"]]


def test_a_task_cell_of_numbered_sub_measures_on_separate_lines_stays_one_row_to_the_cut():
    # round AP: a tab table whose task cell lists '1.' '2.' measures on lines of their own; the page's last row, cut
    # inside its measures ('2.' alone), was left out of the table and its '1.…' line read as a numbered task that
    # displaced the whole table (AP03: 1 task of 6, none right)
    text = ("某区重点任务清单\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t提升政务服务效能：\n1.推行高频事项一次办；\n2.推广电子证照应用。\t区政务服务中心\t2024年6月底前\n"
            "2\t规范涉企执法检查：\n1.推行综合查一次；\n2.落实免罚清单。\t区司法局\t长期坚持\n"
            "3\t优化企业全生命周期服务：\n1.推行企业简易注销；\n2.")
    rows = _rows(parse_text(text))
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("1", [("区政务服务中心", "responsible")], ["2024年6月底前"]),
        ("2", [("区司法局", "responsible")], ["长期坚持"]),
        ("3", [], [])]
    assert rows[2][1].startswith("优化企业全生命周期服务")


def test_a_task_cell_naming_the_task_before_its_numbered_measures_is_titled_by_the_name():
    # round AP: '提升政务服务效能：1.推行…；2.…。' was titled by the whole run of measures up to the first 。
    text = ("某区重点任务清单\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t提升政务服务效能：\n1.推行高频事项一次办；\n2.推广电子证照应用。\t区政务服务中心\t2024年6月底前\n"
            "2\t开展涉企收费清理，建立长效机制。\t区市场监管局\t2024年9月底前\n")
    assert [t.title for t in parse_text(text).tasks] == ["提升政务服务效能", "开展涉企收费清理，建立长效机制"]


def test_a_short_last_row_closed_by_its_sentence_takes_no_lines_after_it():
    # guard for the rule above: a last row that lost its empty cells, its task cell closed by 。, keeps its text when a
    # signature follows the table at the page's end
    text = ("某区重点任务清单\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t推行高频事项一次办。\t区政务服务中心\t2024年6月底前\n2\t开展业务培训。\n某区政务服务中心\n2024年3月1日\n")
    assert [t.text for t in parse_text(text).tasks] == ["推行高频事项一次办。", "开展业务培训。"]


def test_a_unit_line_over_its_tasks_in_a_tab_table_without_a_unit_column():
    # the same 责任清单 saved as tab text: the unit's line loses its empty cells ('镇派出所'), which ended the table
    # at the second unit (its rows lost) before
    text = ("某镇责任清单\n序号\t责任事项\t完成时限\n镇应急管理办公室\n1\t组织开展安全生产大检查。\t每季度末\n"
            "2\t建立隐患台账。\t2023年4月底前\n镇派出所\n3\t开展交通整治。\t长期坚持\n")
    assert _rows(parse_text(text)) == [
        ("1", "组织开展安全生产大检查", [("镇应急管理办公室", "responsible")], ["每季度末"]),
        ("2", "建立隐患台账", [("镇应急管理办公室", "responsible")], ["2023年4月底前"]),
        ("3", "开展交通整治", [("镇派出所", "responsible")], ["长期坚持"])]

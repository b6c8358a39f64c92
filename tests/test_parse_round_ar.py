"""Round AR's layouts, each on a made-up example of its pattern: task tables in renderings rounds AN and AP did not
show (a pdftotext -layout table with no 序号 column, a -layout header over two rows, a Word copy whose cells sit between
blank lines with a cell's own line breaks kept, the page of an attachment that begins mid-row and ends cut).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_layout_table_without_a_number_column_starts_a_row_where_the_text_and_the_lead_cell_start():
    # round AR: '重点任务  牵头单位  参与单位  完成时限' set by runs of spaces, no 序号, wrapped cells: rows ran together (AR04)
    text = ("                某省节水重点任务分工\n\n"
            " 重点任务                         牵头单位          参与单位                  完成时限\n\n"
            " 制定节约用水条例实施            省水利厅          省司法厅、省发展改革委    2025年12月底前\n"
            " 办法。\n\n"
            " 实施供水管网漏损治理，漏        省住房城乡建设厅  省发展改革委、省财政厅、  2025年10月底前\n"
            " 损率控制在9%以内。                                省水利厅\n\n"
            " 推进农业水价综合改革。          省水利厅          省农业农村厅              持续推进\n")
    assert _rows(parse_text(text)) == [
        ("1", "制定节约用水条例实施办法", ["省水利厅", "省司法厅", "省发展改革委"], ["2025年12月底前"]),
        ("2", "实施供水管网漏损治理，漏损率控制在9%以内", ["省住房城乡建设厅", "省发展改革委", "省财政厅", "省水利厅"],
         ["2025年10月底前"]),
        ("3", "推进农业水价综合改革", ["省水利厅", "省农业农村厅"], ["持续推进"])]


def test_a_layout_header_over_two_lines_reads_wrapped_cells_by_their_place():
    # round AR: '序号 工作任务 责任单位 完成时限' over '牵头单位 配合单位' in a -layout page: a 配合单位 cell wrapped onto the
    # next line was lost, and the cut last row read its number and text as units (AR11)
    text = ("                某镇人居环境整治任务分工\n\n"
            " 序号    工作任务                        责任单位                      完成时限\n"
            "                                 牵头单位        配合单位\n\n"
            "  1      推进生活污水治理，治理率达到    生态环境办      村镇建设办、                  2024年10月底前\n"
            "         45%以上。                                       财政所\n\n"
            "  2      整治农村黑臭水体2处。           生态环境办      水利站                        2024年11月底前\n\n"
            "  3      开展农村公厕管护提升，          村镇建设办\n")
    rows = _rows(parse_text(text))
    assert rows[:2] == [
        ("1", "推进生活污水治理，治理率达到45%以上", ["生态环境办", "村镇建设办", "财政所"], ["2024年10月底前"]),
        ("2", "整治农村黑臭水体2处", ["生态环境办", "水利站"], ["2024年11月底前"])]
    assert rows[2][0] == "3" and rows[2][1].startswith("开展农村公厕管护提升") and "村镇建设办" not in rows[2][1]


def test_lines_between_blank_lines_are_one_cell_in_a_word_copy():
    # round AR: cells between blank lines, a unit cell one body a line with no blank line inside it, an empty 备注 an
    # empty line: the third body was read as the time (AR13)
    text = ("某市文化工作重点任务\n\n序号\n\n重点任务\n\n责任单位\n\n完成时限\n\n备注\n\n"
            "1\n\n推进文化馆总分馆制建设，\n建成分馆20个。\n\n公共服务科\n市文化馆\n各县（市、区）文化和旅游局\n\n2026年11月底前\n\n\n\n"
            "2\n\n开展惠民演出200场。\n\n艺术科\n\n2026年12月底前\n\n列入民生实事\n\n"
            "3\n\n实施非遗保护传承工程。\n\n非遗科\n\n长期坚持\n\n\n\n")
    assert _rows(parse_text(text)) == [
        ("1", "推进文化馆总分馆制建设，建成分馆20个", ["公共服务科", "市文化馆", "各县（市、区）文化和旅游局"], ["2026年11月底前"]),
        ("2", "开展惠民演出200场", ["艺术科"], ["2026年12月底前"]),
        ("3", "实施非遗保护传承工程", ["非遗科"], ["长期坚持"])]


def test_the_cut_last_row_of_a_headless_page_is_its_last_task():
    # round AR: a continuation page (no header) whose last row is cut after its lead unit: the row was lost (AR01)
    text = ("某市交通运输重点工作任务分解表（续）\n"
            "9\t推进农村公路示范创建。\t市交通运输局\t各县（市、区）人民政府\t2025年12月底前\n"
            "10\t推动港区码头工程开工建设。\t市港航中心\t市生态环境局\t2025年9月底前\n"
            "11\t实施国省道危桥改造8座。\t市公路中心\t市财政局\t2025年10月底前\n"
            "12\t开展出租汽车行业专项整治，\t市交通运输局\n")
    rows = _rows(parse_text(text))
    assert [r[0] for r in rows] == ["9", "10", "11", "12"]
    assert rows[3][1].rstrip("，") == "开展出租汽车行业专项整治" and rows[3][2] == ["市交通运输局"]


def test_a_wrapped_lead_unit_beside_a_wrapped_task_line_stays_in_its_row():
    # guard: no 序号, no blank line between rows; a task cell not closed goes on beside the second line of a long
    # lead unit's name (a piece under the lead column): that line is no new row
    text = ("                某省节水重点任务分工\n"
            " 重点任务                         牵头单位          参与单位                  完成时限\n"
            " 实施城市公共供水管网漏损治      省住房和城乡      省发展改革委              2025年10月底前\n"
            " 理，漏损率控制在9%以内。        建设厅\n"
            " 推进农业水价综合改革。          省水利厅          省农业农村厅              持续推进\n")
    assert _rows(parse_text(text)) == [
        ("1", "实施城市公共供水管网漏损治理，漏损率控制在9%以内", ["省住房和城乡建设厅", "省发展改革委"], ["2025年10月底前"]),
        ("2", "推进农业水价综合改革", ["省水利厅", "省农业农村厅"], ["持续推进"])]


def test_cells_one_a_line_with_blank_lines_only_between_rows_stay_apart():
    # guard: a table one cell per line whose ROWS (not cells) are set apart by blank lines: each line stays a cell
    text = ("某县养老服务任务清单\n序号\n工作任务\n责任单位\n完成时限\n\n"
            "1\n新建区域性养老服务中心2个。\n养老服务股\n2025年10月底前\n\n"
            "2\n实施适老化改造150户。\n社会救助股\n2025年11月底前\n\n"
            "3\n开展养老机构安全隐患排查整治。\n县应急管理局\n2025年6月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "新建区域性养老服务中心2个", ["养老服务股"], ["2025年10月底前"]),
        ("2", "实施适老化改造150户", ["社会救助股"], ["2025年11月底前"]),
        ("3", "开展养老机构安全隐患排查整治", ["县应急管理局"], ["2025年6月底前"])]


def test_a_short_tab_line_that_is_not_the_pages_last_is_no_cut_row():
    # guard: a headless page whose short numbered line is followed by more text is no cut row of the table
    text = ("某市交通运输重点工作任务分解表（续）\n"
            "9\t推进农村公路示范创建。\t市交通运输局\t各县（市、区）人民政府\t2025年12月底前\n"
            "10\t推动港区码头工程开工建设。\t市港航中心\t市生态环境局\t2025年9月底前\n"
            "11\t实施国省道危桥改造8座。\t市公路中心\t市财政局\t2025年10月底前\n"
            "12\t备注\t以上任务按季度调度\n"
            "抄送：市委办公室。\n")
    assert [t.id for t in parse_text(text).tasks] == ["9", "10", "11"]

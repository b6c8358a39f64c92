"""Round BH's misses, each on a made-up example of its pattern: a 公示 signed under a table pasted one cell a line with a
'|' line after each cell, a problem column one cell a line before its 整改 column, a 文号 printed beside the page's date,
'是否有效' in a 信息公开 block, '时间进度' as a time label, the last row of a table of single spaces cut inside its text, and an
empty 【责任单位】 ending the page. The texts are invented; they copy the shape of published documents."""

from __future__ import annotations

from zhifa_cli.parse import grid, parse_text


def _rows(doc):
    return [(t.title, [u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def _cells(rows: list[list[str]], bar: bool) -> str:
    sep = "\n|\n" if bar else "\n"
    return "".join(cell + sep for row in rows for cell in row)


_HEAD = ["序号", "存在问题", "整改措施", "责任股室", "整改时限"]
_BODY = [["1", "执法文书不规范", "开展文书制作培训，统一文书格式。", "法规股", "2024年7月底前"],
         ["2", "处罚信息公示滞后", "建立公示台账，按时公示处罚决定。", "信用监管股", "立行立改"]]


def test_a_table_one_cell_a_line_signed_under_its_last_bar_gives_the_issuer_and_date():
    # round BH: the organ and date after the last '|' line of a 公示's table were taken for a row's cells (no signature)
    text = "某县市场监督管理局问题整改清单\n发布时间：2024-06-25\n" + _cells([_HEAD, *_BODY], True) \
        + "某县市场监督管理局\n2024年6月24日\n"
    doc = parse_text(text)
    assert (doc.issuer, str(doc.date)) == ("某县市场监督管理局", "2024-06-24")
    assert [r[1:] for r in _rows(doc)] == [(["法规股"], ["2024年7月底前"]), (["信用监管股"], ["立行立改"])]


def test_a_table_one_cell_a_line_without_bars_keeps_its_last_cells_as_cells():
    # guard: with no '|' lines the table's end cannot be told; a body and a date closing it stay no signature
    rows = [["序号", "工作任务", "责任单位", "完成时限"], ["1", "开展文书制作培训，统一文书格式。", "某县市场监督管理局", "2024年6月24日"]]
    doc = parse_text("某县市场监督管理局任务清单\n" + _cells(rows, False))
    assert (doc.issuer, doc.date) == (None, None)


def test_a_problem_column_one_cell_a_line_before_its_rectification_column_is_no_part_of_the_title():
    # round BH: '存在问题' (no header word alone) stopped the header read one cell a line; the header began at 整改措施 and
    # each row's problem ran into its measure ('执法文书不规范开展文书制作培训…')
    doc = parse_text("某局问题整改清单\n" + _cells([_HEAD, *_BODY], True))
    assert [r[0] for r in _rows(doc)] == ["开展文书制作培训，统一文书格式", "建立公示台账，按时公示处罚决定"]


def test_a_problem_cell_after_a_header_without_rectification_stays_out_of_the_header():
    # guard: '存在问题' after a header that has no 整改 column is no header word: the header and rows read as before
    rows = [["序号", "工作任务", "责任单位", "完成时限"], ["1", "开展文书制作培训，统一文书格式。", "法规股", "2024年7月底前"]]
    doc = parse_text("某局重点任务清单\n" + _cells(rows, True) + "存在问题\n|\n")
    assert _rows(doc)[0] == ("开展文书制作培训，统一文书格式", ["法规股"], ["2024年7月底前"])


def _notice(number_line: str) -> str:
    return (f"某区人民政府办公室关于印发某区2025年工作任务分工的通知\n{number_line}\n各镇人民政府：\n　　现将分工印发给你们。\n"
            "某区人民政府办公室\n2025年3月31日\n某区2025年工作任务分工\n1.推行亮码检查。\n牵头单位：区司法局\n时间进度：2025年6月底前\n")


def test_a_doc_number_printed_beside_the_pages_date_is_the_doc_number():
    # round BH: '北政办发〔2025〕9号　　　　发布日期：2025-04-03' was no 文号 line (the number alone on its line only)
    for line in ("某政办发〔2025〕9号　　　　发布日期：2025-04-03", "某政办发〔2025〕9号 发布时间：2025年04月03日"):
        doc = parse_text(_notice(line))
        assert (doc.doc_number, str(doc.date)) == ("某政办发〔2025〕9号", "2025-03-31"), line


def test_a_doc_number_inside_a_sentence_stays_no_doc_number():
    # guard: a cited number in a sentence with a date after it is no line of the page's 文号
    doc = parse_text(_notice("根据某政办发〔2024〕9号文件精神，发布日期：2024-04-03"))
    assert doc.doc_number is None


def test_time_progress_is_a_time_label():
    # round BH: '时间进度：2025年6月底前' under '牵头单位：' was no label: the task had no deadline
    assert _rows(parse_text(_notice("某政办发〔2025〕9号"))) == [("推行亮码检查", ["区司法局"], ["2025年6月底前"])]


def test_is_valid_ends_the_doc_number_in_a_block_line():
    # round BH: '文号：X〔2024〕3号　　是否有效：是' took the whole rest of the line as the number (no 文号 read)
    for pair in ("是否有效：是", "效力状态：有效"):
        text = (f"发布机构：某市人民政府办公室　　生成日期：2024-01-19\n文号：某政办〔2024〕3号　　{pair}\n"
                "某市2024年重点任务清单\n1.制定执法事项目录。【牵头单位】市司法局【完成时限】2024年3月底\n")
        assert parse_text(text).doc_number == "某政办〔2024〕3号", pair


_SPACED = ("某市城市管理局任务分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位 完成时限\n"
           "1 规范执法 执行裁量基准 修订裁量基准，统一执法尺度。 执法监督科 各区城市管理局 2024年6月底前\n")


def test_the_last_row_of_a_spaced_table_cut_inside_its_text_keeps_its_text():
    # round BH: '2 强化保障 加强执法培训 组织开展执法人员' (cut inside its 细化措施 cell) was aligned from the right: no text,
    # its group cells read as units and its cut text as its time
    doc = parse_text(_SPACED + "2 强化保障 加强执法培训 组织开展执法人员\n")
    assert _rows(doc)[1] == ("组织开展执法人员", [], [])


def test_a_spaced_last_row_that_lost_its_group_cells_is_no_row_cut_inside_its_text():
    # guards: a last row ending in a body's name or a time, or in a whole sentence, or reaching no further than its
    # group cells, was not cut inside its text: the left-hand reading leaves it (it is read as before)
    columns = grid._header(["序号", "类别", "主要任务", "细化措施", "牵头单位", "参与单位", "完成时限"])
    for line in ("2 加强执法培训 组织开展执法人员轮训。 人事科", "2 加强执法培训 组织开展执法人员轮训。",
                 "2 强化保障 加强执法培训 2024年底前", "2 强化保障 加强执法培训"):
        assert grid._cut_spaced(columns, line, 1) is None, line
    assert grid._cut_spaced(columns, "2 强化保障 加强执法培训 组织开展执法人员", 1).cells["text"] == ["组织开展执法人员"]


def test_an_empty_boxed_label_ending_the_page_is_no_unit():
    # round BH: '…【牵头单位】市营商环境建设局【责任单位】' (the page cut after the label) listed '责任单位' as a unit
    doc = parse_text("某市重点任务清单\n1.制定执法事项目录。【牵头单位】市司法局【责任单位】市直各部门【完成时限】2024年3月底\n"
                     "2.推行扫码入企。【牵头单位】市营商环境建设局【责任单位】\n")
    assert [r[1] for r in _rows(doc)] == [["市司法局", "市直各部门"], ["市营商环境建设局"]]

"""Round BR's layouts, each on a made-up example of its pattern: task tables under header words the probe set had not
used ('时间计划', '主要指标', '协调单位', '主责科室', '任务清单', an English 'No.'), a sheet saved as tab-separated text with every
cell quoted, and a pdftotext -layout header whose names are stacked over three lines.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

import pytest

from zhifa_cli.errors import NoTasksError
from zhifa_cli.parse import parse_text
from zhifa_cli.parse.grid import column_role


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_time_column_named_time_plan_is_the_time_column():
    # round BR: '时间计划' was no time word: the table was read, every time lost (BR02: 6 deadlines)
    text = ("某市2025年促消费工作要点\n序号 | 重点工作 | 具体举措 | 牵头单位 | 时间计划\n"
            "1 | 汽车消费 | 开展汽车促销季活动2轮。 | 市场运行科 | 2025年4月—10月\n"
            "2 | 餐饮消费 | 举办美食节，评选特色街区3条。 | 服务业发展科 | 全年\n")
    assert _rows(parse_text(text)) == [("1", "开展汽车促销季活动2轮", ["市场运行科"], ["2025年4月—10月"]),
                                       ("2", "举办美食节，评选特色街区3条", ["服务业发展科"], ["全年"])]


def test_a_target_column_and_support_bodies_named_by_coordination():
    # round BR: '主要指标' (the figures to reach) and '协调单位' (the bodies that help) were no header words, two in one
    # header: no table, the page failed (BR03)
    for target, helper in (("主要指标", "协调单位"), ("核心指标", "协调部门"), ("指标", "协调单位")):
        text = (f"某区2025年营商环境攻坚任务清单\n| 序号 | 工作事项 | {target} | 牵头单位 | {helper} | 完成时限 |\n"
                "| --- | --- | --- | --- | --- | --- |\n"
                "| 1 | 开展涉企违规收费专项整治。 | 整治问题100% | 区发展改革局 | 区财政局、区市场监管局 | 2025年10月底前 |\n"
                "| 2 | 推行包容审慎监管。 | 清单事项80项 | 区司法局 | 区直有关部门 | 2025年7月底前 |\n")
        assert _rows(parse_text(text)) == [
            ("1", "开展涉企违规收费专项整治", ["区发展改革局", "区财政局", "区市场监管局"], ["2025年10月底前"]),
            ("2", "推行包容审慎监管", ["区司法局", "区直有关部门"], ["2025年7月底前"])], (target, helper)


def test_a_unit_column_of_the_sections_that_bear_the_work_zhuze():
    # round BR: '主责科室' was no header word (主责 named units only in '主责单位' / '主责部门'): the page failed (BR10)
    for name in ("主责科室", "主责处室", "主责股室"):
        text = (f"某局2025年食品安全工作任务分工\n序号\t工作任务\t{name}\t协同科室\t完成时限\n"
                "1\t完成食品安全监督抽检1.2万批次。\t抽检监测科\t各县市场监管局\t2025年11月底前\n"
                "2\t开展农村假冒伪劣食品专项整治。\t生产监管科\t执法稽查支队\t2025年10月底前\n")
        assert _rows(parse_text(text)) == [
            ("1", "完成食品安全监督抽检1.2万批次", ["抽检监测科", "各县市场监管局"], ["2025年11月底前"]),
            ("2", "开展农村假冒伪劣食品专项整治", ["生产监管科", "执法稽查支队"], ["2025年10月底前"])], name


def test_the_task_column_named_as_a_list_of_tasks():
    # round BR: '任务清单' was no header word (no known task word beside the unit and time words): the page failed (BR11)
    for name in ("任务清单", "工作清单", "事项清单"):
        text = (f"某镇2025年人居环境整治任务清单\n序号\t{name}\t责任单位\t责任人\t完成时限\n"
                "1\t建设村级垃圾分类示范点5个。\t镇村镇建设办\t王海\t2025年9月底前\n"
                "2\t整治河道沟渠，清理河道8公里。\t镇水利站\t张强\t2025年5月底前\n")
        assert _rows(parse_text(text)) == [("1", "建设村级垃圾分类示范点5个", ["镇村镇建设办"], ["2025年9月底前"]),
                                           ("2", "整治河道沟渠，清理河道8公里", ["镇水利站"], ["2025年5月底前"])], name


def test_a_number_column_headed_in_english():
    # round BR: a sheet exported with 'No.' over its row numbers: no header, the rows read some other way (BR04: 3 of 7
    # tasks lost)
    for name in ("No.", "NO.", "No"):
        text = (f"某县2025年城乡供水保障工作任务表\n{name}\t工作任务\t责任单位\t完成时限\n"
                "1\t改造农村老旧供水管网60公里。\t县水利局\t2025年10月底前\n"
                "2\t完成第二水厂深度处理改造。\t县住建局\t2025年12月底前\n")
        assert _rows(parse_text(text)) == [("1", "改造农村老旧供水管网60公里", ["县水利局"], ["2025年10月底前"]),
                                           ("2", "完成第二水厂深度处理改造", ["县住建局"], ["2025年12月底前"])], name


def test_a_tab_separated_sheet_with_every_cell_quoted():
    # round BR: '"序号"<TAB>"工作任务"…' over '"1"<TAB>"…"': the quoted header was no header (BR12: the page); a quote inside
    # a cell is doubled ('""'), the last row cut with its quote left open
    text = ('某县2025年人才工作重点任务\n"序号"\t"工作任务"\t"责任单位"\t"完成时限"\n'
            '"1"\t"举办""英才""专场招聘会2场。"\t"县人社局"\t"2025年6月底前"\n'
            '"2"\t"建设人才公寓200套。"\t"县住建局、县财政局"\t"2025年9月底前"\n'
            '"3"\t"实施""银发人才""再就业行动，建立\n')
    assert _rows(parse_text(text)) == [("1", '举办"英才"专场招聘会2场', ["县人社局"], ["2025年6月底前"]),
                                       ("2", "建设人才公寓200套", ["县住建局", "县财政局"], ["2025年9月底前"]),
                                       ("3", '实施"银发人才"再就业行动，建立', [], [])]
    # a quoted cell over two lines (a line break inside the sheet's cell): read with its row, the bodies on two lines parted
    text = ('某县2025年人才工作重点任务\n"序号"\t"工作任务"\t"责任单位"\t"完成时限"\n'
            '"1"\t"举办专场招聘会2场，\n吸纳就业500人。"\t"县人社局\n县财政局"\t"2025年6月底前"\n'
            '"2"\t"建设人才公寓200套。"\t"县住建局"\t"2025年9月底前"\n')
    assert _rows(parse_text(text)) == [("1", "举办专场招聘会2场，吸纳就业500人", ["县人社局", "县财政局"], ["2025年6月底前"]),
                                       ("2", "建设人才公寓200套", ["县住建局"], ["2025年9月底前"])]


_STACKED = ("某市2025年燃气安全整治任务分解表\n"
            "                                  牵头        配合          完成\n"
            "序号    重点任务                  单位        单位          时限\n"
            "{third}"
            "1       开展餐饮场所燃气安全检查，  市监局      市消防支队    2025年6月\n"
            "        安装报警装置。                                      底前\n"
            "2       整治违规充装行为。          市住建局    市公安局      2025年8月\n"
            "                                                            底前\n")


def test_a_layout_header_whose_names_are_stacked_over_three_lines():
    # round BR: '牵头 配合 完成' over '序号 重点任务 单位 单位 时限' over '（部门） （部门） （年月）' (pdftotext -layout): the
    # first line has fewer pieces than the second, no header was found (BR08: the page); the same over two lines too
    for third in ("                                  （部门）    （部门）      （年月）\n", ""):
        assert _rows(parse_text(_STACKED.format(third=third))) == [
            ("1", "开展餐饮场所燃气安全检查，安装报警装置", ["市监局", "市消防支队"], ["2025年6月底前"]),
            ("2", "整治违规充装行为", ["市住建局", "市公安局"], ["2025年8月底前"])], third


def test_a_unit_or_time_word_with_its_alternative_after_a_slash():
    # beside round BR: '责任单位/部门' (a unit word, then the other kind word for the same column) was no header word: the
    # page failed; '完成时限/时间' the same for the time
    for unit, due in (("责任单位/部门", "完成时限"), ("牵头单位／部门", "完成时限/时间"), ("责任单位/科室", "完成时间")):
        text = (f"某县2025年城乡供水保障工作任务表\n序号\t工作任务\t{unit}\t{due}\n"
                "1\t改造农村老旧供水管网60公里。\t县水利局\t2025年10月底前\n"
                "2\t完成第二水厂深度处理改造。\t县住建局\t2025年12月底前\n")
        assert _rows(parse_text(text)) == [("1", "改造农村老旧供水管网60公里", ["县水利局"], ["2025年10月底前"]),
                                           ("2", "完成第二水厂深度处理改造", ["县住建局"], ["2025年12月底前"])], unit


def test_a_header_whose_cells_carry_their_running_numbers():
    # beside round BR: '1.序号 | 2.工作任务 | 3.责任单位 | 4.完成时限' (a form numbering its columns): no header word, no table
    for header in ("1.序号\t2.工作任务\t3.责任单位\t4.完成时限", "1、序号\t2、工作任务\t3、责任单位\t4、完成时限"):
        text = (f"某县2025年城乡供水保障工作任务表\n{header}\n"
                "1\t改造农村老旧供水管网60公里。\t县水利局\t2025年10月底前\n"
                "2\t完成第二水厂深度处理改造。\t县住建局\t2025年12月底前\n")
        assert _rows(parse_text(text)) == [("1", "改造农村老旧供水管网60公里", ["县水利局"], ["2025年10月底前"]),
                                           ("2", "完成第二水厂深度处理改造", ["县住建局"], ["2025年12月底前"])], header


def test_a_sheets_empty_cells_past_the_tables_last_column_are_none():
    # beside round BR: a sheet copied with its used range wider than the table ('…<TAB>完成时限<TAB><TAB>', every row the same):
    # a row under a task cell merged down ('<TAB><TAB>unit<TAB>time<TAB><TAB>') had more cells than the header, its unit and time
    # lost (BR06's rows with BR07's trailing tabs)
    for tail in ("\t", "\t\t"):
        text = (f"某县2025年城乡供水保障工作任务表\n序号\t工作任务\t责任单位\t完成时限{tail}\n"
                f"1\t改造农村老旧供水管网60公里。\t县水利局\t2025年10月底前{tail}\n"
                f"\t\t县财政局\t2025年6月底前{tail}\n"
                f"2\t完成第二水厂深度处理改造。\t县住建局\t2025年12月底前{tail}\n")
        assert _rows(parse_text(text)) == [
            ("1", "改造农村老旧供水管网60公里", ["县水利局", "县财政局"], ["2025年10月底前", "2025年6月底前"]),
            ("2", "完成第二水厂深度处理改造", ["县住建局"], ["2025年12月底前"])], repr(tail)


def test_a_sheet_row_holding_only_the_rest_of_the_task_text_between_two_rows():
    # beside round BR: '<TAB>同步实施水表智能化改造。<TAB><TAB>' under a row (no 序号, no unit, no time: the task cell run on into
    # the sheet's next row) ended the table, every row after it lost
    for tail in ("", "\t\t"):
        text = (f"某县2025年城乡供水保障工作任务表\n序号\t工作任务\t责任单位\t完成时限{tail}\n"
                f"1\t改造农村老旧供水管网60公里，\t县水利局\t2025年10月底前{tail}\n"
                f"\t同步实施水表智能化改造。\t\t{tail}\n"
                f"2\t完成第二水厂深度处理改造。\t县住建局\t2025年12月底前{tail}\n")
        assert _rows(parse_text(text)) == [
            ("1", "改造农村老旧供水管网60公里，同步实施水表智能化改造", ["县水利局"], ["2025年10月底前"]),
            ("2", "完成第二水厂深度处理改造", ["县住建局"], ["2025年12月底前"])], repr(tail)


def test_near_misses_of_the_round_br_rules_stay_as_they_were():
    # list words that name no task column, target values and 协调 as a task word stay as they were
    for word, role in (("问题清单", None), ("责任清单", None), ("目标值", "ignore"), ("协调事项", "text"),
                       ("Note", None), ("时间进度", "ignore"), ("推进计划", "ignore"), ("单位/部门", None),
                       ("工作任务/单位", None)):
        assert column_role(word) == role, word
    # a tab table whose header is not quoted keeps a quote that opens a task cell (the text's own mark)
    text = ('某县方案\n序号\t工作任务\t责任单位\t完成时限\n'
            '1\t"一网通办"改革提速。\t县政务服务中心\t2025年6月底前\n')
    assert _rows(parse_text(text)) == [("1", '"一网通办"改革提速', ["县政务服务中心"], ["2025年6月底前"])]
    # cells numbered out of turn are no numbered header: no table, as before
    text = ("某县方案\n1.序号\t3.工作任务\t2.责任单位\t4.完成时限\n"
            "1\t改造农村老旧供水管网60公里。\t县水利局\t2025年10月底前\n")
    with pytest.raises(NoTasksError):
        parse_text(text)
    # a line after the last row is the plan's prose, even when the row's text ends mid-sentence; a short label between
    # rows is no text of the row above
    text = ("某县方案\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t改造农村老旧供水管网60公里。\t县水利局\t2025年10月底前\n"
            "2\t完成第二水厂深度处理改造，\t县住建局\t2025年12月底前\n各单位要高度重视，抓好落实。\n")
    assert [t.title for t in parse_text(text).tasks] == ["改造农村老旧供水管网60公里", "完成第二水厂深度处理改造，"]
    text = ("某县方案\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t改造农村老旧供水管网60公里。\t县水利局\t2025年10月底前\n\t水利保障\t\t\n"
            "2\t完成第二水厂深度处理改造。\t县住建局\t2025年12月底前\n")
    assert [t.title for t in parse_text(text).tasks][0] == "改造农村老旧供水管网60公里"
    # a two-line stacked header whose first line is the fuller ('序 / 号', '完成 / 时限') is read as before
    text = ("某县方案\n序      重点任务                牵头        完成\n"
            "号                              单位        时限\n"
            "1       整治违规充装行为。      县住建局    2025年8月底前\n"
            "2       开展燃气安全检查。      县监局      2025年6月底前\n")
    assert _rows(parse_text(text)) == [("1", "整治违规充装行为", ["县住建局"], ["2025年8月底前"]),
                                       ("2", "开展燃气安全检查", ["县监局"], ["2025年6月底前"])]

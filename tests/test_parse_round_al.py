"""Round AL's layouts, each on a made-up example of its pattern: task tables in renderings rounds AI–AK did not show
(year-target columns, a '责任单位及责任人' column, a spaced header over two rows, tab cells broken on a unit or a date, a
dataframe's index column, a continuation page with no header) and time-limit cells of two points.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

import pytest

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.pipeline import NoTasksError


def _rows(doc):
    return [(t.id, t.title, [(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_year_columns_of_targets_are_no_time_limits_and_do_not_hide_the_table():
    # round AL: '2024年' / '2025年' header cells (each year's target) were no header words, so the table was not found
    text = ("某县卫生健康目标任务分解表\n| 序号 | 目标任务 | 2024年 | 2025年 | 责任单位 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 提高居民健康素养水平。 | 26% | 30% | 县卫生健康局、县教育局 |\n"
            "| 2 | 提升家庭医生签约覆盖率。 | 40% | 45% | 县卫生健康局 |\n")
    assert _rows(parse_text(text)) == [
        ("1", "提高居民健康素养水平", [("县卫生健康局", "responsible"), ("县教育局", "responsible")], []),
        ("2", "提升家庭医生签约覆盖率", [("县卫生健康局", "responsible")], [])]


def test_a_unit_and_person_column_gives_the_bodies_without_the_persons():
    # round AL: '责任单位及责任人' was read as a person column (nothing), and its spaces were taken out ('应急办陈刚')
    text = ("某镇重点工作责任分解\n| 序号 | 重点工作 | 责任单位及责任人 | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 1 | 完成集体资产清查。 | 农业服务中心 周明 | 2025年4月底前 |\n"
            "| 2 | 开展免费筛查。 | 社会事务办 孙丽、镇卫生院 | 2025年9月底前 |\n")
    assert _rows(parse_text(text)) == [
        ("1", "完成集体资产清查", [("农业服务中心", "responsible")], ["2025年4月底前"]),
        ("2", "开展免费筛查", [("社会事务办", "responsible"), ("镇卫生院", "responsible")], ["2025年9月底前"])]


def test_a_spaced_header_over_two_rows_names_the_spanned_columns():
    # round AL: '责任单位' spanning '牵头单位  配合单位' on the line under a header of two-space cells: the support units were
    # read into the time column ('县发改局2025年12月底前')
    text = ("某县文旅重点任务\n序号  工作任务  责任单位  完成时限\n  牵头单位  配合单位\n"
            "1  创建旅游景区1家。  县文旅局  县发改局、县林业局  2025年12月底前\n"
            "2  举办文化旅游节。  县文旅局  县商务局  2025年9月\n")
    assert _rows(parse_text(text)) == [
        ("1", "创建旅游景区1家", [("县文旅局", "lead"), ("县发改局", "support"), ("县林业局", "support")],
         ["2025年12月底前"]),
        ("2", "举办文化旅游节", [("县文旅局", "lead"), ("县商务局", "support")], ["2025年9月"])]


def test_a_tab_row_broken_inside_its_unit_cell_goes_on_over_the_next_line():
    # round AL: a unit cell written on two lines ('牵头单位：…' / '配合单位：…	2025年10月底前', or a list broken after 、)
    # split the row: the support units and the time limit were lost
    text = ("某县分工方案\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t开展燃气安全整治。\t牵头单位：县住建局\n配合单位：县市场监管局\t2025年10月底前\n"
            "2\t推进以旧换新。\t县商务局、\n各乡镇人民政府\t持续推进\n")
    assert _rows(parse_text(text)) == [
        ("1", "开展燃气安全整治", [("县住房和城乡建设局", "lead"), ("县市场监督管理局", "support")], ["2025年10月底前"]),
        ("2", "推进以旧换新", [("县商务局", "responsible"), ("各乡镇人民政府", "responsible")], ["持续推进"])]


def test_a_tab_row_whose_date_broke_takes_the_end_from_the_next_line():
    # round AL: '2025年9月' / '底前': the date's end on a line of its own was lost ('2025年9月' read)
    text = ("某市工作任务分工\n序号\t工作任务\t责任科室\t完成时限\n1\t培育集聚区2个。\t流通科\t2025年9月\n底前\n"
            "2\t开展提质行动。\t服务业科\t2025年10月底前\n")
    assert [d for _, _, _, d in _rows(parse_text(text))] == [["2025年9月底前"], ["2025年10月底前"]]


def test_a_dataframe_index_column_before_the_row_number_is_no_cell():
    # round AL: ' | 序号 | 工作任务 | …' over '0 | 1 | …': the index 0, 1 … was read as the 序号 and every cell moved one
    # column right (the task number the title, the task text the unit)
    text = ("某市水利重点工作任务清单\n | 序号 | 工作任务 | 责任处室 | 完成时限\n"
            "0 | 1 | 实施河流治理项目3个。 | 河湖管理处 | 2025年汛前\n1 | 2 | 开展防御演练。 | 防御处 | 2025年5月底前\n")
    assert _rows(parse_text(text)) == [
        ("1", "实施河流治理项目3个", [("河湖管理处", "responsible")], ["2025年汛前"]),
        ("2", "开展防御演练", [("防御处", "responsible")], ["2025年5月底前"])]


def test_a_continuation_page_of_tab_rows_without_a_header_is_read_by_its_cells():
    # round AL: the second page of an attachment ('…分解表（续）', rows 4–6, the header on page one): no task was found
    text = ("附件\n某区教育重点工作任务分解表（续）\n4\t推进集团化办学。\t基础教育股\t2025年8月底前\n"
            "5\t开展食品安全整治。\t安全稳定股、区市场监管局\t2025年6月底前\n6\t落实学生资助政策。\t资助中心\t长期坚持\n")
    doc = parse_text(text)
    assert [(t.id, t.title, [d.text for d in t.deadlines]) for t in doc.tasks] == [
        ("4", "推进集团化办学", ["2025年8月底前"]), ("5", "开展食品安全整治", ["2025年6月底前"]),
        ("6", "落实学生资助政策", ["长期坚持"])]
    assert [u.name for u in doc.tasks[1].units] == ["安全稳定股", "区市场监督管理局"]


def test_two_time_limits_side_by_side_and_points_with_shares_are_each_listed():
    # round AL: '2025年4月底前、10月底前' (two limits, each closed by 前) and '2024年6月底前完成50%，12月底前全面完成' (a
    # point's done words holding a share) were one value each; '2024年6月、12月' stays one value (P18)
    text = ("某县工作清单\n| 序号 | 工作事项 | 责任单位 | 时间节点 |\n|---|---|---|---|\n"
            "| 1 | 开展集中免疫。 | 县动物疫控中心 | 2025年4月底前、10月底前 |\n"
            "| 2 | 推进项目开工建设。 | 县旧改办 | 2024年6月底前完成50%，12月底前全面完成 |\n"
            "| 3 | 开展两次督查。 | 县督查室 | 2024年6月、12月 |\n")
    assert [d for _, _, _, d in _rows(parse_text(text))] == [
        ["2025年4月底前", "10月底前"], ["2024年6月底前完成50%", "12月底前全面完成"], ["2024年6月、12月"]]


def test_a_time_after_a_space_in_a_unit_cell_is_no_person():
    # misfire check of the round-AL rule: '各县(市、区)人民政府 长期坚持' (a seed's row run together with its time) is no
    # body followed by its person; '社会事务办 孙丽' is
    from zhifa_cli.parse.units import persons_spaced

    assert not persons_spaced("市级行政执法部门、各县(市、区)人民政府 长期坚持")
    assert not persons_spaced("县财政局 年底前")
    assert persons_spaced("社会事务办 孙丽、镇卫生院")


def test_a_time_column_under_year_headers_without_a_text_column_stays_no_table():
    # misfire check: year headers are read as target columns only beside header words with a task column; a row of years
    # ('2023年 | 2024年 | 2025年') over figures is no task table
    text = "某县主要指标\n| 指标 | 2023年 | 2024年 | 2025年 |\n| --- | --- | --- | --- |\n| 地区生产总值 | 100 | 106 | 112 |\n"
    with pytest.raises(NoTasksError):
        parse_text(text)

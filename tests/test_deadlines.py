"""The deadline grammar, table-driven: one line per case."""

from __future__ import annotations

import pytest

from zhifa_cli.parse.deadlines import find_in_prose, parse_field

# text, kind, due (ISO) or every (--MM-DD), ongoing
FIELDS = [
    ("长期坚持", "ongoing", None, True),
    ("持续推进", "ongoing", None, True),
    ("2024年6月", "by_date", "2024-06-30", False),
    ("2024年6月底前", "by_date", "2024-06-30", False),
    ("2024年2月", "by_date", "2024-02-29", False),
    ("2024年4月30日前", "by_date", "2024-04-30", False),
    ("2024年二季度", "by_date", "2024-06-30", False),
    ("2024年三季度", "by_date", "2024-09-30", False),
    ("2024年第四季度", "by_date", "2024-12-31", False),
    ("2024年上半年", "by_date", "2024-06-30", False),
    ("2024年下半年", "by_date", "2024-12-31", False),
    ("2024年底前", "by_date", "2024-12-31", False),
    ("到2025年底", "by_date", "2025-12-31", False),
    ("2023年并长期坚持", "by_date", "2023-12-31", True),
    ("2024年二季度并长期坚持", "by_date", "2024-06-30", True),
    ("2025年10月并长期坚持", "by_date", "2025-10-31", True),
    ("2024年9月至12月", "in_period", "2024-12-31", False),
    ("二〇二四年六月底前", "by_date", "2024-06-30", False),
    ("2024 年 6 月底前", "by_date", "2024-06-30", False),
    ("每年3月底前", "recurring", "--03-31", False),
    ("每年12月", "recurring", "--12-31", False),
    ("每年第一季度", "recurring", "--03-31", False),
    ("每年1月31日前", "recurring", "--01-31", False),
    ("尽快", "unknown", None, False),
    # a verb after the date; dates with dots or slashes (tables); a field without its year (the document's)
    ("2024年9月底前完成", "by_date", "2024-09-30", False),
    ("2024年6月底前完成并长期坚持", "by_date", "2024-06-30", True),
    ("2019年12月31日前完成，并长期坚持", "by_date", "2019-12-31", True),  # a comma before 并
    ("2024.12", "by_date", "2024-12-31", False),
    ("2024/6/30前", "by_date", "2024-06-30", False),
    ("6月底前", "by_date", "2024-06-30", False),
    ("11月30日前", "by_date", "2024-11-30", False),
    ("三季度末", "by_date", "2024-09-30", False),
    ("完成", "unknown", None, False),
    # parts of a month, the whole year, a range ending in a later year's month, 长期坚持 in brackets
    ("2024年10月中旬", "by_date", "2024-10-20", False),
    ("2024年6月上旬前", "by_date", "2024-06-10", False),
    ("2024年11月下旬", "by_date", "2024-11-30", False),
    ("2024年全年", "in_period", "2024-12-31", False),
    ("全年", "in_period", "2024-12-31", False),
    ("2024年至2025年6月", "in_period", "2025-06-30", False),
    ("2024年12月底（长期坚持）", "by_date", "2024-12-31", True),
]


@pytest.mark.parametrize("text,kind,when,ongoing", FIELDS)
def test_field(text, kind, when, ongoing):
    d = parse_field(text, doc_year=2024)
    assert (d.kind, d.due.isoformat() if d.due else d.every, d.ongoing, d.source) == (kind, when, ongoing, "field")


def test_year_taken_from_document_is_marked():
    d = parse_field("年底前", doc_year=2024)
    assert (d.due.isoformat(), d.inferred) == ("2024-12-31", True)
    assert parse_field("年底前").kind == "unknown"


# prose, [(text as written, due or every)]
PROSE = [
    ("于2024年7月底前组织完成专项整治", [("2024年7月底前", "2024-07-31")]),
    ("2024年10月底前，完成全区执法突出问题专项监督", [("2024年10月底前", "2024-10-31")]),
    ("部门于2024年12月前研究制定本部门行政执法事项目录", [("2024年12月前", "2024-12-31")]),
    ("于每年1月底前和7月底前向备案审查部门提交", [("每年1月底前", "--01-31"), ("7月底前", "--07-31")]),
    ("每年3月1日前，各级政府报告…，并在4月1日前通过报刊公开", [("每年3月1日前", "--03-01"), ("4月1日前", "--04-01")]),
    ("力争到2025年基本实现每个乡镇配备2名", [("力争到2025年", "2025-12-31")]),
    ("2024年底，区各行政执法部门梳理", [("2024年底", "2024-12-31")]),
    ("于每年5月底将本年度涉企行政检查计划报", [("每年5月底", "--05-31")]),
    ("2024年二季度并长期坚持推进", [("2024年二季度并长期坚持", "2024-06-30")]),
    ("每年至少组织开展1次专题学习", []),
    ("2025年高频处罚事项裁量权细化率达到100%", []),
    ("每人每年接受不少于60学时的培训", []),
    # a year opening a sentence scopes it; the months after it take that year
    ("2019年任务：一是完成分类。2020年任务：一是4月底前完成评估；二是10月底前完成修编。",
     [("2019年", "2019-12-31"), ("2020年", "2020-12-31"), ("4月底前", "2020-04-30"), ("10月底前", "2020-10-31")]),
    ("2018年，全区完成整治项目28项。", [("2018年", "2018-12-31")]),
    # a month without a year and without 前 takes the document's year
    ("4月底，全面完成企业整治。", [("4月底", "2024-04-30")]),
    ("用水量比2015年下降24%。", []),
    # years named relative to the document's
    ("年内建成中心3个。", [("年内", "2024-12-31")]),
    ("于次年1月底前完成验收。", [("次年1月底前", "2025-01-31")]),
    ("今年6月底前完成排查。", [("今年6月底前", "2024-06-30")]),
    ("2025年内完成改造。", [("2025年内", "2025-12-31")]),
    # a month range written with a dash, as in a 完成时限 field; a statistical period '1—6月' is none
    ("2024年9月—12月开展事中事后核查。", [("2024年9月—12月", "2024-12-31")]),
    ("2024年1—6月，全市完成投资120亿元。", []),
]


@pytest.mark.parametrize("text,expected", PROSE)
def test_prose(text, expected):
    found = find_in_prose(text, doc_year=2024)
    assert [(d.text, d.due.isoformat() if d.due else d.every) for d in found] == expected
    assert all(d.source == "prose" for d in found)


def test_a_month_without_a_year_takes_the_documents_year_marked_inferred():
    (found,) = find_in_prose("6月底，完成清理。", doc_year=2023)
    assert (found.due.isoformat(), found.inferred) == ("2023-06-30", True)
    assert find_in_prose("6月底，完成清理。", doc_year=None) == []


def test_a_field_without_its_year_takes_the_documents_and_says_so():
    assert parse_field("6月底前", doc_year=2023).inferred is True
    assert parse_field("2023年6月底前", doc_year=2023).inferred is False
    assert parse_field("6月底前").kind == "unknown"  # no document year: not guessed


def test_a_date_years_before_the_document_qualifying_a_noun_is_no_deadline():
    text = "完成2000年底前建成的老旧小区改造18个，2024年11月底前完工。"
    assert [d.text for d in find_in_prose(text, doc_year=2024)] == ["2024年11月底前"]
    assert [d.text for d in find_in_prose("对2023年底前建成的项目开展验收。", doc_year=2024)] == ["2023年底前"]  # last year
    assert [d.text for d in find_in_prose("2018年底前完成清理。", doc_year=2024)] == ["2018年底前"]  # no noun qualified
    assert len(find_in_prose(text)) == 2  # without the document's year nothing is judged


# round AA: '以前' / '之前' after a date, a month cut into 旬, '年末', and a year-less quarter with its cue in prose
@pytest.mark.parametrize(("text", "expected"), [
    ("于2024年6月30日以前完成验收。", [("2024年6月30日以前", "2024-06-30")]),
    ("2024年9月底之前完成整改。", [("2024年9月底之前", "2024-09-30")]),
    ("于2024年11月中旬前完成部署。", [("2024年11月中旬前", "2024-11-20")]),
    ("到2024年末，覆盖率达到90%。", [("2024年末", "2024-12-31")]),
    ("各乡镇11月上旬前完成摸底，一季度末前完成整改。", [("11月上旬前", "2024-11-10"), ("一季度末前", "2024-03-31")]),
    ("2024年3月底前制定方案，二季度末前完成招标。", [("2024年3月底前", "2024-03-31"), ("二季度末前", "2024-06-30")]),
    ("一季度实现外贸开门红。", []),
])
def test_more_spellings_of_a_date_in_prose(text, expected):
    found = find_in_prose(text, doc_year=2024)
    assert [(d.text, d.due.isoformat()) for d in found] == expected
@pytest.mark.parametrize("value,due", [("2024-06-30", "2024-06-30"), ("2024－9－30前", "2024-09-30"),
                                       ("2024-12", "2024-12-31"), ("2024.06.30", "2024-06-30")])
def test_a_field_date_written_with_dashes_as_spreadsheets_print_it(value, due):
    found = parse_field(value)
    assert (found.kind, found.due.isoformat(), found.text) == ("by_date", due, value)
    assert parse_field("2024-2025年").kind == "in_period"  # a span of years stays one


@pytest.mark.parametrize("value,due", [("自即日起至2024年9月", "2024-09-30"), ("即日起至2024年9月底", "2024-09-30"),
                                       ("自印发之日起至2024年12月31日", "2024-12-31")])
def test_a_time_from_now_on_ends_when_its_last_point_does(value, due):
    # misfire review 9 (a miss seen beside it): a 整改时间 '自即日起至2024年9月' was a time of unknown kind, with no date
    found = parse_field(value)
    assert (found.kind, found.due.isoformat(), found.text) == ("by_date", due, value)


def test_a_date_then_a_slash_and_long_term_is_a_date_that_goes_on():
    found = parse_field("2024年6月底前/长期坚持")
    assert (found.kind, found.due.isoformat(), found.ongoing) == ("by_date", "2024-06-30", True)


# misfire review 5: '以前'/'之前' also say what came before a date; qualifying a noun they set no time limit
@pytest.mark.parametrize(("text", "expected"), [
    ("巩固5月以前取得的成果，对3月之前上报的数据进行复核。", []),
    ("6月30日以前受理的案件要全部办结。", []),
    ("2024年6月30日以前的存量问题要全部清零。", []),
    ("清理以前年度遗留问题，于2024年6月30日以前完成验收。", [("2024年6月30日以前", "2024-06-30")]),
])
def test_a_date_before_which_something_was_done_is_no_deadline(text, expected):
    assert [(d.text, d.due.isoformat()) for d in find_in_prose(text, doc_year=2024)] == expected


# misfire review 5: '前' may open 'the first N months' of the quarter, month or year before it
@pytest.mark.parametrize(("text", "expected"), [
    ("一季度前两个月，全县完成固定资产投资12亿元。", []),
    ("3月前两周集中开展排查。", []),
    ("2024年前三季度，全县地区生产总值增长6%。", []),
    ("确保二季度前完成招标，2024年6月底前3天报送。", [("二季度前", "2024-06-30"), ("2024年6月底前", "2024-06-30")]),
])
def test_the_first_months_of_a_quarter_are_no_deadline(text, expected):
    assert [(d.text, d.due.isoformat()) for d in find_in_prose(text, doc_year=2024)] == expected

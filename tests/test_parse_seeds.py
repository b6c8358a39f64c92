"""The five seed circulars, pinned with values read off the texts (see shared/seeds/README.md)."""

from __future__ import annotations

import datetime as dt

import pytest


def task(doc, task_id):
    return next(t for t in doc.tasks if t.id == task_id)


def units(t):
    return [(u.name, u.role) for u in t.units]


def deadlines(t):
    return [(d.text, d.kind, d.due.isoformat() if d.due else d.every, d.ongoing, d.source) for d in t.deadlines]


@pytest.mark.parametrize("name,count", [("shangrao", 23), ("nanchang", 24), ("yandu", 21),
                                        ("tongling-jiaoqu", 17), ("shangrao-fazhi", 50)])
def test_task_counts(docs, name, count):
    doc = docs[name]
    assert len(doc.tasks) == count
    assert len({t.id for t in doc.tasks}) == count


@pytest.mark.parametrize("name,title,issuer,number,date,region,period,basis", [
    ("shangrao", "上饶市提升行政执法质量三年行动计划工作方案（2023-2025年）", "上饶市人民政府办公室",
     "饶府办字〔2024〕10号", "2024-02-23", "上饶市", (2023, 2025), ["饶发〔2022〕13号", "赣府厅发〔2023〕21号"]),
    ("nanchang", "南昌市提升行政执法质量行动计划实施细则", None, None, "2024-04-17", "南昌市", None,
     ["国办发〔2023〕27号", "赣府厅发〔2023〕21号"]),
    ("yandu", "提升行政执法质量三年行动工作方案（2024—2026年）", None, None, None, "盐都区", (2024, 2026), []),
    ("tongling-jiaoqu", "铜陵市郊区提升行政执法质量三年行动计划（2023—2025年）实施方案", "铜陵市郊区人民政府办公室",
     None, "2024-06-06", "铜陵市郊区", (2023, 2025), []),
    ("shangrao-fazhi", "关于贯彻落实《江西省人民政府关于进一步推进法治政府建设的若干意见》的具体举措",
     "上饶市人民政府", "饶府发〔2024〕6号", "2024-09-30", "上饶市", None, ["赣府发〔2024〕10号"]),
])
def test_metadata(docs, name, title, issuer, number, date, region, period, basis):
    doc = docs[name]
    assert doc.title == title
    assert doc.issuer == issuer
    assert doc.doc_number == number
    assert doc.date == (dt.date.fromisoformat(date) if date else None)
    assert doc.region == region
    assert ((doc.period.start, doc.period.end) if doc.period else None) == period
    assert doc.basis == basis


def test_yandu_region_is_inferred_from_its_units(docs):
    assert "盐都生态环境局" in docs["yandu"].region_from


# --- shangrao: notice + plan + attachment table; body tasks carry no units, the table does ----------

def test_shangrao_table_has_45_measures_all_linked(docs):
    table = docs["shangrao"].table
    assert [r.number for r in table] == list(range(1, 46))
    assert all(r.task is not None for r in table)
    assert [r.number for r in table if r.task == "2"] == [2, 3, 4, 5, 6]
    assert [r.number for r in table if r.task == "23"] == [44, 45]


def test_shangrao_row_whose_last_cell_holds_units_and_deadline(docs):
    row = docs["shangrao"].table[0]
    assert units(row) == [("市级行政执法部门", "responsible"), ("各县（市、区）人民政府", "responsible")]
    assert deadlines(row) == [("长期坚持", "ongoing", None, True, "field")]


@pytest.mark.parametrize("number,due,ongoing", [(10, "2024-06-30", True), (9, "2024-09-30", False),
                                                 (17, "2024-12-31", False), (7, "2023-12-31", True),
                                                 (30, "--01-31", False)])
def test_shangrao_table_deadlines(docs, number, due, ongoing):
    row = docs["shangrao"].table[number - 1]
    (deadline,) = row.deadlines
    assert (deadline.due.isoformat() if deadline.due else deadline.every) == due
    assert deadline.ongoing is ongoing


def test_shangrao_table_units_abbreviations_expanded(docs):
    row = docs["shangrao"].table[11]  # 12.
    assert [u.raw for u in row.units] == ["市司法局", "市发改委", "市市场监管局", "市级行政执法部门", "各县（市、区）人民政府"]
    assert row.units[1].name == "市发展和改革委员会"
    assert row.units[2].name == "市市场监督管理局"


def test_shangrao_body_task_takes_units_from_its_rows(docs):
    t = task(docs["shangrao"], "6")
    assert t.rows == [10]
    assert units(t) == [("市司法局", "responsible"), ("市级相关行政执法部门", "responsible")]
    assert deadlines(t) == [("2024年二季度并长期坚持", "by_date", "2024-06-30", True, "field")]


def test_shangrao_page_break_rejoined_and_stray_and_fixed(docs):
    doc = docs["shangrao"]
    assert task(doc, "4").text.startswith("落实行政执法责任制。强化执法责任，健全完善行政执法人员年度考核制度")
    assert task(doc, "4").lines == (42, 44)
    assert "依法保护民营企业和企业家权益" in task(doc, "10").text
    assert "stray_and" in doc.source.fixes


def test_shangrao_prose_deadline_in_body(docs):
    assert ("每年第一季度", "recurring", "--03-31", False, "prose") in deadlines(task(docs["shangrao"], "2"))


def test_shangrao_colophon_kept_out(docs):
    doc = docs["shangrao"]
    assert not any("秘书科" in t.text or "印发" in t.text for t in doc.tasks)
    assert task(doc, "23").lines == (98, 98)
    assert task(doc, "1").path == ["二、", "（一）", "1."]
    assert task(doc, "1").section == "立足实际，全面提升行政执法人员能力素质"


# --- nanchang: half-width punctuation, several parentheses per task ------------------------------------

def test_nanchang_two_parentheses_in_one_task(docs):
    t = task(docs["nanchang"], "10")
    assert units(t) == [("市级行政执法部门", "responsible"), ("县区人民政府", "responsible"),
                        ("开发区管委会", "responsible"), ("湾里管理局", "responsible"),
                        ("各级行政执法部门", "responsible")]
    assert deadlines(t) == [("2024年12月", "by_date", "2024-12-31", False, "field"),
                            ("每年12月", "recurring", "--12-31", False, "field")]
    assert "(" not in t.text and "责任单位" not in t.text


def test_nanchang_task_over_three_paragraphs(docs):
    t = task(docs["nanchang"], "18")
    assert t.lines == (35, 37)
    assert t.text.count("\n") == 2
    assert ("长期坚持", "ongoing", None, True, "field") in deadlines(t)
    assert ("每年3月底前", "recurring", "--03-31", False, "prose") in deadlines(t)


def test_nanchang_task_without_deadline_and_abbreviations(docs):
    doc = docs["nanchang"]
    assert task(doc, "20").deadlines == []
    assert [u.raw for u in task(doc, "4").units] == ["市司法局", "市人社局"]
    assert task(doc, "4").units[1].name == "市人力资源和社会保障局"
    names = [u.name for u in task(doc, "11").units]
    assert names[-3:] == ["高新区管委会", "经开区管委会", "小蓝经开区管委会"]


# --- yandu: sections restart at 1., 〔责任单位：…〕, 牵头/负责 roles -----------------------------------

def test_yandu_ids_are_paths(docs):
    ids = [t.id for t in docs["yandu"].tasks]
    assert ids[:5] == ["一.1", "一.2", "一.3", "一.4", "二.1"]
    assert ids[-1] == "六.3"


def test_yandu_lead_and_responsible_roles(docs):
    assert units(task(docs["yandu"], "二.3")) == [
        ("区发展和改革委员会", "lead"), ("区行政审批局", "lead"), ("区市场监督管理局", "lead"),
        ("各镇（区、街道）", "responsible"), ("区各行政执法部门", "responsible")]


def test_yandu_bracket_split_by_page_break_and_closed_wrongly(docs):
    doc = docs["yandu"]
    t = task(doc, "四.2")
    assert units(t) == [("各镇（区、街道）", "responsible"), ("区各行政执法部门", "responsible"),
                        ("区司法局", "responsible")]
    assert t.lines == (59, 61)
    assert any(w.startswith("line 59:") for w in doc.warnings)


def test_yandu_prose_deadlines(docs):
    assert deadlines(task(docs["yandu"], "一.2")) == [
        ("2024年4月30日前", "by_date", "2024-04-30", False, "prose"),
        ("2024年6月底前", "by_date", "2024-06-30", False, "prose")]
    assert [d.due.isoformat() for d in task(docs["yandu"], "二.1").deadlines] == ["2024-07-31", "2024-10-31"]


# --- tongling-jiaoqu: Markdown headings at inconsistent depths, 配合单位 -------------------------------

def test_tongling_support_role_and_prose_deadline(docs):
    t = task(docs["tongling-jiaoqu"], "4")
    assert units(t) == [("全区各级行政执法部门", "responsible"), ("区司法局", "support")]
    assert deadlines(t) == [("2024年6月底前", "by_date", "2024-06-30", False, "prose")]


def test_tongling_markdown_levels_follow_markers(docs):
    doc = docs["tongling-jiaoqu"]
    assert task(doc, "4").path == ["二、", "（二）", "4."]  # '## （二）'
    assert task(doc, "12").path == ["二、", "（四）", "12."]  # '#### （四）'
    assert not any("#" in t.text for t in doc.tasks)


def test_tongling_spaced_dates_and_trailing_deng(docs):
    doc = docs["tongling-jiaoqu"]
    assert deadlines(task(doc, "9")) == [("2024年12月前", "by_date", "2024-12-31", False, "prose")]
    last = task(doc, "7").units[-1]
    assert (last.name, last.raw) == ("区司法局", "区司法局等")
    assert "咨询" not in task(doc, "17").text


# --- shangrao-fazhi: 50 measures, 〔市、区〕, 市、县司法局, 及, colophon ---------------------------------

def test_fazhi_brackets_inside_units(docs):
    assert units(task(docs["shangrao-fazhi"], "1")) == [("市政府各部门", "responsible"),
                                                      ("各县（市、区）人民政府", "responsible")]


def test_fazhi_city_and_county_bodies_expanded(docs):
    t = task(docs["shangrao-fazhi"], "36")
    assert [u.name for u in t.units] == ["市司法局", "县司法局", "市财政局", "县财政局",
                                         "市人力资源和社会保障局", "县人力资源和社会保障局"]
    assert t.units[0].raw == "市、县司法局"


def test_fazhi_ji_splits_units(docs):
    assert [u.name for u in task(docs["shangrao-fazhi"], "12").units] == ["市司法局", "其他市政府部门"]


def test_fazhi_recurring_deadlines_in_prose(docs):
    assert deadlines(task(docs["shangrao-fazhi"], "16")) == [
        ("每年1月底前", "recurring", "--01-31", False, "prose"),
        ("7月底前", "recurring", "--07-31", False, "prose")]


def test_fazhi_closing_paragraph_and_colophon_not_in_last_task(docs):
    doc = docs["shangrao-fazhi"]
    last = task(doc, "50")
    assert "各地各部门要切实提高政治站位" not in last.text
    assert "抄送" not in last.text
    assert last.lines == (144, 144)
    assert "帮助企业和群众真正解决实际问题" in task(doc, "14").text

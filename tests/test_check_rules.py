"""Each rule of zhifa check: a small circular that triggers it and one that does not."""

from __future__ import annotations

import re

import pytest
from check_circulars import BASE, HEAD, edit

from zhifa_cli.check import check, check_paths
from zhifa_cli.check.config import Config
from zhifa_cli.errors import UsageError
from zhifa_cli.models import Finding
from zhifa_cli.parse import parse_text

NO_SLOTS = re.sub(r"；完成时限：[^）]*", "", BASE)
LEVELS = HEAD + """某某县提升行政执法质量三年行动实施方案（2024—2026年）

一、重点任务

1. 提升行政执法人员能力素质

（一）开展全员培训。组织全县行政执法人员参加培训。（责任单位：县司法局；完成时限：2024年12月）

2. 强化行政执法监督

（二）完善监督机制。建立行政执法监督员制度。（责任单位：县司法局；完成时限：2025年12月）
"""


def findings(text: str, **kwargs) -> list[Finding]:
    return check(parse_text(text, doc_id="t", path="t.txt"), text=text, **kwargs)


def ids(text: str, **kwargs) -> list[str]:
    return [f.rule for f in findings(text, **kwargs)]


def only(text: str, rule: str, **kwargs) -> list[Finding]:
    return [f for f in findings(text, **kwargs) if f.rule == rule]


def test_the_base_circular_is_clean():
    assert findings(BASE) == []


TRIGGERS = [
    ("ZF003", edit("（二）强化", "（三）强化"), "（三） follows （一）", "expected （二）"),
    ("ZF003", edit("4. 保障", "5. 保障"), "5. follows 3.", "expected 4."),
    ("ZF004", edit("4. 保障", "3. 保障"), "3. follows 3.", "expected 4."),
    ("ZF005", LEVELS, "（一） sits under 1.", "一、 → （一） → 1."),
    ("ZF006", edit("（责任单位：县财政局；完成时限：长期坚持）", "〔责任单位：县财政局；完成时限：长期坚持]"),
     "〔 opened at line 31 is closed by ]", "expected 〕"),
    ("ZF006", edit("（责任单位：县财政局；完成时限：长期坚持）", "（责任单位：县财政局；完成时限：长期坚持"),
     "（ is never closed", "expected ）"),
    ("ZF007", edit("（责任单位：县财政局；完成时限：长期坚持）", "（完成时限：长期坚持）"),
     "task 4 names no responsible unit", "expected a （责任单位：…） block"),
    ("ZF008", edit("责任单位：县财政局", "责任单位：县域管局"), "县域管局 looks like a misspelling", "expected 县城市管理局"),
    ("ZF008", edit("责任单位：县财政局", "责任单位：县财政"), "县财政 is not a form", "expected"),
    ("ZF009", NO_SLOTS, "task 1 states no deadline; the plan's period 2024—2026", "expected a 完成时限"),
    ("ZF010", edit("；完成时限：长期坚持", ""), "task 4 has no 完成时限 although 3 of 4 tasks", "expected （…；完成时限：…）"),
    ("ZF011", edit("完成时限：长期坚持", "完成时限：根据上级部署"), "完成时限 根据上级部署 cannot be understood", "expected a date"),
    ("ZF012", edit("2024年12月", "2023年12月"), "2023年12月 (2023-12-31) is before the document's date 2024-03-01",
     "expected a date on or after it"),
    ("ZF013", edit("2025年12月", "2027年6月"), "2027年6月 (2027-06-30) is after the plan's period 2024—2026",
     "expected 2026年底前"),
    ("ZF014", edit("某府办〔2024〕5号\n\n", ""), "no 发文字号", "expected a line such as"),
    ("ZF015", edit("2024年3月1日\n\n", ""), "no 成文日期", "expected a line such as"),
    ("ZF016", edit("（此件主动公开）", "（此件主动公开）", edit("某某县人民政府办公室\n\n2024", "2024")
                                                       .replace("某某县人民政府办公室\n\n某府办", "某府办")
                                                       .replace("某某县人民政府办公室关于印发", "关于印发")),
     "no issuer", "expected a 署名"),
    ("ZF017", edit("建立行政执法监督员制度，开展案卷评查和专项监督。（责任单位：县司法局；完成时限：2025年12月）",
                   "将行政执法工作经费纳入本级预算，配齐执法装备。（责任单位：县司法局；完成时限：2025年12月）"),
     "task 4 says nearly the same as task 3", "expected one task"),
]


@pytest.mark.parametrize(("rule", "text", "says", "expects"), TRIGGERS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRIGGERS)])
def test_rule_triggers(rule, text, says, expects):
    hits = only(text, rule)
    assert hits, f"{rule} not found in {ids(text)}"
    assert says in hits[0].message and expects in hits[0].message, hits[0].message


CLEAN = [
    ("ZF003", edit("3. 完善", "1. 完善", edit("4. 保障", "2. 保障"))),  # restart under each （二） (盐都)
    ("ZF003", BASE),  # continuous across （一）（二） (上饶)
    ("ZF005", re.sub(r"（[一二]）[^\n]*\n\n", "", BASE)),  # 一、 straight to 1. (上饶 法治政府)
    ("ZF006", edit("（责任单位：县财政局；完成时限：长期坚持）", "(责任单位：县财政局；完成时限：长期坚持）")),
    ("ZF008", edit("责任单位：县财政局", "责任单位：各镇（区、街道）")),
    ("ZF008", edit("责任单位：县财政局", "责任单位：县发改委")),
    ("ZF010", BASE),
    ("ZF011", edit("完成时限：长期坚持", "完成时限：2024年二季度并长期坚持")),
    ("ZF012", edit("2024年12月", "每年1月")),
    ("ZF013", edit("2025年12月", "2026年12月")),
    ("ZF017", BASE),
]


@pytest.mark.parametrize(("rule", "text"), CLEAN, ids=[f"{t[0]}-{i}" for i, t in enumerate(CLEAN)])
def test_rule_stays_quiet(rule, text):
    assert rule not in ids(text)


def test_missing_deadline_spares_tasks_with_a_date_in_the_text():
    text = edit("建立培训档案。（责任单位：县司法局）", "于2024年底前建立培训档案。（责任单位：县司法局）", NO_SLOTS)
    assert [f.task for f in only(text, "ZF009")] == ["2", "3", "4"]


def test_numbering_one_two_two_four():
    """The issue's example: 1. 2. 2. 4. is a repeat (2.) and then a gap (4. after 2.)."""
    text = edit("3. 完善", "2. 完善", edit("4. 保障", "4. 保障"))
    text = edit("（二）强化行政执法监督\n\n", "", text)
    found = [(f.rule, f.line, f.message) for f in findings(text) if f.rule in ("ZF003", "ZF004")]
    assert [r for r, _l, _m in found] == ["ZF004", "ZF003"]
    assert "2. follows 2." in found[0][2] and "expected 3." in found[0][2]
    assert "4. follows 2." in found[1][2] and "expected 3." in found[1][2]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def test_numbering_points_at_the_marker_and_the_task():
    text = edit("4. 保障", "5. 保障")
    hit = only(text, "ZF003")[0]
    assert (hit.line, hit.column, hit.task) == (line_of(text, "5. 保障"), 1, "5")


def test_unit_finding_points_at_the_unit_in_the_raw_line():
    text = edit("责任单位：县财政局", "责任单位：县域管局")
    hit = only(text, "ZF008")[0]
    line = text.split("\n")[hit.line - 1]
    assert line[hit.column - 1:].startswith("县域管局")
    assert hit.column_utf8 == len(line[: hit.column - 1].encode("utf-8")) + 1


def test_rules_turned_off_or_raised_by_config():
    text = edit("；完成时限：长期坚持", "")
    assert only(text, "ZF010", config=Config(rules=(("ZF010", "off"),))) == []
    assert only(text, "ZF010", config=Config(rules=(("ZF010", "error"),)))[0].severity == "error"


def _doc(text: str, doc_id: str):
    return parse_text(text, doc_id=doc_id, path=f"{doc_id}.txt")


def test_parent_rules_report_uncovered_tasks_and_the_gate():
    parent = _doc(BASE, "parent")
    child_text = edit("4. 保障执法经费。将行政执法工作经费纳入本级预算，配齐执法装备。（责任单位：县财政局；完成时限：长期坚持）\n", "")
    child = _doc(child_text, "child")
    found = check(child, text=child_text, parent=parent, config=Config(fail_under=90))
    by_rule = {f.rule: f for f in found}
    assert by_rule["ZF018"].task == "parent:4" and "parent parent task 4 保障执法经费" in by_rule["ZF018"].message
    assert "is 75.0% (3 of 4 parent tasks); expected at least 90%" in by_rule["ZF019"].message
    assert by_rule["ZF020"].severity == "info"


def test_parent_rules_quiet_when_every_task_is_carried():
    parent = _doc(BASE, "parent")
    child_text = BASE.replace("某某县", "另一县")
    found = check(_doc(child_text, "child"), text=child_text, parent=parent, config=Config(fail_under=90))
    assert {f.rule for f in found} == {"ZF020"}
    assert "coverage 100.0% (4 of 4 parent tasks)" in found[0].message


def test_parent_rules_skip_the_parent_itself():
    assert findings(BASE, parent=_doc(BASE, "t")) == []


def test_unreadable_and_taskless_files_are_findings_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-prose.txt").write_text("关于做好有关工作的通知\n\n请各单位认真落实，确保取得实效。\n", encoding="utf-8")
    (tmp_path / "c-good.txt").write_text(BASE, encoding="utf-8")
    report = check_paths([str(tmp_path)])
    assert [(f.file.rsplit("/", 1)[-1], f.rule, f.line) for f in report.findings] == [
        ("a-empty.txt", "ZF001", 1), ("b-prose.txt", "ZF002", 1)]
    assert len(report.documents) == 3 and report.failed


def test_a_missing_path_is_a_usage_error_not_a_finding(tmp_path):
    with pytest.raises(UsageError, match="nope.txt: no such file or folder"):
        check_paths([str(tmp_path / "nope.txt")])

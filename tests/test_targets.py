"""Numeric targets (量化指标): the grammar on made-up sentences, what it must not read as a target, the
records of the five seed circulars, and how zhifa diff and zhifa check --against compare targets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from check_circulars import edit
from typer.testing import CliRunner

from zhifa_cli.check import check
from zhifa_cli.cli import app
from zhifa_cli.compare import REWORDED, compare
from zhifa_cli.compare.targets import describe, shift, target_changes
from zhifa_cli.documents import load
from zhifa_cli.models import Target, Task
from zhifa_cli.parse import parse_text
from zhifa_cli.parse.targets import find_targets
from zhifa_cli.render.diff_formats import CSV_COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def read(text: str) -> list[tuple]:
    """(measure, comparator, value, high, unit, kind, period, text) of each target found."""
    return [(t.measure, t.comparator, t.value, t.high, t.unit, t.kind, t.period, t.text) for t in find_targets(text)]


PATTERNS = [
    ("确保行政执法人员每人每年接受不少于60学时的公共法律知识培训。",
     [("学时", "≥", 60, None, "学时", "level", "每人每年", "不少于60学时")]),
    ("全市政务服务事项网上可办率达到100%。", [("网上可办率", "≥", 100, None, "%", "level", None, "达到100%")]),
    ("基层执法人员培训覆盖率达到100%。", [("基层执法人员培训覆盖率", "≥", 100, None, "%", "level", None, "达到100%")]),
    ("各级政府每年至少组织开展1次专题学习。",
     [("专题学习", "≥", 1, None, "次", "level", "每年", "至少组织开展1次")]),
    ("行政机关需在5个工作日内报备。", [("工作日", "≤", 5, None, "个工作日", "level", None, "5个工作日内")]),
    ("具有法律职业资格的人员比例不低于90%。", [("人员比例", "≥", 90, None, "%", "level", None, "不低于90%")]),
    ("全区地区生产总值增长11%。", [("地区生产总值", "=", 11, None, "%", "increase", None, "增长11%")]),
    ("全市用水总量控制在11.88亿立方米以内。",
     [("用水总量", "≤", 11.88, None, "亿立方米", "level", None, "控制在11.88亿立方米以内")]),
    ("单位GDP能耗、二氧化碳排放分别下降24%、25%以上。",
     [("单位GDP能耗", "≥", 24, None, "%", "decrease", None, "下降24%"),
      ("二氧化碳排放", "≥", 25, None, "%", "decrease", None, "25%以上")]),
    ("工程建设项目审批时间缩短至100个工作日内。",
     [("工作日", "≤", 100, None, "个工作日", "level", None, "缩短至100个工作日内")]),
    ("加大普惠托育供给，新增托位数400个以上。", [("新增托位数", "≥", 400, None, "个", "level", None, "400个以上")]),
    ("合法性审查一般不少于5个工作日，最长不超过15个工作日。",
     [("工作日", "≥", 5, None, "个工作日", "level", None, "不少于5个工作日"),
      ("工作日", "≤", 15, None, "个工作日", "level", None, "最长不超过15个工作日")]),
    ("县级司法行政部门每年组织一次乡镇综合执法培训。",
     [("乡镇综合执法培训", "=", 1, None, "次", "level", "每年", "每年组织一次")]),
    ("市级部门每年至少开展1次专项监督，2次案卷评查。",
     [("专项监督", "≥", 1, None, "次", "level", "每年", "至少开展1次"),
      ("案卷评查", "≥", 2, None, "次", "level", "每年", "2次")]),
    ("每个乡镇配备2名专职人民调解员。", [("专职人民调解员", "=", 2, None, "名", "level", None, "配备2名")]),
    ("法律专业人员占比均超过15%。", [("法律专业人员占比", ">", 15, None, "%", "level", None, "超过15%")]),
    ("一般事项办理时限为3—5个工作日。", [("工作日", "range", 3, 5, "个工作日", "level", None, "3—5个工作日")]),
    ("城乡居民人均可支配收入年均增长7%左右。",
     [("城乡居民人均可支配收入", "=", 7, None, "%", "increase", "年均", "增长7%左右")]),
    ("化工企业入园进区率提高至80%。", [("化工企业入园进区率", "≥", 80, None, "%", "level", None, "提高至80%")]),
    ("各部门每季度至少召开一次联席会议。", [("联席会议", "≥", 1, None, "次", "level", "每季度", "至少召开一次")]),
    ("新开通5G基站15万个以上。", [("个数", "≥", 15, None, "万个", "level", None, "15万个以上")]),
    ("审批环节压减50%以上。", [("审批环节", "≥", 50, None, "%", "decrease", None, "压减50%以上")]),
    ("行政机关负责人任期内至少接受1次法治培训。",
     [("法治培训", "≥", 1, None, "次", "level", "任期内", "至少接受1次")]),
    ("每年度开展2次自查评估。", [("自查评估", "=", 2, None, "次", "level", "每年", "每年度开展2次")]),
]


@pytest.mark.parametrize("sentence, expected", PATTERNS, ids=[p[0][:14] for p in PATTERNS])
def test_every_form_of_target(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "2024年3月1日前印发实施方案。",              # a date
    "根据饶府办字〔2024〕10号文件要求。",         # a 文号
    "依照条例第3条、第一次会议的规定执行。",       # 第3条, 第一次
    "2024年全面完成。力争到2025年基本实现。",     # years
    "推行“综合查一次”制度和“一件事一次办”。",      # names in quotes
    "考评结果分为“好、较好、合格”等5个等次。",      # a count without a cue
    "对出庭应诉率未达到100%的地区开展约谈。",       # a condition: 未达到
    "对职工100人以上的企业开展检查。",              # a condition: …以上的企业
    "实行一次性告知，进一步减少跑动次数。",          # 一次性, 进一步
    "在3个乡镇内开展试点。",                         # 内 after a place, not a time limit
    "三年行动计划（2023—2025年）",                   # a span of years
    "每年1月31日前和7月底前报送。",                  # recurring dates, not counts
])
def test_numbers_that_are_not_targets(sentence):
    assert find_targets(sentence) == []


def test_spans_point_at_the_text():
    for sentence, _expected in PATTERNS:
        for target in find_targets(sentence):
            start, end = target.span
            assert sentence[start:end] == target.text


def test_a_list_opened_by_a_bare_figure_needs_a_target_before_it():
    """'，2次' continues a target of the same unit in the same sentence, and only then."""
    assert read("开展专项监督，2次案卷评查。") == []
    assert [t.value for t in find_targets("每年至少开展1次专项监督。2次案卷评查。")] == [1]


# --- the five seed circulars (data/parsed is what the parser makes now: test_cli_parse checks it) ---

def seed(name: str):
    return load(ROOT / "data" / "parsed" / f"{name}.json")


def test_the_seed_circulars_hold_these_targets():
    counts = {name: sum(len(t.targets) for t in seed(name).tasks)
              for name in ("nanchang", "shangrao", "shangrao-fazhi", "tongling-jiaoqu", "yandu")}
    assert counts == {"nanchang": 5, "shangrao": 2, "shangrao-fazhi": 18, "tongling-jiaoqu": 2, "yandu": 3}
    yandu = {t.id: t for t in seed("yandu").tasks}
    # 每人每年接受不少于60学时…其中，公共法律知识培训…不少于20学时；…合计不少于40学时
    assert [(t.value, t.comparator, t.period) for t in yandu["一.2"].targets] == [
        (60, "≥", "每人每年"), (20, "≥", None), (40, "≥", None)]
    fazhi = {t.id: t for t in seed("shangrao-fazhi").tasks}
    assert [(t.comparator, t.value, t.unit) for t in fazhi["18"].targets] == [("≥", 5, "个工作日"), ("≤", 15, "个工作日")]
    assert [(t.measure, t.comparator, t.value, t.unit) for t in fazhi["22"].targets] == [
        ("裁量权细化率", "≥", 100, "%")]
    assert not fazhi["31"].targets  # 出庭应诉率未达到100%和败诉率高于10%的地区: conditions for 约谈
    nanchang = {t.id: t for t in seed("nanchang").tasks}
    assert [(t.measure, t.comparator, t.value) for t in nanchang["22"].targets] == [
        ("人员占比", ">", 15), ("人员占比", ">", 20), ("比例", "≥", 5)]


def test_the_schema_publishes_targets_and_old_records_still_load():
    schema = json.loads(CliRunner().invoke(app, ["schema"]).output)
    assert "targets" in schema["$defs"]["Task"]["properties"]
    target = schema["$defs"]["Target"]["properties"]
    assert {"measure", "text", "comparator", "value", "high", "unit", "kind", "period", "span"} == set(target)
    old = seed("yandu").tasks[1].model_dump(mode="json")
    del old["targets"]
    assert Task.model_validate(old).targets == []


# --- zhifa diff and zhifa check --against ---

def _target(value, comparator="≥", unit="学时", period="每人每年", kind="level", measure="学时", high=None):
    return Target(measure=measure, text="", comparator=comparator, value=value, high=high, unit=unit, kind=kind,
                  period=period, span=(0, 0))


@pytest.mark.parametrize("a, b, expected", [
    (_target(60), _target(40), "looser"),
    (_target(60), _target(80), "stricter"),
    (_target(15, "≤", "个工作日", None), _target(20, "≤", "个工作日", None), "looser"),
    (_target(15, "≤", "个工作日", None), _target(10, "≤", "工作日", None), "stricter"),
    (_target(11, "=", "%", None, "increase"), _target(8, "=", "%", None, "increase"), "looser"),
    (_target(24, "=", "%", None, "decrease"), _target(30, "≥", "%", None, "decrease"), "stricter"),
    (_target(1, "≥", "次", "每年"), _target(1, "≥", "次", "每季度"), "stricter"),
    (_target(2, "≥", "次", "每季度"), _target(4, "≥", "次", "每年"), "looser"),
    (_target(1, "=", "次", "每年"), _target(2, "=", "次", "每年"), "stricter"),
    (_target(5, "range", "个工作日", None, high=10), _target(5, "range", "个工作日", None, high=15), "looser"),
    (_target(1, "=", "亿元", None), _target(5000, "=", "万元", None), "changed"),  # a plain amount: no sense
    (_target(1, "≥", "亿元", None), _target(5000, "≥", "万元", None), "looser"),
    (_target(60), _target(60, ">"), "stricter"),
    (_target(1, "=", "次", "每年"), _target(1, "≥", "次", "每年"), "changed"),
    (_target(60), _target(40, "≤"), "changed"),
    (_target(60), _target(40, period=None), "changed"),
    (_target(90, "=", "%", None), _target(80, "=", "%", None), "changed"),
])
def test_which_way_a_target_moved(a, b, expected):
    assert shift(a, b) == expected


def _task(*targets: Target) -> Task:
    return Task(id="1", path=["1."], section=None, title="t", text="t", units=[], deadlines=[], lines=(1, 1),
                targets=list(targets))


def test_targets_that_agree_are_set_aside_before_matching():
    """yandu keeps tongling's 60学时 and adds 20 and 40 under it: two added targets, not a cut to 20."""
    a = _task(_target(60))
    b = _task(_target(60), _target(20, period=None), _target(40, period=None))
    assert [(c.change, c.b.value) for c in target_changes([a], [b])] == [("added", 20), ("added", 40)]
    assert [(c.change, c.a.value) for c in target_changes([b], [a])] == [("removed", 20), ("removed", 40)]
    cut = target_changes([a], [_task(_target(40))])
    assert [(c.change, describe(c)) for c in cut] == [("looser", "学时 ≥60 → ≥40（每人每年）")]


PARENT = edit("组织全县行政执法人员参加公共法律知识培训", "确保行政执法人员每人每年接受不少于60学时的公共法律知识培训")
CHILD = edit("组织全县行政执法人员参加公共法律知识培训", "确保行政执法人员每人每年接受不少于40学时的公共法律知识培训")
STRICTER = edit("组织全县行政执法人员参加公共法律知识培训", "确保行政执法人员每人每年接受不少于90学时的公共法律知识培训")


def _doc(text: str, name: str):
    return parse_text(text, doc_id=name, path=f"{name}.txt")


def test_compare_reports_the_target_change_of_a_pair_both_ways():
    forward = compare(_doc(PARENT, "parent"), _doc(CHILD, "child"), model=REWORDED)
    pair = next(p for p in forward.pairs if p.a == ["1"])
    assert [(c.change, c.a.value, c.b.value) for c in pair.targets] == [("looser", 60, 40)]
    assert pair.status == "changed" and forward.stats.target_changes == 1
    backward = compare(_doc(CHILD, "child"), _doc(PARENT, "parent"), model=REWORDED)
    assert [(c.change, c.a.value, c.b.value) for p in backward.pairs for c in p.targets] == [("stricter", 40, 60)]


@pytest.fixture
def circulars(tmp_path) -> tuple[str, str]:
    (tmp_path / "parent.txt").write_text(PARENT, encoding="utf-8")
    (tmp_path / "child.txt").write_text(CHILD, encoding="utf-8")
    return str(tmp_path / "parent.txt"), str(tmp_path / "child.txt")


LINE = "学时 ≥60 → ≥40（每人每年）"


def _diff(*args: str, code: int = 0) -> str:
    result = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "200"}).invoke(app, ["diff", *args])
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


def test_every_diff_format_shows_the_target_change(circulars):
    parent, child = circulars
    terminal = _diff(parent, child)
    assert "targets differ 指标变化 1" in terminal and "指标 学时 ≥60 → ≥40（每人每年）: 放宽" in terminal
    data = json.loads(_diff(parent, child, "-f", "json"))
    changes = [c for p in data["pairs"] for c in p["targets"]]
    assert [(c["change"], c["a"]["text"], c["b"]["text"]) for c in changes] == [("looser", "不少于60学时", "不少于40学时")]
    assert data["stats"]["target_changes"] == 1
    markdown = _diff(parent, child, "-f", "markdown")
    assert f"| 指标 {LINE}: 放宽 looser |" in markdown
    rows = list(csv.DictReader(io.StringIO(_diff(parent, child, "-f", "csv"))))
    assert "target_changes" in CSV_COLUMNS and [r["target_changes"] for r in rows if r["target_changes"]] == [
        f"{LINE}: looser"]
    html = _diff(parent, child, "-f", "html")
    assert f'<li class="target looser">指标 {LINE}: 放宽 looser</li>' in html


def test_fail_on_a_looser_target(circulars):
    parent, child = circulars
    _diff(parent, child, "--fail-on", "target-looser", "-f", "json", code=1)
    _diff(child, parent, "--fail-on", "target-looser", "-f", "json")  # the other way round it is stricter
    _diff(child, parent, "--fail-on", "target-stricter", "-f", "json", code=1)


def test_check_against_a_parent_flags_a_looser_target():
    parent = _doc(PARENT, "parent")
    found = [f for f in check(_doc(CHILD, "child"), text=CHILD, parent=parent) if f.rule == "ZF021"]
    assert len(found) == 1
    finding = found[0]
    line = CHILD.splitlines()[finding.line - 1]
    assert finding.task == "1" and finding.severity == "warning"
    assert line[finding.column - 1:].startswith("不少于40学时")
    assert LINE in finding.message and "parent.txt:" in finding.message and "expected ≥60（每人每年）" in finding.message
    for text in (PARENT, STRICTER):  # as strict as the parent, or stricter: nothing
        assert not [f for f in check(_doc(text, "child"), text=text, parent=parent) if f.rule == "ZF021"]


def test_a_one_character_name_before_fenbie_takes_the_units_measure():
    """'能耗、水分别下降4%、5%': 水 is too short to be read as a measure; the figure is still a target, named
    after its unit (a fuzz run found the empty measure raising)."""
    found = find_targets("到2025年，能耗、水分别下降4%、5%。")
    assert [(t.measure, t.value, t.kind) for t in found] == [("能耗", 4, "decrease"), ("比例", 5, "decrease")]

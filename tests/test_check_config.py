"""[tool.zhifa] / zhifa.toml: found by walking up, per-rule levels, ignored paths, --show-config."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from check_circulars import BASE, edit
from typer.testing import CliRunner

from zhifa_cli.check import RULES, load
from zhifa_cli.cli import app
from zhifa_cli.errors import UsageError

NO_NUMBER = edit("某府办〔2024〕5号\n\n", "")  # ZF014 warning only


@pytest.fixture
def runner(monkeypatch) -> CliRunner:
    monkeypatch.delenv("ZHIFA_DATA", raising=False)
    return CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120"})


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_found_by_walking_up_and_nearest_wins(tmp_path):
    tree(tmp_path, {"pyproject.toml": '[tool.zhifa]\nfail-level = "warning"\n',
                    "a/pyproject.toml": "[project]\nname = 'x'\n",  # no [tool.zhifa]: passed over
                    "a/b/zhifa.toml": 'fail-level = "error"\n', "a/b/c/.keep": ""})
    assert load(start=tmp_path / "a").fail_level == "warning"
    assert load(start=tmp_path / "a").source == str(tmp_path / "pyproject.toml")
    assert load(start=tmp_path / "a" / "b" / "c").source == str(tmp_path / "a" / "b" / "zhifa.toml")


def test_zhifa_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    tree(tmp_path, {"pyproject.toml": '[tool.zhifa]\nfail-level = "warning"\n', "zhifa.toml": 'fail-level = "error"\n'})
    assert load(start=tmp_path).source.endswith("zhifa.toml")


def test_rules_by_id_or_name(tmp_path):
    tree(tmp_path, {"zhifa.toml": '[rules]\nmissing-deadline = "error"\nZF014 = "off"\nzf015 = "info"\n'})
    config = load(start=tmp_path)
    assert dict(config.rules) == {"ZF009": "error", "ZF014": "off", "ZF015": "info"}


@pytest.mark.parametrize(("text", "says"), [
    ("colour = 1\n", "unknown key 'colour'"),
    ('fail-level = "info"\n', "expected one of error, warning"),
    ('[rules]\nno-such-rule = "error"\n', "unknown rule 'no-such-rule'"),
    ('[rules]\nZF001 = "loud"\n', "expected one of off, info, warning, error"),
    ("fail-under = 150\n", "expected a number from 0 to 100"),
    ('ignore = "data"\n', "ignore must be a list"),
    ("fail-level = \n", "invalid TOML"),
])
def test_bad_configs_say_what_was_expected(tmp_path, text, says):
    tree(tmp_path, {"zhifa.toml": text})
    with pytest.raises(UsageError) as error:
        load(start=tmp_path)
    assert says in str(error.value) and str(tmp_path / "zhifa.toml") in str(error.value)


def test_per_rule_levels_change_the_exit_code(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tree(tmp_path, {"raw/c.txt": NO_NUMBER}))
    assert runner.invoke(app, ["check", "raw/c.txt"]).exit_code == 0
    (tmp_path / "zhifa.toml").write_text('[rules]\nmissing-doc-number = "error"\n', encoding="utf-8")
    assert runner.invoke(app, ["check", "raw/c.txt"]).exit_code == 1
    (tmp_path / "zhifa.toml").write_text('fail-level = "warning"\n[rules]\nZF014 = "off"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "raw/c.txt", "--format", "json"])
    assert result.exit_code == 0 and '"findings": []' in result.output


def test_the_command_line_wins_over_the_file(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tree(tmp_path, {"raw/c.txt": NO_NUMBER, "zhifa.toml": 'fail-level = "warning"\n'}))
    assert runner.invoke(app, ["check", "raw/c.txt"]).exit_code == 1
    assert runner.invoke(app, ["check", "raw/c.txt", "--fail-level", "error"]).exit_code == 0


def test_ignored_paths_are_not_checked(runner, tmp_path, monkeypatch):
    broken = edit("（责任单位：县财政局；完成时限：长期坚持）", "（完成时限：长期坚持）")
    monkeypatch.chdir(tree(tmp_path, {"raw/good.txt": BASE, "raw/drafts/bad.txt": broken,
                                      "pyproject.toml": '[tool.zhifa]\nignore = ["raw/drafts/*"]\n'}))
    assert runner.invoke(app, ["check", "raw", "raw/drafts"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "raw")  # globs are relative to the config file, wherever zhifa runs
    assert runner.invoke(app, ["check", "drafts/bad.txt"]).exit_code == 0
    (tmp_path / "pyproject.toml").write_text("[tool.zhifa]\n", encoding="utf-8")
    assert runner.invoke(app, ["check", "drafts/bad.txt"]).exit_code == 1


def test_explicit_config_file(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tree(tmp_path, {"raw/c.txt": NO_NUMBER, "ci/strict.toml": 'fail-level = "warning"\n'}))
    assert runner.invoke(app, ["check", "raw/c.txt", "--config", "ci/strict.toml"]).exit_code == 1


def test_show_config_prints_the_effective_config_as_toml(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tree(tmp_path, {"zhifa.toml": 'fail-under = 80\n[rules]\nmissing-deadline = "error"\n'}))
    result = runner.invoke(app, ["check", "--show-config", "--fail-level", "warning"])
    assert result.exit_code == 0
    shown = tomllib.loads(result.output)  # a zhifa.toml: the keys at the top level, the rules under [rules]
    assert shown["fail-level"] == "warning" and shown["fail-under"] == 80
    assert shown["rules"] == {r.id: ("error" if r.id == "ZF009" else r.severity) for r in RULES.values()}
    assert "ZF009 = \"error\"  # missing-deadline (default warning)" in result.output
    assert str(tmp_path / "zhifa.toml") in result.output.splitlines()[0]


def test_show_config_without_any_file(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--show-config"])
    assert result.exit_code == 0 and "defaults (no zhifa.toml or [tool.zhifa] found)" in result.output


def test_a_pyproject_with_another_shape_of_tool_is_passed_over_or_refused(tmp_path):
    tree(tmp_path, {"pyproject.toml": "tool = 3\n", "a/pyproject.toml": "[tool]\nzhifa = 3\n"})
    assert load(start=tmp_path).source is None  # `tool` is not a table: no [tool.zhifa] here
    with pytest.raises(UsageError, match=r"\[tool.zhifa\] = 3; expected a table of settings"):
        load(start=tmp_path / "a")

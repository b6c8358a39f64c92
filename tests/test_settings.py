"""settings: one home for every default (with its meaning and unit) and for the configuration file, which
sets the defaults of every command, not only check's."""

from __future__ import annotations

import importlib
import shutil

import pytest
from conftest import RAW
from corpus_helpers import run

from zhifa_cli import documents, settings
from zhifa_cli.check import load
from zhifa_cli.errors import UsageError

# Where each default is still used today (the lead points these at settings after the merge).
LIVING = [
    ("zhifa_cli.compare", "DEFAULT_THRESHOLD", "DIFF_THRESHOLD"),
    ("zhifa_cli.compare.batch", "DEFAULT_THRESHOLD", "CORPUS_THRESHOLD"),
    ("zhifa_cli.compare.align", "FLOOR", "FLOOR"),
    ("zhifa_cli.compare.align", "JOIN", "JOIN"),
    ("zhifa_cli.corpus.matrix", "FAMILY", "FAMILY"),
    ("zhifa_cli.corpus.deadlines", "HORIZON_DAYS", "HORIZON_DAYS"),
    ("zhifa_cli.compare.batch.task_index", "VECTORS_PARALLEL_FROM", "VECTORS_PARALLEL_FROM"),
    ("zhifa_cli.check.carried", "SHINGLE", "SHINGLE"),
]


@pytest.mark.parametrize(("module", "name", "setting"), LIVING)
def test_settings_hold_the_values_the_engines_use(module, name, setting):
    assert getattr(importlib.import_module(module), name) == getattr(settings, setting)


def test_check_defaults_come_from_settings():
    config = importlib.import_module("zhifa_cli.check.config").Config()
    assert (config.coverage_threshold, config.duplicate_threshold, config.fail_level, config.docs_url) == (
        settings.DIFF_THRESHOLD, settings.DUPLICATE_THRESHOLD, settings.FAIL_LEVEL, settings.DOCS_URL)


def test_every_key_check_reads_is_a_key_of_settings():
    assert {"fail-level", "fail-under", "ignore", "rules", "duplicate-threshold", "coverage-threshold",
            "docs-url", "diff-threshold", "corpus-threshold", "workers"} == set(settings.KEYS)


def test_general_keys_are_read_from_pyproject_and_zhifa_toml(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.zhifa]\ndiff-threshold = 20\ncorpus-threshold = 65\n"
                                             "workers = 3\n", encoding="utf-8")
    found = settings.load(start=tmp_path)
    assert (found.diff_threshold, found.corpus_threshold, found.workers) == (20.0, 65.0, 3)


def test_diff_threshold_is_checks_coverage_threshold_unless_that_is_set(tmp_path):
    (tmp_path / "zhifa.toml").write_text("diff-threshold = 25\n", encoding="utf-8")
    assert load(start=tmp_path).coverage_threshold == 25.0
    (tmp_path / "zhifa.toml").write_text("diff-threshold = 25\ncoverage-threshold = 30\n", encoding="utf-8")
    assert load(start=tmp_path).coverage_threshold == 30.0


def test_show_config_keeps_the_general_keys_and_reads_back(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "zhifa.toml").write_text("workers = 2\ncorpus-threshold = 40\n", encoding="utf-8")
    shown = run("check", "--show-config")
    assert shown.exit_code == 0 and "workers = 2\n" in shown.stdout and "corpus-threshold = 40\n" in shown.stdout
    (tmp_path / "zhifa.toml").write_text(shown.stdout, encoding="utf-8")
    assert (settings.load(start=tmp_path).workers, settings.load(start=tmp_path).corpus_threshold) == (2, 40.0)


@pytest.mark.parametrize(("text", "says"), [
    ("workers = 0\n", "workers = 0; expected a whole number of processes, 1 or more"),
    ("workers = 2.5\n", "workers = 2.5; expected a whole number"),
    ("diff-threshold = 150\n", "diff-threshold = 150; expected a number from 0 to 100"),
    ("corpus-threshold = \"high\"\n", "corpus-threshold = 'high'; expected a number from 0 to 100"),
    ("colour = 1\n", "expected one of corpus-threshold, coverage-threshold, diff-threshold"),
])
def test_bad_general_keys_say_what_was_expected(tmp_path, text, says):
    (tmp_path / "zhifa.toml").write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as error:
        settings.load(start=tmp_path)
    assert says in str(error.value) and str(error.value).startswith(str(tmp_path / "zhifa.toml"))


def test_zhifa_parse_takes_its_workers_from_the_file(tmp_path, monkeypatch):
    """workers = 1 in zhifa.toml: `zhifa parse` parses one file after the other even above the pool's
    threshold; without it, the pool is used."""
    from zhifa_cli import workers

    for name in ("yandu", "nanchang", "shangrao"):
        shutil.copy(RAW / f"{name}.txt", tmp_path / f"{name}.txt")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(documents, "PARSE_PARALLEL_FROM", 2)
    pools = []
    monkeypatch.setattr(workers, "executor", lambda n: pools.append(n) or workers.ProcessPoolExecutor(n))
    assert run("parse", ".", "--out", "a", "-q").exit_code == 0 and len(pools) == 1
    (tmp_path / "zhifa.toml").write_text("workers = 1\n", encoding="utf-8")
    assert run("parse", ".", "--out", "b", "-q").exit_code == 0 and len(pools) == 1
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["nanchang.json", "shangrao.json", "yandu.json"]


def test_the_corpus_folder_comes_from_zhifa_data(monkeypatch, tmp_path):
    monkeypatch.setenv("ZHIFA_DATA", str(tmp_path))
    assert settings.data_dir() == tmp_path and settings.data_dir("given") == settings.Path("given")
    monkeypatch.delenv("ZHIFA_DATA")
    assert settings.data_dir() == settings.Path("data")


def test_the_config_file_sets_the_thresholds_of_diff_and_the_corpus_commands(tmp_path, monkeypatch):
    """diff-threshold and corpus-threshold of zhifa.toml are the defaults of zhifa diff and zhifa matrix; an
    option on the command line still wins."""
    import json

    for name in ("yandu", "tongling-jiaoqu"):
        (tmp_path / "raw").mkdir(exist_ok=True)
        shutil.copy(RAW / f"{name}.txt", tmp_path / "raw" / f"{name}.txt")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "zhifa.toml").write_text("diff-threshold = 35\ncorpus-threshold = 65\n", encoding="utf-8")

    def diff_threshold(*extra):
        result = run("diff", "yandu", "tongling-jiaoqu", "-f", "json", "--data", ".", *extra)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["stats"]["threshold"]

    assert diff_threshold() == 35 and diff_threshold("-t", "20") == 20
    matrix = run("matrix", "--data", ".", "-f", "html", "-q")
    assert matrix.exit_code == 0 and "threshold 65" in matrix.stdout
    assert "threshold 40" in run("matrix", "--data", ".", "-f", "html", "-q", "-t", "40").stdout

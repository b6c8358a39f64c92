"""A new user's path (issue 13, items 20 and 23): zhifa run outside the project or on a wrong --data, a
mistyped path, an empty folder, `zhifa --version`, what `make run` installs, --show-config's round trip.

Every command runs as a real process, as a user would start it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import RAW, ROOT

from zhifa_cli.check import RULES, load

ZHIFA = str(Path(sys.executable).parent / "zhifa")
PROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def zhifa(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k != "ZHIFA_DATA"}
    full.update({"NO_COLOR": "1", "COLUMNS": "120", **env})
    return subprocess.run([ZHIFA, *args], cwd=cwd, env=full, capture_output=True, text=True, timeout=120)


def one_line_error(result: subprocess.CompletedProcess, code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    return result.stderr


# --- item 20: no data/ here -------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["diff", "shangrao", "nanchang"], ["show", "yandu"], ["units"],
                                  ["matrix"], ["deadlines"], ["coverage", "shangrao"], ["trace", "nanchang"]])
def test_outside_the_project_zhifa_says_no_data_folder_is_here(tmp_path, args):
    message = one_line_error(zhifa(*args, cwd=tmp_path))
    assert f"no data/ folder in {tmp_path}" in message, message
    assert "--data DIR" in message and "ZHIFA_DATA" in message and "known: none" not in message


@pytest.mark.parametrize("args", [["units"], ["matrix"], ["diff", "shangrao", "nanchang"]])
def test_a_data_option_naming_no_folder_is_said_as_such(tmp_path, args):
    missing = tmp_path / "nonexistent"
    for how in ({"extra": ["--data", str(missing)], "env": {}}, {"extra": [], "env": {"ZHIFA_DATA": str(missing)}}):
        message = one_line_error(zhifa(*args, *how["extra"], cwd=ROOT, **how["env"]))
        assert f"{missing}: no such folder" in message and "--data DIR" in message, message


def test_a_data_folder_without_raw_or_parsed_is_said_as_such(tmp_path):
    message = one_line_error(zhifa("show", "yandu", "--data", str(tmp_path), cwd=ROOT))
    assert f"{tmp_path} holds neither raw/ nor parsed/" in message


def test_inside_the_project_an_unknown_id_still_lists_the_known_ones(tmp_path):
    message = one_line_error(zhifa("show", "nosuch", cwd=ROOT))
    assert "unknown document 'nosuch' (known: nanchang, shangrao, shangrao-fazhi, tongling-jiaoqu, yandu)" in message


def test_a_path_named_to_zhifa_diff_needs_no_data_folder(tmp_path):
    result = zhifa("diff", str(RAW / "shangrao.txt"), str(RAW / "nanchang.txt"), "-f", "json", cwd=tmp_path)
    assert result.returncode == 0 and '"stats"' in result.stdout


def test_zhifa_parse_without_data_names_both_ways_to_point_at_one(tmp_path):
    message = one_line_error(zhifa("parse", cwd=tmp_path))
    assert message.startswith("zhifa: data/raw: no such folder;")
    assert "--data DIR or ZHIFA_DATA=DIR" in message and f"(working directory: {tmp_path})" in message


# --- item 20: zhifa check of a path that is not there ----------------------------------------------------


def test_check_of_a_missing_file_is_a_usage_error_not_a_finding(tmp_path):
    message = one_line_error(zhifa("check", "data/raw/nosuch.txt", cwd=ROOT))
    assert message == "zhifa: data/raw/nosuch.txt: no such file or folder\n"
    # with real circulars beside it: still a usage error, no report of the others
    message = one_line_error(zhifa("check", "data/raw/yandu.txt", "data/raw/nosuch.txt", "-f", "json", cwd=ROOT))
    assert "ZF001" not in message


def test_check_of_a_file_that_is_there_but_unreadable_is_still_a_finding(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = zhifa("check", "empty.txt", cwd=tmp_path)
    assert result.returncode == 1 and "empty.txt:1:1: ZF001" in result.stdout


# --- item 20: zhifa parse on a folder with nothing to parse ----------------------------------------------


@pytest.mark.parametrize("quiet", [[], ["-q"]])
def test_parse_of_an_empty_folder_says_so(tmp_path, quiet):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "README.md").write_text("# 说明\n", encoding="utf-8")  # a note, not a circular
    result = zhifa("parse", str(folder), "--out", str(tmp_path / "out"), *quiet, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.startswith(f"zhifa: warning: no circular to parse in {folder} (zhifa reads .txt .md .docx")
    assert len(result.stderr.splitlines()) == 1 and not (tmp_path / "out").exists()


def test_parse_of_a_folder_with_a_circular_gives_no_such_warning(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(RAW / "tongling-jiaoqu.txt", folder)
    result = zhifa("parse", str(folder), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0 and "no circular" not in result.stderr
    assert (tmp_path / "out" / "tongling-jiaoqu.json").is_file()


# --- item 23: --version ---------------------------------------------------------------------------------


def test_version_prints_the_project_version(tmp_path):
    result = zhifa("--version", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"zhifa {PROJECT_VERSION}\n", "")
    assert "--version" in zhifa("--help", cwd=tmp_path).stdout


def test_sarif_names_the_same_version(tmp_path):
    import json

    result = zhifa("check", str(RAW / "yandu.txt"), "-f", "sarif", cwd=tmp_path)
    assert json.loads(result.stdout)["runs"][0]["tool"]["driver"]["version"] == PROJECT_VERSION


# --- item 23: make run installs what zhifa needs, the test extras come with make test/lint/bench -------


def make_plan(folder: Path, target: str) -> str:
    """The commands `make TARGET` would run in `folder` (make -n: nothing is installed)."""
    # run under `make test` too: no "make[1]: Entering directory" lines from the outer make's MAKELEVEL
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    result = subprocess.run(["make", "-n", "--no-print-directory", target], cwd=folder, capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def clone(tmp_path) -> Path:
    """What a fresh clone has of the build: the Makefile and pyproject.toml (no .venv yet)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def installs(plan: str) -> list[str]:
    return [line for line in plan.splitlines() if "pip install" in line and "--upgrade pip" not in line]


def test_make_run_on_a_fresh_clone_installs_zhifa_without_the_test_extras(clone):
    plan = make_plan(clone, "run")
    assert "-m venv .venv" in plan and installs(plan) == [".venv/bin/python -m pip install -q -e ."]
    assert plan.rstrip().endswith(".venv/bin/zhifa parse")


@pytest.mark.parametrize("target", ["test", "lint", "bench"])
def test_targets_that_need_the_test_extras_install_them_even_after_make_run(clone, target):
    assert installs(make_plan(clone, target)) == [".venv/bin/python -m pip install -q -e '.[test]'"]
    # the state `make run` leaves: the venv and zhifa installed, no test extras
    (clone / ".venv" / "bin").mkdir(parents=True)
    (clone / ".venv" / "bin" / "python").write_text("")
    (clone / ".venv" / ".installed").write_text("")
    assert installs(make_plan(clone, "run")) == []
    assert installs(make_plan(clone, target)) == [".venv/bin/python -m pip install -q -e '.[test]'"]


def test_the_test_extras_are_not_dependencies_of_zhifa():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = " ".join(extras["dependencies"])
    for package in ("pytest", "hypothesis", "fpdf2", "jsonschema", "ruff"):
        assert package in " ".join(extras["optional-dependencies"]["test"]) and package not in needed


BLOCKER = """
import importlib.abc, sys
class _Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"pytest", "hypothesis", "fpdf", "jsonschema", "ruff", "dask", "distributed"}:
            raise ImportError(f"{name} is a test extra")
sys.meta_path.insert(0, _Block())
"""


def test_every_command_of_a_make_run_install_works_without_the_test_extras(tmp_path):
    """zhifa as `make run` installs it: the test extras cannot be imported (a sitecustomize refuses them)."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    env = {"PYTHONPATH": str(tmp_path / "site"), "ZHIFA_CACHE": str(tmp_path / "cache")}
    probe = subprocess.run([sys.executable, "-c", "import pytest"], env={**os.environ, **env}, capture_output=True)
    assert probe.returncode == 1 and b"is a test extra" in probe.stderr  # the blocker works
    commands = [["parse", "-q"], ["show", "yandu", "-f", "json"], ["diff", "shangrao", "nanchang", "-f", "json"],
                ["check", "data/raw"], ["units"], ["deadlines"], ["search", "裁量权基准"],
                ["export", "--to", "xlsx", "--out", "t.xlsx"], ["export", "--to", "sqlite", "--out", "t.sqlite"],
                ["matrix"], ["coverage", "shangrao"], ["trace", "nanchang"], ["diff", "yandu", "nanchang", "-f", "html"]]
    for args in commands:
        result = zhifa(*args, cwd=tmp_path, **env)
        assert result.returncode == 0, (args, result.stderr)


# --- item 23: --show-config > zhifa.toml is a zhifa.toml -----------------------------------------------


def test_show_config_written_to_zhifa_toml_is_read_back_the_same(tmp_path):
    first = zhifa("check", "--show-config", cwd=tmp_path)
    assert first.returncode == 0
    (tmp_path / "zhifa.toml").write_text(first.stdout, encoding="utf-8")
    again = zhifa("check", "--show-config", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[1:] == first.stdout.splitlines()[1:]  # only the "from …" line differs
    assert f"from {tmp_path / 'zhifa.toml'}" in again.stdout.splitlines()[0]
    shutil.copy(RAW / "yandu.txt", tmp_path / "yandu.txt")
    assert zhifa("check", "yandu.txt", cwd=tmp_path).returncode == 0


def test_show_config_round_trip_keeps_every_setting(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.zhifa]\nfail-level = "warning"\nfail-under = 85.5\nignore = ["raw/草稿/*", "a \\"quoted\\" dir/*"]\n'
        'duplicate-threshold = 70\ncoverage-threshold = 20\ndocs-url = "https://example.org/rules.md"\n'
        '[tool.zhifa.rules]\nmissing-deadline = "error"\nZF014 = "off"\n', encoding="utf-8")
    shown = zhifa("check", "--show-config", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "zhifa.toml").write_text(shown.stdout, encoding="utf-8")
    original, copied = load(tmp_path / "pyproject.toml"), load(tmp_path / "sub" / "zhifa.toml")
    for key in ("fail_level", "fail_under", "ignore", "duplicate_threshold", "coverage_threshold", "docs_url"):
        assert getattr(copied, key) == getattr(original, key), key
    assert copied.ignore == ("raw/草稿/*", 'a "quoted" dir/*')
    assert {r: copied.level(r, RULES[r].severity) for r in RULES} == {
        r: original.level(r, RULES[r].severity) for r in RULES}
    assert copied.level("ZF009", "warning") == "error" and copied.level("ZF014", "warning") == "off"


def test_a_zhifa_toml_in_pyproject_form_is_refused_with_the_fix(tmp_path):
    (tmp_path / "zhifa.toml").write_text('[tool.zhifa]\nfail-level = "warning"\n', encoding="utf-8")
    message = one_line_error(zhifa("check", "--show-config", cwd=tmp_path))
    assert "unknown key 'tool'" in message and "[tool.zhifa] is pyproject.toml's form" in message

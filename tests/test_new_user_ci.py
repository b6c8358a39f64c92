"""What a data repository wires in (issue 13, item 19): examples/github-workflow.yml run step by step in a
throwaway repository of circulars, .pre-commit-hooks.yaml's default file selection run as pre-commit
would, and rule links that are absolute or absent in SARIF, rdjsonl and the job summary.

The workflow's shell steps run with bash as GitHub runs them (`bash -e`, pipefail); `uses:` steps are
GitHub's own and are left out. `pip` is a stand-in that records what it was asked to install, checks
that it is a checkout of this project, and puts the zhifa under test on the PATH: no download.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import RAW, ROOT

from zhifa_cli.check import RULES
from zhifa_cli.check.config import Config
from zhifa_cli.documents import NAMED_ONLY, SUFFIXES

WORKFLOW = ROOT / "examples" / "github-workflow.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
ZHIFA = Path(sys.executable).parent / "zhifa"
DOCS = "https://zhifa.example.org/docs/rules.md"

FAKE_PIP = """#!/usr/bin/env bash
# pip as the workflow calls it: record the request, accept only a checkout of the zhifa project
echo "$*" >> "$PIP_LOG"
[ "$1" = install ] || exit 3
source="$2"
python3 - "$source" <<'EOF' || { echo "pip: no zhifa project at $source" >&2; exit 1; }
import sys, tomllib, pathlib
meta = tomllib.loads((pathlib.Path(sys.argv[1]) / "pyproject.toml").read_text(encoding="utf-8"))
sys.exit(meta["project"]["name"] != "zhifa" or "zhifa" not in meta["project"]["scripts"])
EOF
ln -sf "$ZHIFA_UNDER_TEST" "$(dirname "$0")/zhifa"
"""


def steps() -> list[dict]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["check"]["steps"]


def shell_steps() -> list[dict]:
    return [s for s in steps() if "run" in s]


@pytest.fixture
def data_repo(tmp_path) -> tuple[Path, dict[str, str]]:
    """A repository of circulars as the workflow expects it: data/raw/ with a city and a county plan, the
    zhifa repository as a submodule at zhifa/, a zhifa.toml; and the environment GitHub gives a step."""
    repo = tmp_path / "repo"
    (repo / "data" / "raw").mkdir(parents=True)
    shutil.copy(RAW / "shangrao.txt", repo / "data/raw/city-plan.txt")
    county = (RAW / "shangrao.txt").read_text(encoding="utf-8").replace("上饶市", "广丰区")  # carries every task
    (repo / "data/raw/county-plan.txt").write_text(county, encoding="utf-8")
    (repo / "data/raw/README.md").write_text("# 本库收录的文件\n", encoding="utf-8")
    (repo / "zhifa.toml").write_text(f'docs-url = "{DOCS}"\n', encoding="utf-8")
    (repo / "zhifa").symlink_to(ROOT, target_is_directory=True)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "pip").write_text(FAKE_PIP, encoding="utf-8")
    (bin_dir / "pip").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "ZHIFA_DATA"))}
    env.update({"PATH": f"{bin_dir}:/usr/bin:/bin", "PIP_LOG": str(tmp_path / "pip.log"),
                "ZHIFA_UNDER_TEST": str(ZHIFA), "NO_COLOR": "1", "COLUMNS": "120", "GITHUB_ACTIONS": "true",
                "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"), "GITHUB_WORKSPACE": str(repo),
                "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "owner/circulars",
                "GITHUB_SHA": "0123abc"})
    return repo, env


def run_step(step: dict, repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=repo,
                          env=env, capture_output=True, text=True, timeout=300)


def test_the_workflow_installs_zhifa_from_its_repository_not_from_pypi(data_repo):
    repo, env = data_repo
    install = next(s for s in shell_steps() if s["name"] == "Install zhifa")
    result = run_step(install, repo, env)
    assert result.returncode == 0, result.stderr  # `pip install zhifa` is refused: no such project there
    assert Path(env["PIP_LOG"]).read_text().split() == ["install", "./zhifa"]
    checkout = next(s for s in steps() if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["submodules"] is True  # zhifa/ is there to install from


def test_every_shell_step_of_the_workflow_passes_on_a_repository_of_circulars(data_repo):
    repo, env = data_repo
    results = {step["name"]: run_step(step, repo, env) for step in shell_steps()}
    assert {name: r.returncode for name, r in results.items()} == {name: 0 for name in results}, {
        name: r.stderr for name, r in results.items()}
    lint = results["Lint circulars"].stdout.splitlines()
    assert lint and all(line.startswith("::warning file=data/raw/") for line in lint)
    assert not any("README" in line for line in lint)  # the folder's note is not a circular
    coverage = results["Coverage of the parent plan"].stdout
    assert "::error" not in coverage and "ZF019" not in coverage
    summary = Path(env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8")
    rows = re.findall(r"^\| (ZF\d{3}) \| (.*?) \|", summary, flags=re.M)
    assert rows and all(name == f"[{RULES[rule].name}]({DOCS}#{RULES[rule].anchor})" for rule, name in rows)
    sarif = json.loads((repo / "zhifa.sarif").read_text(encoding="utf-8"))
    help_uris = [r["helpUri"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
    assert help_uris == [f"{DOCS}#{rule.anchor}" for rule in RULES.values()]
    junit = ET.parse(repo / "zhifa-junit.xml").getroot()
    assert {case.get("classname") for case in junit.iter("testcase")} == {
        "data/raw/city-plan.txt", "data/raw/county-plan.txt"}


def test_the_coverage_step_fails_the_job_when_the_county_plan_drops_parent_tasks(data_repo):
    repo, env = data_repo
    shutil.copy(RAW / "tongling-jiaoqu.txt", repo / "data/raw/county-plan.txt")  # carries 20 of 23 (87.0%)
    step = next(s for s in shell_steps() if s["name"] == "Coverage of the parent plan")
    run_step(next(s for s in shell_steps() if s["name"] == "Install zhifa"), repo, env)
    result = run_step(step, repo, env)
    assert result.returncode == 1 and "::error" in result.stdout and "ZF019" in result.stdout
    report_only = next(s for s in shell_steps() if s["name"] == "SARIF report")
    assert run_step(report_only, repo, env).returncode == 0  # a report is kept whatever it finds


# --- rule links: absolute, or none --------------------------------------------------------------------


def test_rule_links_are_never_relative(tmp_path):
    github = {"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "owner/zhifa", "GITHUB_SHA": "abc",
              "GITHUB_WORKSPACE": str(ROOT)}
    at_home = Config(root=ROOT)
    assert at_home.docs_link(github) == "https://github.com/owner/zhifa/blob/abc/docs/rules.md"
    assert at_home.docs_link({}) == (ROOT / "docs/rules.md").as_uri()
    assert Config(root=tmp_path).docs_link(github) is None  # no docs/rules.md here: no link to nowhere
    assert Config(root=tmp_path, docs_url=DOCS).docs_link({}) == DOCS
    outside = {**github, "GITHUB_WORKSPACE": str(tmp_path)}
    assert at_home.docs_link(outside) is None  # not in the repository GitHub shows


@pytest.mark.parametrize("fmt", ["sarif", "rdjsonl", "github"])
def test_no_output_format_carries_a_relative_rule_link(tmp_path, fmt):
    shutil.copy(RAW / "yandu.txt", tmp_path / "yandu.txt")
    env = {**os.environ, "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    result = subprocess.run([str(ZHIFA), "check", "yandu.txt", "-f", fmt], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr  # yandu has warnings only
    assert "ZF014" in result.stdout  # findings to link from
    written = result.stdout + (tmp_path / "summary.md").read_text(encoding="utf-8") if fmt == "github" else result.stdout
    assert "docs/rules.md" not in written and "](#" not in written and '"#zf' not in written


# --- pre-commit: circulars only by default --------------------------------------------------------------


def hook() -> dict:
    (only,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    return only


def selected(paths: list[str]) -> list[str]:
    """The files pre-commit hands the hook: `files` and `exclude` are re.search'ed on repository paths."""
    files, exclude = re.compile(hook()["files"]), re.compile(hook().get("exclude", "^$"))
    return [p for p in paths if files.search(p) and not exclude.search(p)]


def test_the_hook_passes_only_circulars_to_zhifa_check():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert "README.md" in tracked
    assert selected(tracked) == sorted(f"data/raw/{p.name}" for p in RAW.iterdir() if p.suffix == ".txt")
    elsewhere = ["README.md", "CHANGELOG.md", "docs/rules.md", "data/raw/README.md", "data/raw/LICENSE.txt",
                 "data/raw/.draft.txt", "data/raw/drafts/x.txt", "data/parsed/yandu.json", "pyproject.toml"]
    assert selected(elsewhere) == []
    assert selected(["data/raw/a.txt", "data/raw/B.DOCX", "data/raw/c.pdf", "corpus/raw/d.html",
                     "data/raw/e.doc"]) == ["data/raw/a.txt", "data/raw/B.DOCX", "data/raw/c.pdf",
                                            "corpus/raw/d.html", "data/raw/e.doc"]


def test_the_hook_sees_the_formats_zhifa_check_lists_in_a_folder():
    extensions = re.search(r"\\\.\(([^)]*)\)\$", hook()["files"]).group(1).split("|")
    expanded = {f".{e.replace('html?', 'html')}" for e in extensions} | ({".htm"} if "html?" in extensions else set())
    assert expanded == set(SUFFIXES + NAMED_ONLY)


def test_the_hook_as_pre_commit_runs_it_on_this_repository_passes():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    entry = hook()["entry"].split()
    assert entry[0] == "zhifa" and tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]["zhifa"]
    result = subprocess.run([str(ZHIFA), *entry[1:], *selected(tracked)], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "passed" in result.stdout.splitlines()[-1]

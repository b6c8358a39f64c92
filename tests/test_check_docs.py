"""Docs that cannot drift: every rule is in docs/rules.md under its anchor; the examples parse.
(That check and the CLI leave rich to render is in test_architecture.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from zhifa_cli.check import RULES

ROOT = Path(__file__).resolve().parents[1]
DOCS = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def github_slug(heading: str) -> str:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def section(rule) -> str:
    start = DOCS.index(f"\n## {rule.id} {rule.name}\n")
    end = DOCS.find("\n## ", start + 1)
    return DOCS[start: end if end > 0 else len(DOCS)]


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_every_rule_is_documented_under_its_anchor(rule):
    anchors = {github_slug(h) for h in re.findall(r"^## (.+)$", DOCS, flags=re.M)}
    assert rule.anchor in anchors
    text = section(rule)
    assert f"- Default severity: **{rule.severity}**" in text
    assert f"- {rule.description}" in text and f"- Example: {rule.example}" in text


def test_rule_ids_and_names_are_stable_and_well_formed():
    assert list(RULES) == [f"ZF{n:03d}" for n in range(1, len(RULES) + 1)]
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z0-9]+)*", r.name) for r in RULES.values())
    assert len({r.name for r in RULES.values()}) == len(RULES)


def test_examples_parse():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "zhifa-check" and hooks[0]["entry"] == "zhifa check"
    workflow = (ROOT / "examples" / "github-workflow.yml").read_text(encoding="utf-8")
    steps = yaml.safe_load(workflow)["jobs"]["check"]["steps"]
    runs = " ".join(s.get("run", "") for s in steps)
    assert "zhifa check data/raw --format github" in runs and "--fail-under" in runs and "--format sarif" in runs

"""Helpers the corpus tests share: an in-process CLI runner with a fixed width, the synthetic corpus."""

from __future__ import annotations

import json
import sys

from conftest import ROOT
from typer.testing import CliRunner

sys.path.insert(0, str(ROOT / "bench"))

from zhifa_cli.cli import app  # noqa: E402

ENV = {"NO_COLOR": "1", "COLUMNS": "160"}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


def run_json(*args: str):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def make_synthetic(n: int, folder, seed: int = 0) -> dict:
    """n synthetic circulars (plus the five seeds) in folder/raw, parsed into folder/parsed."""
    from synth import generate

    truth = generate(n, folder, seed=seed)
    result = run("parse", str(folder / "raw"), "--out", str(folder / "parsed"), "-q")
    assert result.exit_code == 0, result.output
    return truth

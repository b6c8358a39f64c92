from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
PARSED = ROOT / "data" / "parsed"
SEED_IDS = ["shangrao", "nanchang", "yandu", "tongling-jiaoqu", "shangrao-fazhi"]

os.environ.setdefault("NO_COLOR", "1")


@pytest.fixture(autouse=True)
def _repo_cwd(monkeypatch):
    """Commands resolve data/ relative to the working directory: run every test from the repo root."""
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def docs():
    from zhifa_cli.parse import parse_file

    old = Path.cwd()
    os.chdir(ROOT)
    try:
        return {name: parse_file(RAW / f"{name}.txt") for name in SEED_IDS}
    finally:
        os.chdir(old)

"""A terminal too narrow for a table's columns gets the same content in rows one under another, never a table
whose columns rich squeezed to nothing (what `zhifa units` and `zhifa diff` showed at 40 columns)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

ZHIFA = str(Path(sys.executable).parent / "zhifa")


def narrow(*args: str, columns: int = 40) -> str:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": str(columns)}
    result = subprocess.run([ZHIFA, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_corpus_view_becomes_one_block_per_row():
    out = narrow("units")
    assert "┃" not in out and "│" not in out
    block = out.split("\n\n")[0].splitlines()
    assert block[1:4] == ["unit 责任单位: 市司法局", "tasks: 47", "lead 牵头: 0"]  # the busiest unit first
    assert max(len(line) for line in out.splitlines()) <= 40


def test_a_wide_terminal_keeps_the_table():
    assert "┃" in narrow("units", columns=200)


def test_diff_stacks_each_pair_in_a_narrow_terminal():
    out = narrow("diff", "shangrao", "nanchang")
    assert "┃" not in out
    lines = out.splitlines()
    first = lines.index("A shangrao")
    assert lines[first - 1] == "─" * 40 and lines[first + 1].startswith("1  ")
    assert "B nanchang" in lines and "score · status" in lines
    assert "┃" in narrow("diff", "shangrao", "nanchang", columns=120)

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


def test_a_long_table_is_measured_by_its_widest_rows():
    """fits() measures a copy of the table holding, per column, the row that needs the most width: random
    tables of CJK, ASCII words and numbers measure the same as the whole table, and the copy is small."""
    import io
    import random

    from rich.console import Console
    from rich.measure import Measurement
    from rich.table import Table

    from zhifa_cli.render.safe import text as safe_text
    from zhifa_cli.render.terminal import _widest_rows
    from zhifa_cli.render.wrap import Wrapped

    rng = random.Random(7)
    words = ["市司法局", "a", "county office", "县", "行政执法监督一体化平台", "x" * 30, "12", "牵头 配合"]
    out = Console(width=80, file=io.StringIO())
    options = out.options.update_width(10**6)
    for _ in range(40):
        table = Table(title="t")
        table.add_column("id", no_wrap=True)
        table.add_column("n", justify="right", no_wrap=True)
        table.add_column("region", overflow="fold")
        for _row in range(rng.randrange(1, 60)):
            table.add_row(safe_text(rng.choice(words) * rng.randrange(1, 3)), str(rng.randrange(10**rng.randrange(1, 6))),
                          Wrapped(safe_text(" ".join(rng.choices(words, k=rng.randrange(0, 4))))))
        sample = _widest_rows(out, options, table)
        assert Measurement.get(out, options, sample).minimum == Measurement.get(out, options, table).minimum
        assert sample.row_count <= max(table.row_count, 0) and (table.row_count <= 6 or sample.row_count <= 3)

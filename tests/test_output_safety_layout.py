"""What the commands say and how their tables are laid out (issue 13, items 21 and 22).

Messages name what happened (the threshold used, the --fail-on condition that fired, nothing found);
stdout holds data and stderr messages; a closed pipe ends a command quietly. Piped output is not
wrapped at 80 columns, and a narrow terminal folds Chinese between characters, never inside a word,
before a '，' or inside a diff mark.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path
from statistics import median

from conftest import ROOT
from rich.cells import cell_len
from typer.testing import CliRunner

from zhifa_cli.cli import app
from zhifa_cli.render.wrap import break_points, offsets

ZHIFA = str(Path(sys.executable).parent / "zhifa")
MARKS = ("[-", "-]", "{+", "+}")
CLOSING = tuple("，。、；：！？）》」』】〕")


def run(*args: str, columns: str | None = "160"):
    return CliRunner(env={"NO_COLOR": "1", "COLUMNS": columns, "ZHIFA_DATA": None}).invoke(app, list(args))


def piped(*args: str) -> subprocess.CompletedProcess:
    """`zhifa ARGS | cat`: stdout a pipe, COLUMNS not set."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")} | {"NO_COLOR": "1"}
    return subprocess.run([ZHIFA, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


# --- item 21: what the commands say ---


def test_coverage_median_of_an_even_count_is_the_mean_of_the_middle_two():
    percent = json.loads(run("coverage", "shangrao", "--all", "--format", "json").stdout)["percent"]
    assert len(percent) % 2 == 0 and len(set(percent.values())) > 2
    table = run("coverage", "shangrao", "--all").stdout
    assert f"median {median(percent.values()):g} %" in table


def test_diff_threshold_below_the_floor_says_so_and_reports_the_floor():
    low = run("diff", "shangrao", "nanchang", "--threshold", "5", "--format", "json")
    ten = run("diff", "shangrao", "nanchang", "--threshold", "10", "--format", "json")
    assert json.loads(low.stdout)["stats"]["threshold"] == 10
    assert json.loads(low.stdout)["pairs"] == json.loads(ten.stdout)["pairs"]
    assert "--threshold 5 is below the floor of 10" in low.stderr and "using 10" in low.stderr
    assert ten.stderr == ""


def test_fail_on_and_exit_code_say_what_fired():
    comparison = json.loads(run("diff", "shangrao", "nanchang", "--format", "json").stdout)
    dropped = len(comparison["only_a"])
    result = run("diff", "shangrao", "nanchang", "--fail-on", "moved,dropped", "--format", "json")
    assert result.exit_code == 1
    assert result.stderr == f"zhifa: --fail-on: dropped ({dropped})\n"  # moved did not happen: not named
    result = run("diff", "shangrao", "nanchang", "--exit-code", "--format", "json")
    assert result.exit_code == 1 and f"dropped ({dropped})" in result.stderr and "--exit-code" in result.stderr
    assert run("diff", "shangrao", "shangrao", "--exit-code", "--format", "json").stderr == ""


def test_empty_results_say_so_in_one_line_without_a_table_frame():
    search = run("search", "乌有之乡")
    assert search.exit_code == 0 and search.stdout == "no task holds every word of “乌有之乡”\n"
    timeline = run("deadlines", "yandu", "--as-of", "2020-01-01", "--due-within", "1d")
    assert timeline.stdout.startswith("no deadline as of 2020-01-01, until 2020-01-02")
    assert len(timeline.stdout.splitlines()) == 1
    diff = run("diff", "shangrao", "nanchang", "--only", "same")
    assert "┏" not in diff.stdout and diff.stdout.splitlines()[-1].startswith("no task to show")


def test_parse_says_how_many_files_failed_on_stderr(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("parse", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == "1 file(s) failed; see the messages above."


def _closed_early(*args: str) -> tuple[int, str]:
    """Run `zhifa ARGS | head -c 100`: read a little of a large output, then close the pipe."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    proc = subprocess.Popen([ZHIFA, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(100)
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    return proc.wait(timeout=120), stderr


def test_a_closed_pipe_ends_the_command_quietly():
    for args in (("show", "shangrao-fazhi"), ("check", "data/raw", "--format", "sarif")):  # rich · echo
        code, stderr = _closed_early(*args)
        assert (code, stderr) == (0, ""), args


# --- item 22: layout ---


def test_piped_output_is_not_wrapped_at_80_columns():
    units = piped("units").stdout
    assert re.search(r"│ 各县（市、区）人民政府 +│ +30 │", units)
    assert "│ shangrao shangrao-fazhi │" in units  # a cell's words stay on one line
    show = piped("show", "nanchang").stdout
    record = json.loads(run("show", "nanchang", "--format", "json").stdout)
    assert all(re.search(rf"│ {re.escape(t['id'])} +│ {re.escape(t['title'])} ", show) for t in record["tasks"])
    diff = piped("diff", "shangrao", "nanchang").stdout
    comparison = json.loads(run("diff", "shangrao", "nanchang", "--format", "json").stdout)
    assert comparison["only_b"] and all(f"│ {i}  " in diff for i in comparison["only_b"])
    for line in diff.splitlines():  # a row is one line: no mark opens on one line and closes on another
        assert line.count("[-") == line.count("-]") and line.count("{+") == line.count("+}"), line


def test_piped_output_honours_columns():
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "90"}
    out = subprocess.run([ZHIFA, "units"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120).stdout
    assert max(cell_len(line) for line in out.splitlines()) <= 90


def _cells(output: str) -> list[str]:
    """Every line of every table cell, stripped."""
    return [cell.strip() for line in output.splitlines() if line.startswith("│")
            for cell in line.strip("│").split("│")]


def _assert_folded_well(output: str, wide: str, width: int) -> None:
    assert max(cell_len(line) for line in output.splitlines() if line[:1] in "┏┃┡│├└") == width
    for mark in MARKS:  # a mark split across lines would no longer be counted
        assert output.count(mark) == wide.count(mark), mark
    for cell in _cells(output):
        assert not cell.startswith(CLOSING + ("-]", "+}")), cell
        assert not cell.endswith(("[-", "{+", "（", "《")), cell
    for word in re.findall(r"[A-Za-z]{3,}", wide):  # English words and ids are never broken
        assert re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", output), word


def test_narrow_columns_fold_chinese_between_characters():
    wide = piped("diff", "shangrao", "nanchang").stdout
    narrow = run("diff", "shangrao", "nanchang", columns="72").stdout
    _assert_folded_well(narrow, wide, 72)
    assert narrow.count("changed") == wide.count("changed")


def test_a_narrow_real_terminal_folds_chinese_between_characters():
    wide = piped("diff", "shangrao", "tongling-jiaoqu").stdout
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 64, 0, 0))
    # a real terminal: TERM=dumb (as some CI runners set it) makes rich assume 80 columns whatever the size
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")} | {"NO_COLOR": "1", "TERM": "xterm"}
    proc = subprocess.Popen([ZHIFA, "diff", "shangrao", "tongling-jiaoqu"], cwd=ROOT, env=env, stdout=slave,
                            stderr=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal is closed once the process is gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=120) == 0
    output = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode().replace("\r\n", "\n"))
    assert "┏" in output
    _assert_folded_well(output, wide, 64)


def test_line_breaking_rules():
    def lines(text: str, width: int) -> list[str]:
        cuts = [0, *offsets(text, width, break_points(text)), len(text)]
        return [text[a:b].rstrip() for a, b in zip(cuts, cuts[1:], strict=False)]

    assert lines("score · status", 9) == ["score ·", "status"]  # at the space, not statu/s
    assert lines("强化权益保障。建立健全", 12) == ["强化权益保", "障。建立健全"]  # no line starts with 。
    assert lines("尽职[-免责机制。-]落实", 12) == ["尽职[-免责机", "制。-]落实"]  # marks whole, glued to text
    assert lines("见tongling-jiaoqu文件", 20) == ["见tongling-jiaoqu文", "件"]
    assert lines("tongling-jiaoqu", 8) == ["tongling", "-jiaoqu"]  # wider than the column: folded at last

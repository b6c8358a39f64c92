"""Start-up: whole-process CPU time of short commands beside `python -c pass` and a bare Typer app's --help,
measured in the same run (median of paired rounds: each round runs every command once, so load that comes
and goes touches all rows alike). Targets: `zhifa --help` within 1.1x of the bare Typer app, `zhifa show
shangrao` <= 0.3 s, `zhifa diff shangrao nanchang` <= 0.35 s (warm: the page cache holds the files).

The bare app running a command (`hello --name x`) is the floor of any command: Typer 0.29 converts every
parameter through pydantic (typer._adapters), so a command costs more than the app's --help before zhifa
does anything; the absolute targets above were set when that floor was lower. The bare app validating a
20-task pydantic record and printing it as a rich table (`table`) is the floor of `zhifa show`: the same
libraries doing the least of the same work."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys

from common import ROOT, ZHIFA

ROUNDS = 9
CASES = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "bare Typer app --help": [sys.executable, str(ROOT / "bench" / "bare_typer.py"), "--help"],
    "bare Typer app, one command": [sys.executable, str(ROOT / "bench" / "bare_typer.py"), "hello", "--name", "x"],
    "bare app, record as rich table": [sys.executable, str(ROOT / "bench" / "bare_typer.py"), "table"],
    "zhifa --help": [ZHIFA, "--help"],
    "zhifa show shangrao": [ZHIFA, "show", "shangrao"],
    "zhifa diff shangrao nanchang": [ZHIFA, "diff", "shangrao", "nanchang"],
}


# A user's Python caches each module's bytecode on its first import; PYTHONDONTWRITEBYTECODE (set on some
# machines, this one included) would make every run recompile zhifa's sources (~0.1 s) while the libraries'
# bytecode, compiled at install, is read: the warm-up round writes the cache as a user's first run does.
ENV = {**{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}, "NO_COLOR": "1"}


def cpu_seconds(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, cwd=ROOT, env=ENV, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for cmd in CASES.values():
        cpu_seconds(cmd)  # warm the page cache and the bytecode cache
    for _ in range(ROUNDS):
        for name, cmd in CASES.items():
            times[name].append(cpu_seconds(cmd))
    medians = {name: statistics.median(t) for name, t in times.items()}
    bare = medians["bare Typer app --help"]
    for name, seconds in medians.items():
        print(f"{name:<30} {seconds * 1000:6.0f} ms CPU  ({seconds / bare:4.2f}x the bare Typer app)")

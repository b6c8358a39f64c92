"""main() leaves the process's objects out of the collector's last passes (gc.freeze at exit, ~0.1 s of every
command): an exit handler registered before main() runs after main's and finds them frozen; the command's output
and exit code are what they were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = """import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0, file=sys.stderr))
from zhifa_cli.cli import main
sys.argv = ["zhifa", *sys.argv[1:]]
main()
"""


def test_objects_are_frozen_before_the_interpreter_tears_down(tmp_path):
    done = subprocess.run([sys.executable, "-c", CODE, "parse", str(ROOT / "data" / "raw" / "shangrao.txt"), "--out",
                           str(tmp_path), "-q"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "frozen at exit: True"
    assert (tmp_path / "shangrao.json").read_bytes() == (ROOT / "data" / "parsed" / "shangrao.json").read_bytes()


def test_a_failed_command_still_exits_with_its_code_and_message(tmp_path):
    done = subprocess.run([sys.executable, "-c", CODE, "parse", str(tmp_path / "missing.txt"), "--out", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert "missing.txt" in done.stderr and done.stderr.rstrip().endswith("frozen at exit: True")

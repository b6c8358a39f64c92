"""Every example in README.md that shows output still prints that output (issue 13, item 18).

An example is a ```console block: lines starting with `$ ` are commands, the lines after each (up to the
next `$ ` line) are what it prints, stdout and stderr as a terminal interleaves them. The commands run
with bash, one block after another in one scratch copy of data/ (so `export` then `search --db` works as
a reader following along would see it), with `zhifa` on the PATH as `. .venv/bin/activate` puts it and
`.venv/bin/zhifa` where the README calls it so.

What is normalised, because it varies from one terminal to another and says nothing about zhifa: the
width (COLUMNS=110, as the README says), colour (NO_COLOR), trailing spaces at the ends of lines and
blank lines at the end of an output. Nothing else: a changed figure, row or message fails the test.

After a deliberate change of output, rewrite the examples from what zhifa prints now and review the
diff before committing it:  .venv/bin/python tests/test_readme_examples.py --update
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
BLOCK = re.compile(r"^```console\n(.*?)^```$", re.S | re.M)


@dataclass
class Example:
    command: str
    expected: str
    line: int  # of the `$ ` line in README.md, for the failure message


def examples(text: str) -> list[list[Example]]:
    """The console blocks of a README, each a list of (command, expected output)."""
    blocks = []
    for match in BLOCK.finditer(text):
        first_line = text.count("\n", 0, match.start(1)) + 1
        current: list[Example] = []
        for offset, line in enumerate(match.group(1).splitlines()):
            if line.startswith("$ "):
                current.append(Example(line[2:], "", first_line + offset))
            elif current:
                current[-1].expected += line + "\n"
            else:
                raise ValueError(f"README.md:{first_line + offset}: output before any `$ ` command")
        blocks.append(current)
    return blocks


def normal(output: str) -> str:
    return "\n".join(line.rstrip() for line in output.splitlines()).rstrip("\n")


def scratch(folder: Path) -> Path:
    """A copy of what a reader has after cloning: data/, and .venv/bin holding zhifa."""
    shutil.copytree(ROOT / "data", folder / "data")
    (folder / ".venv").mkdir()
    (folder / ".venv" / "bin").symlink_to(BIN, target_is_directory=True)
    return folder


def run(command: str, cwd: Path, cache: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("ZHIFA_DATA", "FORCE_COLOR", "GITHUB_STEP_SUMMARY")}
    env.update({"PATH": f"{BIN}:{env.get('PATH', '/usr/bin:/bin')}", "COLUMNS": "110", "NO_COLOR": "1",
                "PYTHONUNBUFFERED": "1", "ZHIFA_CACHE": str(cache), "LC_ALL": "C.UTF-8"})
    result = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, timeout=300)
    return result.stdout


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> list[tuple[Example, str]]:
    folder = scratch(tmp_path_factory.mktemp("reader"))
    cache = tmp_path_factory.mktemp("cache")
    return [(ex, run(ex.command, folder, cache)) for block in examples(README.read_text(encoding="utf-8"))
            for ex in block]


def test_the_readme_has_its_examples():
    found = [ex for block in examples(README.read_text(encoding="utf-8")) for ex in block]
    commands = [ex.command.split()[0:2] for ex in found]
    assert len(found) >= 10 and all(ex.expected.strip() for ex in found)
    for name in ("parse", "diff", "check", "units", "deadlines", "export", "search", "matrix", "coverage", "trace"):
        assert any(name in words[1:] for words in commands), name


def test_every_readme_example_prints_what_the_readme_shows(outputs):
    wrong = [f"README.md:{ex.line}: $ {ex.command}\n--- README\n{normal(ex.expected)}\n--- zhifa now\n{normal(got)}"
             for ex, got in outputs if normal(got) != normal(ex.expected)]
    assert not wrong, "\n\n".join(wrong)


def test_a_changed_figure_is_caught(outputs):
    """The comparison is not blind: one digit changed in a shown output is a mismatch."""
    ex, got = next((ex, got) for ex, got in outputs if "86 warning(s)" in ex.expected)
    assert normal(got) == normal(ex.expected)
    assert normal(got) != normal(ex.expected.replace("86 warning(s)", "87 warning(s)"))


def test_the_commands_table_is_one_table():
    """A blank line inside a Markdown table ends it: the rows after it render as raw `|` text."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("## Commands")
    rows = [i for i in range(start, lines.index("## Inputs zhifa reads")) if lines[i].startswith("|")]
    assert rows == list(range(rows[0], rows[-1] + 1))
    assert any("`zhifa diff A B" in lines[i] for i in rows) and any("`zhifa check" in lines[i] for i in rows)


def update() -> None:
    """Rewrite every console block with what zhifa prints now (review the diff before committing)."""
    import tempfile

    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = scratch(Path(tmp) / "reader")
        cache = Path(tmp) / "cache"

        def block(match: re.Match) -> str:
            lines = []
            for ex in examples(match.group(0))[0]:
                if lines:
                    lines.append("")
                lines += [f"$ {ex.command}", normal(run(ex.command, folder, cache))]
            return "```console\n" + "\n".join(lines) + "\n```"

        text = BLOCK.sub(block, text)
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_readme_examples.py --update")
    update()

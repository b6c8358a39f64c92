"""The command group: commands load on use, `zhifa --help` lists them without importing them, and a user's
mistake becomes its message and exit code in one place (so an in-process runner sees the real code)."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import typer.main
from typer.testing import CliRunner

from zhifa_cli.cli import app
from zhifa_cli.cli.app import COMMANDS


def test_every_command_is_listed_with_its_own_summary():
    for module in {entry.module for entry in COMMANDS.values()}:
        importlib.import_module(f"zhifa_cli.cli.{module}")
    registered = {}
    for info in app.registered_commands:
        name = info.name or typer.main.get_command_name(info.callback.__name__)
        registered[name] = (info.callback.__module__.rsplit(".", 1)[-1], inspect.getdoc(info.callback).split("\n\n")[0])
    assert set(registered) == set(COMMANDS)
    for name, entry in COMMANDS.items():
        assert registered[name] == (entry.module, entry.summary), name


def test_help_imports_no_command_module_nor_the_records():
    code = ("import sys\nfrom zhifa_cli.cli import main\nsys.argv = ['zhifa', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('zhifa_cli.cli.', 'zhifa_cli.models', 'pydantic',"
            " 'jieba', 'zhifa_cli.parse'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "measure " in out and out.strip().splitlines()[-1] == "['zhifa_cli.cli.app']"


def test_help_lists_every_command_in_order():
    result = CliRunner().invoke(app, ["--help"], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0
    listed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("│ ") and
              line.split()[1] in COMMANDS]
    assert listed == list(COMMANDS)


def test_a_users_mistake_is_one_line_and_its_code_in_process():
    result = CliRunner().invoke(app, ["show", "no-such-document"], env={"NO_COLOR": "1"})
    assert result.exit_code == 2
    assert result.stderr.startswith("zhifa: unknown document 'no-such-document'") and result.stdout == ""


def test_a_mistyped_command_is_suggested():
    result = CliRunner().invoke(app, ["shw"], env={"NO_COLOR": "1"})
    assert result.exit_code == 2 and "Did you mean 'show'?" in result.output

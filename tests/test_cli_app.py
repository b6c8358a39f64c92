"""The command group: commands load on use, `zhifa --help` lists them without importing them, and a user's
mistake becomes its message and exit code in one place (so an in-process runner sees the real code)."""

from __future__ import annotations

import importlib
import inspect
import re
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


SHORT = {"--out": "-o", "--quiet": "-q", "--threshold": "-t", "--format": "-f"}


def test_shared_options_have_one_name_and_one_short_flag_everywhere():
    group = typer.main.get_command(app)
    seen = set()
    for name in COMMANDS:
        for param in group.get_command(None, name).params:
            for long, short in SHORT.items():
                if long in param.opts:
                    assert short in param.opts, (name, param.opts)
                    seen.add(long)
            assert not set(param.opts) & {"--output", "--fmt", "--thresh"} or "--out" in param.opts, (name, param.opts)
    assert seen == set(SHORT)


def test_diff_takes_the_shared_names(tmp_path):
    out = tmp_path / "d.json"
    result = CliRunner().invoke(app, ["diff", "shangrao", "nanchang", "-t", "30", "-f", "json", "--out", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    import json

    assert json.loads(out.read_text(encoding="utf-8"))["stats"]["threshold"] == 30


def test_the_human_format_has_one_name_everywhere():
    group = typer.main.get_command(app)
    human = set()
    for name in COMMANDS:
        for param in group.get_command(None, name).params:
            if "--format" in param.opts:
                choices = [c.value for c in param.type_descriptor.annotation]
                assert not {"table", "terminal"} & set(choices), (name, choices)
                human |= {name} if "text" in choices else set()
    assert {"show", "diff", "check", "units", "deadlines", "matrix", "coverage", "trace", "measure"} <= human


def test_the_old_names_of_the_human_format_still_work():
    plain = CliRunner().invoke(app, ["show", "shangrao", "-f", "text"])
    for old in ("table", "terminal"):
        result = CliRunner().invoke(app, ["show", "shangrao", "-f", old])
        assert result.exit_code == 0 and result.stdout == plain.stdout
    diff = CliRunner().invoke(app, ["diff", "shangrao", "nanchang", "-f", "terminal"])
    assert diff.exit_code == 0 and "上饶市" in diff.stdout
    wrong = CliRunner().invoke(app, ["show", "shangrao", "-f", "tabel"])
    assert wrong.exit_code == 2 and "'text', 'json', 'yaml'" in wrong.output


def _squeezed(text: str) -> str:
    return re.sub(r"[\s│]+", "", text)


def test_help_text_is_data_not_markup():
    """Brackets written in a help text reach the screen: '[tool.zhifa]' was eaten as a rich markup tag."""
    group = typer.main.get_command(app)
    fragments = 0
    for name in COMMANDS:
        command = group.get_command(None, name)
        written = [command.help or ""] + [getattr(param, "help", None) or "" for param in command.params]
        result = CliRunner().invoke(app, [name, "--help"], env={"NO_COLOR": "1", "COLUMNS": "200"})
        shown = _squeezed(result.stdout)
        for text in written:
            for fragment in re.findall(r"\\?\[[^\]\s]+\]", text):
                fragments += 1
                assert _squeezed(fragment.removeprefix("\\")) in shown, (name, fragment)
    assert fragments >= 2

"""The typer app every command module registers on, and the options they share.

A command's module is imported only when that command runs: `zhifa --help` lists the commands from COMMANDS
below (name, module, the first paragraph of its help) and imports none of them, so it starts as fast as a bare
Typer app; `zhifa show` imports what show uses, not the diff engine or the parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer
import typer.core
import typer.main

from ..errors import UsageError, ZhifaError

if TYPE_CHECKING:
    import click  # typer's own click (vendored since typer 0.2x): names for annotations only

    from ..store import DataDir


class Entry(NamedTuple):
    module: str  # the module of zhifa_cli.cli that registers the command
    summary: str  # the first paragraph of its help (a test holds it equal to the docstring's)


# The order is `zhifa --help`'s order.
COMMANDS: dict[str, Entry] = {
    "parse": Entry("parse_cmds", "解析文件 Parse circulars into Document records (JSON)."),
    "show": Entry("parse_cmds", "查看文件 Show one circular's tasks, units and deadlines."),
    "schema": Entry("parse_cmds", "数据结构 Print the JSON Schema of the Document record, or of the diff."),
    "diff": Entry("diff_cmd", "比较两个文件 Align two circulars task by task and show what changed."),
    "check": Entry("check_cmd", "检查文件 Lint circulars: parse errors, numbering, units, deadlines, metadata, "
                                "parent coverage."),
    "units": Entry("corpus_cmds", "责任单位统计 Which bodies carry how many tasks, by role (lead / responsible / "
                                  "support)."),
    "deadlines": Entry("corpus_cmds", "完成时限 A timeline of due dates: overdue and upcoming, recurring ones (每年…) "
                                      "expanded."),
    "export": Entry("corpus_cmds", "导出 Export one row per task with its document's metadata (JSONL, CSV, xlsx, "
                                   "SQLite + full-text index)."),
    "search": Entry("corpus_cmds", "全文检索 Find tasks by words, over the SQLite export or the corpus indexed in "
                                   "memory."),
    "matrix": Entry("corpus_align_cmds", "相似度矩阵 Document × document similarity: the share of tasks paired, both "
                                         "directions."),
    "coverage": Entry("corpus_align_cmds", "落实情况 For each task of PARENT, which documents carry it (task ids, "
                                           "scores) and coverage %."),
    "trace": Entry("corpus_align_cmds", "溯源 For each task, its most likely source among older circulars "
                                        "(publication order): a family tree."),
    "measure": Entry("measure_cmd", "一项举措 One measure across documents: how every other plan words it, who does "
                                    "it, by when."),
}


class _Commands(Mapping[str, "click.Command"]):
    """COMMANDS as click commands, each module imported the first time one of its commands is asked for."""

    def __init__(self, app: typer.Typer) -> None:
        self._app = app
        self._built: dict[str, click.Command] = {}

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._built:
            importlib.import_module(f"{__package__}.{COMMANDS[name].module}")  # KeyError: not a command
            for info in self._app.registered_commands:
                built = typer.main.get_command_from_info(info, pretty_exceptions_short=True,
                                                         rich_markup_mode=self._app.rich_markup_mode)
                self._built.setdefault(built.name or "", built)
        return self._built[name]


class LazyGroup(typer.core.TyperGroup):
    """zhifa's command group: commands load on use; the help listing reads COMMANDS' summaries instead."""

    _listing = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _Commands(app)  # type: ignore[assignment]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if self._listing and cmd_name in COMMANDS:
            return typer.core.TyperCommand(cmd_name, help=COMMANDS[cmd_name].summary)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> object:
        """The one error boundary: a user's mistake (ZhifaError) anywhere in a command becomes its one-line
        message on stderr and its exit code, for `zhifa` and for a CliRunner alike."""
        try:
            return super().invoke(ctx)
        except ZhifaError as exc:
            from ..render.terminal import to_stderr

            to_stderr(f"zhifa: {exc}")
            raise typer.Exit(exc.exit_code) from None

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False


# The human-readable format is called `text` by every command; the names some commands used before
# (`show -f table`, `diff -f terminal`) still work. Click applies this to choice values (and to command and
# option names, none of which is spelled like these).
FORMAT_ALIASES = {"table": "text", "terminal": "text"}


def _normalize_token(token: str) -> str:
    return FORMAT_ALIASES.get(token, token)


app = typer.Typer(
    cls=LazyGroup,
    context_settings={"token_normalize_func": _normalize_token},
    name="zhifa",
    help="执法 zhifa — 解析、比较、检查政府政策文件。Parse, compare and lint Chinese policy circulars.\n\n"
    "Example: zhifa parse && zhifa show shangrao",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)



def version() -> str:
    """zhifa's installed version (pyproject.toml's), 0.0.0 when run from a source tree never installed."""
    from importlib import metadata  # 50 ms: only for --version

    try:
        return metadata.version("zhifa")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"zhifa {version()}")
        raise typer.Exit(0)


@app.callback()
def _options(
    show_version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                               help="Print zhifa's version and exit.")] = False,
) -> None:
    """Options that come before the command (zhifa --version)."""


# The options commands share: one name, one short flag and one help each, everywhere.
IdsArg = Annotated[list[str] | None, typer.Argument(help="Document ids, paths, prefixes or regions (default: all).",
                                                    show_default=False)]
AllOption = Annotated[bool, typer.Option("--all", help="Every document of the corpus (the default).")]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file (whole or not at all) "
                                                "instead of stdout.", show_default=False)]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary on stderr.")]

DataOption = Annotated[
    Path | None,
    typer.Option("--data", envvar="ZHIFA_DATA", help="Corpus folder with raw/ and parsed/ (default: data).",
                 show_default=False),
]


def default_raw(corpus: DataDir) -> Path:
    """The folder a command reads when no path is named; missing, it is a usage error (exit 2)."""
    if not corpus.raw.is_dir():
        raise UsageError(f"{corpus.raw}: no such folder; name the circulars to read, or point at a corpus "
                         f"folder (with raw/) with --data DIR or ZHIFA_DATA=DIR{_here(corpus)}")
    return corpus.raw


def _here(corpus: DataDir) -> str:
    return f" (working directory: {Path.cwd()})" if not corpus.root.is_absolute() else ""

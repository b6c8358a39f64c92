"""The typer app every command module registers on, and the options they share."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..store import DataDir

app = typer.Typer(
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

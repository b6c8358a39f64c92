"""The typer app every command module registers on, and the options they share."""

from __future__ import annotations

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

DataOption = Annotated[
    Path | None,
    typer.Option("--data", envvar="ZHIFA_DATA", help="Corpus folder with raw/ and parsed/ (default: data).",
                 show_default=False),
]


def default_raw(corpus: DataDir) -> Path:
    """The folder a command reads when no path is named; missing, it is a usage error (exit 2)."""
    if not corpus.raw.is_dir():
        raise UsageError(f"{corpus.raw}: no such folder; name the circulars to read, or give --data DIR "
                         "(a folder with raw/)")
    return corpus.raw

"""The typer app every command module registers on, and the options they share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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

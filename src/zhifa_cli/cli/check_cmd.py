"""zhifa check: lint circulars the way code is linted. Exit 0 clean, 1 findings at the fail level,
2 usage / configuration / internal error — for every --format."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..check import RULES, CheckReport, Config, check_paths, dump, load
from ..errors import UsageError, ZhifaError
from ..render import check_ci, check_machine, check_text, sarif, terminal
from ..settings import env
from ..store import DataDir
from .app import DataOption, app, default_raw, version
from .output import write_text


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"
    rdjsonl = "rdjsonl"
    junit = "junit"


class FailLevel(StrEnum):
    error = "error"
    warning = "warning"


def _summary(report: CheckReport, config: Config) -> None:
    target = env("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(check_ci.summary(report, RULES, config.docs_link()))
    except OSError as exc:
        terminal.to_stderr(f"zhifa: cannot write GITHUB_STEP_SUMMARY {target}: {exc.strerror or exc}")


def emit(report: CheckReport, fmt: CheckFormat, config: Config) -> None:
    if fmt is CheckFormat.text:
        check_text.show(report, RULES)
        return
    if fmt is CheckFormat.github:
        _summary(report, config)
    out = {
        CheckFormat.json: lambda: check_machine.as_json(report),
        CheckFormat.github: lambda: check_ci.github(report),
        CheckFormat.sarif: lambda: sarif.sarif(report, RULES, config.docs_link(), version()),
        CheckFormat.rdjsonl: lambda: check_machine.rdjsonl(report, RULES, config.docs_link()),
        CheckFormat.junit: lambda: check_machine.junit(report, RULES),
    }[fmt]()
    write_text(out, None)


def _config(path: Path | None, fail_level: FailLevel | None, fail_under: float | None, against: str | None) -> Config:
    if fail_under is not None and against is None:
        raise UsageError("--fail-under needs --against PARENT")
    config = load(path) if path is not None else load(start=Path.cwd())
    return config.with_options(fail_level=fail_level.value if fail_level else None, fail_under=fail_under)


@app.command()
def check(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders or document ids (default: data/raw).", show_default=False)] = None,
    against: Annotated[str | None, typer.Option("--against", help="Parent plan (id or path): coverage of its tasks.")] = None,
    fail_under: Annotated[float | None, typer.Option("--fail-under", min=0, max=100,
                                                     help="Fail when parent coverage is below PCT.")] = None,
    fail_level: Annotated[FailLevel | None, typer.Option("--fail-level", help="Lowest severity that fails "
                                                         "(default: error, or fail-level in the config).")] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.text,
    config_file: Annotated[Path | None, typer.Option("--config", help="zhifa.toml or pyproject.toml to use "
                                                     "instead of the one found from the working directory.")] = None,
    show_config: Annotated[bool, typer.Option("--show-config", help="Print the effective configuration and exit.")] = False,
    data: DataOption = None,
) -> None:
    """检查文件 Lint circulars: parse errors, numbering, units, deadlines, metadata, parent coverage.

    Example: zhifa check data/raw --format github
             zhifa check tongling-jiaoqu --against shangrao --fail-under 90

    Rules ZF001–ZF021: docs/rules.md. Exit 0 when no finding reaches the fail level, 1 when one does,
    2 for usage or configuration errors — for every --format.
    """
    try:
        config = _config(config_file, fail_level, fail_under, against)
        if show_config:
            typer.echo(dump(config), nl=False)
            raise typer.Exit(0)
        corpus = DataDir.default(data)
        inputs = paths or [str(default_raw(corpus))]
        report = check_paths(inputs, against=against, config=config, data=corpus)
    except ZhifaError as exc:  # before a report exists, every error is a usage or configuration one
        exc.exit_code = 2
        raise
    if not report.documents:
        terminal.to_stderr(f"zhifa: warning: no circular to check in {', '.join(inputs)}")
    emit(report, fmt, config)
    raise typer.Exit(1 if report.failed else 0)

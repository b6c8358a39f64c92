"""zhifa parse / show / schema."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .. import settings
from ..documents import INTERNAL, SUFFIXES, Written, listed, open_document, parse_files
from ..errors import UsageError
from ..models import Comparison, Document
from ..render import terminal
from ..store import DataDir, dumps
from .app import DataOption, app, default_raw


class DocFormat(StrEnum):
    json = "json"
    yaml = "yaml"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"
    yaml = "yaml"


def _check_out(out: Path, data: DataDir) -> None:
    if data.raw.exists() and out.resolve() == data.raw.resolve():
        raise UsageError(f"--out {out} is the raw folder; zhifa never writes into data/raw")


@app.command()
def parse(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Files or folders (default: data/raw).", readable=False)] = None,  # unreadable: reported per file
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder (default: data/parsed).")] = None,
    fmt: Annotated[DocFormat, typer.Option("--format", "-f", help="Record format.")] = DocFormat.json,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary table, no warnings; errors only.")] = False,
    data: DataOption = None,
) -> None:
    """解析文件 Parse circulars into Document records (JSON).

    Example: zhifa parse data/raw --out data/parsed

    One line per bad file on stderr, the rest still parsed. Exit 0 all parsed (a folder with no circular
    in it is said on stderr), 1 some file failed, 2 usage or internal error.
    """
    workers = settings.load().workers  # [tool.zhifa] workers, else one per core
    corpus = DataDir.default(data)
    out_dir = out or corpus.parsed
    _check_out(out_dir, corpus)
    folders = paths or [default_raw(corpus)]
    files, errors = listed(folders)
    for message in errors:
        terminal.to_stderr(message)
    if not files and not errors:  # nothing failed, nothing was there: exit 0 as `zhifa check` does, but say so
        terminal.to_stderr(f"zhifa: warning: no circular to parse in {', '.join(map(str, folders))} "
                       f"(zhifa reads {' '.join(SUFFIXES)}; README, LICENSE …, hidden files and sub-folders "
                       "are passed over)")
    rows, failed, internal = _parse_all(files, out_dir, fmt.value, quiet, workers)
    errors += failed
    if not quiet:
        terminal.parse_summary(rows, errors)
    if errors:
        raise typer.Exit(2 if internal else 1)


def _parse_all(files: list[Path], out_dir: Path, fmt: str, quiet: bool,
               workers: int | None) -> tuple[list[tuple[Written | None, str]], list[str], bool]:
    """Parse and save each file: (what was written, record written) rows, error lines, whether one was a bug of ours.
    Many files are parsed by a pool of worker processes (one per core), results taken in file order, so
    the rows, the records and every line said are those of parsing one file after the other."""
    rows: list[tuple[Written | None, str]] = []
    errors: list[str] = []
    internal = False
    for outcome in parse_files(files, out_dir, fmt, workers=workers, keep=not quiet):
        if isinstance(outcome, tuple):
            row, written = outcome
            if row is not None:  # kept unless --quiet
                terminal.warnings(row.path, list(row.warnings))
            rows.append((row, written))
            continue
        internal = internal or outcome.startswith(INTERNAL)
        errors.append(outcome.removeprefix(INTERNAL))
        terminal.to_stderr(errors[-1])
    return rows, errors, internal


@app.command(no_args_is_help=True)
def show(
    name: Annotated[str, typer.Argument(help="Document id, path, id prefix or region.")],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="A table to read, or the record.")] = ShowFormat.text,
    data: DataOption = None,
) -> None:
    """查看文件 Show one circular's tasks, units and deadlines.

    Example: zhifa show nanchang --format json
    """
    doc = open_document(name, DataDir.default(data))
    if fmt is ShowFormat.text:
        terminal.show_document(doc)
    else:
        typer.echo(dumps(doc, fmt.value), nl=False)


class SchemaName(StrEnum):
    document = "document"
    diff = "diff"


@app.command()
def schema(which: Annotated[SchemaName, typer.Argument(help="document (the parsed record) or diff (zhifa diff "
                                                       "--format json).")] = SchemaName.document) -> None:
    """数据结构 Print the JSON Schema of the Document record, or of the diff.

    Example: zhifa schema > document.schema.json; zhifa schema diff > diff.schema.json
    """
    model = Comparison if which is SchemaName.diff else Document
    typer.echo(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))

"""zhifa parse / show / schema."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ReadError, UsageError, ZhifaError
from ..models import Comparison, Document
from ..parse import parse_file
from ..render import terminal
from ..store import SUFFIXES, DataDir, circular_files, dumps, open_document, save
from .app import DataOption, app, default_raw


class DocFormat(StrEnum):
    json = "json"
    yaml = "yaml"


class ShowFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


def _expand(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files named and files in folders named, each once, in order; and what could not be listed."""
    found, errors = _listed(paths)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.absolute(), path)
    return list(unique.values()), errors


def _listed(paths: list[Path]) -> tuple[list[Path], list[str]]:
    files, errors = [], []
    for path in paths:
        if path.is_dir():
            try:
                files.extend(circular_files(path))
            except OSError as exc:
                errors.append(f"{path}: cannot list folder: {exc.strerror}")
        elif path.exists():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or folder")
    return files, errors


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
    corpus = DataDir.default(data)
    out_dir = out or corpus.parsed
    _check_out(out_dir, corpus)
    folders = paths or [default_raw(corpus)]
    files, errors = _expand(folders)
    for message in errors:
        terminal.error(message)
    if not files and not errors:  # nothing failed, nothing was there: exit 0 as `zhifa check` does, but say so
        terminal.error(f"zhifa: warning: no circular to parse in {', '.join(map(str, folders))} "
                       f"(zhifa reads {' '.join(SUFFIXES)}; README, LICENSE …, hidden files and sub-folders "
                       "are passed over)")
    rows, failed, internal = _parse_all(files, out_dir, fmt.value, quiet)
    errors += failed
    if not quiet:
        terminal.parse_summary(rows, errors)
    if errors:
        raise typer.Exit(2 if internal else 1)


def _parse_all(files: list[Path], out_dir: Path, fmt: str,
               quiet: bool) -> tuple[list[tuple[Document | None, str]], list[str], bool]:
    """Parse and save each file: (document, record written) rows, error lines, whether one was a bug of ours.
    Many files are parsed by a pool of worker processes (one per core), results taken in file order, so
    the rows, the records and every line said are those of parsing one file after the other."""
    rows: list[tuple[Document | None, str]] = []
    errors: list[str] = []
    owners: dict[str, Path] = {}
    claimed: list[Path | str] = []
    for path in files:
        try:
            _claim(path, owners)
            claimed.append(path)
        except ZhifaError as exc:
            claimed.append(str(exc))
    results = _results([p for p in claimed if isinstance(p, Path)], out_dir, fmt, keep=not quiet)
    internal = False
    for item in claimed:
        outcome = item if isinstance(item, str) else next(results)
        if isinstance(outcome, tuple):
            doc, written = outcome
            if doc is not None:  # kept unless --quiet
                terminal.warnings(doc.source.path, doc.warnings)
            rows.append((doc, written))
            continue
        internal = internal or outcome.startswith(_INTERNAL)
        errors.append(outcome.removeprefix(_INTERNAL))
        terminal.error(errors[-1])
    return rows, errors, internal


PARALLEL_FROM = 32  # files: below this a process pool costs more than it saves
_INTERNAL = "\0internal\0"  # marks an error line that is a bug of ours


def _results(paths: list[Path], out_dir: Path, fmt: str, *, keep: bool) -> Iterator[tuple[Document | None, str] | str]:
    """Each file's (document, record written) or error line. Without `keep` (--quiet: no table, no warnings)
    the document stays in the worker: unpickling a thousand records costs the parent seconds of a core."""
    work = [(path, out_dir, fmt, keep) for path in paths]
    workers = os.cpu_count() or 1
    if len(paths) < PARALLEL_FROM or workers < 2:
        yield from map(_parse_one, work)
        return
    from ..workers import executor

    with executor(workers) as pool:
        yield from pool.map(_parse_one, work, chunksize=8)


def _parse_one(job: tuple[Path, Path, str, bool]) -> tuple[Document | None, str] | str:
    """One file parsed and its record written, or the line that says why not."""
    path, out_dir, fmt, keep = job
    try:
        doc = parse_file(path)
        return doc if keep else None, str(save(doc, out_dir, fmt))
    except ZhifaError as exc:
        return str(exc)
    except Exception as exc:  # a bug of ours: say which file, keep going with the others
        if os.environ.get("ZHIFA_DEBUG"):
            raise
        return f"{_INTERNAL}{path}: internal error: {type(exc).__name__}: {exc} (set ZHIFA_DEBUG=1 for details)"


def _claim(path: Path, owners: dict[str, Path]) -> None:
    """Two files with one stem (shangrao.txt, shangrao.pdf) would write one record: refuse the second."""
    if path.stem in owners:
        raise ReadError(f"same id '{path.stem}' as {owners[path.stem]}; not parsed (rename one of them)",
                        path=str(path))
    owners[path.stem] = path


@app.command(no_args_is_help=True)
def show(
    name: Annotated[str, typer.Argument(help="Document id, path, id prefix or region.")],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="A table to read, or the record.")] = ShowFormat.table,
    data: DataOption = None,
) -> None:
    """查看文件 Show one circular's tasks, units and deadlines.

    Example: zhifa show nanchang --format json
    """
    doc = open_document(name, DataDir.default(data))
    if fmt is ShowFormat.table:
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

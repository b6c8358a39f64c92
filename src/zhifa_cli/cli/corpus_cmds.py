"""zhifa units / deadlines / export / search (and, in compare_cmds, matrix / coverage / trace)."""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..corpus import deadlines as deadline_lib
from ..corpus import export as export_lib
from ..corpus.units import unit_counts
from ..documents import Corpus, load_corpus
from ..errors import UsageError
from ..progress import SILENT
from ..render import corpus_views as views
from ..render import grid as grid_render
from ..render import terminal
from ..render.html_page import to_html
from ..render.progress import progress_for
from ..store import DataDir
from .app import AllOption, DataOption, IdsArg, OutOption, QuietOption, app
from .output import warn_replaced, write_text


class ViewFormat(StrEnum):
    text = "text"
    csv = "csv"
    json = "json"
    html = "html"


class DeadlineFormat(StrEnum):
    text = "text"
    csv = "csv"
    json = "json"
    html = "html"  # a timeline picture (per document and unit) above the table
    ics = "ics"  # a calendar: one event per due date


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    sqlite = "sqlite"


FormatOption = Annotated[ViewFormat, typer.Option("--format", "-f", help="text, csv, json or html.")]


def load_docs(data: Path | None, ids: list[str] | None, *, quiet: bool = False) -> Corpus:
    """The documents asked for; a file that fails is reported in one line on stderr and skipped."""
    folder = DataDir.default(data)
    corpus = load_corpus(folder, ids or None, progress=progress_for(quiet) or SILENT)
    for failure in corpus.failures:
        terminal.to_stderr(failure)
    if not corpus.documents:
        raise UsageError(folder.missing() or f"no document to work on: {folder.root} holds no circular or record")
    return corpus


def show(grid: grid_render.Grid | list[grid_render.Grid], records, fmt: ViewFormat, out: Path | None,
         meta: str = "", *, compact: bool = False) -> None:
    """One renderer call per format; JSON dumps the records themselves, not the grid (`compact`: on one
    line, for large results such as a matrix). Several grids are tables one after the other; the other
    formats show the first."""
    grids = grid if isinstance(grid, list) else [grid]
    grid = grids[0]
    if fmt is ViewFormat.text and out is None:
        for each in grids:
            grid_render.print_table(each)
    elif fmt is ViewFormat.text:
        write_text("".join(grid_render.table_text(each) for each in grids), out)
    elif fmt is ViewFormat.csv:
        write_text(grid_render.to_csv(grid), out)
    elif fmt is ViewFormat.html:
        write_text(to_html(grid, meta), out)
    else:
        write_text(json.dumps(records, ensure_ascii=False, indent=None if compact else 2) + "\n", out)


def finish(corpus: Corpus) -> None:
    if corpus.failures:
        raise typer.Exit(1)


@app.command()
def units(ids: IdsArg = None, all_: AllOption = False, fmt: FormatOption = ViewFormat.text,
          out: OutOption = None, quiet: QuietOption = False, data: DataOption = None,
          by_class: Annotated[bool, typer.Option("--by-class", help="Count bodies of every place together by the "
                                                 "role they play (本级司法行政部门 …).")] = False) -> None:
    """责任单位统计 Which bodies carry how many tasks, by role (lead / responsible / support).

    A body is a class (本级司法行政部门, 下级人民政府 …) at a place (the issuing government's region): two cities'
    市司法局 are two bodies; --by-class counts them together.

    Example: zhifa units --format csv > units.csv; zhifa units --by-class
    """
    corpus = load_docs(data, None if all_ else ids, quiet=quiet)
    counts = unit_counts(corpus.documents, by_class=by_class)
    scope = ", ".join(d.id for d in corpus.documents) if len(corpus.documents) <= 3 else \
        f"{len(corpus.documents)} documents"
    show(views.units_grid(counts, scope, by_class=by_class), [c.model_dump(mode="json") for c in counts], fmt,
         out, scope)
    finish(corpus)


def _as_of(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value}: not a date (use YYYY-MM-DD)") from None


@app.command()
def deadlines(
    ids: IdsArg = None, all_: AllOption = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="The day to count from (default: today).",
                                              show_default=False)] = None,
    due_within: Annotated[str | None, typer.Option("--due-within", help="Window after --as-of: 90d, 12w, 3m, 1y "
                                                   "(default: no end).", show_default=False)] = None,
    fmt: Annotated[DeadlineFormat, typer.Option("--format", "-f", help="text, csv, json, html (a timeline) "
                                                "or ics (a calendar).")] = DeadlineFormat.text,
    out: OutOption = None, quiet: QuietOption = False, data: DataOption = None,
) -> None:
    """完成时限 A timeline of due dates: overdue and upcoming, recurring ones (每年…) expanded.

    --format html draws it (a lane per document and unit, overdue in red); --format ics writes a calendar
    that Outlook and other calendar apps import (one event per due date, with the task and its units).

    Example: zhifa deadlines --as-of 2024-10-01 --due-within 90d; zhifa deadlines -f ics -o deadlines.ics
    """
    day = _as_of(as_of)
    until = deadline_lib.window_end(day, due_within) if due_within else None
    corpus = load_docs(data, None if all_ else ids, quiet=quiet)
    tl = deadline_lib.timeline(corpus.documents, as_of=day, until=until)
    meta = f"as of {day.isoformat()}"
    if fmt is DeadlineFormat.html:
        from ..render.timeline import to_html as timeline_html

        write_text(timeline_html(tl, {d.id: d.date for d in corpus.documents},
                           {d.id: d.region for d in corpus.documents}, meta), out)
    elif fmt is DeadlineFormat.ics:
        from ..render.ics import to_ics

        write_text(to_ics(tl), out)
    else:
        show(views.timeline_grid(tl), tl.model_dump(mode="json"), ViewFormat(fmt.value), out, meta)
    finish(corpus)


def _export(fmt: ExportFormat, corpus: Corpus, path: Path, bom: bool) -> int:
    rows = export_lib.task_rows(corpus.documents)
    if fmt is ExportFormat.jsonl:
        return export_lib.write_jsonl(rows, path)
    if fmt is ExportFormat.csv:
        return export_lib.write_csv(rows, path, bom=bom)
    if fmt is ExportFormat.xlsx:
        replaced: list[str] = []
        count = export_lib.write_xlsx(rows, path, replaced)
        warn_replaced(path, replaced)
        return count
    from ..corpus.index import write_sqlite  # jieba: only here

    return write_sqlite(corpus.documents, path)


@app.command()
def export(
    to: Annotated[ExportFormat, typer.Option("--to", help="jsonl, csv, xlsx or sqlite.")],
    ids: IdsArg = None, all_: AllOption = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: DATA/export/tasks.EXT).",
                                             show_default=False)] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start the CSV with a UTF-8 BOM (for Excel).")] = False,
    quiet: QuietOption = False, data: DataOption = None,
) -> None:
    """导出 Export one row per task with its document's metadata (JSONL, CSV, xlsx, SQLite + full-text index).

    Example: zhifa export --to sqlite --out tasks.sqlite && zhifa search 裁量权基准 --db tasks.sqlite
    """
    corpus = load_docs(data, None if all_ else ids, quiet=quiet)
    path = out or DataDir.default(data).root / "export" / f"tasks.{to.value}"
    count = _export(to, corpus, path, bom)
    if not quiet:
        terminal.to_stderr(f"wrote {count} task row(s) from {len(corpus.documents)} document(s) to {path}")
    finish(corpus)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, e.g. 裁量权基准 (every word must occur).")],
    db: Annotated[Path | None, typer.Option("--db", help="A `zhifa export --to sqlite` database (default: "
                                            "index the corpus in memory).", show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many hits.")] = 20,
    fmt: FormatOption = ViewFormat.text, out: OutOption = None, quiet: QuietOption = False,
    data: DataOption = None,
) -> None:
    """全文检索 Find tasks by words, over the SQLite export or the corpus indexed in memory.

    Example: zhifa search "裁量权基准" --format json
    """
    from ..corpus import index  # jieba: only here

    corpus = None
    if db is not None:
        connection = index.open_index(db)
    else:
        corpus = load_docs(data, None, quiet=quiet)
        connection = index.memory_index(corpus.documents)
    hits = index.search(connection, query, limit=limit)
    show(views.search_grid(hits, query), [h.model_dump(mode="json") for h in hits], fmt, out, query)
    if corpus is not None:
        finish(corpus)


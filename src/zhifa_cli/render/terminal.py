"""Terminal tables with rich: CJK-aware widths, text columns fold, never truncate.

Document text is data (see safe.py): consoles read no markup and no emoji codes (`file:100:1` stays
itself), and every string from a document is cleaned of control characters before it is shown.
Width: a terminal's own, or COLUMNS when set; when stdout is not a terminal (a pipe, a file) nothing
is wrapped at an arbitrary 80 columns — tables take the width their content needs.
"""

from __future__ import annotations

import contextlib
import copy
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..models import Deadline, Document, Unit
from ..settings import env
from . import safe
from .wrap import Wrapped

if TYPE_CHECKING:
    from ..documents import Written  # a parsed document's summary row (only a type here)

UNBOUNDED = 100_000  # the console width when output goes to a pipe or a file and COLUMNS is not set


class _Console(Console):
    def on_broken_pipe(self) -> None:
        self.quiet = True
        closed_pipe_exit()


def closed_pipe_exit() -> None:
    """stdout's reader went away (`zhifa … | head` has all it wanted): stop without a traceback, a "Broken
    pipe" note, or exit 1 (rich's and click's answer), which reads like "findings". stdout is pointed at
    /dev/null so that Python's own flush at exit has nowhere to fail."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    sys.exit(0)


def console(stderr: bool = False) -> Console:
    return _Console(stderr=stderr, no_color=bool(env("NO_COLOR")), width=_width(stderr),
                   highlight=False, soft_wrap=False, markup=False, emoji=False)


def _width(stderr: bool) -> int | None:
    """COLUMNS when set; None (rich asks the terminal) in a terminal; else no limit but the content's."""
    columns = env("COLUMNS")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    stream = sys.stderr if stderr else sys.stdout
    try:
        return None if stream.isatty() else UNBOUNDED
    except (AttributeError, ValueError):  # no stream, or a closed one
        return UNBOUNDED


def unbounded(out: Console) -> bool:
    """Whether `out` writes to a pipe or file without COLUMNS: tables then take their content's width."""
    return out.width >= UNBOUNDED


def units_text(units: list[Unit]) -> str:
    marks = {"lead": "【牵头】", "support": "【配合】", "responsible": ""}
    return "、".join(f"{u.name}{marks[u.role]}" for u in units)


def deadline_text(d: Deadline) -> str:
    due = d.due.isoformat() if d.due else (d.every or "")
    extra = " +长期" if d.ongoing and d.kind != "ongoing" else ""
    return f"{d.text} ({due}{extra})" if due else d.text


def parse_summary(rows: list[tuple[Written, str]], failures: list[str]) -> None:
    """The table of what was parsed (none when nothing was), where it went; how many files failed goes
    to stderr, after the one line per bad file."""
    out = console()
    if rows:
        written = [row for row, _written in rows]
        drawn = _drawn_parse_table(written, out.width)
        if drawn is not None:
            out.print(drawn, soft_wrap=True)
        else:
            table = _parse_table(written)
            out.print(table if fits(out, table) else _parse_lines(written))
        folders = sorted({str(Path(written).parent) for _, written in rows})
        out.print(safe.text(f"wrote {len(rows)} record(s) to {', '.join(folders)}"), soft_wrap=True)
    if failures:
        to_stderr(f"{len(failures)} file(s) failed; see the messages above.")


def _parse_table(rows: list[Written]) -> Table:
    table = Table(title="zhifa parse", title_justify="left")
    table.add_column("document", no_wrap=True)
    for name in ("tasks", "table rows", "units", "deadlines", "targets", "warnings"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("region", overflow="fold")
    for row in rows:
        table.add_row(safe.text(row.id), str(row.tasks), str(row.table), str(row.units), str(row.deadlines),
                      str(row.targets), str(len(row.warnings)), Wrapped(safe.text(row.region or "")))
    return table


_PARSE_COLUMNS = ("document", "tasks", "table rows", "units", "deadlines", "targets", "warnings", "region")


def _drawn_parse_table(rows: list[Written], width: int) -> Text | None:
    """The parse summary drawn line by line, the very characters rich draws for _parse_table when every
    cell is one line and the table fits `width` at its natural size (else None: rich draws it, folding
    the region column). rich lays out a thousand-row table in ~1 s; this takes a few ms."""
    from rich.cells import cell_len

    cells = [[safe.clean(row.id), str(row.tasks), str(row.table), str(row.units), str(row.deadlines),
              str(row.targets), str(len(row.warnings)), safe.clean(row.region or "")] for row in rows]
    if any("\n" in cell or "\t" in cell for line in cells for cell in (line[0], line[-1])):
        return None
    widths = [max(cell_len(name), *(cell_len(line[i]) for line in cells)) for i, name in enumerate(_PARSE_COLUMNS)]
    total = sum(widths) + 3 * len(widths) + 1
    if total > width:
        return None

    def padded(line: list[str]) -> list[str]:  # document and region read from the left, numbers from the right
        return [f" {cell}{' ' * (w - cell_len(cell))} " if i in (0, 7) else f" {' ' * (w - cell_len(cell))}{cell} "
                for i, (cell, w) in enumerate(zip(line, widths, strict=True))]

    def rule(left: str, cross: str, right: str, fill: str) -> str:
        return left + cross.join(fill * (w + 2) for w in widths) + right

    drawn = Text("zhifa parse".ljust(total), style="italic")  # rich's table.title and table.header styles
    drawn.append("\n" + rule("┏", "┳", "┓", "━") + "\n┃")
    for cell in padded(list(_PARSE_COLUMNS)):
        drawn.append(cell, style="bold")
        drawn.append("┃")
    drawn.append("\n" + rule("┡", "╇", "┩", "━") + "\n")
    drawn.append("\n".join("│" + "│".join(padded(line)) + "│" for line in cells))
    drawn.append("\n" + rule("└", "┴", "┘", "─"))
    return drawn


def fits(out: Console, table: Table) -> bool:
    """Whether `table` shows every column at its narrowest in `out`'s width (rich would squeeze columns
    of numbers to nothing on a narrow terminal)."""
    from rich.measure import Measurement

    options = out.options.update_width(UNBOUNDED)
    return Measurement.get(out, options, _widest_rows(out, options, table)).minimum <= out.width


def _widest_rows(out: Console, options, table: Table) -> Table:
    """A table's narrowest width is set, column by column, by the cell that needs the most: a copy holding
    only those rows (one per column at most) measures the same. Measuring each cell alone is ~5× cheaper
    than measuring it inside the table, which matters for the summary of a thousand parsed files."""
    from rich.measure import Measurement

    cells = [getattr(column, "_cells", None) for column in table.columns]
    if table.row_count <= 2 * len(cells) or any(c is None or len(c) != table.row_count for c in cells):
        return table
    keep = sorted({max(range(table.row_count), key=lambda r: Measurement.get(out, options, column[r]).minimum)
                   for column in cells})
    sample = copy.copy(table)
    sample.rows = [table.rows[r] for r in keep]
    sample.columns = [copy.copy(column) for column in table.columns]
    for column, full in zip(sample.columns, cells, strict=True):
        column._cells = [full[r] for r in keep]
    return sample


def _parse_lines(rows: list[Written]) -> Text:
    """The parse summary for a narrow terminal: one line per document, wrapped as text wraps."""
    lines = [f"{row.id}: {row.tasks} tasks, {row.table} table rows, {row.units} units, {row.deadlines} deadlines, "
             f"{row.targets} targets, {len(row.warnings)} warnings" + (f" · {row.region}" if row.region else "")
             for row in rows]
    return safe.text("\n".join(["zhifa parse", *lines]))


def show_document(doc: Document) -> None:
    out = console()
    head = Text.assemble(safe.text(doc.title or doc.id, "bold"), "\n", safe.text(
        f"id {doc.id} · {doc.issuer or '发文机关未注明'} · {doc.doc_number or '无文号'} · "
        f"{doc.date or '无成文日期'} · {doc.region or '地区未知'}"))
    if doc.region_from and doc.region_from not in ("title", "issuer"):
        head.append(safe.clean(f"\nregion inferred from {doc.region_from}"))
    out.print(head, soft_wrap=True)
    table = Table(show_lines=True)
    table.add_column("id", no_wrap=True)
    table.add_column("task 任务", overflow="fold", ratio=3)
    table.add_column("units 责任单位", overflow="fold", ratio=2)
    table.add_column("deadlines 完成时限", overflow="fold", ratio=2)
    for task in doc.tasks:
        table.add_row(safe.text(task.id), Wrapped(safe.text(task.title)), Wrapped(safe.text(units_text(task.units))),
                      Wrapped(safe.text("\n".join(deadline_text(d) for d in task.deadlines))))
    out.print(table)
    for warning in doc.warnings:
        out.print(safe.text(f"warning: {warning}"), soft_wrap=True)


def to_stderr(message: str) -> None:
    """One line on stderr — an error, a warning or a note such as "wrote FILE" (never data, which goes to
    stdout); whatever file name or text it quotes, it stays one line and inert."""
    print(safe.one_line(message), file=sys.stderr)


def warnings(path: str, messages: list[str]) -> None:
    """A document's warnings as `file:line: warning: …`, one line each, on stderr."""
    for message in messages:
        m = re.match(r"^line (\d+): (.*)$", message, re.S)
        where = f"{path}:{m.group(1)}" if m else path
        to_stderr(f"{where}: warning: {m.group(2) if m else message}")

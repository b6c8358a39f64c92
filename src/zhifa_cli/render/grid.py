"""grid: a titled table of plain cells, and its four faces — terminal (rich), CSV, JSON-free HTML, text.

Views (render/corpus_views.py) turn records into grids; this module only draws them. Every cell, title
and column name is document text (ids are file names): on the terminal it is shown through safe.text,
never as markup; in CSV a cell a spreadsheet would run as a formula is neutralised (spreadsheet.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from ..spreadsheet import neutralise
from . import safe
from .terminal import console, fits
from .wrap import Wrapped

Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    name: str
    numeric: bool = False
    fold: bool = True  # text columns fold (never truncate a unit or a deadline)


@dataclass(frozen=True)
class Grid:
    title: str
    columns: list[Column]
    rows: list[list[Cell]]
    notes: list[str] = field(default_factory=list)
    classes: list[list[str]] = field(default_factory=list)  # per-cell CSS class (HTML only)
    empty: str = "nothing to show"  # the one line printed instead of a table without rows


def text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return f"{cell:.1f}"
    return str(cell)


def to_csv(grid: Grid) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in grid.columns])
    writer.writerows([["" if v is None else neutralise(v) for v in row] for row in grid.rows])
    return out.getvalue()


def to_table(grid: Grid) -> Table:
    table = Table()
    for col in grid.columns:
        table.add_column(safe.text(col.name), justify="right" if col.numeric else "left",
                         overflow="fold" if col.fold else "ellipsis", no_wrap=not col.fold)
    for row in grid.rows:
        table.add_row(*(_cell(v, col) for v, col in zip(row, grid.columns, strict=True)))
    return table


def _cell(value: Cell, column: Column) -> RenderableType:
    cell = safe.text(text(value))
    return Wrapped(cell) if column.fold and not column.numeric else cell


def renderables(grid: Grid) -> list[RenderableType]:
    """The title, the table and the notes under it (lines of their own, never wrapped to the table's
    width nor padded to it); without rows, one line that says so instead of an empty frame."""
    if not grid.rows:
        return [safe.text(grid.empty)]
    return [safe.text(grid.title), to_table(grid), *(safe.text(note) for note in grid.notes)]


def table_text(grid: Grid) -> str:
    """The terminal table as text (no colour), for --out FILE."""
    out = console()
    with out.capture() as captured:
        _print(out, grid)
    return captured.get()


def print_table(grid: Grid) -> None:
    _print(console(), grid)


def _print(out, grid: Grid) -> None:
    for each in renderables(grid):
        if isinstance(each, Table) and not fits(out, each):
            out.print(records(grid))  # a narrow terminal: no table squeezed to empty columns
        else:
            out.print(each, soft_wrap=not isinstance(each, Table))


def records(grid: Grid) -> Text:
    """The rows one after the other, one `column: value` line per filled cell, a blank line between rows:
    what a table turns into when the terminal is too narrow for its columns."""
    blocks = ["\n".join(f"{col.name}: {text(value)}" for value, col in zip(row, grid.columns, strict=True)
                        if text(value)) for row in grid.rows]
    return safe.text("\n\n".join(blocks))

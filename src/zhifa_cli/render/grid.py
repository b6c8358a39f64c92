"""grid: a titled table of plain cells, and its four faces — terminal (rich), CSV, JSON-free HTML, text.

Views (render/corpus_views.py) turn records into grids; this module only draws them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from rich.table import Table

from .terminal import console

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
    writer.writerows([["" if v is None else v for v in row] for row in grid.rows])
    return out.getvalue()


def to_table(grid: Grid) -> Table:
    table = Table(title=grid.title, title_justify="left", caption="\n".join(grid.notes) or None,
                  caption_justify="left")
    for col in grid.columns:
        table.add_column(col.name, justify="right" if col.numeric else "left",
                         overflow="fold" if col.fold else "ellipsis", no_wrap=not col.fold)
    for row in grid.rows:
        table.add_row(*(text(v) for v in row))
    return table


def table_text(grid: Grid) -> str:
    """The terminal table as text (no colour), for --out FILE."""
    out = console()
    with out.capture() as captured:
        out.print(to_table(grid))
    return captured.get()


def print_table(grid: Grid) -> None:
    console().print(to_table(grid))

"""zhifa diff in the terminal: a summary line, then A and B side by side.

Deleted words are shown [-like this-] and inserted ones {+like this+} (wdiff's marks), struck through or
underlined and coloured when colour is on: a change never relies on colour alone. Text columns fold,
never truncate, and rich measures CJK characters as two cells.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..compare.features import task_text
from ..models import Comparison, Document, Pair
from . import diff_rows as R

DELETED, INSERTED = "strike red", "underline green"


def plain_text(comparison: Comparison, a: Document, b: Document) -> str:
    """The terminal view as plain text for -o FILE: no colour, no terminal codes, a width that suits an editor."""
    out = io.StringIO()
    show(comparison, a, b, Console(file=out, width=120, no_color=True, color_system=None, highlight=False,
                                   soft_wrap=False))
    return out.getvalue()


def show(comparison: Comparison, a: Document, b: Document, out: Console) -> None:
    out.print(Text(f"A {R.heading(a)}\nB {R.heading(b)}", style="bold"), soft_wrap=True)
    out.print(R.summary(comparison), soft_wrap=True)
    table = Table(show_lines=True, expand=True)
    table.add_column(f"A {a.id}", overflow="fold", ratio=4)
    table.add_column(f"B {b.id}", overflow="fold", ratio=4)
    table.add_column("score · status", overflow="fold", ratio=1)
    table.add_column("units · deadlines · why 单位 · 时限 · 依据", overflow="fold", ratio=3)
    for row in R.rows(comparison, a, b):
        table.add_row(*_cells(row))
    out.print(table)


def _cells(row: R.Row) -> tuple[Text, Text, Text, Text | Group]:
    if row.pair is None:
        a = _plain(row.a, "dim") if row.a else Text("—")
        b = _plain(row.b, "") if row.b else Text("—")
        return a, b, Text(R.status(row), style="bold"), Text(R.candidate_line(row), style="dim")
    pair = row.pair
    return (_side(row.a, pair, "delete"), _side(row.b, pair, "insert"),
            Text(f"{pair.score:g}\n{R.status(row)}"), _changes(pair))


def _plain(tasks: tuple, style: str) -> Text:
    return Text(f"{R.ids(tasks)}  " + "\n".join(task_text(t) for t in tasks), style=style)


def _side(tasks: tuple, pair: Pair, own: str) -> Text:
    """One side of a pair: equal text plain, this side's own changes marked (deletions on A's side)."""
    text = Text(f"{R.ids(tasks)}  ", style="bold")
    marks = ("[-", "-]", DELETED) if own == "delete" else ("{+", "+}", INSERTED)
    for op, piece in pair.diff:
        if op == "equal":
            text.append(piece)
        elif op == own:
            text.append(f"{marks[0]}{piece}{marks[1]}", style=marks[2])
    return text


def _changes(pair: Pair) -> Text:
    styles = {"added": "green", "removed": "red", "role": "yellow"}
    text = Text()
    for kind, line in R.unit_lines(pair.units):
        text.append(line + "\n", style=styles[kind])
    deadline = R.deadline_line(pair.deadlines)
    if deadline:
        text.append(deadline, style="bold magenta" if pair.deadlines.change == "later" else "magenta")
    for line in R.why_lines(pair):
        text.append(("\n" if text.plain else "") + line, style="dim")
    text.rstrip()
    return text

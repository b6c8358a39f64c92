"""zhifa diff in the terminal: a summary line, then A and B side by side.

Deleted words are shown [-like this-] and inserted ones {+like this+} (wdiff's marks), struck through or
underlined and coloured when colour is on: a change never relies on colour alone. Text columns fold,
never truncate, and rich measures CJK characters as two cells.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..compare import task_text
from ..models import Comparison, Document, Pair
from . import diff_rows as R
from . import safe
from .terminal import unbounded
from .wrap import Wrapped, append_marked

TARGET_STYLES = {"looser": "bold red", "stricter": "green", "changed": "cyan", "removed": "cyan", "added": "cyan"}
NARROW = 60  # columns under which the four-column table gives way to rows stacked one cell under another
STATUS_WIDTH = 9  # "changed", "dropped" whole; "修改 changed" on two lines


def plain_text(comparison: Comparison, a: Document, b: Document) -> str:
    """The terminal view as plain text for -o FILE: no colour, no terminal codes, a width that suits an editor."""
    out = io.StringIO()
    show(comparison, a, b, Console(file=out, width=120, no_color=True, color_system=None, highlight=False,
                                   soft_wrap=False, markup=False, emoji=False))
    return out.getvalue()


def show(comparison: Comparison, a: Document, b: Document, out: Console) -> None:
    out.print(safe.text(f"A {R.heading(a)}\nB {R.heading(b)}", "bold"), soft_wrap=True)
    out.print(Text(R.summary(comparison)), soft_wrap=True)
    rows = R.rows(comparison, a, b)
    if not rows:
        out.print(Text("no task to show: nothing of the kinds asked for (--only)"), soft_wrap=True)
        return
    if not unbounded(out) and out.width < NARROW:
        _stacked(rows, a, b, out)
        return
    out.print(_table(rows, a, b, fit=not unbounded(out)))


def _stacked(rows: list[R.Row], a: Document, b: Document, out: Console) -> None:
    """A terminal too narrow for four columns: each row's cells one under the other, under their heads."""
    heads = (f"A {a.id}", f"B {b.id}", "score · status", "units · deadlines · targets · why")
    for row in rows:
        out.print(Text("─" * out.width))
        for head, cell in zip(heads, _cells(row), strict=True):
            out.print(safe.text(head, "bold"))
            out.print(cell)


def _table(rows: list[R.Row], a: Document, b: Document, fit: bool) -> Table:
    """`fit`: share the terminal's width out by ratio; else (a pipe, a file) each column as wide as its text."""
    table = Table(show_lines=True, expand=fit)
    table.add_column(safe.text(f"A {a.id}"), overflow="fold", ratio=4)
    table.add_column(safe.text(f"B {b.id}"), overflow="fold", ratio=4)
    table.add_column("score · status", overflow="fold", width=STATUS_WIDTH if fit else None)
    table.add_column("units · deadlines · targets · why 单位 · 时限 · 指标 · 依据", overflow="fold", ratio=3)
    for row in rows:
        table.add_row(*_cells(row))
    return table


def _cells(row: R.Row) -> tuple[Wrapped, Wrapped, Wrapped, Wrapped]:
    if row.pair is None:
        a = _plain(row.a, "dim") if row.a else Text("—")
        b = _plain(row.b, "") if row.b else Text("—")
        return (Wrapped(a), Wrapped(b), Wrapped(Text(R.status(row), style="bold")),
                Wrapped(safe.text(R.candidate_line(row), "dim")))
    pair = row.pair
    return (_side(row.a, pair, "delete"), _side(row.b, pair, "insert"),
            Wrapped(Text(f"{pair.score:g}\n{R.status(row)}")), Wrapped(_changes(pair)))


def _plain(tasks: tuple, style: str) -> Text:
    return safe.text(f"{R.ids(tasks)}  " + "\n".join(task_text(t) for t in tasks), style)


def _side(tasks: tuple, pair: Pair, own: str) -> Wrapped:
    """One side of a pair: equal text plain, this side's own changes marked (deletions on A's side); a
    marked change that fits on a line is kept on one."""
    text = safe.text(f"{R.ids(tasks)}  ", "bold")
    keep: list[tuple[int, int]] = []
    for op, piece in pair.diff:
        if op == "equal":
            text.append(safe.clean(piece))
        elif op == own:
            append_marked(text, keep, safe.clean(piece), op)
    return Wrapped(text, keep)


def _changes(pair: Pair) -> Text:
    styles = {"added": "green", "removed": "red", "role": "yellow"}
    text = Text()
    for kind, line in R.unit_lines(pair.units):
        text.append(safe.clean(line) + "\n", style=styles[kind])
    deadline = R.deadline_line(pair.deadlines)
    if deadline:
        text.append(safe.clean(deadline) + "\n", style="bold magenta" if pair.deadlines.change == "later" else "magenta")
    for change in pair.targets:
        text.append(safe.clean(R.target_line(change)) + "\n", style=TARGET_STYLES[change.change])
    text.rstrip()
    for line in R.why_lines(pair):
        text.append(("\n" if text.plain else "") + safe.clean(line), style="dim")
    text.rstrip()
    return text

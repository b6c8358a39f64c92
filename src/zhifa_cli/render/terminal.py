"""Terminal tables with rich: CJK-aware widths, text columns fold, never truncate."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..models import Deadline, Document, Unit


def console(stderr: bool = False) -> Console:
    width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else None
    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")), width=width,
                   highlight=False, soft_wrap=False)


def units_text(units: list[Unit]) -> str:
    marks = {"lead": "【牵头】", "support": "【配合】", "responsible": ""}
    return "、".join(f"{u.name}{marks[u.role]}" for u in units)


def deadline_text(d: Deadline) -> str:
    due = d.due.isoformat() if d.due else (d.every or "")
    extra = " +长期" if d.ongoing and d.kind != "ongoing" else ""
    return f"{d.text} ({due}{extra})" if due else d.text


def parse_summary(rows: list[tuple[Document, str]], failures: list[str]) -> None:
    """The table of what was parsed (none when nothing was), where it went, and how many files failed."""
    out = console()
    if rows:
        out.print(_parse_table([doc for doc, _written in rows]))
        folders = sorted({str(Path(written).parent) for _, written in rows})
        out.print(f"wrote {len(rows)} record(s) to {', '.join(folders)}")
    if failures:  # on stdout with the table: stderr holds one line per bad file and nothing else
        out.print(f"{len(failures)} file(s) failed; see the messages above.")


def _parse_table(docs: list[Document]) -> Table:
    table = Table(title="zhifa parse", title_justify="left")
    table.add_column("document", no_wrap=True)
    for name in ("tasks", "table rows", "units", "deadlines", "warnings"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("region", overflow="fold")
    for doc in docs:
        units = sum(len(t.units) for t in doc.tasks)
        deadlines = sum(len(t.deadlines) for t in doc.tasks)
        table.add_row(doc.id, str(len(doc.tasks)), str(len(doc.table)), str(units), str(deadlines),
                      str(len(doc.warnings)), doc.region or "")
    return table


def show_document(doc: Document) -> None:
    out = console()
    head = [f"[b]{doc.title or doc.id}[/b]", f"id {doc.id} · {doc.issuer or '发文机关未注明'} · "
            f"{doc.doc_number or '无文号'} · {doc.date or '无成文日期'} · {doc.region or '地区未知'}"]
    if doc.region_from and doc.region_from not in ("title", "issuer"):
        head.append(f"region inferred from {doc.region_from}")
    out.print("\n".join(head))
    table = Table(show_lines=True)
    table.add_column("id", no_wrap=True)
    table.add_column("task 任务", overflow="fold", ratio=3)
    table.add_column("units 责任单位", overflow="fold", ratio=2)
    table.add_column("deadlines 完成时限", overflow="fold", ratio=2)
    for task in doc.tasks:
        table.add_row(task.id, task.title, units_text(task.units),
                      "\n".join(deadline_text(d) for d in task.deadlines))
    out.print(table)
    for warning in doc.warnings:
        out.print(f"warning: {warning}")


def error(message: str) -> None:
    print(message, file=sys.stderr)


def warnings(path: str, messages: list[str]) -> None:
    """A document's warnings as `file:line: warning: …`, one line each, on stderr."""
    for message in messages:
        m = re.match(r"^line (\d+): (.*)$", message, re.S)
        where = f"{path}:{m.group(1)}" if m else path
        print(f"{where}: warning: {m.group(2) if m else message}", file=sys.stderr)

"""export: one row per task with its document's metadata, as JSONL, CSV or xlsx (SQLite: see index.py).

JSONL keeps units and deadlines as arrays; CSV and xlsx flatten them into text columns separated by
'；' (a unit name can hold '、': 各县（市、区）人民政府). CSV has no BOM unless asked (Excel wants one). In CSV and xlsx a cell that a spreadsheet would run as a
formula gets a leading `'`, and xlsx replaces the control characters XML cannot hold (spreadsheet.py).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..files import atomic_path, atomic_text, cannot_write
from ..models import Document
from ..spreadsheet import neutralise, xml_safe
from .records import TaskRow

SEP = "；"
FLAT_COLUMNS = ["document", "doc_title", "issuer", "doc_number", "date", "region", "period_start",
                "period_end", "task", "path", "section", "title", "text", "units", "lead_units",
                "responsible_units", "support_units", "deadlines", "due", "every", "ongoing",
                "line_start", "line_end"]


def task_rows(docs: Iterable[Document]) -> Iterator[TaskRow]:
    for doc in docs:
        for task in doc.tasks:
            yield TaskRow(
                document=doc.id, doc_title=doc.title, issuer=doc.issuer, doc_number=doc.doc_number,
                date=doc.date, region=doc.region, period_start=doc.period.start if doc.period else None,
                period_end=doc.period.end if doc.period else None, task=task.id, path=task.path,
                section=task.section, title=task.title, text=task.text,
                units=task.units, deadlines=task.deadlines, lines=task.lines)


def _names(row: TaskRow, role: str | None = None) -> str:
    names = [u.name for u in row.units if role is None or u.role == role]
    return SEP.join(dict.fromkeys(names))


def flat(row: TaskRow) -> dict[str, str | int | None]:
    """The row with arrays flattened to text: unit names per role, deadline texts, earliest due date."""
    data = row.model_dump(mode="json", exclude={"units", "deadlines", "lines", "path"})
    dues = sorted(d.due.isoformat() for d in row.deadlines if d.due)
    data.update(
        path=" ".join(row.path), units=_names(row), lead_units=_names(row, "lead"),
        responsible_units=_names(row, "responsible"), support_units=_names(row, "support"),
        deadlines=SEP.join(dict.fromkeys(d.text for d in row.deadlines)), due=dues[0] if dues else None,
        every=SEP.join(dict.fromkeys(d.every for d in row.deadlines if d.every)),
        ongoing=int(any(d.ongoing for d in row.deadlines)), line_start=row.lines[0], line_end=row.lines[1])
    return {key: data[key] for key in FLAT_COLUMNS}


def write_jsonl(rows: Iterable[TaskRow], path: Path) -> int:
    count = 0
    with atomic_text(path) as fh:
        for row in rows:
            fh.write(row.json_text(indent=None))
            count += 1
    return count


def write_csv(rows: Iterable[TaskRow], path: Path, *, bom: bool = False) -> int:
    count = 0
    with atomic_text(path, bom=bom) as fh:
        writer = csv.DictWriter(fh, FLAT_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralise(value) for key, value in flat(row).items()})
            count += 1
    return count


def write_xlsx(rows: Iterable[TaskRow], path: Path, replaced: list[str] | None = None) -> int:
    """Write the rows; each cell that held a character XML cannot store is named in `replaced`
    ("document task column") — the character is written as U+FFFD. Built in memory, then written whole:
    openpyxl saving straight to a full disk leaves its zip half closed (a traceback at exit); a full temp
    folder under openpyxl's own row files is a WriteError too."""
    from openpyxl import Workbook  # imported here: only xlsx needs it

    book = Workbook(write_only=True)
    sheet = book.create_sheet("tasks")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    count = 0
    try:
        sheet.append(FLAT_COLUMNS)
        for row in rows:
            cells = []
            for key, value in flat(row).items():
                value, changed = xml_safe(neutralise(value))
                cells.append(value)
                if changed and replaced is not None:
                    replaced.append(f"{row.document} {row.task} {key}")
            sheet.append(cells)
            count += 1
        book.save(buffer)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    with atomic_path(path) as tmp:
        tmp.write_bytes(buffer.getvalue())
    return count

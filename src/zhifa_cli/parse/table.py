"""table: the attachment 任务分解表 (重点任务 / 落实措施 / 责任单位 / 完成时限) -> TableRow records.

Rows are tab-separated; a row may leave the first cells empty (they continue the row above), and
the last cell may hold both the units and the deadline ("…各县（市、区）人民政府长期坚持").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Deadline, TableRow, Task, Unit
from .blocks import deadline_points, read_fields, starts_with_label
from .deadlines import find_in_prose, parse_field
from .grid import Grid, Row, column_role
from .lines import Line
from .numerals import cn_to_int
from .targets import find_targets
from .tasks import _not_in_fields as not_in_fields
from .units import split_units

_MEASURE = re.compile(r"^(?P<n>\d{1,3})[.．、]\s*(?P<text>.+)$")
_GROUP = re.compile(r"^[（(](?P<n>[一二三四五六七八九十]{1,4})[）)]\s*(?P<title>.+)$")
_HEADER = re.compile(r"责任单位|完成时限|落实措施|重点任务")


@dataclass(frozen=True)
class RowLink:
    number: int | None
    title: str


def _split_units_deadline(cell: str, doc_year: int | None) -> tuple[str, Deadline | None]:
    """'A、B长期坚持' -> ('A、B', 长期坚持): the longest tail that is a whole deadline."""
    for start in range(max(0, len(cell) - 20), len(cell)):
        tail = cell[start:]
        if tail[:1] in "、，,；;":
            continue
        deadline = parse_field(tail, doc_year=doc_year)
        if deadline.kind != "unknown":
            return cell[:start].rstrip(" ，,、；;"), deadline
    return cell, None


def _row(cells: list[str], group: RowLink, doc_year: int | None) -> dict | None:
    for i, cell in enumerate(cells):
        m = _MEASURE.match(cell)
        if not m:
            continue
        rest = [c for c in cells[i + 1:] if c]
        units_cell = rest[0] if rest else ""
        deadlines = [parse_field(c, doc_year=doc_year) for c in rest[1:]]
        if len(rest) == 1:
            units_cell, found = _split_units_deadline(units_cell, doc_year)
            deadlines = [found] if found else []
        return dict(number=int(m.group("n")), text=m.group("text").strip(), group=group,
                    units=split_units(units_cell), deadlines=deadlines)
    return None


def _link(group: RowLink, tasks: list[Task]) -> str | None:
    """The body task a 落实措施 group details: same title first, else same number."""
    title = group.title.rstrip("。")
    for task in tasks:
        if task.title.rstrip("。") == title:
            return task.id
    by_number = [t for t in tasks if t.id == str(group.number)]
    return by_number[0].id if by_number else None


def _cells(ln: Line) -> list[str]:
    return [c.strip() for c in re.split(r"[\t|｜]", ln.text)]


def _rows(lines: list[Line]) -> list[tuple[Line, list[str]]]:
    """(line, cells) of each row: a line per row (tabs or pipes), else a table flattened one cell per
    line, where a row runs from its measure ('2.…') to the next measure or group cell ('(二)…')."""
    rows = [(ln, _cells(ln)) for ln in lines if ln.kind == "table"]
    return rows or _stream_rows(lines)


def _stream_rows(lines: list[Line]) -> list[tuple[Line, list[str]]]:
    if not any(_HEADER.search(ln.text) for ln in lines):
        return []
    rows: list[tuple[Line, list[str]]] = []
    pending: list[str] = []
    header: set[str] = set()
    for ln in lines:
        text = ln.text.strip().strip("|｜").strip()
        if not rows and not pending and column_role(text):
            header.add(text)
        if not text or text in header:  # the header, repeated on each page
            continue
        if _MEASURE.match(text):
            rows.append((ln, [*pending, text]))
            pending = []
        elif _GROUP.match(text) or ln.family == "cn":
            pending.append(text)
        elif rows and not pending:
            rows[-1][1].append(text)
    return rows


def parse_table(lines: list[Line], tasks: list[Task], doc_year: int | None) -> tuple[list[TableRow], list[str]]:
    rows: list[TableRow] = []
    warnings: list[str] = []
    group = RowLink(None, "")
    for ln, cells in _rows(lines):
        if _HEADER.search(ln.text) and not any(_MEASURE.match(c) for c in cells):
            continue
        for cell in cells:
            g = _GROUP.match(cell)
            if g:
                group = RowLink(cn_to_int(g.group("n")), g.group("title").strip())
        row = _row(cells, group, doc_year)
        if row is None:
            warnings.append(f"line {ln.no}: table row without a numbered measure")
            continue
        task = _link(group, tasks)
        if task is None:
            warnings.append(f"line {ln.no}: measure {row['number']} not linked to a body task")
        rows.append(TableRow(number=row["number"], task=task, text=row["text"], units=row["units"],
                             deadlines=row["deadlines"], lines=(ln.no, ln.no)))
    return rows, warnings


_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条$")


def rules_only(tasks: list[Task]) -> bool:
    """A 管理办法/实施细则 body of 第X条 articles none of which names a unit or a time: rules, not tasks, so
    the rows of an attached 任务分工表 are the document's tasks rather than details of the articles."""
    return all(len(t.path) == 1 and _ARTICLE.match(t.path[0]) and not t.units and not t.deadlines for t in tasks)


def merge_into_tasks(tasks: list[Task], rows: list[TableRow]) -> list[Task]:
    """A body task without units or deadlines of its own takes those of the rows detailing it."""
    by_task: dict[str, list[TableRow]] = {}
    for row in rows:  # grouped once: a scan of every row per task is quadratic on a long table
        if row.task is not None:
            by_task.setdefault(row.task, []).append(row)
    merged = []
    for task in tasks:
        mine = by_task.get(task.id, [])
        update: dict = {"rows": [r.number for r in mine]} if mine else {}
        if mine and not task.units:
            update["units"] = _unique([u for r in mine for u in r.units])
        if mine:
            table_deadlines = [d for r in mine for d in r.deadlines]
            update["deadlines"] = _unique([*table_deadlines, *task.deadlines])
        merged.append(task.model_copy(update=update) if update else task)
    return merged


def _unique(values: list[Unit] | list[Deadline]) -> list:
    seen, out = set(), []
    for value in values:
        key = value.model_dump_json(exclude={"raw"} if isinstance(value, Unit) else None)
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def grid_tasks(grid: Grid, doc_year: int | None) -> list[Task]:
    """A table that is the plan itself (no numbered task in the body): each row is a task."""
    numbers = [r.number for r in grid.rows]
    unique = len(set(numbers)) == len(numbers)
    plain = [r.number for r in grid.rows if not r.label]  # rows numbered '1.1' / 'A1' have ids of their own
    runs = iter(_runs(plain) if len(set(plain)) < len(plain) else [0] * len(plain))
    return [_row_task(row, doc_year, unique, 0 if row.label else next(runs)) for row in grid.rows]


def _runs(numbers: list[int]) -> list[int]:
    """Which run of numbering each row is in: a 责任清单 by unit numbers each unit's rows from 1 again, so a row numbered
    no higher than the one above opens the next run."""
    runs, run = [], 1
    for k, n in enumerate(numbers):
        run += k > 0 and n <= numbers[k - 1]
        runs.append(run)
    return runs


def _row_task(row: Row, doc_year: int | None, unique: bool, run: int = 0) -> Task:
    text = row.text
    units = [u for role in ("lead", "responsible", "support") for cell in row.cells.get(role, [])
             for u in _cell_units(cell.strip("。"), role)]
    deadlines = [d for cell in row.cells.get("deadline", []) for d in deadline_points(cell, doc_year)]
    if not row.cells.get("deadline"):  # no 完成时限: the points of the 进度安排 columns holding a milestone
        deadlines += [d for point in row.cells.get("point", []) for d in deadline_points(point, doc_year)]
    deadlines += _noted(row.cells.get("note", []), doc_year)
    deadlines += not_in_fields(find_in_prose(text, doc_year=doc_year), deadlines)  # a date the cell states, said once
    marker = row.section.split("、", 1)[0] if row.section else None
    section = row.section.split("、", 1)[1] if row.section and "、" in row.section else None
    number = row.label or str(row.number)
    path = [f"{marker}、", number] if marker else [number]
    # numbers used again without a section to tell them apart ('| 区教育局 | 1 |' … '| 区民政局 | 1 |'): the run tells
    task_id = number if unique or row.label or not (marker or run) else f"{marker}.{number}" if marker else f"{run}.{number}"
    return Task(id=task_id, path=path,
                section=section, title=_named(text), text=text, units=_unique(units),
                deadlines=_unique(deadlines), lines=(row.first, row.last), targets=find_targets(text))


# '提升政务服务效能：1.推行…；2.…': a task cell that names the task, then lists its numbered measures
_NAME_THEN_MEASURES = re.compile(r"^(?P<name>[^。；;：:]{2,30})[：:]\s*1[.．、]")


def _named(text: str) -> str:
    """A row's title: its task cell up to the first 。, or the name before a list of numbered measures."""
    return m.group("name") if (m := _NAME_THEN_MEASURES.match(text)) else text.split("。", 1)[0]


# a remark of when the work began ('2022年开工', '2024年启动') or of a year gone by ('2023年', when the plan is of
# 2024) records the project's history; it sets no time limit
_BEGUN = re.compile(r"开工|启动|开始|起|已")


def _noted(cells: list[str], doc_year: int | None) -> list[Deadline]:
    """A 备注 cell that is a time limit as a whole ('长期坚持', '2024年下半年', '2024年10月底前完成'); remarks
    of any other kind ('按季度通报', '续建', '2022年开工') give none."""
    return [d for cell in cells if not _BEGUN.search(cell) and (d := parse_field(cell, doc_year=doc_year)).kind != "unknown"
            and not (d.due and doc_year and d.due.year < doc_year)]


def _cell_units(cell: str, role: str) -> list[Unit]:
    """A unit cell, or one that labels its roles itself ('牵头：县司法局；配合：县直各有关部门')."""
    if starts_with_label(cell):
        return read_fields(cell, doc_year=None).units
    return split_units(cell, role=role)  # type: ignore[arg-type]


def grid_rows(grid: Grid, tasks: list[Task], doc_year: int | None, *, own: bool = False) -> list[TableRow]:
    """The rows of a 任务分解表 read by its header words, as TableRow records: linked to the body task
    their group cell names ('（一）压减审批时限'), else to the task of their number; `own` when the rows
    are themselves the tasks."""
    rows: list[TableRow] = []
    group = RowLink(None, "")
    for row in grid.rows:
        task = _row_task(row, doc_year, True)
        for cell in row.cells.get("group", []):
            if m := _GROUP.match(cell):
                group = RowLink(cn_to_int(m.group("n")), m.group("title").strip())
        if own:
            link: str | None = task.id
        else:
            link = _link(group, tasks) if group.title else next((t.id for t in tasks if t.id == task.id), None)
        rows.append(TableRow(number=row.number, task=link, text=task.text, units=task.units,
                             deadlines=task.deadlines, lines=task.lines))
    return rows

"""zhifa diff as an Excel workbook: one row per pair (and per dropped or added task), in reading order.

Sheet `diff`: A's text with B's deletions red and struck through inside the cell, B's text with its
insertions green and underlined (rich text), the score, the status (filter on it: 修改 changed, 相同
same, 删除 dropped, 新增 added) and whether the pair moved, the unit and deadline changes, why the tasks
were paired. Sheet `about`: the two documents and the counts. Layout (frozen header, filters, widths
for CJK) and cell safety: xlsx_sheet.
"""

from __future__ import annotations

from ..compare import task_text
from ..models import Comparison, Document
from . import diff_rows as R
from .xlsx_sheet import Sheet, diff_pieces, to_bytes, workbook

COLUMNS = ("A 任务", "A text 原文", "B 任务", "B text 新文", "score 相似度", "status 状态", "moved 移动",
           "units added 新增单位", "units removed 删去单位", "roles changed 角色变化", "deadlines A 原时限",
           "deadlines B 新时限", "deadline change 时限变化", "why 配对依据")
STATUS = {"same": R.STATUS["same"], "changed": R.STATUS["changed"], "dropped": R.STATUS["dropped"],
          "added": R.STATUS["added"]}


def to_xlsx(comparison: Comparison, a: Document, b: Document, replaced: list[str] | None = None) -> bytes:
    book = workbook()
    sheet = Sheet(book, "diff", COLUMNS, replaced)
    for row in R.rows(comparison, a, b):
        sheet.append(_cells(row), where=f"A {R.ids(row.a) or '-'} B {R.ids(row.b) or '-'}")
    sheet.finish()
    about = Sheet(book, "about", ("", "zhifa diff"), replaced)
    for label, value in (("A", R.heading(a)), ("B", R.heading(b)), *(("", line) for line in
                                                                   R.summary(comparison).split("\n"))):
        about.append([label, value], where=f"about {label}")
    about.finish(filter_on=False)
    return to_bytes(book)


def _cells(row: R.Row) -> list:
    ids_a, ids_b = R.ids(row.a), R.ids(row.b)
    pair = row.pair
    if pair is None:
        text_a = "\n".join(task_text(t) for t in row.a)
        text_b = "\n".join(task_text(t) for t in row.b)
        return [ids_a, text_a, ids_b, text_b, None, STATUS[row.kind], "", "", "", "", "", "", "",
                R.candidate_line(row)]
    units = pair.units
    return [ids_a, diff_pieces(pair.diff, "delete"), ids_b, diff_pieces(pair.diff, "insert"), pair.score,
            STATUS[pair.status], "yes 是" if pair.moved else "", "\n".join(u.name for u in units.added),
            "\n".join(u.name for u in units.removed),
            "\n".join(line for kind, line in R.unit_lines(units) if kind == "role"),
            "\n".join(pair.deadlines.a), "\n".join(pair.deadlines.b),
            R.SHIFT[pair.deadlines.change] if pair.deadlines.change else "", "\n".join(R.why_lines(pair))]

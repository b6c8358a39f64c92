"""zhifa measure: one task across documents — in the terminal, as an HTML page and as an xlsx workbook.

Every face shows the chosen task whole (text, units, deadlines), then one row per document: its task
ids, the score and status, its wording with the differences to the chosen task marked (deleted words
[-like this-] and inserted ones {+like this+} in the terminal, <del>/<ins> in HTML, red struck-through
and green underlined rich text in xlsx), its units with the changes against the chosen task's, and its
deadlines with the change. Document text is data: cleaned on the terminal (safe), escaped in HTML,
neutralised in xlsx (xlsx_sheet).
"""

from __future__ import annotations

from html import escape

from rich.table import Table
from rich.text import Text

from ..corpus.records import MeasureResult, MeasureVersion
from ..models import Deadline, Unit
from . import diff_rows as R
from . import safe
from .diff_html import CSS as DIFF_CSS
from .html_page import document
from .wrap import Wrapped, append_marked
from .xlsx_sheet import DELETED, INSERTED, Sheet, to_bytes, workbook

STATUS = {"same": "相同 same", "changed": "修改 changed", "not carried": "未落实 not carried"}


def heading(m: MeasureResult) -> str:
    return f"zhifa measure {m.document}:{m.task} {m.title}"


def units_text(units: list[Unit]) -> str:
    return "、".join(dict.fromkeys(u.name if u.role == "responsible" else f"{u.name}【{R.ROLE[u.role]}】"
                                   for u in units))


def deadlines_text(deadlines: list[Deadline]) -> str:
    return "；".join(dict.fromkeys(d.text for d in deadlines))


def summary(m: MeasureResult) -> str:
    carried = [v for v in m.versions if v.status != "not carried"]
    same = sum(v.status == "same" for v in carried)
    return (f"carried by {len(carried)} of {len(m.versions)} document(s) ({same} same 相同, "
            f"{len(carried) - same} changed 修改); score ≥ {m.threshold:g} (zhifa diff's engine)")


def status(v: MeasureVersion) -> str:
    label = STATUS[v.status]
    if v.status == "not carried":
        return label + (f"\nbest 最佳候选 {v.best}: {v.score:g}" if v.best and v.score is not None else "")
    return f"{v.score:g}\n{label}"


def change_lines(v: MeasureVersion) -> list[tuple[str, str]]:
    """(kind, line): unit changes (added / removed / role) and the deadline change (kind 'deadline')."""
    lines = R.unit_lines(v.unit_changes) if v.unit_changes else []
    if v.deadline_change and v.deadline_change.change:
        lines.append(("deadline", f"时限 {R.SHIFT[v.deadline_change.change]}"))
    if v.shared:
        lines.append(("shared", f"with 合并 {' '.join(v.shared)}"))
    return lines


# --- terminal -------------------------------------------------------------------------------------------

def terminal_renderables(m: MeasureResult) -> list:
    head = safe.text(heading(m), "bold")
    chosen = Text()
    chosen.append(safe.clean(m.text))
    chosen.append("\n责任单位 " + safe.clean(units_text(m.units) or "—"), style="cyan")
    chosen.append("\n完成时限 " + safe.clean(deadlines_text(m.deadlines) or "—"), style="magenta")
    return [head, chosen, Text(summary(m)), _table(m)]


def _table(m: MeasureResult) -> Table:
    table = Table(show_lines=True)
    table.add_column("document", overflow="fold")
    table.add_column("task", overflow="fold")
    table.add_column("score · status", overflow="fold")
    table.add_column("text 文本 ([-删除-] {+新增+})", overflow="fold", ratio=5)
    table.add_column("units · deadlines 单位 · 时限", overflow="fold", ratio=3)
    for v in m.versions:
        where = safe.clean(v.document + (f"\n{v.region}" if v.region else ""))
        table.add_row(Wrapped(Text(where)), Text(safe.clean(" ".join(v.tasks) or "—")), Wrapped(Text(status(v))),
                      _marked(v), Wrapped(_units_deadlines(v)))
    return table


def _marked(v: MeasureVersion) -> Wrapped:
    text, keep = Text(), []
    if v.status == "not carried":
        return Wrapped(Text("—", style="dim"))
    for op, piece in v.diff:
        if op == "equal":
            text.append(safe.clean(piece))
        else:
            append_marked(text, keep, safe.clean(piece), op)
    return Wrapped(text, keep)


def _units_deadlines(v: MeasureVersion) -> Text:
    styles = {"added": "green", "removed": "red", "role": "yellow", "deadline": "bold magenta", "shared": "dim"}
    text = Text()
    if v.status == "not carried":
        return text
    text.append(safe.clean(units_text(v.units) or "—"))
    text.append("\n" + safe.clean(deadlines_text(v.deadlines) or "无时限 no deadline"), style="magenta")
    for kind, line in change_lines(v):
        text.append("\n" + safe.clean(line), style=styles[kind])
    return text


# --- HTML -----------------------------------------------------------------------------------------------

CSS = DIFF_CSS + """
.chosen { border: 1px solid #d0d7de; background: #f6f8fa; padding: .6rem .8rem; margin: .6rem 0 1rem;
          white-space: pre-wrap; }
.chosen .units { color: #0550ae; } .chosen .deadlines { color: #8250df; }
col.doc { width: 11%; } col.task { width: 6%; } col.score { width: 9%; } col.text { width: 48%; }
col.units { width: 26%; }
td.text { white-space: pre-wrap; word-break: break-all; }
tr.not-carried td { color: #8c959f; background: #fafbfc; }
.change-added { color: #116329; } .change-removed { color: #82071e; text-decoration: line-through; }
.change-role { color: #7d4e00; } .change-deadline { font-weight: bold; background: #ffd8b5; }
.change-shared { color: #57606a; }
"""


def to_html(m: MeasureResult) -> str:
    body = [f"<h1>{escape(heading(m))}</h1>",
            f'<div class="chosen" data-document="{escape(m.document)}" data-task="{escape(m.task)}">'
            f"{escape(m.text)}\n"
            f'<span class="units">责任单位 {escape(units_text(m.units) or "—")}</span>\n'
            f'<span class="deadlines">完成时限 {escape(deadlines_text(m.deadlines) or "—")}</span></div>',
            f'<p class="legend">{escape(summary(m))} · <del>删除 deleted</del> · <ins>新增 inserted</ins></p>',
            '<table class="measure"><colgroup><col class="doc"><col class="task"><col class="score">'
            '<col class="text"><col class="units"></colgroup>',
            "<thead><tr><th>document 文件</th><th>task</th><th>score · status</th><th>text 文本</th>"
            "<th>units · deadlines 单位 · 时限</th></tr></thead>", "<tbody>"]
    body += [_html_row(v) for v in m.versions]
    body += ["</tbody></table>"]
    return document(heading(m), CSS, "\n".join(body))


def _html_row(v: MeasureVersion) -> str:
    cls = v.status.replace(" ", "-")
    attrs = (f' class="{cls}" data-document="{escape(v.document)}" data-tasks="{escape(",".join(v.tasks))}"'
             + (f' data-score="{v.score:g}"' if v.score is not None else ""))
    where = escape(v.document) + (f"<br>{escape(v.region)}" if v.region else "")
    score = escape(status(v)).replace("\n", "<br>")
    if v.status == "not carried":
        return f"<tr{attrs}><td>{where}</td><td>—</td><td>{score}</td><td>—</td><td></td></tr>"
    text = "".join(escape(p) if op == "equal" else f"<{op[:3]}>{escape(p)}</{op[:3]}>" for op, p in v.diff)
    changes = "".join(f'<li class="change-{kind}">{escape(line)}</li>' for kind, line in change_lines(v))
    units = (f'<div class="units">{escape(units_text(v.units) or "—")}</div>'
             f'<div class="deadline">{escape(deadlines_text(v.deadlines) or "无时限 no deadline")}</div>'
             + (f'<ul class="units">{changes}</ul>' if changes else ""))
    return (f"<tr{attrs}><td>{where}</td><td>{escape(' '.join(v.tasks))}</td><td>{score}</td>"
            f'<td class="text">{text}</td><td>{units}</td></tr>')


# --- xlsx -----------------------------------------------------------------------------------------------

COLUMNS = ("document 文件", "region 地区", "task 任务", "score 相似度", "status 状态", "text 文本 (vs chosen)",
           "units 责任单位", "units added 新增单位", "units removed 删去单位", "deadlines 完成时限",
           "deadline change 时限变化", "merged with 合并")


def to_xlsx(m: MeasureResult, replaced: list[str] | None = None) -> bytes:
    book = workbook()
    sheet = Sheet(book, "measure", COLUMNS, replaced)
    for v in m.versions:
        sheet.append(_xlsx_cells(v), where=v.document)
    sheet.finish()
    about = Sheet(book, "chosen", ("", heading(m)), replaced)
    for label, value in (("text 文本", m.text), ("units 责任单位", units_text(m.units)),
                         ("deadlines 完成时限", deadlines_text(m.deadlines)), ("", summary(m))):
        about.append([label, value], where=f"chosen {label}")
    about.finish(filter_on=False)
    return to_bytes(book)


def _xlsx_cells(v: MeasureVersion) -> list:
    base = [v.document, v.region or "", " ".join(v.tasks), v.score, STATUS[v.status]]
    if v.status == "not carried":
        return [*base, f"best candidate 最佳候选 {v.best}" if v.best else "", "", "", "", "", "", ""]
    styles = {"equal": None, "delete": DELETED, "insert": INSERTED}
    changes = v.unit_changes
    return [*base, [(styles[op], p) for op, p in v.diff], units_text(v.units),
            "\n".join(u.name for u in changes.added) if changes else "",
            "\n".join(u.name for u in changes.removed) if changes else "", deadlines_text(v.deadlines),
            R.SHIFT[v.deadline_change.change] if v.deadline_change and v.deadline_change.change else "",
            " ".join(v.shared)]

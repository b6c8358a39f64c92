"""zhifa diff as JSON (the contract: Comparison as is), Markdown (to paste into a report) and CSV (for
Excel and pandas). Chinese is written as is, never escaped; a CSV cell a spreadsheet would run as a
formula gets a leading `'` (spreadsheet.py)."""

from __future__ import annotations

import csv
import io
import json
import re

from ..compare import describe
from ..models import Comparison, Document, Pair
from ..spreadsheet import neutralise
from . import diff_rows as R
from . import safe


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_~|<>\[\]#])")


def _md(text: str) -> str:
    """Markdown is read by people, often in a terminal: special characters escaped, controls made visible."""
    return _MD_SPECIAL.sub(r"\\\1", safe.clean(text)).replace("\n", "<br>")


def to_markdown(comparison: Comparison, a: Document, b: Document) -> str:
    lines = [f"# zhifa diff: {_md(R.heading(a))} → {_md(R.heading(b))}", "", _md(R.summary(comparison)), "",
             "| A | B | score | status | units 单位 | deadlines 时限 | targets 指标 | why 依据 |",
             "|---|---|---:|---|---|---|---|---|"]
    found = R.rows(comparison, a, b)
    for row in found:
        lines.append("| " + " | ".join(_md_cells(row)) + " |")
    details = [row for row in found if row.pair and row.pair.status == "changed"]
    if details:
        lines += ["", "## 修改详情 Changes in detail", "",
                  "Deleted words are ~~struck through~~, inserted ones **bold**.", ""]
    for row in details:
        lines += [f"### A {R.ids(row.a)} ↔ B {R.ids(row.b)}", "", _md_inline(row.pair), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_cells(row: R.Row) -> list[str]:
    a = " ".join(f"{t.id} {_md(t.title)}" for t in row.a) or "—"
    b = " ".join(f"{t.id} {_md(t.title)}" for t in row.b) or "—"
    if row.pair is None:
        return [a, b, "", R.status(row), "", "", "", _md(R.candidate_line(row))]
    units = "<br>".join(_md(line) for _, line in R.unit_lines(row.pair.units))
    targets = "<br>".join(_md(R.target_line(change)) for change in row.pair.targets)
    why = "<br>".join(_md(line) for line in R.why_lines(row.pair))
    return [a, b, f"{row.pair.score:g}", R.status(row), units, _md(R.deadline_line(row.pair.deadlines)), targets, why]


def _md_inline(pair: Pair) -> str:
    marks = {"equal": "{}", "delete": "~~{}~~", "insert": "**{}**"}
    out = []
    for op, piece in pair.diff:
        for k, part in enumerate(piece.split("\n")):
            out.append("  \n" * bool(k) + (marks[op].format(_md(part).replace("<br>", "")) if part else ""))
    return "".join(out)


CSV_COLUMNS = ("kind", "a_ids", "a_titles", "b_ids", "b_titles", "score", "status", "moved", "units_added",
               "units_removed", "units_role_changed", "deadlines_a", "deadlines_b", "deadline_change",
               "target_changes", "deleted", "inserted", "why", "best_candidate", "best_score")


def to_csv(comparison: Comparison, a: Document, b: Document, *, bom: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in R.rows(comparison, a, b):
        writer.writerow([neutralise(cell) for cell in _csv_cells(row)])
    return ("\ufeff" if bom else "") + buffer.getvalue()


def _csv_cells(row: R.Row) -> list[str]:
    base = [row.kind, ";".join(t.id for t in row.a), "；".join(t.title for t in row.a),
            ";".join(t.id for t in row.b), "；".join(t.title for t in row.b)]
    pair = row.pair
    if pair is None:
        found = row.unpaired
        best = [found.best or "", "" if found.score is None else f"{found.score:g}"] if found else ["", ""]
        return [*base, "", row.kind, "", "", "", "", "", "", "", "", "", "", R.candidate_line(row), *best]
    units = pair.units
    return [*base, f"{pair.score:g}", pair.status, "yes" if pair.moved else "no",
            "；".join(u.name for u in units.added), "；".join(u.name for u in units.removed),
            "；".join(f"{c.name}:{c.a}->{c.b}" for c in units.changed),
            "；".join(pair.deadlines.a), "；".join(pair.deadlines.b), pair.deadlines.change or "",
            "\n".join(f"{describe(c)}: {c.change}" for c in pair.targets),
            " … ".join(p for op, p in pair.diff if op == "delete"),
            " … ".join(p for op, p in pair.diff if op == "insert"), "\n".join(R.why_lines(pair)), "", ""]

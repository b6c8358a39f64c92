"""corpus_compare_views: matrix, coverage and trace records -> Grids (heat classes for HTML)."""

from __future__ import annotations

from statistics import median

from ..corpus.records import CoverageResult, MatrixResult, TraceResult
from .grid import Column, Grid

WIDE_UP_TO = 12  # documents shown as columns in a task × document table
SQUARE_UP_TO = 40  # documents shown as a square heat table in the terminal


def heat(value: float | None) -> str:
    if value is None:
        return "self"
    return f"h{min(6, int(value // 16.67))}" if value > 0 else "h0"


def matrix_grid(m: MatrixResult) -> Grid:
    """Rows: each document's tasks paired with the column document (%), in display order."""
    order = m.order
    labels = [m.documents[k] for k in order]
    columns = [Column("document", fold=False), *([Column("family", True)] if m.clusters else []),
               Column("tasks", True), *(Column(label, True) for label in labels)]
    rows, classes = [], []
    for i in order:
        head = [m.documents[i], *([m.clusters[i]] if m.clusters else []), m.tasks[i]]
        cells = [None if i == j else m.shares[i][j] for j in order]
        rows.append([*head, *("—" if c is None else c for c in cells)])
        classes.append([""] * len(head) + [heat(c) for c in cells])
    return Grid("zhifa matrix", columns, rows, matrix_grid_notes(m), classes)


def matrix_summary_grid(m: MatrixResult, top: int = 3) -> Grid:
    """For many documents: each one's closest documents instead of the whole square."""
    columns = [Column("document", fold=False), *([Column("family", True)] if m.clusters else []),
               Column("tasks", True), Column(f"closest {top} (% of its tasks paired)")]
    rows = []
    for i in m.order:
        near = sorted((j for j in range(len(m.documents)) if j != i), key=lambda j: (-m.shares[i][j], j))[:top]
        closest = "  ".join(f"{m.documents[j]} {m.shares[i][j]:g}" for j in near if m.shares[i][j] > 0)
        rows.append([m.documents[i], *([m.clusters[i]] if m.clusters else []), m.tasks[i], closest or "—"])
    return Grid("zhifa matrix (closest documents)", columns, rows, matrix_grid_notes(m))


def matrix_grid_notes(m: MatrixResult) -> list[str]:
    families = f", {max(m.clusters)} families" if m.clusters else ""
    return [f"% of the row document's tasks paired with the column document (score ≥ {m.threshold:g}); "
            f"{len(m.documents)} documents{families}; {m.candidates} task pairs scored"]


def coverage_grid(c: CoverageResult) -> Grid:
    """Parent task × document (task ids and scores) when few documents, else counts per parent task."""
    wide = len(c.documents) <= WIDE_UP_TO
    columns = [Column("task", fold=False), Column("title 任务"), Column("carried", True)]
    if wide:
        columns += [Column(d) for d in c.documents]
    rows, classes = [], []
    for row in c.rows:
        by_doc = {carrier.document: carrier for carrier in row.carried_by}
        line = [row.task, row.title, f"{len(by_doc)}/{len(c.documents)}"]
        marks = ["", "", ""]
        for d in c.documents if wide else []:
            carrier = by_doc.get(d)
            line.append(" ".join(f"{t} ({s:.0f})" for t, s in zip(carrier.tasks, carrier.scores, strict=True))
                        if carrier else "—")
            marks.append(heat(max(carrier.scores)) if carrier else "miss")
        rows.append(line)
        classes.append(marks)
    if wide:
        rows.append(["", "coverage 覆盖率 %", ""] + [c.percent[d] for d in c.documents])
        classes.append([""] * 3 + [heat(c.percent[d]) for d in c.documents])
    spread = sorted(c.percent.values())
    notes = [f"{len(c.documents)} documents against {c.parent}, score ≥ {c.threshold:g}; coverage "
             f"min {spread[0]:g} %, median {median(spread):g} %, max {spread[-1]:g} %"]
    return Grid(f"zhifa coverage {c.parent}", columns, rows, notes, classes)


def coverage_table_grid(c: CoverageResult) -> Grid:
    """Per document coverage (for many documents, where a task × document table is too wide)."""
    columns = [Column("document"), Column("coverage %", True), Column("missing parent tasks")]
    missing = {d: [r.task for r in c.rows if all(x.document != d for x in r.carried_by)] for d in c.documents}
    rows = [[d, c.percent[d], " ".join(missing[d])] for d in sorted(c.documents, key=lambda d: (-c.percent[d], d))]
    return Grid(f"zhifa coverage {c.parent}: per document", columns, rows)


def trace_grid(t: TraceResult) -> Grid:
    columns = [Column("task", fold=False), Column("title 任务"), Column("source 来源"), Column("task", fold=False),
               Column("score", True), Column("date", fold=False)]
    rows, classes = [], []
    for row in t.rows:
        s = row.source
        rows.append([row.task, row.title, s.document if s else "(original 原创)", s.task if s else "",
                     s.score if s else None, s.date.isoformat() if s and s.date else ""])
        classes.append(["", "", "" if s else "miss", "", heat(s.score) if s else "", ""])
    line = " ← ".join(t.lineage)
    counts = ", ".join(f"{d} {n}" for d, n in t.sources.items())
    notes = [f"family line: {line}", f"sources: {counts or 'none'} (score ≥ {t.threshold:g})"]
    return Grid(f"zhifa trace {t.document}", columns, rows, notes, classes)

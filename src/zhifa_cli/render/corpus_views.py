"""corpus_views: corpus records -> Grids (units, deadlines timeline, search hits, export summary)."""

from __future__ import annotations

from ..corpus.records import SearchHit, Timeline, UnitCount
from .grid import Column, Grid

STATUS = {"overdue": "⚠ 逾期 overdue", "upcoming": "→ 将到期 upcoming"}


def units_grid(counts: list[UnitCount], scope: str, *, by_class: bool = False) -> Grid:
    columns = [Column("unit 责任单位"), Column("tasks", True), Column("lead 牵头", True),
               Column("responsible 责任", True), Column("support 配合", True), Column("docs", True),
               Column("documents"), Column("class 类别" if not by_class else "names 名称"), Column("place 地区")]
    rows = [[c.name, c.tasks, c.lead, c.responsible, c.support, len(c.documents), " ".join(c.documents),
             "、".join(c.names) if by_class else c.body_class, " ".join(c.places)] for c in counts]
    what = "classes of body (every place)" if by_class else "bodies (a class at a place)"
    return Grid(f"zhifa units — {scope}", columns, rows, [f"{len(counts)} {what}"],
                empty=f"no 责任单位 named in {scope}")


def timeline_grid(tl: Timeline) -> Grid:
    columns = [Column("due 到期", fold=False), Column("status"), Column("days", True), Column("document"),
               Column("task", fold=False), Column("title 任务"), Column("deadline 完成时限"),
               Column("units 责任单位")]
    rows, classes = [], []
    for e in tl.events:
        text = e.text + (" (每年)" if e.recurring else "") + (" +长期" if e.ongoing else "")
        rows.append([e.due.isoformat(), STATUS[e.status], e.days, e.document, e.task, e.title, text,
                     "、".join(dict.fromkeys(e.units))])
        classes.append(["", e.status, "", "", "", "", "", ""])
    overdue = sum(e.status == "overdue" for e in tl.events)
    window = f"until {tl.until.isoformat()}" if tl.until else "no end"
    undated = f"{tl.undated} undated deadline(s) (长期坚持 …) not on the timeline"
    notes = [f"as of {tl.as_of.isoformat()}, {window}: {overdue} overdue, {len(tl.events) - overdue} upcoming; "
             f"{undated}"]
    return Grid("zhifa deadlines", columns, rows, notes, classes,
                empty=f"no deadline as of {tl.as_of.isoformat()}, {window}; {undated}")


def search_grid(hits: list[SearchHit], query: str) -> Grid:
    columns = [Column("document"), Column("task", fold=False), Column("score", True), Column("title 任务"),
               Column("region")]
    rows = [[h.document, h.task, round(h.score, 2), h.title, h.region] for h in hits]
    return Grid(f"zhifa search “{query}”", columns, rows, [f"{len(hits)} hit(s)"],
                empty=f"no task holds every word of “{query}”")

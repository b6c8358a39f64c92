"""What every diff format shows, in reading order: pairs, dropped tasks of A where A had them, added
tasks of B after the row holding B's preceding task. Plain data and labels; no output library here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..compare import describe
from ..models import (
    Comparison,
    DeadlineChange,
    Document,
    Evidence,
    Pair,
    TargetChange,
    Task,
    UnitChanges,
    UnitRef,
    Unpaired,
)

RowKind = Literal["pair", "dropped", "added"]

STATUS = {"same": "相同 same", "changed": "修改 changed", "dropped": "删除 dropped", "added": "新增 added"}
MOVED = "移动 moved"
COUNTS = {"pairs": "paired 配对", "changed": "changed 修改", "same": "same 相同", "added": "added 新增",
          "dropped": "dropped 删除", "moved": "moved 移动", "unit_changes": "units differ 单位变化",
          "deadline_changes": "deadlines differ 时限变化",
          "target_changes": "targets differ 指标变化"}  # CompareStats field -> label
ROLE = {"lead": "牵头", "responsible": "责任", "support": "配合"}
SHIFT = {"earlier": "提前 earlier", "later": "推迟 later", "became-ongoing": "改为长期 became ongoing",
         "no-longer-ongoing": "不再长期 no longer ongoing", "removed": "删去时限 removed",
         "added": "新增时限 added", "changed": "时限改变 changed"}
TARGET_SHIFT = {"looser": "放宽 looser", "stricter": "收紧 stricter", "changed": "指标改变 changed",
                "removed": "删去指标 removed", "added": "新增指标 added"}


@dataclass(frozen=True)
class Row:
    kind: RowKind
    a: tuple[Task, ...]
    b: tuple[Task, ...]
    pair: Pair | None = None
    unpaired: Unpaired | None = None  # for a dropped or added task: its best candidate


def rows(comparison: Comparison, a: Document, b: Document) -> list[Row]:
    by_a, by_b = {t.id: t for t in a.tasks}, {t.id: t for t in b.tasks}
    order_a = {t.id: k for k, t in enumerate(a.tasks)}
    placed: list[tuple[int, Row]] = [(order_a[p.a[0]], Row("pair", _tasks(by_a, p.a), _tasks(by_b, p.b), p))
                                     for p in comparison.pairs]
    alone = {(u.side, u.task): u for u in comparison.unpaired}
    placed += [(order_a[i], Row("dropped", (by_a[i],), (), unpaired=alone.get(("a", i)))) for i in comparison.only_a]
    ordered = [row for _, row in sorted(placed, key=lambda item: (item[0], item[1].kind != "pair"))]
    for task_id in comparison.only_b:
        row = Row("added", (), (by_b[task_id],), unpaired=alone.get(("b", task_id)))
        ordered.insert(_after_previous(ordered, b, task_id), row)
    return ordered


def _tasks(index: dict[str, Task], ids: list[str]) -> tuple[Task, ...]:
    return tuple(index[i] for i in ids)


def _after_previous(ordered: list[Row], b: Document, task_id: str) -> int:
    """Where an added task of B goes: right after the last row holding a task of B before it."""
    before = {t.id for t in b.tasks[: next(k for k, t in enumerate(b.tasks) if t.id == task_id)]}
    spot = 0
    for k, row in enumerate(ordered):
        if any(t.id in before for t in row.b):
            spot = k + 1
    return spot


def ids(tasks: tuple[Task, ...]) -> str:
    return "+".join(t.id for t in tasks)


def status(row: Row) -> str:
    label = STATUS[row.pair.status] if row.pair else STATUS[row.kind]
    return f"{label} · {MOVED}" if row.pair and row.pair.moved else label


def unit_lines(units: UnitChanges) -> list[tuple[str, str]]:
    """(kind, text) per unit change, kind one of added / removed / role; roles other than 责任 shown."""
    def name(unit: UnitRef) -> str:
        return unit.name if unit.role == "responsible" else f"{unit.name}【{ROLE[unit.role]}】"

    lines = [("added", f"+{name(u)}") for u in units.added]
    lines += [("removed", f"−{name(u)}") for u in units.removed]
    lines += [("role", f"~{c.name}【{ROLE[c.a]}→{ROLE[c.b]}】") for c in units.changed]
    return lines


def deadline_line(deadlines: DeadlineChange) -> str:
    """'A's deadlines → B's deadlines [change]', or '' when they agree."""
    if deadlines.change is None:
        return ""
    before, after = "；".join(deadlines.a) or "无 none", "；".join(deadlines.b) or "无 none"
    return f"时限 {before} → {after} [{SHIFT[deadlines.change]}]"


def target_line(change: TargetChange) -> str:
    """'指标 学时 ≥60 → ≥40（每人每年）: 放宽 looser'."""
    return f"指标 {describe(change)}: {TARGET_SHIFT[change.change]}"


def summary(comparison: Comparison) -> str:
    s = comparison.stats
    n = {name: f"{getattr(s, name)} {label}" for name, label in COUNTS.items()}
    return (f"{n['pairs']} ({n['changed']}, {n['same']}) · {n['added']} · {n['dropped']} · {n['moved']}\n"
            f"{COUNTS['unit_changes']} {s.unit_changes} · {COUNTS['deadline_changes']} {s.deadline_changes} · "
            f"{COUNTS['target_changes']} {s.target_changes} · tasks {s.a_tasks} → {s.b_tasks} · "
            f"threshold {s.threshold:g}")


def heading(doc: Document) -> str:
    return f"{doc.title or doc.id}（{doc.id}）"


TERMS_LISTED = 4  # shared terms named per link in the text formats (JSON holds them all)


def evidence_line(evidence: Evidence) -> str:
    """'words 17.9: 规范行政执法监督工作 3.8 · 案卷评查 1.0; ≈ 年度监督方案 (年度行政执法监督工作方案 ~ …) 3.8;
    section 0.44 · units 0.33 (本级司法行政部门) · order 0.65'"""
    parts = [f"words {evidence.words:g}"]
    terms = " · ".join(f"{t.term} {t.weight:g}" for t in evidence.terms[:TERMS_LISTED])
    if terms:
        parts[0] += f": {terms}"
    for q in evidence.equivalences:
        parts.append(f"≈ {q.concept} ({'、'.join(q.a)} ~ {'、'.join(q.b)}) {q.weight:g}")
    context = [f"{name} {value:g}" for name, value in
               (("section", evidence.section), ("units", evidence.units), ("order", evidence.order)) if value is not None]
    if context:
        parts.append(" · ".join(context))
    if evidence.shared_units:
        parts.append("same bodies 同类单位 " + "、".join(evidence.shared_units))
    return "; ".join(parts)


def why_lines(pair: Pair) -> list[str]:
    """Why the pair's tasks were put together: one line per link (its ids when the group has several)."""
    single = len(pair.links) == 1
    return [("" if single else f"{link.a} ↔ {link.b} {link.score:g}: ") + evidence_line(link.evidence)
            for link in pair.links]


def candidate_line(row: Row) -> str:
    """Why a dropped or added task was left alone: its best candidate and that candidate's score."""
    found = row.unpaired
    if found is None or found.best is None:
        return "no candidate 无候选"
    other = "B" if found.side == "a" else "A"
    line = f"best candidate 最佳候选 {other} {found.best}: {found.score:g}"
    return line + (f" ({evidence_line(found.evidence)})" if found.evidence else "")

"""Deadline rules: every task says by when (完成时限), in words zhifa understands, inside the plan's time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..models import Deadline, Document, Task
from .context import Context
from .locate import search
from .registry import Hit, rule
from .rules_tasks import marker_hit


def slot_tasks(doc: Document) -> int:
    """How many tasks give a 完成时限 slot (their own, or a 任务分解表 cell)."""
    return sum(1 for t in doc.tasks if any(d.source == "field" for d in t.deadlines))


def uses_slots(doc: Document) -> bool:
    """The document's own convention: at least half of its tasks carry a 完成时限 slot."""
    return len(doc.tasks) > 0 and 2 * slot_tasks(doc) >= len(doc.tasks)


def _period(doc: Document) -> str:
    if doc.period:
        return f"; the plan's period {doc.period.start}—{doc.period.end} is its only time limit"
    return ""


@rule("ZF009", "missing-deadline", "warning",
      "A task states no deadline: no 完成时限 slot and no date in its text (for documents that do not "
      "use 完成时限 slots; see ZF010 for those that do).",
      "5. 落实行政裁量权基准制度。……（责任单位：区司法局）: no 完成时限, no 2024年底前 in the text")
def missing_deadline(ctx: Context) -> Iterator[Hit]:
    doc = ctx.doc
    if uses_slots(doc):
        return
    for task in doc.tasks:
        if not task.deadlines:
            yield marker_hit(task, f"task {task.id} states no deadline{_period(doc)}; expected a 完成时限 "
                                   "or a date in the text such as 2024年底前, 每年3月底前 or 长期坚持")


@rule("ZF010", "missing-deadline-slot", "warning",
      "In a document whose tasks give a 完成时限 slot, one task gives none.",
      "20. 推进行政执法信息系统建设。……（责任单位：市司法局） while every other task has ；完成时限：…")
def missing_deadline_slot(ctx: Context) -> Iterator[Hit]:
    doc = ctx.doc
    if not uses_slots(doc):
        return
    others = slot_tasks(doc)
    for task in doc.tasks:
        if any(d.source == "field" for d in task.deadlines):
            continue
        prose = [d.text for d in task.deadlines]
        said = f" (its text says {'、'.join(prose)})" if prose else ""
        yield marker_hit(task, f"task {task.id} has no 完成时限 although {others} of {len(doc.tasks)} tasks in "
                               f"this document give one{said}; expected （…；完成时限：…）")


def _deadlines(ctx: Context) -> Iterator[tuple[Task, Deadline]]:
    """Each task's deadlines, a text said twice (slot and 任务分解表 row) taken once."""
    for task in ctx.doc.tasks:
        seen: dict[str, Deadline] = {}
        for d in task.deadlines:
            seen.setdefault(d.text, d)
        yield from ((task, d) for d in seen.values())


def _dated(ctx: Context) -> Iterator[tuple[Task, Deadline, dt.date]]:
    """The deadlines that fall on a date (not yearly ones, not 长期坚持 alone), with that date."""
    for task, d in _deadlines(ctx):
        if d.kind in ("by_date", "in_period") and d.due:
            yield task, d, d.due


def _hit(ctx: Context, task: Task, d: Deadline, message: str) -> Hit:
    line, column = search(ctx.lines, ctx.task_lines(task), d.text)
    return Hit(line, message, task=task.id, column=column if ctx.lines else None)


@rule("ZF011", "unparsed-deadline", "warning",
      "A 完成时限 cannot be understood as a date, a period, a yearly date or 长期坚持.",
      "完成时限：根据上级部署")
def unparsed_deadline(ctx: Context) -> Iterator[Hit]:
    for task, d in _deadlines(ctx):
        if d.kind == "unknown":
            yield _hit(ctx, task, d, f"完成时限 {d.text} cannot be understood; expected a date (2024年6月底前), "
                                     "a quarter (2024年二季度), a yearly date (每年3月底前) or 长期坚持")


@rule("ZF012", "deadline-before-issue", "warning",
      "A deadline falls before the document's own date (成文日期): it had passed when the plan was issued.",
      "成文日期 2024年2月23日, 完成时限：2023年并长期坚持")
def deadline_before_issue(ctx: Context) -> Iterator[Hit]:
    issued = ctx.doc.date
    if issued is None:
        return
    for task, d, due in _dated(ctx):
        if due < issued:
            yield _hit(ctx, task, d, f"deadline {d.text} ({due.isoformat()}) is before the document's date "
                                     f"{issued.isoformat()}; expected a date on or after it")


@rule("ZF013", "deadline-after-period", "error",
      "A deadline falls after the end of the period the plan itself states in its title.",
      "行动计划（2023—2025年） with 完成时限：2026年6月")
def deadline_after_period(ctx: Context) -> Iterator[Hit]:
    period = ctx.doc.period
    if period is None:
        return
    for task, d, due in _dated(ctx):
        if due.year > period.end:
            yield _hit(ctx, task, d, f"deadline {d.text} ({due.isoformat()}) is after the plan's period "
                                     f"{period.start}—{period.end}; expected {period.end}年底前 at the latest")

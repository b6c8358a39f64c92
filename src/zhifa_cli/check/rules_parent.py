"""Parent rules (`zhifa check --against PARENT`): coverage of the parent's tasks, shared text, and
numeric targets loosened on the way down."""

from __future__ import annotations

from collections.abc import Iterator

from ..compare import describe, figure, target_changes
from .context import Context
from .locate import search
from .registry import Hit, rule


@rule("ZF018", "uncovered-parent-task", "warning",
      "A task of the parent plan (--against) has no counterpart in this document.",
      "zhifa check tongling-jiaoqu --against shangrao: shangrao task 9 推进包容审慎监管 is not taken up",
      scope="parent")
def uncovered_parent_task(ctx: Context) -> Iterator[Hit]:
    parent, cov = ctx.parent, ctx.coverage
    for task in parent.tasks:
        if task.id in cov.uncovered:
            yield Hit(ctx.top_line, f"parent {parent.id} task {task.id} {task.title} ({parent.source.path}:"
                                    f"{task.lines[0]}) is not carried into this document ({_closest(ctx, task.id)}); "
                                    f"expected a task that zhifa diff pairs with it (score {cov.threshold:g} or more)",
                      task=f"{parent.id}:{task.id}")


def _closest(ctx: Context, task_id: str) -> str:
    match, score = ctx.alignment.best[task_id]
    if match is None:
        return "this document has no task"
    taken = next((ids for ids, child, _score in ctx.alignment.pairs if match in child), None)
    also = f", which is paired with parent task {'、'.join(taken)}" if taken else ""
    return f"closest is task {match} at {score:.1f}{also}"


@rule("ZF019", "coverage-below-threshold", "error",
      "Fewer parent tasks are carried into this document than --fail-under (or fail-under in the config) asks.",
      "zhifa check tongling-jiaoqu --against shangrao --fail-under 90: 20 of 23 is 87.0%",
      scope="gate")
def coverage_below_threshold(ctx: Context) -> Iterator[Hit]:
    cov, wanted = ctx.coverage, ctx.config.fail_under
    if wanted is not None and cov.percent < wanted:
        yield Hit(ctx.top_line, f"coverage of {cov.parent} is {cov.percent:.1f}% ({cov.covered} of "
                                f"{cov.parent_tasks} parent tasks); expected at least {wanted:g}%")


@rule("ZF020", "parent-text-reuse", "info",
      "Reports how much of this document's task text is shared verbatim with the parent (runs of 8+ characters).",
      "zhifa check tongling-jiaoqu --against shangrao: about 44% of its task text is shared verbatim",
      scope="parent")
def parent_text_reuse(ctx: Context) -> Iterator[Hit]:
    cov = ctx.coverage
    yield Hit(ctx.top_line, f"{cov.reused_percent:.1f}% of this document's task text ({cov.reused_chars} of "
                            f"{cov.total_chars} characters) is shared verbatim with {cov.parent}; coverage "
                            f"{cov.percent:.1f}% ({cov.covered} of {cov.parent_tasks} parent tasks)")


@rule("ZF021", "target-looser-than-parent", "warning",
      "A numeric target (量化指标) of a task here asks less than the parent's on the paired task.",
      "zhifa check child --against parent: 学时 ≥60 → ≥40（每人每年）, the parent asks 不少于60学时",
      scope="parent")
def target_looser_than_parent(ctx: Context) -> Iterator[Hit]:
    parent, doc = ctx.parent, ctx.doc
    by_id = {t.id: t for t in doc.tasks}
    parent_tasks = {t.id: t for t in parent.tasks}
    for parent_ids, child_ids, _score in ctx.alignment.pairs:
        mine = [by_id[i] for i in child_ids]
        for change in target_changes([parent_tasks[i] for i in parent_ids], mine):
            if change.change != "looser" or change.a is None or change.b is None:
                continue
            task = next(t for t in mine if change.b in t.targets)
            line, column = search(ctx.lines, ctx.task_lines(task), change.b.text)
            yield Hit(line, f"task {task.id} sets {change.b.text}, looser than parent {parent.id} task "
                            f"{'、'.join(parent_ids)} ({parent.source.path}:{parent_tasks[parent_ids[0]].lines[0]}): "
                            f"{describe(change)}; expected {figure(change.a, period=True)} or stricter",
                      task=task.id, column=column)

"""Task rules: who does it (责任单位), brackets that close, tasks that say the same thing twice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from rapidfuzz import fuzz, process

from ..chars import CLOSE, OPEN
from ..models import Task, Unit
from ..parse.units import vocabulary
from .context import Context
from .locate import search
from .registry import Hit, rule

_WIDE = str.maketrans("()[]", "（）［］")
# Either width of a bracket is one kind, named by its full-width pair: ( and （ -> （）, [ and ［ -> ［］.
_KIND = {ch: (o + c).translate(_WIDE) for o, c in zip(OPEN, CLOSE, strict=True) for ch in (o, c)}
_QUALIFIER = re.compile(r"[（(〔][^（）()〔〕]*[）)〕]$")  # 各镇（区、街道） -> 各镇


def marker_hit(task: Task, message: str) -> Hit:
    return Hit(task.lines[0], message, task=task.id, needle=task.path[-1] if task.path else None)


@rule("ZF007", "missing-unit", "error",
      "A task names no responsible unit (责任单位), neither in its text nor in the 任务分解表.",
      "3. 严格执法人员管理。……（完成时限：2024年底）: no 责任单位")
def missing_unit(ctx: Context) -> Iterator[Hit]:
    for task in ctx.doc.tasks:
        if not task.units:
            yield marker_hit(task, f"task {task.id} names no responsible unit; expected a （责任单位：…） block "
                                   "after the task or a 任务分解表 row with a 责任单位 cell")


def brackets(lines: list[str], first: int, last: int) -> Iterator[tuple[int, int, str]]:
    """(line, column, message) for each bracket closed by the wrong kind, closing nothing, or never closed."""
    stack: list[tuple[str, int, int]] = []
    for no in range(first, min(last, len(lines)) + 1):
        for i, ch in enumerate(lines[no - 1]):
            if ch in OPEN:
                stack.append((ch, no, i + 1))
            elif ch in _KIND:
                if not stack:
                    yield no, i + 1, f"{ch} closes no bracket; expected an opening {_KIND[ch][0]} before it"
                    continue
                opened, at, _col = stack.pop()
                if _KIND[opened] != _KIND[ch]:
                    yield no, i + 1, f"{opened} opened at line {at} is closed by {ch}; expected {_KIND[opened][1]}"
    for opened, at, col in stack:
        yield at, col, f"{opened} is never closed within the task; expected {_KIND[opened][1]}"


@rule("ZF006", "bracket-mismatch", "warning",
      "A bracket in a task is closed by a bracket of another kind, or never closed.",
      "〔责任单位：区司法局]: 〔 closed by ]")
def bracket_mismatch(ctx: Context) -> Iterator[Hit]:
    for task in ctx.doc.tasks:
        for line, column, message in brackets(ctx.lines, *task.lines):
            yield Hit(line, message, task=task.id, column=column)


@cache
def _known() -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    vocab = vocabulary()
    return tuple(vocab["known_endings"]), [(s, f) for s, f in vocab["abbreviations"] if len(s) >= 3]


def misspelt(raw: str) -> tuple[str, str] | None:
    """(abbreviation, full form) when `raw` ends one character away from a known abbreviation: 区域管局."""
    _endings, abbreviations = _known()
    if any(raw.endswith(short) or raw.endswith(full) for short, full in abbreviations):
        return None
    for short, full in abbreviations:
        tail = raw[-len(short):]
        if len(tail) == len(short) and tail[-1] == short[-1] and sum(a != b for a, b in zip(tail, short, strict=True)) == 1:
            return short, full
    return None


def _units(ctx: Context) -> Iterator[tuple[Unit, str | None, list[int]]]:
    for task in ctx.doc.tasks:
        for unit in task.units:
            yield unit, task.id, list(range(task.lines[0], task.lines[1] + 1))
    for row in ctx.doc.table:
        for unit in row.units:
            yield unit, row.task, [row.lines[0]]


def _unit_problem(unit: Unit, names: list[str]) -> str | None:
    endings, _ = _known()
    typo = misspelt(unit.raw)
    if typo:
        short, full = typo
        fixed = unit.raw[: -len(short)] + full
        return f"unit {unit.raw} looks like a misspelling of …{short}; expected {fixed}"
    if _QUALIFIER.sub("", unit.name).endswith(endings):
        return None
    best = process.extractOne(unit.name, [n for n in names if n != unit.name], scorer=fuzz.ratio, score_cutoff=60)
    hint = f"expected a known name such as {best[0]}" if best else \
        f"expected a full name ending in {'、'.join(endings[:6])} …"
    return f"unit {unit.name} is not a form the unit gazetteer knows; {hint}"


@rule("ZF008", "unknown-unit", "warning",
      "A responsible unit is written in a form the unit gazetteer (data/units.yaml) does not know.",
      "区域管局 (for 区城管局, i.e. 区城市管理局); 市场监管 without 局")
def unknown_unit(ctx: Context) -> Iterator[Hit]:
    endings, _ = _known()
    names = sorted({u.name for u, _t, _l in _units(ctx) if _QUALIFIER.sub("", u.name).endswith(endings)})
    reported: set[str] = set()
    for unit, task, lines in _units(ctx):
        if unit.raw in reported:
            continue
        problem = _unit_problem(unit, names)
        if problem:
            reported.add(unit.raw)
            line, column = search(ctx.lines, lines, unit.raw)
            yield Hit(line, problem, task=task, column=column)


@rule("ZF017", "duplicate-task", "warning",
      "Two tasks in one document say nearly the same thing (similarity at or above duplicate-threshold).",
      "5. 落实行政裁量权基准制度…… and 12. 落实行政裁量权基准制度…… with the same text")
def duplicate_task(ctx: Context) -> Iterator[Hit]:
    tasks = [t for t in ctx.doc.tasks if len(t.text) >= 10]
    for j, later in enumerate(tasks):
        for earlier in tasks[:j]:
            score = fuzz.ratio(earlier.text, later.text)
            if score >= ctx.config.duplicate_threshold:
                yield marker_hit(later, f"task {later.id} says nearly the same as task {earlier.id} "
                                        f"(line {earlier.lines[0]}, {score:.0f}% alike); expected one task, "
                                        "or wording that tells them apart")

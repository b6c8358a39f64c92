"""targets: how the numeric targets (量化指标, Task.targets) of paired tasks differ, and which way.

A side's targets are those of its tasks, in order. Targets that agree (same comparator, figure, unit,
kind and period) are set aside first, so yandu's extra 不少于20学时 is never read as a cut of the 60学时
both plans keep. Each remaining target of A is then matched with a remaining target of B that counts in
the same unit (万元 and 亿元 alike) with the same kind (level, increase, decrease), preferring the same
measure, then the same period, then the nearer place; what is left over is removed (A's) or added (B's).

Which way a matched change goes depends on the target's sense, the way a higher figure points:
≥ and > ask more as the figure grows, ≤ asks more as it falls; a plain figure or a range asks more with
a bigger increase or decrease, a shorter time limit (工作日, 天, 个月 …) or a larger count (次, 学时, 名 …),
and has no sense as a plain share (比例为90%). B is looser (放宽) when it asks less than A, stricter (收紧)
when it asks more; changed when the two do not compare: other senses, another period (unless both are
counts per year: 每季度1次 is 4 a year), or the same figure with another comparator (≥1 against =1).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Target, TargetChange, TargetShift, Task

_SCALE = {"万": 10_000, "亿": 100_000_000}
_SAME = {"％": "%", "日": "天", "课时": "学时"}
TIME_UNITS = frozenset({"工作日", "天", "小时", "月", "分钟"})
COUNT_UNITS = frozenset({"次", "场", "轮", "遍", "学时", "名", "人", "人次", "个", "家", "所", "项", "件", "座",
                         "台", "户"})
PER_YEAR = {"每年": 1, "每半年": 2, "每季度": 4, "每月": 12, "每周": 52}


def target_changes(a: Sequence[Task], b: Sequence[Task]) -> list[TargetChange]:
    """The targets that differ between tasks `a` and tasks `b`, in A's order, then B's added ones."""
    left = [t for task in a for t in task.targets]
    right = [t for task in b for t in task.targets]
    for target in list(left):
        twin = next((other for other in right if _key(other) == _key(target)), None)
        if twin is not None:
            left.remove(target)
            right.remove(twin)
    changes = []
    for k, target in enumerate(left):
        match = _best(target, k, len(left), right)
        if match is None:
            changes.append(TargetChange(measure=target.measure, a=target, change="removed"))
        else:
            right.remove(match)
            changes.append(TargetChange(measure=target.measure, a=target, b=match, change=shift(target, match)))
    changes += [TargetChange(measure=target.measure, b=target, change="added") for target in right]
    return changes


_TURNED: dict[str, TargetShift] = {"looser": "stricter", "stricter": "looser", "changed": "changed",
                                   "removed": "added", "added": "removed"}


def turned(changes: list[TargetChange]) -> list[TargetChange]:
    """The same changes seen from the other side (B against A): compare matches the targets in one
    canonical order of the two documents and turns the result round, so diff(b, a) mirrors diff(a, b)."""
    return [TargetChange(measure=c.b.measure if c.b else c.measure, a=c.b, b=c.a, change=_TURNED[c.change])
            for c in changes]


def _key(t: Target) -> tuple:
    return t.comparator, t.kind, t.period, _amount(t.unit, t.value), _amount(t.unit, t.high)


def _best(target: Target, k: int, count: int, pool: list[Target]) -> Target | None:
    unit = base(target.unit)
    fits = [t for t in pool if base(t.unit) == unit and t.kind == target.kind]
    if not fits:
        return None
    return max(fits, key=lambda t: (t.measure == target.measure, t.period == target.period,
                                    -abs(pool.index(t) / max(len(pool), 1) - k / max(count, 1))))


def base(unit: str) -> str:
    """The unit without its scale or classifier: 万个 -> 个, 个工作日 -> 工作日, 亿立方米 -> 立方米."""
    core = unit[1:] if unit[:1] in _SCALE and len(unit) > 1 else unit
    core = core[1:] if core.startswith("个") and len(core) > 1 else core
    return _SAME.get(core, core)


def _amount(unit: str, value: float | None) -> float | None:
    """A figure in its base unit: 11.88亿立方米 -> 1188000000 立方米."""
    if value is None:
        return None
    return value * _SCALE[unit[0]] if unit[:1] in _SCALE and len(unit) > 1 else value


def sense(t: Target) -> int:
    """+1 when a higher figure asks more, -1 when a lower one does, 0 when neither can be said."""
    if t.comparator in ("≥", ">"):
        return 1
    if t.comparator == "≤":
        return -1
    if t.kind != "level":
        return 1
    unit = base(t.unit)
    return -1 if unit in TIME_UNITS else 1 if unit in COUNT_UNITS else 0


def _figure(t: Target, direction: int) -> float:
    """The figure that binds: a range's low end when more is better, its high end when less is."""
    value = t.high if direction < 0 and t.high is not None else t.value
    amount = _amount(t.unit, value)
    assert amount is not None
    return amount


def shift(a: Target, b: Target) -> TargetShift:
    """Which way B's target moved from A's (both count in the same unit, with the same kind)."""
    direction = sense(a)
    times = _times_a_year(a, b)
    if direction == 0 or sense(b) != direction or times is None:
        return "changed"
    figure_a, figure_b = _figure(a, direction) * times[0], _figure(b, direction) * times[1]
    if figure_a == figure_b:
        strict = {"≥": 0, ">": 1}
        if a.comparator in strict and b.comparator in strict and a.comparator != b.comparator:
            return "stricter" if strict[b.comparator] > strict[a.comparator] else "looser"
        return "changed"
    return "stricter" if (figure_b - figure_a) * direction > 0 else "looser"


def _times_a_year(a: Target, b: Target) -> tuple[int, int] | None:
    """(1, 1) for the same period; for counts per year, month … how many a year (每季度1次 = 4); None
    when the periods do not compare (每人每年 against none)."""
    if a.period == b.period:
        return 1, 1
    if base(a.unit) in COUNT_UNITS and a.period in PER_YEAR and b.period in PER_YEAR:
        return PER_YEAR[a.period], PER_YEAR[b.period]
    return None


def figure(t: Target, period: bool = False) -> str:
    """'≥60', '增长 ≥11%', '5–10个工作日', '=1次'; the unit left out where the measure names it (学时 ≥60)."""
    unit = "" if base(t.unit) in t.measure else t.unit
    number = f"{t.value:g}–{t.high:g}" if t.high is not None else f"{t.value:g}"
    text = f"{'' if t.comparator in ('=', 'range') else t.comparator}{number}{unit}"
    if t.kind != "level":
        text = f"{'增长' if t.kind == 'increase' else '下降'} {text}"
    return f"{text}（{t.period}）" if period and t.period else text


def describe(change: TargetChange) -> str:
    """'学时 ≥60 → ≥40（每人每年）', '次数 ≥1（每年） → ≥1（每季度）', '学时 无 none → ≥20'."""
    a, b = change.a, change.b
    if a is not None and b is not None and a.period == b.period:
        text = f"{change.measure} {figure(a)} → {figure(b)}"
        return f"{text}（{a.period}）" if a.period else text
    before = figure(a, period=True) if a else "无 none"
    after = figure(b, period=True) if b else "无 none"
    return f"{change.measure} {before} → {after}"

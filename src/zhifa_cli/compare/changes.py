"""changes: what differs between the responsible units and the deadlines of paired tasks.

Units are compared by Unit.name, which the parser has already made canonical (市发改委 and
市发展和改革委员会 are one unit). A unit named in several tasks of one side takes its strongest role
(lead > responsible > support).

Deadlines: the 完成时限 fields when a side has any, else the deadlines found in its prose. A side is
summed up as its final due date (the latest), its latest yearly date for recurring deadlines, and
whether it is ongoing (长期坚持). The change from A to B is the first that applies of: removed, added,
earlier / later (final due date), became-ongoing / no-longer-ongoing, earlier / later (yearly date),
changed (the deadlines are not comparable, e.g. a date against a yearly one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Deadline, DeadlineChange, DeadlineShift, Role, RoleChange, Task, UnitChanges, UnitRef

_STRENGTH: dict[str, int] = {"lead": 0, "responsible": 1, "support": 2}


def unit_changes(a: Sequence[Task], b: Sequence[Task]) -> UnitChanges:
    roles_a, roles_b = _roles(a), _roles(b)
    return UnitChanges(
        added=[UnitRef(name=name, role=role) for name, role in roles_b.items() if name not in roles_a],
        removed=[UnitRef(name=name, role=role) for name, role in roles_a.items() if name not in roles_b],
        changed=[RoleChange(name=name, a=role, b=roles_b[name])
                 for name, role in roles_a.items() if name in roles_b and roles_b[name] != role],
    )


def _roles(tasks: Sequence[Task]) -> dict[str, Role]:
    """Unit name -> strongest role, in order of first mention."""
    roles: dict[str, Role] = {}
    for unit in (u for task in tasks for u in task.units):
        if unit.name not in roles or _STRENGTH[unit.role] < _STRENGTH[roles[unit.name]]:
            roles[unit.name] = unit.role
    return roles


@dataclass(frozen=True)
class _Summary:
    texts: tuple[str, ...]
    due: dt.date | None
    every: str | None
    ongoing: bool


def deadline_change(a: Sequence[Task], b: Sequence[Task]) -> DeadlineChange:
    first, second = _summary(a), _summary(b)
    return DeadlineChange(a=list(first.texts), b=list(second.texts), change=_shift(first, second))


def _summary(tasks: Sequence[Task]) -> _Summary:
    every = [d for task in tasks for d in task.deadlines]
    chosen = [d for d in every if d.source == "field"] or every
    texts = tuple(dict.fromkeys(d.text for d in chosen))
    dues = [d.due for d in chosen if d.due is not None and d.kind != "recurring"]
    yearly = [d.every for d in chosen if d.kind == "recurring" and d.every]
    return _Summary(texts, max(dues, default=None), max(yearly, default=None), any(_ongoing(d) for d in chosen))


def _ongoing(deadline: Deadline) -> bool:
    return deadline.ongoing or deadline.kind == "ongoing"


def _shift(a: _Summary, b: _Summary) -> DeadlineShift | None:
    if not a.texts or not b.texts:
        return "removed" if a.texts else ("added" if b.texts else None)
    if a.due and b.due and a.due != b.due:
        return "later" if b.due > a.due else "earlier"
    if a.ongoing != b.ongoing:
        return "became-ongoing" if b.ongoing else "no-longer-ongoing"
    if a.every and b.every and a.every != b.every:
        return "later" if b.every > a.every else "earlier"
    if (a.due is None) != (b.due is None) or (a.every is None) != (b.every is None):
        return "changed"
    return None

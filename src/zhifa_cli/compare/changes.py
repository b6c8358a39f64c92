"""changes: what differs between the responsible units and the deadlines of paired tasks.

Units are compared by the class of the body (compare.bodies: its level relative to the issuing
government and its kind), not by name: 各县（市、区）人民政府 in one plan and 县区人民政府 in another are both
the plan's subordinate governments, and 市司法局 of a city and 区司法局 of a district are each the plan's own
justice bureau, so neither is a change. A change is reported with the names as each side writes them. A
body named in several tasks of one side takes its strongest role (lead > responsible > support).

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
from .bodies import body

_STRENGTH: dict[str, int] = {"lead": 0, "responsible": 1, "support": 2}


def unit_changes(a: Sequence[Task], b: Sequence[Task], region_a: str | None = None,
                 region_b: str | None = None) -> UnitChanges:
    """What differs between the bodies of tasks `a` (of a document of `region_a`) and `b`."""
    roles_a, roles_b = _roles(a, region_a), _roles(b, region_b)
    return UnitChanges(
        added=[UnitRef(name=name, role=role) for cls, (names, role) in roles_b.items() if cls not in roles_a
               for name in names],
        removed=[UnitRef(name=name, role=role) for cls, (names, role) in roles_a.items() if cls not in roles_b
                 for name in names],
        changed=[RoleChange(name=names[0], a=role, b=roles_b[cls][1],
                            name_b=roles_b[cls][0][0] if roles_b[cls][0][0] != names[0] else None)
                 for cls, (names, role) in roles_a.items() if cls in roles_b and roles_b[cls][1] != role],
    )


def _roles(tasks: Sequence[Task], region: str | None) -> dict[str, tuple[list[str], Role]]:
    """Body class -> (its names, strongest role), in order of first mention."""
    roles: dict[str, tuple[list[str], Role]] = {}
    for unit in (u for task in tasks for u in task.units):
        cls = body(unit.name, region).cls
        names, role = roles.get(cls, ([], unit.role))
        if unit.name not in names:
            names.append(unit.name)
        roles[cls] = (names, unit.role if _STRENGTH[unit.role] < _STRENGTH[role] else role)
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

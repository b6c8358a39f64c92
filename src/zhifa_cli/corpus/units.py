"""units: which bodies carry how many tasks, by role, across the documents.

A body is identified by its class and its place (compare.bodies, read from Unit.name and Document.region):
市司法局 in 上饶's two plans is one body, 市司法局 of 南昌 another, and 各县（市、区）人民政府 and 县区人民政府 of
one city would be one. With by_class, bodies of every place are counted together by the role they play
(本级司法行政部门: 上饶's 市司法局, 盐都's 区司法局 …).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from ..compare import body
from ..models import Document
from .records import UnitCount

ROLES = ("lead", "responsible", "support")


def unit_counts(docs: Iterable[Document], *, by_class: bool = False) -> list[UnitCount]:
    """Bodies sorted by the number of tasks they carry (most first), then by name.

    A task naming a body twice (say, in two paragraphs, or under two names) counts once; a task naming it
    as lead and as support counts once in `tasks` and once under each role.
    """
    tasks: dict[tuple, set[tuple[str, str]]] = defaultdict(set)
    roles: dict[tuple, set[tuple[str, str]]] = defaultdict(set)
    names: dict[tuple, Counter[str]] = defaultdict(Counter)
    places: dict[tuple, set[str]] = defaultdict(set)
    for doc in docs:
        for task in doc.tasks:
            for unit in task.units:
                found = body(unit.name, doc.region)
                key = (found.cls,) if by_class else (found.place or "", found.cls)
                tasks[key].add((doc.id, task.id))
                roles[(*key, unit.role)].add((doc.id, task.id))
                names[key][unit.name] += 1
                places[key].add(found.place or "")
    counts = [_count(key, keys, roles, names[key], places[key], by_class) for key, keys in tasks.items()]
    return sorted(counts, key=lambda c: (-c.tasks, c.name, c.places))


def _count(key: tuple, keys: set[tuple[str, str]], roles: dict, names: Counter[str], places: set[str],
           by_class: bool) -> UnitCount:
    per_role = {role: len(roles.get((*key, role), ())) for role in ROLES}
    written = [name for name, _ in sorted(names.items(), key=lambda item: (-item[1], item[0]))]
    return UnitCount(name=key[-1] if by_class else written[0], body_class=key[-1], places=sorted(places),
                     names=written, tasks=len(keys), documents=sorted({doc for doc, _ in keys}), **per_role)

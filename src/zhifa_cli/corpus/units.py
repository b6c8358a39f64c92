"""units: which bodies carry how many tasks, by role, across the documents (canonical names merged)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..models import Document
from .records import UnitCount

ROLES = ("lead", "responsible", "support")


def unit_counts(docs: Iterable[Document]) -> list[UnitCount]:
    """Bodies sorted by the number of tasks they carry (most first), then by name.

    A task naming a body twice (say, in two paragraphs) counts once; a task naming it as lead and as
    support counts once in `tasks` and once under each role.
    """
    tasks: dict[str, set[tuple[str, str]]] = defaultdict(set)
    roles: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for doc in docs:
        for task in doc.tasks:
            for unit in task.units:
                key = (doc.id, task.id)
                tasks[unit.name].add(key)
                roles[(unit.name, unit.role)].add(key)
    counts = [_count(name, keys, roles) for name, keys in tasks.items()]
    return sorted(counts, key=lambda c: (-c.tasks, c.name))


def _count(name: str, keys: set[tuple[str, str]], roles: dict) -> UnitCount:
    per_role = {role: len(roles.get((name, role), ())) for role in ROLES}
    return UnitCount(name=name, tasks=len(keys), documents=sorted({doc for doc, _ in keys}), **per_role)

"""registry: every rule of `zhifa check` as data (id, name, default severity, description, example)
plus the small function that finds it. Adding a rule is one decorated function in a rules_* module."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..models import Severity

if TYPE_CHECKING:
    from .context import Context

Scope = Literal["file", "document", "parent", "gate"]


@dataclass(frozen=True)
class Hit:
    """Where a rule found something: a line (from 1), optionally the text to point the column at."""

    line: int
    message: str
    task: str | None = None
    needle: str | None = None
    column: int | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: Severity
    description: str
    example: str
    scope: Scope
    find: Callable[[Context], Iterable[Hit]]

    @property
    def anchor(self) -> str:
        """The docs anchor: '## ZF007 missing-unit' in docs/rules.md becomes #zf007-missing-unit."""
        return f"{self.id.lower()}-{self.name}"


RULES: dict[str, Rule] = {}


def rule(rule_id: str, name: str, severity: Severity, description: str, example: str,
         *, scope: Scope = "document") -> Callable[[Callable[[Context], Iterable[Hit]]], Callable]:
    """Register a rule function under a stable id; ids and names must be unique."""

    def register(find: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        if rule_id in RULES or any(r.name == name for r in RULES.values()):
            raise ValueError(f"rule {rule_id} {name} registered twice")
        RULES[rule_id] = Rule(rule_id, name, severity, description, example, scope, find)
        return find

    return register


def lookup(key: str) -> Rule | None:
    """A rule by id (ZF007, zf007) or by name (missing-unit)."""
    found = RULES.get(key.upper())
    return found or next((r for r in RULES.values() if r.name == key), None)

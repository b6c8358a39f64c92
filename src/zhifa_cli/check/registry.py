"""registry: every rule of `zhifa check` as data (id, name, default severity, description, example)
plus the small function that finds it, and the levels a configuration gives the rules (configured,
dump). Adding a rule is one decorated function in a rules_* module."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from ..errors import UsageError
from ..models import Severity
from .config import LEVELS, Config

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


def configured(config: Config) -> Config:
    """`config` with its rule levels checked and keyed by rule id (a rule may be named by id or name);
    UsageError naming the config file for an unknown rule or level."""
    out = []
    for key, level in config.rules:
        found = lookup(key)
        if found is None:
            raise UsageError(f"unknown rule {key!r}; expected an id (ZF007) or a name (missing-unit)",
                             path=config.source)
        if level not in LEVELS:
            raise UsageError(f"rules.{key} = {level!r}; expected one of {', '.join(LEVELS)}", path=config.source)
        out.append((found.id, level))
    return replace(config, rules=tuple(out))


def dump(config: Config) -> str:
    """The effective configuration as a zhifa.toml that zhifa reads back (`--show-config > zhifa.toml`),
    every rule listed with the level it runs at, and the other commands' keys the file set. In
    pyproject.toml the same keys go under [tool.zhifa]."""
    origin = f"{config.source}" if config.source else "defaults (no zhifa.toml or [tool.zhifa] found)"
    lines = [f"# zhifa check: effective configuration; from {origin}",
             "# A zhifa.toml as it stands; in pyproject.toml put the keys under [tool.zhifa] and the rules",
             "# under [tool.zhifa.rules].",
             f"fail-level = {_toml_str(config.fail_level)}"]
    if config.fail_under is not None:
        lines.append(f"fail-under = {config.fail_under:g}")
    patterns = ", ".join(_toml_str(p) for p in config.ignore)
    lines += [f"ignore = [{patterns}]", f"duplicate-threshold = {config.duplicate_threshold:g}",
              f"coverage-threshold = {config.coverage_threshold:g}", f"docs-url = {_toml_str(config.docs_url)}"]
    lines += [f"{key} = {value:g}" for key, value in config.general]
    lines += ["", "[rules]"]
    for rule in RULES.values():
        level = config.level(rule.id, rule.severity)
        mark = "" if level == rule.severity else f" (default {rule.severity})"
        lines.append(f'{rule.id} = "{level}"  # {rule.name}{mark}')
    return "\n".join(lines) + "\n"


def _toml_str(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, Chinese kept as it is."""
    return json.dumps(value, ensure_ascii=False)

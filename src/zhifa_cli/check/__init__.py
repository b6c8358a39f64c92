"""check: lint circulars the way code is linted. Rules are small named functions in a registry
(registry.RULES, ids ZF001 …); each sees a Context (the Document, its raw lines, the parent).

Public verbs: check (one Document), check_paths (files, folders or ids -> CheckReport), coverage.
"""

from __future__ import annotations

from pathlib import Path

from ..models import CheckReport, Document, Finding
from . import config as _config
from . import rules_deadlines, rules_meta, rules_numbering, rules_parent, rules_tasks  # noqa: F401  (register)
from .carried import coverage
from .config import Config
from .context import Context
from .outline import headings
from .registry import RULES, Rule, configured, dump, lookup
from .run import RANK, check_paths, fails, run_rules

# Registration follows import order; list the rules by id everywhere (docs, SARIF, --show-config).
_by_id = dict(sorted(RULES.items()))
RULES.clear()
RULES.update(_by_id)

__all__ = ["RANK", "RULES", "CheckReport", "Config", "Rule", "check", "check_paths", "coverage", "dump", "fails",
           "headings", "load", "lookup"]


def check(doc: Document, *, text: str | None = None, parent: Document | None = None,
          config: Config | None = None) -> list[Finding]:
    """Every finding on one parsed circular; `text` (the raw file) gives exact columns and sub-items."""
    ctx = Context(path=doc.source.path, doc=doc, text=text, parent=parent, config=config or Config())
    return run_rules(ctx)


def load(path: Path | None = None, *, start: Path | None = None) -> Config:
    """zhifa check's configuration: from `path` (zhifa.toml or pyproject.toml), else the file found walking
    up from `start` (the working directory), else the defaults; rule levels checked against the rules."""
    return configured(_config.load(path, start=start))

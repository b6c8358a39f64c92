"""config: zhifa check's settings — fail level, coverage gate, ignored paths, per-rule levels, the
duplicate and coverage thresholds, the docs link — from the configuration file settings.py finds and reads
(`[tool.zhifa]` in pyproject.toml or a zhifa.toml, the nearest walking up from the working directory):

    [tool.zhifa]
    fail-level = "error"            # or "warning"
    fail-under = 90                 # coverage gate for --against
    ignore = ["data/raw/drafts/*"]  # globs, relative to the config file's folder
    [tool.zhifa.rules]
    missing-deadline = "error"      # or ZF009; off / info / warning / error

The rule levels are kept as written here and checked against the rules by registry.configured: config
sits below the rules (context holds a Config), so it never imports them. Every key: docs/rules.md.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

from .. import settings
from ..errors import UsageError
from ..settings import Settings, percent

LEVELS = ("off", "info", "warning", "error")
FAIL_LEVELS = ("error", "warning")


@dataclass(frozen=True)
class Config:
    source: str | None = None
    root: Path = field(default_factory=Path.cwd)
    fail_level: str = settings.FAIL_LEVEL
    fail_under: float | None = None
    ignore: tuple[str, ...] = ()
    rules: tuple[tuple[str, str], ...] = ()  # (rule id, level); as written until registry.configured
    duplicate_threshold: float = settings.DUPLICATE_THRESHOLD
    coverage_threshold: float = settings.COVERAGE_THRESHOLD  # on compare's 0–100 score scale
    docs_url: str = settings.DOCS_URL
    general: tuple[tuple[str, object], ...] = ()  # the other commands' keys the file set, as written

    def level(self, rule_id: str, default: str) -> str:
        return dict(self.rules).get(rule_id, default)

    def ignored(self, path: Path) -> bool:
        try:
            rel = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            rel = path.as_posix()
        return any(fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(path.as_posix(), pattern)
                   for pattern in self.ignore)

    def docs_link(self, env: Mapping[str, str] | None = None) -> str | None:
        """The rule documentation as an absolute URL, or None. SARIF, rdjsonl and the GitHub job summary
        are read away from the checkout, where a relative link points nowhere: an http(s) docs-url is used
        as it is; a path (the default docs/rules.md, relative to the config file's folder) only when that
        file is there, as its page in the repository at the checked commit on GitHub Actions
        ($GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/…), as a file:// URI elsewhere.
        Otherwise no link rather than a dead one."""
        if self.docs_url.startswith(("http://", "https://")):
            return self.docs_url
        path = (self.root / self.docs_url).resolve()
        if not path.is_file():
            return None
        github = [settings.env(k, env) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_WORKSPACE")]
        if not all(github):
            return path.as_uri()
        server, repository, sha, workspace = github
        try:
            inside = path.relative_to(Path(workspace).resolve()).as_posix()
        except ValueError:  # outside the repository GitHub shows: no page to link to
            return None
        return f"{server.rstrip('/')}/{repository}/blob/{sha}/{quote(inside)}"

    def with_options(self, *, fail_level: str | None = None, fail_under: float | None = None) -> Config:
        """Command-line options win over the file."""
        changes: dict = {}
        if fail_level is not None:
            changes["fail_level"] = fail_level
        if fail_under is not None:
            changes["fail_under"] = percent(fail_under, "--fail-under")
        return replace(self, **changes)


def load(path: Path | None = None, *, start: Path | None = None) -> Config:
    """The config in `path` (zhifa.toml or pyproject.toml), else the one found from `start`; its rule
    levels as written (registry.configured checks them)."""
    found = settings.load(path, start=start)
    return from_settings(found) if found.source else Config(root=found.root)


def from_settings(found: Settings) -> Config:
    table, where = found.table, found.source
    fail_level = table.get("fail-level", settings.FAIL_LEVEL)
    if fail_level not in FAIL_LEVELS:
        raise UsageError(f"fail-level = {fail_level!r}; expected one of {', '.join(FAIL_LEVELS)}", path=where)
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(p, str) for p in ignore):
        raise UsageError("ignore must be a list of path globs", path=where)
    fail_under = table.get("fail-under")
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise UsageError("rules must be a table of rule = level", path=where)
    coverage = table.get("coverage-threshold", found.diff_threshold)
    return Config(source=where, root=found.root, fail_level=fail_level,
                  fail_under=None if fail_under is None else percent(fail_under, "fail-under", where),
                  ignore=tuple(ignore), rules=tuple((str(k), v) for k, v in rules.items()),
                  duplicate_threshold=percent(table.get("duplicate-threshold", settings.DUPLICATE_THRESHOLD),
                                              "duplicate-threshold", where),
                  coverage_threshold=percent(coverage, "coverage-threshold", where),
                  docs_url=str(table.get("docs-url", settings.DOCS_URL)), general=tuple(found.changed().items()))



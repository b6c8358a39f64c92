"""config: `[tool.zhifa]` in pyproject.toml or a zhifa.toml, found by walking up from the working
directory (the nearest wins, as ruff does; a pyproject.toml without [tool.zhifa] is passed over).

    [tool.zhifa]
    fail-level = "error"            # or "warning"
    fail-under = 90                 # coverage gate for --against
    ignore = ["data/raw/drafts/*"]  # globs, relative to the config file's folder
    [tool.zhifa.rules]
    missing-deadline = "error"      # or ZF009; off / info / warning / error

Documented with every key in docs/rules.md.
"""

from __future__ import annotations

import fnmatch
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

from ..compare import DEFAULT_THRESHOLD
from ..errors import UsageError

LEVELS = ("off", "info", "warning", "error")
FAIL_LEVELS = ("error", "warning")
_KEYS = {"fail-level", "fail-under", "ignore", "rules", "duplicate-threshold", "coverage-threshold", "docs-url"}


@dataclass(frozen=True)
class Config:
    source: str | None = None
    root: Path = field(default_factory=Path.cwd)
    fail_level: str = "error"
    fail_under: float | None = None
    ignore: tuple[str, ...] = ()
    rules: tuple[tuple[str, str], ...] = ()  # (rule id, level), as configured
    duplicate_threshold: float = 80.0
    coverage_threshold: float = DEFAULT_THRESHOLD  # zhifa_cli.compare's, on its 0–100 score scale
    docs_url: str = "docs/rules.md"

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
        env = os.environ if env is None else env
        if self.docs_url.startswith(("http://", "https://")):
            return self.docs_url
        path = (self.root / self.docs_url).resolve()
        if not path.is_file():
            return None
        github = [env.get(k, "") for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_WORKSPACE")]
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
            changes["fail_under"] = _percent(fail_under, "--fail-under")
        return replace(self, **changes)


def find(start: Path) -> tuple[Path, dict] | None:
    """The nearest zhifa.toml, or pyproject.toml with a [tool.zhifa] table, from `start` upwards."""
    for folder in [start, *start.parents]:
        own = folder / "zhifa.toml"
        if own.is_file():
            return own, _read(own)
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _tool_table(_read(project))
            if table is not None:
                return project, table
    return None


def load(path: Path | None = None, *, start: Path | None = None) -> Config:
    """The config in `path` (zhifa.toml or pyproject.toml), else the one found from `start`."""
    if path is not None:
        data = _read(path)
        table = _tool_table(data) if path.name == "pyproject.toml" else data
        return from_table({} if table is None else table, source=path)
    found = find((start or Path.cwd()).resolve())
    return from_table(found[1], source=found[0]) if found else Config(root=(start or Path.cwd()))


def _tool_table(data: dict) -> object | None:
    """[tool.zhifa] of a pyproject.toml, None when there is none (another tool's `tool` is left alone)."""
    tool = data.get("tool")
    return tool.get("zhifa") if isinstance(tool, dict) else None


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise UsageError(f"cannot read config: {exc.strerror or exc}", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"invalid TOML: {exc}", path=str(path)) from None


def from_table(table: object, *, source: Path) -> Config:
    where = str(source)
    if not isinstance(table, dict):
        raise UsageError(f"[tool.zhifa] = {table!r}; expected a table of settings", path=where)
    unknown = sorted(set(table) - _KEYS)
    if unknown == ["tool"] and source.name != "pyproject.toml":
        raise UsageError("unknown key 'tool': in a zhifa.toml the settings stand at the top level and the "
                         "rules under [rules]; [tool.zhifa] is pyproject.toml's form", path=where)
    if unknown:
        raise UsageError(f"unknown key {unknown[0]!r}; expected one of {', '.join(sorted(_KEYS))}", path=where)
    fail_level = table.get("fail-level", "error")
    if fail_level not in FAIL_LEVELS:
        raise UsageError(f"fail-level = {fail_level!r}; expected one of {', '.join(FAIL_LEVELS)}", path=where)
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(p, str) for p in ignore):
        raise UsageError("ignore must be a list of path globs", path=where)
    fail_under = table.get("fail-under")
    return Config(source=where, root=source.parent, fail_level=fail_level,
                  fail_under=None if fail_under is None else _percent(fail_under, "fail-under", where),
                  ignore=tuple(ignore), rules=_rules(table.get("rules", {}), where),
                  duplicate_threshold=_percent(table.get("duplicate-threshold", 80.0), "duplicate-threshold", where),
                  coverage_threshold=_percent(table.get("coverage-threshold", DEFAULT_THRESHOLD), "coverage-threshold", where),
                  docs_url=str(table.get("docs-url", "docs/rules.md")))


def _rules(table: object, where: str) -> tuple[tuple[str, str], ...]:
    from .registry import lookup

    if not isinstance(table, dict):
        raise UsageError("rules must be a table of rule = level", path=where)
    out = []
    for key, level in table.items():
        found = lookup(str(key))
        if found is None:
            raise UsageError(f"unknown rule {key!r}; expected an id (ZF007) or a name (missing-unit)", path=where)
        if level not in LEVELS:
            raise UsageError(f"rules.{key} = {level!r}; expected one of {', '.join(LEVELS)}", path=where)
        out.append((found.id, level))
    return tuple(out)


def _percent(value: object, key: str, where: str | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise UsageError(f"{key} = {value!r}; expected a number from 0 to 100", path=where)
    return float(value)


def dump(config: Config) -> str:
    """The effective configuration as a zhifa.toml that zhifa reads back (`--show-config > zhifa.toml`),
    every rule listed with the level it runs at. In pyproject.toml the same keys go under [tool.zhifa]."""
    from .registry import RULES

    origin = f"{config.source}" if config.source else "defaults (no zhifa.toml or [tool.zhifa] found)"
    lines = [f"# zhifa check: effective configuration; from {origin}",
             "# A zhifa.toml as it stands; in pyproject.toml put the keys under [tool.zhifa] and the rules",
             "# under [tool.zhifa.rules].",
             f"fail-level = {_toml_str(config.fail_level)}"]
    if config.fail_under is not None:
        lines.append(f"fail-under = {config.fail_under:g}")
    patterns = ", ".join(_toml_str(p) for p in config.ignore)
    lines += [f"ignore = [{patterns}]", f"duplicate-threshold = {config.duplicate_threshold:g}",
              f"coverage-threshold = {config.coverage_threshold:g}", f"docs-url = {_toml_str(config.docs_url)}",
              "", "[rules]"]
    for rule in RULES.values():
        level = config.level(rule.id, rule.severity)
        mark = "" if level == rule.severity else f" (default {rule.severity})"
        lines.append(f'{rule.id} = "{level}"  # {rule.name}{mark}')
    return "\n".join(lines) + "\n"


def _toml_str(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, Chinese kept as it is."""
    return json.dumps(value, ensure_ascii=False)

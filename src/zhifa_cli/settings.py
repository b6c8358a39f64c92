"""settings: every default zhifa runs with — its meaning and its unit — the one place the environment is
read, and the configuration file that changes the defaults for every command.

Scores a user sets or reads are on the 0–100 scale everywhere (a task-to-task score, a percent); the
aligner's internal cosines are 0..1 and named so (FLOOR, JOIN: a min_cosine, never a "threshold").

The file: `[tool.zhifa]` in pyproject.toml or the top level of a zhifa.toml, the nearest found walking up
from the working directory (a pyproject.toml without [tool.zhifa] is passed over; `--config FILE` names
one). Command-line options win over the file, the file over these defaults:

    [tool.zhifa]
    diff-threshold = 15      # zhifa diff --threshold; also check's coverage-threshold unless that is set
    corpus-threshold = 50    # zhifa matrix / coverage / trace --threshold
    workers = 4              # worker processes for parsing many files and the corpus engine
    fail-level = "error"     # the rest are zhifa check's (check/config.py, docs/rules.md)
    …

Below every stage, like models.py: it imports nothing of ours but errors, so any module may read it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

# -- scores, 0–100 ----------------------------------------------------------------------------------------
DIFF_THRESHOLD = 15.0  # least task-to-task score a link of `zhifa diff` (and check --against) keeps
CORPUS_THRESHOLD = 50.0  # least score for a task to count as carried down or copied (matrix, coverage, trace)
COVERAGE_THRESHOLD = DIFF_THRESHOLD  # zhifa check ZF018/ZF019: the diff score a parent task's pair needs
DUPLICATE_THRESHOLD = 80.0  # zhifa check ZF017: percent similarity (rapidfuzz ratio) of two task texts
FAMILY = 50.0  # zhifa matrix: documents sharing at least this much (average both ways, %) form one family

# -- the aligner's cosines, 0..1 (min_cosine, not thresholds) -----------------------------------------------
FLOOR = 0.1  # no link below this words score, whatever the threshold
JOIN = 0.1  # least residual score for a left-out task to join a group

# -- sizes ------------------------------------------------------------------------------------------------
SHINGLE = 8  # characters: a run this long shared with the parent counts as reused (check --against)
HORIZON_DAYS = 365  # days recurring deadlines are expanded when neither a window nor a period ends them
WORKERS: int | None = None  # worker processes; None: one per core
# Below these many a process pool costs more than it saves. `zhifa parse` also writes each record in the
# worker, so its pool pays off sooner than loading a corpus does.
PARSE_PARALLEL_FROM = 32  # files parsed and written by `zhifa parse`
LOAD_PARALLEL_FROM = 64  # stale files parsed while loading a corpus
VECTORS_PARALLEL_FROM = 200  # tasks cut into terms by the corpus engine

# -- zhifa check ------------------------------------------------------------------------------------------
FAIL_LEVEL = "error"  # lowest severity that fails
DOCS_URL = "docs/rules.md"  # where rule links point; a path is relative to the config file's folder
DATA = "data"  # the corpus folder (raw/, parsed/) when neither --data nor ZHIFA_DATA names one

# Every key the file may hold, with what it sets; check's own are read by check/config.py.
KEYS = {
    "diff-threshold": "zhifa diff --threshold (0–100)",
    "corpus-threshold": "zhifa matrix / coverage / trace --threshold (0–100)",
    "workers": "worker processes (1 or more)",
    "fail-level": "zhifa check: lowest severity that fails",
    "fail-under": "zhifa check: coverage gate for --against (0–100)",
    "ignore": "zhifa check: path globs not checked",
    "rules": "zhifa check: a level per rule",
    "duplicate-threshold": "zhifa check ZF017 (0–100)",
    "coverage-threshold": "zhifa check ZF018/ZF019 (0–100)",
    "docs-url": "zhifa check: where rule links point",
}


# -- the environment: read here and nowhere else ------------------------------------------------------------

def env(name: str, environ: Mapping[str, str] | None = None) -> str:
    """An environment variable zhifa reads ("" when unset): ZHIFA_DATA (the corpus folder), ZHIFA_DEBUG
    (tracebacks of internal errors), ZHIFA_CACHE and XDG_CACHE_HOME (the dictionary index and feature
    cache), NO_COLOR, COLUMNS, and GitHub Actions' GITHUB_* (rule links, the job summary)."""
    return (os.environ if environ is None else environ).get(name, "")


def data_dir(given: str | Path | None = None) -> Path:
    """The corpus folder: the one given (--data), else $ZHIFA_DATA, else data/."""
    return Path(given or env("ZHIFA_DATA") or DATA)


def cache_dir() -> Path:
    """Where zhifa keeps what it can make again (the dictionary index, the feature cache, the parser's compiled
    patterns): $ZHIFA_CACHE, else $XDG_CACHE_HOME/zhifa, else ~/.cache/zhifa."""
    if env("ZHIFA_CACHE"):
        return Path(env("ZHIFA_CACHE"))
    base = env("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "zhifa"


def debug() -> bool:
    """ZHIFA_DEBUG set: an internal error raises with its traceback instead of one line."""
    return bool(env("ZHIFA_DEBUG"))


# -- the file -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Settings:
    source: str | None = None  # the file read; None when none was found (the defaults)
    root: Path = field(default_factory=Path.cwd)  # its folder: paths in it are relative to this
    table: Mapping[str, object] = field(default_factory=dict)  # every key as read, check's included
    diff_threshold: float = DIFF_THRESHOLD
    corpus_threshold: float = CORPUS_THRESHOLD
    workers: int | None = WORKERS

    def changed(self) -> dict[str, object]:
        """The general keys the file set, as it wrote them (for --show-config)."""
        return {key: self.table[key] for key in ("diff-threshold", "corpus-threshold", "workers") if key in self.table}


def load(path: Path | None = None, *, start: Path | None = None) -> Settings:
    """The settings in `path` (zhifa.toml or pyproject.toml), else in the file found from `start` (the
    working directory), else the defaults. UsageError naming the file when it is not one zhifa reads."""
    if path is not None:
        data = _read(path)
        table = _tool_table(data) if path.name == "pyproject.toml" else data
        return from_table({} if table is None else table, source=path)
    found = find((start or Path.cwd()).resolve())
    return from_table(found[1], source=found[0]) if found else Settings(root=start or Path.cwd())


def find(start: Path) -> tuple[Path, object] | None:
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


def _tool_table(data: dict) -> object | None:
    """[tool.zhifa] of a pyproject.toml, None when there is none (another tool's `tool` is left alone)."""
    tool = data.get("tool")
    return tool.get("zhifa") if isinstance(tool, dict) else None


def _read(path: Path) -> dict:
    import tomllib  # only when a file is there to read: `zhifa --help` never pays for it

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise UsageError(f"cannot read config: {exc.strerror or exc}", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"invalid TOML: {exc}", path=str(path)) from None


def from_table(table: object, *, source: Path) -> Settings:
    where = str(source)
    if not isinstance(table, dict):
        raise UsageError(f"[tool.zhifa] = {table!r}; expected a table of settings", path=where)
    unknown = sorted(set(table) - set(KEYS))
    if unknown == ["tool"] and source.name != "pyproject.toml":
        raise UsageError("unknown key 'tool': in a zhifa.toml the settings stand at the top level and the "
                         "rules under [rules]; [tool.zhifa] is pyproject.toml's form", path=where)
    if unknown:
        raise UsageError(f"unknown key {unknown[0]!r}; expected one of {', '.join(sorted(KEYS))}", path=where)
    workers = table.get("workers", WORKERS)
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise UsageError(f"workers = {workers!r}; expected a whole number of processes, 1 or more", path=where)
    return Settings(source=where, root=source.parent, table=table, workers=workers,
                    diff_threshold=percent(table.get("diff-threshold", DIFF_THRESHOLD), "diff-threshold", where),
                    corpus_threshold=percent(table.get("corpus-threshold", CORPUS_THRESHOLD), "corpus-threshold",
                                             where))


def percent(value: object, key: str, where: str | None = None) -> float:
    """A score or percent a user set: a number from 0 to 100, else UsageError naming the key."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise UsageError(f"{key} = {value!r}; expected a number from 0 to 100", path=where)
    return float(value)

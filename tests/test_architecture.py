"""Imports point down: cli -> stages -> models/errors; compare never imports parse; only render uses rich."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "zhifa_cli"


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the module's package
                parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                parts = parts[: len(parts) - node.level]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def modules(sub: str) -> list[Path]:
    root = PACKAGE / sub
    return sorted(root.rglob("*.py")) if root.is_dir() else [root.with_suffix(".py")]


def test_models_and_errors_import_nothing_of_ours():
    for name in ("models", "errors"):
        assert not any(i.startswith("zhifa_cli") for i in imports_of(PACKAGE / f"{name}.py")), name


def test_stages_never_import_the_cli():
    for path in PACKAGE.rglob("*.py"):
        if "cli" not in path.relative_to(PACKAGE).parts:
            assert not any(i.startswith("zhifa_cli.cli") for i in imports_of(path)), path


def test_compare_never_imports_parse():
    for path in modules("compare"):
        if path.exists():
            assert not any(i.startswith("zhifa_cli.parse") for i in imports_of(path)), path


def test_parse_never_imports_render_or_compare():
    for path in modules("parse"):
        bad = [i for i in imports_of(path) if i.startswith(("zhifa_cli.render", "zhifa_cli.compare", "rich"))]
        assert not bad, (path, bad)


def test_only_render_imports_rich():
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] != "render":
            assert not any(i == "rich" or i.startswith("rich.") for i in imports_of(path)), path


def test_render_reads_no_files_and_runs_no_stage():
    """render gets records (models, corpus.records) and writes them out: it never parses, checks,
    stores, or calls back into the CLI."""
    banned = ("zhifa_cli.parse", "zhifa_cli.check", "zhifa_cli.store", "zhifa_cli.cli")
    for path in modules("render"):
        ours = [i for i in imports_of(path) if i.startswith(banned)
                or (i.startswith("zhifa_cli.corpus") and i != "zhifa_cli.corpus.records")]
        assert not ours, (path, ours)


def test_check_never_imports_render_or_the_cli():
    for path in modules("check"):
        bad = [i for i in imports_of(path) if i.startswith(("zhifa_cli.render", "zhifa_cli.cli", "rich"))]
        assert not bad, (path, bad)


FRONTS = ("zhifa_cli.compare", "zhifa_cli.compare.batch")


def imported_names(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every `from module import name` in `path`, relative imports resolved."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                parts = parts[: len(parts) - node.level]
                base = ".".join([*parts, base] if base else parts)
            found.extend((base, alias.name) for alias in node.names)
    return found


def outside_compare() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "compare"]


def test_other_packages_import_compare_only_through_its_fronts():
    """compare's submodules are private: everything else goes through zhifa_cli.compare (two documents)
    or zhifa_cli.compare.batch (many), and takes only the names their __all__ lists."""
    import importlib

    public = {front: set(importlib.import_module(front).__all__) for front in FRONTS}
    for path in outside_compare():
        deep = [i for i in imports_of(path) if i.startswith("zhifa_cli.compare.") and i not in FRONTS]
        assert not deep, (path, deep)
        hidden = [(m, n) for m, n in imported_names(path) if m in FRONTS and n not in public[m]]
        assert not hidden, (path, hidden)


def test_compare_never_calls_back_up():
    """compare (its batch engine included) sees models, errors and the shared helpers (files, workers,
    progress) only: never corpus, check, store, render or the CLI."""
    banned = ("zhifa_cli.corpus", "zhifa_cli.check", "zhifa_cli.store", "zhifa_cli.render", "zhifa_cli.cli",
              "zhifa_cli.parse")
    for path in modules("compare"):
        bad = [i for i in imports_of(path) if i.startswith(banned)]
        assert not bad, (path, bad)


def test_two_document_compare_never_imports_numpy():
    """zhifa diff imports compare but not compare.batch: numpy and scipy alone take longer to import than a
    whole diff runs. compare.batch itself imports them only on first use, so the CLI may read its options."""
    heavy = ("numpy", "scipy", "zhifa_cli.compare.batch")
    for path in (PACKAGE / "compare").glob("*.py"):
        bad = [i for i in imports_of(path) if i.startswith(heavy)]
        assert not bad, (path, bad)
    top = ast.parse((PACKAGE / "compare" / "batch" / "__init__.py").read_text(encoding="utf-8")).body
    eager = {n.module or "" for n in top if isinstance(n, ast.ImportFrom)} | {
        a.name for n in top if isinstance(n, ast.Import) for a in n.names}
    assert not [m for m in eager if m.startswith(("numpy", "scipy", "dispatch", "task_index"))], eager


AMBIGUOUS = ("engine", "align", "segment", "run", "load", "coverage")


def test_one_meaning_for_the_names_that_had_several():
    """A module named engine, align, segment, run, load or coverage exists in one package at most, and no
    import renames something to one of these names (`features as engine` read as a third meaning)."""
    homes: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        if path.stem in AMBIGUOUS:
            homes.setdefault(path.stem, []).append(str(path.parent.relative_to(PACKAGE)))
    assert all(len(places) == 1 for places in homes.values()), homes
    for path in PACKAGE.rglob("*.py"):
        renamed = [a.asname for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Import | ast.ImportFrom) for a in node.names if a.asname in AMBIGUOUS]
        assert not renamed, (path, renamed)

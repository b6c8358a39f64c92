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


READERS = ("read_text", "read_html", "read_docx", "read_pdf")


def test_format_readers_form_a_tree_under_read():
    """parse/read.py is the one door to the format readers: it alone imports read_html, read_docx and read_pdf;
    a reader never imports the dispatcher `read` (RawText and PageMeta live in parse/raw.py) nor another
    format reader — read_text, the plain-text decoder, is the one they may share."""
    for path in PACKAGE.rglob("*.py"):
        ours = imports_of(path)
        if path.stem in READERS and path.parent.name == "parse":
            bad = [i for i in ours if i == "zhifa_cli.parse.read"
                   or (i.startswith("zhifa_cli.parse.read_") and i != "zhifa_cli.parse.read_text")]
            assert not bad, (path, bad)
        elif path != PACKAGE / "parse" / "read.py":
            bad = [i for i in ours if i in {f"zhifa_cli.parse.{r}" for r in READERS[1:]}]
            assert not bad, (path, bad)


def test_raw_records_import_nothing_of_ours():
    """parse/raw.py is the leaf every reader and the parse stages that read PageMeta stand on."""
    assert not any(i.startswith("zhifa_cli") for i in imports_of(PACKAGE / "parse" / "raw.py"))


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


def names_imported(path: Path) -> set[str]:
    """module.name for every `from module import name` (relative modules resolved)."""
    return {f"{module}.{name}" for module, name in imported_names(path)}


OPENERS = ("zhifa_cli.parse.parse_file", "zhifa_cli.parse._", "zhifa_cli.parse.parse_raw", "zhifa_cli.parse.read_and_parse",
           "zhifa_cli.parse.read.",
           "zhifa_cli.parse.read_", "zhifa_cli.corpus.load", "zhifa_cli.compare.batch.load")


def test_documents_is_the_one_front_door():
    """Only documents.py (and parse itself) reads a circular's file or parses one from a path: every
    command and `zhifa check` come through it."""
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE)
        if where.parts[0] == "parse" or where == Path("documents.py"):
            continue
        bad = [n for n in names_imported(path) if n.startswith(OPENERS)]
        assert not bad, (where, bad)


def test_check_makes_one_trip_down():
    """check asks documents for its inputs and never reads or parses a file itself."""
    for path in modules("check"):
        bad = [i for i in imports_of(path) if i.startswith(("zhifa_cli.parse.read", "zhifa_cli.store"))
               and i != "zhifa_cli.store"]
        bad += [n for n in names_imported(path) if n.startswith(OPENERS)]
        assert not bad, (path, bad)


def test_store_knows_places_and_formats_only():
    """store sits below every stage: it never imports parse, compare, check, corpus or documents."""
    ours = {i for i in imports_of(PACKAGE / "store.py") if i.startswith("zhifa_cli")}
    assert ours <= {"zhifa_cli.errors", "zhifa_cli.files", "zhifa_cli.models", "zhifa_cli.settings"}, ours


def test_settings_import_nothing_of_ours_but_errors():
    ours = {i for i in imports_of(PACKAGE / "settings.py") if i.startswith("zhifa_cli")}
    assert ours <= {"zhifa_cli.errors"}, ours


# Files that still read the environment themselves; the lead points them at settings.env (then empties this).
# cli/app.py: typer's envvar="ZHIFA_DATA" on --data (DataDir.default reads it through settings.data_dir too).
ENV_NOT_YET = {"cli/app.py", "compare/segment.py"}  # app: typer's envvar= for --data's help


def test_the_environment_is_read_in_settings_only():
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE).as_posix()
        if where == "settings.py" or where in ENV_NOT_YET:
            continue
        text = path.read_text(encoding="utf-8")
        assert not any(word in text for word in ("os.environ", "os.getenv", "envvar=")), where


def test_no_import_circle_inside_check():
    """config sits below the rules: config -> context -> registry -> rules_* -> run, never back."""
    package = {p.stem: p for p in modules("check")}
    graph = {name: {i.rsplit(".", 1)[1] for i in imports_of(path) if i.startswith("zhifa_cli.check.")
                    and i.rsplit(".", 1)[1] in package} - {name} for name, path in package.items()
             if name != "__init__"}
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        assert name not in trail, " -> ".join((*trail, name))
        if name not in done:
            for nxt in graph.get(name, ()):
                visit(nxt, (*trail, name))
            done.add(name)

    for name in graph:
        visit(name, ())
    assert not graph["config"], graph["config"]

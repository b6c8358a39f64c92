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

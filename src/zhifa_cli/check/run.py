"""run: files or ids -> Documents -> every enabled rule -> Findings -> a CheckReport with its verdict.

A file that cannot be read, or holds no task, becomes a finding (ZF001/ZF002); the batch goes on. A path
that does not exist is a usage error instead (exit 2): there is no circular to report on.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError, ZhifaError
from ..models import CheckReport, Coverage, Document, Finding
from ..parse import parse_raw_with_lines
from ..parse.read import read_file
from ..store import RECORD_SUFFIXES, DataDir, circular_files, load, open_document, resolve
from .config import Config
from .context import Context
from .locate import find_column, text_column, utf8_column, utf16_column
from .registry import RULES, Hit, Rule

RANK = {"info": 0, "warning": 1, "error": 2}


def display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _applies(rule: Rule, ctx: Context) -> bool:
    if rule.scope == "file":
        return True
    if ctx.doc is None:
        return False
    if rule.scope in ("parent", "gate"):
        return ctx.parent is not None and ctx.parent.source.sha256 != ctx.doc.source.sha256
    return True


def applicable(ctx: Context) -> list[Rule]:
    """The rules that run on this document with the levels the config gives them (off ones left out)."""
    return [r for r in RULES.values() if ctx.config.level(r.id, r.severity) != "off" and _applies(r, ctx)]


def finding(rule: Rule, ctx: Context, hit: Hit) -> Finding:
    text = ctx.lines[hit.line - 1] if 0 < hit.line <= len(ctx.lines) else ""
    column = hit.column or (find_column(text, hit.needle) if hit.needle else None) or text_column(text)
    return Finding(rule=rule.id, name=rule.name, severity=ctx.config.level(rule.id, rule.severity),
                   file=ctx.path, line=hit.line, column=column, column_utf8=utf8_column(text, column),
                   column_utf16=utf16_column(text, column), task=hit.task, message=hit.message)


def run_rules(ctx: Context) -> list[Finding]:
    found = [finding(r, ctx, hit) for r in applicable(ctx) for hit in r.find(ctx)]
    return sorted(found, key=lambda f: (f.line, f.column, f.rule))


def open_path(path: Path) -> Context:
    """Read and parse one file; a read or parse error is kept in the context, not raised.

    A parsed record (.json/.yaml) is checked as it is; its source file, when still there, gives the
    raw lines (columns, sub-items), and the findings name that source."""
    shown = display(path)
    text = None
    try:
        if path.suffix in RECORD_SUFFIXES:
            doc = load(path)
            source = _source_text(Path(doc.source.path))
            return Context(path=doc.source.path if source is not None else shown, doc=doc, text=source)
        data, raw = read_file(path)
        text = raw.text
        parsed = parse_raw_with_lines(raw, data, path)
        return Context(path=shown, doc=parsed.doc, text=text, parts=parsed.parts)
    except ZhifaError as exc:
        return Context(path=shown, text=text, error=exc)


def _source_text(path: Path) -> str | None:
    try:
        return read_file(path)[1].text if path.is_file() else None
    except ZhifaError:
        return None


def targets(inputs: list[str], data: DataDir) -> list[Path]:
    """Files to check: folders are listed, paths taken as they are, other names resolved as document ids.
    A path that does not exist is a usage error (exit 2), as an unknown id is: no circular was there to lint."""
    out: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            try:
                out.extend(circular_files(path))
            except OSError as exc:
                raise UsageError(f"cannot list folder: {exc.strerror}", path=name) from None
        elif path.exists():
            out.append(path)
        elif "/" in name or path.suffix:  # meant as a path: a typo is the caller's, not the circular's
            raise UsageError("no such file or folder", path=name)
        else:
            out.append(resolve(name, data))
    unique: dict[Path, Path] = {}
    for path in out:  # data/raw/yandu.txt, yandu and ./data/raw/yandu.txt are one file, checked once
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def open_parent(name: str, data: DataDir) -> Document:
    try:
        return open_document(name, data)
    except ZhifaError as exc:
        raise UsageError(f"--against {name}: {exc}") from None


def fails(findings: list[Finding], fail_level: str) -> bool:
    return any(RANK[f.severity] >= RANK[fail_level] for f in findings)


def check_paths(inputs: list[str], *, against: str | None = None, config: Config | None = None,
                data: DataDir | None = None) -> CheckReport:
    config = config or Config()
    data = data or DataDir.default()
    parent = open_parent(against, data) if against else None
    findings: list[Finding] = []
    coverage: list[Coverage] = []
    documents: list[str] = []
    rules_run: dict[str, list[str]] = {}
    for path in targets(inputs, data):
        if config.ignored(path):
            continue
        try:
            ctx = open_path(path)
            ctx.parent, ctx.config = parent, config
            findings.extend(run_rules(ctx))
        except Exception as exc:  # a bug of ours: say which file set it off
            exc.add_note(f"while checking {display(path)}")
            raise
        documents.append(ctx.path)
        rules_run[ctx.path] = [r.id for r in applicable(ctx)]
        if ctx.doc is not None and parent is not None and ctx.doc.source.sha256 != parent.source.sha256:
            coverage.append(ctx.coverage)
    counts = {level: sum(1 for f in findings if f.severity == level) for level in ("error", "warning", "info")}
    return CheckReport(documents=documents, findings=findings, coverage=coverage, fail_level=config.fail_level,
                       counts=counts, failed=fails(findings, config.fail_level), rules_run=rules_run)

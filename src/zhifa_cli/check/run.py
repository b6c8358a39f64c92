"""run: files or ids -> Documents (through documents.py, the one front door) -> every enabled rule ->
Findings -> a CheckReport with its verdict.

A file that cannot be read, or holds no task, becomes a finding (ZF001/ZF002); the batch goes on. A path
that does not exist is a usage error instead (exit 2): there is no circular to report on.
"""

from __future__ import annotations

from ..documents import inputs, open_document, open_file
from ..errors import UsageError, ZhifaError
from ..models import CheckReport, Coverage, Document, Finding
from ..store import DataDir, display
from .config import Config
from .context import Context
from .locate import find_column, text_column, utf8_column, utf16_column
from .registry import RULES, Hit, Rule

RANK = {"info": 0, "warning": 1, "error": 2}


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


def open_parent(name: str, data: DataDir) -> Document:
    try:
        return open_document(name, data)
    except ZhifaError as exc:
        raise UsageError(f"--against {name}: {exc}") from None


def fails(findings: list[Finding], fail_level: str) -> bool:
    return any(RANK[f.severity] >= RANK[fail_level] for f in findings)


def check_paths(names: list[str], *, against: str | None = None, config: Config | None = None,
                data: DataDir | None = None) -> CheckReport:
    config = config or Config()
    data = data or DataDir.default()
    parent = open_parent(against, data) if against else None
    findings: list[Finding] = []
    coverage: list[Coverage] = []
    documents: list[str] = []
    rules_run: dict[str, list[str]] = {}
    for path in inputs(names, data):
        if config.ignored(path):
            continue
        try:
            opened = open_file(path)
            ctx = Context(path=opened.path, doc=opened.doc, text=opened.text, error=opened.error,
                          parts=opened.parts, parent=parent, config=config)
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

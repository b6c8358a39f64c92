"""`zhifa check --format text`: one line per finding (path:line:col: ZF007 ✖ error …), a table of
counts per rule, coverage against the parent, and the verdict. Severity shows as a symbol and a word,
never by colour alone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from rich.markup import escape
from rich.table import Table

from ..models import CheckReport, Coverage, Finding
from .terminal import console

SYMBOL = {"error": "✖", "warning": "▲", "info": "ℹ"}
STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def finding_line(f: Finding) -> str:
    task = " " + escape(f"[task {f.task}]") if f.task else ""
    return (f"[bold]{escape(f.file)}[/bold]:{f.line}:{f.column}: [{STYLE[f.severity]}]{f.rule} "
            f"{SYMBOL[f.severity]} {f.severity}[/] {f.name}{task} {escape(f.message)}")


def rule_table(findings: list[Finding], rules: Mapping) -> Table:
    table = Table(title="findings per rule", title_justify="left")
    for name, justify in (("rule", "left"), ("name", "left"), ("severity", "left"), ("findings", "right"),
                          ("documents", "right")):
        table.add_column(name, justify=justify, no_wrap=True)
    counts = Counter((f.rule, f.severity) for f in findings)
    for (rule_id, severity), n in sorted(counts.items()):
        docs = len({f.file for f in findings if f.rule == rule_id and f.severity == severity})
        table.add_row(rule_id, rules[rule_id].name if rule_id in rules else "", f"{SYMBOL[severity]} {severity}",
                      str(n), str(docs))
    return table


def coverage_lines(cov: Coverage) -> list[str]:
    missing = ", ".join(cov.uncovered) or "none"
    return [f"coverage of {escape(cov.parent)} by {escape(cov.document)}: {cov.covered} of {cov.parent_tasks} "
            f"parent tasks ({cov.percent:.1f}%); not carried: {escape(missing)}",
            f"  text shared verbatim with {escape(cov.parent)}: {cov.reused_chars} of {cov.total_chars} "
            f"characters ({cov.reused_percent:.1f}%)"]


def verdict(report: CheckReport) -> str:
    c = report.counts
    counts = f"{c.get('error', 0)} error(s), {c.get('warning', 0)} warning(s), {c.get('info', 0)} info"
    outcome = "[bold red]failed[/]" if report.failed else "[green]passed[/]"
    symbol = "✖" if report.failed else "✔"
    return (f"{symbol} {counts} in {len(report.documents)} document(s); fail level {report.fail_level}: "
            f"{outcome}")


def show(report: CheckReport, rules: Mapping) -> None:
    out = console()
    for f in report.findings:
        out.print(finding_line(f), soft_wrap=True)
    if report.findings:
        out.print()
        out.print(rule_table(report.findings, rules))
    for cov in report.coverage:
        for line in coverage_lines(cov):
            out.print(line, soft_wrap=True)
    out.print(verdict(report), soft_wrap=True)

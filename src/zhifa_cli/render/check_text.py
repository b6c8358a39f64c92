"""`zhifa check --format text`: one line per finding (path:line:col: ZF007 ✖ error …), a table of
counts per rule, coverage against the parent, and the verdict. Severity shows as a symbol and a word,
never by colour alone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from rich.table import Table
from rich.text import Text

from ..models import CheckReport, Coverage, Finding
from . import safe
from .terminal import console

SYMBOL = {"error": "✖", "warning": "▲", "info": "ℹ"}
STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def finding_line(f: Finding) -> Text:
    """`file:line:col: ZF007 ✖ error name [task 3] message` — the file and message are document text."""
    task = f" [task {f.task}]" if f.task else ""
    return Text.assemble(safe.text(f.file, "bold"), f":{f.line}:{f.column}: ",
                         (f"{f.rule} {SYMBOL[f.severity]} {f.severity}", STYLE[f.severity]),
                         f" {f.name}", safe.text(f"{task} {f.message}"))


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


def coverage_lines(cov: Coverage) -> list[Text]:
    missing = ", ".join(cov.uncovered) or "none"
    return [safe.text(f"coverage of {cov.parent} by {cov.document}: {cov.covered} of {cov.parent_tasks} "
                      f"parent tasks ({cov.percent:.1f}%); not carried: {missing}"),
            safe.text(f"  text shared verbatim with {cov.parent}: {cov.reused_chars} of {cov.total_chars} "
                      f"characters ({cov.reused_percent:.1f}%)")]


def verdict(report: CheckReport) -> Text:
    c = report.counts
    counts = f"{c.get('error', 0)} error(s), {c.get('warning', 0)} warning(s), {c.get('info', 0)} info"
    outcome = ("failed", "bold red") if report.failed else ("passed", "green")
    symbol = "✖" if report.failed else "✔"
    return Text.assemble(f"{symbol} {counts} in {len(report.documents)} document(s); fail level "
                         f"{report.fail_level}: ", outcome)


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

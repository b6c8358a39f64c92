"""`zhifa check --format github`: workflow commands, most severe first (GitHub shows 10 per level
and step), and the Markdown written to $GITHUB_STEP_SUMMARY."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..models import CheckReport, Finding

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
ORDER = {"error": 0, "warning": 1, "info": 2}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def most_severe_first(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (ORDER[f.severity], f.file, f.line, f.column, f.rule))


def command(f: Finding) -> str:
    title = f"{f.rule} {f.name}" + (f" (task {f.task})" if f.task else "")
    props = f"file={_prop(f.file)},line={f.line},col={f.column},title={_prop(title)}"
    return f"::{COMMAND[f.severity]} {props}::{_data(f.message)}"


def github(report: CheckReport) -> str:
    return "".join(command(f) + "\n" for f in most_severe_first(report.findings))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary(report: CheckReport, rules: Mapping, docs_url: str | None) -> str:
    """A Markdown summary: verdict, counts per rule with links to the docs, coverage, every finding."""
    c = report.counts
    verdict = "❌ failed" if report.failed else "✅ passed"
    lines = ["## zhifa check", "",
             f"**{verdict}** (fail level {report.fail_level}): {c.get('error', 0)} error(s), "
             f"{c.get('warning', 0)} warning(s), {c.get('info', 0)} info in {len(report.documents)} document(s).", ""]
    counts = Counter((f.rule, f.severity) for f in report.findings)
    if counts:
        lines += ["| rule | name | severity | findings |", "|---|---|---|---:|"]
        for (rule_id, severity), n in sorted(counts.items()):
            rule = rules.get(rule_id)
            name = "" if rule is None else f"[{rule.name}]({docs_url}#{rule.anchor})" if docs_url else rule.name
            lines.append(f"| {rule_id} | {name} | {severity} | {n} |")
        lines.append("")
    if report.coverage:
        lines += ["### Coverage of the parent", "", "| document | parent | carried | % | shared text % | not carried |",
                  "|---|---|---:|---:|---:|---|"]
        lines += [f"| {cov.document} | {cov.parent} | {cov.covered} of {cov.parent_tasks} | {cov.percent:.1f} | "
                  f"{cov.reused_percent:.1f} | {', '.join(cov.uncovered) or '—'} |" for cov in report.coverage]
        lines.append("")
    if report.findings:
        lines += ["<details><summary>All findings</summary>", "", "| where | rule | task | message |",
                  "|---|---|---|---|"]
        lines += [f"| {_cell(f.file)}:{f.line}:{f.column} | {f.rule} {f.severity} | {_cell(f.task or '')} | "
                  f"{_cell(f.message)} |" for f in most_severe_first(report.findings)]
        lines += ["", "</details>", ""]
    return "\n".join(lines)

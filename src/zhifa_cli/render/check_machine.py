"""`zhifa check --format json | rdjsonl | junit`: machine formats, UTF-8, Chinese unescaped.

rdjsonl is reviewdog's JSON Lines diagnostic format: columns count UTF-8 bytes, from 1.
junit has one test case per (document, rule that ran on it); a case fails when it has a finding at or
above the fail level, and lists lesser findings in <system-out>.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from ..models import CheckReport, Finding

RDJSON_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
RANK = {"info": 0, "warning": 1, "error": 2}


def as_json(report: CheckReport) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def rdjson_line(f: Finding, rules: Mapping, docs_url: str | None) -> str:
    code: dict = {"value": f.rule}
    if f.rule in rules and docs_url:
        code["url"] = f"{docs_url}#{rules[f.rule].anchor}"
    item = {"message": f.message,
            "location": {"path": f.file, "range": {"start": {"line": f.line, "column": f.column_utf8}}},
            "severity": RDJSON_SEVERITY[f.severity], "source": {"name": "zhifa"}, "code": code}
    return json.dumps(item, ensure_ascii=False)


def rdjsonl(report: CheckReport, rules: Mapping, docs_url: str | None) -> str:
    return "".join(rdjson_line(f, rules, docs_url) + "\n" for f in report.findings)


def _where(f: Finding) -> str:
    task = f" task {f.task}" if f.task else ""
    return f"{f.file}:{f.line}:{f.column}{task} [{f.severity}] {f.message}"


def _case(document: str, rule_id: str, rules: Mapping, findings: list[Finding], fail_level: str) -> tuple[str, bool]:
    name = f"{rule_id} {rules[rule_id].name}" if rule_id in rules else rule_id
    failing = [f for f in findings if RANK[f.severity] >= RANK[fail_level]]
    lesser = [f for f in findings if f not in failing]
    body = []
    if failing:
        message = f"{len(failing)} finding(s) at or above {fail_level}"
        details = "\n".join(_where(f) for f in failing)
        body.append(f"<failure message={quoteattr(message)} type={quoteattr(failing[0].severity)}>"
                    f"{escape(details)}</failure>")
    if lesser:
        body.append(f"<system-out>{escape(chr(10).join(_where(f) for f in lesser))}</system-out>")
    head = f"    <testcase classname={quoteattr(document)} name={quoteattr(name)}"
    return (f"{head}>{''.join(body)}</testcase>" if body else f"{head}/>"), bool(failing)


def junit(report: CheckReport, rules: Mapping) -> str:
    suites, total, failures = [], 0, 0
    for document in report.documents:
        cases, failed = [], 0
        for rule_id in sorted(report.rules_run.get(document, [])):
            mine = [f for f in report.findings if f.file == document and f.rule == rule_id]
            case, failing = _case(document, rule_id, rules, mine, report.fail_level)
            cases.append(case)
            failed += failing
        total, failures = total + len(cases), failures + failed
        suites.append(f"  <testsuite name={quoteattr(document)} tests=\"{len(cases)}\" failures=\"{failed}\" "
                      f"errors=\"0\" skipped=\"0\">\n" + "\n".join(cases) + "\n  </testsuite>")
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zhifa check" tests="{total}" '
            f'failures="{failures}" errors="0">')
    return "\n".join([head, *suites, "</testsuites>"]) + "\n"

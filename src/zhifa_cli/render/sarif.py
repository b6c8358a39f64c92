"""`zhifa check --format sarif`: SARIF 2.1.0 for code scanning. Columns start at 1 and count UTF-16
code units (SARIF's default columnKind); each rule carries its docs anchor."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from ..models import CheckReport, Finding

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def rule_descriptor(rule, docs_url: str | None) -> dict:
    """`docs_url` is absolute (SARIF wants an absolute helpUri) or None: then no link at all."""
    link = f"{docs_url}#{rule.anchor}" if docs_url else None
    see = f" See {link}" if link else ""
    title = f"[{rule.id} {rule.name}]({link})" if link else f"{rule.id} {rule.name}"
    descriptor = {
        "id": rule.id, "name": rule.name,
        "shortDescription": {"text": rule.description},
        "help": {"text": f"{rule.description} Example: {rule.example}.{see}",
                 "markdown": f"{rule.description}\n\nExample: {rule.example}\n\n{title}"},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"tags": ["zhifa", rule.scope]},
    }
    if link:
        descriptor["helpUri"] = link
    return descriptor


def _fingerprint(f: Finding) -> str:
    key = "\x1f".join([f.rule, f.file, f.task or "", f.message])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def result(f: Finding, index: dict[str, int]) -> dict:
    item: dict = {
        "ruleId": f.rule, "level": LEVEL[f.severity], "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": f.file, "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": f.line, "startColumn": f.column_utf16}}}],
        "partialFingerprints": {"zhifaFinding/v1": _fingerprint(f)},
    }
    if f.rule in index:
        item["ruleIndex"] = index[f.rule]
    if f.task:
        item["properties"] = {"task": f.task}
    return item


def sarif(report: CheckReport, rules: Mapping, docs_url: str | None, version: str) -> str:
    ordered = list(rules.values())
    index = {rule.id: i for i, rule in enumerate(ordered)}
    run = {
        "tool": {"driver": {"name": "zhifa", "version": version, "semanticVersion": version,
                            "rules": [rule_descriptor(r, docs_url) for r in ordered]}},
        "columnKind": "utf16CodeUnits",
        "results": [result(f, index) for f in report.findings],
        "invocations": [{"executionSuccessful": True}],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"

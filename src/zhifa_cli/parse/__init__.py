"""parse: a circular's bytes -> Document. The public verbs are parse_file and parse_text.

Pipeline: read -> normalize -> lines -> outline (parts, items) -> tasks -> table -> meta.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import NoTasksError
from ..models import Document, Source
from .lines import classify_all
from .meta import parse_date, read_meta
from .normalize import normalize
from .outline import items, split_parts
from .read import RawText, read_file
from .table import merge_into_tasks, parse_table
from .tasks import build

PARSER_VERSION = "1"

__all__ = ["PARSER_VERSION", "parse_file", "parse_text"]


def _doc_year(parts) -> int | None:
    for ln in parts.notice:
        date = parse_date(ln.text)
        if date:
            return date.year
    return None


def parse_text(text: str, *, doc_id: str = "text", path: str = "<text>", encoding: str = "utf-8",
               sha256: str | None = None, fmt: str = "text") -> Document:
    """Parse a decoded circular. Raises NoTasksError when it holds no numbered task."""
    normal = normalize(text)
    lines = classify_all(normal.lines)
    parts = split_parts(lines)
    year = _doc_year(parts)
    plan_items, _levels = items(parts.plan)
    built = build(plan_items, year)
    if not built.tasks:
        raise NoTasksError("no numbered task found", path=path)
    rows, table_warnings = parse_table(parts.attachments, built.tasks, year)
    tasks = merge_into_tasks(built.tasks, rows)
    units = [u for t in tasks for u in t.units]
    meta = read_meta(parts, units)
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=doc_id,
        source=Source(path=path, sha256=digest, encoding=encoding, format=fmt, fixes=normal.fixes,
                      parser=PARSER_VERSION),
        title=meta.title, issuer=meta.issuer, doc_number=meta.doc_number, date=meta.date,
        region=meta.region, region_from=meta.region_from, period=meta.period, basis=meta.basis,
        sections=built.sections, tasks=tasks, table=rows, warnings=built.warnings + table_warnings,
    )


def parse_raw(raw: RawText, data: bytes, path: Path) -> Document:
    return parse_text(raw.text, doc_id=path.stem, path=_display(path), encoding=raw.encoding,
                      sha256=hashlib.sha256(data).hexdigest(), fmt=raw.format)


def parse_file(path: str | Path) -> Document:
    """Read, decode and parse one circular; its id is the file stem."""
    path = Path(path)
    data, raw = read_file(path)
    return parse_raw(raw, data, path)


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()

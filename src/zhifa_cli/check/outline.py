"""outline: the numbered headings of a circular as written, per part, for the numbering rules.

`headings_in(parts)` reads them from the classified lines a parse keeps (parse.Parsed.parts): every
marker, also sub-items inside a task and the 通知's own numbering, which the Document JSON does not keep.
`headings(text)` classifies a text that was not just parsed (a record's source file) the same way;
`headings_of(doc)` rebuilds the plan's headings from a Document alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Document, Section
from ..parse.lines import RANK, classify, classify_all
from ..parse.normalize import normalize
from ..parse.outline import Parts, split_parts

__all__ = ["PARTS", "RANK", "Heading", "headings", "headings_in", "headings_of", "table_headings"]
PARTS = ("notice", "plan", "attachments")


@dataclass(frozen=True)
class Heading:
    part: str  # notice | plan | attachments | table
    line: int
    family: str
    number: int
    marker: str
    group: str | None = None  # table rows: the task a measure details


def headings(text: str) -> list[Heading]:
    """Every numbered heading in the text, in order, labelled with the part it is in."""
    return headings_in(split_parts(classify_all(normalize(text).lines)))


def headings_in(parts: Parts) -> list[Heading]:
    """Every numbered heading of the parsed parts, in order, labelled with the part it is in."""
    out = []
    for name in PARTS:
        for ln in getattr(parts, name):
            if ln.kind == "heading" and ln.family and ln.number:
                out.append(Heading(name, ln.no, ln.family, ln.number, ln.marker))
    return out


def _from_marker(marker: str, line: int) -> Heading | None:
    ln = classify(line, f"{marker} x")
    if ln.kind != "heading" or not ln.family or not ln.number:
        return None
    return Heading("plan", line, ln.family, ln.number, marker)


def _walk(sections: list[Section]) -> list[tuple[str, int]]:
    out = []
    for s in sections:
        out.append((s.marker, s.lines[0]))
        out.extend(_walk(s.children))
    return out


def headings_of(doc: Document) -> list[Heading]:
    """The plan's section and task headings, from the Document alone (when the text is not at hand)."""
    found = _walk(doc.sections) + [(t.path[-1], t.lines[0]) for t in doc.tasks if t.path]
    out = [h for marker, line in found if (h := _from_marker(marker, line))]
    return sorted(out, key=lambda h: h.line)


def table_headings(doc: Document) -> list[Heading]:
    """The 任务分解表's numbered measures, grouped by the task they detail."""
    return [Heading("table", r.lines[0], "arabic", r.number, f"{r.number}.", r.task) for r in doc.table]

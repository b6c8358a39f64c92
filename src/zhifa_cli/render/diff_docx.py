"""zhifa diff as a Word document: B's wording as real tracked changes against A's.

Each pair's text is one paragraph of A's wording in which what B deleted is a `w:del` revision and what B
inserted a `w:ins` revision, each with an author (B's document) and a date (B's 成文日期), so Word's
Review pane lists every change and "Accept all" turns A's wording into B's ("Reject all" keeps A's). A
task B dropped is one whole deletion, a task B added one whole insertion (paragraph mark included). The
unit (责任单位) and deadline (完成时限) changes of a pair sit in a small table under its text, outside the
revisions. python-docx writes the document; it has no API for revisions, so they are written as raw
WordprocessingML (w:ins / w:del / w:delText, ECMA-376 §17.13.5). Text XML cannot hold (control
characters) is written as U+FFFD (spreadsheet.xml_safe).
"""

from __future__ import annotations

import datetime as dt
import io

from ..compare import task_text
from ..models import Comparison, Document, Pair
from ..spreadsheet import xml_safe
from . import diff_rows as R

TASK_STYLE = "zhifa task text"  # the paragraphs holding the tasks' wording (and the revisions)
EAST_ASIAN_FONT = "SimSun"  # 宋体: what a Chinese Word installation has; LibreOffice falls back to its CJK font


def to_docx(comparison: Comparison, a: Document, b: Document) -> bytes:
    from docx import Document as Word
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    word = Word()
    _fonts(word)
    style = word.styles.add_style(TASK_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = word.styles["Normal"]
    style.paragraph_format.space_after = Pt(6)
    revisions = _Revisions(_author(b), _date(b))
    word.add_heading(_safe(f"zhifa diff: {a.id} → {b.id}"), level=1)
    for tag, doc in (("A", a), ("B", b)):
        word.add_paragraph(_safe(f"{tag}  {R.heading(doc)}"))
    for line in R.summary(comparison).split("\n"):
        word.add_paragraph(line)
    word.add_paragraph(f"B's wording is written as tracked changes (修订) against A's, by “{revisions.author}”: "
                       "Review → Accept All gives B's text, Reject All A's. 单位与时限的变化在每对任务下的表格中。")
    for row in R.rows(comparison, a, b):
        word.add_heading(_safe(_row_heading(row)), level=2)
        paragraph = word.add_paragraph(style=TASK_STYLE)
        if row.pair is not None:
            revisions.pair(paragraph._p, row.pair)
            _changes_table(word, row.pair)
        else:
            text = "\n".join(task_text(t) for t in (row.a or row.b))
            revisions.whole(paragraph._p, text, "w:del" if row.kind == "dropped" else "w:ins")
            word.add_paragraph(_safe(R.candidate_line(row)))
    _properties(word, a, b, revisions.author)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _safe(text: str) -> str:
    return str(xml_safe(text)[0])


def _author(doc: Document) -> str:
    return f"{doc.region} {doc.id}" if doc.region else doc.id


def _date(doc: Document) -> str | None:
    """B's 成文日期 as the revisions' date (w:date is optional: none when B has no date), so the same
    inputs give the same document."""
    return dt.datetime.combine(doc.date, dt.time()).strftime("%Y-%m-%dT%H:%M:%SZ") if doc.date else None


def _row_heading(row: R.Row) -> str:
    if row.pair is None:
        side = f"A {R.ids(row.a)}" if row.a else f"B {R.ids(row.b)}"
        title = "；".join(t.title for t in (row.a or row.b))
        return f"{side} {title} · {R.status(row)}"
    title = "；".join(t.title for t in row.b)
    return f"A {R.ids(row.a)} ↔ B {R.ids(row.b)} {title} · {row.pair.score:g} · {R.status(row)}"


class _Revisions:
    """Writes w:r, w:ins and w:del elements; every revision gets the next id."""

    def __init__(self, author: str, date: str | None) -> None:
        self.author, self.date, self.next_id = _safe(author), date, 1

    def pair(self, p, pair: Pair) -> None:
        for op, piece in pair.diff:
            if op == "equal":
                p.extend(_runs(piece, "w:t"))
            else:
                p.append(self._wrapped("w:del" if op == "delete" else "w:ins", piece))

    def whole(self, p, text: str, tag: str) -> None:
        """A task only one side has: all of its text, and its paragraph mark, one revision."""
        from docx.oxml import OxmlElement

        p.append(self._wrapped(tag, text))
        mark = OxmlElement("w:rPr")
        mark.append(self._mark(tag))
        p.get_or_add_pPr().append(mark)

    def _wrapped(self, tag: str, text: str):
        element = self._mark(tag)
        element.extend(_runs(text, "w:delText" if tag == "w:del" else "w:t"))
        return element

    def _mark(self, tag: str):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        if self.date:
            element.set(qn("w:date"), self.date)
        self.next_id += 1
        return element


def _runs(text: str, text_tag: str) -> list:
    """One w:r per line of `text`, a w:br between lines (a group of several tasks reads as one text)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    runs = []
    for k, line in enumerate(_safe(text).split("\n")):
        run = OxmlElement("w:r")
        if k:
            run.append(OxmlElement("w:br"))
        if line:
            t = OxmlElement(text_tag)
            t.set(qn("xml:space"), "preserve")
            t.text = line
            run.append(t)
        runs.append(run)
    return runs


def _changes_table(word, pair: Pair) -> None:
    """Units and deadline of a pair that changed: a two-column table under its text (none when both agree)."""
    lines = []
    units = "\n".join(line for _, line in R.unit_lines(pair.units))
    if units:
        lines.append(("责任单位 units", units))
    deadline = R.deadline_line(pair.deadlines)
    if deadline:
        lines.append(("完成时限 deadline", deadline))
    if not lines:
        return
    table = word.add_table(rows=0, cols=2)
    table.style = word.styles["Table Grid"]
    for label, value in lines:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, _safe(value)


def _fonts(word) -> None:
    from docx.oxml.ns import qn

    normal = word.styles["Normal"]
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _properties(word, a: Document, b: Document, author: str) -> None:
    """Core properties from the documents themselves (no clock): the same inputs, the same file."""
    props = word.core_properties
    props.title = _safe(f"zhifa diff: {a.id} → {b.id}")
    props.author = props.last_modified_by = "zhifa"
    props.subject = _safe(f"{R.heading(a)} → {R.heading(b)}")
    day = b.date or a.date or dt.date(2000, 1, 1)
    props.created = props.modified = dt.datetime.combine(day, dt.time())
    props.revision = 1

"""Word features python-docx does not write by itself: tracked changes, vertical merges, and
auto-numbered headings (the marker moves out of the text into numbering.xml, as Word does)."""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# family -> (pattern of the marker in the text, Word numFmt, lvlText)
FAMILIES = {
    "cn": (re.compile(r"^([一二三四五六七八九十]+)、"), "chineseCounting", "%1、"),
    "paren_cn": (re.compile(r"^（([一二三四五六七八九十]+)）"), "chineseCounting", "（%1）"),
    "arabic": (re.compile(r"^(\d+)\."), "decimal", "%1."),
}
_CN = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def merge_down(table, rows: list[list[str]], columns=(0, 1)) -> None:
    """Merge an empty cell into the filled cell above it (Word's vMerge), as the text leaves them empty."""
    for c in columns:
        top = None
        for r, cells in enumerate(rows):
            value = cells[c] if c < len(cells) else ""
            if value and not _is_header(cells):
                top = r
            elif not value and top is not None and not _is_header(cells):
                table.cell(top, c).merge(table.cell(r, c))
            else:
                top = None


def _is_header(cells: list[str]) -> bool:
    return "责任单位" in cells or "完成时限" in cells


def add_tracked(document) -> None:
    """In the first task paragraph: '切实' inserted with revision marks, '删除的字' deleted."""
    for paragraph in document.paragraphs:
        if re.match(r"^\d+\.", paragraph.text) and len(paragraph.text) > 20 and paragraph.runs:
            run = paragraph.runs[0]._r
            text = paragraph.text
            run.find(qn("w:t")).text = text[:6]
            ins = _revision("w:ins", "w:t", text[6:])
            deleted = _revision("w:del", "w:delText", "删除的字")
            run.addnext(ins)
            run.addnext(deleted)
            return


def _revision(tag: str, text_tag: str, text: str):
    element = OxmlElement(tag)
    element.set(qn("w:id"), "1")
    element.set(qn("w:author"), "审核人")
    element.set(qn("w:date"), "2024-02-20T10:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement(text_tag)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    element.append(run)
    return element


def add_numbered(document, paragraph, line: str, lists: dict) -> bool:
    """Write `line` without its marker, numbered by Word instead; a new list starts at each 1."""
    for family, (pattern, fmt, lvl_text) in FAMILIES.items():
        m = pattern.match(line.strip())
        if not m:
            continue
        value = int(m.group(1)) if m.group(1).isdigit() else _CN.get(m.group(1), 0)
        if value == 1 or family not in lists:
            lists[family] = _new_list(document, fmt, lvl_text)
        num_pr = OxmlElement("w:numPr")
        for tag, val in (("w:ilvl", "0"), ("w:numId", lists[family])):
            element = OxmlElement(tag)
            element.set(qn("w:val"), val)
            num_pr.append(element)
        paragraph._p.get_or_add_pPr().append(num_pr)
        paragraph.add_run(line.strip()[m.end():])
        return True
    return False


def _new_list(document, fmt: str, lvl_text: str) -> str:
    numbering = document.part.numbering_part.element
    ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    abstract_id = str(max(ids, default=0) + 1)
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"), ("w:lvlText", lvl_text)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), val)
        lvl.append(element)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(max(num_ids, default=0) + 1))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract_id)
    num.append(ref)
    numbering.append(num)
    return num.get(qn("w:numId"))

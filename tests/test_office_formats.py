"""zhifa diff where officials work (issue 11, part 3): Word with real tracked changes, Excel with rich text.

The Word file is read back with python-docx: accepting every revision of its XML must give B's wording of
each task, rejecting every one A's; zhifa's own .docx reader (which keeps insertions and drops deletions,
as Word's "accept all" does) must read B's wording too. LibreOffice, when installed, turns it into a PDF.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess

import pytest
from corpus_helpers import run
from docx.oxml.ns import qn

from zhifa_cli.compare import REWORDED, compare
from zhifa_cli.compare.features import task_text
from zhifa_cli.documents import open_document
from zhifa_cli.render import diff_rows as R
from zhifa_cli.render.diff_docx import TASK_STYLE
from zhifa_cli.store import DataDir

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _file(tmp_path, fmt: str, a: str = "shangrao", b: str = "nanchang"):
    out = tmp_path / f"diff.{fmt}"
    result = run("diff", a, b, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def _rows(a: str = "shangrao", b: str = "nanchang"):
    """The rows zhifa diff shows, from the library (zhifa diff's own idf: the data folder's documents)."""
    from zhifa_cli.compare import corpus_idf
    from zhifa_cli.documents import load_corpus

    data = DataDir.default(None)
    doc_a, doc_b = open_document(a, data), open_document(b, data)
    idf = corpus_idf(load_corpus(data).documents)
    return R.rows(compare(doc_a, doc_b, model=REWORDED, idf=idf), doc_a, doc_b)


def _accepted(p, accept: bool) -> str:
    """A paragraph's text once every revision is accepted (insertions kept, deletions gone) or rejected
    (the other way round)."""
    p = copy.deepcopy(p)
    drop = f"{W}del" if accept else f"{W}ins"
    for element in list(p.iter(drop)):
        if element.getparent().tag != f"{W}rPr":  # a paragraph mark's own revision holds no text
            element.getparent().remove(element)
    return "".join("\n" if e.tag == f"{W}br" else e.text or "" for e in p.iter(f"{W}t", f"{W}delText", f"{W}br"))


def test_docx_accept_all_gives_b_and_reject_all_gives_a(tmp_path):
    from docx import Document as Word

    word = Word(str(_file(tmp_path, "docx")))
    tasks = [p for p in word.paragraphs if p.style.name == TASK_STYLE]
    rows = _rows()
    assert len(tasks) == len(rows) == 24  # 20 pairs, 3 added, 1 dropped
    for paragraph, row in zip(tasks, rows, strict=True):
        b_text = "\n".join(task_text(t) for t in row.b)
        a_text = "\n".join(task_text(t) for t in row.a)
        assert _accepted(paragraph._p, accept=True) == b_text
        assert _accepted(paragraph._p, accept=False) == a_text


def test_docx_revisions_carry_author_date_and_the_words(tmp_path):
    from docx import Document as Word

    body = Word(str(_file(tmp_path, "docx"))).element.body
    inserted = [e for e in body.iter(f"{W}ins") if e.getparent().tag != f"{W}rPr"]
    deleted = [e for e in body.iter(f"{W}del") if e.getparent().tag != f"{W}rPr"]
    assert inserted and deleted
    ids = [e.get(qn("w:id")) for e in body.iter(f"{W}ins", f"{W}del")]
    assert len(ids) == len(set(ids))  # every revision its own id
    assert {e.get(qn("w:author")) for e in inserted + deleted} == {"南昌市 nanchang"}
    assert {e.get(qn("w:date")) for e in inserted + deleted} == {"2024-04-17T00:00:00Z"}  # nanchang's 成文日期
    words_in = {"".join(t.text for t in e.iter(f"{W}t")) for e in inserted}
    words_out = {"".join(t.text for t in e.iter(f"{W}delText")) for e in deleted}
    assert "普遍" in words_in and "行政执法人员" in words_out  # shangrao 22 → nanchang 23 (README)


def test_docx_added_and_dropped_tasks_are_whole_revisions_paragraph_mark_included(tmp_path):
    from docx import Document as Word

    word = Word(str(_file(tmp_path, "docx")))
    tasks = [p._p for p in word.paragraphs if p.style.name == TASK_STYLE]
    rows = _rows()
    alone = [(p, row) for p, row in zip(tasks, rows, strict=True) if row.pair is None]
    assert sorted(row.kind for _, row in alone) == ["added", "added", "added", "dropped"]
    for p, row in alone:
        tag = f"{W}ins" if row.kind == "added" else f"{W}del"
        assert [c.tag for c in p] == [f"{W}pPr", tag]  # the text: one revision
        assert p.find(f"{W}pPr/{W}rPr/{tag}") is not None  # and the paragraph mark
    assert rows[[r.kind for r in rows].index("dropped")].a[0].id == "4"  # shangrao 4 落实行政执法责任制


def test_docx_lists_unit_and_deadline_changes_in_a_table_per_pair(tmp_path):
    from docx import Document as Word

    word = Word(str(_file(tmp_path, "docx")))
    cells = ["\n".join(c.text for c in row.cells) for table in word.tables for row in table.rows]
    assert any("+湾里管理局" in c and "−市级行政执法部门" in c for c in cells)  # shangrao 22 → nanchang 23
    assert any("2025年6月并长期坚持 → 2025年6月" in c for c in cells)
    rows = _rows()
    changed = sum(bool(r.pair and (R.unit_lines(r.pair.units) or r.pair.deadlines.change)) for r in rows)
    assert len(word.tables) == changed


def test_docx_read_back_by_zhifa_keeps_b_wording(tmp_path):
    """zhifa's .docx reader keeps tracked insertions and drops deletions: it reads B's text."""
    from zhifa_cli.parse.read_docx import read_docx

    text = read_docx(_file(tmp_path, "docx").read_bytes()).text
    nanchang_23 = next(t for r in _rows() for t in r.b if t.id == "23")
    assert task_text(nanchang_23) in text
    shangrao_22 = next(t for r in _rows() for t in r.a if t.id == "22")
    assert task_text(shangrao_22) not in text


def test_docx_is_the_same_file_for_the_same_inputs(tmp_path):
    first = _file(tmp_path, "docx").read_bytes()
    import zipfile

    again = _file(tmp_path, "docx").read_bytes()
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    assert all(zipfile.ZipFile(io.BytesIO(first)).read(n) == zipfile.ZipFile(io.BytesIO(again)).read(n)
               for n in names)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed (make test installs it)")
def test_docx_converts_to_pdf_with_libreoffice(tmp_path):
    import pypdfium2

    out = _file(tmp_path, "docx")
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                            capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "diff.pdf"
    assert pdf.exists(), result.stderr
    document = pypdfium2.PdfDocument(str(pdf))
    text = "".join(document[k].get_textpage().get_text_range() for k in range(len(document)))
    assert len(document) >= 5 and "加强经费保障" in text and "湾里管理局" in text


def test_xlsx_one_row_per_pair_with_words_coloured_in_the_cell(tmp_path):
    from openpyxl import load_workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    book = load_workbook(_file(tmp_path, "xlsx"), rich_text=True)
    sheet = book["diff"]
    header = [c.value for c in sheet[1]]
    rows = _rows()
    assert sheet.max_row == len(rows) + 1
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:N{len(rows) + 1}"
    status = header.index("status 状态") + 1
    assert [sheet.cell(r, status).value for r in range(2, sheet.max_row + 1)].count("新增 added") == 3
    line = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "22")
    assert sheet.cell(line, 3).value == "23" and sheet.cell(line, 5).value == 88.9
    a_text, b_text = sheet.cell(line, 2).value, sheet.cell(line, 4).value
    assert isinstance(a_text, CellRichText) and isinstance(b_text, CellRichText)
    struck = [b.text for b in a_text if isinstance(b, TextBlock) and b.font.strike]
    underlined = [b.text for b in b_text if isinstance(b, TextBlock) and b.font.u == "single"]
    assert "行政执法人员" in struck and "普遍" in underlined
    assert str(a_text) == task_text(next(t for r in rows for t in r.a if t.id == "22"))
    assert str(b_text) == task_text(next(t for r in rows for t in r.b if t.id == "23"))
    widths = {c: sheet.column_dimensions[c].width for c in "ABD"}
    assert widths["A"] < 12 and widths["B"] == widths["D"] == 60  # CJK text: the cap, wrapping below it


def test_docx_and_xlsx_to_a_terminal_are_refused_and_to_a_pipe_are_written():
    result = run("diff", "shangrao", "nanchang", "--format", "xlsx")  # CliRunner: not a terminal
    assert result.exit_code == 0 and result.stdout_bytes[:2] == b"PK"  # a zip: xlsx

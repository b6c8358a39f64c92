"""Each seed, re-published as .docx (with and without Word numbering), .pdf and .html, parses to the same
tasks, units, deadlines, table rows and metadata as its plain text (issue 5)."""

from __future__ import annotations

import forms
import pytest
from conftest import content, needs_font

from zhifa_cli.parse import parse_file

FORMS = [("docx", "docx"), ("docx-numbered", "docx"), ("html", "html"),
         pytest.param("pdf", "pdf", marks=needs_font())]


@pytest.mark.parametrize("form,fmt", FORMS)
@pytest.mark.parametrize("name", forms.SEEDS)
def test_same_records_as_plain_text(published, seed_docs, name, form, fmt):
    doc = parse_file(published[name, form])
    assert doc.source.format == fmt
    assert content(doc) == content(seed_docs[name])


def test_docx_keeps_tracked_insertions_and_drops_deletions(published, seed_docs):
    doc = parse_file(published["shangrao", "docx"])
    first = doc.tasks[0]
    assert first.text == seed_docs["shangrao"].tasks[0].text  # its tail is a tracked insertion
    assert all("删除的字" not in t.text for t in doc.tasks)
    assert doc.source.encoding == "utf-8"


def test_docx_table_rows_come_from_a_word_table(published):
    import docx

    document = docx.Document(str(published["shangrao", "docx"]))
    assert len(document.tables) >= 5  # the 任务分解表, one Word table per page chunk of the text
    doc = parse_file(published["shangrao", "docx"])
    assert [r.number for r in doc.table] == list(range(1, 46))
    row = doc.table[0]
    assert [u.name for u in row.units] == ["市级行政执法部门", "各县（市、区）人民政府"]
    assert row.deadlines[0].kind == "ongoing"


def test_numbered_docx_markers_live_only_in_numbering(published):
    """The generator really moved 一、/（一）/1. into Word numbering: the XML text has no marker."""
    import zipfile

    xml = zipfile.ZipFile(published["yandu", "docx-numbered"]).read("word/document.xml").decode("utf-8")
    assert "<w:numPr>" in xml
    assert "<w:t>一、" not in xml and ">1." not in xml


@needs_font()
def test_pdf_drops_page_numbers_and_running_header(published):
    from zhifa_cli.parse.read import read_file

    _data, raw = read_file(published["shangrao", "pdf"])
    assert "— 1 —" not in raw.text and "— 2 —" not in raw.text
    assert "政府信息公开 · 规范性文件" not in raw.text
    assert raw.encoding == "pdf-text" and raw.format == "pdf"


@needs_font()
def test_pdf_joins_lines_across_page_breaks(published):
    """Every paragraph of the text is one line again, even where a page break fell inside it."""
    from zhifa_cli.parse.read import read_file

    _data, raw = read_file(published["nanchang", "pdf"])
    lines = raw.text.splitlines()
    for paragraph in forms.seed("nanchang").splitlines():
        if len(paragraph) > 60 and "\t" not in paragraph:
            assert paragraph.strip() in lines


def test_html_meta_from_the_information_table(published, seed_docs):
    doc = parse_file(published["shangrao", "html"])
    assert doc.doc_number == "饶府办字〔2024〕10号"
    assert doc.source.format == "html" and doc.source.encoding == "utf-8"
    assert not any("首页" in t.text or "网站标识码" in t.text for t in doc.tasks)

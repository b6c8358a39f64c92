"""The seed circulars re-published as analysts receive them: .docx, .pdf, .html, other encodings,
traditional script, pinyin. Used by the tests (once per session) and by bench/bench_inputs.py.

Writers are test-only tools (python-docx, fpdf2 with the WenQuanYi font from fonts-wqy-microhei).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SEEDS = ("shangrao", "nanchang", "yandu", "tongling-jiaoqu", "shangrao-fazhi")
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$")
_TITLE = re.compile(r"(?:通知|方案|细则|举措|计划|分解表|意见|办法)(?:（[^）]*）)?$")
_HEADING = re.compile(r"^[#\s]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])")


def seed(name: str) -> str:
    return (RAW / f"{name}.txt").read_text(encoding="utf-8")


def kind_of(lines: list[str], i: int) -> str:
    """How a GB/T 9704 layout sets line i: table, centred title, right-aligned, flush left or body."""
    text = lines[i].strip()
    if "\t" in lines[i]:
        return "table"
    if _DATE.match(text) or (i + 2 < len(lines) and _DATE.match(lines[i + 2].strip()) and len(text) <= 25
                             and not lines[i + 1].strip()) or text.endswith("印发"):
        return "right"
    if _NUMBER.match(text):
        return "number"
    if _TITLE.search(text) and "。" not in text and not _HEADING.match(text) and len(text) <= 80:
        return "title"
    if re.match(r"^附件\s*\d*$", text) or text.endswith("："):
        return "flush"
    return "body"


def table_chunks(lines: list[str]) -> list[tuple[int, list[list[str]]]]:
    """Consecutive tab-separated lines -> (index of first line, rows of cells)."""
    chunks: list[tuple[int, list[list[str]]]] = []
    previous = -2
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        cells = [c.strip() for c in line.split("\t")]
        if previous == i - 1:
            chunks[-1][1].append(cells)
        else:
            chunks.append((i, [cells]))
        previous = i
    return chunks


# --- .docx ------------------------------------------------------------------------------------


def make_docx(text: str, path: Path, *, tracked: bool = True, numbering: bool = False) -> Path:
    """Paragraph per line, a Word table per run of tab-separated lines (merged cells where the text
    leaves a cell empty under a filled one), a tracked insertion and a tracked deletion."""
    import docx
    from docx_tools import add_numbered, add_tracked, merge_down

    document = docx.Document()
    lines = text.splitlines()
    chunks = dict(table_chunks(lines))
    skip_until = -1
    lists: dict = {}
    for i, line in enumerate(lines):
        if i < skip_until:
            continue
        if i in chunks:
            rows = chunks[i]
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
            merge_down(table, rows, columns=(0, 1))
            skip_until = i + len(rows)
            continue
        paragraph = document.add_paragraph()
        if numbering and add_numbered(document, paragraph, line, lists):
            continue
        paragraph.add_run(line)
    if tracked:
        add_tracked(document)
    document.save(path)
    return path


# --- .pdf -------------------------------------------------------------------------------------


def make_pdf(text: str, path: Path, *, header: str = "政府信息公开 · 规范性文件") -> Path:
    """GB/T 9704-like pages: centred titles, indented body, ruled tables, a running header and
    page numbers `— N —` in the footer; paragraphs and words run across page breaks."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    class Page(FPDF):
        def header(self):
            self.set_font("wqy", size=9)
            self.cell(0, 6, header, align="C")
            self.ln(14)

        def footer(self):
            self.set_y(-18)
            self.set_font("wqy", size=14)
            self.cell(0, 10, f"— {self.page_no()} —", align="C")

    pdf = Page(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_margins(28, 22, 26)
    pdf.set_auto_page_break(True, 28)
    pdf.add_page()
    lines = text.splitlines()
    chunks = dict(table_chunks(lines))
    skip_until = -1
    body, height = 16, 8.2
    char = body * 0.3528
    for i, line in enumerate(lines):
        if i < skip_until or not line.strip():
            continue
        if i in chunks:
            _pdf_table(pdf, chunks[i])
            skip_until = i + len(chunks[i])
            continue
        kind = kind_of(lines, i)
        pdf.set_font("wqy", size=20 if kind == "title" else body)
        if kind in ("title", "number"):
            pdf.multi_cell(0, height + 2, line.strip(), align="C", wrapmode=WrapMode.CHAR,
                           new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.multi_cell(pdf.epw - 4 * char, height, line.strip(), align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(pdf.l_margin + (0 if kind == "flush" else 2 * char))
            pdf.write(height, line.strip(), wrapmode=WrapMode.CHAR)
            pdf.ln(height)
    pdf.output(str(path))
    return path


def _pdf_table(pdf, rows: list[list[str]]) -> None:
    from fpdf.enums import WrapMode

    width = max(len(r) for r in rows)
    widths = {5: (24, 24, 54, 32, 22), 4: (30, 60, 40, 26)}.get(width)
    pdf.set_font("wqy", size=9)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5, first_row_as_headings=False,
                   wrapmode=WrapMode.CHAR) as table:
        for cells in rows:
            row = table.row()
            for value in cells + [""] * (width - len(cells)):
                row.cell(value)
    pdf.ln(4)


# --- .html ------------------------------------------------------------------------------------


def make_html(text: str, path: Path, *, info: dict[str, str] | None = None, charset: str = "utf-8",
              page_date: str = "2024-03-01") -> Path:
    """A government page: navigation, a 信息公开 table, the text as <p>, tables as <table>, footer."""
    from html import escape

    lines = text.splitlines()
    chunks = dict(table_chunks(lines))
    body: list[str] = []
    skip_until = -1
    for i, line in enumerate(lines):
        if i < skip_until:
            continue
        if i in chunks:
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>\n"
                           for cells in chunks[i])
            body.append(f'<table border="1">\n{rows}</table>')
            skip_until = i + len(chunks[i])
        elif line.strip():
            body.append(f"<p>{escape(line.strip())}</p>")
        else:
            body.append("<p><br></p>")
    rows = "".join(f"<tr><th>{escape(k)}：</th><td>{escape(v)}</td></tr>\n" for k, v in (info or {}).items())
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>政府信息公开</title>
<meta name="PubDate" content="{page_date} 09:30"><style>p {{ text-indent: 2em; }}</style>
<script>var nav = "一、首页 二、政务公开";</script></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul><div>当前位置：<a href="/">首页</a> &gt; 政府文件</div></div>
<div class="xxgk"><table class="info">\n{rows}</table></div>
<div class="article"><div class="date">发布时间：{page_date}</div>
<div class="TRS_Editor" id="zoom">
{chr(10).join(body)}
</div></div>
<div class="footer"><p>主办单位：某市人民政府办公室　网站标识码：3611000001</p>
<p>联系电话：0793-0000000</p></div>
</body></html>
"""
    # a page declared gb2312 holds GBK characters in practice (— is not in Python's gb2312 codec)
    path.write_bytes(page.encode({"gb2312": "gb18030", "gbk": "gb18030"}.get(charset, charset)))
    return path


# --- scripts and annotations ----------------------------------------------------------------------


def traditional(text: str, config: str = "s2twp") -> str:
    """The text as a Taiwan mirror site would republish it (traditional script, Taiwan wording)."""
    import opencc

    return opencc.OpenCC(config).convert(text)


_SYLLABLES = ("zhí", "fǎ", "xíng", "zhèng", "de", "shì", "jú", "yī", "èr", "sān", "rén", "mín")


def with_pinyin(text: str) -> str:
    """A pinyin annotation after every Chinese character, as some mirror sites inject: 执(zhí)法."""
    count = iter(range(10**9))
    return re.sub(r"[\u4e00-\u9fff]", lambda m: f"{m.group(0)}({_SYLLABLES[next(count) % len(_SYLLABLES)]})", text)

"""read_pdf: a PDF with a text layer -> RawText, with pdfplumber (MIT; not PyMuPDF, which is AGPL).

Ruled tables (pdfplumber's line strategy) become tab-separated rows; the text outside them becomes
visual lines that pdf_layout turns into paragraphs (page numbers, headers and footers dropped). A PDF
without a text layer is a scan: zhifa has no OCR and says so.
"""

from __future__ import annotations

import io
import logging
import statistics
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import ReadError
from .pdf_layout import VLine, drop_furniture, join_wrapped, paragraphs
from .raw import RawText

MAX_PAGES = 500


def read_pdf(data: bytes, *, path: str = "<pdf>") -> RawText:
    with _library_warnings() as damage:
        lines, pages, blank_pages = _extract(data, path)
    if not any(ln.text.strip() for ln in lines):
        raise ReadError(f"no text layer in {pages} page(s): a scanned PDF? OCR is not available in zhifa; "
                        "use a PDF with text, or the .docx/.html version", path=path)
    text = "\n".join(paragraphs(drop_furniture(lines)))
    warnings = [f"page {n} has no text layer (scanned?); it was skipped" for n in blank_pages]
    if damage:
        warnings.append(f"damaged PDF, some text may be missing: {damage[0]} ({len(damage)} problem(s))")
    return RawText(text + "\n", "pdf-text", "pdf", warnings=tuple(warnings))


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage()[:160])


@contextmanager
def _library_warnings() -> Iterator[list[str]]:
    """pdfminer logs damage ('Data-loss while decompressing…') to stderr: collect it as a warning instead."""
    handler = _Collect()
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    saved = [(lg.propagate, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.propagate = False
        lg.setLevel(logging.WARNING)
    try:
        yield handler.messages
    finally:
        for lg, (propagate, level) in zip(loggers, saved, strict=True):
            lg.removeHandler(handler)
            lg.propagate, lg.level = propagate, level


def _extract(data: bytes, path: str) -> tuple[list[VLine], int, list[int]]:
    try:
        import pdfplumber
    except ImportError:
        raise ReadError("reading .pdf needs pdfplumber (pip install pdfplumber)", path=path) from None
    lines: list[VLine] = []
    blank: list[int] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise ReadError(f"{len(pdf.pages)} pages: more than {MAX_PAGES}, not a circular", path=path)
            for page in pdf.pages:
                found = _page_lines(page)
                lines.extend(found)
                if not found:
                    blank.append(page.page_number)
            pages = len(pdf.pages)
    except ReadError:
        raise
    except Exception as exc:  # pdfminer raises many types on damaged, encrypted or truncated files
        raise ReadError(_why(exc), path=path) from None
    return lines, pages, blank


def _why(exc: Exception) -> str:
    """pdfplumber wraps pdfminer's error: name the cause a user can act on."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    name, text = type(cause).__name__, (str(cause).splitlines() or [""])[0][:120]
    if "Password" in name or "Encryption" in name:
        return "encrypted PDF: it needs a password to open (zhifa reads PDFs that open without one)"
    if "EOF" in text or "EOF" in name:
        return "truncated PDF: the file ends before the PDF does (download it again?)"
    return f"damaged or unsupported PDF ({name}: {text})" if text else f"damaged or unsupported PDF ({name})"


def _page_lines(page) -> list[VLine]:
    """Text lines outside ruled tables, and table rows, in reading order (top to bottom)."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        mid_x, mid_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= mid_x <= x1 and top <= mid_y <= bottom for x0, top, x1, bottom in boxes)

    rest = page.filter(outside) if boxes else page
    found = [_vline(page, line) for line in rest.extract_text_lines(return_chars=True, strip=False)]
    for table in tables:
        found.extend(_table_rows(page, table))
    found = [ln for ln in found if ln.text.strip()]
    return sorted(found, key=lambda ln: (ln.top, ln.x0))


def _vline(page, line: dict) -> VLine:
    chars = [c for c in line["chars"] if c["text"].strip()]
    x0 = chars[0]["x0"] if chars else line["x0"]
    size = statistics.median(c["size"] for c in chars) if chars else 0.0
    return VLine(page.page_number, line["top"], line["bottom"], x0, line["x1"], size,
                 line["text"].strip(), page_height=float(page.height),
                 space_after=line["text"] != line["text"].rstrip())


def _table_rows(page, table) -> list[VLine]:
    rows = []
    for row, cells in zip(table.rows, table.extract(), strict=False):
        texts = [_cell(text) for text in cells]
        if not any(texts):
            continue
        x0, top, x1, bottom = row.bbox
        rows.append(VLine(page.page_number, top, bottom, x0, x1, 0.0, "\t".join(texts),
                          page_height=float(page.height), table=True))
    return rows


def _cell(text: str | None) -> str:
    """A cell's wrapped lines joined back: '市级行政执法部门\\n、各县' -> '市级行政执法部门、各县'."""
    joined = ""
    for part in (text or "").replace("\t", " ").split("\n"):
        joined = join_wrapped(joined, part.strip())
    return joined

"""read_docx: a Word .docx -> RawText, one line per paragraph, one tab-separated line per table row.

Kept: tracked insertions (w:ins), text boxes (as their own lines), auto-numbering markers (see
docx_numbering), the first cell of a vertical merge. Dropped: tracked deletions and moved-away
text, hidden text, headers and footers (page numbers live there), the duplicate fallback copy of
drawings (mc:Fallback). python-docx opens the package; the body XML is walked directly because
python-docx's paragraph text skips tracked insertions.

A .docx is a zip: a small file can unpack to gigabytes, and its headers may understate the sizes. So
before python-docx sees it, every part is read once through a counter (`_measure`), and the package is
refused when the bytes actually read pass MAX_UNPACKED, its XML parts (what lxml builds trees of) pass
MAX_XML, or word/document.xml holds more than MAX_PARAGRAPHS paragraphs: far beyond any circular.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import ReadError
from . import docx_numbering
from .raw import RawText

W = docx_numbering.W
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_UNPACKED = 200 * 2**20  # bytes of all parts, images included, counted while reading
MAX_XML = 32 * 2**20  # bytes of the XML parts; a 50-page circular's document.xml has about 1 MB
MAX_PARAGRAPHS = 50_000  # a 50-page circular has about 1,000
_PARAGRAPH = (b"<w:p>", b"<w:p ")
_SKIP = {f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}instrText", f"{W}rPr", f"{W}pPr", f"{W}tblPr",
         MC_FALLBACK, f"{W}txbxContent", f"{W}footnoteReference", f"{W}commentReference"}
_CHARS = {f"{W}tab": " ", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-", f"{W}softHyphen": ""}
_CONTAINERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}smartTag"}


def read_docx(data: bytes, *, path: str = "<docx>") -> RawText:
    body, numbering = _open(data, path)
    lines: list[str] = []
    for count, block in enumerate(_blocks(body)):
        if count >= MAX_PARAGRAPHS:  # a package naming its namespace otherwise escapes _measure's count
            _check(0, 0, count + 1, path)
        if block.tag == f"{W}tbl":
            lines.extend(_table(block, numbering))
        else:
            lines.extend(_paragraph_lines(block, numbering))
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise ReadError("the Word document has no text", path=path)
    return RawText(text + "\n", "utf-8", "docx")


def _open(data: bytes, path: str):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _measure(archive, path)
        import docx

        document = docx.Document(io.BytesIO(data))
        numbering = docx_numbering.build(_numbering_xml(document.part), document.styles.element)
        return document.element.body, numbering
    except ReadError:
        raise
    except ImportError:
        raise ReadError("reading .docx needs python-docx (pip install python-docx)", path=path) from None
    except Exception as exc:  # python-docx, zipfile and lxml raise many types on damaged packages
        raise ReadError(f"damaged or unsupported .docx ({type(exc).__name__}: {_first_line(exc)})",
                        path=path) from None


def _measure(archive: zipfile.ZipFile, path: str) -> None:
    """Read every part through a counter (headers are not trusted); ReadError past the limits."""
    total = xml = paragraphs = 0
    for info in archive.infolist():
        is_xml = info.filename.endswith((".xml", ".rels"))
        tail = b""
        with archive.open(info) as member:
            while chunk := member.read(2**20):
                total += len(chunk)
                xml += len(chunk) if is_xml else 0
                if info.filename == "word/document.xml":
                    paragraphs += sum((tail + chunk).count(tag) for tag in _PARAGRAPH)
                    tail = chunk[-4:]  # a tag cut by the chunk border is counted once, in the next chunk
                _check(total, xml, paragraphs, path)


def _check(total: int, xml: int, paragraphs: int, path: str) -> None:
    if total > MAX_UNPACKED:
        raise ReadError(f"the Word package unpacks to more than {MAX_UNPACKED // 2**20} MB (zip bomb?); refused",
                        path=path)
    if xml > MAX_XML:
        raise ReadError(f"the Word package holds more than {MAX_XML // 2**20} MB of XML (zip bomb?); refused",
                        path=path)
    if paragraphs > MAX_PARAGRAPHS:
        raise ReadError(f"the Word document holds more than {MAX_PARAGRAPHS:,} paragraphs; not a circular, "
                        "refused", path=path)


def _numbering_xml(part):
    try:
        return part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [""])[0][:120]


def _blocks(parent):
    """Paragraphs and tables in document order, looking inside content controls and tracked inserts."""
    stack = list(reversed(list(parent)))
    while stack:
        element = stack.pop()
        if element.tag in (f"{W}p", f"{W}tbl"):
            yield element
        elif element.tag in _CONTAINERS:
            stack.extend(reversed(list(element)))


def _paragraph_lines(p, numbering) -> list[str]:
    """The paragraph's text (its numbering marker first), then the lines of its text boxes."""
    text, boxes = _inline_text(p)
    lines = (numbering.label(p) + text).split("\n")
    for box in boxes:
        for inner in _blocks(box):
            if inner.tag == f"{W}p":
                lines.extend(_paragraph_lines(inner, numbering))
    return lines


def _inline_text(p) -> tuple[str, list]:
    """Text of one paragraph in order, skipping deleted, hidden and fallback subtrees."""
    out: list[str] = []
    boxes: list = []
    stack = list(reversed(list(p)))
    while stack:
        element = stack.pop()
        tag = element.tag
        if tag == f"{W}txbxContent":
            boxes.append(element)
        elif tag in _SKIP or not isinstance(tag, str) or _hidden(element):
            continue
        elif tag == f"{W}t":
            out.append(element.text or "")
        elif tag in _CHARS:
            out.append(_CHARS[tag])
        else:
            stack.extend(reversed(list(element)))
    return "".join(out), boxes


def _hidden(element) -> bool:
    return element.tag == f"{W}r" and element.find(f"{W}rPr/{W}vanish") is not None


def _table(tbl, numbering) -> list[str]:
    """Rows as tab-separated cells; a cell continuing a vertical merge is empty, as in a text export."""
    lines = []
    for row in tbl.iter(f"{W}tr"):
        if _nearest_table(row) is not tbl:
            continue  # a row of a table nested in a cell: its text is part of that cell
        cells = []
        for cell in _cells(row):
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
            cells.append("" if continued else _cell_text(cell, numbering))
            cells.extend([""] * (_span(cell) - 1))
        lines.append("\t".join(cells) if any(cells) else "")
    return lines


def _nearest_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _cells(row):
    stack = list(reversed(list(row)))
    while stack:
        element = stack.pop()
        if element.tag == f"{W}tc":
            yield element
        elif element.tag in _CONTAINERS:
            stack.extend(reversed(list(element)))


def _span(cell) -> int:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    value = span.get(f"{W}val", "1") if span is not None else "1"
    return min(int(value), 64) if value.isascii() and value.isdigit() and value != "0" else 1


def _cell_text(cell, numbering) -> str:
    parts = []
    for element in cell.iter(f"{W}p"):
        text, _boxes = _inline_text(element)
        parts.append(numbering.label(element) + text)
    return " ".join(" ".join(parts).replace("\t", " ").replace("\n", " ").split())

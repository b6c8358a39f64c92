"""pdf_layout: visual lines of a PDF's text layer -> the lines of the circular.

Pure functions over positioned lines, so they are tested without a PDF:
- headers and footers go: page numbers (`— 3 —`, `第3页 共12页`, `- 3 -`) and lines repeated in the top
  or bottom band of most pages;
- a body line that runs to the right margin continues on the next line when that one starts at the
  left margin (GB/T 9704 indents a paragraph's first line by two characters), across page breaks too;
- lines of a centred title (same size, consecutive, no final punctuation) are joined;
- table rows are kept as they are (tab-separated cells).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..chars import HAN
from .lines import classify

BAND = 0.09  # share of the page height taken by the header or the footer band
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－_~一]+\s*)?(?:\d{1,4}|[ivxlcIVXLC]{1,6})(?:\s*[-—–－_~一]+)?$"
    r"|^第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*[/／]\s*\d{1,4}$"
    r"|^(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?$"
)
_FINAL = "。！？；：…!?;:"
_NOT_CONTINUED = re.compile(rf"^(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日|[{HAN}]{{1,12}}[〔\[［(（]\d{{4}}[〕\]］)）]\d{{1,4}}号)$")


@dataclass(frozen=True)
class VLine:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    page_height: float = 842.0
    table: bool = False
    space_after: bool = False  # the text layer has a space at the line's end ('and' | 'the')

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2


def join_wrapped(a: str, b: str, *, space: bool | None = None) -> str:
    """Two halves of a wrapped line: no space between Chinese; between Latin letters a space when
    `space` says the text layer had one (None: guess one, as Word wraps Latin text at spaces)."""
    latin = bool(a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha())
    return f"{a} {b}" if (space if space is not None else latin) else a + b


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _in_band(line: VLine) -> str | None:
    if line.top < line.page_height * BAND:
        return "top"
    if line.bottom > line.page_height * (1 - BAND):
        return "bottom"
    return None


def drop_furniture(lines: list[VLine]) -> list[VLine]:
    """Remove page numbers and running headers/footers (repeated in a band on half the pages or more)."""
    pages = len({ln.page for ln in lines})
    key = {id(ln): (_in_band(ln), re.sub(r"\d+", "#", ln.text.strip())) for ln in lines if not ln.table}
    pairs = {(key[id(ln)], ln.page) for ln in lines if id(ln) in key and key[id(ln)][0]}
    seen = Counter(k for k, _page in pairs)
    repeated = {k for k, n in seen.items() if pages >= 2 and n >= max(2, pages / 2)}
    out = []
    for ln in lines:
        k = key.get(id(ln))
        if k and k[0] and (is_page_number(ln.text) or k in repeated):
            continue
        out.append(ln)
    return out


@dataclass(frozen=True)
class Frame:
    left: float
    right: float
    size: float  # the body text's font size

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def frame(lines: list[VLine]) -> Frame:
    """The text block's margins: the commonest left edge, the 90th percentile of right edges."""
    body = [ln for ln in lines if not ln.table] or lines
    left = Counter(round(ln.x0) for ln in body).most_common(1)[0][0]
    rights = sorted(ln.x1 for ln in body)
    size = Counter(round(ln.size, 1) for ln in body).most_common(1)[0][0]
    return Frame(float(left), rights[int(0.9 * (len(rights) - 1))], size)


def _continues(a: VLine, b: VLine, box: Frame) -> bool:
    """Does visual line b carry on the paragraph of a?"""
    if a.table or b.table or abs(a.size - b.size) > 0.6 or not a.text or not b.text:
        return False
    if _NOT_CONTINUED.match(b.text) or classify(1, b.text).kind == "heading":
        return False
    width = max(a.size, 1.0)
    if a.x1 >= box.right - 1.5 * width and b.x0 <= box.left + 0.6 * width:
        return True
    return _same_title(a, b, box)


def _same_title(a: VLine, b: VLine, box: Frame) -> bool:
    """Consecutive centred lines of one title: b is centred and indented, a is centred and either
    indented or set larger than the body (a full-width body line is centred too)."""
    width = max(a.size, 1.0)
    if b.page != a.page or b.top - a.bottom > 1.2 * width or a.text[-1] in _FINAL:
        return False
    centred = all(abs(ln.mid - box.centre) < 1.2 * width for ln in (a, b))
    return centred and b.x0 > box.left + 1.5 * width and (a.x0 > box.left + 1.5 * width or a.size > box.size + 1)


def paragraphs(lines: list[VLine]) -> list[str]:
    """Visual lines -> text lines: wrapped lines joined, table rows as they are."""
    if not lines:
        return []
    box = frame(lines)
    out: list[VLine] = []
    for ln in lines:
        if out and _continues(out[-1], ln, box):
            last = out[-1]
            out[-1] = replace(ln, text=join_wrapped(last.text, ln.text, space=last.space_after))
        else:
            out.append(ln)
    return [ln.text for ln in out]

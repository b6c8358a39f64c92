"""xlsx_sheet: the sheet every zhifa spreadsheet view is written on (openpyxl), readable when opened.

A bold header row that stays in view (frozen panes) and carries Excel's filter buttons, text that wraps
at the top of its cell, and column widths measured for Chinese: a CJK character is about two of the
`0` characters Excel counts a width in, so widths are counted in display cells (East Asian Wide and
Fullwidth characters count two), capped so that a long task text wraps instead of running on. A diff
is written inside the cell as rich text (openpyxl's CellRichText): deleted words red and struck through,
inserted ones green and underlined — marked by more than colour, so they survive a grey-scale print.
Every text (and the first piece of every rich text) goes through spreadsheet.neutralise and xml_safe:
nothing runs as a formula, and a character XML cannot hold becomes U+FFFD, named in `replaced`.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence

from ..spreadsheet import neutralise, xml_safe

DELETED = {"color": "FF82071E", "strike": True}
INSERTED = {"color": "FF116329", "u": "single", "b": True}
WIDE_CAP = 60  # a text column is never wider than this (in `0`s); longer text wraps
NARROW_MIN = 6


def width(text: str) -> int:
    """Display cells of the longest line of `text` (CJK two each)."""
    return max((sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
                for line in str(text).split("\n")), default=0)


class Sheet:
    """One worksheet filled row by row; `where` names a row in warnings about replaced characters."""

    def __init__(self, book, title: str, columns: Sequence[str], replaced: list[str] | None = None) -> None:
        from openpyxl.styles import Alignment, Font

        self.sheet = book.create_sheet(title)
        self.columns = list(columns)
        self.replaced = replaced if replaced is not None else []
        self.sheet.append(self.columns)
        for cell in self.sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(vertical="top")
        self.widths = [width(c) for c in self.columns]
        self._wrap = Alignment(wrap_text=True, vertical="top")

    def append(self, values: Sequence, where: str = "") -> None:
        row = self.sheet.max_row + 1
        for col, value in enumerate(values, 1):
            cell = self.sheet.cell(row=row, column=col)
            cell.value = self._value(value, f"{where} {self.columns[col - 1]}".strip())
            cell.alignment = self._wrap
            shown = "".join(p for _, p in value) if isinstance(value, list) else ("" if value is None else value)
            self.widths[col - 1] = max(self.widths[col - 1], width(str(shown)))

    def _value(self, value, where: str):
        if isinstance(value, list):  # [(style or None, text)]: rich text
            return self._rich(value, where)
        if isinstance(value, str):
            value, changed = xml_safe(neutralise(value))
            if changed:
                self.replaced.append(where)
        return value

    def _rich(self, pieces: list[tuple[dict | None, str]], where: str):
        from openpyxl.cell.rich_text import CellRichText, TextBlock
        from openpyxl.cell.text import InlineFont

        blocks: list = []
        for k, (style, piece) in enumerate(p for p in pieces if p[1]):
            text, changed = xml_safe(neutralise(piece) if k == 0 else piece)
            if changed and where not in self.replaced:
                self.replaced.append(where)
            blocks.append(TextBlock(InlineFont(**style), text) if style else text)
        return CellRichText(blocks) if blocks else None

    def finish(self, *, filter_on: bool = True) -> None:
        """Frozen header, a filter over every column, widths measured (capped)."""
        from openpyxl.utils import get_column_letter

        last = get_column_letter(len(self.columns))
        self.sheet.freeze_panes = "A2"
        if filter_on:
            self.sheet.auto_filter.ref = f"A1:{last}{self.sheet.max_row}"
        for col, cells in enumerate(self.widths, 1):
            self.sheet.column_dimensions[get_column_letter(col)].width = max(NARROW_MIN, min(WIDE_CAP, cells + 2))


def workbook():
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    return book


def to_bytes(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def diff_pieces(diff: Sequence[tuple[str, str]], own: str) -> list[tuple[dict | None, str]]:
    """One side of a word diff as rich-text pieces: equal text plain, this side's changes marked."""
    style = DELETED if own == "delete" else INSERTED
    return [(None if op == "equal" else style, piece) for op, piece in diff if op in ("equal", own)]

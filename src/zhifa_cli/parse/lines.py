"""lines: classify each normalised line (heading with its marker family, body, table row, blank).

The numbering families live in a table: adding one is one row here, nothing elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import cn_to_int

_CN = "[一二三四五六七八九十]{1,3}"
# (family, pattern): group 'n' is the numeral, the match ends where the heading text starts.
FAMILIES: list[tuple[str, re.Pattern]] = [
    ("cn", re.compile(rf"^(?P<n>{_CN})[、，．.]\s*")),
    ("paren_cn", re.compile(rf"^[（(](?P<n>{_CN})[）)]\s*")),
    ("arabic", re.compile(r"^(?P<n>\d{1,3})(?:[.．](?!\d)|、)\s*")),
    ("paren_arabic", re.compile(r"^[（(](?P<n>\d{1,3})[）)]\s*")),
    ("circled", re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
]
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the source
    text: str
    kind: str  # blank | heading | body | table
    family: str | None = None
    number: int | None = None
    marker: str = ""
    rest: str = ""

    @property
    def numeral(self) -> str:
        return self.marker.strip("（）()、，．. ")


def _numeral_value(family: str, numeral: str) -> int | None:
    if family == "circled":
        return _CIRCLED.index(numeral) + 1
    return cn_to_int(numeral)


def classify(no: int, text: str) -> Line:
    stripped = text.strip()
    if not stripped:
        return Line(no, text, "blank")
    if "\t" in text and sum(1 for cell in text.split("\t") if cell.strip()) >= 2:
        return Line(no, text, "table")
    for family, pattern in FAMILIES:
        m = pattern.match(stripped)
        if m and m.end() < len(stripped):
            number = _numeral_value(family, m.group("n"))
            if number is not None and 0 < number <= 300:
                marker = stripped[: m.end()].strip()
                return Line(no, stripped, "heading", family, number, marker, stripped[m.end():].strip())
    return Line(no, stripped, "body")


def classify_all(lines: list[str]) -> list[Line]:
    return [classify(i + 1, text) for i, text in enumerate(lines)]

"""lines: classify each normalised line (heading with its marker family, body, table row, blank).

The numbering families live in a table: adding one is one row here, nothing elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .numerals import cn_to_int

_CN = "[一二三四五六七八九十]{1,3}"
_CN_BIG = "[一二三四五六七八九十百零〇]{1,5}"
# (family, pattern): group 'n' is the numeral, the match ends where the heading text starts.
FAMILIES: list[tuple[str, re.Pattern]] = [
    ("chapter", re.compile(rf"^第(?P<n>{_CN_BIG}|\d{{1,3}})[章部分编]+\s*")),
    ("article", re.compile(rf"^第(?P<n>{_CN_BIG}|\d{{1,3}})条\s*")),
    ("cn", re.compile(rf"^(?P<n>{_CN})[、，．.]\s*")),
    ("paren_cn", re.compile(rf"^[（(](?P<n>{_CN})[）)]\s*")),
    ("arabic", re.compile(r"^(?P<n>\d{1,3})(?:[.．](?!\d)|、)\s*")),
    ("paren_arabic", re.compile(r"^[（(](?P<n>\d{1,3})[）)]\s*")),
    ("circled", re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
]
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# The conventional order of levels (GB/T 9704 §7.3.3): 第一章 → 一、(第一条) → （一） → 1. → （1） → ①.
# Levels come from this order, not from first appearance: a page that begins inside a plan shows a
# deeper family first (1. before （二）), and the order still holds.
RANK = {"chapter": 0, "cn": 1, "article": 1, "paren_cn": 2, "arabic": 3, "paren_arabic": 4, "circled": 5}


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
            if number is not None and number > 0:  # 第301条 and row 812 are real numbers too
                marker = stripped[: m.end()].strip()
                return Line(no, stripped, "heading", family, number, marker, stripped[m.end():].strip())
    return Line(no, stripped, "body")


def classify_all(lines: list[str]) -> list[Line]:
    return [classify(i + 1, text) for i, text in enumerate(lines)]


def wrap_width(lines: list[Line]) -> int | None:
    """The width a PDF copy hard-wrapped its lines at, or None when it did not: a third of the text lines
    or more end within two characters of one length (20-60 characters)."""
    lengths = [len(ln.text) for ln in lines if ln.kind != "blank" and len(ln.text) >= 12]
    if len(lengths) < 8:
        return None
    counts = Counter(lengths)
    best = max(range(20, 61), key=lambda n: sum(counts[n + d] for d in range(-2, 3)))
    near = sum(counts[best + d] for d in range(-2, 3))
    return best if near >= 8 and near >= len(lengths) / 3 else None

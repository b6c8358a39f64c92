"""locate: columns in the raw line, the way each consumer counts them.

The parser normalises each line (full-width brackets, Markdown stripped, spaces between Chinese
removed) without moving line numbers, so a needle taken from a Document is searched in the raw line
with the same tolerance: either width of a punctuation mark, and spaces between characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WIDTH_PAIRS = {"（": "(", "）": ")", "：": ":", "；": ";", "，": ",", "？": "?", "！": "!",
                "〔": "[", "〕": "]", "［": "[", "］": "]"}
_LEADING = re.compile(r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?")


@lru_cache(maxsize=2048)
def _pattern(needle: str) -> re.Pattern:
    parts = []
    for ch in needle:
        if ch.isspace():
            continue
        other = _WIDTH_PAIRS.get(ch)
        parts.append(f"[{re.escape(ch)}{re.escape(other)}]" if other else re.escape(ch))
    return re.compile(r"\s*".join(parts))


def find_column(line: str, needle: str) -> int | None:
    """Column (from 1, in characters) where `needle` starts in `line`, or None."""
    if not needle.strip():
        return None
    at = line.find(needle)
    if at >= 0:
        return at + 1
    m = _pattern(needle).search(line)
    return m.start() + 1 if m else None


def text_column(line: str) -> int:
    """Column of the first character of text, after indentation and Markdown markup."""
    m = _LEADING.match(line)
    start = m.end() if m else 0
    return start + 1 if start < len(line) else 1


def utf8_column(line: str, column: int) -> int:
    return len(line[: column - 1].encode("utf-8")) + 1


def utf16_column(line: str, column: int) -> int:
    return len(line[: column - 1].encode("utf-16-le")) // 2 + 1


def search(lines: list[str], candidates: list[int], needle: str | None) -> tuple[int, int]:
    """(line, column) of `needle` on the first candidate line holding it, else the start of the first."""
    if needle:
        for no in candidates:
            column = find_column(lines[no - 1], needle) if 0 < no <= len(lines) else None
            if column:
                return no, column
    first = candidates[0] if candidates else 1
    line = lines[first - 1] if 0 < first <= len(lines) else ""
    return first, text_column(line)

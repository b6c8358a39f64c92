"""docx_numbering: Word's automatic numbering, rendered as the marker a reader sees ("一、", "（一）", "1.").

Word keeps "一、" of an auto-numbered paragraph out of the paragraph text (it lives in numbering.xml),
so without this a Word circular loses every heading marker the outline needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .numerals import circled, cn_numeral

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": cn_numeral,
    "chineseCountingThousand": cn_numeral,
    "chineseLegalSimplified": cn_numeral,
    "japaneseCounting": cn_numeral,
    "taiwaneseCounting": cn_numeral,
    "ideographTraditional": lambda n: _HEAVENLY[n - 1] if 0 < n <= 10 else str(n),
    "decimalEnclosedCircle": circled,
    "decimalEnclosedCircleChinese": circled,
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


@dataclass
class Numbering:
    """numId -> its levels; counters per numId, deeper levels restart when a shallower one counts."""

    lists: dict[str, dict[int, Level]] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    def label(self, p) -> str:
        """The marker Word shows before paragraph `p` ('' when it is not numbered)."""
        num_id, level = self._num_of(p)
        levels = self.lists.get(num_id or "")
        if not levels or level not in levels:
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[level] = counts[level] + 1 if counts[level] else levels[level].start
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        return self._render(levels, level, counts)

    def _render(self, levels: dict[int, Level], level: int, counts: list[int]) -> str:
        lvl = levels[level]
        if lvl.fmt in ("bullet", "none"):
            return ""
        text = lvl.text
        for i in range(9):
            if f"%{i + 1}" in text:
                fmt = FORMATS.get(levels.get(i, lvl).fmt, str)
                text = text.replace(f"%{i + 1}", fmt(counts[i] or levels.get(i, lvl).start))
        return text + ("" if lvl.suffix == "nothing" else " ")

    def _num_of(self, p) -> tuple[str | None, int]:
        num_pr = p.find(f"{W}pPr/{W}numPr")
        style = p.find(f"{W}pPr/{W}pStyle")
        num_id, level = self.styles.get(style.get(f"{W}val"), (None, 0)) if style is not None else (None, 0)
        if num_pr is not None:
            num_id = _val(num_pr.find(f"{W}numId")) or num_id
            level = _int(_val(num_pr.find(f"{W}ilvl")), level)
        return (None if num_id in (None, "0") else num_id), max(0, min(level, 8))


def _val(element) -> str | None:
    return element.get(f"{W}val") if element is not None else None


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 7 else default


def _level(lvl) -> Level:
    return Level(start=_int(_val(lvl.find(f"{W}start")), 1),
                 fmt=_val(lvl.find(f"{W}numFmt")) or "decimal",
                 text=_val(lvl.find(f"{W}lvlText")) or "",
                 suffix=_val(lvl.find(f"{W}suff")) or "tab")


def _ilvl(lvl) -> int:
    return _int(lvl.get(f"{W}ilvl"), 0)


def build(numbering_xml, styles_xml) -> Numbering:
    """Numbering from the numbering part and the styles part (either may be None)."""
    numbering = Numbering()
    if numbering_xml is not None:
        abstract = {a.get(f"{W}abstractNumId"): {_ilvl(lvl): _level(lvl) for lvl in a.iter(f"{W}lvl")}
                    for a in numbering_xml.iter(f"{W}abstractNum")}
        for num in numbering_xml.iter(f"{W}num"):
            levels = dict(abstract.get(_val(num.find(f"{W}abstractNumId")), {}))
            for override in num.iter(f"{W}lvlOverride"):
                start = _val(override.find(f"{W}startOverride"))
                ilvl = _ilvl(override)
                if _int(start, -1) >= 0 and ilvl in levels:
                    old = levels[ilvl]
                    levels[ilvl] = Level(_int(start, 1), old.fmt, old.text, old.suffix)
            numbering.lists[num.get(f"{W}numId")] = levels
    if styles_xml is not None:
        for style in styles_xml.iter(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None and _val(num_pr.find(f"{W}numId")):
                numbering.styles[style.get(f"{W}styleId")] = (
                    _val(num_pr.find(f"{W}numId")), _int(_val(num_pr.find(f"{W}ilvl")), 0))
    return numbering

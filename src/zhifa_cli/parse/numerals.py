"""Chinese numerals as they appear in markers and dates: 一 … 九十九, 二〇二四-style years, ① and ⑴.

The one home of these tables: the line classifier, Word's auto-numbering and check's numbering rules
read and write markers with them.
"""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_DIGITS = "〇零○一二三四五六七八九十百两"
_WRITTEN = "〇一二三四五六七八九"  # how a digit is written (cn_numeral)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # ① … ⑳: circled(n) and back by CIRCLED.index(ch) + 1
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"  # ⑴ is （1） in one character


def cn_to_int(text: str) -> int | None:
    """'十一' -> 11, '二十三' -> 23, '二〇二四' -> 2024, '12' -> 12; None if it is not a numeral."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    if "十" not in text and "百" not in text:  # digit by digit: 二〇二四
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _DIGITS[ch]
    return total + current


def cn_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, up to 99; other numbers stay Arabic ('100')."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _WRITTEN[tens] + "十")
    return head + (_WRITTEN[ones] if ones else "")


def circled(n: int) -> str:
    """3 -> ③, up to ⑳; other numbers stay Arabic."""
    return CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n)

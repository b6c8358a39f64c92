"""deadlines.find_in_prose passes over a text that says none of 年, 月, 季 (most task texts): every form its scanners
read says one of them. These tests hold that premise for each scanner, on texts made of the very characters the
patterns are written in, so a new form without them fails here instead of being skipped unseen."""

from __future__ import annotations

import random

from zhifa_cli.parse import deadlines
from zhifa_cli.parse.deadlines import find_in_prose

SCANNERS = {name: getattr(deadlines, name) for name in ("_PROSE", "_PROSE_BARE_YEAR", "_YEAR_LABEL", "_RELATIVE",
                                                        "_YEARLESS")}
GATE = "年月季"


def _alphabet() -> list[str]:
    """Every CJK character and digit the scanners' patterns name, and what stands around them in a text."""
    chars = set("0123456789，。；：、 ")
    for pattern in SCANNERS.values():
        chars |= {c for c in pattern.pattern if ord(c) > 0x2E7F}
    return sorted(chars)


# deadlines as plans write them, one per form the scanners read
FORMS = ["2024年6月底前", "于2025年", "力争到2025年", "2018年，", "二〇二四年12月31日前", "每年3月1日前", "每年一季度",
         "2024年9月—12月", "2024年下半年", "2024年年底前", "年底前", "今年6月底前", "次年1月底前", "年内", "三季度末前",
         "6月30日以前", "11月中旬前", "6月底", "2020年任务"]


def _texts(alphabet: list[str], forms: list[str], n: int, seed: int) -> list[str]:
    """Forms and characters of the alphabet strung together at random."""
    rng = random.Random(seed)
    pieces = alphabet + forms * 3
    return ["".join(rng.choices(pieces, k=rng.randint(1, 8))) for _ in range(n)]


def _without(text: str) -> str:
    return "".join(c for c in text if c not in GATE)


def test_no_scanner_reads_a_text_without_year_month_or_quarter():
    alphabet = [c for c in _alphabet() if c not in GATE]
    assert len(alphabet) > 40  # 前 底 末 于 到 内 上 下 旬 半 今 次 明 digits and numerals …
    for text in _texts(alphabet, [_without(form) for form in FORMS], 20_000, seed=1):
        for name, pattern in SCANNERS.items():
            assert not pattern.search(text), (name, text)
        assert find_in_prose(text, doc_year=2024) == []


def test_the_same_texts_with_year_month_or_quarter_are_read():
    """The texts above can be read: with 年, 月 and 季 left in, every scanner finds deadlines in them."""
    hits = dict.fromkeys(SCANNERS, 0)
    for text in _texts(_alphabet(), FORMS, 20_000, seed=1):
        for name, pattern in SCANNERS.items():
            hits[name] += bool(pattern.search(text))
    assert min(hits.values()) > 100, hits


def test_prose_deadlines_are_still_found():
    text = "2024年6月底前完成摸排，每年3月1日前报送，今年年内建成，三季度末前验收。持续推进。"
    found = find_in_prose(text, doc_year=2024)
    assert [(d.text, d.kind) for d in found] == [("2024年6月底前", "by_date"), ("每年3月1日前", "recurring"),
                                                 ("三季度末前", "recurring")]
    assert found[0].due.isoformat() == "2024-06-30"
    assert [d.text for d in find_in_prose("9月底前完成", doc_year=2024)] == ["9月底前"]  # 月 alone
    assert [d.text for d in find_in_prose("一季度末前完成", doc_year=2024)] == ["一季度末前"]  # 季 alone

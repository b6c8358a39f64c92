"""Two cheaper scans of session 9, held to the code before over the seeds and the probe pages: normalize asks one
scan whether a text holds any character the odd_spaces / small_forms / fullwidth_alnum fixers look for before asking
each, and disclosure._value passes an empty line by without re.sub."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from zhifa_cli.parse import disclosure, normalize

ROOT = Path(__file__).resolve().parent.parent


@cache
def _texts() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    assert len(files) > 400
    return [path.read_text(encoding="utf-8") for path in files]


def _chars(name: str) -> str:
    """Every character the fixer's need names (its class, unescaped)."""
    return re.sub(r"\\(.)", r"\1", normalize._NEEDS[name].pattern[1:-1])


def test_the_one_scan_finds_a_character_exactly_where_one_of_the_three_needs_does():
    singles = [c for name in normalize._BY_CHAR for c in _chars(name)]
    assert len(singles) > 90
    for text in [*singles, *_texts(), *(line for page in _texts() for line in page.splitlines())]:
        assert bool(normalize._ANY_BY_CHAR.search(text)) == any(normalize._NEEDS[n].search(text)
                                                                 for n in normalize._BY_CHAR), text[:40]


def test_normalize_reads_what_it_read_when_every_fixer_asked_its_own_need(monkeypatch):
    # each page, and each page with one character of each fixer put in (a line of its own and inside a sentence)
    texts = list(_texts())
    for name in normalize._BY_CHAR:
        for k, ch in enumerate(_chars(name)):
            text = texts[k % 40]
            cut = len(text) // 2
            texts.append(f"{text[:cut]}开展{ch}检查{ch}\n{ch}\n{text[cut:]}")
    fast = [normalize.normalize(t) for t in texts]
    monkeypatch.setattr(normalize, "_ANY_BY_CHAR", re.compile(""))  # the one scan says yes: each need is asked
    assert fast == [normalize.normalize(t) for t in texts]
    assert sum(1 for n in fast if {"odd_spaces", "small_forms", "fullwidth_alnum"} & set(n.fixes)) > 50


def _value_before(text: str) -> str:
    text = text.strip().strip("|｜").strip()
    return disclosure._BRACKETED_ANY.sub(r"\g<label>：", text) if disclosure._BRACKETED_LABEL.match(text) else text


def test_value_reads_every_line_as_before():
    lines = [line for text in _texts() for line in text.splitlines()]
    lines += ["", " ", "|", "｜ ｜", "[发文字号]国办发〔2024〕1号", "【成文日期】2024-01-01", "［发布机构］某市人民政府", "[", "【"]
    assert sum(1 for line in lines if not line.strip()) > 300
    for line in lines:
        assert disclosure._value(line) == _value_before(line), line

"""Cheap first looks that skip a costly step only where that step cannot act, held to the step itself: the 版记 pattern
only on lines _may_close lets through, Han counted for lost() only past 10 U+FFFD, column_role cached, self_level
counting units by their first character."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhifa_cli.chars import HAN_CHAR
from zhifa_cli.parse import parse_file
from zhifa_cli.parse.grid import column_role
from zhifa_cli.parse.meta import _CITED, _PRINTED, _SELF, self_level
from zhifa_cli.parse.outline import _COLOPHON, _may_close
from zhifa_cli.parse.read_text import lost

ROOT = Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    return [line.strip() for path in files for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_colophon_line_passes_the_first_look():
    lines = _lines() + ["抄送：县委办", "某县人民政府办公室 2024年8月21日印发", "县人民政府办公室  印发", "联系人：张三"]
    matched = [line for line in lines if _COLOPHON.search(line)]
    assert len(matched) > 10
    assert all(_may_close(line) for line in matched)


@pytest.mark.parametrize(("replaced", "han"), [(0, 0), (10, 0), (11, 0), (11, 10), (11, 11), (12, 11), (40, 60),
                                                (60, 40), (3, 500)])
def test_lost_as_before(replaced, han):
    text = "\ufffd" * replaced + "字" * han + "abc"
    sample = text[:4000]
    assert lost(text) == (sample.count("\ufffd") > max(len(HAN_CHAR.findall(sample)), 10))


def test_column_role_cached_reads_as_uncached():
    cells = [cell for line in _lines() if len(line) <= 14 for cell in [line, *line.split()]]
    assert any(column_role(cell) for cell in cells)
    for cell in cells:
        assert column_role(cell) == column_role.__wrapped__(cell)


def _self_level_plain(text: str, units) -> str | None:
    printed = {a or b for a, b in _PRINTED.findall(text)}
    own = _CITED.sub(lambda m: m.group(0) if m.group(1) in printed else "", text)
    counts = {level: len(re.findall(words, own)) + sum(u.name.startswith(level) for u in units)
              for level, words in _SELF.items()}
    level, n = max(counts.items(), key=lambda kv: kv[1])
    return level if n else None


def test_self_level_counts_units_as_before():
    assert all(len(level) == 1 for level in _SELF)
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        doc = parse_file(path)
        text = "\n".join(t.text for t in doc.tasks)
        units = [u for t in doc.tasks for u in t.units]
        assert self_level(text, units) == _self_level_plain(text, units)
        assert self_level("", units) == _self_level_plain("", units)


def test_value_and_unbullet_as_their_patterns_alone():
    from zhifa_cli.parse.disclosure import _BRACKETED_ANY, _BRACKETED_LABEL, _value
    from zhifa_cli.parse.lines import _BULLET, FAMILIES, _unbullet

    lines = _lines() + ["【发文字号】高政办发〔2025〕1号", "[成文日期]2024-04-19", "● 1.加强监管", "★一、总体要求", "■说明"]
    for line in lines:
        plain = line.strip().strip("|｜").strip()
        # every 【key】 on a line that opens with one (round AY: '【发布机构】X【文号】Y')
        assert _value(line) == (_BRACKETED_ANY.sub(r"\g<label>：", plain) if _BRACKETED_LABEL.match(plain) else plain)
        rest = _BULLET.sub("", line, count=1)
        assert _unbullet(line) == (rest if rest != line and any(p.match(rest) for _, p in FAMILIES) else line)
    assert _value("【发文字号】X") == "发文字号：X" and _unbullet("● 1.加强监管") == "1.加强监管"


def test_sniff_still_finds_markup_in_a_text_file():
    from zhifa_cli.parse.read import sniff

    assert sniff("一、总体要求\n加强监管。".encode(), ".txt") == "text"
    assert sniff("<p>一、总体要求</p>\n<p>加强监管。</p>\n<div class='x'>附件</div>".encode(), ".txt") == "html"

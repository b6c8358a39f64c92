"""Session 11's quicker scans, each held to the pattern or pass it replaces, over the seeds and every probe page and
over random texts: a scan that opens with one character skips to it, one that opens with a class of characters,
alternatives or a look-behind tries every character (normalize's needs and labelled-rows look, str.split for lines
without '\\r', the comma or stop before a label matched instead of looked behind), lines._split_run_on asking
_run_on_cut only where a cut can be, disclosure's label lines by their start."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zhifa_cli.parse import blocks, deadlines, disclosure, lines, normalize
from zhifa_cli.parse.lines import classify_all

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
_TONED = normalize._TONED
# the patterns as they were
ROW_FIELD_ANY = re.compile(r"(?:序号|编号)[^\S\n]*[：:][^\S\n]*1[^\S\n]*$|^[^\S\n]*任务[^\S\n]*[1一][：:]?[^\S\n]*$", re.M)
PINYIN = re.compile(f"[（(] ?[a-zü{_TONED}]")
MARKDOWN = re.compile(r"#|\*\*|__|\\")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
LABEL = blocks._LABEL
INLINE_FIELDS = re.compile(rf"(?<=[。；;—])\s*(?:{LABEL})\s*[：:]")
PROSE = re.compile(deadlines._PROSE.pattern.replace("(?P<lead>于|到|在|截至|截止|力争到|)", "(?P<lead>于|到|在|截至|截止|力争到)?"))
MID_TIME = re.compile(rf"(?<=[，,])\s*(?:{blocks._DEADLINE_LABELS})\s*[：:](?P<value>[^，,；;。（(]{{2,20}})(?=[，,；;。（(]|$)")


@cache
def _texts() -> list[str]:
    assert len(FILES) > 400
    return [path.read_text(encoding="utf-8") for path in FILES]


def _split_before(text: str) -> list[str]:
    parts = LINE_BREAK.split(text)
    if parts and parts[-1] == "":
        parts.pop()
    return parts


def _alike(text: str) -> None:
    assert normalize._opens_labelled_rows(text) == bool(ROW_FIELD_ANY.search(text))
    assert bool(normalize._NEEDS["pinyin"].search(text)) == bool(PINYIN.search(text))
    assert bool(normalize._NEEDS["markdown"].search(text)) == bool(MARKDOWN.search(text))
    assert normalize.split_lines(text) == _split_before(text)
    assert [m.start("at") for m in blocks._INLINE_FIELDS.finditer(text)] == [m.start() for m in INLINE_FIELDS.finditer(text)]
    assert [(m.start("at"), m.end(), m.group("value")) for m in blocks._MID_TIME.finditer(text)] \
        == [(m.start(), m.end(), m.group("value")) for m in MID_TIME.finditer(text)]
    assert [(m.span(), m.span("expr"), m.group("tail")) for m in deadlines._PROSE.finditer(text)] \
        == [(m.span(), m.span("expr"), m.group("tail")) for m in PROSE.finditer(text)]
    if "年" not in text and "五" not in text:  # find_in_prose scans for _PROSE only in a text saying one of them
        assert deadlines._PROSE.search(text) is None
    if not any(word in text for word in deadlines._RELATIVE_WORDS):  # ... and for _RELATIVE only with one of these
        assert deadlines._RELATIVE.search(text) is None


def test_the_quicker_scans_find_what_the_patterns_found_on_every_page():
    assert PROSE.pattern != deadlines._PROSE.pattern  # the pattern as it was, its lead an optional group
    for text in _texts():
        _alike(text)
        for line in text.splitlines():
            _alike(line)
    assert sum(bool(ROW_FIELD_ANY.search(text)) for text in _texts()) >= 2  # pages of labelled rows


ROWS = ["序号：1", "编号:1 ", "  任务1", "任务一：", "x任务1", "任务 1", "\n任务1\n", "\t任务一\r\n", "序号：12", "。任务1：",
        "（zhí）", "(fǎ)", "( de)", "**粗**", "#", "__", "1\\.", "\r", "\r\n", "\n\n", "，完成时限：2024年底前，", "。责任单位：县局",
        "—牵头单位：A", "，时限：长期坚持。", "于2024年底前", "到2025年6月", "力争到2026年", "年底前", "每年3月底前", "今年6月底前", "年度内", "年内", "次年1月",
        "十四五末", "“十三五”期末", "6月底前", "三季度末前", "分管副县长：", "包保领导：", "责任人：", "县司法局", "一、", " ", "\u3000"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(ROWS), max_size=8).map("".join))
def test_the_quicker_scans_on_random_texts(text):
    _alike(text)


def _split_run_on_before(found: list) -> list:
    """lines._split_run_on as it was: every line asked for a cut."""
    last: dict = {}
    out = []
    for ln in found:
        while True:
            if ln.kind == "heading" and ln.family:
                last[ln.family] = ln
                for deeper in [f for f in last if lines.RANK[f] > lines.RANK[ln.family] and f in ("paren_arabic", "circled")]:
                    del last[deeper]
            cut = lines._run_on_cut(ln, last)
            if cut is None:
                break
            out.append(lines.classify(ln.no, ln.text[:cut]))
            ln = lines.classify(ln.no, ln.text[cut:].strip())
        out.append(ln)
    return out


def test_run_on_headings_are_cut_where_they_were():
    cut = 0
    for text in [*_texts(), "一、总体要求1.加强领导。\n（一）完善机制。（1）推进。（2）落实。\n1.开展检查。2.组织培训。"]:
        classified = [lines.classify(no, line) for no, line in enumerate(normalize.normalize(text).lines, 1)]
        got = lines._split_run_on(classified)
        assert got == _split_run_on_before(classified)
        cut += len(got) - len(classified)
    assert cut > 10


def _text_meta_before(found_lines: list[str]):
    """disclosure.text_meta as it was: every line's labels found before asking whether it opens with one."""
    original = disclosure._TEXT_LABEL

    class Scan:
        def match(self, line):  # the match at 0, as finditer's first match at 0 said
            first = next(original.finditer(line), None)
            return first if first is not None and first.start() == 0 else None

        def __getattr__(self, name):
            return getattr(original, name)

    disclosure._TEXT_LABEL = Scan()
    try:
        return disclosure.text_meta(found_lines)
    finally:
        disclosure._TEXT_LABEL = original


def test_disclosure_fields_read_alike():
    read = 0
    for text in _texts():
        head = [ln.text for ln in classify_all(normalize.normalize(text).lines)[:80]]
        got = disclosure.text_meta(head)
        assert got == _text_meta_before(head)
        read += got is not None
    assert read >= 20


def test_a_cached_region_reads_as_a_fresh_one():
    """meta._region_from_text is asked of the title and the issuer over and over: cached by the text."""
    from zhifa_cli.parse import meta

    found = 0
    for text in _texts():
        for line in normalize.normalize(text).lines[:30]:
            for _ in range(2):
                assert meta._region_from_text(line) == meta._region_from_text.__wrapped__(line)
            found += meta._region_from_text(line) is not None
    assert found > 300


def test_the_cached_halfwidth_fixer_reads_lines_as_the_fixer_does():
    fix = dict(normalize.FIXERS)["halfwidth_punct"]
    changed = 0
    for text in _texts():
        for line in text.splitlines():
            for _ in range(2):  # the second time from the cache
                assert fix(line) == normalize._halfwidth_punct(line)
            changed += fix(line) != line
    assert changed > 50

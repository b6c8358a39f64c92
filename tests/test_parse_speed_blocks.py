"""The clause reader's faster paths read what the plain ones did: _close visits only brackets, _dedupe keys a record
by its field values instead of its JSON, parse_field is cached. Held to plain reference implementations (the code
before) over the lines of the seeds and the probe pages, and over the records the seeds parse to."""

from __future__ import annotations

from pathlib import Path

from zhifa_cli.parse import parse_file
from zhifa_cli.parse.blocks import _REACH, CLOSE, OPEN, _close
from zhifa_cli.parse.deadlines import parse_field
from zhifa_cli.parse.tasks import _dedupe

ROOT = Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]


def _close_plain(text: str, start: int) -> tuple[int, bool]:
    """_close as it was: one step per character."""
    depth = 0
    for i in range(start, min(len(text), start + _REACH)):
        if text[i] in OPEN:
            depth += 1
        elif text[i] in CLOSE:
            depth -= 1
            if depth == 0:
                return i + 1, True
    return len(text), False


def test_close_finds_the_closing_bracket_the_character_loop_found():
    texts = _lines() + ["（A（B）C", "（A〕B）", "（" + "甲" * (_REACH + 10) + "）", "（）", "（A）B）"]
    opened = 0
    for text in texts:
        for start, ch in enumerate(text):
            if ch in OPEN:
                opened += 1
                assert _close(text, start) == _close_plain(text, start), (text, start)
    assert opened > 1000


def _dedupe_plain(values: list) -> list:
    seen, out = set(), []
    for value in values:
        key = value.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def test_dedupe_keeps_what_deduping_by_json_kept():
    docs = [parse_file(path) for path in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    units = [u for doc in docs for t in doc.tasks for u in t.units]
    deadlines = [d for doc in docs for t in doc.tasks for d in t.deadlines]
    # as a record's lists are built: one task's, then with the next's appended (repeats among them)
    for values in (units, deadlines, units[:40] * 2, deadlines[:40] + deadlines[:20]):
        assert _dedupe(values) == _dedupe_plain(values)
    assert len(_dedupe(units[:40] * 2)) < 80
    changed = deadlines[0].model_copy(update={"inferred": not deadlines[0].inferred})
    assert _dedupe([deadlines[0], changed]) == [deadlines[0], changed]


def test_parse_field_cached_reads_the_same():
    first = parse_field("2024年6月底前", doc_year=2024)
    assert (first.kind, str(first.due)) == ("by_date", "2024-06-30")
    assert parse_field("2024年6月底前", doc_year=2024, source="prose").source == "prose"
    assert parse_field("6月底前", doc_year=2023).due.year == 2023
    assert parse_field("6月底前", doc_year=2025).due.year == 2025

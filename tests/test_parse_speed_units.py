"""The unit reader's faster paths read exactly what the plain ones did: split_top visits only brackets and
separators, canonical looks abbreviations up by length and is cached, split_units is cached. Each is held to a
plain reference implementation (the code before) over every line of the seeds and the probe pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhifa_cli.parse import units
from zhifa_cli.parse.units import canonical, split_top, split_units, vocabulary

ROOT = Path(__file__).resolve().parent.parent
SEPARATORS = ["，,；;", "、及", "和", "、/／", "；;", "、，,；;", "，,", "、", "，,；;、及"]


def _lines() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _split_top_plain(text: str, seps: str) -> list[str]:
    """split_top as it was: one step per character."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in units._SPLIT_OPEN:
            depth += 1
        elif ch in units._SPLIT_CLOSE:
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _canonical_plain(name: str) -> str:
    """canonical as it was: uncached, every abbreviation tried, longest first."""
    name = units._BY.sub("", re.sub(r"\s+", "", name.translate(units._BRACKETS)).strip("。"))
    while (shorter := units._TRAILING.sub("", name)) != name:
        name = shorter
    for short, full in vocabulary()["abbreviations"]:
        if name.endswith(short) and not name.endswith(full):
            return name[: -len(short)] + full
    return name


def test_split_top_reads_every_line_as_the_character_loop_did():
    lines = _lines()
    assert len(lines) > 1000
    bracketed = [line for line in lines if any(ch in units._SPLIT_OPEN for ch in line)]
    assert bracketed  # the nesting path is exercised, not only plain lists
    for seps in SEPARATORS:
        for line in lines:
            assert split_top(line, seps) == _split_top_plain(line, seps), (seps, line)


@pytest.mark.parametrize("text", ["A）、B（C、D）、E", "（（A、B）、C", "A、】B、【C、D", "、、A、", ""])
def test_split_top_stray_and_nested_brackets(text):
    assert split_top(text, "、") == _split_top_plain(text, "、")


def test_canonical_expands_abbreviations_as_before():
    names = [f"{level}{short}" for short, _ in vocabulary()["abbreviations"] for level in ("", "市", "县", "各区")]
    names += [f"市{full}" for _, full in vocabulary()["abbreviations"]]
    names += [part for line in _lines()[:3000] for part in split_top(line, "、，,；;") if len(part) <= 20]
    assert any(_canonical_plain(name) != name for name in names)
    for name in names:
        assert canonical(name) == _canonical_plain(name), name
    assert canonical("市发改委") == "市发展和改革委员会"


def test_split_units_hands_out_a_fresh_list_each_time():
    first = split_units("县司法局牵头，县财政局配合")
    assert [(u.name, u.role) for u in first] == [("县司法局", "lead"), ("县财政局", "support")]
    first.clear()
    assert [(u.name, u.role) for u in split_units("县司法局牵头，县财政局配合")] == [("县司法局", "lead"),
                                                                            ("县财政局", "support")]

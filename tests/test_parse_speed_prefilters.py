"""Two faster paths that must read exactly what the plain ones did, held to the code before over every line of the
seeds and the probe pages: classify tries the heading families only on a line opening as a marker can
(_MARKER_START), and the half-width stop pattern starts with its '.' instead of its lookbehinds."""

from __future__ import annotations

import re
from pathlib import Path

from zhifa_cli.parse import lines as lines_mod
from zhifa_cli.parse import normalize
from zhifa_cli.parse.normalize import CJK, CJK_PUNCT

ROOT = Path(__file__).resolve().parent.parent
# the pattern as it was: lookbehinds first, so the engine tried them at every position
_HALF_STOP_BEFORE = re.compile(rf"(?<=[{CJK}])(?<![一二三四五六七八九十百千〇零])\.(?=[{CJK}{CJK_PUNCT}]|$)")


def _lines() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_no_family_marker_opens_a_line_the_prefilter_rejects():
    texts = _lines() + [ln.strip() for ln in _lines()]
    rejected = [t for t in texts if not lines_mod._MARKER_START.match(t)]
    assert len(rejected) > 1000  # most body lines skip the families
    for text in rejected:
        assert not any(pattern.match(text) for _, pattern in lines_mod.FAMILIES), text
    # and every opening the families know passes it ('第三章', '十、', '（二）', '12.', '⑶', '③')
    for text in ["第三章 总则", "十、加强领导", "（二）完善机制", "12.推进", "⑶建立", "③落实", "３．全角"]:
        assert lines_mod._MARKER_START.match(text) or not any(p.match(text) for _, p in lines_mod.FAMILIES), text


def test_half_stop_matches_the_same_dots():
    texts = _lines() + ["扩大普惠性学前教育资源.新建幼儿园", "…长期坚持.(牵头单位", "一.总则", "市.县两级", "做到.", "3.5万"]
    dotted = [t for t in texts if "." in t]
    assert len(dotted) > 50
    for text in dotted:
        assert [m.span() for m in normalize._HALF_STOP.finditer(text)] == \
            [m.span() for m in _HALF_STOP_BEFORE.finditer(text)], text


def _wrap_width_before(lines: list) -> int | None:
    """wrap_width as it was: each window summed by a generator for every width."""
    from collections import Counter
    lengths = [len(ln.text) for ln in lines if ln.kind != "blank" and len(ln.text) >= 12]
    if len(lengths) < 8:
        return None
    counts = Counter(lengths)
    best = max(range(20, 61), key=lambda n: sum(counts[n + d] for d in range(-2, 3)))
    near = sum(counts[best + d] for d in range(-2, 3))
    return best if near >= 8 and near >= len(lengths) / 3 else None


def test_wrap_width_picks_the_width_it_picked_before():
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    widths = []
    for path in files:
        classified = [lines_mod.classify(i + 1, t) for i, t in enumerate(path.read_text(encoding="utf-8").splitlines())]
        widths.append(lines_mod.wrap_width(classified))
        assert widths[-1] == _wrap_width_before(classified), path.name
    assert any(w is not None for w in widths) and None in widths  # both a hard-wrapped page and others are read
    # a tie between widths keeps the first (the narrowest), as max did: lines of 30 and of 36 characters
    tied = [lines_mod.classify(i, "字" * (30 if i % 2 else 36)) for i in range(1, 21)]
    assert lines_mod.wrap_width(tied) == _wrap_width_before(tied) == 28

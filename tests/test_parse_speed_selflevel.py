"""self_level counts its four levels' words in one scan: the level it finds is the one counting each level's
words apart finds, on real texts and on every run of three of its words (自治区's 区 opens 区委 / 区政府 / 区级:
the one place two levels' words overlap)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from zhifa_cli.parse.meta import _CITED, _PRINTED, _SELF, self_level

ROOT = Path(__file__).resolve().parent.parent


def _apart(text: str) -> str | None:
    """self_level as it counted before: one scan a level."""
    printed = {a or b for a, b in _PRINTED.findall(text)}
    own = _CITED.sub(lambda m: m.group(0) if m.group(1) in printed else "", text)
    counts = {level: len(re.findall(words, own)) for level, words in _SELF.items()}
    level, n = max(counts.items(), key=lambda kv: kv[1])
    return level if n else None


def _texts() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in files]


def test_one_scan_finds_the_level_counting_apart_finds():
    texts = _texts()
    assert len(texts) > 50
    for text in texts:
        assert self_level(text) == _apart(text)
        for line in text.splitlines():
            assert self_level(line) == _apart(line)


def test_every_run_of_three_words_and_tails_reads_as_counting_apart():
    """自治区 then 政府 then 全区: the 区政府 its 区 opens ties 区 with 省 and 全区 tips it; counted wrong, 省 wins."""
    pieces = [word for words in _SELF.values() for word in words.split("|")] + ["委", "政府", "级", "，"]
    runs = ["".join(run) for run in itertools.product(pieces, repeat=3)]
    assert _apart("自治区政府全区") == "区"
    for run in runs:
        assert self_level(run) == _apart(run), run

"""Resource bounds of `zhifa diff` (issue 13, item 7): jieba sees bounded pieces of a text, so a long run
of digits or of characters outside the dictionary costs linear, bounded time and memory. Timings are
`make bench`'s business (bench/bench_bounds.py); these tests pin the mechanism."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from zhifa_cli.compare import compare, features, segment
from zhifa_cli.corpus import search_words
from zhifa_cli.parse import parse_text

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def _rare_han(count: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    return "".join(chr(rnd.randrange(0x4E00, 0x9FA5)) for _ in range(count))


@pytest.fixture
def spy(monkeypatch):
    """Every string zhifa's tokenizer is asked to cut, by length (runs and whole)."""
    monkeypatch.setitem(segment._state, "store", None)  # no words from earlier runs: the tokenizer cuts them all
    tokenizer = segment._tokenizer(["行政执法"])  # the shared tokenizer exists
    real = tokenizer.cut
    seen: list[str] = []

    def cut(text, *args, **kwargs):
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(tokenizer, "cut", cut)
    monkeypatch.setattr(segment, "_memo", {})
    return seen


def test_jieba_is_never_given_an_overlong_run_or_text(spy):
    text = "强化执法监督。" + "7" * 60_000 + "，" + _rare_han(30_000)
    words = segment.cut([text])[0]
    assert "".join(words) == text
    assert spy, "the tokenizer was not used"
    longest_run = max(len(run) for piece in spy for run in segment._RUN.findall(piece))
    assert longest_run <= segment.MAX_RUN
    assert sum(map(len, spy)) <= segment.MAX_TEXT
    assert words[:3] == ("强化", "执法监督", "。")


def test_pieces_keep_jiebas_words_on_a_text_without_overlong_runs(spy):
    seed = (RAW / "yandu.txt").read_text(encoding="utf-8")
    text = seed[:15_000]
    assert len(segment.pieces(text)) == 1
    jieba = segment.import_jieba()
    stock = jieba.Tokenizer()
    stock.initialize()
    assert segment.cut([text])[0] == tuple(stock.lcut(text))


def test_pieces_cut_only_the_overlong_runs():
    text = "第一。" + "8" * 2_500 + "，乙" + "9" * 1_001
    parts = segment.pieces(text)
    assert "".join(parts) == text
    assert [len(p) for p in parts] == [3, 1000, 1000, 500, 1, 1000, 2]


def test_ngrams_of_a_pathological_task_are_bounded():
    text = _rare_han(60_000)
    tokens = segment.cut([text])[0]
    grams = [t for t in features.terms(tokens) if t.startswith("#")]
    assert 0 < len(grams) <= 2 * segment.MAX_TEXT


def test_the_search_index_cuts_in_bounded_pieces():
    words = search_words.index_terms("裁量权基准" + "5" * 40_000).split()
    assert "裁量权" in words and "基准" in words
    assert max(map(len, words)) <= segment.MAX_RUN


def test_diff_of_a_task_holding_a_megabyte_of_digits_still_pairs_every_task():
    seed = (RAW / "yandu.txt").read_text(encoding="utf-8")
    marker = "2. 规范行政裁量权基准适用。"
    assert marker in seed
    big = parse_text(seed.replace(marker, marker + "7" * 2**20 + "。", 1))
    small = parse_text(seed)
    stats = compare(small, big).stats
    assert (stats.pairs, stats.same, stats.changed) == (len(small.tasks), len(small.tasks) - 1, 1)

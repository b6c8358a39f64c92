"""The cached paragraph readers (memo.cached): a repeat reads what the first reading read, and a caller that changes
what it got changes nothing the next caller gets."""

from __future__ import annotations

from pathlib import Path

from zhifa_cli.parse.blocks import find_blocks
from zhifa_cli.parse.deadlines import find_in_prose
from zhifa_cli.parse.memo import cached
from zhifa_cli.parse.targets import find_targets

ROOT = Path(__file__).resolve().parent.parent
CLAUSE = "加强执法监督，2024年底前全覆盖，培训率达到95%以上。（牵头单位：县司法局；配合单位：县财政局；完成时限：2024年6月底前）"


def _paragraphs() -> list[str]:
    return [line.strip() for path in sorted((ROOT / "data" / "raw").glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_cached_reading_equals_a_fresh_one():
    for text in _paragraphs():
        for _ in range(2):  # the second call is served by the cache
            assert find_blocks(text, doc_year=2024) == find_blocks.__wrapped__(text, doc_year=2024)
            assert find_in_prose(text, doc_year=2024) == find_in_prose.__wrapped__(text, doc_year=2024)
            assert find_targets(text) == find_targets.__wrapped__(text)


def test_changing_what_one_caller_got_leaves_the_next_reading_whole():
    blocks = find_blocks(CLAUSE, doc_year=2024)
    assert [(u.name, u.role) for u in blocks[0].units] == [("县司法局", "lead"), ("县财政局", "support")]
    blocks[0].units.clear()
    blocks[0].start = 0
    blocks.append(blocks[0])
    again = find_blocks(CLAUSE, doc_year=2024)
    assert len(again) == 1 and len(again[0].units) == 2 and again[0].start == CLAUSE.index("（")
    prose = find_in_prose(CLAUSE, doc_year=2024)
    assert [str(d.due) for d in prose] == ["2024-12-31", "2024-06-30"]
    prose.clear()
    assert len(find_in_prose(CLAUSE, doc_year=2024)) == 2
    targets = find_targets(CLAUSE)
    assert [t.value for t in targets] == [95]
    targets.clear()
    assert len(find_targets(CLAUSE)) == 1


def test_cached_reads_once_per_distinct_argument():
    calls = []

    @cached()
    def reader(text: str, *, year: int | None = None) -> list[str]:
        calls.append((text, year))
        return [text]

    assert reader("a", year=1) == reader("a", year=1) == ["a"]
    assert reader("a", year=2) == ["a"]
    assert calls == [("a", 1), ("a", 2)]


def test_forget_empties_every_parser_cache():
    from zhifa_cli.parse.deadlines import parse_field
    from zhifa_cli.parse.grid import column_role
    from zhifa_cli.parse.memo import forget
    from zhifa_cli.parse.units import _split_units, canonical

    find_blocks(CLAUSE, doc_year=2024)
    column_role("责任单位")
    lrus = [canonical, _split_units, parse_field, column_role]
    assert all(f.cache_info().currsize > 0 for f in lrus)
    forget()
    assert all(f.cache_info().currsize == 0 for f in lrus)
    assert find_blocks(CLAUSE, doc_year=2024) == find_blocks.__wrapped__(CLAUSE, doc_year=2024)

"""The clause readers cached by their text (blocks.read_fields, blocks._plain_roles): a plan repeats its clauses in
paragraphs that differ, so the clause is read once; each caller still gets a block of its own to change."""

from __future__ import annotations

from pathlib import Path

from zhifa_cli.parse.blocks import _plain_roles, find_blocks, read_fields

ROOT = Path(__file__).resolve().parent.parent
CLAUSE = "责任单位：县司法局、县财政局；完成时限：2024年6月底前"


def _brackets() -> list[str]:
    """Every bracket body of the five seeds' lines, the clauses among them."""
    bodies = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            bodies += [part.split("）", 1)[0] for part in line.split("（")[1:]]
    return bodies


def test_a_cached_clause_reads_as_a_fresh_one():
    bodies = _brackets()
    assert sum("责任单位" in b for b in bodies) > 20
    for body in bodies:
        for _ in range(2):  # the second reading is served by the cache
            assert read_fields(body, doc_year=2024) == read_fields.__wrapped__(body, doc_year=2024)
            assert _plain_roles(body) == _plain_roles.__wrapped__(body)


def test_a_block_changed_by_one_reader_leaves_the_next_reading_whole():
    block = read_fields(CLAUSE, doc_year=2024)
    assert [u.name for u in block.units] == ["县司法局", "县财政局"] and block.end == len(CLAUSE)
    block.units.clear()
    block.problems.append("x")
    block.start, block.end = 5, 9
    again = read_fields(CLAUSE, doc_year=2024)
    assert [u.name for u in again.units] == ["县司法局", "县财政局"]
    assert again.problems == [] and (again.start, again.end) == (0, len(CLAUSE))


def test_an_unclosed_bracket_says_so_only_where_it_is_unclosed():
    """find_blocks adds 'unclosed bracket' to the block it read: the same clause closed in the next task says nothing."""
    cut = find_blocks(f"开展执法检查。（{CLAUSE}", doc_year=2024)
    assert cut[0].problems == ["unclosed bracket around the 责任单位 block"]
    whole = find_blocks(f"开展普法宣传。（{CLAUSE}）", doc_year=2024)
    assert whole[0].problems == [] and [u.name for u in whole[0].units] == ["县司法局", "县财政局"]

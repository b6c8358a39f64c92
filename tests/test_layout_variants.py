"""Every seed circular re-rendered in the layouts other governments use must parse to the same record (issue 9).

The renderings come from tests/layout_variants.py (its docstring says how to add one). A (seed, variant) the
parser does not read yet is listed in XFAIL with what breaks, strict: when a parser fix makes it pass, the
test fails as XPASS and the entry must go.
"""

from __future__ import annotations

import re

import layout_variants as lv
import pytest

from zhifa_cli.errors import ZhifaError
from zhifa_cli.parse import parse_text

# (seed, variant) -> what the parser gets wrong today.
XFAIL: dict[tuple[str, str], str] = {}  # (seed, variant) -> what the parser gets wrong; empty: all parse


def _param(seed: str, variant: str):
    reason = XFAIL.get((seed, variant))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(seed, variant, marks=marks, id=f"{seed}-{variant}")


CASES = lv.cases()


@pytest.mark.parametrize("seed,variant", [_param(s, v) for s, v in CASES])
def test_variant_parses_to_the_same_record(seed, variant):
    text = lv.render(seed, variant)
    try:
        doc = parse_text(text, doc_id=seed)
    except ZhifaError as exc:
        pytest.fail(f"{seed}/{variant}: {exc}")
    meta = lv.BY_NAME[variant].meta
    problems = lv.difference(lv.expected(seed, variant), lv.view(doc.model_dump(mode="json"), meta))
    assert not problems, f"{seed}/{variant}:\n{problems}"


def test_xfail_table_names_only_generated_cases():
    assert set(XFAIL) <= set(CASES)


# --- the generator itself: its transforms keep the information a reader needs ------------------------

KEEP_EVERY_CHARACTER = ("no_blank_lines", "blank_lines_everywhere", "hard_wrapped", "pdf_like", "crlf",
                        "halfwidth_punct", "tasks_run_together", "task_title_own_line")


def test_every_variant_applies_to_some_seed():
    assert {v.name for v in lv.VARIANTS} == {variant for _, variant in CASES}


@pytest.mark.parametrize("variant", KEEP_EVERY_CHARACTER)
def test_line_transforms_keep_every_character_in_order(variant):
    for seed, name in CASES:
        if name == variant:
            assert lv.fold(lv.render(seed, variant)) == lv.fold(lv.load(seed).text), seed


@pytest.mark.parametrize("seed", lv.SEEDS)
def test_hard_wrap_breaks_only_where_a_reader_sees_a_continuation(seed):
    for line in lv.load(seed).lines:
        pieces = lv.wrap(line)
        assert "".join(pieces) == line.strip() or pieces == [line]
        for before, after in zip(pieces, pieces[1:], strict=False):
            assert before[-1] not in "。；！？", (before, after)
            assert after[0] not in "，。、；：）〕】”", (before, after)
            assert not lv._MARKER_START.match(after), (before, after)
            assert not (before[-1].isascii() and after[0].isascii() and before[-1].isalnum() and after[0].isalnum())


_NOT_NAMES = re.compile(rf"{lv._LABEL}|按职责分工负责|牵头|负责|配合|[、,，；;:：()（）\[\]〔〕【】\s。]")


@pytest.mark.parametrize("style", [lv.labelled, lambda c: lv.labelled(c, brackets="〔〕"), lv._square_half,
                                   lv._all_comma, lv._role_words])
def test_clause_styles_keep_every_unit_and_deadline(style):
    found = 0
    for name in lv.SEEDS:
        for line in lv.load(name).lines:
            for start, end in lv.find_clauses(line):
                if end < 0:
                    continue
                clause = lv.read_clause(line[start + 1: end - 1])
                rendered = style(clause)
                assert sorted(_NOT_NAMES.sub("", rendered)) == sorted(_NOT_NAMES.sub("", line[start:end])), line
                found += 1
    assert found > 100


def test_label_line_keeps_the_sentence_end_with_its_sentence():
    seed = lv.Seed("made-up", "1. 甲。乙（责任单位：市司法局）。丙。（责任单位：市财政局；完成时限：2024年底）",
                   {"tasks": [{"lines": [1, 1]}], "sections": []})
    assert lv.restyle_clauses(seed, after=lv._label_line).split("\n") == [
        "1. 甲。乙。", "责任单位：市司法局。", "丙。", "责任单位：市财政局；完成时限：2024年底。"]

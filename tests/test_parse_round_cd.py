"""Round CD's layouts, each on a made-up example of its pattern: pages copying the development set's layouts with new
domains, places and units. The one miss was a role note worded '排在首位的为牵头单位' (no 单位 before 为牵头).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

import pytest

from zhifa_cli.parse import parse_text


def _roles(doc):
    return [[(u.raw, u.role) for u in t.units] for t in doc.tasks]


def _plan(note: str) -> str:
    return ("某市进一步加强食品安全监管若干措施\n一、健全监管机制\n"
            "（一）建立食品安全风险会商制度，定期研判风险隐患。\n\n"
            f"责任单位：市市场监管局、市卫生健康委{note}\n\n完成时限：2021年6月底前\n\n"
            "（二）推行校园食品安全“互联网+明厨亮灶”。\n\n责任单位：市教育局、市市场监管局\n\n完成时限：持续推进\n")


@pytest.mark.parametrize("note", ["（排在首位的为牵头单位，下同）", "（排在第一位的为牵头单位，下同）",
                                  "（列第一位的为牵头单位，下同）", "（排名第一的为牵头单位，下同）",
                                  "（第一责任单位为牵头单位，下同）"])
def test_a_note_that_the_unit_named_first_leads_is_read_in_its_several_wordings(note):
    # round CD: '(排在首位的为牵头单位，下同)' (no 单位 before 为牵头) was removed as a note but not read: the first
    # unit stayed 'responsible' (CD02, roles only; A03's '第一责任单位为牵头单位' was read)
    # (the note's 下同 is not carried to task (二) yet: its units stay 'responsible', as before)
    assert _roles(parse_text(_plan(note))) == [
        [("市市场监管局", "lead"), ("市卫生健康委", "support")],
        [("市教育局", "responsible"), ("市市场监管局", "responsible")]]


def test_a_note_without_the_lead_first_wording_leaves_the_roles_alone():
    # guard: a bracket naming 首位 or 第一 without '为牵头' is no role note
    for note in ("（排名不分先后）", "（第一位为联系人，下同）"):
        assert _roles(parse_text(_plan(note))) == [
            [("市市场监管局", "responsible"), ("市卫生健康委", "responsible")],
            [("市教育局", "responsible"), ("市市场监管局", "responsible")]], note

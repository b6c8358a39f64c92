"""compare.lexicon: the shipped policy lexicon keeps its rules, and finds concepts in the seeds' wording."""

from __future__ import annotations

import pytest
import yaml

from zhifa_cli.compare import lexicon as L


def test_the_shipped_lexicon_keeps_its_rules():
    from importlib import resources

    data = yaml.safe_load(resources.files("zhifa_cli").joinpath("data/policy_lexicon.yaml").read_text("utf-8"))
    forms = [str(f) for fs in data["concepts"].values() for f in fs]
    assert len(forms) == len(set(forms)) and min(map(len, forms)) >= 2
    assert len(L.lexicon().concept_of) == len(forms) and L.lexicon().weight > 0


@pytest.mark.parametrize("data, message", [
    ({"concepts": {"考核评价": ["考"]}}, "shorter than 2"),
    ({"concepts": {"考核评价": ["考评"], "监督": ["考评"]}}, "listed under 考核评价 and 监督"),
])
def test_a_bad_lexicon_is_refused_with_the_form_named(data, message):
    with pytest.raises(ValueError, match=message):
        L.build(data)


def test_concepts_are_found_longest_form_first_and_never_twice():
    # 南昌 16 "…建立一套比较科学的量化考核指标。每年组织开展对行政执法部门的综合考评…"; 盐都 四.4 "考核评价指标体系"
    found = L.lexicon().find("建立一套比较科学的量化考核指标。每年组织开展对行政执法部门的综合考评，根据考评结果")
    assert found == {"考核评价": {"量化考核": 1, "综合考评": 1, "考评": 1}}
    # 盐都 三.4: the long form 重大行政执法决定法制审核 is read once, as itself
    text = "全面落实行政执法公示制度、行政执法全过程记录制度、重大行政执法决定法制审核制度"
    assert L.lexicon().find(text) == {"三项制度": {"公示制度": 1, "全过程记录": 1, "重大行政执法决定法制审核": 1}}
    assert L.concept_terms(text) == {"~三项制度": 3}

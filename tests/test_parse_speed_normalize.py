"""normalize skips a fixer when the text lacks what that fixer needs (_NEEDS): held to the rule that makes the skip
safe, on every line of the seeds and the probe pages and on lines written to make each fixer act: wherever a fixer
changes a line, what it needs is in that line."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhifa_cli.parse.normalize import _NEEDS, FIXERS, normalize

ROOT = Path(__file__).resolve().parent.parent
# one line each fixer acts on
ACTING = ["执行\u00a0到位\u200b。", "执(zhí)法(fǎ)人员（rén yuán）", "加强﹐监管﹔", "## 一、总体要求", "**二、重点任务**",
          "__三、保障__", "完成率达到９５％，ＡＢＣ级", "落实(县司法局)要求:按时,完成;好吗?是!", "县司法局 and 县财政局",
          "县司法局 负责 2024年 完成", "的(de)确(que)要(yao)", "执(zhi)法", "1\ufe0f\u20e3推进综合执法改革。", "1\\. 推进改革。",
          "县⼈⺠政府､2024年6⽉底前"]


def _lines() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines()] + ACTING


@pytest.mark.parametrize("name", sorted(_NEEDS))
def test_a_fixer_changes_only_lines_holding_what_it_needs(name):
    fix = dict(FIXERS)[name]
    changed = [line for line in _lines() if fix(line) != line]
    assert changed  # the fixer acts somewhere: the rule is not held vacuously
    for line in changed:
        assert _NEEDS[name].search(line), line


def test_the_skipped_fixers_are_still_reported_when_they_act():
    fixes = normalize("\n".join(ACTING)).fixes
    assert {"odd_spaces", "pinyin", "small_forms", "markdown", "fullwidth_alnum", "halfwidth_punct", "stray_and",
            "cjk_spaces"} <= set(fixes)
    assert normalize("一、总体要求\n加强监管。").fixes == []

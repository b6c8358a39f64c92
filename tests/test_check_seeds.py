"""zhifa check on the five seed circulars: every finding below was verified by reading the text."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from zhifa_cli.check import check_paths
from zhifa_cli.models import CheckReport

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def report() -> CheckReport:
    old = Path.cwd()
    os.chdir(ROOT)  # file names in findings are relative to the working directory
    try:
        return check_paths(["data/raw"])
    finally:
        os.chdir(old)


def counts(report: CheckReport, name: str) -> dict[str, int]:
    return dict(Counter(f.rule for f in report.findings if f.file == f"data/raw/{name}.txt"))


def where(report: CheckReport, name: str, rule: str) -> list[tuple[int, str | None]]:
    return [(f.line, f.task) for f in report.findings if f.file == f"data/raw/{name}.txt" and f.rule == rule]


def test_the_seed_circulars_pass_at_the_default_fail_level(report):
    assert len(report.documents) == 5
    assert report.counts["error"] == 0 and not report.failed


def test_nanchang(report):
    # No 文号 and no 署名 above "2024年4月17日" (the text starts at the 主送机关); task 20 (line 40) is the
    # only one of 24 whose parenthesis has no 完成时限.
    assert counts(report, "nanchang") == {"ZF010": 1, "ZF014": 1, "ZF016": 1}
    assert where(report, "nanchang", "ZF010") == [(40, "20")]


def test_shangrao(report):
    # Issued 2024-02-23, yet measure 7 of the 任务分解表 (line 125, detailing task 3) says 2023年并长期坚持.
    assert counts(report, "shangrao") == {"ZF012": 1}
    finding = next(f for f in report.findings if f.rule == "ZF012")
    assert (finding.line, finding.task) == (125, "3") and "2023年并长期坚持 (2023-12-31)" in finding.message


def test_shangrao_fazhi(report):
    # 50 measures, no 完成时限 slots; only 3 (每年3月1日前), 16 (每年1月底前和7月底前) and 38 (力争到2025年)
    # state a time limit.
    assert counts(report, "shangrao-fazhi") == {"ZF009": 47}
    assert {t for _l, t in where(report, "shangrao-fazhi", "ZF009")} == {str(n) for n in range(1, 51)} - {"3", "16", "38"}


def test_tongling_jiaoqu(report):
    # No 文号 under the 通知 title; tasks 2, 4, 9, 10 and 12 give dates in their prose, the other 12 none.
    assert counts(report, "tongling-jiaoqu") == {"ZF009": 12, "ZF014": 1}
    dated = {"2", "4", "9", "10", "12"}
    assert {t for _l, t in where(report, "tongling-jiaoqu", "ZF009")} == {str(n) for n in range(1, 18)} - dated


def test_yandu(report):
    # No 文号, 成文日期 or issuer anywhere; 〔责任单位：…区司法局] (lines 59-61); 区域管局 for 区城管局 (line 25);
    # only 一.2, 二.1, 三.1 and 五.2 give dates.
    assert counts(report, "yandu") == {"ZF006": 1, "ZF008": 1, "ZF009": 17, "ZF014": 1, "ZF015": 1, "ZF016": 1}
    assert where(report, "yandu", "ZF006") == [(61, "四.2")]
    assert where(report, "yandu", "ZF008") == [(25, "一.3")]
    unit = next(f for f in report.findings if f.rule == "ZF008")
    assert "区域管局" in unit.message and "区城市管理局" in unit.message
    assert len({t for _l, t in where(report, "yandu", "ZF009")} & {"一.2", "二.1", "三.1", "五.2"}) == 0


def test_tongling_against_shangrao_coverage():
    report = check_paths(["data/raw/tongling-jiaoqu.txt"], against="data/raw/shangrao.txt")
    (cov,) = report.coverage
    assert (cov.document, cov.parent, cov.parent_tasks) == ("tongling-jiaoqu", "shangrao", 23)
    # Read side by side: shangrao 1 着力提高政治能力, 21 加强行政执法队伍建设 and 23 加大财政支持保障力度 are
    # tongling's 1, 15 and 17; shangrao 9 推进包容审慎监管 (减免责清单) and 20 加快行政执法数据互联互通 have no
    # counterpart in tongling.
    assert {"1", "21", "23"}.isdisjoint(cov.uncovered) and {"9", "20"} <= set(cov.uncovered)
    assert cov.covered + len(cov.uncovered) == 23
    assert 0 < cov.reused_percent < 100
    uncovered = [f.task for f in report.findings if f.rule == "ZF018"]
    assert uncovered == [f"shangrao:{t}" for t in cov.uncovered]

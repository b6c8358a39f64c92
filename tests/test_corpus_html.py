"""The corpus HTML views, as headless Chromium builds them: self-contained, Chinese intact, marks visible."""

from __future__ import annotations

import re

from browser import dump_dom, screenshot
from corpus_helpers import run


def _page(tmp_path, name: str, *args: str):
    out = tmp_path / f"{name}.html"
    result = run(*args, "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"?https?:", html) and "<script" not in html  # offline, no script
    return out


def test_units_and_deadlines_html_in_chromium(tmp_path):
    units = dump_dom(_page(tmp_path, "units", "units"))
    assert "<td>市司法局</td>" in units and "<td class=\"num\">47</td>" in units  # 上饶's, not 南昌's with it
    page = _page(tmp_path, "deadlines", "deadlines", "--as-of", "2024-10-01", "--due-within", "90d")
    dom = dump_dom(page)
    assert dom.count('class="overdue"') == 14 and dom.count('class="upcoming"') == 2
    assert "⚠ 逾期 overdue" in dom
    png = screenshot(page, tmp_path / "deadlines.png")
    assert png.stat().st_size > 10_000


def test_matrix_coverage_trace_html_in_chromium(tmp_path):
    dom = dump_dom(_page(tmp_path, "matrix", "matrix", "--cluster"))
    assert dom.count('class="self num"') == 5  # the diagonal
    assert '<td class="h1 num">30.4</td>' in dom  # shangrao → nanchang, a heat class and the number
    dom = dump_dom(_page(tmp_path, "coverage", "coverage", "shangrao", "--all"))
    assert "7 (73)" in dom and dom.count('class="miss"') > 40
    dom = dump_dom(_page(tmp_path, "trace", "trace", "nanchang"))
    assert "family line: nanchang ← shangrao" in dom
    png = screenshot(tmp_path / "matrix.html", tmp_path / "matrix.png", "1000,500")
    assert png.stat().st_size > 10_000

"""Big and pathological inputs finish in bounded time (each of these shapes once took minutes)."""

from __future__ import annotations

import contextlib
import json
import time

import forms
import pytest
from conftest import RAW
from typer.testing import CliRunner

from zhifa_cli.cli import app
from zhifa_cli.errors import ZhifaError
from zhifa_cli.parse import parse_text
from zhifa_cli.parse.read import read_data


def test_a_10_mb_circular(tmp_path):
    text = forms.seed("shangrao")
    big = tmp_path / "big.txt"
    big.write_text(text * (10 * 2**20 // len(text.encode()) + 1), encoding="utf-8")
    assert big.stat().st_size > 10 * 2**20
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["parse", str(big), str(RAW / "yandu.txt"), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - start < 60
    assert len(json.loads((tmp_path / "o" / "big.json").read_text(encoding="utf-8"))["tasks"]) == 23


BODY = "推进行政执法规范化建设（责任单位：市司法局、各县（市、区）人民政府；完成时限：2024年6月底前）"
SHAPES = {
    "many tasks": lambda: "\n".join(f"{i % 300 + 1}.{BODY}。" for i in range(8000)),
    "lines ending in a bracket": lambda: "1.开始\n" + "\n".join("执法工作（说明）" for _ in range(30000)),
    "blocks in one paragraph": lambda: "1.开始" + "做好（责任单位：市司法局）" * 20000 + "。\n2.结束。",
    "unclosed blocks": lambda: "1.开始" + "（责任单位：市司法局" * 50000,
    "many empty lines": lambda: "1.开始。\n" + "\n" * 200000 + "2.结束。\n",
    "running headers": lambda: "某县工作方案标题文字\n1.开始。\n" + "第 2 页\n某县工作方案标题文字\n第 3 页\n\n" * 20000,
    "qualified and unknown labels": lambda: "1.开始（责任单位：A局" + "；属地责任单位：B局；技术支撑单位：C局" * 25000 + "）",
    "no punctuation at all": lambda: "1.开始\n" + "\n".join("执法工作" * 30 for _ in range(8000)),
    "one 2 MB line": lambda: "1." + "执法（" * 350000,
    "closing brackets": lambda: "1.开始" + "）" * 1000000 + "\n2.结束。",
    "table rows": lambda: "附件\n" + "\n".join(f"\t{i}.措施\t市司法局\t2024年6月" for i in range(20000)),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_pathological_text_is_fast(shape):
    text = SHAPES[shape]()
    start = time.perf_counter()
    with contextlib.suppress(ZhifaError):
        parse_text(text)
    assert time.perf_counter() - start < 20, shape


PAGES = {
    "20000 nested divs": "<html><body>" + "<div>" * 20000 + "<p>1.执法工作。</p>" + "</div>" * 20000 + "</body></html>",
    "3000 nested tables": "<html><body>" + "<table><tr><td>" * 3000 + "执法" + "</td></tr></table>" * 3000
                          + "</body></html>",
    "labels in nested divs": "<html><body>" + "<div>发文字号：x 成文日期：2024-01-01" * 3000 + "</div>" * 3000
                             + "</body></html>",
}


@pytest.mark.parametrize("page", PAGES)
def test_pathological_pages_are_fast(page):
    start = time.perf_counter()
    with contextlib.suppress(ZhifaError):
        read_data(PAGES[page].encode(), suffix=".html")
    assert time.perf_counter() - start < 20, page

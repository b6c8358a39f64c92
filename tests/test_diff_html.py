"""The zhifa diff HTML report in headless Chromium: the DOM the browser builds holds the pairs and the
<ins>/<del> marks, and a screenshot is taken (look at it: tests/../.pytest_cache/zhifa-diff.png)."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import dump_dom, screenshot
from typer.testing import CliRunner

from zhifa_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent


class Rows(HTMLParser):
    """Table rows of the dumped DOM: their attributes and the text inside their <del> and <ins>."""

    def __init__(self):
        super().__init__()
        self.rows: list[dict] = []
        self.marks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr" and dict(attrs).get("data-a") is not None:
            self.rows.append({**dict(attrs), "del": [], "ins": []})
        elif tag in ("del", "ins") and self.rows:
            self.marks.append(tag)
            self.rows[-1][tag].append("")

    def handle_endtag(self, tag):
        if tag in ("del", "ins") and self.marks:
            self.marks.pop()

    def handle_data(self, data):
        if self.marks:
            self.rows[-1][self.marks[-1]][-1] += data


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("html")
    runner = CliRunner(env={"NO_COLOR": "1", "ZHIFA_DATA": None})
    page = folder / "diff.html"
    result = runner.invoke(app, ["diff", "shangrao", "tongling-jiaoqu", "-f", "html", "-o", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(runner.invoke(app, ["diff", "shangrao", "tongling-jiaoqu", "-f", "json"]).output)
    return page, data


def test_the_browser_dom_holds_every_pair_and_its_marks(report):
    page, data = report
    dom = dump_dom(page)
    parser = Rows()
    parser.feed(dom)
    pairs = [r for r in parser.rows if "pair" in r["class"].split()]
    assert [(r["data-a"], r["data-b"]) for r in pairs] == [(",".join(p["a"]), ",".join(p["b"])) for p in data["pairs"]]
    first = pairs[0]
    assert first["del"][0] == "提高" and first["ins"][0] == "提升"  # 着力提高政治能力 / 着力提升政治能力
    assert all(r["del"] or r["ins"] for r in pairs if "changed" in r["class"])
    dropped = [r["data-a"] for r in parser.rows if r["class"] == "dropped"]
    assert dropped == data["only_a"] == ["9", "15", "20"]
    assert '<p class="deadline earlier">' in dom  # 上饶 5 2024年三季度 → 铜陵 4 2024年6月底前


def test_screenshot(report, tmp_path):
    page, _ = report
    shot = screenshot(page, tmp_path / "diff.png", "1400,1600")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    keep = ROOT / ".pytest_cache" / "zhifa-diff.png"
    keep.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, keep)

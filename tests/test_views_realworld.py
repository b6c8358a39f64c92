"""The new views (issue 11: measure, diff as docx/xlsx, heat maps, timeline, calendar) on the 20 real
circulars of ../shared/realworld: every format is written, and what it holds agrees with the records."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from corpus_helpers import run

# ../shared beside the clone (CI, the main repo), or beside the folder of worktrees
REALWORLD = next((p for p in (ROOT.parent / "shared" / "realworld" / "raw",
                              ROOT.parent.parent / "shared" / "realworld" / "raw") if p.is_dir()),
                 ROOT.parent / "shared" / "realworld" / "raw")


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    if not REALWORLD.is_dir():
        pytest.skip(f"{REALWORLD} not here")
    root = tmp_path_factory.mktemp("realworld")
    shutil.copytree(REALWORLD, root / "raw")
    result = run("parse", str(root / "raw"), "--out", str(root / "parsed"), "-q")
    assert result.exit_code == 0, result.output
    return root


def _run(data, *args: str):
    result = run(*args, "--data", str(data), *(["-q"] if args[0] != "diff" else []))
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result


def test_measure_and_office_diffs(data, tmp_path):
    from docx import Document as Word
    from openpyxl import load_workbook

    result = json.loads(_run(data, "measure", "B09_weihai-2023:1", "--format", "json").stdout)
    assert len(result["versions"]) == 19 and result["title"]
    _run(data, "measure", "B09_weihai-2023:1", "--format", "html", "-o", str(tmp_path / "m.html"))
    _run(data, "measure", "B09_weihai-2023:1", "--format", "xlsx", "-o", str(tmp_path / "m.xlsx"))
    assert load_workbook(tmp_path / "m.xlsx")["measure"].max_row == 20
    _run(data, "diff", "A01_gangcheng-2021", "B09_weihai-2023", "-f", "docx", "-o", str(tmp_path / "d.docx"))
    comparison = json.loads(_run(data, "diff", "A01_gangcheng-2021", "B09_weihai-2023", "-f", "json").stdout)
    rows = len(comparison["pairs"]) + len(comparison["only_a"]) + len(comparison["only_b"])
    assert len([p for p in Word(str(tmp_path / "d.docx")).paragraphs if p.style.name == "zhifa task text"]) == rows
    _run(data, "diff", "A01_gangcheng-2021", "B09_weihai-2023", "-f", "xlsx", "-o", str(tmp_path / "d.xlsx"))
    assert load_workbook(tmp_path / "d.xlsx")["diff"].max_row == rows + 1


def test_pictures_and_calendar(data, tmp_path):
    import icalendar
    from PIL import Image

    svg = _run(data, "matrix", "--format", "svg").stdout
    labels = {t.text for t in ET.fromstring(svg.encode()).iter("{http://www.w3.org/2000/svg}text")}
    assert "B09_weihai-2023" in labels and "A05_chizhou-xfj-undated" in labels
    for fmt in ("html", "png"):
        _run(data, "matrix", "--format", fmt, "-o", str(tmp_path / f"m.{fmt}"))
        _run(data, "coverage", "B01_pingdingshan-2018", "--all", "--format", fmt, "-o", str(tmp_path / f"c.{fmt}"))
    assert Image.open(tmp_path / "c.png").width > 300
    events = json.loads(_run(data, "deadlines", "--as-of", "2024-10-01", "-f", "json").stdout)["events"]
    ics = _run(data, "deadlines", "--as-of", "2024-10-01", "-f", "ics").stdout
    assert len(icalendar.Calendar.from_ical(ics).walk("VEVENT")) == len(events) > 0
    html = _run(data, "deadlines", "--as-of", "2024-10-01", "-f", "html").stdout
    assert html.count('<g class="due overdue"') >= sum(e["status"] == "overdue" for e in events) > 0

"""zhifa measure DOC:TASK (issue 11, part 2): one measure across every document that carries it."""

from __future__ import annotations

import json

import pytest
from browser import dump_dom
from corpus_helpers import run

from zhifa_cli.compare.features import task_text


def _measure(*args: str) -> dict:
    result = run("measure", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def six() -> dict:
    return _measure("shangrao:6")


def _version(result: dict, document: str) -> dict:
    return next(v for v in result["versions"] if v["document"] == document)


def test_every_other_document_carries_shangrao_6_with_its_own_task(six):
    assert six["title"] == "落实行政裁量权基准制度" and six["units"][0]["name"] == "市司法局"
    found = {v["document"]: (v["tasks"], v["score"], v["status"]) for v in six["versions"]}
    assert found == {"nanchang": (["7"], 80.9, "changed"), "shangrao-fazhi": (["16", "22"], 58.4, "changed"),
                     "tongling-jiaoqu": (["5"], 47.1, "changed"), "yandu": (["二.2"], 42.0, "changed")}
    assert [v["document"] for v in six["versions"]] == ["nanchang", "shangrao-fazhi", "tongling-jiaoqu", "yandu"]


def test_a_version_is_the_pair_zhifa_diff_shows(six):
    diff = json.loads(run("diff", "shangrao", "nanchang", "--format", "json").stdout)
    pair = next(p for p in diff["pairs"] if "6" in p["a"])
    nanchang = _version(six, "nanchang")
    assert pair["b"] == nanchang["tasks"] and pair["diff"] == nanchang["diff"]
    assert nanchang["deadline_change"]["change"] == pair["deadlines"]["change"] == "no-longer-ongoing"
    assert [u["name"] for u in nanchang["unit_changes"]["removed"]] == ["市司法局"]


def test_the_text_is_marked_against_the_chosen_task_alone(six, docs):
    """shangrao-fazhi carries 6 in two tasks: equal + deleted words give shangrao 6, equal + inserted fazhi's two."""
    fazhi = _version(six, "shangrao-fazhi")
    chosen = "".join(p for op, p in fazhi["diff"] if op != "insert")
    theirs = "".join(p for op, p in fazhi["diff"] if op != "delete")
    assert chosen == task_text(docs["shangrao"].tasks[5]) == six["text"]
    by_id = {t.id: t for t in docs["shangrao-fazhi"].tasks}
    assert theirs == task_text(by_id["16"]) + "\n" + task_text(by_id["22"])


def test_a_document_that_does_not_carry_it_names_its_best_candidate():
    four = _measure("shangrao:4")
    nanchang = _version(four, "nanchang")
    assert nanchang["status"] == "not carried" and nanchang["tasks"] == [] and nanchang["best"] == "2"
    tongling = _version(four, "tongling-jiaoqu")  # merged shangrao 3 and 4 into its task 3
    assert tongling["tasks"] == ["3"] and tongling["shared"] == ["3"]
    assert [v["status"] for v in four["versions"]][-2:] == ["not carried", "not carried"]


def test_named_documents_only_and_bad_references():
    result = _measure("南昌市:7", "yandu", "shangrao")  # a region names the document too
    assert result["document"] == "nanchang" and [v["document"] for v in result["versions"]] == ["shangrao", "yandu"]
    missing = run("measure", "shangrao:99")
    assert missing.exit_code == 2 and "shangrao has no task '99'" in missing.stderr
    bare = run("measure", "shangrao")
    assert bare.exit_code == 2 and "DOCUMENT:TASK" in bare.stderr


def test_terminal_shows_marks_units_and_deadlines():
    out = run("measure", "shangrao:6", "nanchang").stdout
    assert "[-落实-]{+普遍建立+}行政裁量权基准制度" in out.replace("\n", "").replace("│", "").replace(" ", "")
    assert "carried by 1 of 1 document(s) (0 same 相同, 1 changed 修改)" in out
    assert "时限 不再长期 no longer ongoing" in out and "−市司法局" in out


def test_html_in_chromium(tmp_path):
    page = tmp_path / "measure.html"
    assert run("measure", "shangrao:6", "-f", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "http" not in html.split("<body>")[1]
    dom = dump_dom(page)
    assert dom.count('<tr class="changed"') == 4
    assert '<tr class="changed" data-document="nanchang" data-tasks="7" data-score="80.9">' in dom
    assert "<del>落实</del><ins>普遍建立</ins>行政裁量权基准制度" in dom


def test_xlsx_row_per_document_with_rich_text(tmp_path):
    from openpyxl import load_workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    out = tmp_path / "measure.xlsx"
    assert run("measure", "shangrao:4", "-f", "xlsx", "-o", str(out)).exit_code == 0
    sheet = load_workbook(out, rich_text=True)["measure"]
    rows = {sheet.cell(r, 1).value: [c.value for c in sheet[r]] for r in range(2, sheet.max_row + 1)}
    assert set(rows) == {"nanchang", "yandu", "tongling-jiaoqu", "shangrao-fazhi"}
    assert rows["nanchang"][4] == "未落实 not carried" and rows["nanchang"][5] == "best candidate 最佳候选 2"
    text = rows["tongling-jiaoqu"][5]
    assert isinstance(text, CellRichText) and any(isinstance(b, TextBlock) and b.font.strike for b in text)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:L5"

"""Document text is data, never markup or a command (issue 13, items 1–5).

A corpus whose circular carries rich markup (`[/i]`, `[a]`, `[www.gov.cn]`), terminal escapes (set the
window title, clear the screen), a bidi override and cells a spreadsheet would run as formulas goes
through every command. Human output shows the text as it is, with control characters made visible;
JSON keeps it exact; CSV and xlsx neutralise formulas with a leading `'` and change nothing else.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import RAW, ROOT
from typer.testing import CliRunner

from zhifa_cli.cli import app
from zhifa_cli.parse import parse_file

MARKUP = "[/i]政治[a]能力[www.gov.cn]"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\u202e"  # window title, clear screen, right-to-left override
SHOWN = "\\x1b]0;pwned\\x07\\x1b[2J\\u202e"  # how a terminal must show them
FORMULA = "=cmd|' /C calc'!A0"
STARTS = ("=", "+", "-", "@")  # the first character of each hostile task's title, in turn
CONTROL = ("\x1b", "\x07", "\u202e")


def hostile_title(k: int, title: str) -> str:
    return (FORMULA if k == 0 else STARTS[k % 4]) + MARKUP + ESCAPES + title


def _write(doc, folder) -> None:
    (folder / f"{doc.id}.json").write_text(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False),
                                           encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """data/parsed of: `hostile` (tongling-jiaoqu with hostile titles, text, units and document title),
    shangrao and nanchang as they are, and nanchang again under an id that reads as a markup tag."""
    root = tmp_path_factory.mktemp("hostile")
    parsed = root / "parsed"
    parsed.mkdir()
    seed = parse_file(RAW / "tongling-jiaoqu.txt")
    tasks = [task.model_copy(update={
        "title": hostile_title(k, task.title), "text": hostile_title(k, task.title) + task.text,
        "units": [u.model_copy(update={"name": f"[b]{u.name}{ESCAPES}"}) for u in task.units]})
        for k, task in enumerate(seed.tasks)]
    _write(seed.model_copy(update={"id": "hostile", "title": MARKUP + ESCAPES + seed.title, "tasks": tasks}),
           parsed)
    for name in ("shangrao", "nanchang"):
        _write(parse_file(RAW / f"{name}.txt"), parsed)
    _write(parse_file(RAW / "nanchang.txt").model_copy(update={"id": "nanchang[www.gov.cn]"}), parsed)
    return root


def run(*args: str, columns: str = "250"):
    return CliRunner(env={"NO_COLOR": "1", "COLUMNS": columns, "ZHIFA_DATA": None}).invoke(app, list(args))


HUMAN = {  # command -> what of the hostile text it shows
    "show": (("show", "hostile"), "title"),
    "search": (("search", "政治"), "title"),
    "trace": (("trace", "hostile"), "title"),
    "coverage": (("coverage", "hostile", "shangrao", "nanchang"), "title"),
    "deadlines": (("deadlines", "hostile", "--as-of", "2024-01-01"), "title"),
    "units": (("units", "hostile"), "unit"),
    "diff": (("diff", "shangrao", "hostile"), "text"),
    "matrix": (("matrix",), "id"),
    "measure": (("measure", "hostile:1", "shangrao", "nanchang"), "title"),
}


@pytest.mark.parametrize("command", sorted(HUMAN))
def test_markup_in_document_text_is_shown_as_written(corpus, command):
    args, what = HUMAN[command]
    result = run(*args, "--data", str(corpus))
    assert result.exit_code == 0, (result.output, result.exception)
    expected = {"title": MARKUP, "text": MARKUP, "unit": "[b]区司法局", "id": "nanchang[www.gov.cn]"}[what]
    assert expected in result.stdout


@pytest.mark.parametrize("command", sorted(HUMAN))
def test_terminal_escapes_are_shown_never_sent(corpus, command):
    args, what = HUMAN[command]
    result = run(*args, "--data", str(corpus))
    assert result.exit_code == 0, (result.output, result.exception)
    assert not any(c in result.stdout + result.stderr for c in CONTROL)
    if what != "id":
        assert SHOWN in result.stdout


def test_json_keeps_the_text_exact(corpus):
    result = run("show", "hostile", "--format", "json", "--data", str(corpus))
    record = json.loads(result.stdout)
    assert record["tasks"][0]["title"].startswith(FORMULA + MARKUP + ESCAPES)
    assert record["title"].startswith(MARKUP + ESCAPES)


def test_the_parse_summary_shows_a_file_name_that_reads_as_markup(tmp_path):
    (tmp_path / "yandu[i]2024.txt").write_bytes((RAW / "yandu.txt").read_bytes())
    result = run("parse", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "yandu[i]2024" in result.stdout


def test_messages_about_a_file_with_escapes_in_its_name_stay_inert(tmp_path):
    (tmp_path / f"bad{ESCAPES}.txt").write_bytes(b"")
    (tmp_path / "two\nlines.txt").write_bytes(b"")
    result = run("parse", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"{tmp_path}/bad{SHOWN}.txt: file is empty" in lines
    assert f"{tmp_path}/two\\x0alines.txt: file is empty" in lines
    assert not any(c in result.stderr for c in CONTROL)


def test_check_text_keeps_line_and_column_numbers(tmp_path):
    """`file:100:1` is not the emoji code `:100:`; yandu's 区域管局 typo (line 25) moved to line 100."""
    text = (RAW / "yandu.txt").read_text(encoding="utf-8")
    (tmp_path / "yandu.txt").write_text("\n" * 75 + text, encoding="utf-8")
    result = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "200"}).invoke(app, ["check", str(tmp_path / "yandu.txt")])
    machine = CliRunner().invoke(app, ["check", str(tmp_path / "yandu.txt"), "--format", "json"])
    lines = {f["line"] for f in json.loads(machine.stdout)["findings"]}
    assert 100 in lines  # the finding the text output must locate
    assert f"{tmp_path / 'yandu.txt'}:100:" in result.stdout
    assert "\U0001f4af" not in result.stdout  # 💯


def test_check_text_shows_markup_in_a_file_name(tmp_path):
    path = tmp_path / "nanchang[i][www.gov.cn].txt"
    path.write_bytes((RAW / "nanchang.txt").read_bytes())
    result = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "200"}).invoke(app, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:1:1: ZF014" in result.stdout


# --- spreadsheets (items 4 and 5) ---


def test_csv_export_neutralises_formulas_and_keeps_the_rest(corpus, tmp_path):
    out = tmp_path / "tasks.csv"
    result = run("export", "--to", "csv", "--out", str(out), "hostile", "--data", str(corpus))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    records = json.loads(run("show", "hostile", "-f", "json", "--data", str(corpus)).stdout)["tasks"]
    assert [row["title"] for row in rows] == ["'" + task["title"] for task in records]
    assert rows[0]["title"] == "'" + FORMULA + MARKUP + ESCAPES + records[0]["title"][len(FORMULA + MARKUP + ESCAPES):]
    assert rows[1]["text"].startswith("'+") and rows[2]["text"].startswith("'-") and rows[3]["text"].startswith("'@")
    assert rows[0]["document"] == "hostile" and rows[0]["date"] == "2024-06-06"  # the rest untouched


def test_xlsx_export_stores_text_not_formulas_and_replaces_what_xml_cannot_hold(corpus, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "tasks.xlsx"
    result = run("export", "--to", "xlsx", "--out", str(out), "hostile", "--data", str(corpus))
    assert result.exit_code == 0, (result.output, result.exception)
    sheet = load_workbook(out)["tasks"]
    header = [c.value for c in sheet[1]]
    title, text = header.index("title") + 1, header.index("text") + 1
    first = sheet.cell(row=2, column=title)
    assert first.data_type == "s"
    assert first.value.startswith("'" + FORMULA + MARKUP + "\ufffd]0;pwned\ufffd\ufffd[2J\u202e")
    assert all(sheet.cell(row=r, column=text).value.startswith("'") for r in range(2, sheet.max_row + 1))
    assert "xlsx" in result.stderr and "U+FFFD" in result.stderr and "hostile 1 title" in result.stderr


def test_diff_and_view_csv_neutralise_formulas(corpus):
    result = run("diff", "hostile", "shangrao", "-f", "csv", "--data", str(corpus))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    titles = [row["a_titles"] for row in rows if row["a_titles"]]
    assert titles and all(t.startswith("'") and t[1] in STARTS for t in titles)
    units = list(csv.reader(io.StringIO(run("deadlines", "--as-of", "2024-10-01", "-f", "csv").stdout)))
    days = [row[2] for row in units[1:]]
    assert "-154" in days  # numbers are not text: a negative count of days stays a number
    search = list(csv.DictReader(io.StringIO(run("search", "政治", "-f", "csv", "--data", str(corpus)).stdout)))
    assert any(row["title 任务"].startswith("'" + FORMULA) for row in search)


def test_readme_documents_the_neutralisation():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "OWASP" in readme and "leading `'`" in readme


def test_new_views_keep_hostile_text_inert(corpus, tmp_path):
    """Issue 11's formats: xlsx and docx hold text (formulas neutralised, controls as U+FFFD), SVG and ICS
    stay parseable, HTML escapes markup."""
    import xml.etree.ElementTree as ET

    import icalendar
    from docx import Document as Word
    from openpyxl import load_workbook

    data = ["--data", str(corpus)]
    out = tmp_path / "d.xlsx"
    result = run("diff", "hostile", "shangrao", "-f", "xlsx", "-o", str(out), *data)
    assert result.exit_code == 0 and "U+FFFD" in result.stderr
    first = load_workbook(out, rich_text=True)["diff"].cell(row=2, column=2).value
    assert str(first).startswith("'" + FORMULA + MARKUP + "\ufffd]0;pwned")
    assert run("diff", "hostile", "shangrao", "-f", "docx", "-o", str(tmp_path / "d.docx"), *data).exit_code == 0
    text = "\n".join(p.text for p in Word(str(tmp_path / "d.docx")).paragraphs)
    assert MARKUP + "\ufffd]0;pwned" in text and not any(c in text for c in CONTROL[:2])
    ics = run("deadlines", "hostile", "--as-of", "2024-01-01", "-f", "ics", *data).stdout
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert events and all("\x1b" not in str(e.get("SUMMARY")) for e in events)
    html = run("deadlines", "hostile", "--as-of", "2024-01-01", "-f", "html", *data).stdout
    assert "<script" not in html and "[/i]政治[a]能力" in html and "\x1b" not in html.split("<svg")[1].split("</svg>")[0]
    svg = run("matrix", "-f", "svg", *data).stdout
    names = {t.text for t in ET.fromstring(svg.encode()).iter("{http://www.w3.org/2000/svg}text")}
    assert "nanchang[www.gov.cn]" in names
    page = run("measure", "hostile:1", "shangrao", "-f", "html", *data).stdout
    assert "&lt;" not in MARKUP and MARKUP in page and "<script" not in page

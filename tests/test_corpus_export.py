"""zhifa export (JSONL, CSV, xlsx, SQLite with full-text index), zhifa search --db, and the loader."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from conftest import RAW
from corpus_helpers import run

from zhifa_cli.corpus import export as export_lib
from zhifa_cli.corpus.load import load_corpus
from zhifa_cli.store import DataDir

TASKS = 24 + 23 + 50 + 17 + 21


def test_jsonl_keeps_arrays(tmp_path):
    out = tmp_path / "tasks.jsonl"
    assert run("export", "--to", "jsonl", "--out", str(out), "-q").exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == TASKS
    row = next(r for r in rows if (r["document"], r["task"]) == ("shangrao", "6"))
    assert row["doc_number"] == "饶府办字〔2024〕10号" and row["period_start"] == 2023
    assert row["units"][0] == {"name": "市司法局", "raw": "市司法局", "role": "responsible"}
    assert row["deadlines"][0]["due"] == "2024-06-30"
    assert "裁量权" in out.read_text(encoding="utf-8")  # Chinese unescaped


def test_csv_flattens_and_bom_is_opt_in(tmp_path):
    plain, bom = tmp_path / "a.csv", tmp_path / "b.csv"
    assert run("export", "--to", "csv", "--out", str(plain), "-q").exit_code == 0
    assert run("export", "--to", "csv", "--out", str(bom), "--bom", "-q").exit_code == 0
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert bom.read_bytes().startswith(b"\xef\xbb\xbf")
    with plain.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == TASKS
    row = next(r for r in rows if (r["document"], r["task"]) == ("yandu", "二.2"))
    assert row["units"] == "各镇（区、街道）；区各行政执法部门"
    row = next(r for r in rows if (r["document"], r["task"]) == ("shangrao", "6"))
    assert (row["due"], row["ongoing"], row["deadlines"]) == ("2024-06-30", "1", "2024年二季度并长期坚持")


def test_xlsx_one_row_per_task(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "tasks.xlsx"
    assert run("export", "--to", "xlsx", "--out", str(out), "-q").exit_code == 0
    sheet = load_workbook(out, read_only=True)["tasks"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("document", "doc_title", "issuer") and len(rows) == TASKS + 1


def test_sqlite_tables_fts_and_search(tmp_path):
    out = tmp_path / "tasks.sqlite"
    assert run("export", "--to", "sqlite", "--out", str(out), "-q").exit_code == 0
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM tasks").fetchone()[0] == TASKS
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    sql = ("SELECT t.document, t.task FROM tasks_fts JOIN tasks t ON t.id = tasks_fts.rowid "
           "WHERE tasks_fts MATCH '裁量权 AND 基准' ORDER BY t.document")
    assert db.execute(sql).fetchall() == [("nanchang", "7"), ("shangrao", "6"), ("shangrao-fazhi", "22"),
                                          ("tongling-jiaoqu", "5"), ("yandu", "二.2")]
    lead = db.execute("SELECT count(*) FROM units WHERE name = '区司法局' AND role = 'lead'").fetchone()[0]
    assert lead == 1
    result = run("search", "裁量权基准", "--db", str(out), "--format", "json")
    assert len(json.loads(result.stdout)) == 5


def test_interrupted_export_leaves_nothing(tmp_path, monkeypatch):
    out = tmp_path / "tasks.csv"
    out.write_text("old\n", encoding="utf-8")

    def boom(row):
        raise KeyboardInterrupt

    monkeypatch.setattr(export_lib, "flat", boom)
    with pytest.raises(KeyboardInterrupt):
        export_lib.write_csv(export_lib.task_rows(load_corpus(DataDir.default()).documents), out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.csv"]


def test_loader_reports_bad_files_and_goes_on(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "yandu.txt").write_bytes((RAW / "yandu.txt").read_bytes())
    (tmp_path / "raw" / "empty.txt").write_bytes(b"")
    (tmp_path / "raw" / "notes.txt").write_text("说明\n\n请各单位认真落实。\n", encoding="utf-8")
    result = run("units", "--data", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    assert {d for r in json.loads(result.stdout) for d in r["documents"]} == {"yandu"}
    messages = result.stderr.strip().splitlines()
    assert len(messages) == 2 and "file is empty" in messages[0] and "no numbered task found" in messages[1]


def test_output_files_get_the_usual_mode(tmp_path):
    import os

    out = tmp_path / "units.csv"
    assert run("units", "--format", "csv", "--out", str(out)).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_an_unwritable_output_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    for args in (["units", "--format", "csv"], ["matrix", "--format", "json"], ["export", "--to", "xlsx"]):
        result = run(*args, "--out", str(blocker / "out"))
        assert result.exit_code == 1 and "cannot write" in result.stderr, args
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]

"""zhifa units / deadlines / search on the five seed circulars (values checked by hand against the texts)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from corpus_helpers import exit_code, run, run_json

from zhifa_cli.corpus.deadlines import occurrences, window_end


def test_units_counts_tasks_per_role_across_documents():
    rows = {r["name"]: r for r in run_json("units")}
    assert rows["市司法局"] == {"name": "市司法局", "tasks": 64, "lead": 0, "responsible": 64, "support": 0,
                               "documents": ["nanchang", "shangrao", "shangrao-fazhi"]}
    assert (rows["区司法局"]["tasks"], rows["区司法局"]["lead"], rows["区司法局"]["support"]) == (24, 1, 1)
    assert rows["各县（市、区）人民政府"]["tasks"] == 30  # brackets with 、 inside stay one name


def test_units_of_one_document_and_csv():
    rows = run_json("units", "yandu")
    assert {d for r in rows for d in r["documents"]} == {"yandu"}
    result = run("units", "tongling", "--format", "csv")
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0][:5] == ["unit 责任单位", "tasks", "lead 牵头", "responsible 责任", "support 配合"]
    assert not result.stdout.startswith("\ufeff")


def test_deadlines_window_overdue_and_upcoming():
    tl = run_json("deadlines", "--as-of", "2024-10-01", "--due-within", "90d")
    assert tl["until"] == "2024-12-30" and tl["undated"] == 3
    events = tl["events"]
    assert len(events) == 16
    assert sum(e["status"] == "overdue" for e in events) == 14
    assert [(e["due"], e["document"], e["task"]) for e in events if e["status"] == "upcoming"] == [
        ("2024-10-31", "yandu", "二.1"), ("2024-10-31", "yandu", "五.2")]
    assert events[0] == {**events[0], "due": "2023-12-31", "document": "shangrao", "task": "3", "ongoing": True}


def test_recurring_deadlines_expand_within_window_and_period():
    # shangrao's plan runs 2023—2025: its yearly duties stop at the end of 2025
    tl = run_json("deadlines", "shangrao", "--as-of", "2025-06-01", "--due-within", "2y")
    recurring = [(e["due"], e["task"]) for e in tl["events"] if e["recurring"]]
    assert recurring == [("2025-12-31", "2")]
    # nanchang names no period: one year ahead when no window is given
    tl = run_json("deadlines", "nanchang", "--as-of", "2024-10-01")
    recurring = [(e["due"], e["task"]) for e in tl["events"] if e["recurring"]]
    assert recurring[:2] == [("2024-12-31", "2"), ("2024-12-31", "3")]
    assert recurring[-1] == ("2025-05-31", "9") and len(recurring) == 9


def test_span_and_occurrence_helpers():
    day = dt.date(2024, 1, 31)
    assert window_end(day, "90d") == dt.date(2024, 4, 30)
    assert window_end(day, "1m") == dt.date(2024, 2, 29)
    assert window_end(day, "2w") == dt.date(2024, 2, 14)
    assert window_end(day, "1y") == dt.date(2025, 1, 31)
    assert list(occurrences("--02-29", dt.date(2024, 1, 1), dt.date(2025, 12, 31))) == [
        dt.date(2024, 2, 29), dt.date(2025, 2, 28)]


def test_bad_options_are_usage_errors():
    assert exit_code(run("deadlines", "--due-within", "soon")) == 2
    assert exit_code(run("deadlines", "--as-of", "2024-13-01")) == 2
    assert exit_code(run("deadlines", "--due-within", "9000y")) == 2  # past 9999-12-31
    assert exit_code(run("search", "裁量", "--limit", "0")) == 2
    assert exit_code(run("units", "beijing")) == 2
    assert exit_code(run("units", "--format", "pdf")) == 2


def test_search_in_memory_finds_the_discretion_tasks():
    hits = run_json("search", "裁量权基准")
    assert sorted((h["document"], h["task"]) for h in hits) == [
        ("nanchang", "7"), ("shangrao", "6"), ("shangrao-fazhi", "22"), ("tongling-jiaoqu", "5"), ("yandu", "二.2")]
    assert all("裁量权基准" in h["title"] for h in hits)


def test_table_output_marks_overdue_with_a_symbol_not_only_colour():
    result = run("deadlines", "yandu", "--as-of", "2024-10-01", "--due-within", "30d")
    assert result.exit_code == 0
    assert "⚠ 逾期 overdue" in result.stdout and "→ 将到期 upcoming" in result.stdout

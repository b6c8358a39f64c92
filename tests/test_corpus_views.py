"""zhifa units / deadlines / search on the five seed circulars (values checked by hand against the texts)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from corpus_helpers import run, run_json

from zhifa_cli.corpus.deadlines import occurrences, window_end


def test_units_counts_tasks_per_role_across_documents():
    rows = {(r["name"], *r["places"]): r for r in run_json("units")}
    # 上饶's two plans name one 市司法局; 南昌's 市司法局 is another body (47 + 17 tasks: 64 under one name)
    assert rows["市司法局", "上饶市"] == {"name": "市司法局", "body_class": "本级司法行政部门", "places": ["上饶市"],
                                     "names": ["市司法局"], "tasks": 47, "lead": 0, "responsible": 47, "support": 0,
                                     "documents": ["shangrao", "shangrao-fazhi"]}
    assert rows["市司法局", "南昌市"]["tasks"] == 17 and rows["市司法局", "南昌市"]["documents"] == ["nanchang"]
    yandu, tongling = rows["区司法局", "盐都区"], rows["区司法局", "铜陵市郊区"]
    assert (yandu["tasks"], yandu["lead"], tongling["tasks"], tongling["support"]) == (13, 1, 11, 1)
    assert rows["各县（市、区）人民政府", "上饶市"]["tasks"] == 30  # brackets with 、 inside stay one name
    assert all(len(r["places"]) == 1 for r in rows.values())  # never two places in one body


def test_units_by_class_counts_every_place_together():
    rows = {r["name"]: r for r in run_json("units", "--by-class")}
    justice = rows["本级司法行政部门"]  # each plan's own justice bureau: 市司法局 of a city, 区司法局 of a district
    assert justice["tasks"] == 47 + 17 + 13 + 11 and justice["names"] == ["市司法局", "区司法局"]
    assert justice["places"] == ["上饶市", "南昌市", "盐都区", "铜陵市郊区"]
    lower = rows["下级人民政府"]  # 各县（市、区）人民政府, 县区人民政府, 各镇（区、街道）
    assert set(lower["names"]) == {"各县（市、区）人民政府", "县区人民政府", "各镇（区、街道）"}


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
    assert run("deadlines", "--due-within", "soon").exit_code == 2
    assert run("deadlines", "--as-of", "2024-13-01").exit_code == 2
    assert run("deadlines", "--due-within", "9000y").exit_code == 2  # past 9999-12-31
    assert run("search", "裁量", "--limit", "0").exit_code == 2
    assert run("units", "beijing").exit_code == 2
    assert run("units", "--format", "pdf").exit_code == 2


def test_search_in_memory_finds_the_discretion_tasks():
    hits = run_json("search", "裁量权基准")
    assert sorted((h["document"], h["task"]) for h in hits) == [
        ("nanchang", "7"), ("shangrao", "6"), ("shangrao-fazhi", "22"), ("tongling-jiaoqu", "5"), ("yandu", "二.2")]
    assert all("裁量权基准" in h["title"] for h in hits)


def test_table_output_marks_overdue_with_a_symbol_not_only_colour():
    result = run("deadlines", "yandu", "--as-of", "2024-10-01", "--due-within", "30d")
    assert result.exit_code == 0
    assert "⚠ 逾期 overdue" in result.stdout and "→ 将到期 upcoming" in result.stdout

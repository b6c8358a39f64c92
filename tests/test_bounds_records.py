"""Records and caches (issue 13, items 12–17): the feature cache never serves stale terms, a broken or
misnamed record is said in one line and parsed again, --db is a path, a full disk is one line, killed runs'
temporary files are swept and the feature cache is bounded."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import PARSED, RAW
from typer.testing import CliRunner

from zhifa_cli import files
from zhifa_cli.cli import app
from zhifa_cli.compare.batch import feature_cache
from zhifa_cli.corpus import index

ENV = {"NO_COLOR": "1", "COLUMNS": "160"}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    """A corpus folder with the seeds' raw files and records, and a cache of its own."""
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "data"
    shutil.copytree(RAW, root / "raw")
    shutil.copytree(PARSED, root / "parsed")
    return root


# --- item 12: the feature cache is keyed on what the terms are made of ---


def _carried(result) -> dict[str, list[str]]:
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    return {row["task"]: [t for c in row["carried_by"] for t in c["tasks"]] for row in rows}


def test_a_valid_edit_of_a_record_is_never_served_stale_terms(corpus):
    (corpus / "raw").rename(corpus / "raw-away")  # records only: the edited record is what is read
    args = ("coverage", "shangrao", "nanchang", "--data", str(corpus), "--format", "json")
    assert _carried(run(*args))["1"] == []  # the cache now holds nanchang's terms
    record = json.loads((corpus / "parsed" / "nanchang.json").read_text(encoding="utf-8"))
    parent = json.loads((corpus / "parsed" / "shangrao.json").read_text(encoding="utf-8"))
    last = record["tasks"][-1]
    last["title"], last["text"] = parent["tasks"][0]["title"], parent["tasks"][0]["text"]
    (corpus / "parsed" / "nanchang.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert _carried(run(*args))["1"] == [last["id"]]


# --- item 13: a broken record is said in one line, parsed again, and the command goes on ---

BROKEN = {
    "truncated": lambda text: text[: len(text) // 2],
    "wrong type": lambda text: json.dumps({"id": "yandu", "tasks": "none"}),
    "100,000 nested [": lambda text: "[" * 100_000,
}


@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_record_with_its_raw_file_is_said_and_parsed_again(corpus, kind):
    record = corpus / "parsed" / "yandu.json"
    record.write_text(BROKEN[kind](record.read_text(encoding="utf-8")), encoding="utf-8")
    shown = run("show", "yandu", "--data", str(corpus), "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["region"] == "盐都区"
    [line] = shown.stderr.splitlines()
    assert line.startswith(f"{record}: warning: not a zhifa document: ")
    assert line.endswith(f"; parsing {corpus / 'raw' / 'yandu.txt'} again")
    units = run("units", "--data", str(corpus), "--format", "json", "-q")
    assert units.exit_code == 0 and units.stderr.splitlines() == [line]
    assert any("yandu" in unit["documents"] for unit in json.loads(units.stdout))


def test_a_record_nested_100000_deep_is_no_crash_when_looking_up_regions(corpus):
    (corpus / "parsed" / "yandu.json").write_text("[" * 100_000, encoding="utf-8")
    shown = run("show", "盐都区", "--data", str(corpus), "--format", "json")
    assert shown.exit_code == 2 and "unknown document '盐都区'" in shown.stderr
    assert not isinstance(shown.exception, RecursionError)


def test_a_broken_record_without_raw_file_fails_in_one_line_the_rest_go_on(corpus):
    (corpus / "raw" / "yandu.txt").unlink()
    (corpus / "parsed" / "yandu.json").write_text("[" * 100_000, encoding="utf-8")
    units = run("units", "--data", str(corpus), "--format", "json", "-q")
    assert units.exit_code == 1
    assert units.stderr.splitlines() == [f"{corpus / 'parsed' / 'yandu.json'}: not a zhifa document: nested too deep"]
    assert {d for unit in json.loads(units.stdout) for d in unit["documents"]} == {
        "nanchang", "shangrao", "shangrao-fazhi", "tongling-jiaoqu"}


# --- item 14: a record's id is its file name ---


def test_a_record_named_after_another_document_is_refused(corpus):
    shutil.copy(corpus / "parsed" / "nanchang.json", corpus / "parsed" / "copy.json")  # id: nanchang
    matrix = run("matrix", "--data", str(corpus), "--format", "json", "-q")
    assert matrix.exit_code == 1
    assert matrix.stderr.splitlines() == [
        f"{corpus / 'parsed' / 'copy.json'}: the record's id 'nanchang' is not its file name 'copy'"]
    assert json.loads(matrix.stdout)["documents"] == ["nanchang", "shangrao", "shangrao-fazhi",
                                                      "tongling-jiaoqu", "yandu"]


def test_a_record_of_another_id_beside_its_raw_file_is_parsed_again(corpus):
    record = json.loads((corpus / "parsed" / "shangrao.json").read_text(encoding="utf-8"))
    (corpus / "parsed" / "nanchang.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    shown = run("show", "nanchang", "--data", str(corpus), "--format", "json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == "nanchang"
    assert "the record's id 'shangrao' is not its file name 'nanchang'; parsing" in shown.stderr


def test_a_record_saved_elsewhere_under_another_name_is_still_read(tmp_path):
    shutil.copy(PARSED / "nanchang.json", tmp_path / "mine.json")
    shown = run("show", str(tmp_path / "mine.json"), "--format", "json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == "nanchang"


# --- item 15: --db is a path, never a URI ---


@pytest.mark.parametrize("name", ["t%41.sqlite", "x#1.sqlite", "a?b.sqlite", "空 格.sqlite"])
def test_search_opens_the_database_named(tmp_path, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    decoy = tmp_path / "tA.sqlite"  # what 't%41.sqlite' means as a URI
    index.write_sqlite([], decoy)
    assert run("export", "--to", "sqlite", "--data", str(RAW.parent), "--out", name, "-q").exit_code == 0
    found = run("search", "裁量权基准", "--db", name, "--format", "json")
    assert found.exit_code == 0, found.output
    assert {hit["document"] for hit in json.loads(found.stdout)} >= {"yandu", "nanchang"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({name, "tA.sqlite"})  # no `x` created


# --- item 16: a full disk is one line, exit 1 ---


def test_export_to_sqlite_on_a_full_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(index, "SCHEMA", "PRAGMA max_page_count = 8;\n" + index.SCHEMA)  # SQLite: disk full
    out = tmp_path / "tasks.sqlite"
    result = run("export", "--to", "sqlite", "--data", str(RAW.parent), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"zhifa: {out}: cannot write: database or disk is full"
    assert list(tmp_path.iterdir()) == []


def test_export_to_xlsx_on_a_full_disk(tmp_path, monkeypatch, capfd):
    def full(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    out = tmp_path / "tasks.xlsx"
    result = run("export", "--to", "xlsx", "--data", str(RAW.parent), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"zhifa: {out}: cannot write: No space left on device"
    assert list(tmp_path.iterdir()) == []
    import gc

    gc.collect()  # a half-closed zip would complain now
    assert "Traceback" not in capfd.readouterr().err


def test_no_writable_cache_nor_temp_folder_is_no_traceback(tmp_path, monkeypatch, capfd):
    """No writable HOME: zhifa's index cannot be built, and jieba cannot write its own cache either."""
    import tempfile

    from zhifa_cli.compare import segment

    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path / "file" / "cache"))
    monkeypatch.setattr(segment, "_state", {})
    monkeypatch.setattr(segment, "_memo", {})
    with monkeypatch.context() as patch:  # undone before pytest's own fixtures need the temp folder again
        patch.setattr(tempfile, "tempdir", str(tmp_path / "file" / "tmp"))
        assert segment.cut(["行政执法监督一体化平台"]) == [("行政", "执法监督", "一体化", "平台")]
    assert capfd.readouterr().err == ""


# --- item 17: killed runs' temporary files are swept; the feature cache is bounded ---


def _age(path: Path, seconds: float) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


def _file(path: Path, age: float = 0.0) -> Path:
    path.write_bytes(b"{")
    return _age(path, age)


def test_stale_temporary_files_of_killed_runs_are_swept_on_the_next_write(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "_swept", set())
    out = tmp_path / "out"
    out.mkdir()
    old = files.STALE_SECONDS + 60
    stale = _file(out / ".yandu.json.k1ll3d_9.zhifa.tmp", old)
    journal = _file(out / ".tasks.sqlite.abcdefgh.zhifa.tmp-journal", old)
    busy = _file(out / ".other.json.abcdefgh.zhifa.tmp")  # a writer still at work
    foreign = _file(out / ".notes.txt.abcdefgh.tmp", old)  # not ours by name
    assert run("parse", str(RAW / "yandu.txt"), "--out", str(out), "-q").exit_code == 0
    assert not stale.exists() and not journal.exists()
    assert busy.exists() and foreign.exists() and (out / "yandu.json").exists()


def test_the_temporary_file_of_a_write_is_named_as_the_sweep_expects(tmp_path):
    with files.atomic_path(tmp_path / "x.json") as tmp:
        assert files._OURS.fullmatch(tmp.name)
        tmp.write_text("{}", encoding="utf-8")


def test_the_feature_cache_keeps_the_most_recently_used_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    bucket = feature_cache.folder() / "ab"
    bucket.mkdir(parents=True)
    for k in range(30):
        (bucket / f"{k:030d}.bin").write_bytes(b"x" * 100)
        _age(bucket / f"{k:030d}.bin", 1000 - k)  # entry 29 the newest
    assert feature_cache.trim(max_entries=10, max_bytes=10**9) == 20
    assert sorted(p.name for p in bucket.iterdir()) == [f"{k:030d}.bin" for k in range(20, 30)]
    assert feature_cache.trim(max_entries=100, max_bytes=550) == 5  # 5 × 100 bytes kept
    assert len(list(bucket.iterdir())) == 5


def test_writing_to_the_feature_cache_trims_it(tmp_path, monkeypatch, docs):
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    monkeypatch.setattr(feature_cache, "MAX_ENTRIES", 3)
    from zhifa_cli.compare.batch.task_index import build_index

    build_index(list(docs.values()), workers=1)
    assert len(list(feature_cache.folder().rglob("*.bin"))) == 3

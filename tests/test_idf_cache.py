"""The corpus idf zhifa diff keeps between runs: a hit gives the very idf corpus_idf counts, any change of
the corpus files or of the compared documents is a miss, and diff's output is the same with or without it."""

from __future__ import annotations

import os
import shutil

from conftest import RAW
from typer.testing import CliRunner

from zhifa_cli.cli import app
from zhifa_cli.cli.diff_cmd import _corpus, _idf_key
from zhifa_cli.compare import corpus_idf, kept_idf
from zhifa_cli.documents import corpus_stamp, load_corpus, open_document
from zhifa_cli.store import DataDir


def _corpus_copy(tmp_path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.raw.mkdir(parents=True)
    for name in ("shangrao", "nanchang", "yandu"):
        shutil.copy(RAW / f"{name}.txt", data.raw)
    return data


def test_a_hit_is_the_counted_idf_and_computes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path / "cache"))
    data = _corpus_copy(tmp_path)
    docs = [open_document("shangrao", data), open_document("nanchang", data)]
    key = _idf_key(data, docs)
    counted = corpus_idf(_corpus(data, docs))
    assert kept_idf(key, lambda: corpus_idf(_corpus(data, docs))) == counted  # a miss: counted, then kept
    assert kept_idf(key, lambda: {}) == counted  # a hit: compute() is not called
    assert len(list((tmp_path / "cache" / "idf").glob("*.marshal"))) == 1


def test_the_key_changes_with_any_corpus_file_and_with_the_compared_tasks(tmp_path):
    data = _corpus_copy(tmp_path)
    docs = [open_document("shangrao", data), open_document("nanchang", data)]
    first = corpus_stamp(data)
    assert corpus_stamp(data) == first and len(load_corpus(data).documents) == 3
    yandu = data.raw / "yandu.txt"
    yandu.write_bytes(yandu.read_bytes() + b"\n")
    second = corpus_stamp(data)
    assert second != first  # an edited raw file
    shutil.copy(RAW / "tongling-jiaoqu.txt", data.raw)
    assert corpus_stamp(data) != second  # one document more
    edited = docs[1].model_copy(update={"tasks": docs[1].tasks[1:]})  # same source hash, other tasks
    assert _idf_key(data, [docs[0], edited]) != _idf_key(data, docs)


def test_diff_says_the_same_with_a_warm_cache_and_without_one(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path / "cache"))
    runs = [CliRunner().invoke(app, ["diff", "shangrao", "nanchang", "-f", "json"]) for _ in range(2)]
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("ZHIFA_CACHE", str(blocker / "cache"))  # not writable: nothing kept
    runs.append(CliRunner().invoke(app, ["diff", "shangrao", "nanchang", "-f", "json"]))
    assert all(r.exit_code == 0 for r in runs) and runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert os.listdir(tmp_path / "cache" / "idf")

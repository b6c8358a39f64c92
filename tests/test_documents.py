"""documents: the one front door from a name, a path or a folder to Documents — records written as YAML
(`zhifa parse -f yaml`) are found as JSON ones are, and `zhifa check` reads each file once, through it."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from conftest import RAW
from corpus_helpers import run

from zhifa_cli import documents
from zhifa_cli.models import Document
from zhifa_cli.parse import pipeline
from zhifa_cli.store import DataDir


@pytest.fixture
def yaml_corpus(tmp_path):
    """A corpus folder whose parsed/ holds YAML records of two seeds, written by `zhifa parse -f yaml`."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("yandu", "tongling-jiaoqu"):
        shutil.copy(RAW / f"{name}.txt", raw / f"{name}.txt")
    result = run("parse", "--data", str(tmp_path), "--format", "yaml", "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "parsed").iterdir()) == ["tongling-jiaoqu.yaml", "yandu.yaml"]
    return tmp_path


def test_yaml_records_are_found_by_id_prefix_and_region_without_their_raw_files(yaml_corpus):
    shutil.rmtree(yaml_corpus / "raw")
    data = DataDir(yaml_corpus)
    assert documents.open_document("yandu", data).region == "盐都区"
    assert documents.open_document("tongling", data).id == "tongling-jiaoqu"  # an id prefix
    assert documents.open_document("盐都区", data).id == "yandu"  # a region, read off the YAML record
    assert [d.id for d in documents.load_corpus(data).documents] == ["tongling-jiaoqu", "yandu"]
    shown = run("show", "yandu", "--data", str(yaml_corpus), "--format", "json")
    assert shown.exit_code == 0 and '"region": "盐都区"' in shown.stdout


def test_a_fresh_yaml_record_is_used_not_parsed_again(yaml_corpus, monkeypatch):
    def parse_file(path, **_):
        raise AssertionError(f"{path} parsed again although its record is fresh")

    monkeypatch.setattr(pipeline, "parse_file", parse_file)
    data = DataDir(yaml_corpus)
    assert documents.open_document("yandu", data).id == "yandu"
    assert len(documents.load_corpus(data).documents) == 2


def test_a_stale_yaml_record_is_parsed_again(yaml_corpus):
    raw = yaml_corpus / "raw" / "yandu.txt"
    edited = raw.read_bytes() + b"\n"
    raw.write_bytes(edited)
    assert documents.open_document("yandu", DataDir(yaml_corpus)).source.sha256 == hashlib.sha256(edited).hexdigest()


def test_check_opens_each_file_once_through_the_front_door(monkeypatch):
    """`zhifa check data/raw`: one trip down — check.run asks documents for the inputs and opens each
    file once (read and parsed together), then runs the rules."""
    from zhifa_cli.check import check_paths

    opened = []
    real = pipeline.read_and_parse

    def counting(path, **kwargs):
        opened.append(path.name)
        return real(path, **kwargs)

    monkeypatch.setattr(pipeline, "read_and_parse", counting)
    report = check_paths([str(RAW)])
    assert sorted(opened) == sorted(p.name for p in RAW.glob("*.txt"))
    assert opened == [p.rsplit("/", 1)[1] for p in report.documents]


@pytest.mark.parametrize("text, why", [
    ('{"id": "x", "tasks": 5', "invalid JSON: EOF while parsing an object at line 2 column 0"),
    ('{"id": "x", "tasks": 5}', "source: Field required"),
    ("[" * 100_000, "nested too deep"),
])
def test_a_broken_record_says_in_one_line_what_is_wrong_and_where(tmp_path, text, why):
    record = tmp_path / "x.json"
    record.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(documents.ReadError) as caught:
        documents.load(record)
    assert str(caught.value) == f"{record}: not a zhifa document: {why}"


def test_a_record_is_read_as_its_json_says(tmp_path):
    record = shutil.copy(RAW.parent / "parsed" / "yandu.json", tmp_path / "yandu.json")
    assert documents.load(record) == Document.model_validate(json.loads(record.read_text(encoding="utf-8")))

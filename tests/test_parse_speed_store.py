"""store.dumps writes a record's JSON with pydantic (fast) where that is byte for byte what json.dumps of the
record's model_dump wrote, and the old way where it is not (floats Python writes with an exponent, inf)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhifa_cli.parse import parse_file
from zhifa_cli.store import dumps

ROOT = Path(__file__).resolve().parent.parent


def _reference(doc) -> str:
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@pytest.fixture(scope="module")
def seeds():
    return [parse_file(path) for path in sorted((ROOT / "data" / "raw").glob("*.txt"))]


def test_seed_records_are_written_as_json_dumps_wrote_them(seeds):
    for doc in seeds:
        assert dumps(doc) == _reference(doc)


@pytest.mark.parametrize("value", [3, 10**30, 0.5, 99.95, 1e-4, 1e-5, 2.5e-7, 1e15, 1e16, 3e20, float("inf"), -0.0])
def test_any_figure_and_any_character_is_written_as_json_dumps_wrote_it(seeds, value):
    doc = seeds[0]
    task = next(t for t in doc.tasks if t.targets)
    target = task.targets[0].model_copy(update={"value": value, "high": value})
    odd = task.model_copy(update={"targets": [target], "text": 'a\x01\t\n"\\\u2028\x7f/é“引号”\ud7ff'})
    record = doc.model_copy(update={"tasks": [odd]})
    assert dumps(record) == _reference(record)


def test_a_record_saved_as_bytes_is_what_dumps_writes(seeds, tmp_path):
    """save writes pydantic's bytes as they come (no decode and encode again): the file holds dumps's text, byte for
    byte; where dumps goes the other way (an exponent float, a lone surrogate) save goes with it."""
    from zhifa_cli.store import _json_bytes, save

    for doc in seeds:
        assert _json_bytes(doc) == dumps(doc).encode("utf-8")
        assert save(doc, tmp_path).read_bytes() == dumps(doc).encode("utf-8")
    task = next(t for t in seeds[0].tasks if t.targets)
    tiny = task.model_copy(update={"targets": [task.targets[0].model_copy(update={"value": 1e-5})]})
    assert _json_bytes(seeds[0].model_copy(update={"tasks": [tiny]})) is None
    assert _json_bytes(seeds[0].model_copy(update={"title": "lone \udc80"})) is None

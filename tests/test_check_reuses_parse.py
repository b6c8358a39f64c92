"""zhifa check parses each file once: the numbering rules read the markers from the parse's own classified
lines (parse.Parsed.parts), never normalising the text again; what they find is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

import zhifa_cli.check.outline as check_outline
import zhifa_cli.parse as parse
import zhifa_cli.parse.pipeline as pipeline
from zhifa_cli.check import check_paths
from zhifa_cli.check.outline import headings, headings_in
from zhifa_cli.parse.read import read_file

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
SEEDS = sorted(RAW.glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_check_normalises_each_file_once(path, monkeypatch):
    calls: list[int] = []
    real = pipeline.normalize

    def counting(text):
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(pipeline, "normalize", counting)  # parse_text's name for it
    monkeypatch.setattr(check_outline, "normalize", counting)  # the numbering rules' (a record's source)
    report = check_paths([str(path)])
    assert report.documents == [path.relative_to(Path.cwd()).as_posix() if path.is_relative_to(Path.cwd())
                                else path.as_posix()]
    assert len(calls) == 1


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_parsed_parts_give_the_headings_the_text_gives(path):
    _, raw = read_file(path)
    text, parsed = parse.read_and_parse(path)
    assert text == raw.text
    found = headings_in(parsed.parts)
    assert found == headings(raw.text)
    assert len(found) >= len(parsed.doc.tasks) and {h.part for h in found} >= {"plan"}
    assert parsed.doc == parse.parse_file(path)
    assert [ln.no for ln in parsed.lines] == list(range(1, len(raw.text.splitlines()) + 1))

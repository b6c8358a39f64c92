"""The tables and bases every stage shares are written once: chars (Han ranges, bracket pairs), the Record base,
the numerals, the atomic writer. Each test reads the source or a seed, so a second copy makes it fail."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from zhifa_cli import chars, models
from zhifa_cli.corpus import records
from zhifa_cli.parse import parse_file

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "zhifa_cli"
SEED = Path(__file__).resolve().parent.parent / "data" / "raw" / "yandu.txt"


def _sources(pattern: str) -> list[str]:
    found = re.compile(pattern, re.M)
    return sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
                  if found.search(p.read_text(encoding="utf-8")))


def test_one_record_base_for_every_record():
    classes = [c for mod in (models, records) for _n, c in inspect.getmembers(mod, inspect.isclass)
               if issubclass(c, BaseModel) and c.__module__ == mod.__name__]
    assert len(classes) > 40
    assert all(issubclass(c, models.Record) for c in classes), [c for c in classes if not issubclass(c, models.Record)]
    assert _sources(r"^class Record\(") == ["models.py"]


def test_record_json_text_keeps_chinese_and_round_trips():
    doc = parse_file(SEED)
    text = doc.json_text()
    assert "盐都区" in text and "\\u" not in text and text.endswith("}\n")
    assert models.Document.model_validate(json.loads(text)) == doc
    assert "\n" not in doc.tasks[0].json_text(indent=None).rstrip("\n")


def test_corpus_trace_source_is_not_named_like_the_document_source():
    assert records.TaskSource.model_fields.keys() == {"document", "task", "score", "date"}
    assert not hasattr(records, "Source")


def test_brackets_pair_by_position_and_only_chars_spells_them():
    assert len(chars.OPEN) == len(chars.CLOSE) == 6
    assert dict(zip(chars.OPEN, chars.CLOSE, strict=True))["〔"] == "〕"
    assert _sources(r"[\"']（\(〔\[【［[\"']") == ["chars.py"]


def test_han_class_matches_the_characters_of_a_circular():
    text = SEED.read_text(encoding="utf-8")
    han = chars.HAN_CHAR.findall(text)
    assert len(han) > 1000 and "盐" in han and "（" not in han and "1" not in han
    assert re.fullmatch(f"[{chars.CJK}]+", "㐀盐都豈")
    # corpus/search_words keeps its own range (U+3400-U+9FFF: the full-text index's words)
    assert set(_sources(r"\\u4e00|\\u9fff")) <= {"chars.py", "corpus/search_words.py"}


def test_numerals_are_written_by_one_table():
    from zhifa_cli.check.rules_numbering import numbered
    from zhifa_cli.parse import docx_numbering, lines
    from zhifa_cli.parse.numerals import circled, cn_numeral, cn_to_int

    assert [cn_numeral(n) for n in (1, 10, 21, 99, 100)] == ["一", "十", "二十一", "九十九", "100"]
    assert all(cn_to_int(cn_numeral(n)) == n for n in range(1, 100))
    assert circled(3) == "③" and circled(21) == "21"
    assert docx_numbering.FORMATS["chineseCounting"](23) == "二十三"
    assert lines.classify(1, "⑳ 加强培训").number == 20 and lines.classify(1, "⒇ 加强培训").number == 20
    assert numbered(lines_heading("（九十九）"), 100) == "（100）"  # before: IndexError (an internal error, exit 2)
    assert _sources("[\"']①②③") == ["parse/numerals.py"]


def lines_heading(marker: str):
    from zhifa_cli.check.outline import Heading
    from zhifa_cli.parse.lines import classify

    ln = classify(1, f"{marker}加强培训")
    return Heading("plan", 1, ln.family, ln.number, ln.marker)


# compare/segment.py builds its jieba index with its own mkstemp/os.replace (batch's file): it should use
# files.atomic_path; drop it from here when it does.
OWN_WRITERS = {"files.py", "compare/segment.py"}


def test_one_atomic_writer():
    assert set(_sources(r"mkstemp|os\.replace|NamedTemporaryFile")) <= OWN_WRITERS


def test_write_text_is_whole_or_nothing(tmp_path):
    from zhifa_cli.errors import WriteError
    from zhifa_cli.files import write_text

    target = tmp_path / "yandu.json"
    write_text(target, parse_file(SEED).json_text())
    assert json.loads(target.read_text(encoding="utf-8"))["region"] == "盐都区"
    with pytest.raises(WriteError, match="yandu.json/x.json: cannot write"):  # a file where a folder should be
        write_text(target / "x.json", "{}")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".zhifa.tmp")] == []

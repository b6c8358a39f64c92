"""Two faster paths of session 9, held to the code before over every line of the seeds and the probe pages: Line's
own __init__ (one dict update) makes what the dataclass's made, and grid._header_stream gives up on fewer than three
header words before asking _header (which wants three; _unspanned never adds a cell)."""

from __future__ import annotations

import dataclasses
import inspect
from functools import cache
from pathlib import Path

import pytest

from zhifa_cli.parse import grid
from zhifa_cli.parse.lines import Line, classify_all
from zhifa_cli.parse.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
FIELDS = dataclasses.fields(Line)
# Line as the dataclass makes it (its own __init__ through object.__setattr__)
Plain = dataclasses.make_dataclass("Line", [(f.name, f.type, f) for f in FIELDS], frozen=True)


@cache
def _pages() -> list[list[Line]]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    assert len(files) > 400
    return [classify_all(normalize(path.read_text(encoding="utf-8")).lines) for path in files]


def test_line_init_takes_the_fields_in_order_with_their_defaults():
    params = list(inspect.signature(Line.__init__).parameters.values())[1:]
    assert [p.name for p in params] == [f.name for f in FIELDS]
    assert [p.default for p in params] == [f.default if f.default is not dataclasses.MISSING else inspect.Parameter.empty
                                           for f in FIELDS]


def test_every_line_is_made_as_the_dataclass_made_it():
    kinds = set()
    for lines in _pages():
        for ln in lines:
            values = [getattr(ln, f.name) for f in FIELDS]
            plain = Plain(*values)
            for made in (Line(*values), Line(**dict(zip([f.name for f in FIELDS], values, strict=True))),
                         Line(ln.no, ln.text, ln.kind) if ln.family is None and ln.indent == 0 else ln):
                assert vars(made) == vars(plain) and list(vars(made)) == list(vars(plain))
                assert made == ln and hash(made) == hash(ln) and repr(made) == repr(plain)
            kinds.add(ln.kind)
    assert {"blank", "heading", "body"} <= kinds
    with pytest.raises(dataclasses.FrozenInstanceError):
        ln.kind = "body"  # still frozen
    assert dataclasses.replace(ln, kind="noise").kind == "noise"


def _header_stream_before(lines: list[Line], i: int):
    """grid._header_stream as it was: _header asked whatever the count of header words."""
    cells: list[str] = []
    j = i
    while j < len(lines):
        text = grid._cell(lines[j].text)
        j += 1
        if not text:
            continue
        if cells and (joined := grid._wrapped_word(text, lines, j)):
            text, j = joined  # round BA: a header cell wrapped over two lines ('牵头' / '单位') is one cell
        elif grid.column_role(text) is None and not grid._problem_before_rectification(text, lines, j) \
                and not (cells and grid._unknown_inside(text, lines, j)):  # round BH; round BY
            j -= 1
            break
        cells.append(text)
        if len(cells) > grid._MAX_COLUMNS:
            return None
    columns = grid._header(grid._unspanned(cells))
    return (columns, lines[j:]) if columns else None


def test_header_stream_reads_what_it_read_from_every_line():
    found = 0
    for lines in _pages():
        for i in range(len(lines)):
            got = grid._header_stream(lines, i)
            assert got == _header_stream_before(lines, i)
            found += got is not None
    assert found >= 5  # pages whose header is flattened one cell per line
    # two header words, or three of which _unspanned would merge none: the same either way
    for words in (["工作任务", "责任单位"], ["工作任务", "责任单位", "完成时限"], ["序号", "完成时限", "重点任务", "具体措施"]):
        lines = [Line(k + 1, w, "body") for k, w in enumerate(words)]
        assert grid._header_stream(lines, 0) == _header_stream_before(lines, 0)


def _mojibake_before(lines: list[Line]) -> list[str]:
    from zhifa_cli.parse import lines as lines_mod

    bad = [ln.no for ln in lines if len(lines_mod._MOJIBAKE.findall(ln.text)) >= 2]
    if not bad:
        return []
    return lines_mod.mojibake_warnings(lines)  # the wording after the scan is the same code


def test_mojibake_openers_are_the_first_characters_of_every_garble_and_pages_read_alike():
    from zhifa_cli.parse import lines as lines_mod

    alternatives = lines_mod._MOJIBAKE.pattern.split("|")
    assert {alt[0] for alt in alternatives} == set(lines_mod._MOJIBAKE_OPENERS)
    garbled = "一、重点任务\n1.锛歔鍔犲己銆傚缓璁撅紝鈥滄斂鍔♀€濄€俓n2.ä¸»è¦ï¼ä»»åŠ¡ã€ï¼Œå®Œæˆ\n3.开展检查。\n"
    pages = [*_pages(), classify_all(normalize(garbled).lines)]
    said = 0
    for lines in pages:
        assert lines_mod.mojibake_warnings(lines) == _mojibake_before(lines)
        said += bool(_mojibake_before(lines))
    assert said >= 1

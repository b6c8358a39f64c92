"""lines.classify reads a line's text once (cached by the text) and gives each line its own number: held to the
uncached reading over every line of the seeds and the probe pages, each read twice under two numbers."""

from __future__ import annotations

from pathlib import Path

from zhifa_cli.parse.lines import _classify, classify
from zhifa_cli.parse.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent


def test_a_cached_line_reads_as_a_fresh_one_under_its_own_number():
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "probe" / "texts").glob("*.txt"))
    assert len(files) > 400
    kinds = set()
    for path in files:
        for no, text in enumerate(normalize(path.read_text(encoding="utf-8")).lines, start=1):
            first, again = classify(no, text), classify(no + 7, text)
            assert first == _classify(no, text)
            assert again == _classify(no + 7, text) and again.no == no + 7
            kinds.add(first.kind)
    assert {"heading", "body", "blank", "table", "noise"} <= kinds


def test_a_run_on_line_read_again_is_split_again():
    """The look for a run-on marker (_hinted) is cached by the line's text: the same line later still splits."""
    from zhifa_cli.parse.lines import classify_all

    text = ["1.加强执法检查。", "2.开展普法宣传。3.组织执法培训。", "", "2.开展普法宣传。3.组织执法培训。"]
    heads = [(ln.no, ln.marker) for ln in classify_all(text) if ln.kind == "heading"]
    assert heads == [(1, "1."), (2, "2."), (2, "3."), (4, "2."), (4, "3.")]

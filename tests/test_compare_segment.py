"""compare.segment: stock jieba's words, with a start-up that loads only what a text needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from zhifa_cli.compare import segment

ROOT = Path(__file__).resolve().parent.parent


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "data" / "raw").glob("*.txt"))]


def stock_jieba_cut(texts: list[str]) -> list[tuple[str, ...]]:
    jieba = segment.import_jieba()
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()  # jieba's own full dictionary
    return [tuple(tokenizer.lcut(text)) for text in texts]


def test_segmentation_is_exactly_stock_jiebas_on_every_seed():
    texts = seed_texts()
    ours = segment.cut(texts)
    assert ours == stock_jieba_cut(texts)
    assert ["".join(words) for words in ours] == texts
    assert segment.cut(["行政执法监督一体化平台"]) == [("行政", "执法监督", "一体化", "平台")]


def test_without_a_usable_cache_folder_jieba_starts_the_usual_way(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("ZHIFA_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(segment, "_state", {})
    monkeypatch.setattr(segment, "_memo", {})
    assert segment.cut(["行政执法监督一体化平台"]) == [("行政", "执法监督", "一体化", "平台")]
    assert segment._state["index"] is None and segment._state["tokenizer"].initialized


def test_help_and_parse_never_load_jieba_numpy_or_scipy(tmp_path):
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom zhifa_cli.cli import app\n"
            "runner = CliRunner()\n"
            "assert runner.invoke(app, ['--help']).exit_code == 0\n"
            "assert runner.invoke(app, ['diff', '--help']).exit_code == 0\n"
            "assert runner.invoke(app, ['parse', 'data/raw/nanchang.txt', '-o', sys.argv[1], '-q']).exit_code == 0\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'jieba', 'numpy', 'scipy', 'dask'}))\n")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"}, check=True)
    assert result.stdout.strip() == "[]"


def test_words_cut_once_are_kept_for_the_next_run(tmp_path, monkeypatch):
    """A second run (fresh process state) gets the words from the store and never starts the tokenizer;
    a text the store does not hold is cut as before, and a damaged row is cut again."""
    texts = ["行政执法监督一体化平台", "推进行政执法规范化建设"]
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(segment, "_state", {})
    monkeypatch.setattr(segment, "_memo", {})
    first = segment.cut(texts)
    monkeypatch.setattr(segment, "_state", {})
    monkeypatch.setattr(segment, "_memo", {})

    def no_tokenizer(_texts):
        raise AssertionError("jieba started although the words were stored")

    monkeypatch.setattr(segment, "_tokenizer", no_tokenizer)
    assert segment.cut(texts) == first == [("行政", "执法监督", "一体化", "平台"), ("推进", "行政", "执法", "规范化", "建设")]
    monkeypatch.undo()
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(segment, "_state", {})
    monkeypatch.setattr(segment, "_memo", {})
    store = segment._Store.shared()
    with store.db:
        store.db.execute("UPDATE cut SET words = ?", (segment.marshal.dumps(["别的", "词"]),))
    assert segment.cut(texts) == first  # rows whose words do not spell the text are not trusted


def test_a_full_memo_is_emptied_without_losing_the_texts_it_held(monkeypatch):
    """When the in-process memo is full it is cleared: a call whose texts were partly in it still gets every
    text's words (a fuzz run of diff found a KeyError here once the memo passed its limit)."""
    monkeypatch.setattr(segment, "_memo", {})
    monkeypatch.setattr(segment, "_MEMO_LIMIT", 2)
    texts = ["行政执法监督一体化平台", "推进行政执法规范化建设", "全面推行清单管理制度"]
    first = segment.cut(texts[:1])
    words = segment.cut(texts)
    assert words[:2] == [first[0], ("推进", "行政", "执法", "规范化", "建设")]
    assert ["".join(w) for w in words] == texts

"""segment: jieba word segmentation, loading only the part of jieba's dictionary a text can touch.

jieba's own start-up unmarshals its whole prefix dictionary (about 500,000 entries, 0.7 s), which alone
would break the one-second budget of `zhifa diff`. jieba only ever looks up dictionary entries that start
at a position of the text being cut: the single character there, or strings beginning with the two
characters there. So zhifa keeps jieba's dictionary in an index keyed by those one or two leading
characters (built once from jieba's own dict.txt, in the user's cache folder) and loads just the keys a
text contains. The segmentation is exactly stock jieba's (a test checks it); only the start-up differs.
Without a writable cache folder zhifa falls back to jieba's normal start-up.
"""

from __future__ import annotations

import logging
import marshal
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

_state: dict[str, Any] = {}
_memo: dict[str, tuple[str, ...]] = {}
_MEMO_LIMIT = 20_000


def cut(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """Each text cut into jieba words; the words of a text joined give the text back unchanged."""
    todo = [t for t in dict.fromkeys(texts) if t not in _memo]
    if todo:
        tokenizer = _tokenizer(todo)
        if len(_memo) + len(todo) > _MEMO_LIMIT:
            _memo.clear()
        for text in todo:
            _memo[text] = tuple(tokenizer.lcut(text))
    return [_memo[t] for t in texts]


def cache_dir() -> Path:
    """$ZHIFA_CACHE, else $XDG_CACHE_HOME/zhifa, else ~/.cache/zhifa."""
    if os.environ.get("ZHIFA_CACHE"):
        return Path(os.environ["ZHIFA_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "zhifa"


def import_jieba() -> Any:
    """Import jieba without pkg_resources: jieba 0.42 imports it (0.1 s, deprecated) only to open its
    own data files and falls back to plain open() when the import fails, so hide it meanwhile."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if hide:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)
    return jieba


def _tokenizer(texts: Iterable[str]) -> Any:
    """The shared tokenizer, with the dictionary keys of these texts loaded."""
    if "tokenizer" not in _state:
        _state["tokenizer"], _state["index"] = _open()
    index: _Index | None = _state["index"]
    if index is not None:
        index.load_for(texts, _state["tokenizer"].FREQ)
    return _state["tokenizer"]


def _open() -> tuple[Any, _Index | None]:
    jieba = import_jieba()
    tokenizer = jieba.Tokenizer()
    try:
        index = _Index.open_or_build(tokenizer, Path(jieba.__file__).with_name("dict.txt"), jieba.__version__)
    except (OSError, sqlite3.Error):
        tokenizer.initialize()  # no usable cache folder: jieba's own (slower) start-up
        return tokenizer, None
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = {}, index.total, True
    return tokenizer, index


class _Index:
    """jieba's prefix dictionary in SQLite, one marshalled dict per one- or two-character key."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        self.total = int(self.db.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()[0])
        self.loaded: set[str] = set()

    @classmethod
    def open_or_build(cls, tokenizer: Any, source: Path, version: str) -> _Index:
        python = "".join(map(str, sys.version_info[:2]))  # marshal's format may change between versions
        path = cache_dir() / f"jieba-{version}-{source.stat().st_size}-py{python}.sqlite3"
        if not path.exists():
            _build(tokenizer, source, path)
        return cls(path)

    def load_for(self, texts: Iterable[str], freq: dict[str, int]) -> None:
        keys: set[str] = set()
        for text in texts:
            keys.update(text)
            keys.update(text[i:i + 2] for i in range(len(text) - 1))
        todo = sorted(keys - self.loaded)
        self.loaded.update(todo)
        for start in range(0, len(todo), 500):
            chunk = todo[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for (blob,) in self.db.execute(f"SELECT entries FROM prefix WHERE key IN ({marks})", chunk):
                freq.update(marshal.loads(blob))


def _build(tokenizer: Any, source: Path, path: Path) -> None:
    """Group jieba's prefix dictionary by leading one or two characters and write it atomically."""
    with source.open("rb") as handle:
        freq, total = tokenizer.gen_pfdict(handle)
    groups: dict[str, dict[str, int]] = {}
    for word, count in freq.items():
        groups.setdefault(word[:2], {})[word] = count
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        with db:
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE prefix (key TEXT PRIMARY KEY, entries BLOB) WITHOUT ROWID")
            db.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))
            db.executemany("INSERT INTO prefix VALUES (?, ?)",
                           ((key, marshal.dumps(groups[key])) for key in sorted(groups)))
        db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

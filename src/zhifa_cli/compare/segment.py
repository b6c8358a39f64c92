"""segment: jieba word segmentation, loading only the part of jieba's dictionary a text can touch.

jieba's own start-up unmarshals its whole prefix dictionary (about 500,000 entries, 0.7 s), which alone
would break the one-second budget of `zhifa diff`. jieba only ever looks up dictionary entries that start
at a position of the text being cut: the single character there, or strings beginning with the two
characters there. So zhifa keeps jieba's dictionary in an index keyed by those one or two leading
characters (built once from jieba's own dict.txt, in the user's cache folder) and loads just the keys a
text contains. The segmentation is exactly stock jieba's (a test checks it); only the start-up differs.
Without a writable cache folder zhifa falls back to jieba's normal start-up.

What a run has cut is kept too (`_Store`, next to the index, keyed by a digest of the text and by the
jieba files that made the words): `zhifa diff` on records it has seen before cuts nothing and never
starts jieba. The store is a cache, never a source of truth: it is bounded, any error reading or writing
it is ignored, and the words it gives are the words jieba gave.

jieba's cost grows faster than the length of one run of letters, digits or Han characters (1 MB of
digits: 16 s, 4 MB: minutes), so a text is handed to jieba in pieces (`pieces`): jieba cuts every such
run on its own anyway, so pieces made of whole runs give the very same words; only a run longer than
MAX_RUN characters — never met in a real sentence — is cut every MAX_RUN characters first. And jieba
sees at most MAX_TEXT characters of one text (the longest seed task has 416): the rest is kept as
MAX_RUN-character slices, uncut, so a pathological text costs a bounded time and its words still join
to the whole text.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import logging
import marshal
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..settings import cache_dir  # its cache folder is everyone's: $ZHIFA_CACHE …

_state: dict[str, Any] = {}
_memo: dict[str, tuple[str, ...]] = {}
_MEMO_LIMIT = 20_000
MAX_RUN = 1_000  # characters of one run jieba is given at once; a real run is far shorter
MAX_TEXT = 20_000  # characters of one text jieba cuts; the longest seed task has 416
# jieba's own run pattern (jieba.re_han_default): it cuts each such run independently of the others.
_RUN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")


def cut(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """Each text cut into jieba words; the words of a text joined give the text back unchanged."""
    todo = [t for t in dict.fromkeys(texts) if t not in _memo]
    if not todo:
        return [_memo[t] for t in texts]
    if len(_memo) + len(todo) > _MEMO_LIMIT:
        _memo.clear()  # the texts that were kept are gone too: all of them are cut (or fetched) again
        todo = list(dict.fromkeys(texts))
    store = _Store.shared()
    known = store.get(todo) if store else {}
    _memo.update(known)
    fresh = [t for t in todo if t not in known]
    if fresh:
        tokenizer = _tokenizer(t[:MAX_TEXT] for t in fresh)
        words = {text: tuple(bounded(tokenizer.cut, text)) for text in fresh}
        _memo.update(words)
        if store:
            store.put(words)
    return [_memo[t] for t in texts]


class _Store:
    """Words cut by earlier runs, in SQLite: digest of the text -> marshalled words. Named after the jieba
    files that cut them (found without importing jieba), so another jieba or Python starts a new store."""

    MAX_BYTES = 128 * 2**20  # past this the store starts again empty

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path, timeout=2)
        with self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS cut (key BLOB PRIMARY KEY, words BLOB) WITHOUT ROWID")

    @staticmethod
    def shared() -> _Store | None:
        if "store" not in _state:
            _state["store"] = _Store._open()
        return _state["store"]

    @staticmethod
    def _open() -> _Store | None:
        try:
            spec = importlib.util.find_spec("jieba")
            origin = Path(spec.origin) if spec and spec.origin else None
            if origin is None:
                return None
            python = "".join(map(str, sys.version_info[:2]))
            stamp = f"{origin.stat().st_size}-{origin.with_name('dict.txt').stat().st_size}-{MAX_RUN}-{MAX_TEXT}"
            folder = cache_dir()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"cuts-{stamp}-py{python}.sqlite3"
            if path.exists() and path.stat().st_size > _Store.MAX_BYTES:
                path.unlink()
            return _Store(path)
        except (OSError, sqlite3.Error, ValueError):
            return None

    def get(self, texts: list[str]) -> dict[str, tuple[str, ...]]:
        by_key = {_key(t): t for t in texts}
        found: dict[str, tuple[str, ...]] = {}
        keys = list(by_key)
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in self.db.execute(f"SELECT key, words FROM cut WHERE key IN ({marks})", chunk):
                    words = marshal.loads(blob)
                    text = by_key[key]
                    if "".join(words) == text:  # a digest collision or a damaged row gives nothing
                        found[text] = tuple(words)
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            return {}
        return found

    def put(self, words: dict[str, tuple[str, ...]]) -> None:
        with contextlib.suppress(sqlite3.Error), self.db:
            self.db.executemany("INSERT OR REPLACE INTO cut VALUES (?, ?)",
                                ((_key(t), marshal.dumps(list(w))) for t, w in words.items()))


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def bounded(cut: Callable[[str], Iterable[str]], text: str) -> list[str]:
    """`cut` (jieba's cut or cut_for_search) applied to `text` in pieces, so that its time stays linear and
    bounded: the first MAX_TEXT characters in `pieces`, the rest as uncut MAX_RUN-character slices."""
    head, tail = text[:MAX_TEXT], text[MAX_TEXT:]
    words = [word for piece in pieces(head) for word in cut(piece)]
    words.extend(tail[i:i + MAX_RUN] for i in range(0, len(tail), MAX_RUN))
    return words


def pieces(text: str) -> list[str]:
    """`text` in pieces jieba cuts in time linear in their length: a run longer than MAX_RUN characters
    is cut every MAX_RUN characters, each slice a piece of its own; what lies between such runs is one
    piece. A text without an over-long run is one piece, so its words are exactly jieba's."""
    if len(text) <= MAX_RUN:
        return [text]
    out: list[str] = []
    rest = 0
    for run in _RUN.finditer(text):
        if run.end() - run.start() > MAX_RUN:
            out.extend([text[rest:run.start()]] if run.start() > rest else [])
            out.extend(text[i:min(i + MAX_RUN, run.end())] for i in range(run.start(), run.end(), MAX_RUN))
            rest = run.end()
    out.extend([text[rest:]] if rest < len(text) else [])
    return out


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


def initialize(tokenizer: Any) -> None:
    """jieba's own start-up, without the traceback jieba logs when it cannot write its cache to the temp
    folder (no writable HOME, /tmp full or read-only): that cache only saves time next run."""
    logger = logging.getLogger("jieba")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        tokenizer.initialize()
    finally:
        logger.setLevel(level)


def full_cut(text: str, *, search: bool = False) -> list[str]:
    """`text` cut by stock jieba with its whole dictionary loaded (search mode: words and their sub-words,
    so 裁量 finds 裁量权), in bounded pieces. For the full-text index, which segments every task anyway;
    compare's own cut() loads only the dictionary keys its texts can touch."""
    jieba = _full_jieba()
    return bounded(jieba.cut_for_search if search else jieba.cut, text)


@functools.cache
def _full_jieba() -> Any:
    jieba = import_jieba()  # slow to import and to load: only when an index is built or searched
    initialize(jieba.dt)
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
        initialize(tokenizer)  # no usable cache folder: jieba's own (slower) start-up
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
    _sweep(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".zhifa.tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            with db:
                db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
                db.execute("CREATE TABLE prefix (key TEXT PRIMARY KEY, entries BLOB) WITHOUT ROWID")
                db.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))
                db.executemany("INSERT INTO prefix VALUES (?, ?)",
                               ((key, marshal.dumps(groups[key])) for key in sorted(groups)))
        finally:
            db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sweep(path: Path, stale: float = 3600.0) -> None:
    """Remove what builds killed outright (kill -9) left behind: temporary files untouched for an hour."""
    for leftover in path.parent.glob(f".{path.name}.*.zhifa.tmp*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < time.time() - stale:
                leftover.unlink()

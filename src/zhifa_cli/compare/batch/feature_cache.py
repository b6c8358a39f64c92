"""feature_cache: each document's term counts, kept on disk so a corpus is cut by jieba only once.

Keyed by exactly what the terms are made of: the texts of the document's tasks (compare.features.task_text,
hashed) and the code that makes terms (compare's features.py and segment.py, hashed). Any edit of a
record that changes a task's text, made by hand or by a new parser, makes a fresh entry: an entry is never
stale. Lives in the engine's cache folder ($ZHIFA_CACHE, else ~/.cache/zhifa); without a writable one,
nothing is kept.

Bounded: after a run has written entries, `trim` cuts the cache down to MAX_ENTRIES files and MAX_BYTES,
dropping the entries least recently used (a read refreshes an entry's time): entries of older code and of
edited records go first.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ...errors import WriteError
from ...files import atomic_path
from ...models import Document
from .. import features, segment

FORMAT = 3
MAX_ENTRIES = 20_000  # a 3,000-document corpus takes 3,000
MAX_BYTES = 512 * 2**20  # … and about 60 MB


@dataclass(frozen=True)
class Terms:
    """A document's own vocabulary; for all its tasks, term numbers into it and counts, task k owning
    positions cuts[k]..cuts[k+1]."""

    vocab: list[str]
    ids: np.ndarray
    counts: np.ndarray
    cuts: np.ndarray


@cache
def code_version() -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    for module in (features, segment):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def key(doc: Document) -> str:
    """The hash of what the terms are made of: every task's text, in order, and the code."""
    digest = hashlib.sha256(code_version().encode())
    for task in doc.tasks:
        text = features.task_text(task).encode("utf-8")
        digest.update(len(text).to_bytes(8, "little"))
        digest.update(text)
    return digest.hexdigest()


def folder() -> Path:
    return segment.cache_dir() / "features"


def _path(doc: Document) -> Path:
    name = key(doc)
    return folder() / name[:2] / f"{name[2:32]}.bin"


def read(doc: Document) -> Terms | None:
    path = _path(doc)
    try:
        vocab, ids, counts, cuts = marshal.loads(path.read_bytes())
        terms = Terms(vocab, np.frombuffer(ids, np.int32), np.frombuffer(counts, np.float32),
                      np.frombuffer(cuts, np.int64))
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if len(terms.cuts) != len(doc.tasks) + 1:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest when the cache is trimmed
    return terms


def write(doc: Document, terms: Terms) -> None:
    blob = marshal.dumps((terms.vocab, terms.ids.astype(np.int32).tobytes(),
                          terms.counts.astype(np.float32).tobytes(), terms.cuts.astype(np.int64).tobytes()))
    try:
        with atomic_path(_path(doc)) as tmp:
            tmp.write_bytes(blob)
    except WriteError:
        pass  # no writable cache: the next run cuts again


def trim(max_entries: int | None = None, max_bytes: int | None = None) -> int:
    """Drop the least recently used entries beyond `max_entries` files or `max_bytes` (default MAX_ENTRIES,
    MAX_BYTES); how many were dropped. Never fails."""
    max_entries = MAX_ENTRIES if max_entries is None else max_entries
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    entries = sorted(_entries(folder()), reverse=True)  # newest first
    dropped = 0
    total = 0
    for count, (_mtime, size, path) in enumerate(entries):
        total += size
        if count >= max_entries or total > max_bytes:
            with contextlib.suppress(OSError):
                os.unlink(path)
                dropped += 1
    return dropped


def _entries(root: Path) -> list[tuple[float, int, str]]:
    found = []
    with contextlib.suppress(OSError), os.scandir(root) as buckets:
        for bucket in buckets:
            if not bucket.is_dir(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError), os.scandir(bucket.path) as files:
                for entry in files:
                    if entry.name.endswith(".bin") and entry.is_file(follow_symlinks=False):
                        with contextlib.suppress(OSError):
                            info = entry.stat(follow_symlinks=False)
                            found.append((info.st_mtime, info.st_size, entry.path))
    return found

"""feature_cache: each document's term counts, kept on disk so a corpus is cut by jieba only once.

Keyed by the document's source hash and parser version and by the code that makes terms (the engine's
features.py and segment.py, hashed): any change to either makes a fresh entry. Lives in the engine's cache
folder ($ZHIFA_CACHE, else ~/.cache/zhifa); without a writable one, nothing is kept.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ..compare import features as engine
from ..compare import segment
from ..models import Document

FORMAT = 2


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
    for module in (engine, segment):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def _path(doc: Document) -> Path:
    key = hashlib.sha256(f"{doc.source.sha256}/{doc.source.parser}/{doc.id}/{code_version()}".encode()).hexdigest()
    return segment.cache_dir() / "features" / key[:2] / f"{key[2:32]}.bin"


def read(doc: Document) -> Terms | None:
    try:
        vocab, ids, counts, cuts = marshal.loads(_path(doc).read_bytes())
        terms = Terms(vocab, np.frombuffer(ids, np.int32), np.frombuffer(counts, np.float32),
                      np.frombuffer(cuts, np.int64))
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return terms if len(terms.cuts) == len(doc.tasks) + 1 else None


def write(doc: Document, terms: Terms) -> None:
    blob = marshal.dumps((terms.vocab, terms.ids.astype(np.int32).tobytes(),
                          terms.counts.astype(np.float32).tobytes(), terms.cuts.astype(np.int64).tobytes()))
    path = _path(doc)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".features.", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(tmp, path)
    except OSError:
        pass  # no writable cache: the next run cuts again

"""index_cache: a corpus's task vectors kept on disk whole, so a warm run loads one file instead of
reading every document's terms, merging the vocabularies and weighing them again.

Keyed by the feature cache's key of every document, in order (each the hash of the document's task texts
and of the code that makes terms), and by this module's FORMAT and the code that weighs (vectors.py): the
same documents in the same order give the same matrix bit for bit, so a hit changes no score. Any other
corpus (one document more, one edited, another order) is a miss. Lives beside the feature cache; at most
KEEP files, the least recently used dropped. Without a writable cache folder nothing is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from functools import cache
from pathlib import Path

import numpy as np
from scipy import sparse

from ...errors import WriteError
from ...files import atomic_path
from ...models import Document
from .. import segment
from . import feature_cache, vectors

FORMAT = 1
KEEP = 4  # corpora kept: 1,000 documents take about 40 MB


@cache
def _code() -> str:
    digest = hashlib.sha256(f"{FORMAT}:{feature_cache.code_version()}".encode())
    digest.update(Path(vectors.__file__).read_bytes())
    return digest.hexdigest()


def key(docs: list[Document]) -> str:
    digest = hashlib.sha256(_code().encode())
    for doc in docs:
        digest.update(feature_cache.key(doc).encode())
    return digest.hexdigest()[:32]


def folder() -> Path:
    return segment.cache_dir() / "index"


def read(name: str, rows: int) -> tuple[sparse.csr_matrix, np.ndarray] | None:
    """The matrix and norms kept under `name`, if there and of `rows` rows."""
    path = folder() / f"{name}.npz"
    try:
        with np.load(path, allow_pickle=False) as kept:
            shape = tuple(int(n) for n in kept["shape"])
            matrix = sparse.csr_matrix((kept["data"], kept["indices"], kept["indptr"]), shape=shape)
            norms = kept["norms"]
    except (OSError, ValueError, KeyError, EOFError):
        return None
    if shape[0] != rows or len(norms) != rows:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest
    return matrix, norms


def write(name: str, matrix: sparse.csr_matrix, norms: np.ndarray) -> None:
    try:
        with atomic_path(folder() / f"{name}.npz") as tmp, open(tmp, "wb") as handle:
            np.savez(handle, data=matrix.data, indices=matrix.indices, indptr=matrix.indptr,
                     shape=np.array(matrix.shape, np.int64), norms=norms)
    except (WriteError, OSError):
        return  # no writable cache: the next run builds again
    _trim()


def _trim() -> None:
    kept = []
    with contextlib.suppress(OSError), os.scandir(folder()) as entries:
        for entry in entries:
            if entry.name.endswith(".npz") and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    kept.append((entry.stat().st_mtime, entry.path))
    for _, path in sorted(kept, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            os.unlink(path)

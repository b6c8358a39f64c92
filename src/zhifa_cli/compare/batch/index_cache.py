"""index_cache: a corpus's task vectors kept on disk whole, so a warm run loads one file instead of
reading every document's terms, merging the vocabularies and weighing them again; and the corpus's
listing, so a warm run need not even load its records.

Keyed by the feature cache's key of every document, in order (each the hash of the document's task texts
and of the code that makes terms), and by this module's FORMAT and the code that weighs (vectors.py): the
same documents in the same order give the same matrix bit for bit, so a hit changes no score. Any other
corpus (one document more, one edited, another order) is a miss. Lives beside the feature cache; at most
KEEP files of each kind, the least recently used dropped. Without a writable cache folder nothing is kept.

The listing is what the engine needs of each document besides its vectors — its id, its task ids and its
feature key (so the index's key) — kept under a stamp the caller makes of the corpus's files
(documents.corpus_stamp: every raw file and record by name, size and modification time, and the parser
version) and this module's code stamp. Loading and validating 3,000 records is most of a warm
`zhifa coverage`; with the listing and the index a warm run reads two files. A changed file changes the
stamp: a miss, never a stale listing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import mmap
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from scipy import sparse

from ...errors import WriteError
from ...files import atomic_path
from ...models import Document
from .. import segment
from . import feature_cache, vectors

FORMAT = 2
SUFFIX = ".index"
KEEP = 4  # corpora kept: 1,000 documents take about 40 MB (their listing about 1 MB)


@dataclass(frozen=True)
class Listed:
    """What the engine needs of a document besides its vectors."""

    id: str
    key: str  # feature_cache.key of the document
    tasks: tuple[str, ...]  # its task ids, in order


def listed(doc: Document) -> Listed:
    return Listed(doc.id, feature_cache.key(doc), tuple(t.id for t in doc.tasks))


@cache
def _code() -> str:
    digest = hashlib.sha256(f"{FORMAT}:{feature_cache.code_version()}".encode())
    digest.update(Path(vectors.__file__).read_bytes())
    return digest.hexdigest()


def key(docs: Sequence[Document | Listed]) -> str:
    """The index's name: the code's stamp and every document's feature key, in order."""
    digest = hashlib.sha256(_code().encode())
    for doc in docs:
        digest.update((doc.key if isinstance(doc, Listed) else feature_cache.key(doc)).encode())
    return digest.hexdigest()[:32]


def folder() -> Path:
    return segment.cache_dir() / "index"


MAGIC = b"zhifa-index\n"
ARRAYS = ("data", "indices", "indptr", "norms")
HEAD = 4096  # the header (MAGIC, its length, JSON: the matrix's shape, each array's type, size, offset)
ALIGN = 64


def read(name: str, rows: int) -> tuple[sparse.csr_matrix, np.ndarray] | None:
    """The matrix and norms kept under `name`, if there and of `rows` rows. The file is mapped, not read:
    its pages are the page cache's, shared with forked workers and never copied (a private mapping: a
    write to an array would copy that page, never reach the file)."""
    path = folder() / f"{name}{SUFFIX}"
    try:
        with open(path, "rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_COPY)
        arrays, shape = _arrays(mapped)
        matrix = sparse.csr_matrix((arrays["data"], arrays["indices"], arrays["indptr"]), shape=shape)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    norms = arrays["norms"]
    if shape[0] != rows or len(norms) != rows:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest
    return matrix, norms


def _arrays(mapped: mmap.mmap) -> tuple[dict[str, np.ndarray], tuple[int, int]]:
    """The arrays of a kept index (views into the mapping) and the matrix's shape; ValueError when the
    file is not one (truncated, another format)."""
    if len(mapped) < HEAD or mapped[:len(MAGIC)] != MAGIC:
        raise ValueError("not an index file")
    size = int.from_bytes(mapped[len(MAGIC):len(MAGIC) + 8], "little")
    header = json.loads(mapped[len(MAGIC) + 8:len(MAGIC) + 8 + size])
    arrays = {name: np.frombuffer(mapped, np.dtype(kind), count, offset)
              for name, (kind, count, offset) in header["arrays"].items()}
    return {name: arrays[name] for name in ARRAYS}, tuple(header["shape"])


def write(name: str, matrix: sparse.csr_matrix, norms: np.ndarray) -> None:
    arrays = dict(zip(ARRAYS, (matrix.data, matrix.indices, matrix.indptr, norms), strict=True))
    places, offset = {}, HEAD
    for key_, array in arrays.items():
        places[key_] = (array.dtype.str, int(array.size), offset)
        offset = -(-(offset + array.nbytes) // ALIGN) * ALIGN
    header = json.dumps({"shape": list(matrix.shape), "arrays": places}).encode()
    try:
        with atomic_path(folder() / f"{name}{SUFFIX}") as tmp, open(tmp, "wb") as handle:
            handle.write((MAGIC + len(header).to_bytes(8, "little") + header).ljust(HEAD, b"\0"))
            for key_, array in arrays.items():
                handle.seek(places[key_][2])
                handle.write(np.ascontiguousarray(array).data)
    except (WriteError, OSError):
        return  # no writable cache: the next run builds again
    _trim(SUFFIX)


def _listing_path(stamp: str) -> Path:
    return folder() / f"{hashlib.sha256(f'{_code()}:{stamp}'.encode()).hexdigest()[:32]}.list"


def remember(stamp: str, docs: Sequence[Document]) -> None:
    """Keep the listing of `docs` (a whole corpus as loaded) under `stamp`."""
    entries = [(d.id, d.key, list(d.tasks)) for d in map(listed, docs)]
    try:
        with atomic_path(_listing_path(stamp)) as tmp:
            tmp.write_bytes(marshal.dumps(entries))
    except (WriteError, OSError):
        return
    _trim(".list")


def recall(stamp: str) -> list[Listed] | None:
    """The listing kept under `stamp`, if any."""
    path = _listing_path(stamp)
    try:
        entries = marshal.loads(path.read_bytes())
        found = [Listed(doc_id, name, tuple(tasks)) for doc_id, name, tasks in entries]
    except (OSError, ValueError, EOFError, TypeError):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)
    return found


def _trim(suffix: str) -> None:
    kept = []
    with contextlib.suppress(OSError), os.scandir(folder()) as entries:
        for entry in entries:
            if entry.name.endswith(suffix) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    kept.append((entry.stat().st_mtime, entry.path))
    for _, path in sorted(kept, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            os.unlink(path)

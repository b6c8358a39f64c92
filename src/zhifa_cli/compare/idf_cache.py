"""idf_cache: the corpus idf `zhifa diff` weighs words by, kept on disk between runs.

Counting the idf means loading every record of the corpus and finding the terms and lexicon concepts of
every task (about 150 ms of a warm `zhifa diff` on the five seed circulars, more on a bigger corpus). The
idf is a function of the corpus files and of the code that makes terms, so it is kept under a key the
caller builds from what it is made of (documents.corpus_stamp: every raw file and record by name, size and
modification time, the parser version; plus the compared documents) and this module's own code stamp
(features.py, segment.py, lexicon.py and the lexicon file, hashed). Any change to either is a miss: a hit
gives the very same floats. Lives in the cache folder beside the segmenter's; at most KEEP entries, the least
recently used dropped; without a writable cache folder nothing is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import WriteError
from ..files import atomic_path
from . import features, lexicon, segment

FORMAT = 1
KEEP = 8  # corpora kept: the idf of the seed corpus is about 0.4 MB


@cache
def _code() -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    for module in (features, segment, lexicon):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(resources.files("zhifa_cli").joinpath("data/policy_lexicon.yaml").read_bytes())
    return digest.hexdigest()


def idf(key: str, compute: Callable[[], dict[str, float]]) -> dict[str, float]:
    """The idf kept under `key` (with this code), else compute() — kept for the next run."""
    path = segment.cache_dir() / "idf" / f"{hashlib.sha256((_code() + key).encode()).hexdigest()[:32]}.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        found = marshal.loads(path.read_bytes())
        if isinstance(found, dict):
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used
            return found
    value = compute()
    with contextlib.suppress(OSError, WriteError):
        with atomic_path(path) as tmp:
            tmp.write_bytes(marshal.dumps(value))
        _trim(path.parent)
    return value


def _trim(folder: Path) -> None:
    entries = sorted(folder.glob("*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)

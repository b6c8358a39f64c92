"""load: every document of a corpus folder — the fresh parsed record, else the raw file parsed.

A file that cannot be read or parsed is reported in one line and the rest still load.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ZhifaError
from ..models import Document
from ..parse import parse_file
from ..progress import SILENT, Progress
from ..store import DataDir, is_fresh, load_record, open_document
from ..workers import executor

PARALLEL_FROM = 64  # stale files: below this many a process pool costs more than it saves


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    failures: tuple[str, ...] = field(default=())

    def by_id(self) -> dict[str, Document]:
        return {doc.id: doc for doc in self.documents}


def sources(data: DataDir) -> dict[str, tuple[Path | None, Path | None]]:
    """id -> (raw file, parsed record); either may be missing, never both."""
    found: dict[str, tuple[Path | None, Path | None]] = {}
    if data.raw.is_dir():
        for raw in data.raw_files():
            found.setdefault(raw.stem, (raw, None))
    if data.parsed.is_dir():
        for parsed in sorted(data.parsed.glob("*.json")):
            raw = found.get(parsed.stem, (None, None))[0]
            found[parsed.stem] = (raw, parsed)
    return dict(sorted(found.items()))


def _fresh(raw: Path | None, parsed: Path | None) -> Document | None:
    """The parsed record when it is fresh (or has no raw file); None when the raw file needs parsing
    (a broken record is said in one line first)."""
    if parsed is None:
        return None
    doc = load_record(parsed, raw)
    return doc if doc is None or raw is None or is_fresh(doc, raw) else None


def _parse_safe(raw: Path) -> Document | str:
    try:
        return parse_file(raw)
    except ZhifaError as exc:
        return str(exc)


def _parse_all(paths: list[Path], progress: Progress, workers: int | None):
    """Parse stale files, in worker processes when there are many (parsing is the slow part)."""
    workers = workers or os.cpu_count() or 1
    if len(paths) < PARALLEL_FROM or workers < 2:
        for path in paths:
            yield _parse_safe(path)
            progress.advance()
        return
    with executor(workers) as pool:
        for result in pool.map(_parse_safe, paths, chunksize=16):
            yield result
            progress.advance()


def load_corpus(data: DataDir, ids: list[str] | None = None, *, progress: Progress = SILENT,
                workers: int | None = None) -> Corpus:
    """All documents of `data` (or those named by `ids`, resolved like `zhifa show`), sorted by id."""
    if ids:
        return Corpus(tuple(open_document(name, data) for name in ids))
    pairs = list(sources(data).values())
    progress.start("loading", len(pairs))
    docs, failures, stale = [], [], []
    try:
        for raw, parsed in pairs:
            try:
                doc = _fresh(raw, parsed)
            except ZhifaError as exc:
                failures.append(str(exc))
                continue
            if doc is None:
                stale.append(raw)
            else:
                docs.append(doc)
                progress.advance()
        for result in _parse_all(stale, progress, workers):
            (failures if isinstance(result, str) else docs).append(result)
    finally:
        progress.stop()
    return Corpus(tuple(sorted(docs, key=lambda d: d.id)), tuple(failures))

"""trace: for each task of a circular, its most likely source among the older documents of the corpus,
and the chain of main sources (the document's family line) back to the oldest.

"Older" is publication order: (date, id) before the traced document's; undated documents are never
sources (their place in time is unknown); an undated document is traced against every dated one.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from ..models import Document
from .records import Source, TraceResult, TraceRow
from .run import Options, align, index_of
from .vectors import TaskIndex

MAX_LINEAGE = 50


def _older(docs: list[Document], k: int) -> np.ndarray:
    me = docs[k]
    return np.array([d.date is not None and (me.date is None or (d.date, d.id) < (me.date, me.id)) for d in docs])


def sources(docs: list[Document], index: TaskIndex, k: int, opts: Options) -> list[Source | None]:
    """Per task of document k: the link of highest score (ties: the most recent older document)."""
    allowed = np.zeros((len(docs), len(docs)), dtype=bool)
    allowed[k] = _older(docs, k)
    links = align(index, allowed, [k], opts)
    best: dict[int, tuple] = {}
    doc_of = index.doc_of
    for a, b, s in zip(links.a.tolist(), links.b.tolist(), links.score.tolist(), strict=True):
        other = docs[int(doc_of[b])]
        key = (s, other.date, other.id, -b)
        if a not in best or key > best[a][0]:
            best[a] = (key, Source(document=other.id, task=index.task_ids[b], score=round(100 * s, 1),
                                   date=other.date))
    start = int(index.starts[k])
    return [best[r][1] if r in best else None for r in range(start, int(index.starts[k + 1]))]


def _main_source(found: list[Source | None]) -> str | None:
    counts = Counter(s.document for s in found if s)
    return min(counts, key=lambda d: (-counts[d], d)) if counts else None


def trace(target: Document, docs: list[Document], opts: Options) -> TraceResult:
    docs = docs if any(d.id == target.id for d in docs) else [*docs, target]
    position = {d.id: k for k, d in enumerate(docs)}
    index = index_of(docs, opts)
    found = sources(docs, index, position[target.id], opts)
    lineage, step = [target.id], _main_source(found)
    while step and step not in lineage and len(lineage) < MAX_LINEAGE:
        lineage.append(step)
        step = _main_source(sources(docs, index, position[step], opts))
    rows = [TraceRow(task=t.id, title=t.title, source=s) for t, s in zip(target.tasks, found, strict=True)]
    counts = Counter(s.document for s in found if s)
    return TraceResult(document=target.id, date=target.date, rows=rows, lineage=lineage,
                       sources=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
                       threshold=opts.threshold)

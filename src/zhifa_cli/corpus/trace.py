"""trace: for each task of a circular, its most likely source among the older documents of the corpus,
and the chain of main sources (the document's family line) back to the oldest.

"Older" is publication order: (date, id) before the traced document's; undated documents are never
sources (their place in time is unknown); an undated document is traced against every dated one.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from ..compare.batch import Options, TaskIndex, index_of, link_tasks
from ..models import Document
from .records import TaskSource, TraceResult, TraceRow

MAX_LINEAGE = 50


def _older(docs: list[Document], k: int) -> np.ndarray:
    me = docs[k]
    return np.array([d.date is not None and (me.date is None or (d.date, d.id) < (me.date, me.id)) for d in docs])


def sources(docs: list[Document], index: TaskIndex, k: int, opts: Options) -> tuple[list[TaskSource | None], str | None]:
    """Per task of document k its best-scoring link (ties: the older document), and the main source:
    the older document whose links with k add up to the most (the closest relative overall)."""
    allowed = np.zeros((len(docs), len(docs)), dtype=bool)
    allowed[k] = _older(docs, k)
    links = link_tasks(index, allowed, [k], opts)
    best: dict[int, TaskSource] = {}
    totals: Counter[str] = Counter()
    doc_of = index.doc_of
    for a, b, s in zip(links.a.tolist(), links.b.tolist(), links.score.tolist(), strict=True):
        other = docs[int(doc_of[b])]
        found = TaskSource(document=other.id, task=index.task_ids[b], score=round(100 * s, 1), date=other.date)
        totals[other.id] += s
        if a not in best or _rank(found) < _rank(best[a]):
            best[a] = found
    start = int(index.starts[k])
    main = min(totals, key=lambda d: (-round(totals[d], 6), d)) if totals else None
    return [best.get(r) for r in range(start, int(index.starts[k + 1]))], main


def _rank(source: TaskSource) -> tuple:
    return -source.score, source.date, source.document, source.task


def trace(target: Document, docs: list[Document], opts: Options) -> TraceResult:
    docs = docs if any(d.id == target.id for d in docs) else [*docs, target]
    position = {d.id: k for k, d in enumerate(docs)}
    index = index_of(docs, opts)
    found, step = sources(docs, index, position[target.id], opts)
    lineage = [target.id]
    while step and step not in lineage and len(lineage) < MAX_LINEAGE:
        lineage.append(step)
        step = sources(docs, index, position[step], opts)[1]
    rows = [TraceRow(task=t.id, title=t.title, source=s) for t, s in zip(target.tasks, found, strict=True)]
    counts = Counter(s.document for s in found if s)
    return TraceResult(document=target.id, date=target.date, rows=rows, lineage=lineage,
                       sources=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
                       threshold=opts.threshold)

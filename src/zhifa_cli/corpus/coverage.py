"""coverage: for each task of a parent plan, which documents carry it down (their task ids and scores)."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from ..compare.batch import Options, index_of, link_tasks, percent
from ..errors import UsageError
from ..models import Document
from .records import Carrier, CoverageResult, CoverageRow


def coverage(parent: Document, docs: list[Document], opts: Options) -> CoverageResult:
    """`docs` (the parent left out if present) against `parent`, one alignment per document."""
    others = [d for d in docs if d.id != parent.id]
    if not others:
        raise UsageError(f"nothing to compare {parent.id} with: name other documents or use --all")
    everyone = [parent, *others]
    index = index_of(everyone, opts)
    allowed = np.zeros((len(everyone), len(everyone)), dtype=bool)
    allowed[0, 1:] = True
    links = link_tasks(index, allowed, [0], opts)
    carried: dict[tuple[int, int], list[tuple[str, float]]] = defaultdict(list)
    doc_of = index.doc_of
    for a, b, s in zip(links.a.tolist(), links.b.tolist(), links.score.tolist(), strict=True):
        carried[(a, int(doc_of[b]))].append((index.task_ids[b], round(100 * s, 1)))
    rows = [_row(task, k, carried, everyone) for k, task in enumerate(parent.tasks)]
    counts = Counter(c.document for row in rows for c in row.carried_by)  # one pass: a carrier is one document
    return CoverageResult(parent=parent.id, documents=[d.id for d in others], rows=rows,
                          percent={d.id: percent(counts[d.id], len(parent.tasks)) for d in others},
                          threshold=opts.threshold, candidates=links.candidates)


def _row(task, k: int, carried: dict, everyone: list[Document]) -> CoverageRow:
    found = []
    for d in range(1, len(everyone)):
        hits = carried.get((k, d))
        if hits:
            found.append(Carrier(document=everyone[d].id, tasks=[t for t, _ in hits], scores=[s for _, s in hits]))
    return CoverageRow(task=task.id, title=task.title, carried_by=found)

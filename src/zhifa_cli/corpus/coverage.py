"""coverage: for each task of a parent plan, which documents carry it down (their task ids and scores).

A warm run over a whole corpus need not load its records: the engine needs of the other documents only
their ids, task ids and vectors, which the index cache keeps (warm_coverage, under the corpus's stamp).
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from ..compare.batch import Options, TaskIndex, cached_index, index_of, link_tasks, percent, remember_corpus
from ..errors import UsageError
from ..models import Document
from .records import Carrier, CoverageResult, CoverageRow


def coverage(parent: Document, docs: list[Document], opts: Options) -> CoverageResult:
    """`docs` (the parent left out if present) against `parent`, one alignment per document."""
    others = [d for d in docs if d.id != parent.id]
    if not others:
        raise UsageError(f"nothing to compare {parent.id} with: name other documents or use --all")
    return _coverage(parent, index_of([parent, *others], opts), opts)


def warm_coverage(parent: Document, stamp: str, opts: Options) -> CoverageResult | None:
    """coverage(parent, the corpus, opts) without loading the corpus: when a run over the very files
    `stamp` names (documents.corpus_stamp) listed them (remember) and their index is kept; else None."""
    index = cached_index(stamp, [parent])
    return None if index is None or len(index.docs) < 2 else _coverage(parent, index, opts)


def remember(stamp: str, docs: list[Document]) -> None:
    """Keep what warm_coverage needs of the corpus `docs`, loaded from the files `stamp` names."""
    remember_corpus(stamp, docs)


def _coverage(parent: Document, index: TaskIndex, opts: Options) -> CoverageResult:
    """The coverage of the index's first document (the parent) by the others."""
    allowed = np.zeros((len(index.docs), len(index.docs)), dtype=bool)
    allowed[0, 1:] = True
    links = link_tasks(index, allowed, [0], opts)
    carried: dict[int, dict[int, list[tuple[str, float]]]] = defaultdict(lambda: defaultdict(list))
    doc_of = index.doc_of
    for a, b, s in zip(links.a.tolist(), links.b.tolist(), links.score.tolist(), strict=True):
        carried[a][int(doc_of[b])].append((index.task_ids[b], round(100 * s, 1)))
    rows = [_row(task, carried.get(k, {}), index.docs) for k, task in enumerate(parent.tasks)]
    counts = Counter(c.document for row in rows for c in row.carried_by)  # one pass: a carrier is one document
    others = index.docs[1:]
    return CoverageResult(parent=parent.id, documents=list(others), rows=rows,
                          percent={d: percent(counts[d], len(parent.tasks)) for d in others},
                          threshold=opts.threshold, candidates=links.candidates)


def _row(task, carried: dict[int, list[tuple[str, float]]], ids: tuple[str, ...]) -> CoverageRow:
    """The task's row: the documents carrying it in corpus order, each with its tasks and scores."""
    found = [Carrier(document=ids[d], tasks=[t for t, _ in hits], scores=[s for _, s in hits])
             for d, hits in sorted(carried.items())]
    return CoverageRow(task=task.id, title=task.title, carried_by=found)


__all__ = ["coverage", "remember", "warm_coverage"]

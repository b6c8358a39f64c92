"""measure: one task of one document, and how every other document carries it (zhifa measure).

Each other document is aligned with the chosen one by `zhifa diff`'s engine (compare.REWORDED: words,
the policy lexicon, sections, units, order, n:m groups), on idf counted over every loaded document, so a
document's version of the measure is exactly the group `zhifa diff CHOSEN OTHER` shows for the chosen
task. The version's wording is diffed word by word against the chosen task alone (when the document
merged the chosen task with others of its plan, those are named in `shared`); its units and deadlines
are compared as zhifa diff compares a pair. A document without a group for the task is listed as not
carrying it, with its best candidate and that one's score.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..compare import (
    REWORDED,
    DocumentFeatures,
    compare_features,
    corpus_idf,
    deadline_change,
    document_features,
    is_same,
    task_text,
    unit_changes,
    word_diff,
)
from ..errors import UsageError
from ..models import Comparison, Document, Task
from .records import MeasureResult, MeasureVersion


def find_task(doc: Document, task_id: str) -> int:
    """The index of task `task_id` in `doc`, or a usage error listing the ids it has."""
    for k, task in enumerate(doc.tasks):
        if task.id == task_id:
            return k
    ids = [t.id for t in doc.tasks]
    shown = " ".join(ids[:12]) + (f" … ({len(ids)} tasks)" if len(ids) > 12 else "")
    raise UsageError(f"{doc.id} has no task {task_id!r} (its tasks: {shown or 'none'})")


def measure(doc: Document, task_id: str, others: Sequence[Document], *, threshold: float = 15.0,
            corpus: Sequence[Document] | None = None) -> MeasureResult:
    """Versions of `doc`'s task `task_id` in `others` (`doc` itself left out); idf over `corpus`
    (default: `doc` and `others`)."""
    k = find_task(doc, task_id)
    docs = [d for d in others if d.source.sha256 != doc.source.sha256 and d.id != doc.id]
    idf = corpus_idf(list(corpus) if corpus is not None else [doc, *docs])
    mine = document_features(doc, idf, concepts=True)
    versions = []
    for other in docs:
        theirs = document_features(other, idf, concepts=True)
        comparison = compare_features(doc, mine, other, theirs, threshold=threshold, model=REWORDED, idf=idf)
        versions.append(_version(doc, mine, k, other, theirs, comparison))
    versions.sort(key=lambda v: (v.status == "not carried", -(v.score or 0), v.document))
    task = doc.tasks[k]
    return MeasureResult(document=doc.id, region=doc.region, task=task.id, title=task.title, text=task_text(task),
                         units=task.units, deadlines=task.deadlines, threshold=threshold, versions=versions)


def _version(doc: Document, mine: DocumentFeatures, k: int, other: Document, theirs: DocumentFeatures,
             comparison: Comparison) -> MeasureVersion:
    task = doc.tasks[k]
    base = {"document": other.id, "region": other.region, "doc_title": other.title, "date": other.date}
    pair = next((p for p in comparison.pairs if task.id in p.a), None)
    if pair is None:
        alone = next((u for u in comparison.unpaired if u.side == "a" and u.task == task.id), None)
        return MeasureVersion(**base, status="not carried", best=alone.best if alone else None,
                              score=alone.score if alone else None)
    index = {t.id: j for j, t in enumerate(other.tasks)}
    tasks: list[Task] = [other.tasks[index[i]] for i in pair.b]
    diff = pair.diff if pair.a == [task.id] else word_diff(mine.tasks[k].tokens, _tokens(theirs, pair.b, index))
    units = unit_changes([task], tasks, doc.region, other.region)
    deadlines = deadline_change([task], tasks)
    same = is_same(diff) and not (units.added or units.removed or units.changed) and deadlines.change is None
    score = max(link.score for link in pair.links if link.a == task.id)
    return MeasureVersion(**base, status="same" if same else "changed", tasks=list(pair.b),
                          titles=[t.title for t in tasks], score=score, shared=[i for i in pair.a if i != task.id],
                          diff=diff, units=[u for t in tasks for u in t.units],
                          deadlines=[d for t in tasks for d in t.deadlines], unit_changes=units,
                          deadline_change=deadlines)


def _tokens(features: DocumentFeatures, ids: Sequence[str], index: dict[str, int]) -> list[str]:
    tokens: list[str] = []
    for n, task_id in enumerate(ids):
        tokens.extend(("\n",) * bool(n) + features.tasks[index[task_id]].tokens)
    return tokens

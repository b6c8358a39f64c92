"""compare: align two circulars task by task and say what changed (zhifa diff).

    comparison = compare(a, b)                        # two Documents -> Comparison
    idf = corpus_idf(docs)                            # weights from a corpus, reusable across pairs
    fa, fb = document_features(a, idf), document_features(b, idf)   # once per document
    comparison = compare_features(a, fa, b, fb)       # many pairs, features built once
    scores = score_matrix(fa, fb)                     # the raw task-by-task similarity (0..1)

Works on any Document and never imports the parser; jieba is imported on first use only. The corpus
commands score many documents at once with compare.vectors (numpy, scipy: never imported by zhifa diff),
on the same formulas (features.smoothed_idf, features.term_weight, score.rounded, score.residual_for).
Thresholds are on the 0–100 scale of Pair.score.
"""

from __future__ import annotations

from ..models import CompareStats, Comparison, Document, DocumentRef, Pair
from . import align as _align
from .changes import deadline_change, unit_changes
from .features import DocumentFeatures, corpus_idf, document_features
from .inline import is_same, mirrored, word_diff
from .report import differences, select
from .score import group_score, residual_for, score_matrix

__all__ = ["DEFAULT_THRESHOLD", "compare", "compare_features", "corpus_idf", "differences",
           "document_features", "score_matrix", "select"]

DEFAULT_THRESHOLD = 15.0


def compare(a: Document, b: Document, *, threshold: float = DEFAULT_THRESHOLD,
            idf: dict[str, float] | None = None) -> Comparison:
    """Align `a` and `b`; `idf` defaults to one counted over the two documents alone."""
    weights = corpus_idf([a, b]) if idf is None else idf
    return compare_features(a, document_features(a, weights), b, document_features(b, weights),
                            threshold=threshold)


def compare_features(a: Document, fa: DocumentFeatures, b: Document, fb: DocumentFeatures, *,
                     threshold: float = DEFAULT_THRESHOLD) -> Comparison:
    """compare() on features already built. The alignment is always computed with the documents in
    one canonical order and turned round when needed, so compare(b, a) mirrors compare(a, b) exactly."""
    flip = _order_key(b) < _order_key(a)
    first, second = (fb, fa) if flip else (fa, fb)
    residual = residual_for(lambda i: first.tasks[i].vector, lambda j: second.tasks[j].vector)
    groups = _align.align(score_matrix(first, second), residual, threshold=threshold / 100)
    moved = _align.moved(groups, [t.section for t in first.tasks], [t.section for t in second.tasks])
    pairs = [_pair(a, fa, b, fb, _turned(g) if flip else g, flag, flip) for g, flag in zip(groups, moved, strict=True)]
    pairs.sort(key=lambda p: (_index(a, p.a[0]), _index(b, p.b[0])))
    return _comparison(a, b, pairs, threshold)


def _order_key(doc: Document) -> tuple[int, str, str]:
    return len(doc.tasks), doc.id, doc.source.sha256


def _turned(group: _align.Group) -> _align.Group:
    return _align.Group(group.b, group.a, tuple(sorted((j, i, s) for i, j, s in group.links)))


def _index(doc: Document, task_id: str) -> int:
    return next(k for k, task in enumerate(doc.tasks) if task.id == task_id)


def _pair(a: Document, fa: DocumentFeatures, b: Document, fb: DocumentFeatures, group: _align.Group,
          moved: bool, flip: bool) -> Pair:
    tasks_a, tasks_b = [a.tasks[i] for i in group.a], [b.tasks[j] for j in group.b]
    tokens_a, tokens_b = _tokens(fa, group.a), _tokens(fb, group.b)
    diff = mirrored(word_diff(tokens_b, tokens_a)) if flip else word_diff(tokens_a, tokens_b)
    units, deadlines = unit_changes(tasks_a, tasks_b), deadline_change(tasks_a, tasks_b)
    same = is_same(diff) and not (units.added or units.removed or units.changed) and deadlines.change is None
    score = round(100 * group_score(fa, group.a, fb, group.b), 1)
    return Pair(a=[t.id for t in tasks_a], b=[t.id for t in tasks_b], score=score,
                status="same" if same else "changed", moved=moved, units=units, deadlines=deadlines,
                diff=diff)


def _tokens(features: DocumentFeatures, indices: tuple[int, ...]) -> list[str]:
    """The tokens of several tasks read as one text, a line break between tasks."""
    tokens: list[str] = []
    for k, i in enumerate(indices):
        tokens.extend(("\n",) * bool(k) + features.tasks[i].tokens)
    return tokens


def _comparison(a: Document, b: Document, pairs: list[Pair], threshold: float) -> Comparison:
    in_a = {task_id for pair in pairs for task_id in pair.a}
    in_b = {task_id for pair in pairs for task_id in pair.b}
    only_a = [t.id for t in a.tasks if t.id not in in_a]
    only_b = [t.id for t in b.tasks if t.id not in in_b]
    stats = CompareStats(
        a_tasks=len(a.tasks), b_tasks=len(b.tasks), pairs=len(pairs),
        links=sum(max(len(p.a), len(p.b)) for p in pairs),
        same=sum(p.status == "same" for p in pairs), changed=sum(p.status == "changed" for p in pairs),
        moved=sum(p.moved for p in pairs), dropped=len(only_a), added=len(only_b),
        unit_changes=sum(bool(p.units.added or p.units.removed or p.units.changed) for p in pairs),
        deadline_changes=sum(p.deadlines.change is not None for p in pairs), threshold=threshold,
    )
    return Comparison(a=_ref(a), b=_ref(b), pairs=pairs, only_a=only_a, only_b=only_b, stats=stats)


def _ref(doc: Document) -> DocumentRef:
    return DocumentRef(id=doc.id, title=doc.title, region=doc.region)

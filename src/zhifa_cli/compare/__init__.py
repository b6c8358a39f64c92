"""compare: align two circulars task by task and say what changed (zhifa diff, check --against).

    comparison = compare(a, b)                        # two Documents -> Comparison (words only)
    comparison = compare(a, b, idf=idf, threshold=t, model=REWORDED)   # zhifa diff's call
    idf = corpus_idf(docs)                            # weights from a corpus, reusable across pairs
    idf = kept_idf(key, lambda: corpus_idf(docs))     # the same, kept on disk between runs under `key`

compare() is the verb: give it two Documents (and, to weigh words over a corpus, its idf) and it builds
the features, scores, aligns and reports. A caller that compares one document with many builds each
document's features once (document_features) and calls compare_features (zhifa measure does).

This __init__ is compare's front door: other packages import compare only through the names in __all__
(tests/test_architecture.py holds them to it), and the many-document engine only through
compare.batch (numpy, scipy: never imported by zhifa diff). Both score on the same formulas
(features.smoothed_idf, features.term_weight, score.rounded, score.residual_for); compare.batch uses the
WORDS model: it looks for copied text. Thresholds are on the 0–100 scale of Pair.score at every public
boundary; the 0..1 form inside is called min_score (min_cosine in compare.batch).

Works on any Document and never imports the parser, nor corpus, check or the CLI; jieba is imported on
first use only.
"""

from __future__ import annotations

from ..models import CompareStats, Comparison, Document, DocumentRef, Link, Pair, Unpaired
from ..settings import DIFF_THRESHOLD
from . import align as _align
from .align import FLOOR as _FLOOR
from .bodies import body
from .changes import deadline_change, unit_changes
from .evidence import Scores, evidence, score_all
from .features import DocumentFeatures, corpus_idf, document_features, task_text
from .idf_cache import idf as kept_idf
from .inline import is_same, mirrored, word_diff
from .model import REWORDED, WORDS, Model, combine
from .report import EVENTS, SHOWN, differences, select
from .score import group_score, residual_for, score_matrix
from .segment import full_cut
from .targets import describe, figure, target_changes, turned

__all__ = ["DEFAULT_THRESHOLD", "EVENTS", "LEAST_THRESHOLD", "REWORDED", "SHOWN", "WORDS", "DocumentFeatures", "Model", "body",
           "compare", "compare_features", "corpus_idf", "deadline_change", "describe", "differences",
           "document_features", "figure", "full_cut", "is_same", "kept_idf", "score_matrix", "select", "target_changes",
           "task_text", "unit_changes", "word_diff"]

DEFAULT_THRESHOLD = DIFF_THRESHOLD  # 0–100, zhifa diff's (settings.py)
LEAST_THRESHOLD = _FLOOR * 100  # 0–100: no two tasks pair under it, whatever the threshold asked


def compare(a: Document, b: Document, *, threshold: float = DEFAULT_THRESHOLD,
            idf: dict[str, float] | None = None, model: Model = WORDS) -> Comparison:
    """Align `a` and `b`; `idf` defaults to one counted over the two documents alone. `model` says
    which ingredients score a pair (compare.model): WORDS by default, REWORDED for zhifa diff."""
    weights = corpus_idf([a, b]) if idf is None else idf
    return compare_features(a, document_features(a, weights, concepts=model.concepts), b,
                            document_features(b, weights, concepts=model.concepts),
                            threshold=threshold, model=model, idf=weights)


def compare_features(a: Document, fa: DocumentFeatures, b: Document, fb: DocumentFeatures, *,
                     threshold: float = DEFAULT_THRESHOLD, model: Model = WORDS,
                     idf: dict[str, float] | None = None) -> Comparison:
    """compare() on features already built (with concepts when model.concepts); `idf` weighs the section
    titles when the model looks at them. The alignment is always computed with the documents in one
    canonical order and turned round when needed, so compare(b, a) mirrors compare(a, b) exactly."""
    flip = _order_key(b) < _order_key(a)
    scores = score_all(a, fa, b, fb, idf or {}, model, runs_from_b=flip)
    first, second = (fb, fa) if flip else (fa, fb)
    matrix = _transposed(scores.final) if flip else scores.final
    residual = _bent(residual_for(lambda i: first.tasks[i].vector, lambda j: second.tasks[j].vector),
                     _transposed(scores.context) if flip and scores.context else scores.context, model)
    groups = _align.align(matrix, residual, min_score=threshold / 100, many=model.many)
    moved = _align.moved(groups, [t.section for t in first.tasks], [t.section for t in second.tasks])
    pairs = [_pair(a, fa, b, fb, _turned(g) if flip else g, flag, flip, scores, model)
             for g, flag in zip(groups, moved, strict=True)]
    pairs.sort(key=lambda p: (_index(a, p.a[0]), _index(b, p.b[0])))
    return _comparison(a, b, pairs, threshold, _unpaired(a, b, pairs, scores), model)


def _bent(residual: _align.Residual, context: list[list[float]] | None, model: Model) -> _align.Residual:
    """The residual word score bent by the pair's context agreement, as the link scores are."""
    if context is None:
        return residual

    def bent(side: str, task: int, partner: int, members) -> float:
        i, j = (task, partner) if side == "a" else (partner, task)
        return combine(residual(side, task, partner, members), context[i][j], model.strength)
    return bent


def _transposed(matrix: list[list[float]]) -> list[list[float]]:
    return [list(column) for column in zip(*matrix, strict=True)] if matrix else []


def _order_key(doc: Document) -> tuple[int, str, str]:
    return len(doc.tasks), doc.id, doc.source.sha256


def _turned(group: _align.Group) -> _align.Group:
    return _align.Group(group.b, group.a, tuple(sorted((j, i, s) for i, j, s in group.links)))


def _index(doc: Document, task_id: str) -> int:
    return next(k for k, task in enumerate(doc.tasks) if task.id == task_id)


def _pair(a: Document, fa: DocumentFeatures, b: Document, fb: DocumentFeatures, group: _align.Group,
          moved: bool, flip: bool, scores: Scores, model: Model) -> Pair:
    tasks_a, tasks_b = [a.tasks[i] for i in group.a], [b.tasks[j] for j in group.b]
    tokens_a, tokens_b = _tokens(fa, group.a), _tokens(fb, group.b)
    diff = mirrored(word_diff(tokens_b, tokens_a)) if flip else word_diff(tokens_a, tokens_b)
    units = unit_changes(tasks_a, tasks_b, a.region, b.region)
    deadlines = deadline_change(tasks_a, tasks_b)
    targets = turned(target_changes(tasks_b, tasks_a)) if flip else target_changes(tasks_a, tasks_b)
    same = is_same(diff) and not (units.added or units.removed or units.changed) and deadlines.change is None \
        and not targets
    words = group_score(fa, group.a, fb, group.b)
    if scores.context is not None:
        context = sum(scores.context[i][j] for i, j, _ in group.links) / len(group.links)
        words = combine(words, context, model.strength)
    links = [Link(a=a.tasks[i].id, b=b.tasks[j].id, score=round(100 * s, 1), evidence=evidence(scores, i, j))
             for i, j, s in group.links]
    return Pair(a=[t.id for t in tasks_a], b=[t.id for t in tasks_b], score=round(100 * words, 1), links=links,
                status="same" if same else "changed", moved=moved, units=units, deadlines=deadlines,
                targets=targets, diff=diff)


def _tokens(features: DocumentFeatures, indices: tuple[int, ...]) -> list[str]:
    """The tokens of several tasks read as one text, a line break between tasks."""
    tokens: list[str] = []
    for k, i in enumerate(indices):
        tokens.extend(("\n",) * bool(k) + features.tasks[i].tokens)
    return tokens


def _unpaired(a: Document, b: Document, pairs: list[Pair], scores: Scores) -> list[Unpaired]:
    """Every task in no pair, with its best-scoring candidate on the other side (ties: the nearer place)."""
    in_a = {task_id for pair in pairs for task_id in pair.a}
    in_b = {task_id for pair in pairs for task_id in pair.b}
    rows, cols = len(a.tasks), len(b.tasks)
    found = []
    for i, task in enumerate(a.tasks):
        if task.id not in in_a:
            j = max(range(cols), key=lambda j: (scores.final[i][j], -abs(i / rows - j / cols), -j), default=None)
            found.append(_candidate("a", task.id, None if j is None else (i, j), b.tasks[j].id if j is not None else None, scores))
    for j, task in enumerate(b.tasks):
        if task.id not in in_b:
            i = max(range(rows), key=lambda i: (scores.final[i][j], -abs(i / rows - j / cols), -i), default=None)
            found.append(_candidate("b", task.id, None if i is None else (i, j), a.tasks[i].id if i is not None else None, scores))
    return found


def _candidate(side: str, task: str, at: tuple[int, int] | None, best: str | None, scores: Scores) -> Unpaired:
    if at is None or scores.final[at[0]][at[1]] <= 0:
        return Unpaired(side=side, task=task, best=None, score=None)
    i, j = at
    return Unpaired(side=side, task=task, best=best, score=round(100 * scores.final[i][j], 1),
                    evidence=evidence(scores, i, j))


def _comparison(a: Document, b: Document, pairs: list[Pair], threshold: float, unpaired: list[Unpaired],
                model: Model) -> Comparison:
    only_a = [u.task for u in unpaired if u.side == "a"]
    only_b = [u.task for u in unpaired if u.side == "b"]
    stats = CompareStats(
        a_tasks=len(a.tasks), b_tasks=len(b.tasks), pairs=len(pairs),
        links=sum(len(p.links) for p in pairs),
        same=sum(p.status == "same" for p in pairs), changed=sum(p.status == "changed" for p in pairs),
        moved=sum(p.moved for p in pairs), dropped=len(only_a), added=len(only_b),
        unit_changes=sum(bool(p.units.added or p.units.removed or p.units.changed) for p in pairs),
        deadline_changes=sum(p.deadlines.change is not None for p in pairs),
        target_changes=sum(bool(p.targets) for p in pairs), threshold=threshold,
    )
    return Comparison(a=_ref(a), b=_ref(b), pairs=pairs, only_a=only_a, only_b=only_b, unpaired=unpaired,
                      model=model.names(), stats=stats)


def _ref(doc: Document) -> DocumentRef:
    return DocumentRef(id=doc.id, title=doc.title, region=doc.region)

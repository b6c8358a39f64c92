"""context: how well two tasks' surroundings agree — section titles, responsible bodies, place in the plan.

Each agreement is in 0..1, for every task of A against every task of B; compare.evidence weighs them as
the model says and compare.model.combine bends the word score with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Document
from . import lexicon, segment
from .bodies import body
from .features import terms, weigh
from .score import cosine

Matrix = list[list[float]]


def sections(a: Document, b: Document, idf: dict[str, float]) -> Matrix:
    """Cosine of the titles of the sections the tasks sit in (words, n-grams and concepts, idf-weighted)."""
    titles_a, titles_b = [t.section or "" for t in a.tasks], [t.section or "" for t in b.tasks]
    distinct = sorted(set(titles_a) | set(titles_b))
    unseen = max(idf.values(), default=1.0)
    vectors = {}
    for title, tokens in zip(distinct, segment.cut(distinct), strict=True):
        counts = terms(tokens)
        counts.update(lexicon.concept_terms(title))
        vectors[title] = weigh(counts, idf, unseen)
    pairs = {(x, y): cosine(vectors[x], vectors[y]) for x in set(titles_a) for y in set(titles_b)}
    return [[pairs[x, y] for y in titles_b] for x in titles_a]


def unit_classes(doc: Document) -> list[frozenset[str]]:
    """Each task's responsible bodies as classes (compare.bodies: 本级司法行政部门 …)."""
    return [frozenset(body(u.name, doc.region).cls for u in task.units) for task in doc.tasks]


def units(a: Document, b: Document, idf: dict[str, float]) -> Matrix:
    """Jaccard overlap of the tasks' body classes; 0 when either names none."""
    ca, cb = unit_classes(a), unit_classes(b)
    return [[len(x & y) / len(x | y) if x and y else 0.0 for y in cb] for x in ca]


def order(a: Document, b: Document, idf: dict[str, float]) -> Matrix:
    """1 at the same relative place in the two plans, falling to 0 a quarter of a plan away."""
    pa, pb = _places(len(a.tasks)), _places(len(b.tasks))
    return [[max(0.0, 1.0 - 4.0 * abs(x - y)) for y in pb] for x in pa]


def _places(n: int) -> Sequence[float]:
    return [(k + 0.5) / n for k in range(n)]

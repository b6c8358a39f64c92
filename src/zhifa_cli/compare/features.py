"""features: what compare looks at in a task.

A task is its title and text together, cut into jieba words plus the character 2- and 3-grams of every
run of Han characters (n-grams survive a different segmentation or a one-character rewording; words keep
whole terms together). Each term is weighted by sublinear tf × idf, idf counted over a corpus of
Documents with every task as one document, and stock phrases (data/stock_phrases.yaml) weighed down
further. Features are built once per document and reused for every comparison it takes part in.

The formulas (smoothed_idf, term_weight) are written once, for one number or, with xp=numpy, for whole
arrays: compare.batch.vectors weighs a whole corpus with them for the corpus commands.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import datafiles
from ..chars import CJK
from ..models import Document, Task
from . import lexicon, segment

MEANINGFUL = re.compile(rf"[{CJK}]{{2,}}|[A-Za-z]{{2,}}|\d{{2,}}")
HAN_RUN = re.compile(rf"[{CJK}]+")
NGRAMS = (2, 3)

Vector = dict[str, float]


@dataclass(frozen=True)
class TaskFeatures:
    id: str
    section: tuple[str, ...]  # the task's section: its path without its own marker
    tokens: tuple[str, ...]  # jieba words of task_text(), punctuation included: joined, they give it back
    vector: Vector  # term -> weight, not normalised (the vectors of merged tasks are added up)
    concepts: dict[str, Counter[str]] = field(default_factory=dict)  # lexicon concept -> its forms found

    @property
    def text(self) -> str:
        return "".join(self.tokens)


@dataclass(frozen=True)
class DocumentFeatures:
    id: str
    tasks: tuple[TaskFeatures, ...]


def task_text(task: Task) -> str:
    """Title and text together: most texts begin with their title; otherwise the title is put first."""
    text, title = task.text.strip(), task.title.strip()
    return text if text.startswith(title) else f"{title}。{text}"


def terms(tokens: Sequence[str]) -> Counter[str]:
    """Words of two or more characters, and '#'-prefixed character n-grams (so the word 执法 and the
    bigram #执法 stay different terms). N-grams are taken from the first segment.MAX_TEXT characters, as
    words are: a pathological task costs bounded memory."""
    counts = Counter(token for token in tokens if MEANINGFUL.fullmatch(token))
    for run in HAN_RUN.findall("".join(tokens)[:segment.MAX_TEXT]):
        for n in NGRAMS:
            counts.update("#" + run[i:i + n] for i in range(len(run) - n + 1))
    return counts


def smoothed_idf(df, total: int, xp: Any = math):
    """Smoothed idf of a term found in `df` of `total` tasks: ln((N + 1) / (df + 1)) + 1.
    `df` is a number, or an array with xp=numpy."""
    return xp.log((total + 1) / (df + 1)) + 1


def term_weight(count, idf, factor, xp: Any = math):
    """A term's weight in a task: sublinear tf (1 + ln count) × idf × its stock-phrase factor.
    Numbers, or arrays with xp=numpy."""
    return (1.0 + xp.log(count)) * idf * factor


def corpus_idf(docs: Iterable[Document]) -> dict[str, float]:
    """smoothed_idf() of every term over all tasks of `docs`, every task counted as one document; the
    lexicon's concepts ("~" terms) are counted too, for the features that use them."""
    texts = [task_text(task) for doc in docs for task in doc.tasks]
    frequency: Counter[str] = Counter()
    for text, tokens in zip(texts, segment.cut(texts), strict=True):
        frequency.update(terms(tokens).keys())
        frequency.update(lexicon.concept_terms(text).keys())
    total = len(texts)
    return {term: smoothed_idf(count, total) for term, count in frequency.items()}


def document_features(doc: Document, idf: dict[str, float], *, concepts: bool = False) -> DocumentFeatures:
    """Every task's tokens and weighted term vector. Terms unknown to `idf` weigh as its rarest term.
    With `concepts`, the vector also holds the task's lexicon concepts (compare.lexicon), each weighing
    its idf times the lexicon's weight."""
    unseen = max(idf.values(), default=1.0)
    cuts = segment.cut([task_text(task) for task in doc.tasks])
    return DocumentFeatures(doc.id, tuple(_task(task, tokens, idf, unseen, concepts)
                                          for task, tokens in zip(doc.tasks, cuts, strict=True)))


def _task(task: Task, tokens: tuple[str, ...], idf: dict[str, float], unseen: float, concepts: bool) -> TaskFeatures:
    vector = weigh(terms(tokens), idf, unseen)
    found: dict[str, Counter[str]] = {}
    if concepts:
        found = lexicon.lexicon().find(task_text(task))
        weight = lexicon.lexicon().weight
        for concept, forms in found.items():
            term = lexicon.PREFIX + concept
            vector[term] = term_weight(sum(forms.values()), idf.get(term, unseen), weight)
    return TaskFeatures(task.id, tuple(task.path[:-1]), tokens, vector, found)


def weigh(counts: Counter[str], idf: dict[str, float], unseen: float) -> Vector:
    factors = stock_factors(counts)
    return {term: term_weight(count, idf.get(term, unseen), factor)
            for (term, count), factor in zip(counts.items(), factors, strict=True)}


def stock_factors(terms: Iterable[str]) -> list[float]:
    """Each term's weight factor: stock_phrases.yaml's `weight` for the terms of a stock phrase, else 1."""
    factor, stock = stock_terms()
    return [factor if term in stock else 1.0 for term in terms]


@cache
def stock_terms() -> tuple[float, frozenset[str]]:
    """(weight factor, the terms of every stock phrase), from data/stock_phrases.yaml."""
    data = datafiles.load("stock_phrases.yaml")
    found: set[str] = set()
    for tokens in segment.cut(data["phrases"]):
        found.update(terms(tokens))
    return float(data["weight"]), frozenset(found)

"""evidence: every score with what made it — so an analyst sees why two tasks were put together, and why
a task was left alone (its best candidate, and that candidate's score).

score_all() computes, for every task of A against every task of B, the word score (compare.score, with
the lexicon's concepts when the model uses them), each context agreement the model asks for
(compare.context) and the final score (compare.model.combine). evidence() then explains one cell: the
shared terms and lexicon equivalences with their share of the word score, and the agreements.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Document, Equivalence, Evidence, SharedTerm
from . import context as ctx
from .features import HAN_RUN, NGRAMS, DocumentFeatures, TaskFeatures
from .lexicon import PREFIX
from .model import Model, combine
from .score import norm, rounded, score_matrix

Matrix = list[list[float]]
TERMS_SHOWN = 8  # shared terms listed per link, the heaviest first


@dataclass(frozen=True)
class Scores:
    fa: DocumentFeatures
    fb: DocumentFeatures
    words: Matrix
    parts: dict[str, Matrix]  # section / units / order agreements the model uses
    context: Matrix | None  # their weighted mean
    final: Matrix
    classes_a: list[frozenset[str]]
    classes_b: list[frozenset[str]]
    runs_from_b: bool  # read shared runs of characters in B's text (the canonical first document's)
    norms_a: list[float]
    norms_b: list[float]


def score_all(a: Document, fa: DocumentFeatures, b: Document, fb: DocumentFeatures, idf: dict[str, float],
              model: Model, *, runs_from_b: bool = False) -> Scores:
    words = score_matrix(fa, fb)
    weights = {"section": model.sections, "units": model.units, "order": model.order}
    makers = {"section": ctx.sections, "units": ctx.units, "order": ctx.order}
    used = {name: w for name, w in weights.items() if w > 0 and model.strength > 0}
    parts = {name: makers[name](a, b, idf) for name in used}
    context = None
    final = words
    if parts:
        total = sum(used.values())
        context = [[sum(used[n] * parts[n][i][j] for n in parts) / total for j in range(len(b.tasks))]
                   for i in range(len(a.tasks))]
        final = [[rounded(combine(w, c, model.strength)) for w, c in zip(rw, rc, strict=True)]
                 for rw, rc in zip(words, context, strict=True)]
    return Scores(fa, fb, words, parts, context, final, ctx.unit_classes(a), ctx.unit_classes(b), runs_from_b,
                  [norm(t.vector) for t in fa.tasks], [norm(t.vector) for t in fb.tasks])


def evidence(scores: Scores, i: int, j: int) -> Evidence:
    """Why task i of A and task j of B score what they score."""
    x, y = scores.fa.tasks[i], scores.fb.tasks[j]
    scale = scores.norms_a[i] * scores.norms_b[j]
    terms, equivalences = _shared(x, y, y.text if scores.runs_from_b else x.text, scale)
    part = {name: round(m[i][j], 2) for name, m in scores.parts.items()}
    return Evidence(words=round(100 * scores.words[i][j], 1), terms=terms, equivalences=equivalences,
                    section=part.get("section"), units=part.get("units"), order=part.get("order"),
                    shared_units=sorted(scores.classes_a[i] & scores.classes_b[j]))


def _shared(x: TaskFeatures, y: TaskFeatures, text: str, scale: float) -> tuple[list[SharedTerm], list[Equivalence]]:
    """The terms both tasks hold, each with its share of their cosine (in points of 0–100). Character
    n-grams are shown as the runs of characters they chain into (执法证 + 法证件 -> 执法证件), and a run
    inside a word already listed is left out: it says the same thing again. Runs are read in `text`, one
    of the two tasks' texts (always the same one, whichever document is A, so that a diff mirrors);
    `scale` is the product of the two vectors' norms."""
    if not scale:
        return [], []
    share = {t: round(100 * (w * y.vector[t]) / scale, 1) for t, w in x.vector.items() if t in y.vector}
    equivalences = [Equivalence(concept=t[len(PREFIX):], a=sorted(x.concepts[t[len(PREFIX):]]),
                                b=sorted(y.concepts[t[len(PREFIX):]]), weight=s)
                    for t, s in sorted(share.items(), key=lambda item: (-item[1], item[0])) if t.startswith(PREFIX)]
    words = {t: s for t, s in share.items() if not t.startswith(("#", PREFIX))}
    grams = {t[1:]: s for t, s in share.items() if t.startswith("#")}
    found = [("word", t, s) for t, s in words.items()]
    found += [("chars", run, s) for run, s in _runs(text, grams).items() if not any(run in w for w in words)]
    found.sort(key=lambda item: (-round(item[2], 1), item[1]))
    shown = [SharedTerm(term=t, kind=kind, weight=round(s, 1)) for kind, t, s in found if round(s, 1) > 0]
    return shown[:TERMS_SHOWN], equivalences


def _runs(text: str, grams: dict[str, float]) -> dict[str, float]:
    """Maximal runs of `text` whose every character bigram is a shared n-gram, each with the summed share
    of the shared n-grams inside it (each n-gram counted once)."""
    runs: dict[str, float] = {}
    counted: set[str] = set()
    for chunk in HAN_RUN.findall(text):
        start = 0
        while start < len(chunk) - 1:
            end = start
            while end < len(chunk) - 1 and chunk[end:end + 2] in grams:
                end += 1
            if end > start:
                run = chunk[start:end + 1]
                inside = {run[k:k + n] for n in NGRAMS for k in range(len(run) - n + 1)} & grams.keys()
                runs[run] = runs.get(run, 0.0) + sum(grams[g] for g in inside - counted)
                counted |= inside
            start = end + 1
    return {run: weight for run, weight in runs.items() if weight > 0}

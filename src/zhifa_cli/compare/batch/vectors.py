"""vectors: the engine's weighted term vectors of many tasks at once, as one scipy.sparse matrix.

What the corpus commands (matrix, coverage, trace) score with: the formulas are features' smoothed_idf and
term_weight and score's rounded, applied to whole arrays (xp=numpy), so a corpus is scored exactly as
compare() scores two documents. zhifa diff never imports this module: numpy and scipy alone take longer
to import than a whole diff runs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..features import smoothed_idf, stock_factors, term_weight
from ..score import rounded


def task_vectors(counts: sparse.csr_matrix, vocab: Sequence[str]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Each row's vector (term_weight, idf counted over these rows, every row one document) divided by its
    length, and those lengths. `counts[r, t]`: how often term vocab[t] occurs in task r.

    Rows of unit length make a row product the engine's cosine (before cosines() rounds it); a row times
    its length is the vector compare.features.weigh makes for that task (up to float rounding)."""
    weights = sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    weights.sum_duplicates()
    weights.eliminate_zeros()
    df = np.bincount(weights.indices, minlength=weights.shape[1])
    idf = smoothed_idf(df, weights.shape[0], xp=np)
    factors = np.array(stock_factors(vocab))
    weights.data = term_weight(weights.data, idf[weights.indices], factors[weights.indices], xp=np)
    lengths = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    unit = sparse.diags(1.0 / np.where(lengths > 0, lengths, 1.0)) @ weights
    return sparse.csr_matrix(unit), lengths


def cosines(products: np.ndarray) -> np.ndarray:
    """Products of unit rows of task_vectors() as the engine's scores (compare.score.rounded)."""
    return rounded(products, xp=np)

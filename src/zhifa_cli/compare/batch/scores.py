"""scores: the engine's exact score of every task pair that can take part in an alignment.

compare.align treats a pair scoring under FLOOR as no pair at all, and any pair at or above it can move
the assignment (a 0.1 pair can pull a task away from its 0.6 partner), so every such pair is found and
nothing is estimated: a block of query tasks is scored against every corpus row it may meet, and the
pairs whose rounded score reaches FLOOR are kept.

How, cheaply: a score is a sum of products over the terms two tasks share. The commonest terms (in
DENSE_SHARE of the rows or more, KERNEL_SHARE with the kernel: 执法, 行政, 工作 …) are shared by nearly
every pair, and a sparse product spends most of its time on them, one pair at a time; their part of every
score is one dense matrix product instead (BLAS), and only the other terms go through the sparse product
(split_terms). On a whole corpus that sparse product is a compiled loop (kernels.near_scores) that adds it
straight into the dense products and keeps the pairs that reach FLOOR as it goes; scipy's product (its
result half full) where numba's start costs more than it saves.

Exact, bit for bit: the engine's score of a pair is the sum of the shared terms' products in the order the
corpus row stores its terms, one after the other (what scipy's sparse product and compare.score do), then rounded to PRECISION decimals.
The split sums the same products in another order. All products are ≥ 0 and add up to a cosine of unit
rows, at most 1, so any two orders of summing n of them differ by at most 2·n·2⁻⁵³ (n ≤ the longest row):
far under `guard`. A sum that far from a rounding edge rounds as the term-order sum does; the few within
`guard` of an edge are summed again in term order (exact_products), so every score kept is the one the
plain product gives, and FLOOR is applied to it.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

try:  # adds CSR into dense in place (toarray(out=) zeroes); a private scipy module, so a public way if it goes
    from scipy.sparse._sparsetools import csr_todense
except ImportError:  # pragma: no cover - scipy without the private module
    def csr_todense(rows, cols, indptr, indices, data, out):
        out += sparse.csr_matrix((data, indices, indptr), shape=(rows, cols)).toarray()

from ..align import FLOOR
from ..score import SCALE
from .task_index import TaskIndex
from .vectors import cosines

BLOCK = 256  # query tasks per product
SPAN = 16384  # corpus rows per product: with BLOCK, bounds a product's dense scores to 32 MB
KERNEL_BLOCK = 1024  # … by the compiled kernel: a corpus row's terms visited once for 4× as many query rows
DENSE_SHARE = 0.1  # a term in this share of the rows or more is multiplied densely
KERNEL_SHARE = 0.2  # … when the compiled kernel adds the others: it makes ~3× the products scipy does a second,
# so a term in 10–20% of the rows costs less there than in the dense product (at 1,000 documents: 168 dense
# terms -> 36, the dense product 3.1 s -> 1.0 s, the kernel 2.6 s -> 3.6 s)
DENSE_BYTES = 256 * 2**20  # … as long as the dense columns of the whole corpus fit in this
DENSE_FROM = 2048  # query rows of a whole run from which the dense part pays for its set-up
_EPS = 2.0**-53


def split_terms(index: TaskIndex) -> tuple[np.ndarray, sparse.csr_matrix, float]:
    """The commonest terms' columns as a dense matrix (rows × terms), the other terms as a sparse one,
    and the guard: how near a rounding edge (in units of the last decimal) a sum must be to be redone.
    Common: in DENSE_SHARE of the rows, or KERNEL_SHARE when the compiled kernel sums the others."""
    share = DENSE_SHARE if compiled(index) is None else KERNEL_SHARE
    return index.cached("split", lambda: _split(index.matrix, share))


def _split(matrix: sparse.csr_matrix, share: float) -> tuple[np.ndarray, sparse.csr_matrix, float]:
    rows, terms = matrix.shape
    df = np.bincount(matrix.indices, minlength=terms)
    common = np.flatnonzero(df >= max(1, share * rows))
    most = DENSE_BYTES // (8 * max(rows, 1))
    if len(common) > most:
        common = common[np.argsort(-df[common], kind="stable")[:most]]
        common.sort()
    column = np.full(terms, -1, np.int64)
    column[common] = np.arange(len(common))
    at = column[matrix.indices]
    keep = at < 0
    lengths = np.diff(matrix.indptr)
    row_of = np.repeat(np.arange(rows), lengths)
    dense = np.zeros((rows, len(common)))
    dense[row_of[~keep], at[~keep]] = matrix.data[~keep]
    kept = np.bincount(row_of[keep], minlength=rows)
    rare = sparse.csr_matrix((matrix.data[keep], matrix.indices[keep], np.r_[0, np.cumsum(kept)]),
                             shape=matrix.shape)
    longest = int(lengths.max()) if rows else 0
    guard = max(1e-6, 100 * 2 * longest * _EPS * SCALE)  # 100× the worst difference of two orders
    return dense, rare, guard


def floor_pairs(index: TaskIndex, rows: np.ndarray, allowed: np.ndarray, *,
                dense: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(query row, corpus row, score) of every pair scoring at least FLOOR whose documents `allowed`
    permits (allowed[query doc, corpus doc]); sorted by query row, then corpus row. `dense`: the common
    terms multiplied densely (worth its set-up, one pass over the corpus, when many rows are queried)."""
    doc_of = index.doc_of
    block_of = (_kernel_block if compiled(index) is not None else _block) if dense else _plain_block
    size = KERNEL_BLOCK if block_of is _kernel_block else BLOCK
    span = BLOCK * SPAN // size
    increasing = bool(np.all(np.diff(rows) > 0))
    found = []
    for start in range(0, len(rows), size):
        block = rows[start:start + size]
        ok = allowed[doc_of[block]]
        docs = np.flatnonzero(ok.any(axis=0))
        if not len(docs):
            continue
        lo, hi = int(index.starts[docs[0]]), int(index.starts[docs[-1] + 1])
        kept: dict = {}  # what a block's spans share (the kernel's query terms)
        spans = [block_of(index, block, at, min(hi, at + span), ok, kept) for at in range(lo, hi, span)]
        q, jj, ss = (np.concatenate(part) for part in zip(*spans, strict=True))
        if increasing:  # spans in corpus order, each by corpus row: a stable sort on the block's columns
            order = np.argsort(q.astype(np.uint16), kind="stable")  # (a radix sort; a block is < 2¹⁶ rows)
            q, jj, ss = q[order], jj[order], ss[order]
        found.append((block[q].astype(np.int64), jj, ss))
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    ii, jj, ss = (np.concatenate(part) for part in zip(*found, strict=True))
    if not increasing:
        order = np.lexsort((jj, ii))
        ii, jj, ss = ii[order], jj[order], ss[order]
    return ii, jj, ss


def _block(index: TaskIndex, block: np.ndarray, lo: int, hi: int, ok: np.ndarray, _kept: dict | None = None):
    """The pairs of the query rows `block` with corpus rows lo..hi that reach FLOOR and are allowed
    (ok[k, doc]: row block[k] may meet document doc): (column of `block`, corpus row, score)."""
    dense, rare, guard = split_terms(index)
    products = np.matmul(dense[lo:hi], dense[block].T, out=scratch("products", (hi - lo, len(block))))
    jj, q, sums = near_pairs(rare, block, lo, hi, products)  # + the other terms, pairs near FLOOR
    scaled = sums * SCALE + 0.5
    edge = np.flatnonzero(np.abs(scaled - np.round(scaled)) < guard)
    if len(edge):
        sums[edge] = exact_products(index, block[q[edge]], jj[edge])
    ss = cosines(sums)
    keep = (ss >= FLOOR) & ok[q, index.doc_of[jj]]
    return q[keep], jj[keep], ss[keep]


def _kernel_block(index: TaskIndex, block: np.ndarray, lo: int, hi: int, ok: np.ndarray, kept: dict | None = None):
    """_block by the compiled kernel (kernels.near_scores: the rare products, the rounding, its edge and
    the documents allowed in one pass); the few sums at a rounding edge summed again in term order.
    `kept`: what the spans of one block share, made by its first span."""
    dense, rare, guard = split_terms(index)
    kept = {} if kept is None else kept
    if not kept:
        kept.update(common=np.ascontiguousarray(dense[block].T),  # BLAS reads it faster than the transposed view
                    query=sparse.csr_matrix(rare[block].T),  # term -> the query rows that have it
                    allowed=np.ascontiguousarray(ok.T))  # document -> the query rows that may meet it
    query, allowed = kept["query"], kept["allowed"]
    products = np.matmul(dense[lo:hi], kept["common"], out=scratch("products", (hi - lo, len(block))))
    out, near_scores = _room(), compiled(index)
    found, at = [], lo
    while at < hi:
        count, edges, at = near_scores(products, lo, at, hi, rare.indptr, rare.indices, rare.data, query.indptr,
                                       query.indices, query.data, NEAR, float(SCALE), FLOOR, guard, index.doc_of,
                                       allowed, *out)
        q, jj, ss = out[1][:count].copy(), out[0][:count].copy(), out[3][:count].copy()
        if edges:
            edge = out[4][:edges]
            ss[edge] = cosines(exact_products(index, block[q[edge]], jj[edge]))
            keep = ss >= FLOOR
            q, jj, ss = q[keep], jj[keep], ss[keep]
        found.append((q, jj, ss))
    q, jj, ss = (np.concatenate(part) for part in zip(*found, strict=True))
    return q, jj, ss


NEAR = FLOOR - 1e-6  # rounding can lift a product to FLOOR
ROOM = 2**19  # pairs near FLOOR one call of the compiled kernel writes at most


def near_pairs(rare: sparse.csr_matrix, block: np.ndarray, lo: int, hi: int,
               products: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """products (corpus rows lo..hi × query rows `block`: their common terms' products) plus the rare
    terms' products, by scipy's sparse product added in place; of the sums at least NEAR: (corpus row,
    column of `block`, sum), by corpus row, then column."""
    query = sparse.csr_matrix(rare[block].T)  # term -> the query rows that have it
    part = sparse.csr_matrix(row_range(rare, lo, hi) @ query)
    csr_todense(hi - lo, products.shape[1], part.indptr, part.indices, part.data, products)  # products += part
    near = np.greater_equal(products, NEAR, out=scratch("near", products.shape, bool))
    at, q = np.nonzero(near)
    return at.astype(np.int64) + lo, q.astype(np.int64), products[at, q]


def compiled(index: TaskIndex):
    """kernels.near_scores when it pays: numba's start (about 0.9 s CPU once a process: its import and the
    compiled code read back) against what it saves on a whole run's rare products (Σ df² of the terms in
    under DENSE_SHARE of the rows, the products of both triangles: scipy makes ~80 M a second, the kernel
    ~3× as many); None when it does not pay or numba is missing."""
    if not index.cached("compiled", lambda: _rare_work(index.matrix) >= COMPILED_FROM):
        return None
    try:
        from .kernels import near_scores
    except ImportError:  # pragma: no cover - numba missing: scipy's way
        return None
    return near_scores


COMPILED_FROM = 4e8


def _rare_work(matrix: sparse.csr_matrix) -> float:
    """Σ df² of the terms scipy's way would leave sparse (in under DENSE_SHARE of the rows)."""
    df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.float64)
    rare = df[df < max(1, DENSE_SHARE * matrix.shape[0])]
    return float(rare @ rare)


def warm_kernel(index: TaskIndex) -> None:
    """Read the compiled kernel back (or compile it) now, for the rare part of this index's split: forked
    workers then inherit it, instead of each paying numba's start."""
    rare = split_terms(index)[1]
    near_scores = compiled(index)
    if near_scores is not None:
        query = sparse.csr_matrix(rare[:1].T)
        near_scores(np.zeros((0, 1)), 0, 0, 0, rare.indptr, rare.indices, rare.data, query.indptr, query.indices,
                    query.data, NEAR, float(SCALE), FLOOR, 1e-6, index.doc_of, np.ones((1, 1), bool), *_room())
        from .kernels import best_other, components, node_best, residual_cosines

        no_rows = np.zeros(0, np.int64)
        residual_cosines(rare.indptr, rare.indices, rare.data, rare.indptr, rare.indices, rare.data, no_rows,
                         no_rows, no_rows, np.zeros(0))
        components(no_rows, 0, no_rows, 0, no_rows)
        best_other(no_rows, 0, np.zeros(0), np.zeros(0))
        node_best(no_rows, 0, np.zeros(0), np.zeros(0), no_rows, no_rows)


_ROOM: list[np.ndarray] = []


def _room() -> list[np.ndarray]:
    """The kernel's output arrays (corpus row, query column, sum, score, places at a rounding edge), the
    same memory block after block."""
    if not _ROOM:
        _ROOM.extend([np.empty(ROOM, np.int64), np.empty(ROOM, np.int64), np.empty(ROOM), np.empty(ROOM),
                      np.empty(ROOM, np.int64)])
    return _ROOM


def _plain_block(index: TaskIndex, block: np.ndarray, lo: int, hi: int, ok: np.ndarray, _kept: dict | None = None):
    """_block by one sparse product: its sums are the engine's own (no edge to check)."""
    product = sparse.csr_matrix(row_range(index.matrix, lo, hi) @ sparse.csr_matrix(index.matrix[block].T))
    near = np.flatnonzero(product.data >= FLOOR - 1e-6)  # rounding can lift a product to FLOOR
    jj = np.repeat(np.arange(lo, hi, dtype=np.int64), np.diff(product.indptr))[near]
    q = product.indices[near].astype(np.int64)
    ss = cosines(product.data[near])
    keep = (ss >= FLOOR) & ok[q, index.doc_of[jj]]
    return q[keep], jj[keep], ss[keep]


def row_range(matrix: sparse.csr_matrix, lo: int, hi: int) -> sparse.csr_matrix:
    """Rows lo..hi of a CSR matrix as a view of its arrays (matrix[lo:hi] copies them: at 3,000 documents
    that is tens of MB for every block of query rows)."""
    a, b = matrix.indptr[lo], matrix.indptr[hi]
    view = sparse.csr_matrix((hi - lo, matrix.shape[1]), dtype=matrix.dtype)  # set whole below: scipy's
    view.data, view.indices = matrix.data[a:b], matrix.indices[a:b]  # constructor copies a small view
    view.indptr = matrix.indptr[lo:hi + 1] - a
    view.has_sorted_indices = matrix.has_sorted_indices
    return view


_SCRATCH: dict[str, np.ndarray] = {}


def scratch(name: str, shape: tuple[int, int], kind=np.float64) -> np.ndarray:
    """An array of `shape` for a block's dense scores, the same memory block after block: a fresh 32 MB
    array each time is fresh pages from the kernel, each one faulted in and zeroed (most of the system
    time of a large matrix)."""
    size = shape[0] * shape[1]
    kept = _SCRATCH.get(name)
    if kept is None or kept.size < size or kept.dtype != kind:
        kept = _SCRATCH[name] = np.empty(max(size, BLOCK * SPAN), kind)
    return kept[:size].reshape(shape)


def exact_products(index: TaskIndex, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """The product of rows ii[k] and jj[k], summed as the sparse product (corpus rows × query rows) sums
    it: the shared terms' products one after the other, in the order corpus row jj[k] stores its terms."""
    matrix = index.matrix
    out = np.zeros(len(ii))
    for k, (i, j) in enumerate(zip(ii.tolist(), jj.tolist(), strict=True)):
        a, b = slice(matrix.indptr[j], matrix.indptr[j + 1]), slice(matrix.indptr[i], matrix.indptr[i + 1])
        _, ia, ib = np.intersect1d(matrix.indices[a], matrix.indices[b], assume_unique=True, return_indices=True)
        if len(ia):
            order = np.argsort(ia)  # the corpus row's stored order
            out[k] = np.cumsum(matrix.data[a][ia[order]] * matrix.data[b][ib[order]])[-1]
    return out


__all__ = ["exact_products", "compiled", "floor_pairs", "near_pairs", "row_range", "split_terms", "warm_kernel"]

"""zhifa diff: the whole process cold, one pair in process, and a naive baseline (difflib ratio on every
pair of tasks, best match per row) — timed, and scored against every hand alignment in tests/fixtures
(align_A_B.yaml): precision, recall and F1 of the task-to-task links, for the words-only engine (before
issue 10) and zhifa diff's model, with each ingredient taken out in turn (the ablation; `--ablation`
prints it as the README's Markdown table). A latent-semantic space (SVD of the corpus's idf vectors, as
scikit-learn's TruncatedSVD computes it) is measured here too; it is not part of zhifa (see README)."""

from __future__ import annotations

import difflib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from common import ROOT, ZHIFA, median_seconds

from zhifa_cli.compare import (
    DEFAULT_THRESHOLD,
    REWORDED,
    WORDS,
    Model,
    compare,
    compare_features,
    corpus_idf,
    document_features,
    score_matrix,
)
from zhifa_cli.compare.features import task_text
from zhifa_cli.documents import open_document
from zhifa_cli.models import Document
from zhifa_cli.store import DataDir

FIXTURE = ROOT / "tests" / "fixtures" / "align_shangrao_tongling-jiaoqu.yaml"
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("align_*.yaml"))
SEEDS = ["shangrao", "nanchang", "tongling-jiaoqu", "yandu", "shangrao-fazhi"]


def hand_links(path: Path = FIXTURE) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return ({(a, b) for a, bs in data["links"].items() for b in bs},
            {(p["a"], p["b"]) for p in data["partial"]})


def fixture_docs(path: Path) -> tuple[str, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["a"], data["b"]


def precision_recall(found: set[tuple[str, str]], path: Path = FIXTURE) -> tuple[float, float]:
    truth, partial = hand_links(path)
    found = found - partial
    hits = len(found & truth)
    return hits / max(len(found), 1), hits / len(truth)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / ((precision + recall) or 1)


def links_of(comparison) -> set[tuple[str, str]]:
    return {(link.a, link.b) for pair in comparison.pairs for link in pair.links}


def quality(docs: dict[str, Document], idf: dict[str, float], model: Model) -> list[tuple[float, float, float]]:
    """(P, R, F1) of `model` on every hand alignment."""
    out = []
    for path in FIXTURES:
        a, b = fixture_docs(path)
        p, r = precision_recall(links_of(compare(docs[a], docs[b], idf=idf, model=model)), path)
        out.append((p, r, f1(p, r)))
    return out


def lsa_scores(docs: dict[str, Document], idf: dict[str, float], dims: int, share: float):
    """A score_matrix that mixes the word cosine with the cosine in a `dims`-dimensional latent space: the
    SVD of all the corpus's task vectors (words, n-grams, concepts; unit length), as TruncatedSVD would."""
    import numpy as np

    from zhifa_cli.compare import evidence as _unused  # noqa: F401  (the module is patched by the caller)

    feats = {name: document_features(doc, idf, concepts=True) for name, doc in docs.items()}
    vocab = {t: k for k, t in enumerate(sorted({t for f in feats.values() for task in f.tasks for t in task.vector}))}
    rows, at = [], {}
    for name, f in feats.items():
        for task in f.tasks:
            v = np.zeros(len(vocab))
            for term, weight in task.vector.items():
                v[vocab[term]] = weight
            at[name, task.id] = len(rows)
            rows.append(v / (np.linalg.norm(v) or 1.0))
    u, sigma, _ = np.linalg.svd(np.array(rows), full_matrices=False)
    z = u[:, :dims] * sigma[:dims]
    z /= np.linalg.norm(z, axis=1, keepdims=True) + 1e-12
    words = score_matrix

    def mixed(fa, fb):
        base = words(fa, fb)
        la = z[[at[fa.id, t.id] for t in fa.tasks]] @ z[[at[fb.id, t.id] for t in fb.tasks]].T
        return [[round((1 - share) * base[i][j] + share * max(0.0, float(la[i][j])), 6) for j in range(len(row))]
                for i, row in enumerate(base)]
    return mixed


def ablation(docs: dict[str, Document], idf: dict[str, float]) -> list[tuple[str, list[tuple[float, float, float]]]]:
    """F1 per hand alignment of the words-only engine, zhifa diff's model, the model less each ingredient,
    and the model plus a latent-semantic space."""
    import importlib

    evidence = importlib.import_module("zhifa_cli.compare.evidence")
    rows = [("words only (before issue 10)", quality(docs, idf, WORDS)),
            ("zhifa diff (all ingredients)", quality(docs, idf, REWORDED))]
    for ingredient in ("concepts", "sections", "units", "order", "context", "many"):
        rows.append((f"− {ingredient}", quality(docs, idf, REWORDED.without(ingredient))))
    original = evidence.score_matrix
    try:
        for dims, share in ((20, 0.2), (40, 0.2), (40, 0.4), (80, 0.2)):
            evidence.score_matrix = lsa_scores(docs, idf, dims, share)
            rows.append((f"+ LSA {dims} dims, share {share:g}", quality(docs, idf, REWORDED)))
    finally:
        evidence.score_matrix = original
    return rows


def print_ablation(rows, markdown: bool) -> None:
    names = [path.stem.removeprefix("align_").replace("_", " ↔ ") for path in FIXTURES]
    if markdown:
        print("| model | " + " | ".join(names) + " | mean F1 |")
        print("|---|" + "---:|" * (len(names) + 1))
    for label, scores in rows:
        mean = sum(s[2] for s in scores) / len(scores)
        cells = [f"{p:.2f} / {r:.2f} / **{f:.2f}**" if markdown else f"{p:.2f}/{r:.2f}/{f:.2f}" for p, r, f in scores]
        print(f"| {label} | " + " | ".join(cells) + f" | {mean:.3f} |" if markdown
              else f"  {label:34} " + "  ".join(cells) + f"  mean F1 {mean:.3f}")


def baseline_scores(a: Document, b: Document) -> list[list[float]]:
    texts_b = [task_text(t) for t in b.tasks]
    return [[difflib.SequenceMatcher(None, task_text(t), other, autojunk=False).ratio() for other in texts_b]
            for t in a.tasks]


def best_per_row(a: Document, b: Document, scores: list[list[float]], cutoff: float = 0.0) -> set[tuple[str, str]]:
    links = set()
    for i, row in enumerate(scores):
        j = max(range(len(row)), key=row.__getitem__)
        if row[j] >= cutoff:
            links.add((a.tasks[i].id, b.tasks[j].id))
    return links


def separation(a: Document, b: Document, scores) -> tuple[float, float]:
    """How well a score matrix tells hand-aligned links from the other task pairs: AUC (chance that a
    link outscores a non-link) and the weakest link's score over the 99th percentile of non-links."""
    truth, partial = hand_links()
    linked, other = [], []
    for i, x in enumerate(a.tasks):
        for j, y in enumerate(b.tasks):
            if (x.id, y.id) not in partial:
                (linked if (x.id, y.id) in truth else other).append(float(scores[i][j]))
    wins = sum((s > t) + 0.5 * (s == t) for s in linked for t in other)
    return wins / (len(linked) * len(other)), min(linked) / sorted(other)[int(0.99 * len(other))]


def scorer_comparison(a: Document, b: Document, idf: dict[str, float]) -> None:
    """zhifa's idf-weighted cosine against rapidfuzz's scorers on jieba-segmented text (cdist)."""
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    from zhifa_cli.compare import score_matrix, segment

    def words(doc: Document) -> list[str]:
        return [" ".join(w for w in tokens if w.strip()) for tokens in segment.cut([task_text(t) for t in doc.tasks])]

    candidates = {
        "zhifa: idf cosine of words + 2/3-grams": score_matrix(document_features(a, idf), document_features(b, idf)),
        "rapidfuzz token_set_ratio on jieba words": cdist(words(a), words(b), scorer=fuzz.token_set_ratio),
        "rapidfuzz token_sort_ratio on jieba words": cdist(words(a), words(b), scorer=fuzz.token_sort_ratio),
        "rapidfuzz ratio on characters": cdist([task_text(t) for t in a.tasks], [task_text(t) for t in b.tasks],
                                               scorer=fuzz.ratio),
    }
    print("task scorers on the same pair (AUC links vs non-links; weakest link / 99th pct of non-links):")
    for name, scores in candidates.items():
        print("  {}: AUC {:.3f}, margin {:.2f}".format(name, *separation(a, b, scores)))


def python_seconds(code: str, repeat: int = 7) -> float:
    command = [sys.executable, "-c", code]
    return median_seconds(lambda: subprocess.run(command, cwd=ROOT, check=True), repeat)


def cold_runs(args: list[str], repeat: int = 7, **env: str | None) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of whole `zhifa …` processes. CPU time is
    the steadier figure on a shared machine, where other work stretches wall time."""
    full = {**os.environ, "NO_COLOR": "1", **env}
    full = {k: v for k, v in full.items() if v is not None}
    walls, cpus = [], []
    for _ in range(repeat):
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run([ZHIFA, *args], cwd=ROOT, env=full, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(time.perf_counter() - start)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    data = DataDir.default(ROOT / "data")
    docs = {name: open_document(name, data) for name in SEEDS}
    idf = corpus_idf(docs.values())
    if "--ablation" in sys.argv:
        print_ablation(ablation(docs, idf), markdown=True)
        return
    args = ["diff", "shangrao", "nanchang"]
    cold_runs(args, repeat=1)  # the jieba dictionary index exists from here on
    print("zhifa diff shangrao nanchang, whole process (cold: a fresh interpreter, jieba included):")
    print("  as run here: wall {:.3f} s, CPU {:.3f} s".format(*cold_runs(args)))
    print("  --format json: wall {:.3f} s, CPU {:.3f} s".format(*cold_runs([*args, "--format", "json"])))
    start, imports = python_seconds("pass"), python_seconds("import zhifa_cli.cli")
    print(f"  of which: interpreter start {start:.3f} s, importing the CLI with all its commands "
          f"{imports - start:.3f} s (zhifa_cli.compare alone: {python_seconds('import zhifa_cli.compare') - start:.3f} s)")
    with tempfile.TemporaryDirectory() as pyc:  # bytecode cached, as in an installed zhifa
        cold_runs(args, repeat=1, PYTHONDONTWRITEBYTECODE=None, PYTHONPYCACHEPREFIX=pyc)
        print("  with bytecode cached: wall {:.3f} s, CPU {:.3f} s".format(
            *cold_runs(args, PYTHONDONTWRITEBYTECODE=None, PYTHONPYCACHEPREFIX=pyc)))
    with tempfile.TemporaryDirectory() as cache:
        print("  first run ever (builds the jieba dictionary index): wall {:.3f} s, CPU {:.3f} s".format(
            *cold_runs(args, repeat=1, ZHIFA_CACHE=cache)))

    sr, nc, tl = docs["shangrao"], docs["nanchang"], docs["tongling-jiaoqu"]
    print(f"in process, shangrao × nanchang ({len(sr.tasks)} × {len(nc.tasks)} tasks):")
    for name, model in (("zhifa diff's model", REWORDED), ("words only", WORDS)):
        fs, fn = (document_features(sr, idf, concepts=model.concepts), document_features(nc, idf, concepts=model.concepts))
        whole = median_seconds(lambda m=model: compare(sr, nc, idf=idf, model=m))
        built = median_seconds(lambda m=model, fs=fs, fn=fn: compare_features(sr, fs, nc, fn, model=m, idf=idf))
        print(f"  {name}: compare() with features {1000 * whole:.1f} ms; on prebuilt features {1000 * built:.1f} ms")
    print(f"  corpus idf over {len(docs)} documents: {1000 * median_seconds(lambda: corpus_idf(docs.values())):.1f} ms")
    naive = median_seconds(lambda: best_per_row(sr, nc, baseline_scores(sr, nc)), repeat=3)
    print(f"  baseline difflib ratio, all task pairs + best per row: {1000 * naive:.1f} ms")

    print("hand alignments (tests/fixtures), precision / recall / F1 of task links; each ingredient taken out in turn:")
    print_ablation(ablation(docs, idf), markdown=False)
    ours = links_of(compare(sr, tl, idf=idf, model=REWORDED))
    scores = baseline_scores(sr, tl)
    cutoffs = sorted({round(v, 3) for row in scores for v in row})
    oracle = max((precision_recall(best_per_row(sr, tl, scores, c)), c) for c in cutoffs)
    print("precision / recall of task links on the hand alignment shangrao ↔ tongling-jiaoqu:")
    line = "P {:.2f} R {:.2f}".format
    print(f"  zhifa diff (threshold {DEFAULT_THRESHOLD:g}): {line(*precision_recall(ours))}")
    print(f"  baseline, best per row: {line(*precision_recall(best_per_row(sr, tl, scores)))}")
    print(f"  baseline, best per row above the cutoff best for it in hindsight ({oracle[1]:.2f}): {line(*oracle[0])}")
    scorer_comparison(sr, tl, idf)


if __name__ == "__main__":
    main()

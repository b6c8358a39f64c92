"""zhifa diff: the whole process cold, one pair in process, and a naive baseline (difflib ratio on every
pair of tasks, best match per row) — timed, and scored against the hand alignment of shangrao and
tongling-jiaoqu (tests/fixtures/align_shangrao_tongling-jiaoqu.yaml)."""

from __future__ import annotations

import difflib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import yaml
from common import ROOT, ZHIFA, median_seconds

from zhifa_cli.compare import DEFAULT_THRESHOLD, compare, compare_features, corpus_idf, document_features
from zhifa_cli.compare.features import task_text
from zhifa_cli.models import Document
from zhifa_cli.store import DataDir, open_document

FIXTURE = ROOT / "tests" / "fixtures" / "align_shangrao_tongling-jiaoqu.yaml"
SEEDS = ["shangrao", "nanchang", "tongling-jiaoqu", "yandu", "shangrao-fazhi"]


def hand_links() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return ({(a, b) for a, bs in data["links"].items() for b in bs},
            {(p["a"], p["b"]) for p in data["partial"]})


def precision_recall(found: set[tuple[str, str]]) -> tuple[float, float]:
    truth, partial = hand_links()
    found = found - partial
    hits = len(found & truth)
    return hits / max(len(found), 1), hits / len(truth)


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

    data = DataDir.default(ROOT / "data")
    docs = {name: open_document(name, data) for name in SEEDS}
    idf = corpus_idf(docs.values())
    sr, nc, tl = docs["shangrao"], docs["nanchang"], docs["tongling-jiaoqu"]
    fs, fn = document_features(sr, idf), document_features(nc, idf)
    print(f"in process, shangrao × nanchang ({len(sr.tasks)} × {len(nc.tasks)} tasks):")
    print(f"  compare() with features: {1000 * median_seconds(lambda: compare(sr, nc, idf=idf)):.1f} ms; "
          f"on prebuilt features: {1000 * median_seconds(lambda: compare_features(sr, fs, nc, fn)):.1f} ms; "
          f"corpus idf over {len(docs)} documents: {1000 * median_seconds(lambda: corpus_idf(docs.values())):.1f} ms")
    naive = median_seconds(lambda: best_per_row(sr, nc, baseline_scores(sr, nc)), repeat=3)
    print(f"  baseline difflib ratio, all task pairs + best per row: {1000 * naive:.1f} ms")

    ours = {(x, y) for p in compare(sr, tl, idf=idf).pairs for x in p.a for y in p.b}
    scores = baseline_scores(sr, tl)
    cutoffs = sorted({round(v, 3) for row in scores for v in row})
    oracle = max((precision_recall(best_per_row(sr, tl, scores, c)), c) for c in cutoffs)
    print("precision / recall of task links on the hand alignment shangrao ↔ tongling-jiaoqu:")
    line = "P {:.2f} R {:.2f}".format
    print(f"  zhifa (threshold {DEFAULT_THRESHOLD:g}): {line(*precision_recall(ours))}")
    print(f"  baseline, best per row: {line(*precision_recall(best_per_row(sr, tl, scores)))}")
    print(f"  baseline, best per row above the cutoff best for it in hindsight ({oracle[1]:.2f}): {line(*oracle[0])}")
    scorer_comparison(sr, tl, idf)


if __name__ == "__main__":
    main()

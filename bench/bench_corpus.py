"""Corpus benchmark: a synthetic corpus of N circulars (default 3,000), then

  * blocking recall against exhaustive scoring on a small corpus (40 circulars + the 5 seeds);
  * `zhifa coverage shangrao --all` over the N circulars, whole process, cold (empty feature cache) and warm;
  * `zhifa matrix --all` over M circulars (ZHIFA_BENCH_MATRIX, default 3000; 0 skips it), whole process;
  * quality against the generator's true links (coverage of the parent's children).

Peak memory is the largest resident set of the zhifa process or any of its workers (ru_maxrss).
Sizes: ZHIFA_BENCH_N (corpus), ZHIFA_BENCH_MATRIX (matrix); corpora are kept in $TMPDIR/zhifa-bench-*.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, ZHIFA

sys.path.insert(0, str(Path(__file__).parent))
from synth import generate  # noqa: E402


def corpus(n: int) -> Path:
    """A synthetic corpus of n circulars (+ the seeds), parsed; made once and kept."""
    folder = Path(tempfile.gettempdir()) / f"zhifa-bench-{n}-seed0"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        generate(n, folder, seed=0)
        zhifa(["parse", str(folder / "raw"), "--out", str(folder / "parsed"), "-q"], folder, cache=None)
        print(f"made and parsed {n} synthetic circulars in {time.perf_counter() - start:.0f} s")
        (folder / "done").touch()
    return folder


def zhifa(args: list[str], data: Path, cache: Path | None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MiB) of the process tree, and stdout of one `zhifa …` run."""
    env = {**os.environ, "NO_COLOR": "1", "ZHIFA_DATA": str(data)}
    if cache is not None:
        env["ZHIFA_CACHE"] = str(cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([ZHIFA, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return seconds, peak, done.stdout


def recall() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import numpy as np

    from zhifa_cli.corpus.engine import Plan, run_local
    from zhifa_cli.corpus.load import load_corpus
    from zhifa_cli.corpus.options import Blocking
    from zhifa_cli.corpus.vectors import build_index
    from zhifa_cli.store import DataDir

    docs = list(load_corpus(DataDir(corpus(40))).documents)
    index = build_index(docs)
    n = len(docs)
    allowed = np.triu(np.ones((n, n), bool), 1)
    found = {}
    for name, how in (("exhaustive", Blocking(exhaustive=True)), ("blocked", Blocking())):
        start = time.perf_counter()
        links = run_local(Plan(index, allowed, 0.5, how), list(range(n)))
        found[name] = set(zip(links.a.tolist(), links.b.tolist(), strict=True))
        print(f"  {name:<10} {time.perf_counter() - start:6.2f} s  {links.candidates:>8} pairs scored  "
              f"{len(found[name])} links")
    kept = len(found["exhaustive"] & found["blocked"]) / len(found["exhaustive"])
    print(f"blocking recall vs exhaustive ({n} circulars, threshold 50): {kept:.4f}")


def quality(folder: Path, result: dict) -> None:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["documents"]
    children = [d for d, info in truth.items() if info["parent"] == result["parent"]]
    true = {(d, t, s[1]) for d in children for t, links in truth[d]["links"].items() for s in links}
    found = {(c["document"], t, row["task"]) for row in result["rows"] for c in row["carried_by"]
             for t in c["tasks"] if c["document"] in children}
    print(f"coverage vs true links of {len(children)} direct children: recall {len(true & found) / len(true):.3f}, "
          f"precision {len(true & found) / max(1, len(found)):.3f}")


def main() -> None:
    n = int(os.environ.get("ZHIFA_BENCH_N", "3000"))
    m = int(os.environ.get("ZHIFA_BENCH_MATRIX", "3000"))
    recall()
    folder = corpus(n)
    with tempfile.TemporaryDirectory() as cache:
        args = ["coverage", "shangrao", "--all", "--format", "json", "-q"]
        cold, peak, _ = zhifa(args, folder, Path(cache))
        warm, peak_warm, out = zhifa(args, folder, Path(cache))
        print(f"zhifa coverage shangrao over {n + 4} circulars: cold {cold:.1f} s (peak {peak:.0f} MiB), "
              f"warm {warm:.1f} s (feature cache filled)")
        quality(folder, json.loads(out))
        if m:
            data = folder if m == n else corpus(m)
            seconds, peak, out = zhifa(["matrix", "--all", "--format", "json", "-q"], data, Path(cache))
            result = json.loads(out)
            print(f"zhifa matrix --all, {len(result['documents'])} × {len(result['documents'])}: {seconds:.0f} s "
                  f"(peak {peak:.0f} MiB), {result['candidates']} candidate task pairs scored")

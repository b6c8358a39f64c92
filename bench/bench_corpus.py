"""Corpus benchmark: issue 14's table on synthetic corpora of N circulars (+ the 5 seeds), one row per size:

  * `zhifa matrix --all`, whole process: wall seconds and CPU seconds (its workers included);
  * brute force: the exact score of every task pair (X · Xᵀ in blocks), one core, CPU seconds;
  * `zhifa coverage shangrao --all`, whole process, warm (the feature and index caches and the corpus listing
    filled by a first run: no record but the parent's is loaded): CPU and wall;
  * the floor: reading and json.loads of every record, CPU seconds;
then the growth exponent between the last two sizes, and coverage's quality against the generator's links.

Sizes: ZHIFA_BENCH_SIZES (default "300 1000", commas or spaces; `make bench-big` runs 3000). Corpora are kept in
$TMPDIR/zhifa-bench-*. The machine is shared: wall time stretches with other work, CPU time much less.
"""

from __future__ import annotations

import json
import math
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
    from zhifa_cli.parse import PARSER_VERSION

    folder = Path(tempfile.gettempdir()) / f"zhifa-bench-{n}-seed0"
    done = folder / "done"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        generate(n, folder, seed=0)
        zhifa(["parse", str(folder / "raw"), "--out", str(folder / "parsed"), "-q"], folder, cache=None)
        print(f"made and parsed {n} synthetic circulars in {time.perf_counter() - start:.0f} s")
    elif done.read_text(encoding="utf-8").strip() != PARSER_VERSION:
        # records another parser wrote: parse them again once, or every timed run would do it unseen
        zhifa(["parse", str(folder / "raw"), "--out", str(folder / "parsed"), "-q"], folder, cache=None)
    done.write_text(PARSER_VERSION, encoding="utf-8")
    return folder


def zhifa(args: list[str], data: Path, cache: Path | None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (the process and its workers) and stdout of one `zhifa …` run."""
    env = {**os.environ, "NO_COLOR": "1", "ZHIFA_DATA": str(data)}
    if cache is not None:
        env["ZHIFA_CACHE"] = str(cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([ZHIFA, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, done.stdout


def floor_seconds(folder: Path) -> float:
    start = time.process_time()
    for path in sorted((folder / "parsed").glob("*.json")):
        json.loads(path.read_bytes())
    return time.process_time() - start


def brute_force(folder: Path) -> float:
    from reference import brute_force_seconds

    from zhifa_cli.compare.batch.task_index import build_index
    from zhifa_cli.documents import load_corpus
    from zhifa_cli.store import DataDir

    return brute_force_seconds(build_index(list(load_corpus(DataDir(folder)).documents)))


def quality(folder: Path, result: dict) -> str:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["documents"]
    children = [d for d, info in truth.items() if info["parent"] == result["parent"]]
    true = {(d, t, s[1]) for d in children for t, links in truth[d]["links"].items() for s in links}
    found = {(c["document"], t, row["task"]) for row in result["rows"] for c in row["carried_by"]
             for t in c["tasks"] if c["document"] in children}
    return (f"coverage vs true links of {len(children)} direct children: recall {len(true & found) / len(true):.3f}, "
            f"precision {len(true & found) / max(1, len(found)):.3f}")


def row(n: int, cache: Path) -> dict:
    folder = corpus(n)
    figures = {"tasks": sum(len(json.loads(p.read_bytes())["tasks"]) for p in (folder / "parsed").glob("*.json"))}
    args = ["coverage", "shangrao", "--all", "--format", "json", "-q"]
    zhifa(args, folder, cache)  # fills the feature and index caches and the listing
    figures["coverage wall"], figures["coverage"], out = zhifa(args, folder, cache)
    figures["quality"] = quality(folder, json.loads(out))
    figures["matrix"], figures["matrix cpu"], _ = zhifa(["matrix", "--all", "--format", "json", "-q"], folder, cache)
    figures["brute"] = brute_force(folder)
    figures["floor"] = floor_seconds(folder)
    return figures


COLUMNS = [("matrix", "`zhifa matrix --all`, wall s"), ("matrix cpu", "… CPU s (both cores)"),
           ("brute", "brute force: exact cosine of every task pair, one core, CPU s"),
           ("coverage", "`zhifa coverage shangrao --all`, warm, CPU s"), ("coverage wall", "… wall s"),
           ("floor", "read + `json.loads` every record (floor), CPU s")]


def main() -> None:
    sizes = [int(n) for n in os.environ.get("ZHIFA_BENCH_SIZES", "300 1000").replace(",", " ").split()]
    with tempfile.TemporaryDirectory() as cache:
        rows = {n: row(n, Path(cache)) for n in sizes}
    print("| figure | " + " | ".join(f"{n:,} ({rows[n]['tasks']:,} tasks)" for n in sizes) + " | growth |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for key, label in COLUMNS:
        cells = [f"{rows[n][key]:.2f}" for n in sizes]
        growth = ""
        if len(sizes) > 1:
            a, b = sizes[-2], sizes[-1]
            growth = f"exponent {math.log(rows[b][key] / rows[a][key]) / math.log(b / a):.2f}"
        print(f"| {label} | " + " | ".join(cells) + f" | {growth} |")
    for n in sizes:
        print(f"{n}: {rows[n]['quality']}")

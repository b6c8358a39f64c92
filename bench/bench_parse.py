"""Parse benchmark: the whole `zhifa parse` process (cold), per document in-process, MB/s, the
development set of real excerpts, a synthetic folder (issue 14's figure: CPU per file in-process, the whole
process with 1 and 2 workers), and growth on one task of 1, 4 and 16 MB of run-on lines."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, ZHIFA, process_seconds

from zhifa_cli.parse import parse_file, parse_text
from zhifa_cli.parse.memo import forget

REALWORLD = ROOT.parent / "shared" / "realworld" / "raw"


def main() -> None:
    raw = sorted((ROOT / "data" / "raw").glob("*.txt"))
    with tempfile.TemporaryDirectory() as out:
        cold = process_seconds(["parse", "data/raw", "--out", out, "-q"])
    print(f"zhifa parse data/raw, 5 files (whole process, cold):     {cold * 1000:7.0f} ms")
    total_bytes, total_time = 0, 0.0
    for path in raw:
        parse_file(path)  # load the vocabularies, compile the patterns, build the record schemas
        seconds = _cold_seconds(lambda p=path: parse_file(p), repeat=15)
        size = path.stat().st_size
        total_bytes += size
        total_time += seconds
        print(f"  {path.stem:<18} {size / 1024:6.1f} KiB  {seconds * 1000:7.2f} ms  {size / seconds / 1e6:6.2f} MB/s")
    print(f"in-process, all five: {total_time * 1000:.1f} ms for {total_bytes / 1024:.0f} KiB "
          f"= {total_bytes / total_time / 1e6:.2f} MB/s")

    _realworld()
    _folder()
    _growth()


def _realworld() -> None:
    """The 20 real excerpts of ../shared/realworld (other governments' layouts), in-process."""
    files = sorted(REALWORLD.glob("*.txt"))
    if not files:
        return
    size = sum(p.stat().st_size for p in files)
    seconds = _cold_seconds(lambda: [parse_file(p) for p in files], repeat=7)
    print(f"realworld, {len(files)} excerpts: {seconds * 1000:.1f} ms for {size / 1024:.0f} KiB "
          f"= {size / seconds / 1e6:.2f} MB/s")


def _cold_seconds(fn, repeat: int) -> float:
    """Median wall seconds of fn(), each run with the parser's caches emptied first (parse/memo.py): a text parsed
    again would otherwise be looked up, not read."""
    times = []
    for _ in range(repeat):
        forget()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# The folder rows: a synthetic folder of this many circulars, the 5 seeds among them (ZHIFA_BENCH_PARSE_FILES=1005
# `bench/run.py parse` for the issue's own folder: on 200 files the ~0.6 s start of a command weighs 5x more).
FOLDER_FILES = int(os.environ.get("ZHIFA_BENCH_PARSE_FILES", "200"))
# Issue 14's figure: `zhifa parse` of the 1,005-file synthetic folder took 7.8 s CPU on one core, file after file
# (parsing is linear in files: scaled to the folder's size); done when the whole command is 1.7x faster.
ISSUE_DAY_SECONDS, ISSUE_DAY_FILES, ISSUE_TARGET = 7.8, 1005, 1.7


def _folder() -> None:
    """Issue 14's figure on a synthetic folder of FOLDER_FILES files (bench/synth.py, made once and kept in $TMPDIR;
    the issue's folder has 1,005): parse CPU per file in one process, file after file (a fresh process each time, its caches
    empty as a run's are; median of 3), then the whole `zhifa parse DIR -q` process, cold, with 1 and 2 workers,
    and with 2 workers and the summary table (median of 3: wall, and CPU with the workers'), each against the
    issue's day scaled to the folder's size. On 2 cores shared with other work the pool gets what is left of the
    second core: the two-worker rows are the issue's figure only on a quiet machine (quote the load)."""

    from synth import generate

    folder = Path(tempfile.gettempdir()) / f"zhifa-bench-parse-{FOLDER_FILES}"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(FOLDER_FILES - 5, folder, seed=0)
        (folder / "done").write_text("made\n", encoding="utf-8")
    files = sorted((folder / "raw").glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    cpu = statistics.median(_parse_cpu(folder / "raw") for _ in range(3))
    print(f"synthetic folder, {len(files)} files, in-process: {cpu:.2f} s CPU = {cpu / len(files) * 1000:.2f} ms "
          f"per file = {size / cpu / 1e6:.2f} MB/s")
    baseline = ISSUE_DAY_SECONDS * len(files) / ISSUE_DAY_FILES
    print(f"  issue 14's day, one file after another: {ISSUE_DAY_SECONDS} s CPU for {ISSUE_DAY_FILES:,} files = "
          f"{baseline:.2f} s for these {len(files)}; the issue asks {ISSUE_TARGET}x faster (<= {baseline / ISSUE_TARGET:.2f} s wall)")
    for workers, quiet in ((1, True), (2, True), (2, False)):
        runs = [_parse_process(folder / "raw", workers, quiet) for _ in range(3)]
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"  zhifa parse of the folder{' -q' if quiet else ' (summary table)'}, {workers} "
              f"worker{'s' if workers > 1 else ''} (whole process): {wall:5.2f} s wall, {cpu:5.2f} s CPU "
              f"= {baseline / wall:.2f}x the issue's day")


_CPU = """import sys, time
from pathlib import Path
from zhifa_cli.parse import parse_file, parse_text
files = sorted(Path(sys.argv[1]).glob("*.txt"))
parse_text("一、任务\\n1.开展工作。（责任单位：县司法局）\\n")  # imports and record schemas built before the clock
start = time.process_time()
for path in files:
    parse_file(path)
print(time.process_time() - start)
"""


def _parse_cpu(raw: Path) -> float:
    """CPU seconds of parsing every file of `raw` in one fresh process (its caches start empty, as a run's do)."""
    done = subprocess.run([sys.executable, "-c", _CPU, str(raw)], check=True, capture_output=True, text=True)
    return float(done.stdout.strip())


def _parse_process(raw: Path, workers: int, quiet: bool = True) -> tuple[float, float]:
    """Wall and CPU seconds (workers included) of one cold `zhifa parse RAW [-q]`, run where a zhifa.toml sets
    `workers`; without -q the parent also prints the summary table of every record (to /dev/null)."""
    with tempfile.TemporaryDirectory() as here:
        Path(here, "zhifa.toml").write_text(f"workers = {workers}\n", encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([ZHIFA, "parse", str(raw), "--out", str(Path(here, "out")), *(["-q"] if quiet else [])],
                       cwd=here, check=True, env={**os.environ, "NO_COLOR": "1"}, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _growth() -> None:
    """One task whose paragraph runs on over every line (no final punctuation): joining must stay linear."""
    piece = "推进行政执法规范化建设工作要"
    previous = None
    for mb in (1, 4, 16):
        n = mb * 2**20 // len((piece + "\n").encode())
        text = "一、任务\n1.开展工作。" + "\n".join([piece] * n) + "。（责任单位：县司法局）\n"
        seconds = _cold_seconds(lambda t=text: parse_text(t), repeat=3 if mb < 16 else 1)
        ratio = f"  x{seconds / previous:.1f} for x4 input" if previous else ""
        print(f"growth, one task of {mb:2d} MB of run-on lines: {seconds:6.2f} s{ratio}")
        previous = seconds

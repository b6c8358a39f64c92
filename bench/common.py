"""Helpers shared by the benchmarks: medians of repeated timings, cold process runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZHIFA = str(Path(sys.executable).parent / "zhifa")


def median_seconds(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def process_seconds(args: list[str], repeat: int = 5) -> float:
    """Median wall time of a whole `zhifa …` process (cold: a fresh interpreter each time)."""
    env = {**os.environ, "NO_COLOR": "1"}

    def run() -> None:
        subprocess.run([ZHIFA, *args], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return median_seconds(run, repeat)

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


def growth_row(label: str, sizes: list[float], seconds: list[float], unit: str = "MB") -> str:
    """One line of a growth table: the time at each input size and the time per unit, so linear growth
    shows as a steady last column (and quadratic growth as one that climbs with the size)."""
    cells = "  ".join(f"{size:g} {unit}: {s:7.2f} s ({s / size:5.2f} s/{unit})" for size, s in zip(sizes, seconds,
                                                                                            strict=True))
    return f"{label:<34} {cells}"

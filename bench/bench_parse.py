"""Parse benchmark: the whole `zhifa parse` process (cold), per document in-process, MB/s, the
development set of real excerpts, and growth on one task of 1, 4 and 16 MB of run-on lines."""

from __future__ import annotations

import tempfile

from common import ROOT, median_seconds, process_seconds

from zhifa_cli.parse import parse_file, parse_text

REALWORLD = ROOT.parent / "shared" / "realworld" / "raw"


def main() -> None:
    raw = sorted((ROOT / "data" / "raw").glob("*.txt"))
    with tempfile.TemporaryDirectory() as out:
        cold = process_seconds(["parse", "data/raw", "--out", out, "-q"])
    print(f"zhifa parse data/raw, 5 files (whole process, cold):     {cold * 1000:7.0f} ms")
    total_bytes, total_time = 0, 0.0
    for path in raw:
        parse_file(path)  # warm the caches (vocabulary, regexes)
        seconds = median_seconds(lambda p=path: parse_file(p), repeat=15)
        size = path.stat().st_size
        total_bytes += size
        total_time += seconds
        print(f"  {path.stem:<18} {size / 1024:6.1f} KiB  {seconds * 1000:7.2f} ms  {size / seconds / 1e6:6.2f} MB/s")
    print(f"in-process, all five: {total_time * 1000:.1f} ms for {total_bytes / 1024:.0f} KiB "
          f"= {total_bytes / total_time / 1e6:.2f} MB/s")

    _realworld()
    _growth()


def _realworld() -> None:
    """The 20 real excerpts of ../shared/realworld (other governments' layouts), in-process."""
    files = sorted(REALWORLD.glob("*.txt"))
    if not files:
        return
    size = sum(p.stat().st_size for p in files)
    seconds = median_seconds(lambda: [parse_file(p) for p in files], repeat=7)
    print(f"realworld, {len(files)} excerpts: {seconds * 1000:.1f} ms for {size / 1024:.0f} KiB "
          f"= {size / seconds / 1e6:.2f} MB/s")


def _growth() -> None:
    """One task whose paragraph runs on over every line (no final punctuation): joining must stay linear."""
    piece = "推进行政执法规范化建设工作要"
    previous = None
    for mb in (1, 4, 16):
        n = mb * 2**20 // len((piece + "\n").encode())
        text = "一、任务\n1.开展工作。" + "\n".join([piece] * n) + "。（责任单位：县司法局）\n"
        seconds = median_seconds(lambda t=text: parse_text(t), repeat=3 if mb < 16 else 1)
        ratio = f"  x{seconds / previous:.1f} for x4 input" if previous else ""
        print(f"growth, one task of {mb:2d} MB of run-on lines: {seconds:6.2f} s{ratio}")
        previous = seconds

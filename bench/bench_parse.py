"""Parse benchmark: the whole `zhifa parse` process (cold), per document in-process, MB/s."""

from __future__ import annotations

import tempfile

from common import ROOT, median_seconds, process_seconds

from zhifa_cli.parse import parse_file


def main() -> None:
    raw = sorted((ROOT / "data" / "raw").glob("*.txt"))
    with tempfile.TemporaryDirectory() as out:
        cold = process_seconds(["parse", "data/raw", "--out", out, "-q"])
    helps = process_seconds(["--help"])
    print(f"zhifa --help (whole process, median of 5):               {helps * 1000:7.0f} ms")
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

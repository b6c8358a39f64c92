"""make bench: runs every bench/bench_*.py module's main() in turn; each prints its own figures.

Timings are medians over repeated runs (these machines are shared and noisy); compare ratios, not
absolute numbers, across machines.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    only = set(sys.argv[1:])
    for path in sorted(HERE.glob("bench_*.py")):
        if only and path.stem.removeprefix("bench_") not in only:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        print(f"\n== {path.stem} ==", flush=True)
        module.main()


if __name__ == "__main__":
    main()

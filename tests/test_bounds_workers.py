"""Worker processes end when the process that started them dies (issue 13, item 11): a `kill -9` of zhifa
leaves no pool worker behind, busy on work nobody will collect."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from processes import alive as _alive
from processes import wait as _wait

from zhifa_cli import documents

# The main process: a pool whose every task hangs, each worker noting its pid in the folder argv[2].
STUCK = """
import os, sys, time
from pathlib import Path

def stuck(item):
    Path(sys.argv[2], str(os.getpid())).touch()
    time.sleep(600)
"""
SCRIPTS = {
    # zhifa's own path: loading a corpus of many stale files parses them in a process pool
    "load_corpus": STUCK + """
from zhifa_cli import documents
from zhifa_cli.store import DataDir
documents._parse_safe = stuck
documents.load_corpus(DataDir(Path(sys.argv[1])), workers=2)
""",
    # the forked pool the aligning engine uses
    "fork_pool": STUCK + """
from zhifa_cli.workers import fork_pool
with fork_pool(2) as pool:
    list(pool.imap(stuck, range(8)))
""",
}




@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
@pytest.mark.parametrize("pool", SCRIPTS)
def test_workers_die_with_their_parent(tmp_path, pool):
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    for k in range(documents.LOAD_PARALLEL_FROM):
        (raw / f"c{k:03d}.txt").write_text("1.执法。\n", encoding="utf-8")
    pids = tmp_path / "pids"
    pids.mkdir()
    main = subprocess.Popen([sys.executable, "-c", SCRIPTS[pool], str(tmp_path / "data"), str(pids)])
    workers: list[int] = []
    try:
        assert _wait(lambda: len(list(pids.iterdir())) >= 2, 60), "the workers never started"
        workers = [int(p.name) for p in pids.iterdir()]
        assert all(_alive(pid) for pid in workers)
        main.send_signal(signal.SIGKILL)
        main.wait()
        assert _wait(lambda: not any(_alive(pid) for pid in workers), 30), "workers outlived their parent"
    finally:
        main.kill()
        for pid in workers:  # only the workers this test started
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


BLAS_THREADS = """
import ctypes, numpy
from zhifa_cli.workers import fork_pool

def threads(_):
    maps = open("/proc/self/maps").read().splitlines()
    path = sorted({line.split(maxsplit=5)[-1] for line in maps if "openblas" in line.lower()})[0]
    library = ctypes.CDLL(path)
    getter = next(getattr(library, name) for name in ("scipy_openblas_get_num_threads64_",
                  "openblas_get_num_threads64_", "openblas_get_num_threads") if hasattr(library, name))
    return getter()

print(threads(0))
with fork_pool(2) as pool:
    print(*pool.map(threads, range(2)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                    reason="OpenBLAS threads are read through /proc")
def test_forked_workers_run_one_blas_thread_each():
    """The aligning pool's workers multiply with one BLAS thread each (the pool is the parallelism); the
    parent keeps what OpenBLAS chose."""
    done = subprocess.run([sys.executable, "-c", BLAS_THREADS], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "OPENBLAS_NUM_THREADS": "2"})
    assert done.returncode == 0, done.stderr
    parent, workers = done.stdout.splitlines()
    assert parent == "2" and workers == "1 1"

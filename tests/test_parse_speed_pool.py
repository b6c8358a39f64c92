"""`zhifa parse` of many files (issue 14): the pool's workers send back a summary row of each record they wrote
(documents.Written), not the Document; they are forked with the parser already imported; Ctrl-C or the death
of zhifa leaves none of them behind. What is written and said is what parsing one file after the other does
(tests/test_corpus_scale.py compares the whole output of both)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PARSED, RAW, SEED_IDS
from processes import alive as _alive
from processes import wait as _wait

from zhifa_cli import documents
from zhifa_cli.documents import Written, parse_files


def _folder(tmp_path: Path, copies: int) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for k in range(copies):
        name = SEED_IDS[k % 5]
        (raw / f"c{k:02d}-{name}.txt").write_bytes((RAW / f"{name}.txt").read_bytes())
    return raw


def _row_of_record(record: dict) -> Written:
    """The summary row read off a written record's JSON (not off the Document the parse made)."""
    tasks = record["tasks"]
    return Written(record["id"], record["source"]["path"], record["region"], len(tasks), len(record["table"]),
                   sum(len(t["units"]) for t in tasks), sum(len(t["deadlines"]) for t in tasks),
                   sum(len(t["targets"]) for t in tasks), tuple(record["warnings"]))


@pytest.mark.parametrize("workers", [1, 2])
def test_each_summary_row_is_what_the_written_record_holds(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(documents, "PARSE_PARALLEL_FROM", 2)
    raw = _folder(tmp_path, 10)
    out = tmp_path / "out"
    results = list(parse_files(sorted(raw.iterdir()), out, "json", workers=workers))
    assert len(results) == 10
    for (row, written), path in zip(results, sorted(raw.iterdir()), strict=True):
        assert isinstance(row, Written) and Path(written) == out / f"{path.stem}.json"
        assert row == _row_of_record(json.loads(Path(written).read_text(encoding="utf-8")))
    for (row, _), path in zip(results, sorted(raw.iterdir()), strict=True):  # the committed seed records agree
        seed = json.loads((PARSED / f"{path.stem.split('-', 1)[1]}.json").read_text(encoding="utf-8"))
        assert (row.tasks, row.table, row.region, list(row.warnings)) == (
            len(seed["tasks"]), len(seed["table"]), seed["region"], seed["warnings"])
    rows = [row for row, _ in results]
    assert any(row.warnings for row in rows) and any(row.units > row.tasks for row in rows)


def test_quiet_rows_are_none_and_records_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "PARSE_PARALLEL_FROM", 2)
    raw = _folder(tmp_path, 6)
    loud = list(parse_files(sorted(raw.iterdir()), tmp_path / "a", "json", workers=2))
    quiet = list(parse_files(sorted(raw.iterdir()), tmp_path / "b", "json", workers=2, keep=False))
    assert [row for row, _ in quiet] == [None] * 6
    for (_, a), (_, b) in zip(loud, quiet, strict=True):
        assert Path(a).read_bytes() == Path(b).read_bytes()


FORKED = """
import sys
from pathlib import Path
from zhifa_cli import documents

def job(item):
    return "zhifa_cli.parse.pipeline" in sys.modules

assert "zhifa_cli.parse.pipeline" not in sys.modules
print(list(documents._in_order(job, list(range(8)), workers=2, parallel_from=2, chunksize=1)))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux")
def test_workers_start_with_the_parser_imported():
    """Each worker inherits the parser (its patterns compiled, ~0.3 s of a core) instead of importing it again."""
    done = subprocess.run([sys.executable, "-c", FORKED], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str([True] * 8)


STUCK = """
import os, sys, time
from pathlib import Path
from zhifa_cli import documents
from zhifa_cli.cli import main

PIDS = Path(sys.argv[2])

def stuck(job):
    (PIDS / str(os.getpid())).touch()
    time.sleep(600)

documents._parse_one = stuck
sys.argv = ["zhifa", "parse", sys.argv[1], "--out", sys.argv[3], "-q"]
main()
"""




@pytest.mark.skipif(not Path("/proc/self/stat").exists() or (os.cpu_count() or 1) < 2,
                    reason="reads process states from /proc; a pool needs two cores")
@pytest.mark.parametrize("how", ["ctrl-c", "kill -9"])
def test_no_parse_worker_outlives_zhifa(tmp_path, how):
    """Ctrl-C (SIGINT to the terminal's process group) ends `zhifa parse` with 130 and its workers with it;
    a kill -9 of zhifa alone ends its workers too (they would otherwise parse on for nobody)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for k in range(documents.PARSE_PARALLEL_FROM + 8):
        (raw / f"c{k:03d}.txt").write_text("1.执法。\n", encoding="utf-8")
    pids = tmp_path / "pids"
    pids.mkdir()
    main = subprocess.Popen([sys.executable, "-c", STUCK, str(raw), str(pids), str(tmp_path / "out")],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: list[int] = []
    try:
        assert _wait(lambda: len(list(pids.iterdir())) >= 2, 60), "the workers never started"
        workers = [int(p.name) for p in pids.iterdir()]
        assert all(_alive(pid) for pid in workers)
        if how == "ctrl-c":
            os.killpg(main.pid, signal.SIGINT)
            assert main.wait(timeout=30) == 130
        else:
            main.send_signal(signal.SIGKILL)
            main.wait()
        assert _wait(lambda: not any(_alive(pid) for pid in workers), 30), "workers outlived zhifa"
    finally:
        main.kill()
        main.wait()
        for pid in workers:  # only the workers this test started
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)

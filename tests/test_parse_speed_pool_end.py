"""A parse pool whose results were all taken ends as finished work (shut down and joined), not through
workers.stop, the path of abandoned work: stop kills the workers and leaves the pool's manager thread running,
and an exit racing that thread's closing of its wake-up pipe printed 'OSError: [Errno 9] Bad file descriptor'
from concurrent.futures at the end of a clean `zhifa parse`. Abandoning the results still stops the pool."""

from __future__ import annotations

from pathlib import Path

from conftest import RAW, SEED_IDS

from zhifa_cli import documents, workers
from zhifa_cli.settings import PARSE_PARALLEL_FROM


def _folder(tmp_path: Path) -> list[Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    paths = []
    for k in range(max(PARSE_PARALLEL_FROM, 10)):
        name = SEED_IDS[k % 5]
        paths.append(raw / f"c{k:02d}-{name}.txt")
        paths[-1].write_bytes((RAW / f"{name}.txt").read_bytes())
    return paths


def _stops(monkeypatch) -> list[object]:
    stopped: list[object] = []
    real = workers.stop
    monkeypatch.setattr(workers, "stop", lambda pool: (stopped.append(pool), real(pool)))
    return stopped


def test_a_pool_whose_results_were_all_taken_is_not_stopped(tmp_path, monkeypatch):
    paths = _folder(tmp_path)
    stopped = _stops(monkeypatch)
    outcomes = list(documents.parse_files(paths, tmp_path / "out", "json", workers=2, keep=False))
    assert len(outcomes) == len(paths) and all(isinstance(o, tuple) for o in outcomes)
    assert stopped == []
    assert len(list((tmp_path / "out").glob("*.json"))) == len(paths)


def test_a_pool_whose_results_are_abandoned_is_stopped(tmp_path, monkeypatch):
    paths = _folder(tmp_path)
    stopped = _stops(monkeypatch)
    results = documents.parse_files(paths, tmp_path / "out", "json", workers=2, keep=False)
    assert isinstance(next(results), tuple)
    results.close()
    assert len(stopped) == 1

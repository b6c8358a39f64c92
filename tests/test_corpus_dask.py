"""--engine dask on a LocalCluster returns exactly what the local engine returns."""

from __future__ import annotations

import json

import numpy as np
import pytest
from corpus_helpers import make_synthetic, run

from zhifa_cli.compare.batch.dispatch import Plan, run_dask, run_local
from zhifa_cli.compare.batch.task_index import build_index
from zhifa_cli.documents import load_corpus
from zhifa_cli.store import DataDir

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local.scheduler_address


def test_links_identical_local_and_dask(cluster, tmp_path):
    make_synthetic(12, tmp_path, seed=3)
    docs = list(load_corpus(DataDir(tmp_path)).documents)
    index = build_index(docs, workers=1)
    n = len(docs)
    plan = Plan(index, np.triu(np.ones((n, n), bool), 1), 0.5)
    local = run_local(plan, list(range(n)), workers=2)
    remote = run_dask(plan, list(range(n)), scheduler=cluster)
    assert len(local.a) == 711 and local.candidates == remote.candidates
    for field in ("a", "b", "score"):
        assert np.array_equal(getattr(local, field), getattr(remote, field))


def test_commands_identical_local_and_dask(cluster):
    for args in (["matrix", "--cluster"], ["coverage", "shangrao", "--all"], ["trace", "nanchang"]):
        local = run(*args, "--format", "json")
        remote = run(*args, "--engine", "dask", "--scheduler", cluster, "--format", "json")
        assert local.exit_code == remote.exit_code == 0, remote.output
        assert json.loads(local.stdout) == json.loads(remote.stdout)


def test_a_malformed_scheduler_address_is_a_usage_error():
    for address in ("nonsense", "xyz://host:8786"):
        result = run("matrix", "--engine", "dask", "--scheduler", address)
        assert result.exit_code == 2 and "no Dask scheduler" in result.stderr, address

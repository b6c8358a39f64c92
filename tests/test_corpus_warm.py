"""A warm `zhifa coverage` over a whole corpus (issue 14): the corpus's listing and index come from the
cache, no record but the parent's is loaded, and the output is the cold run's byte for byte; any changed
file, a broken record or a damaged cache file makes a cold run again."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from conftest import RAW, SEED_IDS
from corpus_helpers import run

from zhifa_cli import documents
from zhifa_cli.compare.batch import index_cache


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """The five seeds, raw and parsed, in a folder of their own; a cache folder of its own."""
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path / "cache"))
    (tmp_path / "raw").mkdir()
    for name in SEED_IDS:
        shutil.copy(RAW / f"{name}.txt", tmp_path / "raw")
    assert run("parse", str(tmp_path / "raw"), "--out", str(tmp_path / "parsed"), "-q").exit_code == 0
    return tmp_path


@pytest.fixture
def loads(monkeypatch):
    """The records each run validates, by file name."""
    seen: list[str] = []
    real = documents.load

    def counted(path, **kwargs):
        seen.append(path.stem)
        return real(path, **kwargs)

    monkeypatch.setattr(documents, "load", counted)
    return seen


def coverage(folder, *more):
    result = run("coverage", "shangrao", "--all", "--data", str(folder), "--format", "json", *more)
    assert result.exit_code == 0, result.output
    return result


def test_a_warm_run_loads_no_record_but_the_parents_and_says_the_same(corpus, loads):
    cold = coverage(corpus)
    assert sorted(loads) == sorted([*SEED_IDS, "shangrao"])  # the parent, then every record
    loads.clear()
    warm = coverage(corpus)
    assert loads == ["shangrao"]
    assert warm.stdout == cold.stdout and warm.stderr == cold.stderr
    assert '"nanchang": 30.4' in warm.stdout  # the figure test_corpus_compare reads off the seeds


def test_a_changed_record_makes_a_cold_run_with_the_new_tasks(corpus, loads):
    coverage(corpus)
    record = corpus / "parsed" / "nanchang.json"
    text = record.read_text(encoding="utf-8")
    assert '"id": "7"' in text
    record.write_text(text.replace('"id": "7"', '"id": "7x"', 1), encoding="utf-8")  # another task id
    loads.clear()
    changed = coverage(corpus)
    assert len(loads) == 1 + len(SEED_IDS) and '"7x"' in changed.stdout
    loads.clear()
    assert coverage(corpus).stdout == changed.stdout and loads == ["shangrao"]  # … and that is kept


def test_a_corpus_with_a_broken_record_is_never_remembered(corpus, loads):
    """A broken record is said and its raw file parsed on every run: a warm run would hide that."""
    (corpus / "parsed" / "yandu.json").write_text("{", encoding="utf-8")
    first = coverage(corpus)
    loads.clear()
    second = coverage(corpus)
    assert "yandu.json" in first.stderr and second.stderr == first.stderr and "yandu" in loads
    assert second.stdout == first.stdout


def test_a_stale_record_is_parsed_every_time_not_remembered(corpus, loads):
    raw = corpus / "raw" / "yandu.txt"
    raw.write_bytes(raw.read_bytes() + b"\n")  # its hash changes: the record is stale, parsed again each run
    first = coverage(corpus)
    loads.clear()
    assert coverage(corpus).stdout == first.stdout and len(loads) == 1 + len(SEED_IDS)


def test_named_documents_take_the_cold_path(corpus, loads):
    coverage(corpus)
    loads.clear()
    result = run("coverage", "shangrao", "nanchang", "yandu", "--data", str(corpus), "--format", "json")
    assert result.exit_code == 0 and '"documents": [\n    "nanchang",\n    "yandu"\n  ]' in result.stdout
    assert sorted(loads) == ["nanchang", "shangrao", "yandu"]


def test_the_kept_index_is_mapped_back_bit_for_bit_and_a_damaged_file_is_a_miss(tmp_path, monkeypatch, docs):
    from scipy import sparse

    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    rng = np.random.default_rng(0)
    matrix = sparse.random(50, 400, density=0.05, format="csr", random_state=rng)
    norms = rng.random(50)
    index_cache.write("k", matrix, norms)
    got, got_norms = index_cache.read("k", 50)
    for a, b in ((got.data, matrix.data), (got.indices, matrix.indices), (got.indptr, matrix.indptr),
                 (got_norms, norms)):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert got.shape == matrix.shape and index_cache.read("k", 49) is None  # rows must match
    got.data[0] = -1.0  # a private mapping: the file keeps its value
    assert index_cache.read("k", 50)[0].data[0] == matrix.data[0]
    path = index_cache.folder() / f"k{index_cache.SUFFIX}"
    path.write_bytes(path.read_bytes()[:5000])  # truncated
    assert index_cache.read("k", 50) is None
    path.write_bytes(b"PK\x03\x04" + bytes(5000))  # not ours
    assert index_cache.read("k", 50) is None


def test_a_listing_lists_ids_task_ids_and_feature_keys(tmp_path, monkeypatch, docs):
    from zhifa_cli.compare.batch import feature_cache

    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    corpus = [docs[name] for name in SEED_IDS]
    assert index_cache.recall("stamp") is None
    index_cache.remember("stamp", corpus)
    listing = index_cache.recall("stamp")
    assert [d.id for d in listing] == SEED_IDS
    assert listing[0].tasks == tuple(t.id for t in corpus[0].tasks) and listing[0].key == feature_cache.key(corpus[0])
    assert index_cache.key(listing) == index_cache.key(corpus) and index_cache.recall("other stamp") is None


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_warm_matrix_loads_no_record_and_says_the_same(corpus, loads, fmt):
    """`zhifa matrix --all` run warm (after a coverage or a matrix listed the corpus) reads the listing and
    the index only: not one record loaded, and the cold run's output byte for byte."""
    def matrix():
        result = run("matrix", "--all", "--data", str(corpus), "--format", fmt)
        assert result.exit_code == 0, result.output
        return result

    cold = matrix()
    assert sorted(loads) == sorted(SEED_IDS)
    loads.clear()
    warm = matrix()
    assert loads == [] and warm.stdout == cold.stdout and warm.stderr == cold.stderr
    if fmt == "json":
        assert '"shangrao-fazhi"' in warm.stdout and "30.4" in warm.stdout  # shangrao → nanchang, as in test_corpus_compare
    raw = corpus / "raw" / "yandu.txt"
    raw.write_bytes(raw.read_bytes() + b"\n")  # a changed file: cold again, never the kept listing
    loads.clear()
    assert matrix().stdout == cold.stdout and loads

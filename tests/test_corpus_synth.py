"""The synthetic corpus generator (bench/synth.py): what it writes parses back to what truth.json says."""

from __future__ import annotations

import json
from collections import Counter

from corpus_helpers import make_synthetic


def test_synthetic_circulars_parse_to_their_recorded_links(tmp_path):
    truth = make_synthetic(40, tmp_path, seed=0)
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")) == truth
    merges = splits = new = 0
    for doc_id, info in truth["documents"].items():
        doc = json.loads((tmp_path / "parsed" / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert [t["id"] for t in doc["tasks"]] == list(info["links"]), doc_id
        assert (doc["region"], doc["date"]) == (info["region"], info["date"])
        assert doc["issuer"] == f"{info['region']}人民政府办公室" and doc["period"] is not None
        links = list(info["links"].values())
        merges += sum(len(link) > 1 for link in links)
        new += sum(not link for link in links)
        splits += sum(n > 1 for n in Counter(tuple(map(tuple, x)) for x in links if len(x) == 1).values())
    assert (merges, splits, new) == (32, 15, 27)  # every kind of edit occurs
    parents = Counter(info["parent"] for info in truth["documents"].values())
    assert sum(n for p, n in parents.items() if p.startswith("syn-")) == 20  # families of derived copies


def test_generation_is_deterministic(tmp_path):
    from synth import generate

    generate(3, tmp_path / "a", seed=7)
    generate(3, tmp_path / "b", seed=7)
    for name in ("syn-00001.txt", "syn-00003.txt"):
        assert (tmp_path / "a" / "raw" / name).read_bytes() == (tmp_path / "b" / "raw" / name).read_bytes()

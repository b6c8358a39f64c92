"""datafiles: the data files in zhifa_cli/data (unit names and classes, provinces, stock phrases, the policy
lexicon, Taiwan phrases), read one way: from the installed package, parsed by libyaml when PyYAML was built
with it (about 9× faster than its pure-Python loader: 35 ms of every `zhifa diff`), else by the plain
loader. A leaf: it imports nothing of ours, so every stage may use it."""

from __future__ import annotations

from importlib import resources
from typing import Any


def load(name: str) -> Any:
    """data/NAME parsed (safe YAML: plain data only)."""
    import yaml

    text = resources.files("zhifa_cli").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (a safe loader)

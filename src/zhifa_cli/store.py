"""store: where zhifa keeps its files and how it writes them — the corpus folder (DataDir: data/raw,
data/parsed), the record formats (JSON, YAML) and their atomic writing, and the name a path is shown by.

How a name, a path or a folder becomes Documents (finding, reading, freshness, parsing many) is
documents.py's; store only knows places and formats, so it sits below every stage and imports none.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .files import atomic_text, write_bytes
from .models import Document
from .settings import data_dir

RECORD_SUFFIXES = (".json", ".yaml", ".yml")  # Document records written by `zhifa parse`, searched in this order


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def default(cls, root: str | Path | None = None) -> DataDir:
        return cls(data_dir(root))

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def parsed(self) -> Path:
        return self.root / "parsed"

    def record(self, doc_id: str) -> Path | None:
        """The parsed record of `doc_id` (.json, else .yaml or .yml as `zhifa parse -f yaml` writes), or None."""
        return next((p for s in RECORD_SUFFIXES if (p := self.parsed / f"{doc_id}{s}").exists()), None)

    def records(self) -> dict[str, Path]:
        """id -> parsed record, sorted by id; one record per id, in RECORD_SUFFIXES order."""
        if not self.parsed.is_dir():
            return {}
        found: dict[str, Path] = {}
        for suffix in reversed(RECORD_SUFFIXES):  # the first suffix wins: written last
            found.update({p.stem: p for p in self.parsed.glob(f"*{suffix}")})
        return dict(sorted(found.items()))

    def missing(self) -> str | None:
        """Why no document can be found by name, when there is no corpus folder at all (run outside the
        project, or a wrong --data): said instead of "unknown document", with how to point at one."""
        if self.raw.is_dir() or self.parsed.is_dir():
            return None
        if self.root.is_dir():
            what = f"{self.root} holds neither raw/ nor parsed/"
        elif self.root == Path("data"):
            what = f"no data/ folder in {Path.cwd()}"
        else:
            what = f"{self.root}: no such folder"
        return (f"{what}; run zhifa in the folder that holds data/, or point at a corpus folder "
                "(raw/ and parsed/ inside) with --data DIR or ZHIFA_DATA=DIR")


def display(path: Path) -> str:
    """The name a record or a finding gives a file: relative to the working directory when inside it."""
    here = os.getcwd()
    try:
        return _resolved(path, here).relative_to(_resolved_folder(here, here)).as_posix()
    except ValueError:
        return path.as_posix()


def _resolved(path: Path, here: str) -> Path:
    """path.resolve(), its folder resolved once per folder and working directory: a folder of a thousand circulars
    asks for it once, not a thousand times (each resolve stats every folder on the way)."""
    try:
        plain = path.name not in ("", "..") and not path.is_symlink()
    except OSError:  # resolve() reads what it cannot stat as no link
        plain = False
    return _resolved_folder(str(path.parent), here) / path.name if plain else path.resolve()


@functools.lru_cache(maxsize=64)
def _resolved_folder(folder: str, here: str) -> Path:
    return Path(here, folder).resolve()


def dumps(doc: Document, fmt: str = "json") -> str:
    if fmt == "json" and _plain_numbers(doc):
        try:
            return doc.model_dump_json(indent=2) + "\n"
        except ValueError:  # a string JSON cannot hold as it is (a lone surrogate): the standard library's way
            pass
    data = doc.model_dump(mode="json")
    if fmt == "yaml":
        import yaml  # only for -f yaml

        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _plain_numbers(doc: Document) -> bool:
    """pydantic writes a record's indented JSON byte for byte as json.dumps(…, ensure_ascii=False, indent=2) does,
    five times faster (an indent puts json.dumps on its pure-Python encoder: ~2 ms of a ~10 ms parse). Only a float
    that Python writes with an exponent (below 1e-4, from 1e16, inf, nan) it writes otherwise: then json.dumps."""
    return all(isinstance(v, int) or v == 0 or 1e-4 <= abs(v) < 1e16
               for task in doc.tasks for t in task.targets for v in (t.value, t.high) if v is not None)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: a crash leaves the old file whole.
    An OSError (disk full, no permission) becomes a WriteError naming the file."""
    with atomic_text(path) as handle:
        handle.write(text)


def save(doc: Document, out_dir: Path, fmt: str = "json") -> Path:
    path = out_dir / f"{doc.id}.{fmt}"
    if fmt == "json" and (data := _json_bytes(doc)) is not None:
        write_bytes(path, data)
    else:
        write_atomic(path, dumps(doc, fmt))
    return path


def _json_bytes(doc: Document) -> bytes | None:
    """dumps(doc) as the UTF-8 bytes pydantic writes it in, when dumps takes pydantic's way (model_dump_json is these
    bytes decoded: a thousand records are not decoded to be encoded again); None when dumps goes the other way."""
    if not _plain_numbers(doc):
        return None
    try:
        return Document.__pydantic_serializer__.to_json(doc, indent=2) + b"\n"
    except ValueError:
        return None

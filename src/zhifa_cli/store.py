"""store: where documents live on disk (data/raw, data/parsed), atomic writes, staleness, name lookup."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from .errors import ReadError, UsageError, warn
from .files import atomic_text
from .models import Document
from .parse import PARSER_VERSION, parse_file
from .parse.read import read_bytes

SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".shtml", ".xhtml")
# Formats zhifa cannot read but lists anyway, so that a folder's .doc is reported, never skipped silently.
NAMED_ONLY = (".doc", ".wps", ".ofd", ".rtf")
RECORD_SUFFIXES = (".json", ".yaml", ".yml")  # Document records written by `zhifa parse`
# A folder's own notes are not circulars (README.md would otherwise fail as "no numbered task").
NOT_CIRCULARS = ("readme", "license", "licence", "changelog", "contributing", "authors", "notice")


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def default(cls, root: str | Path | None = None) -> DataDir:
        return cls(Path(root or os.environ.get("ZHIFA_DATA") or "data"))

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def parsed(self) -> Path:
        return self.root / "parsed"

    def raw_files(self) -> list[Path]:
        return circular_files(self.raw)

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


def circular_files(folder: Path) -> list[Path]:
    """Circulars in a folder, sorted by name: the formats zhifa reads and those it names but cannot read
    (.doc, .wps, .ofd, .rtf), so that those are reported, never skipped; likewise FIFOs, devices, sockets
    and dangling links, whatever their names (reading one says what it is, in one line). Hidden files,
    sub-folders, other files and the folder's README, LICENSE … are passed over."""
    return sorted((p for p in folder.iterdir() if not p.name.startswith(".") and p.stem.lower() not in NOT_CIRCULARS
                   and (_special(p) or p.is_file() and p.suffix.lower() in SUFFIXES + NAMED_ONLY)),
                  key=lambda p: (p.stem, p.suffix))


def _special(path: Path) -> bool:
    """Neither a regular file nor a folder: a FIFO, a device, a socket, a dangling or looping link."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return path.is_symlink()
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def dumps(doc: Document, fmt: str = "json") -> str:
    data = doc.model_dump(mode="json")
    if fmt == "yaml":
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: a crash leaves the old file whole.
    An OSError (disk full, no permission) becomes a WriteError naming the file."""
    with atomic_text(path) as handle:
        handle.write(text)


def save(doc: Document, out_dir: Path, fmt: str = "json") -> Path:
    path = out_dir / f"{doc.id}.{fmt}"
    write_atomic(path, dumps(doc, fmt))
    return path


def load(path: Path, *, expect_id: str | None = None) -> Document:
    """A Document record (.json/.yaml); ReadError naming the file when it cannot be one: truncated, of the
    wrong shape, nested too deep, or (with `expect_id`, for a record of a corpus folder) carrying another
    document's id than its file name says."""
    try:
        text = read_bytes(path).decode("utf-8")
        data = yaml.safe_load(text) if path.suffix in (".yaml", ".yml") else json.loads(text)
        doc = Document.model_validate(data)
    except RecursionError:
        raise ReadError("not a zhifa document: nested too deep", path=str(path)) from None
    except (ValueError, yaml.YAMLError, ValidationError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise ReadError(f"not a zhifa document: {first}", path=str(path)) from None
    if expect_id is not None and doc.id != expect_id:
        raise ReadError(f"the record's id '{doc.id}' is not its file name '{expect_id}'", path=str(path))
    return doc


def load_record(parsed: Path, raw: Path | None) -> Document | None:
    """The record `parsed` of a corpus folder (its id must be its file name), or None when it is broken
    and its raw file can be parsed instead: that is said in one line. Broken without a raw file: ReadError."""
    try:
        return load(parsed, expect_id=parsed.stem)
    except ReadError as exc:
        if raw is None:
            raise
        warn(f"{exc.message}; parsing {raw} again", path=str(parsed))
        return None


def sha256_of(path: Path) -> str:
    return hashlib.sha256(read_bytes(path)).hexdigest()


def is_fresh(doc: Document, raw: Path) -> bool:
    """A parsed record is up to date when made by this parser version from these exact bytes."""
    try:
        return doc.source.parser == PARSER_VERSION and doc.source.sha256 == sha256_of(raw)
    except ReadError:  # gone or unreadable: not fresh; parsing it again says what is wrong
        return False


def _candidates(data: DataDir) -> dict[str, Path]:
    """id -> raw file (or parsed file when the raw one is absent)."""
    found: dict[str, Path] = {}
    if data.parsed.is_dir():
        found.update({p.stem: p for p in sorted(data.parsed.glob("*.json"))})
    if data.raw.is_dir():
        found.update({p.stem: p for p in data.raw_files()})
    return found


def resolve(name: str, data: DataDir) -> Path:
    """A document id, a path, an unambiguous id prefix, or a region name -> its file.

    `shangrao` is the id shangrao even though shangrao-fazhi shares the prefix.
    """
    path = Path(name)
    if path.is_file():
        return path
    ids = _candidates(data)
    if name in ids:
        return ids[name]
    matches = sorted(i for i in ids if i.startswith(name))
    if not matches:
        matches = sorted(i for i, p in ids.items() if name in _region_of(p, data))
    if len(matches) == 1:
        return ids[matches[0]]
    if not matches and path.is_dir():
        raise UsageError(f"{name} is a folder; expected one circular: an id, a file, an id prefix or a region")
    if not matches and data.missing():
        raise UsageError(f"unknown document '{name}': {data.missing()}")
    if not matches:
        known = ", ".join(sorted(ids)) or "none"
        raise UsageError(f"unknown document '{name}' (known: {known})")
    raise UsageError(f"ambiguous document '{name}': could be {', '.join(matches)}")


def _region_of(path: Path, data: DataDir) -> str:
    parsed = data.parsed / f"{path.stem}.json"
    if not parsed.exists():
        return ""
    try:
        return json.loads(read_bytes(parsed).decode("utf-8")).get("region") or ""
    except (ReadError, ValueError, AttributeError, RecursionError):  # unreadable, not JSON, not an object
        return ""


def open_document(name: str, data: DataDir) -> Document:
    """Resolve a name and return its Document: the parsed record when fresh, else parse the raw file
    (a broken record is said in one line, then its raw file is parsed)."""
    path = resolve(name, data)
    if path.suffix in RECORD_SUFFIXES:
        return load(path, expect_id=path.stem if path.parent == data.parsed else None)
    parsed = data.parsed / f"{path.stem}.json"
    if parsed.exists():
        doc = load_record(parsed, path)
        if doc is not None and is_fresh(doc, path):
            return doc
    return parse_file(path)

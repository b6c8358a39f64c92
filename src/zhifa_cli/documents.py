"""documents: the one front door from what a user names to Documents. Every command and `zhifa check`
come through here; nothing else lists folders of circulars, resolves names, reads records or decides
whether to parse again.

- find:      circular_files (a folder's circulars), listed (paths and folders, for `zhifa parse`),
             inputs (paths, folders or names, for `zhifa check`), resolve (a name -> its file);
- open one:  open_document (a name: the fresh record, else its raw file parsed), load (a record file),
             open_file (one input as `zhifa check` lints it: Document, text and error kept together);
- open many: load_corpus (every document of a corpus folder), parse_files (parse and write records),
             both in worker processes when there are many (results in the files' order).

A name is a document id (`shangrao`), a path, an unambiguous id prefix (`tongling`) or a region (`盐都区`).
A record is fresh when the same parser version made it from the same bytes; a broken record is said in one
line and its raw file parsed instead. Where files live and how records are written is store.py's.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from . import parse  # light: the pipeline loads when a file is first parsed (not for fresh records)
from .errors import ReadError, UsageError, ZhifaError, warn
from .models import Document
from .parse.read import read_bytes, read_file
from .progress import SILENT, Progress

if TYPE_CHECKING:
    from .parse.outline import Parts
from .settings import LOAD_PARALLEL_FROM, PARSE_PARALLEL_FROM, debug
from .store import RECORD_SUFFIXES, DataDir, display, save

SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".shtml", ".xhtml")
# Formats zhifa cannot read but lists anyway, so that a folder's .doc is reported, never skipped silently.
NAMED_ONLY = (".doc", ".wps", ".ofd", ".rtf")
# A folder's own notes are not circulars (README.md would otherwise fail as "no numbered task").
NOT_CIRCULARS = ("readme", "license", "licence", "changelog", "contributing", "authors", "notice")

INTERNAL = "\0internal\0"  # marks an error line of parse_files that is a bug of ours


# -- find ---------------------------------------------------------------------------------------------

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


def _files(path: Path, name: str) -> list[Path]:
    """A folder's circulars, or the file itself; UsageError when it cannot be listed or is not there."""
    if path.is_dir():
        try:
            return circular_files(path)
        except OSError as exc:
            raise UsageError(f"cannot list folder: {exc.strerror}", path=name) from None
    if path.exists():
        return [path]
    raise UsageError("no such file or folder", path=name)


def _once(paths: Iterable[Path], key: Callable[[Path], Path]) -> list[Path]:
    unique: dict[Path, Path] = {}
    for path in paths:
        unique.setdefault(key(path), path)
    return list(unique.values())


def listed(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """`zhifa parse`'s inputs: files named and files in folders named, each once (by absolute path), in
    order; and one line for each that could not be listed. Every name is a path here."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        try:
            files.extend(_files(path, str(path)))
        except UsageError as exc:
            errors.append(str(exc))
    return _once(files, Path.absolute), errors


def inputs(names: list[str], data: DataDir) -> list[Path]:
    """`zhifa check`'s inputs: folders are listed, paths taken as they are, other names resolved as
    documents. A path that does not exist is a usage error (exit 2), as an unknown id is: no circular was
    there to lint. data/raw/yandu.txt, yandu and ./data/raw/yandu.txt are one file, given once."""
    out: list[Path] = []
    for name in names:
        path = Path(name)
        if path.exists() or "/" in name or path.suffix:  # meant as a path: a typo is the caller's
            out.extend(_files(path, name))
        else:
            out.append(resolve(name, data))
    return _once(out, Path.resolve)


def _candidates(data: DataDir) -> dict[str, Path]:
    """id -> raw file (or parsed record when the raw one is absent)."""
    found = data.records()
    if data.raw.is_dir():
        found.update({p.stem: p for p in circular_files(data.raw)})
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
    """The region a document's record names, read loosely ("" when there is none or it is broken)."""
    record = data.record(path.stem)
    if record is None:
        return ""
    try:
        text = read_bytes(record).decode("utf-8")
        return _mapping(text, record.suffix).get("region") or ""
    except (ReadError, ValueError, AttributeError, RecursionError):  # unreadable, not a mapping
        return ""


# -- open one -----------------------------------------------------------------------------------------

def load(path: Path, *, expect_id: str | None = None) -> Document:
    """A Document record (.json/.yaml); ReadError naming the file when it cannot be one: truncated, of the
    wrong shape, nested too deep, or (with `expect_id`, for a record of a corpus folder) carrying another
    document's id than its file name says."""
    try:
        doc = _validated(read_bytes(path), path.suffix)
    except RecursionError:
        raise ReadError("not a zhifa document: nested too deep", path=str(path)) from None
    except ValidationError as exc:
        raise ReadError(f"not a zhifa document: {_why(exc)}", path=str(path)) from None
    except ValueError as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise ReadError(f"not a zhifa document: {first}", path=str(path)) from None
    if expect_id is not None and doc.id != expect_id:
        raise ReadError(f"the record's id '{doc.id}' is not its file name '{expect_id}'", path=str(path))
    return doc


def _validated(data: bytes, suffix: str) -> Document:
    """A record's bytes as a Document. JSON is parsed and validated in one pass by pydantic-core (a quarter
    faster than json.loads then model_validate: loading thousands of records is most of `zhifa coverage`)."""
    if suffix in (".yaml", ".yml"):
        return Document.model_validate(_mapping(data.decode("utf-8"), suffix))
    data.decode("utf-8")  # UnicodeDecodeError (a ValueError) names what is wrong the way a text file's does
    return Document.model_validate_json(data)


def _why(exc: ValidationError) -> str:
    """The first thing wrong with a record, in one line: where in the record and what ('tasks.0.units:
    Input should be a valid list'), or what is wrong with its JSON."""
    error = exc.errors(include_url=False)[0]
    if error["type"] == "json_invalid":
        detail = str(error.get("ctx", {}).get("error", error["msg"]))
        return "nested too deep" if "recursion limit" in detail else f"invalid JSON: {detail}"
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else str(error["msg"])


def _mapping(text: str, suffix: str):
    """A record's text as data: YAML for .yaml/.yml (yaml is imported only then), else JSON; ValueError when
    the text is neither."""
    if suffix not in (".yaml", ".yml"):
        return json.loads(text)
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from None


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


def is_fresh(doc: Document, raw: Path) -> bool:
    """A parsed record is up to date when made by this parser version from these exact bytes."""
    try:
        return doc.source.parser == parse.PARSER_VERSION and doc.source.sha256 == hashlib.sha256(read_bytes(raw)).hexdigest()
    except ReadError:  # gone or unreadable: not fresh; parsing it again says what is wrong
        return False


def _fresh(raw: Path | None, parsed: Path | None) -> Document | None:
    """The parsed record when it is fresh (or has no raw file); None when the raw file needs parsing
    (a broken record is said in one line first)."""
    if parsed is None:
        return None
    doc = load_record(parsed, raw)
    return doc if doc is None or raw is None or is_fresh(doc, raw) else None


def open_document(name: str, data: DataDir) -> Document:
    """Resolve a name and return its Document: the parsed record when fresh, else parse the raw file
    (a broken record is said in one line, then its raw file is parsed)."""
    path = resolve(name, data)
    if path.suffix in RECORD_SUFFIXES:
        return load(path, expect_id=path.stem if path.parent == data.parsed else None)
    return _fresh(path, data.record(path.stem)) or parse.parse_file(path)


@dataclass(frozen=True)
class Opened:
    """One input as `zhifa check` lints it: the name its findings give it, the Document (None when the file
    cannot be read or parsed, and `error` says why), and the text their lines and columns point into."""

    path: str
    doc: Document | None = None
    text: str | None = None
    error: ZhifaError | None = None
    parts: Parts | None = None  # the parse's classified lines, when the text was parsed here


def open_file(path: Path) -> Opened:
    """Read and parse one file as it is (never a record in its place); a read or parse error is kept, not
    raised. A record (.json/.yaml) is taken as it is; its source file, when still there, gives the text,
    and the findings name that source."""
    shown = display(path)
    if path.suffix in RECORD_SUFFIXES:
        try:
            doc = load(path)
        except ZhifaError as exc:
            return Opened(shown, error=exc)
        text = _source_text(Path(doc.source.path))
        return Opened(doc.source.path if text is not None else shown, doc, text)
    text, outcome = parse.read_and_parse(path, shown=shown)
    if isinstance(outcome, ZhifaError):
        return Opened(shown, text=text, error=outcome)
    return Opened(shown, outcome.doc, text, parts=outcome.parts)


def _source_text(path: Path) -> str | None:
    try:
        return read_file(path)[1].text if path.is_file() else None
    except ZhifaError:
        return None


# -- open many ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    failures: tuple[str, ...] = field(default=())
    parsed: int = 0  # documents parsed now, their record missing, stale or broken

    def from_records(self) -> bool:
        """Every document read from its fresh record, none failed: what corpus_stamp names, exactly."""
        return not self.failures and not self.parsed

    def by_id(self) -> dict[str, Document]:
        return {doc.id: doc for doc in self.documents}


def sources(data: DataDir) -> dict[str, tuple[Path | None, Path | None]]:
    """id -> (raw file, parsed record); either may be missing, never both."""
    found: dict[str, tuple[Path | None, Path | None]] = {}
    if data.raw.is_dir():
        for raw in circular_files(data.raw):
            found.setdefault(raw.stem, (raw, None))
    for doc_id, parsed in data.records().items():
        found[doc_id] = (found.get(doc_id, (None, None))[0], parsed)
    return dict(sorted(found.items()))


def corpus_stamp(data: DataDir) -> str:
    """What `load_corpus(data)` would give, named without loading it: every raw file and record by name,
    size and modification time, and the parser version (a changed file or parser changes the stamp)."""
    digest = hashlib.sha256(parse.PARSER_VERSION.encode())
    for doc_id, files in sources(data).items():
        digest.update(doc_id.encode())
        for path in files:
            digest.update(_file_stamp(path).encode())
    return digest.hexdigest()


def _file_stamp(path: Path | None) -> str:
    """A file by name, size and modification time; '-' when there is none (or it went while listed)."""
    try:
        info = path.stat() if path is not None else None
    except OSError:
        info = None
    return f"|{path}:{info.st_size}:{info.st_mtime_ns}" if info else "|-"


def _in_order(job: Callable, items: list, *, workers: int | None, parallel_from: int,
              chunksize: int) -> Iterator:
    """job(item) for every item, results in the items' order; in worker processes when there are many
    (one per core unless `workers` says otherwise)."""
    workers = workers or os.cpu_count() or 1
    if len(items) < parallel_from or workers < 2:
        yield from map(job, items)
        return
    from .parse.pipeline import warm
    from .workers import executor, frozen, stop

    warm()  # every job parses: forked workers inherit the parser imported and warmed (~0.4 s of a core each)
    with executor(workers) as pool:
        try:
            with frozen():  # the workers are forked here: pool.map hands out every job at once
                results = pool.map(job, items, chunksize=chunksize)
            yield from results
        except BaseException:  # Ctrl-C, or the consumer stopped reading: no worker goes on for nobody
            stop(pool)
            raise


def _parse_safe(raw: Path) -> Document | str:
    try:
        return parse.parse_file(raw)
    except ZhifaError as exc:
        return str(exc)


def load_corpus(data: DataDir, ids: list[str] | None = None, *, progress: Progress = SILENT,
                workers: int | None = None) -> Corpus:
    """All documents of `data` (or those named by `ids`, resolved like `zhifa show`), sorted by id. A file
    that cannot be read or parsed is reported in one line (Corpus.failures) and the rest still load."""
    if ids:
        return Corpus(tuple(open_document(name, data) for name in ids))
    pairs = list(sources(data).values())
    progress.start("loading", len(pairs))
    docs, failures, stale = [], [], []
    try:
        for raw, parsed in pairs:
            try:
                doc = _fresh(raw, parsed)
            except ZhifaError as exc:
                failures.append(str(exc))
                continue
            if doc is None:
                stale.append(raw)
            else:
                docs.append(doc)
                progress.advance()
        for result in _in_order(_parse_safe, stale, workers=workers, parallel_from=LOAD_PARALLEL_FROM, chunksize=16):
            (failures if isinstance(result, str) else docs).append(result)
            progress.advance()
    finally:
        progress.stop()
    return Corpus(tuple(sorted(docs, key=lambda d: d.id)), tuple(failures), len(stale))


def _claim(path: Path, owners: dict[str, Path]) -> None:
    """Two files with one stem (shangrao.txt, shangrao.pdf) would write one record: refuse the second."""
    if path.stem in owners:
        raise ReadError(f"same id '{path.stem}' as {owners[path.stem]}; not parsed (rename one of them)",
                        path=str(path))
    owners[path.stem] = path


@dataclass(frozen=True)
class Written:
    """What `zhifa parse` says of a record it wrote: the document's row of the summary and its warnings.
    A worker sends this back, not the Document: pickling and unpickling a thousand records cost ~2.5 s of
    a core, most of it in the parent, for a table of counts."""

    id: str
    path: str  # the source path the warnings name (Document.source.path)
    region: str | None
    tasks: int
    table: int
    units: int
    deadlines: int
    targets: int
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, doc: Document) -> Written:
        return cls(doc.id, doc.source.path, doc.region, len(doc.tasks), len(doc.table),
                   sum(len(t.units) for t in doc.tasks), sum(len(t.deadlines) for t in doc.tasks),
                   sum(len(t.targets) for t in doc.tasks), tuple(doc.warnings))


def parse_files(paths: list[Path], out_dir: Path, fmt: str, *, workers: int | None = None,
                keep: bool = True) -> Iterator[tuple[Written | None, str] | str]:
    """Parse each file and write its record into `out_dir`: (what was written, record written), or the line
    that says why not (starting with INTERNAL when it is a bug of ours; a second file of one id is refused in
    its place). Results come in file order, so what is said is what parsing one file after the other says.
    Without `keep` the summary is None (`zhifa parse -q` shows none)."""
    owners: dict[str, Path] = {}
    claimed: list[Path | str] = []
    for path in paths:
        try:
            _claim(path, owners)
            claimed.append(path)
        except ZhifaError as exc:
            claimed.append(str(exc))
    work = [(path, out_dir, fmt, keep) for path in claimed if isinstance(path, Path)]
    results = _in_order(_parse_one, work, workers=workers, parallel_from=PARSE_PARALLEL_FROM, chunksize=8)
    for item in claimed:
        yield item if isinstance(item, str) else next(results)
    # past the last result: the pool ends as finished work does (shut down, its manager thread joined), not as
    # abandoned work (workers killed while the manager thread runs on, whose wake-up pipe the exit then races)
    next(results, None)


def _parse_one(job: tuple[Path, Path, str, bool]) -> tuple[Written | None, str] | str:
    """One file parsed and its record written, or the line that says why not."""
    path, out_dir, fmt, keep = job
    try:
        doc = parse.parse_file(path)
        return Written.of(doc) if keep else None, str(save(doc, out_dir, fmt))
    except ZhifaError as exc:
        return str(exc)
    except Exception as exc:  # a bug of ours: say which file, keep going with the others
        if debug():
            raise
        return f"{INTERNAL}{path}: internal error: {type(exc).__name__}: {exc} (set ZHIFA_DEBUG=1 for details)"

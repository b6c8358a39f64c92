"""files: files written whole or not at all — a run interrupted half-way leaves the old file (or none).

A run killed outright (kill -9) cannot remove its temporary file: `.NAME.XXXXXXXX.zhifa.tmp` stays behind,
hidden. The first write into a folder in a process removes those of its own making (by that name pattern)
that nobody has touched for STALE_SECONDS: a writer still busy with one keeps writing into it.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import WriteError

STALE_SECONDS = 15 * 60
SUFFIX = ".zhifa.tmp"
# tempfile.mkstemp(prefix=".NAME.", suffix=SUFFIX), and the journals SQLite keeps beside a database
_OURS = re.compile(r"\..+\.[a-z0-9_]{8}\.zhifa\.tmp(?:-journal|-wal|-shm)?")
_swept: set[str] = set()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, on any error it is removed.
    An OSError (no such folder, no permission, disk full) becomes a WriteError naming `path`."""
    fd, tmp = _temporary(path)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a new file gets the usual mode
        os.replace(tmp, path)
    except BaseException as exc:
        _discard(tmp, path, exc)
        raise


def _temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path` (its folder made when missing), open: (fd, name). The folder is made
    only when the file cannot be: writing a thousand records into one folder asks for it once."""
    try:
        made = tempfile.mkstemp(prefix=f".{path.name}.", suffix=SUFFIX, dir=path.parent)
    except OSError:  # no folder yet, or not one: make it, and say what that or the file says
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            made = tempfile.mkstemp(prefix=f".{path.name}.", suffix=SUFFIX, dir=path.parent)
        except OSError as exc:
            raise cannot_write(path, exc) from None
    sweep(path.parent)
    return made


def _discard(tmp: str, path: Path, exc: BaseException) -> None:
    """A write failed: its temporary file goes; an OSError becomes a WriteError naming `path`."""
    Path(tmp).unlink(missing_ok=True)
    if isinstance(exc, OSError):
        raise cannot_write(path, exc) from None


def sweep(folder: Path) -> int:
    """Remove the stale temporary files of killed zhifa runs from `folder` (once per folder and process);
    how many were removed. Never fails: a file that cannot be listed or removed is left."""
    key = os.path.abspath(folder)
    if key in _swept:
        return 0
    _swept.add(key)
    limit = time.time() - STALE_SECONDS
    removed = 0
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if _OURS.fullmatch(entry.name) and _older(entry, limit):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed += 1
    except OSError:
        pass
    return removed


def _older(entry: os.DirEntry, limit: float) -> bool:
    try:
        return entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < limit
    except OSError:
        return False


def cannot_write(path: Path, exc: OSError) -> WriteError:
    """`path: cannot write: No space left on device` and the like."""
    return WriteError(f"cannot write: {exc.strerror or exc}", path=str(path))


@contextlib.contextmanager
def atomic_text(path: Path, *, bom: bool = False) -> Iterator:
    """An open UTF-8 text handle whose content lands at `path` only when the block ends cleanly. The handle
    is the temporary file mkstemp opened (not opened a second time by name), given its mode before closing."""
    with _atomic(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        yield handle


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, as write_text does text (a record already encoded: its text
    need not be decoded and encoded again)."""
    with _atomic(path, "wb") as handle:
        handle.write(data)


@contextlib.contextmanager
def _atomic(path: Path, mode: str, **how) -> Iterator:
    fd, tmp = _temporary(path)
    try:
        with open(fd, mode, **how) as handle:
            yield handle
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a new file gets the usual mode
        os.replace(tmp, path)
    except BaseException as exc:
        _discard(tmp, path, exc)
        raise


def write_text(path: Path, text: str, *, bom: bool = False) -> None:
    """Write `text` (UTF-8) to `path` whole or not at all; an OSError becomes a WriteError naming `path`."""
    with atomic_text(path, bom=bom) as handle:
        handle.write(text)

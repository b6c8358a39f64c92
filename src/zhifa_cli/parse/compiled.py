"""compiled: the parser's regular expressions kept compiled between runs.

Compiling the parser's ~330 patterns is ~0.3 s of every `zhifa parse` (most of it re's charset optimiser on the
Chinese character classes), paid before any file is read, by one core while the other waits. What re compiles a
pattern to — the arguments of its last call, `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`
— depends only on the pattern, its flags and the Python that compiles it. Inside `kept()` those arguments are
taken from a file in the cache folder (one per Python build) and handed to that same call: the Pattern is equal
to the one re makes (Pattern == compares pattern, flags and code). A pattern not in the file is compiled the
usual way and the file written again, with exactly the patterns this process compiled inside kept(): a changed
pattern is a miss, never a stale hit. Anything unexpected (no cache folder, a file of another shape, code that
_sre refuses, re's insides changed) and re compiles as it always does.
"""

from __future__ import annotations

import contextlib
import marshal
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import WriteError
from ..files import atomic_path
from ..settings import cache_dir

try:
    import _sre
    from re import _compiler
except ImportError:  # another Python: compile as usual
    _sre = _compiler = None  # type: ignore[assignment]

FORMAT = 1
_known: dict[tuple[str, int], tuple] | None = None  # the file's patterns, read once per process
_used: dict[tuple[str, int], tuple] = {}  # what this process compiled inside kept(), kept or made


def path() -> Path:
    return cache_dir() / "patterns" / f"re-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{FORMAT}.marshal"


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Patterns zhifa's modules compile in this block (str patterns without re.DEBUG) are taken from the file,
    or made and written there."""
    usual = getattr(_compiler, "compile", None)
    if usual is None or not hasattr(_sre, "compile"):
        yield
        return
    known = _read()
    missed = False

    def compile(pattern, flags=0):
        nonlocal missed
        key = (pattern, int(flags))  # re hands a RegexFlag or an int
        ours = isinstance(pattern, str) and not flags & re.DEBUG and _ours(sys._getframe(1))
        args = known.get(key) if ours else None
        if args is not None:
            with contextlib.suppress(RuntimeError, TypeError, ValueError):  # code _sre would not run
                made = _sre.compile(pattern, *args)
                _used[key] = args
                return made
        made, args = _recorded(usual, pattern, flags)
        if args is not None and ours:
            _used[key] = args
            missed = True
        return made

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = usual
    if missed:
        _write(dict(_used))


def _ours(frame) -> bool:
    """Whether the pattern is compiled by zhifa's code (not by a library that builds its patterns anew in each
    process, as tokenize does from a set of prefixes): the first caller outside re."""
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").startswith("zhifa_cli")


def _recorded(usual, pattern, flags) -> tuple[re.Pattern, tuple | None]:
    """re's own compile, and the arguments after the pattern it gave _sre.compile (None if not seen)."""
    seen: list[tuple] = []

    class Recorder:
        def __getattr__(self, name):
            return getattr(_sre, name)

        @staticmethod
        def compile(*args):
            seen.append(args)
            return _sre.compile(*args)

    _compiler._sre = Recorder()
    try:
        made = usual(pattern, flags)
    finally:
        _compiler._sre = _sre
    if len(seen) != 1 or seen[0][0] is not pattern:
        return made, None
    args = _plain(seen[0][1:])
    with contextlib.suppress(ValueError):  # a value marshal cannot keep
        if marshal.loads(marshal.dumps(args)) == args:
            return made, args
    return made, None


def _plain(value):
    """The value with re's named int constants (OPCODES, a RegexFlag) as the plain ints they stand for, which
    marshal keeps and _sre reads alike."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list | tuple):
        return type(value)(map(_plain, value))
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _read() -> dict[tuple[str, int], tuple]:
    global _known
    if _known is None:
        _known = {}
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            found = marshal.loads(path().read_bytes())
            if isinstance(found, dict):
                _known = {k: v for k, v in found.items() if isinstance(k, tuple) and isinstance(v, tuple)}
    return _known


def _write(patterns: dict) -> None:
    """Keep `patterns` for the next run; without a writable cache folder nothing is kept."""
    global _known
    _known = {**(_known or {}), **patterns}
    with contextlib.suppress(OSError, WriteError, ValueError):
        target = path()
        with atomic_path(target) as tmp:
            tmp.write_bytes(marshal.dumps(patterns))

"""memo: a cache for the parser's pure readers of one paragraph or one task's text.

A folder of circulars repeats itself: a county's plan copies its city's paragraph by paragraph, and a plan writes
the same clause ('责任单位：县司法局；完成时限：长期坚持') task after task. The readers cached here depend on their
arguments alone, so what was read once serves every repeat. Each caller gets its own copy of the result (a new list,
of frozen records or of copies the reader makes): changing it changes nothing another caller gets. forget() empties
every cache made here (a benchmark timing one text again and again).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any

SIZE = 4096  # results kept per reader: a few plans' worth of paragraphs, a few MB at most
_CLEARS: list[Callable[[], None]] = []  # every cache made here, for forget()


def lru(size: int = SIZE) -> Callable:
    """functools.lru_cache for a pure reader whose result is frozen (a str, a Deadline: handed out as it is)."""

    def decorate(reader: Callable) -> Callable:
        memo = lru_cache(maxsize=size)(reader)
        _CLEARS.append(memo.cache_clear)
        return memo

    return decorate


def forget() -> None:
    """Empty every cache made here: a benchmark that parses one text over and over times a first reading each
    time, not a lookup."""
    for clear in _CLEARS:
        clear()


def cached(copy: Callable[[Any], Any] = list, size: int = SIZE) -> Callable:
    """Cache a pure reader; `copy` makes each caller's own copy of a cached result. `reader.shared(…)` hands out the
    cached result itself, to a caller that only reads it (and makes what it keeps of it anew)."""

    def decorate(reader: Callable) -> Callable:
        memo = lru(size)(reader)

        @wraps(reader)
        def read(*args: Any, **kwargs: Any) -> Any:
            return copy(memo(*args, **kwargs))

        read.cache_clear = memo.cache_clear  # type: ignore[attr-defined]
        read.shared = memo  # type: ignore[attr-defined]  # the cached result itself, for a caller that only reads it
        return read

    return decorate

"""output: where a command's result goes — a file written whole or not at all, or stdout — for the binary
formats (docx, xlsx, png) too, and the warning about characters an xlsx file cannot hold."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import UsageError
from ..files import atomic_path
from ..render import terminal


def write_binary(data: bytes, output: Path | None, what: str) -> None:
    """`data` to `output`, or to stdout when that is not a terminal (a pipe, a redirection)."""
    if output is None:
        if sys.stdout.isatty():
            raise UsageError(f"--format {what} writes a binary file: name it with -o FILE (or redirect stdout)")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with atomic_path(output) as tmp:
        tmp.write_bytes(data)
    if sys.stderr.isatty():
        terminal.error(f"wrote {output}")


def warn_replaced(path: Path, replaced: list[str]) -> None:
    """One line on stderr naming the cells (five, then a count) whose control characters became U+FFFD."""
    if not replaced:
        return
    shown = ", ".join(replaced[:5]) + (f" and {len(replaced) - 5} more" if len(replaced) > 5 else "")
    terminal.error(f"zhifa: warning: {path}: {len(replaced)} cell(s) held control characters an xlsx "
                   f"file cannot store, written as U+FFFD: {shown}")

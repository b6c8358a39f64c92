"""output: where a command's result goes — a file written whole or not at all, or stdout — for text and for
the binary formats (docx, xlsx, png), and the warning about characters an xlsx file cannot hold. Every command
writes through these two functions."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import UsageError
from ..files import atomic_path, atomic_text
from ..render import terminal


def write_text(text: str, output: Path | None) -> None:
    """`text` to `output` (whole or not at all), or to stdout (a text that is not empty ends in a newline)."""
    if output is None:
        typer.echo(text, nl=bool(text) and not text.endswith("\n"))
        return
    with atomic_text(output) as handle:
        handle.write(text)
    _wrote(output)


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
    _wrote(output)


def _wrote(output: Path) -> None:
    if sys.stderr.isatty():  # a person is watching: say where the result went
        terminal.to_stderr(f"wrote {output}")


def warn_replaced(path: Path, replaced: list[str]) -> None:
    """One line on stderr naming the cells (five, then a count) whose control characters became U+FFFD."""
    if not replaced:
        return
    shown = ", ".join(replaced[:5]) + (f" and {len(replaced) - 5} more" if len(replaced) > 5 else "")
    terminal.to_stderr(f"zhifa: warning: {path}: {len(replaced)} cell(s) held control characters an xlsx "
                   f"file cannot store, written as U+FFFD: {shown}")

"""Errors zhifa raises for users' input: each knows its file and, where it can, the line; and `warn`, for a
problem zhifa worked around (a broken record parsed again from its raw file): one line on stderr."""

from __future__ import annotations

import logging
import sys


class _Stderr(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        print(record.getMessage(), file=sys.stderr)  # sys.stderr as it is now (a test may have swapped it)


log = logging.getLogger("zhifa")  # a library user may silence or redirect it
log.addHandler(_Stderr())
log.propagate = False


def warn(message: str, *, path: str | None = None) -> None:
    """`path: warning: message` on stderr."""
    log.warning(f"{path}: warning: {message}" if path else f"warning: {message}")


class ZhifaError(Exception):
    """Base of every error caused by input; the CLI prints it as one line, never a traceback."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ReadError(ZhifaError):
    """The file cannot be read or decoded."""


class NoTasksError(ZhifaError):
    """The text decoded but no numbered task was found in it."""


class WriteError(ZhifaError):
    """A record cannot be written (disk full, no permission); the previous record is left whole."""


class UsageError(ZhifaError):
    """A command was called wrongly (unknown id, ambiguous name, bad option)."""

    exit_code = 2

"""Errors zhifa raises for users' input: each knows its file and, where it can, the line."""

from __future__ import annotations


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

"""cli: parse arguments, call the library, render, exit. Nothing else.

Exit codes (as ruff and friends): 0 clean, 1 findings or failed files, 2 usage or internal error.
"""

from __future__ import annotations

import os
import sys

from ..errors import ZhifaError
from ..render.terminal import closed_pipe_exit, error

# Importing a command module registers its commands; this order is the order of `zhifa --help`.
# isort: off
from . import parse_cmds  # noqa: F401
from . import diff_cmd  # noqa: F401
from . import check_cmd  # noqa: F401
from . import corpus_cmds  # noqa: F401
from . import corpus_align_cmds  # noqa: F401
from . import measure_cmd  # noqa: F401
# isort: on
from .app import app

__all__ = ["app", "main"]


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    stdout = sys.stdout
    try:
        app()  # typer handles usage errors (exit 2) and exits by itself
    except SystemExit as exc:
        if sys.stdout is not stdout:  # click's answer to a closed pipe: a quiet stdout, and exit 1
            closed_pipe_exit()
        _flush_or_quiet_exit()
        raise exc from None
    except BrokenPipeError:
        closed_pipe_exit()
    except ZhifaError as exc:
        error(f"zhifa: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        error("zhifa: interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug of ours, not the user's: one line, traceback on request
        if os.environ.get("ZHIFA_DEBUG"):
            raise
        where = "".join(f" {note}" for note in getattr(exc, "__notes__", ()))  # "while checking FILE"
        error(f"zhifa: internal error{where}: {type(exc).__name__}: {exc} (set ZHIFA_DEBUG=1 for details)")
        sys.exit(2)


def _flush_or_quiet_exit() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        closed_pipe_exit()

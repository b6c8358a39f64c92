"""cli: parse arguments, call the library, render, exit. Nothing else.

Exit codes (as ruff and friends): 0 clean, 1 findings or failed files, 2 usage or internal error. A user's
mistake (ZhifaError) becomes its message and code in app.LazyGroup.invoke; main() adds what only a real process
has: a closed pipe, Ctrl-C, and a bug of ours as one line.
"""

from __future__ import annotations

import atexit
import gc
import sys

from .app import app

__all__ = ["app", "main"]


def main() -> None:
    # The process ends with the command: the collector's last passes over every object at exit find nothing to
    # free that dying does not (~0.1 s of every command). atexit runs before them; objects still die with the process.
    atexit.register(gc.freeze)
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
    except KeyboardInterrupt:
        error("zhifa: interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug of ours, not the user's: one line, traceback on request
        from ..errors import ZhifaError

        if isinstance(exc, ZhifaError):  # raised outside a command (app's own options)
            error(f"zhifa: {exc}")
            sys.exit(exc.exit_code)
        from ..settings import debug

        if debug():
            raise
        where = "".join(f" {note}" for note in getattr(exc, "__notes__", ()))  # "while checking FILE"
        error(f"zhifa: internal error{where}: {type(exc).__name__}: {exc} (set ZHIFA_DEBUG=1 for details)")
        sys.exit(2)


def error(message: str) -> None:
    from ..render.terminal import to_stderr as stderr_line

    stderr_line(message)


def closed_pipe_exit() -> None:
    from ..render.terminal import closed_pipe_exit as quiet_exit

    quiet_exit()


def _flush_or_quiet_exit() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        closed_pipe_exit()

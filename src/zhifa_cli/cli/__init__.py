"""cli: parse arguments, call the library, render, exit. Nothing else.

Exit codes (as ruff and friends): 0 clean, 1 findings or failed files, 2 usage or internal error.
"""

from __future__ import annotations

import os
import sys

from ..errors import ZhifaError

# Importing a command module registers its commands; this order is the order of `zhifa --help`.
# isort: off
from . import parse_cmds  # noqa: F401
from . import diff_cmd  # noqa: F401
from . import check_cmd  # noqa: F401
from . import corpus_cmds  # noqa: F401
from . import corpus_align_cmds  # noqa: F401
# isort: on
from .app import app

__all__ = ["app", "main"]


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        app()  # typer handles usage errors (exit 2) and exits by itself
    except ZhifaError as exc:
        print(f"zhifa: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("zhifa: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # a bug of ours, not the user's: one line, traceback on request
        if os.environ.get("ZHIFA_DEBUG"):
            raise
        where = "".join(f" {note}" for note in getattr(exc, "__notes__", ()))  # "while checking FILE"
        print(f"zhifa: internal error{where}: {type(exc).__name__}: {exc} (set ZHIFA_DEBUG=1 for details)",
              file=sys.stderr)
        sys.exit(2)

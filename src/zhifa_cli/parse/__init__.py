"""parse: a circular's bytes -> Document. The public verbs are parse_file, parse_text and read_and_parse
(for `zhifa check`, which wants the text even when it holds no task); commands reach them through
documents.py, the front door that decides what to read.

Pipeline (parse/pipeline.py): read -> normalize -> lines -> outline (parts, items) -> tasks -> table -> meta.
The package itself holds only PARSER_VERSION and loads the pipeline when a verb is first asked for: its
patterns take ~0.3 s to compile, which a command that only reads fresh records (zhifa show) never pays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

PARSER_VERSION = "18"

__all__ = ["PARSER_VERSION", "Parsed", "parse_file", "parse_text", "parse_text_with_lines", "read_and_parse"]

if TYPE_CHECKING:
    from .pipeline import Parsed, parse_file, parse_text, parse_text_with_lines, read_and_parse


def __getattr__(name: str):
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""raw: what a format reader hands to the parser — the decoded text, and what the publisher says beside it.

Its own module so that every reader (read_text, read_html, read_docx, read_pdf) and the parse stages that
read PageMeta (meta, disclosure, script) depend on these two records only, never on the `read` dispatcher
that imports the readers: the imports form a tree, not a circle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PageMeta:
    """What a publisher states beside the text (a web page's 信息公开 table); parse_text prefers it."""

    doc_number: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class RawText:
    text: str
    encoding: str
    format: str = "text"
    meta: PageMeta | None = None
    warnings: tuple[str, ...] = ()  # "line N: …" problems met while reading (a cut last character …)

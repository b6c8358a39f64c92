"""segment: jieba word segmentation for the full-text index (imported only by the commands that need it).

Texts go to jieba through compare.segment.bounded, so a pathological run of digits costs linear time.
"""

from __future__ import annotations

import re
from functools import cache

from ..compare.segment import bounded, import_jieba, initialize

_WORD = re.compile(r"[\w\u3400-\u9fff]+")


@cache
def _jieba():
    jieba = import_jieba()  # slow to import and to load: only when an index is built or searched
    initialize(jieba.dt)
    return jieba


def index_terms(text: str) -> str:
    """Space-joined words and their sub-words (jieba's search mode), so 裁量 finds 裁量权 too."""
    return " ".join(w for w in bounded(_jieba().cut_for_search, text) if _WORD.fullmatch(w))


def query_terms(text: str) -> list[str]:
    """The words of a query, as the index holds them (precise mode: 裁量权基准 -> 裁量权, 基准)."""
    return [w for w in bounded(_jieba().cut, text) if _WORD.fullmatch(w)]


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression requiring every word of the query (quoted: no FTS syntax leaks in)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in query_terms(text))

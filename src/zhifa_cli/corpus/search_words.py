"""search_words: the words of the full-text index and of a search (imported only by the commands that
need them).

Texts are cut by stock jieba through compare's full_cut, in bounded pieces, so a pathological run of
digits costs linear time.
"""

from __future__ import annotations

import re

from ..compare import full_cut

_WORD = re.compile(r"[\w\u3400-\u9fff]+")


def index_terms(text: str) -> str:
    """Space-joined words and their sub-words (jieba's search mode), so 裁量 finds 裁量权 too."""
    return " ".join(w for w in full_cut(text, search=True) if _WORD.fullmatch(w))


def query_terms(text: str) -> list[str]:
    """The words of a query, as the index holds them (precise mode: 裁量权基准 -> 裁量权, 基准)."""
    return [w for w in full_cut(text) if _WORD.fullmatch(w)]


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression requiring every word of the query (quoted: no FTS syntax leaks in)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in query_terms(text))

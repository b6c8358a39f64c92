"""script: traditional characters -> simplified, only when a text is mostly traditional.

Mirror sites republish circulars in traditional script (Taiwan, Hong Kong or plain variants), some
with Taiwan wording (資訊, 最佳化, 網際網路). Characters: OpenCC `tw2s` then `hk2s` (exact round trips
of the seeds through s2t, s2tw and s2hk). Wording: not OpenCC's `tw2sp`, whose IT phrase table turns
建立 into 创建, 执行 into 运行 and 效能 into 性能 in a policy text, but a short table of unambiguous
phrases (data/taiwan_phrases.yaml), used only when the text shows Taiwan wording. A simplified text
quoting a few traditional characters is left alone; simplified circulars never import opencc.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .. import datafiles
from ..chars import HAN_CHAR
from ..errors import ReadError
from .raw import PageMeta

NAME = "traditional_to_simplified"
PHRASES = "taiwan_phrases"
# Frequent characters that exist only in traditional script: the cheap first look.
_TRADITIONAL = set("這為個們來時動國會對現實發後說種過開關學經進應與機務東長業員問題區團體當點數線從還條並結樣於"
                   "產導報級歷總決設計組織專單據讓權責執監縣鄉鎮規審確認護賴財稅費辦領質範強檢處罰層確聯網資訊畫")
_SAMPLE = 20000


_ANY_TRADITIONAL = re.compile(f"[{''.join(sorted(_TRADITIONAL))}]")


def has_traditional(text: str) -> bool:
    return _ANY_TRADITIONAL.search(text, 0, _SAMPLE) is not None


@cache
def _converters():
    try:
        import opencc
    except ImportError:
        raise ReadError("the text is in traditional script and converting it needs opencc (pip install opencc)") \
            from None
    taiwan, hong_kong = opencc.OpenCC("tw2s"), opencc.OpenCC("hk2s")

    def to_simplified(text: str) -> str:
        return hong_kong.convert(taiwan.convert(text))

    return to_simplified, opencc.OpenCC("s2t").convert


@cache
def _phrases() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    data = datafiles.load("taiwan_phrases.yaml")
    table = data["phrases"]
    markers = re.compile("|".join(map(re.escape, data["markers"])))
    return markers, re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))), table


def mostly_traditional(text: str) -> bool:
    """More characters that only traditional script has than characters that only simplified has."""
    if not has_traditional(text):
        return False
    to_simplified, to_traditional = _converters()
    chars = sorted(set(HAN_CHAR.findall(text[:_SAMPLE])))
    one_per_line = "\n".join(chars)  # no neighbours, so no phrase conversion changes a length
    simplified = to_simplified(one_per_line).split("\n")
    traditional = to_traditional(one_per_line).split("\n")
    trad = sum(1 for a, b in zip(chars, simplified, strict=False) if a != b)
    simp = sum(1 for a, b in zip(chars, traditional, strict=False) if a != b)
    return trad > simp and trad >= 5


def to_simplified(text: str) -> str:
    """Convert line by line: OpenCC keeps line breaks, and this keeps the line count certain."""
    convert = _converters()[0]
    return "\n".join(convert(line) for line in text.split("\n"))


def mainland_wording(text: str) -> str | None:
    """资讯 -> 信息, 网际网路 -> 互联网 …, when the (converted) text shows Taiwan wording; else None."""
    markers, pattern, table = _phrases()
    if not markers.search(text):
        return None
    return pattern.sub(lambda m: table[m.group(0)], text)


def simplified_meta(meta: PageMeta | None) -> PageMeta | None:
    if meta is None:
        return None
    convert = _converters()[0]
    return replace(meta, **{k: convert(v) for k in ("doc_number", "issuer", "title") if (v := getattr(meta, k))})

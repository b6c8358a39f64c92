"""chars: the character classes every stage shares — which characters are Chinese, which brackets pair.

A leaf module (it imports nothing of ours), so parse, check and compare can all stand on it without
compare importing parse. Written once here; a stage that needs one of these imports it, never spells it.
"""

from __future__ import annotations

import re

HAN = "\u4e00-\u9fff"  # regex class body: the CJK Unified Ideographs, the characters circulars are written in
CJK = f"\u3400-\u4dbf{HAN}\uf900-\ufaff"  # also Extension A and the compatibility ideographs (rare forms)
HAN_CHAR = re.compile(f"[{HAN}]")

# The brackets a circular puts clauses in (（责任单位：…） 〔…〕 【…】 […]): OPEN[i] is closed by CLOSE[i].
OPEN, CLOSE = "（(〔[【［", "）)〕]】］"

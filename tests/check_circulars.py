"""Small circulars for the zhifa check tests: one clean base, and edits that each break one rule."""

from __future__ import annotations

HEAD = """某某县人民政府办公室

某府办〔2024〕5号

某某县人民政府办公室关于印发某某县提升行政执法质量三年行动实施方案（2024—2026年）的通知

各乡镇人民政府，县直有关部门：

现将《某某县提升行政执法质量三年行动实施方案（2024—2026年）》印发给你们，请认真贯彻落实。

某某县人民政府办公室

2024年3月1日

（此件主动公开）

"""

PLAN = """某某县提升行政执法质量三年行动实施方案（2024—2026年）

一、重点任务

（一）提升行政执法人员能力素质

1. 开展全员培训。组织全县行政执法人员参加公共法律知识培训，建立培训档案。（责任单位：县司法局；完成时限：2024年12月）

2. 严格资格管理。落实行政执法人员持证上岗制度，及时清理退休人员证件。（责任单位：县司法局、县市场监管局；完成时限：2025年6月）

（二）强化行政执法监督

3. 完善监督机制。建立行政执法监督员制度，开展案卷评查和专项监督。（责任单位：县司法局；完成时限：2025年12月）

4. 保障执法经费。将行政执法工作经费纳入本级预算，配齐执法装备。（责任单位：县财政局；完成时限：长期坚持）
"""

BASE = HEAD + PLAN


def edit(old: str, new: str, text: str = BASE) -> str:
    """The base circular with one passage replaced (the passage must be there exactly once)."""
    assert text.count(old) == 1, old
    return text.replace(old, new)

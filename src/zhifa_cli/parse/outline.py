"""outline: lines -> parts (notice / plan / attachment / colophon) -> items under headings.

A circular is usually a 通知 wrapping the plan, then attachments; each part restarts its numbering,
so levels are assigned by first appearance of each marker family inside the plan only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .lines import Line

_NOTE = re.compile(r"^[（(]此件.{0,12}[）)]$")  # 附注: （此件主动公开）
_NOTICE_TITLE = re.compile(r"(?:通知|通报|决定|意见|批复|函)$")
DATE_LINE = re.compile(r"^(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月"
                       r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日$")
_ATTACHMENT = re.compile(r"^附件\s*\d*[：:]?$")
_COLOPHON = re.compile(r"^(?:抄送|抄报|分送|咨询机构|咨询电话|联系人|联系电话|联系方式)[：:]|印发$")
_ORGAN_LINE = re.compile(r"^[\u4e00-\u9fff（）]{2,30}(?:秘书科|秘书处|办公室|办公厅|文电科)$")


@dataclass
class Parts:
    notice: list[Line]
    plan: list[Line]
    attachments: list[Line]
    colophon: list[Line]


@dataclass
class Item:
    """A heading and the lines up to the next heading that is not inside it."""

    head: Line | None
    level: int
    lines: list[Line] = field(default_factory=list)
    is_task: bool = False


def _notice_end(lines: list[Line]) -> int:
    """Index of the last line of the 通知 wrapper, or -1 when the file has none."""
    head = [ln for ln in lines[:40] if ln.kind != "blank"]
    for ln in lines:
        if _NOTE.match(ln.text.strip()):
            return ln.no - 1
    titles = [ln for ln in head[:6] if _NOTICE_TITLE.search(ln.text) and "关于" in ln.text]
    if titles:
        for ln in lines[titles[0].no:]:
            if DATE_LINE.match(ln.text.strip()):
                return ln.no - 1
    return -1


def _colophon_start(lines: list[Line], end: int) -> int:
    """Index where the 版记 (抄送…, …印发) begins, or `end` when there is none."""
    for i in range(len(lines)):
        if _COLOPHON.search(lines[i].text.strip()) and lines[i].kind != "heading":
            j = i
            prev = [k for k in range(i) if lines[k].kind != "blank"]
            if prev and _ORGAN_LINE.match(lines[prev[-1]].text.strip()) and lines[i].text.endswith("印发"):
                j = prev[-1]
            return min(j, end)
    return end


def split_parts(lines: list[Line]) -> Parts:
    notice_end = _notice_end(lines)
    colophon = _colophon_start(lines, len(lines))
    attach = next((i for i in range(notice_end + 1, colophon) if _ATTACHMENT.match(lines[i].text.strip())), colophon)
    return Parts(lines[: notice_end + 1], lines[notice_end + 1: attach], lines[attach:colophon], lines[colophon:])


def family_levels(lines: list[Line]) -> dict[str, int]:
    levels: dict[str, int] = {}
    for ln in lines:
        if ln.kind == "heading" and ln.family not in levels:
            levels[ln.family] = len(levels)
    return levels


def task_family(lines: list[Line], levels: dict[str, int]) -> str | None:
    """The numbering family that carries the tasks: '1.' when present, else the most frequent deepest."""
    counts = Counter(ln.family for ln in lines if ln.kind == "heading")
    if counts.get("arabic", 0) >= 2:
        return "arabic"
    if not counts:
        return None
    return max(counts, key=lambda fam: (counts[fam] >= 2, levels[fam]))


def items(lines: list[Line]) -> tuple[list[Item], dict[str, int]]:
    """Cut the plan into items; lines under a task (body, deeper markers) stay in the task."""
    levels = family_levels(lines)
    tasks = task_family(lines, levels)
    out = [Item(None, -1)]
    for ln in lines:
        current = out[-1]
        inside_task = current.is_task and levels.get(ln.family or "", -1) > current.level
        if ln.kind == "heading" and not inside_task:
            out.append(Item(ln, levels[ln.family], [ln], is_task=ln.family == tasks))
        else:
            current.lines.append(ln)
    return out, levels

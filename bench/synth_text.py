"""Writing a synthetic circular as plain text `zhifa parse` reads: a 通知 wrapper, the plan title,
sections 一、（一）, tasks 1. 2. … numbered continuously, each with a （责任单位：…；完成时限：…） block."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

CN = "一二三四五六七八九十"
_PERIOD = re.compile(r"[（(]\s*20\d\d\s*[—–\-－]+\s*20\d\d\s*年\s*[）)]")
_YEAR = re.compile(r"(20\d\d)(?=年)")
_LOCAL = re.compile(r"(全|我|本)(市|区|县)|(?<![城都])市级|区级|县级")
_SUBORDINATE = {"市": "各县（市、区）人民政府", "县": "各乡（镇）人民政府", "区": "各镇（街道）"}
_SUBORDINATE_NAMES = ("各县（市、区）人民政府", "各乡（镇）人民政府", "各镇（街道）", "各镇（区、街道）", "县区人民政府")


@dataclass
class SynthTask:
    text: str  # starts with the title phrase, ends with 。
    section: str
    units: list[tuple[str, str]]  # (name, role)
    deadlines: list[str]  # 完成时限 field texts
    sources: list[tuple[str, str]] = field(default_factory=list)  # true links: (parent doc, parent task)


@dataclass
class SynthDoc:
    id: str
    region: str
    title: str
    date: dt.date
    period: tuple[int, int]
    tasks: list[SynthTask]
    parent: str


def level(region: str) -> str:
    return region[-1] if region[-1] in "市区县" else "市"


def localize(text: str, old_region: str | None, region: str, shift: int) -> str:
    """Another place and period: the region's name, 全市/本区 … at the child's level, years shifted."""
    lv = level(region)
    if old_region:
        text = text.replace(old_region, region)
    text = _LOCAL.sub(lambda m: (m[1] + lv) if m[1] else lv + "级", text)
    if shift:
        text = _YEAR.sub(lambda m: str(int(m[1]) + shift), text)
    return text


def localize_unit(name: str, region: str) -> str:
    lv = level(region)
    if name in _SUBORDINATE_NAMES:
        return _SUBORDINATE[lv]
    if name[:1] in "市区县" and not name.startswith(("市场", "区域", "县域")):
        return lv + name[1:]
    return localize(name, None, region, 0)


def title_for(parent_title: str, parent_region: str | None, region: str, period: tuple[int, int]) -> str:
    title = _PERIOD.sub("", parent_title)
    if parent_region and parent_region in title:
        title = title.replace(parent_region, region)
    elif not title.startswith(region):
        title = region + title
    return f"{title}（{period[0]}—{period[1]}年）"


def block(task: SynthTask) -> str:
    fields = []
    for label, role in (("牵头单位", "lead"), ("责任单位", "responsible"), ("配合单位", "support")):
        names = list(dict.fromkeys(n for n, r in task.units if r == role))
        if names:
            fields.append(f"{label}：{'、'.join(names)}")
    if task.deadlines:
        fields.append(f"完成时限：{'；'.join(dict.fromkeys(task.deadlines))}")
    return f"（{'；'.join(fields)}）" if fields else ""


def _cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def wrapper(doc: SynthDoc, number: int) -> list[str]:
    issuer = f"{doc.region}人民政府办公室"
    lv = level(doc.region)
    return [issuer, "", f"{doc.region[0]}府办发〔{doc.date.year}〕{number}号", "",
            f"{issuer}关于印发{doc.title}的通知", "",
            f"{_SUBORDINATE[lv]}，{lv}政府各部门：", "",
            f"《{doc.title}》已经{lv}政府同意，现印发给你们，请认真贯彻执行。", "",
            issuer, _cn_date(doc.date), "", "（此件公开发布）", ""]


def render(doc: SynthDoc, number: int) -> str:
    """The whole circular; task k (1-based) of doc.tasks becomes task id str(k) when parsed."""
    lv = level(doc.region)
    lines = wrapper(doc, number) + [doc.title, "",
                                    f"为进一步提升{lv}行政执法质量和效能，结合我{lv}实际，制定本方案。", "",
                                    "一、总体要求", "", f"坚持问题导向，到{doc.period[1]}年底，全{lv}行政执法质量明显提升。", "",
                                    "二、重点任务", ""]
    section, count = None, 0
    for k, task in enumerate(doc.tasks, 1):
        if task.section != section:
            section = task.section
            lines += [f"（{CN[count % 10]}）{section}", ""]
            count += 1
        lines += [f"{k}.{task.text}{block(task)}", ""]
    lines += ["三、保障措施", "", "各地各部门要高度重视，加强组织领导，确保各项任务落到实处。", ""]
    return "\n".join(lines)

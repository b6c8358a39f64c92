"""targets: the numbers a plan commits to (量化指标) -> Target records.

    '每人每年接受不少于60学时'      -> 学时 ≥ 60 学时, per 每人每年
    '覆盖率达到100%'                -> 覆盖率 ≥ 100 %
    '5个工作日内'                   -> 工作日 ≤ 5 个工作日
    '地区生产总值增长11%'           -> 地区生产总值: an increase of 11 %

A small grammar of our own, as parse/deadlines.py has for dates: each form is one row of PATTERNS with
the comparator its cue gives. A number is a target only with a cue — a comparator (不少于, 以内 …), a
change verb (增长, 下降 …), a range (5—10个工作日), 配备 (staffing), or a period before a count
(每年组织一次) — and only with a unit of measure after it. So dates (3月1日), years (2024年), 文号
(〔2024〕10号), 第3条, 5个等次 and conditions (未达到100%, 100人以上的企业) are not targets, and neither is a
number inside quotes or a title (“综合查一次”, 《…》).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from ..chars import HAN
from ..models import Target
from .memo import cached
from .numerals import cn_to_int

# (unit, characters that may not follow it: there it is the head of another word — 次性, 名单, 人员)
_UNITS = (
    ("个工作日", ""), ("工作日", ""), ("个百分点", ""), ("百分点", ""), ("个学时", ""), ("学时", ""),
    ("课时", ""), ("个小时", ""), ("小时", ""), ("个月", ""), ("分钟", ""), ("人次", ""),
    ("立方米", ""), ("平方公里", ""), ("平方米", ""), ("公里", ""), ("元", "素旦"), ("吨", ""), ("亩", ""),
    ("千瓦时", ""), ("千瓦", ""), ("%", ""), ("％", ""), ("倍", ""),
    ("次", "性数序"), ("场", "所景地馆合域"), ("轮", "训换岗值"), ("遍", ""),
    ("名", "单称录义额"), ("人", "员民才大口"), ("户", "籍口"), ("个", "人体别案性"),
    ("家", "庭长属"), ("所", "属有在以"), ("项", "目"), ("件", "事"), ("座", "谈"), ("台", "账帐"),
    ("天", "然气"), ("日", "前起后"),
)
TIME_UNITS = frozenset({"个工作日", "工作日", "个小时", "小时", "个月", "分钟", "天", "日"})
FREQUENCY_UNITS = ("次", "场", "轮", "遍", "个学时", "学时", "课时")
COUNT_UNITS = frozenset({"次", "场", "轮", "遍", "个", "项", "家", "所", "件", "座", "台", "名", "人", "户"})


SCALED_UNITS = frozenset({"立方米", "吨", "亩", "千瓦时", "千瓦", "元", "人次", "人", "户", "个", "家", "件", "台", "次"})


def _alternatives(units) -> str:
    return "(?:" + "|".join(("(?:万|亿)?" if u in SCALED_UNITS else "") + re.escape(u)
                            + (f"(?![{guard}])" if guard else "") for u, guard in units) + ")"


_UNIT = _alternatives(_UNITS)
_FREQUENCY_UNIT = _alternatives([(u, g) for u, g in _UNITS if u in FREQUENCY_UNITS])
# A number that is not the tail of another one, of a date (3月1日), of 第3条 or of 统一/唯一/之一. It opens
# with a character class (the look-behind checks the character before its first one), so the regex
# engine skips ahead to candidate characters instead of trying every position.
_CN = "一二两三四五六七八九十百"
_NUMBER = (rf"[\d{_CN}](?<![\d.．第〔年月号统唯之万{_CN}][\d{_CN}])"
           rf"(?:(?<=\d)\d*(?:\.\d+)?|(?<=[{_CN}])[{_CN}]{{0,4}})")
_ITEM = rf"{_NUMBER}\s*{_UNIT}"
_ITEMS = rf"{_ITEM}(?:[、和及与]{_ITEM})*"
_ITEM_RE = re.compile(rf"(?P<num>{_NUMBER})\s*(?P<unit>{_UNIT})")
_SUFFIX = r"(?P<suffix>及以上|以上|以下|以内|之内|内|左右)?"
_NOT_AFTER = re.compile(r"(?:未|没有|[下传表送到抵通转])$")  # 未达到100%: a condition; 下达/送达: not 达

LEVEL_OPS = {
    "≥": ("不少于", "不低于", "不小于", "不得少于", "不得低于", "至少", "最少", "最低", "达到", "提高到", "提高至",
          "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "扩大到", "扩大至"),
    "≤": ("不超过", "不高于", "不多于", "不大于", "不得超过", "不得高于", "最多", "最长", "控制在", "压减至", "压减到",
          "压缩至", "压缩到", "降至", "降到", "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "减至",
          "缩短至", "缩短到", "缩减至", "缩减到"),
    ">": ("超过", "多于", "大于"),
}
CHANGE_OPS = {
    "increase": ("增长", "增加", "提高", "提升", "上升", "扩大"),
    "decrease": ("下降", "降低", "减少", "压减", "压缩", "缩减", "缩短", "削减"),
}
_OP_COMPARATOR = {word: cmp for cmp, words in LEVEL_OPS.items() for word in words} | {"达": "≥"}
_OP_KIND = {word: kind for kind, words in CHANGE_OPS.items() for word in words}
_SUFFIX_COMPARATOR = {"及以上": "≥", "以上": "≥", "以下": "≤", "以内": "≤", "之内": "≤", "内": "≤"}

PERIODS = {"每人每年": "每人每年", "每年度": "每年", "每年": "每年", "每半年": "每半年", "每个季度": "每季度",
           "每季度": "每季度", "每个月": "每月", "每月": "每月", "每周": "每周", "每天": "每天", "每日": "每天",
           "年均": "年均", "任期内": "任期内", "每届": "每届"}


def _words(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_GAP = r"[^，。；;,：:！？!?\n\d%％（）()]{0,12}?"  # 不少于[本部门执法人员总数的]5%
_LEVEL = _words(_OP_COMPARATOR)
_CHANGE = _words(_OP_KIND)
_PERIOD = _words(PERIODS)


@dataclass(frozen=True)
class Form:
    """What a row's cue says: the comparator (None: the suffix decides), the kind, whether the
    figure needs a suffix to be a target (a bare '400个以上')."""

    comparator: str | None
    kind: str = "level"


def _level(m: re.Match) -> Form | None:
    if _NOT_AFTER.search(m.string, max(0, m.start() - 2), m.start()):
        return None
    return Form(_OP_COMPARATOR[m.group("op")])


def _change(m: re.Match) -> Form:
    return Form("=", _OP_KIND[m.group("op")])


def _equal(m: re.Match) -> Form:
    return Form("=")


def _bare(m: re.Match) -> Form:
    return Form(None)


def _range(m: re.Match) -> Form:
    change = _CHANGE_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
    return Form("range", _OP_KIND[change.group("op")] if change else "level")


# (name, pattern, what its cue says). Earlier rows win when two read the same figure.
Reader = Callable[[re.Match], Form | None]
PATTERNS: list[tuple[str, str, Reader]] = [
    ("range", rf"(?P<lo>{_NUMBER})\s*(?P<unit1>{_UNIT})?\s*(?:至|到|—|－|-|~|～)\s*(?P<items>{_ITEM})", _range),
    ("level", rf"(?P<op>{_LEVEL})(?P<gap>{_GAP})(?P<items>{_ITEMS}){_SUFFIX}", _level),
    ("reach", rf"(?P<op>达)(?P<items>{_ITEMS}){_SUFFIX}", _level),
    ("change", rf"(?P<op>{_CHANGE})(?P<gap>[约了]{{0,2}})(?P<items>{_ITEMS}){_SUFFIX}", _change),
    ("staffing", rf"(?P<op>配备)(?P<items>{_ITEMS}){_SUFFIX}", _equal),
    ("frequency", rf"(?P<op>{_PERIOD})(?P<gap>[^，。；;,：:！？!?\n]{{0,16}}?)"
                  rf"(?P<items>{_NUMBER}\s*{_FREQUENCY_UNIT}){_SUFFIX}", _equal),
    ("bound", rf"(?P<items>{_ITEMS}){_SUFFIX}(?!的)", _bare),
]
_COMPILED = [(name, re.compile(pattern), read) for name, pattern, read in PATTERNS]
_CHANGE_BEFORE = re.compile(rf"(?P<op>{_CHANGE})[约了]{{0,2}}$")
_LISTED = re.compile(rf"(?<=[，,、])(?P<items>{_ITEM})")
_SHIELDED = re.compile(r"“[^”\n]{0,200}”|「[^」\n]{0,200}」|《[^》\n]{0,200}》|\"[^\"\n]{0,200}\"")

_SENTENCE_END = "。；;！？!?\n"
_CLAUSE_END = _SENTENCE_END + "，,：:（("
_REACH = 200  # characters: how far back a sentence or clause is looked at (a period, a measure)
_MEASURE_END = r"率|比例|比重|占比|总量|总数|数量|总额|人数|人次|总值|产值|收入|指数|规模|面积|时长|数|量|额"
_MEASURE = re.compile(rf"[A-Za-z0-9{HAN}]{{0,10}}(?:{_MEASURE_END})$")
_FILLER = re.compile(rf"(?:比\d{{4}}年(?:末|底)?|比上年|较上年|同比|均|要|应当|应|必须|须|需要|需|确保|力争|争取|分别|稳定|稳步|保持|累计|合计|总计|平均|"
                     rf"逐步|全部|基本|持续|将|共|再|{_PERIOD})+$")
_BOUNDARY = re.compile(r".*(?:的|和|与|及|、|等|其中|年|事项|确保|力争|实现|推动|保持|使|让|把|对|将|要|"
                       r"全市|全省|全区|全县|全国|各级|各类|各地)")
_COUNTED = re.compile(r"[^，。；;,：:！？!?\n（()）\d]{2,30}")
_UNIT_MEASURE = {"%": "比例", "％": "比例", "百分点": "比例", "次": "次数", "场": "场次", "轮": "轮次", "遍": "遍数",
                 "名": "人数", "人": "人数", "户": "户数", "个": "个数", "家": "家数", "所": "所数", "项": "项数",
                 "件": "件数", "座": "座数", "台": "台数", "天": "天数", "日": "天数", "月": "月数", "元": "金额",
                 "倍": "倍数"}


@dataclass(frozen=True)
class _Found:
    rank: int
    core: tuple[int, int]  # the figure and its unit: two readings of one figure clash here
    target: Target


@cached()
def find_targets(text: str) -> list[Target]:
    """Every numeric target in a task's text, in order of appearance. Linear in the text: a text
    without a figure and a unit is passed over at once, and every look back is bounded."""
    if not _ITEM_RE.search(text):
        return []
    shielded = [m.span() for m in _SHIELDED.finditer(text)]
    taken: set[int] = set()  # characters of the figures read so far
    kept: list[_Found] = []
    for rank, (_name, pattern, read) in enumerate(_COMPILED):
        for m in pattern.finditer(text):
            form = read(m)
            for found in _read(text, m, form, rank) if form else []:
                if not _inside(found.core, shielded) and taken.isdisjoint(range(*found.core)):
                    kept.append(found)
                    taken.update(range(*found.core))
    kept += _listed(text, kept, shielded, taken)
    return [found.target for found in sorted(kept, key=lambda f: f.target.span)]


def _read(text: str, m: re.Match, form: Form, rank: int) -> list[_Found]:
    """The targets of one match: one per figure of '下降24%、25%以上', the suffix applying to all."""
    suffix = m.groupdict().get("suffix") or ""
    items = list(_ITEM_RE.finditer(text, m.start("items"), m.end("items")))
    if not items:
        return []
    if suffix in ("内", "之内") and items[-1].group("unit") not in TIME_UNITS:
        suffix = ""  # 3个乡镇内: a place, not a time limit
    comparator = _SUFFIX_COMPARATOR.get(suffix, form.comparator) if form.comparator in (None, "=") \
        else form.comparator
    if comparator is None or (form.comparator == "range" and not _same_unit(m)):
        return []
    measures = _measures(text, m.start(), items, m.end(), change=form.kind != "level")
    found = []
    for k, item in enumerate(items):
        start = m.start() if k == 0 else item.start()
        end = m.end() if k == len(items) - 1 else item.end()
        value = _number(item.group("num"))
        if value is None:
            continue
        low = _number(m.group("lo")) if form.comparator == "range" else None
        target = Target(measure=measures[k], text=text[start:end], comparator=comparator,
                        value=value if low is None else low, high=value if low is not None else None,
                        unit=item.group("unit"), kind=form.kind, period=_period(text, item.start()),
                        span=(start, end))
        found.append(_Found(rank, item.span(), target))
    return found


def _same_unit(m: re.Match) -> bool:
    first = m.group("unit1")
    return first is None or first == _ITEM_RE.match(m.group("items")).group("unit")


def _listed(text: str, kept: list[_Found], shielded: list[tuple[int, int]], taken: set[int]) -> list[_Found]:
    """'每年至少开展1次专项监督，1次案卷评查': a bare figure opening a clause, after a target of the same
    unit in the same sentence, is one more of it (same comparator, kind and period)."""
    found = sorted(kept, key=lambda k: k.core)
    starts = [k.core[0] for k in found]
    extra: list[_Found] = []
    for m in _LISTED.finditer(text):
        if _inside(m.span(), shielded) or not taken.isdisjoint(range(*m.span())):
            continue
        item = _ITEM_RE.match(text, m.start())
        unit, value = item.group("unit"), _number(item.group("num"))
        sentence = _start(text, m.start(), _SENTENCE_END)
        before = [k for k in found[bisect_left(starts, sentence): bisect_left(starts, m.start())]
                  if k.target.unit == unit]
        if not before or value is None:
            continue
        last = before[-1].target
        measure = _measures(text, m.start(), [item], m.end(), change=last.kind != "level")[0]
        target = last.model_copy(update={"measure": measure, "text": m.group(0),
                                         "value": value, "high": None, "span": m.span()})
        extra.append(_Found(len(_COMPILED), m.span(), target))
        taken.update(range(*m.span()))
        position = bisect_left(starts, m.start())
        found.insert(position, extra[-1])
        starts.insert(position, m.start())
    return extra


def _number(text: str) -> int | float | None:
    if text[0].isdigit():
        value = float(text)
        return int(value) if value.is_integer() else value
    return cn_to_int(text)


def _start(text: str, at: int, ends: str) -> int:
    """Where the sentence or clause holding position `at` starts, looking back at most _REACH characters."""
    floor = max(0, at - _REACH)
    return max(floor, max(text.rfind(ch, floor, at) for ch in ends) + 1)


def _period(text: str, at: int) -> str | None:
    """The last period word (每年, 每人每年 …) of the sentence before the figure."""
    found = re.findall(_PERIOD, text[_start(text, at, _SENTENCE_END):at])
    return PERIODS[found[-1]] if found else None


def _measures(text: str, at: int, items: list[re.Match], end: int, change: bool = False) -> list[str]:
    """What the figures measure: the noun ending the clause before the cue (覆盖率, 用水总量; for a change,
    whatever grows: 工业投资增长12%), each of a list before 分别 ('能耗、二氧化碳排放分别下降24%、25%');
    for a count, else, what is counted ('1次专项监督' -> 专项监督); else a name after the unit (学时,
    次数, 工作日, 比例)."""
    clause = _FILLER.sub("", text[_start(text, at, _CLAUSE_END):at].strip())
    names = [name.strip() for name in clause.split("、")]
    unit = items[0].group("unit")
    if len(items) > 1 and len(names) == len(items) and all(names) and text[:at].rstrip().endswith("分别"):
        return [_cut(name) or _tail(name) or _unit_measure(item.group("unit")) for name, item in zip(names, items, strict=False)]
    counted = _counted(text, end) if base_unit(unit) in COUNT_UNITS else None
    return [_cut(clause) or (_tail(clause) if change else None) or counted or _unit_measure(unit)] * len(items)


def _tail(name: str) -> str | None:
    name = _BOUNDARY.sub("", name)
    return name[-12:] if len(name) >= 2 else None


def _counted(text: str, at: int) -> str | None:
    """The thing counted after a count: '1次[行政执法案卷评查]', '一次对本部门…的[全员轮训]'."""
    m = _COUNTED.match(text, at)
    name = _BOUNDARY.sub("", m.group(0).replace("“", "").replace("”", "")) if m else ""
    return name[-16:] if len(name) >= 2 else None


def _cut(clause: str) -> str | None:
    """The measure noun ending a clause, from its last boundary word on: '2025年高频处罚事项裁量权细化率'
    -> 裁量权细化率."""
    m = _MEASURE.search(_BOUNDARY.sub("", clause))
    return m.group(0) if m and len(m.group(0)) >= 2 else None


def base_unit(unit: str) -> str:
    """The unit without its scale or classifier: 万个 -> 个, 个工作日 -> 工作日, 亿立方米 -> 立方米."""
    base = unit[1:] if unit[:1] in "万亿" and len(unit) > 1 else unit
    return base[1:] if base.startswith("个") and len(base) > 1 else base


def _unit_measure(unit: str) -> str:
    base = base_unit(unit)
    return _UNIT_MEASURE.get(base, base)


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Is `span` inside one of `spans` (sorted, disjoint: quotes and titles)?"""
    k = bisect_right(spans, span[0], key=lambda s: s[0]) - 1
    return k >= 0 and span[1] <= spans[k][1]

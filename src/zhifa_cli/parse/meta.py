"""meta: document metadata the text shows (title, issuer, 文号, 成文日期, region, period, basis).

Null, never invented, where the text does not show it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..models import Period, Unit
from .lines import Line
from .numerals import cn_to_int
from .outline import DATE_LINE, Parts
from .read import PageMeta

_DOC_NUMBER = r"[\u4e00-\u9fff]{1,12}[〔\[［（(【](?:19|20)\d{2}[〕\]］）)】]\s*\d{1,4}\s*号"
_DOC_NUMBER_LINE = re.compile(rf"^(?:文号[：:])?({_DOC_NUMBER})$")
_DOC_NUMBER_ANY = re.compile(_DOC_NUMBER)
_ORGAN = re.compile(r"^[\u4e00-\u9fff（）]{2,40}(?:人民政府|政府|办公室|办公厅|委员会|领导小组|局|厅|部|委|办)(?:文件)?$")
_PERIOD = re.compile(r"[（(](?P<a>(?:19|20)\d{2})\s*年?\s*[—–\-－~至到]+\s*(?P<b>(?:19|20)\d{2})\s*年[）)]")
_PLACE = r"[\u4e00-\u9fff]{1,7}?(?:自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)"
_REGION_AT_START = re.compile(rf"^(?:{_PLACE}){{1,3}}")
_NOT_PLACE = re.compile(r"提升|关于|行政|执法|印发|贯彻|推进|建设|方案|计划|工作")
_GENERIC_PREFIX = re.compile(r"^(?:市|区|县|乡|镇|省|各|全|其他|本|同级|上级|相关|有关|两|市级|区级|县级|县区|开发区|经开区|高新区)")
_UNIT_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<body>生态环境局|公安局|司法局|财政局|税务局|市场监督管理局|"
                         r"自然资源局|自然资源和规划局|住房和城乡建设局|交通运输局|应急管理局|人民政府|城市管理局)$")
_BRACKET_NUMBER = str.maketrans("[［(（【]］)）】", "〔〔〔〔〔〕〕〕〕〕")


@dataclass(frozen=True)
class Meta:
    title: str | None
    issuer: str | None
    doc_number: str | None
    date: dt.date | None
    region: str | None
    region_from: str | None
    period: Period | None
    basis: list[str]


def plan_title(parts: Parts) -> Line | None:
    """The plan's own title: its first line, when that is neither a heading nor a sentence."""
    for ln in parts.plan:
        if ln.kind == "blank":
            continue
        text = ln.text.strip()
        if ln.kind == "body" and len(text) <= 80 and not text.endswith(("。", "：", ":", "；")):
            return ln
        return None
    return None


def _notice_title(parts: Parts) -> str | None:
    for ln in parts.notice[:12]:
        m = re.search(r"[《](.+)[》]的通知$", ln.text) or re.search(r"关于印发(.+?)的通知$", ln.text)
        if m:
            return m.group(1)
    return None


def parse_date(text: str) -> dt.date | None:
    m = DATE_LINE.match(text.strip())
    if not m:
        return None
    try:
        return dt.date(*(cn_to_int(m.group(k)) or 0 for k in "ymd"))
    except ValueError:
        return None


def _date_line(parts: Parts) -> Line | None:
    return next((ln for ln in parts.notice if parse_date(ln.text)), None)


def _issuer(parts: Parts, date_line: Line | None) -> str | None:
    """The signature above the 成文日期, else the 发文机关标志 at the very top."""
    if date_line is not None:
        before = [ln for ln in parts.notice if ln.no < date_line.no and ln.kind != "blank"]
        if before and _ORGAN.match(before[-1].text.strip()):
            return before[-1].text.strip().removesuffix("文件")
    first = next((ln for ln in parts.notice if ln.kind != "blank"), None)
    if first is not None and _ORGAN.match(first.text.strip()):
        return first.text.strip().removesuffix("文件")
    return None


def _doc_number(parts: Parts) -> str | None:
    for ln in parts.notice[:20]:
        m = _DOC_NUMBER_LINE.match(ln.text.strip())
        if m:
            return normalise_number(m.group(1))
    return None


def normalise_number(number: str) -> str:
    """饶府办字[2024]10号 -> 饶府办字〔2024〕10号."""
    return re.sub(r"\s+", "", number.translate(_BRACKET_NUMBER))


def _basis(parts: Parts, title: Line | None, own: str | None) -> list[str]:
    """Document numbers cited in the notice and the plan's preamble (before its first heading)."""
    preamble: list[str] = [ln.text for ln in parts.notice]
    for ln in parts.plan:
        if ln.kind == "heading":
            break
        if title is None or ln.no != title.no:
            preamble.append(ln.text)
    found = [normalise_number(m.group(0)) for m in _DOC_NUMBER_ANY.finditer("\n".join(preamble))]
    return [n for n in dict.fromkeys(found) if n != own]


def _region_from_text(text: str) -> str | None:
    m = _REGION_AT_START.match(text)
    if not m:
        return None
    region = m.group(0)
    while region and _NOT_PLACE.search(region):  # "上饶市提升行政执法质量三年行动计划工作方案…区" is no place
        shorter = _REGION_AT_START.match(region[:-1])
        region = shorter.group(0) if shorter else ""
    return region or None


def _region_from_units(units: list[Unit]) -> tuple[str, str] | None:
    """盐都: no place in the title; a unit such as 盐都生态环境局 names it, 区司法局 gives the level."""
    places = Counter()
    example: dict[str, str] = {}
    for unit in units:
        m = _UNIT_PLACE.match(unit.name)
        if m and not _GENERIC_PREFIX.match(m.group("place")):
            places[m.group("place")] += 1
            example.setdefault(m.group("place"), unit.name)
    if not places:
        return None
    place = places.most_common(1)[0][0]
    levels = Counter(u.name[0] for u in units if u.name[:1] in "市区县")
    level = levels.most_common(1)[0][0] if levels else ""
    region = place if place.endswith(("市", "区", "县")) else place + level
    return region, f"units: {example[place]} names {place}; level {level or '?'} from units such as {level}司法局"


def _region(title: str | None, issuer: str | None, units: list[Unit]) -> tuple[str | None, str | None]:
    for source, text in (("title", title), ("issuer", issuer)):
        region = _region_from_text(text or "")
        if region:
            return region, source
    inferred = _region_from_units(units)
    return inferred if inferred else (None, None)


def _period(title: str | None) -> Period | None:
    m = _PERIOD.search(title or "")
    return Period(start=int(m.group("a")), end=int(m.group("b"))) if m else None


def read_meta(parts: Parts, units: list[Unit]) -> Meta:
    title_line = plan_title(parts)
    title = title_line.text.strip() if title_line else _notice_title(parts)
    date_line = _date_line(parts)
    issuer = _issuer(parts, date_line)
    number = _doc_number(parts)
    region, region_from = _region(title, issuer, units)
    return Meta(title=title, issuer=issuer, doc_number=number,
                date=parse_date(date_line.text) if date_line else None,
                region=region, region_from=region_from, period=_period(title),
                basis=_basis(parts, title_line, number))


def prefer_page(meta: Meta, page: PageMeta | None) -> tuple[Meta, list[str]]:
    """The publisher's 发文字号 and 成文日期 (a page's 信息公开 table) win over the text's; the text's
    title and issuer win over the page's, which only fill gaps. Disagreements are warnings."""
    if page is None:
        return meta, []
    warnings = [f"the page states {label} {theirs}, the text {ours}; the page's is kept"
                for label, ours, theirs in (("发文字号", meta.doc_number, page.doc_number), ("成文日期", meta.date, page.date))
                if ours and theirs and ours != theirs]
    update = dict(doc_number=page.doc_number or meta.doc_number, date=page.date or meta.date,
                  title=meta.title or page.title, issuer=meta.issuer or page.issuer)
    basis = [n for n in meta.basis if n != update["doc_number"]]
    return replace(meta, **update, basis=basis), warnings

"""deadlines: "2024年二季度并长期坚持" -> Deadline(kind, due, ongoing, …).

A small grammar of our own (no library handles 长期坚持, 并长期坚持 or 底前组织完成): each form is
one row of PATTERNS, with the function that turns its match into a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..chars import HAN
from ..models import Deadline
from .memo import cached, lru
from .numerals import cn_to_int

_Y = r"(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})年"
_M = r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
_M2 = r"(?P<m2>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
_D = r"(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
_Q = r"第?(?P<q>[一二三四1-4首])季度"  # '首季度' the first quarter
_H = r"(?P<h>[上下])半年"
_BY = r"(?:底|末)?(?:前|以前|之前)?"
_ONGOING = r"长期坚持|持续推进|长期推进|持续开展|持续抓好|常态化推进|常态化开展|长期|持续"


@dataclass(frozen=True)
class When:
    kind: str
    due: dt.date | None = None
    every: str | None = None
    inferred: bool = False


def _num(text: str) -> int:
    value = cn_to_int(text)
    if value is None:
        raise ValueError(text)
    return value


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _every(month: int, day: int | None = None) -> str:
    return f"--{month:02d}-{day or calendar.monthrange(2023, month)[1]:02d}"


def _date(g: dict, year: int) -> When:
    return When("by_date", dt.date(year, _num(g["m"]), _num(g["d"])))


def _month(g: dict, year: int) -> When:
    return When("by_date", _month_end(year, _num(g["m"])))


def _range(g: dict, year: int) -> When:
    return When("in_period", _month_end(int(g.get("y2") or year), _num(g["m2"])))


def _quarter_no(g: dict) -> int:
    return 1 if g["q"] == "首" else _num(g["q"])


def _quarter(g: dict, year: int) -> When:
    return When("by_date", _month_end(year, 3 * _quarter_no(g)))


def _half(g: dict, year: int) -> When:
    return When("by_date", _month_end(year, 6 if g["h"] == "上" else 12))


def _mid_year(g: dict, year: int) -> When:
    return When("by_date", _month_end(year, 6))


def _year_end(g: dict, year: int) -> When:
    return When("by_date", dt.date(year, 12, 31))


def _part_of_month(g: dict, year: int) -> When:
    """上旬 / 中旬 / 下旬: by the 10th, the 20th, the month's end."""
    month = _num(g["m"])
    day = {"上旬": 10, "中旬": 20}.get(g["x"], _month_end(year, month).day)
    return When("by_date", dt.date(year, month, day))


def _whole_year(g: dict, year: int) -> When:
    return When("in_period", dt.date(year, 12, 31))


def _to_month(g: dict, year: int) -> When:
    return When("in_period", _month_end(int(g["y2"]), _num(g["m2"])))


def _years(g: dict, year: int) -> When:
    return When("in_period", dt.date(int(g["y2"]), 12, 31))


def _every_date(g: dict, year: int) -> When:
    return When("recurring", every=_every(_num(g["m"]), _num(g["d"])))


def _every_month(g: dict, year: int) -> When:
    return When("recurring", every=_every(_num(g["m"])))


def _every_quarter(g: dict, year: int) -> When:
    return When("recurring", every=_every(3 * _quarter_no(g)))


# '到“十四五”末': the end of a five-year plan (十一五 2006–2010, …, 十四五 2021–2025, 十五五 2026–2030)
_PLAN_END = r"[“\"]?十(?P<k>[一二三四五六七八九])五[”\"]?(?:时期|期)?(?:末|期末)(?:前)?"


def _plan_end(g: dict, year: int) -> When:
    return When("by_date", dt.date(2005 + 5 * _num(g["k"]), 12, 31))


def _every_year_end(g: dict, year: int) -> When:
    return When("recurring", every="--12-31")


# (name, pattern without the year part or with it, builder, needs a year, recurring prefix)
# The year-less forms ("年底前") take the document's year and are marked inferred.
Builder = Callable[[dict, int], When]
PATTERNS: list[tuple[str, str, Builder]] = [
    ("every_date", rf"每年{_M}{_D}{_BY}", _every_date),
    ("every_month", rf"每年{_M}{_BY}", _every_month),
    ("every_quarter", rf"每年{_Q}{_BY}", _every_quarter),
    ("every_year_end", r"每年(?:底|年底|末)(?:前|以前)?", _every_year_end),
    ("date", rf"{_Y}{_M}{_D}{_BY}", _date),
    ("month_range", rf"{_Y}{_M}(?:至|到|—|-|－|~)(?:(?P<y2>\d{{4}})年)?{_M2}{_BY}", _range),
    ("month", rf"{_Y}{_M}{_BY}", _month),
    ("quarter", rf"{_Y}{_Q}{_BY}", _quarter),
    ("half", rf"{_Y}{_H}{_BY}", _half),
    ("mid_year", rf"{_Y}年中{_BY}", _mid_year),  # '2024年年中' (round BG): the middle of the year, as 上半年's end
    ("years", rf"(?P<y>\d{{4}})(?:年)?(?:至|到|—|-|－|~)(?P<y2>\d{{4}})年{_BY}", _years),
    ("to_month", rf"(?P<y>\d{{4}})(?:年)?(?:至|到|—|-|－|~)(?P<y2>\d{{4}})年{_M2}{_BY}", _to_month),
    ("part_of_month", rf"{_Y}{_M}(?P<x>上旬|中旬|下旬){_BY}", _part_of_month),
    ("whole_year", rf"{_Y}(?:全年|年度|度)内?", _whole_year),  # '2025年度内' (session 11): within the year named
    ("bare_whole_year", r"全年(?:开展|实施)?|(?:本|当)?年度内", _whole_year),  # '全年开展' (round BO): through the year, as '全年'
    ("year_end", rf"{_Y}(?:年底|底|末|年末|年内|内)?(?:前|以前)?", _year_end),  # '2024年年内' says the year twice
    ("bare_year_end", r"(?:年底|年末|年内)(?:前|以前)?", _year_end),
    ("plan_end", _PLAN_END, _plan_end),
]
_COMPILED = [(name, re.compile(pattern), build) for name, pattern, build in PATTERNS]
_ONGOING_RE = re.compile(rf"^(?:{_ONGOING})$")
_ONGOING_TAIL = re.compile(rf"^(?P<head>.+?)(?:[，,、]?并|起|，|、|/|／)?(?:{_ONGOING})$")  # "…前/长期坚持" as a table cell writes it
_ONGOING_NOTE = re.compile(rf"[（(](?P<o>{_ONGOING})[）)]$")
# words before the time itself; '自即日起至2024年9月' (a 整改时间 from now on) ends when its last point does
_LEAD = re.compile(r"^(?:自?(?:即日|印发之日|发文之日)起(?:至|到)|于|在|到|截至|截止|截止到|力争到|力争|至"
                   r"|自?(?:19|20)\d{2}年起(?=每年))")  # '2024年起每年11月底前': each year from then on


def _when(text: str, doc_year: int | None) -> When | None:
    """Parse one deadline expression that must span the whole text."""
    for _name, pattern, build in _COMPILED:
        m = pattern.fullmatch(text)
        if not m:
            continue
        groups = m.groupdict()
        year = groups.get("y")
        if year is None and build in (_year_end, _whole_year) and doc_year is None:
            return None
        try:
            when = build(groups, _num(year) if year else (doc_year or 0))
        except ValueError:
            return None
        if year is None and build in (_year_end, _whole_year):
            when = When(when.kind, when.due, when.every, inferred=True)
        return when
    return None


# '2024年9月底前完成', '…前完成并长期坚持': the verb after the date says nothing more.
# '…前完成，并长期坚持': a comma may stand before the 并.
_DONE_VERB = re.compile(r"(?<=[前底末月日年度])(?:完成|完工|办结|到位|建成|启动|开工|验收|实现)(?=[，,、]?并|$)")
# '2024.12', '2024.6.30前', '2024/6/30', '2024-06-30': a date written with dots, slashes or dashes (ISO), as
# tables and spreadsheets often do; one separator throughout.
_DOTTED = re.compile(r"^(?P<y>\d{4})(?P<sep>[.．/\-－])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?(?P<by>(?:底|末)?(?:前|以前)?)$")
# '6月底前', '12月31日前', '三季度末' in a 完成时限 field: the document's year, marked inferred.
_YEARLESS_FIELD = re.compile(rf"^(?:{_M}(?:{_D}|上旬|中旬|下旬)?|{_Q}|{_H}|年中){_BY}$")  # '年中前' (round BG)


def _spelled_out(value: str, doc_year: int | None) -> tuple[str, bool]:
    """The value in the grammar's spelling: dotted dates with 年月日, a year-less date with the document's
    year (and whether the year was inferred so)."""
    if m := _DOTTED.match(value):
        day = f"{int(m.group('d'))}日" if m.group("d") else ""
        return f"{m.group('y')}年{int(m.group('m'))}月{day}{m.group('by')}", False
    if doc_year and _YEARLESS_FIELD.match(value):
        return f"{doc_year}年{value}", True
    return value, False


# a 完成时限 value whose year is named from the page's ('明年6月底前', '今年12月底前', '次年第一季度')
_REL_YEAR = re.compile(r"^(?P<rel>今年|当年|本年|次年|下一年|明年)(?=\d|第?[一二三四]季度|[上下]半年|年?底|年末)")


@lru(8192)
def parse_field(text: str, *, doc_year: int | None = None, source: str = "field") -> Deadline:
    """A 完成时限 value, whole: '2024年6月并长期坚持' -> by_date 2024-06-30, ongoing. Cached: a Deadline is frozen,
    and the same values ('2024年12月底前', '长期坚持') come back task after task."""
    raw = text.strip().rstrip("。；;，,")
    value = _DONE_VERB.sub("", _LEAD.sub("", re.sub(r"\s+", "", raw)))
    value = _ONGOING_NOTE.sub(r"并\g<o>", value)  # '2024年12月底（长期坚持）
    value, guessed = _spelled_out(value, doc_year)
    if doc_year and (rel := _REL_YEAR.match(value)):  # '明年6月底前', '明年第一季度': the year the page counts from
        value, guessed = f"{doc_year + (rel.group('rel') in _NEXT)}年{value[rel.end():].removeprefix('年')}", True
    if _ONGOING_RE.match(value):
        return Deadline(text=raw, kind="ongoing", ongoing=True, source=source)
    ongoing = False
    tail = _ONGOING_TAIL.match(value)
    if tail and _when(tail.group("head"), doc_year):
        value, ongoing = tail.group("head"), True
    elif value.endswith("起") and _when(value[:-1], doc_year):  # '2025年1月起': from then on, as '…起长期坚持'
        value, ongoing = value[:-1], True
    when = _when(value, doc_year)
    if when is None:
        return Deadline(text=raw, kind="unknown", source=source)
    return Deadline(text=raw, kind=when.kind, due=when.due, ongoing=ongoing, every=when.every,
                    inferred=when.inferred or guessed, source=source)


def is_deadline(text: str) -> bool:
    return parse_field(text).kind != "unknown"


# In prose a date only counts as a deadline with a cue: 前/底/末 after it, or 于/到/在/截至 before.
def _plain(pattern: str) -> str:
    """The same pattern without named groups, so alternatives can share one regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Factored by how each form starts (每年 / a year / 年底前), so the scan rejects most places at once.
# '前' after a day or a month may be written '以前' / '之前' ('6月30日以前'), and a month may be cut into 旬 ('11月中旬前').
_PRE = r"(?:以|之)?前"
_TEN_DAYS = r"(?:上旬|中旬|下旬)"
_EVERY_FORMS = [rf"{_M}{_D}{_PRE}", rf"{_M}(?:底|末){_PRE}?", rf"{_M}{_PRE}", rf"{_Q}(?:末|底)?前?"]
# a month range takes the dashes a 完成时限 field takes ('2024年9月—12月开展核查')
_YEAR_FORMS = [rf"{_M}{_D}{_PRE}", rf"{_M}(?:至|到|—|-|－|~){_M2}(?:底|末)?前?", rf"{_M}(?:底|末){_PRE}?",
               rf"{_M}{_TEN_DAYS}{_PRE}?", rf"{_M}{_PRE}", rf"{_Q}(?:末|底)?前?", rf"{_H}前?", r"(?:年底|底|年末|末)前?",
               r"前", r"内", r"年内",
               # round CH: '2024年度完成地方标准清理': the year's 年度 right before the deed done is its time ('2024年度项目' none)
               r"度(?=(?:全面|全部|基本)?(?:完成|建成|实现|办结))",  # '2024年年内' says the year twice ('2024年度内新增问题' in prose qualifies a noun: none)
               # session 11: a start time the work runs from ('2024年9月起首批10所学校开放', '2025年起每年开展一次督查'), not
               # the day a rule comes into force ('自2024年8月1日起施行')
               rf"{_M}(?:{_D})?起(?!施行|执行|生效|草|步|算)", r"起(?!施行|执行|生效|草|步|算)"]  # '…起草' / '起步' no start
_PROSE = re.compile(
    r"(?P<lead>于|到|在|截至|截止|力争到|)"  # (an empty alternative, not '?': the same order, a cheaper step where none is)
    rf"(?P<expr>每年(?:{'|'.join(_plain(f) for f in _EVERY_FORMS)})"
    rf"|{_plain(_Y)}(?:{'|'.join(_plain(f) for f in _YEAR_FORMS)})"
    r"|(?<![0-9〇一二三四五六七八九半])年底前"  # '上半年底前' is the half's (_HALF_DONE)
    rf"|{_plain(_PLAN_END)})"
    r"(?P<tail>并长期坚持|并持续推进|(?<=起)(?:长期坚持|持续推进))?"
)
_PROSE_BARE_YEAR = re.compile(rf"(?:到|力争到|于){_plain(_Y)}(?!\d|[〇一二三四五六七八九十]|年|月|底|末)")
# round BQ: '…，上半年公布市级行政审批事项目录' (round BZ: or '上半年内完成' / '上半年底前公布', the half's end): a half of the year opening a part, the work done by then said right after it
# ('上半年开工率达到70%', '报送上半年工作进展' are no time limits: no part opens with them, or no deed follows; nor are
# '上半年完成3个，下半年完成5个', the year's work shared between its halves)
_HALF_DONE = (r"(?:(?<=[，。；,;])|^|(?<=力争))[上下]半年(?:内|底前|末前)?(?=(?:全面|全部|基本)?(?:完成|公布|出台|建成|制定|印发|启动|实现|建立|编制"
              r"|上线|投用|投入使用|开工(?!率)|竣工|设立|落地|前))")
_YEARLESS = re.compile(rf"(?<![年\d〇一二三四五六七八九十])({_plain(_M)}(?:{_plain(_D)}|{_TEN_DAYS})?(?:底|末)?{_PRE}"
                       rf"|{_plain(_M)}(?:底|末)|{_plain(_Q)}(?:末|底)?前|{_HALF_DONE})")
# A year named relative to the document's: 今年6月底前, 于次年1月底前, 年内 (within the document's year).
_RELATIVE = re.compile(rf"(?P<rel>今年|当年|本年|次年|下一年|明年)(?P<rest>{_plain(_M)}(?:{_plain(_D)})?(?:底|末)?前?|年?底前?)"
                       r"|(?<![\d〇一二三四五六七八九十年半])(?P<within>年度?内)")  # not '上半年内' (_HALF_DONE)  # '年度内' as '年内'
_NEXT = ("次年", "下一年", "明年")
# the year's events a time is tied to ('2025年春节前', '国庆节前'): no date, kept as written where a clause or a field says it
EVENTS = r"主?汛期?前|春节前|春耕前|春播前|秋播前|开学前|国庆节?前|入冬前|雨季前|夏收前|秋收前|元旦前|中秋节?前"
# round CA: '2025年汛期前完成水源地整治', '2025年秋季学期开学前完成…': an event of a named year in a task's prose is its
# time limit as a clause's would be ('汛期前后' is a time around it, no limit; a bare '汛期前' in prose stays unread)
_YEAR_EVENT = re.compile(rf"{_plain(_Y)}(?:春季|秋季)?(?:学期)?(?:{EVENTS})(?!后)")
# what every match of _RELATIVE holds (its year word, or 年内 / 年度内): a text with none of them, most, is not scanned
_RELATIVE_WORDS = ("今年", "当年", "本年", "次年", "下一年", "明年", "年内", "年度内")
# '年度内检查原则上不超过2次': what follows 年（度）内 caps how often the work is done (a limit, no time point)
_CAPPED = re.compile(rf"[{HAN}]{{0,8}}?(?:原则上)?(?:不超过|不得超过|不多于|最多)\s*[\d一二三四五六七八九十两]+\s*次")
# A year that opens a sentence and scopes it: '2018年，全区完成…', '2020年任务：一是…'.
_YEAR_LABEL = re.compile(r"(?P<y>(?:19|20)\d{2})年(?=[，,：:]|任务|目标)")
_SENTENCE_START = "。；;\n：:"


@cached()
def find_in_prose(text: str, *, doc_year: int | None = None) -> list[Deadline]:
    """Every deadline stated in a task's text, in order of appearance."""
    if "年" not in text and "月" not in text and "季" not in text and "五" not in text:  # every form says one ('十四五')
        return []
    found: list[tuple[int, str, Deadline]] = []  # (position, expression, deadline)
    taken: list[tuple[int, int]] = []
    for m in _PROSE.finditer(text) if "年" in text or "五" in text else ():  # every form of it says one
        expr = m.group("expr") + (m.group("tail") or "")
        found.append((m.start("expr"), m.group("expr"), parse_field(expr, doc_year=doc_year, source="prose")))
        taken.append((m.start(), m.end()))
    for m in _PROSE_BARE_YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            expr = m.group(0)
            deadline = parse_field(_LEAD.sub("", expr), doc_year=doc_year, source="prose")
            found.append((m.start(), expr, deadline.model_copy(update={"text": expr})))
    for m in _YEAR_LABEL.finditer(text):
        opens = m.start() == 0 or text[m.start() - 1] in _SENTENCE_START
        if opens and not any(a <= m.start() < b for a, b in taken):
            expr = m.group(0)
            deadline = parse_field(expr, doc_year=doc_year, source="prose")
            found.append((m.start(), expr, deadline))
            taken.append((m.start(), m.end()))
    found.extend(_relative(text, taken, doc_year))
    events = [(m.start(), m.group(0), parse_field(m.group(0), doc_year=doc_year, source="prose"))
              for m in _YEAR_EVENT.finditer(text)]
    found.sort(key=lambda item: item[0])
    found.extend(_yearless(text, found, taken, doc_year))
    return [d for pos, expr, d in sorted(found + events, key=lambda item: item[0])
            if (d.kind != "unknown" or (pos, expr, d) in events) and not _describes_the_past(text, pos + len(expr), d, doc_year)
            and not _before_qualifies(text, pos + len(expr), expr) and not _first_of(text, pos + len(expr), expr)]


_ATTRIBUTIVE = re.compile(rf"[{HAN}]{{1,4}}的")


def _describes_the_past(text: str, end: int, deadline: Deadline, doc_year: int | None) -> bool:
    """'改造2000年底前建成的老旧小区': a date years before the document's own, qualifying a noun ('…建成的'),
    says what is there and sets no time limit (the year before the document's is kept)."""
    return bool(doc_year and deadline.due and deadline.due.year < doc_year - 1 and _ATTRIBUTIVE.match(text, end))


_BEFORE_OF = re.compile(rf"[{HAN}]{{0,4}}的")


def _before_qualifies(text: str, end: int, expr: str) -> bool:
    """'巩固5月以前取得的成果', '3月之前的数据': a date with 以前/之前 qualifying a noun says what came before it,
    it sets no time limit ('6月30日以前完成验收' does)."""
    return expr.endswith(("以前", "之前")) and bool(_BEFORE_OF.match(text, end))


_COUNT_OF = re.compile(r"[两二三四五六七八九十\d]{1,3}个?(?:月|周|星期|天|日|旬|季度)")


def _first_of(text: str, end: int, expr: str) -> bool:
    """'一季度前两个月完成投资…', '3月前两周集中排查', '2024年前三季度': the 前 opens 'the first two months of it', no time limit."""
    return expr.endswith(("季度前", "月前", "年前")) and bool(_COUNT_OF.match(text, end))


def _relative(text: str, taken: list, doc_year: int | None) -> list[tuple[int, str, Deadline]]:
    """'今年6月底前', '次年1月底前', '年内': the document's year (or the next), marked inferred."""
    out = []
    for m in _RELATIVE.finditer(text) if doc_year and any(word in text for word in _RELATIVE_WORDS) else ():
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m.group("within") and _CAPPED.match(text, m.end()):
            continue  # round BO: '对同一企业年度内检查原则上不超过2次' — a cap on how often within any year, no time
        year = doc_year + (m.group("rel") in _NEXT) if m.group("rel") else doc_year
        rest = "年底前" if m.group("within") else m.group("rest")
        deadline = parse_field(f"{year}年{rest.removeprefix('年')}" if rest.startswith("年") else f"{year}年{rest}",
                               doc_year=doc_year, source="prose")
        out.append((m.start(), m.group(0), deadline.model_copy(update={"text": m.group(0), "inferred": True})))
        taken.append((m.start(), m.end()))
    return out


def _yearless(text: str, found: list, taken: list, doc_year: int | None) -> list[tuple[int, str, Deadline]]:
    """'每年1月底前和7月底前', '每年3月1日前…并在4月1日前', '一季度末前': a month without a year inherits 每年 (or
    the year) of the nearest deadline before it in the same text, else the document's year (inferred)."""
    extra = []
    for m in _YEARLESS.finditer(text) if "月" in text or "季度" in text or "半年" in text else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        if "半年" in m.group(1) and "上半年" in text and "下半年" in text:
            continue  # '上半年完成3个，下半年完成5个': the year's work shared between its halves, no time limit
        before = [expr for pos, expr, _ in found if pos < m.start()]
        prefix = re.match(rf"每年|{_plain(_Y)}", before[-1]) if before else None
        if prefix:
            deadline = parse_field(prefix.group(0) + m.group(1).removesuffix("内"), doc_year=doc_year, source="prose")
            extra.append((m.start(), m.group(1), deadline.model_copy(update={"text": m.group(1)})))
        elif doc_year:
            deadline = parse_field(f"{doc_year}年{m.group(1).removesuffix('内')}", doc_year=doc_year, source="prose")
            extra.append((m.start(), m.group(1), deadline.model_copy(update={"text": m.group(1), "inferred": True})))
    return extra

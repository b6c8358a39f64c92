"""meta: document metadata the text shows (title, issuer, 文号, 成文日期, region, period, basis).

Null, never invented, where the text does not show it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from .. import datafiles
from ..chars import HAN
from ..models import Period, Unit
from .disclosure import field_lines, normalise_number, text_meta
from .lines import Line
from .memo import lru
from .numerals import cn_to_int
from .outline import ATTACHMENT, DATE_LINE, DIGIT_DATE_LINE, SIGNED_LINE, Parts
from .outline import ORGAN as _ORGAN
from .raw import PageMeta

_DOC_NUMBER_BODY = rf"[{HAN}]{{1,12}}[〔\[［（(【](?:19|20)\d{{2}}[〕\]］）)】]\s*第?\s*\d{{1,4}}"
_DOC_NUMBER = _DOC_NUMBER_BODY + r"\s*号"
# On a line of its own a 文号 may lose its 号 ('东府办发〔2022〕7'); in running text it needs it.
# '发文字号 X〔2024〕9号' with its label (the space between them squeezed out by normalisation) is the number X….
# Any key ending in 字号 ('文件字号', '公文字号') labels one too.
# The 版头 of a report prints its 签发人 on the number's line ('青政办发〔2024〕5号　签发人：王明', GB/T 9704).
# A page may print the 文号 and its own date on one line ('北政办发〔2025〕9号　　发布日期：2025-04-03').
# '禾农发〔2024〕33号　2024-07-09　禾州市农业农村局　打印　关闭': the page's line of 文号, posting date (unlabelled), organ and
# widgets (round BI); the date is the posting one, never read as the 成文日期 from here
# (normalising drops the spaces between them: '…33号2024-07-09禾州市农业农村局打印关闭')
_PAGE_LINE_TAIL = (rf"\s*\d{{4}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?"
                   rf"(?:\s*[{HAN}（）()]{{1,28}}(?:局|委员会|委|办公室|厅|政府|中心|院))?"
                   rf"(?:\s*(?:【[^】]{{1,10}}】|\[[^\]]{{1,10}}\]|打印|关闭|收藏))*")
_DOC_NUMBER_LINE = re.compile(rf"^(?:(?:[{HAN}]{{1,3}}字号|发布文号|发文号|发文编号|文件编号|文号)\s*[：:]?)?({_DOC_NUMBER_BODY}(?:\s*号)?)"
                              rf"(?:\s*签发人\s*[：:]\s*[{HAN}·、\s]{{2,20}}"
                              rf"|\s*(?:发布|公开|更新)(?:日期|时间)\s*[：:]\s*[\d\-/.年月日:：\s]{{8,24}}|{_PAGE_LINE_TAIL})?$")
_DOC_NUMBER_ANY = re.compile(_DOC_NUMBER)
_PERIOD = re.compile(r"[（(](?P<a>(?:19|20)\d{2})\s*年?\s*[—–\-－~至到]+\s*(?P<b>(?:19|20)\d{2})\s*年[）)]")
# A development zone's full name runs past the seven characters a place's stem may hold ('白鹭湖高新技术产业开发区').
_ZONE = r"(?:国家级)?(?:高新技术产业开发区|经济技术开发区|高新技术开发区|经济开发区)"
# ... and an industrial park's ('柏溪工业园区'): a stem of its own before it, unlike the word 园区 in a title or a county's
# park ('青川县工业园区' is the county's)
_PARK = rf"[{HAN}]{{2,6}}?(?<![省市县区旗镇乡])(?:工业园区|产业园区)"
# 乡 / 镇 before 县 or 市 end no place, the name goes on: '安乡县', '禾乡县' are counties, no township + a stray 县.
# 州 ends a place unless a level follows it: '苏州市', '通州区', '全州县' are one place each, not '苏州' + a stray 市;
# a 县 or 区 that begins a word is no level ('恩施州区域…', '湘西州县域…', '黔东南州县级…', '甘孜州区县…').
_PLACE = (rf"(?:[{HAN}]{{0,6}}?{_ZONE}|{_PARK}|"
          # an autonomous area's stem names its peoples and may run long ('澜沧拉祜族佤族布朗族自治县')
          rf"[{HAN}]{{2,12}}?族自治(?:州|县|旗)|"
          rf"[{HAN}]{{1,7}}?(?:自治区|自治州|自治县|自治旗|地区|省|市|州(?!市|[县区](?![域级县区]))|盟|县|区|旗|镇(?![县市])|乡(?![县市])|苏木|街道))")
_REGION_AT_START = re.compile(rf"^(?:{_PLACE}){{1,3}}")
# Words no place name holds: where one shows, the place ended before it ('兰溪市进一步加强城市…' is 兰溪市).
_NOT_PLACE = re.compile(r"提升|关于|行政|执法|印发|贯彻|落实|推进|建设|方案|计划|工作|进一步|加强|优化|深化|全面|推动|促进|完善|"
                        r"乡镇|城乡|社区|小区|"
                        # '…市房屋市政工程': 市政 (municipal works) after a place is no 市 (round BI; '…市政府', '…市政协' are)
                        r"市政(?:工程|设施|公用|道路|管网|基础|园林|环卫|养护)|"
                        r"(?:(?<![工产]业)|(?<![^省市县区旗镇乡][工产]业))园区|景区|片区|中心城区|主城区|小城镇|乡村振兴|市场|营商|开展|实施|做好|"
                        r"聚焦|创建|打造|争创|区域|县域|区县|县区|全国|"  # '全国文明城区': no place name holds 全国
                        # '…知识产权强省建设', '教育强市': a strong-province slogan, no place
                        r"(?:产权|教育|文化|制造|交通|农业|体育|科技|人才|旅游|质量|海洋|网络|数字|工业|经济|生态|法治|健康)"
                        r"强(?:省|市|县|区)|"
                        # '全县2024年…方案': the whole county, the text speaking of itself, no place ('全州县' is one)
                        r"(?:全|本|我)(?:省|市|县|区|州|旗|盟|镇|乡)(?![县市区旗])|"
                        # an organ's words: '青川县人民政府批转县…', '青川县应急管理局　青川县财政局关于…' end the place
                        r"人民政府|政府|办公室|局|厅|转发|批转")
_GENERIC_PREFIX = re.compile(r"^(?:市|区|县|乡|镇|省|各|全|其他|本|同级|上级|相关|有关|两|市级|区级|县级|县区|开发区|经开区|高新区)")
_UNIT_PLACE = re.compile(rf"^(?P<place>[{HAN}]{{2,3}}?)(?P<body>生态环境局|公安局|司法局|财政局|税务局|市场监督管理局|"
                         r"自然资源局|自然资源和规划局|住房和城乡建设局|交通运输局|应急管理局|人民政府|城市管理局)$")


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
    warnings: tuple[str, ...] = ()


def plan_title(parts: Parts) -> Line | None:
    """The plan's own title: its first line, when that is neither a heading nor a sentence (a page's
    信息公开 block before it is passed over)."""
    fields = field_lines([ln.text for ln in parts.plan[:_HEAD_LINES]])
    for i, ln in enumerate(parts.plan):
        if not ln.says or i in fields or ATTACHMENT.match(ln.text.strip()) or _site_or_organ(ln.text) \
                or _SITE_MENU.match(ln.text) \
                or _DOC_NUMBER_LINE.match(ln.text.strip().strip("（()）")) or _FIELD_SHAPED.match(ln.text.strip()):
            continue
        text = ln.text.strip()
        if ln.kind == "body" and len(text) <= 80 and not text.endswith(("。", "：", ":", "；")):
            return ln
        return None
    return None


# A site's menu over the title, '网站首页 | 机构概况 | 政务公开 | 办事服务' (read as a row of cells): no title, and the title
# is under it (round BW)
_SITE_MENU = re.compile(r"^\s*(?:网站)?(?:首页|主页)\s*[|｜│]")


# A 信息公开 field under a key no template list holds ('文件字号：…', '所属机构：…', '签发日期：…'): its key names a
# number, a date, a body or a class. Such a line is no title, whatever its value.
_FIELD_SHAPED = re.compile(rf"^[{HAN}]{{1,5}}(?:号|日期|时间|机关|机构|单位|部门|分类|来源|名称|类别|编号|方式|范围)\s*[：:]")


# A page's own name: '某县人民政府门户网站', '金陵政策网 - 政策文件 - www.…', '汾河新闻 APP', '红网'; a plan's title
# may end in 网 too ('某县推进工业互联网', '…坚强智能电网'), so a name ending in 网 is a site's when it is short or
# says what the site carries (新闻网, 政策网, 资讯网 …).
_SITE_NAME = re.compile(r"(?:门户网站|网站|政府网|官网|政务网|APP|(?:新闻|政策|信息|资讯|法规|法律|公文|文库|日报|在线|之窗|门户)[网網])$|"
                        r"^[^\d\s]{1,6}[网網]$|www\.|https?://", re.IGNORECASE)


def _site_or_organ(text: str) -> bool:
    """A site's name, or an organ's name alone (the site of '东湖区人民政府', a 发文机关标志): no title."""
    text = text.strip()
    return bool(_SITE_NAME.search(text) or _organ(text))


def _notice_title(parts: Parts) -> str | None:
    for ln in parts.notice[:12]:
        m = re.search(r"[《](.+)[》]的通知$", ln.text) or re.search(r"关于印发(.+?)的通知$", ln.text)
        if m:
            return m.group(1)
    return None


def parse_date(text: str) -> dt.date | None:
    m = DATE_LINE.match(text.strip()) or SIGNED_LINE.match(text.strip())
    if not m:
        return _digit_date(text.strip()) or _iso_date(text.strip())
    try:
        return dt.date(*(1 if m.group(k) == "元" else cn_to_int(m.group(k)) or 0 for k in "ymd"))  # 元月: January
    except ValueError:
        return None


def _digit_date(text: str) -> dt.date | None:
    """A date printed without separators that reads one way only: '2024315' is 2024-03-15 (there is no month
    31), '20240315' likewise; '2019116' (2019-01-16 or 2019-11-06) is no date: _date_warnings flags it."""
    if not DIGIT_DATE_LINE.match(text):
        return None
    year, rest = int(text[:4]), text[4:]
    readings = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if 1 <= len(day) <= 2:
            try:
                readings.add(dt.date(year, int(month), int(day)))
            except ValueError:
                continue
    return readings.pop() if len(readings) == 1 else None


# '2024-03-15' (or 2024.3.15, 2024/3/15) on a line of its own: a 成文日期 as a site's editor retypes it. Like a
# digit date, it dates the text only under an organ's name (elsewhere it is a page's stamp).
_ISO_DATE_LINE = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<s>[-－/.．])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})$")


def _iso_date(text: str) -> dt.date | None:
    if not (m := _ISO_DATE_LINE.match(text)):
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _bare_digits(text: str) -> bool:
    """A date of digits and separators only ('2024315', '2024-03-15'), no 年月日."""
    return bool(DIGIT_DATE_LINE.match(text) or _ISO_DATE_LINE.match(text))


_HEAD_LINES = 80
# An issuing organ named at the start of a title: 'X关于印发…', 'X印发…', 'X2022年工作要点'. The organ holds no 关于 or
# 转发: '关于转发市财政局关于…', '转发省教育厅关于…' name the forwarded text's organ, not the one forwarding it.
# Bodies issuing jointly may be named in a row with 、 between them ('X县教育体育局、X县财政局关于…', round BP).
_TITLE_ORGAN = (rf"(?:(?!关于|转发|批转)[{HAN}（）]){{1,30}}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|"
                r"委员会|领导小组|办事处|管委会|档案馆|联合会|总工会|协会|红十字会|管理中心|局|厅|委|办)")
_ORGAN_PREFIX = re.compile(rf"^(?![（(])(?P<organ>{_TITLE_ORGAN}(?:、{_TITLE_ORGAN}){{0,3}})(?=关于|印发|转发|批转|\d{{4}}年)")
# '…的通知（粤府〔2021〕22号）': a title closed by its 文号. After a cited title's 》 the number is the cited one's
# ('…（2023—2025年）的通知》（岳政办发〔2023〕19号）', a preamble's line a hard wrap ends there, round BP).
_NUMBER_IN_TITLE = re.compile(rf"(?<!》)[（(]({_DOC_NUMBER})[）)]$")


def head(parts: Parts) -> list[Line]:
    """Where a circular states its own facts: the 通知 wrapper and whatever precedes the plan's first
    heading (a page's 信息公开 block, a title, a signature)."""
    lines = list(parts.notice)
    for ln in parts.plan:
        if ln.kind == "heading" or len(lines) >= _HEAD_LINES:
            break
        lines.append(ln)
    return lines[:_HEAD_LINES]


def signed_date(lines: list[Line]) -> dt.date | None:
    """The first date in these lines that dates the text (see _date_line)."""
    line = _date_line(lines)
    return parse_date(line.text) if line else None


def _date_line(lines: list[Line]) -> Line | None:
    lines = _before_cells(lines)
    if (stacked := _stacked_signature(lines)) is not None:
        return stacked
    signed = _signature_digits(lines)
    return next((ln for ln in lines if parse_date(ln.text)
                 and (ln.no in signed or not _bare_digits(ln.text.strip()))), None)


def _before_cells(lines: list[Line]) -> list[Line]:
    """The lines above a table pasted one cell a line: after its '序号' header cell, a date on a line of its own under a
    body's name is a row's 完成时间 cell under its 责任单位 cell, no signature."""
    return lines[:next((k for k, ln in enumerate(lines) if ln.text.strip() == "序号"), len(lines))]


def _stacked_signature(lines: list[Line]) -> Line | None:
    """The date on the line under an organ's name: the signature's, which dates the text over a page's bare stamp
    printed above or under the title ('2024年03月20日' / '青川县人民政府办公室 2024年03月20日'). A site's name over its
    stamp at the top of a page ('青川县人民政府' / '2024年03月20日') is such a pair too: the last one is the signature."""
    said = [ln for ln in lines if ln.says]
    signed = [ln for above, ln in zip(said, said[1:], strict=False) if DATE_LINE.match(ln.text.strip()) and _organ(above.text)]
    # A notice forwarding (转发) another may print that one whole under its own signature, with the other's signature and
    # date (round BP): the first signature under the forwarding title is the page's own.
    forwarding = next((ln.no for ln in said if _FORWARDING.search(ln.text.strip())), None)
    after = [ln for ln in signed if forwarding is not None and ln.no > forwarding]
    return after[0] if len(after) > 1 else (signed[-1] if signed else None)


def _signature_digits(lines: list[Line]) -> set[int]:
    """Lines of digits only where a signature's date stands, under an organ's name ('X办公室' / '2024315'):
    elsewhere in a page's head the same digits are a field's value or a code ('发布日期：' / '20240325'); under the
    site's name that opens a page ('青川县人民政府' / '2024-03-20'), above the title, they are its stamp."""
    said = [ln for ln in lines if ln.says]
    return {ln.no for above, ln in zip(said, said[1:], strict=False)
            if _bare_digits(ln.text.strip()) and _organ(above.text) and above is not said[0]}


def _organ(text: str) -> str | None:
    text = text.strip()
    return _joint(text.removesuffix("文件")) if _ORGAN.match(text) else None


# 两办: the party committee's office and the government's office on one line, the space between them lost
# ('中共X县委办公室X县人民政府办公室'): two organs, named apart. So are the committee and the government themselves
# ('中共X镇委员会　X镇人民政府', '中共X新区工作委员会　X新区管理委员会', '中共X街道工作委员会　X街道办事处'), when both
# name the same place; and a 纪律检查委员会 with the 监察委员会 it works as one with ('中共X县纪律检查委员会　X县监察委员会').
_JOINT = re.compile(rf"^(?P<party>中共(?P<place>[{HAN}]{{2,12}}?)(?P<discipline>纪律检查)?(?:工作)?委(?:员会)?"
                    rf"(?P<office>办公室|办公厅)?)\s*"
                    rf"(?P<government>(?P=place)(?(discipline)监察委员会|(?:人民政府|管理委员会|管委会|办事处))"
                    rf"(?(office)(?:办公室|办公厅)))$")


def _joint(organ: str) -> str:
    m = _JOINT.match(organ)
    return f"{m.group('party')}、{m.group('government')}" if m else _joint_bodies(organ)


# Bodies of one place signing together ('X省应急管理厅　X省财政厅　X省自然资源厅', the spaces between them lost): each
# name opens with the place again, so the line is cut where the place recurs.
_OPENING_PLACE = re.compile(rf"^[{HAN}]{{2,6}}?[省市县区]")
_BODY_NAME = re.compile(rf"^[{HAN}（）]{{2,30}}(?:局|厅|委|办|委员会|办公室|办公厅|人民政府|委[{HAN}]{{0,4}}部)$")  # '…县委组织部'


# A body of a vertically managed system names its national head before the place ('国家税务总局X县税务局',
# '国家金融监督管理总局X监管分局', '国家统计局X调查队', '中国人民银行X分行'): the head opens that body's name.
_HEAD = rf"(?:国家[{HAN}]{{2,8}}?总局|国家统计局|中国人民银行)"


def _joint_bodies(organ: str) -> str:
    """... and a party body opens with 中共 before its place ('中共X县委组织部　X县农业农村局'): the 中共 stays with it; a
    vertically managed body's head before its place stays with it too ('X县市场监督管理局　国家税务总局X县税务局', round BP)."""
    party = "中共" if organ.startswith("中共") else ""
    rest = organ.removeprefix(party)
    place = _OPENING_PLACE.match(re.sub(rf"^{_HEAD}", "", rest))
    if place is None:
        return organ
    level = re.escape(place.group()[-1])  # round CH: later bodies may name the level alone ('X县农业农村局　县财政局')
    starts = [m.start() for m in re.finditer(rf"{_HEAD}?{re.escape(place.group())}|(?<=[局厅委办])(?={level}[{HAN}](?![{HAN}]{{0,6}}分局))", rest)]
    if not starts or starts[0] != 0:
        return organ
    names = [rest[a:b] for a, b in zip(starts, [*starts[1:], len(rest)], strict=True)]
    if party and names:
        names[0] = party + names[0]
    bodies = (re.sub(rf"^{_HEAD}", "", n.removeprefix(party)) for n in names)
    return "、".join(names) if len(names) > 1 and all(_BODY_NAME.match(b) for b in bodies) else organ


def _stacked_joint(above: list[str], organ: str) -> str:
    """A 两办 signature on two lines ('中共X县委办公室' / 'X县人民政府办公室' over the date): both organs, named as
    when they share one line; so are three bodies signing one a line (round BP: 'X市教育局' / 'X市财政局' / 'X市人力资源和
    社会保障局' over the date), each line one body. `above` holds the lines over the organ, nearest last."""
    for k in range(min(len(above), _STACKED - 1), 0, -1):
        run = [text.strip() for text in above[-k:]]
        joined = _joint("".join([*run, organ]))
        if joined.count("、") == k and joined.split("、")[-1] == organ:
            return joined
    return organ


_STACKED = 3  # bodies signing one a line over the date, at most


_GOVERNMENT_SITE = re.compile(rf"^[{HAN}]{{2,10}}?[省市县区旗]人民政府$")


def _issuer(lines: list[Line], date_line: Line | None, titles: list[str], stated: str | None = None) -> str | None:
    """The signature above the 成文日期, else the organ a title begins with ('X关于印发…的通知') or the 发文机关
    a page's 信息公开 block states, else the 发文机关标志 at the very top, unless a breadcrumb under it shows it is the site's name.
    A block's 发布机构 is often the site's organ ('X县人民政府' publishing its 办公室's 通知): the title's wins."""
    if date_line is not None and (signed := SIGNED_LINE.match(date_line.text.strip())):
        return _in_full(_joint(signed.group("organ")), lines)
    if date_line is not None:
        before = [ln for ln in lines if ln.no < date_line.no and ln.says]
        if before and (organ := _organ(before[-1].text)):
            return _in_full(_stacked_joint([ln.text for ln in before[:-1]], organ), lines)
    titled = next((_joint(m.group("organ")) for title in titles if (m := _ORGAN_PREFIX.match(title.strip()))), None)
    first = next((ln for ln in lines if ln.says), None)
    if stated:
        return titled or stated
    if first is not None and (organ := _organ(first.text)):
        if _site_name(lines, first):
            return titled
        # a site's name over the page ('X县人民政府') names less than the title's organ ('X县人民政府办公室…'), or
        # than the bodies of its place the title names ('X县教育体育局、X县财政局关于…', round BP)
        seat = organ.removesuffix("人民政府") if _GOVERNMENT_SITE.match(organ) else organ
        return titled if titled and titled.startswith(seat) and titled != organ else organ
    return titled


_CRUMB = re.compile(r"[>＞›»]|位置[：:]")


def _site_name(lines: list[Line], first: Line) -> bool:
    """'北关街道办事处' over '您所在的位置：首页 > …': an organ's name over the site's breadcrumb is the site's name (the
    page's publisher), no signature: the page names no issuer unless its title, a block or a signature does (round BM;
    the gold of AI09, BL08 and BM09, written apart, all agree)."""
    after = next((ln for ln in lines if ln.no > first.no and ln.kind != "blank"), None)
    return after is not None and after.kind == "noise" and bool(_CRUMB.search(after.text))


def _in_full(signed: str, lines: list[Line]) -> str:
    """Session 11: a signature in SHORT form ('X市妇儿工委办') under the organ named in full at the top of the page
    ('X市人民政府妇女儿童工作委员会办公室'): the full name is the issuer's. The short form takes the full one's characters in
    order, is no start of it ('X县人民政府' under 'X县人民政府办公室' is another body) and ends otherwise (a contraction:
    '…委办' for '…委员会办公室'; 'X县教育局' under 'X县教育体育局' ends as it does and stays)."""
    first = next((ln for ln in lines if ln.says), None)
    full = _organ(first.text) if first is not None else None
    if not full or "、" in full or "、" in signed or len(full) <= len(signed) or full.startswith(signed) \
            or signed[:2] != full[:2] or signed[-2:] == full[-2:] or not _in_order(signed, full):
        return signed
    return full


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(ch in rest for ch in short)


# '滨湖新区管理委员会文件　滨新管发〔2024〕第5号': a 版头 copied onto one line, the organ's 发文机关标志 and the 文号 under it
# (round BX)
_BANNER_NUMBER = re.compile(rf"^(?P<organ>[{HAN}（）]{{2,30}}?)文件\s*({_DOC_NUMBER_BODY}(?:\s*号)?)$")


def _banner_number(text: str) -> re.Match | None:
    m = _BANNER_NUMBER.match(text)
    return m if m and _organ(m.group("organ")) else None


def _doc_number(lines: list[Line]) -> str | None:
    """A line that is only a 文号 (or a 文号 and its date, or the 发文机关标志 and its 文号), else one closing a title line:
    '…的通知（粤府〔2021〕22号）'."""
    for ln in lines:
        m = _DOC_NUMBER_LINE.match(ln.text.strip()) or _NUMBER_THEN_DATE.match(ln.text.strip())
        if m:
            return normalise_number(m.group(1))
        if m := _banner_number(ln.text.strip()):
            return normalise_number(m.group(2))
    for ln in lines:
        m = _NUMBER_IN_TITLE.search(ln.text.strip())
        if m:
            return normalise_number(m.group(1))
    if (dated := _dated_line_under_title(lines)) and (m := _NUMBER_BESIDE.search(dated.text.strip()[1:-1])):
        return normalise_number(m.group("a") or m.group("b"))  # '（2025年2月20日　青政发〔2025〕4号）'
    return None


def _basis(parts: Parts, title: Line | None, own: str | None) -> list[str]:
    """Document numbers cited in the notice and the plan's preamble (before its first heading)."""
    preamble: list[str] = [ln.text for ln in parts.notice]
    for ln in parts.plan:
        if ln.kind == "heading":
            break
        if title is None or ln.no != title.no:
            preamble.append(ln.text)
    # a hard wrap may cut a cited 文号 before its year bracket ('…（赣府发' / '〔2024〕10号）')
    text = re.sub(r"\n(?=[〔\[［（(【](?:19|20)\d{2})", "", "\n".join(preamble))
    found = [normalise_number(m.group(0)) for m in _DOC_NUMBER_ANY.finditer(text)]
    return [n for n in dict.fromkeys(found) if n != own]


# '中共桃源县委办公室 桃源县人民政府办公室印发…': a party committee after a place ends it (桃源县), as 关于 does.
_PARTY = re.compile(rf"^中共(?=[{HAN}])")
_COMMITTEE = re.compile(r"(?:省|市|县|区|州|旗|镇|乡)委")
_ORGAN_AFTER = re.compile(r"人民政府|政府|区委|人大|政协")
# Districts named by one character and 区 that are no common noun: 铜陵市郊区, 阳泉市矿区, 攀枝花市东区, a city's 新区.
_ONE_CHARACTER_DISTRICTS = "郊矿东西南北新"


def _crosses_a_word(text: str, region: str) -> bool:
    """A title word inside the place, or one it cuts at its end ('湖光县农贸市|场': 市场 is no 市)."""
    return any(m.start() < len(region) for m in _NOT_PLACE.finditer(text[: len(region) + 3]))


# What a title may open with before its place: '2024年青川县…', '2024—2026年…', '关于印发《青川县…》的通知' (a notice
# issuing a plan names the plan's place; one forwarding (转发) another's names the other's, so it is not passed over).
# round BZ: a news headline opening with its source, an organ named by its level alone, and a colon ('市发展改革委：白沙市
# 出台…', '县司法局:…'): the place comes after it
_SOURCE = rf"(?:[省市县区][{HAN}]{{1,12}}?(?:委员会|委|局|办公室|办|厅|中心)[：:]\s*)?"
_BEFORE_PLACE = re.compile(rf"^{_SOURCE}(?:关于印发|印发)?[《“]?(?:(?:19|20)\d{{2}}(?:\s*[—–\-－~至]+\s*(?:19|20)\d{{2}})?\s*年度?)?")


# A district that kept its former county's name ('梅县区', '桐县区'): 县区 after a stem of one or two characters at the
# start of a name (under its city or not) is one place, not the word 县区 ('全县区域', '各县区', '两县区').
_COUNTY_NAMED_DISTRICT = re.compile(rf"^(?:[{HAN}]{{1,6}}?市)?(?![全本我各两])[{HAN}]{{1,2}}县区(?![域级县划])")
# ... and a district so named as an area ('城区', '林区') stands for the district when an organ's name follows it whole:
# '泉阳市城区人力资源和社会保障局' is the district's bureau ('青川县林区防火…' in a title stays the county's area).
_BODY_AFTER = re.compile(rf"[{HAN}]{{2,16}}(?:局|委员会|办公室|中心)")


@lru()  # asked of the title and the issuer over and over (_region and the three readings before it)
def _region_from_text(text: str) -> str | None:
    text = _BEFORE_PLACE.sub("", _PARTY.sub("", text), count=1)
    if (district := _COUNTY_NAMED_DISTRICT.match(text)) and not _NOT_PLACE.search(district.group()[:-3]):
        return district.group()
    if (committee := _COMMITTEE.search(text)) and _REGION_AT_START.fullmatch(text[: committee.start() + 1]):
        return _region_from_text(text[: committee.start() + 1])
    m = _REGION_AT_START.match(text)
    if not m:
        return None
    region = m.group(0)
    while region and _crosses_a_word(text, region):  # "上饶市提升行政执法质量三年行动计划工作方案…区" is no place
        shorter = _REGION_AT_START.match(region[:-1])
        region = shorter.group(0) if shorter else ""
    if region.endswith(("城市", "城镇")) and _REGION_AT_START.fullmatch(region[:-2]):
        region = region[:-2]  # '青州市城市更新…': 城市 after a place is the word 'city', no place (丰城市 is one);
        # '湖滨区城镇老旧小区…': 城镇 after a place is 'towns' (古城镇 keeps its 古, so stays one)
    if re.search(rf"[{HAN}]区$", region) and not _one_character_district(region) \
            and _REGION_AT_START.fullmatch(region[:-2]) and not _ORGAN_AFTER.match(text[len(region):]) \
            and not _BODY_AFTER.fullmatch(text[len(region):]):
        region = region[:-2]  # '白岩市城区…', '青川县林区防火…', '…库区移民…': an area of the place, no district;
        # a district so named speaks as an organ ('X市城区人民政府') or is the issuer's (_issuers_place_opens_title)
    if len(region) == 2 and region[-1] in "区市镇乡":
        return None  # '2024年城区…', '…市区…', '林区', '城市', '城镇': a common noun, no place (a county may be 沛县)
    return region or None


# a development zone's generic word with no stem of its own ('开发区', '经开区', '高新区', '经济技术开发区')
_BARE_ZONE = re.compile(rf"{_ZONE}|开发区|经开区|高新区")


def _one_character_district(region: str) -> bool:
    """'铜陵市郊区', '攀枝花市东区', '青川市新区': such a district is a city's; after a county or a district the same words
    are an area of it ('青川县矿区生态修复…', '广州市天河区西区片区…')."""
    return region[-2] in _ONE_CHARACTER_DISTRICTS and region[:-2].endswith("市")


# round BQ: '城关镇人民政府' among a county's units names a town under the page's place, not the place ('城关镇县')
_TOWN = ("镇", "乡")


def _region_from_units(units: list[Unit]) -> tuple[str, str] | None:
    """盐都: no place in the title; a unit such as 盐都生态环境局 names it, 区司法局 gives the level."""
    places = Counter()
    example: dict[str, str] = {}
    for unit in units:
        m = _UNIT_PLACE.match(unit.name)
        if m and not _GENERIC_PREFIX.match(m.group("place")) and not m.group("place").endswith(_TOWN):
            places[m.group("place")] += 1
            example.setdefault(m.group("place"), unit.name)
    if not places:
        return None
    place = places.most_common(1)[0][0]
    levels = Counter(u.name[0] for u in units if u.name[:1] in "市区县")
    level = levels.most_common(1)[0][0] if levels else ""
    region = place if place.endswith(("市", "区", "县")) else place + level
    return region, f"units: {example[place]} names {place}; level {level or '?'} from units such as {level}司法局"


_SELF = {"省": r"全省|我省|本省|省委|省政府|省级|自治区", "市": r"全市|我市|本市|市委|市政府|市级",
         "区": r"全区|我区|本区|区委|区政府|区级", "县": r"全县|我县|本县|县委|县政府|县级"}
# _SELF's words in one scan (a pattern of bare words: re skips to their first characters). Counted apart, each
# level's words never overlap another's but in one place: 自治区 (省) hides the 区委 / 区政府 / 区级 (区) its 区 opens.
_SELF_ANY = re.compile("|".join(_SELF.values()))
_LEVEL_OF = {word: level for level, words in _SELF.items() for word in words.split("|")}
_HIDDEN = ("自治区委", "自治区政府", "自治区级")
_CITED = re.compile(r"《([^《》]*)》")
# The plan a notice prints is named in 《》 too ('关于印发《全市…方案》的通知', '现将《…》印发给你们'): its own title.
_PRINTED = re.compile(r"印发\s*《([^《》]*)》|《([^《》]*)》\s*(?:已经|印发)")
_BARE_PLACE = re.compile(rf"^(?P<place>[{HAN}]{{2,4}}?)(?=关于|印发)")


@cache
def provinces() -> dict[str, str]:
    return datafiles.load("provinces.yaml")


def self_level(text: str, units: list[Unit] = ()) -> str | None:
    """The level a circular speaks of itself at: 全市 / 我市 / 市政府 … and its units' 市/县/区 prefixes,
    counted; the most frequent wins. A title in 《》 names a cited document, not this one: a county's plan
    that follows 《省政府办公厅关于印发…的通知》 does not speak of itself as a province. The title the notice prints
    ('关于印发《全市…方案》的通知') is this one's own."""
    own = text
    if "《" in text:  # no title cited, none to drop
        printed = {a or b for a, b in _PRINTED.findall(text)}
        own = _CITED.sub(lambda m: m.group(0) if m.group(1) in printed else "", text)
    firsts = Counter(u.name[:1] for u in units)  # every level is one character: its units start with it
    said = Counter()
    for word, n in Counter(_SELF_ANY.findall(own)).items():
        said[_LEVEL_OF[word]] += n
    if "自治区" in own:
        said["区"] += sum(own.count(word) for word in _HIDDEN)
    counts = {level: said[level] + firsts[level] for level in _SELF}
    level, n = max(counts.items(), key=lambda kv: kv[1])
    return level if n else None


def _another_place_after(title: str, region: str) -> bool:
    """A title opening with two places joined by 、 ('临河区、东坡区同城化发展…', '松河县、柏溪县跨界河流…')."""
    at = title.find(region)
    after = title[at + len(region):] if at >= 0 else ""
    return after.startswith("、") and _region_from_text(after[1:]) is not None


def _region_from_bare_name(titles: list[str], level: str | None) -> str | None:
    """'泰州关于印发…的通知' + '结合我市实际': a place named without its level takes the text's level."""
    for title in titles:
        m = _BARE_PLACE.match(title.strip())
        if m and level in ("市", "县", "区") and not m.group("place").endswith(("省", "市", "县", "区", "州")) \
                and not _NOT_PLACE.search(m.group("place")):
            return m.group("place") + level
    return None


def _region_from_site(titles: list[str], level: str | None) -> str | None:
    """Round BZ: '云岭市人民政府网' (or its organ alone, '云岭市人民政府') over a news post '市编办：我市出台…' whose headline
    and units name no place: the site's place, when it is at the level the text speaks of itself at (a province's
    portal carrying a city's post is not)."""
    for line in titles[:3]:
        if level and _site_or_organ(line) and (region := _region_from_text(line.strip())) \
                and region.endswith(level):
            return region
    return None


def _region_from_province(text: str, level: str | None) -> str | None:
    """'广西一体化平台' in a text that speaks of 自治区 / 全省: the province by its short name."""
    if level != "省":
        return None
    counts = Counter({full: text.count(short) for short, full in provinces().items()})
    full, n = counts.most_common(1)[0]
    return full if n else None


def _region(title: str | None, issuer: str | None, units: list[Unit], titles: list[str],
            text: str) -> tuple[str | None, str | None]:
    level = self_level(text, units)
    if (full := _autonomous_in_full(title, issuer)) is not None:
        return full, "issuer: the autonomous area the title names in short"
    if (full := _zone_in_full(title, issuer)) is not None:
        return full, "issuer: the development zone the title names in short"
    if (whole := _issuers_place_opens_title(title, issuer)) is not None:
        return whole, "title"  # the title opens with it
    if (own := _issuers_own_place(title, issuer)) is not None:
        return own, "issuer: the title names a place of the plan that is not the issuer's"
    for source, candidate in (("title", title), ("issuer", issuer)):
        region = _region_from_text(candidate or "")
        if source == "title" and region and _another_place_after(candidate or "", region):
            continue  # '临河区、东坡区同城化…' names two places, neither the plan's own: the issuer's is (round BX)
        if region and region.endswith("州") and not region.endswith("自治州") and level == "市":
            return region + "市", f"{source}: a city named without 市 ('{region}'), 市 from the text's 我市/全市"
        if region:
            return region, source
    bare = _region_from_bare_name(titles, level)
    if bare:
        return bare, f"title: a place named without its level; {level} from the text's 我{level}/全{level}"
    inferred = _region_from_units(units)
    if inferred:
        return inferred
    if (site := _region_from_site(titles, level)) is not None:
        return site, f"site: the page's site names a place at the text's level ({level})"
    province = _region_from_province(text, level)
    if province:
        return province, "text: the province's short name, in a text that speaks of itself as a province"
    if (village := _VILLAGE_COMMITTEE.match(issuer or "")) is not None:
        return village.group("village"), "issuer: a village committee names its village"
    if level == "省" and (autonomous := _autonomous_region_named(text)) is not None:
        return autonomous, "text: the autonomous region named in full, in a text that speaks of itself as 自治区"
    return None, None


# session 11: '水口村民委员会' / '水口村委会' signs a village's own plan: the village is the place ('村' is no level of _PLACE,
# where it would end words such as 乡村 and 农村)
_VILLAGE_COMMITTEE = re.compile(rf"^(?P<village>[{HAN}]{{2,6}}?村)(?:民委员会|委会|村民委员会)$")
# ... and '宁川回族自治区行政执法综合管理监督平台' in a page that names neither title nor issuer but speaks of itself as 自治区
# (全区, 自治区司法厅): the autonomous region it names in full, as it is written (a sentence opens before it)
_AUTONOMOUS_REGION = re.compile(rf"(?:^|(?<=[，,。；;：:、\s“《]))(?P<name>[{HAN}]{{2,4}}?[{HAN}]{{1,5}}族自治区)")


def _autonomous_region_named(text: str) -> str | None:
    counts = Counter(m.group("name") for m in _AUTONOMOUS_REGION.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


# a development zone's short name and the full names it stands for: '云河经开区' under '云河经济技术开发区管理委员会'
_ZONE_SHORT = {"经开区": ("经济技术开发区", "经济开发区"), "高新区": ("高新技术产业开发区", "高新技术开发区")}


def _zone_in_full(title: str | None, issuer: str | None) -> str | None:
    """'云河经开区支持…若干措施' under '云河经济技术开发区管理委员会': a title names the zone by its short name, the issuer
    in full; the full name is the place (as a zone's long name is, AC07). So it is when the title names the zone by the
    bare word alone, as 全区 speaks of a district ('开发区2024年…方案' under '松江经济技术开发区管理委员会', round BJ); with no
    zone as the issuer the bare word stays the region (S11)."""
    short, full = _region_from_text(title or ""), _region_from_text(issuer or "")
    if short and full and _BARE_ZONE.fullmatch(short) and re.search(rf"{_ZONE}$", full):
        return full
    if not short or not full or len(short) < 5:
        return None
    stem, kind = short[:-3], short[-3:]
    return full if any(full == stem + long for long in _ZONE_SHORT.get(kind, ())) else None


def _autonomous_in_full(title: str | None, issuer: str | None) -> str | None:
    """'湘西州2024年…' under '湘西土家族苗族自治州人民政府办公室': a title names an autonomous prefecture, county or banner
    by its stem and level ('湘西州', '峨边县'); the issuer's full name is the place (a development zone named in
    short: _zone_in_full)."""
    short, full = _region_from_text(title or ""), _region_from_text(issuer or "")
    if not short or not full or short == full:
        return None
    if full.endswith(("自治州", "自治县", "自治旗")):
        return full if short[-1] == full[-1] and full.startswith(short[:-1]) else None
    return None


def _issuers_own_place(title: str | None, issuer: str | None) -> str | None:
    """Session 11: '关于印发《东关街道…分解表》的通知' issued by '鹤山湾市创建全国文明城市指挥部办公室': the plan is for a street
    (or a town) the issuer's name does not hold, the issuer a city's, a county's or a district's organ; the region is the
    issuer's, whose plan it is (a street's own office, '青峰区人民政府民主街道办事处', holds the title's place: the title's
    stays; a zone or a county named in the title under another issuer stays as it was read)."""
    read, whole = _region_from_text(title or ""), _region_from_text(issuer or "")
    if not read or not whole or not read.endswith(("街道", "镇", "乡")) or not whole.endswith(("市", "县", "区", "州", "旗")) \
            or read.startswith(whole) or read in (issuer or ""):
        return None  # '鹤山湾市东关街道…' names the place under the issuer's in full: the title's, as before
    return whole


def _issuers_place_opens_title(title: str | None, issuer: str | None) -> str | None:
    """'松州市东区2024年…' issued by '松州市东区人民政府办公室': the title opens with the issuer's place, so a piece the
    title reading drops as an area of the place ('东区') is the district the issuer names."""
    whole, read = _region_from_text(issuer or ""), _region_from_text(title or "")
    opening = _BEFORE_PLACE.sub("", title or "", count=1)
    return whole if whole and read and len(whole) > len(read) and opening.startswith(whole) else None


def _period(title: str | None) -> Period | None:
    m = _PERIOD.search(title or "")
    return Period(start=int(m.group("a")), end=int(m.group("b"))) if m else None


def read_meta(parts: Parts, units: list[Unit]) -> Meta:
    title_line = plan_title(parts)
    title = title_line.text.strip() if title_line else _notice_title(parts)
    lines = head(parts)
    titles = [ln.text for ln in lines if ln.says][:12]
    fields = text_meta([ln.text for ln in lines]) or PageMeta()
    date_line = _date_line(lines)
    if date_line is None and (closing := _closing_signature(parts)):
        lines, date_line = [*lines, *closing], closing[-1]
    decree = _decree(lines)
    bracketed = _signed_under_title(lines) or _organ_over_bracketed_date(lines) if date_line is None else None
    issuer = bracketed or _issuer(lines, date_line, titles, fields.issuer or (decree and decree[0]))
    number = _doc_number(lines) or fields.doc_number or (decree and decree[1])
    text = "\n".join(ln.text for ln in parts.plan)
    region, region_from = _region(None if _forwards(parts) else title, issuer, units, titles, text)
    return Meta(title=title, issuer=issuer, doc_number=number,
                date=parse_date(date_line.text) if date_line else fields.date or _date_under_title(lines)
                or _date_beside_number(lines) or _printed_on(parts),
                region=region, region_from=region_from, period=_period(title),
                basis=_basis(parts, title_line, number), warnings=tuple(_date_warnings(lines, date_line)))


# '…转发江北省…的通知', '关于转发《…》的通知': the notice passes on another organ's text, whose title (and the plan under
# it) names that organ's place; the forwarding organ's place is the region.
_FORWARDING = re.compile(r"(?:转发|批转).*(?:通知|意见|函)$")


def _forwards(parts: Parts) -> bool:
    return any(_FORWARDING.search(ln.text.strip()) for ln in parts.notice[:12] if ln.says)


def _printed_on(parts: Parts) -> dt.date | None:
    """'禾川县人民政府办公室　2024年1月5日印发': the 版记's 印发 line. Where the page shows no signature's date, no 成文日期
    field and no date under its title, the day the text was issued stands in for its 成文日期, as '（2024年3月12日印发）'
    under a title does (round BX)."""
    for ln in parts.colophon:
        text = ln.text.strip()
        if text.endswith("印发") and (day := parse_date(text.removesuffix("印发").strip())):
            return day
    return None


# A government decree (令) numbers itself instead of a 文号: '青杉市人民政府令' over '第12号' at its head, or on one line
# ('青杉市人民政府令第12号', '（市政府令第5号）' under a title, '青杉市人民政府第12号令'). The organ whose 令 it is issues it
# (round BX).
_DECREE_NUMBER = r"第\s*\d{1,4}\s*号"
_DECREE = re.compile(rf"^[（(]?(?P<organ>[{HAN}]{{2,20}}?(?:人民政府|政府|部|总局))"
                     rf"(?:令\s*(?P<number>{_DECREE_NUMBER})?|(?P<before>{_DECREE_NUMBER})令)[）)]?$")


def _decree(lines: list[Line]) -> tuple[str | None, str] | None:
    """(the issuing organ, or None where its name is a short form such as '市政府'; the 令 number as cited)."""
    said = [ln for ln in lines if ln.says]
    for ln, after in zip(said, [*said[1:], None], strict=False):  # strict fails on a head that says nothing
        if not (m := _DECREE.match(ln.text.strip())):
            continue
        organ = m.group("organ")
        issuer = organ if _organ(organ) else None
        if m.group("before"):  # '…第12号令', as printed
            return issuer, re.sub(r"\s+", "", m.group(0).strip("（()）"))
        number = m.group("number") or (after is not None and re.fullmatch(_DECREE_NUMBER, after.text.strip())
                                       and after.text.strip())
        if number:
            return issuer, re.sub(r"\s+", "", f"{organ}令{number}")
    return None


def _date_under_title(lines: list[Line]) -> dt.date | None:
    """'（2024年4月18日）' on its own line under the title, as a news agency or a gazette prints the 成文日期 of a
    document it publishes without the signature; '（2024年3月12日印发）' as a bureau's page prints it."""
    line = _dated_line_under_title(lines)
    return _bracketed_date(line.text.strip()) if line else None


# 'X政办发〔2024〕18号　　　　2024年7月2日' under the title: a page that prints no signature sets the 成文日期 on the 文号's
# line, at its right end, as a 版头 sets the 签发人
_NUMBER_THEN_DATE = re.compile(rf"^({_DOC_NUMBER})\s*(?P<date>{DATE_LINE.pattern[1:-1]})$")


def _date_beside_number(lines: list[Line]) -> dt.date | None:
    m = next((m for ln in lines if (m := _NUMBER_THEN_DATE.match(ln.text.strip()))), None)
    return parse_date(m.group("date")) if m else None


# '（2025年2月20日　青政发〔2025〕4号）': a gazette prints the 文号 beside the date, in one bracket
_NUMBER_BESIDE = re.compile(rf"^\s*(?P<a>{_DOC_NUMBER})\s*|(?<=日)\s*(?P<b>{_DOC_NUMBER})\s*$")


def _bracketed_date(text: str) -> dt.date | None:
    if text[:1] in "（(" and text[-1:] in "）)":
        return parse_date(_ISSUED.sub("", _NUMBER_BESIDE.sub("", text[1:-1])))
    return None


def _dated_line_under_title(lines: list[Line]) -> Line | None:
    return next((ln for ln in [ln for ln in lines if ln.says][1:6] if _bracketed_date(ln.text.strip())), None)


def _organ_over_bracketed_date(lines: list[Line]) -> str | None:
    """'中共X县委办公室　X县人民政府办公室' / '（2025年3月5日）' under the title: the organ over the bracketed date signs
    the text, as the one over a signature's date does."""
    line = _dated_line_under_title(lines)
    said = [ln for ln in lines if ln.says]
    above = next((a for a, b in zip(said, said[1:], strict=False) if b is line), None)
    if above is not None and "关于" not in above.text and (organ := _organ(above.text)):
        return organ
    # ... and so does the organ on its own line over a title that names no organ ('X人民防空办公室' / 'X市2025年…分解表' /
    # '（2025年1月24日印发）')
    over = next((a for a, b in zip(said, said[1:], strict=False) if b is above), None)
    return _organ(over.text) if over is not None and above is not None and not _ORGAN_PREFIX.match(above.text.strip()) \
        and "关于" not in over.text and "关于" not in above.text else None


# '（2024年3月12日印发）': the date a document was issued on, said with its verb; '（2024年4月2日县人民政府第28次常务会议
# 审议通过）': the date the meeting adopted it, as a plan or a rule the government adopts prints it under its title
_ISSUED = re.compile(r"\s*(?:印发|发布|下发)$|(?<=日)\s*[^（）()\d]{0,16}?(?:第[一二三四五六七八九十百\d]{1,4}次)?"
                     r"[^（）()\d]{0,8}?会议(?:审议|研究|讨论)?通过$")


def _signed_under_title(lines: list[Line]) -> str | None:
    """'（X县医疗保障局　2024年2月26日）' under the title: the organ and its date in one bracket, as a news agency prints
    a document it publishes without the signature; '（X办公室2024年4月8日印发）' with its verb. The organ signs the text
    (the date: _date_under_title)."""
    for ln in [ln for ln in lines if ln.says][1:6]:
        text = ln.text.strip()
        if text[:1] in "（(" and text[-1:] in "）)" and (m := SIGNED_LINE.match(_ISSUED.sub("", text[1:-1]).strip())):
            return m.group("organ")
    return None


def _closing_signature(parts: Parts) -> list[Line] | None:
    """A signature at the end (a 通知 whose own paragraphs are the work): an organ line, then its date; or
    the date alone, when the 版记 begins with it (outline._closing_signature)."""
    said = [ln for ln in [*parts.notice, *parts.plan, *parts.colophon] if ln.says]
    tail = [ln for ln in [*parts.plan, *parts.colophon] if ln.says][-12:]
    cells = _before_cells(said)  # a row's 责任单位 and 完成时间 cells of a table pasted one cell a line are no signature
    # ... unless the cells are closed by a line holding only '|' each and the organ and date come after the last one
    # (a 公示 signed under its table); without the bars the table's end cannot be told
    after = max((ln.no for ln in said if ln.text.strip() in ("|", "｜")), default=None)
    tail = [ln for ln in tail if len(cells) == len(said) or ln.no < said[len(cells)].no
            or (after is not None and ln.no > after)]
    for k, (organ, date) in enumerate(zip(tail, tail[1:], strict=False)):
        if parse_date(date.text) and _organ(organ.text) and organ is not said[0]:  # not a short page's site + stamp
            # a 两办 signing on two lines at the end (round BG), three bodies on three (round BP): all the organs
            above = tail[max(k - _STACKED + 1, 0): k]
            joined = _stacked_joint([ln.text for ln in above], organ.text.strip())
            signers = 0 if joined == organ.text.strip() else joined.count("、")  # the lines above that sign too
            return [*above[len(above) - signers:], organ, date] if signers else [organ, date]
    signed = [ln for ln in parts.colophon if ln.says][:1]  # a signature of its date only, no organ line above
    return signed if signed and parse_date(signed[0].text) else None


def _date_warnings(lines: list[Line], date_line: Line | None) -> list[str]:
    """A signature date printed without separators ('2019116') could be 2019-01-16 or 2019-11-06: flagged."""
    if date_line is not None:
        return []
    signed = _signature_digits(lines)
    return [f"line {ln.no}: the 成文日期 '{ln.text.strip()}' has no separators and can be read several ways; "
            "no date is given" for ln in lines if ln.no in signed]


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

"""lines: classify each normalised line (heading with its marker family, body, table row, blank).

The numbering families live in a table: adding one is one row here, nothing elsewhere.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from ..chars import HAN
from .memo import lru
from .numerals import CIRCLED as _CIRCLED
from .numerals import PAREN_DIGITS as _PAREN_DIGITS
from .numerals import cn_to_int
from .units import looks_like_body, split_top

_CN = "[一二三四五六七八九十]{1,3}"
_CN_BIG = "[一二三四五六七八九十百零〇]{1,5}"
# (family, pattern): group 'n' is the numeral, the match ends where the heading text starts.
FAMILIES: list[tuple[str, re.Pattern]] = [
    ("chapter", re.compile(rf"^第(?P<n>{_CN_BIG}|\d{{1,3}})[章部分编]+\s*")),
    ("article", re.compile(rf"^第(?P<n>{_CN_BIG}|\d{{1,3}})条\s*")),
    ("cn", re.compile(rf"^(?P<n>{_CN})[、，．.]\s*")),
    ("paren_cn", re.compile(rf"^[（(](?P<n>{_CN})[）)]\s*")),
    ("arabic", re.compile(r"^(?P<n>\d{1,3})(?:[.．](?!\d)|、)\s*")),
    # （1）, ⑴ in one character, and 1） with its opening half lost (a level of its own in some web copies)
    ("paren_arabic", re.compile(r"^(?:[（(](?P<n>\d{1,3})[）)]|(?P<p>[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇])|(?P<h>\d{1,2})[）)](?!\d))\s*")),
    ("circled", re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
]
# What every family's marker opens with (第, a Chinese numeral, a bracket, a digit, ⑴, ①): a line opening with
# none of them (most body lines) is no heading, and the families need not be tried one by one.
_MARKER_START = re.compile(r"[第一二三四五六七八九十（(\d⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")
# The conventional order of levels (GB/T 9704 §7.3.3): 第一章 → 一、(第一条) → （一） → 1. → （1） → ①.
# Levels come from this order, not from first appearance: a page that begins inside a plan shows a
# deeper family first (1. before （二）), and the order still holds.
RANK = {"chapter": 0, "cn": 1, "article": 1, "paren_cn": 2, "arabic": 3, "paren_arabic": 4, "circled": 5,
        # a standard's decimal numbering '2' → '2.1' → '2.1.1' (see _decimal_outline); its top is written '2.'
        # as often as '2': '2.1' sits below an arabic '2.', and so below 一、 and （一） too
        "dec1": 3, "dec2": 4, "dec3": 5, "dec4": 6,
        # an unnumbered item that names its own 责任单位 ('●…', '——…', '第一，…'): below any heading above it
        "item": 6}


@dataclass(frozen=True, init=False)
class Line:
    no: int  # 1-based line number in the source
    text: str
    kind: str  # blank | heading | body | table | noise (a web page's own lines)
    family: str | None = None
    number: int | None = None
    marker: str = ""
    rest: str = ""
    indent: int = 0  # spaces before the text (a column position in a pdftotext -layout copy)

    def __init__(self, no: int, text: str, kind: str, family: str | None = None, number: int | None = None,
                 marker: str = "", rest: str = "", indent: int = 0) -> None:
        # the fields in one step: a frozen dataclass's own __init__ sets each through object.__setattr__, twice as
        # slow, for the ~90 lines of every circular (tests/test_parse_speed_lines.py holds the two alike)
        self.__dict__.update(no=no, text=text, kind=kind, family=family, number=number, marker=marker, rest=rest,
                             indent=indent)

    def at(self, no: int) -> Line:
        """The same reading on line `no` (a copy of the fields, the number changed: no __init__ to run)."""
        line = object.__new__(Line)
        line.__dict__.update(self.__dict__, no=no)
        return line

    @property
    def says(self) -> bool:
        """Text of the circular's own: not blank, not a web page's furniture."""
        return self.kind not in ("blank", "noise")

    @property
    def numeral(self) -> str:
        return self.marker.strip("（）()、，．. ")


def _numeral_value(family: str, numeral: str) -> int | None:
    if family == "circled":
        return _CIRCLED.index(numeral) + 1
    if numeral in _PAREN_DIGITS:  # ⑴ is （1） in one character
        return _PAREN_DIGITS.index(numeral) + 1
    return cn_to_int(numeral)


# A breadcrumb that starts anywhere ('某区人民政府 > 政务公开 > …', '网站首页>>信息公开>>…'): section names, no
# clause punctuation, and a site's word in it (首页, 公开, 正文, 新闻 …, '某市人民政府 >'); a plan's flow '申请 > 受理 > 登簿' or
# '立项用地规划许可 > 工程建设许可 > …' has none and stays the plan's.
_CRUMB_SEGMENT = r"[^>＞›»。；，、,;]{1,24}"
_CRUMB_WORD = r"首页|主页|位置|公开|正文|动态|要闻|新闻|公告|目录|专题|专栏|栏目|频道|资讯|门户|网站|人民政府\s*[>＞›»]"
_CRUMB_COLUMN = (r"(?:通知公告|公示公告|政务公开|信息公开|政府信息公开|政策文件|政府文件|部门文件|规范性文件|"
                 r"政策法规|工作动态|部门动态|政务动态|文件资料|法定主动公开内容)")
_BREADCRUMB = (rf"(?![（(\d一二三四五六七八九十])(?=[^，、,;]*?(?:{_CRUMB_WORD}))"
               rf"{_CRUMB_SEGMENT}(?:\s*[>＞›»]{{1,2}}\s*{_CRUMB_SEGMENT}){{2,}}"
               # two parts only when the last is a site's column ('某市农业农村局 > 通知公告'): '申请 > 受理' is none
               rf"|(?![（(\d一二三四五六七八九十]){_CRUMB_SEGMENT}\s*[>＞›»]{{1,2}}\s*{_CRUMB_COLUMN}")
# More of the same, seen on mirrors, news apps and document-sharing sites: a breadcrumb, '您现在的位置：', a run of
# 【打印】【关闭】 buttons, '作者：'/'编辑：' bylines, an image's credit ('▲图片来源：某某司法', round BS), '阅读 2.3万', a list heading ('相关阅读', '文档介绍'), an
# upload's facts ('下载积分：8'), a dated link '· 标题 2024-01-30' (a title: no label, no time limit; the plan's
# '· 完成时限：2024-06-30' is a clause).
_MORE_FURNITURE = (_BREADCRUMB + r"|您(?:现在|所在)的位置[：:].*|"
                   r"【(?:打印|关闭|字体|字号|大\s*中\s*小|收藏|分享)[^】]{0,10}】.*|(?:作者|编辑|文章来源|稿件来源)[：:].*|"
                   r"阅读\s*[\d.]+万?(?:\s.*)?|[▲△]?\s*(?:图片来源|图片来自|图源|摄影)[：:].*|相关阅读|相关文章|相关链接|相关推荐|推荐阅读|热门文章|热门政策|文档介绍|"
                   r"(?:下载积分|上传者|上传时间)[：:].*|[·•]\s*(?![^。；]*(?:时限|截止|期限|完成时间))[^。；：:]{2,60}?\s*(?:19|20)\d{2}-\d{2}-\d{2}")
# A site's switches alone on a line: '繁體 | 简体', '简体版 / 繁體版 / 无障碍', '繁体 | 简体 | 長者模式' (round BS: a news mirror's
# switch line was taken for the title of a plan that had no notice). Spelled in either script: a mostly simplified page
# keeps its '繁體'.
_SWITCH = r"(?:[繁简簡][体體](?:中文)?版?|[无無]障[碍礙]|[长長]者模式|[关關]怀版|[关關]懷版|English|手机版|手機版)"
_SWITCHES = rf"{_SWITCH}(?:\s*[|｜/／·]?\s*{_SWITCH})+"
# Lines a web page or a document-sharing site adds around a circular: never part of a task. A copy of a stamped paper
# prints a word where the seal sits ('（盖章）' between the signing organ and its date, round BP): no text either.
_SEAL = r"[（(](?:加盖|单位)?(?:盖章|印章|公章|签章|章)[）)]"
PAGE_FURNITURE = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*[KkMm][Bb]|\d+\s*页|\d+\+|VIP.{0,10}|海报|侵权投诉|举报|收藏|打印本页|关闭窗口|返回顶部|"
    r"【?(?:打印|关闭|下载)】?|(?:分享到|扫一扫|用手机扫描|字体|字号|浏览次数|阅读次数|点击数|点击量|上一篇|下一篇|"
    r"责任编辑|发布时间|更新时间|信息来源|来源|您当前的位置|当前位置)[：:].*|首页\s*[>＞›].*|" + _SEAL + "|" + _SWITCHES + "|"
    + _MORE_FURNITURE + r")$")
# UTF-8 read as GBK ('锛' for '，', '銆' for '、'/'。', '鈥' for quotes) or as Latin-1 ('ï¼', 'ã€').
_MOJIBAKE = re.compile(r"锛.|銆.|鈥.|ï¼|ã€|â€")


# The characters every garble above opens with: a text holding none of them (nearly every text) has no garbled line,
# found by six quick scans of the text instead of a pattern run over each of its lines.
_MOJIBAKE_OPENERS = "锛銆鈥ïãâ"


def mojibake_warnings(lines: list[Line]) -> list[str]:
    """Lines garbled by a wrong decoding: said, since a numbering marker there may be lost."""
    joined = "\n".join(ln.text for ln in lines)
    if not any(ch in joined for ch in _MOJIBAKE_OPENERS):
        return []
    bad = [ln.no for ln in lines if len(_MOJIBAKE.findall(ln.text)) >= 2]
    if not bad:
        return []
    shown = ", ".join(map(str, bad[:5])) + (" …" if len(bad) > 5 else "")
    return [f"line {bad[0]}: {len(bad)} line(s) look garbled by a wrong text encoding (lines {shown}); "
            "numbering markers or units there may be lost"]


# A decorative bullet before a heading's marker ('★一、…', '●1.…'): the marker is what numbers the line.
# An emoji or a block bar set before it as a WeChat article does ('🔸（一）…', '📌一、…', '👉1.…', '▍一、…') is one too
# (round BS).
_BULLETS = "★☆●■□◆◇▲△▶►•"
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2580-\u259F"
_BULLET = re.compile(rf"^(?:[{_BULLETS}]|(?:[{_EMOJI}][\ufe0f\u200d]?)+)\s*")
_EMOJI_OPENS = re.compile(f"[{_EMOJI}]")


def _unbullet(stripped: str) -> str:
    if stripped[:1] not in _BULLETS and not _EMOJI_OPENS.match(stripped):
        return stripped  # no bullet opens the line (most lines): no pattern to run
    rest = _BULLET.sub("", stripped, count=1)
    if rest != stripped and any(pattern.match(rest) for _, pattern in FAMILIES):
        return rest
    return stripped


def classify(no: int, text: str) -> Line:
    """The line's kind (and its marker when it is a heading): a reading of its text alone, cached by the text (a
    folder of plans repeats its lines: ~1 in 4 is new), given the line's number here."""
    return _classified(text).at(no)


@lru(8192)
def _classified(text: str) -> Line:
    return _classify(0, text)


def _classify(no: int, text: str) -> Line:
    stripped = _unbullet(text.strip())
    if not stripped:
        return Line(no, text, "blank")
    if PAGE_FURNITURE.match(stripped):
        return Line(no, stripped, "noise")
    if ("\t" in text or text.count("|") >= 2) and sum(1 for cell in re.split(r"[\t|]", text) if cell.strip()) >= 2:
        return Line(no, text, "table")  # a row of cells: tab-separated, or between pipes
    for family, pattern in FAMILIES if _MARKER_START.match(stripped) else ():
        m = pattern.match(stripped)
        if m:
            number = _numeral_value(family, m.group("n") or m.groupdict().get("p") or m.groupdict().get("h"))
            if number is not None and number > 0:  # 第301条 and row 812 are real numbers too
                marker = stripped[: m.end()].strip()
                return Line(no, stripped, "heading", family, number, marker, stripped[m.end():].strip())
    return Line(no, stripped, "body", indent=len(text) - len(text.lstrip(" ")))


def classify_all(lines: list[str]) -> list[Line]:
    classified = _bullet_notes(_cut_ordinals([_classified(text).at(no) for no, text in enumerate(lines, 1)]), lines)
    classified = _crumbs_in_a_sentence(classified)
    return _clause_items(_decimal_outline(_boxes(_attachment_list(_bare_markers(_split_run_on(classified))))))


_DI_WORD = re.compile(r"(?:门|宅|府|次|及|落|甲)第$")  # 门第, 宅第, 府第, 次第, 及第 …: a word, no ordinal's 第


def _cut_ordinals(lines: list[Line]) -> list[Line]:
    """'…24小时内作出回应；第' over '三，每季度发布…': a hard wrap that cut the ordinal 第三 after its 第 leaves
    the rest of a sentence, not a heading 三. A line ending in a word of 第 ('…评选书香门第') cut nothing."""
    out, above = list(lines), None
    for i, ln in enumerate(out):
        if ln.kind == "heading" and ln.family == "cn" and above is not None and above.text.rstrip().endswith("第") \
                and not _DI_WORD.search(above.text.rstrip()):
            out[i] = Line(ln.no, ln.text, "body")
        if ln.kind != "blank":
            above = ln
    return out


_CRUMB_LINE = re.compile(_BREADCRUMB)


def _crumbs_in_a_sentence(lines: list[Line]) -> list[Line]:
    """'1.规范政策文件发布，统一在' / '县政府门户网站 > 政策文件' / '栏目集中公开。': after a numbered heading, a
    breadcrumb-like line that goes on a sentence cut mid-way names a place on a site, the plan's own words."""
    out, seen_heading, before = list(lines), False, None
    for i, ln in enumerate(lines):
        if ln.kind == "noise" and seen_heading and before is not None and before.kind in ("body", "heading") \
                and not before.text.rstrip().endswith(_SAID_TO_END) and _CRUMB_LINE.fullmatch(ln.text.strip()):
            out[i] = Line(ln.no, ln.text.strip(), "body")
        seen_heading = seen_heading or ln.kind == "heading"
        before = ln if ln.kind != "blank" else None
    return out


# An unnumbered item: a bullet or dash before its text ('●推行…', '——推进…', '- 开展…'), or an ordinal
# word ('第一，支持…'). In a list of them that each name their 责任单位 they carry the work as numbered
# items do; anywhere else ('——到2025年，…' goals, '第一，…' in a speech) they stay plain lines.
_ITEM_START = re.compile(rf"^(?:(?P<b>[●•◆◇■□▲△▶►▪]|——|—|－|-)\s*(?=[{HAN}“《])|第(?P<n>{_CN})[，,、]\s*(?=[{HAN}“《]))")


# '- 责任单位：县发改局' / '● 完成时限：…': a bulleted label line is a task's clause, never an item of its own.
_LABEL_FIRST = re.compile(r"(?:责任|牵头|配合|协办|主办|参与)(?:单位|部门|科室|股室|处室|部室)|完成时[限间]|时间节点|时限")


def _item_kind(text: str) -> str | None:
    m = _ITEM_START.match(text)
    return None if m is None else m.group("b") or "ordinal"


_WRAP_REACH = 8  # lines: a wrapped item reaches its clause within a few
_SAID_TO_END = ("。", "；", ";", "）", ")", "】", "〕", "！", "？")
_CLAUSE_LINE_START = re.compile(rf"^[（(〔【\[]?\s*(?:{_LABEL_FIRST.pattern})")


def _item_span(lines: list[Line], i: int) -> tuple[int, str]:
    """The last line of the item opened at i and its text: a line cut mid-sentence (a PDF copy's hard wrap)
    goes on over the plain lines after it, up to a blank, a heading, another item or a clause line of its own."""
    text, last = lines[i].text.rstrip(), i
    for j in range(i + 1, min(i + 1 + _WRAP_REACH, len(lines))):
        ln = lines[j]
        if text.endswith(_SAID_TO_END) or ln.kind != "body" or _ITEM_START.match(ln.text) \
                or _CLAUSE_LINE_START.match(ln.text.strip()):
            break
        text, last = text + ln.text.strip(), j
    return last, text


def _clauseless_items(lines: list[Line], found: list[int]) -> list[int]:
    """Lines opened like the items found that name no 责任单位 but stand as one of them: the text's last
    item (one cut off) or one followed directly by a heading or another such item."""
    kinds = {_item_kind(lines[i].text) for i in found}
    taken = set(found)
    said = [i for i, ln in enumerate(lines) if ln.says]
    out = []
    for i in said:
        if i <= found[0] or i in taken or lines[i].kind != "body" or _item_kind(lines[i].text) not in kinds \
                or _LABEL_FIRST.match(_ITEM_START.sub("", lines[i].text, count=1)):
            continue
        last, _ = _item_span(lines, i)
        k = bisect.bisect_right(said, last)
        nxt = said[k] if k < len(said) else None
        if nxt is None or nxt in taken or lines[nxt].kind == "heading" or _item_kind(lines[nxt].text) in kinds:
            out.append(i)
    return out


# An item's own clause: a label ('责任单位：'), or a lead named in a bracket or a phrase of its own ('（X牵头，Y配合）',
# 'X牵头，Y配合。'); '由X牵头，会同Y开展…' is a point's prose under a task that names its units after the list.
_ITEM_CLAUSE = re.compile(r"(?:责任单位|牵头单位|配合单位|责任部门|牵头部门)\s*[：:]"
                          r"|[（(]由?[^（()），,；;。：:]{2,30}?牵头[，,；;）)]"
                          r"|(?:^|[，,；;。：:])(?!由)[^（()），,；;。：:]{2,30}?牵头[，,；;）)]")


def _clause_items(lines: list[Line]) -> list[Line]:
    """Plain lines opened by a bullet, a dash or an ordinal word ('第一，') that carry a 责任单位 clause on
    their own line (or on the lines a hard wrap carried it to) become items of their own (family 'item',
    numbered in order under the heading above them), when two or more of them stand in the text; so do lines
    opened alike that stand as one of them (_clauseless_items). A clause on a line of its own after a bullet may
    close a parent's list of points: not read."""
    found = [i for i, ln in enumerate(lines) if ln.kind == "body" and (m := _ITEM_START.match(ln.text))
             and _ITEM_CLAUSE.search(_item_span(lines, i)[1]) and not _LABEL_FIRST.match(ln.text[m.end():])]
    if len(found) < 2:
        return lines
    items = set(found) | set(_clauseless_items(lines, found))
    out = list(lines)
    count = 0
    for i, ln in enumerate(out):
        if ln.kind == "heading":
            count = 0
        if i not in items:
            continue
        m = _ITEM_START.match(ln.text)
        assert m is not None
        count = (cn_to_int(m.group("n")) or count + 1) if m.group("n") else count + 1
        marker = m.group(0).strip() if m.group("n") else f"{m.group('b')}{count}"
        out[i] = Line(ln.no, ln.text, "heading", "item", count, marker, ln.text[m.end():].strip())
    return out


# '2.1.1 建设全市统一政务云平台。…': numbering as a technical standard writes it, levels joined by dots;
# '2 重点任务' is its top level when '2.1 …' follows. '1.5倍以上' / '1.2万户' opening a wrapped line is no such
# heading: a number counts only before a word (no measure), beside a sibling or a parent of the same numbering,
# and only where three or more stand.
_DECIMAL = re.compile(rf"^(?P<d>\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}})(?![.．]?\d)\s*(?![万亿倍个元米吨千百亩户人次家所座条项台辆])(?=[{HAN}“《])")
_DECIMAL_TOP = re.compile(rf"^(?P<d>\d{{1,2}})\s+(?=[{HAN}])")


def _decimal_outline(lines: list[Line]) -> list[Line]:
    """Plain lines numbered '2.1' / '2.1.1' become headings of families dec2 / dec3 (dec1 for a bare '2'
    whose '2.x' follow), when each stands beside a sibling or under a parent of the same numbering."""
    found: dict[int, tuple[str, ...]] = {}
    for i, ln in enumerate(lines):
        m = _DECIMAL.match(ln.text) if ln.kind == "body" else None
        if m:
            found[i] = tuple(re.split("[.．]", m.group("d")))
    numbers = set(found.values())
    siblings = Counter(n[:-1] for n in numbers)
    kept = {i: n for i, n in found.items() if n[:-1] in numbers or siblings[n[:-1]] >= 2}
    if len(kept) < 3:
        return lines
    tops = {n[0] for n in kept.values()}
    out = list(lines)
    for i, ln in enumerate(out):
        m = _DECIMAL.match(ln.text) if i in kept else _DECIMAL_TOP.match(ln.text) if ln.kind == "body" else None
        if m is None or (i not in kept and m.group("d") not in tops):
            continue
        number = kept.get(i, (m.group("d"),))
        out[i] = Line(ln.no, ln.text, "heading", f"dec{min(len(number), 4)}", int(number[-1]), ".".join(number),
                      ln.text[m.end():].strip())
    return out


def _bullet_notes(lines: list[Line], raw: list[str]) -> list[Line]:
    """'2.储备物资。' / '●1、各乡镇每日报送。': a bulleted number that restarts the unbulleted numbering of its
    family before it marks a note, not a heading; it stays a plain line."""
    out = list(lines)
    last: dict[str, tuple[int, bool]] = {}  # family -> (its last heading's number, bulleted)
    for i, ln in enumerate(out):
        if ln.kind != "heading" or not ln.family:
            continue
        bulleted = bool(_BULLET.match(raw[i].strip()))
        number, before_bulleted = last.get(ln.family, (0, True))
        if bulleted and not before_bulleted and (ln.number or 0) <= number:
            out[i] = Line(ln.no, raw[i].strip(), "body")
            continue
        last[ln.family] = (ln.number or 0, bulleted)
    return out


# '专栏1　数字经济重点工程' / '【专栏2】…': a box set in the text to list projects or figures; its own
# numbered lines illustrate the task above it, they are no tasks.
_BOX_TITLE = re.compile(rf"^[【\[]?专栏\s*(?:\d{{1,2}}(?:[-－—]\d{{1,2}})?|{_CN})(?!\d)")


def _has_clause(lines: list[Line], i: int) -> bool:
    after = next((ln for ln in lines[i + 1:] if ln.kind != "blank"), None)
    return bool(_CLAUSE.search(lines[i].text) or (after is not None and _CLAUSE.search(after.text)))


def _boxes(lines: list[Line]) -> list[Line]:
    """The numbered lines of a 专栏 box become plain lines. The box ends at a heading of another family,
    at a number out of the box's own sequence, or at one that continues the numbering before the box and
    carries a 责任单位 clause (on its line or the next). A first numbered line naming its 责任单位 is a task: the
    title only referred to a box set elsewhere ('专栏1 主要预期指标（详见附件1）')."""
    out = list(lines)
    last: dict[str, int] = {}  # family -> its last number outside boxes
    i = 0
    while i < len(out):
        ln = out[i]
        if ln.kind == "heading" and ln.family:
            last[ln.family] = ln.number or 0
        if ln.kind != "body" or not _BOX_TITLE.match(ln.text):
            i += 1
            continue
        family, expected = None, 1
        i += 1
        while i < len(out):
            item = out[i]
            if item.kind == "heading":
                if family not in (None, item.family) or item.number != expected \
                        or (item.number == last.get(item.family or "", -1) + 1 and _has_clause(out, i)) \
                        or (family is None and _CLAUSE.search(item.text)):  # a title that only refers to a box
                    break
                family, expected = item.family, expected + 1
                out[i] = Line(item.no, item.text, "body")
            i += 1
    return out


_LIST_HEAD = re.compile(r"^附\s*件\s*[：:]")
_LIST_ENTRY = re.compile(r"^[^。；;，,]{2,60}(?:方案|计划|清单|表|办法|细则|要点|目录|名单|规则|制度|指引|意见|通知|汇总表)[》”]?$")


def _attachment_list(lines: list[Line]) -> list[Line]:
    """'附件：1.某某实施方案' / '2.任务分解表': the list of what is attached names documents, it holds no
    tasks; its numbered entries are read as plain lines."""
    out = list(lines)
    inside = False
    for i, ln in enumerate(out):
        if _LIST_HEAD.match(ln.text):
            inside = True
            out[i] = Line(ln.no, ln.text, "body")
        elif inside and ln.kind == "heading" and _LIST_ENTRY.match(ln.rest):
            out[i] = Line(ln.no, ln.text, "body")
        elif ln.kind != "blank":
            inside = False
    return out


# A heading run onto the end of the line before it ('…队伍。（责任单位：A）2. 开展…'): found after a sentence
# or clause end, and only when it continues the numbering of its family.
_AFTER_END = "(?<=[。；;）)】〕\\]］])\\s*"
_RUN_ON = {
    "arabic": re.compile(rf"{_AFTER_END}(?P<n>\d{{1,3}})(?P<d>[.．、])(?!\d)"),
    "paren_cn": re.compile(rf"{_AFTER_END}[（(](?P<n>{_CN})[）)]"),
    "cn": re.compile(rf"{_AFTER_END}(?P<n>{_CN})(?P<d>、)"),
    "paren_arabic": re.compile(rf"{_AFTER_END}[（(](?P<n>\d{{1,2}})[）)]"),
    "circled": re.compile(rf"{_AFTER_END}(?P<n>[{_CIRCLED}])"),
}
# An enumeration inside a sentence ('主要有：1、…；2、…') restarts at one: then nothing in the line is split,
# unless its items each carry their own 责任单位 clause ('（1）推行…（责任单位：A）；（2）推动…（责任单位：B）').
_INLINE_FIRST = {
    "arabic": re.compile(r"[：:；;。，,]\s*1[.．、](?!\d)"),
    "paren_cn": re.compile(r"[：:；;。，,]\s*[（(]一[）)]"),
    "cn": re.compile(r"[：:；;。，,]\s*一、"),
    "paren_arabic": re.compile(r"[：:；;。，,]\s*[（(]1[）)]"),
    "circled": re.compile(r"[：:；;。，,]\s*①"),
}
_CLAUSE = re.compile(r"(?:责任单位|牵头单位|配合单位|责任部门|牵头部门)\s*[：:]|牵头[，,；;）)]")
# '一、打好蓝天保卫战 1.开展扬尘治理。…': a section title with its first item glued on (the space squeezed out).
_GLUED_ITEM = re.compile(rf"(?<=[{HAN}”])(?P<n>\d{{1,3}})[.．](?=[{HAN}“])")
# '一、主要任务（一）摸清底数…': a page that lost its line breaks glued the first （一） to its section's title.
_GLUED_FIRST_SUB = re.compile(rf"(?<=[{HAN}”])[（(]一[）)](?=[{HAN}“])")
# ... when a sentence or the next item follows in the line; a title naming '（一）号文件' holds neither.
_SUB_GOES_ON = re.compile(r"[。；;！？]|[（(]二[）)]")


def _split_run_on(lines: list[Line]) -> list[Line]:
    last: dict[str, Line] = {}
    out: list[Line] = []
    for ln in lines:
        while True:
            if ln.kind == "heading" and ln.family:
                last[ln.family] = ln
                # a new item restarts its sub-items; 1. 2. 3. may run on across sections, （1）① restart
                for deeper in _RESTARTING:
                    if deeper in last and RANK[deeper] > RANK[ln.family]:
                        del last[deeper]
            # a section heading may hold its first item glued on, any line a marker after a stop: most lines neither
            cut = _run_on_cut(ln, last) if _hinted(ln.text) or ln.family in _GLUED_ONTO else None
            if cut is None:
                break
            out.append(classify(ln.no, ln.text[:cut]))
            ln = classify(ln.no, ln.text[cut:].strip())
        out.append(ln)
    return out


_RESTARTING = ("paren_arabic", "circled")
_GLUED_ONTO = ("cn", "paren_cn", "chapter")  # the families whose heading _glued_item looks into


_RUN_ON_HINT = re.compile(rf"[。；;）)】〕\]］]\s*(?:\d|[（(](?:{_CN}|\d)|{_CN}、|[{_CIRCLED}])")


def _run_on_cut(ln: Line, last: dict[str, Line]) -> int | None:
    """Where a heading that continues its family's numbering starts inside this line, if anywhere."""
    text = ln.text
    cuts = [cut] if (cut := _glued_item(ln, last)) is not None else []
    if not _hinted(text):
        return min(cuts) if cuts else None
    for family, pattern in _RUN_ON.items():
        previous = last.get(family)
        first = _INLINE_FIRST[family].search(text)
        own_clauses = first is not None and _clause_before_next_item(text, first.end(), pattern)
        if first and not own_clauses:
            continue
        expected = (previous.number or 0) + 1 if previous is not None else (1 if own_clauses else None)
        for m in pattern.finditer(text):
            same_style = previous is None or "d" not in pattern.groupindex \
                or (m.group("d") == "、") == previous.marker.endswith("、")
            if _numeral_value(family, m.group("n")) == expected and same_style:
                cuts.append(m.start())
                break
    return min(cuts) if cuts else None


@lru(8192)  # every line is asked, and a folder of plans repeats its lines
def _hinted(text: str) -> bool:
    return _RUN_ON_HINT.search(text) is not None


# Round BT: '（1）实施…行动，开发见习岗位300个，县人社局负责；（2）…' — an inline item closed by its own roles part (bodies
# and 负责 / 牵头 after its last comma) carries its own clause as '（责任单位：A）' does
_ROLES_CLOSE = re.compile(r"[，,]\s*(?P<names>[^，,；;。：:（）()]{3,40}?)(?:牵头负责|具体负责|负责|牵头)\s*[；;。]?\s*$")


def _clause_before_next_item(text: str, start: int, pattern: re.Pattern) -> bool:
    """Does the inline item that starts at `start` carry its own 责任单位 clause before the next item?"""
    nxt = pattern.search(text, start)
    end = nxt.start() if nxt else len(text)
    if _CLAUSE.search(text, start, end):
        return True
    m = _ROLES_CLOSE.search(text, start, end)
    return m is not None and all(looks_like_body(name) for name in split_top(m.group("names"), "、"))


def _glued_item(ln: Line, last: dict[str, Line]) -> int | None:
    """In a section heading, its first numbered item glued to its title: the item starts there."""
    if ln.kind != "heading" or ln.family not in _GLUED_ONTO:
        return None
    m = _GLUED_ITEM.search(ln.text, len(ln.marker), len(ln.marker) + 40)
    previous = last.get("arabic")
    if m and int(m.group("n")) in (1, (previous.number or 0) + 1 if previous else 1):
        return m.start()
    if ln.family == "cn" and (m := _GLUED_FIRST_SUB.search(ln.text, len(ln.marker), len(ln.marker) + 40)) \
            and _SUB_GOES_ON.search(ln.text, m.end()):
        return m.start()
    return None


def _bare_markers(lines: list[Line]) -> list[Line]:
    """A marker alone on its line ('1.' / '压减审批时限。…'): the next text line is its heading text, and
    that line is left blank so that line numbers stay put."""
    out = list(lines)
    for i, ln in enumerate(out):
        if ln.kind != "heading" or ln.rest:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k].kind != "blank"), None)
        if j is None or out[j].kind != "body":
            out[i] = Line(ln.no, ln.text, "body")
            continue
        out[i] = Line(ln.no, ln.text + out[j].text, "heading", ln.family, ln.number, ln.marker, out[j].text)
        out[j] = Line(out[j].no, "", "blank")
    return out


def wrap_width(lines: list[Line]) -> int | None:
    """The width a PDF copy hard-wrapped its lines at, or None when it did not: a third of the text lines
    or more end within two characters of one length (20-60 characters)."""
    lengths = [len(ln.text) for ln in lines if ln.kind != "blank" and len(ln.text) >= 12]
    if len(lengths) < 8:
        return None
    counts = Counter(lengths)
    near_each = [counts[n - 2] + counts[n - 1] + counts[n] + counts[n + 1] + counts[n + 2] for n in range(20, 61)]
    near = max(near_each)
    best = 20 + near_each.index(near)  # the first width with the most lines near it
    return best if near >= 8 and near >= len(lengths) / 3 else None

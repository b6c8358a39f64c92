"""blocks: find the （责任单位：…；完成时限：…） parentheses in a paragraph and read their fields.

Notations seen: `(责任单位:…;完成时限:…)`, `〔责任单位：…〕`, `（责任单位：…，配合单位：…）`,
`（牵头单位：…；配合单位：…）`, a bracket closed by the wrong kind (`〔…]`), or never closed; label-less
`（A牵头，B按职责分工负责）`; and `下同` in a block, which hands its units on to the tasks after it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from ..chars import HAN
from ..models import Deadline, Role, Unit
from .deadlines import EVENTS, parse_field
from .memo import cached, lru
from .units import CLOSE, OPEN, OWN_UNITS, looks_like_body, shares_head, spaced_bodies, split_top, split_units

# label -> what it holds: a unit role, "deadline", or "person" (分管领导: a person, never a unit).
LABELS: dict[str, str] = {
    "牵头单位": "lead", "牵头部门": "lead", "牵头责任单位": "lead", "主要责任单位": "lead", "牵头科室": "lead",
    "责任单位": "responsible", "责任部门": "responsible", "主责单位": "responsible", "实施单位": "responsible",
    "责任科室": "responsible", "落实单位": "responsible", "负责落实": "responsible", "承办单位": "responsible",
    "部门分工": "responsible", "责任分工": "responsible", "分工": "responsible",
    "配合单位": "support", "配合部门": "support", "协办单位": "support", "参与单位": "support",
    "协作单位": "support", "主要协作单位": "support", "协同配合单位": "support", "协同单位": "support",
    "完成时限": "deadline", "完成时间": "deadline", "时间节点": "deadline", "时限要求": "deadline",
    "时间要求": "deadline", "完成期限": "deadline", "办结时限": "deadline", "时限": "deadline", "期限": "deadline",
    "时间安排": "deadline",  # only as a field ('时间安排：2019年下半年'); '四、时间安排' is a heading (no colon)
    # spellings of other plans: who answers for it (主体), who helps (协同/协助/参与部门), by when (推进时限, 完成节点)
    "责任主体": "responsible", "落实主体": "responsible", "实施主体": "responsible", "主责部门": "responsible",
    "协同部门": "support", "协助单位": "support", "协助部门": "support", "参与部门": "support",
    "推进时限": "deadline", "完成节点": "deadline", "完成时点": "deadline", "截止时间": "deadline",
    "主办单位": "lead", "牵头": "lead", "配合": "support",
    # '（责任股室：A；协同：B、C）': the helping bodies under the bare word 协同, as under 配合 (round BI)
    "协同": "support",
    # '〔牵头：A；参与：B〕' the short labels; '主要负责单位：A' / '主要负责部门：A' a lead line beside '协同单位：B'
    "参与": "support", "主要负责单位": "lead", "主要负责部门": "lead",
    # a 问题整改 list's time ('整改措施：…' is the task's own text, no label)
    "整改时限": "deadline", "整改期限": "deadline", "整改时间": "deadline",
    # '（责任单位：A；进度要求：次年1月10日前）'; '责任主体：A' over '监管单位：B' (who supervises the work: a unit of it too)
    "进度要求": "deadline", "监管单位": "support", "监管部门": "support",
    # '责任单位及完成时限：A，2024年12月底前': the units, then the time after a comma (read as a label-less clause is)
    "责任单位及完成时限": "responsible", "责任单位及时限": "responsible",
    # '责任：A、B。时限：…' / '责任：A；配合：B': the shortest unit label, beside 牵头 / 配合 / 参与
    "责任": "responsible",
    # '（时间：2025年4月中旬前）' a time line of its own under the task's text, beside '（责任单位：…）'
    "时间": "deadline",
    # '时间进度：2025年6月底前' a line of its own under '牵头区领导' / '牵头单位' / '责任单位' lines
    "时间进度": "deadline",
    # round BD: '责任主体：A；指导单位：B' — the body that guides or supervises the work is a unit of it, as 监管单位 is
    "指导单位": "support", "指导部门": "support", "督导单位": "support", "监督单位": "support",
    # round BG: '工作责任：A牵头，B为责任主体。完成时间节点：…'
    "工作责任": "responsible", "完成时间节点": "deadline",
    # round BO: '（主体责任单位：各生产经营单位；监管责任单位：A、B）' — who bears the work's own responsibility and who supervises
    # it (a unit as 监管单位 is); '工作分工：A牵头，B具体实施' / '任务分工：…' as 责任分工
    "主体责任单位": "responsible", "属地责任单位": "responsible", "监管责任单位": "support",
    "工作分工": "responsible", "任务分工": "responsible",
    # a bureau's own offices: 科室 (city), 处室 (province), 股室 (county); 部室 those of a people's organisation
    # (妇联, 科协, 团委: 宣传部, 组织联络部); 站所 a town's own (司法所, 财政所, 农业综合服务站: '责任站所：…')
    # round BL: more spellings of the same fields — '完成日期：2024年6月30日', '落实时限：…', '推进时间：…', '实施时间：…',
    # '完成时间要求：…', '进度安排：…' (a field only: '四、进度安排' is a heading, no colon), '承办部门：A' beside '承办单位'
    "完成日期": "deadline", "落实时限": "deadline", "推进时间": "deadline", "实施时间": "deadline",
    "完成时间要求": "deadline", "进度安排": "deadline", "承办部门": "responsible",
    # round BW: ranked lead labels ('第一牵头单位：A；第二牵头单位：B', '次要责任单位：B' beside '主要责任单位：A'), and labels
    # joining the units with their persons ('责任单位及责任人：A（局长 张三）', '牵头领导及单位：副市长李明，A'): the persons
    # are dropped by units (a person's bracket after a name, a post and a name as a part of the list)
    "第一牵头单位": "lead", "第二牵头单位": "lead", "次要责任单位": "support",
    "责任单位及责任人": "responsible", "牵头单位及责任人": "lead", "配合单位及责任人": "support",
    "牵头领导及单位": "lead", "牵头领导及牵头单位": "lead", "责任领导及单位": "responsible",
    "责任领导及责任单位": "responsible",
    # round CJ: the bare role words '（主办：A；协办：B）' as 牵头 / 配合; '主抓：A' the body leading the work with '抓落实单位：B' the
    # bodies carrying it out; ranked leads '总牵头：A；分牵头：B' (as 第一 / 第二牵头单位)
    "主办": "lead", "协办": "support", "主抓": "lead", "抓落实单位": "responsible", "总牵头": "lead", "分牵头": "lead",
    **{f"{role}{office}": kind for office in ("科室", "处室", "股室", "部室", "站所")
       for role, kind in (("牵头", "lead"), ("主办", "lead"), ("责任", "responsible"), ("配合", "support"),
                          ("协办", "support"))},
}
# round CC: a unit label is a ROLE word and a KIND of body ('执行单位', '承担部门', '牵头机构', '负责科室', '主责股室',
# '具体实施单位', '配合责任单位', '督办单位'), a time label a STAGE word and a kind of time ('截止日期', '推进节点', '实施期限',
# '执行时间', '完成年限'): every pair is a field (the spellings above keep their kinds)
_ROLE_WORDS = {
    "lead": ("牵头", "主办", "主抓", "主要责任", "牵头责任"),
    "responsible": ("责任", "主责", "实施", "执行", "承担", "承办", "落实", "负责", "主体", "主管", "具体责任", "具体实施",
                    "具体负责", "直接责任", "落实责任", "实施责任", "责任主体", "共同责任"),
    "support": ("配合", "协办", "协作", "协同", "协助", "协调", "参与", "参加", "支持", "联动", "督办", "督导", "督促", "监督",
                "监管", "指导", "配合责任", "协同配合"),
}
_BODY_KINDS = ("单位", "部门", "机构", "科室", "处室", "股室", "部室", "站所")
_TIME_STAGES = ("完成", "推进", "实施", "落实", "办结", "办理", "截止", "进度", "执行", "整改", "建成", "工作")
_TIME_KINDS = ("时限", "期限", "时间", "日期", "节点", "年限")
for _kind, _roles in _ROLE_WORDS.items():
    for _role in _roles:
        for _body in _BODY_KINDS:
            LABELS.setdefault(f"{_role}{_body}", _kind)
for _stage in _TIME_STAGES:
    for _time in _TIME_KINDS:
        if f"{_stage}{_time}" != "工作时间":  # office hours, not a time limit
            LABELS.setdefault(f"{_stage}{_time}", "deadline")
for _time in _TIME_KINDS[:5]:
    LABELS.setdefault(f"{_time}要求", "deadline")  # '期限要求：…', '节点要求：…' beside 时限要求 / 时间要求
# the leaders a low-level plan ties to an item: who covers a cluster of villages (包片 / 包村 / 联村), who is 'attached'
# to it (挂点 / 挂钩 / 包联 / 包抓); and the chiefs of the 河长制 / 林长制 / 路长制 / 田长制 systems ('责任河长：县级河长'),
# officials, no bodies (round BM)
# round BQ: a level may stand before the leader's word ('县级责任领导', '市级包抓领导'), and a leader may be the one who
# heads the item ('领衔领导', '挂帅领导', '主责领导') or oversees it ('督办领导', '督导领导'), or be named by the level alone
# ('县级领导：王伟', '市领导：李红')
_PERSON = (rf"(?:[省市县区镇乡]级?)?(?:分管|牵头|责任|联系|包保|包片|包村|联村|挂点|挂钩|包联|包抓|领衔|挂帅|主责|督办|督导)"
           rf"[{HAN}]{{0,4}}?"
           r"(?:领导|[省市县区]长|主任|局长|河湖长|[河湖林路田]长)|[省市县区]级?领导|责任人|联系人")
_LABEL = "|".join([*sorted(LABELS, key=len, reverse=True), _PERSON])
_LEADING_LABEL = re.compile(rf"^\s*(?:{_LABEL})\s*[：:]")
# Inside a clause a label starts a field wherever it stands: '…县体育局配合单位：…' lost its spaces.
_FIELD = re.compile(rf"(?P<label>{_LABEL})\s*[：:]")
# A clause without brackets that closes a paragraph: '…动态清零问题。责任单位：A、B；完成时间：…', or one
# after a dash on a one-line-per-task 分工: '任务内容——牵头单位：X；配合单位：Y'.
# (the stop before the labels is matched, not looked behind, and group 'at' starts after it: a scan that opens with a
# class of a few characters tests each character against it; one that opens with a look-behind tries a match there)
_INLINE_FIELDS = re.compile(rf"[。；;—](?P<at>\s*(?:{_LABEL})\s*[：:])")
_ROLES_SAID_LABELS = {"工作责任", "工作分工", "任务分工", "分工", "责任分工", "部门分工"}
# round CJ: '分工：A负责项目统筹，B负责资金保障' — in such a field each body's SHARE of the work after its 负责 is no name
_DUTY_SHARE = re.compile(rf"(?<=[局委办府处室心部队院所站会司]负责)[{HAN}]{{2,8}}(?=[，,；;。]|$)")
# '进度安排：2024年12月底前' gives the time (round BL); '进度安排：2024年3月启动调研，6月完成品牌遴选' beside a 时间节点 is a
# schedule of steps (Q13), none of them a time limit: only the values that read as times are kept
_SCHEDULE_LABELS = {"进度安排"}
# '【牵头单位】市司法局': the label in lenticular brackets instead of before a colon. Only where a field can
# begin (not right after a name: '市司法局【牵头】、市财政局' is a role mark, read by units).
# round BW: any box a typist reaches for holds the label alike ('[责任单位]A', '［完成时限］…', '〖牵头单位〗A')
_BOX_OPEN, _BOX_CLOSE = "【[［〖", "】]］〗"
_BOX_O, _BOX_C = re.escape(_BOX_OPEN), re.escape(_BOX_CLOSE)
_BOXED_LABEL = re.compile(rf"(?<![{HAN}A-Za-z0-9])[{_BOX_O}]({_LABEL})[{_BOX_C}]")
# a label glued to the value before it opens its field only as a field does: a value follows it, and it is more
# than a role mark ('…【牵头单位】A【配合单位】B' two fields; '【责任单位】A【牵头】，B【配合】' one, marked); the short
# marks 牵头 / 配合 open a field only with a name right after them ('【牵头】A【配合】B、C【时限】…', round BW)
_GLUED_BOXED_LABEL = re.compile(rf"[{_BOX_O}]((?!(?:牵头|配合)[{_BOX_C}])(?:{_LABEL}))[{_BOX_C}]"
                                r"(?=\s*(?:[^\s、，,；;。）)】\]］〗]|$))"
                                rf"|[{_BOX_O}](牵头|配合)[{_BOX_C}](?=[{HAN}])")
_BARE_LINE = _LEADING_LABEL
# （A牵头，B按职责分工负责）: no label, but every part ends with a role word.
_ROLE_PART = re.compile(r"(?:牵头|负责|配合|参与|协助|协办|落实)$")
_INHERIT_ANY = re.compile(r"[，,；;]?\s*(?:下同|以下同)\s*(?=$|[，,；;])")
# A bracket inside a clause that is a remark, not part of a name: （第一责任单位为牵头单位，下同）.
_NOTE = re.compile(r"[（(〔［\[【][^（(）)]*?(?:下同|以下|简称|为牵头|不再|均需|详见|同上|排名|第一|前者|后者)[^（(）)]*?[）)〕］\]】]")
# …and its wordings: '第一责任单位为牵头单位', '排在首位的为牵头单位', '列第一位的为牵头单位' (no 单位 before 为牵头, round CD)
_LEAD_FIRST = re.compile(r"(?:排名|排在|列在|列)?(?:第一位?|首位)的?(?:责任)?(?:单位)?为牵头")


_UNIT_LABEL_LINE = re.compile(
    rf"^\s*(?:{'|'.join(sorted((k for k, v in LABELS.items() if v not in ('deadline', 'person')), key=len, reverse=True))})"
    r"\s*[：:]\s*(?P<value>.+)$")


_FIELD_LABELS = "|".join(sorted(LABELS, key=len, reverse=True))
# round BT: '牵头单位　区住建局　　配合单位　区自然资源分局' — a line of fields whose labels are set off from their values by
# spaces, no colon: the line opens with a label, spaces, then a body's name
_SPACED_LABEL_LINE = re.compile(rf"^\s*(?:{_FIELD_LABELS})\s+(?=[^\s：:])")
_SPACED_LABEL = re.compile(rf"(?:^|(?<=\s))(?P<label>{_FIELD_LABELS})\s+(?=[^\s：:])")
_LATER_FIELD = re.compile(rf"\s(?:{_FIELD_LABELS})\s*[：:]")


def spaced_unit_line(line: str) -> bool:
    """'责任单位：县发改委 县财政局 县住建局': the spaces are the separators of the list, to be kept; so they are in a
    line of several fields set apart by spaces ('牵头：A 配合：B C 时限：…', round BT), and in a line whose labels are
    set off by spaces with no colon ('牵头单位　A　　配合单位　B、C')."""
    if (m := _UNIT_LABEL_LINE.match(line)) is not None:
        return any(spaced_bodies(piece.strip()) for piece in _LATER_FIELD.split(m.group("value")))
    return _spaced_labels(line)


def _spaced_labels(text: str) -> bool:
    if (m := _SPACED_LABEL_LINE.match(text)) is None:
        return False
    first = split_top(text[m.end():].split(maxsplit=1)[0], "、，,；;")[0]
    # '责任 单位' (a header cell spaced out) names no body; '牵头单位  配合单位' (a table's header row) is labels only
    return _names_bodies(first) and first not in LABELS


_BRACKET_BODY = re.compile(r"[（(](?P<body>[^（）()]{4,80})[）)]")


def spaced_bracket(line: str) -> bool:
    """'（区委政法委 区民政局；2025年6月）' / '（牵头：A 配合：B　C）': a bracket whose bodies are set off by spaces: the
    spaces separate the names, to be kept; so they are in a bracket of fields whose labels only a space sets off
    ('（牵头单位 A；配合单位 B）', round BW)."""
    if ("；" in line or ";" in line) and _SPACED_FIELDS.search(line):
        return True
    for m in _BRACKET_BODY.finditer(line):
        for part in re.split(r"[；;，,]", m.group("body")):
            for piece in re.split(rf"(?:^|\s)(?:{_LABEL})\s*[：:]", part):
                if re.search(r"\S\s+\S", piece.strip()) and spaced_bodies(piece.strip()):
                    return True
    return False


# '- 责任单位：A' / '● 完成时限：…': a bullet before a label line (a list rendered by a converter) is no text.
_BULLETS = "●•◆◇■□▲△▶►▪·★☆※◎○➢➤→"
_BULLETED_LABEL = re.compile(rf"^\s*(?:[{_BULLETS}]|——|—|－|-)\s*(?=(?:{_LABEL})\s*[：:])")
# round BW: '◆牵头单位：A　◆配合单位：B　◆完成时限：…' — a bullet before each field of one line, after a space or a
# separator, is no part of the value before it
_MID_BULLET = re.compile(rf"(?<=[\s；;，,。])[{_BULLETS}]\s*(?=(?:{_LABEL})\s*[：:])")
_HAS_BULLET = re.compile(f"[{_BULLETS}]")


# '责任单位——A、B；完成时限——2025年2月底前。' (round BD): a dash in the place of the label's colon, where a field begins
# or opening a bracket ('（责任单位——A；完成时限——…）', round BW)
_DASHED_LABEL = re.compile(rf"(?:^|(?<=[。；;（(〔]))(\s*(?:{_LABEL}))\s*——(?=[^—\s])")


# '责任单位（部门）：A' / '配合单位（部门）：B' (round BL): the label names its kind of body again in brackets before the colon
# — or the person who answers for it ('牵头单位（责任人）：A（张三）', round BW)
_KIND_AFTER_LABEL = re.compile(rf"({_LABEL})\s*[（(](?:单位|部门|科室|处室|股室|单位、部门|部门、单位|责任人|负责人|联系人)[）)]"
                               r"(?=\s*[：:])")


# round BW: '（牵头股室 A；配合股室 B C；完成时限 <time>）' — a bracket of two fields or more, each a known label set off
# from its value by a space only, no colon anywhere in it: the space is the colon
_NO_COLON_PART = rf"\s*(?:{_LABEL})\s+[^\s；;（）()：:][^；;（）()：:]*"
_SPACED_FIELDS = re.compile(rf"[（(]{_NO_COLON_PART}(?:[；;]{_NO_COLON_PART})+[）)]")
_SPACED_IN_BRACKET = re.compile(rf"(?<=[（(；;])(\s*(?:{_LABEL}))\s+")


def _colons_put_back(m: re.Match) -> str:
    """A bracket of spaced fields whose first value names bodies ('牵头股室 基础教育股') has its colons back; a remark of
    words ('（责任 重大；时间 紧迫）') is left alone."""
    fields = _SPACED_IN_BRACKET.sub(r"\1：", m.group())
    first = fields[1:].split("：", 1)[1].split("；")[0].split(";")[0].split()
    return fields if first and _BODY_END.search(first[-1]) else m.group()


def plain_labels(text: str) -> str:
    """'【牵头单位】A' -> '牵头单位：A', so one grammar reads both; a bullet before a label line goes; '责任单位（部门）：'
    is '责任单位：'."""
    text = _BULLETED_LABEL.sub("", text, count=1)
    if _HAS_BULLET.search(text):
        text = _MID_BULLET.sub("", text)
    if _spaced_labels(text):  # '牵头单位　A　　配合单位　B' (round BT): each label's spaces are its colon
        text = _SPACED_LABEL.sub(r"\g<label>：", text)
    if "）：" in text or "）:" in text or "):" in text or ")：" in text:
        text = _KIND_AFTER_LABEL.sub(r"\1", text)
    if "——" in text:
        text = _DASHED_LABEL.sub(r"\1：", text)
    if "；" in text or ";" in text:
        text = _SPACED_FIELDS.sub(_colons_put_back, text)
    if not any(c in text for c in _BOX_OPEN):
        return text
    plain, opened = _BOXED_LABEL.subn(r"\1：", text)
    # '【牵头单位】A【配合单位】B【完成时限】C': once a boxed label opens a field, the next ones glued to its value open theirs
    return _GLUED_BOXED_LABEL.sub(lambda m: (m.group(1) or m.group(2)) + "：", plain) if opened else plain


def starts_with_label(text: str) -> bool:
    return bool(_LEADING_LABEL.match(plain_labels(text)))


def kind_of(label: str) -> str:
    return LABELS.get(label) or "person"


@dataclass
class Block:
    start: int
    end: int
    units: list[Unit] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    inherit: bool = False  # '下同': the units hold for the following tasks too


_REACH = 2000  # characters: no 责任单位 clause is longer, and the scan of a stray bracket stops there


_BRACKET = re.compile(f"[{re.escape(OPEN + CLOSE)}]")


def _close(text: str, start: int) -> tuple[int, bool]:
    """Index after the bracket closing the one at `start`, and whether it was closed at all. Only the brackets
    are visited (a regular expression finds them), not every character up to the closing one."""
    depth = 0
    for m in _BRACKET.finditer(text, start, min(len(text), start + _REACH)):
        if m.group() in OPEN:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end(), True
    return len(text), False


def _own_block(block: Block) -> Block:
    """A caller's own copy of a cached block: callers set its start and end and add to its lists."""
    return Block(block.start, block.end, list(block.units), list(block.deadlines), list(block.problems), block.inherit)


# A value that says there is none: '—', '/', '无' ('配合单位：无'; a table's cell that is not left blank).
NO_VALUE = re.compile(r"^(?:[—–\-－/／\\]{1,3}|无|暂无)$")


# cached: a plan repeats its clauses ('责任单位：县司法局；完成时限：每年12月') task after task, inside paragraphs that
# differ (find_blocks's own cache misses); a thousand plans' clauses are ~4x fewer than their readings
@cached(copy=_own_block)
def read_fields(body: str, *, doc_year: int | None) -> Block:
    """'责任单位：A、B；完成时限：2024年6月' -> units and deadlines of one block. Text before the first
    label is read as role parts ('A牵头，B按职责分工负责'); a remark in brackets or after a 。 is no unit."""
    block = Block(0, len(body))
    lead_first = bool(_LEAD_FIRST.search(body))
    body = _PERSON_NOTE.sub("", _NOTE.sub("", body))  # '责任股室：A（责任人：<person>）、B' (round BD)
    body, count = _INHERIT_ANY.subn("", body)
    block.inherit = count > 0
    starts = _fields(body)
    head = body[: starts[0].start] if starts else body
    if head.strip(" ，,；;。"):
        _units_or_deadlines(block, _role_runs(_before_remark(head)), "responsible", doc_year)
    for i, m in enumerate(starts):
        value = body[m.end: starts[i + 1].start if i + 1 < len(starts) else len(body)]
        kind = m.kind
        value = value.strip().strip("，,；;。 ")
        if kind == "person":  # '牵头领导：<person>副局长。常态化开展。': a sentence of time after the person (round BD)
            after = value.partition("。")[2].strip("。 ")
            if after and (points := _time_points(after, doc_year)):
                block.deadlines.extend(points)
            continue
        if not value or NO_VALUE.match(value):  # '配合单位：无' (round BL): the field says it has none
            continue
        if kind == "deadline":  # a time limit ends at its 。: '完成时限：2024年底。县财政局负责' goes on with roles
            value, _, after = value.partition("。")
            points = [d for part in split_top(value, "；;") for d in _deadline_points(part, doc_year)]
            if m.label in _SCHEDULE_LABELS:  # a schedule of steps ('3月启动调研，6月完成遴选') sets no time limit
                points = [d for d in points if d.kind != "unknown"]
            block.deadlines.extend(points)
            if _roles_only(after := _LEAD_VERB.sub("", after.strip("。 ")), doc_year):
                _units_or_deadlines(block, _role_runs(after), "responsible", doc_year)
            elif after:  # '2024年6月底前完成初稿。2024年底前全面完成': a second sentence of time
                block.deadlines.extend(d for d in _deadline_points(after, doc_year) if d.kind != "unknown")
        else:
            if m.label in _ROLES_SAID_LABELS:  # '工作责任：A牵头，B为责任主体' (round BG): the roles said as a sentence says them
                value = _plain_roles(_DUTY_SHARE.sub("", value))
                value = _roles_read(value, doc_year) or value  # '工作分工：A牵头，B具体实施，<date>前实现…' (round BO)
            _units_or_deadlines(block, _before_remark(value), _role(kind), doc_year)
    if lead_first and block.units:
        block.units = _lead_first(block.units)
    return block


@dataclass(frozen=True)
class _Field:
    start: int
    end: int  # where the value begins
    label: str
    kind: str


# '属地责任单位：A' / '行业监管部门：B': a known label after a word saying whose it is (of the place, of the trade); the word
# belongs to the label, not to the value before it. Only where a field begins (after a separator): '县体育局配合单位：'
# glued to a name keeps its name.
_QUALIFIER = re.compile(rf"(?:^|(?<=[；;，,。\s]))[{HAN}]{{2,4}}$")
# '技术支撑单位：C' beside known fields: a label not met that ends in 单位 / 部门 names bodies who take part (round BM)
_UNKNOWN_UNIT_LABEL = re.compile(rf"(?:^|(?<=[；;，,。]))\s*(?P<label>[{HAN}]{{2,6}}(?:单位|部门))\s*[：:]")


def _fields(body: str) -> list[_Field]:
    """The labelled fields of a clause, in order (round BM: qualified and unknown unit labels among known ones)."""
    known = [_Field(m.start(), m.end(), m.group("label"), kind_of(m.group("label"))) for m in _FIELD.finditer(body)]
    if not known:
        return known
    fields = []
    for f in known:
        # the qualifier ends where the label starts and is at most 4 characters long: look only there (a search from
        # the clause's start at every label is quadratic in a clause of thousands of labels)
        q = _QUALIFIER.search(body, max(f.start - 4, 0), f.start)
        if q is not None and f.kind != "person" and not looks_like_body(q.group()) and not _BODY_END.search(q.group()):
            f = _Field(q.start(), f.end, f.label, f.kind)
        fields.append(f)
    starts = [f.start for f in fields]
    ends = list(itertools.accumulate((f.end for f in fields), max))  # the furthest end of the fields so far
    for m in _UNKNOWN_UNIT_LABEL.finditer(body):
        before = bisect.bisect_left(starts, m.end()) - 1  # the last known field that starts before this label ends
        if (before >= 0 and ends[before] > m.start("label")) or _LEVEL.match(m.group("label")):
            continue  # inside a known field's label
        fields.append(_Field(m.start("label"), m.end(), m.group("label"), "support"))
    return sorted(fields, key=lambda f: f.start)


_LEVEL = re.compile(r"^(?:[省市州盟县区旗镇乡村各]|有关|相关|其他|其余)")  # '县直有关单位：' is a name, no label


# the done words closing a time part ('2024年底前完成'), perhaps after a word of degree ('年底前全面落实到位', '基本完成')
_DONE = re.compile(r"(?:前|以前)?(?:全面|全部|基本|如期)?(?:完成|完工|办结|落实到位|到位|启动|开工|建成|验收)$")


def _deadline_points(value: str, doc_year: int | None) -> list[Deadline]:
    """A 完成时限 value; one with several points ('2024年上半年启动，年底前完成') gives each of them. Points
    may also stand side by side, joined by 、 or a slash ('2024年6月底前、2024年12月底前', '2024年6月底前/长期坚持'),
    when each of them is a time limit as a whole that names its own year (a slash date '2024/6/30' is read whole
    first; '2024年6月、12月' shares one year and stays one value, P18)."""
    whole = parse_field(value, doc_year=doc_year)
    if whole.kind != "unknown":
        return [whole]
    points = [_point(part, doc_year) for part in split_top(value, "，,")]
    if all(points):
        return [p for p in points if p is not None]
    side = [_whole_point(part, doc_year) for part in split_top(value, "、/／")]
    if len(side) == 1 and len(spaced := value.split()) > 1:  # a cell's lines ('<br>' in a web table) set off by spaces
        side = [_whole_point(part, doc_year) for part in spaced]
    if len(side) > 1 and not all(side) and (limits := _limits_side_by_side(value, doc_year)):
        return limits
    if len(side) > 1 and not all(side) and (points := _time_points(value, doc_year)):
        return points  # '2025年首季度启动、2025年9月底前全部建成': each point with what is done by then
    return [p for p in side if p is not None] if len(side) > 1 and all(side) else [whole]


_LIMIT = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬)?前$")


def _limits_side_by_side(value: str, doc_year: int | None) -> list[Deadline] | None:
    """'2025年4月底前、10月底前': two time limits joined by 、, each closed by 前, the first naming the year the
    others share ('2024年6月、12月', two months of one value, stays whole)."""
    parts = split_top(value, "、")
    if len(parts) < 2 or not all(_LIMIT.match(p.strip()) for p in parts) or "年" not in parts[0]:
        return None
    points = [parse_field(p.strip(), doc_year=doc_year) for p in parts]
    return points if all(p.kind != "unknown" for p in points) else None


def _whole_point(part: str, doc_year: int | None) -> Deadline | None:
    deadline = parse_field(part, doc_year=doc_year)
    return deadline if deadline.kind != "unknown" and not deadline.inferred else None


# '2024年6月底前完成方案': a point in time, then what is to be done by then.
# '2024年6月底前完成50%', '9月底前完成30部': what is done may be a share or a count.
_POINT = re.compile(rf"^(?P<when>.{{2,16}}?(?:前|底|末))(?P<what>[{HAN}]{{1,12}}|[{HAN}]{{1,6}}\d+(?:\.\d+)?(?:%|％|[{HAN}]{{1,2}}))$")


def deadline_points(value: str, doc_year: int | None) -> list[Deadline]:
    """A 完成时限 / 时间节点 cell: its points, split at '；' and '，' ('一季度：完成普查；二季度：建立台账')."""
    return [d for part in split_top(value, "；;") for d in _deadline_points(part, doc_year)]


def _point(part: str, doc_year: int | None) -> Deadline | None:
    head = re.split(r"[：:]", part.strip(), maxsplit=1)[0]
    if head != part.strip() and (deadline := _deadline_part(head, doc_year)):
        return deadline  # '二季度：开工建设': a point, a colon, then what is to be done by then
    deadline = _deadline_part(part, doc_year)
    if deadline is None and (m := _POINT.match(part.strip())):
        deadline = _time_part(m.group("when"), doc_year)  # '每季度末报送进度': a time word's point too
        return deadline.model_copy(update={"text": part.strip()}) if deadline else None
    return deadline


_DEADLINE_HINT = re.compile(r"\d|年|月|季|长期|持续|常态|十[一二三四五六七八九]五")  # '到“十四五”末'


# Time values without a date that a clause gives in place of one: '即时办理', '每季度', '随时'.
# '每季度末' / '每月25日前': the end (or a day) of each period, a time a clause gives as well ('于每月25日前' with its 于).
_TIME_WORDS = re.compile(r"(?:即时|立即|随时|及时)(?:办理|办结|启动|开展|推进)?"
                         r"|每(?:年|半年|季度|季|月|周|旬)(?:度)?(?:(?:年|月)?(?:初|末|底)(?:前|以前)?|(?<=月)\d{1,2}日(?:前|以前)?)?"
                         r"|立行立改"
                         r"|按(?:国家|省|市|县|区|上级)(?:统一)?(?:部署|要求)(?:推进|执行|落实)?")  # '按省部署': as the higher level sets


def time_word(text: str) -> bool:
    """'每季度', '每月', '即时办理': a time value with no date in it (a table's 完成时限 cell may hold one)."""
    return bool(_TIME_WORDS.fullmatch(text.strip()))


def _time_part(part: str, doc_year: int | None) -> Deadline | None:
    """A part of a label-less clause that gives its time: a deadline, or a time word ('即时办理', '每季度'); or such a
    time followed by what is done then ('2024年起每年11月底前完成年度任务', '每年年初制定计划'), the time read alone."""
    if _TIME_WORDS.fullmatch(part.strip().removeprefix("于")):
        return parse_field(part, doc_year=doc_year)
    if (deadline := _deadline_part(part, doc_year)) is not None:
        return deadline
    if (m := _WHAT_BY.match(part.strip())) and not _ROLE_TAIL.search(part) and not _WHAT_BY.match(m.group("when")):
        return _time_part(m.group("when"), doc_year)
    return None


def _time_points(part: str, doc_year: int | None) -> list[Deadline] | None:
    """A part of a roles sentence that gives its time: one point, or two or more joined by 、 each naming its own year
    and what is done by then ('2025年底前基本完成、2026年全面完成'); None when it is no time."""
    if (deadline := _time_part(part, doc_year)) is not None:
        return [deadline]
    pieces = split_top(part, "、")
    if len(pieces) < 2 or not all(_OWN_YEAR.match(p.strip()) for p in pieces):
        return None
    points = [_time_part(p, doc_year) for p in pieces]
    return points if all(points) else None  # type: ignore[return-value]


_OWN_YEAR = re.compile(r"^(?:19|20)\d{2}年")


def _deadline_part(part: str, doc_year: int | None) -> Deadline | None:
    """A part of a clause that is a deadline without its label: '2024年4月底前完成', '持续推进'."""
    if not _DEADLINE_HINT.search(part):
        return None
    value = _DONE.sub(lambda m: "前" if m.group(0).startswith("前") else "", part.strip())
    deadline = parse_field(value or part, doc_year=doc_year)
    return deadline.model_copy(update={"text": part.strip()}) if deadline.kind != "unknown" else None


# '（A、B；2025年春节前）' / '（A；国庆节前）': a time tied to an event of the year in the place of a clause's time: the
# value as written (a 完成时限 cell's '2025年春节前' is too), though it gives no date
_EVENTS = EVENTS  # the year's events a time is tied to (deadlines.EVENTS)
_EVENT_VALUE = re.compile(rf"^(?:\d{{4}}年)?(?:{_EVENTS})$")


def _event_value(part: str, doc_year: int | None) -> Deadline | None:
    return parse_field(part, doc_year=doc_year) if _EVENT_VALUE.match(part.strip()) else None


def _event_points(part: str, doc_year: int | None) -> list[Deadline] | None:
    return [deadline] if (deadline := _event_value(part, doc_year)) is not None else None


def _units_or_deadlines(block: Block, value: str, role: Role, doc_year: int | None) -> None:
    units = []
    for part in split_top(value, "，,；;"):
        points = _time_points(part, doc_year) or _event_points(part, doc_year)
        if points is None and _SPAN_FROM.match(part.strip()):
            continue  # '每学期开学后1个月内': a span from an event, neither a body nor a date
        if points is None:
            units.append(part)
        else:
            block.deadlines.extend(points)
    block.units.extend(split_units("，".join(units), role=role))


def _role_runs(head: str) -> str:
    """'A牵头，B、C，D配合': names without a role word before a part that ends in one share its role (a comma
    inside one role's list), so they are joined to it: 'A牵头，B、C、D配合'. Parts are cut where the clause's
    reader cuts them (at '；' too: 'A牵头，B，C配合；2024年9月底前完成')."""
    parts = split_top(head, "，,；;")
    out: list[str] = []
    pending: list[str] = []
    for part in parts:
        if _ROLE_PART.search(part) and pending:
            out.append("、".join([*pending, part]))
            pending = []
        elif not _ROLE_PART.search(part) and _names_bodies(part) and out:
            pending.append(part)
        else:
            out.extend(pending)
            pending = []
            out.append(part)
    return "，".join([*out, *pending])


def _before_remark(value: str) -> str:
    """Units end at the first 。: '…、开发区管委。以下任务均需…落实' keeps the names only."""
    return value.split("。", 1)[0]


def _lead_first(units: list[Unit]) -> list[Unit]:
    """（第一责任单位为牵头单位）: the first unit named leads, the others support it."""
    first, *rest = units
    return [first.model_copy(update={"role": "lead"}),
            *(u.model_copy(update={"role": "support"}) if u.role == "responsible" else u for u in rest)]


def _role(kind: str) -> Role:
    return kind  # type: ignore[return-value]


def _own_blocks(blocks: list[Block]) -> list[Block]:
    """A caller's own copies of cached blocks (tasks set start and end on blocks they read)."""
    return [Block(b.start, b.end, list(b.units), list(b.deadlines), list(b.problems), b.inherit) for b in blocks]


@cached(copy=_own_blocks)
def find_blocks(text: str, *, doc_year: int | None, sentences: bool = True) -> list[Block]:
    """Every 责任单位 clause in a paragraph; a paragraph that is itself 'label：…' is one block.

    A bracket is a clause when it starts with a label, or when each of its parts ends with a role
    word or is a labelled field ('A牵头，B按职责分工负责；完成时限：…'). Without either, a closing sentence of
    roles ('X牵头，Y配合。') is the clause, where `sentences` (a task's paragraph, not a section's)."""
    if _BARE_LINE.match(text):
        block = read_fields(text, doc_year=doc_year)
        return [Block(0, len(text), block.units, block.deadlines)]
    blocks = []
    position = 0
    while (start := _next_open(text, position)) >= 0:
        end, closed = _close(text, start)
        if closed and start and _PERSON_NOTE.fullmatch(text, start, end) and re.match(f"[{HAN}]", text[start - 1]):
            position = end  # 'A（责任人：<person>）、B': the person after a body's name, no clause of its own (round BD)
            continue
        # '（A负责统筹，B具体负责；…）' as a sentence says it; '（以上任务由A牵头，B配合）' as '（由A牵头，B配合）' (round BT)
        body = _plain_roles(_WORK_ABOVE_SAID.sub("", text[start + 1: end - 1 if closed else end]))
        clause = _is_clause(body)
        bare = closed and not clause and (not text[end:].strip(" 。；;") or _opens(text, start, end)) \
            and (_names_bodies(body) or _bodies_and_time(body, doc_year))
        closing = not text[end:].strip(" 。；;") or text[end:end + 1] in OPEN  # at the end, or before the clause
        if closed and closing and not (clause or bare) and (roles := _bracketed_roles(body, doc_year)):
            block = read_fields(roles, doc_year=doc_year)  # '（A负责，2024年9月底前完成专项检查）'
            block.start, block.end = start, end
            blocks.append(block)
            position = end
            continue
        if closed and closing and not (clause or bare) and (deadline := _deadline_part(body, doc_year)) is not None:
            block = Block(start, end, deadlines=[deadline])  # '（长期坚持）' alone in its bracket
            if sentences and not blocks and (roles := _closing_sentence(text[:start], doc_year)
                                             or _inline_fields(text[:start], doc_year)) and roles[0].units:
                block.units, block.start = roles[0].units, roles[0].start  # 'A牵头，B配合（2025年底前完成）。'
            blocks.append(block)
            position = end
            continue
        if not (clause or bare):
            position = end if closed else start + 1
            continue
        block = read_fields(body, doc_year=doc_year)
        block.start, block.end = start, end
        if bare:
            block.problems.append(f"the bracket （{body[:30]}） names bodies only, without a label or role word; "
                                  "read as the task's 责任单位")
        if not closed:
            block.problems.append("unclosed bracket around the 责任单位 block")
        elif OPEN.index(text[start]) != CLOSE.index(text[end - 1]):
            block.problems.append(f"bracket {text[start]} closed by {text[end - 1]}")
        blocks.append(block)
        position = end
    found = blocks or _inline_fields(text, doc_year) \
        or (_body_colon(text) or _with_subjects(_enumerated_tails(text, doc_year) or _closing_sentence(text, doc_year)
                                                or _roles_before_target(text, doc_year), text) if sentences else [])
    return found + _mid_time_fields(text, found, doc_year) if sentences else found


# '…相关乡镇人民政府落实，整改时间：2024年12月底前。' / '…开展排查，整改时间：立行立改并长期坚持，督促…': a time label
# inside a sentence, after a comma (no bracket, no line of its own): its value runs to the next comma or stop.
_DEADLINE_LABELS = "|".join(sorted((k for k, v in LABELS.items() if v == "deadline"), key=len, reverse=True))
_MID_TIME = re.compile(rf"[，,](?P<at>\s*(?:{_DEADLINE_LABELS})\s*[：:](?P<value>[^，,；;。（(]{{2,20}}))(?=[，,；;。（(]|$)")


_TIME_SAID = re.compile(r"长期|持续|常态|立行立改|立即|即时|随时|每(?:年|半年|季度|季|月|周|旬)|[年月季]底?前")


def _mid_time_fields(text: str, found: list[Block], doc_year: int | None) -> list[Block]:
    """Time fields inside sentences of prose that no clause already holds. Where the sentence before the label
    only names bodies with their roles ('A牵头，B落实，整改时间：…'), those are the task's units too."""
    out: list[Block] = []
    for m in _MID_TIME.finditer(text):
        at = m.start("at")  # after the comma
        if any(b.start <= at < b.end for b in found):
            continue
        deadline = parse_field(m.group("value").strip(), doc_year=doc_year)
        if deadline.kind == "unknown" and not _TIME_SAID.search(deadline.text):
            continue  # '，期限：3年' (a term), '，时间安排：分三个阶段推进' (phases): no time limit said
        start = text.rfind("。", 0, at) + 1
        head = _LEAD_VERB.sub("", text[start: at].strip().rstrip("，,"))
        if head and not any(start < b.end and b.start < at for b in found) and _roles_only(head, doc_year):
            block = read_fields(head, doc_year=doc_year)
            block.start = start
        else:
            block = Block(m.start(), m.end())  # the comma before the label goes with it
        block.deadlines.append(deadline)
        block.end = m.end()
        out.append(block)
    return out


# '…应建尽建，牵头科室：A；配合科室：B。完成时间：T。': a run of fields may open after a comma; its first label is the
# run's start when the next field follows it after a ；
_FIELD_AFTER_COMMA = re.compile(rf"(?<=[，,])\s*(?:{_LABEL})\s*[：:][^，,。；;：:]{{2,60}}[；;]\s*$")


# '县委组织部：统筹推进…' / '县财政局：落实…资金': a 部门职责 item opens with the body and a colon, then says its work
_BODY_COLON = re.compile(r"^\s*(?P<names>(?:各|市|县|区|乡|镇|省|州|中共|共青团)[^：:，,。；;（）()\s]{2,28})[：:](?=\S)")


def _body_colon(text: str) -> list[Block]:
    m = _BODY_COLON.match(text)
    if m is None or not _names_bodies(m.group("names")) or _LEADING_LABEL.match(text):
        return []
    return [Block(0, m.end(), list(split_units(m.group("names"))))]


# '镇环卫所要牵头做好…。各村（社区）要落实保洁人员，…': a paragraph that OPENS with a body told what to do ('A要…') names
# who does the task in its sentences' subjects — each sentence opening 'A要…' / 'A负责…' / 'A要会同B，…' — when no clause does.
_SUBJECT = re.compile(rf"^(?P<names>[^，,。；;：:]{{2,40}}?)(?P<verb>要|负责|牵头)(?=[{HAN}])")
_WITH = re.compile(r"^要会同(?P<names>[^，,。；;：:]{2,40}?)[，,]")


def _subject_bodies(text: str) -> list[Block]:
    sentences = [s.strip() for s in re.split(r"[。；;！]", text) if s.strip()]
    first = _SUBJECT.match(sentences[0]) if sentences else None
    if first is None or first.group("verb") != "要":
        return []
    units: list[Unit] = []
    for sentence in sentences:
        if (m := _SUBJECT.match(sentence)) is None or not _subject_names(m.group("names")):
            continue
        units += split_units(m.group("names"))
        if (w := _WITH.match(sentence[m.start("verb"):])) and _subject_names(w.group("names")):
            units += split_units(w.group("names"), role="support")
    opener = first.group("names")  # a named body: '各县（市、区）要于…前报送' opening a paragraph is a request to the addressees
    return [Block(len(text), len(text), units)] if units and _subject_names(opener) and not opener.startswith("各") else []


def _with_subjects(closing: list[Block], text: str) -> list[Block]:
    """The closing sentence's clause, its units after those the paragraph's subjects name ('A要…。B负责督促指导，…')."""
    if not (subjects := _subject_bodies(text)):
        return closing
    if not closing:
        return subjects
    named = {u.name for u in closing[0].units}
    closing[0].units = [u for u in subjects[0].units if u.name not in named] + closing[0].units
    return closing


def _subject_names(names: str) -> bool:
    """Named bodies or a level's ('各村（社区）'); '各单位要高度重视…' (anyone addressed) is a request, no body's task."""
    return not _OTHER_WORK.search(names) and all(
        _LEVEL_NAME.match(n) or (_names_bodies(n) and not n.startswith(("各", "有关", "相关", "全"))) for n in split_top(names, "、"))


def _inside_bracket(text: str, start: int) -> str:
    """The fields from start on; when they stand inside a bracket opened before them ('（县级领导：王伟；牵头单位：A；
    责任单位：B）': a first part not read as a field) the bracket's close is none of theirs (round BQ: 'B）' was a unit)."""
    tail = text[start:]
    bare = tail.rstrip(" 。；;")
    if bare.endswith(("）", ")")) and bare.count("（") + bare.count("(") < bare.count("）") + bare.count(")") \
            and text.count("（", 0, start) + text.count("(", 0, start) > text.count("）", 0, start) + text.count(")", 0, start):
        return bare[:-1]
    return tail


def _inline_fields(text: str, doc_year: int | None) -> list[Block]:
    m = _INLINE_FIELDS.search(text)
    if m is None:
        return []
    start = m.start("at")
    if (first := _FIELD_AFTER_COMMA.search(text, 0, start)) is not None:
        start = first.start() - 1  # the comma before the label goes with it
    block = read_fields(_inside_bracket(text, start), doc_year=doc_year)
    while start > 0 and text[start - 1] == "—":  # the dash before the labels goes with them
        start -= 1
    block.start, block.end = start, len(text)
    if not block.units and (roles := _closing_sentence(text[:start], doc_year)) and roles[0].units:
        block.units, block.start = roles[0].units, roles[0].start  # '由A牵头，B配合。办结时限：…。'
    return [block]


# '…抽检合格率稳定在98%以上。县农业农村局牵头，县市场监管局配合。': a closing sentence that names bodies with their
# roles (and perhaps a time) and says nothing else is the task's clause, bracket or not. '由X牵头，会同Y开展…' (roles
# in a sentence of action) and '各乡镇要明确一名分管领导具体负责' (no body's name) stay prose.
_ROLE_TAIL = re.compile(r"(?:按照?职责分工|按照?职责|(?:依|根据|依据)职责(?:分工)?|具体|分别|共同)?"
                        r"(?:牵头|负责|配合|参与|协助|协办|落实)+$")
_LEAD_VERB = re.compile(r"(?:(?<=负责)(?:统筹|组织实施|组织|协调|督促|指导|落实|监督|督导|督办|牵头)+|(?<=牵头)(?:组织实施|实施|抓总|落实|统筹|协调|推动|推进))(?=[，,；;]|$)")  # 'X负责统筹' is 'X负责'
# 'A为牵头单位，B为落实单位': the role said as what the body is ('为…单位') is the role word
# round BT: 'A为此项工作责任单位' (the work named between 为 and the role), 'A、B为共同责任单位'
_AS_ROLE = re.compile(rf"(?:为|担任|作为|是)(?:(?:此项|该项|本项|这项)(?:工作|任务)的?)?"
                      rf"(?P<role>牵头|主体责任|第一责任|协同责任|共同责任|责任|主责|配合|参与|协同|协办|落实|主[{HAN}]{{1,3}}?)"
                      r"(?:单位|部门|科室|处室|股室)(?=[，,；;]|$)")
# 'A作为主体责任单位': A answers for it; 'A是第一责任单位，B是协同责任单位' (round BD): A leads, B takes its part
_AS_ROLE_WORD = {"责任": "负责", "主体责任": "负责", "共同责任": "负责", "主责": "负责", "协同": "配合", "第一责任": "牵头",
                 "协同责任": "配合"}


def _as_role_word(m: re.Match) -> str:
    """'为牵头单位' -> '牵头'; 'A为主修订单位' / 'A为主办单位' (session 11): the MAIN body of the work named leads it."""
    role = m.group("role")
    return _AS_ROLE_WORD.get(role, "牵头" if role.startswith("主") else role)


_WHOLE_CHARGE = re.compile(r"(?<=[^，,；;])负总责(?=[，,；;]|$)")  # 'X负总责，Y具体负责': X answers for it, a lead
# '责任单位为A、B' / '牵头单位为A，配合单位为B': a label said with 为 instead of a colon is the role word after the names
# round BT: '牵头单位是A，配合单位是B、C' (是 for 为)
_LABEL_AS = re.compile(r"(?:^|(?<=[，,；;]))(?P<label>牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|落实单位|落实部门)[为是](?P<names>[^，,；;]{2,60})")
_LABEL_ROLE_WORD = {"牵头": "牵头", "责任": "负责", "配合": "配合", "落实": "负责"}


# Roles said in other words: '以A为主' (A leads), 'A是责任主体' / 'A承担主体责任' / 'A各负其责' / 'A根据各自职能承担相应任务'
# (A answers for it), 'A主抓' (leads), 'B各司其职' / 'B履行行业监管责任' (takes its part beside the lead), '具体由A承办' (A does it),
# '按职能分工负责' (按职责分工负责).
_SAID_ROLES = [
    (re.compile(r"^以(?P<names>[^，,；;]{2,40}?)为主(?=[，,；;]|$)"), r"\g<names>牵头"),
    (re.compile(r"(?<=[^，,；;])(?:是责任主体|承担主体责任|各负其责|(?:根据|按照?|依据)各自职(?:能|责)(?:承担相应(?:任务|工作|职责)|抓好落实|负责))"
                r"(?=[，,；;]|$)"), "负责"),
    (re.compile(r"(?<=[^，,；;])主抓(?=[，,；;]|$)"), "牵头"),
    (re.compile(rf"(?<=[^，,；;])(?:各司其职|履行[{HAN}]{{0,4}}监管责任)(?=[，,；;]|$)"), "配合"),
    (re.compile(r"^具体由(?=[^，,；;]{2,40}承办(?:[，,；;]|$))"), "由"),
    (re.compile(r"(?<=[^，,；;])承办(?=[，,；;]|$)"), "负责"),
    (re.compile(r"(?<=按|照)职能(?=分工|负责)"), "职责"),
    # round AZ: '由A统筹，B抓好落实' / 'A抓总，B跟进落实' / 'A领衔，B参与' (A leads); 'A主责' / 'A、B齐抓共管' (A answers for it);
    # '具体工作由A承担' (A does it); 'A指导，B实施' (B carries it out, A guides: a support); 'A、B按照“谁主管、谁负责”原则抓好落实'
    # (each by its duty)
    (re.compile(r"(?<=[^，,；;])(?<!负责)(?<!牵头)(?<!加强)(?<!做好)(?:统筹(?:协调|推进)?|抓总|领衔|总牵头)(?=[，,；;]|$)"), "牵头"),
    (re.compile(r"(?<=[^，,；;])(?:主责|齐抓共管)(?=[，,；;]|$)"), "负责"),
    (re.compile(r"^具体工作由(?=[^，,；;]{2,40}承担(?:[，,；;]|$))"), "由"),
    (re.compile(r"(?<=[^，,；;])(?<!共同)承担(?=[，,；;]|$)"), "负责"),
    (re.compile(r"^(?P<guide>[^，,；;]{2,40}?)(?<!负责)(?<!牵头)(?<!督促)指导[，,](?P<names>[^，,；;]{2,40}?)(?:(?:具体|组织)?实施|(?:具体|抓好|组织)?落实)(?=[，,；;]|$)"),
     r"\g<guide>配合，\g<names>负责"),  # round BO: 'A指导，B落实'

    # 'A会同B组织实施': A leads, B takes part
    (re.compile(r"^(?P<lead>[^，,；;]{2,40}?)会同(?P<names>[^，,；;]{2,40}?)(?:组织实施|实施|推进|(?:抓好|做好)落实)(?=[，,；;]|$)"),
     r"\g<lead>牵头，\g<names>配合"),
    (re.compile(r"(?<=[^，,；;])按照?[“\"]谁主管、?谁负责[”\"]的?原则(?:抓好|做好)?落实(?=[，,；;]|$)"), "按职责落实"),
    # '由A具体实施' (A does it), 'A、B按职能职责抓好落实' (each by its duties), 'B、C给予支持' (beside the lead)
    (re.compile(r"^由(?P<names>[^，,；;]{2,40}?)具体实施(?=[，,；;]|$)"), r"\g<names>负责"),
    (re.compile(r"(?<=[^，,；;])按照?职能职责(?:抓好|做好)?落实(?=[，,；;]|$)"), "负责"),
    (re.compile(r"(?<=[^，,；;])给予支持(?=[，,；;]|$)"), "配合"),
    # round BD: 'A承担牵头责任，B承担配合责任' (the role said as the responsibility borne); 'A负主体责任' / 'A负主责' (A answers
    # for it); 'A主办，B协办' (A leads); '由A抓好落实' opening the sentence (A does it); 'B按照“一链一专班”要求抓好落实' (a quoted
    # requirement said in the place of 谁主管、谁负责)
    (re.compile(r"(?<=[^，,；;])承担牵头责任(?=[，,；;]|$)"), "牵头"),
    (re.compile(r"(?<=[^，,；;])承担(?:配合|协同)责任(?=[，,；;]|$)"), "配合"),
    (re.compile(r"(?<=[^，,；;])负(?:主体责任|主责)(?=[，,；;]|$)"), "负责"),
    (re.compile(r"(?<=[^，,；;])主办(?=[，,；;]|$)"), "牵头"),
    (re.compile(r"^由(?P<names>[^，,；;]{2,40}?)(?:抓好|做好)落实(?=[，,；;]|$)"), r"\g<names>负责"),
    # round BT: '…按照“三管三必须”要求各负其责' (each answers for its part by the quoted rule) as '…要求抓好落实'
    (re.compile(r"(?<=[^，,；;])按照?[“\"][^”\"，,；;]{2,12}[”\"]的?(?:要求|原则)(?:(?:抓好|做好)?落实|各负其责|履职尽责|负责)(?=[，,；;]|$)"), "按职责落实"),
    # round BT: 'A负责此项工作' / 'A牵头抓好该项任务' (the work named after the role word, as '此项工作由A负责' names it before)
    (re.compile(r"(?<=[^，,；;])(?P<role>牵头|负责)(?:抓好|做好|落实)?(?:此项|该项|本项|这项)(?:工作|任务)(?=[，,；;]|$)"), r"\g<role>"),
    # round BG: 'A为责任主体'; 'A挂牌督办' / 'A跟踪督办' / 'A牵头督办' (the body that supervises the work leads it); 'A具体抓落实' /
    # 'A负责具体工作' (A does it); 'A抓好统筹' (leads); 'A、B共同组织' / 'A、B联合监管' (both answer for it); 'B各负其责、协同推进' (two
    # role phrases joined by 、); 'A、B按照职责分工，共同抓好落实' (a comma inside the role phrase); '具体由A负责组织实施'; 'B配合A做好…'
    # (the support named first); 'A、B联合C组织实施' (C joins the work)
    (re.compile(r"(?<=[^，,；;])为责任主体(?=[，,；;]|$)"), "负责"),
    (re.compile(r"(?<=[^，,；;])(?:挂牌|跟踪|牵头)督办(?=[，,；;]|$)"), "牵头"),
    (re.compile(r"(?<=[^，,；;])(?:具体)?抓落实(?=[，,；;]|$)|(?<=[^，,；;])负责具体(?:工作|事务)(?=[，,；;]|$)"), "具体负责"),
    (re.compile(r"(?<=[^，,；;])抓好统筹(?=[，,；;、]|$)"), "牵头"),
    (re.compile(r"(?<=[^，,；;])(?:共同|联合)(?:组织实施|组织|推进|实施|开展|监管)(?=[，,；;]|$)"), "共同负责"),
    # session 11: 'A、B联合开展执法检查，每月通报一次，全年持续开展' (联合开展 and what, in a sentence CLOSED by the task's time:
    # both answer for it; without the time the sentence says what they do, prose — round BD's reading)
    (re.compile(rf"(?<=[^，,；;])联合开展[{HAN}]{{2,8}}(?=(?:[，,；;][^，,；;]*)*[，,；;][^，,；;]*(?:前|底|末|年内|持续开展|持续推进|长期坚持|常态化推进|常态化开展)$)"),
     "共同负责"),
    # session 11: 'A、B各司其职、密切配合' OPENING the sentence (no lead named before): each answers for its part, as
    # '按职责分工负责'; after a lead ('A牵头，B、C各司其职、密切配合') it stays a support (the next rule)
    (re.compile(r"^(?P<names>[^，,；;]{2,60}?)各司其职、(?:密切配合|协同推进|协同配合)(?=[，,；;]|$)"), r"\g<names>按职责分工负责"),
    (re.compile(r"(?<=[^，,；;])(各负其责|各司其职)、(?:密切配合|协同推进|协同配合)(?=[，,；;]|$)"), r"\1"),
    (re.compile(r"(?<=[^，,；;])按照?职责分工[，,]共同(?:抓好|做好)?落实(?=[，,；;]|$)"), "按职责分工负责"),
    (re.compile(r"^具体由(?=[^，,；;]{2,40}?(?:负责|牵头))"), "由"),
    (re.compile(rf"^(?P<names>[^，,；;]{{2,40}}?)配合(?P<lead>[^，,；;]{{2,40}}?)(?:做好|开展|抓好)[{HAN}]{{0,8}}(?=[，,；;]|$)"),
     r"\g<lead>牵头，\g<names>配合"),
    (re.compile(r"^(?P<lead>[^，,；;]{2,40}?)联合(?P<names>[^，,；;]{2,40}?)(?:组织实施|实施|开展|推进)(?=[，,；;]|$)"),
     r"\g<lead>负责，\g<names>配合"),
    # 'A、B和C按职责抓好落实' opening the sentence (抓好 between the duty and the role word; after a lead it stays a duty,
    # blocks._DUTY); 'A督促B落实' / 'A指导B开展集中宣传' (A directs B's work: A
    # leads, B does it); '由A、B负责，其中A牵头' (其中 names the lead among the bodies already named)
    (re.compile(r"^(?P<names>[^，,；;]{2,60}?)按照?职责(分工)?(?:抓好|做好)落实(?=[，,；;]|$)"), r"\g<names>按职责\2落实"),
    (re.compile(rf"^(?P<lead>[^，,；;]{{2,40}}?)(?:督促|指导)(?P<names>[^，,；;]{{2,40}}?)(?:落实|开展[{HAN}]{{0,8}}|组织实施)(?=[，,；;]|$)"),
     r"\g<lead>牵头，\g<names>负责"),
    (re.compile(r"[，,]其中[^，,；;]{2,40}?牵头(?=[，,；;]|$)"), ""),
    # session 11: 'A、B按各自职责分别储备' (each by its duty does its share of the work: each answers for it)
    (re.compile(rf"(?<=[^，,；;])按照?(?:各自)?职责分别[{HAN}]{{2,4}}(?=[，,；;]|$)"), "分别负责"),
    # session 11: '…，各村党组织书记为第一责任人，…' — a PERSON who answers for it, named by post among the roles: no body,
    # the part goes (before round BO's reading of '是第一责任人' after a body's name)
    (re.compile(rf"[，,][{HAN}]{{0,12}}(?:书记|主任|局长|校长|院长|站长|所长|队长|组长|[省市县区镇乡村]长|负责人|负责同志)"
                r"(?:是|为|作为)(?:第一|直接|主要)?责任人(?=[，,；;]|$)"), ""),
    # round BO: '各乡镇人民政府是第一责任人（第一责任主体）' (leads when it opens the sentence; after 'A负总责' it answers
    # for its own part); 'A为实施主体' (does it); 'A负主管责任，B负属地责任（负监管
    # 责任）' (each answers for its part); 'A主导，B参与' (leads); 'B协同配合'; 'A、B分别负责校舍建设和资金保障' (each its part,
    # the parts named after 分别负责); 'A会同B研究制定实施细则，<time>前出台' (A drafts it with B by a time: A leads, B takes part —
    # only when a part follows, which must then read as a time for the sentence to be roles)
    (re.compile(r"^(?P<names>[^，,；;]{2,40}?)(?:是|为|作为)第一责任(?:人|主体)(?=[，,；;]|$)"), r"\g<names>牵头"),
    (re.compile(r"(?<=[^，,；;])(?:是|为|作为)第一责任(?:人|主体)(?=[，,；;]|$)"), "负责"),  # after 'A负总责': each answers for its part
    (re.compile(r"(?<=[^，,；;])(?:是|为|作为)(?:实施|落实)主体(?=[，,；;]|$)"), "负责"),
    (re.compile(r"(?<=[^，,；;])负(?:主管|属地|监管|行业监管|行业主管|直接)责任(?=[，,；;]|$)"), "负责"),
    (re.compile(r"(?<=[^，,；;])主导(?=[，,；;]|$)"), "牵头"),
    (re.compile(r"(?<=[^，,；;])协同配合(?=[，,；;]|$)"), "配合"),
    (re.compile(rf"^(?P<names>[^，,；;]{{2,40}}?[、和与][^，,；;]{{2,40}}?)分别负责[{HAN}]{{2,10}}(?:和|、|及)[{HAN}]{{2,10}}(?=[，,；;]|$)"),
     r"\g<names>分别负责"),
    (re.compile(r"^(?P<lead>[^，,；;]{2,40}?)要?会同(?P<names>[^，,；;]{2,40}?)(?:研究制定|研究提出|研究确定|制定|起草|编制)[^，,；;]{2,20}"
                r"(?=[，,；;](?:于|在)?(?:\d{4}年|[〇一二三四五六七八九零]{4}年|今年|明年|次年|年内|年底|年中|[上下]半年|\d{1,2}月|第?[一二三四]季度))"),
     r"\g<lead>牵头，\g<names>配合"),
    # round CG: '请A牵头，B配合' (a request to the lead: 请 is no part of its name); 'A、B要按照职责分工，加大执法检查力度' (each
    # answers for its part, the duty said after the comma); '在A的指导下，B负责<work>' (B does it, A guides: a support, as
    # 'A指导，B落实'); '交由A具体办理' / '责成A限期办结' (the body the work is handed to or charged with answers for it); '执法主体：A'
    # (the enforcing body named by a label); '各村（社区）要落实<work>' closing the prose (the villages do it: a level's name)
    (re.compile(r"^请(?=[^，,；;]{2,40}?(?:牵头|负责))"), ""),
    (re.compile(rf"^(?P<names>[^，,；;]{{2,60}}?)要?按照?职责(?:分工)?[，,](?:加大|抓好|做好|加强|强化|落实|推进)[{HAN}]{{1,14}}(?=[，,；;]|$)"),
     r"\g<names>按职责分工负责"),
    (re.compile(rf"^在(?P<guide>[^，,；;]{{2,40}}?)的?(?:指导|统筹|督导)下[，,](?P<names>[^，,；;]{{2,40}}?)(?:具体)?负责[{HAN}]{{0,20}}(?=[，,；;]|$)"),
     r"\g<guide>配合，\g<names>负责"),
    (re.compile(r"^交由(?P<names>[^，,；;]{2,40}?)(?:具体)?(?:办理|承办|负责|落实)(?=[，,；;]|$)"), r"\g<names>负责"),
    (re.compile(rf"^责成(?P<names>[^，,；;]{{2,40}}?)(?:限期)?(?:办结|整改(?:到位)?|办理|处理|落实[{HAN}]{{0,6}})(?=[，,；;]|$)"), r"\g<names>负责"),
    (re.compile(r"^(?:执法|实施|责任)主体[：:](?P<names>[^，,；;：:]{2,40})$"), r"\g<names>负责"),
    (re.compile(rf"^(?P<names>各(?:村|社区|乡镇|镇|乡|街道)(?:[（(][^（）()]{{1,8}}[）)])?)要(?:落实|做好|抓好|加强|建立|开展)[{HAN}]{{1,12}}(?=[，,；;]|$)"),
     r"\g<names>负责"),
]


# round BD: how a sentence of roles may join or dress its names — 'A抓总、B协同' (roles joined by 、 after a lead word that is
# not 牵头 / 负责), 'A和B按职责分工负责' / 'A与B共同负责' (two bodies joined by 和, 与 or 及), '明确A为牵头部门' (明确 before the
# role said as what A is), 'B、C等部门参与' (等部门 after the names), 'A（负责人：<person>）牵头' (a person after a body), '——A牵头'
# (a dash before the sentence)
_LEAD_PAUSE = re.compile(r"(?:(?<=抓总|主抓|领衔|主办|主责|统筹|牵头)|(?<=负总责))、(?=[^、，,；;]{2,40}?(?:抓好|做好|具体)?落实(?:[，,；;]|$))|(?:(?<=抓总|主抓|领衔|主办|主责)|(?<=负总责))、")
_MAKE_CLEAR = re.compile(r"^明确(?=[^，,；;]{2,40}?(?:为|作为)(?:牵头|责任|第一责任|主体责任)(?:单位|部门))"
                         r"|^明确(?=由[^，,；;]{2,40}?(?:牵头|负责))")  # round BO: '明确由A牵头，B配合'
# round BO: '责任分工如下：A牵头，B配合' / '具体分工为：…' / '工作分工：…' opening the sentence: the roles follow the colon
_DIVISION = re.compile(r"^(?:(?:工作|任务|具体)分工(?:如下|为)?|责任分工(?:如下|为))[：:]")
# round BO: '牵头单位为A，配合单位为B，完成时间为2025年5月底前': the time said with 为 as the labels are
_TIME_AS = re.compile(r"(?:^|(?<=[，,；;]))(?:完成时间|完成时限|完成期限|时间节点)为(?=[^，,；;]{2,20}(?:[，,；;]|$))")
_AND_SO_ON = re.compile(r"等(?:有关|相关)?(?:部门|单位)(?=(?:按照?职责(?:分工)?|共同|分别|具体)?(?:牵头|负责|配合|参与|协助|协办|落实)(?:[，,；;]|$))"
                        # round BG: 'B等有关处室按照各自职责做好…', 'C等市直相关部门按职责分工配合', 'B等其他相关部门配合'
                        r"|(?<=[局委办厅院室处科股所站队部心])等(?:其他)?(?:[省市县区]直)?(?:有关|相关)(?:部门|单位|处室|科室|股室)(?=[^、，,；;])")
_OWN_DUTIES = re.compile(r"(?:按照?|根据|依据)各自职责(?=(?:做好|抓好)|负责|落实|配合)")  # '按照各自职责做好相关工作' as 按职责
_PERSON_NOTE = re.compile(rf"[（(](?:{_PERSON}|负责人)[：:][^（）()：:]{{1,12}}[）)]")
# round BT: '由县发展和改革局（以下简称县发改局）牵头': the short name given at its first mention is no part of the name
_SHORT_NAME_NOTE = re.compile(r"[（(](?:以下)?简称[“\"]?[^（）()“”\"，,；;]{1,12}[”\"]?[）)]")
_AND = re.compile(r"[和与及]")
# round CH: '各县（市、区）党委和政府负责': a bare 政府 after 和 is the same place's government, one unit with the 党委
_SHARED_GOVERNMENT = re.compile(rf"(?:人民)?政府(?![{HAN}]*(?:局|委|办|厅))")


def _joined_bodies(sentence: str) -> str:
    """'基础教育科和发展规划科按职责分工负责' -> '基础教育科、发展规划科按…': 和 / 与 / 及 between two bodies' names is a 、
    (not inside one name: '县工业和信息化局', '市自然资源和规划局' — the part before 和 names no body)."""
    if not _AND.search(sentence):
        return sentence
    out = list(sentence)
    for m in _AND.finditer(sentence):
        left = re.split(r"[，,；;、由]", sentence[: m.start()])[-1]
        right = re.split(r"[，,；;、]", sentence[m.end():])[0]
        if left and _names_bodies(left) and _body_prefix(right) and not OWN_UNITS.match(sentence, m.start()) \
                and not _SHARED_GOVERNMENT.match(right):
            out[m.start()] = "、"  # '…局及所属单位' names the bodies under it, none of its own (round BW)
    return "".join(out)


_WORD_ON = set("署理置结同")


def _body_prefix(text: str, *, followed: bool = False) -> str:
    """The longest start of `text` that is a body's name ('县农业农村局协同' -> '县农业农村局'); '' when none is."""
    for end in range(min(len(text) - followed, 20), 1, -1):
        if text[end: end + 1] in _WORD_ON and text[end - 1] in "部处办会":
            continue  # '统一部署', '负责处理', '会同': the name's last character begins a word
        if (_BODY_END.search(text[:end]) and _names_bodies(text[:end])) or _LEVEL_NAME.match(text[:end]):
            return text[:end]
    return ""


@lru()  # pure; ~8 readings of each distinct sentence or bracket body in a folder of plans
def _plain_roles(sentence: str) -> str:
    """'X负责统筹' -> 'X负责'; 'X为牵头单位' -> 'X牵头'; the roles said in other words (_SAID_ROLES) -> the role word."""
    sentence = _PERSON_NOTE.sub("", _MAKE_CLEAR.sub("", _DIVISION.sub("", _SHORT_NAME_NOTE.sub("", sentence.lstrip("—－ ")))))
    sentence = _joined_bodies(_OWN_DUTIES.sub("按职责", _AND_SO_ON.sub("", _LEAD_PAUSE.sub("，", sentence))))
    for pattern, word in _SAID_ROLES:
        sentence = pattern.sub(word, sentence)
    sentence = _AS_ROLE.sub(_as_role_word, sentence)
    sentence = _WHOLE_CHARGE.sub("负责", sentence)
    sentence = _TIME_AS.sub("", _LABEL_AS.sub(lambda m: m.group("names") + _LABEL_ROLE_WORD[m.group("label")[:2]], sentence))
    return _LEAD_VERB.sub("", sentence)
# names a sentence gives a role to beside bodies' names: '各村（社区）', '各乡镇', and the 所 of a town ('镇自然资源所')
_LEVEL_NAME = re.compile(r"^各(?:村|社区|乡镇|镇|乡|县|区|市|街道)(?:[（(][^（）()]{1,8}[）)])?$|^[^、]{2,12}(?<![场住])所$|^各[^、，,]{1,10}企业$")


# '此项工作由X负责' names this task's body; '以上任务由X牵头' / '其中城区部分由X负责' speak of other work
_THIS_WORK = re.compile(r"^(?:此项|该项|本项|这项)(?:工作|任务)(?:(?=由)|[，,]?(?=[^，,；;由]{2,40}?(?:具体)?(?:牵头|负责)))")  # '此项工作A具体负责' (BD)
# ... and '资金保障县财政局负责' / '宣传工作县委宣传部牵头' name a part of the work before the body: that part's
_OTHER_WORK = re.compile(r"^(?:以上|上述|前述|其中|其余)|由|(?:工作|保障|任务|事项|部分|方面|环节|经费|资金)(?=[各市县区乡镇省])")


# round BT: a bracket of roles that opens by naming the work above it ('（以上任务由A牵头，B配合）', '（上述两项工作均由A负责）'):
# the words before 由 are no part of the first name
_WORK_ABOVE_SAID = re.compile(r"^\s*(?:以上|上述)(?:各项|[一二两三四五六七八九十\d]{1,2}项)?(?:工作|任务|措施|事项)(?:均)?(?=由)")


_SENTENCE_REACH = 200  # characters: a sentence saying who does the task is short


def _role_names(part: str) -> bool:
    names = _ROLE_TAIL.sub("", part).removeprefix("由")
    return bool(names) and not _OTHER_WORK.search(names) \
        and all(_names_bodies(n) or _LEVEL_NAME.match(n) for n in split_top(names, "、"))


# 'A负责，督促在建项目落实安全责任' / 'A牵头，组织各社区开展入户检查': in a SENTENCE closing the paragraph, a part after the lead
# that opens with a duty and names no body first is what the lead does ('A负责督促…' said after a comma): it goes (round BI).
# '会同B…' / '联合B…' bring in a partner and stay (the sentence is then prose), and so does a duty after a 、 ('A牵头、组织…',
# round AH) or inside a bracket ('（由A负责，组织媒体集中报道…）', round AT).
_OWN_DUTY = re.compile(r"^(?:督促|指导|组织|统筹|做好|抓好|推动|推进|开展|加强)(?!.*(?:牵头|负责|配合|参与|协助|协办|落实)$)")


def _lead_duties_dropped(sentence: str) -> str:
    parts = split_top(sentence, "，,；;")
    if len(parts) < 2 or not parts[0].endswith(("牵头", "负责")) or not any(_OWN_DUTY.match(p) for p in parts[1:]):
        return sentence
    return "，".join([parts[0], *(p for p in parts[1:] if not _OWN_DUTY.match(p))])


def _closing_sentence(text: str, doc_year: int | None) -> list[Block]:
    body = text.rstrip().rstrip("。")
    start = body.rfind("。") + 1
    if not 0 < len(body) - start <= _SENTENCE_REACH:
        return []
    sentence = _lead_duties_dropped(_plain_roles(_THIS_WORK.sub("", body[start:].strip())))
    if not sentence.strip():
        return []
    if (roles := _roles_read(sentence, doc_year)) is None:
        tail = _by_tail(body[start:]) or _bare_tail(body[start:], doc_year)
        if not tail or _PART_HEAD.search(body[start: start + tail - 1].strip()):
            return []
        start += tail
        if (roles := _roles_read(_plain_roles(body[start:].strip()), doc_year)) is None:
            return []
    block = read_fields(roles, doc_year=doc_year)
    block.start, block.end = start, len(text)
    return [block]


# 'A牵头，B保障资金，C做好征地协调，分阶段推进，2025年6月底前完成储备点建设': after a lead, a body followed by the duty
# it takes on is a support role; a pace ('分阶段推进', '贯穿项目建设全过程') says no time; a time point followed by what
# is done by then is that time. The sentence, so rewritten ('A牵头，B配合，C配合，2025年6月底前'), is then read as any sentence of roles.
_DUTY = re.compile(rf"^(?P<names>.{{2,40}}?)(?:按照?职(?:责|能)(?:分工)?|分工|分头|分别)?"
                   rf"(?:做好|抓好|提供|保障|组织实施|具体实施|组织|实施|指导|协调|督促|落实|加强|支持|协同|跟进|跟踪|予以)[{HAN}]{{0,6}}$")
_PACE = re.compile(rf"^(?:分阶段|分步|分批|分年度|有序|稳步)(?:推进|实施)$|^贯穿(?:[{HAN}]{{2,12}}全过程|始终|全年)$"
                   # ... nor does how often the work is done ('按月调度', '每年开展一次专项检查')
                   rf"|^(?:按|每)(?:年|半年|季度?|月|周|旬)度?(?:开展|调度|通报|报送|召开|组织|督查|督导|检查|巡查|分析)[{HAN}]{{0,10}}$"
                   # ... nor a step of approval after the work ('报市政府同意后印发', session 11)
                   rf"|^报[{HAN}]{{2,12}}?(?:同意|审定|批准|审议|审核)(?:通过)?后[{HAN}]{{0,6}}$")
# ... and a time tied to an event of the year ('汛前完成改造', '春节前完成') is no date: it goes, as the pace does
# round BO: '病虫害高发期前完成第一轮普查', '防火期前' — a season of the work's own, as the year's events are
_SEASON_EVENT = rf"[{HAN}]{{1,5}}(?:高发|高峰|农忙|防火)期(?:来临|到来)?前"
_EVENT_BY = re.compile(rf"^(?:\d{{4}}年)?(?:春季|秋季)?(?:每?学期)?(?:{_EVENTS}|{_SEASON_EVENT})[{HAN}]{{0,10}}(?:\d{{1,3}}(?:%|％)(?:以上)?)?$")
# ... nor a span counted from an unknown start ('三年内建成预警平台', '6个月内完成'): no date, it goes too
_WITHIN = re.compile(rf"^(?:[{HAN}]{{2,8}}后)?[一二两三四五六七八九十\d]{{1,3}}个?(?:年|月|季度|周|日|天|工作日)内[{HAN}“”\d]{{2,20}}$")
_WHAT_BY = re.compile(rf"^(?P<when>(?:本|当|今)?年度?[内底末](?![前以之])(?=[{HAN}]{{2}})|[上下]半年(?=[{HAN}]{{2}})|.{{2,16}}?(?:前|(?:底|末)(?!前|[之以]前)|起|季度(?![末底])|[上中下]旬(?![前以之])|年中(?![前以之])|半年|年度?内|[年月]初|[月日](?![前底末起旬]|[上中下]旬|[以之]前)))[{HAN}“”]{{2,20}}"
                      rf"(?:\d{{1,4}}(?:[{HAN}]{{1,2}}|%|％)(?:以上)?)?$")  # '年内新增省级示范社3家': what is done may count what it makes  # '2025年1月起实施',
# '2025年第三季度建成投用', '2024年年内设立' too


def _roles_read(sentence: str, doc_year: int | None) -> str | None:
    """The sentence as roles (perhaps rewritten by _duty_parts), or None when it is not only roles and a time."""
    if _roles_only(sentence, doc_year):
        return sentence
    plain = _duty_parts(sentence, doc_year)
    return plain if _roles_only(plain, doc_year) else _one_word_unknown(sentence, doc_year)


_ROLE_END = re.compile(r"(?:牵头|负责|配合|参与|协助|协办|落实)$")
_SAID_END = re.compile(r"(?:牵头|负责|配合|参与|协助|协办|落实|实施)$")


def _one_word_unknown(sentence: str, doc_year: int | None) -> str | None:
    """Round BD: a sentence of roles in which ONE part says its bodies' role in words not known ('B、C全力配合', 'A主办，
    B协办', 'A统一部署，B、C分头落实', 'B全程监督') is read from the bodies and the role words around that part: the bodies
    that open it take the lead when it comes first, a support after (or the role word it ends with), provided the other parts
    are roles or times and some part says a role in words known (or the part ends with one). 'A负责核验居住信息' (负责 and
    what is done) is a known role. A part whose words follow no body's name ('各乡镇要明确专人负责', '县财政局加大投入'
    alone) leaves the sentence prose."""
    parts = _role_parts(sentence)
    out: list[str] = []
    unknown = known = 0
    for k, part in enumerate(parts):
        if _ROLE_TAIL.search(part) and _role_names(part):
            out.append(part)
            known += 1
        elif k and (_PACE.match(part) or _EVENT_BY.match(part) or _WITHIN.match(part)):
            continue
        elif k and (m := _DUTY.match(part)) and _role_names(m.group("names") + "配合"):
            out.append(m.group("names") + "配合")
            known += bool(_SAID_END.search(part))  # 'B抓好落实' says a role; 'B负责农村管网改造' alone does not
        elif k and _time_points(part, doc_year):
            out.append(part)
        elif k and (when := _what_by_time(part, doc_year)):
            out.append(when)
        elif (names := _bodies_before(part.removeprefix("由"))) and (rest := part.removeprefix("由")[len(names):]) \
                and re.fullmatch(rf"[{HAN}]{{1,10}}", rest) and "要" not in rest:
            if rest.startswith("负责"):  # 'A负责核验居住信息': a role and what is done, read beside a role said bare
                out.append(names + "负责")
                continue
            unknown += 1
            end = _ROLE_END.search(rest)
            out.append(names + (end.group() if end else "牵头" if k == 0 else "配合"))
            known += bool(end)
        else:
            return None
    plain = "，".join(out)
    return plain if unknown <= 1 and known and _roles_only(plain, doc_year) else None


# session 11: '排查整治常态化推进' — the work named, then how long it goes on: that ongoing time
_WORK_ONGOING = re.compile(rf"^[{HAN}]{{2,8}}?(?P<when>常态化推进|常态化开展|长期坚持|持续推进|持续开展)$")


def _what_by_time(part: str, doc_year: int | None) -> str | None:
    """'上半年设立产业引导子基金' -> '上半年': a time, then what is done by then; '排查整治常态化推进' -> '常态化推进'."""
    if (m := _WHAT_BY.match(part)) and _time_part(m.group("when"), doc_year):
        return m.group("when")
    if (m := _WORK_ONGOING.match(part)) and not _bodies_before(part):
        return m.group("when")
    return None


_VERB_OPENS = re.compile(r"^(?:会同|联合|协同|配合|协调|组织|指导|督促|推动|推进|开展|加强|做好|抓好|按照|根据|依托|围绕|实行|实施|推行|"
                         r"建立|完善|落实|支持|鼓励|引导|对|在|将|向|为|"
                         # round BO: an adverb of manner opens an action, not a body ('依法查处违法行为': 行 is no bank)
                         r"依法|依规|严格|积极|切实|及时|认真)")


_SHORT_BODIES = {"妇联", "残联", "侨联", "文联", "科协", "团委"}


def _bodies_before(part: str) -> str:
    """The bodies' names a part opens with ('县财政局、县审计局全程监督' -> '县财政局、县审计局'); '' when it opens with none."""
    if _VERB_OPENS.match(part):
        return ""  # '会同县农业农村局开展安全利用': a sentence of action after the lead ('由A牵头，会同B开展…' stays prose)
    if not (names := split_top(part, "、")):
        return ""  # '县司法局牵头，由。' (a sentence cut after 由): no names at all
    *heads, last = names
    if not all(_names_bodies(h) or _LEVEL_NAME.match(h) for h in heads):
        return ""
    prefix = _body_prefix(last, followed=True)  # words follow the names ('县卫生健康局统一部署': 部署 is no 署)
    if any(len(n) < 3 and n not in _SHORT_BODIES for n in [*heads, prefix]):
        return ""  # '实行零上门零审批': 实行 is no bank (行)
    return "、".join([*heads, prefix]) if prefix else ""


def _bracketed_roles(body: str, doc_year: int | None) -> str | None:
    """A bracket closing a task that holds a sentence of roles in the words a closing sentence may use ('A负责，
    2024年9月底前完成专项检查', 'A牵头，B保障资金'): its roles, rewritten as _duty_parts does; None otherwise."""
    if not _ROLE_WORD.search(body):
        return None
    # round BO: read as _roles_read reads a sentence — a one-word reading too, and roles alone with a time the clause test
    # does not know without the page's year ('（A负责，B配合，年内）', '…，全年开展）')
    return _roles_read(_plain_roles(body.strip()), doc_year)


def _duty_parts(sentence: str, doc_year: int | None) -> str:
    parts = _role_parts(sentence)
    if not parts or not (parts[0].endswith(("牵头", "负责")) or _BY_DUTY_CARRIED.search(parts[0])):
        return sentence
    out = [parts[0]]
    for part in parts[1:]:
        if _PACE.match(part) or _EVENT_BY.match(part) or _WITHIN.match(part):
            continue
        if (m := _DUTY.match(part)) and _role_names(m.group("names") + "配合"):
            part = m.group("names") + "配合"
        elif not _ROLE_TAIL.search(part) and (when := _what_by_time(part, doc_year)) \
                and not ((whole := _deadline_part(part, doc_year)) and whole.ongoing):  # '…前完成并长期坚持' is one time
            part = when
        out.append(part)
    return "，".join(out)


# '…公布事项清单，由A负责，持续推进。': the roles joined to the prose by a comma, the sentence's tail from its last '，由'
_BY_TAIL = re.compile(r"[，,](?=由[^，,；;。]{2,30}(?:牵头|负责)(?:组织实施|实施)?(?:[，,；;、]|$))")


# ... but not when the prose before it names other work or a part of it ('以上任务，由A牵头', '其中城区部分，由A负责',
# '所需经费，由A负责'), as '以上任务由A牵头' does not
# ('宣传工作，由A负责': a short topic; '开展宣传工作，由A负责' is this task's work)
_PART_HEAD = re.compile(r"^(?:以上|上述|前述|其中|其余|所需)|(?:^|[，,；;])[^，,；;]{0,3}"
                        r"(?:工作|保障|任务|事项|部分|方面|环节|经费|资金)$")


def _bare_tail(sentence: str, doc_year: int | None) -> int:
    """Round BD: where the tail 'A牵头负责，B、C积极配合' of a sentence of prose starts when no 由 opens it ('…建设产地冷藏保鲜
    设施，A牵头负责，B、C积极配合'): the first comma after which the parts, from one naming bodies with 牵头 / 负责, read as
    roles to the end (0 when there is none)."""
    for m in re.finditer(r"[，,]", sentence):
        first = next(iter(_role_parts(sentence[m.end():])), "")
        if first.endswith(("牵头", "负责")) and _role_names(first) \
                and _roles_read(_plain_roles(sentence[m.end():].strip()), doc_year) is not None:
            return m.end()
    return 0


# '…A牵头负责，B、C积极配合。到2026年，全县新增冷库库容3万吨。' (round BD): a sentence of target or of how often the work is
# done may follow the roles; the roles are then the sentence before it
_AFTER_ROLES = re.compile(r"^(?:到|至|力争到)(?:19|20)\d{2}年(?:底|末)?[，,]|^每(?:年|半年|季度|月|周)度?[^，,；;。]{2,30}$")


# Round BT: '一是建立台账，A负责；二是开展整治，B负责。' — parts counted off by 一是 / 二是 (第一、/ 其一、), each closed by its own
# roles: each tail is a clause, and the task's units are all of them (the closing sentence alone gave the last part's)
_ENUMERATOR = re.compile(r"^\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|其[一二三四五六七八九十][，,、])")
_FIRST_ENUMERATED = re.compile(r"(?:^|(?<=[。；;：:，,]))\s*(?=一是|第一[，,、]|其一[，,、])")


def _enumerated_tails(text: str, doc_year: int | None) -> list[Block]:
    body = text.rstrip().rstrip("。；;")
    if (first := _FIRST_ENUMERATED.search(body)) is None:
        return []
    pieces = list(re.finditer(r"[^。；;]+", body[first.start():]))
    blocks: list[Block] = []
    for piece in pieces:
        part, offset = piece.group(), first.start() + piece.start()
        if not _ENUMERATOR.match(part) or not (tail := _by_tail(part) or _bare_tail(part, doc_year)) \
                or _PART_HEAD.search(part[: tail - 1].strip()) \
                or (roles := _roles_read(_plain_roles(part[tail:].strip()), doc_year)) is None:
            return []
        block = read_fields(roles, doc_year=doc_year)
        block.start, block.end = offset + tail - 1, offset + len(part)  # the comma before the roles goes with them
        blocks.append(block)
    return blocks if len(blocks) >= 2 else []


def _roles_before_target(text: str, doc_year: int | None) -> list[Block]:
    body = text.rstrip().rstrip("。")
    cut = body.rfind("。") + 1
    if not cut or not _AFTER_ROLES.match(body[cut:].strip()):
        return []
    return _closing_sentence(text[:cut], doc_year)


def _by_tail(sentence: str) -> int:
    """Where the tail '由A牵头，B配合[，time]' of a sentence of prose starts (0 when there is none)."""
    cuts = [m.end() for m in _BY_TAIL.finditer(sentence)]
    return cuts[-1] if cuts else 0


def _roles_only(sentence: str, doc_year: int | None) -> bool:
    """'X牵头，Y配合' / 'A、B按职责分工负责，年底前完成': bodies with their roles (a lead among them), perhaps a
    time, and nothing else."""
    parts = _role_parts(sentence)
    roles = [p for p in parts if _ROLE_TAIL.search(p)]
    return any(p.endswith(("牵头", "负责")) or _BY_DUTY_CARRIED.search(p) for p in roles) and all(_role_names(p) for p in roles) \
        and all(p in roles or _time_points(p, doc_year) for p in parts)


_ROLE_WORD = re.compile(r"牵头|负责")
# '各相关单位按职责落实。': bodies that carry the work out by their duties answer for it, as '按职责分工负责' ones do
_BY_DUTY_CARRIED = re.compile(r"按照?职责(?:分工)?(?:抓好|做好)?落实$")  # '…按职责抓好落实' (round BG)
_AFTER_LEAD = re.compile(r"(?<=牵头|负责)、")  # 'A牵头、B配合': the roles joined by 、 instead of a comma


def _role_parts(clause: str) -> list[str]:
    """The parts of a clause of roles: split at its commas and semicolons, and at a 、 right after 牵头/负责."""
    return [q for p in split_top(clause, "，,；;") for q in _AFTER_LEAD.split(p)]


def _is_clause(body: str) -> bool:
    if _LEADING_LABEL.match(body):
        return True
    if not _ROLE_WORD.search(body):  # most brackets in prose: 《》 titles, remarks, 文号
        return False
    parts = _role_parts(_before_remark(_INHERIT_ANY.sub("", _NOTE.sub("", body))))
    roles = [p for p in parts if _ROLE_PART.search(p)]
    return bool(roles) and any(p.endswith(("牵头", "负责")) for p in roles) \
        and all(len(_ROLE_TAIL.sub("", p).strip()) >= 2 for p in roles) \
        and all(_ROLE_PART.search(p) or _LEADING_LABEL.match(p) or _said_time(p)
                or _inside_role_list(parts, k) for k, p in enumerate(parts))


def _said_time(part: str) -> bool:
    """A clause's time, whatever the page's year: '2025年6月底前', and '明年第一季度' (a year named from the page's)."""
    return _time_part(part, None) is not None \
        or (_RELATIVE_YEAR.match(part.strip()) is not None and _time_part(part, _ANY_YEAR) is not None)


_RELATIVE_YEAR = re.compile(r"^(?:今年|当年|本年|次年|下一年|明年)")
_ANY_YEAR = 2000  # only to ask whether a relative value is a time at all


def _inside_role_list(parts: list[str], k: int) -> bool:
    """'（A牵头，B、C，D配合）': part k names bodies only, between a part with a role word and a later one;
    '（A、B，C按职责分工负责）': the bodies before the first role part share it."""
    return k < len(parts) - 1 and _names_bodies(parts[k]) \
        and (k == 0 or bool(_ROLE_PART.search(parts[0])) or all(_names_bodies(p) for p in parts[:k])) \
        and any(_ROLE_PART.search(p) for p in parts[k + 1:])


# A body's name ends in the kind of body it is; a remark ('以下简称…', '含开发区') or a citation is no body.
_BODY_END = re.compile(r"(?:局|委|办|厅|院|署|政府|部门|单位|中心|委员会|管委会|办公室|街道|乡镇|园区|公司|集团|专班|"
                       r"小组|队|站|行|会|处|科|室|部|(?<![入持控配])股|(?<![场住处厕])所|(?:妇|残|侨|文|工商)联|科协|海关|机关|学校|高校|供销(?:合作)?社|报社)等?$")  # '县纪委监委机关'
# a collective word alone ('配合站所共同开展…': 站所, 科室, 部门) names the kind of body, not one
_NOT_BODY = re.compile(r"简称|以下|含|包括|即|详见|见附件|\d|^(?:站所|科室|处室|股室|部室|单位|部门)等?$")


# '县发改局（牵头）': a role mark after a name in a list of bodies.
_MARK_AFTER = re.compile(r"\s*[（(](?:牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)]$")


# '办公室（宣传中心）', '党建办（宣传）' (round BD): a body's other name or its line of work in brackets after its name
_ALIAS_AFTER = re.compile(rf"(?<=[局委办厅院室处科所站队部心])[（(][{HAN}]{{2,6}}[）)]$")


def _names_bodies(body: str) -> bool:
    """'（市司法局、各县区人民政府）' at the end of a task: a list of bodies (a role mark after one aside:
    '（县发改局（牵头）、县财政局）'), nothing else."""
    parts = [_ALIAS_AFTER.sub("", _MARK_AFTER.sub("", p)) for p in split_top(body, "、，,；;")]
    # '各市、县人民政府' (round BL): 各市 shares the head of the name after it, no name to be judged alone
    parts = [p for k, p in enumerate(parts) if not (k + 1 < len(parts) and shares_head(p, parts[k + 1]))]
    return bool(parts) and all(len(p) <= 20 and _BODY_END.search(p) and not _NOT_BODY.search(p) for p in parts)


def _bodies_and_time(body: str, doc_year: int | None) -> bool:
    """'（县发改局、县财政局；2024年6月底前）' closing a task: bodies' names and then its time, no label."""
    parts = split_top(body, "，,；;")
    return len(parts) >= 2 and _names_bodies(parts[0]) \
        and ((_time_part(parts[-1], doc_year) or _event_value(parts[-1], doc_year)) is not None
             or _SPAN_FROM.match(parts[-1].strip()) is not None) \
        and all(_names_bodies(p) for p in parts[1:-1])


# session 11: '（A、B，每学期开学后1个月内）' — a span counted from an event of the year closes the bodies as their time
# would: the bracket names who does the task (the span is no date)
_SPAN_FROM = re.compile(rf"^(?:[{HAN}]{{2,8}}后)?[一二两三四五六七八九十\d]{{1,3}}个?(?:年|月|季度|周|日|天|工作日)内$")


_OPENER = re.compile(f"[{re.escape(OPEN)}]")


def _opens(text: str, start: int, end: int) -> bool:
    """'【区住建局、区自然资源局】划定…': a bracket of names that OPENS the task, before its text, names who does it as a
    bracket closing it does (only at the very start, followed by the task's own words)."""
    return not text[:start].strip() and bool(text[end:].strip())


def _next_open(text: str, position: int) -> int:
    m = _OPENER.search(text, position)
    return m.start() if m else -1


def strip_blocks(text: str, blocks: list[Block]) -> str:
    """The paragraph without its blocks (and without the 。 left dangling after one).

    Built from the end in pieces, not by re-slicing the whole text per block (quadratic when a long
    paragraph holds thousands of blocks)."""
    tail: list[str] = []  # kept pieces after the current block, last piece first
    end = len(text)
    for block in sorted(blocks, key=lambda b: b.start, reverse=True):
        if text[block.end: end]:
            tail.append(text[block.end: end])
        if text[: block.start].endswith(("。", "；", "！", "？")) and tail and tail[-1][:1] in ("。", "；", "，"):
            tail[-1] = tail[-1][1:]
            if not tail[-1]:
                tail.pop()
        end = block.start
    text = text[:end] + "".join(reversed(tail))
    return _ONLY_STOPS.sub("", text.strip())


_ONLY_STOPS = re.compile(r"^[。；;，,\s]+$")  # what a paragraph is when its blocks were all it said

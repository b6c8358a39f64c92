"""units: "市司法局、各县（市、区）人民政府" -> [Unit]; roles lead / responsible / support.

Splits on 、，,；;及 but never inside brackets, reads 牵头/负责/配合 groups, expands "市、县司法局"
into both bodies and abbreviations into full names (vocabulary in data/units.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from .. import datafiles
from ..chars import CLOSE, HAN, OPEN
from ..models import Role, Unit
from .memo import lru

_GROUP_SEPS, _ITEM_SEPS = "，,；;", "、及"
_LEVEL = re.compile(r"^(?:市|县|区|乡|镇|省|市县|县区|乡镇)$")
# '各市、县人民政府': 各市 shares the head of the next item, when that item starts with a level too ('各市、州人民政府',
# a province's cities and autonomous prefectures, or '各州、市人民政府' the other way round; '各县、旗人民政府').
_EACH_LEVEL = re.compile(r"^各(?:市|县|区|乡|镇|省|州|旗)$")
_NO_LEVEL = ("市场", "区域", "县域", "市域")  # '各州、市场监管部门': 市场 is no level
_ROLE_SUFFIX = [("为牵头单位", "lead"), ("为牵头部门", "lead"), ("为责任单位", "responsible"), ("为配合单位", "support"),
                ("为配合部门", "support"), ("牵头", "lead"), ("负责", "responsible"), ("配合", "support"), ("参与", "support"),
                ("协助", "support"), ("协办", "support"), ("落实", "responsible")]
# '市直有关部门、单位': a bare generic word after 、 completes the name before it, it is no unit of its own.
_GENERIC = re.compile(r"^(?:单位|部门|机构|单位等|部门等)$")
_PHRASE = r"按照?职责分工负责|按照?职责负责|按照?职责分工|按照?职责|(?:依|根据|依据)职责(?:分工)?|具体负责|分别负责|共同负责|负总责|具体|分别|共同"
_TRAILING = re.compile(rf"(?:{_PHRASE}|等单位|等部门|等)$")
_ROLE_PHRASE = re.compile(rf"(?:{_PHRASE})$")  # cut from a name as written too; its 等 stays
# Quotes and book-title marks hold names too: '市“双随机、一公开”联席会议成员单位' is one unit.
_SPLIT_OPEN, _SPLIT_CLOSE = OPEN + "“‘《「", CLOSE + "”’》」"
_BY = re.compile(rf"^由(?=[{HAN}]{{2}})")  # '由县住建局牵头': 由 introduces the body, it is no part of it
# '市委政法委、市公安局、市司法局（按职责分工负责）': the group's role phrase written in brackets after its last name
_GROUP_PHRASE = re.compile(r"[（(](?P<phrase>按职责分工负责|按职责负责|分别负责|共同负责)[）)]$")
_BRACKETS = str.maketrans("(〔[【［)〕]】］", "（（（（（）））））")
# '区人社局（牵头）、区财政局': a role mark in brackets after one name of a list gives that name its role;
# any bracket a typist reaches for ('【牵头】', '[牵头]', '〔配合〕') marks it alike.
_ROLE_MARK = re.compile(r"^(?P<name>.+?)\s*[（(【\[［〔](?P<role>牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)】\]］〕]$")
# '（牵头）区城管局；（配合）区住建局、区市场监管局': a role mark written BEFORE a group gives all of it its role.
_MARK_BEFORE = re.compile(r"^[（(【\[［〔](?P<role>牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)】\]］〕]\s*(?=\S)")
# '（牵头）A（配合）B、C': a cell OPENING with a mark writes each role before its group, so a later mark with a body
# after it starts the next group even with no separator before it.
_MARK_OPENS = re.compile(r"^\s*[（(【\[［〔](?:牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)】\]］〕]\s*[^\s、，,；;]")
_MARK_NEXT = re.compile(r"(?<=[^\s、，,；;])\s*(?=[（(【\[［〔](?:牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)】\]］〕]\s*[^\s、，,；;）)】\]］〕])")
_BARE_MARK = re.compile(r"^[（(](?P<role>牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)]$")
_MARK_ROLE: dict[str, Role] = {"牵头": "lead", "负责": "responsible", "配合": "support", "参与": "support",
                               "协助": "support", "协办": "support"}


@cache
def vocabulary() -> dict:
    data = datafiles.load("units.yaml")
    data["abbreviations"] = sorted(data["abbreviations"].items(), key=lambda kv: -len(kv[0]))
    return data


@cache
def _marks(seps: str) -> re.Pattern:
    """The characters split_top looks at: brackets and `seps` (one pattern per set of separators)."""
    return re.compile(f"[{re.escape(_SPLIT_OPEN + _SPLIT_CLOSE + seps)}]")


_ANY_BRACKET = re.compile(f"[{re.escape(_SPLIT_OPEN + _SPLIT_CLOSE)}]")


@cache
def _seps(seps: str) -> re.Pattern:
    return re.compile(f"[{re.escape(seps)}]")


def split_top(text: str, seps: str) -> list[str]:
    """Split on any of `seps` outside brackets; a stray closing bracket never goes below depth 0. Only the
    brackets and separators are visited (a regular expression finds them), not every character; a text
    without brackets (most values) is one plain split."""
    if not _ANY_BRACKET.search(text):
        return [s for p in _seps(seps).split(text) if (s := p.strip())]
    parts, depth, start = [], 0, 0
    for m in _marks(seps).finditer(text):
        ch = m.group()
        if ch in _SPLIT_OPEN:
            depth += 1
        elif ch in _SPLIT_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start: m.start()])
            start = m.end()
    parts.append(text[start:])
    return [s for p in parts if (s := p.strip())]


_SPACES = re.compile(r"\s+")


@lru(8192)
def canonical(name: str) -> str:
    """Full-width brackets, no trailing 等, abbreviations expanded: 市发改委 -> 市发展和改革委员会. Cached: a
    plan names its few bodies over and over, and a folder of plans the same ones again."""
    name = _BY.sub("", _SPACES.sub("", name.translate(_BRACKETS)).strip("。"))  # a space in a name is a copy's
    while (shorter := _TRAILING.sub("", name)) != name:  # '…等部门按职责分工' ends in two such phrases
        name = shorter
    for length, table in _abbreviations_by_length():
        full = table.get(name[-length:])  # the longest abbreviation ending the name comes first, as before
        if full is not None and len(name) >= length and not name.endswith(full):
            return name[: -length] + full
    return name


@cache
def _abbreviations_by_length() -> list[tuple[int, dict[str, str]]]:
    """The abbreviations grouped by length, longest first: a name's ending of each length is one lookup
    instead of an endswith for every abbreviation."""
    tables: dict[int, dict[str, str]] = {}
    for short, full in vocabulary()["abbreviations"]:
        tables.setdefault(len(short), {}).setdefault(short, full)
    return sorted(tables.items(), reverse=True)


def _role_of(group: str, default: Role) -> tuple[str, Role]:
    """'A、B牵头' -> ('A、B', lead). Role words may stack ('负责落实', '配合落实', '牵头负责'): the first
    of them gives the role."""
    found: Role | None = None
    while True:
        for suffix, role in _ROLE_SUFFIX:
            if group.endswith(suffix) and len(group) > len(suffix):
                group, found = group[: -len(suffix)], role  # type: ignore[assignment]
                break
        else:
            return group, found or default


def shares_head(item: str, nxt: str) -> bool:
    """'市、县司法局' / '各市、县人民政府': item is a level that shares the name after it (nxt)."""
    return bool(_LEVEL.match(item) or (_EACH_LEVEL.match(item) and nxt[:1] in "市县区乡镇省州旗"
                                       and not nxt.startswith(_NO_LEVEL)))


def _expand_levels(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """[('市', '市'), ('县司法局', …)] -> [('市司法局', '市、县司法局'), ('县司法局', '市、县司法局')]."""
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for k, (item, raw) in enumerate(items):
        nxt = items[k + 1][0] if k + 1 < len(items) else ""
        if shares_head(item, nxt):
            pending.append(item)
        elif pending:
            joined = "、".join([*pending, raw])
            base = re.sub(r"^(?:市|县|区|乡|镇|省|州|旗)", "", item)
            out.extend((level + base, joined) for level in pending)
            out.append((item, joined))
            pending = []
        else:
            out.append((item, raw))
    out.extend((p, p) for p in pending)
    return out


_SHARED_ENDINGS = ("党工委和管委会", "党工委、管委会", "管委会", "管理委员会", "人民政府")


# '芙蓉区、雨湖区民政局': a named place, then an organ after a place of the same level
_PLACE_ORGAN = re.compile(rf"^[{HAN}]{{1,6}}?(?P<level>区|县)(?P<organ>[{HAN}]{{1,10}}(?:局|委|办|中心|委员会))$")


def _share_ending(items: list[str]) -> list[str]:
    """'高新区、经开区、小蓝经开区管委会': the bare zones before the last item share its ending; so do bare
    districts or counties before a district's or county's organ ('芙蓉区、雨湖区民政局'), and bare towns or counties
    before a town's or county's 人民政府 ('城关镇、石门乡人民政府')."""
    if len(items) < 2:
        return items
    ending = next((e for e in _SHARED_ENDINGS if items[-1].endswith(e) and items[-1] != e), None)
    level, named = "区", False
    if ending == "人民政府" and re.search(rf"[{HAN}]{{2}}[镇乡县]人民政府$", items[-1]):
        level, named = "镇乡" if items[-1][-5] in "镇乡" else "县", True  # '城关镇、石门乡人民政府'
    elif ending is None and (m := _PLACE_ORGAN.match(items[-1])):
        ending, level, named = m.group("organ"), m.group("level"), True
    if ending is None:
        return items
    out = list(items)
    for i in range(len(out) - 2, -1, -1):
        if not re.search(rf"[{HAN}][{level}]$", out[i]) or _LEVEL.match(out[i]) or (named and out[i].startswith("各")):
            break
        out[i] += ending
    return out


def _with_raw(items: list[str]) -> list[tuple[str, str]]:
    """(name, as written); the zones that share the last item's ending are written as one span."""
    shared = _share_ending(items)
    changed = [i for i, (a, b) in enumerate(zip(shared, items, strict=True)) if a != b]
    raws = list(items)
    if changed:
        span = "、".join(items[changed[0]:])
        raws[changed[0]:] = [span] * (len(items) - changed[0])
    return list(zip(shared, raws, strict=True))


# '各乡镇党委、政府': a bare 政府 after a 党委 shares the place before it: one unit, as written
_BARE_GOVERNMENT = re.compile(r"^(?:人民)?政府$")


def _elliptical(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if out and (_GENERIC.match(item) or (_BARE_GOVERNMENT.match(item) and out[-1].endswith("党委"))):
            out[-1] += "、" + item
        else:
            out.append(item)
    return out


def _role_marks(items: list[str]) -> tuple[list[str], dict[str, Role]]:
    """['区人社局（牵头）', '区财政局'] -> (['区人社局', '区财政局'], {'区人社局': 'lead'}); a role word
    ending an item ('A、B牵头、C') gives its role to the items since the last one so marked."""
    names, marked = [], {}
    run: list[str] = []
    for item in items:
        if bare := _BARE_MARK.match(item.strip()):  # 'A、（牵头）': a stray mark is A's, never a unit
            if names:
                marked[names[-1]] = _MARK_ROLE[bare.group("role")]
            continue
        m = _ROLE_MARK.match(item)
        if m is not None:
            names.append(m.group("name"))
            marked[m.group("name")] = _MARK_ROLE[m.group("role")]
            continue
        name, role = _role_of(item, None)  # type: ignore[arg-type]
        names.append(name)
        run.append(name)
        if role is not None:
            marked.update(dict.fromkeys(run, role))
            run = []
    return names, marked


def _and_lists(items: list[str]) -> list[str]:
    """'县委办和县政府办', '各乡镇人民政府和县直有关部门': 和 between a body's name and one that starts with a
    level separates two units; inside a name ('人力资源和社会保障局', '党工委和管委会') it does not. 与 and 会同
    join two bodies alike ('区司法局与区政务服务中心', '市商务局会同市财政局'), and so does any of them before a
    whole body's name of four characters or more that starts with no level ('市邮政管理局和海宁海关')."""
    out: list[str] = []
    for item in items:
        if not _JOINER.search(item):
            out.append(item)
            continue
        parts = _joined_parts(item)
        if not parts:  # a bare '和' between two separators names nobody
            continue
        current = parts[0][1]
        for joiner, part in parts[1:]:
            if (_BODY_END.search(current) and len(current) >= 2 and len(part) >= 3
                    and (_LEVEL_START.match(part) or (_BODY_END.search(part) and _WHOLE_BODY.match(part)))) \
                    or (joiner == "会同" and _BODY_END.search(current) and _BODY_END.search(part) and len(part) >= 2):
                # 会同 is no word inside a name: after it any body's name is the second body ('街道宣传办会同残联')
                out.append(current)
                current = part
            else:
                current += joiner + part
        out.append(current)
    return out


_JOINER = re.compile(r"和|(?<!参)与|会同")  # 参与 (take part) is one word: '人民参与和促进法治股' (round BJ)
# a body's whole name after the joiner, not the second half of one ('党委和人民政府', '党工委和管委会')
_WHOLE_BODY = re.compile(r"^(?!人民|管委|管理委员会)[^（(]{4,}$")


def _joined_parts(item: str) -> list[tuple[str, str]]:
    """'A和B与C' -> [('', 'A'), ('和', 'B'), ('与', 'C')]: split at the joining words outside brackets."""
    parts, start, joiner = [], 0, ""
    for m in _JOINER.finditer(item):
        before = item[:m.start()]
        if sum(before.count(c) for c in _SPLIT_OPEN) > sum(before.count(c) for c in _SPLIT_CLOSE):
            continue
        parts.append((joiner, item[start:m.start()].strip()))
        start, joiner = m.end(), m.group()
    parts.append((joiner, item[start:].strip()))
    return [(j, p) for j, p in parts if p]


_LEVEL_START = re.compile(r"^(?:各|市|县|区|乡|镇|省|州|中共|共青团|团|相关|有关)")  # '相关乡镇人民政府' is a whole name too


# The end of a body's name ('…局', '…办事处', '团区委', '区妇联'): a space between such names separates them.
_BODY_END = re.compile(r"(?:局|委|办|厅|院|署|政府|部|中心|处|科|室|(?<![入持控配])股|所|站|队|行|会|联|协|社|馆|台|公司|集团|专班|海关|"
                       r"小组|街道|乡镇|园区|单位|部门|机关|学校|高校)等?$")


def looks_like_body(text: str) -> bool:
    """'县发改局', '各乡镇人民政府、县财政局': names that end like bodies, not a person or a date."""
    parts = split_top(text, _GROUP_SEPS + _ITEM_SEPS)
    return bool(parts) and all(len(p) >= 2 and _BODY_END.search(p) for p in parts)


# '市商务局 （牵头） 市财政局': a role mark set off by a space still belongs to the name before it.
_SPACED_MARK = re.compile(r"\s+(?=[（(](?:牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)])")
_MARK_TAIL = re.compile(r"[（(](?:牵头|负责|配合|参与|协助|协办)(?:单位|部门)?[）)]$")


def spaced_bodies(text: str) -> bool:
    """'县发改委 县财政局、县住建局': names separated by spaces, every piece a body's whole name: it starts
    with a level (县/区/各/团…) and ends like a body (a role mark after it aside). A space inside one name
    ('县委 宣传部') is no separator."""
    text = _SPACED_MARK.sub("", text)
    pieces = [_MARK_TAIL.sub("", p) for part in split_top(text, _GROUP_SEPS + _ITEM_SEPS) for p in part.split()]
    return len(pieces) > len(split_top(text, _GROUP_SEPS + _ITEM_SEPS)) \
        and all(len(p) >= 3 and (_LEVEL_START.match(p) or _OFFICE.search(p)) and _BODY_END.search(p) for p in pieces)


# a bureau's own office, named without a level ('计划财务股', '规划发展科', '政策法规室'): a whole name when it has
# four characters or more (round BW: '配合股室 计划财务股 发展规划股', '人事股/基础教育股'); '办公室' alone is none
_OFFICE = re.compile(rf"^(?!办公室$)[{HAN}]{{2,}}(?:股|科|室)$")


_PERSON_NAME = re.compile(rf"^[{HAN}·]{{2,4}}$")
_NO_NAME = re.compile(r"长期|持续|坚持|常态|推进|完成|开展|落实|[年月日季旬前底末]")  # '… 长期坚持': a time cell after a space


def persons_spaced(text: str) -> bool:
    """'社会事务办 王丽、镇卫生院 李明': each name followed by its person after a space (a '责任单位及责任人' cell), a name
    without one beside them ('各村（社区）'). Every piece split on 、 is one word, or a body and a short name that is no body,
and one piece at least is such a pair."""
    pairs = 0
    for item in split_top(text.strip(), _ITEM_SEPS):
        words = item.split()
        if len(words) == 2 and looks_like_body(words[0]) and _PERSON_NAME.match(words[1]) \
                and not looks_like_body(words[1]) and not _NO_NAME.search(words[1]):
            pairs += 1
        elif len(words) != 1:
            return False
    return pairs > 0


def _space_lists(items: list[str]) -> list[str]:
    """'县发改委 县财政局 县住建局' written with spaces instead of 、: split it when every piece is a body."""
    out: list[str] = []
    for item in items:
        item = _SPACED_MARK.sub("", item)
        if len(item.split()) > 1 and spaced_bodies(item):
            out.extend(item.split())
        else:
            out.append(item)
    return out


def _slash_lists(items: list[str]) -> list[str]:
    """'区卫生健康局/区教育局/区残联': '/' (or '／', or a backslash, where a cell's line breaks became '\\': round BW)
    between whole body names separates them, as spaces do; so it does
    between a zone's bureaus named without a level, when each is a name of four characters or more ('经济发展局/数据资源中心')."""
    out: list[str] = []
    for item in items:
        pieces = [p.strip() for p in re.split(r"[/／\\＼]", item)]
        if len(pieces) > 1 and all(len(p) >= 3 and (_LEVEL_START.match(p) or len(p) >= 4 or _OFFICE.search(p))
                                   and _BODY_END.search(p) for p in pieces):
            out.extend(pieces)
        else:
            out.append(item)
    return out


# '基金监管股（联系人：王芳，电话：6523118）': a bracket after a body giving whom to call (a label and a person, or a
# phone number) is no part of the name; an excerpt may end inside it ('县医保服务中心（联系人：赵磊，').
_CONTACT = re.compile(r"[（(](?:(?:联系人|负责人|责任人|联系电话|电话|手机|联系方式)[：:]|[^（）()]*?\d{7,})[^（）()]*(?:[）)]|$)")
# Round CE: a unit is a body, never a person. The person who answers for a body, written right after its name — in
# brackets ('县政府办公室（王海）', '区教育局（局长 陈建国）', '区发改局（陈建国局长）', '县委宣传部（分管副部长）', two names
# '（张华、刘洋）' or run together '（王强张敏）'), or as a part set off by a slash, a space or nothing up to the item's end
# ('区民政局/王强', '区住建局 张三', '区城管局局长吴刚', '种植业股 陈刚' inside a bracket) — is no part of the name, whatever
# the label. A bracket holding the body's other name ('县财政局（国资办）', '区委办（区委督查室）'), a place ('古井村（下湾）')
# or a role mark ('（牵头）') stays. (Round BW dropped a bare name only under labels naming persons.) The post: a head's
# title, with 分管/常务 and a village's 村 before it; the name: two or three characters opening with a common surname (a
# space may sit inside: '俞 悦'), no word of a place, a body or a field at its end ('（单位）', '（高新区）' are none).
_POSTS = (r"(?:(?:分管|常务|主要)?(?:村|居|社区)?副?(?:(?:局|科|股|所|站|处|部|院|校|队|组|镇|乡|县|区|市|馆|园|行|会)长|"
          r"秘书长|主任|书记|支书|主席|负责人|同志))")
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
             "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊"
             "葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
             "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆司卓古吉缪简车项连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵")
_NAME = (rf"[{_SURNAMES}]\s?[{HAN}]{{1,2}}"
         r"(?<![局委办院所队站室股科处部府会司厅心区县市镇乡村街道园城组团校场馆业利土监务管理急保育生政务建设位构门级元])")
_PERSONS = rf"(?:{_POSTS}\s*)?{_NAME}(?:\s*[、，,]?\s*{_NAME})?(?:\s*{_POSTS})?"
_PERSON_AFTER_BODY = re.compile(
    rf"(?<=[{HAN}）)])[（(]\s*(?:{_POSTS}|{_PERSONS})\s*[）)]"  # in brackets: a post, or names with their posts
    rf"|(?:(?<=[局委办厅院室处科股所站队部心司会联府])\s*[/／]\s*(?:{_POSTS}|{_PERSONS})"  # a part after a body: a slash,
    rf"|(?<=[局委办厅院室处科股所站队部心司会联])\s*{_PERSONS})"  # a space or nothing (not after 政府: '市政府副市长李明' is a leader)
    r"(?=\s*(?:[、，,；;）)]|$))")
# Round CF: the same person written BEFORE the body, a slash between, in a '牵头领导/责任单位' cell ('李明/县发改局',
# '张伟/县商务局、县统计局'): the leader is no unit; the body after the slash is.
_PERSON_BEFORE_BODY = re.compile(rf"(?:^|(?<=[、，,；;]))\s*{_PERSONS}\s*[/／]\s*(?=[{HAN}])")
# a part of the list that is a leader's post and name, no body ('牵头领导及单位：市政府副市长李明，市政务服务管理局')
_LEADER_PART = re.compile(rf"^[{HAN}]{{0,6}}?(?:副?(?:省|市|县|区|镇|乡)长|副?秘书长|常委|副?书记)[{HAN}]{{0,3}}$")
# '各县市区交通运输局及所属单位': the bodies under the ones named are no body of their own; 及 joins them to their name
OWN_UNITS = re.compile(r"及(?=(?:其)?(?:所属|下属|直属)(?:各)?(?:单位|企业|机构|部门)(?:$|[、，,；;。）)]))")


def split_units(text: str, *, role: Role = "responsible") -> list[Unit]:
    """All units named in one 责任单位 value, in order, without duplicates."""
    return list(_split_units(text, role))


@lru()
def _split_units(text: str, role: Role) -> tuple[Unit, ...]:
    """split_units, cached: the same value ('县司法局牵头，各乡镇配合') recurs task after task and plan after
    plan, and a Unit is frozen, so one reading serves them all."""
    units: list[Unit] = []
    seen: set[tuple[str, str]] = set()
    if "：" in text or ":" in text or any(ch.isdigit() for ch in text):
        text = _CONTACT.sub("", text)
    text = _PERSON_BEFORE_BODY.sub("", _PERSON_AFTER_BODY.sub("", text))
    if "及" in text:
        text = OWN_UNITS.sub("\x00", text)
    if _MARK_OPENS.match(text):
        text = _MARK_NEXT.sub("；", text)
    for group in split_top(text, _GROUP_SEPS):
        group = group.strip()
        if bare := _BARE_MARK.match(group):  # 'A，（牵头）': the mark set off by a comma is A's
            if units:
                units[-1] = units[-1].model_copy(update={"role": _MARK_ROLE[bare.group("role")]})
            continue
        group = _GROUP_PHRASE.sub(r"\g<phrase>", group)
        if mark := _MARK_BEFORE.match(group):
            group, group_role = group[mark.end():], _MARK_ROLE[mark.group("role")]
        else:
            group, group_role = _role_of(group, role)
        items, marked = _role_marks(_and_lists(_space_lists(_slash_lists(split_top(group, _ITEM_SEPS)))))
        for name, raw in _expand_levels(_with_raw(_elliptical(items))):
            if _LEADER_PART.match(name) and not _BODY_END.search(name):
                continue
            name, raw = name.replace("\x00", "及"), raw.replace("\x00", "及")
            unit_role = marked.get(name, group_role)
            name = canonical(name)
            if name and (name, unit_role) not in seen:
                seen.add((name, unit_role))
                units.append(Unit(name=name, raw=_BY.sub("", _ROLE_PHRASE.sub("", raw)) or raw, role=unit_role))
    return tuple(units)

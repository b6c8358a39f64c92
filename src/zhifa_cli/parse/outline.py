"""outline: lines -> parts (notice / plan / attachment / colophon) -> items under headings.

A circular is usually a 通知 wrapping the plan, then attachments; each part restarts its numbering.
Levels follow the conventional order of the marker families (lines.RANK). The tasks are the deepest
numbered items that carry the work: leaves of the heading tree, outside the 总体要求 / 工作目标 / 组织实施
sections that every plan has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..chars import HAN
from .grid import column_role
from .lines import RANK, Line

_NOTE = re.compile(r"^[（(]此件.{0,12}[）)]$")  # 附注: （此件主动公开）
# what may follow a signature's date in brackets: its 附注, a contact
_TRAILER = re.compile(r"^[（(](?:此件.{0,12}|(?:联系人|联系电话|联系方式|咨询电话).{0,60})[）)]$")
_NOTICE_TITLE = re.compile(r"(?:通知|通报|决定|意见|批复|函)$")
# a year in Chinese numerals, its 〇 often typed as a letter O or a digit 0 ('二O二四年')
# ('元月' is the first month)
_DATE = (r"(?P<y>\d{4}|(?=[〇零○OＯ0]*[一二三四五六七八九])[〇零○OＯ0一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2}|元)\s*月"
         r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
DATE_LINE = re.compile(rf"^{_DATE}$")
# A signature date printed without separators ('2019116'): a date line, but which date is ambiguous.
DIGIT_DATE_LINE = re.compile(r"^(?:19|20)\d{5,6}$")
ATTACHMENT = re.compile(r"^附件\s*\d*[：:]?$")
_CONTACT = re.compile(r"^(?:咨询机构|咨询电话|联系人|联系电话|联系方式)[：:]")
# An issuing organ on a line of its own (a signature, or the 发文机关标志 '…文件'). People's organisations sign as
# organs too ('…科学技术协会', '…红十字会'), and so do the public institutions that run a fund or a service and
# number their papers ('…住房公积金管理中心').
_ORGAN_NAME = (rf"[{HAN}（）]{{2,40}}(?:人民政府|政府|办公室|办公厅|委员会|领导小组|办事处|管委会|公署|局|厅|部|委|办|督查室|档案馆|"
               r"联合会|总工会|协会|红十字会|管理中心)")
# '…2024年8月21日印发' or '某县人民政府办公室  印发' closes a 版记; a sentence a hard wrap cut after its verb
# ('…已经省政府同意，现印发' / '给你们，…'), a title wrapped after it ('某县人民政府办公室关于印发' / '…的通知') or a
# line '印发' alone ('现将《…》' / '印发' / '给你们') does not.
_COLOPHON = re.compile(rf"^(?:抄送|抄报|分送|咨询机构|咨询电话|联系人|联系电话|联系方式)[：:]|日\s*印发$"
                       rf"|^(?!.*(?:关于|转发|批转)){_ORGAN_NAME}\s*印发$")
ORGAN = re.compile(rf"^{_ORGAN_NAME}(?:文件)?$")
# The signature run onto its date's line, as a copy that loses the line break prints it: 'X县人民政府办公室 2024年4月18日'.
SIGNED_LINE = re.compile(rf"^(?P<organ>{_ORGAN_NAME})\s*{_DATE}$")
_ORGAN_LINE = re.compile(rf"^[{HAN}（）]{{2,30}}(?:秘书科|秘书处|办公室|办公厅|文电科)$")
# What only a 通知 wrapper says: its 主送机关 line, its 'is issued to you' sentence, its title.
_ADDRESSEES = re.compile(r"^[^。]{2,200}(?:人民政府|政府|部门|单位|机构|委员会|管委会|办事处|局|委|办|厅|处|室)[：:]$")
_NOTICE_CUE = re.compile(r"印发给你们|现印发|现将.{0,60}印发|请认真(?:贯彻|组织|遵照)|已经.{0,20}同意|关于印发|印发.{0,80}的通知$")
# Sections every plan has that frame the work rather than assign it (总体要求, 工作目标, 组织实施 …).
_FRAMING = (r"总体要求|总体思路|总体目标|指导思想|基本原则|工作原则|工作目标|主要目标|目标要求|发展目标|工作思路|"
            r"工作要求|组织实施|实施步骤|工作步骤|进度安排|时间安排|方法步骤|保障措施|组织保障|工作保障|保障机制|"
            r"组织领导|适用范围|编制依据|背景|总则|附则|"
            # a report's account of where things stand ('一、总体情况' of a 通报 over its table of tasks)
            r"总体情况|基本情况")
NON_TASK_TITLE = re.compile(rf"(?:有关|相关|其他)?(?:{_FRAMING})(?:(?:和|及|与|、)(?:{_FRAMING}))?[。：:]?")
# '三、加强组织领导' closing a list of tasks: framing said with a verb; a task only when it names units.
_CLOSING_TITLE = re.compile(r"(?:加强|强化|健全|完善|严格|狠抓)(?:组织领导|组织保障|工作保障|督导考核|督查考核|督促检查|"
                            r"考核督导|督查问责|监督考核)[。：:]?")
# '本措施自印发之日起施行，有效期至…' / '本办法由县司法局负责解释' / '未尽事宜…': the closing article of
# 若干措施 and 办法, about the document itself, never a task.
_FINAL_CLAUSE = re.compile(r"^(?:本(?:措施|办法|方案|细则|意见|规定|政策|通知|计划|规则)[^。]{0,40}?(?:施行|执行|实施|有效|解释|废止)"
                           r"|有效期|未尽事宜|此前.{0,20}(?:不一致|冲突)|以上(?:措施|政策))")
_CLAUSE_WORDS = re.compile(r"(?:责任|牵头|配合|协办|主办)(?:单位|部门|科室|股室|处室|部室)|牵头[，,；;）)]|负责[）)]")
# '…纳入年度考核。（县委督查室、县政府督查室）': a bracket of bodies' names only, closing a line, as a plan
# writing its units without a label names them.
_BODIES_BRACKET = re.compile(rf"[（(][{HAN}、，,\s]{{2,80}}(?:局|委|办|室|院|府|会|部|厅|中心|所|队|站|司)[）)][。；;]?$")
_NOTICE_WINDOW = 80  # lines: a 通知 wrapper and a 信息公开 block fit well within this


@dataclass
class Parts:
    notice: list[Line]
    plan: list[Line]
    attachments: list[Line]
    colophon: list[Line]


@dataclass
class Item:
    """A heading and the lines up to the next heading."""

    head: Line | None
    level: int
    lines: list[Line] = field(default_factory=list)
    is_task: bool = False


def is_date_line(text: str) -> bool:
    text = text.strip()
    return bool(DATE_LINE.match(text) or DIGIT_DATE_LINE.match(text) or SIGNED_LINE.match(text))


def _notice_end(lines: list[Line]) -> int:
    """Index of the last line of the 通知 wrapper, or -1 when the file has none.

    The wrapper ends at its 附注 （此件主动公开）, else at the signature date that follows a line only a
    notice has (主送机关 'X：', '现印发给你们', a '关于印发…的通知' title)."""
    window = lines[:_NOTICE_WINDOW]
    for i, ln in enumerate(window):
        if _NOTE.match(ln.text.strip()) and _heading_after(lines, i):
            return i
    cue = False
    for i, ln in enumerate(window):
        text = ln.text.strip()
        if cue and ln.kind != "heading" and is_date_line(text) and (_heading_after(lines, i) or _table_after(lines, i)):
            return i
        cue = cue or bool(_ADDRESSEES.match(text) or _NOTICE_CUE.search(text)
                          or (_NOTICE_TITLE.search(text) and "关于" in text))
    return -1


def _heading_after(lines: list[Line], i: int) -> bool:
    """A wrapper is followed by the plan it wraps; a signature at the very end of a plan is not one."""
    return any(ln.kind == "heading" for ln in lines[i + 1:])


# a label that assigns work ('责任单位：', '牵头单位:'): what a notice's own numbered paragraphs never carry
_ASSIGNING = re.compile(r"(?:责任|牵头|配合|协办|主办)(?:单位|部门)\s*[：:]|牵头[，,；;）)]|负责[）)]")
_UNIT_HEADER = re.compile(r"(?:责任|牵头|配合|主办)(?:单位|部门)")
_UNIT_ROLES = {"lead", "responsible", "support"}


def _table_after(lines: list[Line], i: int) -> bool:
    """A wrapper may send no numbered plan but a task table (tab or pipe rows, a unit column among them) after
    its signature; its own 一、二、 paragraphs are then instructions, unless one of them assigns work ('责任单位：',
    'X牵头，')."""
    return (any(ln.kind == "table" and _UNIT_HEADER.search(ln.text) and _task_header(ln.text) for ln in lines[i + 1:])
            or _header_cells_after(lines, i)) \
        and not any(ln.kind == "heading" and _ASSIGNING.search(ln.text) for ln in lines[:i])


def _task_header(text: str) -> bool:
    """A task table's header: a column of the work (工作任务, 具体措施) beside a unit column. A form the notice
    asks to be filled in ('乡镇 | 责任单位 | 还田面积 | 备注') names no work: the notice's paragraphs stay the plan."""
    roles = {column_role(c.strip()) for c in re.split(r"[\t|｜]", text) if c.strip()}
    return "text" in roles and bool(roles & _UNIT_ROLES)


_HEADER_CELL = re.compile(rf"^(?:序号|[{HAN}]{{2,6}}(?:任务|内容|措施|举措|事项|单位|部门|时限|时间))$")


def _header_cells_after(lines: list[Line], i: int) -> bool:
    """A task table flattened one cell per line after the signature (its 附件 line and title first): three or
    more header cells in a row ('序号' / '工作任务' / '牵头单位' / …), a task table's header (_task_header)."""
    run: list[str] = []
    for ln in lines[i + 1: i + 1 + _NOTICE_WINDOW]:
        text = ln.text.strip()
        if not text:
            continue
        if _HEADER_CELL.match(text):
            run.append(text)
            if len(run) >= 3 and _task_header("\t".join(run)):
                return True
        else:
            run = []
    return False


_COLOPHON_WORDS = ("抄送", "抄报", "分送", "咨询机构", "咨询电话", "联系人", "联系电话", "联系方式")


def _may_close(text: str) -> bool:
    """What every 版记 line has (a word of _COLOPHON opening it, or 印发): the pattern is tried only where it can match."""
    return "印发" in text or text.startswith(_COLOPHON_WORDS)


def _colophon_start(lines: list[Line], end: int) -> int:
    """Index where the 版记 (抄送…, …印发) begins, or `end` when there is none. A contact line (联系人：…)
    with numbered headings after it is no 版记: a 通知 names its contact before the plan it sends."""
    i = -1
    while (i := i + 1) < len(lines):
        text = lines[i].text.strip()
        if _may_close(text) and _COLOPHON.search(text) and lines[i].kind != "heading" \
                and _under_signature(lines, i) and (printed := _printed_after(lines, i)) is not None \
                and (_heading_after(lines, printed) or _table_after(lines, printed)):
            i = printed  # round BQ: the notice's own 版记 (抄送…, …印发), the plan or its task table printed after it
            continue
        if _may_close(text) and _COLOPHON.search(text) and lines[i].kind != "heading" \
                and not (_CONTACT.match(text) and _heading_after(lines, i)):
            j = i
            prev = [k for k in range(i) if lines[k].kind != "blank"]
            if prev and _ORGAN_LINE.match(lines[prev[-1]].text.strip()) and lines[i].text.endswith("印发"):
                j = prev[-1]
            return min(_dated_only(lines, j), end)
    return min(_closing_signature(lines), end)


def _under_signature(lines: list[Line], i: int) -> bool:
    """The 版记 at i closes a signed notice: a date line right above it (past '（此件公开发布）' and a '主题词：' line);
    '…加强督查。（…）' / '某县人民政府办公室 印发' closes a plan, whatever follows it."""
    said = [k for k in range(i) if lines[k].says]
    while said and (_TRAILER.match(lines[said[-1]].text.strip()) or lines[said[-1]].text.strip().startswith("主题词")):
        said.pop()
    return bool(said) and lines[said[-1]].kind != "heading" and is_date_line(lines[said[-1]].text)


_PRINTED_LINE = re.compile(r"印发$")


def _printed_after(lines: list[Line], i: int) -> int | None:
    """The '…印发' line closing a 版记 that opens at i (the 印发 line itself, or one of the next three lines): its index."""
    return next((k for k in range(i, min(i + 4, len(lines))) if _PRINTED_LINE.search(lines[k].text.strip())
                 and _COLOPHON.search(lines[k].text.strip())), None)


def _dated_only(lines: list[Line], start: int) -> int:
    """Where the 版记 starting at `start` really starts: at the date-only signature right above it, if any."""
    said = [i for i in range(start) if lines[i].says]
    while said and _TRAILER.match(lines[said[-1]].text.strip()):
        said = said[:-1]
    if said and lines[said[-1]].kind != "heading" and is_date_line(lines[said[-1]].text) \
            and not (len(said) > 1 and ORGAN.match(lines[said[-2]].text.strip())) \
            and not (len(said) > 1 and _bare_title(lines[said[-2]])) \
            and not _dated_clauses(lines, said[:-1]):
        return said[-1]
    return start


def _bare_title(line: Line) -> bool:
    """'（三）总结提升阶段' over '2024年5月31日': a heading that is a title alone; the date under it is its own
    (a stage of a schedule), no signature's. A task's heading says its work ('四、强化督导。…（责任单位：X）')."""
    return line.kind == "heading" and not re.search(r"[。；;！？）)】]", line.rest)


def _closing_signature(lines: list[Line]) -> int:
    """A signature closing the text (an organ's line, then its date, perhaps a 附注) after the last heading:
    where it starts, or len(lines). It is no paragraph of the last task."""
    said = [i for i, ln in enumerate(lines) if ln.says]
    for k in (2, 3):
        tail = said[-k:]
        if len(tail) < k or any(lines[i].kind == "heading" for i in tail):
            continue
        organ, date, *note = (lines[i].text.strip() for i in tail)
        if ORGAN.match(organ) and is_date_line(date) and all(_NOTE.match(n) for n in note):
            return tail[0]
    # a signature of its date only (perhaps with its 附注 after it): no task's deadline, as no task has a bare date line
    return _dated_only(lines, len(lines))


_CLAUSE_LINE = re.compile(r"(?:责任|牵头|配合)(?:单位|部门)|(?:完成|时间|时限)(?:时限|时间|节点|要求)?[：:]")


def _dated_clauses(lines: list[Line], said: list[int]) -> bool:
    """Does the text put a bare date line under a task's 责任单位 line ('责任单位：X' / '2024年8月31日')?
    Then a bare date closing it is its last task's deadline, not a signature."""
    return any(is_date_line(lines[i].text) and _CLAUSE_LINE.search(lines[j].text) for j, i in zip(said, said[1:], strict=False))


def split_parts(lines: list[Line]) -> Parts:
    """notice | plan | attachments | colophon. When nothing numbered stands between the notice and its
    first 附件, the plan travels as that attachment ('附件1' / the plan's title / 一、…)."""
    notice_end = _notice_end(lines)
    colophon = _colophon_start(lines, len(lines))
    attach = _next_attachment(lines, notice_end + 1, colophon)
    if attach < colophon and not any(ln.kind == "heading" for ln in lines[notice_end + 1: attach]):
        after = _next_attachment(lines, attach + 1, colophon)  # what stood before it wraps it, like a notice
        return Parts(lines[:attach], lines[attach:after], lines[after:colophon], lines[colophon:])
    return Parts(lines[: notice_end + 1], lines[notice_end + 1: attach], lines[attach:colophon], lines[colophon:])


def _next_attachment(lines: list[Line], start: int, end: int) -> int:
    return next((i for i in range(start, end) if ATTACHMENT.match(lines[i].text.strip())), end)


def heading_title(rest: str) -> str:
    return rest.split("。", 1)[0] if "。" in rest else rest


def _has_body(item: Item) -> bool:
    """A heading carries work when it says more than a title: a sentence, or lines under it."""
    rest = item.head.rest if item.head else ""
    return any(ln.says for ln in item.lines[1:]) or bool(_SENTENCE_MARK.search(rest.rstrip("。")))


_SENTENCE_MARK = re.compile(r"[。；;，,]")


def items(lines: list[Line]) -> tuple[list[Item], list[str]]:
    """Cut the plan into items and mark the tasks; the warnings say which headings were not read as tasks."""
    out = [Item(None, -1)]
    for ln in lines:
        if ln.kind == "heading":
            out.append(Item(ln, RANK[ln.family or "cn"], [ln]))
        else:
            out[-1].lines.append(ln)
    return out, _mark_tasks(out[1:])


def _mark_tasks(heads: list[Item]) -> list[str]:
    """Tasks are leaves (no deeper heading follows) outside framing sections; an empty leaf (a bare title
    followed by another heading) is a task only at a level where other tasks are."""
    warnings: list[str] = []
    leaf = [i + 1 == len(heads) or heads[i + 1].level <= it.level for i, it in enumerate(heads)]
    framed = _framed(heads)
    top = min((it.level for it in heads), default=0)
    top_has_children = any(it.level == top and not leaf[i] for i, it in enumerate(heads))
    for i, it in enumerate(heads):
        if not leaf[i] or framed[i]:
            continue
        if it.level == top and top_has_children and not _names_units(it) and not _cut_after_a_task(heads, leaf, i):
            warnings.append(f"line {it.head.no}: {it.head.marker}{heading_title(it.head.rest)[:20]} has no numbered "
                            "items while its sibling sections do; read as a section, not a task")
            continue
        if _FINAL_CLAUSE.match(it.head.rest) and not _names_units(it):
            warnings.append(f"line {it.head.no}: {it.head.marker}{it.head.rest[:20]} is about the document itself "
                            "(when it applies, who explains it); not a task")
            framed[i] = True
            continue
        if _CLOSING_TITLE.fullmatch(heading_title(it.head.rest)) and not _names_units(it):
            warnings.append(f"line {it.head.no}: {it.head.marker}{heading_title(it.head.rest)[:20]} frames the work "
                            "and names no 责任单位; read as a section, not a task")
            framed[i] = True
            continue
        it.is_task = _has_body(it) or i + 1 == len(heads)
    if not any(it.is_task for it in heads):
        _stepped_tasks(heads, leaf, framed, warnings)
    levels = {it.level for it in heads if it.is_task}
    for i, it in enumerate(heads):
        if leaf[i] and not framed[i] and not it.is_task and it.level in levels and not (it.level == top and top_has_children):
            it.is_task = True
    deepest = max(levels, default=0)
    warnings += [f"line {it.head.no}: {it.head.marker}{heading_title(it.head.rest)[:20]} has no numbered items under it "
                 "while other sections do; read as a task of its own" for it in heads if it.is_task and it.level < deepest]
    return warnings


def _stepped_tasks(heads: list[Item], leaf: list[bool], framed: list[bool], warnings: list[str]) -> None:
    """A plan whose only work is set out under a framing section ('二、工作步骤' > '（一）动员部署。…' each with its
    '责任单位：'): when no other item is a task, the leaves there that name their units are the tasks."""
    for i, it in enumerate(heads):
        if leaf[i] and framed[i] and _has_body(it) and _names_units(it) \
                and not _FINAL_CLAUSE.match(it.head.rest) and not _CLOSING_TITLE.fullmatch(heading_title(it.head.rest)):
            it.is_task = True
            warnings.append(f"line {it.head.no}: {it.head.marker}{heading_title(it.head.rest)[:20]} sits under a "
                            "framing section but names its 责任单位 and no other item is a task; read as a task")
    last = heads[-1] if heads else None
    tasks = [k for k, it in enumerate(heads) if it.is_task]
    if tasks and last is not None and not last.is_task and leaf[-1] and last.level == heads[tasks[-1]].level \
            and all(it.level >= last.level for it in heads[tasks[-1]:]):
        last.is_task = True  # the page cut inside the next step, before its 责任单位


def _cut_after_a_task(heads: list[Item], leaf: list[bool], i: int) -> bool:
    """Round BT: the page's last heading, at the top level after a top-level leaf that names its units (a task of its own
    beside sections with items: '4.拓宽农民增收渠道。…A牵头，B配合。' / '5.加强劳动者权益保障。开展…，' cut): the page ended
    before its 责任单位 — a task as the leaf before it is, not a section."""
    if i + 1 != len(heads) or not _has_body(heads[i]):
        return False
    before = next((k for k in range(i - 1, -1, -1) if heads[k].level <= heads[i].level), None)
    return before is not None and heads[before].level == heads[i].level and leaf[before] and _names_units(heads[before])


def _names_units(item: Item) -> bool:
    return any(_CLAUSE_WORDS.search(ln.text) or _BODIES_BRACKET.search(ln.text.strip()) for ln in item.lines if ln.says)


def _framed(heads: list[Item]) -> list[bool]:
    """True for headings that are, or sit under, a 总体要求 / 工作目标 / 组织实施 … section."""
    stack: list[tuple[int, bool]] = []
    out = []
    for it in heads:
        while stack and stack[-1][0] >= it.level:
            stack.pop()
        inside = (stack[-1][1] if stack else False) or bool(NON_TASK_TITLE.fullmatch(heading_title(it.head.rest)))
        stack.append((it.level, inside))
        out.append(inside)
    return out

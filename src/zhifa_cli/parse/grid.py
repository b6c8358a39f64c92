"""grid: task tables (任务分解表) as web pages and PDFs flatten them -> rows of named cells.

The same table reaches us in several renderings: a line per row with cells between pipes, one cell per
line (each closed by ' |' or followed by a '|' line), one cell per paragraph, or cells run together with
single spaces. Columns are read by their header words (序号 / 主要任务 / 牵头单位 / 完成时限 …), never by
position, and from the right: merged cells lost in the copy are the leading ones (类别, 重点任务), so the
cells after the task text (units, deadline) keep their place.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from ..chars import HAN
from .blocks import LABELS, NO_VALUE, kind_of, time_word
from .deadlines import is_deadline
from .lines import Line
from .memo import lru
from .numerals import cn_to_int
from .units import looks_like_body

# Header words by what they end with: 主要内容 / 工作举措 / 具体要求 hold the task; 类别 / 领域 label groups
# of rows; 单位 / 部门 / 主体 / 科室 name units; 时限 / 时间 / 期限 / 节点 a deadline; 领导 / 责任人 are people.
# A text header may pair two words: '建设内容及规模', '主要内容和标准', '工作任务与目标'.
_TEXT_END = re.compile(rf"(?:措施|举措|路径|要求|内容|任务|事项|要点|名称|工作|目标|项目|重点|描述|实事)(?:[及和与][{HAN}]{{1,4}})?$"
                       r"|^职责分工$|^(?:任务|目标|工作)分解$|^(?:任务|工作|事项)清单$")  # '实施路径': the way the work is done; '职责分工': the duty each body bears, in sentences
# When several columns hold text, the most specific is the task: measures before tasks before headings.
# '任务描述' / '问题描述' (…描述: the matter described) and '民生实事' (the 实事's name) rank after them all.
_SPECIFIC = ("措施", "举措", "路径", "要求", "内容", "任务", "事项", "要点", "项目", "名称", "工作", "目标", "重点", "描述", "实事")
_GROUP = re.compile(r"(?:类别|类型|领域|板块|方面|分类|专项)$")  # '专项': the 专项 a 整治 plan's rows fall under
_PAIRED = re.compile(rf"[{HAN}]{{2,4}}[及和与][{HAN}]{{2,4}}$")  # '项目名称及建设内容': two header words, a longer name
_NUMBER = re.compile(r"^(?:序号|编号|序|项次|序次|[Nn][Oo]\.?)$")  # 'No.': a sheet exported with an English number header
_DEADLINE = re.compile(r"(?:时限|时间|期限|节点|时点)(?:要求|安排|计划)?$|^(?:计划|预计)?(?:截止|完成|办结)(?:日期|年限|年月)$"
                       r"|^(?:实施|建设|起止|实施起止|建设起止)年限$|^(?:完成|实施)(?:年度|年份)$")  # '实施年限' / '建设年限' / '完成年度': the years the work is done in, listed as written  # '时间安排' as the '时间安排：' label is one; '完成时点' the point it is done by
_IGNORE = re.compile(r"领导|责任人|联系人|负责人|备注|进度|推进计划|计划安排|完成情况|进展|预期成效|目标值|资金|职责$"
                     r"|^(?:责任|包保|所在)?[河湖林田路]长$")  # '责任河长', '林长': the person who answers for a river or a forest
# Columns beside the work that say where a task comes from, how it is scored or whom to call ('任务来源', '评价指标',
# '分值', '联系电话'): their cells are no task, unit or time.
_ASIDE = re.compile(r"^(?:任务|工作)?来源$|^(?:政策|文件)?依据$|^(?:评价|考核|绩效|主要|核心|关键|量化|预期)?指标$|^(?:考核)?(?:分值|权重)$|^联系(?:电话|方式)$"
                    # who checks the work and how ('督办单位', '督办要求', '考核方式'): no unit, no task ('督办事项' is one)
                    # who assigns the matter ('交办单位': 县政府督查室, '12345热线') or accepts the work done ('验收单位')
                    r"|^(?:督(?:办|查|导|促)|交办|验收)(?:单位|部门|要求)$|^(?:考核|评价|评估|验收)(?:方式|办法|方法)$"
                    # when the work starts ('开始时间' beside '完成时间'): no time limit
                    r"|^(?:计划)?(?:开始|起始|启动|开工)(?:时间|日期)$")
# a project table's figures and places ('投资额（万元）', '总投资', '项目地点', '建设规模'): no text, unit or time of the task
_PROJECT_ASIDE = re.compile(r"^(?:总|年度|计划|预计|累计)?投资(?:额|总额|金额|规模|计划)?$|^(?:项目|建设|实施)(?:地点|规模|性质)$"
                            # a quantity column ('任务量（亩）', '工作量', '数量'): figures, no unit
                            r"|^(?:任务|工作|建设|计划|目标|年度)?数?量$")
_OUTPUT = re.compile(r"成果(?:形式|要求|体现)?$|完成标志$|^(?:完成|工作|验收)标准$|^(?:佐证|支撑)(?:材料|资料)$")  # '成果形式': what the work yields ('制度文件'), no text, unit or time
# A column named by a point in the year ('3月底前', '二季度', '下半年'), under a spanning 进度安排: its cells hold
# what is to be done by then (a milestone, or '—' for none). Its name is the time, read only when the table has
# no 完成时限 column.
_POINT = re.compile(r"^(?:\d{1,2}月(?:底|末|份|中旬|上旬|下旬)?前?|第?[一二三四]季度(?:末|底)?前?|[上下]半年)$")
# A cell that is a figure alone ('6.5%', '12.6亿元', '1800人'): under a time-point column ('上半年') of an indicator
# table it is the value the target should reach by then, no work to be done: the point sets no time limit.
# A date in the cell ('6月底', '30日前') is the point's milestone, no figure.
_FIGURE = re.compile(rf"^(?:约|近|超)?\d+(?:[.．]\d+)?(?:%|％|‰|(?![年月日旬季号])[十百千万亿]?[{HAN}]{{0,2}})(?:以上|左右|以内)?$")
_BLANK = NO_VALUE  # a cell that says it is empty: '—', '/', '无' (a table that writes no blank cells)
# A unit column names a role and a kind of body ('牵头部门', '责任主体', '协办单位'), never a body ('县司法局').
# the bodies a low-level table names by their kind ('责任学校', '责任街道', '责任社区', '配合乡镇'): a unit column (round BM);
# '其他责任单位' beside the main ones: support (round BN)
_UNIT = re.compile(r"^(?:(?P<other>其他|其它)|主要|具体)?(?P<role>责任|牵头|主办|主抓|配合|协办|协作|协同|参与|参加|相关|实施|承办|承接|协调|主责"
                   r"|业主|建设|承担|执行|负责|主管|推进|落实|包联|包保|涉及|办理|归口|对口)\w{0,2}"
                   r"(?:单位|部门|主体|科室|处室|股室|站所|学校|街道|社区|乡镇|镇街|村居)$"
                   r"|^项目(?:业主|单位|法人)(?:单位)?$")  # a project table's '项目业主' / '项目单位': the body that carries the project out
# '牵头/配合单位': one column for both roles, each cell 'lead/support、support' (the slash parts them)
_ROLE_PAIR = re.compile(r"^(?:牵头|主办|主责)(?:单位|部门)?[/／](?:配合|协办|协同|参与)(?:单位|部门)?$")  # '牵头/配合' too
_UNIT_ROLES = {"牵头": "lead", "主办": "lead", "主抓": "lead", "相关": "support", "配合": "support", "协办": "support", "协作": "support",
               "协同": "support", "协调": "support", "参与": "support", "参加": "support", "涉及": "support"}
_ROW_NUMBER = re.compile(r"^(?:\d{1,4}[.．、]?|[（(]?\d{1,3}[）)])$")  # '1', '1.', '（1）' and '1）' as some tables write it
# '1.1', '2-3' under a 序号 header: rows numbered within their group (only where the column says so)
_SUB_NUMBER = re.compile(r"^\d{1,3}(?:[.．\-－]\d{1,3}){1,2}$")
# 'A1', 'B-2' under a 序号 / 编号 header: rows numbered within lettered groups ('| A | 产业提质增效 | | |' heads them)
_LETTER_NUMBER = re.compile(r"^[A-Z][\-－.．]?\d{1,3}$")
_LETTER_GROUP = re.compile(r"^[A-Z]$")
# '1★', '★3' in the 序号 cell: the row's number with a mark for the tasks a higher level assesses (a legend after the
# table says so: '注：标★的为市对县考核任务'); the mark is no part of the number
_MARKED_NUMBER = re.compile(r"^[★☆※▲△*＊]?(?P<n>\d{1,4})[★☆※▲△*＊]?$")
# '事项1', '任务3', '第2项' in the 序号 / 编号 cell: the row's number written with the word for an item
_WORD_NUMBER = re.compile(r"^(?:事项|任务)\s*(?P<n>\d{1,3})$|^第(?P<k>\d{1,3})项$")
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]")


def _number_of(cell: str) -> int:
    return int(cell.strip("（()）").rstrip(".．、"))


@dataclass(frozen=True)
class Column:
    name: str
    role: str  # number | text | group | lead | responsible | support | deadline | point | note | ignore | remark


@dataclass
class Row:
    number: int
    cells: dict[str, list[str]] = field(default_factory=dict)  # role -> cell texts (several unit columns)
    first: int = 0
    last: int = 0
    section: str | None = None  # the 一、… heading the row sits under
    label: str = ""  # the 序号 as written when it is no plain number ('1.2'); `number` then counts the rows
    group: str | None = None  # the 类别 / 重点任务 cell of the row, or of the rows above it (merged)

    @property
    def text(self) -> str:
        return "".join(self.cells.get("text", []))

    def put(self, column: Column, cell: str) -> None:
        """A cell under its column: nothing for an empty one ('', '—', '/', '无'); under a time-point column
        ('6月底前') the point itself, since the cell only says what is done by then."""
        if not cell or _BLANK.match(cell.strip()) or (column.role == "point" and _FIGURE.match(cell.strip())):
            return
        if column.role in ("lead", "responsible", "support") and _WITH_PERSONS.search(column.name):
            cell = _persons_dropped(cell)
        if column.role == "lead" and _ROLE_PAIR.match(column.name):  # 'lead/support、support' under '牵头/配合单位'
            lead, _, support = cell.replace("／", "/").partition("/")
            for role, part in (("lead", lead), ("support", support)):
                if part.strip():
                    self.cells.setdefault(role, []).append(part.strip())
            return
        self.cells.setdefault(column.role, []).append(column.name if column.role == "point" else cell)


# '责任单位（责任人）': a unit column whose cells give each body with its person in brackets ('医政科（李华）')
_WITH_PERSONS = re.compile(r"[（(](?:责任人|负责人|联系人)[）)]|[及和与/／、](?:责任人|负责人|联系人)$")
_PERSON_AFTER = re.compile(rf"(?<=[{HAN}])[（(](?P<person>[{HAN}·]{{2,4}})[）)]")
# '村镇建设办 刘海、各村（社区）': a person after the body, set off by a space, up to the next 、 or the cell's end
_PERSON_SPACED = re.compile(rf"(?<=[{HAN}）)])[ \u3000]+(?P<person>[{HAN}·]{{2,4}})(?=[、，,；;]|$)")
# '县农业农村局/王强', '县农业农村局：王强': the person after the body, set off by a slash or a colon
_PERSON_MARKED = re.compile(rf"(?<=[{HAN}）)])[/／:：](?P<person>[{HAN}·]{{2,4}})(?=[、，,；;]|$)")
_NOT_PERSON = re.compile(r"牵头|负责|配合|协办|参与|街道|社区|乡镇|村|居|市|县|区|镇|乡")
# '各社区（居委会主任）': the post of the one who answers for each body, where a name would stand
_POST_AFTER = re.compile(rf"(?<=[{HAN}])[（(][{HAN}]{{0,6}}(?:主任|书记|局长|站长|所长|科长|股长|队长|组长|部长|处长|主席|网格员)[）)]")


def _persons_dropped(cell: str) -> str:
    """'医政科（李华）、区人民医院（周强）' -> '医政科、区人民医院': the persons after the bodies go; a bracket that is part of a
    name ('各镇（街道）卫生院') or a role mark ('（牵头）') stays."""
    def drop(m: re.Match[str]) -> str:
        return m.group(0) if _NOT_PERSON.search(m.group("person")) or looks_like_body(m.group("person")) else ""

    cell = _PERSON_MARKED.sub(drop, _POST_AFTER.sub("", cell.strip()))
    return _PERSON_SPACED.sub(drop, _PERSON_AFTER.sub(drop, cell))


@dataclass
class Grid:
    columns: list[Column]
    rows: list[Row]
    first: int  # line numbers the table spans (header included)
    last: int


_UNIT_AND_PERSON = re.compile(rf"^(?P<unit>[{HAN}]{{0,4}}(?:单位|部门|科室|处室))[及和与/／、](?:责任人|负责人|联系人)$")
_NOTED = re.compile(rf"^(?P<name>[{HAN}]{{2,8}})[（(](?P<note>[{HAN}、/]{{1,6}})[）)]$")
# '责任处（室）', '责任科（股）室': a unit word written with its alternative in brackets (处 or 处室, 科室 or 股室)
_ALTERNATIVE = re.compile(rf"^(?P<a>[{HAN}]{{2,6}})[（(](?P<alt>[{HAN}]{{1,2}})[）)](?P<b>[{HAN}]{{0,2}})$")
# '责任单位/部门', '完成时限/时间': a header word with another kind word for the same column after a slash
_SLASH_ALTERNATIVE = re.compile(rf"^(?P<a>[{HAN}]{{2,6}})[/／](?:单位|部门|科室|处室|股室|时间|时限|节点)$")
# '整改责任单位', '整改牵头单位', '行业主管部门', '管控责任单位': a unit word after two characters saying which work or
# field it answers for (the 整改 of a rectification list, the 行业 of a project list): the unit word's column. Not a
# level or a place ('县直相关单位', '市级相关部门', '乡镇责任单位': bodies as a cell names them) nor '有关' / '相关'.
_QUALIFIED = re.compile(rf"^(?!有关|相关)[^\s县市区省州镇乡村街级直各]{{2}}[{HAN}]{{4,6}}$")
# '改造户数（户）', '新增面积（平方米）': a column named by what is counted, its measure in brackets: figures, no unit or time
_MEASURE = re.compile(r"^(?:户|亩|个|人次|元|万元|亿元|平方米|万平方米|公里|千米|米|套|座|家|项|台|辆|吨|所|间|张|条|盏|栋|幢|处)$")


# Round CF: a bilingual header ('序号 No.', '工作任务 Task', '牵头部门 Lead Department', a development zone's sheet for
# investors): the English after the Chinese word glosses it; the Chinese word names the column.
_ENGLISH_GLOSS = re.compile(rf"(?<=[{HAN}])\s*[A-Za-z][A-Za-z .&/'-]*$")


@lru()
def column_role(cell: str) -> str | None:
    """What a header cell names, or None when it is no header word. Cached: every short line of a text is asked
    (as the start of a header flattened one cell per line), most of them several times."""
    name = re.sub(r"\s+", "", _ENGLISH_GLOSS.sub("", cell)).strip("|｜*")
    if _ROLE_PAIR.match(name):
        return "lead"
    if (paired := _UNIT_AND_PERSON.match(name)) is not None:  # '责任单位及责任人': the units, each with its person
        return column_role(paired.group("unit"))
    if (slashed := _SLASH_ALTERNATIVE.match(name)) is not None \
            and (role := column_role(slashed["a"])) in (*_UNIT_ROLES_SET, "deadline"):
        return role
    if (alt := _ALTERNATIVE.match(name)) is not None:
        for word in (alt["a"] + alt["b"], alt["a"] + alt["alt"] + alt["b"]):
            if (role := column_role(word)) in _UNIT_ROLES_SET:
                return role
    if (noted := _NOTED.match(name)) is not None:  # '责任单位（部门）', '完成时限（年月）': a unit or deadline column
        if _PROJECT_ASIDE.match(noted.group("name")):
            return "ignore"
        role = column_role(noted.group("name"))
        if role is None and _MEASURE.match(noted.group("note")):
            return "ignore"
        return role if role in ("lead", "responsible", "support", "deadline") else None
    if _POINT.match(name):
        return "point"
    if not name or len(name) > 10 or len(name) > (10 if _PAIRED.search(name) else 8) \
            or re.search(r"[。，；：:、\d（(]", name):
        return None
    if _NUMBER.match(name):
        return "number"
    if name in ("备注", "说明"):  # remarks: a time written there ('长期坚持') is read, nothing else
        return "note"
    if _IGNORE.search(name) or _OUTPUT.search(name) or _ASIDE.match(name) or _PROJECT_ASIDE.match(name):
        return "ignore"
    if name in LABELS and kind_of(name) not in ("deadline", "person"):
        return kind_of(name)
    if m := _UNIT.match(name):
        return "support" if m["other"] else _UNIT_ROLES.get(m["role"], "responsible")
    if _QUALIFIED.match(name) and (role := column_role(name[2:])) in _UNIT_ROLES_SET:
        return role  # '整改责任单位', '行业主管部门', '行业监管部门': the unit word under a qualifier
    for pattern, role in ((_DEADLINE, "deadline"), (_GROUP, "group"), (_TEXT_END, "text")):
        if pattern.search(name):
            return role
    return None


def _header(cells: list[str]) -> list[Column] | None:
    """A table's header: three or more header words, a task column and a unit or deadline column."""
    cells = _unnumbered(cells)
    roles = [column_role(c) for c in cells]
    roles = _unnamed_ignored(cells, _problems_reported(cells, _problems_beside_rectification(cells, roles)))
    roles = _unknown_aside(cells, _unknown_unit(cells, _unknown_work(cells, _years_targeted(cells, roles))))
    if len(cells) < 3 or None in roles or "text" not in roles:
        return None
    if not {"lead", "responsible", "support", "deadline"} & set(roles):
        return None
    columns = [Column(re.sub(r"\s+", "", c).strip("|｜"), r) for c, r in zip(cells, roles, strict=True)]
    return _one_text_column(_schedule_timed(_points_untimed(_points_unspanned(columns))))


_CELL_NO = re.compile(r"^(?P<n>\d{1,2})[.．、]\s*(?=\D)")


def _unnumbered(cells: list[str]) -> list[str]:
    """'1.序号 | 2.工作任务 | 3.责任单位 | 4.完成时限': a header whose cells carry their running numbers (a form numbering
    its columns for reference, 1 to n in turn): the names without them."""
    marks = [_CELL_NO.match(c.strip()) for c in cells]
    if len(cells) < 3 or not all(marks) or [int(m["n"]) for m in marks if m] != list(range(1, len(cells) + 1)):
        return cells
    return [c.strip()[m.end():] for c, m in zip(cells, marks, strict=True) if m]


_ASIDE_WORD = re.compile(rf"^[{HAN}]{{3,6}}$")
_UNIT_END = re.compile(r"(?:单位|部门|主体|科室|处室|股室)$")  # an unknown '…单位' names units in a word not met: no aside
_WORK_ROLES = {"lead", "responsible", "support", "deadline"}


def _unknown_aside(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """'序号 | 工作任务 | 牵头单位 | 督办单位 | 完成时限' with one header word not met ('督办单位', '考核方式', '佐证材料'): a row
    that names its task column and its units or time in known words, at least three of its cells known and one or two
    of them words of three to six characters of no other kind (no body, no time, no number), is the header; the unknown
    columns say something beside the work (who checks it, how it is scored, what is handed in) and are read as nothing.
    Not a word naming units ('包保单位': who does the work, in a role word not met, is no aside), not a piece of a
    header wrapped over two lines ('完成' over '时限': two characters), and not a box a progress form
    leaves to fill in ('存在问题', '推进情况' beside '完成情况': the table is a form, no task list)."""
    unknown = [k for k, r in enumerate(roles) if r is None]
    known = [r for r in roles if r is not None]
    if not unknown or len(unknown) > 2 or len(known) < 3 or len(unknown) * 2 > len(known) \
            or "text" not in known or not _WORK_ROLES & set(known):
        return roles
    names = [re.sub(r"\s+", "", cells[k]).strip("|｜*") for k in unknown]
    if any(_PROGRESS.search(n) or _PROBLEM.match(n) or _UNIT_END.search(n) for n in names) \
            or any(_PROGRESS.search(re.sub(r"\s+", "", c)) for c in cells):
        return roles
    if not all(_ASIDE_WORD.match(n) and not looks_like_body(n) and not time_word(n) and not is_deadline(n) for n in names):
        return roles
    return ["ignore" if r is None else r for r in roles]


def header_words(cells: list[str]) -> bool:
    """Are these cells a table's header words, with a task column among them: every cell a header word, or one or two
    words not met beside known task and unit or time words (_unknown_aside). For the normalizer, which keeps the
    spaces of a table flattened with spaces."""
    roles = [column_role(c) for c in cells]
    if None in roles:
        roles = _unknown_aside(cells, _unknown_unit(cells, _unknown_work(cells, roles)))
    return None not in roles and "text" in roles


# The work named by a word no reader knows ('工作安排', '实施步骤', '项目概况', '主要做法'): a task column when it is the
# table's only text column and its cells turn out to be sentences (_unsaid_work).
_WORK_WORD = re.compile(rf"^[{HAN}]{{2,4}}(?:安排|步骤|概况|工程|做法|环节)$")
_UNIT_WORD = re.compile(rf"^(?:(?![县市区省州镇乡村街各本我有])[{HAN}]{{2,4}})?(?:单位|部门|科室|处室|股室)$")  # no level or place: a body
# whose the body is on a form ('申报单位', '填报单位', '所在单位', '工作单位'): the one who fills it in, no unit of a task
_FORM_UNIT = re.compile(r"^(?:填报|申报|报送|推荐|报名|所在|工作|参赛|申请|参会|选送|来文|发文|收文)")


def _names(cells: list[str]) -> list[str]:
    return [re.sub(r"\s+", "", c).strip("|｜*") for c in cells]


def _unknown_work(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """'序号 | 工作安排 | 责任单位 | 完成时限': no task word, but one word of the work's kind ('…安排', '…步骤', '…概况',
    '…工程', '…做法') where the table has no text column, beside a number, unit or time column: it names the work (read as
    the text; _read drops the table when its cells are no sentences)."""
    names = _names(cells)
    work = [k for k, (n, r) in enumerate(zip(names, roles, strict=True)) if r is None and _WORK_WORD.match(n)]
    if "text" in roles or len(work) != 1 or not {"number", *_WORK_ROLES} & set(roles) or looks_like_body(names[work[0]]):
        return roles
    return ["text" if k == work[0] else r for k, r in enumerate(roles)]


def _unknown_unit(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """'序号 | 工作任务 | 挂钩单位 | 完成时限': a table with a task column and a time column but no unit column, one word
    not met ending in a kind of body ('挂钩单位', '帮扶单位', '结对单位', '联系单位', '共建单位', '管理单位', '单位' or '部门'
    alone): the bodies each row names there are the row's units — whatever bond the word states (paired with, linked to,
    in charge of), those bodies do the work. Not the filer of a form ('申报单位', '所在单位')."""
    names = _names(cells)
    units = [k for k, (n, r) in enumerate(zip(names, roles, strict=True)) if r is None and _UNIT_WORD.match(n)]
    if "text" not in roles or "deadline" not in roles or {"lead", "responsible", "support"} & set(roles) or len(units) != 1 \
            or _FORM_UNIT.match(names[units[0]]):
        return roles
    return ["responsible" if k == units[0] else r for k, r in enumerate(roles)]


def _unnamed_bodies(columns: list[Column], rows: list[Row]) -> bool:
    """A unit column named by a word no reader knows (_unknown_unit) whose cells are mostly no bodies: '单位' over '%',
    '万元', '万亩' in an indicator table is the measure of each figure, and the table no task list."""
    unit = next((c for c in columns if c.role == "responsible" and column_role(c.name) is None), None)
    if unit is None:
        return False
    cells = [r.cells["responsible"][0] for r in rows if r.cells.get("responsible")]
    return sum(1 for c in cells if looks_like_body(c)) * 2 <= len(cells)


def _unsaid_work(columns: list[Column], rows: list[Row]) -> bool:
    """A text column named by a word no reader knows (_unknown_work) whose cells are mostly no sentences (names, '—'):
    the table is no task list read that way."""
    text = next((c for c in columns if c.role == "text"), None)
    if text is None or column_role(text.name) is not None:
        return False
    cells = [r.cells["text"][0] for r in rows if r.cells.get("text")]
    return sum(1 for c in cells if _SENTENCE.search(c)) * 2 <= len(cells)


_PROBLEM = re.compile(rf"^[{HAN}]{{0,6}}问题$")


def _problems_beside_rectification(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A 问题整改清单 '序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限': the problem column names each row's problem (a group
    label); the 整改措施 are the work. Only beside a 整改 column that is the table's only work column: a progress form's
    '存在问题' is a box to fill in, even beside a '下步整改措施' column when a '工作任务' column holds the work."""
    works = [c for c, r in zip(cells, roles, strict=True) if r == "text"]
    if not works or not all("整改" in c for c in works):
        return roles
    return ["group" if r is None and _PROBLEM.match(re.sub(r"\s+", "", c)) else r for c, r in zip(cells, roles, strict=True)]


_PROGRESS = re.compile(r"进展|完成情况|推进情况")


def _problems_reported(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A progress report '序号 | 重点任务 | 责任单位 | 完成时限 | 进展情况 | 存在问题': each row states a task, its units and
    its time limit, then how it went; the problem column and the 进展情况 are the report's remarks ('remark' columns,
    read as nothing). Only where the header names a time limit and no 整改 column: a form to fill in ('工作任务 | 责任单位
    | 完成情况 | 存在问题', no time) and a 整改 list keep their readings; a table whose remark cells are all empty is a
    form to fill in, no report (_blank_form)."""
    names = [re.sub(r"\s+", "", c) for c in cells]
    if "deadline" not in roles or not any(_PROGRESS.search(n) for n in names) or any("整改" in n for n in names):
        return roles
    return ["remark" if (r is None and _PROBLEM.match(n)) or (r == "ignore" and _PROGRESS.search(n)) else r
            for n, r in zip(names, roles, strict=True)]


_YEAR_TARGET = re.compile(r"^(?:19|20)\d{2}年(?:度)?(?:目标|目标值|任务)?$")


def _years_targeted(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """'序号 | 目标任务 | 2024年 | 2025年 | 责任单位': a column headed by a year holds that year's target (a figure), no
    time limit; it is read as nothing when the other cells are header words with a text column."""
    names = [re.sub(r"\s+", "", c) for c in cells]
    if not any(_YEAR_TARGET.match(n) for n in names) or "text" not in roles \
            or any(r is None for n, r in zip(names, roles, strict=True) if not _YEAR_TARGET.match(n)):
        return roles
    return ["ignore" if _YEAR_TARGET.match(n) else r for n, r in zip(names, roles, strict=True)]


def _unnamed_ignored(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A pipe header with an EMPTY cell ('| | 工作任务 | 责任单位 | 完成时限 |', a blank corner; '| … | 完成时限 | |', an
    unnamed last column): the column is read as nothing when every other cell is a header word (three at least)."""
    if "" not in cells or sum(1 for c in cells if c) < 3 or any(r is None for c, r in zip(cells, roles, strict=True) if c):
        return roles
    return ["ignore" if not c else r for c, r in zip(cells, roles, strict=True)]


_SPANNING = re.compile(r"进度|计划|安排")


def _points_unspanned(columns: list[Column]) -> list[Column]:
    """A flattened header '… 进度安排 3月底前 6月底前 …': the spanning cell stands over the point columns after it
    and is no column of its own (a 责任人 before '一季度' is one)."""
    return [c for k, c in enumerate(columns)
            if not (c.role == "ignore" and _SPANNING.search(c.name)
                    and [x.role for x in columns[k + 1: k + 3]] == ["point", "point"])]


def _points_untimed(columns: list[Column]) -> list[Column]:
    """A table with a 完成时限 column states its time there: its point columns only hold milestones, and a row
    whose time limit is '—' takes none from them."""
    if not any(c.role == "deadline" for c in columns):
        return columns
    return [Column(c.name, "ignore") if c.role == "point" else c for c in columns]


_SCHEDULE = re.compile(r"^(?:进度安排|时间进度|进度要求|时序安排|时序进度)$")  # '时序进度': the order in time, the same column (round CI)


def _schedule_timed(columns: list[Column]) -> list[Column]:
    """'序号 | 主要内容 | 责任单位 | 进度安排' with no 完成时限 column and no time points under the 进度安排: the table
    states its time limits there ('2025年9月底前', '2025年6月底前完成选址，10月底前建成开放'), so it is the time column.
    Beside a 完成时限 column the same cells are milestones and stay unread."""
    if any(c.role in ("deadline", "point") for c in columns):
        return columns
    schedules = [c for c in columns if c.role == "ignore" and _SCHEDULE.match(c.name)]
    if len(schedules) != 1:
        return columns
    return [Column(c.name, "deadline") if c is schedules[0] else c for c in columns]


def _specificity(name: str) -> int:
    """Rank of the most specific word the header holds anywhere: '建设内容及目标' holds 内容, so it is
    read before '项目名称'."""
    return next((i for i, word in enumerate(_SPECIFIC) if word in name), len(_SPECIFIC))


def _one_text_column(columns: list[Column]) -> list[Column]:
    texts = [c.name for c in columns if c.role == "text"]
    main = min(texts, key=_specificity)
    return [Column(c.name, "group") if c.role == "text" and c.name != main else c for c in columns]


def _cell(text: str) -> str:
    """A cell as flattened: '县教育局 |' -> '县教育局'."""
    return text.strip().strip("|｜").strip()


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _unbreak(cell: str) -> str:
    """A cell whose line breaks a Markdown page kept as '<br>': names on either side joined by 、
    ('区财政局<br>各街道办事处'), other text run together."""
    if "<" not in cell:
        return cell
    pieces = [p.strip() for p in _BR.split(cell) if p.strip()]
    return "、".join(pieces) if all(looks_like_body(p) for p in pieces) else "".join(pieces)


def _split_line(text: str) -> list[str] | None:
    """Cells of a one-line row: tabs or pipes; None when the line is not such a row."""
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
    elif text.count("|") + text.count("｜") >= 2:
        # the pipes that bound the row are no cells; an empty cell between two pipes is one ('| 2 | … | |')
        row = text.strip()
        cells = [_unbreak(c.strip()) for c in re.split(r"[|｜]", row)]
        cells = cells[1 if row[:1] in "|｜" else 0: -1 if row[-1:] in "|｜" else None]
        return cells if len(cells) >= 2 and any(cells) else None
    else:
        return None
    while cells and not cells[0]:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    return cells if len(cells) >= 2 else None


# '指标名称' / '主要指标名称' as the text column: a table of the plan's targets ('经常参加体育锻炼人数比例 | ≥40%'), no task
_TARGET_TEXT = re.compile(rf"^[{HAN}]{{0,4}}指标(?:名称|内容)?$")


def find_grid(lines: list[Line]) -> Grid | None:
    """The first task table in these lines; a table of targets ('序号 指标名称 目标值 责任单位' under '一、主要目标') is
    passed over when a task table follows it on the page ('二、重点任务' and its own header)."""
    grid = _first_grid(lines)
    if grid is not None and any(c.role == "text" and _TARGET_TEXT.match(c.name) for c in grid.columns):
        return _first_grid([ln for ln in lines if ln.no > grid.last]) or grid
    return grid


def _first_grid(lines: list[Line]) -> Grid | None:
    """The first task table in these lines, in whichever rendering it came."""
    for i, ln in enumerate(lines):
        if len(ln.text) > 12 and "\t" not in ln.text and "|" not in ln.text and ln.text.count(" ") < 2:
            continue  # a sentence: neither a header line nor a header cell
        if not ln.text:  # '': no row, cell or gap for the readers below to find; a header read one cell per line may
            # still start under it (_header_stream passes over the empty lines: from the first of a run only, which
            # reads what every other of the run would)
            if (i == 0 or lines[i - 1].text) and (stream := _header_stream(lines, i)):
                return _read(stream[0], stream[1], ln.no, "stream")
            continue
        below = _next_said(lines, i)
        if below is not None and _rule_line(lines[below].text):  # '| --- |' under row 1 of a two-row header
            below = _next_said(lines, below)
        if below is not None and (two := _two_line_header(ln.text, lines[below].text)):
            return _read(two, lines[below + 1:], ln.no, "line")
        cells = _split_line(ln.text) or (ln.text.split() if ln.text.count(" ") >= 2 else None)
        if cells and (columns := _header(cells)):
            mode = "spaces" if _split_line(ln.text) is None else "line"
            if mode == "spaces" and below is not None and (two := _spaced_sub_header(cells, lines[below].text)):
                if _GAP.search(ln.text) and (heads := _spanned_heads(ln, lines[below], len(two))) \
                        and (grid := _read_layout(two, ln, lines[below + 1:], heads)):
                    return grid
                return _read(two, lines[below + 1:], ln.no, "spaces")
            if mode == "spaces" and _GAP.search(ln.text) and (grid := _read_layout(columns, ln, lines[i + 1:])):
                return grid
            grid = _read(columns, lines[i + 1:], ln.no, mode)
            if grid is None and mode == "spaces":  # the header a paragraph of its own, the rows one cell per line
                grid = _read(columns, lines[i + 1:], ln.no, "stream")
            return grid
        if below is not None and _GAP.search(ln.text) and (grid := _read_stacked(lines, i, below)):
            return grid
        stream = _header_stream(lines, i)
        if stream:
            columns, rest = stream
            return _read(columns, rest, ln.no, "stream")
    return None


_HEADLESS = (4, 5, 6)  # cells a row: 序号 / task / one or two unit columns (a leader's column beside them) / time


def tables_in_turn(lines: list[Line], first: Grid) -> Grid | None:
    """'（一）重点任务' over a task table, then '（二）重点项目' over another with a header of its own ('项目名称 建设内容 …'):
    the tables in turn as one, each row under the heading right above its table (rows numbered from 1 again in each
    table keep their ids apart by it); None when no task table follows the first."""
    grids = [first]
    while (nxt := find_grid([ln for ln in lines if ln.no > grids[-1].last])) is not None:
        grids.append(nxt)
    if len(grids) == 1:
        return None
    rows = []
    for grid in grids:
        above = [ln for ln in lines if ln.no < grid.first and ln.says and ln.text.strip()]
        heading = _section_line(above[-1].text, "line") if above else None
        rows += [dataclasses.replace(row, section=row.section or heading) for row in grid.rows]
    return Grid(first.columns, rows, first.first, grids[-1].last)


def find_headless(lines: list[Line]) -> Grid | None:
    """Rows with NO header: the page of an attachment after its first ('…任务分解表（续）', the header left on page
    one), in tab or pipe rows or flattened one cell per line, each cell closed by ' |' (realworld B03's rendering).
    Read only where nothing else was found: three or more rows running by number (80, 81, 82 …), each of four to six
    cells, read as 序号 / task / units / time when the second cells are sentences (closed by 。) and the last ones
    time limits, most of them; the cells between them short (names: bodies, or a leader's column of persons)."""
    rows = [ln for ln in lines if ln.says and ("\t" in ln.text or ln.text.strip()[:1] in ("|", "｜"))]
    if (grid := _headless_run(rows, lines)) is not None:
        return grid
    stream = _cells_to_rows(lines)
    return _headless_run(stream, stream) if stream else None


def _headless_run(rows: list[Line], lines: list[Line]) -> Grid | None:
    run: list[Line] = []
    cut: Line | None = None
    for ln in rows:
        cells = _split_line(ln.text) or []
        if len(cells) in _HEADLESS and cells[0].isdecimal() and (not run or int(cells[0]) == int(run[-1].text.split("\t")[0]) + 1
                                                              and len(cells) == len(run[0].text.split("\t"))):
            run.append(Line(ln.no, "\t".join(cells), "table"))
        elif len(run) < 3:
            run = []
        else:
            break
    if len(run) < 3:
        return None
    table = [ln.text.split("\t") for ln in run]
    said = sum(r[1].rstrip().endswith("。") for r in table)
    timed = sum(is_deadline(r[-1]) or bool(time_word(r[-1])) for r in table)
    names = _headless_names(table)
    if said * 3 < len(table) * 2 or timed * 3 < len(table) * 2 or names is None \
            or any(len(c) > 30 or "。" in c for r in table for c in r[2:-1]):
        return None
    after = [ln for ln in rows if ln.no > run[-1].no]
    cut = _cut_headless(run, after[0], _split_line(after[0].text) or [], lines, names) if after else None
    columns = [Column(name, column_role(name) or "ignore") for name in names]
    grid_rows = _rows_by_line(columns, run + ([cut] if cut else []), "line")
    return Grid(columns, grid_rows, run[0].no, run[-1].no) if grid_rows else None


# round CB: a column between the task and the time whose every cell is a short name of no body ('俞 悦', '陆 明俞 悦',
# '王刚、李 敏') is the leader's (分管领导 / 责任领导), persons, no units
def _headless_names(table: list[list[str]]) -> tuple[str, ...] | None:
    """The header a headless table's rows imply: 序号, the task, then under each cell between the task and the time a
    leader's column (its cells all short names of no body) or a unit column (one: 责任单位; two: 牵头 / 配合), then the
    time. None when no unit column is left, or more than two, or more than one leader's column."""
    middle = range(2, len(table[0]) - 1)
    persons = [k for k in middle if all(r[k] and len(r[k]) <= 8 and not looks_like_body(r[k]) for r in table)]
    units = [k for k in middle if k not in persons]
    if not units or len(units) > 2 or len(persons) > 1:
        return None
    named = dict.fromkeys(persons, "责任领导") | dict(zip(units, ("责任单位",) if len(units) == 1 else ("牵头单位", "配合单位"), strict=False))
    return ("序号", "工作任务", *(named[k] for k in middle), "完成时限")


_CELL_CLOSED = re.compile(r"\s*[|｜]$")
_GROUP_CELL = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _cells_to_rows(lines: list[Line]) -> list[Line]:
    """A table flattened one cell per line, each cell closed by ' |', folded back into tab rows: a row starts at a
    bare number cell (the first, or one more than the last row's); a group cell ('四、保障改善民生（3项） |') ends the
    row before it and is no row. The page's last line, a cell not closed, is the cut row's last cell. A line that is
    no cell ends the stream; [] when no number cell was met."""
    said = [ln for ln in lines if ln.says and ln.text.strip()]
    rows: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    for k, ln in enumerate(said):
        text = ln.text.strip()
        closed = text[-1:] in "|｜" and text.count("|") + text.count("｜") == 1 and len(text) > 1
        if not closed and not (k == len(said) - 1 and current):
            if len(rows) >= 3:
                break
            rows, current = [], None
            continue
        cell = _CELL_CLOSED.sub("", text)
        if cell.isdecimal() and (not rows or int(cell) == int(rows[-1][1][0]) + 1):
            current = [cell]
            rows.append((ln.no, current))
        elif _GROUP_CELL.match(cell):
            current = None
        elif current is not None:
            current.append(cell)
    return [Line(no, "\t".join(cells), "table") for no, cells in rows]


def _cut_headless(run: list[Line], ln: Line, cells: list[str], lines: list[Line], names: tuple[str, ...]) -> Line | None:
    """The page's last line, numbered next after the run and shorter than its rows (cut after its task cell or a
    unit cell): the last row, cut. Its cells after the task text name bodies (or a time, or persons under a leader's
    column); its empty cells make up the row's width so each stands in its place."""
    said = [x for x in lines if x.says]
    width = len(run[0].text.split("\t"))
    if not said or ln is not said[-1] or not 2 <= len(cells) < width or not cells[0].isdecimal() \
            or int(cells[0]) != int(run[-1].text.split("\t")[0]) + 1 \
            or len(cells[1]) < 6 or column_role(cells[1]) is not None \
            or not all(looks_like_body(c) or is_deadline(c) or (names[k] == "责任领导" and len(c) <= 8)
                       for k, c in enumerate(cells[2:], 2)):
        return None
    return Line(ln.no, "\t".join([*cells, *[""] * (width - len(cells))]), "table")


def _next_said(lines: list[Line], i: int) -> int | None:
    """The index of the first line after i that is not blank: a Word copy spaces its rows, headers too."""
    for k in range(i + 1, min(i + 3, len(lines))):  # a loop, not next(generator): asked for every short line
        if lines[k].kind != "blank":
            return k
    return None


def _rule_line(text: str) -> bool:
    """A Markdown table's '| --- | :---: |' line: a converter puts it under the FIRST header row, so a header of
    two rows ('| 序号 | 工作任务 | 责任单位 | |' / '| --- | … |' / '| | | 牵头单位 | 配合单位 |') has it in between."""
    cells = _raw_cells(text)
    return len(cells) >= 2 and "-" in text and all(_RULE.match(c) for c in cells)


def _raw_cells(text: str) -> list[str]:
    """Every cell of a tab or pipe row in place, empty ones too (only the pipes bounding the row dropped)."""
    if "\t" in text:
        return [c.strip() for c in text.split("\t")]
    row = text.strip()
    if row.count("|") + row.count("｜") < 2:
        return []
    cells = [_unbreak(c.strip()) for c in re.split(r"[|｜]", row)]
    return cells[1 if row[:1] in "|｜" else 0: -1 if row[-1:] in "|｜" else None]


def _two_line_header(first: str, second: str) -> list[Column] | None:
    """A header over two rows, as a table with spanning cells leaves it: '序号 | 工作任务 | (empty) | 责任单位 |
    (empty) | 完成时限' over '(empty) | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | (empty)'. A spanning cell is
    followed by empty ones; the words of the second row take its place, column by column (in place when the
    rows keep their empty cells, else in order over the spanned columns)."""
    top, sub = _raw_cells(first), _raw_cells(second)
    if (wrapped := _wrapped_header(top, sub)) is not None:
        return wrapped
    if "" not in top and (held := _sub_words_only(top, sub)) is not None:
        return held
    if not any(sub) or ("" not in top and not (len(sub) == len(top) and _spans_repeated(top))):
        return None
    if len(sub) == len(top):
        merged = [b or a for a, b in zip(top, sub, strict=True)]
    else:
        spanned = [k for k, c in enumerate(top) if (c == "" and k > 0) or (c and top[k + 1: k + 2] == [""])]
        words = [c for c in sub if c]
        if len(words) != len(spanned):
            return None
        merged = list(top)
        for k, word in zip(spanned, words, strict=True):
            merged[k] = word
    if "" in merged or any(column_role(c) is None for c in sub if c):
        return None
    return _header(merged)


def _sub_words_only(top: list[str], sub: list[str]) -> list[Column] | None:
    """'序号 | 主要任务 | 责任分工 | 完成时限' over '牵头单位 | 配合单位': a web page's two-row header copied as its HTML holds
    it — the cells spanning both rows ('序号', '完成时限') and the spanning cell ('责任分工') written once in the first row,
    the second row holding only the words under the spanning cell, no empty cells. Each run of two or more second-row
    words of one kind (units, task words) takes the place of the one first-row cell of that kind."""
    if len(sub) < 2 or not all(sub) or _header(top) is None:
        return None
    kinds = [_KINDS.get(column_role(c) or "") for c in sub]
    if None in kinds:
        return None
    merged = list(top)
    for kind, run in itertools.groupby(zip(sub, kinds, strict=True), key=lambda pair: pair[1]):
        words = [word for word, _ in run]
        at = [k for k, c in enumerate(merged) if _KINDS.get(column_role(c) or "") == kind]
        if len(words) < 2 or len(at) != 1:
            return None
        merged[at[0]: at[0] + 1] = words
    return _header(merged)


def _wrapped_header(top: list[str], sub: list[str]) -> list[Column] | None:
    """'序号 | 工作任务 | 牵头 | 配合 | 完成' over '(empty) | (empty) | 单位 | 单位 | 时限': narrow header cells whose names
    wrapped inside the cell, each row of the copy holding one line of them. Cell by cell the two lines make the names
    ('牵头单位', '完成时限'); the first line alone is no header."""
    if len(top) != len(sub) or len(top) < 3 or "" in top or not any(sub) or _header(top) is not None:
        return None
    if any(b and (len(a) > 4 or len(b) > 4) for a, b in zip(top, sub, strict=True)):
        return None
    return _header([a + b for a, b in zip(top, sub, strict=True)])


def _spaced_sub_header(top: list[str], second: str) -> list[Column] | None:
    """'序号  工作任务  责任单位  完成时限' over '  牵头单位  配合单位': a header of spaced cells over two rows, the second
    naming the columns a spanning cell of the first stands over (words of one kind, two or more, all header words)."""
    sub = second.split()
    if len(sub) < 2 or "\t" in second or "|" in second or any(column_role(c) is None for c in sub):
        return None
    merged = _unspanned(top + sub)
    return _header(merged) if len(merged) == len(top) + len(sub) - 1 else None


def _spans_repeated(top: list[str]) -> bool:
    """'| 序号 | 重点任务 | 责任单位 | 责任单位 | 完成时限 |': a converter that writes a spanning cell into every column
    it spans (instead of leaving them empty) repeats its name side by side; the row under it names the columns."""
    return any(a and a == b for a, b in itertools.pairwise(top))


_MAX_COLUMNS = 16  # no task table has more columns


def _header_stream(lines: list[Line], i: int) -> tuple[list[Column], list[Line]] | None:
    """A header flattened one cell per line (or paragraph): consecutive header words, at most _MAX_COLUMNS
    of them (the scan from every line stays linear on a text of many short lines that read like headers)."""
    cells: list[str] = []
    j = i
    while j < len(lines):
        text = _cell(lines[j].text)
        j += 1
        if not text:
            continue
        if cells and (joined := _wrapped_word(text, lines, j)):
            text, j = joined  # '牵头' / '单位': a header cell wrapped over two lines (a '<br>' in the HTML cell)
        elif column_role(text) is None and not _problem_before_rectification(text, lines, j) \
                and not (cells and _unknown_inside(text, lines, j)):
            j -= 1
            break
        cells.append(text)
        if len(cells) > _MAX_COLUMNS:
            return None
    if len(cells) < 3:  # no header (_header wants three cells; _unspanned never adds one): most short lines
        return None
    columns = _header(_unspanned(cells))
    return (columns, lines[j:]) if columns else None


def _unknown_inside(text: str, lines: list[Line], j: int) -> bool:
    """'结对单位' or '工作安排' one cell a line between header words (a header word after it): a cell of the header
    that _header may read by its kind (_unknown_unit, _unknown_work), not the line that ends the header."""
    if not (_UNIT_WORD.match(text) or _WORK_WORD.match(text)):
        return False
    k = _next_said(lines, j - 1)
    return k is not None and column_role(_cell(lines[k].text)) is not None


def _problem_before_rectification(text: str, lines: list[Line], j: int) -> bool:
    """'序号' / '存在问题' / '整改措施' one cell a line: the problem column is no header word alone, but before a 整改 column
    it is one (_problems_beside_rectification)."""
    if not _PROBLEM.match(text):  # most short lines: the lines below need no look
        return False
    nxt = next((cell for ln in lines[j: j + 3] if (cell := _cell(ln.text))), "")
    return "整改" in nxt and column_role(nxt) == "text"


def _wrapped_word(text: str, lines: list[Line], j: int) -> tuple[str, int] | None:
    """A short piece and the next line's short piece that are one header word together, one of them none alone
    ('完成' / '时限', '牵头' / '单位'): the cell and the index after its second line; None otherwise."""
    nxt = _cell(lines[j].text) if j < len(lines) else ""
    if not (len(text) <= 4 and 0 < len(nxt) <= 4 and None in (column_role(text), column_role(nxt))
            and column_role(text + nxt) not in (None, "ignore")):
        return None
    if (_UNIT_WORD.match(text) or _WORK_WORD.match(text)) and column_role(nxt) is not None:
        return None  # '结对单位' / '完成时限': two whole words, the first of a kind _header reads (_unknown_unit)
    return text + nxt, j + 1


_KINDS = {"text": "text", "group": "text", "lead": "unit", "responsible": "unit", "support": "unit"}


def _unspanned(cells: list[str]) -> list[str]:
    """A two-row header flattened one cell per line reads row 1 then row 2: '序号 工作任务 责任单位 完成时限
    重点任务 具体措施'. Words after the deadline column that name the same kind as a row-1 cell (task words,
    unit words), two or more of them, are the sub-headers of that spanning cell and take its place."""
    roles = [column_role(c) for c in cells]
    if "deadline" not in roles:
        return cells
    cut = roles.index("deadline") + 1
    head, tail = list(cells[:cut]), cells[cut:]
    if len(tail) < 2 or any(_KINDS.get(r or "") is None for r in roles[cut:]):
        return cells
    runs: list[list[str]] = []
    for cell, role in zip(tail, roles[cut:], strict=True):
        if runs and _KINDS[column_role(runs[-1][0]) or ""] == _KINDS[role or ""]:
            runs[-1].append(cell)
        else:
            runs.append([cell])
    for run in runs:
        kind = _KINDS[column_role(run[0]) or ""]
        k = next((i for i, c in enumerate(head) if _KINDS.get(column_role(c) or "") == kind), None)
        if len(run) < 2 or k is None:
            return cells
        head[k: k + 1] = run
    return head


def _read(columns: list[Column], lines: list[Line], header_no: int, mode: str) -> Grid | None:
    original = lines
    if mode == "line":
        lines = _tab_rows_rejoined(_unbroken(lines), columns)
    rows = _rows_by_line(columns, lines, mode) if mode != "stream" else _rows_by_stream(columns, lines)
    if not rows or _blank_form(columns, rows) or _unsaid_work(columns, rows) or _unnamed_bodies(columns, rows):
        return None
    if lines is not original:
        rows[-1].last = _joined_end(rows[-1], lines, original)
    columns = _sentences_are_the_text(_schedule_untimed(columns, rows), rows)
    return Grid(columns, rows, header_no, max(r.last for r in rows))


def _joined_end(row: Row, lines: list[Line], original: list[Line]) -> int:
    """The last row read from lines joined into one (a cell broken over them) spans them all: the table ends at the
    last of the lines whose text went into it, not at its first."""
    said = [ln for ln in lines if ln.says]
    if not said or row.first != said[-1].no or said[-1] in original:
        return row.last
    end = row.last
    for ln in (o for o in original if o.no > said[-1].no and o.says):
        if ln.text.strip() not in said[-1].text:
            break
        end = ln.no
    return end


_SAYS_TIME = re.compile(r"(?:19|20)\d{2}年|\d{1,2}月|季度|[上下]半年|全年|年底|年内|期间|长期|持续|常态")


def _schedule_untimed(columns: list[Column], rows: list[Row]) -> list[Column]:
    """A 进度安排 column read as the time column (_schedule_timed) whose cells mostly say no time ('完成方案编制',
    '已完成招标'): it reports progress, no time limits; its cells are read as nothing. The rows are changed in place."""
    if not any(c.role == "deadline" and _SCHEDULE.match(c.name) for c in columns):
        return columns
    cells = [c for r in rows for c in r.cells.get("deadline", [])]
    if cells and sum(bool(_SAYS_TIME.search(c)) for c in cells) * 2 >= len(cells):
        return columns
    for r in rows:
        r.cells.pop("deadline", None)
    return [Column(c.name, "ignore") if c.role == "deadline" else c for c in columns]


def _blank_form(columns: list[Column], rows: list[Row]) -> bool:
    """A progress table whose 进展情况 / 存在问题 cells are all empty: a form to fill in (an attachment repeating the
    plan's tasks), no report of them."""
    return any(c.role == "remark" for c in columns) and not any(r.cells.get("remark") for r in rows)


def _sentences_are_the_text(columns: list[Column], rows: list[Row]) -> list[Column]:
    """Two text columns ranked by their names ('改革事项' before '工作目标') can rank wrongly: when the other one's
    cells are the sentences ('建成…平台二期，新增…300个以上。') and the chosen one's are short names without a stop or
    comma ('一体化政务大数据体系'), row after row, the sentences are the task's text. The rows are changed in place.
    A column named for the work itself (具体措施, 工作要求, 主要内容) stays the text however short its cells: the
    headings beside it ('深化审批改革，提升效率') are its group."""
    other = [c for c in columns if c.role == "group" and column_role(c.name) == "text"]
    if len(other) != 1 or sum(c.role == "group" for c in columns) != 1:
        return columns
    if any(c.role == "text" and _specificity(c.name) < _SPECIFIC.index("任务") for c in columns):
        return columns
    pairs = [(r.cells["text"], r.cells["group"]) for r in rows if len(r.cells.get("text", [])) == len(r.cells.get("group", [])) == 1]
    said = [(bool(_SENTENCE.search(t[0])), bool(_SENTENCE.search(g[0]))) for t, g in pairs]
    longer, shorter = said.count((False, True)), said.count((True, False))
    if longer < 2 or shorter * 2 >= longer:
        return columns
    for r in rows:
        text, group = r.cells.pop("text", None), r.cells.pop("group", None)
        if group is not None:
            r.cells["text"] = group
        if text is not None:
            r.cells["group"] = text
    return [Column(c.name, "text" if c is other[0] else "group" if c.role == "text" else c.role) for c in columns]


def _unbroken(lines: list[Line]) -> list[Line]:
    """Pipe rows bounded by '|' at both ends, one broken over lines by a paragraph break inside a cell ('|2|…|
    区发改局' / '区财政局|2024年12月底前|'): the lines up to the one that closes the row are joined, names on
    either side of a break by 、, other text run together. The joined line keeps the first line's number."""
    bounded = [ln.text.strip() for ln in lines if ln.text.strip().startswith(("|", "｜"))]
    if sum(t.endswith(("|", "｜")) for t in bounded) * 2 < len(bounded):
        return lines  # rows not closed by a pipe (Markdown allows that): no row is known to go on
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        text = ln.text.strip()
        k += 1
        if not (text.startswith(("|", "｜")) and not text.endswith(("|", "｜")) and text.count("|") + text.count("｜") >= 2):
            out.append(ln)
            continue
        while k < len(lines) and lines[k].says and not text.endswith(("|", "｜")) \
                and not re.match(r"^[|｜]\s*\d{1,4}[.．、]?\s*[|｜]", lines[k].text.strip()):
            nxt = lines[k].text.strip()
            tail, head = re.split(r"[|｜]", text)[-1].strip(), re.split(r"[|｜]", nxt)[0].strip()
            text += ("、" if looks_like_body(tail) and looks_like_body(head) else "") + nxt
            k += 1
        out.append(Line(ln.no, text, "table"))
    return out


# a line under a table that says something of its own: '注：各单位于每季度末报送…	联系人：…', '备注：', '说明：', '附件'
_AFTER_TABLE = re.compile(r"^(?:注|备注|说明|附件|附表|填表说明|填报说明)\s*\d*\s*[：:]|^附件\s*\d*$")


def _tab_rows_rejoined(lines: list[Line], columns: list[Column]) -> list[Line]:
    """Tab rows copied from Word with a line break inside a text cell ('1	全面推行…清单管理，' / '编制…实施规范。	政策法规科
    …'): a short row whose last cell stands under a text column goes on over the next lines (three at most) when they
    hold no row number and, joined (the broken cell run together), give exactly the header's count of cells — passing over
    an empty line where a page broke inside the cell (its footer '第 3 页 共 8 页' blanked), then only to that count. A row that
    lost its merged group cell, was cut at the end or lost its empty last cells (its last cell a unit or a time) stays."""
    count = len(columns)
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        k += 1
        text = ln.text  # unstripped: an empty first or last cell is one
        width = len(text.split("\t"))
        if "\t" in text and width == count and k < len(lines) and (tail := _date_tail(columns, text, lines[k].text)):
            out.append(Line(ln.no, text + tail, "table"))  # '…\t2025年9月' / '底前': the time cell broke
            k += 1
            continue
        if "\t" in text and width == count + 1 and (joined := _stray_tab_joined(columns, text)):
            out.append(Line(ln.no, joined, "table"))
            continue
        if "\t" not in text or width >= count or not _breaks_on(columns[width - 1], text, lines[k].text if k < len(lines) else ""):
            out.append(ln)
            continue
        end, passed = k, 0
        while end < min(len(lines), k + 3 + passed) and len(text.split("\t")) < count:
            if not lines[end].says and not lines[end].text.strip():
                end, passed = end + 1, passed + 1  # a page's footer (blanked) or an empty line where the page broke
                continue
            if not lines[end].says:
                break
            nxt = lines[end].text
            if (any(_ROW_NUMBER.match(c.strip()) for c in nxt.split("\t")) and not _next_sub_measure(lines[end - 1].text, nxt)) \
                    or _AFTER_TABLE.match(nxt.strip()):
                break
            text += "；" if _role_line(nxt.strip()) and not text.rstrip().endswith(("、", "；", "，")) else ""
            text += nxt
            end += 1
        if end > k and (len(text.split("\t")) == count or (not passed and _cut_inside(lines, k, end))):
            out.append(Line(ln.no, text, "table"))
            k = end
        else:
            out.append(ln)
    return out


_SUB_MEASURE = re.compile(r"^(\d{1,2})[.．]")


def _next_sub_measure(previous: str, nxt: str) -> bool:
    """'1.推行简易注销；' over '2.' (no tab): the cell's numbered measures going on, not a row's number."""
    before, after = _SUB_MEASURE.match(previous.strip()), _SUB_MEASURE.match(nxt.strip())
    return "\t" not in nxt and before is not None and after is not None and int(after[1]) == int(before[1]) + 1


def _cut_inside(lines: list[Line], k: int, end: int) -> bool:
    """The page ends inside a broken row's cell ('6	优化企业服务：' / '1.推行简易注销；' / '2.', the excerpt's end): the
    lines after the row's first, none of them a row of cells, are the rest of that cell."""
    cell = lines[k - 1].text.rstrip().split("\t")[-1]
    return not cell.endswith(("。", "；", ";")) and not any(ln.says for ln in lines[end:]) \
        and not any("\t" in ln.text or _DATE_LINE.match(ln.text.strip()) for ln in lines[k:end])


_DATE_LINE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")  # a signature's date under the table: no cell's rest


def _stray_tab_joined(columns: list[Column], text: str) -> str | None:
    """'3	推进…改革，	完善授权放权清单。	资本运营处	…': one cell too many, a text cell ending mid-sentence on a comma and
    the next cell going on with more of the sentence (not a body's name or a time): a stray tab inside the text cell."""
    cells = text.split("\t")
    for j, column in enumerate(columns[:-1]):
        if column.role == "text" and cells[j].rstrip().endswith(("，", ",")) and len(cells[j + 1].strip()) >= 4 \
                and cells[j + 1].rstrip().endswith(("。", "；")) and not is_deadline(cells[j + 1].strip()):
            return "\t".join([*cells[:j], cells[j].rstrip() + cells[j + 1].strip(), *cells[j + 2:]])
    return None


def _breaks_on(column: Column, text: str, nxt: str) -> bool:
    """Does a short tab row go on over the next line? When its last cell stands under a text column (a sentence broke),
    or under a unit column that shows the break: the cell ends with 、 ('市场运行科、' / '各县（区）商务主管部门	持续推进'), or
    the next line opens with a role label ('牵头单位：县住建局' / '配合单位：县市场监管局	2025年10月底前', a cell written
    on two lines)."""
    if column.role in ("text", "group"):
        return True
    return column.role in _UNIT_ROLES_SET and (text.rstrip().endswith("、") or _role_line(nxt.strip()))


_DATE_TAIL = re.compile(r"^(?:[底末]前?|前|[上中下]旬前?|以前|之前)$")


def _date_tail(columns: list[Column], text: str, nxt: str) -> str | None:
    """'3	培育…	商贸流通科	2025年9月' over '底前': a whole row whose time cell broke inside the date; the piece on the next
    line (a date's ending alone) is the cell's end."""
    piece = nxt.strip()
    if columns[-1].role != "deadline" or not _DATE_TAIL.match(piece):
        return None
    last = text.split("\t")[-1].strip()
    return piece if last and is_deadline(last + piece) and re.search(r"\d[年月日]$", last) else None


def _fill(columns: list[Column], number: int, cells: list[str], first: int, last: int, *, left: bool = False) -> Row:
    """Cells after the 序号, aligned from the right (lost merged cells are leading ones), or from the
    task text on (`left`: a row cut short at the end of a page keeps its text)."""
    after = _after_number(columns)
    if left:
        after = after[[c.role for c in after].index("text"):]
        cells = cells[: len(after)]
        after = after[: len(cells)]
    cells = cells[-len(after):] if len(cells) > len(after) else cells
    row = Row(number, first=first, last=last)
    for column, cell in zip(after[len(after) - len(cells):], cells, strict=True):
        row.put(column, cell)
    return row


def _after_number(columns: list[Column]) -> list[Column]:
    """The columns that follow the 序号 cell: those after the text column's groups, the text and the rest."""
    roles = [c.role for c in columns]
    if "number" in roles and "text" in roles[roles.index("number"):]:
        return columns[roles.index("number") + 1:]
    return columns[roles.index("text"):]  # an unheaded 序号 (or one headed after the text) sits just before it


_RULE = re.compile(r"^[\s:：\-—–]*$")  # a Markdown table's |---|:---:| line
_CN_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]?$")
_CN_BRACKETED = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]$")


def _rows_by_line(columns: list[Column], lines: list[Line], mode: str) -> list[Row]:
    """A row per line. The 序号 is found in its header column, cells aligned from the right when merged
    cells were lost; a row numbered 一、二 (or a lone heading line) opens a section; without a 序号 column
    the rows are counted."""
    rows: list[Row] = []
    carried: dict[int, set[str]] = {}  # row index -> roles whose empty cell took the row above's
    section = unit_over = None
    columns, grouped = _group_numbered(columns) if mode == "line" else (columns, None)
    said = [ln for ln in lines if ln.says and ln.text.strip()]
    for k, ln in enumerate(said):
        if rows and _CONTINUED.match(ln.text.strip()):
            continue  # '续表' heading the table's next page (its header again follows): the table goes on
        if heading := _section_line(ln.text, mode):
            section, unit_over = heading, None
            continue
        if mode == "line" and (body := _unit_over(columns, _raw_cells(ln.text) or [ln.text])):
            unit_over = body  # '镇派出所<TAB><TAB>' / '| **镇派出所** | | |': the unit of the rows under it
            continue
        cells = _in_place(ln.text, columns) if mode == "line" else _space_cells(ln.text, columns)
        if cells and mode == "line" and _indexed(columns, cells):
            cells = cells[1:]
        if rows and mode == "line" and cells and _other_header(cells, columns):
            break  # '（二）重点项目清单' and a table of its own under it: this one is over
        if not cells:
            if rows and ln is said[-1] and (cut := _cut_row(columns, ln, rows[-1].number, mode)):
                cut.section = section
                rows.append(cut)
            elif rows and mode == "line" and (text := _text_goes_on(columns, said, k)) is not None:
                rows[-1].put(text, ln.text.strip())
                rows[-1].last = ln.no
                continue
            if rows and mode == "line":
                break
            continue
        if all(_RULE.match(c) for c in cells):
            continue
        if grouped is not None and grouped + 1 < len(cells) and _CN_NUMBER.match(cells[grouped]):
            named = "".join(c for col, c in zip(columns[grouped + 1:], cells[grouped + 1:], strict=False) if col.role == "group")
            section = f"{cells[grouped].rstrip('、．.')}、{named}" if named else cells[grouped]
        if mode == "line" and rows and _continues(columns, cells):
            for column, cell in zip(columns, cells, strict=True):
                rows[-1].put(column, cell)
            rows[-1].last = ln.no
            continue
        if (_CN_NUMBER.match(cells[0]) or _LETTER_GROUP.match(cells[0])) and len([c for c in cells if c]) <= 2:
            section = f"{cells[0].strip('*').rstrip('、．.')}、{cells[1].strip('*')}" if cells[1:2] else cells[0]
            continue
        if mode == "line":
            row = _line_row(columns, cells, len(rows) + 1, ln.no)
        else:
            row = (ln is said[-1] and _cut_spaced(columns, ln.text, ln.no)) or _spaced_row(columns, cells, len(rows) + 1, ln.no)
        if row is not None and _totals(row):
            continue  # '3 | 小计 | | 11000': a sum under its rows, numbered as they are, no task
        if row is not None and unit_over:
            row.cells["responsible"] = [unit_over]
        if row is not None:
            row.section = section
            if (mode == "line" or (mode == "spaces" and _one_unit_column(columns))) and rows and rows[-1].section == section:
                carried[len(rows)] = _merged_down(columns, cells, row, rows[-1], last=ln is said[-1])
            rows.append(row)
    _merges_undone(rows, carried)
    return [r for k, r in enumerate(rows) if not _heads_sub_rows(r, rows[k + 1: k + 2], carried.get(k, set()))]


def _one_unit_column(columns: list[Column]) -> bool:
    """A table with one unit column: a single-space row's empty cell there (two spaces in a row) is merged down. Beside
    a 牵头单位 an empty 责任单位 is a row with no other bodies (round Y16), as an empty 配合单位 is."""
    return sum(c.role in _UNIT_ROLES_SET for c in columns) == 1


def _group_numbered(columns: list[Column]) -> tuple[list[Column], int | None]:
    """'序号 | 类别 | 序号 | 重点任务 | …': two 序号 columns, with at most group columns between them. The first numbers
    the groups ('一' in a group's first row, its name under 类别, empty in the rows under it), the second the rows,
    from 1 again in each group: the first opens a section, it is no row's number. Else the columns as they are."""
    at = [i for i, c in enumerate(columns) if c.role == "number"]
    if len(at) != 2 or any(c.role != "group" for c in columns[at[0] + 1: at[1]]):
        return columns, None
    return [Column(c.name, "ignore") if i == at[0] else c for i, c in enumerate(columns)], at[0]


_TOTAL = re.compile(r"^(?:小计|合计|总计)[:：]?$")


def _totals(row: Row) -> bool:
    """A row whose task or name cell says '小计' / '合计' and whose other cells give no unit or time: the sum of a
    project table's rows (some tables number it as a row)."""
    named = [c.strip() for role in ("text", "group") for c in row.cells.get(role, []) if c.strip()]
    return bool(named) and all(_TOTAL.match(c) for c in named) \
        and not any(row.cells.get(role) for role in (*_UNIT_ROLES_SET, "deadline"))


def _unit_over(columns: list[Column], cells: list[str]) -> str | None:
    """'| **镇应急管理办公室** | | |' in a 责任清单 with NO unit column: a row spanning the table that names one body
    (bold or plain, no number, no sentence) gives the unit of the rows under it, up to the next such row."""
    if any(c.role in _UNIT_ROLES_SET for c in columns):
        return None
    filled = [c.strip().strip("*").strip() for c in cells if c.strip().strip("*").strip()]
    if len(filled) != 1 or len(filled[0]) > 20 or re.search(r"[\d。；;：:]", filled[0]):
        return None
    return filled[0] if looks_like_body(filled[0]) else None


_DITTO = re.compile(r"^(?:同上|〃|″|同前)$")
_MERGEABLE = ("lead", "responsible", "deadline")


def _merged_down(columns: list[Column], cells: list[str], row: Row, above: Row, *, last: bool = False) -> set[str]:
    """A 责任单位 / 牵头单位 or 完成时限 cell that says 'same as above' takes the row above's: written '同上' or '〃'; a unit
    cell also when left EMPTY in a row whose cells all stand in place (a Word table saved as text writes a cell merged
    down over rows in the first of them only; a task without its unit is no row of a 分工 table). An empty 完成时限 is
    no time limit (a task may have none), an empty 配合单位 none, and a group row between ends the run; so does a row that
    opens a group of its own (its 类别 / 重点任务 cell filled: a merged block lies inside its group) and a row whose 备注
    speaks for its empty cells ('每季度1场'). The page's last row may be cut after any cell: its empty cells after the
    last filled one are not known to be merged. Returns the roles an EMPTY cell took (see _merges_undone)."""
    whole = len(cells) == len(columns) and not row.cells.get("group") and not row.cells.get("note")
    known = max((k for k, c in enumerate(cells) if c.strip()), default=-1) if last else len(cells)
    took: set[str] = set()
    for k, column in enumerate(columns):
        if column.role not in _MERGEABLE or sum(c.role == column.role for c in columns) != 1:
            continue
        mine = row.cells.get(column.role, [])
        ditto = len(mine) == 1 and bool(_DITTO.match(mine[0].strip()))
        empty = whole and column.role != "deadline" and k < known and not cells[k].strip() and not mine
        if (ditto or empty) and above.cells.get(column.role):
            row.cells[column.role] = list(above.cells[column.role])
            took |= set() if ditto else {column.role}
    return took


def _merges_undone(rows: list[Row], carried: dict[int, set[str]]) -> None:
    """Empty cells read as merged down, followed by a row that writes the same value again: no one merges a cell over
    rows and then writes its value anew in the next row, so those cells were blank ('县司法局', '', '县司法局': the middle
    row names no unit). The rows are changed in place."""
    for k in sorted(carried):
        for role in carried[k]:
            end = k
            while role in carried.get(end + 1, set()):
                end += 1
            if end + 1 < len(rows) and rows[end + 1].cells.get(role) == rows[k].cells.get(role):
                rows[k].cells.pop(role, None)


def _indexed(columns: list[Column], cells: list[str]) -> bool:
    """'0 | 1 | 推进… | 规划计划处 | 2025年12月底前' under ' | 序号 | 工作任务 | …': a dataframe writer put its own index
    (counting from 0, its header cell empty) before the table's 序号; the index is no cell of the table."""
    return bool(columns) and columns[0].role == "number" and len(cells) >= 3 and cells[0].isdecimal() \
        and bool(_ROW_NUMBER.match(cells[1])) and cells[1].isdigit() and int(cells[1]) == int(cells[0]) + 1 \
        and len(cells) in (len(columns) + 1, len(columns))


def _other_header(cells: list[str], columns: list[Column]) -> bool:
    """A row of header words, or one opened by '序号', naming other columns than this table's: the header of the next
    table (a header repeated after a page break names the same columns and the table goes on)."""
    names = [re.sub(r"\s+", "", c).strip("|｜") for c in cells]
    if names == [c.name for c in columns]:
        return False
    return bool(_NUMBER.match(names[0])) or _header(cells) is not None


def _heads_sub_rows(row: Row, following: list[Row], carried: set[str] = frozenset()) -> bool:
    """Row '1' holding only its group label ('加强政策发布解读', every other cell empty) over rows '1-1', '1-2':
    the heading of the sub-rows that carry the work, no task of its own. With no group column the label stands in
    the task column: a short name, no sentence ('| 1 | 规范行政执法行为 | | |' over '| 1.1 | …'); a unit the empty
    cell took from the row above (read as merged) is none of its own."""
    filled = set(row.cells) - carried
    named = filled <= {"group"} or (filled <= {"group", "text"} and _HEADING_TEXT.match(row.text) is not None)
    return bool(following) and not row.label and named \
        and re.split(r"[.．\-－]", following[0].label)[0] == str(row.number)


_HEADING_TEXT = re.compile(r"^[^。；;，,：:]{2,24}$")

def _one_cell(text: str) -> str:
    """The only filled cell of a pipe row ('| 一、经济发展主要目标 |', a section row spanning the table), else ''."""
    filled = [c for c in _raw_cells(text) if c]
    return filled[0] if len(filled) == 1 and "|" in text.replace("｜", "|") else ""


# '（二）农村生活污水治理' between the rows of a tab table: the group the rows after it belong to, a row of its own
# spanning the table (its empty cells kept as tabs, or lost). A short name, no sentence.
_GROUP_LINE = re.compile(r"^[（(](?P<n>[一二三四五六七八九十]{1,3})[）)]\s*(?P<title>[^。；;，,：:\t|｜]{2,30})。?$")


def _section_line(text: str, mode: str) -> str | None:
    """The heading a line puts the rows after it under ('一、…', or in a table of a row per line '（二）…' alone or
    as the row's only filled cell, read as '二、…'), else None."""
    if _SECTION.match(text.strip()):
        return text.strip()
    if mode != "line":
        return None
    filled = [c for c in _raw_cells(text) if c] if re.search(r"[\t|｜]", text) else [text.strip()]
    if len(filled) != 1:
        return None
    if _SECTION.match(filled[0]):
        return filled[0]
    m = _GROUP_LINE.match(filled[0])
    return f"{m.group('n')}、{m.group('title')}" if m else None


def _text_goes_on(columns: list[Column], said: list[Line], k: int) -> Column | None:
    """'1<TAB>改造供水管网60公里，<TAB>县水利局<TAB>2025年10月底前' over '<TAB>同步实施水表改造。<TAB><TAB>' (a sheet row with no 序号
    whose one cell is text, its tabs lost in the copy): the task cell of the row above run on into the next row of the
    sheet — its text goes on there, when a numbered row of the table follows (a line after the last row may be the
    plan's prose). Not a short label with no sentence mark (a group's name) and not a note after the table ('注：…')."""
    text = said[k].text.strip()
    column = next((c for c in columns if c.role == "text"), None)
    if column is None or said[k].kind != "body" or _HEADING_TEXT.match(text) or _AFTER_TABLE.match(text) \
            or _SECTION.match(text) or _GROUP_LINE.match(text) or _ROW_NUMBER.match(text.split()[0]):
        return None
    nxt = said[k + 1] if k + 1 < len(said) else None
    numbered = nxt is not None and nxt.kind == "table" and _ROW_NUMBER.match(_raw_cells(nxt.text)[0].strip() or "-")
    return column if numbered else None


def _continues(columns: list[Column], cells: list[str]) -> bool:
    """A row whose 序号 and task cells are empty and which names a unit: the task above goes on over it, one
    unit per row (a 责任清单 whose 工作任务 cell is merged down the rows of its units)."""
    if len(cells) != len(columns):
        return False
    named = list(zip(columns, cells, strict=True))
    return all(not c for col, c in named if col.role in ("number", "text")) \
        and any(c and looks_like_body(c) for col, c in named if col.role in _UNIT_ROLES_SET)


_NUMBERED_TEXT = re.compile(r"^(?P<n>\d{1,3})[.．、]\s*(?!\d)(?P<text>\S.*)$")


def _row_number_in(cell: str) -> re.Match[str] | None:
    """The row's number opening its task cell ('1.加快…'); none when the cell goes on to its own next number
    ('1.推行…；2.推进…': points the cell numbers, row after row from 1)."""
    m = _NUMBERED_TEXT.match(cell)
    return None if m is None or re.search(rf"(?<!\d){int(m.group('n')) + 1}[.．、](?!\d)", m.group("text")) else m


_SPACED_CUT = re.compile(r"^(?P<n>\d{1,3})\s+(?P<text>\S+)$")


_PIPE_CUT = re.compile(r"^(?P<n>\d{1,3})\s*[|｜]\s*(?P<text>[^|｜\s][^|｜]*)$")


def _cut_row(columns: list[Column], ln: Line, previous: int, mode: str) -> Row | None:
    """The text's last line, no cell boundary in it, opened by the next row's number: a row the excerpt cut
    inside its task cell ('7.开展…，' in a table that writes the number in the task cell, no 序号 column; '6 新建…，'
    in a table of single spaces)."""
    if mode == "line" and any(c.role == "number" for c in columns):
        m = _PIPE_CUT.match(ln.text.strip())  # '6 | 开展…，组织' under ' | ' cells with no outer bars: one pipe left
    elif mode == "line":
        m = _NUMBERED_TEXT.match(ln.text.strip())
    else:
        m = _SPACED_CUT.match(ln.text.strip())
    if m is None or int(m.group("n")) != previous + 1:
        return None
    return Row(previous + 1, {"text": [m.group("text")]}, first=ln.no, last=ln.no)


def _cut_spaced(columns: list[Column], text: str, no: int) -> Row | None:
    """'5 强化执法保障 加强执法队伍培训 组织开展…人员' as the last line under '序号 类别 主要任务 细化措施 牵头单位 …': a row
    of single spaces cut inside its text cell, too short to reach a cell after it, fills from the left (its group cells,
    then the text), not from the right as a whole row that lost its merged cells does."""
    tokens = text.split()
    after = _after_number(columns)
    t = next(i for i, c in enumerate(after) if c.role == "text")
    if not t or not _ROW_NUMBER.match(tokens[0]) or len(tokens) - 1 != t + 1:
        return None
    if _complete_end(tokens[-1]) or tokens[-1].endswith("。"):
        return None  # '5 加强…培训 组织开展…。 人事科': a whole cell or a body's name at its end, no cut text
    row = Row(_number_of(tokens[0]), first=no, last=no)
    for column, cell in zip(after, tokens[1:], strict=False):
        row.put(column, cell)
    return row


def _in_place(text: str, columns: list[Column]) -> list[str] | None:
    """A row's cells; with as many cells as the header has columns, empty ones at its ends stay in place
    (a merged 领域 cell left empty on the row's left, an empty 备注 on its right). Empty cells past the header's
    last column are none (a sheet copied with its used range wider than the table: '<TAB><TAB>unit<TAB>time<TAB><TAB>')."""
    raw = _raw_cells(text)
    if len(raw) > len(columns) and not any(raw[len(columns):]):
        raw = raw[: len(columns)]
    if 2 <= len(raw) < len(columns) and raw[0] == "" and sum(1 for c in raw if c) >= 2:
        return raw + [""] * (len(columns) - len(raw))  # its empty first cell kept in place: the row was cut at its end
    return raw if len(raw) == len(columns) and sum(1 for c in raw if c) >= 2 else _split_line(text)


def _line_row(columns: list[Column], cells: list[str], count: int, no: int) -> Row | None:
    """One row's cells by header column. A short row lost its leading merged cells; when its 序号 is
    already where the header has it, the lost ones are the group cells after the 序号 (类别 merged over
    rows), and beyond those it was cut short at the end (a page or an excerpt ends there)."""
    if len(cells) < len(columns):
        lead = _lost_leading(columns, cells)
        cells = [""] * lead + cells
        k = next((i for i, c in enumerate(columns) if c.role == "number"), -1)
        groups = 0
        while k + 1 + groups < len(columns) and columns[k + 1 + groups].role == "group":
            groups += 1
        t = next((i for i, c in enumerate(columns) if c.role == "text"), k + 2)  # past a problem column between them
        if k + 2 <= t < len(cells) and _label(cells[k + 1]) and _SENTENCE.search(cells[t]) \
                and not looks_like_body(cells[t]) and not _complete_end(cells[-1]):
            groups = 0  # the row has its label cell and its text: it was cut short at the end, lost nothing before
        if groups and k + 1 < len(cells) and cells[k + 1] == "" and lead == 0:
            groups = 0  # its empty label cell is still there, in place: the row was cut short at the end
        if groups and _sentence_in_place(columns, cells, groups):
            groups = 0  # its task sentence already stands under the text column: cut short at the end
        if groups and _body_in_place(columns, cells, groups):
            groups = 0  # a body's name already stands under the unit column, a sentence would move there
        after = min(groups, len(columns) - len(cells))
        cells = cells[: k + 1] + [""] * after + cells[k + 1:]
        cells += [""] * (len(columns) - len(cells))
    # cell by column in place: two columns may share a name ('责任单位 | 责任单位', a spanning cell a converter repeated)
    named = list(zip(columns, cells, strict=False))
    number_at = next((i for i, c in enumerate(columns) if c.role == "number"), None)
    label = ""
    if number_at is not None:
        number = named[number_at][1] if number_at < len(named) else ""
        if _SUB_NUMBER.match(number) or _LETTER_NUMBER.match(number):
            number, label = str(count), number.replace("．", ".").replace("－", "-")
        elif _cn_numbered_task(columns, named, number, count):
            number, label = str(count), number.rstrip("、．.")
        elif (circled := _CIRCLED_ROW.match(number)) and not circled.group("text"):
            number = str(ord(number) - ord("①") + 1)  # '①' in the 序号 cell
        elif (marked := _MARKED_NUMBER.match(number)) and marked.group("n") != number:
            number = marked.group("n")  # '1★'
        elif worded := _WORD_NUMBER.match(number):
            number = worded.group("n") or worded.group("k")  # '事项1', '第1项'
        elif not _ROW_NUMBER.match(number):
            return None
    elif not any(cell for column, cell in named if column.role == "text"):
        return None
    else:  # no 序号 column: a task cell may open with the row's number ('1.加快…')
        t = next(i for i, c in enumerate(columns) if c.role == "text")
        if t < len(named) and (m := _row_number_in(named[t][1])):
            count, named[t] = int(m.group("n")), (named[t][0], m.group("text"))
    row = Row(_number_of(number) if number_at is not None else count, first=no, last=no, label=label)
    for column, cell in named:
        if column.role != "number":
            row.put(column, cell)
    return row


def _cn_numbered_task(columns: list[Column], named: list[tuple[Column, str]], number: str, count: int) -> bool:
    """A row numbered 一 / 二 (no 、) whose task cell is a sentence and whose unit or time cells are filled, or whose
    bare numeral is its place in the table (the page's last row, cut): a task row of a table that counts its rows in
    Chinese numerals, not a group row (those fill one or two cells and head rows of their own)."""
    if not (_CN_NUMBER.match(number) or _CN_BRACKETED.match(number)):
        return False
    text = next((cell for col, cell in named if col.role == "text"), "")
    filled = any(cell for col, cell in named if col.role in (*_UNIT_ROLES_SET, "deadline"))
    bare = bool(_CN_NUMBER.match(number)) and number == number.rstrip("、．.")  # '一、' / '（一）' number group headings
    return bool(text) and filled and (bool(_SENTENCE.search(text)) or (bare and cn_to_int(number) == count))


def _sentence_in_place(columns: list[Column], cells: list[str], shift: int) -> bool:
    """'6 | 农村公路安防 | 实施…4座。 | 县交通运输局' under 序号 / 项目名称 / 建设内容 / 牵头单位 / 责任单位 / 完成时限: a
    whole sentence under the text column would, shifted past lost group cells, stand under a unit column."""
    t = next((i for i, c in enumerate(columns) if c.role == "text"), -1)
    return 0 <= t < len(cells) and t + shift < len(columns) and columns[t + shift].role != "text" \
        and cells[t].rstrip().endswith("。") and not looks_like_body(cells[t])


def _body_in_place(columns: list[Column], cells: list[str], shift: int) -> bool:
    """'5 | 建后管护 | 落实…资金，建立…机制， | 各乡镇人民政府' under 序号 / 工作任务 / 具体措施 / 责任单位 / 一季度 …: in place a
    body's name stands under the first unit column; shifted past lost group cells a sentence (no body) would."""
    u = next((i for i, c in enumerate(columns) if c.role in _UNIT_ROLES_SET), -1)
    return shift <= u < len(cells) and looks_like_body(cells[u]) \
        and bool(_SENTENCE.search(cells[u - shift])) and not looks_like_body(cells[u - shift])


def _complete_end(cell: str) -> bool:
    """A row ending in a time limit or a body's name ends where a task row ends: it was not cut short, so the
    cells it lacks are leading ones (a merged 类别), even where a short 任务 cell opens it."""
    return is_deadline(cell) or looks_like_body(cell)


def _lost_leading(columns: list[Column], cells: list[str]) -> int:
    """How many leading cells a short row lost: all it lacks, or as many as put its 序号 under the header's."""
    missing = len(columns) - len(cells)
    k = next((i for i, c in enumerate(columns) if c.role == "number"), None)
    if k is None:
        return missing
    found = next((i for i, cell in enumerate(cells[: k + 1])
                  if _ROW_NUMBER.match(cell) or _SUB_NUMBER.match(cell) or _LETTER_NUMBER.match(cell) or _CN_NUMBER.match(cell)
                  or _CN_BRACKETED.match(cell) or _CIRCLED_ROW.match(cell) or _MARKED_NUMBER.match(cell)
                  or _WORD_NUMBER.match(cell)), None)
    return missing if found is None else min(missing, k - found)


def _space_cells(text: str, columns: list[Column]) -> list[str] | None:
    """'3   抓好工业节水。加快…。 市工信委、水利局 市发改委等 各县政府': the cells after the text have
    no spaces inside (unit lists), the text is the first piece that holds a sentence."""
    tokens = text.split()
    if len(tokens) < 3 or not (_ROW_NUMBER.match(tokens[0]) or _SUB_NUMBER.match(tokens[0])):
        return None
    after = _after_number(columns)
    lead = next(i for i, c in enumerate(after) if c.role == "text")
    tail = len(after) - 1 - lead
    if (spaced := _empty_after_text(text, tail)) is not None:
        return spaced
    tokens += [""] * _remarks_left_empty(after, tokens)
    if len(tokens) <= tail + 1:  # '11 开展…， 民政办': too few pieces for the text and the cells after it, cut at its end
        return [*tokens, *[""] * (tail + 2 - len(tokens))]
    body, rear = tokens[1: len(tokens) - tail], tokens[len(tokens) - tail:]
    start = 0 if lead == 0 else next((i for i, t in enumerate(body) if re.search(r"[。，；]", t)), len(body) - 1)
    end = len(body)  # names after the sentence ('…户。 区住建局 各街道办事处'): a unit cell holding a space
    while end - 1 > start and looks_like_body(body[end - 1]):
        end -= 1
    if end < len(body) and re.search(r"[。；]$", body[end - 1]) and rear \
            and after[len(after) - tail].role in ("lead", "responsible", "support"):
        rear = ["、".join([*body[end:], rear[0]]), *rear[1:]]
        body = body[:end]
    return [tokens[0], "".join(body[start:]), *rear]


def _spaced_row(columns: list[Column], cells: list[str], count: int, no: int) -> Row:
    """A row of single spaces by its cells; a two-level 序号 ('1.1 全面推行…') is kept as its label, the row counted."""
    if _SUB_NUMBER.match(cells[0]):
        row = _fill(columns, count, cells[1:], no, no)
        row.label = cells[0].replace("．", ".")
        return row
    return _fill(columns, _number_of(cells[0]), cells[1:], no, no)


def _remarks_left_empty(after: list[Column], tokens: list[str]) -> int:
    """'2 推动…，新增上云企业 60 家。 县工信局 2025年12月底前' under '… 完成时限 备注': a row of single spaces that ends in its
    time limit left the columns after the time column (备注) empty — how many."""
    d = next((i for i, c in enumerate(after) if c.role == "deadline"), None)
    if d is None or not tokens or not is_deadline(tokens[-1]):
        return 0
    return max(0, len(after) - 1 - d)


def _empty_after_text(text: str, tail: int) -> list[str] | None:
    """A row whose cells after the task text hold no space, where one of them is empty: two spaces in a row
    there ('…8座。 马德明 县交通运输局  2024年11月底前'). Each extra space is an empty cell, counted from the
    right; None unless an empty cell falls after a text that ends its sentence."""
    pieces = text.strip().split(" ")
    if tail < 1 or len(pieces) < tail + 2:
        return None
    rear, body = pieces[len(pieces) - tail:], pieces[1: len(pieces) - tail]
    if "" not in rear or not body or not re.search(r"[。；]$", body[-1]):
        return None
    start = next((i for i, t in enumerate(body) if re.search(r"[。，；]", t)), len(body) - 1)
    return [pieces[0], "".join(body[start:]), *rear]


def _rows_by_stream(columns: list[Column], lines: list[Line]) -> list[Row]:
    """One cell per line: a bare number starts a row; its text and the cells after it follow; cells
    between one row and the next number are the next row's leading (group) cells."""
    after = _after_number(columns)
    width = len(after) - [c.role for c in after].index("text")
    cells = _closed_cells(lines) or _paragraph_cells(lines) \
        or [(ln.no, _cell(ln.text)) for ln in lines if ln.kind != "noise" and _cell(ln.text)]
    cells = _headers_dropped(_role_lines_joined(cells), columns)
    # numbers run into their task cells ('1.开展…'): apart again, also when a bare one ends the page ('5.', its row cut)
    if sum(1 for _, text in cells if _ROW_NUMBER.match(text)) < sum(1 for _, text in cells if _NUMBERED_TEXT.match(text)):
        cells = _numbers_apart(cells)
    cells = _circled_apart(cells)
    if not any(_ROW_NUMBER.match(text) for _, text in cells):
        cells = _numbers_apart(cells, _SPACED_NUMBERED)
    if not any(_ROW_NUMBER.match(text) for _, text in cells):
        return _rows_by_sentences(columns, cells)
    rows: list[Row] = []
    section = None
    next_sub: str | None = None  # after row 1 '1.1', after '1.1' '1.2': the sub-row that may come next
    heading: str | None = None

    def starts(text: str) -> bool:
        return bool(_ROW_NUMBER.match(text) or _sub_row(text, next_sub))

    i = 0
    while i < len(cells):
        no, text = cells[i]
        if _SECTION.match(text):
            section, i = text, i + 1
            continue
        sub = _sub_row(text, next_sub)
        if _ROW_NUMBER.match(text):
            next_sub, heading = f"{text.rstrip('.．、')}.1", None
        elif sub and next_sub is not None:
            major, minor = next_sub.split(".")
            next_sub = f"{major}.{int(minor) + 1}"
        else:
            i += 1
            continue
        j = i + 1
        while j < len(cells) and j - i <= 2 * width and not _SECTION.match(cells[j][1]) \
                and (not starts(cells[j][1]) or _figure_in_row(cells[j][1], text, j - i - 1, len(after))):
            j += 1
        if j == i + 2 and j < len(cells) and _sub_row(cells[j][1], next_sub) and _label(cells[i + 1][1]):
            heading, i = cells[i + 1][1], j  # '1 / 企业准营“一件事”' over '1.1 …', '1.2 …': a heading, no task
            continue
        pieces = cells[i + 1: j]
        if not pieces and j == len(cells):
            break  # the excerpt ends right after a row's number: nothing of that row is on the page
        group, skip = None, 0
        if after[0].role == "group" and _group_first(pieces, width, last=j == len(cells)):
            group, pieces, skip = pieces[0][1], pieces[1:], 1  # the row's own 重点任务 cell, before its measure
        if len(pieces) > width:  # cells wrapped over lines, or the next row's leading cells: take a row's worth
            pieces, used = _rejoin(pieces, after[len(after) - width:])
            j = i + 1 + skip + used
        row_cells = [c for _, c in pieces]
        if j < len(cells):  # ended by the next row: complete, so a short row lost a merged cell
            row_cells = _merged_person_cell(after[len(after) - width:], row_cells)
        row_cells = _deadline_in_place(after[len(after) - width:], row_cells)
        row = _fill(columns, len(rows) + 1 if sub else _number_of(text), row_cells, no, cells[j - 1][0], left=True)
        row.section, row.label = section, text.replace("．", ".") if sub else ""
        if own := group or (heading if sub else None):
            row.cells["group"] = [own]
        if j < len(cells) and rows and rows[-1].section == section and len(pieces) < width:
            _lost_unit_carried(after[len(after) - width:], row_cells, row, rows[-1])
        rows.append(row)
        i = j
    return rows


def _figure_in_row(cell: str, number: str, taken: int, room: int) -> bool:
    """'9000' under '年度投资（万元）' in a table one cell a line: a bare number in a row that has fewer cells than the
    columns after its 序号, and is neither the next row's number nor a 1 (numbering restarting in a group), is one of
    the row's figures, no row of its own."""
    if not (_ROW_NUMBER.match(number) and _ROW_NUMBER.match(cell)) or taken >= room:
        return False
    return _number_of(cell) not in (_number_of(number) + 1, 1)


def _lost_unit_carried(columns: list[Column], cells: list[str], row: Row, above: Row) -> None:
    """One cell per line, a row ended by the next one that is a cell short and holds its time limit but no unit:
    its 责任单位 cell was merged down from the row above and, as a merged cell is, written in the first row only
    ('2 |' / '规范设置公益广告…。 |' / '2025年6月底前 |' under a row naming '县城管局'). It takes the unit above (the
    empty merged unit cell of a row-per-line table, _merged_down)."""
    if not cells or not is_deadline(cells[-1]) or row.cells.get("group"):
        return
    for role in ("lead", "responsible"):
        if sum(c.role == role for c in columns) == 1 and not row.cells.get(role) and above.cells.get(role):
            row.cells[role] = list(above.cells[role])


def _headers_dropped(cells: list[tuple[int, str]], columns: list[Column]) -> list[tuple[int, str]]:
    """'…排查整治，' / '第 3 页 共 8 页' / '序号' '工作任务' '责任单位' '完成时限' / '整改问题工程15处。': the header one cell per line
    again after a page break (Word repeats a table's title row on each page), even inside a row: no cells of any row."""
    names = [re.sub(r"\s", "", c.name) for c in columns]
    kept: list[tuple[int, str]] = []
    i = 0
    while i < len(cells):
        if i and [re.sub(r"\s", "", text) for _, text in cells[i: i + len(names)]] == names:
            i += len(names)
            continue
        kept.append(cells[i])
        i += 1
    return kept


_ROLE_LINE = re.compile(rf"^(?P<label>[{HAN}]{{2,6}})[：:]")


def _role_line(text: str) -> bool:
    m = _ROLE_LINE.match(text)
    return m is not None and LABELS.get(m.group("label")) in _UNIT_ROLES_SET


def _role_lines_joined(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A unit cell that labels its roles on lines of its own ('牵头：镇卫生院' / '配合：各村（社区）'): the lines are
    one cell ('牵头：…；配合：…'), not the columns after it; an empty '配合：' stays inside the cell."""
    out: list[tuple[int, str]] = []
    for no, text in cells:
        if out and _role_line(text) and _role_line(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip('；;')}；{text}")
        else:
            out.append((no, text))
    return out


def _sub_row(text: str, expected: str | None) -> bool:
    """'1.1' after row 1, '1.2' after '1.1': a sub-row, counted from 1 under its parent (a '1.5' after row 1, a
    value cell such as a 目标值, is none; nor is a number like '2.5' elsewhere)."""
    return expected is not None and bool(_SUB_NUMBER.match(text)) \
        and re.split(r"[.．\-－]", text) == expected.split(".")


# '1 推进县域医共体建设，…': a PDF copied in reading order puts the row's number and its task's first line on one line
_SPACED_NUMBERED = re.compile(rf"^(?P<n>\d{{1,3}}) ?(?![\d年月日个项%])(?P<text>[{HAN}“（(].{{5,}})$")


def _numbers_apart(cells: list[tuple[int, str]], numbered_text: re.Pattern[str] = _NUMBERED_TEXT) -> list[tuple[int, str]]:
    """Row numbers joined to the task cell after them ('1.' on its own line, run into '1.开展…' by the reading
    of bare markers): where such numbers run 1, 2, 3 … the number is a cell of its own again. Numbered lines
    next to each other are the points of one cell ('1.推行…' / '2.推进…' before its units), no rows."""
    numbered = [(k, m) for k, (_, text) in enumerate(cells) if (m := numbered_text.match(text))]
    if len(numbered) < 2 or [int(m.group("n")) for _, m in numbered] != list(range(1, len(numbered) + 1)) \
            or any(b - a < 2 for (a, _), (b, _) in itertools.pairwise(numbered)):
        return cells
    out = list(cells)
    for k, m in reversed(numbered):
        no = cells[k][0]
        out[k: k + 1] = [(no, m.group("n")), (no, m.group("text"))]
    return out


_CIRCLED_ROW = re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*(?P<text>\S.*)?$")


def _circled_apart(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rows numbered ① ② ③ in the 序号 cell (the reading of bare markers runs a lone '①' into the task line after it):
    where the circled numerals open cells running 1, 2, 3 …, each is the row's number, a cell of its own."""
    numbered = [(k, m) for k, (_, text) in enumerate(cells) if (m := _CIRCLED_ROW.match(text))]
    values = [ord(m.group("n")) - ord("①") + 1 for _, m in numbered]
    if len(numbered) < 2 or values != list(range(1, len(numbered) + 1)):
        return cells
    out = list(cells)
    for (k, m), n in zip(reversed(numbered), reversed(values), strict=True):
        no = cells[k][0]
        out[k: k + 1] = [(no, str(n)), (no, m.group("text"))] if m.group("text") else [(no, str(n))]
    return out


def _label(text: str) -> bool:
    """A short label cell (a 重点任务 / 任务名称 heading its row): no sentence, no body's name, no date."""
    return len(text) <= 20 and not re.search(r"[。，；,;：:！？、]", text) and not looks_like_body(text) \
        and not _ROW_NUMBER.match(text) and not is_deadline(text)


def _group_first(pieces: list[tuple[int, str]], width: int, *, last: bool) -> bool:
    """Does the row open with its own label cell (任务名称 / 重点任务) before its task text? A label, then a
    text that is a sentence and no body's name, in a row that is full (or the last one, cut short). A label
    names the work and counts nothing: '为65岁以上老年人免费健康体检' over '3万人次。' is a task cell a wrap cut."""
    if len(pieces) < 2 or not _label(pieces[0][1]) or re.search(r"\d", pieces[0][1]) or looks_like_body(pieces[1][1]):
        return False
    return (len(pieces) >= width and bool(_SENTENCE.search(pieces[1][1]))) or last


_UNIT_ROLES_SET = ("lead", "responsible", "support")


def _deadline_in_place(columns: list[Column], cells: list[str]) -> list[str]:
    """A row that lost an empty cell (an empty <td> leaves no line) and so holds its deadline under a unit
    column: empty cells go before the date until it stands under the deadline column."""
    roles = [c.role for c in columns]
    if len(cells) >= len(columns) or "deadline" not in roles:
        return cells
    d = roles.index("deadline")
    for k, cell in enumerate(cells):
        if k < d and roles[k] in _UNIT_ROLES_SET and (is_deadline(cell) or time_word(cell)) and not looks_like_body(cell):
            return [*cells[:k], *[""] * (d - k), *cells[k:]] if len(cells) + d - k <= len(columns) else cells
    return cells


def _closed_cells(lines: list[Line]) -> list[tuple[int, str]]:
    """A table flattened one cell per line with a '|' closing each cell (on the cell's last line or on a line
    of its own): a cell with a paragraph break inside spans several lines before its '|'. Those lines are one
    cell: names joined by 、 ('区司法局' / '区政务服务中心'), other text run together. [] when cells are not closed so."""
    said = [ln for ln in lines if ln.kind != "noise" and ln.text.strip()]
    closed = [ln for ln in said if ln.text.rstrip().endswith(("|", "｜"))]
    if len(closed) < max(4, 2 * len(said) // 5):
        return []
    out: list[tuple[int, str]] = []
    pending: list[tuple[int, str]] = []
    for ln in said:
        text = ln.text.strip()
        if body := text.rstrip("|｜").strip():
            pending.append((ln.no, body))
        if text.endswith(("|", "｜")) and pending:
            texts = [t for _, t in pending]
            out.append((pending[0][0], "、".join(texts) if all(looks_like_body(t) for t in texts) else "".join(texts)))
            pending = []
    return out + pending


def _paragraph_cells(lines: list[Line]) -> list[tuple[int, str]]:
    """A Word table saved as a web page and copied as text: each cell a paragraph, a blank line between cells, the
    cell's own line breaks kept with none. Where blank lines part (nearly) every two cells, lines with no blank
    line between them are one cell: names joined by 、 ('公共服务科' / '市文化馆'), other text run together. [] when
    cells are not parted so, or no cell has lines of its own."""
    runs: list[list[tuple[int, str]]] = []
    blank = True
    for ln in lines:
        if ln.kind == "noise":
            continue
        text = _cell(ln.text)
        if not text:
            blank = True
            continue
        if blank or not runs:
            runs.append([])
        runs[-1].append((ln.no, text))
        blank = False
    breaks = sum(len(run) - 1 for run in runs)
    if not breaks or (len(runs) - 1) < 2 * breaks:
        return []
    return [(run[0][0], _lines_of_a_cell([t for _, t in run])) for run in runs]


def _lines_of_a_cell(texts: list[str]) -> str:
    """A cell's own lines as one text: names, one a line, joined by 、 (lines with no punctuation, half of them or more
    a body's name: '社会救助股' / '县财政局'); a text wrapped over lines run together."""
    names = len(texts) > 1 and not any(_SENTENCE.search(t) or "。" in t for t in texts) \
        and 2 * sum(looks_like_body(t) for t in texts) >= len(texts)
    return "、".join(texts) if names else "".join(texts)


def _rejoin(pieces: list[tuple[int, str]], columns: list[Column]) -> tuple[list[tuple[int, str]], int]:
    """More lines than columns after a row's 序号: a cell the copy wrapped goes on in the next line. The
    task text runs on until a sentence ends or a body's name follows; a list cut after 、 or ， goes on.
    Names on lines of their own go on a unit cell ('市商务局' / '市财政局': a cell with a paragraph break between
    its units), unless the next column is a unit column of its own (牵头单位 / 配合单位). Pieces are joined only while
    the row still has more than its columns; returns the row's cells and the number of lines they used."""
    width = len(columns)
    out: list[tuple[int, str]] = []
    used: list[int] = []
    for k, (no, text) in enumerate(pieces):
        over = len(out) + len(pieces) - k - width
        previous = out[-1][1] if out else ""
        if out and over > 0 and (previous.endswith(("、", "，", ",")) or (
                len(out) == 1 and not previous.endswith(("。", "；", "！", "？")) and not looks_like_body(text))):
            out[-1] = (no, previous + text)
            used[-1] += 1
        elif len(out) >= 2 and over > 0 and looks_like_body(previous) and looks_like_body(text) \
                and not text.endswith(("、", "，", ",")) \
                and (len(out) >= width or columns[len(out)].role not in _UNIT_ROLES_SET):  # a list going on after 、 is joined on the next line
            out[-1] = (no, f"{previous}、{text}")
            used[-1] += 1
        else:
            out.append((no, text))
            used.append(1)
    return out[:width], sum(used[:width])


_PERSON_COLUMN = re.compile(r"领导|责任人|负责人|联系人")


def _merged_person_cell(columns: list[Column], cells: list[str]) -> list[str]:
    """A row one cell short whose cell under 责任县领导 names a body ('县发改局'): the leader's cell was merged
    with the row above and lost, so the row's cells move one column right from there."""
    if len(cells) >= len(columns):
        return cells
    for k, column in enumerate(columns[: len(cells)]):
        if column.role == "ignore" and _PERSON_COLUMN.search(column.name) and looks_like_body(cells[k]):
            return [*cells[:k], "", *cells[k:]]
    return cells


_SENTENCE = re.compile(r"[。，；,;]")


def _rows_by_sentences(columns: list[Column], cells: list[tuple[int, str]]) -> list[Row]:
    """One cell per line and no 序号: a row is a task text (a cell that is a sentence) and the short
    cells after it (units, deadline); short cells before it are its group labels, merged or not."""
    roles = [c.role for c in columns]
    tail = columns[roles.index("text") + 1:]
    rows: list[Row] = []
    i = 0
    while i < len(cells):
        no, text = cells[i]
        if not (_SENTENCE.search(text) or len(text) >= 16):
            i += 1
            continue
        j = i + 1
        while j < len(cells) and j - i <= len(tail) and not _SENTENCE.search(cells[j][1].rstrip("。")):
            j += 1
        row = Row(len(rows) + 1, {"text": [text]}, first=no, last=cells[j - 1][0])
        for column, (_, cell) in zip(tail, cells[i + 1: j], strict=False):
            row.put(column, cell)
        rows.append(row)
        i = j
    return rows


# --- pdftotext -layout: columns set by runs of spaces, every cell wrapped over several lines -----------

_GAP = re.compile(r"\S {2,}\S")
_DRAWN_RULE = re.compile(r"^\s*[-—─=＝_]{10,}\s*$")  # '--------' across a plain-text table, between its rows
_CONTINUED = re.compile(r"^[\f]?[（(]?续(?:表|上表)?[）)]?$")  # '续表' / '（续）' heading a table's next page
_TOKEN = re.compile(r"\S+(?: \S+)*")  # a cell piece: single spaces inside, two or more around


def _width(text: str) -> int:
    """Columns the text takes on a fixed-pitch page: Chinese characters and “”… two, the rest one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def _pieces(ln: Line) -> list[tuple[int, str]]:
    """(column position, text) of each cell piece on a line."""
    return [(ln.indent + _width(ln.text[: m.start()]), m.group()) for m in _TOKEN.finditer(ln.text)]


def _read_layout(columns: list[Column], header: Line, lines: list[Line],
                 heads: list[tuple[int, str]] | None = None) -> Grid | None:
    """Rows start at a line whose first piece is the 序号; the pieces on the lines after it (a wrapped cell)
    go to the column whose piece on the row's first line starts nearest (the header's, shifted like the
    others, for a cell that first shows on a later line). Pieces of one cell are joined without a space.
    `heads`: the header's cells and places when it is not the one line (a header over two rows)."""
    after = _after_number(columns)
    heads = heads or _pieces(header)
    if len(heads) != len(columns):
        return None
    starts = [p for (p, _), c in zip(heads, columns, strict=True) if c in after]
    rows: list[tuple[Row, list[list[str]]]] = []  # each row with its cells' pieces, column by column
    section = None
    anchors: list[int] = []
    gap = _even_gap(header.text) or _rows_gap(lines)
    unnumbered = all(c.role != "number" for c in columns)
    blank = False
    for ln in lines:
        if not ln.says or not ln.text.strip():
            blank = blank or ln.kind == "blank"
            continue
        pieces = _pieces(ln)
        if (rows and _header_again(pieces, heads)) or _DRAWN_RULE.match(ln.text) or _CONTINUED.match(ln.text.strip()):
            continue  # the header again on the next page, a rule drawn between rows, '续表' over a page's rows
        if _SECTION.match(pieces[0][1]) and len(pieces) == 1:
            section = pieces[0][1]
            continue
        if unnumbered and _opens_unnumbered(pieces, starts, rows[-1][1][0] if rows else None, blank):
            anchors = _anchors(starts, pieces)
            rows.append((Row(len(rows) + 1, first=ln.no, last=ln.no, section=section), [[] for _ in after]))
        elif _ROW_NUMBER.match(pieces[0][1]) and len(pieces) >= 2 and pieces[0][0] < starts[0]:
            pieces, anchors = pieces[1:], _anchors(starts, pieces[1:])
            rows.append((Row(_row_number(ln), first=ln.no, last=ln.no, section=section), [[] for _ in after]))
            if gap and len(pieces) < len(after) and (cells := _remarks_padded(after, _even_cells(ln.text, gap))) \
                    and _fits(after, cells[1:]):
                rows[-1][1][:] = [[c] if c else [] for c in cells[1:]]
                continue
        elif not rows or pieces[0][0] < min(anchors) - 2:
            if rows:
                break  # text starting left of every column: the table is over
            continue
        blank = False
        rows[-1][0].last = ln.no
        for position, text in pieces:
            rows[-1][1][min(range(len(anchors)), key=lambda c: abs(anchors[c] - position))].append(text)
    for row, texts in rows:
        for column, cell in zip(after, texts, strict=True):
            row.put(column, _layout_cell(column, cell))
    if not rows or _unsaid_work(columns, [r for r, _ in rows]) or _unnamed_bodies(columns, [r for r, _ in rows]):
        return None
    return Grid(columns, [r for r, _ in rows], header.no, max(r.last for r, _ in rows))


_ASIDE_ROLES = ("note", "ignore", "remark")
# round CB: the level or place a body's name starts with ('县统计局', '市财政局', '各乡镇人民政府')
_BODY_START = "县市区省州盟旗镇乡街各"


def _layout_cell(column: Column, pieces: list[str]) -> str:
    """A cell's pieces over its lines, joined without a space ('县人力资源社会' / '保障局'); in a unit column a piece
    that is a body's whole name, its level first ('县统计局'), under a piece that already ends a body's name
    ('县发展改革委') is the next body of the cell, set apart by '、' (the cell listed one body a line)."""
    text = pieces[0] if pieces else ""
    for piece in pieces[1:]:
        apart = column.role in ("lead", "responsible", "support") and piece[:1] in _BODY_START \
            and looks_like_body(piece) and looks_like_body(text.rsplit("、", 1)[-1])
        text += ("、" if apart else "") + piece
    return text



def _remarks_padded(after: list[Column], cells: list[str]) -> list[str] | None:
    """A row of a copy with a fixed run between cells: its 序号 and a cell per column; one that stops before its last
    columns where they are remarks (备注, columns read as nothing) left empty ('5   开展…。   县工商联   2025年10月底前'
    under '… 完成时限   备注') has them empty."""
    if len(cells) == len(after) + 1:
        return cells
    if not 3 <= len(cells) <= len(after) or not all(c.role in _ASIDE_ROLES for c in after[len(cells) - 1:]):
        return None
    return [*cells, *[""] * (len(after) + 1 - len(cells))]


def _opens_unnumbered(pieces: list[tuple[int, str]], starts: list[int], text: list[str] | None, blank: bool) -> bool:
    """A -layout table with NO 序号 column: a row starts at a line with a piece where the text column starts and one
    where the next column (the lead unit) starts, after a blank line or a task cell closed by its sentence (a wrapped
    line of the text beside a wrapped unit name stays in its row)."""
    if len(pieces) < 2 or len(starts) < 2 or abs(pieces[0][0] - starts[0]) > 2 or abs(pieces[1][0] - starts[1]) > 2:
        return False
    return text is None or blank or "".join(text).endswith(("。", "；"))


def _spanned_heads(top: Line, sub: Line, width: int) -> list[tuple[int, str]] | None:
    """A -layout header over two rows ('序号  工作任务  责任单位  完成时限' over '牵头单位  配合单位'): the places of its
    columns, the spanning cell's (the one nearest the second row's cells) taken by the cells under it."""
    top_pieces, sub_pieces = _pieces(top), _pieces(sub)
    if not sub_pieces or len(top_pieces) < 2:
        return None
    spanned = {min(range(len(top_pieces)), key=lambda c: abs(top_pieces[c][0] - p)) for p, _ in sub_pieces}
    if len(spanned) != 1:
        return None
    k = spanned.pop()
    heads = [*top_pieces[:k], *sub_pieces, *top_pieces[k + 1:]]
    return heads if len(heads) == width and heads == sorted(heads) else None


def _header_again(pieces: list[tuple[int, str]], heads: list[tuple[int, str]]) -> bool:
    """The header printed again at the top of the next page (after a page number and a form feed): the same names
    at the same places. The table goes on under it."""
    return [t for _, t in pieces] == [t for _, t in heads] \
        and all(abs(p - q) <= 2 for (p, _), (q, _) in zip(pieces, heads, strict=True))


def _read_stacked(lines: list[Line], i: int, below: int) -> Grid | None:
    """The table under a -layout header whose names are stacked over three lines ('牵头 / 单位 / （部门）') or two
    ('序 / 号', '完成 / 时限'), three tried first."""
    third = _next_said(lines, below)
    for stack in ([i, below, third] if third is not None else [], [i, below]):
        if stack and (stacked := _stacked_header([lines[k] for k in stack])) is not None:
            columns, base, heads = stacked
            if grid := _read_layout(columns, base, lines[stack[-1] + 1:], heads):
                return grid
    return None


def _stacked_header(stack: list[Line]) -> tuple[list[Column], Line, list[tuple[int, str]]] | None:
    """A -layout header whose narrow columns wrap their names over two or three lines ('序 / 号', '牵头 / 单位 /
    （部门）', '完成 / 时限'): its columns, the line that holds a piece of every column, and the columns' places."""
    rows = [_pieces(ln) for ln in stack]
    names = _stacked_names(rows)
    columns = _header(names) if names else None
    if columns is None:
        return None
    base = _fullest(rows)
    return columns, stack[base], [(p, name) for (p, _), name in zip(rows[base], names, strict=True)]


def stacked_header_words(first: str, *more: str) -> list[str] | None:
    """The header words of raw lines that are one -layout header wrapped over them (the first line and the next
    two, or the next one), else None."""
    def pieces(text: str) -> list[tuple[int, str]]:
        return [(_width(text[: m.start()]), m.group()) for m in _TOKEN.finditer(text)]

    for stack in ([first, *more[:2]] if len(more) >= 2 else [], [first, *more[:1]]):
        if len(stack) < 2 or (not all(_GAP.search(t) for t in stack) and any(len(t.split()) > 1 for t in stack[1:])):
            continue
        names = _stacked_names([pieces(t) for t in stack])
        if names and _header(names):
            return names
    return None


def _fullest(rows: list[list[tuple[int, str]]]) -> int:
    return max(range(len(rows)), key=lambda r: len(rows[r]))  # the first of the fullest


def _stacked_names(rows: list[list[tuple[int, str]]]) -> list[str] | None:
    """The line with the most pieces (the first of them) holds a piece of every column; each short piece of the
    other lines joins the name of its piece nearest by position, one at most from each line, the pieces read in
    line order ('牵头' + '单位' + '（部门）'); None when the lines are no such stack."""
    base = _fullest(rows)
    top = rows[base]
    if len(top) < 3:
        return None
    parts: list[list[tuple[int, str]]] = [[(base, text)] for _, text in top]
    for r, pieces in enumerate(rows):
        if r == base:
            continue
        if not pieces or any(len(text) > 4 for _, text in pieces):
            return None
        for position, text in pieces:
            k = min(range(len(top)), key=lambda c: abs(top[c][0] - position))
            if any(line == r for line, _ in parts[k]):
                return None  # two pieces of one line under one name: no wrapped header
            parts[k].append((r, text))
    return ["".join(text for _, text in sorted(part)) for part in parts]


def _fits(columns: list[Column], cells: list[str]) -> bool:
    """Do a row's cells read as a task row: its text under a text column, a time limit under the deadline column?
    A -layout line whose padding happens to be a whole number of gaps puts its text under 完成时限."""
    named = list(zip(columns, cells, strict=True))
    return any(cell for column, cell in named if column.role == "text") \
        and all(is_deadline(cell) for column, cell in named if column.role == "deadline" and cell)


def _even_gap(text: str) -> int | None:
    """The one width of every run of spaces between a header's cells, when they are all alike: a web page
    copied with a fixed run between cells (not a -layout page, whose runs pad columns to a position)."""
    runs = {len(m.group()) for m in re.finditer(r" {2,}", text.strip())}
    return runs.pop() if len(runs) == 1 and " " not in re.sub(r" {2,}", "", text.strip()) else None


def _rows_gap(lines: list[Line]) -> int | None:
    """The one run of spaces between the cells of the rows, when the header's runs are uneven (padded to look
    aligned) but the rows keep a fixed run, twice or thrice it where cells are empty: a web page whose cells were
    set apart by full-width spaces ('　　'). Most runs must be the single one (a -layout page's runs vary)."""
    runs = [len(m.group()) for ln in lines if ln.says and re.match(r"\s*\d", ln.text)
            for m in re.finditer(r" {2,}", ln.text.strip())]
    if len(runs) < 4:
        return None
    gap = min(runs)
    ok = all(r % gap == 0 and r <= 3 * gap for r in runs) and runs.count(gap) * 5 >= len(runs) * 4
    return gap if ok else None


def _even_cells(text: str, gap: int) -> list[str]:
    """A row of such a copy: a run of k gaps holds k-1 empty cells; [] when a run is no whole number of gaps."""
    cells: list[str] = []
    for k, piece in enumerate(re.split(r"( {2,})", text.strip())):
        if k % 2 == 0:
            cells.append(piece)
        elif len(piece) % gap:
            return []
        else:
            cells.extend([""] * (len(piece) // gap - 1))
    return cells


def _row_number(ln: Line) -> int:
    return _number_of(ln.text.split()[0])


def _anchors(starts: list[int], cells: list[tuple[int, str]]) -> list[int]:
    """Where each column starts on this row: at its piece on the first line when there is one for every
    column, else at the header's position moved by the median shift of the pieces that are there."""
    if len(cells) == len(starts):
        return [p for p, _ in cells]
    shifts = sorted(p - min(starts, key=lambda s: abs(s - p)) for p, _ in cells)
    shift = shifts[len(shifts) // 2] if shifts else 0
    return [s + shift for s in starts]

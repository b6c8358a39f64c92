"""grid: task tables (任务分解表) as web pages and PDFs flatten them -> rows of named cells.

The same table reaches us in several renderings: a line per row with cells between pipes, one cell per
line (each closed by ' |' or followed by a '|' line), one cell per paragraph, or cells run together with
single spaces. Columns are read by their header words (序号 / 主要任务 / 牵头单位 / 完成时限 …), never by
position, and from the right: merged cells lost in the copy are the leading ones (类别, 重点任务), so the
cells after the task text (units, deadline) keep their place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import LABELS, kind_of
from .lines import Line

# The column holding the task: the most specific text column wins; the others label groups of rows.
_TEXT_COLUMNS = ("具体要求", "细化措施", "具体措施", "落实措施", "工作措施", "主要措施", "具体任务", "任务内容",
                 "工作内容", "目标与任务", "重点工作任务", "重点任务", "主要任务", "工作任务", "目标任务", "任务名称",
                 "工作事项", "事项")
_GROUP = re.compile(r"^(?:类别|类型|领域|板块|方面|项目类别)$")
_NUMBER = re.compile(r"^(?:序号|编号|序)$")
_DEADLINE = re.compile(r"^(?:完成时限|时限要求|完成时间|时间节点|时间要求|完成期限|时限|办结时限)$")
_IGNORE = re.compile(r"领导|责任人|联系人|备注|进度|推进计划|年度目标|完成情况|工作进展")
# A unit column not in the label table: a role word and a kind of body ('牵头处室', '责任主体'), never a
# body's own name ('县级司法行政部门').
_UNIT = re.compile(r"^(?:主要|具体)?(?:责任|牵头|配合|协办|协作|参与|主办|承办|实施)(?:单位|部门|科室|处室|主体)$")
_ROW_NUMBER = re.compile(r"^\d{1,4}[.．、]?$")
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]")


@dataclass(frozen=True)
class Column:
    name: str
    role: str  # number | text | group | lead | responsible | support | deadline | ignore


@dataclass
class Row:
    number: int
    cells: dict[str, list[str]] = field(default_factory=dict)  # role -> cell texts (several unit columns)
    first: int = 0
    last: int = 0
    section: str | None = None  # the 一、… heading the row sits under
    group: str | None = None  # the 类别 / 重点任务 cell of the row, or of the rows above it (merged)

    @property
    def text(self) -> str:
        return "".join(self.cells.get("text", []))


@dataclass
class Grid:
    columns: list[Column]
    rows: list[Row]
    first: int  # line numbers the table spans (header included)
    last: int


def column_role(cell: str) -> str | None:
    """What a header cell names, or None when it is no header word."""
    name = re.sub(r"\s+", "", cell).strip("|｜")
    if not name or len(name) > 10:
        return None
    if _NUMBER.match(name):
        return "number"
    if _DEADLINE.match(name):
        return "deadline"
    if _IGNORE.search(name):
        return "ignore"
    if name in _TEXT_COLUMNS:
        return "text"
    if _GROUP.match(name):
        return "group"
    if name in LABELS and kind_of(name) not in ("deadline", "person"):
        return kind_of(name)
    if _UNIT.match(name):
        return "responsible"
    return None


def _header(cells: list[str]) -> list[Column] | None:
    roles = [column_role(c) for c in cells]
    if len(cells) < 3 or None in roles or "text" not in roles:
        return None
    columns = [Column(re.sub(r"\s+", "", c).strip("|｜"), r) for c, r in zip(cells, roles, strict=True)]
    return _one_text_column(columns)


def _one_text_column(columns: list[Column]) -> list[Column]:
    texts = [c.name for c in columns if c.role == "text"]
    main = min(texts, key=lambda name: _TEXT_COLUMNS.index(name) if name in _TEXT_COLUMNS else 99)
    return [Column(c.name, "group") if c.role == "text" and c.name != main else c for c in columns]


def _cell(text: str) -> str:
    """A cell as flattened: '县教育局 |' -> '县教育局'."""
    return text.strip().strip("|｜").strip()


def _split_line(text: str) -> list[str] | None:
    """Cells of a one-line row: tabs or pipes; None when the line is not such a row."""
    if "\t" in text:
        cells = text.split("\t")
    elif text.count("|") + text.count("｜") >= 2:
        cells = re.split(r"[|｜]", text)
    else:
        return None
    cells = [c.strip() for c in cells]
    while cells and not cells[0]:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    return cells if len(cells) >= 2 else None


def find_grid(lines: list[Line]) -> Grid | None:
    """The first task table in these lines, in whichever rendering it came."""
    for i, ln in enumerate(lines):
        cells = _split_line(ln.text) or (ln.text.split() if ln.text.count(" ") >= 2 else None)
        if cells and (columns := _header(cells)):
            mode = "spaces" if _split_line(ln.text) is None else "line"
            return _read(columns, lines[i + 1:], ln.no, mode)
        stream = _header_stream(lines, i)
        if stream:
            columns, rest = stream
            return _read(columns, rest, ln.no, "stream")
    return None


def _header_stream(lines: list[Line], i: int) -> tuple[list[Column], list[Line]] | None:
    """A header flattened one cell per line (or paragraph): consecutive header words."""
    cells: list[str] = []
    j = i
    while j < len(lines):
        text = _cell(lines[j].text)
        j += 1
        if not text:
            continue
        if column_role(text) is None:
            j -= 1
            break
        cells.append(text)
    columns = _header(cells)
    return (columns, lines[j:]) if columns else None


def _read(columns: list[Column], lines: list[Line], header_no: int, mode: str) -> Grid | None:
    rows = _rows_by_line(columns, lines, mode) if mode != "stream" else _rows_by_stream(columns, lines)
    if not rows:
        return None
    return Grid(columns, rows, header_no, max(r.last for r in rows))


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
        if cell:
            row.cells.setdefault(column.role, []).append(cell)
    return row


def _after_number(columns: list[Column]) -> list[Column]:
    """The columns that follow the 序号 cell: those after the text column's groups, the text and the rest."""
    roles = [c.role for c in columns]
    if "number" in roles:
        return columns[roles.index("number") + 1:]
    return columns[roles.index("text"):]  # an unheaded 序号 sits just before the task text


def _rows_by_line(columns: list[Column], lines: list[Line], mode: str) -> list[Row]:
    rows: list[Row] = []
    section = None
    for ln in lines:
        if not ln.says or not ln.text.strip():
            continue
        if _SECTION.match(ln.text.strip()):
            section = ln.text.strip()
            continue
        cells = _split_line(ln.text) if mode == "line" else _space_cells(ln.text, columns)
        if not cells or not _ROW_NUMBER.match(cells[0]):
            if rows and mode == "line":
                break
            continue
        row = _fill(columns, int(cells[0].rstrip(".．、")), cells[1:], ln.no, ln.no)
        row.section = section
        rows.append(row)
    return rows


def _space_cells(text: str, columns: list[Column]) -> list[str] | None:
    """'3   抓好工业节水。加快…。 市工信委、水利局 市发改委等 各县政府': the cells after the text have
    no spaces inside (unit lists), the text is the first piece that holds a sentence."""
    tokens = text.split()
    if len(tokens) < 3 or not _ROW_NUMBER.match(tokens[0]):
        return None
    after = _after_number(columns)
    tail = len(after) - 1 - next(i for i, c in enumerate(after) if c.role == "text")
    body, rear = tokens[1: len(tokens) - tail], tokens[len(tokens) - tail:]
    start = next((i for i, t in enumerate(body) if re.search(r"[。，；]", t)), len(body) - 1)
    return [tokens[0], "".join(body[start:]), *rear]


def _rows_by_stream(columns: list[Column], lines: list[Line]) -> list[Row]:
    """One cell per line: a bare number starts a row; its text and the cells after it follow; cells
    between one row and the next number are the next row's leading (group) cells."""
    after = _after_number(columns)
    width = len(after) - [c.role for c in after].index("text")
    cells = [(ln.no, _cell(ln.text)) for ln in lines if ln.kind != "noise" and _cell(ln.text)]
    rows: list[Row] = []
    section = None
    i = 0
    while i < len(cells):
        no, text = cells[i]
        if _SECTION.match(text):
            section, i = text, i + 1
            continue
        if not _ROW_NUMBER.match(text):
            i += 1
            continue
        j = i + 1
        while j < len(cells) and j - i <= width and not _ROW_NUMBER.match(cells[j][1]) \
                and not _SECTION.match(cells[j][1]):
            j += 1
        row = _fill(columns, int(text.rstrip(".．、")), [c for _, c in cells[i + 1: j]], no, cells[j - 1][0],
                    left=True)
        row.section = section
        rows.append(row)
        i = j
    return rows

"""tasks: items of the outline -> Task and Section records, with their 责任单位 blocks attached."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..chars import CLOSE, OPEN
from ..models import Deadline, Section, Task, Unit
from .blocks import Block, find_blocks, plain_labels, starts_with_label, strip_blocks
from .deadlines import find_in_prose, parse_field
from .lines import Line
from .memo import lru
from .numerals import cn_to_int
from .outline import Item
from .targets import find_targets
from .units import looks_like_body, split_units

_FINAL = "。！？!?；;：:…”’」』"
_BRACKET_REACH = 2000  # characters: no 责任单位 bracket is longer
_OPENERS, _CLOSERS = OPEN, CLOSE
_CLAUSE_WORDS = re.compile(r"责任|牵头|配合|完成时限|完成时间")
_LIST_GOES_ON = ("、", "，", ",", "：", ":")
# '请各地于2024年4月10日前将…情况报送…' / '各地要于…前将…开展情况报送…' / '特此通知。': a notice's closing request to its
# addressees or its closing formula, on a line of its own after its last item, speaks for the whole notice:
# neither that item's text nor its deadline.
_CLOSING_REQUEST = re.compile(r"^(?:请[^。]{0,40}?[于在][^。]{0,30}?前[^。]*?(?:报送|上报|报告|反馈|报)"
                              r"|各(?:地|单位|部门|县|市|区|乡镇|街道|有关)[^。]{0,30}?[于在][^。]{0,30}?前将[^。]*?情况[^。]*?报"
                              r"|特此(?:通知|通报|函告|函复|批复)[。！!]?$)")


@dataclass
class Paragraph:
    """Lines joined into one paragraph: pieces are collected (joining stays linear) and the last
    characters kept apart, which is all that deciding whether the next line runs on needs."""

    pieces: list[str]
    first: int
    last: int
    end: str = ""  # the paragraph's last _BRACKET_REACH characters

    def __post_init__(self) -> None:
        self.end = "".join(self.pieces)[-_BRACKET_REACH:]

    def add(self, piece: str, line: int) -> None:
        self.pieces.append(piece)
        self.end = (self.end + piece)[-_BRACKET_REACH:]
        self.last = line

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    def tail(self) -> str:
        return self.end


@dataclass
class Built:
    tasks: list[Task] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _ends_open(text: str) -> bool:
    """True when a paragraph stops mid-sentence (a page break cut it): '行政执法工' / '作体系', or
    inside a bracket: '（责任单位：' / '市司法局）'."""
    text = text.rstrip()
    if not text:
        return False
    if _unclosed(text):
        return True
    if text[-1] in _FINAL:
        return False
    if text[-1] in "）)〕]】］":
        # the last bracket group; found with rfind, not a regex search from every '（' (quadratic on long texts)
        start = max(text.rfind(opener) for opener in "（(〔[")
        return start > 0 and not _CLAUSE_WORDS.search(text[start:]) \
            and text[start - 1] not in _FINAL
    return True




def _unclosed(text: str) -> bool:
    """The text's last bracket is an opening one: '…（责任单位：' (a wrap cut the clause)."""
    opened = max(text.rfind(ch) for ch in _OPENERS)
    return opened >= 0 and opened > max(text.rfind(ch) for ch in _CLOSERS)


def _closed_within(head: str, below: list[str], most: int = 2) -> int:
    """How many of the lines below close a clause a wrap cut in a heading (0 when none of the first `most` do: a
    bracket left open, '一、落实县政办发〔2024年12号…', takes no sentence of the section into its title)."""
    for k in range(1, min(most, len(below)) + 1):
        if not _unclosed(head + "".join(below[:k])):
            return k
    return 0


def _full(line: Line, wrap: int | None) -> bool:
    """A line as long as the page is wide, in a hard-wrapped copy: it goes on on the next line."""
    return wrap is not None and len(line.text) >= wrap - 2


def _wrapped(tail: str, line: Line, wrap: int | None) -> bool:
    """A full line that ends neither a sentence nor a 责任单位 clause was cut by the wrap, even after ” or ：."""
    tail = tail.rstrip()
    if not _full(line, wrap) or tail.endswith(("。", "！", "？", "!", "?", "；", ";")):
        return False
    return not (tail[-1:] in _CLOSERS and _CLAUSE_WORDS.search(tail[max(tail.rfind(ch) for ch in _OPENERS):]))


def _head_open(head: str, line: Line, wrap: int | None) -> bool:
    """A heading line runs on into the next line only when it was cut mid-sentence: it holds a sentence
    ('1.加强队伍建设。按照…要求，组' / '织开展…') or fills a hard-wrapped page's width. A bare title
    ('1.优化城乡结构布局') is never glued to the body after it."""
    if _wrapped(head, line, wrap):
        return True
    # round BT: a comma inside a closed bracket ('（一）推进…提质增效（区政务服务中心，区数据资源局）') holds no sentence
    return _ends_open(head) and (bool(re.search(r"[。；;，,：:]", _IN_BRACKETS.sub("", head))) or _unclosed(head))


_IN_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")


def _joins(para: Paragraph, previous: Line, text: str, wrap: int | None, head: bool) -> bool:
    """Does the next line continue this paragraph? Only when the paragraph stops mid-sentence. A bare
    heading title never runs on; a 责任单位 / 完成时限 label line is whole and is not glued to its
    neighbours, unless a bracket is still open or a hard wrap cut the line."""
    tail = para.tail()
    if head and len(para.pieces) == 1 and not _head_open(tail, previous, wrap):
        return False
    if _unclosed(tail) or _wrapped(tail, previous, wrap):
        return True
    if tail.rstrip().endswith(_LIST_GOES_ON) and not starts_with_label(text):
        return True  # '责任单位：县住建局、' / '县财政局': a list cut after its separator goes on
    if not _ends_open(tail):
        return False
    return not starts_with_label(para.pieces[0]) and not starts_with_label(text)


def paragraphs(head: Line, lines: list[Line], wrap: int | None = None) -> list[Paragraph]:
    """Join page-break and line-wrap halves; every other non-blank line is a paragraph of its own. Linear
    in the text: pieces are collected and only the tail of the open paragraph is looked at."""
    paras = [Paragraph([head.rest], head.no, head.no)] if head.rest else []
    previous = head
    for ln in lines:
        if not ln.says:
            continue
        text = ln.text.strip()
        if paras and _joins(paras[-1], previous, text, wrap, head=paras[-1].first == head.no and bool(head.rest)):
            paras[-1].add(text, ln.no)
        else:
            paras.append(Paragraph([text], ln.no, ln.no))
        previous = ln
    return paras


# '2024年8月31日' / '2024年6月底前' alone on the line after a task's 责任单位 line: that task's deadline.
_BARE_DATE = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日|底)?前?[。.]?$")


def _title(text: str) -> str:
    """The lead phrase: the first line up to its first 。, without a dangling separator."""
    head = text.split("\n", 1)[0]
    return (head.split("。", 1)[0] if "。" in head else head).rstrip("；;，,、 ")


def _heading_only(texts: list[str]) -> bool:
    """The item said its heading and nothing more ('三、加强信息报送'): the request under it is its body, the
    notice's closing request follows an item that has its own sentences."""
    said = "".join(texts).strip().rstrip("。.")
    return bool(said) and not re.search(r"[。；;，,]", said)


def _dedupe(values: list) -> list:
    """Each record once, the first kept. Units and deadlines are flat records of plain values: their field
    values say what their JSON says, without writing it."""
    if len(values) < 2:  # nothing repeats in fewer than two (most tasks' deadlines): the same new list
        return list(values)
    seen, out = set(), []
    for value in values:
        key = (type(value), *value.__dict__.values())
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def _clause_first(item: Item) -> bool:
    """'（一）完善养老服务网络' / '牵头单位：X' / '完成时限：Y' / then its body: the clause lines stand between a
    bare title and the text of the task."""
    if item.head is None or "。" in item.head.rest:  # a heading with a sentence of its own: no bare title
        return False
    said = [ln.text.strip() for ln in item.lines[1:] if ln.says]
    if not said or not _clause_line(said[0]):
        return False
    return any(not _clause_line(text) and not _BARE_DATE.match(text) for text in said[1:])


def _clause_line(text: str) -> bool:
    """'牵头单位：X' or the same in brackets on a line of its own ('（牵头单位：X；完成时限：Y）', '【责任单位：X】')."""
    return starts_with_label(text.lstrip("（(〔【[［").strip())


def _body_after_clause(plain: list[str], found: list, claimed: int) -> bool:
    """The heading's title alone, then only clause paragraphs up to `claimed`, then more paragraphs."""
    return 0 < claimed < len(plain) - 1 and not found[0] and "。" not in plain[0] \
        and all(found[k] and not strip_blocks(plain[k], found[k]) for k in range(1, claimed + 1))


def _clause_closes_heading(plain: list[str], found: list, claimed: int) -> bool:
    """Round BT: '（一）推进“一网通办”提质增效（区政务服务中心，区数据资源局）' / then its body on the next line: the clause
    closes a bare heading title (no sentence in it), and the paragraphs after it are the task's text, not closing text.
    Round CA: a title closed by its full stop ('1.推行告知承诺制。（责任单位：A、B）' / then its body) is as bare: one
    phrase, no comma or second sentence (_heading_only); a heading that says its work before the clause is not."""
    title = strip_blocks(plain[0], found[0]) if found and found[0] else ""
    return claimed == 0 and len(plain) > 1 and bool(found[0]) and found[0][-1].end >= len(plain[0].rstrip(" 。；;")) \
        and ("。" not in title or _heading_only([title]))


def build_task(item: Item, path: list[str], section: str | None, doc_year: int | None,
               warnings: list[str], inherited: list[Unit], wrap: int | None = None,
               clause_first: bool = False, last_item: bool = False) -> tuple[dict, int]:
    """One task's fields (id is decided later, once all numbers are known) and its last line.

    `inherited` holds the units of the last block marked 下同; a task naming none of its own takes them,
    and a new 下同 block replaces them (the list is updated in place). `clause_first`: the plan writes its
    tasks' clause lines between the title and the body (_clause_first), so a body after them is the task's.
    `last_item`: no task follows it, so a closing request to the addressees after it is the notice's."""
    head = item.head
    assert head is not None
    units: list[Unit] = []
    fields: list[Deadline] = []
    texts: list[str] = []
    last = head.no
    warnings += [f"line {ln.no}: a web page's own line ('{ln.text[:20]}') inside task {head.marker}; left out"
                 for ln in item.lines[1:] if ln.kind == "noise"]
    paras = paragraphs(head, item.lines[1:], wrap)
    readings = [_reading(para.text, doc_year, i == 0) for i, para in enumerate(paras)]
    plain = [reading[0] for reading in readings]
    found = [reading[1] for reading in readings]
    claimed = max((i for i, blocks in enumerate(found) if blocks), default=-1)  # the last paragraph with a clause
    body_after = bool(paras) and paras[0].first == head.no and (
        (clause_first and _body_after_clause(plain, found, claimed)) or _clause_closes_heading(plain, found, claimed))
    for i, (para, blocks) in enumerate(zip(paras, found, strict=True)):
        if units and not blocks and i > 0 and found[i - 1] and _BARE_DATE.match(plain[i].strip()):
            fields.append(parse_field(plain[i].strip().rstrip("。."), doc_year=doc_year))
            found[i] = found[i - 1]  # a second bare date line may follow: the clause still runs
            last = para.last
            continue
        if i > 0 and last_item and not blocks and _CLOSING_REQUEST.match(plain[i].strip()) and not _heading_only(texts):
            warnings.append(f"line {para.first}: a closing request after task {head.marker} is the notice's, "
                            "kept out of the task")
            break
        if units and not blocks and i > claimed and not body_after:
            warnings.append(f"line {para.first}: paragraph after task {head.marker} has no 责任单位 block; "
                            "kept out of the task as closing text")
            break
        for block in blocks:
            units += block.units
            fields += block.deadlines
            if block.inherit:
                inherited[:] = block.units
            warnings += [f"line {para.first}: {problem}" for problem in block.problems]
        text = readings[i][2]  # the paragraph without its blocks
        if text:
            texts.append(text)
        last = para.last
    text = "\n".join(texts)
    # the cached readings themselves: _not_in_fields makes a list of its own, and so does the Task of its targets
    prose = _not_in_fields(find_in_prose.shared(text, doc_year=doc_year), fields)
    units = units or list(inherited)
    return dict(number=head.number, path=path, section=section, title=_title(text), text=text,
                units=_dedupe(units), deadlines=_dedupe(fields + prose), lines=(head.no, last),
                targets=find_targets.shared(text), apart=_apart(plain, found, claimed)), last


# cached: a folder of plans repeats its paragraphs (a county copies its city's), so each distinct paragraph is read
# once per worker. The blocks are find_blocks' cached ones, shared (no copies for the collector to walk): build_task
# only reads them.
@lru()
def _reading(text: str, doc_year: int | None, first: bool) -> tuple[str, list[Block], str]:
    """A task's paragraph as build_task reads it: its text with plain labels, the 责任单位 blocks in it (a paragraph
    after the first may also be '以上工作由A牵头…', the items' clause above it), and its text without them."""
    plain = plain_labels(text)
    blocks = find_blocks.shared(plain, doc_year=doc_year) or ([] if first else _above_work(plain, doc_year))
    return plain, blocks, strip_blocks(plain, blocks)


def _apart(plain: list[str], found: list, claimed: int) -> bool:
    """The task's clause stands in a paragraph of its own after its text ('责任单位：X' on a line of its own), not
    closing a paragraph of prose under a heading line ('（五）执法检查' / '…。A会同B负责。', round BD): only such a clause
    may be its parent's (_parent_blocks)."""
    return claimed > 0 and not found[0] and not strip_blocks(plain[claimed], found[claimed]).strip()


# '以上工作由A、B牵头，C按职责抓好落实，2024年12月底前完成。': a paragraph of its own after the items, saying who does the
# work above it — the clause of the items before it (_parent_blocks gives it to each of them). Inside a task's paragraph
# the same words speak of other tasks (blocks._OTHER_WORK): only a paragraph that is nothing else is read so.
# Round BT: '以上两项任务均由A牵头' (a count of the items before 任务) too.
_ABOVE_WORK = re.compile(r"^(?:以上|上述)(?:各项|[一二两三四五六七八九十\d]{1,2}项)?(?:工作|任务|措施|事项)(?:均)?"
                         r"(?=由|[^，,；;。由]{2,40}?(?:牵头|负责))")  # '上述任务A牵头，B配合' (no 由) too
# Round BT: '本部分任务由A牵头，B、C配合。' on a line of its own under a section heading, before the section's items: the
# sentence names the section's work and who does it — the section's clause, as a '责任单位：' line there is (_section_clause).
# A sentence of roles naming no work ('各乡镇、各部门按职责分工负责。') stays a remark.
_SECTION_WORK = re.compile(r"^(?:本部分|此部分|该部分|本方面|本领域|以下)(?:各项)?(?:工作|任务|措施|事项)(?:均)?(?=由)")


def _above_work(text: str, doc_year: int | None, said: re.Pattern = _ABOVE_WORK) -> list[Block]:
    if not (m := said.match(text.strip())):
        return []
    blocks = find_blocks(text.strip()[m.end():], doc_year=doc_year)
    if len(blocks) != 1 or blocks[0].start != 0 or not blocks[0].units:
        return []
    return [Block(0, len(text), blocks[0].units, blocks[0].deadlines)]


def _not_in_fields(prose: list[Deadline], fields: list[Deadline]) -> list[Deadline]:
    """A prose date the 完成时限 already states ('2024年6月底前完成…' under '完成时限：2024年6月底前完成，…')
    is said once: kept only where no field point holds its words for the same day."""
    return [d for d in prose if not any(d.due == f.due and d.text in f.text for f in fields)]


def _section_title(rest: str) -> str:
    return rest.split("。", 1)[0] if "。" in rest else rest


def build(items: list[Item], doc_year: int | None, wrap: int | None = None) -> Built:
    """Walk the items with a stack of open sections; tasks hang under the innermost one."""
    built = Built()
    raw_tasks: list[dict] = []
    inherited: list[Unit] = []
    stack: list[tuple[int, dict]] = []  # (level, section dict with children)
    roots: list[dict] = []
    clause_first = sum(_clause_first(item) for item in items if item.is_task) >= 2
    last_task = next((item for item in reversed(items) if item.is_task), None)
    for item in items:
        if item.head is None:
            continue
        while stack and stack[-1][0] >= item.level:
            stack.pop()
        path = [s["marker"] for _, s in stack] + [item.head.marker]
        if item.is_task:
            section = stack[-1][1]["title"] if stack else None
            fields, last = build_task(item, path, section, doc_year, built.warnings, inherited, wrap, clause_first,
                                      last_item=item is last_task)
            _scope(fields, [s for _, s in stack])
            raw_tasks.append(fields)
            end = max(last, _last_line(item)) if stack else last
            for _, s in stack:  # a closing paragraph cut from the task still belongs to the section
                s["last"] = max(s["last"], end)
            if stack:
                stack[-1][1]["tasks"].append(len(raw_tasks) - 1)
            continue
        units, deadlines, rest = _section_clause(item, doc_year)
        node = dict(marker=item.head.marker, path=path, title=_section_title(rest),
                    first=item.head.no, last=_last_line(item), tasks=[], children=[], units=units, deadlines=deadlines)
        for _, s in stack:
            s["last"] = max(s["last"], node["last"])
        (stack[-1][1]["children"] if stack else roots).append(node)
        stack.append((item.level, node))
    built.warnings += _parent_blocks(raw_tasks)
    built.warnings += _named_items(raw_tasks, doc_year)
    ids = task_ids(raw_tasks)
    built.tasks = [Task(id=i, **{k: v for k, v in t.items() if k not in ("number", "apart")}) for i, t in zip(ids, raw_tasks, strict=True)]
    built.sections = [_section(node, ids) for node in roots]
    return built


def _section_clause(item: Item, doc_year: int | None) -> tuple[list[Unit], list[Deadline], str]:
    """'（一）加强耕地保护（责任单位：县自然资源局）' or a 责任单位 line under a section heading: the clause
    of a section, and its heading without it."""
    assert item.head is not None
    units: list[Unit] = []
    deadlines: list[Deadline] = []
    rest = item.head.rest
    below = [ln.text.strip() for ln in item.lines[1:] if ln.says]
    if _unclosed(rest) and (closing := _closed_within(rest, below)):  # '（牵头单位：…；配合单位：' / '区发改局…）'
        rest, below = rest + "".join(below[:closing]), below[closing:]
    for k, line in enumerate([rest, *_label_with_its_names(below)]):
        text, blocks = _section_line(line, doc_year, k == 0)
        for block in blocks:
            units += block.units
            deadlines += block.deadlines
        if k == 0 and blocks:
            rest = strip_blocks(text, blocks)
    if _BODY_HEADING.match(rest.strip()) and looks_like_body(rest.strip()):
        units = [*split_units(rest.strip()), *units]  # '一、市城市管理局' over its items: the work listed by unit
    return _dedupe(units), _dedupe(deadlines), rest


@lru()  # a folder of plans repeats its sections' lines; the blocks are shared: _section_clause only reads them
def _section_line(text: str, doc_year: int | None, first: bool) -> tuple[str, list[Block]]:
    """A section heading's text (`first`) or a line under it, labels made plain, and the 责任单位 blocks in it. A closing
    sentence of roles under a section heading ('各乡镇、各部门按职责分工负责。') speaks of the area's work in general:
    no clause its tasks take (a bracket or a label is); a line '本部分工作由A牵头…' under it is the section's clause."""
    plain = plain_labels(text)
    return plain, find_blocks.shared(plain, doc_year=doc_year, sentences=False) \
        or ([] if first else _above_work(plain, doc_year, _SECTION_WORK))


def _label_with_its_names(lines: list[str]) -> list[str]:
    """Round BZ: '责任单位：' alone on its line and '区司法局、区政府各部门' on the next (a PDF or a narrow cell broke
    them) are one label line; a label line under it stays its own."""
    joined: list[str] = []
    for text in lines:
        if joined and re.search(r"[：:]$", joined[-1]) and starts_with_label(joined[-1]) and not starts_with_label(text):
            joined[-1] += text
        else:
            joined.append(text)
    return joined


# '一、市城市管理局' / '三、市公安局（会同市交通运输局）' / '四、各区人民政府': a plan that lists its work by unit heads each
# section with the body's name alone (a level first, nothing else), and the items under it are that body's
_BODY_HEADING = re.compile(r"^(?:各|市|县|区|乡|镇|省|州|中共|共青团)[^，,。；;：:\s]{2,18}$")


def _scope(fields: dict, sections: list[dict]) -> None:
    """A task naming no units (or no deadline) takes those of the nearest section above it that names them."""
    for key in ("units", "deadlines"):
        if not fields[key]:
            fields[key] = next((list(s[key]) for s in reversed(sections) if s[key]), [])


def _parent_blocks(raw_tasks: list[dict]) -> list[str]:
    """'1.加强监管。' / '（1）开展检查。' / '（2）强化执法。' / '责任单位：X；完成时限：Y': a 责任单位 block after the
    last sub-item (on a line of its own, not closing that sub-item's sentence), when none of the sub-items before it
    names units, is the parent's: every sub-item gets its units and its 完成时限 (the block's field deadlines; a
    sub-item's own prose deadline stays beside them)."""
    warnings: list[str] = []
    start = 0
    while start < len(raw_tasks):
        parent = raw_tasks[start]["path"][:-1]
        end = start + 1
        while end < len(raw_tasks) and raw_tasks[end]["path"][:-1] == parent:
            end += 1
        group = raw_tasks[start:end]
        if parent and len(group) >= 2 and group[-1]["units"] and group[-1]["apart"] \
                and not any(t["units"] for t in group[:-1]):
            shared = [d for d in group[-1]["deadlines"] if d.source == "field"]
            for task in group[:-1]:
                task["units"] = list(group[-1]["units"])
                task["deadlines"] = _dedupe([*task["deadlines"], *shared])
            warnings.append(f"line {group[-1]['lines'][0]}: the 责任单位 after {group[-1]['path'][-1]} names none for "
                            f"the items before it; read as {parent[-1]}'s, for all {len(group)} of its items")
        start = end
    return warnings


# '第1至3项工作由A负责协调，B配合，年度内完成。' / '上述第四、五项工作由A负责，B配合。': a line inside a task's text that says
# who does the items it names by number — the clause of each of those items (at the level of the task holding it).
_NAMED_ITEMS = re.compile(r"^(?:上述|以上|前述)?第(?P<nums>[一二三四五六七八九十\d]{1,3}(?:(?:至|到|—|－|-|、|和|及)"
                          r"[一二三四五六七八九十\d]{1,3})+)(?:项|条)(?:工作|任务|措施)?(?:均)?(?=由)")


def _named_numbers(spec: str) -> set[int]:
    numbers: set[int] = set()
    for piece in re.split(r"[、和及]", spec):
        ends = [cn_to_int(p) for p in re.split(r"至|到|—|－|-", piece)]
        if None in ends or not 1 <= len(ends) <= 2:
            return set()
        numbers.update(range(ends[0], ends[-1] + 1))  # type: ignore[arg-type]
    return numbers


def _named_items(raw_tasks: list[dict], doc_year: int | None) -> list[str]:
    """Each item a '第N至M项工作由…' line names (two numbers or more, at the level of the task whose text holds the line)
    takes the line's units beside its own, and its time where the item has none for that day."""
    warnings: list[str] = []
    for task in raw_tasks:
        for line in task["text"].splitlines():
            if not (m := _NAMED_ITEMS.match(line.strip())) or not (numbers := _named_numbers(m.group("nums"))):
                continue
            blocks = find_blocks(line.strip()[m.end():], doc_year=doc_year)
            if len(blocks) != 1 or blocks[0].start != 0 or not blocks[0].units:
                continue
            named = [t for t in raw_tasks if t["path"][:-1] == task["path"][:-1] and t["number"] in numbers]
            for item in named:
                names = {u.name for u in item["units"]}
                item["units"] = [*item["units"], *(u for u in blocks[0].units if u.name not in names)]
                dues = {d.due for d in item["deadlines"]}
                item["deadlines"] = _dedupe([*item["deadlines"], *(d for d in blocks[0].deadlines if d.due not in dues)])
            warnings.append(f"line {task['lines'][0]}: '{line.strip()[:12]}…' gives its units to the items it names "
                            f"({len(named)} of them)")
    return warnings


def _last_line(item: Item) -> int:
    non_blank = [ln.no for ln in item.lines if ln.says]
    return non_blank[-1] if non_blank else item.head.no  # type: ignore[union-attr]


def _section(node: dict, ids: list[str]) -> Section:
    return Section(path=[_numeral(m) for m in node["path"]], marker=node["marker"], title=node["title"],
                   lines=(node["first"], node["last"]), tasks=[ids[i] for i in node["tasks"]],
                   children=[_section(child, ids) for child in node["children"]])


def _numeral(marker: str) -> str:
    return marker.strip("（）()、，．. ").lstrip("●•◆◇■□▲△▶►▪—－-")  # '●2' (an unnumbered item's place) -> '2'


def task_ids(tasks: list[dict]) -> list[str]:
    """Its number where numbers are unique, else the path below the levels all tasks share: '一.1'."""
    dotted = [_numeral(t["path"][-1]) for t in tasks]  # '2.1.1' numbers itself whole
    if all("." in d for d in dotted) and len(set(dotted)) == len(dotted):
        return dotted
    numbers = [str(t["number"]) for t in tasks]
    if len(set(numbers)) == len(numbers):
        return numbers
    paths = [[_numeral(m) for m in t["path"]] for t in tasks]
    common = 0
    while all(len(p) > common + 1 and p[common] == paths[0][common] for p in paths):
        common += 1
    ids = [".".join(p[common:]) for p in paths]
    return _distinct_ids(ids)


def _distinct_ids(ids: list[str]) -> list[str]:
    """Repeated numbers (1. 2. 2. 4.) still get distinct ids: the second 2 becomes '2#2'."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}#{seen[i]}")
    return out

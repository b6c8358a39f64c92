"""Layout variants of the seed circulars (issue 9): the same circular in the layouts other governments use.

Each variant is a pure function `Seed -> str` that renders a seed circular again in another layout — another
numbering family, another way of writing the 责任单位 clause, another table rendering, other line breaks, with
or without the 通知 wrapper or a 信息公开 block — while keeping every piece of information a human reader
needs. tests/test_layout_variants.py parses each rendering and asserts that the record comes out the same as
data/parsed/<seed>.json (tasks, ids, titles, texts modulo whitespace and punctuation width, units and roles,
deadlines, table rows, and the metadata the variant keeps). That is the harness that keeps the parser general.

A Seed is the raw text (data/raw/<name>.txt, split into lines, never edited) plus its parsed record
(data/parsed/<name>.json). The record says which raw lines are task headings, section headings and task
bodies (its `lines` fields are raw line numbers), so a transform can touch exactly those lines; everything
the transform must *read* in the text (a marker, a 责任单位 bracket and its fields) is read here with this
module's own small patterns, never with the parser's code, so the harness does not share the parser's bugs.

Honesty rules every transform keeps:
- no information is lost or invented: words stay in order, units keep their names and roles, deadlines
  their text; a shorthand (`市、县司法局`, `高新区、经开区管委会`) is never split by a separator that would
  change its meaning to a reader;
- hard wrapping behaves like a typeset page (GB/T 9704: 28 characters a line): it never starts a line with
  punctuation (避头尾), never splits a run of Latin letters or digits (2024), never starts a continuation with
  something that reads as a numbering marker, never ends a line inside a paragraph with a sentence end
  (。；！？, or ” after one) or with a colon outside brackets — a reader of plain text could take either for
  the end of the paragraph — and never wraps a heading line that has no sentence in it. It may break after
  '（责任单位：' (the open bracket tells any reader the line goes on) and inside a word (工 / 商局);
- a 责任单位 clause that a page break cut in two is joined back before it is restyled;
- a variant that would leave a seed unchanged is not generated for that seed (no test that cannot fail).

To add a variant:
1. write `def _my_variant(seed: Seed) -> str` (use the helpers: `seed.lines`, `seed.task_heads`,
   `seed.section_heads`, `seed.task_lines`, `restyle_clauses`, `remark`, `join`);
2. register it in VARIANTS with `Variant(name, family, render, applies=…, meta=…, meta_update=…)`:
   `applies` limits it to the seeds it makes sense for, `meta` names the metadata fields the rendering keeps
   (default: all), `meta_update` gives metadata the rendering adds (say a wrapper's 文号);
3. run `pytest tests/test_layout_variants.py`; for each seed it fails on *because of a parser bug*, add an
   entry to XFAIL in the test file with what breaks. A failure caused by the transform is a bug here.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("shangrao", "nanchang", "yandu", "tongling-jiaoqu", "shangrao-fazhi")
META = ("title", "issuer", "doc_number", "date", "region", "period", "basis")
WIDTH = 28  # characters per line of a GB/T 9704 page

_CN_DIGITS = "一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CN = "[一二三四五六七八九十]{1,3}"
# a heading line: optional markdown '#'s, the marker, the spacing after it
_HEAD = re.compile(rf"^(?P<pre>[#\s]*)(?P<marker>\d{{1,3}}[.．、]|[（(]\d{{1,3}}[）)]|[（(]{_CN}[）)]|{_CN}[、．.])"
                   r"(?P<space>\s*)")
_NOTE = re.compile(r"^[（(]此件.{0,12}[）)]$")
_OPENERS, _CLOSERS = "（(〔【[［", "）)〕】]］"
_UNIT_LABELS = {"牵头单位": "lead", "牵头部门": "lead", "责任单位": "responsible", "责任部门": "responsible",
                "配合单位": "support", "配合部门": "support", "参与单位": "support"}
_DEADLINE_LABELS = ("完成时限", "完成时间", "时限要求", "时间节点")
_LABEL = "|".join(sorted([*_UNIT_LABELS, *_DEADLINE_LABELS], key=len, reverse=True))
_CLAUSE_START = re.compile(rf"\s*(?:{_LABEL})\s*[：:]")
_FIELD = re.compile(rf"(?:^|(?<=[，,；;。\s]))(?P<label>{_LABEL})\s*[：:]")
_ROLE_WORDS = (("按职责分工负责", "responsible"), ("牵头", "lead"), ("负责", "responsible"), ("配合", "support"),
               ("参与", "support"))
# a name a reader takes as whole on its own (so '、' before the next name may become ','); '市' in '市、县司法局'
# or '高新区' in '高新区、经开区管委会' is not: it shares the ending of the name after it
_WHOLE_NAME = re.compile(r"(?:局|委|办|府|会|院|部门|单位|室|所|中心|处|厅|队|组|团|社|行|馆|站|司|部|署|等|各镇|街道)$")
_TRAILING_BRACKETS = re.compile(r"[（(〔][^（(〔]*[）)〕]$")
_SENTENCE_END = "。；！？;!?"
_NO_LINE_START = "，。、；：？！）〕】》」』”’,.;:?!)]%"
_NO_LINE_END = "（〔【《「『“‘(["
_MARKER_START = re.compile(rf"^(?:\d{{1,3}}[.．、]|[（(](?:\d{{1,3}}|{_CN})[）)]|{_CN}[、．.]|[{_CIRCLED}]|第)")


# --- seeds ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    name: str
    text: str
    record: dict

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def task_heads(self) -> dict[int, dict]:
        """0-based raw line index -> task record, for the line each task's heading is on."""
        return {t["lines"][0] - 1: t for t in self.record["tasks"]}

    @property
    def task_lines(self) -> set[int]:
        """0-based indexes of every line inside a task (heading to last line)."""
        return {i for t in self.record["tasks"] for i in range(t["lines"][0] - 1, t["lines"][1])}

    @property
    def section_heads(self) -> dict[int, int]:
        """0-based raw line index -> depth (0 for 一、, 1 for （一）…) of every section heading."""
        heads: dict[int, int] = {}

        def walk(sections: list[dict], depth: int) -> None:
            for s in sections:
                heads[s["lines"][0] - 1] = depth
                walk(s["children"], depth + 1)

        walk(self.record["sections"], 0)
        return heads

    @property
    def notice_end(self) -> int | None:
        """Index of the （此件…公开） line that closes the 通知 wrapper, or None without a wrapper."""
        return next((i for i, ln in enumerate(self.lines) if _NOTE.match(ln.strip())), None)


@cache
def load(name: str) -> Seed:
    text = (ROOT / "data" / "raw" / f"{name}.txt").read_text(encoding="utf-8")
    record = json.loads((ROOT / "data" / "parsed" / f"{name}.json").read_text(encoding="utf-8"))
    return Seed(name, text, record)


def join(lines: Iterable[str]) -> str:
    return "\n".join(lines)


# --- numbering ------------------------------------------------------------------------------------


def numeral_value(numeral: str) -> int | None:
    """'一' -> 1, '二十三' -> 23, '7' -> 7, '⑦' -> 7; None when it is none of these."""
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    if len(numeral) == 1 and numeral in _CIRCLED:
        return _CIRCLED.index(numeral) + 1
    if not re.fullmatch(r"[一二三四五六七八九十]{1,3}", numeral):
        return None
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return _CN_DIGITS.index(numeral) + 1 if len(numeral) == 1 else None
    return (_CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_CN_DIGITS.index(ones) + 1 if ones else 0)


def cn_numeral(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CN_DIGITS[tens - 1] + "十"
    return head + (_CN_DIGITS[ones - 1] if ones else "")


def _numeral_of(marker: str) -> int:
    value = numeral_value(marker.strip("（）()、．. "))
    assert value is not None, marker
    return value


def remark(seed: Seed, heads: Iterable[int], form: Callable[[int], str]) -> str:
    """The seed with the marker of each heading line in `heads` replaced by form(its number)."""
    lines = seed.lines
    for i in heads:
        m = _HEAD.match(lines[i])
        assert m, f"{seed.name}:{i + 1}: no marker on a heading line: {lines[i][:20]}"
        lines[i] = m.group("pre") + form(_numeral_of(m.group("marker"))) + m.group("space") + lines[i][m.end():]
    return join(lines)


def _depth_heads(seed: Seed, depth: int) -> list[int]:
    return [i for i, d in seed.section_heads.items() if d == depth]


def _task_marker(form: Callable[[int], str]) -> Callable[[Seed], str]:
    return lambda seed: remark(seed, seed.task_heads, form)


def _levels_shifted(seed: Seed) -> str:
    """一、/（一）/1. -> 一、/1./（1）: the second level takes the arabic family, the tasks go one deeper."""
    text = remark(seed, _depth_heads(seed, 1), lambda n: f"{n}.")
    return remark(Seed(seed.name, text, seed.record), seed.task_heads, lambda n: f"（{n}）")


def _section_bracket_width(seed: Seed) -> str:
    """（一） <-> (一) on the second level: the width the seed does not use."""
    heads = _depth_heads(seed, 1)
    half = any("(" in seed.lines[i] for i in heads)
    return remark(seed, heads, (lambda n: f"（{cn_numeral(n)}）") if half else (lambda n: f"({cn_numeral(n)})"))


def _title_own_line(seed: Seed, keep_title: bool) -> str:
    """'1. 着力提高政治能力。切实…' -> '1. 着力提高政治能力。' / '切实…' (keep_title), or the bare marker on its
    line: '1.' / '着力提高政治能力。切实…'. Only where the heading line starts with a short title sentence
    (at most 25 characters) and goes on with a body."""
    lines = seed.lines
    out: list[str] = []
    for i, line in enumerate(lines):
        m = _HEAD.match(line)
        head, _, body = line[m.end():].partition("。") if m and i in seed.task_heads else ("", "", "")
        if not body.strip() or len(head) > 25:
            out.append(line)
        elif keep_title:
            out += [line[: m.end()] + head + "。", body]
        else:
            out += [(m.group("pre") + m.group("marker")).rstrip(), head + "。" + body]
    return join(out)


def _tasks_run_together(seed: Seed) -> str:
    """A task heading run onto the end of the line before it, as PDF text often has: '…队伍。2. 开展…'."""
    heads = seed.task_heads
    out: list[str] = []
    for i, line in enumerate(seed.lines):
        previous = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
        if i in heads and i - 1 not in seed.section_heads and previous is not None and _after_task(seed, i):
            del out[previous + 1:]
            out[previous] += line.strip()
        else:
            out.append(line)
    return join(out)


def _after_task(seed: Seed, i: int) -> bool:
    """True when the last non-blank line before line i is inside a task (not a section heading)."""
    k = i - 1
    while k >= 0 and not seed.lines[k].strip():
        k -= 1
    return k in seed.task_lines


# --- 责任单位 clauses ------------------------------------------------------------------------------


@dataclass
class Clause:
    """What a 责任单位 bracket says: unit groups with their role (as written), then deadline texts."""

    units: list[tuple[str, str]] = field(default_factory=list)  # (role, 'A、B') in order
    deadlines: list[str] = field(default_factory=list)

    def by_role(self) -> list[tuple[str, list[str]]]:
        out: dict[str, list[str]] = {}
        for role, group in self.units:
            out.setdefault(role, []).append(group)
        return list(out.items())


def split_top(text: str, seps: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in text:
        depth += ch in _OPENERS
        depth = max(0, depth - (ch in _CLOSERS))
        if ch in seps and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _closing(text: str, start: int) -> int:
    """Index after the bracket that closes the one at `start` (any kind closes any kind, as yandu's 〔…]),
    or -1 when the line ends first (a page break cut the clause)."""
    depth = 0
    for i in range(start, len(text)):
        depth += text[i] in _OPENERS
        depth -= text[i] in _CLOSERS
        if depth == 0:
            return i + 1
    return -1


def find_clauses(line: str) -> list[tuple[int, int]]:
    """Spans of the labelled 责任单位 brackets in a line: '（责任单位：…；完成时限：…）'; an unclosed one
    runs to the end of the line with end -1."""
    spans, i = [], 0
    while i < len(line):
        if line[i] in _OPENERS and _CLAUSE_START.match(line, i + 1):
            end = _closing(line, i)
            spans.append((i, end))
            if end < 0:
                break
            i = end
        else:
            i += 1
    return spans


def _task_paragraph_lines(seed: Seed) -> list[tuple[str, bool]]:
    """(line, inside a task) for every line, a clause cut by a page break joined back onto one line."""
    lines, tasks = seed.lines, seed.task_lines
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        while i in tasks and (spans := find_clauses(line)) and spans[-1][1] < 0:
            i = next(k for k in range(i + 1, len(lines)) if lines[k].strip())
            line += lines[i].strip()
        out.append((line, i in tasks))
        i += 1
    return out


def read_clause(body: str) -> Clause:
    """'责任单位：A、B牵头，C负责；完成时限：X' -> Clause([('lead', 'A、B'), ('responsible', 'C')], ['X'])."""
    clause = Clause()
    starts = list(_FIELD.finditer(body))
    assert starts, body
    for k, m in enumerate(starts):
        value = body[m.end(): starts[k + 1].start() if k + 1 < len(starts) else len(body)].strip(" ，,；;。")
        label = m.group("label")
        if label in _DEADLINE_LABELS:
            clause.deadlines.append(value)
            continue
        for group in split_top(value, "，,；;"):
            clause.units.append(_group_role(group, _UNIT_LABELS[label]))
    return clause


def _group_role(group: str, default: str) -> tuple[str, str]:
    for word, role in _ROLE_WORDS:
        if group.endswith(word) and len(group) > len(word):
            return role, group[: -len(word)]
    return default, group


_LABEL_OF = {"lead": "牵头单位", "responsible": "责任单位", "support": "配合单位"}
_ROLE_WORD = {"lead": "牵头", "responsible": "负责", "support": "配合"}
_HALF = str.maketrans("（）：；，", "():;,")


def _comma_items(group: str) -> str:
    """'A、B、C' -> 'A,B,C' where each name stands alone; '市、县司法局' keeps its 、 (a comma would split it)."""
    items = split_top(group, "、")
    out = items[0]
    for before, item in zip(items, items[1:], strict=False):
        out += ("," if _WHOLE_NAME.search(_TRAILING_BRACKETS.sub("", before)) else "、") + item
    return out


def labelled(clause: Clause, *, brackets: str = "（）", half: bool = False, deadline_label: str = "完成时限",
             field_sep: str = "；", group_sep: str = "，") -> str:
    fields = [_LABEL_OF[role] + "：" + group_sep.join(groups) for role, groups in clause.by_role()]
    fields += [f"{deadline_label}：{d}" for d in clause.deadlines]
    body = field_sep.join(fields)
    if half:
        body = _half_units(body)
    return brackets[0] + body + brackets[1]


def _half_units(body: str) -> str:
    """Half-width punctuation and ',' between whole names: '牵头单位:A,B;责任单位:各县(市、区)人民政府'."""
    return body.translate(_HALF)


def _square_half(clause: Clause) -> str:
    groups = Clause([(r, _comma_items(g)) for r, g in clause.units], clause.deadlines)
    return labelled(groups, brackets="[]", half=True)


def _all_comma(clause: Clause) -> str:
    groups = Clause([(r, _comma_items(g)) for r, g in clause.units], clause.deadlines)
    return labelled(groups, brackets="()", half=True, deadline_label="完成时间", field_sep="，")


def _role_words(clause: Clause) -> str:
    """（A、B牵头，C按职责分工负责，D配合；完成时限：X）: no unit label, a role word after each group."""
    parts = []
    for role, groups in clause.by_role():
        word = "按职责分工负责" if role == "responsible" and len(clause.by_role()) > 1 else _ROLE_WORD[role]
        parts.append("、".join(groups) + word)
    body = "，".join(parts) + "".join(f"；完成时限：{d}" for d in clause.deadlines)
    return f"（{body}）"


def _label_line(clause: Clause) -> list[str]:
    return [labelled(clause, brackets="  ").strip() + "。"]


def _label_lines(clause: Clause) -> list[str]:
    fields = [_LABEL_OF[role] + "：" + "，".join(groups) for role, groups in clause.by_role()]
    return fields + [f"完成时限：{d}" for d in clause.deadlines]


def restyle_clauses(seed: Seed, inline: Callable[[Clause], str] | None = None,
                    after: Callable[[Clause], list[str]] | None = None) -> str:
    """Every 责任单位 bracket inside a task rewritten inline (`inline`), or moved to lines of its own after
    the text before it (`after`): '…统一。（责任单位：A）下段。' -> '…统一。' / '责任单位：A。' / '下段。'.
    A clause a page break cut in two is first joined back (its halves could not be restyled apart)."""
    out: list[str] = []
    for line, in_task in _task_paragraph_lines(seed):
        spans = find_clauses(line) if in_task else []
        if not spans:
            out.append(line)
            continue
        pieces, position = [], 0
        for start, end in spans:
            pieces.append(line[position:start])
            pieces.append(read_clause(line[start + 1: end - 1]))
            position = end
        pieces.append(line[position:])
        out.extend(_render_pieces(pieces, inline, after))
    return join(out)


def _render_pieces(pieces: list, inline, after) -> list[str]:
    """pieces alternate text, Clause, text, …; inline: one line; after: each clause on lines of its own."""
    if inline is not None:
        return ["".join(p if isinstance(p, str) else inline(p) for p in pieces)]
    lines: list[str] = []
    for k, piece in enumerate(pieces):
        if isinstance(piece, Clause):
            lines.extend(after(piece))
            continue
        text = piece[len(_stop(piece)):] if k else piece  # a 。 right after a clause went to the text before it
        if k + 2 < len(pieces) and not _stop(text[-1:]):
            text += _stop(pieces[k + 2])  # '…线索（责任单位：…）。': the 。 stays with its sentence
        if text.strip():
            lines.append(text)
    return lines


def _stop(text: str) -> str:
    return text[0] if text[:1] and text[0] in "。；" else ""


# --- tables ---------------------------------------------------------------------------------------


def _is_header(cells: list[str]) -> bool:
    return any("责任单位" in c for c in cells) and not any(re.match(r"^\d{1,3}[.．、]", c) for c in cells)


def _table(seed: Seed, row: Callable[[list[str]], list[str]]) -> str:
    out: list[str] = []
    for line in seed.lines:
        out.extend(row([c.strip() for c in line.split("\t")]) if "\t" in line else [line])
    return join(out)


def _pipes(cells: list[str]) -> list[str]:
    line = "| " + " | ".join(cells) + " |"
    return [line, "|" + "---|" * len(cells)] if _is_header(cells) else [line]


def _cell_lines(cells: list[str]) -> list[str]:
    return [c for c in cells if c]


# --- lines ----------------------------------------------------------------------------------------


def _is_paragraph(line: str) -> bool:
    """A line a typeset page would wrap: it holds a sentence (a bare heading or title never wraps)."""
    text = line.strip()
    return "\t" not in line and ("。" in text or "；" in text or text.endswith(("：", ":")))


def wrap(line: str, width: int = WIDTH) -> list[str]:
    """Hard-wrap a paragraph line as a page would, keeping each break unambiguous (see the module doc)."""
    text = line.strip()
    if len(text) <= width or not _is_paragraph(line):
        return [line]
    out, start = [], 0
    while len(text) - start > width:
        cut = start + width
        while cut < len(text) and not _fair_break(text, cut):
            cut += 1
        out.append(text[start:cut])
        start = cut
    if start < len(text):
        out.append(text[start:])
    return out


def _fair_break(text: str, cut: int) -> bool:
    """May a page break the line before text[cut]? Not before punctuation or after an opening one (避头尾),
    not inside a run of Latin letters and digits ('2024', 'DB32/T4181-2021'), not after a sentence end or a
    colon outside brackets, nor before anything that reads as a numbering marker: a reader of the plain
    text could take any of those for the end of a paragraph or the start of a new item."""
    before, after = text[cut - 1], text[cut]
    if after in _NO_LINE_START or before in _NO_LINE_END or _MARKER_START.match(text[cut:]):
        return False
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return False
    if before in _SENTENCE_END or (before in "”’" and text[cut - 2] in _SENTENCE_END):
        return False
    return not (before in "：:" and _depth(text[:cut]) == 0)


def _depth(text: str) -> int:
    depth = 0
    for ch in text:
        depth = max(0, depth + (ch in _OPENERS) - (ch in _CLOSERS))
    return depth


def _hard_wrapped(seed: Seed) -> str:
    return join(part for line in seed.lines for part in wrap(line))


def _no_blank_lines(seed: Seed) -> str:
    return join(line for line in seed.lines if line.strip())


def _blank_lines_everywhere(seed: Seed) -> str:
    return join(part for line in seed.lines if line.strip() for part in (line, ""))


def _pdf_like(seed: Seed) -> str:
    return _hard_wrapped(Seed(seed.name, _no_blank_lines(seed), seed.record))


_TO_HALF = str.maketrans("，：；（）！？", ",:;()!?")


def _halfwidth_punct(seed: Seed) -> str:
    return seed.text.translate(_TO_HALF)


# --- parts ----------------------------------------------------------------------------------------


def _without_notice(seed: Seed) -> str:
    end = seed.notice_end
    assert end is not None
    return join(seed.lines[end + 1:]).lstrip("\n")


# a wrapper for the seeds printed without one; made-up values, consistent with the seed's region
WRAPPERS = {
    "yandu": dict(issuer="盐城市盐都区人民政府办公室", doc_number="都政办发〔2024〕21号", date="2024-03-29",
                  to="各镇人民政府（区管委会、街道办事处），区各委、办、局，区各直属单位："),
}


def _with_notice(seed: Seed) -> str:
    w = WRAPPERS[seed.name]
    title = seed.record["title"]
    y, m, d = (int(x) for x in w["date"].split("-"))
    wrapper = [w["issuer"], "", w["doc_number"], "", f"{w['issuer']}关于印发{title}的通知", "", w["to"], "",
               f"《{title}》已经区政府同意，现印发给你们，请认真贯彻落实。", "", w["issuer"], f"{y}年{m}月{d}日", "",
               "（此件公开发布）", ""]
    return join([*wrapper, *seed.lines])


def _info_values(seed: Seed) -> list[tuple[str, str]]:
    """The 信息公开 table a government site prints above the text; 发布日期 is not the 成文日期."""
    r = seed.record
    published = date.fromisoformat(r["date"]) + timedelta(days=3) if r["date"] else date(2024, 7, 1)
    pairs = [("索引号", f"11360000MB1{zlib.crc32(seed.name.encode()) % 10**6:06d}/2024-00{len(seed.name)}"),
             ("主题分类", "政务公开\\其他")]
    pairs += [("发布机构", r["issuer"])] if r["issuer"] else []
    pairs += [("发文字号", r["doc_number"])] if r["doc_number"] else []
    pairs += [("成文日期", r["date"])] if r["date"] else []
    return [*pairs, ("发布日期", published.isoformat()), ("名称", r["title"])]


def _info_block(seed: Seed) -> str:
    return join([*(f"{k}：{v}" for k, v in _info_values(seed)), "", *seed.lines])


def _info_block_two_lines(seed: Seed) -> str:
    return join([*(part for k, v in _info_values(seed) for part in (k, v)), "", *seed.lines])


# --- the registry ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    name: str
    family: str
    render: Callable[[Seed], str]
    applies: Callable[[Seed], bool] = lambda seed: True
    meta: tuple[str, ...] = META  # the metadata fields this rendering keeps
    meta_update: Callable[[Seed], dict] = lambda seed: {}


def _has_clauses(seed: Seed) -> bool:
    return any(find_clauses(line) for line, in_task in _task_paragraph_lines(seed) if in_task)


def _small_numbers(seed: Seed) -> bool:
    return all(_numeral_of(_HEAD.match(seed.lines[i]).group("marker")) <= len(_CIRCLED)  # type: ignore[union-attr]
               for i in seed.task_heads)


def _wrapped_meta(seed: Seed) -> dict:
    w = WRAPPERS[seed.name]
    return {"issuer": w["issuer"], "doc_number": w["doc_number"], "date": w["date"]}


VARIANTS: list[Variant] = [
    Variant("identity", "control", lambda seed: seed.text),
    # numbering: each level in another family
    Variant("task_dunhao", "numbering", _task_marker(lambda n: f"{n}、")),
    Variant("task_fullwidth_dot", "numbering", _task_marker(lambda n: f"{n}．")),
    Variant("task_paren", "numbering", _task_marker(lambda n: f"（{n}）")),
    Variant("task_paren_half", "numbering", _task_marker(lambda n: f"({n})")),
    Variant("task_circled", "numbering", _task_marker(lambda n: _CIRCLED[n - 1]), applies=_small_numbers),
    Variant("section_bracket_width", "numbering", _section_bracket_width),
    Variant("task_title_own_line", "numbering", lambda s: _title_own_line(s, keep_title=True)),
    Variant("task_marker_own_line", "numbering", lambda s: _title_own_line(s, keep_title=False)),
    Variant("levels_shifted", "numbering", _levels_shifted),
    # the 责任单位 clause
    Variant("unit_paren", "units", lambda s: restyle_clauses(s, inline=labelled), applies=_has_clauses),
    Variant("unit_tortoise", "units", lambda s: restyle_clauses(s, inline=lambda c: labelled(c, brackets="〔〕")),
            applies=_has_clauses),
    Variant("unit_lenticular", "units", lambda s: restyle_clauses(s, inline=lambda c: labelled(c, brackets="【】")),
            applies=_has_clauses),
    Variant("unit_square_half", "units", lambda s: restyle_clauses(s, inline=_square_half), applies=_has_clauses),
    Variant("unit_all_comma", "units", lambda s: restyle_clauses(s, inline=_all_comma), applies=_has_clauses),
    Variant("unit_role_words", "units", lambda s: restyle_clauses(s, inline=_role_words), applies=_has_clauses),
    Variant("unit_line_after", "units", lambda s: restyle_clauses(s, after=_label_line), applies=_has_clauses),
    Variant("unit_label_lines", "units", lambda s: restyle_clauses(s, after=_label_lines), applies=_has_clauses),
    # the task table
    Variant("table_pipes", "table", lambda s: _table(s, _pipes), applies=lambda s: "\t" in s.text),
    Variant("table_cell_lines", "table", lambda s: _table(s, _cell_lines), applies=lambda s: "\t" in s.text),
    # lines
    Variant("no_blank_lines", "lines", _no_blank_lines),
    Variant("blank_lines_everywhere", "lines", _blank_lines_everywhere),
    Variant("hard_wrapped", "lines", _hard_wrapped),
    Variant("pdf_like", "lines", _pdf_like),
    Variant("tasks_run_together", "lines", _tasks_run_together),
    Variant("crlf", "lines", lambda seed: seed.text.replace("\n", "\r\n")),
    Variant("halfwidth_punct", "lines", _halfwidth_punct),
    # parts
    Variant("without_notice", "parts", _without_notice, applies=lambda s: s.notice_end is not None,
            meta=("title", "period", "basis")),
    Variant("with_notice", "parts", _with_notice, applies=lambda s: s.name in WRAPPERS,
            meta=META, meta_update=_wrapped_meta),
    Variant("info_block", "parts", _info_block),
    Variant("info_block_two_lines", "parts", _info_block_two_lines),
]
BY_NAME = {v.name: v for v in VARIANTS}


def cases() -> list[tuple[str, str]]:
    """(seed, variant) for every variant that applies to the seed and changes its text."""
    return [(name, v.name) for name in SEEDS for v in VARIANTS
            if v.applies(load(name)) and (v.family == "control" or render(name, v.name) != load(name).text)]


@cache
def render(name: str, variant: str) -> str:
    return BY_NAME[variant].render(load(name))


# --- what must come out the same ------------------------------------------------------------------

_FOLD = str.maketrans(",:;()!?", "，：；（）！？")


def fold(text: str | None) -> str | None:
    """Compare text modulo whitespace and punctuation width."""
    return None if text is None else re.sub(r"\s+", "", text).translate(_FOLD)


def task_id(value: str | None) -> str | None:
    """'一.1' and '1.1' are the same task: numerals compared by value, whatever family spelled them."""
    if value is None:
        return None
    head, sep, dup = value.partition("#")
    parts = [str(numeral_value(p) or p) for p in head.split(".")]  # '①' -> '1' too
    return ".".join(parts) + sep + dup


def _units(units: list[dict]) -> list[tuple[str, str]]:
    return sorted((fold(u["name"]), u["role"]) for u in units)


def _deadlines(deadlines: list[dict]) -> list[tuple[str, str]]:
    return sorted((fold(d["text"]), d["kind"]) for d in deadlines)


def view(record: dict, meta: Iterable[str] = META) -> dict:
    """The part of a record that must not depend on the layout."""
    tasks = [dict(id=task_id(t["id"]), section=fold(t["section"]), title=fold(t["title"]), text=fold(t["text"]),
                  units=_units(t["units"]), deadlines=_deadlines(t["deadlines"]), rows=t["rows"])
             for t in record["tasks"]]
    rows = [dict(number=r["number"], task=task_id(r["task"]), text=fold(r["text"]), units=_units(r["units"]),
                 deadlines=_deadlines(r["deadlines"])) for r in record["table"]]
    return {"tasks": tasks, "table": rows, "meta": {k: record[k] for k in meta}}


def expected(name: str, variant: str) -> dict:
    v = BY_NAME[variant]
    out = view(load(name).record, v.meta)
    out["meta"].update(v.meta_update(load(name)))
    return out


def same_region(expected_region: str | None, actual: str | None) -> bool:
    """A region may be named with or without its parent: 盐都区 ~ 盐城市盐都区."""
    if expected_region is None or actual is None:
        return expected_region == actual
    return actual.endswith(expected_region) or expected_region.endswith(actual)


def difference(want: dict, got: dict) -> str:
    """The first few ways `got` differs from `want`, one line each; '' when they agree."""
    out: list[str] = []
    if len(got["tasks"]) != len(want["tasks"]):
        out.append(f"{len(got['tasks'])} tasks, want {len(want['tasks'])}: "
                   f"ids {[t['id'] for t in got['tasks']][:12]}… want {[t['id'] for t in want['tasks']][:12]}…")
    for w, g in zip(want["tasks"], got["tasks"], strict=False):
        for key in w:
            if w[key] != g[key]:
                out.append(f"task {w['id']}: {key} {_short(g[key])} want {_short(w[key])}")
    if len(got["table"]) != len(want["table"]):
        out.append(f"{len(got['table'])} table rows, want {len(want['table'])}")
    for w, g in zip(want["table"], got["table"], strict=False):
        for key in w:
            if w[key] != g[key]:
                out.append(f"row {w['number']}: {key} {_short(g[key])} want {_short(w[key])}")
    for key, value in want["meta"].items():
        found = got["meta"].get(key)
        ok = same_region(value, found) if key == "region" else value == found
        if not ok:
            out.append(f"meta {key}: {found!r} want {value!r}")
    return "\n".join(out[:12] + ([f"… {len(out) - 12} more"] if len(out) > 12 else []))


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 90 else text[:87] + "…"

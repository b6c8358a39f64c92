"""blocks: find the （责任单位：…；完成时限：…） parentheses in a paragraph and read their fields.

Notations seen: `(责任单位:…;完成时限:…)`, `〔责任单位：…〕`, `（责任单位：…，配合单位：…）`,
`（牵头单位：…；配合单位：…）`, a bracket closed by the wrong kind (`〔…]`), or never closed; label-less
`（A牵头，B按职责分工负责）`; and `下同` in a block, which hands its units on to the tasks after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Deadline, Role, Unit
from .deadlines import parse_field
from .units import CLOSE, OPEN, split_top, split_units

# label -> what it holds: a unit role, or "deadline".
LABELS: dict[str, str] = {
    "牵头单位": "lead", "牵头部门": "lead",
    "责任单位": "responsible", "责任部门": "responsible", "主责单位": "responsible", "实施单位": "responsible",
    "配合单位": "support", "配合部门": "support", "协办单位": "support", "参与单位": "support",
    "完成时限": "deadline", "完成时间": "deadline", "时间节点": "deadline", "时限要求": "deadline",
}
_LABEL = "|".join(sorted(LABELS, key=len, reverse=True))
_BLOCK_START = re.compile(rf"[{re.escape(OPEN)}]\s*(?:{_LABEL})\s*[：:]")
_FIELD = re.compile(rf"(?:^|(?<=[，,；;\s]))(?P<label>{_LABEL})\s*[：:]")
_BARE_LINE = re.compile(rf"^(?:{_LABEL})\s*[：:]")
# （A牵头，B按职责分工负责）: no label, but every part ends with a role word.
_ROLE_PART = re.compile(r"(?:牵头|负责|配合|参与)$")
_INHERIT_ANY = re.compile(r"[，,；;]?\s*(?:下同|以下同)\s*(?=$|[，,；;])")


@dataclass
class Block:
    start: int
    end: int
    units: list[Unit] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    inherit: bool = False  # '下同': the units hold for the following tasks too


def _close(text: str, start: int) -> tuple[int, bool]:
    """Index after the bracket closing the one at `start`, and whether it was closed at all."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] in OPEN:
            depth += 1
        elif text[i] in CLOSE:
            depth -= 1
            if depth == 0:
                return i + 1, True
    return len(text), False


def read_fields(body: str, *, doc_year: int | None) -> Block:
    """'责任单位：A、B；完成时限：2024年6月' -> units and deadlines of one block."""
    block = Block(0, len(body))
    body, count = _INHERIT_ANY.subn("", body)
    block.inherit = count > 0
    starts = [m for m in _FIELD.finditer(body)]
    if not starts:
        block.units = split_units(body)
        return block
    for i, m in enumerate(starts):
        value = body[m.end(): starts[i + 1].start() if i + 1 < len(starts) else len(body)]
        value = value.strip().strip("，,；;。 ")
        kind = LABELS[m.group("label")]
        if not value:
            continue
        if kind == "deadline":
            block.deadlines.extend(parse_field(part, doc_year=doc_year) for part in split_top(value, "；;"))
        else:
            block.units.extend(split_units(value, role=_role(kind)))
    return block


def _role(kind: str) -> Role:
    return kind  # type: ignore[return-value]


def find_blocks(text: str, *, doc_year: int | None) -> list[Block]:
    """Every labelled block in a paragraph; a paragraph that is itself 'label：…' is one block."""
    if _BARE_LINE.match(text):
        block = read_fields(text, doc_year=doc_year)
        return [Block(0, len(text), block.units, block.deadlines)]
    blocks = []
    position = 0
    while m := _BLOCK_START.search(text, position):
        end, closed = _close(text, m.start())
        block = read_fields(text[m.start() + 1: end - 1 if closed else end], doc_year=doc_year)
        block.start, block.end = m.start(), end
        if not closed:
            block.problems.append("unclosed bracket around the 责任单位 block")
        elif OPEN.index(text[m.start()]) != CLOSE.index(text[end - 1]):
            block.problems.append(f"bracket {text[m.start()]} closed by {text[end - 1]}")
        blocks.append(block)
        position = end
    return blocks or _role_blocks(text)


def _role_blocks(text: str) -> list[Block]:
    """Label-less '（市司法局牵头，各县（市、区）人民政府按职责分工负责）' at the end of a paragraph."""
    blocks = []
    position = 0
    while (start := _next_open(text, position)) >= 0:
        end, closed = _close(text, start)
        body = text[start + 1: end - 1]
        parts = split_top(body, "，,；;")
        if closed and "牵头" in body and all(_ROLE_PART.search(part) for part in parts):
            blocks.append(Block(start, end, units=split_units(body)))
        position = end
    return blocks


def _next_open(text: str, position: int) -> int:
    found = [i for i in (text.find(ch, position) for ch in "（(〔") if i >= 0]
    return min(found) if found else -1


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
    return re.sub(r"^[。；;，,\s]+$", "", text.strip())

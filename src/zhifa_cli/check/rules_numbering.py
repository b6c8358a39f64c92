"""Numbering rules: per part and per level, numbers run 1, 2, 3 … without gaps or repeats, and the
marker families nest in the conventional order 一、 → （一） → 1. → （1） → ①.

A level under a new parent may restart at 1 (盐都: each （一）…（六） restarts its tasks) or continue
(上饶: tasks 1.–23. run on across （一）…（六）); both are accepted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..parse.numerals import circled, cn_numeral
from .context import Context
from .outline import PARTS, RANK, Heading, headings, headings_in, headings_of, table_headings
from .registry import Hit, rule

_ORDER = "一、 → （一） → 1. → （1） → ①"


@dataclass(frozen=True)
class Node:
    heading: Heading
    level: int
    parent: Node | None

    @property
    def group(self) -> object:
        if self.heading.part == "table":
            return self.heading.group
        return self.parent.heading.line if self.parent else None


def numbered(h: Heading, n: int) -> str:
    """The marker `h` would have with number n, in the same style: （三） → （四）, 2、 → 3、."""
    numeral = h.marker.strip("（）()、，．. ")
    if h.family in ("cn", "paren_cn", "chapter", "article"):
        new = cn_numeral(n)
    elif h.family == "circled":
        new = circled(n)
    else:
        new = str(n)
    return h.marker.replace(numeral, new, 1)


def tree(part: list[Heading]) -> list[Node]:
    """Levels by first appearance of each family, parents by a stack. (The parser ranks families by the
    conventional order instead, parse.lines.RANK; ZF005 reports where a text nests against that order.)"""
    if part and part[0].part == "table":
        return [Node(h, 0, None) for h in part]
    levels: dict[str, int] = {}
    stack: list[Node] = []
    nodes = []
    for h in part:
        level = levels.setdefault(h.family, len(levels))
        while stack and stack[-1].level >= level:
            stack.pop()
        node = Node(h, level, stack[-1] if stack else None)
        nodes.append(node)
        stack.append(node)
    return nodes


def parts(ctx: Context) -> list[list[Heading]]:
    found = (headings_in(ctx.parts) if ctx.parts is not None else headings(ctx.text) if ctx.text is not None
             else headings_of(ctx.doc) if ctx.doc else [])
    out = [[h for h in found if h.part == name] for name in PARTS]
    if ctx.doc is not None:
        out.append(table_headings(ctx.doc))
    return [p for p in out if p]


def _where(h: Heading) -> str:
    return f" in the 任务分解表 (line {h.line})" if h.part == "table" else f" (line {h.line})"


def sequence(nodes: list[Node]) -> Iterator[tuple[str, Node, str]]:
    """('gap' | 'repeat', node, message) for each number that breaks its level's count."""
    last: dict[int, Node] = {}
    for node in nodes:
        h, prev = node.heading, last.get(node.level)
        last[node.level] = node
        if prev is None:
            if h.number != 1:
                yield "gap", node, f"numbering starts at {h.marker}; expected {numbered(h, 1)}"
            continue
        after = f"{h.marker} follows {prev.heading.marker}{_where(prev.heading)}"
        following = numbered(h, prev.heading.number + 1)
        if prev.group == node.group:
            if h.number > prev.heading.number + 1:
                yield "gap", node, f"numbering gap: {after}; expected {following}"
            elif h.number <= prev.heading.number:
                yield "repeat", node, f"number repeated or out of order: {after}; expected {following}"
        elif h.number not in (1, prev.heading.number + 1):
            kind = "gap" if h.number > prev.heading.number + 1 else "repeat"
            yield kind, node, (f"{after} under a new heading; expected {numbered(h, 1)} (restart) "
                               f"or {following} (continue)")


def _hits(ctx: Context, kind: str) -> Iterator[Hit]:
    for part in parts(ctx):
        for found, node, message in sequence(tree(part)):
            if found == kind:
                yield _hit(ctx, node.heading, message)


def _hit(ctx: Context, h: Heading, message: str) -> Hit:
    task = h.group if h.part == "table" else (t.id if (t := ctx.task_at(h.line)) else None)
    return Hit(h.line, message, task=task, needle=h.marker)


@rule("ZF003", "numbering-gap", "error",
      "A number is skipped at one level of the numbering, within one part of the circular.",
      "（一）… （三）…: （二） is missing; 1. 2. 4.: 3. is missing")
def numbering_gap(ctx: Context) -> Iterator[Hit]:
    yield from _hits(ctx, "gap")


@rule("ZF004", "numbering-repeat", "error",
      "A number is used twice, or goes backwards, at one level of the numbering.",
      "1. 2. 2. 4.: the second 2. should be 3.")
def numbering_repeat(ctx: Context) -> Iterator[Hit]:
    yield from _hits(ctx, "repeat")


@rule("ZF005", "numbering-level", "error",
      f"Marker families nest out of the conventional order {_ORDER}.",
      "1. 提升政治能力 followed by （一）具体措施 under it: （一） ranks above 1.")
def numbering_level(ctx: Context) -> Iterator[Hit]:
    for part in parts(ctx):
        seen: set[tuple[str, str]] = set()
        for node in tree(part):
            parent = node.parent
            if parent is None or RANK[node.heading.family] > RANK[parent.heading.family]:
                continue
            pair = (parent.heading.family, node.heading.family)
            if pair not in seen:
                seen.add(pair)
                yield _hit(ctx, node.heading, f"level out of order: {node.heading.marker} sits under "
                           f"{parent.heading.marker}{_where(parent.heading)}; expected the order {_ORDER}")

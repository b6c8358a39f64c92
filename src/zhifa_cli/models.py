"""The records zhifa produces: pydantic models only, no behaviour beyond validation and writing themselves
as JSON (Record.json_text). corpus/records.py holds the corpus commands' records, on the same Record base.

Glossary: Document 文件, Section 部分, Task 任务, Unit 责任单位 (lead 牵头 / responsible 责任 /
support 配合), Deadline 完成时限, Target 量化指标, TableRow 任务分解表的一行.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["lead", "responsible", "support"]
DeadlineKind = Literal["by_date", "recurring", "ongoing", "in_period", "unknown"]
Comparator = Literal["≥", "≤", ">", "=", "range"]
TargetKind = Literal["level", "increase", "decrease"]
Lines = tuple[int, int]


class Record(BaseModel):
    """The base of every record zhifa produces (here and in corpus/records.py): frozen, no unknown fields,
    written as JSON with the Chinese left unescaped."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def json_text(self, *, indent: int | None = 2) -> str:
        """The record as JSON text ending in a newline; Chinese as itself, never \\uXXXX."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent) + "\n"


class Source(Record):
    path: str
    sha256: str
    encoding: str
    format: str = "text"
    fixes: list[str] = Field(default_factory=list, description="normalisation fixers that changed the text")
    parser: str = Field(description="parser version that produced the record")


class Period(Record):
    start: int
    end: int


class Unit(Record):
    name: str = Field(description="canonical name (abbreviations expanded, brackets full-width)")
    raw: str = Field(description="as written")
    role: Role


class Deadline(Record):
    text: str = Field(description="as written")
    kind: DeadlineKind
    due: dt.date | None = None
    ongoing: bool = False
    every: str | None = Field(None, description="for recurring deadlines: --MM-DD of each year")
    inferred: bool = Field(False, description="year taken from the document, not the text")
    source: Literal["field", "prose"]


class Target(Record):
    """A number the plan commits to (量化指标): '每人每年接受不少于60学时' -> 学时 ≥ 60 学时, 每人每年."""

    measure: str = Field(description="what is measured, as the text names it (覆盖率, 网上可办率, 用水总量); "
                                     "else named after the unit (学时, 次数, 工作日, 比例 for %)")
    text: str = Field(description="as written: the span of the task text")
    comparator: Comparator = Field(description="≥ 不少于/至少/达到/以上 · ≤ 不超过/以内/控制在/压减至/…内 · "
                                               "> 超过 · = a plain figure (每年组织一次, 增长11%) · range 5—10")
    value: int | float = Field(description="the figure (the low end of a range), in `unit`")
    high: int | float | None = Field(None, description="the high end of a range, else null")
    unit: str = Field(description="as written: 学时, %, 次, 个, 个工作日, 亿元, 亿立方米, 个百分点 …")
    kind: TargetKind = Field("level", description="level: a level to reach or keep; increase / decrease: a "
                                                  "change against a baseline (增长11%, 下降24%, 压减50%)")
    period: str | None = Field(None, description="per what (每年 for 每年/每年度, 每人每年, 每季度, 每月, 年均, "
                                                 "任期内 …), null when none is said")
    span: tuple[int, int] = Field(description="character offsets [start, end) of `text` in Task.text")


class Section(Record):
    path: list[str]
    marker: str
    title: str
    lines: Lines
    tasks: list[str] = Field(default_factory=list)
    children: list[Section] = Field(default_factory=list)


class Task(Record):
    id: str
    path: list[str]
    section: str | None
    title: str
    text: str
    units: list[Unit]
    deadlines: list[Deadline]
    lines: Lines
    rows: list[int] = Field(default_factory=list, description="numbers of the table rows detailing it")
    targets: list[Target] = Field(default_factory=list, description="numeric targets in its text, in order")


class TableRow(Record):
    number: int
    task: str | None
    text: str
    units: list[Unit]
    deadlines: list[Deadline]
    lines: Lines


class Document(Record):
    id: str
    source: Source
    title: str | None
    issuer: str | None
    doc_number: str | None
    date: dt.date | None
    region: str | None
    region_from: str | None = Field(None, description="how the region was found")
    period: Period | None
    basis: list[str]
    sections: list[Section]
    tasks: list[Task]
    table: list[TableRow]
    warnings: list[str]


# --- compare records (zhifa diff) ---

DiffOp = Literal["equal", "insert", "delete"]
DeadlineShift = Literal["earlier", "later", "became-ongoing", "no-longer-ongoing", "removed", "added", "changed"]
TargetShift = Literal["looser", "stricter", "changed", "removed", "added"]
PairStatus = Literal["same", "changed"]


class DocumentRef(Record):
    id: str
    title: str | None
    region: str | None


class UnitRef(Record):
    name: str = Field(description="canonical name, as in Unit.name")
    role: Role


class RoleChange(Record):
    name: str = Field(description="the body's name as A writes it")
    a: Role
    b: Role
    name_b: str | None = Field(None, description="its name as B writes it, when that differs (same class, 本级司法行政部门 …)")


class UnitChanges(Record):
    added: list[UnitRef] = Field(default_factory=list, description="units only B's tasks name")
    removed: list[UnitRef] = Field(default_factory=list, description="units only A's tasks name")
    changed: list[RoleChange] = Field(default_factory=list, description="same unit, another role")


class DeadlineChange(Record):
    a: list[str] = Field(description="deadlines of A's tasks, as written")
    b: list[str] = Field(description="deadlines of B's tasks, as written")
    change: DeadlineShift | None = Field(None, description="null when the deadlines agree")


class TargetChange(Record):
    """A numeric target that differs between paired tasks (学时 ≥60 → ≥40: looser)."""

    measure: str = Field(description="what is measured, as A names it (B, for an added target)")
    a: Target | None = Field(None, description="A's target; null when B added it")
    b: Target | None = Field(None, description="B's target; null when B removed it")
    change: TargetShift = Field(description="looser / stricter: B asks less / more than A; changed: the two do "
                                            "not compare (another comparator sense, period or unit); removed; added")


class SharedTerm(Record):
    term: str = Field(description="a jieba word, or (kind chars) a run of characters whose 2/3-grams both share")
    kind: Literal["word", "chars"]
    weight: float = Field(description="its share of the word score, in points of 0–100")


class Equivalence(Record):
    concept: str = Field(description="a concept of the policy lexicon (data/policy_lexicon.yaml)")
    a: list[str] = Field(description="the forms A's task uses for it")
    b: list[str] = Field(description="the forms B's task uses for it")
    weight: float = Field(description="its share of the word score, in points of 0–100")


class Evidence(Record):
    """Why two tasks were scored as they were: what they share, and how their surroundings agree."""

    words: float = Field(description="word score 0–100: idf-weighted cosine of words, n-grams and concepts")
    terms: list[SharedTerm] = Field(default_factory=list, description="the shared terms weighing most")
    equivalences: list[Equivalence] = Field(default_factory=list, description="lexicon concepts both carry")
    section: float | None = Field(None, description="agreement 0–1 of the section titles (null: not used)")
    units: float | None = Field(None, description="agreement 0–1 of the responsible bodies' classes")
    order: float | None = Field(None, description="agreement 0–1 of the tasks' places in their plans")
    shared_units: list[str] = Field(default_factory=list, description="body classes both name (本级司法行政部门 …)")


class Link(Record):
    a: str = Field(description="task id of A")
    b: str = Field(description="task id of B")
    score: float = Field(description="score 0–100 of this link: the word score bent by the context agreement")
    evidence: Evidence


class Unpaired(Record):
    """A dropped task of A or an added task of B, with the candidate it came closest to."""

    side: Literal["a", "b"]
    task: str
    best: str | None = Field(description="task id, on the other side, of its best-scoring candidate")
    score: float | None = Field(description="that candidate's score 0–100 (under the threshold, or not joinable)")
    evidence: Evidence | None = None


class Pair(Record):
    a: list[str] = Field(description="task ids of A (several when B merged them)")
    b: list[str] = Field(description="task ids of B (several when B split A's task)")
    score: float = Field(description="similarity 0–100 of the tasks read together")
    links: list[Link] = Field(default_factory=list, description="the task-to-task links that make the group")
    status: PairStatus
    moved: bool = Field(description="B's tasks sit in another section than the one matching A's")
    units: UnitChanges
    deadlines: DeadlineChange
    targets: list[TargetChange] = Field(default_factory=list, description="numeric targets that differ (量化指标)")
    diff: list[tuple[DiffOp, str]] = Field(description="word-level inline difference of the texts")


class CompareStats(Record):
    a_tasks: int
    b_tasks: int
    pairs: int
    links: int = Field(description="task-to-task links inside the pairs")
    same: int
    changed: int
    moved: int
    dropped: int = Field(description="tasks of A with no pair (only_a)")
    added: int = Field(description="tasks of B with no pair (only_b)")
    unit_changes: int = Field(description="pairs whose units differ")
    deadline_changes: int = Field(description="pairs whose deadlines differ")
    target_changes: int = Field(0, description="pairs whose numeric targets differ")
    threshold: float


class Comparison(Record):
    a: DocumentRef
    b: DocumentRef
    pairs: list[Pair]
    only_a: list[str]
    only_b: list[str]
    unpaired: list[Unpaired] = Field(default_factory=list, description="only_a then only_b, each with its best candidate")
    stats: CompareStats
    model: list[str] = Field(default_factory=list, description="the scoring ingredients used (words, concepts, sections …)")



# --- check records (zhifa check) ---

Severity = Literal["error", "warning", "info"]


class Finding(Record):
    """One problem 问题 that `zhifa check` found, pointing at the text."""

    rule: str = Field(description="stable rule id, ZF001 …")
    name: str = Field(description="kebab-case rule name")
    severity: Severity
    file: str
    line: int = Field(ge=1)
    column: int = Field(1, ge=1, description="from 1, in characters")
    column_utf8: int = Field(1, ge=1, description="from 1, in UTF-8 bytes (reviewdog)")
    column_utf16: int = Field(1, ge=1, description="from 1, in UTF-16 code units (SARIF)")
    task: str | None = Field(None, description="id of the task concerned, if any")
    message: str = Field(description="what is wrong and what was expected")


class Coverage(Record):
    """How much of a parent plan a document carries down (`zhifa check --against`)."""

    document: str
    parent: str
    parent_tasks: int
    covered: int
    percent: float
    uncovered: list[str] = Field(description="parent task ids with no counterpart")
    threshold: float = Field(description="zhifa diff score (0–100) a pair needs for the parent task to count as carried")
    reused_chars: int = Field(description="characters of this document's tasks shared verbatim with the parent")
    total_chars: int
    reused_percent: float
    aligner: str = Field(description="which alignment produced the pairs")


class CheckReport(Record):
    documents: list[str]
    findings: list[Finding]
    coverage: list[Coverage] = Field(default_factory=list)
    fail_level: Severity
    counts: dict[str, int] = Field(description="findings per severity")
    failed: bool = Field(description="a finding reached the fail level")
    rules_run: dict[str, list[str]] = Field(default_factory=dict, description="document -> ids of the rules run on it")

"""Records the corpus commands produce, next to models.py's Document and Task and on its Record base."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from ..models import Deadline, DeadlineChange, DiffOp, Record, Unit, UnitChanges


class UnitCount(Record):
    """One body (责任单位: a class at a place), or with --by-class one class at every place, and the tasks
    it carries, by role."""

    name: str = Field(description="the name the documents use most (with --by-class: the class)")
    body_class: str = Field("", description="the role the body plays: 本级司法行政部门, 下级人民政府 …")
    places: list[str] = Field(default_factory=list, description="the issuing governments' regions")
    names: list[str] = Field(default_factory=list, description="every name written for it, most used first")
    tasks: int = Field(description="distinct tasks naming it, in any role")
    lead: int = 0
    responsible: int = 0
    support: int = 0
    documents: list[str] = Field(default_factory=list, description="ids of the documents naming it")


class DeadlineEvent(Record):
    """One due date on the timeline: a by-date deadline, or one occurrence of a recurring one."""

    due: dt.date
    status: Literal["overdue", "upcoming"]
    days: int = Field(description="days from the as-of date (negative: overdue)")
    document: str
    region: str | None
    task: str
    title: str
    text: str = Field(description="the deadline as written")
    kind: str
    recurring: bool = False
    ongoing: bool = Field(False, description="并长期坚持: the duty goes on after the date")
    units: list[str] = Field(default_factory=list)


class Timeline(Record):
    as_of: dt.date
    until: dt.date | None = Field(description="last day of the window (None: no limit)")
    events: list[DeadlineEvent]
    undated: int = Field(0, description="deadlines with no date (长期坚持 …), left off the timeline")


class SearchHit(Record):
    document: str
    task: str
    title: str
    text: str
    region: str | None
    score: float = Field(description="bm25 relevance (higher is better)")


class TaskRow(Record):
    """One task with its document's metadata: the row of every export (arrays kept for JSONL)."""

    document: str
    doc_title: str | None
    issuer: str | None
    doc_number: str | None
    date: dt.date | None
    region: str | None
    period_start: int | None
    period_end: int | None
    task: str
    path: list[str]
    section: str | None
    title: str
    text: str
    units: list[Unit]
    deadlines: list[Deadline]
    lines: tuple[int, int]


class MatrixResult(Record):
    """Document × document similarity: shares[i][j] = % of document i's tasks paired with document j."""

    documents: list[str]
    tasks: list[int] = Field(description="number of tasks of each document")
    shares: list[list[float]] = Field(description="row document's tasks paired with the column document, %")
    order: list[int] = Field(description="display order (clustered with --cluster, else as loaded)")
    clusters: list[int] = Field(default_factory=list, description="family number of each document (--cluster)")
    threshold: float
    candidates: int = Field(description="task pairs scored (every pair of the documents compared)")


class Carrier(Record):
    """The tasks of one document that carry one parent task."""

    document: str
    tasks: list[str]
    scores: list[float] = Field(description="0–100, one per task")


class CoverageRow(Record):
    task: str
    title: str
    carried_by: list[Carrier]


class CoverageResult(Record):
    parent: str
    documents: list[str]
    rows: list[CoverageRow]
    percent: dict[str, float] = Field(description="per document: % of the parent's tasks it carries")
    threshold: float
    candidates: int


class TaskSource(Record):
    """The older task a traced task most likely comes from (not models.Source, the file a record was read from)."""

    document: str
    task: str
    score: float
    date: dt.date | None


class TraceRow(Record):
    task: str
    title: str
    source: TaskSource | None = Field(description="most likely source among older documents, None: original")


class TraceResult(Record):
    document: str
    date: dt.date | None
    rows: list[TraceRow]
    lineage: list[str] = Field(description="the document, its main source, that one's main source …")
    sources: dict[str, int] = Field(description="older document -> number of tasks it is the source of")
    threshold: float


class MeasureVersion(Record):
    """How one document carries the chosen task (zhifa measure): its task(s), their wording marked against
    the chosen one's, their units and deadlines; or, when it does not, its best candidate."""

    document: str
    region: str | None
    doc_title: str | None
    date: dt.date | None
    status: Literal["same", "changed", "not carried"]
    tasks: list[str] = Field(default_factory=list, description="its task ids carrying the measure")
    titles: list[str] = Field(default_factory=list)
    score: float | None = Field(None, description="0–100: the chosen task's best link to these tasks (zhifa diff's "
                                "engine); for a document that does not carry it, its best candidate's score")
    best: str | None = Field(None, description="not carried: the task id of the best candidate under the threshold")
    shared: list[str] = Field(default_factory=list, description="other tasks of the chosen document in the same "
                              "group (the document merged them into these tasks)")
    diff: list[tuple[DiffOp, str]] = Field(default_factory=list, description="word diff, chosen task → this text")
    units: list[Unit] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    unit_changes: UnitChanges | None = None
    deadline_change: DeadlineChange | None = None


class MeasureResult(Record):
    """One task of one document and its versions in every other document (zhifa measure)."""

    document: str
    region: str | None
    task: str
    title: str
    text: str
    units: list[Unit]
    deadlines: list[Deadline]
    threshold: float
    versions: list[MeasureVersion] = Field(description="carriers first (highest score first), then the others")


class HeatMap(Record):
    """A heat map ready to draw (matrix, coverage): rows × columns of values 0–100, each row and column a
    document or, above a few hundred documents, a group of them (a family, a coverage pattern)."""

    title: str
    what: str = Field(description="what a cell's value means")
    rows: list[str] = Field(description="row labels, top to bottom")
    columns: list[str] = Field(description="column labels, left to right")
    row_sizes: list[int] = Field(description="documents in each row (1: a document)")
    column_sizes: list[int]
    row_members: list[list[str]] = Field(description="the documents (or tasks) each row stands for, first 20")
    column_members: list[list[str]]
    values: list[list[float | None]] = Field(description="0–100; None: no value (a document with itself)")
    aggregated: bool = Field(False, description="rows or columns are groups of documents")
    notes: list[str] = Field(default_factory=list)

"""The records zhifa produces: pydantic models only, no behaviour beyond validation.

Glossary: Document 文件, Section 部分, Task 任务, Unit 责任单位 (lead 牵头 / responsible 责任 /
support 配合), Deadline 完成时限, TableRow 任务分解表的一行.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["lead", "responsible", "support"]
DeadlineKind = Literal["by_date", "recurring", "ongoing", "in_period", "unknown"]
Lines = tuple[int, int]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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

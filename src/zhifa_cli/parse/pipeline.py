"""pipeline: read -> normalize -> lines -> outline (parts, items) -> tasks -> table -> meta; the body of the
parse package's verbs (parse_file, parse_text, read_and_parse), which parse/__init__.py loads on first use."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import NoTasksError, ZhifaError
from ..models import Document, Period, Source, TableRow, Task
from ..store import display, dumps
from . import PARSER_VERSION, compiled

with compiled.kept():  # the patterns the stages compile as they load (~0.3 s), kept compiled between runs
    from . import script
    from .grid import Grid, find_grid, find_headless, tables_in_turn
    from .lines import Line, classify_all, mojibake_warnings, wrap_width
    from .meta import prefer_page, read_meta, signed_date
    from .normalize import normalize
    from .outline import Parts, items, split_parts
    from .raw import PageMeta, RawText
    from .read import read_file
    from .table import grid_rows, grid_tasks, merge_into_tasks, parse_table, rules_only
    from .tasks import Built, build


@dataclass(frozen=True)
class Parsed:
    """A Document with what it was read from: the classified lines and their parts (notice, plan,
    attachments), which the record does not keep. zhifa check reads every numbered marker from `parts`
    (also sub-items inside a task) instead of normalising and classifying the text a second time."""

    doc: Document
    lines: list[Line]
    parts: Parts


def _doc_year(parts) -> int | None:
    """The year of the signature date, else the year the plan's title or preamble names most often
    ('2018年大气污染防治工作方案'), which year-less deadlines ('4月底') then take, marked inferred. A plan for
    the next year signed in December takes its own year."""
    signed = date.year if (date := signed_date(parts.notice)) else None
    years = Counter(re.findall(r"(?<![\d—\-－~至到])((?:19|20)\d{2})\s*年(?!\s*[—\-－~至到])", "\n".join(ln.text for ln in parts.plan[:12])))
    titled = int(years.most_common(1)[0][0]) if years else None
    if signed is not None and titled == signed + 1:  # '2024年工作要点' signed on 2023年12月28日: the plan's year
        return titled
    return signed if signed is not None else titled or _page_year(parts)


# '发布日期：2024-03-19', '原创 某某司法 2024-05-10 09:12 发表于…': the page's own date, read for the year only
_PAGE_DATE = re.compile(r"(?<![\d\-/])((?:19|20)\d{2})-\d{1,2}-\d{1,2}(?![\d\-])")


def _page_year(parts) -> int | None:
    """A page that is signed by no one and names no year over its plan (a public account's copy) is dated by the
    page (round BL): the year of the first date its head prints, which year-less deadlines then take, inferred."""
    m = _PAGE_DATE.search("\n".join(ln.text for ln in [*parts.notice, *parts.plan][:12]))
    return int(m.group(1)) if m else None


# Two lines that use every reader: a unit, a dated deadline, a target.
_WARM = "一、重点任务\n1.开展执法检查，覆盖率提高到90%以上。（责任单位：县司法局；完成时限：2024年12月底前）\n"


def warm() -> None:
    """Parse and write out a two-line circular once, so that what a first parse builds is built: the record
    classes' validators and JSON writer (pydantic builds them on first use, with its plugin lookup), the unit
    vocabulary, the modules the readers import late (~0.1 s of a core). A parent calls this before forking its
    workers: each inherits it all instead of paying for it on its first file. The parser's caches (memo.py) keep
    what the two lines put there: they are pure, so no later parse reads otherwise."""
    with compiled.kept():  # and those its readers compile on first use
        dumps(parse_text(_WARM))
    for model in (Period, TableRow):  # made by the parser only for some circulars
        model.model_rebuild()


def parse_text(text: str, *, doc_id: str = "text", path: str = "<text>", encoding: str = "utf-8",
               sha256: str | None = None, fmt: str = "text", meta: PageMeta | None = None,
               warnings: tuple[str, ...] | list[str] = ()) -> Document:
    """Parse a decoded circular. Raises NoTasksError when it holds no numbered task.

    `meta` is what the publisher states beside the text (a page's 信息公开 table): its 发文字号 and
    成文日期 win over the text's; `warnings` are the reader's, kept first in the Document.
    """
    return parse_text_with_lines(text, doc_id=doc_id, path=path, encoding=encoding, sha256=sha256, fmt=fmt,
                                 meta=meta, warnings=warnings).doc


def parse_text_with_lines(text: str, *, doc_id: str = "text", path: str = "<text>", encoding: str = "utf-8",
                          sha256: str | None = None, fmt: str = "text", meta: PageMeta | None = None,
                          warnings: tuple[str, ...] | list[str] = ()) -> Parsed:
    """parse_text, keeping the classified lines and parts beside the Document."""
    try:
        normal = normalize(text)
    except ZhifaError as exc:  # opencc missing for a traditional text: say which file
        exc.path = exc.path or path
        raise
    lines = classify_all(normal.lines)
    _check_has_body(lines, path)
    parts = split_parts(lines)
    year = _doc_year(parts)
    built, rows, table_warnings = _tasks_and_table(parts, year, wrap_width(lines), path)
    tasks = merge_into_tasks(built.tasks, rows)
    units = [u for t in tasks for u in t.units]
    facts, meta_warnings = prefer_page(read_meta(parts, units), _page_meta(meta, normal.fixes))
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(
        id=doc_id,
        source=Source(path=path, sha256=digest, encoding=encoding, format=fmt, fixes=normal.fixes,
                      parser=PARSER_VERSION),
        title=facts.title, issuer=facts.issuer, doc_number=facts.doc_number, date=facts.date,
        region=facts.region, region_from=facts.region_from, period=facts.period, basis=facts.basis,
        sections=built.sections, tasks=tasks, table=rows,
        warnings=[*warnings, *mojibake_warnings(lines), *built.warnings, *table_warnings, *facts.warnings, *meta_warnings],
    )
    return Parsed(doc, lines, parts)


def _tasks_and_table(parts: Parts, year: int | None, wrap: int | None,
                     path: str) -> tuple[Built, list[TableRow], list[str]]:
    """The tasks from the plan's numbered items, or from its task table when it is only a table (or rules); the
    rows of an attached 任务分解表, however it was rendered."""
    grid = find_grid(parts.plan)
    notes = _notes_after(parts.plan, grid.last) if grid is not None else set()
    plan = parts.plan if grid is None else [ln for ln in parts.plan if not grid.first <= ln.no <= grid.last
                                              and ln.no not in notes]
    plan_items, outline_warnings = items(plan)
    built = build(plan_items, year, wrap)
    built.warnings[:0] = outline_warnings
    if grid is not None and built.tasks and _headings_over(built.tasks, grid) and (own := grid_tasks(grid, year)):
        built.tasks = own  # '二、任务分工' over its table, the page cut before the next section's items
        return built, grid_rows(grid, own, year, own=True), []
    if grid is not None and built.tasks and (both := _tables_only(parts.plan, grid, year, wrap)) is not None:
        return both
    if grid is None and built.tasks and (inside := _groups_of_headless(parts, built.tasks)) is not None:
        built.tasks = grid_tasks(inside, year)
        return built, grid_rows(inside, built.tasks, year, own=True), []
    if not built.tasks:
        grid = grid or find_grid(parts.attachments) or find_headless(parts.plan + parts.attachments)
        if grid is None:
            raise NoTasksError("no numbered task found", path=path)
        built.tasks = grid_tasks(grid, year)
        return built, grid_rows(grid, built.tasks, year, own=True), []
    if (rules_only(built.tasks) or _handed_to_table(built.tasks)) and (attached := find_grid(parts.attachments)):
        own = grid_tasks(attached, year)
        if any(t.units for t in own):
            built.tasks = own
            return built, grid_rows(attached, own, year, own=True), []
    rows, warnings = parse_table(parts.attachments, built.tasks, year)
    if not rows and (attached := find_grid(parts.attachments)):
        rows = grid_rows(attached, built.tasks, year)
    return built, rows, warnings


# round BZ: '二、重点任务　全面推行…等重点任务，具体分工见附件2。' — the plan hands its work to the attached table
_SEE_ANNEX = re.compile(r"(?:详见|参见|见)附(?:件|表)")


def _handed_to_table(tasks: list[Task]) -> bool:
    """Every task the plan's body gives names no unit and sends the reader to an attachment ('具体分工见附件2'): the
    attached task table's rows are the tasks."""
    return all(not t.units and _SEE_ANNEX.search(t.text) for t in tasks)


def _tables_only(plan: list[Line], grid: Grid, year: int | None, wrap: int | None) -> tuple[Built, list[TableRow], list[str]] | None:
    """'（一）重点任务' over a task table and '（二）重点项目' over another: with every table taken out, the plan is bare
    headings over them, and the tables' rows in turn are its tasks."""
    if (tables := tables_in_turn(plan, grid)) is None:
        return None
    plan_items, outline_warnings = items([ln for ln in plan if not tables.first <= ln.no <= tables.last])
    built = build(plan_items, year, wrap)
    if not built.tasks or not all(_bare_heading(t, tables) for t in built.tasks) or _titles_before(built.tasks, tables) > 1 \
            or not (own := grid_tasks(tables, year)):
        return None
    built.warnings[:0] = outline_warnings
    built.tasks = own
    return built, grid_rows(tables, own, year, own=True), []


def _headings_over(tasks: list[Task], grid: Grid) -> bool:
    """Every item is a bare heading over the table, but for one section above it that states the goal in a sentence
    naming no unit and no time ('一、目标任务 全年新建高标准农田3.2万亩。' then '二、重点任务安排表' over the table:
    round CF): the table's rows are the tasks."""
    said = [t for t in tasks if not _bare_heading(t, grid)]
    bare = [t for t in tasks if t not in said]
    return len(said) <= 1 and all(_goal_only(t, grid) for t in said) and bool(bare) and _titles_before(bare, grid) <= 1


def _goal_only(task: Task, grid: Grid) -> bool:
    """An item above the table whose text names no unit and sets no time: a goal, no assignment."""
    return task.lines[1] < grid.first and not task.units and not task.deadlines


def _titles_before(tasks: list[Task], grid: Grid) -> int:
    """Bare headings above the table. One is the heading over it ('二、任务分工'); those after it are its own empty
    section rows or a cut page's; several above are a plan that lists only titles ('一、推进政务公开标准化' …
    '四、重点项目' over a table of projects), its tasks."""
    return sum(t.lines[1] < grid.first for t in tasks)


def _groups_of_headless(parts: Parts, tasks: list[Task]) -> Grid | None:
    """A page of a task table with no header (its second page), the group rows between its numbered rows
    ('四、保障改善民生（3项） |') read as the plan's only items: every such item starts inside the table's rows, so
    they are the table's groups and its rows the tasks. None when no headless table is found or an item stands
    outside it."""
    if (grid := find_headless(parts.plan + parts.attachments)) is None or find_grid(parts.attachments) is not None:
        return None
    return grid if all(grid.first < t.lines[0] < grid.last for t in tasks) else None


def _bare_heading(task: Task, grid: Grid) -> bool:
    """A numbered heading with nothing under it but (perhaps) a task table: no sentence, unit or date of its own.
    A table of indicators ('指标名称 目标值 责任单位') under a heading gives its figures, not the heading's tasks."""
    return task.text.strip() == task.title.strip() and not task.units and not task.deadlines \
        and not any(c.role == "text" and "指标" in c.name for c in grid.columns)


_NOTES = re.compile(r"^(?:备注|说明|注|填表说明)\s*[：:]?$")
_NOTE_ITEM = re.compile(r"^(?:\d{1,2}|[（(]\d{1,2}[）)])[.．、]?\s*\S")


def _notes_after(plan: list[Line], last: int) -> set[int]:
    """'备注：' right under a table, then its numbered notes ('1.各处室于每月5日前报送…'): the table's notes, no
    items of the plan. Returns their line numbers."""
    said = [ln for ln in plan if ln.no > last and ln.says and ln.text.strip()]
    if not said or not _NOTES.match(said[0].text.strip()):
        return set()
    notes = {said[0].no}
    for ln in said[1:]:
        if not _NOTE_ITEM.match(ln.text.strip()):
            break
        notes.add(ln.no)
    return notes


def _page_meta(meta: PageMeta | None, fixes: list[str]) -> PageMeta | None:
    return script.simplified_meta(meta) if script.NAME in fixes else meta


def _check_has_body(lines: list[Line], path: str) -> None:
    """A file of bare headings ('一、总体要求' …, no sentence anywhere) is an outline, not a circular."""
    filled = [ln for ln in lines if ln.says]
    if not filled:
        raise NoTasksError("no text after normalisation", path=path)
    if all(ln.kind == "heading" and not any(p in ln.rest for p in "。；;，,：:") for ln in filled):
        raise NoTasksError(f"only headings ({len(filled)}), no body text: an outline, not a circular",
                           path=path, line=filled[0].no)


def _parse_raw(raw: RawText, data: bytes, path: Path, shown: str | None) -> Parsed:
    return parse_text_with_lines(raw.text, doc_id=path.stem, path=display(path) if shown is None else shown,
                                 encoding=raw.encoding, sha256=hashlib.sha256(data).hexdigest(), fmt=raw.format,
                                 meta=raw.meta, warnings=raw.warnings)


def parse_file(path: str | Path, *, shown: str | None = None) -> Document:
    """Read, decode and parse one circular; its id is the file stem, its source path `shown` (by default
    the path relative to the working directory)."""
    path = Path(path)
    data, raw = read_file(path)
    return _parse_raw(raw, data, path, shown).doc


def read_and_parse(path: Path, *, shown: str | None = None) -> tuple[str | None, Parsed | ZhifaError]:
    """parse_file that keeps the decoded text and what the parse classified, and returns the error instead
    of raising it: (text, Parsed), or (text, error) with the text None when the file could not be read."""
    text = None
    try:
        data, raw = read_file(path)
        text = raw.text
        return text, _parse_raw(raw, data, path, shown)
    except ZhifaError as exc:
        return text, exc

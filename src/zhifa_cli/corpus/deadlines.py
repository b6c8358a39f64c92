"""deadlines: a timeline of due dates across documents — overdue and upcoming, recurring ones expanded.

A recurring deadline (Deadline.every = '--MM-DD', 每年3月底前) is a duty of each year: it is expanded into
its occurrences from the as-of date to the end of the window, never before the document was issued nor
after the end of the document's period (2023—2025 → 2025-12-31) when the title names one. Past
occurrences of a recurring duty are not listed as overdue (only its next ones matter); a by-date
deadline before the as-of date is overdue.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ..errors import UsageError
from ..models import Deadline, Document, Task
from ..settings import HORIZON_DAYS
from .records import DeadlineEvent, Timeline

_SPAN = re.compile(r"^\s*(\d+)\s*([dwmy]|天|日|周|月|年)?\s*$")
_UNIT = {"天": "d", "日": "d", "周": "w", "月": "m", "年": "y"}


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def window_end(as_of: dt.date, span: str) -> dt.date:
    """'90d', '12w', '3m', '1y' (or 90天, 3月 …) after `as_of`."""
    match = _SPAN.match(span)
    if not match:
        raise UsageError(f"cannot read the span '{span}' (use e.g. 90d, 12w, 3m, 1y)")
    count, unit = int(match[1]), _UNIT.get(match[2] or "d", match[2] or "d")
    try:
        if unit in ("m", "y"):
            return add_months(as_of, count * (12 if unit == "y" else 1))
        return as_of + dt.timedelta(days=count * (7 if unit == "w" else 1))
    except (OverflowError, ValueError):
        raise UsageError(f"the span '{span}' reaches past the year {dt.MAXYEAR}") from None


def occurrences(every: str, start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Each --MM-DD between start and end inclusive (29 February falls on the 28th in common years)."""
    month, day = int(every[2:4]), int(every[5:7])
    for year in range(start.year, end.year + 1):
        date = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if start <= date <= end:
            yield date


def _bounds(doc: Document, as_of: dt.date, until: dt.date | None) -> tuple[dt.date, dt.date]:
    start, end = as_of, until or as_of + dt.timedelta(days=HORIZON_DAYS)
    if doc.date:
        start = max(start, doc.date)
    if doc.period:
        start = max(start, dt.date(doc.period.start, 1, 1))
        end = min(end, dt.date(doc.period.end, 12, 31))
    return start, end


def _dates(doc: Document, d: Deadline, as_of: dt.date, until: dt.date | None) -> list[dt.date]:
    if d.every:
        return list(occurrences(d.every, *_bounds(doc, as_of, until)))
    if d.due and (until is None or d.due <= until):
        return [d.due]
    return []


def _event(doc: Document, task: Task, d: Deadline, due: dt.date, as_of: dt.date) -> DeadlineEvent:
    return DeadlineEvent(
        due=due, status="overdue" if due < as_of else "upcoming", days=(due - as_of).days,
        document=doc.id, region=doc.region, task=task.id, title=task.title, text=d.text, kind=d.kind,
        recurring=d.every is not None, ongoing=d.ongoing, units=[u.name for u in task.units])


def timeline(docs: Iterable[Document], *, as_of: dt.date, until: dt.date | None = None) -> Timeline:
    """Due dates up to `until` (all when None), sorted by date, then document and task."""
    events: dict[tuple[str, str, dt.date], DeadlineEvent] = {}
    undated = 0
    for doc in docs:
        for task in doc.tasks:
            for d in task.deadlines:
                if not d.every and not d.due:
                    undated += 1
                for due in _dates(doc, d, as_of, until):
                    events.setdefault((doc.id, task.id, due), _event(doc, task, d, due, as_of))
    ordered = sorted(events.values(), key=lambda e: (e.due, e.document, _task_key(e.task)))
    return Timeline(as_of=as_of, until=until, events=ordered, undated=undated)


def _task_key(task_id: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.]", task_id)), task_id

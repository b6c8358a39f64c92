"""timeline: zhifa deadlines as a Gantt-like picture — one lane per document and unit (责任单位).

Time runs left to right. A lane's pale bar spans from its document's 成文日期 (when known) to the lane's last
due date: the time the plan gave that body. Each due date is a diamond on the lane — red when overdue at
the as-of date, green when still to come — labelled with the task id(s) due that day, with a tooltip
(SVG <title>) holding the date, the task, the deadline as written and the days left. A dashed line marks
the as-of day. The picture is pure SVG written inline into the HTML page (no script, no web font), so it
opens offline and prints; the table of the same events follows it. With more lanes than MAX_LANES (a
large corpus) the lanes are per document only, the units named in the tooltips.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from html import escape

from ..corpus.records import DeadlineEvent, Timeline
from ..spreadsheet import xml_safe
from .xlsx_sheet import width

MAX_LANES = 600
LABEL = 300  # px for the lane labels
PLOT = 880  # px for the time axis
ROW = 20  # px per lane
TOP = 44  # px above the first lane (axis labels, as-of label)
OVERDUE, UPCOMING, BAR, AXIS = "#cf222e", "#1a7f37", "#dde7f3", "#8c959f"
NO_UNIT = "(未列单位 no unit)"


def svg_text(value: object) -> str:
    """Document text inside SVG/XML: characters XML cannot hold replaced, markup escaped."""
    return escape(str(xml_safe(str(value))[0]))


@dataclass
class Lane:
    document: str
    label: str
    events: dict[dt.date, list[DeadlineEvent]] = field(default_factory=lambda: defaultdict(list))
    header: bool = False  # a document's title line, no events


def lanes(tl: Timeline, regions: dict[str, str | None]) -> list[Lane]:
    """Per document (in the order of their first due date), a header and one lane per unit (first mention
    first); per document only when that would make more than MAX_LANES lanes."""
    by_doc: dict[str, dict[str, Lane]] = {}
    for e in tl.events:
        units = by_doc.setdefault(e.document, {})
        for unit in dict.fromkeys(e.units or [NO_UNIT]):
            units.setdefault(unit, Lane(e.document, unit)).events[e.due].append(e)
    per_unit = sum(len(u) + 1 for u in by_doc.values()) <= MAX_LANES
    out: list[Lane] = []
    for doc, units in by_doc.items():
        region = regions.get(doc)
        head = f"{doc} {region}" if region else doc
        if per_unit:
            out.append(Lane(doc, head, header=True))
            out.extend(units.values())
            continue
        lane = Lane(doc, head)
        for e in tl.events:
            if e.document == doc and e not in lane.events[e.due]:
                lane.events[e.due].append(e)
        out.append(lane)
    return out


def _span(tl: Timeline, starts: dict[str, dt.date | None]) -> tuple[dt.date, dt.date]:
    days = [e.due for e in tl.events] + [tl.as_of] + [d for d in starts.values() if d]
    first, last = min(days), max(days)
    first = dt.date(first.year, first.month, 1)
    last = dt.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    return first, last


def to_svg(tl: Timeline, starts: dict[str, dt.date | None], regions: dict[str, str | None]) -> str:
    rows = lanes(tl, regions)
    if not rows:
        return ""
    first, last = _span(tl, starts)
    total = (last - first).days or 1

    def x(day: dt.date) -> float:
        return round(LABEL + PLOT * (day - first).days / total, 1)

    height = TOP + ROW * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{LABEL + PLOT + 20}" '
             f'height="{height}" viewBox="0 0 {LABEL + PLOT + 20} {height}" font-size="12">',
             f'<rect x="0" y="0" width="{LABEL + PLOT + 20}" height="{height}" fill="#fff"/>']
    parts += _axis(first, last, x, height)
    for k, lane in enumerate(rows):
        parts += _lane(lane, TOP + k * ROW, x, starts.get(lane.document), tl.as_of)
    now = x(tl.as_of)
    parts.append(f'<line class="as-of" x1="{now}" y1="{TOP - 14}" x2="{now}" y2="{height - 4}" '
                 f'stroke="#0969da" stroke-dasharray="4 3"/>')
    parts.append(f'<text x="{now + 3}" y="{TOP - 16}" fill="#0969da">as of {tl.as_of.isoformat()}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _axis(first: dt.date, last: dt.date, x, height: int) -> list[str]:
    """A line and label per year, a tick per quarter."""
    out = []
    day = first
    while day <= last:
        if day.month in (1, 4, 7, 10):
            pos = x(day)
            strong = day.month == 1
            out.append(f'<line x1="{pos}" y1="{TOP - 8}" x2="{pos}" y2="{height - 4}" stroke="{AXIS}" '
                       f'stroke-opacity="{0.6 if strong else 0.2}"/>')
            label = str(day.year) if strong else f"Q{(day.month + 2) // 3}"
            if pos > LABEL + PLOT - 24:
                label = ""
            out.append(f'<text x="{pos + 2}" y="{TOP - 30 if strong else TOP - 4}" fill="#57606a" '
                       f'font-size="{12 if strong else 9}">{label}</text>')
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return out


def _short(label: str, cells: int) -> str:
    out = ""
    for char in label:
        if width(out + char) > cells - 1:
            return out + "…"
        out += char
    return out


def _lane(lane: Lane, y: int, x, start: dt.date | None, as_of: dt.date) -> list[str]:
    if lane.header:
        return [f'<text class="doc" x="4" y="{y + 14}" font-weight="bold">{svg_text(_short(lane.label, 46))}'
                f"<title>{svg_text(lane.label)}</title></text>",
                f'<line x1="0" y1="{y + 0.5}" x2="{LABEL + PLOT}" y2="{y + 0.5}" stroke="#d0d7de"/>']
    out = [f'<g class="lane" data-document="{svg_text(lane.document)}" data-unit="{svg_text(lane.label)}">',
           f'<text x="14" y="{y + 14}" fill="#24292f">{svg_text(_short(lane.label, 40))}'
           f"<title>{svg_text(lane.label)}</title></text>"]
    dates = sorted(lane.events)
    if start and start < dates[-1]:
        out.append(f'<rect class="span" x="{x(start)}" y="{y + 6}" width="{round(x(dates[-1]) - x(start), 1)}" '
                   f'height="8" rx="3" fill="{BAR}"/>')
    for n, day in enumerate(dates):
        events = lane.events[day]
        room = (x(dates[n + 1]) if n + 1 < len(dates) else LABEL + PLOT + 20) - x(day) - 10
        cells = int(room / 6) if room > 12 else 0  # the label stops short of the next diamond
        overdue = day < as_of
        cx, cy = x(day), y + 10
        ids = " ".join(dict.fromkeys(e.task for e in events))
        tip = "\n".join(_tip(e) for e in events)
        out.append(f'<g class="due {"overdue" if overdue else "upcoming"}" data-date="{day.isoformat()}" '
                   f'data-tasks="{svg_text(ids)}"><title>{svg_text(tip)}</title>'
                   f'<path d="M{cx} {cy - 6}L{cx + 6} {cy}L{cx} {cy + 6}L{cx - 6} {cy}Z" '
                   f'fill="{OVERDUE if overdue else UPCOMING}"/>'
                   f'<text x="{cx + 8}" y="{cy + 4}" font-size="10" fill="{OVERDUE if overdue else UPCOMING}">'
                   f"{svg_text(_short(ids, cells) if cells else '')}</text></g>")
    out.append("</g>")
    return out


def _tip(e: DeadlineEvent) -> str:
    state = f"逾期 overdue {-e.days} d" if e.status == "overdue" else f"将到期 upcoming in {e.days} d"
    units = "、".join(dict.fromkeys(e.units)) or "—"
    return f"{e.due.isoformat()} {e.document} {e.task} {e.title} — {e.text} — {state} — {units}"


LEGEND = (f'<p class="legend"><span style="color:{OVERDUE}">◆ 逾期 overdue</span> · '
          f'<span style="color:{UPCOMING}">◆ 将到期 upcoming</span> · '
          f'<span style="background:{BAR}">&nbsp;成文日期 → last due date&nbsp;</span> · '
          "dashed line: as-of day · hover a diamond for the task</p>")


def to_html(tl: Timeline, starts: dict[str, dt.date | None], regions: dict[str, str | None], meta: str) -> str:
    """The timeline picture, then the table of the same events (corpus_views.timeline_grid)."""
    from .corpus_views import timeline_grid
    from .html_page import grid_table, page

    grid = timeline_grid(tl)
    picture = to_svg(tl, starts, regions)
    body = (f'{LEGEND}\n<div class="picture">{picture}</div>\n' if picture else "") + grid_table(grid)
    return page(grid.title, body, meta)

"""ics: zhifa deadlines as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar
import — one all-day event per due date on the timeline, with the task and its units.

Written by hand, not with a library: the file is a dozen properties per event, and the rules that
matter are few — CRLF line ends, lines folded at 75 octets without cutting a UTF-8 character (§3.1),
`\\`, `;`, `,` and newlines escaped in text (§3.3.11), no control characters (they are written as
U+FFFD). Output is deterministic: the UID is a hash of document, task and date, DTSTAMP the as-of day.
The tests read it back with the `icalendar` library.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..corpus.records import DeadlineEvent, Timeline

_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped, other controls replaced."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _CONTROL.sub("\ufffd", value)


def fold(line: str) -> str:
    """One content line folded into chunks of at most 75 octets, each continuation led by a space."""
    chunks, current, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > (75 if not chunks else 74):
            chunks.append(current)
            current, size = "", 0
        current += char
        size += octets
    chunks.append(current)
    return "\r\n ".join(chunks)


def _uid(e: DeadlineEvent) -> str:
    key = f"{e.document}\x00{e.task}\x00{e.due.isoformat()}".encode()
    return f"{hashlib.sha1(key).hexdigest()[:20]}@zhifa"


def _event(e: DeadlineEvent, stamp: str) -> list[str]:
    units = "、".join(dict.fromkeys(e.units)) or "—"
    place = e.region or e.document
    description = "\n".join([
        f"完成时限 deadline: {e.text}" + (" (每年 yearly)" if e.recurring else "") + (" +长期坚持" if e.ongoing else ""),
        f"责任单位 units: {units}", f"文件 document: {e.document}" + (f" ({e.region})" if e.region else ""),
        f"任务 task {e.task}: {e.title}"])
    return ["BEGIN:VEVENT", f"UID:{_uid(e)}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{e.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{e.due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(f'{place} {e.task} {e.title}')}", f"DESCRIPTION:{escape_text(description)}",
            f"CATEGORIES:{escape_text(e.document)}", "TRANSP:TRANSPARENT", "END:VEVENT"]


def to_ics(tl: Timeline, name: str = "zhifa deadlines 完成时限") -> str:
    stamp = f"{tl.as_of:%Y%m%d}T000000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//zhifa//deadlines//ZH", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(name)}"]
    for e in tl.events:
        lines += _event(e, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)

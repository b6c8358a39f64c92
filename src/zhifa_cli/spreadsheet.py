"""spreadsheet: cells a spreadsheet shows as text and never runs, for every CSV and xlsx zhifa writes.

A circular is someone else's text. A cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
return) is read by Excel, LibreOffice and Google Sheets as a formula — `=cmd|' /C calc'!A0` runs a
program, `=HYPERLINK(…)` sends data away. As OWASP recommends ("CSV injection"), such a cell gets a
leading `'`; the text is otherwise exact. Numbers are left alone (a -154 days column stays numeric).

xlsx is XML, which cannot hold most control characters at all: they are replaced with U+FFFD, and the
caller is told how many cells lost one so it can warn.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
# what XML 1.0 forbids: C0 controls but tab, newline and CR; surrogates; U+FFFE and U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def neutralise(value):
    """`value` as a spreadsheet must store it: text that would start a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def xml_safe(value) -> tuple[object, bool]:
    """(`value` with characters XML cannot hold replaced by U+FFFD, whether any was)."""
    if isinstance(value, str) and _NOT_XML.search(value):
        return _NOT_XML.sub(REPLACEMENT, value), True
    return value, False

"""safe: text that came from a document (titles, task text, unit names, ids, file names) is data.

It reaches a person's terminal only through here. Control characters — terminal escapes such as
ESC]0;…BEL (set the window title) or ESC[2J (clear the screen), carriage returns, C1 controls and the
bidi overrides that reorder what is shown — are written as visible `\\x1b`-style escapes instead of
acting. Rich never reads document text as markup: every console has markup and emoji codes off
(terminal.console), and styled output is built from `Text` objects. Machine formats (JSON, CSV,
SARIF …) are not written through here: they keep the text exact.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls but tab and newline, DEL, C1 controls, line/paragraph separators, bidi embeddings,
# overrides and isolates
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile(f"\n|{_CONTROL.pattern}")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(value: object) -> str:
    """`value` as text a terminal shows and never obeys; newlines and tabs kept."""
    return _CONTROL.sub(_escape, "" if value is None else str(value))


def one_line(value: object) -> str:
    """As clean(), with newlines escaped too: a message about a file stays one line, whatever its name."""
    return _CONTROL_OR_NEWLINE.sub(_escape, "" if value is None else str(value))


def text(value: object, style: str = "") -> Text:
    """A rich Text of document text: cleaned, never markup."""
    return Text(clean(value), style=style)

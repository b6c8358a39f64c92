"""wrap: line breaking for table cells that reads Chinese as Chinese.

rich breaks a line only at spaces and folds a longer run anywhere, so a column of Chinese text broke
ASCII words in two (statu/s, tongli/ng-jiaoqu), started lines with '，' and split the diff's [-…-]
{+…+} marks. A `Wrapped` cell breaks instead between two CJK characters, after a space, or where CJK
meets other text — never inside a run of letters and digits, never before closing punctuation
(，。、）》 …) or after opening punctuation (（《 …), never inside a diff mark, and not inside a marked
span that fits on one line. Only a run wider than the whole column is folded, as a last resort.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

CLOSING = frozenset("，。、；：！？）》」』】〕〉〗｝’”…‥·%％,.;:!?)]}>")
OPENING = frozenset("（《「『【〔〈〖｛‘“([{<")
MARK_OPEN = ("[-", "{+")  # the diff's marks (wdiff's): kept whole and glued to the text they mark
MARK_CLOSE = ("-]", "+}")


def _kind(ch: str) -> str:
    if ch.isspace():
        return "space"
    if ch in CLOSING:
        return "close"
    if ch in OPENING:
        return "open"
    return "cjk" if unicodedata.east_asian_width(ch) in "WF" else "word"


def _may_break(before: str, after: str, kb: str, ka: str) -> bool:
    """Whether a line may end between the characters `before` and `after` (of kinds kb, ka)."""
    if ka in ("close", "space") or kb == "open":
        return False
    if kb == "space":
        return True
    if kb == "close":  # after 。 or ） a line may end; after an ASCII , or ) only at a space or CJK (1,000)
        return not before.isascii() or ka == "cjk"
    if ka == "open":
        return not after.isascii() or kb == "cjk"
    return "cjk" in (kb, ka)


def break_points(plain: str) -> list[bool]:
    """allowed[i]: a line may start at plain[i] (for 0 < i < len(plain))."""
    kinds = [_kind(ch) for ch in plain]
    allowed = [False] + [_may_break(plain[i - 1], plain[i], kinds[i - 1], kinds[i]) for i in range(1, len(plain))]
    for marks, glue in ((MARK_OPEN, (1, 2)), (MARK_CLOSE, (0, 1))):
        for mark in marks:
            start = plain.find(mark)
            while start != -1:
                for offset in glue:
                    if start + offset < len(plain):
                        allowed[start + offset] = False
                start = plain.find(mark, start + 1)
    return allowed


def offsets(plain: str, width: int, allowed: Sequence[bool], keep: Iterable[tuple[int, int]] = ()) -> list[int]:
    """Where to start new lines so that each fits in `width` cells (trailing spaces not counted).
    `keep`: spans not to break inside when they fit on one line."""
    kept = list(allowed)
    for start, end in keep:
        start, end = max(start, 0), min(end, len(plain))
        if cell_len(plain[start:end]) <= width:
            for i in range(start + 1, end):
                kept[i] = False
    cuts: list[int] = []
    start = 0
    used = 0
    for i, ch in enumerate(plain):
        w = cell_len(ch)
        if i > start and used + w > width and not ch.isspace():
            cut = next((k for k in range(i, start, -1) if kept[k]), None)  # the last opportunity
            if cut is None:  # none outside a kept span: one inside it; else fold
                cut = next((k for k in range(i, start, -1) if allowed[k]), i)
            cuts.append(cut)
            start, used = cut, cell_len(plain[cut:i])
            if i > start and used + w > width:  # what followed the opportunity does not fit either
                cuts.append(i)
                start, used = i, 0
        used += w
    return cuts


def min_width(plain: str, allowed: Sequence[bool]) -> int:
    """The widest run no line may break inside (trailing spaces not counted)."""
    widest, start = 0, 0
    for i in range(1, len(plain) + 1):
        if i == len(plain) or allowed[i]:
            widest = max(widest, cell_len(plain[start:i].rstrip()))
            start = i
    return widest


class Wrapped:
    """A table cell of `text` broken into lines by the rules above, whatever width rich gives it."""

    def __init__(self, text: Text, keep: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text.copy()
        self.text.expand_tabs()
        self.keep = list(keep)
        self._lines = self.text.split("\n", allow_blank=True)
        self._allowed = [break_points(line.plain) for line in self._lines]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max((cell_len(line.plain) for line in self._lines), default=0)
        least = max((min_width(line.plain, allowed) for line, allowed in zip(self._lines, self._allowed,
                                                                             strict=True)), default=0)
        return Measurement(least, widest).with_maximum(options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        pieces: list[Text] = []
        shift = 0  # offset of the current line in the whole text, for `keep`
        for line, allowed in zip(self._lines, self._allowed, strict=True):
            keep = [(s - shift, e - shift) for s, e in self.keep if s < shift + len(line) and e > shift]
            for piece in line.divide(offsets(line.plain, width, allowed, keep)):
                piece.rstrip()
                pieces.append(piece)
            shift += len(line) + 1
        joined = Text("\n").join(pieces)
        joined.no_wrap = True
        joined.overflow = "fold"
        yield joined


def wrapped(text: Text, keep: Iterable[tuple[int, int]] = ()) -> Wrapped:
    return Wrapped(text, keep)


DELETED, INSERTED = "strike red", "underline green"
_MARKS = {"delete": ("[-", "-]", DELETED), "insert": ("{+", "+}", INSERTED)}


def append_marked(text: Text, keep: list[tuple[int, int]], piece: str, op: str) -> None:
    """Append a deleted or inserted piece (already cleaned) as [-…-] / {+…+}, line by line, so a mark never
    opens on one line and closes on another; `keep` records each mark's span, which wrapping never breaks."""
    opener, closer, style = _MARKS[op]
    for k, part in enumerate(piece.split("\n")):
        text.append("\n" * bool(k))
        if part:
            keep.append((len(text), len(text) + len(part) + len(opener) + len(closer)))
            text.append(f"{opener}{part}{closer}", style=style)

"""The parse summary's own drawing of its table (render/terminal._drawn_parse_table) is what rich draws for
the same rows — character for character when the table fits, and rich's own table or lines when it does not."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from zhifa_cli.documents import Written
from zhifa_cli.render import terminal

ROWS = [
    Written(id="nanchang", path="a.txt", region="南昌市", tasks=24, table=0, units=111, deadlines=32, targets=5,
            warnings=()),
    Written(id="上饶-法治[bold]<x>=1", path="b.txt", region="铜陵市郊区", tasks=3, table=45, units=7, deadlines=0,
            targets=12345, warnings=("line 3: x", "y")),
    Written(id="esc\x1b[31mred", path="c.txt", region=None, tasks=0, table=0, units=0, deadlines=0, targets=0,
            warnings=()),
    Written(id="ｗｉｄｅ全角", path="d.txt", region="新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市", tasks=1234567, table=1,
            units=2, deadlines=3, targets=4, warnings=()),
]


def _rich(rows: list[Written], width: int) -> str:
    out = Console(file=io.StringIO(), width=width, highlight=False, markup=False, emoji=False, no_color=True)
    out.print(terminal._parse_table(rows))
    return out.file.getvalue()


def _drawn(rows: list[Written], width: int) -> str | None:
    drawn = terminal._drawn_parse_table(rows, width)
    if drawn is None:
        return None
    out = Console(file=io.StringIO(), width=width, highlight=False, markup=False, emoji=False, no_color=True)
    out.print(drawn, soft_wrap=True)
    return out.file.getvalue()


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_the_drawn_table_is_rich_s_table_character_for_character(count):
    rows = ROWS[:count]
    assert _drawn(rows, terminal.UNBOUNDED) == _rich(rows, terminal.UNBOUNDED)
    assert "esc\\x1b[31mred" in _drawn(ROWS, terminal.UNBOUNDED)  # document text stays inert


def test_a_table_wider_than_the_terminal_is_left_to_rich():
    natural = len(_rich(ROWS, terminal.UNBOUNDED).splitlines()[1])
    assert _drawn(ROWS, natural) == _rich(ROWS, natural)
    assert _drawn(ROWS, natural - 1) is None  # rich folds the region column, or the lines take over


def test_a_cell_of_two_lines_is_left_to_rich():
    two_lines = Written(id="a\nb", path="x.txt", region="南昌市", tasks=1, table=0, units=0, deadlines=0, targets=0,
                        warnings=())
    assert terminal._drawn_parse_table([two_lines], terminal.UNBOUNDED) is None


def test_the_header_is_bold_and_the_borders_are_not():
    drawn = terminal._drawn_parse_table(ROWS[:1], terminal.UNBOUNDED)
    bold = [drawn.plain[span.start:span.end] for span in drawn.spans if span.style == "bold"]
    assert bold[:2] == [" document ", " tasks "] and not any("┃" in piece for piece in bold)

"""normalize: one named fix at a time, line by line, so line numbers never move.

Never NFKC the text: it turns ① into 1 and ㈠ into (一), erasing the level markers we parse.
Width is folded with 1:1 tables and only where the neighbours are Chinese.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from ..chars import CJK, HAN
from . import script
from .memo import lru
from .numerals import cn_to_int

CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026"
_CJKISH = f"[{CJK}{CJK_PUNCT}]"

_ODD_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
                                     "\u000b\u000c\u2028\u2029\u1680"), " ")
_ODD_SPACES.update(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None))
# Small form variants (U+FE50…) and vertical forms: the full-width form they stand for, never ASCII (NFKC would).
_SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫︵︶︹︺",
                             "，、．；：？！（）｛｝〔〕＃＆＊＋－＜＞＝＼＄％＠（）〔〕")
# The ratio colon ∶ (U+2236) typed for ：after a label word ('责任部门∶A', '完成时限∶…', an input-method slip): ：. A ratio
# between figures ('1∶1000') keeps it.
_RATIO_COLON = re.compile(f"(?<=[{HAN}])∶")
# A radical where the character was meant, as a PDF's text layer gives it for some fonts ('县⼈⺠政府', '2024年6⽉底前',
# '规范执法⾏为'): the character. The Kangxi radicals (U+2F00…) each fold to their one character (their compatibility
# form, taken one by one, never for the whole text); of the radicals supplement only those that are a whole character.
_RADICALS = {**{c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)},
             **str.maketrans("⺠⺟⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻟⻢⻤⻥⻦⻨⻩⻬⻮⻰⻳", "民母西见角贝车長长门青韦页风飞食食马鬼鱼鸟麦黄齐齿龙龟")}
# Half-width ideographic punctuation (a Japanese code page's: '县财政局､县税务局', '｢…｣'): the full-width marks.
_HALFWIDTH_IDEOGRAPHIC = {ord("､"): "、", ord("｡"): "。", ord("｢"): "「", ord("｣"): "」"}
_FULLWIDTH_ALNUM = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
_HALF_TO_FULL = {":": "：", ";": "；", ",": "，", "?": "？", "!": "！", "(": "（", ")": "）"}

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
# a converter's escape of Markdown syntax in plain text: '1\. 推进…' (a line that would read as a list), '\*', '\#'
_MD_ESCAPE = re.compile(r"\\(?=[.*_#\-+\[\]()!`>|])")
# an emoji keycap number opening a line, as WeChat numbers its points ('1️⃣推进…', '🔟…'): the number and a '.'
_KEYCAP = re.compile(r"^(\s*)((?:\d\ufe0f?\u20e3)+|\U0001F51F)")
_PAREN_PAIR = re.compile(r"\(([^()\n]*)\)")
_PUNCT = re.compile(r"[:;,?!()]")
_HALF_ANY = re.compile(r"[:;,?!().]")  # every character _halfwidth_punct changes or reads: _PUNCT's and the '.'
_STRAY_AND = re.compile(rf"(?<={_CJKISH}) +and +(?={_CJKISH})")
_CJK_SPACE = re.compile(rf"(?<={_CJKISH}) +(?={_CJKISH}|\d)|(?<=\d) +(?={_CJKISH})")
_CJK_CHAR = re.compile(_CJKISH)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_TONED = re.compile(rf"(?<=[{CJK}]) ?[（(] ?(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}} ?[）)]")
_PINYIN_ANY = re.compile(rf"(?<=[{CJK}]) ?[（(] ?[a-zü{_TONED}]{{1,7}}[1-5]? ?[）)]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|[·•]\s*\d{1,4}\s*[·•]|\d{1,4} +/ +\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?)\s*$")


def _odd_spaces(line: str) -> str:
    return line.translate(_ODD_SPACES)


def _pinyin(line: str) -> str:
    """执(zhí)法 -> 执法. Toneless syllables (的(de)) only go on a line that is annotated throughout,
    so '(app)' after a Chinese word stays unless the line is full of pinyin."""
    if len(_PINYIN_TONED.findall(line)) >= 2:
        return _PINYIN_ANY.sub("", line)
    return _PINYIN_TONED.sub("", line)


def _small_forms(line: str) -> str:
    return _RATIO_COLON.sub("：", line.translate(_SMALL_FORMS))


def _radicals(line: str) -> str:
    return line.translate(_RADICALS).translate(_HALFWIDTH_IDEOGRAPHIC)


# any line of a whole text that is a page number: spaces within the line only (a \s* would run over a text's many
# empty lines from every start, quadratic)
_PAGE_NUMBER_ANY = re.compile(_PAGE_NUMBER.pattern.replace(r"\s", r"[^\S\n]"), re.MULTILINE)
_OPENING_LINES = 15
# a title or an organ's name: eight to sixty characters, no sentence's 。, no cells set apart (tab, bar, spaces)
_RUNNING_HEADER = re.compile(r"^(?=.{8,60}$)(?!.*\s\s)[^。\t|｜]*$")


def running_headers(lines: list[str]) -> list[str]:
    """A PDF copy's running header: the line next to a page number ('第 2 页 共 6 页' / '— 3 —') that repeats one of
    the page's opening lines (the document's title, the issuer's name), printed at the top of every page. It sits
    where the page broke, often inside a clause ('…县财政局、县' / page number / title / '市场监管局…'): it goes, so
    the clause reads on. A line said once only (the task's next line), a short cell ('序号', a date) and a table's
    header row printed again on the new page (its cells apart) stay: the table readers know those."""
    numbers = [i for i, line in enumerate(lines) if _PAGE_NUMBER.match(line)]
    opening = {line.strip() for line in [ln for ln in lines if ln.strip()][:_OPENING_LINES]}
    numbered = set(numbers)
    first_at: dict[str, int] = {}  # where each opening line is first said
    for i, line in enumerate(lines):
        if (text := line.strip()) in opening:
            first_at.setdefault(text, i)
    out = list(lines)
    for i in numbers:
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j].strip():
                j += step
            if not 0 <= j < len(lines) or j in numbered:
                continue
            text = lines[j].strip()
            if first_at.get(text, j) < j and _RUNNING_HEADER.match(text):
                out[j] = ""
    return out


def _page_numbers(line: str) -> str:
    """A line that is only a page number ('— 3 —', '第3页 共12页'), left by a copy from a PDF."""
    return "" if _PAGE_NUMBER.match(line) else line


def _markdown(line: str) -> str:
    line = _MD_ESCAPE.sub("", _MD_HEADING.sub("", line))
    return _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), line)


def _keycaps(line: str) -> str:
    def number(m: re.Match) -> str:
        digits = "10" if m.group(2) == "\U0001F51F" else re.sub(r"[^\d]", "", m.group(2))
        return f"{m.group(1)}{digits}."
    return _KEYCAP.sub(number, line)


def _fullwidth_alnum(line: str) -> str:
    return line.translate(_FULLWIDTH_ALNUM)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK_CHAR.match(ch))


def _halfwidth_punct(line: str) -> str:
    """(…) ： ； ， next to Chinese become full-width; '1.5', 'DB32/T4181-2021', '1,000' stay.
    Pairs go first, so '(1)' before Chinese becomes '（1）' whole; a lone bracket follows its neighbours."""
    if not _HALF_ANY.search(line):  # nothing _PAREN_PAIR, _PUNCT or _half_stops ('.') reads: the line as it is
        return line

    def pair(m: re.Match) -> str:
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        chinese = any(_is_cjk(c) for c in m.group(1)) or _is_cjk(before) or _is_cjk(after)
        return f"（{m.group(1)}）" if chinese else m.group(0)

    line = _PAREN_PAIR.sub(pair, line)

    def punct(m: re.Match) -> str:
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        return _HALF_TO_FULL[m.group(0)] if _is_cjk(before) or _is_cjk(after) else m.group(0)

    return _half_stops(_PUNCT.sub(punct, line))


# '.' written for 。 by a page in half-width punctuation: after a Chinese character (not a numeral, so the marker '一.'
# stays) and before Chinese, its punctuation or the line's end ('扩大普惠性学前教育资源.新建…', '…长期坚持.(牵头…')
# (the '.' comes first in the pattern, its lookbehinds after it: the engine then jumps from '.' to '.')
_HALF_STOP = re.compile(rf"\.(?<=[{CJK}]\.)(?<![一二三四五六七八九十百千〇零]\.)(?=[{CJK}{CJK_PUNCT}]|$)")
# ... but not the '.' of an enumeration '一是.', and a '.' in a list of levels ('市.县两级', '各县(市.区)') stands for 、
_ENUMERATION = re.compile(r"[一二三四五六七八九十]是\.")
_LEVEL_LIST = re.compile(r"[省市县区乡镇村]\.[省市县区乡镇村](?:[两三四五]?级|[（(）)、.])")


def _half_stops(line: str) -> str:
    if "." not in line:
        return line

    def stop(m: re.Match) -> str:
        if _ENUMERATION.match(line, m.start() - 2):
            return m.group(0)
        return "、" if _LEVEL_LIST.match(line, m.start() - 1) else "。"

    return _HALF_STOP.sub(stop, line)


def _stray_and(line: str) -> str:
    return _STRAY_AND.sub("和", line)


def _cjk_spaces(line: str) -> str:
    return _CJK_SPACE.sub("", line)


# session 11: '责任单位（人）：计划财务股（李俊）、安全管理股（张敏）' — a unit label that says it names persons too gives each
# body's person in brackets after its name: the label is the unit label, the persons go (no unit, no part of a name)
# Round BW: the label may say so with 及 ('责任单位及责任人：区教育局（局长 陈建国）'), and a 联 may end the body ('镇妇联（孙梅）').
_PERSONS_LABEL = re.compile(r"(?P<label>(?:牵头|责任|配合|协办|落实)(?:单位|部门|科室|处室|股室))(?:[（(](?:责任)?人[）)]|及责任人)"
                            r"(?P<colon>\s*[：:])(?P<value>[^。；;]*)")
_PERSON_AFTER = re.compile(rf"(?<=[局委办厅院室处科股所站队部心司会联府])[（(][{HAN}·]{{2,4}}[）)]")


def _persons_label(line: str) -> str:
    return _PERSONS_LABEL.sub(lambda m: m.group("label") + m.group("colon") + _PERSON_AFTER.sub("", m.group("value")), line)


def _trailing_space(line: str) -> str:
    """Spaces at the end go; a tab row's trailing tabs stay: they are its empty last cells (an empty 备注)."""
    return line.rstrip() if "\t" not in line else line.rstrip(" \u3000\r\n")


# Order matters: spaces first, pinyin before the brackets it sits in are read, markup before
# punctuation, 'and' before the space squeeze.
FIXERS: list[tuple[str, Callable[[str], str]]] = [
    ("odd_spaces", _odd_spaces),
    ("pinyin", _pinyin),
    ("small_forms", _small_forms),
    ("radicals", _radicals),
    ("page_numbers", _page_numbers),
    ("keycaps", _keycaps),
    ("markdown", _markdown),
    ("fullwidth_alnum", _fullwidth_alnum),
    ("halfwidth_punct", lru(8192)(_halfwidth_punct)),  # by the line: a folder of plans repeats its lines
    ("stray_and", _stray_and),
    ("cjk_spaces", _cjk_spaces),
    ("persons_label", _persons_label),
    ("trailing_space", _trailing_space),
]


def _any_char(table: dict[int, object]) -> re.Pattern:
    return re.compile(f"[{re.escape(''.join(map(chr, table)))}]")


@dataclass(frozen=True)
class _Either:
    """What one of several patterns finds, asked in turn. A pattern that opens with one character skips to it
    (~1 ns a character); one that opens with a class of characters, or with alternatives, tests every character
    of the text against the class (5-10x slower): '（ ?x' and '\\( ?x' in two scans beat '[（(] ?x' in one."""

    patterns: tuple[re.Pattern, ...]

    def search(self, text: str) -> re.Match | None:
        return next((m for p in self.patterns if (m := p.search(text))), None)


# What a fixer must find in the text to change anything: a text without it skips the fixer instead of running it
# over every line (most texts hold no odd space, small form or pinyin). Fixers not named here always run. Each
# pattern opens with a character or a class, so the scan of the whole text is quick (a look-behind first is not).
_NEEDS: dict[str, re.Pattern | _Either] = {
    "odd_spaces": _any_char(_ODD_SPACES),
    # how every match of both pinyin patterns opens
    "pinyin": _Either((re.compile(f"（ ?[a-zü{_TONED}]"), re.compile(f"\\( ?[a-zü{_TONED}]"))),
    "small_forms": _any_char({**_SMALL_FORMS, ord("∶"): "："}),
    "radicals": _any_char({**_RADICALS, **_HALFWIDTH_IDEOGRAPHIC}),
    "markdown": _Either((re.compile("#"), re.compile(r"\*\*"), re.compile("__"), re.compile(r"\\"))),
    "keycaps": re.compile("[\u20e3\U0001F51F]"),
    "fullwidth_alnum": _any_char(_FULLWIDTH_ALNUM),
    "halfwidth_punct": _HALF_ANY,
    "stray_and": re.compile(" and "),
    "cjk_spaces": re.compile(" "),
    "persons_label": re.compile(r"[（(](?:责任)?人[）)]|及责任人"),
}

# The fixers that look for single characters, asked in one scan first: a text with none of them (most texts) skips
# all four for the price of one scan (a scan for a class of characters costs the same whatever the class holds).
_BY_CHAR = ("odd_spaces", "small_forms", "radicals", "fullwidth_alnum")
_ANY_BY_CHAR = re.compile("[" + "".join(_NEEDS[name].pattern[1:-1] for name in _BY_CHAR) + "]")

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


_ROW_START = re.compile(r"^\s*\d{1,4}(?:[.．]\d{1,3})?\s")  # '12 ' and a two-level '1.1 '
# a group line between the rows ('一、深化审批制度改革（3项）', '（二）加强监管'): one phrase, no space inside, a row under it —
# the table goes on
_GROUP_ROW = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])\S{2,40}$")
_RULE_LINE = re.compile(r"^\s*[-—─=＝_]{10,}\s*$")  # a rule drawn with dashes across a plain-text table
_GAP = re.compile(r"\S {2,}\S")  # columns laid out by runs of spaces (pdftotext -layout)


def _next_line(lines: list[str], i: int) -> str:
    return next((line for line in lines[i + 1:] if line.strip()), "")


def space_table_rows(lines: list[str]) -> set[int]:
    """Indices of a table flattened with single spaces ('序号 类别 主要任务 牵头单位 …' and the rows under
    it): there the spaces between Chinese words are the cell boundaries, so they are kept."""
    from .grid import header_words, stacked_header_words  # the header vocabulary lives with the table reader

    kept: set[int] = set()
    header = layout = False
    indent = "  "  # a -layout header's own indent: its rows' wrapped lines start there or further in
    for i, line in enumerate(lines):
        tokens = line.split()
        if len(tokens) >= 3 and header_words(tokens):
            header, layout = True, bool(_GAP.search(line))
            indent = " " * min(2, max(1, len(line) - len(line.lstrip(" "))))
            kept.add(i)
        elif len(tokens) >= 3 and _GAP.search(line) and i + 1 < len(lines) \
                and stacked_header_words(line, *lines[i + 1: i + 3]):  # '序  重点任务  牵头  完成' over '号  单位  时限'
            header = layout = True
            kept.add(i)
        elif header and (_ROW_START.match(line) or (layout and (line.startswith(indent) or _GAP.search(line)))):
            kept.add(i)  # a row; in a pdftotext -layout copy also a cell wrapped onto an indented line
        elif header and (_RULE_LINE.match(line) or (_GROUP_ROW.match(line) and _ROW_START.match(_next_line(lines, i)))):
            continue  # '--------' drawn between a plain-text table's rows: the table goes on
        elif header and line.strip():
            header = False
    return kept


_CSV_ROW = re.compile(r'^\s*(?:\d{1,4}(?:[.\-]\d{1,3})?|"[^"]*"),')
# a tab-separated sheet that quotes every cell ('"序号"<TAB>"工作任务"…' over '"1"<TAB>"…"'): a row opens with a quoted cell
_TSV_ROW = re.compile(r'^\s*"[^"\t]*"\t')
_TSV_HEADER = re.compile(r'^"[^"\t]*"(?:\t"[^"\t]*")+$')


def _csv_cells(line: str, sep: str = ",") -> list[str]:
    cells = [_cell_lines_joined(c.strip()) for c in next(csv.reader(io.StringIO(line.strip()), delimiter=sep), [])]
    while len(cells) > 1 and not cells[-1]:
        cells.pop()  # a sheet's used range runs past its last column: '序号,任务事项,承办单位,完成时限,备注,'
    return cells


def _cell_lines_joined(cell: str) -> str:
    """A cell that holds line breaks (Alt+Enter in a spreadsheet): names on separate lines joined by 、
    ('区住建局' / '区自然资源局'), other text run together."""
    from .units import looks_like_body  # the body-name vocabulary lives with the unit reader

    if "\n" not in cell:
        return cell
    parts = [p.strip() for p in cell.split("\n") if p.strip()]
    bodies = all(looks_like_body(p.rstrip("、，,")) for p in parts) and len(parts) > 1
    return "".join(p if not bodies or k == len(parts) - 1 or p.endswith(("、", "，", ","))
                   else p + "、" for k, p in enumerate(parts))


_CSV_REACH = 8  # lines a quoted spreadsheet cell may run over


def _csv_record(lines: list[str], i: int, sep: str = ",") -> int:
    """The index of the last line of the CSV record opened on line i: a quoted cell with line breaks in it runs
    over the next lines until its quotes close (at most _CSV_REACH lines; an excerpt may end inside it)."""
    j = i
    while _quote_open("\n".join(lines[i: j + 1]), sep) and j + 1 < len(lines) and j - i < _CSV_REACH:
        j += 1
    return j


def _quote_open(text: str, sep: str = ",") -> bool:
    """Does the text end inside a quoted cell? A quote opens one only at a cell's start ('1,"…'); one inside a cell
    ('推行"一网通办') is the text's own mark; inside a quoted cell '""' is a quote mark and '"' closes it."""
    inside, start, k = False, True, 0
    while k < len(text):
        ch = text[k]
        if inside:
            if ch == '"' and text[k + 1: k + 2] == '"':
                k += 1
            elif ch == '"':
                inside = False
        elif ch == '"' and start:
            inside = True
        start = not inside and ch in sep + "\n"
        k += 1
    return inside


def csv_as_tabs(lines: list[str], sep: str = ",") -> list[str]:
    """A table a spreadsheet saved as CSV ('序号,工作任务,牵头单位,…' over '1,…,"市商务局,市城市管理局",…'): its
    header and the numbered rows under it become tab rows, quotes honoured, so the ASCII commas between cells are
    not read as the text's own punctuation. Other lines stay as they are. With sep a tab: a sheet saved as
    tab-separated text with EVERY cell quoted ('"序号"<TAB>"工作任务"…'), its quotes taken off the same way."""
    from .grid import column_role  # the header vocabulary lives with the table reader

    out, header = list(lines), False
    row_start = _CSV_ROW if sep == "," else _TSV_ROW
    i = -1
    while i + 1 < len(lines):
        i += 1
        line = lines[i]
        plain = line.count(",") >= 2 and not re.search(r"[\t|｜ ]", line.strip()) if sep == "," \
            else _TSV_HEADER.match(line.strip()) is not None
        last = _csv_record(lines, i, sep) if header and row_start.match(line) else i
        if last > i:
            line = "\n".join(lines[i: last + 1])
        cells = _csv_cells(line, sep) if plain or (header and row_start.match(line)) else []
        if plain and len(cells) >= 3 and all(column_role(c) for c in cells) \
                and any(column_role(c) == "text" for c in cells):
            header = True
        elif not (header and len(cells) >= 2):
            header = False
            continue
        out[i] = "\t".join(cells)
        for k in range(i + 1, last + 1):
            out[k] = ""  # the record's other lines: read with it (the line count kept)
        i = last
    if out != lines and sep == ",":  # the sheet's other rows of one filled cell ('X市…台账,,,,', ',,,,'): the cell alone
        out = [_LONE_CELL.sub(r"\g<cell>", line) for line in out]
    return out


_LONE_CELL = re.compile(r"^(?P<cell>[^,\t]*?)\s*,{2,}\s*$")


_BOX_BAR = "│┃║"
_BOX_RULE = re.compile(r"^[\s─━═┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢╒╤╕╘╧╛│┃║]+$")


_ASCII_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # a grid table drawn in ASCII: '+----+-------+'


def _box_cells(line: str, bars: str) -> list[str]:
    return [c.strip() for c in re.split(f"[{re.escape(bars)}]", line.strip().strip(bars))]


def _box_join(a: str, b: str) -> str:
    from .units import looks_like_body  # the body-name vocabulary lives with the unit reader

    if not a or not b:
        return a or b
    return f"{a}、{b}" if looks_like_body(a) and looks_like_body(b) and not a.endswith(("、", "，")) else a + b


# lines: a drawn row wraps its cells onto a few lines of its own; joining on without end would make each join
# re-read the whole row so far (a dump of 60 000 such lines took minutes)
_BOX_WRAP_REACH = 30


def box_as_pipes(lines: list[str]) -> list[str]:
    """A table drawn with box characters (a text browser's or a converter's dump), or in ASCII ('+----+' rules
    and '|' bars, a grid table): '┌─┬─┐' / '├─┼─┤' rules go
    (as empty lines, the line count kept), '│1 │…│' rows become pipe rows, and a line whose first cell is empty
    right under a row (no rule between) is a cell the drawing wrapped: its cells go on the row's, cell by cell."""
    out = list(lines)
    row: int | None = None
    cells: list[str] = []
    ascii_grid = False  # inside a table ruled '+----+': its '|' are the bars
    for i, line in enumerate(lines):
        if (_BOX_RULE.match(line) and any(ch not in _BOX_BAR and not ch.isspace() for ch in line)) \
                or _ASCII_RULE.match(line):
            out[i], row = "", None
            ascii_grid = ascii_grid or bool(_ASCII_RULE.match(line))
            continue
        bars = _BOX_BAR + ("|" if ascii_grid else "")
        first = line.lstrip()[:1]
        if not first or first not in bars:  # a row opens with its bar; '网站首页 │ 政务公开' is a site's menu
            row, ascii_grid = None, False
            continue
        here = _box_cells(line, bars)
        if row is not None and here and not here[0] and len(here) <= len(cells) and i - row <= _BOX_WRAP_REACH:
            cells = [_box_join(a, b) for a, b in itertools.zip_longest(cells, here, fillvalue="")]
            out[row], out[i] = "|" + "|".join(cells) + "|", ""
            continue
        row, cells = i, here
        out[i] = "|" + "|".join(cells) + "|"
    return out


# '1｜推进…｜医政医管股｜…': a table whose cells are parted by full-width bars (U+FF5C) reads as a pipe table does
_WIDE_BAR = "｜"


def wide_bars(lines: list[str]) -> list[str]:
    """Lines holding two or more full-width bars '｜' and no '|': the bars are the cells' pipes."""
    return [line.replace(_WIDE_BAR, "|") if line.count(_WIDE_BAR) >= 2 and "|" not in line else line
            for line in lines]


def _bare_pipe_row(line: str) -> bool:
    text = line.strip()
    return text.count("|") >= 2 and not text.startswith("|") and not text.endswith("|")


def pipe_wraps(lines: list[str]) -> list[str]:
    """A pipe table with no outer bars ('1 | 完成… | 2025年5月底前 | 镇村建办、镇财政所、') whose last cell wrapped
    onto a line of its own that opens with a bar ('| 镇综合行政执法队'): the piece goes on the row's last cell (a
    name broken in two is joined whole), its line left empty (the line count kept)."""
    out = list(lines)
    row: int | None = None
    for i, line in enumerate(lines):
        text = line.strip()
        if row is not None and text.startswith("|") and text.count("|") == 1 and len(text) > 1:
            out[row] = out[row].rstrip() + text[1:].strip()
            out[i] = ""
            continue
        row = i if _bare_pipe_row(line) else None
    return out


# '序号：1' then a line per field ('重点任务：…', '牵头单位：…', '完成时限：…'), a group per row: a table flattened
# to labelled lines. Read as the tab table it is: the first group's labels the header, each group a row.
# A Word document with a small two-column table per task gives the same groups opened by '任务1' / '任务一', each
# field a 'label<TAB>value' line.
_FIELD_LINE = re.compile(rf"^\s*(?P<label>[{HAN}]{{2,8}})(?:\s*[：:]\s*|\t+)(?P<value>.*?)\s*$")
_ROW_FIELD = re.compile(r"^\s*(?:(?:序号|编号)\s*[：:]\s*(?P<n>\d{1,3})|任务\s*(?P<t>\d{1,2}|[一二三四五六七八九十]{1,3})[：:]?)\s*$")
# A line '序号：1' / '编号：1' / '任务1' opens the first group (the 任务 line with nothing before it), spaces within the line
# only: asked of the whole text in scans that skip to 序号, 编号 and 任务 (one pattern of the three as alternatives tests
# every character)
_ROW_ONE = _Either((re.compile(r"序号[^\S\n]*[：:][^\S\n]*1[^\S\n]*$", re.M), re.compile(r"编号[^\S\n]*[：:][^\S\n]*1[^\S\n]*$", re.M)))
_TASK_ONE = re.compile(r"任务[^\S\n]*[1一][：:]?[^\S\n]*$", re.M)


def _opens_labelled_rows(text: str) -> bool:
    return _ROW_ONE.search(text) is not None or any(not text[text.rfind("\n", 0, m.start()) + 1: m.start()].strip()
                                                    for m in _TASK_ONE.finditer(text))


def _row_field(line: str) -> int | None:
    """The number a line opening a group of labelled lines gives its row ('序号：3', '任务3', '任务三'), else None."""
    if (m := _ROW_FIELD.match(line)) is None:
        return None
    return int(m.group("n")) if m.group("n") else int(m.group("t")) if m.group("t").isdecimal() else cn_to_int(m.group("t"))


def _field_groups(lines: list[str], start: int) -> tuple[list[list[int]], list[str]]:
    """The groups of labelled lines from `start` (a '序号：1' line), each a row: their line indices, the labels of
    the first group. A later group follows the first's labels in order and may stop short (the page cut it)."""
    from .grid import column_role  # the header vocabulary lives with the table reader

    first: list[int] = [start]
    i = start + 1
    while i < len(lines) and (m := _FIELD_LINE.match(lines[i])) and _row_field(lines[i]) is None \
            and column_role(m.group("label")) is not None:
        first.append(i)
        i += 1
    labels = ["序号"] + [_FIELD_LINE.match(lines[k]).group("label") for k in first[1:]]
    groups = [first]
    number = _row_field(lines[start])
    while True:
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i >= len(lines) or _row_field(lines[i]) != number + 1:
            return groups, labels
        number += 1
        group = [i]
        i += 1
        while i < len(lines) and len(group) < len(labels) and (m := _FIELD_LINE.match(lines[i])) \
                and m.group("label") == labels[len(group)]:
            group.append(i)
            i += 1
        groups.append(group)


def labelled_rows(lines: list[str]) -> list[str]:
    """Groups of labelled lines, each opened by '序号：N' (N running on), whose labels are a table's header words
    (a text column and a unit or time column among them): a tab header on the first group's first line, a tab row
    on each group's next line, the group's other lines left empty (the line count kept)."""
    from .grid import column_role

    out = list(lines)
    i = 0
    while i < len(lines):
        if _row_field(lines[i]) != 1:
            i += 1
            continue
        groups, labels = _field_groups(lines, i)
        roles = {column_role(label) for label in labels[1:]}
        if len(groups) < 2 or len(groups[0]) < 3 or "text" not in roles \
                or not roles & {"lead", "responsible", "support", "deadline"}:
            i += 1
            continue
        out[groups[0][0]] = "\t".join(labels)
        for g, group in enumerate(groups):
            cells = [str(_row_field(lines[group[0]]))] \
                + [_FIELD_LINE.match(lines[k]).group("value") for k in group[1:]]
            at = group[1] if g == 0 else group[0]
            for k in group:
                if k != groups[0][0]:
                    out[k] = ""
            out[at] = "\t".join(cells)
        i = groups[-1][-1] + 1
    return out


def spaced_unit_lines(lines: list[str]) -> set[int]:
    """Indices of label lines whose units are separated by spaces ('责任单位：县发改委 县财政局'), and of lines with a
    bracket of names so set off ('（区委政法委 区民政局；2025年6月）')."""
    from .blocks import spaced_bracket, spaced_unit_line  # the label vocabulary lives with the clause reader

    return {i for i, line in enumerate(lines) if ((" " in line or "\u3000" in line) and spaced_unit_line(line))
            or (("（" in line or "(" in line) and (" " in line or "\u3000" in line) and spaced_bracket(line))}


def spaced_unit_cells(lines: list[str]) -> set[int]:
    """Indices of tab or pipe rows with a cell of names separated by spaces ('|区财政局 区自然资源分局|'):
    the spaces separate the units, so they are kept."""
    from .units import persons_spaced, spaced_bodies  # the body-name vocabulary lives with the unit reader

    return {i for i, line in enumerate(lines) if " " in line and ("\t" in line or line.count("|") >= 2)
            and any(" " in cell.strip() and (spaced_bodies(cell.strip()) or persons_spaced(cell)) for cell in re.split(r"[\t|｜]", line))}


@dataclass(frozen=True)
class NormalText:
    lines: list[str]
    fixes: list[str]


# '&amp;' before an entity ('县发改局&amp;#12289;县财政局', '&amp;ldquo;'): the entity escaped twice by a CMS that
# escaped the '&' of an entity already in its text; the reader of the page sees the entity's character there.
_ENTITY = re.compile(r"&(?:amp;)*(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_ESCAPED_AMP = re.compile(r"^&(?:amp;)+")


def html_entities(lines: list[str]) -> list[str]:
    """'&nbsp;&nbsp;一、总体要求' / '&ldquo;放管服&rdquo;': a page scraped without decoding its HTML entities.
    A decoded line break stays inside its line (the line count never changes). Only a whole entity, closed by its
    ';', is read: a web address's query ('?id=3&region=12&timestamp=…') keeps its '&reg' and '&times'."""
    def decode(m: re.Match) -> str:
        return html.unescape(_ESCAPED_AMP.sub("&", m.group())).replace("\r", " ").replace("\n", " ")

    return [_ENTITY.sub(decode, line) for line in lines]


def tab_indent(lines: list[str]) -> list[str]:
    """Every line opened by a tab (a word processor's first-line indent, copied): one tab is indentation, not
    an empty table cell. A tab table's lines do not all open with one."""
    said = [line for line in lines if line.strip()]
    if len(said) < 5 or sum(line.startswith("\t") for line in said) < len(said) * 0.9:
        return lines
    if any("\t" in line.strip() for line in said if not line.startswith("\t")):
        return lines  # a tab row whose first cell is filled: the rows opened by a tab leave that cell empty
    return [line.removeprefix("\t") for line in lines]


def split_lines(text: str) -> list[str]:
    lines = text.split("\n") if "\r" not in text else _LINE_BREAK.split(text)  # str.split: ~10x the pattern's speed
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def normalize(text: str) -> NormalText:
    """Convert the script when mostly traditional, then apply every fixer to every line; report the
    fixers that changed something. The line count never changes."""
    ran: list[str] = []
    if script.mostly_traditional(text):
        text = script.to_simplified(text)
        ran.append(script.NAME)
        mainland = script.mainland_wording(text)
        if mainland is not None and mainland != text:
            text = mainland
            ran.append(script.PHRASES)
    lines = split_lines(text)
    if "&" in text and (unescaped := html_entities(lines)) != lines:
        lines = unescaped
        ran.append("html_entities")
    if _PAGE_NUMBER_ANY.search(text) and (headless := running_headers(lines)) != lines:
        lines = headless
        ran.append("running_headers")
    if (dedented := tab_indent(lines)) != lines:
        lines = dedented
        ran.append("tab_indent")
    if "," in text and (tabbed := csv_as_tabs(lines)) != lines:
        lines = tabbed
        ran.append("csv_table")
    if '"\t"' in text and (tabbed := csv_as_tabs(lines, "\t")) != lines:
        lines = tabbed
        ran.append("tsv_table")
    if (any(bar in text for bar in _BOX_BAR) or "+--" in text) and (piped := box_as_pipes(lines)) != lines:
        lines = piped
        ran.append("box_table")
    if "｜" in text and (barred := wide_bars(lines)) != lines:
        lines = barred
        ran.append("wide_bars")
    if "\n|" in text and (unwrapped := pipe_wraps(lines)) != lines:
        lines = unwrapped
        ran.append("pipe_wraps")
    if _opens_labelled_rows(text) and (rowed := labelled_rows(lines)) != lines:
        lines = rowed
        ran.append("labelled_rows")
    given = lines  # the lines as the fixers get them: where their spaces separate cells or names is read there
    joined = "\n".join(lines)  # no pattern of _NEEDS spans a line break: a line's match is found in it
    by_char = None  # whether the text holds a character one of _BY_CHAR looks for: asked once, when first needed
    for name, fix in FIXERS:
        if name in _BY_CHAR:
            if by_char is None:
                by_char = _ANY_BY_CHAR.search(joined) is not None
            if not by_char:
                continue
        if name in _NEEDS and not _NEEDS[name].search(joined):
            continue
        if name == "cjk_spaces":  # the spaces that separate cells or names stay; looked for only when a space is
            spaced = space_table_rows(given) | spaced_unit_lines(given) | spaced_unit_cells(given)  # (most texts: none)
            fixed = [line if i in spaced else fix(line) for i, line in enumerate(lines)]
        else:
            fixed = [fix(line) for line in lines]
        if fixed != lines:
            if name != "trailing_space":
                ran.append(name)
            lines = fixed
            joined = "\n".join(lines)
            by_char = None
    return NormalText(lines, ran)

"""disclosure: a government page's 信息公开 block (索引号, 发文机关, 发文字号, 成文日期 …) -> PageMeta.

Works on the block's text pieces in order, whatever the markup (table cells, list items, spans) or the
plain-text copy of it ('发文字号：' with its value on the same line or the next one; several pairs on
one line, '发布机构 X 文 号 Y'; pipes left from a table: '发布文号 | X |').
"""

from __future__ import annotations

import datetime as dt
import re

from ..chars import HAN
from .numerals import cn_to_int
from .raw import PageMeta

FIELDS = {
    "发文字号": "doc_number", "文号": "doc_number", "发文号": "doc_number",
    "成文日期": "date", "成文时间": "date",
    "发文机关": "issuer", "发文单位": "issuer", "发布机构": "issuer", "发布机关": "issuer", "发布单位": "issuer",
    "发文机构": "issuer", "制发机关": "issuer",
    "发布文号": "doc_number", "发文日期": "date", "印发日期": "date", "文件编号": "doc_number", "发文时间": "date",
    "发文编号": "doc_number", "印发时间": "date",
    "标题": "title", "名称": "title", "文件名称": "title",
}
# '生成日期' is the record's date on some sites and the document's on others: a text's own 成文日期 (its
# signature, a 成文日期 field) wins; without one it is the date the page gives the document.
FALLBACK = {"生成日期": "generated", "签发日期": "signed"}
# '签发日期' (round BX): the day the leader signed, which GB/T 9704 makes the 成文日期 of a text one organ issues; a block
# that also prints '成文日期' (a joint text's is the last signer's day) is read by that key first.
OTHER = ("索引号", "信息索引号", "信息索引", "时效", "信息索取号", "索取号", "发布日期", "发布时间", "公开日期", "主题分类", "主题词", "体裁分类", "组配分类",
         "有效性", "生效日期", "废止日期", "公开方式", "公开范围", "所属主题", "信息分类", "文种", "关键词", "来源",
         "实施日期", "统一编号", "登记号", "有效期", "公开形式", "公开时限", "公文种类", "联合发文单位",
         "是否有效", "效力状态")
_LABEL = re.compile("(?P<label>" + "|".join(sorted([*FIELDS, *FALLBACK, *OTHER], key=len, reverse=True))
                    + r")\s*[：:]")
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})")
_NONE = {"", "无", "—", "-", "/", "暂无", "空"}
# [2024], ［2024］ and (2024) are typing stand-ins for 〔2024〕; 【2024】 is kept as printed.
_BRACKET_NUMBER = str.maketrans("[［(（]］)）", "〔〔〔〔〕〕〕〕")


def normalise_number(number: str) -> str:
    """饶府办字[2024]10号 -> 饶府办字〔2024〕10号."""
    return re.sub(r"\s+", "", number.translate(_BRACKET_NUMBER))


def is_info_block(text: str) -> bool:
    """Does this text carry at least two labels of a 信息公开 table, one of them ours?"""
    labels = {m.group("label") for m in _LABEL.finditer(text)}
    return len(labels) >= 2 and any(label in FIELDS for label in labels)


def label_of(text: str) -> set[str]:
    """The 信息公开 labels a piece of text carries ('发文字号：')."""
    return {m.group("label") for m in _LABEL.finditer(text)} if "：" in text or ":" in text else set()


def labelled_values(pieces: list[str]) -> dict[str, str]:
    """'发文字号：' / '饶府办字〔2024〕10号' -> {'doc_number': '饶府办字〔2024〕10号'}; first value wins."""
    text = "\n".join(p.strip() for p in pieces if p.strip())
    found = list(_LABEL.finditer(text))
    values: dict[str, str] = {}
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        lines = [ln.strip() for ln in text[m.end(): end].split("\n") if ln.strip()]
        field = FIELDS.get(m.group("label"))
        if field and lines and lines[0] not in _NONE:
            values.setdefault(field, lines[0])
    return values


# A field's date as the document prints it ('二〇二四年三月十五日', the 〇 often typed O or 0), or as digits only
# ('20240315', read only when it has eight: '2024315' may be two days).
_CN_DATE = re.compile(r"(?P<y>[〇零○OＯ0一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
                      r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")
_DIGITS_DATE = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})$")


def parse_day(text: str) -> dt.date | None:
    m = _DATE.search(text) or _DIGITS_DATE.match(text.strip())
    if m:
        parts = (int(m.group("y")), int(m.group("m")), int(m.group("d")))
    elif m := _CN_DATE.search(text):
        parts = tuple(cn_to_int(m.group(k)) or 0 for k in "ymd")
    else:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def page_meta(pieces: list[str]) -> PageMeta | None:
    values = labelled_values(pieces)
    if not values:
        return None
    number = values.get("doc_number")
    return PageMeta(doc_number=normalise_number(number) if number else None,
                    date=parse_day(values.get("date", "")), issuer=values.get("issuer"), title=values.get("title"))


_TEXT_LABEL = re.compile("(?P<label>" + "|".join(sorted([*FIELDS, *FALLBACK, *OTHER], key=len, reverse=True))
                         + r")\s*[：:|｜]?\s*")


# '[发文字号]X' / '【成文日期】X': a label in square brackets instead of before a colon.
_BRACKETED_LABEL = re.compile(r"^[\[【［]\s*(?P<label>" + "|".join(sorted([*FIELDS, *OTHER], key=len, reverse=True))
                              + r")\s*[\]】］]")
# ... and a line of them, each value run on up to the next label ('【发布机构】X县红十字会【文号】X红字〔2024〕3号'): every
# bracketed label on a line that opens with one is a label.
_BRACKETED_ANY = re.compile(_BRACKETED_LABEL.pattern.removeprefix("^"))


def _value(text: str) -> str:
    text = text.strip().strip("|｜").strip()
    # how the label opens; an empty line (half of them) has none, and re's call costs more than the line's strips
    opens = text and text[0] in "[【［" and _BRACKETED_LABEL.match(text)
    return _BRACKETED_ANY.sub(r"\g<label>：", text) if opens else text


def field_lines(lines: list[str]) -> set[int]:
    """Indices of the lines a 信息公开 block takes: its label lines and values on the line after."""
    taken: set[int] = set()
    for i, line in enumerate(lines):
        line = _value(line)
        m = _TEXT_LABEL.match(line)
        if not m:
            continue
        taken.add(i)
        if not _value(line[m.end():]) or line.rstrip().endswith(("：", ":")):
            taken.update(_value_lines(lines, i + 1, m.group("label")))
    return taken


def _value_lines(lines: list[str], start: int, label: str) -> list[int]:
    """The lines after a label printed without its value: up to the first that says something, unless that one
    is no value of it (an empty field: '[废止日期]' / '[发布日期]2024-04-19' / the title)."""
    for j in range(start, min(start + 3, len(lines))):
        value = _value(lines[j])
        if value:
            return [j] if _is_value(label, value) else []
    return []


# A document's title ('某县2024年河湖长制工作要点'): the value of a 标题/名称 field only. An empty '发布机构：' or
# '文号：' right above the title leaves it the page's title, not the field's value.
_TITLE_LIKE = re.compile(r".{6,}(?:方案|要点|计划|意见|通知|通报|决定|办法|措施|规划|细则|清单|规定|批复|公告|通告|报告|纲要|分解表)$")


def _is_value(label: str, value: str) -> bool:
    return not _TEXT_LABEL.match(value) and (FIELDS.get(label) == "title" or not _TITLE_LIKE.match(value))


def text_meta(lines: list[str]) -> PageMeta | None:
    """The 信息公开 fields printed in a text's head: only lines that start with a label are read."""
    values: dict[str, str] = _header_row(lines)
    for i, line in enumerate(lines):
        line = _value(line)
        if not _TEXT_LABEL.match(line) or _keys_only(lines[i]):  # a line that opens with no label: not read on
            continue
        found = list(_TEXT_LABEL.finditer(line))  # the first is the one it opens with
        for j, m in enumerate(found):
            value = _value(line[m.end(): found[j + 1].start() if j + 1 < len(found) else len(line)])
            field = FIELDS.get(m.group("label")) or FALLBACK.get(m.group("label"))
            if not value and j + 1 == len(found):
                value = (field == "issuer" and _names_under(lines, i + 1)) or _next_value(lines, i + 1, m.group("label"))
            if field and value and value not in _NONE:
                values.setdefault(field, value)
    if not values:
        return None
    number = values.get("doc_number")
    return PageMeta(doc_number=normalise_number(number) if _looks_like_number(number) else None,
                    date=parse_day(values.get("date", "")) or parse_day(values.get("signed", ""))
                    or parse_day(values.get("generated", "")),
                    issuer=values.get("issuer"), title=values.get("title"))


def _header_row(lines: list[str]) -> dict[str, str]:
    """A block laid out as a table with its keys in a header row over one row of values, the cells split by pipes
    ('索引号 | 发布机构 | 成文日期 | 文号' / 'X | Y | 2024-08-27 | Z'): each value under its key."""
    said = [line for line in lines if line.strip()]
    for keys, row in zip(said, said[1:], strict=False):
        labels, cells = _keys_only(keys), _cells(row)
        if labels and len(cells) == len(labels):
            return {field: value for label, value in zip(labels, cells, strict=True)
                    if (field := FIELDS.get(label) or FALLBACK.get(label)) and value not in _NONE}
    return {}


def _keys_only(line: str) -> list[str]:
    """The keys of a header row: three cells or more, each a key alone (none when the line is no such row; its last key
    is then not read as labelling the next line, which is the whole row of values)."""
    labels = [m.group("label") if (m := _TEXT_LABEL.fullmatch(cell)) else None for cell in _cells(line)]
    return labels if len(labels) >= 3 and all(labels) else []


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"[|｜]", line.strip().strip("|｜"))] if "|" in line or "｜" in line else []


def _next_value(lines: list[str], start: int, label: str) -> str:
    """'发文字号：' / '' / '高政办发〔2025〕1号': the value on the next line that says something."""
    for line in lines[start: start + 4]:
        value = _value(line)
        if not value:
            continue
        return value if _is_value(label, value) else ""
    return ""


_NAME = re.compile(rf"^[{HAN}（）]{{2,40}}$")


def _names_under(lines: list[str], start: int) -> str:
    """'发文机关：' / 'X县农业农村局' / 'X县财政局' / '成文日期：…': a cell holding the names of bodies issuing jointly, one a
    line (its <br> kept), between the empty key and the next key: all of them, joined by 、 (round BP). One name alone, or
    lines not closed by a key, are left to _next_value."""
    names = []
    for line in lines[start: start + 5]:
        value = _value(line)
        if not value:
            continue
        if _TEXT_LABEL.match(value):
            return "、".join(names) if len(names) > 1 else ""
        if not _NAME.match(value):
            return ""
        names.append(value)
    return ""


def _looks_like_number(text: str | None) -> bool:
    return bool(text) and bool(re.search(r"\d+\s*号$", text or ""))

"""read_html: a government web page -> RawText of the circular in it, plus the 信息公开 table's metadata.

selectolax (Lexbor) parses; html_dom finds the article (most of the page's Chinese text that is not
link text) and the 信息公开 block (read by parse/disclosure.py, then removed from the text). Paragraphs and <br>
become lines, data tables become tab-separated rows, layout tables are read as blocks.
"""

from __future__ import annotations

import re

from ..chars import HAN_CHAR
from ..errors import ReadError
from .disclosure import page_meta
from .html_dom import BLOCKS, MAX_DEPTH, article, info_block, is_data_table, nesting, own_cells, own_rows
from .raw import RawText
from .read_text import decode_text

_DROP = ["script", "style", "noscript", "template", "iframe", "svg", "select", "button", "object", "head"]
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "gb_2312-80": "gb18030",
            "big5": "cp950", "utf8": "utf-8"}
_SPACE = re.compile(r"[ \t\r\n\f]+")


def read_html(data: bytes, *, path: str = "<html>") -> RawText:
    text, encoding = _decode(data, path)
    if nesting(text) > MAX_DEPTH:
        raise ReadError(f"the page nests elements more than {MAX_DEPTH:,} deep; not a circular's page, refused",
                        path=path)
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        raise ReadError("reading .html needs selectolax (pip install selectolax)", path=path) from None
    tree = LexborHTMLParser(text)
    meta = None
    if tree.body is None:
        raise ReadError("the page has no body", path=path)
    tree.strip_tags(_DROP)
    info = info_block(tree.body)
    if info is not None:
        meta = page_meta(_pieces(info))
        info.decompose()
    lines = render(article(tree))
    body = "\n".join(lines).strip("\n")
    if not HAN_CHAR.search(body):
        raise ReadError("no Chinese text in the page body", path=path)
    return RawText(body + "\n", encoding, "html", meta=meta)


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """The declared charset when it decodes; else zhifa's own detection (BOM, UTF-8, GB18030, Big5)."""
    m = _CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else None
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        codec = _ALIASES.get(declared, declared)
        try:
            return data.decode(codec), "gb18030" if codec == "gb18030" else declared
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode_text(data, path=path)
    return decoded.text, decoded.encoding


def _pieces(node) -> list[str]:
    return [t.text(deep=False) for t in node.traverse(include_text=True) if t.tag == "-text"]


def render(root) -> list[str]:
    """Block elements and <br> end lines; data tables become rows; text runs collapse their spaces."""
    lines: list[str] = [""]
    stack = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            lines.append("")
        elif tag == "-text":
            lines[-1] += _SPACE.sub(" ", node.text(deep=False) or "")
        elif tag == "br":
            lines.append("")
        elif tag == "table" and is_data_table(node):
            lines.extend(_rows(node))
            lines.append("")
        elif tag not in ("-comment",):
            if tag in BLOCKS:
                lines.append("")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return _squeeze([ln.strip(" ") for ln in lines])


def _squeeze(lines: list[str]) -> list[str]:
    """At most one blank line in a row."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out


def _rows(table) -> list[str]:
    rows = []
    for tr in own_rows(table):
        texts = [" ".join(" ".join(render(c)).split()) for c in own_cells(tr)]
        rows.append("\t".join(texts) if any(texts) else "")
    return rows

"""html_dom: finding things in a parsed page without quadratic walks (pages can nest thousands deep).

- `article`: the element holding most of the page's Chinese text that is not link text (navigation);
- `info_block`: the deepest table, list or div carrying the labels of a 信息公开 table;
- `is_data_table`: a table of short cells, as opposed to a table that lays out the page;
- `nesting`: how deep the page's elements nest, read off the markup before parsing it — the HTML parser
  takes time quadratic in the depth (100,000 nested divs: 39 s), so read_html refuses pages nested more
  than MAX_DEPTH deep (real pages nest a few dozen).
"""

from __future__ import annotations

import re
from itertools import islice

from ..chars import HAN_CHAR
from .disclosure import is_info_block, label_of

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main",
          "blockquote", "pre", "dd", "dt", "dl", "header", "footer", "nav", "aside", "center", "address",
          "hr", "form", "fieldset", "figure", "figcaption", "table", "tr", "caption", "body", "html"}
CONTENT = ("#zoom", ".TRS_Editor", "#UCAP-CONTENT", ".article-content", ".zwnr", "#content", ".content",
           "article")
_CONTAINERS = ("table", "ul", "dl", "div")
MAX_DEPTH = 1_000
# Elements that never hold others (void) or whose end tag may be left out (closed by the next sibling):
# neither deepens the page.
_FLAT = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt",
         "rp", "colgroup", "caption", "html", "head", "body", "basefont", "bgsound", "keygen", "frame"}
_MARK = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]*)")
_RAW = {"script": "</script", "style": "</style", "textarea": "</textarea", "title": "</title", "xmp": "</xmp"}


def weights(root) -> dict[int, int]:
    """Chinese characters under every node that are not link text, in one bottom-up pass."""
    order = list(root.traverse(include_text=True))
    in_link: dict[int, bool] = {}
    weight: dict[int, int] = {}
    for node in order:
        parent = node.parent
        in_link[node.mem_id] = parent is not None and (in_link.get(parent.mem_id, False) or parent.tag == "a")
        own = (node.text(deep=False) or "") if node.tag == "-text" and not in_link[node.mem_id] else ""
        weight[node.mem_id] = len(HAN_CHAR.findall(own))
    root_id = root.mem_id
    for node in reversed(order):
        parent = node.parent
        if node.mem_id != root_id and parent is not None and parent.mem_id in weight:
            weight[parent.mem_id] += weight[node.mem_id]
    return weight


def article(tree):
    """A known content container when it holds half the text, else descend while one child holds 60% — never into a
    data table: a page whose task table outweighs its notice keeps the title, 文号 and signature beside the table."""
    weight = weights(tree.body)
    total = weight.get(tree.body.mem_id, 0)
    for selector in CONTENT:
        node = tree.css_first(selector)
        if node is not None and weight.get(node.mem_id, 0) >= 0.5 * total:
            return node
    node = tree.body
    while True:
        here = weight.get(node.mem_id, 0)
        heavy = [c for c in node.iter() if c.tag in BLOCKS and weight.get(c.mem_id, 0) >= 0.6 * here
                 and not (c.tag == "table" and is_data_table(c))]
        if not heavy or here == 0:
            return node
        node = heavy[0]


def info_block(body):
    """Walk up from the (first 200) text pieces carrying a label; the deepest container with two wins."""
    labels: dict[int, set[str]] = {}
    found: dict[int, tuple[int, object]] = {}
    pieces = (t for t in body.traverse(include_text=True) if t.tag == "-text")
    for piece in islice((p for p in pieces if label_of(p.text(deep=False) or "")), 200):
        names = label_of(piece.text(deep=False) or "")
        chain = _ancestors(piece)
        for height, node in enumerate(chain):
            if node.tag in _CONTAINERS:
                labels.setdefault(node.mem_id, set()).update(names)
                found.setdefault(node.mem_id, (len(chain) - height, node))
    candidates = [(depth, node) for key, (depth, node) in found.items()
                  if is_info_block("：".join(sorted(labels[key])) + "：")]
    for _depth, node in sorted(candidates, key=lambda item: -item[0]):
        if len(node.text()) < 3000:
            return node
    return None


def _ancestors(node, limit: int = 2000) -> list:
    chain = []
    node = node.parent
    while node is not None and len(chain) < limit:
        chain.append(node)
        node = node.parent
    return chain


def own_rows(table) -> list:
    """The table's rows, not those of tables nested in its cells."""
    rows = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child.iter() if c.tag == "tr")
    return rows


def own_cells(tr) -> list:
    return [c for c in tr.iter() if c.tag in ("td", "th")]


def is_data_table(table) -> bool:
    """Short cells, no nested table, few paragraphs per cell: a data table (read as rows)."""
    rows = own_rows(table)
    for tr in rows:
        for cell in own_cells(tr):
            if cell.css_first("table") is not None or len(cell.css("p, div, br, li")) > 4 or len(cell.text()) > 1500:
                return False
    return bool(rows)


def nesting(markup: str, limit: int = MAX_DEPTH) -> int:
    """The deepest nesting of elements in `markup`, counting up to `limit + 1` (then it stops looking).
    Linear: comments and script/style bodies are skipped by searching for their end."""
    depth = deepest = 0
    lower = None
    pos = 0
    while deepest <= limit:
        m = _MARK.search(markup, pos)
        if m is None:
            break
        if m.group(0) == "<!--":
            end = markup.find("-->", m.end())
            pos = len(markup) if end < 0 else end + 3
            continue
        pos = m.end()
        name = m.group(2).lower()
        if m.group(1):
            depth = max(0, depth - (name not in _FLAT))
            continue
        if name in _RAW:
            lower = lower if lower is not None else markup.lower()
            end = lower.find(_RAW[name], pos)
            pos = len(markup) if end < 0 else end
            continue
        if name not in _FLAT:
            depth += 1
            deepest = max(deepest, depth)
    return deepest

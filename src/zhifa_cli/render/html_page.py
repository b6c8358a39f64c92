"""html_page: one self-contained HTML page (inline CSS, no script or font from the network, CJK fonts)."""

from __future__ import annotations

from html import escape

from .grid import Grid, text

FONTS = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", '
         '"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", sans-serif')

CSS = """
body { font-family: %s; margin: 1.5rem; color: #1b1f24; background: #fff; line-height: 1.5; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; } p.meta { color: #555; margin: 0 0 1rem; font-size: .9rem; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f5f7; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.overdue { background: #fde2e1; } td.nw { white-space: nowrap; }
td.upcoming { background: #e6f4ea; }
td.h0 { background: #ffffff; } td.h1 { background: #eef4fb; } td.h2 { background: #d5e5f6; }
td.h3 { background: #b3cfee; } td.h4 { background: #86b1e2; } td.h5 { background: #5590d3; color: #fff; }
td.h6 { background: #2c6fbd; color: #fff; } td.self { background: #444; color: #fff; }
td.miss { color: #999; }
ul.notes { color: #555; font-size: .85rem; }
"""


def document(title: str, css: str, body: str) -> str:
    """A whole HTML document: `css` inline, `body` already-escaped HTML."""
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def page(title: str, body: str, meta: str = "") -> str:
    """A titled page of the corpus views; `body` is already-escaped HTML."""
    meta_html = f'<p class="meta">{escape(meta)}</p>' if meta else ""
    return document(title, CSS % FONTS, f"<h1>{escape(title)}</h1>\n{meta_html}\n{body}")


def grid_table(grid: Grid) -> str:
    head = "".join(f"<th>{escape(c.name)}</th>" for c in grid.columns)
    lines = [f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>"]
    for r, row in enumerate(grid.rows):
        cells = []
        for c, value in enumerate(row):
            classes = [grid.classes[r][c]] if grid.classes and grid.classes[r][c] else []
            if grid.columns[c].numeric:
                classes.append("num")
            elif not grid.columns[c].fold:
                classes.append("nw")
            attr = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(f"<td{attr}>{escape(text(value))}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</tbody>\n</table>")
    notes = "".join(f"<li>{escape(n)}</li>" for n in grid.notes)
    return "\n".join(lines) + (f'\n<ul class="notes">{notes}</ul>' if notes else "")


def to_html(grid: Grid, meta: str = "") -> str:
    return page(grid.title, grid_table(grid), meta)

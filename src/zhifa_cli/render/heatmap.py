"""heatmap: a HeatMap record (corpus.heatmap) drawn as SVG or PNG, or inline in an HTML page.

The layout is computed once as a list of shapes (cells, labels, legend) and then written either as SVG
(pure text: no library; a tooltip <title> per cell while there are few enough cells) or as PNG with
Pillow (already installed with pdfplumber; a CJK font is looked for where Debian, macOS and Windows keep
one). Cells are 10–28 px: a matrix of 200 documents is 2,000 px wide, and at most a few MB of SVG. Equal
neighbouring cells of a row are one rectangle and white (0) cells are not drawn, which keeps large sparse
matrices small. Colours: the blue scale of the HTML tables (html_page), in seven steps of 0–100.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from ..corpus.records import HeatMap
from .timeline import svg_text
from .xlsx_sheet import width

SCALE = ("#ffffff", "#eef4fb", "#d5e5f6", "#b3cfee", "#86b1e2", "#5590d3", "#2c6fbd")
SELF = "#444444"
TARGET = 900  # px the cells aim to fill
TIPS_UP_TO = 12_000  # cells drawn with their own tooltip
FONTS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
         "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
         "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
         "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simhei.ttf")


def step(value: float | None) -> int:
    return 0 if not value or value <= 0 else min(6, 1 + int(value // 16.67))


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    tip: str = ""
    cls: str = ""


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    size: int
    rotate: bool = False  # column labels: written upwards at -60°
    anchor: str = "start"
    tip: str = ""


@dataclass(frozen=True)
class Scene:
    width: int
    height: int
    shapes: list


def _cell_size(n: int) -> int:
    return max(10, min(28, TARGET // max(n, 1)))


def _short(text: str, cells: int) -> str:
    if width(text) <= cells:
        return text
    out = ""
    for char in text:
        if width(out + char) > cells - 1:
            break
        out += char
    return out + "…"


def _tip(heat: HeatMap, kind: str, k: int) -> str:
    members = heat.row_members[k] if kind == "row" else heat.column_members[k]
    size = heat.row_sizes[k] if kind == "row" else heat.column_sizes[k]
    label = heat.rows[k] if kind == "row" else heat.columns[k]
    if size <= 1:
        return label
    more = f" … (+{size - len(members)})" if size > len(members) else ""
    return f"{label}: {' '.join(members)}{more}"


def layout(heat: HeatMap) -> Scene:
    rows, cols = len(heat.rows), len(heat.columns)
    cell = _cell_size(max(rows, cols))
    font = max(8, min(12, cell - 2))
    left = 12 + min(34, max((width(r) for r in heat.rows), default=4)) * font * 0.55
    top = 48 + min(30, max((width(c) for c in heat.columns), default=4)) * font * 0.5
    shapes: list = [Label(8, 20, heat.title, 16), Label(8, 38, heat.what, 11)]
    for r, label in enumerate(heat.rows):
        y = top + r * cell
        shapes.append(Label(left - 6, y + cell / 2 + font / 3, _short(label, 34), font, anchor="end",
                            tip=_tip(heat, "row", r)))
    for c, label in enumerate(heat.columns):
        x = left + c * cell + cell / 2 + font / 3
        shapes.append(Label(x, top - 6, _short(label, 30), font, rotate=True, tip=_tip(heat, "column", c)))
    tips = rows * cols <= TIPS_UP_TO
    shapes.append(Rect(left, top, cols * cell, rows * cell, "#ffffff", cls="frame"))
    for r in range(rows):
        shapes += _row_cells(heat, r, left, top + r * cell, cell, tips)
    bottom = top + rows * cell + 18
    shapes += _legend(left, bottom, any(v is None for row in heat.values for v in row))
    for k, note in enumerate(heat.notes):
        shapes.append(Label(8, bottom + 44 + 16 * k, note, 11))
    note_width = max((width(n) for n in heat.notes), default=0) * 6.5
    return Scene(int(max(left + cols * cell + 20, left + 7 * 46 + 150, note_width + 20)),
                 int(bottom + 44 + 16 * len(heat.notes) + 10), shapes)


def _row_cells(heat: HeatMap, r: int, left: float, y: float, cell: int, tips: bool) -> list[Rect]:
    """A row's cells; without tooltips, equal neighbours merged into one rectangle and white ones skipped."""
    out: list[Rect] = []
    values = heat.values[r]
    c = 0
    while c < len(values):
        value = values[c]
        fill = SELF if value is None else SCALE[step(value)]
        end = c + 1
        if not tips:
            while end < len(values) and (values[end] is None) == (value is None) and \
                    (value is None or step(values[end]) == step(value)):
                end += 1
        if fill != SCALE[0] or tips:
            tip = ""
            if tips:
                shown = "—" if value is None else f"{value:g}"
                tip = f"{heat.rows[r]} → {heat.columns[c]}: {shown}"
            cls = "self" if value is None else f"h{step(value)}"
            out.append(Rect(left + c * cell, y, (end - c) * cell, cell, fill, tip, cls))
        c = end
    return out


def _legend(x: float, y: float, itself: bool) -> list:
    shapes: list = [Label(x, y + 12, "0", 10, anchor="end")]
    for k, fill in enumerate(SCALE):
        shapes.append(Rect(x + 6 + 46 * k, y, 46, 14, fill, cls="legend"))
    shapes.append(Rect(x + 6, y, 46 * 7, 14, "", cls="frame"))
    shapes.append(Label(x + 6 + 46 * 7 + 4, y + 12, "100", 10))
    if itself:
        shapes.append(Rect(x + 6 + 46 * 7 + 36, y, 14, 14, SELF, cls="legend"))
        shapes.append(Label(x + 6 + 46 * 7 + 54, y + 12, "itself 自身", 10))
    return shapes


# --- SVG ------------------------------------------------------------------------------------------------

def to_svg(heat: HeatMap, *, standalone: bool = True) -> str:
    scene = layout(heat)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n' if standalone else ""
    parts = [f'{head}<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" width="{scene.width}" '
             f'height="{scene.height}" viewBox="0 0 {scene.width} {scene.height}" '
             f'font-family="Noto Sans CJK SC, WenQuanYi Micro Hei, Microsoft YaHei, PingFang SC, sans-serif">',
             f'<rect width="{scene.width}" height="{scene.height}" fill="#ffffff"/>']
    for shape in scene.shapes:
        parts.append(_svg_rect(shape) if isinstance(shape, Rect) else _svg_label(shape))
    parts.append("</svg>\n")
    return "\n".join(parts)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _svg_rect(r: Rect) -> str:
    attrs = f'x="{_num(r.x)}" y="{_num(r.y)}" width="{_num(r.w)}" height="{_num(r.h)}"'
    if r.cls == "frame":
        return f'<rect {attrs} fill="none" stroke="#d0d7de"/>'
    cls = f' class="{r.cls}"' if r.cls else ""
    if r.tip:
        return f'<rect{cls} {attrs} fill="{r.fill}"><title>{svg_text(r.tip)}</title></rect>'
    return f'<rect{cls} {attrs} fill="{r.fill}"/>'


def _svg_label(t: Label) -> str:
    transform = f' transform="rotate(-60 {_num(t.x)} {_num(t.y)})"' if t.rotate else ""
    anchor = ' text-anchor="end"' if t.anchor == "end" else ""
    tip = f"<title>{svg_text(t.tip)}</title>" if t.tip and t.tip != t.text else ""
    return (f'<text x="{_num(t.x)}" y="{_num(t.y)}" font-size="{t.size}"{anchor}{transform} fill="#24292f">'
            f"{svg_text(t.text)}{tip}</text>")


# --- PNG ------------------------------------------------------------------------------------------------

def cjk_font() -> str | None:
    return next((path for path in FONTS if Path(path).exists()), None)


def to_png(heat: HeatMap) -> tuple[bytes, str | None]:
    """The PNG, and a note when no CJK font was found (Chinese labels then show as boxes)."""
    from PIL import Image, ImageDraw, ImageFont

    scene = layout(heat)
    path = cjk_font()
    fonts: dict[int, object] = {}

    def font(size: int):
        if size not in fonts:
            fonts[size] = ImageFont.truetype(path, size) if path else ImageFont.load_default(size)
        return fonts[size]

    image = Image.new("RGB", (scene.width, scene.height), "white")
    draw = ImageDraw.Draw(image)
    for shape in scene.shapes:
        if isinstance(shape, Rect):
            box = [shape.x, shape.y, shape.x + shape.w - 1, shape.y + shape.h - 1]
            draw.rectangle(box, fill=None if shape.cls == "frame" else shape.fill,
                           outline="#d0d7de" if shape.cls == "frame" else None)
        else:
            _png_label(image, draw, shape, font(shape.size))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    note = None if path else "no CJK font found (fonts-wqy-microhei or Noto CJK): Chinese labels show as boxes"
    return out.getvalue(), note


def _png_label(image, draw, t: Label, font) -> None:
    from PIL import Image, ImageDraw

    text = t.text
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    if not t.rotate:
        x = t.x - (right - left) if t.anchor == "end" else t.x
        draw.text((x, t.y - t.size), text, fill="#24292f", font=font)
        return
    box = Image.new("RGBA", (right - left + 4, bottom - top + 6), (255, 255, 255, 0))
    ImageDraw.Draw(box).text((2 - left, 2 - top), text, fill="#24292f", font=font)
    turned = box.rotate(60, expand=True)
    # the text's start (the box's bottom-left corner) lands at (height · sin 60°, bottom) of the turned box
    image.paste(turned, (int(t.x - box.height * 0.866), int(t.y - turned.height + 4)), turned)


# --- HTML -----------------------------------------------------------------------------------------------

def to_html(heat: HeatMap, grids: list, meta: str = "") -> str:
    """A page: the heat map, then the tables (grids) of the same result."""
    from .html_page import grid_table, page

    picture = f'<div class="picture" style="overflow-x:auto">{to_svg(heat, standalone=False)}</div>'
    return page(grids[0].title if grids else heat.title,
                picture + "\n" + "\n".join(grid_table(g) for g in grids), meta)
